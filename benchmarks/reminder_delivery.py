"""Benchmark: 10,000 reminders due in the same minute, delivered through a rate-limited Bot API.

Runs the real scheduler (`reminders.scheduler.Scheduler`: APScheduler tick, claims, outbox,
delivery worker) in real time against a delivery target that enforces N messages/s and
answers anything faster with a 429 and a Retry-After, as Telegram does. Prints the total
time against the physical minimum (reminders / rate), how many 429s were answered, and how
many reminders were lost or delivered twice (both must be 0).

The target is pluggable (`--target`):
  inprocess  an in-process Bot API stand-in (`RateLimitedBotApi` below): a sliding
             one-second window of `--rate` messages, `--latency` per call, 429 with an
             integer Retry-After beyond that. Available now.
  telegram   the real Telegram adapter's sender against the fake Bot API server of
             `tests/fakes/telegram_api.py` with its rate limit set to `--rate`. Both are
             being built in issue 6; `telegram_target()` says what is left to wire.

    python benchmarks/reminder_delivery.py                        # 10,000 at 30/s: about 6 minutes
    python benchmarks/reminder_delivery.py --count 2000           # quicker
    python benchmarks/reminder_delivery.py --pace 40 --count 2000 # pace above the limit: 429s galore
    python benchmarks/reminder_delivery.py --postgres             # on a throwaway PostgreSQL server
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from bot.app import build_app
from config import load_settings
from crm_store.models import Identity, OutboxMessage, Reminder, User
from crm_store.types import utcnow
from handlers.messages import Reply
from reminders.engine import Notifications
from reminders.notifier import PlatformSender, RetryLater
from reminders.outbox import OutboxWorker
from reminders.scheduler import Scheduler


class RateLimitedBotApi:
    """A PlatformSender standing in for the Bot API: at most `rate` messages in any second."""

    platform = "telegram"

    def __init__(self, rate: float, latency: float) -> None:
        self.rate = rate
        self.latency = latency
        self.window: deque[float] = deque()
        self.delivered: list[tuple[str, str]] = []
        self.rejected = 0

    async def send(self, chat_id: str, reply: Reply) -> None:
        await asyncio.sleep(self.latency)  # the request reaches the server
        now = time.monotonic()
        while self.window and now - self.window[0] >= 1.0:
            self.window.popleft()
        if len(self.window) >= self.rate:
            self.rejected += 1
            raise RetryLater(
                after=float(math.ceil(1.0 - (now - self.window[0]))), reason="429 Too Many Requests"
            )
        self.window.append(now)
        self.delivered.append((chat_id, reply.text))


@dataclass
class Target:
    sender: PlatformSender
    delivered: list[tuple[str, str]] = field(default_factory=list)  # (chat id, text) accepted by the server
    rejected: int = 0


@asynccontextmanager
async def inprocess_target(args: argparse.Namespace) -> AsyncIterator[Target]:
    api = RateLimitedBotApi(args.rate, args.latency)
    target = Target(api, api.delivered)
    yield target
    target.rejected = api.rejected


@asynccontextmanager
async def telegram_target(args: argparse.Namespace) -> AsyncIterator[Target]:
    """To finish after issue 6 is merged:
    1. start the fake Bot API server from tests/fakes/telegram_api.py on 127.0.0.1:0 with its rate
       limit set to `args.rate` messages/s (429 + retry_after beyond it);
    2. build the Telegram adapter's PlatformSender with TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL
       pointing at that server (and no extra client-side limiter, so the outbox's pacing is measured);
    3. yield Target(sender, delivered=<the server's recorded sendMessage calls as (chat_id, text)>),
       and after the run set `rejected` to the number of 429 answers the server gave.
    """
    raise SystemExit("--target telegram needs the Telegram adapter and its fake Bot API server (issue 6); "
                     "use --target inprocess until they are merged")  # fmt: skip
    yield  # pragma: no cover


TARGETS = {"inprocess": inprocess_target, "telegram": telegram_target}


@contextmanager
def database(args: argparse.Namespace) -> Iterator[str]:
    if args.database_url:
        yield args.database_url
        return
    if args.postgres:
        from tests.support.postgres import PostgresServer, find_bindir

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("no PostgreSQL binaries found (set SALESBOT_PG_BIN)")
        server = PostgresServer(bindir).start()
        try:
            server.execute("CREATE DATABASE bench")
            yield server.url("bench")
        finally:
            server.stop()
        return
    with tempfile.TemporaryDirectory(prefix="salesbot-bench-") as folder:
        yield f"sqlite:///{folder}/bench.db"


def populate(app, count: int, users: int, minute: datetime) -> None:  # type: ignore[no-untyped-def]
    """`users` reps reachable on Telegram, `count` reminders all due within `minute`."""
    org_id = app.org().id
    # Awake around the clock and no morning message, so only the reminders are measured.
    always = {
        "work_start": clock_time(0),
        "work_end": clock_time(23, 59, 59),
        "digest_time": clock_time(23, 59, 59),
    }
    with app.db.transaction() as session:
        session.execute(insert(User), [
            {**always, "org_id": org_id, "display_name": f"Rep {n:05d}", "role": "rep", "timezone": "UTC",
             "locale": "en", "preferred_platform": "telegram", "active": True, "created_at": minute}
            for n in range(users)
        ])  # fmt: skip
        ids = list(session.scalars(select(User.id).where(User.org_id == org_id).order_by(User.id)))
        session.execute(insert(Identity), [
            {"org_id": org_id, "user_id": uid, "platform": "telegram", "external_id": chat_of(uid),
             "chat_id": chat_of(uid), "created_at": minute} for uid in ids
        ])  # fmt: skip
        rows = [
            {"org_id": org_id, "owner_id": ids[n % len(ids)], "text": f"bench reminder #{n}",
             "due_at": minute + timedelta(seconds=n * 60 / count), "status": "pending", "snooze_count": 0,
             "urgent": False, "created_at": minute, "updated_at": minute}
            for n in range(count)
        ]  # fmt: skip
        for start in range(0, len(rows), 5000):
            session.execute(insert(Reminder), rows[start : start + 5000])


def chat_of(user_id: int) -> str:
    return str(900000 + user_id)


async def run(args: argparse.Namespace, url: str) -> None:
    settings = load_settings(database_url=url, default_timezone="UTC", _env_file=None,
                             scheduler_interval_seconds=args.interval)  # fmt: skip
    app = build_app(settings)
    # All fall due within the last whole minute, so the first tick finds every one of them due: the
    # worst case (a burst, or a process starting after the minute) and a clean measure of delivery.
    minute = utcnow().replace(second=0, microsecond=0) - timedelta(minutes=1)
    populate(app, args.count, args.users, minute)
    async with TARGETS[args.target](args) as target:
        worker = OutboxWorker(app.db, {"telegram": target.sender}, clock=utcnow,
                              rates={"telegram": args.pace}, concurrency=args.concurrency)  # fmt: skip
        scheduler = Scheduler(Notifications(app.db, app.assistant, settings), worker, clock=utcnow,
                              interval=settings.scheduler_interval_seconds)  # fmt: skip
        started = time.perf_counter()
        first_at: float | None = None
        await scheduler.start()
        try:
            reported = 0
            while len({text for _, text in target.delivered}) < args.count:
                await asyncio.sleep(0.1)
                if first_at is None and target.delivered:
                    first_at = time.perf_counter() - started
                if time.perf_counter() - started > args.timeout:
                    print(f"timed out after {args.timeout:.0f} s")
                    break
                if len(target.delivered) - reported >= args.count // 10:
                    reported = len(target.delivered)
                    print(
                        f"  {reported:>6} delivered after {time.perf_counter() - started:6.1f} s", flush=True
                    )
            elapsed = time.perf_counter() - started
            await asyncio.sleep(2 * args.interval)  # would anything arrive twice if we kept running?
        finally:
            await scheduler.stop()

    numbers = Counter(
        int(text.split("#")[1].split()[0]) for _, text in target.delivered if "bench reminder #" in text
    )
    lost = sum(1 for n in range(args.count) if n not in numbers)
    duplicated = sum(c - 1 for c in numbers.values() if c > 1)
    with app.db.transaction() as session:
        owners = dict(session.execute(select(Reminder.text, Reminder.owner_id)).all())
        by_status = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        statuses = {status: n for status, n in session.execute(by_status)}
    wrong_chat = sum(
        1
        for chat, text in target.delivered
        if chat_of(owners[text.splitlines()[0].removeprefix("⏰ ")]) != chat
    )
    dialect = app.db.dialect
    app.db.dispose()

    minimum = args.count / args.rate
    print(f"\n{args.count:,} reminders for {args.users:,} users, due in one minute, on {dialect}; "
          f"target {args.target!r}: {args.rate:g} msg/s, {args.latency * 1000:.0f} ms per call; "
          f"outbox pacing {args.pace:g} msg/s")  # fmt: skip
    print(f"  total time                 {elapsed:8.1f} s")
    print(f"  physical minimum           {minimum:8.1f} s   (count / rate)")
    print(f"  overhead over the minimum  {100 * (elapsed / minimum - 1):8.1f} %")
    print(f"  first message after        {first_at or float('nan'):8.2f} s")
    print(f"  throughput                 {len(target.delivered) / elapsed:8.1f} msg/s")
    print(f"  429 answers (retried)      {target.rejected:8d}")
    print(f"  lost                       {lost:8d}")
    print(f"  duplicated                 {duplicated:8d}")
    print(f"  in the wrong chat          {wrong_chat:8d}")
    print(f"  outbox rows by status      {statuses}")
    if lost or duplicated or wrong_chat:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=1_000)
    parser.add_argument("--rate", type=float, default=30.0, help="what the server allows per second")
    parser.add_argument("--pace", type=float, default=29.0, help="what the outbox sends per second")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds per call")
    parser.add_argument("--concurrency", type=int, default=8, help="calls in flight")
    parser.add_argument("--interval", type=float, default=5.0, help="scheduler tick, seconds")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--target", choices=sorted(TARGETS), default="inprocess")
    parser.add_argument("--postgres", action="store_true", help="run on a throwaway PostgreSQL server")
    parser.add_argument("--database-url", help="an existing, empty database")
    args = parser.parse_args()
    with database(args) as url:
        asyncio.run(run(args, url))


if __name__ == "__main__":
    main()
