"""Benchmark: 10,000 reminders due in the same minute, delivered through a rate-limited Bot API.

Runs the real scheduler (`reminders.scheduler.Scheduler`: APScheduler tick, claims, outbox,
delivery worker) in real time against a delivery target that enforces N messages/s and
answers anything faster with a 429 and a Retry-After, as Telegram does. Prints the total
time against the physical minimum (reminders / rate), how many 429s were answered, and how
many reminders were lost or delivered twice (both must be 0).

The target is pluggable (`--target`):
  inprocess  an in-process Bot API stand-in (`RateLimitedBotApi` below): a sliding
             one-second window of `--rate` messages, `--latency` per call, 429 with an
             integer Retry-After beyond that (isolates the scheduler and outbox).
  telegram   the real Telegram adapter (python-telegram-bot, its FloodControl and
             `TelegramSender`, as `salesbot run` starts it) against the fake Bot API server
             of `tests/fakes/telegram_api.py`, which answers sends beyond `--rate` with 429.

    python benchmarks/reminder_delivery.py --target telegram      # 10,000 at 30/s: about 6 minutes
    python benchmarks/reminder_delivery.py                        # the same through the stand-in
    python benchmarks/reminder_delivery.py --count 2000           # quicker
    python benchmarks/reminder_delivery.py --pace 40 --count 2000 # pace above the limit: 429s galore
    python benchmarks/reminder_delivery.py --postgres             # on a throwaway PostgreSQL server
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from contextlib import (
    AbstractAsyncContextManager,
    AsyncExitStack,
    asynccontextmanager,
    nullcontext,
)
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from benchmarks.databases import add_database_arguments, benchmark_database
from bot.app import App, build_app
from bot.scheduling import reminder_refresh
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
    """Where the reminders go: settings for the app, a chat per user, and what the server accepted."""

    settings: dict[str, object] = field(default_factory=dict)
    sender: PlatformSender | None = None  # None: the app's own senders (registered by its adapters)
    new_chat: Callable[[int], str] = lambda user_id: str(900000 + user_id)
    accepted: Callable[[], list[tuple[str, str]]] = list  # (chat id, text), in order of acceptance
    rejected: Callable[[], int] = lambda: 0  # 429 answers given
    attach: Callable[[App], AbstractAsyncContextManager[None]] = lambda app: nullcontext()


@asynccontextmanager
async def inprocess_target(args: argparse.Namespace) -> AsyncIterator[Target]:
    api = RateLimitedBotApi(args.rate, args.latency)
    yield Target(sender=api, accepted=lambda: api.delivered, rejected=lambda: api.rejected)


@asynccontextmanager
async def telegram_target(args: argparse.Namespace) -> AsyncIterator[Target]:
    """The real Telegram adapter (python-telegram-bot with its FloodControl, `TelegramSender`)
    against the fake Bot API server, which answers sends beyond `--rate` per second with 429."""
    from bot.telegram import TelegramAdapter
    from tests.fakes.telegram_api import FakeTelegramAPI

    fake = FakeTelegramAPI()
    fake.rate_limit = int(args.rate)
    with fake.serving_in_thread():  # its own event loop: the server's work does not slow the bot's

        def new_chat(user_id: int) -> str:
            return str(fake.add_user(f"Rep {user_id}")["id"])

        def accepted() -> list[tuple[str, str]]:
            calls = fake.calls_to("sendMessage")
            return [(str(c.params["chat_id"]), c.params["text"]) for c in calls if c.ok]

        @asynccontextmanager
        async def attach(app: App) -> AsyncIterator[None]:
            adapter = TelegramAdapter(app, poll_timeout=1)
            await adapter.start()  # registers its sender in app.senders, as in `salesbot run`
            try:
                yield
            finally:
                await adapter.stop()

        yield Target(
            settings={"telegram_bot_token": fake.token, "telegram_api_base_url": fake.base_url},
            new_chat=new_chat,
            accepted=accepted,
            rejected=lambda: sum(1 for c in fake.calls_to("sendMessage") if c.status == 429),
            attach=attach,
        )


TARGETS = {"inprocess": inprocess_target, "telegram": telegram_target}


def populate(
    app: App, count: int, users: int, minute: datetime, new_chat: Callable[[int], str]
) -> dict[int, str]:
    """`users` reps reachable on Telegram, `count` reminders all due within `minute`; their chats."""
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
        chats = {uid: new_chat(uid) for uid in ids}
        session.execute(insert(Identity), [
            {"org_id": org_id, "user_id": uid, "platform": "telegram", "external_id": chat,
             "chat_id": chat, "created_at": minute} for uid, chat in chats.items()
        ])  # fmt: skip
        rows = [
            {"org_id": org_id, "owner_id": ids[n % len(ids)], "text": f"bench reminder #{n}",
             "due_at": minute + timedelta(seconds=n * 60 / count), "status": "pending", "snooze_count": 0,
             "urgent": False, "created_at": minute, "updated_at": minute}
            for n in range(count)
        ]  # fmt: skip
        for start in range(0, len(rows), 5000):
            session.execute(insert(Reminder), rows[start : start + 5000])
    return chats


async def run(args: argparse.Namespace, url: str) -> None:
    async with TARGETS[args.target](args) as target, AsyncExitStack() as stack:
        settings = load_settings(database_url=url, default_timezone="UTC", _env_file=None,
                                 scheduler_interval_seconds=args.interval, **target.settings)  # fmt: skip
        app = build_app(settings)
        # All fall due within the last whole minute, so the first tick finds every one of them due: the
        # worst case (a burst, or a process starting after the minute) and a clean measure of delivery.
        minute = utcnow().replace(second=0, microsecond=0) - timedelta(minutes=1)
        chats = populate(app, args.count, args.users, minute, target.new_chat)
        await stack.enter_async_context(target.attach(app))
        senders = app.senders if target.sender is None else {"telegram": target.sender}
        rates = {} if args.pace is None else {"telegram": args.pace}  # default: what `salesbot run` uses
        worker = OutboxWorker(app.db, senders, clock=utcnow, rates=rates, concurrency=args.concurrency,
                              refresh=reminder_refresh(app))  # fmt: skip
        pace = worker.rate_of("telegram", senders["telegram"])
        scheduler = Scheduler(Notifications(app.db, app.assistant, settings), worker, clock=utcnow,
                              interval=settings.scheduler_interval_seconds)  # fmt: skip
        started = time.perf_counter()
        first_at: float | None = None
        await scheduler.start()
        try:
            reported = 0
            while True:  # looks twice a second: scanning the server's log must not slow the bot down
                accepted = target.accepted()
                if first_at is None and accepted:
                    first_at = time.perf_counter() - started
                if len({text for _, text in accepted}) >= args.count:
                    break
                if time.perf_counter() - started > args.timeout:
                    print(f"timed out after {args.timeout:.0f} s")
                    break
                if len(accepted) - reported >= args.count // 10:
                    reported = len(accepted)
                    print(
                        f"  {reported:>6} delivered after {time.perf_counter() - started:6.1f} s", flush=True
                    )
                await asyncio.sleep(0.5)
            elapsed = time.perf_counter() - started
            await asyncio.sleep(2 * args.interval)  # would anything arrive twice if we kept running?
        finally:
            await scheduler.stop()

    numbers = Counter(
        int(text.split("#")[1].split()[0]) for _, text in target.accepted() if "bench reminder #" in text
    )
    lost = sum(1 for n in range(args.count) if n not in numbers)
    duplicated = sum(c - 1 for c in numbers.values() if c > 1)
    with app.db.transaction() as session:
        owners = dict(session.execute(select(Reminder.text, Reminder.owner_id)).all())
        by_status = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        statuses = {status: n for status, n in session.execute(by_status)}
    wrong_chat = sum(
        1
        for chat, text in target.accepted()
        if chats[owners[text.splitlines()[0].removeprefix("⏰ ")]] != chat
    )
    dialect = app.db.dialect
    app.db.dispose()

    minimum = args.count / args.rate
    print(f"\n{args.count:,} reminders for {args.users:,} users, due in one minute, on {dialect}; "
          f"target {args.target!r} accepting {args.rate:g} msg/s; "
          f"outbox pacing {pace or 0:g} msg/s")  # fmt: skip
    print(f"  total time                 {elapsed:8.1f} s")
    print(f"  physical minimum           {minimum:8.1f} s   (count / rate)")
    print(f"  overhead over the minimum  {100 * (elapsed / minimum - 1):8.1f} %")
    print(f"  first message after        {first_at or float('nan'):8.2f} s")
    print(f"  throughput                 {len(target.accepted()) / elapsed:8.1f} msg/s")
    print(f"  429 answers (retried)      {target.rejected():8d}")
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
    parser.add_argument("--pace", type=float, help="outbox sends/s (default: salesbot run's)")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds per call")
    parser.add_argument("--concurrency", type=int, default=8, help="calls in flight")
    parser.add_argument("--interval", type=float, default=5.0, help="scheduler tick, seconds")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--target", choices=sorted(TARGETS), default="inprocess")
    add_database_arguments(parser)
    args = parser.parse_args()
    with benchmark_database(args) as url:
        asyncio.run(run(args, url))


if __name__ == "__main__":
    main()
