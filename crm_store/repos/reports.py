"""Read-only figures of this organisation (`Store.reports`): digests, performance, reminder context."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from config import Settings
from crm_store.performance import PerformanceSource
from crm_store.reports import DigestSource, ReminderContext, reminder_context
from crm_store.repos.base import Repo


class ReportRepo(Repo):
    def digest(
        self,
        settings: Settings,
        *,
        now: datetime,
        since: datetime,
        owners: Collection[int] | None = None,
    ) -> DigestSource:
        return DigestSource(self.session, self.org_id, settings, now=now, since=since, owners=owners)

    def performance(
        self, settings: Settings, *, start: datetime, end: datetime, owners: Collection[int] | None = None
    ) -> PerformanceSource:
        return PerformanceSource(self.session, self.org_id, settings, start=start, end=end, owners=owners)

    def reminder_context(self, customer_ids: Collection[int]) -> ReminderContext:
        return reminder_context(self.session, self.org_id, customer_ids)
