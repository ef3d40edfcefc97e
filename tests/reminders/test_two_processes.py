"""Two salesbot processes (two apps, two database engines) on one database send each reminder once."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import build_app
from crm_store.models import OutboxMessage, Reminder, User
from crm_store.repos.tenancy import Directory
from crm_store.system import System
from tests.support.notify import Harness, RecordingSender

USERS = 30
PER_USER = 10


@pytest.fixture
def second_process(settings, clock):
    other = build_app(settings, clock=clock)
    yield other
    other.db.dispose()


def many_due_reminders(app, clock) -> None:
    with app.db.transaction() as session:
        store = app.store(System(session))
        for n in range(USERS):
            user = store.users.add(f"Rep {n}", role="rep", timezone="Europe/Berlin", locale="en")
            Directory(session).link_identity(user, "telegram", f"ext-{n}", chat_id=f"chat-{n}")
            user.preferred_platform = "telegram"
            for k in range(PER_USER):
                store.reminders.add(user.id, clock() - timedelta(minutes=k), f"follow-up {n}-{k}")


async def test_two_processes_on_one_database_send_each_reminder_once(app, second_process, clock):
    many_due_reminders(app, clock)
    first_sender, second_sender = RecordingSender(), RecordingSender()
    processes = [Harness(app, clock, {"telegram": first_sender}),
                 Harness(second_process, clock, {"telegram": second_sender})]  # fmt: skip
    for harness in processes:
        harness.notifications.charts = False  # morning overviews are not what this test is about
        harness.worker.concurrency = 4

    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def run_ticks(harness: Harness) -> None:
        try:
            start.wait()
            for _ in range(3):
                harness.tick()
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=run_ticks, args=(h,)) for h in processes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []

    with app.db.transaction() as session:
        queued = Counter(
            session.scalars(select(OutboxMessage.reminder_id).where(OutboxMessage.kind == "reminder"))
        )
        statuses = Counter(session.scalars(select(Reminder.status)))
    assert len(queued) == USERS * PER_USER and set(queued.values()) == {1}
    assert statuses == {"sent": USERS * PER_USER}

    await asyncio.gather(*(h.deliver() for h in processes))
    await asyncio.gather(*(h.deliver() for h in processes))
    sent = [reply.text for s in (first_sender, second_sender) for _, reply in s.sent]
    delivered = Counter(text.splitlines()[0] for text in sent if text.startswith("⏰"))
    assert len(delivered) == USERS * PER_USER and set(delivered.values()) == {1}
    for chat_id, reply in [*first_sender.sent, *second_sender.sent]:
        if reply.text.startswith("⏰"):
            n = reply.text.split()[2].split("-")[0]
            assert chat_id == f"chat-{n}"  # each reminder reached its owner's chat
    with app.db.transaction() as session:
        pending = session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status != "sent")
        )
        assert pending == 0
        assert session.scalar(select(func.count()).select_from(User)) == USERS
