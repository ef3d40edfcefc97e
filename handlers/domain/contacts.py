"""Contact people: correct one, mark one as gone (kept in history), take one off the list."""

from __future__ import annotations

from typing import Any

from crm_store.models import Contact
from handlers.domain.acting import Acting
from handlers.domain.customers import check_customer


def _customer_of(acting: Acting, contact: Contact) -> None:
    check_customer(acting, acting.store.customers.require(contact.customer_id))


def update_contact(acting: Acting, contact: Contact, **fields: Any) -> Contact:
    """Name, title, email, phone (None clears a field)."""
    return acting.store.customers.update_contact(contact, **fields)


def contact_left(acting: Acting, contact: Contact) -> Contact:
    """They left the company: off the current list, still named in the history."""
    return acting.store.customers.contact_left(contact)


def remove_contact(acting: Acting, contact: Contact) -> bool:
    """Off the list for good (kept as removed when activities name them); True when deleted."""
    _customer_of(acting, contact)
    return acting.store.customers.remove_contact(contact)
