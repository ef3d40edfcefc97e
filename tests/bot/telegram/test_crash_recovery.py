"""Crash safety of the inbox: `salesbot run` killed with SIGKILL in the middle of a burst, then started again.

Real processes, the fake Bot API, real SQLite and PostgreSQL: every message of the burst is
stored exactly once and answered, whatever the kill interrupted.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from crm_store.db import Database
from crm_store.models import Activity, InboxUpdate
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.support.service import Service, salesbot, salesbot_env

pytestmark = pytest.mark.slow
BURST = 60


async def test_sigkill_in_the_middle_of_a_burst_loses_nothing_and_stores_nothing_twice(
    database_url, tmp_path
):
    async with FakeTelegramAPI() as fake:
        env = salesbot_env(database_url, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_BASE_URL=fake.base_url)
        printed = await salesbot(env, tmp_path, "users", "invite", "--role", "rep", "--name", "Rita")
        code = re.search(r"start=(\w+)", printed).group(1)  # type: ignore[union-attr]
        rita = fake.add_user("Rita", language_code="en")

        service = await Service(env, tmp_path).start()
        fake.send_message(rita, f"/start {code}")
        fake.send_message(rita, "/customer add Acme Corp")
        await fake.wait_for_messages(rita["id"], 2, timeout=60)

        def answered() -> list[str]:
            return [t for t in fake.texts_in(rita["id"]) if t.startswith("Logged call")]

        fake.push_updates(fake.message_update(rita, f"/log Acme Corp: call number {n}") for n in range(BURST))
        await fake.wait_for(lambda: len(answered()) >= BURST // 4, timeout=60)
        await service.kill()
        before_restart = len(answered())
        assert before_restart < BURST  # the kill did interrupt the burst

        service = await Service(env, tmp_path).start()
        try:
            await fake.wait_for(lambda: len(answered()) >= BURST, timeout=120)
            await fake.wait_for(lambda: _all_done(database_url), timeout=60)
        finally:
            assert await service.stop() == 0, service.log
        assert "Traceback" not in service.log

    summaries = _activity_counts(database_url)
    assert summaries == {f"call number {n}": 1 for n in range(BURST)}  # stored once each, none lost
    for n in range(BURST):  # each answered; a reply in flight at the kill may go out once more
        assert 1 <= sum(t.endswith(f"call number {n}") for t in answered()) <= 2
    assert len(answered()) <= BURST + 1


def _all_done(url: str) -> bool:
    db = Database(url)
    try:
        with db.transaction() as session:
            waiting = session.scalar(select(func.count()).where(InboxUpdate.status != "done"))
            parked = session.scalar(select(func.count()).where(InboxUpdate.parked.is_(True)))
        assert parked == 0
        return waiting == 0
    finally:
        db.dispose()


def _activity_counts(url: str) -> dict[str, int]:
    db = Database(url)
    try:
        with db.transaction() as session:
            rows = session.execute(select(Activity.summary, func.count()).group_by(Activity.summary)).all()
        return {summary: count for summary, count in rows if summary.startswith("call number")}
    finally:
        db.dispose()
