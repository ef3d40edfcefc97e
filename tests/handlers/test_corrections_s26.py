"""Corrections after a reminder change, and the answer to "which customer?" that also puts a value right
(i26-changes). Own wordings; the clock is Thu 2029-04-26 10:20 local.

- "不对，是5月10号，时间不变" / "no wait, may 4, same time" / "sorry, 10 May, still 2pm" right after a
  reminder was moved: the move is undone and made again to the day said (a reminder change is
  remembered like any stored message).
- "是张家港宏远的陈总，时间改成下午四点" right after "提醒我明天上午给陈总打电话" was asked which customer: a
  new reminder for that customer at the corrected time, not a move of that customer's own reminder.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/remind {HY} 给陈国栋打电话确认合同 5月9日下午2点",
        f"/remind {LF} call Dana about the rates 30 Apr 11am",
    )


def _due(app, admin, customer: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(
        r["due_at"]
        for r in exported(app, admin)["reminders"]
        if r["customer"] == customer and r["status"] == "pending"
    )


@pytest.mark.parametrize(
    ("zone", "move", "fix", "customer", "due"),
    [("Asia/Shanghai", "昆山宏远那个提醒改到5月11号", "不对，是5月10号，时间不变", HY, "05-10T06"),
     ("Asia/Shanghai", "昆山宏远那个电话提醒推到五月十一号", "说错了 五月十号 还是下午两点", HY, "05-10T06"),
     ("America/Chicago", "push the lakeview reminder to may 3", "no wait, may 4, same time", LF, "05-04T16"),
     ("America/Chicago", "move the lakeview call to 9 May", "sorry, 10 May, still 11am", LF, "05-10T16")],
)  # fmt: skip
def test_a_reminder_move_put_right_moves_it_again(
    app, admin, chat, clock, zone, move, fix, customer, due
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    chat.send(move)
    reply = texts(chat.send(fix))
    assert _due(app, admin, customer) == [f"2029-{due}:00:00+00:00"], reply


def test_the_answer_to_which_customer_with_a_new_time_sets_the_reminder(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    chat.send("/customer add 宁波宏远贸易有限公司")
    chat.send("/contact add 宁波宏远贸易有限公司: 陈立, title=经理")
    asked = texts(chat.send("提醒我明天上午给陈总打电话"))
    reply = texts(chat.send("是昆山宏远的陈总，时间改成下午四点"))
    assert _due(app, admin, HY) == ["2029-04-27T08:00:00+00:00", "2029-05-09T06:00:00+00:00"], (asked, reply)


@pytest.mark.parametrize(
    ("first", "fix", "kinds"),
    [("给陈国栋打了电话", "刚才说错了 是当面去昆山拜访的", {"visit", "meeting"}),
     ("跟陈国栋打了个电话", "不对，是去昆山当面见的", {"visit", "meeting"})],
)  # fmt: skip
def test_the_kind_put_right_by_how_it_happened(app, admin, chat, clock, first, fix, kinds) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    chat.send(first)
    reply = texts(chat.send(fix))
    activities = exported(app, admin)["activities"]
    assert len(activities) == 1 and activities[0]["kind"] in kinds, reply
    assert activities[0]["contact"] == "陈国栋", reply


@pytest.mark.parametrize(
    ("first", "added"),
    [("met Dana at Lakeview Freight this morning", "oh and Sam Ortiz was there too, he signs the POs"),
     ("visited lakeview freight with dana", "sam ortiz joined us as well"),
     ("今天去昆山宏远拜访了陈国栋", "对了王芳也在")],
)  # fmt: skip
def test_someone_who_was_there_too_is_no_second_activity(app, admin, chat, clock, first, added) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    chat.send(f"/contact add {LF}: Sam Ortiz, title=CFO")
    chat.send(f"/contact add {HY}: 王芳, title=采购")
    chat.send(first)
    reply = texts(chat.send(added))
    assert len(exported(app, admin)["activities"]) == 1, reply


@pytest.mark.parametrize(
    ("text", "logged"),
    [("lakeview reminder done, dana already sent the rate sheet", 0),
     ("昆山宏远那个提醒完成了，陈国栋已经把合同发过来了", 0),
     ("lakeview reminder done, I already sent dana the rate sheet", 1)],  # our own e-mail may be logged
)  # fmt: skip
def test_a_reminder_done_because_their_contact_did_it_logs_nothing(
    app, admin, chat, clock, text, logged
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]].count("done") == 1, reply
    assert len(data["activities"]) <= logged, reply


@pytest.mark.parametrize(
    ("first", "fix", "amount"),
    [("昆山宏远金额改成30,000", "Not 30,000. 33,000 please", "33000"),
     ("Lakeview Freight updated to 23,000", "Not 23,000 - 24,500 please", "24500")],
)  # fmt: skip
def test_an_amount_put_right_with_its_thousands_commas(app, admin, chat, clock, first, fix, amount) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Shanghai")
    chat.send(f"/deal {HY} 20000 CNY proposal")
    chat.send(f"/deal {LF} 20000 CNY proposal")
    chat.send(first)
    reply = texts(chat.send(fix))
    assert amount in [str(int(float(d["amount"]))) for d in exported(app, admin)["deals"]], reply


@pytest.mark.parametrize(
    ("first", "fix"),
    [("昆山宏远 deal 改去 negotiation", "唔係 negotiation, stage 唔變, amount 改做 25萬"),
     ("昆山宏远入咗談判", "唔係，stage 冇變，價錢改咗做二十五萬")],
)  # fmt: skip
def test_a_stage_taken_back_and_the_amount_set_instead(app, admin, chat, clock, first, fix) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, "Asia/Hong_Kong")
    chat.send(f"/deal {HY} 200000 HKD proposal")
    chat.send(first)
    reply = texts(chat.send(fix))
    (deal,) = exported(app, admin)["deals"]
    assert (deal["stage"], int(float(deal["amount"]))) == ("proposal", 250000), reply
