"""Reminders: only their owner may cancel one."""

from __future__ import annotations

from crm_store.models import Reminder
from handlers.domain.acting import Acting
from handlers.errors import Refused
from handlers.i18n import N_


def cancel_reminder(acting: Acting, reminder: Reminder) -> Reminder:
    if reminder.owner_id != acting.user.id:
        raise Refused(N_("That button no longer works."))
    return acting.store.reminders.set_status(reminder, "cancelled")
