"""The outbox: retries after 429 and 5xx, permanent failures, leases after a crash, routing, expiry."""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import timedelta

from crm_store.repos.notifications import Notice, Notifications
from reminders.notifier import DeliveryFailed, RetryLater
from reminders.outbox import DEFAULT_RATES, OutboxWorker, RateLimiter, backoff
from tests.support.notify import Harness, RecordingSender, reachable, set_user


def queue(app, clock, user, *texts: str, **extra) -> None:
    with app.db.transaction() as session:
        system = Notifications(session)
        route = system.routes_for(system.users_by_ids([user.id]).values())[user.id]
        notices = [
            Notice(org_id=user.org_id, user_id=user.id, kind="complaint", text=text,
                   platform=route[0] if route else None, chat_id=route[1] if route else None, **extra)
            for text in texts
        ]  # fmt: skip
        Notifications(session).enqueue(notices, now=clock())


async def test_a_429_pauses_the_platform_and_everything_is_sent_after_retry_after(
    app, add_user, clock, harness, telegram
):
    sam, anna = add_user("Sam"), add_user("Anna")
    reachable(app, sam)
    reachable(app, anna)
    queue(app, clock, sam, "one", "two")
    queue(app, clock, anna, "three")
    telegram.script = [RetryLater(after=30)]

    stats = await harness.deliver()
    assert stats.sent == 0 and stats.retried == 1 and stats.deferred == 2
    assert harness.worker.paused("telegram")
    rows = harness.outbox()
    assert [r.next_attempt_at for r in rows] == [clock() + timedelta(seconds=30)] * 3
    assert sorted(r.attempts for r in rows) == [0, 0, 1]
    assert all(r.status == "pending" and r.claimed_until is None for r in rows)

    clock.advance(seconds=29)
    assert (await harness.deliver()).claimed == 0
    clock.advance(seconds=1)
    assert (await harness.deliver()).sent == 3
    assert telegram.texts(f"telegram-{sam.id}") == ["one", "two"]  # a chat's messages stay in order
    assert telegram.texts(f"telegram-{anna.id}") == ["three"]
    assert [r.status for r in harness.outbox()] == ["sent"] * 3
    assert (await harness.deliver()).claimed == 0 and len(telegram.sent) == 3


async def test_server_errors_are_retried_with_growing_backoff(app, add_user, clock, harness, telegram):
    sam = add_user("Sam")
    reachable(app, sam)
    queue(app, clock, sam, "the alert")
    telegram.script = [RetryLater(reason="HTTP 502"), RetryLater(reason="HTTP 503")]

    assert (await harness.deliver()).retried == 1
    [row] = harness.outbox()
    assert row.next_attempt_at == clock() + timedelta(seconds=2) and row.last_error == "retry later: HTTP 502"
    clock.advance(seconds=2)
    assert (await harness.deliver()).retried == 1
    [row] = harness.outbox()
    assert row.next_attempt_at == clock() + timedelta(seconds=4) and row.attempts == 2
    clock.advance(seconds=3)
    assert (await harness.deliver()).claimed == 0
    clock.advance(seconds=1)
    assert (await harness.deliver()).sent == 1
    [row] = harness.outbox()
    assert (row.status, row.attempts, row.sent_at) == ("sent", 3, clock())
    assert telegram.texts() == ["the alert"] and telegram.calls == 3


async def test_an_unexpected_error_is_retried_not_lost(app, add_user, clock, harness, telegram):
    sam = add_user("Sam")
    reachable(app, sam)
    queue(app, clock, sam, "the alert")
    telegram.script = [ConnectionResetError("peer went away")]
    assert (await harness.deliver()).retried == 1
    clock.advance(seconds=2)
    assert (await harness.deliver()).sent == 1
    assert telegram.texts() == ["the alert"]


async def test_a_refused_message_is_failed_and_the_rest_still_go(app, add_user, clock, harness, telegram):
    sam, anna = add_user("Sam"), add_user("Anna")
    reachable(app, sam)
    reachable(app, anna)
    queue(app, clock, sam, "to a blocked bot")
    queue(app, clock, anna, "to anna")
    telegram.script = [DeliveryFailed("Forbidden: bot was blocked by the user")]
    stats = await harness.deliver()
    assert (stats.failed, stats.sent) == (1, 1)
    statuses = {r.text: (r.status, r.last_error) for r in harness.outbox()}
    assert statuses["to a blocked bot"] == ("failed", "Forbidden: bot was blocked by the user")
    assert statuses["to anna"][0] == "sent"
    clock.advance(days=1)
    assert (await harness.deliver()).claimed == 0


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n) for n in (1, 2, 3, 4)] == [2, 4, 8, 16]
    assert backoff(30) == 900


def test_pacing_follows_the_sender_or_the_platform_default(app, clock) -> None:
    class Plain:
        platform = "telegram"

    worker = OutboxWorker(app.db, {}, clock=clock, rates={"slack": 3.0})
    assert worker.rate_of("telegram", Plain()) == DEFAULT_RATES["telegram"]  # type: ignore[arg-type]
    assert worker.rate_of("telegram", RecordingSender()) is None  # declares max_per_second = None
    assert worker.rate_of("slack", RecordingSender("slack")) == 3.0


async def test_a_crashed_worker_s_batch_is_sent_once_after_its_lease(app, add_user, clock, telegram):
    sam = add_user("Sam")
    reachable(app, sam)
    queue(app, clock, sam, "the alert")
    crashed = OutboxWorker(app.db, {"telegram": telegram}, clock=clock, worker_id="crashed")
    batches, _ = crashed._claim({"telegram": 10})  # claimed, then the process died before sending
    assert len(batches["telegram"]) == 1

    survivor = Harness(app, clock, {"telegram": telegram})
    assert (await survivor.deliver()).claimed == 0  # leased by the crashed worker
    clock.advance(minutes=2, seconds=1)
    assert (await survivor.deliver()).sent == 1
    assert (await survivor.deliver()).claimed == 0
    assert telegram.texts() == ["the alert"]


async def test_a_message_for_an_unreachable_user_waits_until_they_link_an_account(
    app, add_user, clock, harness, telegram
):
    sam = add_user("Sam")
    queue(app, clock, sam, "the alert")
    [row] = harness.outbox()
    assert row.platform is None
    await harness.beat()
    assert telegram.sent == []

    reachable(app, sam, chat_id="4242")
    report, stats = await harness.beat()
    assert report.rerouted == 1 and stats.sent == 1
    assert telegram.sent[0][0] == "4242"


async def test_waiting_messages_follow_the_user_to_where_they_are_now(
    app, add_user, clock, harness, telegram
):
    sam = add_user("Sam")
    set_user(app, sam, last_platform="console")  # was in the terminal, which is closed now
    queue(app, clock, sam, "the alert")
    assert harness.outbox()[0].platform == "console"
    reachable(app, sam, chat_id="4242")  # writes on Telegram now
    await harness.beat()
    assert telegram.sent == []  # not yet: a terminal might still pick it up
    clock.advance(minutes=1, seconds=1)
    await harness.beat()
    assert telegram.texts("4242") == ["the alert"]


async def test_an_undelivered_morning_message_expires_at_the_end_of_the_working_day(app, add_user, clock):
    sam = add_user("Sam")
    reachable(app, sam, platform="slack")
    queue(app, clock, sam, "your day", expires_at=clock() + timedelta(hours=9))  # 19:00 UTC = 20:00 Berlin
    slack = RecordingSender("slack")
    harness = Harness(app, clock, {})
    clock.advance(hours=9)
    assert harness.tick().expired == 1
    harness.senders["slack"] = slack
    assert (await harness.deliver()).claimed == 0
    assert slack.sent == [] and harness.outbox()[0].status == "expired"


async def test_delivered_messages_are_forgotten_after_a_month_pending_ones_never(
    app, add_user, clock, harness, telegram
):
    sam, nowhere = add_user("Sam"), add_user("Nobody")
    reachable(app, sam)
    queue(app, clock, sam, "delivered")
    queue(app, clock, nowhere, "still waiting")
    await harness.deliver()
    assert harness.notifications.cleanup(clock() + timedelta(days=29)) == 0
    assert harness.notifications.cleanup(clock() + timedelta(days=31)) == 1
    assert [r.text for r in harness.outbox()] == ["still waiting"]


async def test_the_rate_limiter_spaces_actual_sends_even_after_a_stall() -> None:
    limiter = RateLimiter(rate=50)  # 20 ms apart
    loop = asyncio.get_running_loop()
    starts: list[float] = []

    async def send() -> None:
        await limiter.wait()
        starts.append(loop.time())

    tasks = [asyncio.create_task(send()) for _ in range(6)]
    await asyncio.sleep(0)
    time.sleep(0.1)  # the event loop stalls: a burst would follow if slots were reserved in advance
    await asyncio.gather(*tasks)
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert len(starts) == 6 and min(gaps) >= limiter.interval * 0.999
