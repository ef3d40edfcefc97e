"""`Notifications.tick(now)`: everything the scheduler decides on one beat, synchronously.

The APScheduler job calls `tick` in a thread with the injected clock's time; tests call
it directly with a fake clock, so nothing ever waits in real time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from config import Settings
from crm_store.db import Database
from crm_store.health import DatabaseHealth
from handlers.assistant import Assistant
from reminders.daily import schedule_daily
from reminders.dispatch import dispatch_due_reminders
from reminders.routing import route_waiting

log = logging.getLogger(__name__)
KEEP_FINISHED = timedelta(days=30)


@dataclass(frozen=True)
class TickReport:
    reminders: int = 0  # due reminders queued
    mornings: int = 0  # digests and "your day" messages queued
    rerouted: int = 0
    expired: int = 0

    @property
    def queued(self) -> int:
        return self.reminders + self.mornings + self.rerouted


class Notifications:
    def __init__(
        self,
        db: Database,
        assistant: Assistant,
        settings: Settings,
        *,
        charts: bool = True,
        health: DatabaseHealth | None = None,
        lateness: Callable[[float], None] | None = None,
    ) -> None:
        self.db = db
        self.assistant = assistant
        self.settings = settings
        self.charts = charts
        self.health = health or DatabaseHealth()
        self.lateness = lateness  # told how late (seconds) each reminder was queued
        self._failed_steps = 0

    def tick(self, now: datetime, *, queued_some: Callable[[], None] | None = None) -> TickReport:
        """Queue due reminders and morning messages, route waiting messages, expire stale ones.

        Each step stands alone: a failing digest must not hold back anyone's reminders.
        `queued_some` (thread-safe) is called whenever reminders were committed to the outbox.
        """
        self._failed_steps = 0
        reminders = self._step(
            "reminders",
            lambda: dispatch_due_reminders(
                self.db, self.assistant, now, queued_some=queued_some, lateness=self.lateness
            ),
        )
        mornings = self._step(
            "morning messages",
            lambda: schedule_daily(self.db, self.assistant, self.settings, now, charts=self.charts),
        )
        rerouted = self._step("routing", lambda: route_waiting(self.db, now))
        expired = self._step("expiry", lambda: self._expire(now))
        report = TickReport(reminders, mornings, rerouted, expired)
        if self._failed_steps == 0:
            self.health.ok()
        if report.queued or expired:
            log.info("tick %s: %s", now.isoformat(timespec="seconds"), report)
        return report

    def _step(self, name: str, work: Callable[[], int]) -> int:
        try:
            return work()
        except Exception as error:
            self._failed_steps += 1
            if not self.health.absorbed(error):
                log.exception("scheduler step %r failed; it runs again on the next tick", name)
            return 0

    def _expire(self, now: datetime) -> int:
        with self.db.system() as system:
            return system.notifications.expire_stale(now)

    def cleanup(self, now: datetime) -> int:
        """Forget delivered (and given-up) messages after a month."""
        with self.db.system() as system:
            return system.notifications.prune(before=now - KEEP_FINISHED)
