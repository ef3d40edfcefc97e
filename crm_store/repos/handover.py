"""Retiring a user whose chat account moved to someone else (one person, one history).

When an account that was provisioned automatically (a Slack workspace member) links to an
existing user with a link code, the provisional user is left without any chat account.
Whatever they already recorded goes to the user they turned out to be (same organisation
only; records never cross organisations), and the provisional user is deactivated.
Every change goes through the audit trail, so it can be undone like any other.
"""

from __future__ import annotations

from sqlalchemy import select

from crm_store.models import Activity, Customer, Deal, Reminder, User
from crm_store.store import Store

_OWNED = ((Customer, "owner_id"), (Deal, "owner_id"), (Reminder, "owner_id"), (Activity, "author_id"))


def retire_into(store: Store, source: User, target: User) -> int:
    """Deactivate `source`, first giving its records to `target` when both share `store`'s org.

    Returns how many records changed hands.
    """
    moved = 0
    if source.org_id == target.org_id == store.org_id:
        session = store.session
        for model, column in _OWNED:
            attribute = getattr(model, column)
            rows = session.scalars(
                select(model).where(model.org_id == store.org_id, attribute == source.id)  # type: ignore[attr-defined]
            ).all()
            for row in rows:
                with store.audit.updating(row):
                    setattr(row, column, target.id)
                moved += 1
        for report in store.users.all():
            if report.manager_id == source.id and report.id != target.id:
                store.users.update(report, manager_id=target.id)
    store.users.update(source, active=False)
    return moved
