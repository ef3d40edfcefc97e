"""Activities: what happened with a customer (a call, a visit, a complaint ...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crm_store.models import Activity, Contact, Customer
from handlers.domain.acting import Acting
from handlers.domain.customers import check_manages
from handlers.domain.deals import only_open_deal
from handlers.domain.events import ActivityLogged
from handlers.i18n import N_


@dataclass(frozen=True)
class NewActivity:
    kind: str
    summary: str
    customer: Customer
    occurred_at: datetime
    contact: Contact | None = None
    deal_id: int | None = None  # None: the customer's open deal, when there is exactly one
    next_step: str | None = None


def log_activity(acting: Acting, new: NewActivity) -> Activity:
    activity = acting.store.activities.add(
        new.kind,
        new.summary,
        customer_id=new.customer.id,
        contact_id=new.contact.id if new.contact else None,
        deal_id=new.deal_id if new.deal_id is not None else only_open_deal(acting, new.customer),
        occurred_at=new.occurred_at,
        next_step=new.next_step,
    )
    acting.events.append(ActivityLogged(activity.id, new.kind, new.customer.id))
    return activity


def check_activity(acting: Acting, activity: Activity) -> None:
    """Its author (or their manager, or an admin) may change an activity."""
    check_manages(
        acting, activity.author_id, N_("That activity was logged by {name}; ask them or their manager.")
    )


def edit_activity(acting: Acting, activity: Activity, *, summary: str | None = None,
                  kind: str | None = None, occurred_at: datetime | None = None) -> Activity:  # fmt: skip
    check_activity(acting, activity)
    return acting.store.activities.update(activity, summary=summary, kind=kind, occurred_at=occurred_at)


def delete_activity(acting: Acting, activity: Activity) -> None:
    check_activity(acting, activity)
    acting.store.activities.delete(activity)
