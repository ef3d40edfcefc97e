"""The data behind digests and notifications, loaded in a few grouped queries.

`DigestSource` reads one organisation once (open deals, recent deal history, last
contacts, won revenue, activity counts, overdue follow-ups) and then cuts a `Digest`
for any team in memory, so building the digests of hundreds of managers costs about as
much as building one. Rendering (text, chart) is the handlers' job; this module only
answers "what is true".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from config import Settings
from crm_store.models import Activity, Customer, Deal, DealChange, Reminder, User
from crm_store.performance import PerformanceSource, RepPerformance
from crm_store.repos.base import Repo
from crm_store.repos.deals import StageTotal, closing_window
from crm_store.repos.reminders import OPEN_STATUSES

BIG_SHARE = Decimal("0.8")  # the customers that make up 80% of won revenue
ZERO = Decimal(0)


class DealInfo(NamedTuple):
    id: int
    title: str
    customer_id: int
    owner_id: int | None
    stage: str
    amount: Decimal | None
    currency: str
    expected_close: date | None


class DealEvent(NamedTuple):
    """One thing that happened to a deal: new, moved, won, lost, or its amount changed."""

    kind: str  # new | moved | won | lost | amount
    at: datetime
    deal_id: int
    title: str
    customer_id: int
    owner_id: int | None
    currency: str
    from_stage: str | None
    to_stage: str | None
    from_amount: Decimal | None
    to_amount: Decimal | None
    lost_reason: str | None
    actor_id: int | None  # who made the change (the audit actor), not necessarily the owner


class StalledDeal(NamedTuple):
    deal: DealInfo
    last_touch: datetime
    limit_days: int


class QuietCustomer(NamedTuple):
    customer_id: int
    owner_id: int | None
    last_contact: datetime
    won: dict[str, Decimal]  # won revenue by currency
    open: dict[str, Decimal]  # open pipeline by currency

    @property
    def size(self) -> tuple[Decimal, Decimal]:
        """For "biggest first": won, then open money (face value across currencies)."""
        return sum(self.won.values(), ZERO), sum(self.open.values(), ZERO)


class BigCustomer(NamedTuple):
    customer_id: int
    currency: str
    won: Decimal
    share: Decimal  # of the scope's won revenue in this currency, 0..1


class MemberActivity(NamedTuple):
    user_id: int
    performance: RepPerformance  # over the digest's activity window (the last 7 days)
    overdue: int


@dataclass(frozen=True)
class Listing:
    """The first items of a longer list, and how long the list was."""

    items: list[Any]
    total: int


@dataclass
class Digest:
    """What one digest shows, for one scope (a team, or the whole organisation when `owners` is None)."""

    owners: frozenset[int] | None
    now: datetime
    since: datetime
    pipeline: list[StageTotal]
    changes: list[DealEvent]
    closing: Listing
    stalled: Listing
    quiet: Listing
    big: list[BigCustomer]
    big_counts: dict[str, tuple[int, int]]  # currency -> (big customers, customers with wins)
    team: list[MemberActivity]
    customer_names: Mapping[int, str] = field(repr=False, default_factory=dict)
    user_names: Mapping[int, str] = field(repr=False, default_factory=dict)

    def snapshot(self) -> dict[str, Any]:
        """The pipeline as JSON, for the next digest's "change since" line."""
        return {
            "at": self.now.isoformat(),
            "pipeline": [[t.stage, t.currency, t.count, str(t.total)] for t in self.pipeline],
        }


def pipeline_from_snapshot(data: Mapping[str, Any] | None) -> list[StageTotal] | None:
    if not data or "pipeline" not in data:
        return None
    return [
        StageTotal(stage, currency, int(count), Decimal(total))
        for stage, currency, count, total in data["pipeline"]
    ]


def digest_scope(user: User, teams: Mapping[int, frozenset[int]]) -> frozenset[int] | None:
    """Whose deals a user's digest covers; the same rule as /pipeline without arguments."""
    if user.role == "admin":
        return None
    if user.is_manager:
        return teams.get(user.id, frozenset({user.id}))
    return frozenset({user.id})


class DigestSource:
    """One organisation's digest data, read once; `digest()` cuts it for a team."""

    def __init__(
        self,
        session: Session,
        org_id: int,
        settings: Settings,
        *,
        now: datetime,
        since: datetime,
        owners: Collection[int] | None = None,
        activity_days: int = 7,
    ) -> None:
        self.org_id = org_id
        self.now = now
        self.activity_since = now - timedelta(days=activity_days)
        self._owner_filter = list(owners) if owners is not None else None
        self._settings = settings
        self._load(session, settings, since)

    def _owned(self, column: Any) -> Any:
        return column.in_(self._owner_filter) if self._owner_filter is not None else true()

    def _load(self, session: Session, settings: Settings, since: datetime) -> None:
        org = self.org_id
        self.user_names: dict[int, str] = {}
        self.active_users: dict[int, str] = {}
        for uid, name, active in session.execute(
            select(User.id, User.display_name, User.active).where(User.org_id == org)
        ):
            self.user_names[uid] = name
            if active:
                self.active_users[uid] = name
        self.customer_names: dict[int, str] = dict(
            session.execute(select(Customer.id, Customer.name).where(Customer.org_id == org)).all()
        )
        deal_columns = (Deal.id, Deal.title, Deal.customer_id, Deal.owner_id, Deal.stage, Deal.amount,
                        Deal.currency, Deal.expected_close)  # fmt: skip
        is_open = and_(Deal.org_id == org, Deal.status == "open", self._owned(Deal.owner_id))

        # The pipeline: open deals per owner, stage and currency, summed by the database.
        self.pipeline: dict[int | None, dict[tuple[str, str], list[Any]]] = defaultdict(dict)
        for owner, stage, currency, count, total in session.execute(
            select(
                Deal.owner_id,
                Deal.stage,
                Deal.currency,
                func.count(),
                func.coalesce(func.sum(Deal.amount), 0),
            )
            .where(is_open)
            .group_by(Deal.owner_id, Deal.stage, Deal.currency)
        ):
            self.pipeline[owner][(stage, currency)] = [count, Decimal(total or 0)]

        # Closing dates up to the end of the "closing soon" window in any time zone (cut per
        # manager later, with the same rule as /today).
        horizon = closing_window(self.now.date() + timedelta(days=1))[1]
        self.closing: dict[int | None, list[DealInfo]] = defaultdict(list)
        for row in session.execute(
            select(*deal_columns).where(
                is_open, Deal.expected_close.is_not(None), Deal.expected_close <= horizon
            )
        ):
            deal = DealInfo._make(row)
            self.closing[deal.owner_id].append(deal)

        # Stalled deals: the last touch (a change of the deal, or contact with its customer) is
        # older than the stage's limit. The database picks them, so only those are read.
        changed = (
            select(DealChange.deal_id.label("deal_id"), func.max(DealChange.changed_at).label("at"))
            .where(DealChange.org_id == org)
            .group_by(DealChange.deal_id)
            .subquery()
        )
        contacted = (
            select(Activity.customer_id.label("customer_id"), func.max(Activity.occurred_at).label("at"))
            .where(Activity.org_id == org, Activity.customer_id.is_not(None))
            .group_by(Activity.customer_id)
            .subquery()
        )
        touched = case(
            (changed.c.at.is_(None), contacted.c.at),
            (contacted.c.at.is_(None), changed.c.at),
            (contacted.c.at > changed.c.at, contacted.c.at),
            else_=changed.c.at,
        )
        limits = {s.name: s.stall_days or settings.stalled_after_days for s in settings.pipeline_stages}
        too_long = or_(
            *(
                and_(Deal.stage == name, touched < self.now - timedelta(days=days))
                for name, days in limits.items()
            ),
            and_(
                Deal.stage.not_in(list(limits)),
                touched < self.now - timedelta(days=settings.stalled_after_days),
            ),
        )
        self.stalled: dict[int | None, list[StalledDeal]] = defaultdict(list)
        for *columns, last_touch in session.execute(
            select(*deal_columns, touched)
            .outerjoin(changed, changed.c.deal_id == Deal.id)
            .outerjoin(contacted, contacted.c.customer_id == Deal.customer_id)
            .where(is_open, too_long)
        ):
            deal = DealInfo._make(columns)
            limit = limits.get(deal.stage, settings.stalled_after_days)
            self.stalled[deal.owner_id].append(StalledDeal(deal, last_touch, limit))

        # Won revenue by customer (80/20, and "biggest first").
        self.won: dict[int | None, dict[tuple[int, str], Decimal]] = defaultdict(dict)
        won_by_customer: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for customer_id, currency, owner, total in session.execute(
            select(Deal.customer_id, Deal.currency, Deal.owner_id, func.coalesce(func.sum(Deal.amount), 0))
            .where(Deal.org_id == org, Deal.status == "won", self._owned(Deal.owner_id))
            .group_by(Deal.customer_id, Deal.currency, Deal.owner_id)
        ):
            amount = Decimal(total or 0)
            per_owner = self.won[owner]
            per_owner[(customer_id, currency)] = per_owner.get((customer_id, currency), ZERO) + amount
            won_by_customer[customer_id][currency] += amount

        # Customers going quiet: history (an activity) but no contact for N days, and nothing
        # happening to their deals either (a deal just won or moved is not a customer leaving).
        quiet_before = self.now - timedelta(days=settings.quiet_customer_days)
        deal_news = (
            select(DealChange.id)
            .join(Deal, Deal.id == DealChange.deal_id)
            .where(
                DealChange.org_id == org,
                Deal.customer_id == Customer.id,
                DealChange.changed_at >= quiet_before,
            )
            .exists()
        )
        quiet_rows = session.execute(
            select(Customer.id, Customer.owner_id, contacted.c.at)
            .join(contacted, contacted.c.customer_id == Customer.id)
            .where(
                Customer.org_id == org,
                Customer.lifecycle != "churned",
                contacted.c.at < quiet_before,
                ~deal_news,
                self._owned(Customer.owner_id),
            )
        ).all()
        open_by_customer: dict[int, dict[str, Decimal]] = defaultdict(dict)
        if quiet_rows:
            for customer_id, currency, total in session.execute(
                select(Deal.customer_id, Deal.currency, func.coalesce(func.sum(Deal.amount), 0))
                .where(Deal.org_id == org, Deal.status == "open")
                .group_by(Deal.customer_id, Deal.currency)
            ):
                open_by_customer[customer_id][currency] = Decimal(total or 0)
        self.quiet: dict[int | None, list[QuietCustomer]] = defaultdict(list)
        for cid, owner, contact in quiet_rows:
            self.quiet[owner].append(
                QuietCustomer(
                    cid, owner, contact, dict(won_by_customer.get(cid, {})), open_by_customer.get(cid, {})
                )
            )

        # What changed since the earliest "since" any digest of this batch asks for.
        self.events: dict[int | None, list[DealEvent]] = defaultdict(list)
        for change in session.execute(
            select(
                DealChange.changed_at,
                DealChange.deal_id,
                Deal.title,
                Deal.customer_id,
                Deal.owner_id,
                Deal.currency,
                DealChange.from_stage,
                DealChange.to_stage,
                DealChange.from_amount,
                DealChange.to_amount,
                Deal.lost_reason,
                DealChange.changed_by_id,
            )
            .join(Deal, Deal.id == DealChange.deal_id)
            .where(
                DealChange.org_id == org,
                DealChange.changed_at > since,
                DealChange.changed_at <= self.now,
                self._owned(Deal.owner_id),
            )
            .order_by(DealChange.changed_at, DealChange.id)
        ):
            from_stage, to_stage, reason = change[6], change[7], change[10]
            if from_stage is not None and from_stage == to_stage:
                kind = "amount"
            elif to_stage in ("won", "lost"):
                kind = to_stage
            else:
                kind = "new" if from_stage is None else "moved"
            event = DealEvent(
                kind, *change[:10], reason if kind == "lost" else None, change[11]
            )  # as selected
            self.events[event.owner_id].append(event)

        # Each rep's performance over the activity window, and their overdue follow-ups.
        self.performance = PerformanceSource(
            session, org, settings, start=self.activity_since, end=self.now, owners=self._owner_filter
        )
        self.overdue: dict[int, int] = dict(
            session.execute(
                select(Reminder.owner_id, func.count())
                .where(
                    Reminder.org_id == org,
                    Reminder.status.in_(OPEN_STATUSES),
                    Reminder.due_at < self.now,
                    self._owned(Reminder.owner_id),
                )
                .group_by(Reminder.owner_id)
            ).all()
        )

    # ------------------------------------------------------------------
    def _keys(self, owners: frozenset[int] | None, table: Mapping[int | None, Any]) -> Iterable[int | None]:
        if owners is None:
            return table.keys()
        return (o for o in owners if o in table)

    def digest(
        self, owners: frozenset[int] | None, *, since: datetime, today: date, limit: int = 10
    ) -> Digest:
        """The digest of `owners`' deals and customers (None: the whole organisation), for a
        reader whose local date is `today`."""
        totals: dict[tuple[str, str], list[Any]] = {}
        for owner in self._keys(owners, self.pipeline):
            for key, (count, amount) in self.pipeline[owner].items():
                bucket = totals.setdefault(key, [0, ZERO])
                bucket[0] += count
                bucket[1] += amount
        pipeline = [
            StageTotal(stage, cur, count, total) for (stage, cur), (count, total) in sorted(totals.items())
        ]

        first, last = closing_window(today)
        closing = [
            d
            for owner in self._keys(owners, self.closing)
            for d in self.closing[owner]
            if d.expected_close is not None and first <= d.expected_close <= last
        ]
        closing.sort(key=lambda d: (d.expected_close, -(d.amount or ZERO), d.id))

        stalled = [s for owner in self._keys(owners, self.stalled) for s in self.stalled[owner]]
        stalled.sort(key=lambda s: (-(s.deal.amount or ZERO), s.last_touch, s.deal.id))

        quiet = [q for owner in self._keys(owners, self.quiet) for q in self.quiet[owner]]
        quiet.sort(key=lambda q: (-q.size[0], -q.size[1], q.last_contact, q.customer_id))

        changes = [e for owner in self._keys(owners, self.events) for e in self.events[owner] if e.at > since]
        changes.sort(key=lambda e: (e.at, e.deal_id))

        big, big_counts = self._big_customers(owners)

        members = (
            sorted(self.active_users)
            if owners is None
            else sorted(o for o in owners if o in self.active_users)
        )
        team = [
            MemberActivity(uid, self.performance.of(uid), self.overdue.get(uid, 0))
            for uid in sorted(members, key=lambda u: self.active_users[u].lower())
        ]
        return Digest(
            owners=owners,
            now=self.now,
            since=since,
            pipeline=pipeline,
            changes=changes,
            closing=Listing(closing[:limit], len(closing)),
            stalled=Listing(stalled[:limit], len(stalled)),
            quiet=Listing(quiet[:limit], len(quiet)),
            big=big,
            big_counts=big_counts,
            team=team,
            customer_names=self.customer_names,
            user_names=self.user_names,
        )

    def _big_customers(
        self, owners: frozenset[int] | None
    ) -> tuple[list[BigCustomer], dict[str, tuple[int, int]]]:
        per_currency: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for owner in self._keys(owners, self.won):
            for (customer_id, currency), amount in self.won[owner].items():
                per_currency[currency][customer_id] += amount
        big: list[BigCustomer] = []
        counts: dict[str, tuple[int, int]] = {}
        for currency in sorted(per_currency, key=lambda c: -sum(per_currency[c].values())):
            ranked = sorted(per_currency[currency].items(), key=lambda item: (-item[1], item[0]))
            total = sum((amount for _, amount in ranked), ZERO)
            if total <= 0:
                continue
            running = ZERO
            chosen = 0
            for customer_id, amount in ranked:
                if running >= total * BIG_SHARE:
                    break
                running += amount
                chosen += 1
                big.append(BigCustomer(customer_id, currency, amount, amount / total))
            counts[currency] = (chosen, len(ranked))
        return big, counts


# Reminder context -------------------------------------------------------------
@dataclass(frozen=True)
class ReminderContext:
    customers: dict[int, Customer]
    last_activity: dict[int, Activity]
    open_deals: dict[int, list[Deal]]


def reminder_context(session: Session, org_id: int, customer_ids: Collection[int]) -> ReminderContext:
    """Customer, last activity and open deals for many reminders at once (three queries)."""
    ids = sorted(set(customer_ids))
    if not ids:
        return ReminderContext({}, {}, {})
    customers = {
        c.id: c
        for c in session.scalars(select(Customer).where(Customer.org_id == org_id, Customer.id.in_(ids)))
    }
    ranked = (
        select(
            Activity.id,
            func.row_number()
            .over(
                partition_by=Activity.customer_id, order_by=(Activity.occurred_at.desc(), Activity.id.desc())
            )
            .label("n"),
        )
        .where(Activity.org_id == org_id, Activity.customer_id.in_(ids))
        .subquery()
    )
    latest = session.scalars(select(Activity).join(ranked, ranked.c.id == Activity.id).where(ranked.c.n == 1))
    last_activity = {a.customer_id: a for a in latest if a.customer_id is not None}
    open_deals: dict[int, list[Deal]] = defaultdict(list)
    for deal in session.scalars(
        select(Deal)
        .where(Deal.org_id == org_id, Deal.customer_id.in_(ids), Deal.status == "open")
        .order_by(Deal.updated_at.desc(), Deal.id.desc())
    ):
        open_deals[deal.customer_id].append(deal)
    return ReminderContext(customers, last_activity, dict(open_deals))


def previous_digest_at(user: User, now: datetime) -> datetime:
    """When the previous weekday's digest was due for `user` (the default "since" of a first digest)."""
    zone = ZoneInfo(user.timezone)
    day = now.astimezone(zone).date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, max(user.digest_time, user.work_start), tzinfo=zone)


__all__: Sequence[str] = [
    "BigCustomer",
    "DealEvent",
    "DealInfo",
    "Digest",
    "DigestSource",
    "Listing",
    "MemberActivity",
    "QuietCustomer",
    "ReminderContext",
    "StalledDeal",
    "digest_scope",
    "pipeline_from_snapshot",
    "previous_digest_at",
    "reminder_context",
]


class ReportRepo(Repo):
    """This organisation's read-only figures (`Store.reports`): digests, performance, reminders."""

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
