"""`salesbot run` as a real process with only FEISHU_* settings, fed encrypted and signed callbacks.

This is the shape of the acceptance check (stranger refused, invited user joins, Chinese update
confirmed with a card, choice by card button, reminder delivered with buttons and snoozed,
forged and unencrypted callbacks refused, a repeated event handled once): the service is
started the way a user starts it (environment variables only) against the fake Feishu Open
API, and every answer must reach the right chat as the right kind of message.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from crm_store.db import Database
from crm_store.models import Activity, Reminder
from crm_store.repos.tenancy import Directory
from crm_store.types import utcnow
from tests.fakes.feishu_api import FakeFeishuApi
from tests.support.feishu import (
    CHINESE_CLIENT,
    ENCRYPT_KEY,
    VERIFICATION_TOKEN,
    SignedClient,
    card_action,
    message_event,
)
from tests.support.service import Service, salesbot_env

FEISHU_KEYS = {
    "FEISHU_APP_ID",
    "FEISHU_APP_SECRET",
    "FEISHU_VERIFICATION_TOKEN",
    "FEISHU_ENCRYPT_KEY",
    "FEISHU_API_BASE_URL",
    "FEISHU_HTTP_HOST",
    "FEISHU_HTTP_PORT",
}
LISTENING = re.compile(r"feishu: listening on http://127\.0\.0\.1:(\d+)/feishu/events")


@pytest.fixture
def fake_feishu():
    fake = FakeFeishuApi().start()
    fake.add_user("ou_rita", "Rita Ng")
    yield fake
    fake.stop()


def move_reminders(database_url: str, by: timedelta) -> None:
    """Move every reminder's due time (here: into the past, so it falls due now)."""
    db = Database(database_url)
    try:
        with db.transaction() as session:
            for reminder in session.scalars(select(Reminder)):
                reminder.due_at += by
    finally:
        db.dispose()


def reminders(database_url: str) -> list[tuple[int, datetime]]:
    db = Database(database_url)
    try:
        with db.transaction() as session:
            return [(r.snooze_count, r.due_at) for r in session.scalars(select(Reminder))]
    finally:
        db.dispose()


def invite_code(database_url: str) -> str:
    db = Database(database_url)
    try:
        with db.transaction() as session:
            org = Directory(session).ensure_org()
            return Directory(session).issue_code(
                org.id, "invite", now=utcnow(), role="rep", display_name="Rita Ng"
            )
    finally:
        db.dispose()


@pytest.mark.slow
async def test_salesbot_run_serves_a_feishu_conversation(sqlite_url, tmp_path, fake_feishu):
    env = salesbot_env(
        sqlite_url,
        DEFAULT_TIMEZONE="Asia/Shanghai",
        WORKING_HOURS="00:00-23:59",  # a reminder may be pushed whenever the test runs
        SCHEDULER_INTERVAL_SECONDS="0.5",
        FEISHU_APP_ID=fake_feishu.app_id,
        FEISHU_APP_SECRET=fake_feishu.app_secret,
        FEISHU_VERIFICATION_TOKEN=VERIFICATION_TOKEN,
        FEISHU_ENCRYPT_KEY=ENCRYPT_KEY,
        FEISHU_API_BASE_URL=fake_feishu.url + "/",
        FEISHU_HTTP_HOST="127.0.0.1",
        FEISHU_HTTP_PORT="0",
    )
    env = {key: value for key, value in env.items() if not key.startswith("FEISHU_") or key in FEISHU_KEYS}
    service = await Service(env, tmp_path).start()
    try:
        line = await service.wait_for_line("feishu: listening on", timeout=120)
        match = LISTENING.search(line)
        assert match is not None, line
        port = int(match.group(1))
        client = SignedClient(f"http://127.0.0.1:{port}/feishu/events")

        async def messages(count: int):
            return await asyncio.to_thread(fake_feishu.wait_messages, count)

        # A stranger is refused.
        assert (await client.deliver(message_event("/find acme", user="ou_stranger"))).status == 200
        [refusal] = await messages(1)
        assert refusal["receive_id"] == "oc_p2p_ou_stranger" and "only work for my team" in refusal.text

        # An invited user joins; a Chinese update is stored and confirmed with a card.
        code = invite_code(sqlite_url)
        for text in (f"/start {code}", "/customer add 华为", "拜访了华为的张经理，演示很顺利"):
            assert (
                await client.deliver(message_event(text, user="ou_rita", user_agent=CHINESE_CLIENT))
            ).status == 200
        confirmation = (await messages(4))[3]
        assert confirmation["msg_type"] == "interactive" and "已记录拜访" in confirmation.text

        # A choice answered with a card button.
        await client.deliver(
            message_event("/remind 华为 call back", user="ou_rita", user_agent=CHINESE_CLIENT)
        )
        question = (await messages(5))[4]
        first = question.buttons[0]
        pressed = card_action(
            first["value"], user="ou_rita", chat="oc_p2p_ou_rita", message_id=question.message_id
        )
        assert (await client.deliver(pressed)).status == 200
        answer = (await messages(6))[5]
        assert answer["receive_id"] == "oc_p2p_ou_rita" and "华为" in answer.text
        [update] = await asyncio.to_thread(fake_feishu.wait_for, lambda api: api.accepted("im.message.patch"))
        assert update["message_id"] == question.message_id and update.buttons == []

        # The reminder falls due: it arrives as a card with buttons, and Snooze moves it an hour.
        move_reminders(sqlite_url, timedelta(days=-30))
        ping = (await messages(7))[6]
        assert ping["receive_id"] == "oc_p2p_ou_rita" and ping.text.startswith("⏰")
        assert ping["msg_type"] == "interactive" and len(ping.buttons) == 4
        [snooze] = [b["value"] for b in ping.buttons if b["value"]["payload"].startswith("rem:snooze:")]
        snoozed = card_action(snooze, user="ou_rita", chat="oc_p2p_ou_rita", message_id=ping.message_id)
        assert (await client.deliver(snoozed)).status == 200
        assert (await messages(8))[7]["receive_id"] == "oc_p2p_ou_rita"
        patched = await asyncio.to_thread(
            fake_feishu.wait_for, lambda api: len(api.accepted("im.message.patch")) >= 2 or None
        )
        assert patched and fake_feishu.accepted("im.message.patch")[1]["message_id"] == ping.message_id
        [(snoozes, later)] = reminders(sqlite_url)
        assert snoozes == 1 and later - utcnow() > timedelta(minutes=50)  # an hour from the press

        # Forged and unencrypted callbacks are refused; a repeated event is handled once.
        event = message_event("/me", user="ou_rita", event_id="ev_once")
        assert (await client.post(event, signature="f" * 64)).status == 401
        assert (await client.post(event, encrypted=False)).status == 401
        for _ in range(2):
            assert (await client.deliver(event)).status == 200
        await messages(9)
        await client.deliver(message_event("/today", user="ou_rita"))
        await messages(10)
        assert len(fake_feishu.messages()) == 10

        db = Database(sqlite_url)
        try:
            with db.transaction() as session:
                [activity] = session.scalars(select(Activity)).all()
                assert "演示很顺利" in activity.summary
        finally:
            db.dispose()

        assert await service.stop() == 0
        assert "Traceback" not in service.log, service.log
    finally:
        if service.process is not None and service.process.returncode is None:
            await service.kill()
