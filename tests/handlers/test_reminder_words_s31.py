"""Reminder changes and a close date said loosely, read by i31-asks (session 31, issue 13). Own wordings and
customers (the four reminders of `four_reminders`); the clock is Monday 2026-11-23 09:00 UTC (Berlin).

- The thing reminded of said called off, then "kill that reminder": the reminder is cancelled, not done.
- The reason for a cancel said as someone's words that name an e-mail ("王总说合同下周直接邮件过来") is no
  e-mail of ours to log: the reminder is cancelled, nothing logged.
- "那個提醒可以結掉" (Taiwan: closed off) is done; a day said of when the deed was done ("今天已经弄好了")
  does not name the reminder's day.
- 結案日期 (Taiwan: the deal's closing date) is the close date, not a reminder.
"""

from __future__ import annotations

import pytest

from crm_store.transfer.exporter import export_data
from tests.conftest import texts
from tests.handlers.reminder_setup import reminders_in_berlin


def _activities(app, admin) -> list[dict]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return export_data(session, admin.org_id, now=app.clock())["activities"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("message", "customer", "status"),
    [("Edda called off the reprint call, kill that reminder", "Quillfeather Press", "cancelled"),
     ("远帆那个提醒取消吧，王总说合同下周直接邮件过来", "宁波远帆物流有限公司", "cancelled"),
     ("送年礼的事今天已经弄好了，那个提醒可以结掉", "杭州青禾食品有限公司", "done"),
     ("回訪王總的事今天弄好了，那個提醒結掉吧", "宁波远帆物流有限公司", "done")],
)  # fmt: skip
def test_a_reminder_said_loosely_is_cancelled_or_done(app, admin, four_reminders, message, customer, status):  # type: ignore[no-untyped-def]
    before = reminders_in_berlin(app, admin)
    replies = texts(four_reminders.send(message))
    after = reminders_in_berlin(app, admin)
    changed = [r for r in after if r not in before]
    assert len(changed) == 1 and changed[0][0] == customer and changed[0][2] == status, replies
    assert _activities(app, admin) == [], replies  # the reason is no interaction of ours


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_closing_date_in_taiwan_usage_is_the_close_date(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 杭州青禾食品有限公司")
    chat.send("/deal 杭州青禾食品有限公司 300000 CNY proposal")
    replies = texts(chat.send("青禾結案日期 12/20"))
    with app.db.transaction() as session:
        data = export_data(session, admin.org_id, now=app.clock())
    (deal,) = data["deals"]
    assert deal["expected_close"] == "2026-12-20", replies
    assert data["reminders"] == [], replies
