"""Slack and the inbox: a request is acknowledged only once it is stored.

SQLite locked by another process for longer than Slack may wait stands in for a database
that cannot take the write: the request gets 503 (no ack, so Slack sends it again), and
the retry once the lock is gone is stored, handled and answered once. The same with a
PostgreSQL server (of the test's own) stopped and started again, over HTTP and in Socket
Mode (no ack envelope while it is down).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from typing import Any

import pytest

from bot.app import build_app
from bot.slack.component import SlackComponent
from tests.bot.slack_harness import TEAM, slack_settings, start_fake, start_slack
from tests.conftest import make_settings
from tests.support.postgres import own_server, required_bindir
from tests.support.slack import JSON, event_body, message_event


@pytest.fixture
def slack_api():
    fake = start_fake()
    yield fake
    fake.stop()


@pytest.fixture
def settings(sqlite_url, slack_api):
    return make_settings(sqlite_url, **slack_settings(slack_api))


async def test_no_ack_while_the_database_cannot_store_the_request_then_the_retry_is_answered(app, slack_api):
    slack = await start_slack(app, slack_api)
    try:
        body = event_body(message_event("/me", user="U1", channel="DU1", ts="1700000700.000100", team=TEAM),
                          team=TEAM, event_id="Ev0700")  # fmt: skip
        locker = sqlite3.connect(app.db.url.database, timeout=1, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            refused = await slack.client.post(body, JSON)
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert refused.status == 503
        assert slack.api.calls("chat.postMessage") == []

        retried = await slack.client.post(body, JSON, retry=1)  # Slack's retry
        assert retried.status == 200
        [post] = await slack.wait_posts(1)
        assert post["text"].startswith("Jane Doe")
        await slack.app.inbox.idle()
        assert len(slack.api.calls("chat.postMessage")) == 1
    finally:
        await slack.component.stop()


async def test_postgresql_stopped_no_ack_until_it_is_back(slack_api, tmp_path, caplog):
    with own_server(required_bindir(), "salesbot") as server:
        app = build_app(make_settings(server.url("salesbot"), **slack_settings(slack_api)))
        slack = await start_slack(app, slack_api)
        try:
            event = message_event("/me", user="U1", channel="DU1", ts="1700000800.000100", team=TEAM)
            body = event_body(event, team=TEAM, event_id="Ev0800")
            server.halt()
            assert (await slack.client.post(body, JSON)).status == 503
            assert (await slack.client.post(body, JSON, retry=1)).status == 503
            assert slack.api.calls("chat.postMessage") == [] and not app.health.up
            server.resume()
            assert (await slack.client.post(body, JSON, retry=2)).status == 200
            [post] = await slack.wait_posts(1)
            assert post["text"].startswith("Jane Doe") and app.health.up
        finally:
            await slack.component.stop()
            app.db.dispose()

        # Socket Mode: no ack envelope while the database is down; Slack's redelivery is handled once.
        socket_settings = slack_settings(slack_api, slack_app_token="xapp-test", slack_signing_secret=None)
        app = build_app(make_settings(server.url("salesbot"), **socket_settings))
        component = SlackComponent(app, post_interval=0)
        await component.start()
        try:
            await asyncio.to_thread(slack_api.wait_for, lambda api: api.socket_connected())
            event = message_event("/me", user="U1", channel="DU1", ts="1700000900.000100", team=TEAM)
            body = json.loads(event_body(event, team=TEAM, event_id="Ev0900"))
            server.halt()
            slack_api.push(envelope("env-down", body))
            refused = "message:DU1:1700000900.000100 not stored; no ack"
            await asyncio.to_thread(slack_api.wait_for, lambda api: refused in caplog.text)
            assert acks(slack_api) == [] and len(slack_api.calls("chat.postMessage")) == 1

            server.resume()
            for attempt, name in enumerate(("env-again", "env-once-more"), 1):
                slack_api.push(envelope(name, body, retry=attempt))
                await asyncio.to_thread(slack_api.wait_for, lambda api, n=name: n in acks(api))
            await app.inbox.idle()
            posts = slack_api.calls("chat.postMessage")
            assert len(posts) == 2 and posts[1]["text"].startswith("Jane Doe")
            assert acks(slack_api) == ["env-again", "env-once-more"]
        finally:
            await component.stop()
            app.db.dispose()


def envelope(envelope_id: str, body: dict[str, Any], *, retry: int = 0) -> dict[str, Any]:
    return {"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
            "retry_attempt": retry, "payload": body}  # fmt: skip


def acks(api: Any) -> list[str]:
    return [ack.get("envelope_id") for ack in api.socket_acks]
