"""What the durable inbox costs, and what it buys: figures against the local fake Bot API.

1. Incoming throughput and latency through the real Telegram adapter (long polling, the
   real handler stack), U users each sending K messages at once, twice in the same run:
   with the inbox (each update written, claimed, marked handled with its effects, marked
   done) and without it (a pass-through that hands each update straight to the handlers in
   memory, as the adapter did before the inbox). Replies are not paced (bot pace lifted), so
   the figures show the adapter's and the inbox's own overhead. A third variant is the inbox as
   it was before a chat's waiting rows were claimed as one run (each row claimed alone, and
   marked done in a transaction of its own), so the gain of that change is measured in the
   same run. `--rounds`
   repeats the three runs (interleaved) and reports the medians.
2. The crash experiment: one rep sends a burst of B messages, `salesbot run` (a real
   process) is killed with SIGKILL after about a quarter were answered, then started again;
   counted from the database and the fake server: stored, lost, stored twice, answered,
   answers sent twice. On SQLite and on a throwaway PostgreSQL server.

    python benchmarks/inbox_benchmark.py [--users 20] [--per-user 10] [--rounds 3] [--burst 120]
                                         [--skip-crash] [--skip-incoming]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faker import Faker
from sqlalchemy import event, func, select

from bot.app import App, build_app
from bot.inbox import Inbox, InboxHandler, Received
from bot.telegram import TelegramAdapter
from config import load_settings
from crm_store.db import Database
from crm_store.models import Activity, InboxUpdate
from crm_store.repos.tenancy import Directory
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.counting import inbox_waiting
from tests.support.postgres import find_bindir, own_server
from tests.support.service import Service, salesbot, salesbot_env


class DoneAtOnce(Inbox):
    """The inbox before: one row per chat claimed at a time, each marked done in a transaction of
    its own once its replies went out."""

    def __init__(self, app: App) -> None:
        super().__init__(app.db, app.assistant, clock=app.clock, catalogs=app.catalogs, default_locale="en",
                         metrics=app.metrics, health=app.health)  # fmt: skip
        self._marking: set[asyncio.Task[None]] = set()
        self.run = 1

    def _finish(self, row: InboxUpdate) -> None:
        async def mark() -> None:
            await asyncio.to_thread(self._claim, [], 0, [row])  # counts the row done once committed
            self.wake()

        task = asyncio.ensure_future(mark())
        self._marking.add(task)
        task.add_done_callback(self._marking.discard)


class PassThrough(DoneAtOnce):
    """The baseline: no row, no claim; each update goes straight to the handlers, one chat in order."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self._chats: dict[str, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def register(self, handler: InboxHandler) -> None:
        self.handlers[handler.platform] = handler

    async def unregister(self, handler: InboxHandler, grace: float = 10.0) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=grace)

    async def receive(self, platform: str, updates: Sequence[Received]) -> int:
        for update in updates:
            task = asyncio.create_task(self._now(platform, update))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(updates)

    async def _now(self, platform: str, update: Received) -> None:
        handler = self.handlers[platform]
        async with self._chats.setdefault(update.chat_key, asyncio.Lock()):
            msg = await handler.message(update.payload)
            if msg is not None:
                replies = await asyncio.to_thread(self.assistant.handle, msg)
                await handler.deliver(update.payload, replies)
        self.finished[platform] += 1


Figures = tuple[float, float, float, float, float]  # updates/s, p50 s, p95 s, CPU ms and commits per update

VARIANTS: dict[str, type[Inbox] | None] = {
    "without inbox": PassThrough,
    "inbox before": DoneAtOnce,  # done marked in a transaction of its own
    "inbox now": None,  # done marked with the next claim
}


async def incoming(url: str, users: int, per_user: int, *, variant: str) -> Figures:
    async with FakeTelegramAPI() as fake:
        settings = load_settings(database_url=url, telegram_bot_token=fake.token, default_timezone="UTC",
                                 telegram_api_base_url=fake.base_url, telegram_messages_per_second=1000,
                                 _env_file=None)  # fmt: skip
        app = build_app(settings)
        if (kind := VARIANTS[variant]) is not None:
            app._inbox = kind(app)
        adapter = TelegramAdapter(app, poll_timeout=1)
        await adapter.start()
        try:
            people = [fake.add_user(f"Rep{n}") for n in range(users)]
            with app.db.transaction() as session:
                directory = Directory(session)
                org = directory.ensure_org()
                codes = [directory.issue_code(org.id, "invite", now=app.clock(), role="rep") for _ in people]
            for person, code in zip(people, codes, strict=True):
                fake.send_message(person, f"/start {code}")
            await fake.wait_for(lambda: adapter.updates_done >= users, timeout=300)
            names = Faker("en_US")
            names.seed_instance(11)
            companies = [names.unique.company() for _ in range(users * per_user)]
            queued: dict[tuple[int, int], float] = {}
            commits = Counter[str]()
            event.listen(app.db.engine, "commit", lambda _: commits.update(["commit"]))
            started, cpu = time.perf_counter(), time.process_time()
            for n in range(per_user):
                for index, person in enumerate(people):
                    fake.send_message(person, f"/customer add {companies[n * users + index]}")
                    queued[(person["id"], n)] = time.perf_counter()
            total = users * per_user
            await fake.wait_for(lambda: adapter.updates_done >= users + total, timeout=900)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            latencies = []
            for person in people:
                replies = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == person["id"]][1:]
                if len(replies) != per_user:  # the done count must not run ahead of the answers
                    raise RuntimeError(f"{variant}: {person['first_name']} got {len(replies)} of {per_user}")
                latencies += [call.at - queued[(person["id"], n)] for n, call in enumerate(replies)]
            latencies.sort()
            p50, p95 = statistics.median(latencies), latencies[int(len(latencies) * 0.95) - 1]
            return total / elapsed, p50, p95, cpu * 1000 / total, commits["commit"] / total
        finally:
            await adapter.stop()
            app.db.dispose()


async def crash(url: str, burst: int, folder: Path) -> dict[str, int]:
    async with FakeTelegramAPI() as fake:
        env = salesbot_env(url, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_BASE_URL=fake.base_url)
        printed = await salesbot(env, folder, "users", "invite", "--name", "Rita")
        code = re.search(r"start=(\w+)", printed).group(1)  # type: ignore[union-attr]
        rita = fake.add_user("Rita", language_code="en")
        service = await Service(env, folder).start()
        fake.send_message(rita, f"/start {code}")
        fake.send_message(rita, "/customer add Acme Corp")
        await fake.wait_for_messages(rita["id"], 2, timeout=120)

        def answers() -> list[str]:
            return [t for t in fake.texts_in(rita["id"]) if t.startswith("Logged call")]

        fake.push_updates(fake.message_update(rita, f"/log Acme Corp: call number {n}") for n in range(burst))
        await fake.wait_for(lambda: len(answers()) >= 30, timeout=300)
        await service.kill()
        answered_before_kill = len(answers())
        service = await Service(env, folder).start()

        def finished() -> bool:
            distinct = {t.rsplit("— ", 1)[-1] for t in answers()}
            return len(distinct) >= burst and not inbox_waiting(url)

        try:
            await fake.wait_for(finished, timeout=600)
        except AssertionError:
            pass  # counted below
        finally:
            await service.stop()
    db = Database(url)
    with db.transaction() as session:
        rows = session.execute(select(Activity.summary, func.count()).group_by(Activity.summary)).all()
    db.dispose()
    stored = {summary: count for summary, count in rows if summary.startswith("call number")}
    per_answer = Counter(t.rsplit("— ", 1)[-1] for t in answers())
    return {
        "sent": burst,
        "answered before the kill": answered_before_kill,
        "stored": len(stored),
        "lost": burst - len(stored),
        "stored twice": sum(1 for c in stored.values() if c > 1),
        "answered": len(per_answer),
        "answers sent twice": sum(1 for c in per_answer.values() if c > 1),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--burst", type=int, default=120)
    parser.add_argument("--skip-crash", action="store_true")
    parser.add_argument("--skip-incoming", action="store_true")
    args = parser.parse_args()

    if not args.skip_incoming:
        await incoming_figures(args)
    if args.skip_crash:
        return
    await crash_figures(args)


async def incoming_figures(args: argparse.Namespace) -> None:
    print(f"1. Incoming through the Telegram adapter, {args.users} users x {args.per_user} messages (SQLite),"
          f" {args.rounds} round(s), medians")  # fmt: skip
    runs: dict[str, list[Figures]] = {name: [] for name in VARIANTS}
    for round_number in range(args.rounds):
        for name in VARIANTS:
            with tempfile.TemporaryDirectory(prefix="salesbot-bench-") as folder:
                url = f"sqlite:///{folder}/bench.db"
                figures = await incoming(url, args.users, args.per_user, variant=name)
            runs[name].append(figures)
            print(f"  round {round_number + 1} {name:<14} {line(figures)}", flush=True)
    medians = {name: median_of(found) for name, found in runs.items()}
    for name, figures in medians.items():
        print(f"  median  {name:<14} {line(figures)}")
    base = medians["without inbox"]
    for name in ("inbox before", "inbox now"):
        print(f"  {name} vs without inbox: {ratios(medians[name], base)}")
    print(f"  inbox now vs inbox before: {ratios(medians['inbox now'], medians['inbox before'])}")


def median_of(found: list[Figures]) -> Figures:
    rate, p50, p95, cpu, commits = (statistics.median(figures[i] for figures in found) for i in range(5))
    return rate, p50, p95, cpu, commits


def line(figures: Figures) -> str:
    rate, p50, p95, cpu, commits = figures
    return (f"{rate:6.1f} updates/s   reply latency p50 {p50 * 1000:6.0f} ms   p95 {p95 * 1000:6.0f} ms"
            f"   CPU {cpu:5.1f} ms/update   {commits:4.2f} commits/update")  # fmt: skip


def ratios(mine: Figures, base: Figures) -> str:
    return (f"throughput x{mine[0] / base[0]:.2f}, p50 latency x{mine[1] / base[1]:.2f},"
            f" p95 latency x{mine[2] / base[2]:.2f}, CPU per update x{mine[3] / base[3]:.2f},"
            f" commits per update x{mine[4] / base[4]:.2f}")  # fmt: skip


async def crash_figures(args: argparse.Namespace) -> None:
    print(f"2. SIGKILL in a burst of {args.burst} messages from one rep, then a restart")
    with tempfile.TemporaryDirectory(prefix="salesbot-bench-") as folder:
        results = {"SQLite": await crash(f"sqlite:///{folder}/crash.db", args.burst, Path(folder))}
        bindir = find_bindir()
        if bindir is not None:
            with own_server(bindir, "crash") as server:
                results["PostgreSQL"] = await crash(server.url("crash"), args.burst, Path(folder))
    for backend, counts in results.items():
        print(f"  {backend:<10} " + ", ".join(f"{key} {value}" for key, value in counts.items()))


if __name__ == "__main__":
    asyncio.run(main())
