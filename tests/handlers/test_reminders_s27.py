"""Reminder changes said as the event moving, and a bare remind-me after a signing at an hour (i27-changes).
Own wordings; the clock is Thu 2029-04-26 10:20 local.

- "lakeview call slipped to may 2, same time", "那个视频会议的提醒往前挪一天", "嗰個提醒提早一日",
  "push 遲一日": the reminder moves (was a logged meeting, or a carded note).
- "五月八号上午十点去昆山宏远签合同 提醒我", "signing at lakeview may 9 at 10am, remind me": a reminder at
  that hour, not a close date (a close has no hour); without the hour the day stays the close.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at
from tests.support.worlds import HY, LF, two_customers


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/remind {HY} 跟陈国栋视频会议 5月9日下午2点",
        f"/remind {LF} call Dana about the rates 30 Apr 11am",
    )


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "due"),
    [("America/Chicago", "lakeview rates call slipped to may 2, same time", LF, "2029-05-02T16:00"),
     ("America/Chicago", "the lakeview call slid to wednesday may 2, same time", LF, "2029-05-02T16:00"),
     ("Asia/Shanghai", "昆山宏远那个视频会议的提醒往前挪一天", HY, "2029-05-08T06:00"),
     ("Asia/Hong_Kong", "昆山宏远嗰個提醒提早一日", HY, "2029-05-08T06:00"),
     ("Asia/Hong_Kong", "昆山宏远嗰個提醒 push 遲一日", HY, "2029-05-10T06:00")],
)  # fmt: skip
def test_a_reminder_moved_by_a_slip_or_a_day_earlier_or_later(
    app, admin, chat, clock, zone, text, customer, due
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    pending = [r["due_at"][:16] for r in data["reminders"] if r["customer"] == customer]
    assert pending == [due], reply
    assert data["activities"] == [], reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("五月八号上午十点去昆山宏远签合同 提醒我", "2029-05-08 10:00"),
     ("5月10号下午两点去昆山宏远签约，记得提醒我", "2029-05-10 14:00"),
     ("signing at lakeview may 9 at 10am, remind me", "2029-05-09 10:00")],
)  # fmt: skip
def test_a_bare_remind_me_after_a_signing_at_an_hour_is_a_reminder(text, due) -> None:
    reading = reading_at(
        text, datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")), "Asia/Shanghai"
    )
    assert reading.close is None
    assert [s.due.strftime("%Y-%m-%d %H:%M") for s in reading.steps if s.due] == [due]


def test_a_signing_day_without_an_hour_stays_the_close() -> None:
    now = datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai"))
    reading = reading_at("五月八号去昆山宏远签合同 提醒我", now, "Asia/Shanghai")
    assert str(reading.close) == "2029-05-08"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "asked"),
    [("把昆山宏远的提醒往后推", True), ("昆山宏远嗰個提醒押後啲", True), ("把今天和周日的提醒都往后推", True),
     ("昆山宏远的提醒往后推一天", False)],
)  # fmt: skip
def test_a_reminder_put_off_to_no_day_is_asked_to_when(app, admin, chat, clock, text, asked) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    due = sorted(r["due_at"][:16] for r in exported(app, admin)["reminders"] if r["customer"] == HY)
    assert (due == ["2029-05-09T06:00"]) == asked, reply
    assert ("e.g. /reminders move" in reply or "例如" in reply) == asked, reply
