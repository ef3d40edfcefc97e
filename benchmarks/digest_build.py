"""Benchmark: build every manager's digest for a big organisation (target: under 2 s).

Generates an organisation (default 100,000 deals, 200 managers with 10 reps each, 20,000
customers, 200,000 activities, 20,000 reminders) with a fixed seed, then times:

  1. one read of the organisation's digest data (`DigestSource`),
  2. every manager's digest cut from it and rendered as text (the target: 1 + 2 < 2 s),
  3. the funnel charts for all of them (matplotlib, separately: they are drawn outside the
     database transaction and are not needed for the text),
  4. the scheduler's whole morning run (`schedule_daily`: data, text, charts, run records
     and outbox rows), and
  5. the baseline: what reading the data per manager would cost (measured on a sample,
     scaled to all managers) — the design that one shared read replaces.

    python benchmarks/digest_build.py                      # SQLite in a temp folder
    python benchmarks/digest_build.py --postgres           # a throwaway PostgreSQL server
    python benchmarks/digest_build.py --deals 20000 --managers 40   # smaller and quicker
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from benchmarks.databases import add_database_arguments, benchmark_database
from bot.app import App, build_app
from config import load_settings
from crm_store.models import Activity, Customer, Deal, DealChange, OutboxMessage, Reminder, User
from crm_store.reports import DigestSource, digest_scope, previous_digest_at
from crm_store.system import System
from crm_store.teams import viewed_teams
from handlers.digest import digest_text, funnel_chart
from reminders.daily import schedule_daily

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday; managers' digests are due (08:30 UTC)
KINDS = ("call", "meeting", "visit", "email", "message", "note")


def chunks(rows: list[dict], size: int = 5000) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def populate(app: App, args: argparse.Namespace) -> dict[str, int]:
    rng = random.Random(7)
    org_id = app.org().id
    open_stages = [s.name for s in app.settings.open_stages]
    start, end = app.settings.working_hours
    person = {"org_id": org_id, "timezone": "UTC", "locale": "en", "work_start": start, "work_end": end,
              "digest_time": app.settings.digest_time, "active": True, "created_at": NOW}  # fmt: skip
    stamps = {"org_id": org_id, "created_at": NOW, "updated_at": NOW}
    with app.db.transaction() as session:

        def add(model: type, rows: list[dict]) -> None:
            for part in chunks(rows):
                session.execute(insert(model), part)

        def ids(role: str) -> list[int]:
            return list(session.scalars(select(User.id).where(User.role == role).order_by(User.id)))

        add(User, [{**person, "display_name": "Admin", "role": "admin"}])
        [admin_id] = ids("admin")
        add(User, [{**person, "display_name": f"Manager {m:03d}", "role": "manager", "manager_id": admin_id}
                   for m in range(args.managers)])  # fmt: skip
        add(User, [{**person, "display_name": f"Rep {m:03d}-{r:02d}", "role": "rep", "manager_id": boss}
                   for m, boss in enumerate(ids("manager")) for r in range(args.reps)])  # fmt: skip
        rep_ids = ids("rep")

        add(Customer, [{**stamps, "name": f"Customer {c:06d} GmbH", "aliases": [], "lifecycle": "customer",
                        "owner_id": rng.choice(rep_ids)} for c in range(args.customers)])  # fmt: skip
        owner_of = dict(session.execute(select(Customer.id, Customer.owner_id)).all())
        customer_ids = list(owner_of)

        deals = []
        for d in range(args.deals):
            customer, roll = rng.choice(customer_ids), rng.random()
            stage = rng.choice(open_stages) if roll < 0.55 else "won" if roll < 0.85 else "lost"
            created = NOW - timedelta(days=rng.uniform(1, 365))
            closed = stage in ("won", "lost")
            deals.append({**stamps, "customer_id": customer, "title": f"Deal {d}", "stage": stage,
                          "amount": Decimal(rng.randrange(1_000, 200_000)), "currency": "USD",
                          "status": stage if closed else "open", "owner_id": owner_of[customer],
                          "expected_close": (NOW + timedelta(days=rng.randint(-60, 90))).date(),
                          "created_at": created, "lost_reason": "price" if stage == "lost" else None,
                          "closed_at": created + timedelta(days=10) if closed else None})  # fmt: skip
        add(Deal, deals)
        changes = []
        for deal_id, created, stage, amount in session.execute(
            select(Deal.id, Deal.created_at, Deal.stage, Deal.amount).order_by(Deal.id)
        ):
            change = {"org_id": org_id, "deal_id": deal_id, "from_amount": None, "to_amount": amount}
            changes.append({**change, "changed_at": created, "from_stage": None, "to_stage": "lead"})
            if stage != "lead":
                moved = min(NOW, created + timedelta(days=rng.uniform(0, 60)))
                changes.append({**change, "changed_at": moved, "from_stage": "lead", "to_stage": stage})
        add(DealChange, changes)

        activities = []
        for _ in range(args.activities):
            customer = rng.choice(customer_ids)
            activities.append({"org_id": org_id, "kind": rng.choice(KINDS), "summary": "talked about it",
                               "occurred_at": NOW - timedelta(days=rng.uniform(0, 120)),
                               "customer_id": customer, "author_id": owner_of[customer],
                               "created_at": NOW})  # fmt: skip
        add(Activity, activities)
        add(Reminder, [{**stamps, "owner_id": rng.choice(rep_ids), "text": "follow up", "status": "pending",
                        "due_at": NOW + timedelta(hours=rng.uniform(-72, 240)), "snooze_count": 0,
                        "urgent": False} for _ in range(args.reminders)])  # fmt: skip
    return {"managers": args.managers, "reps": len(rep_ids), "customers": len(customer_ids),
            "deals": len(deals), "deal changes": len(changes), "activities": len(activities),
            "reminders": args.reminders}  # fmt: skip


def timed(label: str, results: dict[str, float]):  # type: ignore[no-untyped-def]
    @contextmanager
    def block() -> Iterator[None]:
        start = time.perf_counter()
        yield
        results[label] = time.perf_counter() - start

    return block()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--managers", type=int, default=200)
    parser.add_argument("--reps", type=int, default=10, help="reps per manager")
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--reminders", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=10, help="managers for the per-manager baseline")
    parser.add_argument("--repeat", type=int, default=3, help="build runs; the median is reported")
    add_database_arguments(parser)
    args = parser.parse_args()

    with benchmark_database(args) as url:
        settings = load_settings(database_url=url, default_timezone="UTC", _env_file=None)
        app = build_app(settings, clock=lambda: NOW)
        started = time.perf_counter()
        counts = populate(app, args)
        backend = app.db.dialect
        print(f"{backend}: generated " + ", ".join(f"{n:,} {what}" for what, n in counts.items())
              + f" in {time.perf_counter() - started:.1f} s")  # fmt: skip
        app.db.dispose()  # as at 08:30: a process reading a settled database, not one mid-bulk-load
        app = build_app(settings, clock=lambda: NOW)

        builds: list[tuple[float, float]] = []
        results: dict[str, float] = {}
        with app.db.transaction() as session:
            managers = list(
                session.scalars(select(User).where(User.role.in_(("manager", "admin"))).order_by(User.id))
            )
            teams = viewed_teams(session.scalars(select(User)).all())
            since = {m.id: previous_digest_at(m, NOW) for m in managers}
            for _ in range(args.repeat):
                read_started = time.perf_counter()
                source = DigestSource(
                    session, managers[0].org_id, settings, now=NOW, since=min(since.values())
                )
                cut_started = time.perf_counter()
                rendered = []
                for manager in managers:
                    ctx = app.assistant.context_for(System(session), manager, NOW)
                    scope = digest_scope(manager, teams)
                    digest = source.digest(scope, since=since[manager.id], today=NOW.date())
                    whose = "the whole organisation" if scope is None else "your team"
                    rendered.append((ctx, digest, whose, digest_text(ctx, digest, whose=whose)))
                builds.append((cut_started - read_started, time.perf_counter() - cut_started))
            with timed("3. draw every funnel chart", results):
                for ctx, digest, whose, _ in rendered:
                    funnel_chart(ctx, digest, whose)
            sample = managers[1 : 1 + args.sample]
            with timed("5. baseline: one read per manager (sample)", results):
                for manager in sample:
                    DigestSource(session, manager.org_id, settings, now=NOW, since=since[manager.id],
                                 owners=teams[manager.id])  # fmt: skip
        with timed("4. scheduler morning run (text + charts + outbox)", results):
            queued = schedule_daily(app.db, app.assistant, settings, NOW)
        with app.db.transaction() as session:
            digests = session.scalar(select(OutboxMessage.id).where(OutboxMessage.kind == "digest").limit(1))
        app.db.dispose()

    builds.sort(key=sum)
    read, cut = builds[len(builds) // 2]  # the median run
    results["1. read the organisation once"] = read
    results["2. cut and word every digest"] = cut
    n = len(managers)
    build = results["1. read the organisation once"] + results["2. cut and word every digest"]
    per_manager = results["5. baseline: one read per manager (sample)"] / max(len(sample), 1)
    longest = max(rendered, key=lambda r: len(r[3]))[3]
    print(f"\n{n} digests ({n - 1} managers' teams + the admin's whole organisation), {backend}:")
    for label, seconds in sorted(results.items()):
        print(f"  {label:<52} {seconds:8.3f} s")
    print(f"  {'=> build every digest (1 + 2), median of ' + str(len(builds)):<52} {build:8.3f} s   "
          f"target < 2 s: {'met' if build < 2 else 'MISSED'}")  # fmt: skip
    print(f"  {'   all runs':<52} " + ", ".join(f"{sum(b):.3f}" for b in builds) + " s")
    print(f"  {'   per digest':<52} {build / n * 1000:8.1f} ms")
    print(f"  {'baseline: reading per manager, scaled to all':<52} {per_manager * n:8.3f} s"
          f"   ({per_manager * n / build:.1f}x the shared read)")  # fmt: skip
    print(f"  scheduler run queued {queued} morning messages (digests and reps' 'your day'); "
          f"outbox has digests: {digests is not None}")  # fmt: skip
    print(f"  longest digest: {len(longest):,} characters, {longest.count(chr(10)) + 1} lines")


if __name__ == "__main__":
    main()
