"""The APScheduler component as `salesbot run` uses it: fixed job ids, start, deliver, stop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

from bot.service import background_components, serve
from crm_store.system import System
from reminders.engine import Notifications
from reminders.outbox import OutboxWorker
from reminders.scheduler import Scheduler
from tests.support.notify import Harness, RecordingSender, reachable


async def eventually(condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Wait for a background job to get there (a guard against hanging, not a speed check)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "the scheduler did not deliver in time"
        await asyncio.sleep(0.02)


def due_reminder(app, add_user, clock, text: str = "call Jane"):
    sam = add_user("Sam")
    chat = reachable(app, sam)
    with app.db.transaction() as session:
        app.store(System(session), sam.id).reminders.add(sam.id, clock() - timedelta(minutes=1), text)
    return chat


async def test_the_scheduler_has_fixed_jobs_and_delivers_what_is_due(app, add_user, clock, telegram):
    chat = due_reminder(app, add_user, clock)
    worker = OutboxWorker(app.db, {"telegram": telegram}, clock=clock)
    scheduler = Scheduler(
        Notifications(app.db, app.assistant, app.settings), worker, clock=clock, interval=3600
    )
    await scheduler.start()
    try:
        assert scheduler.running
        assert scheduler.job_ids() == ["salesbot.cleanup", "salesbot.outbox", "salesbot.tick"]
        await eventually(lambda: any(r.text.startswith("⏰ call Jane") for _, r in telegram.sent))
    finally:
        await scheduler.stop()
    assert not scheduler.running
    assert [c for c, r in telegram.sent if r.text.startswith("⏰")] == [chat]


async def test_salesbot_run_starts_the_scheduler_with_the_adapters_senders(app, add_user, clock):
    chat = due_reminder(app, add_user, clock, "send the quote")
    [component] = background_components(app)
    assert component.name == "scheduler"
    telegram = RecordingSender()
    app.senders["telegram"] = telegram  # what the Telegram adapter does when it starts
    stop = asyncio.Event()
    service = asyncio.create_task(serve([component], stop))
    try:
        await eventually(lambda: any(r.text.startswith("⏰ send the quote") for _, r in telegram.sent))
    finally:
        stop.set()
        await service
    assert [c for c, r in telegram.sent if r.text.startswith("⏰")] == [chat]


async def test_a_failing_step_does_not_hold_back_reminders(
    app, add_user, clock, telegram, monkeypatch, caplog
):
    chat = due_reminder(app, add_user, clock)

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("digest bug")

    monkeypatch.setattr("reminders.engine.schedule_daily", broken)
    harness = Harness(app, clock, {"telegram": telegram})
    report, stats = await harness.beat()
    assert (report.reminders, report.mornings, stats.sent) == (1, 0, 1)
    assert telegram.sent[0][0] == chat
    assert "scheduler step 'morning messages' failed" in caplog.text
