"""`salesbot run` as a real process against the fake Bot API: invite, join, a rep's day, a stranger."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from crm_store.db import Database
from crm_store.models import OutboxMessage, Reminder
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.service import salesbot, salesbot_env
from tests.support.telegram import buttons_of

pytestmark = pytest.mark.slow


def environment(database_url: str, fake: FakeTelegramAPI) -> dict[str, str]:
    return salesbot_env(database_url, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_BASE_URL=fake.base_url)


class Chat:
    """Waits for the bot's answers by counting its messages in one chat."""

    def __init__(self, fake: FakeTelegramAPI, user: dict[str, Any]) -> None:
        self.fake, self.user, self.seen = fake, user, 0

    async def expect(self, count: int = 1) -> list[dict[str, Any]]:
        messages = await self.fake.wait_for_messages(self.user["id"], self.seen + count, timeout=60)
        new, self.seen = messages[self.seen :], self.seen + count
        return new

    async def say(self, text: str, count: int = 1) -> list[dict[str, Any]]:
        self.fake.send_message(self.user, text)
        return await self.expect(count)


async def test_salesbot_run_serves_a_rep_and_refuses_a_stranger(database_url, tmp_path):
    async with FakeTelegramAPI() as fake:
        env = environment(database_url, fake)
        printed = await salesbot(env, tmp_path, "users", "invite", "--role", "rep", "--name", "Rita")
        link = re.search(r"https://t\.me/(\w+)\?start=(\w+)", printed)
        assert link and link.group(1) == fake.username, printed
        code = link.group(2)

        service = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await fake.wait_for(lambda: fake.calls_to("getUpdates"), timeout=60)
            rita = Chat(fake, fake.add_user("Rita", language_code="en"))

            [welcome] = await rita.say(f"/start {code}")  # what t.me/<bot>?start=<code> sends
            assert welcome["text"].startswith("Welcome, Rita!")
            await rita.say("/customer add Acme Corp")
            await rita.say("/customer add Acme Industries")
            [logged] = await rita.say("/log Acme Corp: visited Jane, demo went well")
            assert logged["text"].startswith("Logged visit · Acme Corp")
            [deal] = await rita.say("/deal Acme Corp 50k proposal close 15 Dec")
            assert "$50,000" in deal["text"]
            [reminder] = await rita.say("/remind Acme Corp call back tomorrow 3pm")
            assert reminder["text"].startswith("Reminder set:")

            [question] = await rita.say("/find acm")
            assert "Acme Corp" in buttons_of(question)
            fake.press_button(rita.user, question, label="Acme Corp")
            [card] = await rita.expect()
            assert card["text"].startswith("Acme Corp") and "visited Jane" in card["text"]
            edited = fake.bot_messages[(rita.user["id"], question["message_id"])]
            assert edited["text"].endswith("→ Acme Corp") and "reply_markup" not in edited
            assert len(fake.answered_callbacks) == 1

            # One update delivered twice, and the same message again under another update id.
            update = fake.message_update(rita.user, "/log Acme Corp: called Jane about the quote")
            fake.push_updates([update, update, {**update, "update_id": fake.new_update_id()}])
            [logged_once] = await rita.expect()
            [me] = await rita.say("/me")  # handled after the duplicates: same chat, in order
            assert logged_once["text"].startswith("Logged call · Acme Corp") and me["text"].startswith("Rita")

            stranger = Chat(fake, fake.add_user("Mallory"))
            [refusal] = await stranger.say("/find Acme")
            assert refusal["text"].startswith("Sorry, I only work for my team.")
        finally:
            service.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(service.communicate(), 60)

        assert service.returncode == 0, err.decode()
        assert "Traceback" not in err.decode()
        chats = {call.params["chat_id"] for call in fake.calls_to("sendMessage")}
        assert chats == {rita.user["id"], stranger.user["id"]}
        assert len(fake.messages_in(stranger.user["id"])) == 1
        assert [t for t in fake.texts_in(rita.user["id"]) if t.startswith("Logged call")] == [
            logged_once["text"]
        ]


async def test_a_reminder_due_while_salesbot_run_was_down_arrives_once_after_restart(database_url, tmp_path):
    async with FakeTelegramAPI() as fake:
        env = {**environment(database_url, fake), "SCHEDULER_INTERVAL_SECONDS": "0.5"}
        printed = await salesbot(env, tmp_path, "users", "invite", "--role", "rep", "--name", "Rita")
        code = re.search(r"start=(\w+)", printed).group(1)  # type: ignore[union-attr]

        async def start() -> asyncio.subprocess.Process:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            polls = len(fake.calls_to("getUpdates"))
            await fake.wait_for(lambda: len(fake.calls_to("getUpdates")) > polls, timeout=60)
            return process

        def pings() -> list[dict[str, Any]]:
            return [m for m in fake.messages_in(rita.user["id"]) if m["text"].startswith("⏰")]

        service = await start()
        rita = Chat(fake, fake.add_user("Rita", language_code="en"))
        await rita.say(f"/start {code}")
        await rita.say("/hours 00:00-23:59")  # so the test does not depend on the hour it runs at
        await rita.say("/customer add Acme Corp")
        [confirmed] = await rita.say("/remind Acme Corp send the quote in 2 hours")
        assert confirmed["text"].startswith("Reminder set:")
        service.kill()  # no clean shutdown
        await service.wait()

        # While it is down, the reminder falls due.
        db = Database(database_url)
        with db.transaction() as session:
            reminder = session.scalars(select(Reminder).where(Reminder.text == "send the quote")).one()
            reminder.due_at -= timedelta(hours=2)
            reminder_id = reminder.id
        db.dispose()
        assert pings() == []

        service = await start()
        try:
            [ping] = await fake.wait_for(lambda: pings() or None, timeout=60)
            assert "send the quote" in ping["text"] and "Acme Corp" in ping["text"]
            assert buttons_of(ping) == ["Done", "Snooze 1 h", "Tomorrow 9:00", "Reschedule"]
            # Once its one outbox row is marked sent, a second ping would need a second claim.
            db = Database(database_url)

            def outbox_rows() -> list[str] | None:
                with db.transaction() as session:
                    statuses = session.scalars(
                        select(OutboxMessage.status).where(OutboxMessage.reminder_id == reminder_id)
                    ).all()
                return list(statuses) if statuses and "pending" not in statuses else None

            try:
                assert await fake.wait_for(outbox_rows, timeout=60) == ["sent"]
            finally:
                db.dispose()
            assert len(pings()) == 1
        finally:
            service.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(service.communicate(), 60)
        assert service.returncode == 0, err.decode()
