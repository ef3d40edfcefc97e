"""Two `salesbot run` processes in webhook mode behind a (test-made) load balancer, on one PostgreSQL.

Updates are spread over both; one process is killed with SIGKILL in the middle; the
balancer sends what the dead one refuses to the other. Each update is stored and handled
once, every message is answered, and a reminder that falls due goes out once.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from crm_store.db import Database
from crm_store.models import Activity, Reminder
from tests.conftest import fresh_postgres_url
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.counting import inbox_waiting
from tests.support.postgres import free_port
from tests.support.service import Service, salesbot, salesbot_env

pytestmark = pytest.mark.slow
SECRET = "two-processes-secret"
BURST = 40


class Balancer:
    """Round robin over the processes' webhook URLs; a refused connection goes to the next one."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.turn = 0
        self.sent_to: list[str] = []

    async def post(self, update: dict[str, Any]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        for _ in range(len(self.urls) * 3):
            url = self.urls[self.turn % len(self.urls)]
            self.turn += 1
            try:
                async with (
                    aiohttp.ClientSession() as session,
                    session.post(url, json=update, headers=headers) as response,
                ):
                    if response.status == 200:
                        self.sent_to.append(url)
                        return
            except aiohttp.ClientError:
                continue  # that process is gone: the balancer tries the next
        raise AssertionError(f"no process took update {update['update_id']}")


async def test_two_processes_share_the_updates_and_one_can_die(pg_server, tmp_path):
    url = fresh_postgres_url(pg_server)
    async with FakeTelegramAPI() as fake:
        ports = [free_port(), free_port()]
        urls = [f"http://127.0.0.1:{port}/telegram" for port in ports]

        def env(n: int) -> dict[str, str]:
            return salesbot_env(
                url, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_BASE_URL=fake.base_url,
                TELEGRAM_WEBHOOK_URL=urls[n], TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
                TELEGRAM_WEBHOOK_PORT=str(ports[n]), TELEGRAM_WEBHOOK_SECRET=SECRET,
                SCHEDULER_INTERVAL_SECONDS="0.5",
            )  # fmt: skip

        printed = await salesbot(env(0), tmp_path, "users", "invite", "--name", "Rita")
        code = re.search(r"start=(\w+)", printed)
        assert code
        services = [await Service(env(n), tmp_path).start() for n in range(2)]
        for service in services:
            await service.wait_for_line("telegram: running as")
        balancer = Balancer(urls)
        rita = fake.add_user("Rita", language_code="en")
        try:
            for text in (f"/start {code.group(1)}", "/hours 00:00-23:59", "/customer add Acme Corp"):
                await balancer.post(fake.message_update(rita, text))
                await fake.wait_for(lambda: not inbox_waiting(url), timeout=60)
            await balancer.post(fake.message_update(rita, "/remind Acme Corp call back in 2 hours"))

            for n in range(BURST):
                await balancer.post(fake.message_update(rita, f"/log Acme Corp: call number {n}"))
                if n == BURST // 3:
                    await services[1].kill()  # any process may die at any time

            def answered() -> int:
                return sum(t.startswith("Logged call") for t in fake.texts_in(rita["id"]))

            await fake.wait_for(lambda: answered() >= BURST, timeout=120)
            assert set(balancer.sent_to) == set(urls)  # both processes took updates

            # The reminder falls due; the survivor's scheduler sends it, once.
            db = Database(url)
            with db.transaction() as session:
                reminder = session.scalars(select(Reminder)).one()
                reminder.due_at -= timedelta(hours=2)
            db.dispose()

            # wait for the reminder itself: the morning agenda ("Your day …") may be sent first
            def reminded() -> bool:
                return any(t.startswith("⏰") for t in fake.texts_in(rita["id"]))

            await fake.wait_for(reminded, timeout=60)
        finally:
            assert await services[0].stop() == 0, services[0].log
        assert "Traceback" not in services[0].log

    texts = fake.texts_in(rita["id"])
    assert sum(t.startswith("⏰") for t in texts) == 1
    for n in range(BURST):  # answered, and a reply in flight at the kill goes out at most once more
        assert 1 <= sum(t.endswith(f"call number {n}") for t in texts) <= 2
    per_summary = select(Activity.summary, func.count()).group_by(Activity.summary)
    db = Database(url)
    with db.transaction() as session:
        stored = {s: c for s, c in session.execute(per_summary).all() if s.startswith("call number")}
    db.dispose()
    assert stored == {f"call number {n}": 1 for n in range(BURST)}
    assert inbox_waiting(url) == 0
