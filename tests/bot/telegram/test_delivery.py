"""Outgoing messages: flood limits, 429 Retry-After, 5xx retries, long texts, photos, the sender."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import ExtBot

from bot.telegram.delivery import Backoff, Delivery, TelegramSender
from bot.telegram.flood import FloodControl, Window
from handlers.messages import Button, Image, Reply
from reminders.notifier import DeliveryFailed, RetryLater
from tests.bot.telegram.test_conversation import joined
from tests.fakes.telegram_api import Upload, utf16_length

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


async def test_a_429_is_waited_out_and_the_reply_still_arrives(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    fake_telegram.inject("sendMessage", status=429, retry_after=1)

    [reply] = await rita.say("/customer add Acme Corp")

    assert reply["text"] == "New customer Acme Corp"
    refused, accepted = fake_telegram.calls_to("sendMessage")[-2:]
    assert (refused.status, accepted.status) == (429, 200)
    assert refused.params["text"] == accepted.params["text"] == "New customer Acme Corp"
    assert accepted.at - refused.at >= 0.95  # it waited as told (less the loop's clock resolution)
    assert fake_telegram.texts_in(rita.chat_id).count("New customer Acme Corp") == 1


async def test_5xx_answers_are_retried_until_telegram_takes_the_message(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    fake_telegram.inject("sendMessage", status=502, times=2)

    [reply] = await rita.say("/customer add Acme Corp")

    assert reply["text"] == "New customer Acme Corp"
    statuses = [call.status for call in fake_telegram.calls_to("sendMessage")][-3:]
    assert statuses == [502, 502, 200]


async def test_a_server_side_rate_limit_loses_no_message(app, fake_telegram, telegram):
    """A server allowing far less than Telegram's 30/s: the bot slows down and delivers everything."""
    rita = await joined(app, fake_telegram, telegram)
    fake_telegram.rate_limit = 5
    texts = [f"Reminder {n}" for n in range(20)]

    await asyncio.gather(*(telegram.delivery.send(rita.chat_id, Reply(text)) for text in texts))

    delivered = fake_telegram.texts_in(rita.chat_id)
    assert sorted(t for t in delivered if t.startswith("Reminder ")) == sorted(texts)  # each exactly once
    assert any(call.status == 429 for call in fake_telegram.calls_to("sendMessage"))
    assert telegram.application.bot.rate_limiter.pace < 30  # it learned to go slower


async def test_own_flood_control_keeps_under_the_limit(fake_telegram):
    """With the bot's own pace well below the server's limit, the server never has to refuse."""
    fake_telegram.rate_limit = 20
    user = fake_telegram.add_user("Rita")
    bot = ExtBot(
        fake_telegram.token, base_url=fake_telegram.base_url, rate_limiter=FloodControl(per_second=10)
    )
    async with bot:
        delivery = Delivery(bot)
        await asyncio.gather(*(delivery.send(user["id"], Reply(f"Note {n}")) for n in range(25)))

    assert len(fake_telegram.texts_in(user["id"])) == 25
    assert all(call.status == 200 for call in fake_telegram.calls_to("sendMessage"))


async def test_a_window_counts_each_request_from_its_answer():
    now = [0.0]
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # time moves only when the window waits
        waits.append(round(seconds, 6))
        now[0] += seconds

    window = Window(2, 0.3, clock=lambda: now[0], sleep=sleep)
    await window.acquire()  # the slow request
    await window.acquire()  # the fast one: two start at once
    window.release()  # the fast one answers at 0
    now[0] = 0.2
    window.release()  # the slow one answers at 0.2
    await window.acquire()  # the 3rd waits a period after the fast one answered...
    assert (round(now[0], 6), waits) == (0.3, [0.1])
    await window.acquire()  # ...the 4th a period after the slow one answered, not after it started
    assert (round(now[0], 6), waits) == (0.5, [0.1, 0.2])


async def test_a_long_reply_is_one_telegram_message_cut_at_a_line_end(app, fake_telegram, telegram):
    """A reply fits one message (crm_store.limits.REPLY_LIMIT): 300 lines become the lines that
    fit, cut at a line end with "…", the buttons on that one message (the split of longer text
    into parts stays for captions: see the image tests)."""
    rita = await joined(app, fake_telegram, telegram)
    lines = [f"{n:04d} 客户拜访记录 visited 😀 and talked about the order" for n in range(300)]
    text = "\n".join(lines)
    assert utf16_length(text) > 3 * 4096

    sent = await telegram.delivery.send(rita.chat_id, Reply(text, (Button("Undo", "undo:1"),)))

    [call] = fake_telegram.calls_to("sendMessage")[-len(sent) :]
    shown = call.params["text"]
    assert len(sent) == 1 and utf16_length(shown) <= 4096
    assert shown.endswith("\n…") and text.startswith(shown.removesuffix("\n…") + "\n")  # whole lines
    assert call.params["reply_markup"] is not None


async def test_images_go_as_photos_with_their_caption_and_buttons(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    sender = app.senders["telegram"]

    await sender.send(str(rita.chat_id), Reply("Pipeline this week", (Button("Undo", "undo:9"),), Image(PNG)))

    [photo] = fake_telegram.calls_to("sendPhoto")
    assert photo.ok and isinstance(photo.params["photo"], Upload)
    assert photo.params["photo"].data == PNG
    assert photo.params["caption"] == "Pipeline this week"
    assert photo.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "undo:9"

    long_caption = "x" * 2000
    await sender.send(str(rita.chat_id), Reply(long_caption, image=Image(PNG, alt="chart")))
    assert fake_telegram.calls_to("sendPhoto")[-1].params["caption"] == "chart"
    assert fake_telegram.texts_in(rita.chat_id)[-1] == long_caption


async def test_sender_tells_the_scheduler_what_to_do_next(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    sender = TelegramSender(
        Delivery(telegram.application.bot, Backoff(attempts=2, first=0.01), rate_retries=1)
    )

    fake_telegram.inject("sendMessage", status=429, retry_after=2, times=2)
    with pytest.raises(RetryLater) as later:
        await sender.send(str(rita.chat_id), Reply("one"))
    assert later.value.after == 2

    fake_telegram.inject("sendMessage", status=503, times=2)
    with pytest.raises(RetryLater):
        await sender.send(str(rita.chat_id), Reply("two"))

    with pytest.raises(DeliveryFailed):
        await sender.send("424242", Reply("to a chat that does not exist"))

    fake_telegram.block_bot(rita.user)
    with pytest.raises(DeliveryFailed):
        await sender.send(str(rita.chat_id), Reply("three"))
    assert not {"one", "two", "three"} & set(fake_telegram.texts_in(rita.chat_id))
