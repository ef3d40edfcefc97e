"""What operators see: /healthz, /readyz, /metrics, `salesbot status`, JSON log lines with the update id."""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass

import aiohttp

from bot.app import App
from bot.health import OpsServer
from bot.logs import JsonFormatter, UpdateFields, update_context
from crm_store.repos import inbox as repo
from tests.test_cli import environment, salesbot


@dataclass
class Adapter:
    name: str
    ready: bool


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def test_health_readiness_and_metrics(app: App):
    telegram = Adapter("telegram", ready=True)
    server = OpsServer(app.db, app.metrics, app.health, host="127.0.0.1", port=0, components=[telegram])
    await server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        with app.db.system() as system:
            system.inbox.add([repo.NewUpdate("telegram", "7", "chat:1", {"update_id": 7})], now=app.clock())
        app.metrics.rate_limited.labels("telegram").inc()
        assert await get(f"{base}/healthz") == (200, "ok\n")
        status, body = await get(f"{base}/readyz")
        assert status == 200 and json.loads(body)["checks"] == {"database": True, "telegram": True}

        telegram.ready = False  # e.g. getUpdates failing
        status, body = await get(f"{base}/readyz")
        assert status == 503 and json.loads(body)["checks"]["telegram"] is False

        status, metrics = await get(f"{base}/metrics")
        assert status == 200
        assert 'salesbot_inbox_depth{platform="telegram"} 1.0' in metrics
        assert 'salesbot_platform_rate_limited_total{platform="telegram"} 1.0' in metrics
        assert "salesbot_outbox_depth 0.0" in metrics and "salesbot_database_up 1.0" in metrics
    finally:
        await server.stop()


def test_salesbot_status_prints_the_queues_from_the_database(database_url, tmp_path, app: App):
    with app.db.system() as system:
        system.inbox.add([repo.NewUpdate("slack", f"e{n}", "C1", {}) for n in range(3)], now=app.clock())
    env = environment(database_url, tmp_path)
    figures = json.loads(salesbot("status", "--json", env=env).stdout)
    assert figures["inbox"]["slack"]["waiting"] == 3 and figures["inbox"]["slack"]["parked"] == 0
    assert figures["outbox"] == {"waiting": 0, "oldest_age_seconds": None}
    text = salesbot("status", env=env).stdout
    assert "slack" in text and "waiting      3" in text


def test_json_log_lines_carry_the_update_being_handled():
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(UpdateFields())
    log = logging.getLogger("test.ops.json")
    log.addHandler(handler)
    log.propagate = False
    try:
        with update_context(platform="telegram", update_id="812", inbox_id=5):
            log.warning("reply to chat %s could not be delivered", 42)
        log.warning("outside any update")
    finally:
        log.removeHandler(handler)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["message"] == "reply to chat 42 could not be delivered"
    assert (first["platform"], first["update_id"], first["inbox_id"]) == ("telegram", "812", 5)
    assert first["level"] == "WARNING" and "update_id" not in second
