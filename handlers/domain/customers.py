"""Customers: add one, change its record."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from crm_store.models import Customer
from crm_store.repos.base import UNSET
from handlers.domain.acting import Acting

Unset = type[UNSET]


@dataclass(frozen=True)
class CustomerFields:
    """A customer's record; a field left UNSET is not touched, None clears it."""

    name: str | Unset = UNSET
    phone: str | Unset | None = UNSET
    industry: str | Unset | None = UNSET
    website: str | Unset | None = UNSET
    address: str | Unset | None = UNSET
    aliases: list[str] | Unset = UNSET
    tier: str | Unset | None = UNSET
    lifecycle: str | Unset = UNSET
    notes: str | Unset | None = UNSET
    owner_id: int | Unset | None = UNSET

    def given(self) -> dict[str, Any]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {key: value for key, value in values.items() if value is not UNSET}


def add_customer(acting: Acting, name: str, details: CustomerFields | None = None) -> Customer:
    values = (details or CustomerFields()).given()
    values.pop("name", None)
    return acting.store.customers.add(name, **values)


def update_customer(acting: Acting, customer: Customer, changes: CustomerFields) -> Customer:
    return acting.store.customers.update(customer, **changes.given())
