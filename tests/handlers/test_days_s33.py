"""Days around a short holiday, read from the words and the user's calendar (issue 13, session 33).

- "After" a short break (端午, 中秋, 清明) is the first working day after it in every way the break may be
  arranged: Taiwan moves no working day since 2026 (the holiday alone); a mainland year whose 调休 is not
  published is either the holiday alone or three days joined to the nearest weekend. Where the ways agree,
  stored; where they give different days ("before" a Wednesday holiday: Tuesday, or the Friday before a
  Monday-Wednesday break), asked, nothing guessed.
- A visit, meeting or demo with the customer put on the holiday by its weekday alone is asked; said with
  the customer working that day, stored.
- A weekday and a day of the month that disagree ("下周四6月18号" when the 18th is a Friday) are asked.

Own wordings; own clocks (2030 and 2031, years no calendar has arranged yet).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

HX, YL = "宁波海星模具有限公司", "台中億隆精機股份有限公司"


def _world(chat, clock, zone: str, when: datetime) -> None:  # type: ignore[no-untyped-def]
    clock.set(when.replace(tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    chat.send(f"/customer add {HX}")
    chat.send(f"/contact add {HX}: 戚伟东, 厂长")
    chat.send(f"/customer add {YL}")
    chat.send(f"/contact add {YL}: 卓俊廷, 經理")


def _reminders(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["due_at"][:10] for r in exported(app, admin)["reminders"]]


MON_BEFORE_WED = datetime(2030, 6, 3, 9, 15)  # 端午 is Wed 2030-06-05
MON_BEFORE_THU = datetime(2030, 9, 9, 9, 15)  # 中秋 is Thu 2030-09-12
FRI_BEFORE_TUE = datetime(2031, 6, 20, 9, 15)  # 端午 is Tue 2031-06-24


@pytest.mark.parametrize(
    ("zone", "when", "text", "day"),
    [("Asia/Shanghai", MON_BEFORE_WED, "端午节过后第一个工作日提醒我找戚厂长对一下模具图纸", "2030-06-06"),
     ("Asia/Shanghai", MON_BEFORE_WED, "过完端午提醒我把海星模具的报价更新一下", "2030-06-06"),
     ("Asia/Taipei", MON_BEFORE_WED, "端午節前提醒我把型錄寄給億隆卓經理", "2030-06-04"),  # Taiwan: alone
     ("Asia/Taipei", MON_BEFORE_WED, "節後提醒我追億隆精機的訂單", "2030-06-06"),
     ("Asia/Shanghai", MON_BEFORE_THU, "中秋前提醒我给海星模具戚厂长寄月饼", "2030-09-11"),  # Wed either way
     ("Asia/Shanghai", FRI_BEFORE_TUE, "端午后提醒我催海星模具付款", "2031-06-25")],
)  # fmt: skip
def test_a_day_all_arrangements_agree_on_is_stored(app, admin, chat, clock, zone, when, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone, when)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == [day], reply


@pytest.mark.parametrize(
    ("when", "text"),
    [(MON_BEFORE_WED, "端午前提醒我把合同寄给海星模具戚厂长"),  # Tue, or Fri before a Mon-Wed break
     (MON_BEFORE_THU, "中秋节后第一天提醒我找戚厂长"),  # Fri, or Mon after a Thu-Sat break
     (FRI_BEFORE_TUE, "节前最后一个工作日提醒我给海星模具发货")],  # Mon, or today before a Sun-Tue break
)  # fmt: skip
def test_a_day_the_arrangements_disagree_on_is_asked(app, admin, chat, clock, when, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai", when)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize(
    "text",
    ["周三下午去海星模具跟戚厂长谈模具验收", "海星模具 demo 周三上午十点", "禮拜三下午兩點到億隆精機開會"],
)
def test_a_meeting_on_the_holiday_by_weekday_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai" if "海星" in text else "Asia/Taipei", MON_BEFORE_WED)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == [], reply
    assert "端午" in reply, reply


@pytest.mark.parametrize(
    ("text", "day"),
    [("戚厂长说他们端午照常加班，周三下午去海星模具谈模具验收", "2030-06-05"),  # they work that day
     ("周四下午去海星模具跟戚厂长谈模具验收", "2030-06-06"),  # no holiday
     ("周三提醒我把海星模具的图纸再核对一遍", "2030-06-05")],  # desk work
)  # fmt: skip
def test_they_work_a_working_day_or_desk_work_is_stored(app, admin, chat, clock, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai", MON_BEFORE_WED)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == [day], reply


@pytest.mark.parametrize(
    ("text", "day"),
    [("下周五6月13号去海星模具看样品", None),  # 06-13 is a Thursday
     ("下周四6月13号去海星模具看样品", "2030-06-13"),
     ("下周二10号去海星模具看样品", None),  # the 10th is a Monday
     ("下周一10号去海星模具看样品", "2030-06-10")],
)  # fmt: skip
def test_a_weekday_and_a_date_that_disagree_are_asked(app, admin, chat, clock, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai", MON_BEFORE_WED)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == ([day] if day else []), reply


def _open(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["due_at"][:10] for r in exported(app, admin)["reminders"] if r["status"] == "pending"]


@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "drop my friday reminder"), ("Asia/Shanghai", "把星期五的提醒删掉")],
)
def test_a_reminder_named_by_a_day_with_none_due_is_asked_which(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone, MON_BEFORE_WED)
    chat.send(f"/remind {HX} 6月6日上午10点 给戚厂长打电话")
    reply = texts(chat.send(text))
    assert _open(app, admin) == ["2030-06-06"], reply
    assert "?" in reply or "？" in reply, reply
    chat.send("1")  # the one meant: cancelled
    assert _open(app, admin) == [], reply


@pytest.mark.parametrize("text", ["drop my thursday reminder", "把星期四的提醒删掉"])
def test_a_reminder_named_by_its_day_is_changed(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai", MON_BEFORE_WED)
    chat.send(f"/remind {HX} 6月6日上午10点 给戚厂长打电话")
    reply = texts(chat.send(text))
    assert _open(app, admin) == [], reply


@pytest.mark.parametrize(
    ("text", "days"),
    [("海星模具要我们周五前把样品寄过去，周四上午十点提醒我寄", ["2030-06-06"]),  # by Friday: its deadline
     ("海星模具 wants the drawings by fri - remind me thu 10am to send them", ["2030-06-06"]),
     ("call 戚厂长 at 海星模具 fri, remind me thu 10am to print the drawings",
      ["2030-06-06", "2030-06-07"])],
)  # fmt: skip
def test_a_deadline_before_the_reminder_asked_is_no_reminder(app, admin, chat, clock, text, days) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai", MON_BEFORE_WED)
    reply = texts(chat.send(text))
    assert sorted(_reminders(app, admin)) == days, reply


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("follow up with 海星模具 two weeks out", "2030-06-17"),
        ("10 days out - check in w/ 海星模具 on the molds", "2030-06-13"),
    ],
)
def test_weeks_out_is_that_far_from_today(app, admin, chat, clock, text, day) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "America/Chicago", MON_BEFORE_WED)
    reply = texts(chat.send(text))
    assert _reminders(app, admin) == [day], reply
