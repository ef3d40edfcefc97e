"""Dates a careful assistant asks about instead of storing the first reading: two days offered as either
one ("tue or wed", "the 3rd or 4th", "8号或者9号", "禮拜三定係禮拜四"), a reminder asked for in a week with
no day ("提醒我下礼拜给…打电话"); and what is due or closes before a holiday, asked as a question."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from handlers.parsing.periods import coming_period
from tests.conftest import texts
from tests.support.exported import exported


@pytest.mark.parametrize(
    ("words", "doubt"),
    [("call ray tue or wed", "tue or wed"), ("ring her on the 3rd or 4th", "the 3rd or 4th"),
     ("提醒我8号或者9号去一趟", "8号或者9号"), ("提我下個禮拜三定係禮拜四約佢", "下个星期三定是星期四")],
)  # fmt: skip
def test_two_days_offered_as_either_are_a_doubt(words: str, doubt: str) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    when = find_when(words, now=datetime(2029, 4, 26, 10, 20, tzinfo=tz), tz=tz)
    assert when is not None and when.doubt is not None and doubt in when.doubt


def test_one_day_and_something_else_after_or_is_no_doubt() -> None:
    tz = ZoneInfo("America/Chicago")
    for words in ("call on tue or earlier", "send 2 or 3 samples on friday"):
        when = find_when(words, now=datetime(2029, 4, 26, 10, 20, tzinfo=tz), tz=tz)
        assert when is not None and when.doubt is None


# (session 35: the weekend right before the holiday is before it too: a deal closing that Sunday is listed)
@pytest.mark.parametrize(
    ("words", "zone", "last"),
    [("五一前要签的单子有哪些", "Asia/Shanghai", date(2029, 4, 30)),
     ("what's closing before memorial day?", "America/Chicago", date(2029, 5, 27)),
     ("which deals close before the bank holiday?", "Europe/Dublin", date(2029, 5, 6))],
)  # fmt: skip
def test_the_days_until_a_holiday_are_a_period(words: str, zone: str, last: date) -> None:
    period = coming_period(words, date(2029, 4, 26), ZoneInfo(zone))
    assert period is not None and (period.first, period.last) == (date(2029, 4, 26), last)


def test_a_reminder_in_a_week_with_no_day_is_asked(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 大冶铜都矿山机械有限公司")
    replies = chat.send("提醒我下礼拜给大冶铜都打电话")
    assert not [r for r in exported(app, admin)["reminders"] if r["status"] == "pending"], texts(replies)
    chat.send("/customer add Tomoe Shokuhin KK")
    asked = texts(chat.send("follow up with tomoe shokuhin next week"))  # no "remind me": asked too
    assert "Which day" in asked and not exported(app, admin)["reminders"], asked
    chat.press("Wed")  # its working days are offered
    dues = [r["due_at"][:10] for r in exported(app, admin)["reminders"] if r["status"] == "pending"]
    assert dues == ["2026-12-02"]


def test_a_day_after_a_week_said_in_the_same_clause(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Twin Ports Marine Supply")
    chat.send("erik at twin ports is on vacation all next week ping me the tuesday after to call him")
    # the clock's Monday 2026-11-23: next week is Nov 30 - Dec 6, the tuesday after it Dec 8
    dues = [r["due_at"][:10] for r in exported(app, admin)["reminders"] if r["status"] == "pending"]
    assert dues == ["2026-12-08"]


@pytest.mark.parametrize(
    ("words", "day"),
    [("remind me first monday of june", "06-04"), ("the last Friday of May", "05-25"),
     ("second Tuesday in May, visit them", "05-08"), ("6月第一个周五提醒我", "06-01"),
     ("五月最後一個禮拜五提我", "05-25"), ("提醒我五月第二个星期一去", "05-14"),
     ("first monday of april", "04-01")],
)  # fmt: skip
def test_the_nth_weekday_of_a_month(words: str, day: str) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    when = find_when(words, now=datetime(2029, 4, 26, 10, 20, tzinfo=tz), tz=tz)
    assert when is not None and when.at.strftime("%m-%d") == day  # April's first monday is past: next year's


@pytest.mark.parametrize(
    ("words", "zone", "day"),
    [("remind me the 2nd business day of june", "America/Chicago", "06-04"),
     ("second working day of June, remind me", "Europe/Dublin", "06-05"),  # Mon 4 June: a bank holiday there
     ("6月第二个工作日提醒我", "Asia/Shanghai", "06-04"), ("六月第一個工作天提我", "Asia/Hong_Kong", "06-01"),
     ("12月最后一个工作日提醒我", "Asia/Shanghai", "12-31")],
)  # fmt: skip
def test_the_nth_working_day_of_a_month_in_the_users_calendar(words: str, zone: str, day: str) -> None:
    tz = ZoneInfo(zone)
    when = find_when(words, now=datetime(2029, 4, 26, 10, 20, tzinfo=tz), tz=tz)
    assert when is not None and when.at.strftime("%m-%d") == day
