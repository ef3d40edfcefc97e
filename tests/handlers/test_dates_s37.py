# ruff: noqa: E501  (one case a line)
"""Days and times read by i37-dates (session 37, issue 13), as properties of the words, in wordings and a world
of our own (no evaluation set's); the clock is Wed 2031-10-08 10:00 local.

What made the reader certain, and what should have made it doubt (or be sure):

- two times of day said as either one ("4 or 5pm", "morning or afternoon", "lunch or end of day", "上午还是下午",
  "八九点", "两三点"): the writer does not know which, so the time is asked; a span ("between 2 and 4") is
  planned from its start, stored;
- "next thursday, 9am" said on a Wednesday: the time said after the weekday says no day, so it does not pick
  the coming Thursday (tomorrow); which Thursday is asked, as for "next thursday" alone;
- a weekday in English with the week said in Chinese ("下个 Thursday", "這個 Friday"): that calendar week's day,
  as "下周四";
- "Tuesday week" in a sentence in the past ("has pencilled us in for a meeting Tuesday week"): still a week
  after the coming Tuesday, and an arrangement, not a meeting held;
- "sat"/"sun" followed by a date ("sat 10/17") or after "for" are days, so a weekday the date does not fall on
  is asked;
- a meeting said with a bare weekday a few days past and nothing else ("coffee with Nadine on monday",
  "周一跟卜经理吃饭"): nothing says it happened (no tense, nothing of how it went), and the coming one is as
  likely, so the day is asked; told with what came of it, it is the past one, logged;
- a day the writer says they do not remember ("last week, can't remember which day", "哪天记不清了"), a day to
  come said as none ("sometime soon", "at some point next month", "early next week"), "the holidays" named
  months before the season, a reminder put off until an event with no day ("等…开完，再提醒我"), another day
  offered for the one said ("tue, maybe wed", "thursday, if not then friday", "wed/thu", "周四…，不然周五"):
  asked, nothing logged.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

LK, QA = "Larkspur Cabinets", "Quill & Anchor Books"
HX, MD = "宁波海星模具有限公司", "苏州明德包装有限公司"
LON, LA, TPE, SH = "Europe/London", "America/Los_Angeles", "Asia/Taipei", "Asia/Shanghai"
WED_MORNING = datetime(2031, 10, 8, 10, 0)


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(WED_MORNING.replace(tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    for name, contact in ((LK, "Nadine Ortiz, title=Office Manager"), (QA, "Tobias Fenn, title=Buyer"),
                          (HX, "戚伟东, title=厂长"), (MD, "卜晓梅, title=采购经理")):  # fmt: skip
        chat.send(f"/customer add {name}")
        chat.send(f"/contact add {name}: {contact}")


def _reminders(app, admin, zone: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (
            r["customer"],
            datetime.fromisoformat(r["due_at"]).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M"),
        )
        for r in exported(app, admin)["reminders"]
        if r["status"] == "pending"
    )


@pytest.mark.parametrize(
    ("zone", "text"),
    [(LA, "call Nadine at Larkspur Cabinets friday, morning or afternoon"),
     (LON, "ring Tobias at Quill & Anchor tomorrow, around lunch or end of day"),
     (LA, "remind me to email Tobias at Quill & Anchor thursday 4 or 5pm"),
     (SH, "明天上午还是下午提醒我给明德包装卜经理打电话"),
     (TPE, "明天晚上八九點提醒我整理海星模具的報價"),
     (SH, "周四两三点去海星模具找戚厂长")],
)  # fmt: skip
def test_two_times_said_as_either_one_are_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [], reply
    assert exported(app, admin)["activities"] == [], reply
    assert "?" in reply or "？" in reply, reply
    assert "How much" not in reply and "多少钱" not in reply, reply  # asked which time, not how much


@pytest.mark.parametrize(
    ("zone", "text", "customer", "due"),
    [(LA, "call Nadine at Larkspur Cabinets friday between 2 and 4", LK, "2031-10-10 14:00"),
     (SH, "明天十一点给明德包装卜经理打电话", MD, "2031-10-09 11:00"),
     # the week in Chinese, the weekday in English
     (TPE, "海星模具戚廠長的 demo 是下個 Thursday 下午兩點", HX, "2031-10-16 14:00"),
     (SH, "下个 Tuesday 上午十点提醒我给明德包装卜经理打电话", MD, "2031-10-14 10:00"),
     # a weekday a week on, in a sentence in the past
     (LON, "Quill & Anchor - Tobias has pencilled us in for a meeting Tuesday week, 11am", QA, "2031-10-21 11:00"),
     # half a month
     (SH, "半个月后提醒我给明德包装卜经理打电话", MD, "2031-10-23 09:00"),
     # "sat"/"sun" with their date
     (LA, "set a reminder for sat 10/18 to call Nadine at Larkspur Cabinets", LK, "2031-10-18 09:00")],
)  # fmt: skip
def test_one_day_and_time_is_stored(app, admin, chat, clock, zone, text, customer, due) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [(customer, due)], reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize(
    ("zone", "text"),
    [(LA, "set a reminder for sat 10/17 to call Nadine at Larkspur Cabinets"),
     (LA, "remind me sun 10/20 to email Nadine at Larkspur Cabinets the drawings")],
)  # fmt: skip
def test_sat_or_sun_with_a_date_it_does_not_fall_on_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize(
    ("zone", "text"),
    [(LA, "coffee with Nadine from Larkspur Cabinets on monday"),
     (LON, "lunch w/ Tobias at Quill & Anchor tuesday, log it pls"),
     (SH, "周一跟明德包装卜经理吃饭"),
     (LON, "log a call with Tobias at Quill & Anchor last week, can't remember which day"),
     (SH, "上周去海星模具见了戚厂长，具体哪天记不清了"),
     (LA, "catch up with Nadine at Larkspur Cabinets sometime soon"),
     (LA, "ping Nadine at Larkspur Cabinets at some point next month"),
     (LA, "follow up with Nadine at Larkspur Cabinets after the holidays"),
     (LON, "check in with Tobias at Quill & Anchor early next week"),
     (TPE, "等海星模具的董事會開完，再提醒我追戚廠長"),
     # another day offered for the one said: after a comma, a slash, "then"
     (LA, "remind me to call Nadine at Larkspur Cabinets tue, maybe wed"),
     (LA, "remind me to call Nadine at Larkspur Cabinets thursday, if not then friday"),
     (LA, "remind me to email Nadine at Larkspur Cabinets wed/thu"),
     (SH, "周四去海星模具找戚厂长，不然周五")],
)  # fmt: skip
def test_a_day_not_said_for_sure_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [], reply
    assert exported(app, admin)["activities"] == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize(
    ("zone", "text", "day"),
    [(LA, "coffee with Nadine from Larkspur Cabinets on monday, she wants the walnut samples", "2031-10-06"),
     (LON, "called Tobias at Quill & Anchor yesterday", "2031-10-07")],
)  # fmt: skip
def test_a_meeting_told_with_what_came_of_it_is_logged(app, admin, chat, clock, zone, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    activities = exported(app, admin)["activities"]
    local = [
        datetime.fromisoformat(a["occurred_at"]).astimezone(ZoneInfo(zone)).date().isoformat()
        for a in activities
    ]
    assert local == [day], reply


@pytest.mark.parametrize(
    ("zone", "text"),
    [(LA, "Larkspur Cabinets close date mid or end of november"),
     (LA, "larkspur cabinets: signing early/mid next month")],
)  # fmt: skip
def test_two_parts_of_a_month_for_a_close_are_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    chat.send(f"/deal {LK} 40000 USD proposal close 10/31")
    reply = texts(chat.send(text))
    [deal] = exported(app, admin)["deals"]
    assert deal["expected_close"] == "2031-10-31", reply
    assert "?" in reply or "？" in reply, reply


def test_a_time_after_next_weekday_does_not_pick_the_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, LON)
    replies = chat.send("Quill & Anchor: Tobias wants us in next Thursday, 9am")
    labels = [b.label for r in replies for b in r.buttons]
    assert any("Oct 9" in label for label in labels) and any("Oct 16" in label for label in labels), labels
    assert _reminders(app, admin, LON) == [], texts(replies)
