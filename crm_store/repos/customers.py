"""Customers and their contacts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from crm_store.errors import InvalidValue
from crm_store.limits import MAX_ALIASES, TEXT_LIMITS
from crm_store.models import LIFECYCLES, TIERS, Contact, Customer
from crm_store.repos.base import UNSET, Repo, clean_text


def clean_fields(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A customer's or contact's fields as stored: every writer (chat, import) cleans them here."""
    cleaned: dict[str, Any] = {}
    for key, value in fields.items():
        if value is UNSET:
            continue
        if f"{table}.{key}" in TEXT_LIMITS:
            value = clean_text(key, value, limit=TEXT_LIMITS[f"{table}.{key}"], required=key == "name")
        elif key == "aliases":
            value = [a for a in (clean_text("alias", v, limit=TEXT_LIMITS["customers.alias"])
                                 for v in value or []) if a]  # fmt: skip
            if len(value) > MAX_ALIASES:
                raise InvalidValue("aliases", "too_many", limit=MAX_ALIASES, length=len(value))
        elif key == "tier" and value is not None:
            value = str(value).upper()
            if value not in TIERS:
                raise InvalidValue("tier", "unknown", allowed=", ".join(TIERS))
        elif key == "lifecycle" and value not in LIFECYCLES:
            raise InvalidValue("lifecycle", "unknown", allowed=", ".join(LIFECYCLES))
        cleaned[key] = value
    return cleaned


class CustomerRepo(Repo):
    def get(self, customer_id: int | None) -> Customer | None:
        return self._get(Customer, customer_id)

    def require(self, customer_id: int) -> Customer:
        return self._require(Customer, customer_id)

    def by_ids(self, ids: Sequence[int]) -> dict[int, Customer]:
        if not ids:
            return {}
        rows = self.session.scalars(self._scoped(Customer).where(Customer.id.in_(ids))).all()
        return {row.id: row for row in rows}

    def all(self) -> Sequence[Customer]:
        return self.session.scalars(self._scoped(Customer).order_by(Customer.id)).all()

    def count(self) -> int:
        return (
            self.session.scalar(
                select(func.count()).select_from(Customer).where(Customer.org_id == self.org_id)
            )
            or 0
        )

    def add(self, name: str, *, owner_id: int | type[UNSET] | None = UNSET, **fields: Any) -> Customer:
        values = clean_fields("customers", {"name": name, **fields})
        customer = Customer(
            org_id=self.org_id,
            owner_id=self.store.actor.user_id if owner_id is UNSET else owner_id,
            aliases=values.pop("aliases", []),
            **values,
        )
        self.store.audit.created(customer)
        return customer

    def update(self, customer: Customer, **fields: Any) -> Customer:
        values = clean_fields("customers", fields)
        with self.store.audit.updating(customer):
            for key, value in values.items():
                setattr(customer, key, value)
        return customer

    # Contacts -----------------------------------------------------------
    def contacts(self, customer_id: int) -> Sequence[Contact]:
        return self.session.scalars(
            self._scoped(Contact).where(Contact.customer_id == customer_id).order_by(Contact.id)
        ).all()

    def get_contact(self, contact_id: int | None) -> Contact | None:
        return self._get(Contact, contact_id)

    def add_contact(self, customer: Customer, name: str, **fields: Any) -> Contact:
        values = clean_fields("contacts", {"name": name, **fields})
        contact = Contact(org_id=self.org_id, customer_id=customer.id, **values)
        self.store.audit.created(contact)
        return contact

    def update_contact(self, contact: Contact, **fields: Any) -> Contact:
        values = clean_fields("contacts", fields)
        with self.store.audit.updating(contact):
            for key, value in values.items():
                setattr(contact, key, value)
        return contact
