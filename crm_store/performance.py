"""Rep performance for a period: activities by kind, new deals, stage advances, wins and losses.

`PerformanceSource` reads one organisation's figures for one period in four grouped queries
and then answers for any set of reps in memory, so the digests of many managers (and `/team`)
share one read. Activities count for their author; deal figures count for the deal's owner
(a deal a manager moved to won is still the rep's win).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from config import Settings
from crm_store.models import Activity, Deal, DealChange

CLOSED = ("won", "lost")


@dataclass
class RepPerformance:
    user_id: int
    activities: dict[str, int] = field(default_factory=dict)  # kind -> count
    new_deals: int = 0
    advances: int = 0  # moves to a later open stage
    won: int = 0
    lost: int = 0
    won_value: dict[str, Decimal] = field(default_factory=dict)  # currency -> amount

    @property
    def activity_total(self) -> int:
        return sum(self.activities.values())

    @property
    def win_rate(self) -> Decimal | None:
        """Won of the deals closed in the period (None when none was closed)."""
        closed = self.won + self.lost
        return Decimal(self.won) / closed if closed else None


class PerformanceSource:
    """One organisation's figures for `start < t <= end`; `owners` limits what is read (None: all)."""

    def __init__(
        self,
        session: Session,
        org_id: int,
        settings: Settings,
        *,
        start: datetime,
        end: datetime,
        owners: Collection[int] | None = None,
    ) -> None:
        self.start, self.end = start, end
        self._rows: dict[int, RepPerformance] = {}
        owner_list = list(owners) if owners is not None else None

        def mine(column):
            return column.in_(owner_list) if owner_list is not None else true()

        for author, kind, count in session.execute(
            select(Activity.author_id, Activity.kind, func.count())
            .where(
                Activity.org_id == org_id,
                Activity.occurred_at > start,
                Activity.occurred_at <= end,
                Activity.author_id.is_not(None),
                mine(Activity.author_id),
            )
            .group_by(Activity.author_id, Activity.kind)
        ):
            assert author is not None  # the query keeps only rows with an author
            self._row(author).activities[kind] = count

        order = {stage.name: index for index, stage in enumerate(settings.open_stages)}
        for owner, from_stage, to_stage, count in session.execute(
            select(Deal.owner_id, DealChange.from_stage, DealChange.to_stage, func.count())
            .join(Deal, Deal.id == DealChange.deal_id)
            .where(
                DealChange.org_id == org_id,
                DealChange.changed_at > start,
                DealChange.changed_at <= end,
                Deal.owner_id.is_not(None),
                mine(Deal.owner_id),
            )
            .group_by(Deal.owner_id, DealChange.from_stage, DealChange.to_stage)
        ):
            assert owner is not None  # the query keeps only deals with an owner
            row = self._row(owner)
            if from_stage is None:
                row.new_deals += count
            elif to_stage is not None and order.get(to_stage, -1) > order.get(from_stage, len(order)):
                row.advances += count

        amount = func.coalesce(func.sum(Deal.amount), 0)
        for owner, status, currency, count, total in session.execute(
            select(Deal.owner_id, Deal.status, Deal.currency, func.count(), amount)
            .where(
                Deal.org_id == org_id,
                Deal.status.in_(CLOSED),
                Deal.closed_at > start,
                Deal.closed_at <= end,
                Deal.owner_id.is_not(None),
                mine(Deal.owner_id),
            )
            .group_by(Deal.owner_id, Deal.status, Deal.currency)
        ):
            assert owner is not None  # the query keeps only deals with an owner
            row = self._row(owner)
            if status == "won":
                row.won += count
                if total:
                    row.won_value[currency] = row.won_value.get(currency, Decimal(0)) + Decimal(total)
            else:
                row.lost += count

    def _row(self, user_id: int) -> RepPerformance:
        return self._rows.setdefault(user_id, RepPerformance(user_id))

    def of(self, user_id: int) -> RepPerformance:
        """One rep's figures (all zero when they did nothing in the period)."""
        return self._rows.get(user_id) or RepPerformance(user_id)

    def for_users(self, user_ids: Iterable[int]) -> list[RepPerformance]:
        return [self.of(uid) for uid in user_ids]


def team_totals(rows: Iterable[RepPerformance]) -> RepPerformance:
    """The sum of several reps' figures (user_id 0)."""
    total = RepPerformance(0)
    value: dict[str, Decimal] = defaultdict(Decimal)
    kinds: dict[str, int] = defaultdict(int)
    for row in rows:
        for kind, n in row.activities.items():
            kinds[kind] += n
        for currency, amount in row.won_value.items():
            value[currency] += amount
        total.new_deals += row.new_deals
        total.advances += row.advances
        total.won += row.won
        total.lost += row.lost
    total.activities, total.won_value = dict(kinds), dict(value)
    return total


__all__ = ["PerformanceSource", "RepPerformance", "team_totals"]
