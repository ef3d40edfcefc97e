# ruff: noqa: E501  (one case a line)
"""Days told by the calendar of the user's place, and reminders put off to a weekday, read by i35-days
(session 35, issue 13). Own wordings and world; the clock is Thu 2031-09-25 11:00 (UK clocks go back Sun
10-26, US Sun 11-02; Taiwan keeps Confucius' birthday Sun 09-28 on Mon 09-29 and 雙十 on Fri 10-10; mainland
国庆 from Wed 10-01).

- "w/c 15th", "week beginning 20 Oct": the Monday of that week.
- The day the clocks change where the user is ("the wednesday after the clocks go back", "once daylight saving
  ends"); where they never change (Singapore) no day is read: asked.
- 雙十 (10-10), 双十一 (11-11), 教師節 of Taiwan; 連假回來 (the first working day after the next long weekend of
  the user's calendar); "国庆期间" (a holiday's days, no day said): asked.
- A reminder put off ("push", "snooze", 推到, 延到) to a weekday alone: the first such weekday after its own day,
  its time kept with "same time"; a day said outright ("tomorrow") is that day.
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
LON, LA, SG, TPE, SH = (
    "Europe/London",
    "America/Los_Angeles",
    "Asia/Singapore",
    "Asia/Taipei",
    "Asia/Shanghai",
)
THU_MORNING = datetime(2031, 9, 25, 11, 0)


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(THU_MORNING.replace(tzinfo=ZoneInfo(zone)))
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


@pytest.mark.parametrize(
    ("zone", "text", "customer", "day"),
    [(LON, "w/c 15th remind me to send Tobias at Quill & Anchor the proofs", QA, "2031-10-13"),
     (LON, "remind me week beginning 22nd october to chase Nadine at Larkspur Cabinets", LK, "2031-10-20"),
     (LON, "remind me the wednesday after the clocks go back to call Nadine at Larkspur Cabinets", LK, "2031-10-29"),
     (LA, "once daylight saving ends, remind me to call Tobias at Quill & Anchor", QA, "2031-11-03"),
     (TPE, "雙十過後提醒我打給海星模具戚廠長", HX, "2031-10-13"),
     (TPE, "雙十之後那個禮拜二提醒我打給海星模具戚廠長", HX, "2031-10-14"),
     (TPE, "連假回來第一天提醒我打給明德包裝卜經理", MD, "2031-09-30"),
     (SH, "双十一之后提醒我给明德包装卜经理打电话", MD, "2031-11-12"),
     (SH, "国庆回来那个周四提醒我去海星模具找戚厂长", HX, "2031-10-09")],
)  # fmt: skip
def test_a_day_told_by_the_calendar_of_the_users_place(
    app, admin, chat, clock, zone, text, customer, day
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _days(app, admin, zone) == [(customer, day)], reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize(
    ("zone", "text"),
    [(SG, "remind me after the clocks go back to call Nadine at Larkspur Cabinets"),
     (LON, "remind me to call Nadine at Larkspur Cabinets sometime around when the clocks go back"),
     (SH, "国庆期间提醒我给明德包装卜经理发个祝福"),
     (TPE, "雙十連假期間提醒我打給海星模具戚廠長")],
)  # fmt: skip
def test_no_day_of_the_calendar_said_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize(
    ("zone", "setup", "text", "due"),
    [(LA, f"/remind {LK} call Nadine about the hinges 10/7 3pm", "push the larkspur reminder to thursday, same time", "2031-10-09 15:00"),
     (LA, f"/remind {LK} call Nadine about the hinges 10/7 3pm", "postpone the larkspur call to wednesday same time", "2031-10-08 15:00"),
     (LA, f"/remind {LK} call Nadine about the hinges 10/7 3pm", "move the larkspur reminder to tomorrow same time", "2031-09-26 15:00"),
     (SH, f"/remind {MD} 10月14日下午3点 给卜晓梅打电话", "明德包装的提醒推到周一同一时间", "2031-10-20 15:00"),
     (SH, f"/remind {MD} 10月14日下午3点 给卜晓梅打电话", "把明德包装的提醒 snooze 到周五", "2031-10-17 15:00")],
)  # fmt: skip
def test_a_reminder_put_off_to_a_weekday_counts_from_its_own_day(
    app, admin, chat, clock, zone, setup, text, due
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    chat.send(setup)
    customer = LK if zone == LA else MD
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [(customer, due)], reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize(
    ("zone", "text", "customer", "day", "task"),
    [(LON, "next tuesday, remind me to send Tobias at Quill & Anchor the proofs", QA, "2031-09-30", "send Tobias"),
     (LON, "after the clocks go back, remind me to call Nadine at Larkspur Cabinets", LK, "2031-10-27", "call Nadine"),
     (TPE, "下禮拜三，還是提醒我打給海星模具戚廠長", HX, "2031-10-01", "打給")],
)  # fmt: skip
def test_a_day_said_alone_before_the_order_is_the_reminders(
    app, admin, chat, clock, zone, text, customer, day, task
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _days(app, admin, zone) == [(customer, day)], reply
    [reminder] = [r for r in exported(app, admin)["reminders"] if r["status"] == "pending"]
    assert reminder["text"].startswith(task) and "提醒" not in reminder["text"], reply
    assert "?" not in reply and "？" not in reply, reply


@pytest.mark.parametrize(
    ("zone", "setup", "text", "listed", "left_out"),
    [(SH, [f"/deal {MD} 300000 CNY proposal close 9/30", f"/deal {HX} 200000 CNY proposal close 10/20"],
      "国庆前要成交的单子有哪些", "明德", "海星"),
     (TPE, [f"/deal {MD} 300000 TWD proposal close 10/8", f"/deal {HX} 200000 TWD proposal close 10/20"],
      "雙十前要結案的有哪些", "明德", "海星")],
)  # fmt: skip
def test_deals_closing_before_a_holiday_run_to_the_break(
    app, admin, chat, clock, zone, setup, text, listed, left_out
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    for line in setup:
        chat.send(line)
    reply = texts(chat.send(text))
    assert listed in reply and left_out not in reply, reply


def test_a_festival_is_kept_as_the_users_calendar_keeps_it(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """Singapore keeps Chinese New Year two days (2032: Wed 02-11, Thu 02-12), not the mainland's week."""
    clock.set(datetime(2032, 1, 13, 11, 0, tzinfo=ZoneInfo(SG)))
    chat.send(f"/tz {SG}")
    chat.send(f"/customer add {LK}")
    chat.send(f"/contact add {LK}: Nadine Ortiz, title=Office Manager")
    reply = texts(chat.send("after CNY remind me to call Nadine at Larkspur Cabinets"))
    assert _days(app, admin, SG) == [(LK, "2032-02-13")], reply


@pytest.mark.parametrize(
    ("title", "said"), [("執行長", "邱執行長"), ("營運長", "邱營運長"), ("財務長", "邱財務長")]
)
def test_a_contact_called_by_a_taiwan_chief_title_names_the_customer(
    app, admin, chat, clock, title, said
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, TPE)
    chat.send(f"/contact add {HX}: 邱雅筑, title={title}")
    reply = texts(chat.send(f"明天下午3點提醒我打給{said}"))
    assert _reminders(app, admin, TPE) == [(HX, "2031-09-26 15:00")], reply
