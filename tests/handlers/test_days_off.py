"""A reminder, a planned visit, a signing or a reminder move put on a day off where the user lives is asked
about (the holiday named), read with the calendar of the user's country (time zone), not a word list; the
same on a working day is stored at once, and so is a day picked knowingly (counted inside the break, the
break spoken of beside it) or a reminder said by its weekday alone. Own wordings; the clock is
Thu 2029-04-26 10:20 local.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

FR, ZD, TP = "Fox Ridge Timber", "镇江东海机械有限公司", "大埔永興印刷廠"


def _world(app, chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    for name in (FR, ZD, TP):
        chat.send(f"/customer add {name}")
    chat.send(f"/deal {FR} 40000 USD proposal")
    chat.send(f"/deal {ZD} 90000 CNY proposal")
    chat.send(f"/remind {ZD} 给周总打电话 5月8日上午9点")


def _stored(app, admin) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    return data["reminders"], [(d["customer"], d["expected_close"]) for d in data["deals"]]


@pytest.mark.parametrize(
    ("zone", "text", "holiday"),
    [("America/Chicago", "remind me to call Fox Ridge Timber on may 28th", "Memorial Day"),
     ("America/Chicago", "fox ridge timber will sign june 19", "Juneteenth"),
     ("Europe/Dublin", "set a follow-up with Fox Ridge Timber for the June bank holiday", "Bank Holiday"),
     ("Asia/Shanghai", "5月3号去镇江东海拜访周总，提醒我", "劳动节"),  # inside the five-day break
     ("Asia/Shanghai", "镇江东海下周二签合同", "劳动节"),  # Tue 05-01
     ("Asia/Hong_Kong", "五月一號提我打俾大埔永興", "劳动节")],
)  # fmt: skip
def test_a_plan_on_a_day_off_is_asked_with_the_holiday(app, admin, chat, clock, zone, text, holiday) -> None:  # type: ignore[no-untyped-def]
    _world(app, chat, clock, zone)
    before = _stored(app, admin)
    reply = texts(chat.send(text))
    assert _stored(app, admin) == before, reply
    assert holiday in reply


@pytest.mark.parametrize(
    ("zone", "text", "day"),
    [("America/Chicago", "remind me to call Fox Ridge Timber on may 29th", "2029-05-29"),
     ("America/Chicago", "fox ridge timber will sign june 20", "2029-06-20"),
     ("Asia/Shanghai", "5月10号去镇江东海拜访周总，提醒我", "2029-05-10"),
     ("Asia/Shanghai", "镇江东海下周一签合同", "2029-04-30"),  # before the break
     ("Asia/Hong_Kong", "五月二號提我打俾大埔永興", "2029-05-02"),  # Hong Kong works on the 2nd
     ("Asia/Shanghai", "五一假期第二天上午提醒我给镇江东海周总打电话", "2029-05-02"),  # counted in the break
     # the break spoken of beside the day: picked knowingly
     ("Asia/Shanghai", "镇江东海周总说他们五一只放三天，四号就上班了，五月四号上午提醒我过去", "2029-05-04"),
     # a reminder by its weekday alone is the user's own week as they see it (a signing so is asked)
     ("Asia/Shanghai", "下周二上午提醒我给镇江东海周总打电话", "2029-05-01")],
)  # fmt: skip
def test_the_same_on_a_working_day_is_stored(app, admin, chat, clock, zone, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(app, chat, clock, zone)
    before = _stored(app, admin)
    reply = texts(chat.send(text))
    after = _stored(app, admin)
    assert after != before, reply
    assert day in str(after), reply


def test_a_reminder_moved_to_a_day_off_is_asked_and_moved_when_confirmed(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(app, chat, clock, "Asia/Shanghai")
    before = _stored(app, admin)
    reply = texts(chat.send("镇江东海那个提醒改到五月三号"))
    assert _stored(app, admin) == before and "Labor Day" in reply, reply  # in the user's language
    chat.send("1")
    (reminder,) = _stored(app, admin)[0]
    assert reminder["due_at"].startswith("2029-05-03"), reminder


def test_a_reminder_moved_to_a_working_day_is_moved(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(app, chat, clock, "Asia/Shanghai")
    chat.send("镇江东海那个提醒改到五月九号")
    (reminder,) = _stored(app, admin)[0]
    assert reminder["due_at"].startswith("2029-05-09"), reminder
