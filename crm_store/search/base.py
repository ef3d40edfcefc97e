"""The one interface handlers use to find customers; implementations may index however they like."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: int
    name: str
    score: float  # 0..100, comparable across queries
    matched: str  # the text that matched: the name, an alias, a contact's name or a phone
    field: str  # "name" | "alias" | "contact" | "phone"


class CustomerSearch(Protocol):
    def search(self, session: Session, org_id: int, query: str, limit: int = 5) -> list[CustomerMatch]:
        """Best matches first, each with a score."""
        ...

    def find_duplicates(
        self, session: Session, org_id: int, name: str, phone: str | None = None
    ) -> list[CustomerMatch]:
        """Existing customers that are likely the same company as `name`/`phone`."""
        ...

    def import_duplicates(
        self, session: Session, org_id: int
    ) -> Callable[[str, str | None], list[tuple[int, str]]]:
        """The importer's `find_similar`: (name, phone) -> [(customer id, existing name)].

        Checks each new row against the organisation's customers and the rows imported before it.
        """
        ...
