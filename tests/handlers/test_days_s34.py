"""Days named, counted and pointed at, read by i34-days (session 34, issue 13). Own wordings and world; the
clock is Wed 2031-03-05 17:30 (the end of a working day; Easter 2031 is Sun 04-13, tax day Tue 04-15).

- A named day of the year that is no day off where the user works (Easter and the days counted from it,
  Good Friday, the Ides of March, tax day; 复活节) is its date, also as the anchor of "the monday after"; a
  month and day written with a middle dot ("3·18") or a dot before a word of the day ("3.24那天") is a date.
  "Around Easter" names no day: asked.
- A person's day off said beside the day to call them ("X's off friday so call her monday instead", "X周五休
  息") is theirs: the reminder is the other day.
- A weekday said on that same weekday with "first thing" is next week's, a task to come; "sat"/"sun" with a
  clock is the weekend day.
- "两周后再问一下X那边的进度" is a task two weeks out, not a question about X.
- A contract's expiry with a lead time ("合同4月20号到期，提前两周提醒我") is one reminder that far before;
  the expiry is no close date; an expiry with no day of its month is asked.
- A meeting arranged for a day to come ("demo 约了下周二 10am") is a reminder, no meeting logged.
- A reminder pointed at by its part of the day ("上午那个", "the morning one fri") or its contact as people
  are addressed ("戚厂长那个", "卜总那个") is that one.
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
NY, SH = "America/New_York", "Asia/Shanghai"
WED_EVENING = datetime(2031, 3, 5, 17, 30)


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(WED_EVENING.replace(tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    for name, contact in ((LK, "Nadine Ortiz, title=Office Manager"), (QA, "Tobias Fenn, title=Buyer"),
                          (HX, "戚伟东, title=厂长"), (MD, "卜晓梅, title=采购经理")):  # fmt: skip
        chat.send(f"/customer add {name}")
        chat.send(f"/contact add {name}: {contact}")


def _local(due_at: str, zone: str) -> str:
    return datetime.fromisoformat(due_at).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _reminders(app, admin, zone: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (r["customer"], _local(r["due_at"], zone))
        for r in exported(app, admin)["reminders"]
        if r["status"] == "pending"
    )


def _days(app, admin, zone: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(customer, due[:10]) for customer, due in _reminders(app, admin, zone)]


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply


@pytest.mark.parametrize(
    ("zone", "text", "customer", "day"),
    [(NY, "the monday after easter call Nadine at Larkspur Cabinets", LK, "2031-04-14"),
     (NY, "remind me good friday to send Tobias at Quill & Anchor the spring catalog", QA, "2031-04-11"),
     (SH, "复活节后的周一提醒我给海星模具戚厂长打电话", HX, "2031-04-14"),
     (SH, "3·18那天上午提醒我给明德包装卜经理打电话", MD, "2031-03-18"),
     (SH, "3.24那天下午去海星模具找戚厂长", HX, "2031-03-24")],
)  # fmt: skip
def test_a_named_day_or_a_dotted_date_is_its_day(app, admin, chat, clock, zone, text, customer, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _days(app, admin, zone) == [(customer, day)], reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Larkspur Cabinets aiming to sign by tax day", "2031-04-15"),
        ("Larkspur Cabinets targeting signature by the ides of march", "2031-03-15"),
    ],
)
def test_a_close_by_a_named_day_is_stored(app, admin, chat, clock, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, NY)
    chat.send(f"/deal {LK} 20k proposal")
    reply = texts(chat.send(text))
    assert [d["expected_close"][:10] for d in exported(app, admin)["deals"]] == [day], reply


def test_around_easter_names_no_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, NY)
    reply = texts(chat.send("call Nadine at Larkspur Cabinets sometime around easter"))
    after = exported(app, admin)
    assert after["reminders"] == [] and after["activities"] == [], reply
    assert _asked(reply), reply


@pytest.mark.parametrize(
    ("zone", "text", "customer", "day"),
    [(NY, "Nadine's off friday so call her monday instead", LK, "2031-03-10"),
     (NY, "Tobias is out Mon 3/10 so ping him Tue 3/11 instead", QA, "2031-03-11"),
     (SH, "明德包装卜晓梅周五休息，下周一再给她打电话", MD, "2031-03-10")],
)  # fmt: skip
def test_their_day_off_is_not_the_reminder(app, admin, chat, clock, zone, text, customer, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _days(app, admin, zone) == [(customer, day)], reply


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("first thing wed email Tobias at Quill & Anchor the order form", "2031-03-12"),
        ("sat 10am stock count w Nadine at Larkspur Cabinets", "2031-03-08 10:00"),
        ("sun 2pm walkthrough with Nadine at Larkspur Cabinets", "2031-03-09 14:00"),
    ],
)
def test_a_weekday_said_on_itself_or_a_weekend_clock(app, admin, chat, clock, text, due) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, NY)
    reply = texts(chat.send(text))
    [(_, at)] = _reminders(app, admin, NY)
    assert at.startswith(due), reply
    assert exported(app, admin)["activities"] == [], reply


def test_sat_down_with_is_no_saturday(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, NY)
    reply = texts(chat.send("sat down with Nadine at Larkspur Cabinets today, went over the hinge order"))
    assert exported(app, admin)["reminders"] == [], reply  # "sat" with no clock: no Saturday


def test_weeks_out_then_asking_someone_is_a_task(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH)
    reply = texts(chat.send("两周后再问一下卜晓梅明德包装那边的进度"))
    assert _days(app, admin, SH) == [(MD, "2031-03-19")], reply


@pytest.mark.parametrize(
    ("zone", "text", "day"),
    [
        (SH, "明德包装的合同4月20号到期，提前两周提醒我", "2031-04-06"),
        (NY, "Larkspur's contract expires 4/30, remind me a week before", "2031-04-23"),
    ],
)
def test_a_lead_time_before_an_expiry_is_one_reminder(app, admin, chat, clock, zone, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    chat.send(f"/deal {MD if zone == SH else LK} {'30万' if zone == SH else '30k'} proposal")
    reply = texts(chat.send(text))
    assert [d for _, d in _days(app, admin, zone)] == [day], reply
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [None], reply


@pytest.mark.parametrize(
    "text",
    [
        "明德包装的合同下个月到期，提前一周提醒我",
        "Larkspur's contract expires next month, remind me a week before",
    ],
)
def test_a_lead_time_before_a_month_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH if "明德" in text else NY)
    reply = texts(chat.send(text))
    assert exported(app, admin)["reminders"] == [], reply
    assert _asked(reply), reply


@pytest.mark.parametrize(
    "text", ["海星模具 demo 约了下周二 10am, 戚伟东 attend", "海星模具演示约了下周二上午十点，戚伟东参加"]
)
def test_a_meeting_arranged_is_a_reminder_not_a_log(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, SH) == [(HX, "2031-03-11 10:00")], reply
    assert exported(app, admin)["activities"] == [], reply


def _two_reminders(chat, zone: str) -> None:  # type: ignore[no-untyped-def]
    if zone == SH:
        chat.send(f"/remind {HX} 3月7日上午9点半 给戚伟东发图纸")
        chat.send(f"/remind {MD} 3月11日下午3点 约卜晓梅看样品")
    else:
        chat.send(f"/remind {LK} call Nadine about the hinges 7 Mar 10am")
        chat.send(f"/remind {QA} send Tobias the order form 10 Mar 2pm")


@pytest.mark.parametrize(
    ("zone", "text", "moved"),
    [(SH, "上午那个提醒推到下周一上午十点", (HX, "2031-03-10 10:00")),
     (SH, "戚厂长那个提醒改到周五下午两点", (HX, "2031-03-07 14:00")),
     (SH, "卜经理那个提醒推到下周三下午三点", (MD, "2031-03-12 15:00")),
     (SH, "卜总那个提醒推到下周三下午三点", (MD, "2031-03-12 15:00")),
     (SH, "戚总那个提醒改到周五下午两点", (HX, "2031-03-07 14:00")),
     (NY, "the morning one fri - make it 11:30", (LK, "2031-03-07 11:30")),
     (NY, "the afternoon one monday - push it to 4pm", (QA, "2031-03-10 16:00"))],
)  # fmt: skip
def test_a_reminder_pointed_at_by_its_part_of_day_or_contact(
    app, admin, chat, clock, zone, text, moved
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    _two_reminders(chat, zone)
    before = _reminders(app, admin, zone)
    reply = texts(chat.send(text))
    after = _reminders(app, admin, zone)
    assert moved in after and len(after) == 2, reply
    assert [r for r in before if r[0] != moved[0]] == [r for r in after if r[0] != moved[0]], reply


def test_a_reminder_moved_to_a_bare_weekday_said_on_it_is_next_weeks(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH)  # a Wednesday
    _two_reminders(chat, SH)
    reply = texts(chat.send("卜经理那个提醒推到周三下午三点"))
    assert (MD, "2031-03-12 15:00") in _reminders(app, admin, SH), reply


@pytest.mark.parametrize(("zone", "text"), [(SH, "那个提醒删了"), (NY, "the 9am one - make it 11:30")])
def test_a_reminder_two_fit_or_none_fits_is_not_changed(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    _two_reminders(chat, zone)
    before = _reminders(app, admin, zone)
    texts(chat.send(text))
    assert _reminders(app, admin, zone) == before
