"""A customer's timeline: activities, deal stage and amount changes, reminders done; and the
search of activities by words, kind and period (across customers too)."""

from __future__ import annotations

import heapq
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from crm_store.models import Activity, Customer, Deal, DealChange, Reminder
from crm_store.repos.base import Page, Repo


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    activity: Activity | None = None
    change: DealChange | None = None
    deal: Deal | None = None  # the deal of a change
    reminder: Reminder | None = None  # a reminder that was done

    @property
    def sort_key(self) -> tuple[datetime, int]:
        row = self.activity or self.change or self.reminder
        return self.at, getattr(row, "id", 0)


@dataclass(frozen=True)
class HistoryQuery:
    customer_id: int | None = None  # None: every customer (then activities only)
    owner_ids: Collection[int] | None = None  # without a customer: whose work (authors / customer owners)
    kinds: Collection[str] = ()  # activity kinds; given: activities only
    words: Sequence[str] = ()  # every word must appear in the summary or next step; given: activities only
    start: datetime | None = None  # start < at <= end
    end: datetime | None = None

    @property
    def activities_only(self) -> bool:
        return self.customer_id is None or bool(self.kinds) or bool(self.words)


class HistoryRepo(Repo):
    def timeline(self, query: HistoryQuery, *, offset: int = 0, limit: int = 10) -> Page[TimelineEntry]:
        """Newest first. Each source is read up to the end of the page and merged."""
        window = offset + limit
        sources: list[tuple[int, list[TimelineEntry]]] = [self._activities(query, window)]
        if not query.activities_only:
            sources += [self._changes(query, window), self._reminders_done(query, window)]
        total = sum(count for count, _ in sources)
        merged = heapq.merge(*(entries for _, entries in sources), key=lambda e: e.sort_key, reverse=True)
        items = list(merged)[offset:window]
        return Page(items, total, offset)

    def _period(self, column: Any, query: HistoryQuery) -> list[Any]:
        where = []
        if query.start is not None:
            where.append(column > query.start)
        if query.end is not None:
            where.append(column <= query.end)
        return where

    def _counted(self, select_rows: Any, window: int) -> tuple[int, list[Any]]:
        """How many rows the query has in all, and its first `window` rows."""
        counting = select_rows.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
        total = self.session.scalar(counting) or 0
        return total, list(self.session.execute(select_rows.limit(window)))

    def _activities(self, query: HistoryQuery, window: int) -> tuple[int, list[TimelineEntry]]:
        where = [Activity.org_id == self.org_id, *self._period(Activity.occurred_at, query)]
        rows = select(Activity)
        if query.customer_id is not None:
            where.append(Activity.customer_id == query.customer_id)
        elif query.owner_ids is not None:
            owners = list(query.owner_ids)
            rows = rows.outerjoin(Customer, Customer.id == Activity.customer_id)
            where.append(or_(Activity.author_id.in_(owners), Customer.owner_id.in_(owners)))
        if query.kinds:
            where.append(Activity.kind.in_(list(query.kinds)))
        for word in query.words:
            where.append(
                or_(
                    func.lower(Activity.summary).contains(word.lower(), autoescape=True),
                    func.lower(func.coalesce(Activity.next_step, "")).contains(word.lower(), autoescape=True),
                )
            )
        rows = rows.where(*where).order_by(Activity.occurred_at.desc(), Activity.id.desc())
        total, found = self._counted(rows, window)
        return total, [TimelineEntry(a.occurred_at, activity=a) for (a,) in found]

    def _changes(self, query: HistoryQuery, window: int) -> tuple[int, list[TimelineEntry]]:
        rows = (
            select(DealChange, Deal)
            .join(Deal, Deal.id == DealChange.deal_id)
            .where(
                DealChange.org_id == self.org_id,
                Deal.customer_id == query.customer_id,
                *self._period(DealChange.changed_at, query),
            )
            .order_by(DealChange.changed_at.desc(), DealChange.id.desc())
        )
        total, found = self._counted(rows, window)
        return total, [TimelineEntry(c.changed_at, change=c, deal=d) for c, d in found]

    def _reminders_done(self, query: HistoryQuery, window: int) -> tuple[int, list[TimelineEntry]]:
        rows = (
            select(Reminder)
            .where(
                and_(
                    Reminder.org_id == self.org_id,
                    Reminder.customer_id == query.customer_id,
                    Reminder.status == "done",
                    Reminder.done_at.is_not(None),
                    *self._period(Reminder.done_at, query),
                )
            )
            .order_by(Reminder.done_at.desc(), Reminder.id.desc())
        )
        total, found = self._counted(rows, window)
        return total, [TimelineEntry(r.done_at, reminder=r) for (r,) in found]


__all__ = ["HistoryQuery", "HistoryRepo", "TimelineEntry"]
