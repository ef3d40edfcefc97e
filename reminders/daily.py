"""Morning messages: each manager's digest and each rep's "your day", at most once per local day.

The schedule is data: every user's `digest_time` (in their time zone, weekdays), and a
`schedule_runs` row per (user, kind, day) once it is done, whose unique key makes a second
process (or a second tick) a no-op. An organisation's data is read once per tick and cut
per manager (`Store.reports.digest`), charts are drawn outside any transaction,
and the run rows and outbox messages are written together in one.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from config import Settings
from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.models import User
from crm_store.reports import (
    Digest,
    digest_scope,
    pipeline_from_snapshot,
    previous_digest_at,
)
from crm_store.repos import notifications as outbox
from crm_store.system import System
from crm_store.teams import viewed_teams
from handlers.assistant import Assistant
from handlers.commands.followups import digest
from handlers.commands.reminders import day_overview
from handlers.context import Ctx
from handlers.digest import digest_text, funnel_chart
from handlers.messages import Image, Reply
from reminders.rules import end_of_work, morning_due

log = logging.getLogger(__name__)
DIGEST = "digest"
YOUR_DAY = "your_day"
REP_BATCH = 100


@dataclass
class Morning:
    """One user's morning message, prepared; `chart` draws its image outside the transaction."""

    user: User
    kind: str
    day: date
    text: str | None  # None: nothing worth sending today (the run is still recorded)
    data: dict[str, Any]
    chart: Callable[[], Image] | None = None
    image: Image | None = None


def schedule_daily(
    db: Database, assistant: Assistant, settings: Settings, now: datetime, *, charts: bool = True
) -> int:
    """Queue the morning messages that are due now and not yet done; returns how many were queued.

    Work goes in batches (an organisation's managers together, since they share one read of
    its data; reps a hundred at a time), each with short transactions, so a big morning run
    never holds the database for long.
    """
    with db.system() as system:
        users = system.notifications.active_users()
        due = {u.id: day for u in users if (day := morning_due(u, now)) is not None}
        if not due:
            return 0
        days = set(due.values())
        done = system.notifications.runs_on(DIGEST, days) | system.notifications.runs_on(YOUR_DAY, days)
        todo = [u for u in users if u.id in due and (u.id, due[u.id]) not in done]
    queued = 0
    for batch in _batches(todo):
        try:
            queued += _morning_batch(db, assistant, settings, [u.id for u in batch], due, now, charts=charts)
        except Exception:  # one organisation's trouble must not hold back everyone else's morning
            log.exception(
                "morning messages for users %s failed; retrying on the next tick", [u.id for u in batch]
            )
    return queued


def _batches(users: Sequence[User]) -> list[list[User]]:
    managers: dict[int, list[User]] = defaultdict(list)
    reps: list[User] = []
    for user in users:
        (managers[user.org_id] if user.is_manager else reps).append(user)
    return [*managers.values(), *(reps[i : i + REP_BATCH] for i in range(0, len(reps), REP_BATCH))]


def _morning_batch(
    db: Database,
    assistant: Assistant,
    settings: Settings,
    user_ids: list[int],
    days: dict[int, date],
    now: datetime,
    *,
    charts: bool,
) -> int:
    with db.system() as system:
        users = list(system.notifications.users_by_ids(user_ids).values())
        mornings = prepare_digests(system, assistant, settings, [u for u in users if u.is_manager], days, now)
        mornings += prepare_your_days(system, assistant, [u for u in users if not u.is_manager], days, now)
        routes = system.notifications.routes_for(users)
    if charts:
        for morning in mornings:
            if morning.chart is not None:
                morning.image = morning.chart()
    with db.system() as system:
        runs = [outbox.ScheduleRunSpec(m.user.org_id, m.user.id, m.kind, m.day, m.data) for m in mornings]
        won = system.notifications.claim_runs(runs, now=now)
        notices = [
            _notice(m, routes.get(m.user.id))
            for m in mornings
            if m.text is not None and (m.user.id, m.kind) in won
        ]
        return system.notifications.enqueue(notices, now=now)


def _notice(morning: Morning, route: tuple[str, str] | None) -> outbox.Notice:
    user, image = morning.user, morning.image
    return outbox.Notice(
        org_id=user.org_id,
        user_id=user.id,
        kind=morning.kind,
        text=morning.text or "",
        image=image.data if image else None,
        image_name=image.filename if image else None,
        dedupe_key=f"{morning.kind}:{user.id}:{morning.day.isoformat()}",
        expires_at=end_of_work(user, morning.day),
        platform=route[0] if route else None,
        chat_id=route[1] if route else None,
    )


def prepare_digests(
    system: System,
    assistant: Assistant,
    settings: Settings,
    managers: Sequence[User],
    days: dict[int, date],
    now: datetime,
) -> list[Morning]:
    """Every manager's digest text, from one read of each organisation's data."""
    mornings: list[Morning] = []
    by_org: dict[int, list[User]] = defaultdict(list)
    for manager in managers:
        by_org[manager.org_id].append(manager)
    for org_id, org_managers in by_org.items():
        org = system.store(Actor(org_id, None), audit=False)
        everyone = org.users.all()
        teams = viewed_teams(everyone)
        previous = {}
        for day in {days[m.id] for m in org_managers}:
            ids = [m.id for m in org_managers if days[m.id] == day]
            previous.update(system.notifications.last_runs(ids, DIGEST, before=day))
        since = {
            m.id: previous[m.id].created_at if m.id in previous else previous_digest_at(m, now)
            for m in org_managers
        }
        source = org.reports.digest(settings, now=now, since=min(since.values()))
        for manager in org_managers:
            ctx = assistant.context_for(system, manager, now)
            scope = digest_scope(manager, teams)
            whose = ctx._("the whole organisation") if scope is None else ctx._("your team")
            digest = source.digest(scope, since=since[manager.id], today=days[manager.id])
            before = previous.get(manager.id)
            text = digest_text(
                ctx,
                digest,
                whose=whose,
                previous=pipeline_from_snapshot(before.data) if before else None,
                previous_at=before.created_at if before else None,
            )
            chart = _chart_of(ctx, digest, whose)
            mornings.append(Morning(manager, DIGEST, days[manager.id], text, digest.snapshot(), chart))
    return mornings


def _chart_of(ctx: Ctx, digest: Digest, whose: str) -> Callable[[], Image]:
    return lambda: funnel_chart(ctx, digest, whose)


def prepare_your_days(
    system: System, assistant: Assistant, reps: Sequence[User], days: dict[int, date], now: datetime
) -> list[Morning]:
    """Each rep's short morning overview; nothing is sent on a day with nothing in it."""
    mornings = []
    for rep in reps:
        text, worth_sending = day_overview(assistant.context_for(system, rep, now))
        mornings.append(Morning(rep, YOUR_DAY, days[rep.id], text if worth_sending else None, {}))
    return mornings


def digest_preview(
    db: Database, assistant: Assistant, settings: Settings, org_id: int, user: User | None, now: datetime
) -> Reply:
    """A digest now, exactly as `/digest` shows it to `user` (None: the whole organisation)."""
    with db.system() as system:
        reader = user or User(
            org_id=org_id, display_name="salesbot", role="admin", timezone=settings.default_timezone,
            locale=settings.default_locale, work_start=settings.working_hours[0],
            work_end=settings.working_hours[1], digest_time=settings.digest_time, active=True,
        )  # fmt: skip
        return digest(assistant.context_for(system, reader, now, platform="cli"), "")
