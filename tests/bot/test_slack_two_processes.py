"""Two `salesbot run` processes in Slack HTTP mode behind a (test-made) load balancer, on one database.

Events are spread over both; one process is killed with SIGKILL a third into the burst, and
the balancer sends what the dead one cannot take to the other (as Slack retries a request
that got no ack). Each event is stored and handled once, every message is answered, and a
reminder that falls due is sent once.

On SQLite (`?timeout=1`: a writer waits at most a second for another's lock) the test also
holds the write lock for longer than that in the middle of the burst: both processes meet
"database is locked" (the request gets no ack and comes again; the handling waits and is
retried), and no user ever sees it: no apology, no error text, nothing lost or doubled.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from crm_store.db import Database
from crm_store.models import Activity, OutboxMessage, Reminder
from tests.bot.slack_harness import SECRET, TEAM, start_fake
from tests.conftest import fresh_postgres_url
from tests.support.counting import count, inbox_waiting
from tests.support.postgres import free_port
from tests.support.service import Service, salesbot_env
from tests.support.slack import JSON, SignedClient, event_body, message_event

pytestmark = pytest.mark.slow
BURST = 24


class Balancer:
    """Round robin over the processes; a refused connection or a 503 goes to the next one, and
    when none takes the request it comes again a little later (Slack's retry)."""

    def __init__(self, urls: list[str]) -> None:
        self.clients = [SignedClient(url, SECRET) for url in urls]
        self.turn = 0
        self.took: list[int] = []

    async def post(self, body: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        retry = 0
        while time.monotonic() < deadline:
            for _ in self.clients:
                number = self.turn % len(self.clients)
                self.turn += 1
                try:
                    sent = await self.clients[number].post(body, JSON, retry=retry)
                except aiohttp.ClientError:
                    continue  # that process is gone
                if sent.status == 200:
                    self.took.append(number)
                    return
            retry += 1
            await asyncio.sleep(0.3)
        raise AssertionError(f"no process took {body[:80]}")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
async def test_two_processes_share_the_events_and_one_can_die(engine, request, tmp_path):
    if engine == "sqlite":
        path = tmp_path / "two.db"
        url = f"sqlite:///{path}?timeout=1"
    else:
        url = fresh_postgres_url(request.getfixturevalue("pg_server"))
    api = start_fake()
    ports = [free_port(), free_port()]

    def env(n: int) -> dict[str, str]:
        return salesbot_env(
            url, SLACK_BOT_TOKEN=api.bot_token, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=api.url,
            SLACK_ALLOWED_TEAM_IDS=TEAM, SLACK_HTTP_HOST="127.0.0.1", SLACK_HTTP_PORT=str(ports[n]),
            SCHEDULER_INTERVAL_SECONDS="0.5", SLACK_CHANNEL_POSTS_PER_SECOND="20",
        )  # fmt: skip

    services: list[Service] = []
    for n in range(2):  # one after the other: the first one creates the schema and binds the team
        services.append(await Service(env(n), tmp_path).start())
        await services[n].wait_for_line("slack: listening on", timeout=120)
    balancer = Balancer([f"http://127.0.0.1:{port}/slack/events" for port in ports])
    stamps = iter(range(1_700_010_000, 1_700_020_000))

    async def say(text: str) -> None:
        event = message_event(text, user="U1", channel="DU1", ts=f"{next(stamps)}.000100", team=TEAM)
        await balancer.post(event_body(event, team=TEAM))

    try:
        for text in ("/hours 00:00-23:59", "/customer add Acme Corp"):
            await say(text)
            await asyncio.to_thread(api.wait_for, lambda _: not inbox_waiting(url), 60)
        await say("/remind Acme Corp call back in 2 hours")
        locking = None
        for n in range(BURST):
            await say(f"/log Acme Corp: call number {n}")
            if n == BURST // 3:
                await services[1].kill()  # any process may die at any time
            if n == BURST // 2 and engine == "sqlite":  # the next events arrive while it is held
                locking = asyncio.create_task(hold_write_lock(path, seconds=2.5))
        if locking is not None:
            await locking

        def answered(api: Any) -> set[int]:
            return {int(m.group(1)) for p in api.calls("chat.postMessage")
                    if (m := re.search(r"call number (\d+)\b", p["text"] or ""))}  # fmt: skip

        await asyncio.to_thread(api.wait_for, lambda api: len(answered(api)) >= BURST, 120)
        assert set(balancer.took) == {0, 1}  # both processes took events

        db = Database(url)  # the reminder falls due; the survivor's scheduler sends it, once
        with db.transaction() as session:
            session.scalars(select(Reminder)).one().due_at -= timedelta(hours=2)
        db.dispose()
        # the reminder's own row: a morning digest may also go out, depending on the hour the test runs
        sent = select(func.count()).where(OutboxMessage.status == "sent", OutboxMessage.kind == "reminder")
        await asyncio.to_thread(api.wait_for, lambda _: count(url, sent), 60)
        await asyncio.to_thread(api.wait_for, lambda _: not inbox_waiting(url), 60)
    finally:
        assert await services[0].stop() == 0, services[0].log
        api.stop()

    texts = [p["text"] or "" for p in api.calls("chat.postMessage")]
    assert sum("⏰" in t for t in texts) == 1, texts
    for n in range(BURST):  # answered, and a reply in flight at the kill goes out at most once more
        assert 1 <= sum(bool(re.search(rf"call number {n}\b", t)) for t in texts) <= 2
    assert not [t for t in texts if "Sorry" in t or "locked" in t or "wrong" in t]
    per_summary = select(Activity.summary, func.count()).group_by(Activity.summary)
    db = Database(url)
    with db.transaction() as session:
        stored = {s: c for s, c in session.execute(per_summary).all() if s.startswith("call number")}
    db.dispose()
    assert stored == {f"call number {n}": 1 for n in range(BURST)}
    assert "Traceback" not in services[0].log
    if engine == "sqlite":  # the lock was met, and reported as an outage, not per message
        assert "database is locked" in services[0].log, services[0].log


async def hold_write_lock(path: Any, *, seconds: float) -> None:
    """Another writer holds SQLite's lock (longer than the processes' `timeout=1`)."""
    locker = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        await asyncio.sleep(seconds)  # real time on purpose: the processes' own clocks run meanwhile
        locker.execute("ROLLBACK")
    finally:
        locker.close()
