"""Reminders reach Feishu through the outbox: a card with buttons, Snooze pressed, rate limits waited out."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from crm_store.models import Reminder
from handlers.messages import Button, Reply
from reminders.notifier import RetryLater
from tests.bot.feishu.conftest import Feishu
from tests.support.feishu import card_action
from tests.support.notify import Harness


def pings(feishu: Feishu) -> list:  # type: ignore[type-arg]
    return [m for m in feishu.api.messages() if m.text.startswith("⏰")]


def due_at(feishu: Feishu):  # type: ignore[no-untyped-def]
    with feishu.app.db.transaction() as session:
        return session.scalars(select(Reminder)).one().due_at


async def test_a_reminder_arrives_once_as_a_card_and_snooze_moves_it(feishu: Feishu, clock):
    await feishu.dm(f"/join {feishu.invite(name='Rita Ng')}")
    await feishu.dm("/customer add Acme Corp")
    await feishu.dm("/remind Acme Corp call back Jane in 1 minute")
    assert (await feishu.wait_messages(3))[2].text.startswith("Reminder set:")
    scheduler = Harness(feishu.app, clock, feishu.app.senders)  # the component registered its sender

    await scheduler.beat()
    assert pings(feishu) == []
    clock.advance(minutes=1, seconds=1)
    feishu.api.fail_next("im.message.create", reset=7)  # Feishu: too many requests
    await scheduler.beat()
    [outbox] = scheduler.outbox(kind="reminder")
    assert outbox.status == "pending" and pings(feishu) == []
    assert scheduler.worker.paused("feishu")  # the whole platform waits as Feishu asked
    clock.advance(seconds=8)
    await scheduler.beat()
    await scheduler.beat()
    [ping] = pings(feishu)
    assert ping["receive_id"] == "oc_p2p_ou_rita" and ping["msg_type"] == "interactive"
    assert "call back Jane" in ping.text and "Acme Corp" in ping.text
    assert [b["text"]["content"] for b in ping.buttons] == [
        "Done",
        "Snooze 1 h",
        "Tomorrow 9:00",
        "Reschedule",
    ]
    assert [m.status for m in scheduler.outbox(kind="reminder")] == ["sent"]

    first_due = due_at(feishu)
    snooze = ping.button("Snooze 1 h")["value"]
    pressed = await feishu.client.post(
        card_action(snooze, user="ou_rita", chat="oc_p2p_ou_rita", message_id=ping.message_id)
    )
    assert pressed.status == 200  # answered at once; the work follows
    for _ in range(600):  # a guard against hanging, not a speed check
        if due_at(feishu) != first_due:
            break
        await asyncio.sleep(0.05)
    assert due_at(feishu) == clock() + timedelta(hours=1)
    [update] = await feishu.wait_for(lambda api: api.accepted("im.message.patch"))
    assert update["message_id"] == ping.message_id and update.buttons == [] and "Snooze 1 h" in update.text
    clock.advance(minutes=61)
    await scheduler.beat()
    assert len(pings(feishu)) == 2


async def test_a_notification_that_failed_part_way_resumes_without_sending_anything_twice(
    feishu: Feishu, monkeypatch: pytest.MonkeyPatch
):
    assert feishu.component.sender is not None
    sender = feishu.component.sender
    # A Reply fits one message (crm_store.limits.REPLY_LIMIT); with a smaller part size the same
    # reply takes three messages, which is what resuming part-way needs.
    monkeypatch.setattr("bot.feishu.render.MESSAGE_LIMIT", 1000)
    long_text = "\n".join(f"line {n}: " + "x" * 80 for n in range(30))  # about 2,600 characters
    reply = Reply(long_text, (Button("Done", "rem:done:1"),))
    feishu.api.fail_next("im.message.create", skip=1)  # the first part goes through, the second gets a 429
    with pytest.raises(RetryLater) as wait:
        await sender.send("ou_rita", reply)
    assert wait.value.after == 1 and len(feishu.api.messages()) == 1
    await sender.send("ou_rita", reply)  # the outbox tries again

    sent = feishu.api.messages()
    assert [m["receive_id_type"] for m in sent] == ["open_id"] * len(sent)
    assert "\n".join(m.text for m in sent) == long_text  # every line once, in order
    assert sent[-1]["msg_type"] == "interactive" and all(m["msg_type"] == "text" for m in sent[:-1])
    assert len(sent) == 3 and all(len(m.text) <= 1000 for m in sent)
