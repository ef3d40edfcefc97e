"""Follow-up reminders (owner, due time in UTC, text, linked customer/deal)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from crm_store.limits import TEXT_LIMITS, check_moment
from crm_store.models import Reminder
from crm_store.repos.base import Repo, clean_text

OPEN_STATUSES = ("pending", "sent")  # sent but not yet marked done still needs doing


class ReminderRepo(Repo):
    def get(self, reminder_id: int | None) -> Reminder | None:
        return self._get(Reminder, reminder_id)

    def add(
        self,
        owner_id: int,
        due_at: datetime,
        text: str,
        *,
        customer_id: int | None = None,
        deal_id: int | None = None,
        urgent: bool = False,
    ) -> Reminder:
        reminder = Reminder(
            org_id=self.org_id,
            owner_id=owner_id,
            due_at=check_moment("time", due_at, self.store.now()),
            text=clean_text("text", text, limit=TEXT_LIMITS["reminders.text"], required=True),
            customer_id=customer_id,
            deal_id=deal_id,
            urgent=urgent,
            status="pending",
        )
        self.store.audit.created(reminder)
        return reminder

    def open_for(self, owner_id: int) -> Sequence[Reminder]:
        """Not yet done, earliest first (so overdue ones lead)."""
        return self.session.scalars(
            self._scoped(Reminder)
            .where(Reminder.owner_id == owner_id, Reminder.status.in_(OPEN_STATUSES))
            .order_by(Reminder.due_at, Reminder.id)
        ).all()

    def open_for_customer(self, customer_id: int, *, limit: int | None = None) -> Sequence[Reminder]:
        """The customer's reminders not yet done (anyone's), earliest first."""
        return self.session.scalars(
            self._scoped(Reminder)
            .where(Reminder.customer_id == customer_id, Reminder.status.in_(OPEN_STATUSES))
            .order_by(Reminder.due_at, Reminder.id)
            .limit(limit)
        ).all()

    def next_for_customer(self, customer_id: int) -> Reminder | None:
        first = self.open_for_customer(customer_id, limit=1)
        return first[0] if first else None

    def open_for_deal(self, deal_id: int) -> Sequence[Reminder]:
        return self.session.scalars(
            self._scoped(Reminder)
            .where(Reminder.deal_id == deal_id, Reminder.status.in_(OPEN_STATUSES))
            .order_by(Reminder.due_at, Reminder.id)
        ).all()

    def all(self) -> Sequence[Reminder]:
        return self.session.scalars(self._scoped(Reminder).order_by(Reminder.id)).all()

    def set_status(self, reminder: Reminder, status: str) -> Reminder:
        with self.store.audit.updating(reminder):
            reminder.status = status
            if status == "done":
                reminder.done_at = self.store.now()
        return reminder

    def reschedule(self, reminder: Reminder, due_at: datetime, *, snooze: bool = False) -> Reminder:
        with self.store.audit.updating(reminder):
            reminder.due_at = check_moment("time", due_at, self.store.now())
            reminder.status = "pending"
            reminder.sent_at = None
            if snooze:
                reminder.snooze_count += 1
        return reminder
