"""Customers: add one, change its record."""

from __future__ import annotations

from dataclasses import dataclass

from crm_store.models import Customer, User
from crm_store.repos.base import UNSET
from handlers.domain.acting import Acting
from handlers.domain.fields import Changes, Unset
from handlers.errors import Refused
from handlers.i18n import N_


@dataclass(frozen=True)
class CustomerFields(Changes):
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


def add_customer(acting: Acting, name: str, details: CustomerFields | None = None) -> Customer:
    values = (details or CustomerFields()).given()
    values.pop("name", None)
    return acting.store.customers.add(name, **values)


def update_customer(acting: Acting, customer: Customer, changes: CustomerFields) -> Customer:
    return acting.store.customers.update(customer, **changes.given())


def may_manage(acting: Acting, owner_id: int | None) -> bool:
    """Reps manage their own (or unowned) records; managers their team's; admins everything."""
    user = acting.user
    if owner_id in (None, user.id) or user.role == "admin":
        return True
    return user.role == "manager" and owner_id in acting.store.users.team_ids(user)


def check_manages(acting: Acting, owner_id: int | None, msgid: str, **params: object) -> None:
    """Refuse (`msgid`, with the owner's `name`) unless the acting user may manage `owner_id`'s records."""
    if not may_manage(acting, owner_id):
        owner = acting.store.users.get(owner_id)
        raise Refused(msgid, name=owner.display_name if owner else "?", **params)


def check_customer(acting: Acting, customer: Customer) -> None:
    msgid = N_("{customer} is {name}'s customer; ask them or their manager.")
    check_manages(acting, customer.owner_id, msgid, customer=customer.name)


def customer_footprint(acting: Acting, customer: Customer) -> dict[str, int]:
    """What would go with the customer: contacts, deals, activities, open reminders."""
    return acting.store.customers.footprint(customer.id)


def delete_customer(acting: Acting, customer: Customer) -> None:
    """Delete the customer and everything on it; one undo restores it all."""
    check_customer(acting, customer)
    acting.store.customers.delete(customer)


def reassign_customer(acting: Acting, customer: Customer, owner: User) -> Customer:
    """Hand a customer to another rep (the one named account manager)."""
    check_customer(acting, customer)
    if not owner.active:
        raise Refused(N_("{name} is no longer active."), name=owner.display_name)
    return acting.store.customers.update(customer, owner_id=owner.id)
