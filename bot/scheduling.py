"""Wiring the scheduler into a process: `salesbot run` delivers through the adapters' senders,
`salesbot chat` delivers to the person at the terminal."""

from __future__ import annotations

from functools import partial
from typing import TextIO

from bot.app import App
from bot.console import ConsoleChat, ConsoleSender
from crm_store.repos.notifications import TERMINAL
from reminders.dispatch import refresh_reminder_notices
from reminders.engine import Notifications
from reminders.outbox import OutboxWorker, Refresh
from reminders.scheduler import Scheduler


def scheduler_for(app: App) -> Scheduler:
    """The scheduler of `salesbot run`: delivers on every platform whose adapter registered a sender."""
    worker = OutboxWorker(app.db, app.senders, clock=app.clock, refresh=reminder_refresh(app))
    return _scheduler(app, worker)


def terminal_scheduler(
    app: App, chat: ConsoleChat, output: TextIO, *, interactive: bool = False
) -> Scheduler:
    """The scheduler of `salesbot chat`: the terminal's user gets their notifications right here."""
    with app.db.system() as system:
        user = system.directory.user(chat.user_id)
        if user is not None:  # the platform they use now is where they are reachable
            app.store(system, user.id).users.update(user, last_platform=TERMINAL)
    senders = {TERMINAL: ConsoleSender(chat, output, interactive=interactive)}
    worker = OutboxWorker(
        app.db, senders, clock=app.clock, chats={TERMINAL: {str(chat.user_id)}}, refresh=reminder_refresh(app)
    )
    return _scheduler(app, worker)


def reminder_refresh(app: App) -> Refresh:
    """Queued reminders are re-read when they are delivered (see `refresh_reminder_notices`)."""
    return partial(refresh_reminder_notices, assistant=app.assistant)


def _scheduler(app: App, worker: OutboxWorker) -> Scheduler:
    notifications = Notifications(app.db, app.assistant, app.settings, health=app.health,
                                  lateness=app.metrics.reminder_lateness.observe)  # fmt: skip
    return Scheduler(notifications, worker, clock=app.clock, interval=app.settings.scheduler_interval_seconds)


async def chat_with_notifications(app: App, chat: ConsoleChat, *, interactive: bool, output: TextIO) -> None:
    """The terminal conversation with the scheduler running beside it."""
    from bot.console import run_terminal

    scheduler = terminal_scheduler(app, chat, output, interactive=interactive)
    await scheduler.run_once()  # what fell due while nobody was here comes before the first prompt
    await scheduler.start()
    try:
        await run_terminal(chat, stdout=output, interactive=interactive)
    finally:
        await scheduler.stop()
