"""Reminders through the real Telegram adapter and the fake Bot API, at the fake clock's time:
set from chat, delivered once to the right chat with its buttons, snoozed with a button."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.app import App
from crm_store.models import Reminder
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.notify import Harness
from tests.support.telegram import Phone, buttons_of, joined


def pings(fake: FakeTelegramAPI, phone: Phone) -> list[dict]:
    return [m for m in fake.messages_in(phone.chat_id) if m["text"].startswith("⏰")]


def the_reminder(app: App) -> Reminder:
    with app.db.transaction() as session:
        return session.scalars(select(Reminder)).one()


async def test_a_reminder_arrives_once_in_the_reps_chat_and_snooze_moves_it(
    app, fake_telegram, telegram, clock
):
    rita = await joined(app, fake_telegram, telegram)
    await rita.say("/customer add Acme Corp")
    [confirmed] = await rita.say("/remind Acme Corp call back Jane in 1 minute")
    assert confirmed["text"].startswith("Reminder set:")
    scheduler = Harness(app, clock, app.senders)  # the adapter registered its sender in app.senders

    await scheduler.beat()  # (Rita's "your day" message may go out now)
    assert pings(fake_telegram, rita) == []  # not due yet

    clock.advance(minutes=1, seconds=1)
    await scheduler.beat()
    await scheduler.beat()  # a second beat must not send it again
    [ping] = pings(fake_telegram, rita)
    assert "call back Jane" in ping["text"] and "Acme Corp" in ping["text"]
    assert buttons_of(ping) == ["Done", "Snooze 1 h", "Tomorrow 9:00", "Reschedule"]

    [snoozed] = await rita.press(ping, "Snooze 1 h")
    assert the_reminder(app).due_at == clock() + timedelta(hours=1)
    assert "reply_markup" not in rita.current(ping)  # the pressed buttons are gone
    assert snoozed["text"]

    clock.advance(minutes=59)
    await scheduler.beat()
    assert len(pings(fake_telegram, rita)) == 1
    clock.advance(minutes=2)
    await scheduler.beat()
    await scheduler.beat()
    assert len(pings(fake_telegram, rita)) == 2
    sends = fake_telegram.calls_to("sendMessage")
    assert {call.params["chat_id"] for call in sends} == {rita.chat_id}
