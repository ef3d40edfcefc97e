"""Finding this organisation's customers by what people type (`Store.search`)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from crm_store.models import Customer
from crm_store.repos.base import Repo, Scope
from crm_store.search import CustomerMatch, CustomerSearch
from crm_store.search.changes import touched_now
from crm_store.search.gazetteer import cache_for
from crm_store.search.linker import Mention, find_mentions


class CustomerFinder(Repo):
    """The configured search engine (basic, or the in-memory index), scoped to the organisation."""

    def __init__(self, store: Scope, engine: CustomerSearch) -> None:
        super().__init__(store)
        self.engine = engine

    def customers(self, query: str, limit: int = 5) -> list[CustomerMatch]:
        """Best matches first, each with a score."""
        return self.engine.search(self.session, self.org_id, query, limit=limit)

    def duplicates(self, name: str, phone: str | None = None) -> list[CustomerMatch]:
        """Existing customers that are likely the same company as `name`/`phone`."""
        return self.engine.find_duplicates(self.session, self.org_id, name, phone)

    def for_import(self) -> Callable[[str, str | None], list[tuple[int, str]]]:
        """The importer's `find_similar` over this organisation's customers."""
        return self.engine.import_duplicates(self.session, self.org_id)

    def mentions(self, text: str, *, skip: frozenset[str] = frozenset()) -> list[Mention]:
        """Every place `text` names a customer, a contact or an open deal of this organisation (not one
        this transaction deleted: a message put right takes its new customer back before it is read again)."""
        gazetteer = cache_for(self.engine).get(self.session, self.org_id)
        found = find_mentions(gazetteer, text, skip=skip)
        touched = touched_now(self.session, self.org_id)
        named = {m.customer_id for m in found}
        doubtful = named if touched is None else named & touched
        if not doubtful:
            return found
        kept = set(self.session.scalars(select(Customer.id).where(Customer.id.in_(doubtful))))
        return [m for m in found if m.customer_id not in doubtful or m.customer_id in kept]

    def customer_name(self, customer_id: int) -> str:
        return cache_for(self.engine).get(self.session, self.org_id).name(customer_id)

    def people(self) -> frozenset[str]:
        """The names of this organisation's contacts (current and former), as stored."""
        return cache_for(self.engine).get(self.session, self.org_id).people
