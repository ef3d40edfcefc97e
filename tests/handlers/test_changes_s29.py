"""Session 29 (i29-changes, issue 13): corrections of a reminder's time with the reason after it, a clock said
inside its day, a take-back that says what was meant instead, a loss whose reason is who took it, the other
deal of a customer just closed, and reminders named by their time, subject or "back N days". Messages in our
own words over tests.support.worlds (Thu 2029-04-26 10:20)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.reminder_reference import read_reference
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


def _local(value: str, zone: str) -> str:
    return datetime.fromisoformat(value).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M")


def _pending(app, admin, zone: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (r["customer"], _local(r["due_at"], zone))
        for r in exported(app, admin)["reminders"]
        if r["status"] == "pending"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "customer", "due"),
    [("America/Chicago", "remind me to call Dana at Lakeview mon 10am",
      "sorry, 11am, she has a standup till 11", LF, "2029-04-30T11:00"),
     ("Asia/Shanghai", "提醒我周一上午十点给昆山宏远陈国栋打电话", "不对，十一点，他十点要开会", HY,
      "2029-04-30T11:00"),
     ("America/Chicago", "remind me email dana at lakeview tomorrow 9", "make it 9:45", LF,
      "2029-04-27T09:45"),
     ("America/Chicago", "remind me call dana at lakeview tomorrow 6pm", "make it 6:30", LF,
      "2029-04-27T18:30")],
)  # fmt: skip
def test_the_time_of_a_reminder_just_set_put_right(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, customer, due
) -> None:
    two_customers(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    assert _pending(app, admin, zone) == [(customer, due)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_second_reminder_is_no_correction_of_the_first(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send("remind me to call Dana at Lakeview mon 10am")
    reply = texts(chat.send(f"also remind me to call 陈国栋 at {HY} at 4pm tomorrow"))
    expected = sorted([(LF, "2029-04-30T10:00"), (HY, "2029-04-27T16:00")])
    assert _pending(app, admin, "America/Chicago") == expected, reply


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat, clock, zone, f"/deal {HY} 200000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


def _stages(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_loss_said_with_who_took_it_is_stored_with_that_reason(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Europe/London")
    reply = texts(chat.send("Lakeview Freight lost - gone with a northern supplier"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert (deal["stage"], deal["lost_reason"]) == ("lost", "gone with a northern supplier"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "moved", "kept", "stage"),
    [("Europe/London", "Lakeview Freight lost - gone with a Leeds haulier",
      f"Ignore that, my mistake - it's {HY} we lost, not Lakeview", HY, LF, "lost"),
     ("Asia/Shanghai", "Lakeview那单赢了", "刚才那条不算，是昆山宏远的", HY, LF, "won"),
     ("Asia/Shanghai", "昆山宏远签了", "上一条作废，是Lakeview Freight的", LF, HY, "won")],
)  # fmt: skip
def test_a_take_back_that_says_what_was_meant_moves_the_outcome(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, moved, kept, stage
) -> None:
    _deals(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    stages = _stages(app, admin)
    assert (stages[moved], stages[kept]) == (stage, "proposal"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_take_back_with_only_a_reason_still_undoes_the_outcome(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Shanghai")
    chat.send("昆山宏远签了")
    reply = texts(chat.send("上一条作废"))
    assert set(_stages(app, admin).values()) == {"proposal"}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "then", "won"),
    [("昆山宏远模具那单赢了！", "说错了，是检测设备那单签了，模具还在谈", "检测设备")],
)  # fmt: skip
def test_the_other_deal_of_a_customer_just_closed_takes_the_outcome(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, first, then, won
) -> None:
    two_customers(
        chat, clock, "Asia/Shanghai", f"/deal {HY} 模具 200000 CNY proposal",
        f"/deal {HY} new deal 检测设备 80000 CNY proposal",
    )  # fmt: skip
    chat.send(first)
    reply = texts(chat.send(then))
    stages = {d["title"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"模具": "proposal", "检测设备": "proposal", won: "won"}, reply


def _reminders(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/remind {HY} 打电话给陈国栋 催合同 4月26日下午5点",
        f"/remind {LF} call Dana about the rates 30 Apr 11am",
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "due"),
    [("push the lakeview rates call back two days, dana is travelling", "2029-05-02T11:00"),
     ("snooze the 11am one to 1pm", "2029-04-30T13:00"),
     ("move my lakeview rates call to the 2nd same time", "2029-05-02T11:00")],
)  # fmt: skip
def test_a_reminder_named_by_its_time_or_subject_is_moved(app, admin, chat, clock, text, due) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, "America/Chicago")
    reply = texts(chat.send(text))
    assert _pending(app, admin, "America/Chicago") == sorted([(HY, "2029-04-26T17:00"), (LF, due)]), reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_cancelled_with_its_deed_done_is_no_visit(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        "Asia/Shanghai",
        f"/deal {HY} 200000 CNY proposal",
        f"/remind {HY} 给陈国栋送合同 4月27日上午10点",
    )
    reply = texts(chat.send("昆山宏远那个送合同的提醒删了吧，上午已经送过去了"))
    data = exported(app, admin)
    assert [r["text"] for r in data["reminders"] if r["status"] == "cancelled"] == ["给陈国栋送合同"], reply
    assert data["activities"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_cancelled_beside_a_visit_had_stays_news(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send("昆山宏远那个催合同的提醒取消，下午去了一趟见了陈国栋"))
    assert exported(app, admin)["activities"], reply


def test_a_word_that_starts_like_a_month_names_no_month() -> None:
    zone = ZoneInfo("America/Chicago")
    now = datetime(2029, 4, 26, 10, 20, tzinfo=zone)
    assert not read_reference("kill the board deck reminder", now=now, tz=zone).narrows
    assert read_reference("the december one", now=now, tz=zone).narrows


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "said"),
    [("Europe/Dublin", "remind me to ring dana at lakeview on 31/06", "There is no 31/06"),
     ("Asia/Shanghai", "提醒我6月31号给昆山宏远陈国栋打电话", "没有“6月31号”这一天")],
)  # fmt: skip
def test_a_day_its_month_lacks_is_asked_saying_so(app, admin, chat, clock, zone, text, said) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    if zone == "Asia/Shanghai":
        chat.send("/lang zh")
    reply = texts(chat.send(text))
    assert said in reply, reply
    assert exported(app, admin)["reminders"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_amount_below_one_is_asked_not_read_as_thousands(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    reply = texts(chat.send("lakeview freight 0.0004k"))
    assert "How much" in reply, reply
    assert {float(d["amount"]) for d in exported(app, admin)["deals"]} == {200000.0, 30000.0}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_cantonese_take_back_undoes_the_loss(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Hong_Kong")
    chat.send("昆山宏远嗰單冇咗")
    reply = texts(chat.send("sorry，當我冇講過，佢哋仲諗緊"))
    assert set(_stages(app, admin).values()) == {"proposal"}, reply
