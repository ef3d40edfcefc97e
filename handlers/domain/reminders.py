"""Reminders: set one for the acting user, mark it done, move it; only its owner may."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crm_store.models import Reminder
from handlers.domain.acting import Acting
from handlers.errors import Refused
from handlers.i18n import N_


@dataclass(frozen=True)
class NewReminder:
    due: datetime
    text: str
    customer_id: int | None = None
    deal_id: int | None = None
    urgent: bool = False


def set_reminder(acting: Acting, new: NewReminder) -> Reminder:
    return acting.store.reminders.add(
        acting.user.id,
        new.due,
        new.text,
        customer_id=new.customer_id,
        deal_id=new.deal_id,
        urgent=new.urgent,
    )


def own_reminder(acting: Acting, reminder_id: int | None) -> Reminder:
    """The acting user's reminder; anyone else's (or a missing one) is refused."""
    reminder = acting.store.reminders.get(reminder_id)
    if reminder is None or reminder.owner_id != acting.user.id:
        raise Refused(N_("That button no longer works."))
    return reminder


def complete_reminder(acting: Acting, reminder: Reminder) -> Reminder:
    own_reminder(acting, reminder.id)
    return acting.store.reminders.set_status(reminder, "done")


def move_reminder(acting: Acting, reminder: Reminder, due: datetime, *, snooze: bool) -> Reminder:
    own_reminder(acting, reminder.id)
    return acting.store.reminders.reschedule(reminder, due, snooze=snooze)
