"""Customers and their contacts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_, select

from crm_store.errors import InvalidValue
from crm_store.limits import MAX_ALIASES, TEXT_LIMITS
from crm_store.models import LIFECYCLES, TIERS, Activity, Contact, Customer, Deal, DealChange, Reminder
from crm_store.repos.base import UNSET, Page, Repo, clean_text
from crm_store.repos.reminders import OPEN_STATUSES


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

    def listing(
        self,
        *,
        owner_ids: Collection[int] | None,
        tier: str | None = None,
        industry: str | None = None,
        quiet_before: datetime | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> Page[tuple[Customer, datetime | None]]:
        """Customers with their last contact, big tiers first then by name; `owner_ids=None`: all.

        `quiet_before`: only those not contacted since then (or never)."""
        last = (
            select(Activity.customer_id, func.max(Activity.occurred_at).label("at"))
            .where(Activity.org_id == self.org_id, Activity.customer_id.is_not(None))
            .group_by(Activity.customer_id)
            .subquery()
        )
        where = [Customer.org_id == self.org_id]
        if owner_ids is not None:
            where.append(Customer.owner_id.in_(list(owner_ids)))
        if tier is not None:
            where.append(Customer.tier == tier)
        if industry:
            where.append(func.lower(Customer.industry).contains(industry.lower(), autoescape=True))
        if quiet_before is not None:
            where.append(or_(last.c.at.is_(None), last.c.at < quiet_before))
        base = select(Customer, last.c.at).outerjoin(last, last.c.customer_id == Customer.id).where(*where)
        total = self.session.scalar(select(func.count()).select_from(base.subquery())) or 0
        tier_order = case({t: i for i, t in enumerate(TIERS)}, value=Customer.tier, else_=len(TIERS))
        rows = self.session.execute(
            base.order_by(tier_order, func.lower(Customer.name), Customer.id).offset(offset).limit(limit)
        ).all()
        return Page([(customer, at) for customer, at in rows], total, offset)

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

    def footprint(self, customer_id: int) -> dict[str, int]:
        """What goes with a customer when it is deleted: counts of its contacts, deals,
        activities and open reminders."""

        def count(model: Any, *where: Any) -> int:
            query = select(func.count()).select_from(model).where(model.org_id == self.org_id, *where)
            return self.session.scalar(query) or 0

        return {
            "contacts": count(Contact, Contact.customer_id == customer_id, Contact.removed_at.is_(None)),
            "deals": count(Deal, Deal.customer_id == customer_id),
            "activities": count(Activity, Activity.customer_id == customer_id),
            "reminders": count(
                Reminder, Reminder.customer_id == customer_id, Reminder.status.in_(OPEN_STATUSES)
            ),
        }

    def delete(self, customer: Customer) -> None:
        """Delete a customer with everything that hangs on it (reminders, activities, deals and
        their history, contacts), each row audited, so one undo puts it all back."""

        def rows(model: Any, *where: Any) -> Sequence[Any]:
            return self.session.scalars(self._scoped(model).where(*where).order_by(model.id)).all()

        deal_ids = [d.id for d in rows(Deal, Deal.customer_id == customer.id)]
        mine = customer.id
        for reminder in rows(Reminder, or_(Reminder.customer_id == mine, Reminder.deal_id.in_(deal_ids))):
            self.store.audit.deleted(reminder)
        for activity in rows(Activity, or_(Activity.customer_id == mine, Activity.deal_id.in_(deal_ids))):
            self.store.audit.deleted(activity)
        for change in rows(DealChange, DealChange.deal_id.in_(deal_ids)):
            self.store.audit.deleted(change)
        for deal in rows(Deal, Deal.id.in_(deal_ids)):
            self.store.audit.deleted(deal)
        for person in rows(Contact, Contact.customer_id == customer.id):
            self.store.audit.deleted(person)
        self.store.audit.deleted(customer)

    # Contacts -----------------------------------------------------------
    def contacts(self, customer_id: int, *, former: bool = False) -> Sequence[Contact]:
        """The people there now (`former`: also those who left; removed ones never)."""
        query = self._scoped(Contact).where(Contact.customer_id == customer_id, Contact.removed_at.is_(None))
        if not former:
            query = query.where(Contact.left_at.is_(None))
        return self.session.scalars(query.order_by(Contact.left_at.is_not(None), Contact.id)).all()

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

    def find_contacts(self, name: str, *, customer_id: int | None = None) -> Sequence[Contact]:
        """Contacts (current or former, not removed) whose name contains `name`, exact names first."""
        query = self._scoped(Contact).where(
            Contact.removed_at.is_(None),
            func.lower(Contact.name).contains(name.strip().lower(), autoescape=True),
        )
        if customer_id is not None:
            query = query.where(Contact.customer_id == customer_id)
        found = self.session.scalars(query.order_by(Contact.id)).all()
        exact = [c for c in found if c.name.lower() == name.strip().lower()]
        return exact or found

    def contact_left(self, contact: Contact) -> Contact:
        """They left the company: no longer listed as current, kept with their history."""
        with self.store.audit.updating(contact):
            contact.left_at = self.store.now()
        return contact

    def remove_contact(self, contact: Contact) -> bool:
        """Take a contact off the list: deleted outright, or (when activities name them) marked
        removed so the history still says who it was. True when deleted outright."""
        named = self.session.scalar(
            select(func.count())
            .select_from(Activity)
            .where(Activity.org_id == self.org_id, Activity.contact_id == contact.id)
        )
        if named:
            with self.store.audit.updating(contact):
                contact.removed_at = self.store.now()
            return False
        self.store.audit.deleted(contact)
        return True
