"""PostgreSQL stopped while messages arrive: nothing is confirmed to Telegram, nothing is lost.

A real `salesbot run` on a PostgreSQL server of its own that the test stops and starts
again. While the database is away, polling holds the updates it fetched (the getUpdates
offset does not move past them), the webhook answers 503 so that Telegram retries,
/readyz says not ready, and the log gets one line for the outage, not a traceback per
message. When the server is back everything is handled once and answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import aiohttp
import pytest
from sqlalchemy import func, select

from crm_store.db import Database
from crm_store.models import Activity
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.postgres import PostgresServer, free_port, own_server, required_bindir
from tests.support.service import Service, salesbot, salesbot_env

pytestmark = pytest.mark.slow
BURST = 8


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this test alone (stopping the shared one would hurt other tests)."""
    with own_server(required_bindir(), "salesbot", migrated=True) as server:
        yield server


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def logged(url: str) -> int:
    db = Database(url)
    try:
        with db.transaction() as session:
            during = select(func.count()).where(Activity.summary.startswith("during the outage"))
            return int(session.scalar(during) or 0)
    finally:
        db.dispose()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_nothing_is_confirmed_while_the_database_is_down_and_nothing_is_lost(
    own_postgres, tmp_path, mode
):
    url = own_postgres.url("salesbot")
    ops = free_port()
    async with FakeTelegramAPI() as fake:
        settings = {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url}
        settings["OPS_PORT"] = str(ops)
        if mode == "webhook":
            hook = free_port()
            settings |= {
                "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{hook}/telegram",
                "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
                "TELEGRAM_WEBHOOK_PORT": str(hook),
                "TELEGRAM_WEBHOOK_SECRET": "outage-test-secret",
            }
        env = salesbot_env(url, **settings)
        code = re.search(r"start=(\w+)", await salesbot(env, tmp_path, "users", "invite", "--name", "Rita"))
        assert code
        rita = fake.add_user("Rita", language_code="en")
        service = await Service(env, tmp_path).start()
        try:
            await service.wait_for_line("telegram: running as")

            async def send(text: str | dict[str, object]) -> int:
                update = fake.message_update(rita, text) if isinstance(text, str) else text
                if mode == "webhook":
                    return await fake.post_webhook(update)
                fake.push_update(update)
                return 200

            await send(f"/start {code.group(1)}")
            await send("/customer add Acme Corp")
            await fake.wait_for_messages(rita["id"], 2, timeout=60)
            assert (await get(f"http://127.0.0.1:{ops}/readyz"))[0] == 200

            own_postgres.halt()
            texts = [f"/log Acme Corp: during the outage {n}" for n in range(BURST)]
            burst = [fake.message_update(rita, text) for text in texts]
            statuses = [await send(update) for update in burst]
            if mode == "webhook":
                assert statuses == [503] * BURST  # Telegram keeps them and retries
            else:
                await service.wait_for_line("database unreachable")
                # Fetched, but not confirmed: getUpdates' offset has not moved past them.
                assert len(fake.pending_updates) == BURST
            assert (await get(f"http://127.0.0.1:{ops}/healthz"))[0] == 200
            status, body = await get(f"http://127.0.0.1:{ops}/readyz")
            assert status == 503 and '"database": false' in body
            assert len(fake.messages_in(rita["id"])) == 2  # no apology, no half-answers

            own_postgres.resume()
            if mode == "webhook":  # Telegram's retries
                assert [await fake.post_webhook(update) for update in burst] == [200] * BURST
            await fake.wait_for_messages(rita["id"], 2 + BURST, timeout=90)
            await service.wait_for_line("database reachable again after")
            assert (await get(f"http://127.0.0.1:{ops}/readyz"))[0] == 200
            metrics = (await get(f"http://127.0.0.1:{ops}/metrics"))[1]
            assert 'salesbot_updates_received_total{platform="telegram"}' in metrics
            assert "salesbot_inbox_depth" in metrics and "salesbot_database_up 1.0" in metrics
        finally:
            assert await service.stop() == 0, service.log

    assert logged(url) == BURST
    assert sum("database unreachable" in line for line in service.lines) == 1, service.log
    assert "Traceback" not in service.log
    if mode == "polling":
        assert fake.pending_updates == []
