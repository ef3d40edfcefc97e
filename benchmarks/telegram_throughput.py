"""Telegram adapter figures against the local fake Bot API (no outside network).

1. Outgoing: M messages to one server that answers 429 beyond its own limit (messages/s).
   Compared in the same run: PTB's plain Bot without a rate limiter (what a naive sender
   loses), FloodControl at Telegram's 30/s, and FloodControl set too fast (it must adapt).
2. Incoming: U users each send K messages at once through long polling into the real
   handler stack (SQLite); throughput and the time from update queued to reply received,
   at Telegram's pace (replies are limited to 30/s) and with the pace lifted (the adapter's
   own overhead), against calling Assistant.handle directly.

    python benchmarks/telegram_throughput.py [--messages 300] [--server-limit 30]
                                             [--users 20] [--per-user 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faker import Faker
from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import ExtBot

from benchmarks.databases import add_database_arguments, benchmark_database
from bot.app import build_app
from bot.telegram import TelegramAdapter
from bot.telegram.delivery import Delivery
from bot.telegram.flood import FloodControl
from config import load_settings
from crm_store.repos.tenancy import Directory
from handlers.messages import IncomingMessage, Reply, Sender
from tests.fakes.telegram_api import FakeTelegramAPI


async def outgoing(label: str, messages: int, server_limit: int, per_second: float | None) -> None:
    async with FakeTelegramAPI() as fake:
        fake.rate_limit = server_limit
        users = [fake.add_user(f"U{n}") for n in range(50)]
        started = time.perf_counter()
        lost = 0
        if per_second is None:
            bot = Bot(fake.token, base_url=fake.base_url)
            async with bot:

                async def naive(n: int) -> bool:
                    try:
                        await bot.send_message(users[n % len(users)]["id"], f"reminder {n}")
                        return True
                    except TelegramError:
                        return False

                results = await asyncio.gather(*(naive(n) for n in range(messages)))
                lost = results.count(False)
        else:
            ext = ExtBot(fake.token, base_url=fake.base_url, rate_limiter=FloodControl(per_second=per_second))
            async with ext:
                delivery = Delivery(ext)
                await asyncio.gather(
                    *(
                        delivery.send(users[n % len(users)]["id"], Reply(f"reminder {n}"))
                        for n in range(messages)
                    )
                )
        elapsed = time.perf_counter() - started
        delivered = sum(len(fake.messages_in(u["id"])) for u in users)
        refused = sum(1 for call in fake.calls_to("sendMessage") if call.status == 429)
        print(
            f"  {label:<34} delivered {delivered:>5}/{messages}  lost {lost:>4}  429s {refused:>4}  "
            f"{elapsed:6.1f}s  {delivered / elapsed:6.1f} msg/s"
        )


async def incoming(url: str, users: int, per_user: int, pace: float) -> None:
    async with FakeTelegramAPI() as fake:
        settings = load_settings(
            database_url=url,
            telegram_bot_token=fake.token,
            telegram_api_base_url=fake.base_url,
            default_timezone="UTC",
            telegram_messages_per_second=pace,
            _env_file=None,
        )
        app = build_app(settings)
        adapter = TelegramAdapter(app, poll_timeout=1)
        await adapter.start()
        try:
            people = [fake.add_user(f"Rep{n}") for n in range(users)]
            with app.db.transaction() as session:
                org = Directory(session).ensure_org()
                codes = [
                    Directory(session).issue_code(org.id, "invite", now=app.clock(), role="rep")
                    for _ in people
                ]
            for person, code in zip(people, codes, strict=True):
                fake.send_message(person, f"/start {code}")
            await fake.wait_for(lambda: adapter.updates_done >= users, timeout=300)

            names = Faker("en_US")
            names.seed_instance(7)
            companies = [names.unique.company() for _ in range(2 * users * per_user)]
            queued: dict[tuple[int, int], float] = {}
            started = time.perf_counter()
            for n in range(per_user):
                for index, person in enumerate(people):
                    fake.send_message(person, f"/customer add {companies[n * users + index]}")
                    queued[(person["id"], n)] = time.perf_counter()
            total = users * per_user
            await fake.wait_for(lambda: adapter.updates_done >= users + total, timeout=600)
            elapsed = time.perf_counter() - started
            latencies = []
            for person in people:
                replies = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == person["id"]][1:]
                for n, call in enumerate(replies):
                    latencies.append(call.at - queued[(person["id"], n)])
            latencies.sort()
            p50, p95 = statistics.median(latencies), latencies[int(len(latencies) * 0.95) - 1]
            print(
                f"  via Telegram, bot pace {pace:g}/s, {users}x{per_user} messages: "
                f"{total / elapsed:6.1f} updates/s, reply latency p50 {p50 * 1000:5.0f} ms, "
                f"p95 {p95 * 1000:5.0f} ms"
            )
            # Baseline: the same kind of messages straight into Assistant.handle, no Telegram.
            started = time.perf_counter()
            for n in range(total):
                person = people[n % users]
                message = IncomingMessage(
                    Sender("telegram", str(person["id"])), str(person["id"]),
                    text=f"/customer add {companies[total + n]}", message_id=f"direct-{n}",
                )  # fmt: skip
                await asyncio.to_thread(app.assistant.handle, message)
            direct = time.perf_counter() - started
            print(f"  baseline, Assistant.handle one after another: {total / direct:6.1f} messages/s")
        finally:
            await adapter.stop()
            app.db.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--server-limit", type=int, default=30, help="the fake's messages/s before 429")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=10)
    add_database_arguments(parser)
    args = parser.parse_args()

    print(f"Outgoing: {args.messages} messages, server answers 429 beyond {args.server_limit}/s")
    await outgoing("baseline: PTB Bot, no rate limiter", args.messages, args.server_limit, None)
    await outgoing("FloodControl 30/s", args.messages, args.server_limit, 30)
    await outgoing("FloodControl 100/s (must adapt)", args.messages, args.server_limit, 100)
    print("Incoming: long polling -> handlers -> reply")
    for pace in (30, 1000):  # replies bounded by Telegram's 30 messages/s; then the adapter's own overhead
        with benchmark_database(args) as url:
            await incoming(url, args.users, args.per_user, pace)


if __name__ == "__main__":
    asyncio.run(main())
