"""Session 32 (i32-changes, issue 13): the kind of an interaction put right in a follow-up, a win taken
back with the stage the deal is really at, the right customer named while the first one is said to be as it
was, and reminders named by their day alone ("tuesday's reminder", "周五那个", "改 9点", "bin tomorrow's
reminder"). Messages in our own words over tests.support.worlds (Thu 2029-04-26 10:20)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


def _local(value: str, zone: str) -> str:
    return datetime.fromisoformat(value).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M")


def _kinds(app, admin) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "customer", "kind"),
    [("Europe/London", "met dana at lakeview freight about the rates",
      "it was over the phone really, not in person", LF, "call"),
     ("Europe/London", "met dana at lakeview freight about the rates",
      "zoom call actually, not face to face", LF, "meeting"),
     ("Asia/Shanghai", "今天去昆山宏远拜访了陈国栋", "其实是电话，不是上门", HY, "call"),
     ("Asia/Shanghai", "今天去昆山宏远拜访了陈国栋", "不是上门，是视频会议", HY, "meeting")],
)  # fmt: skip
def test_the_kind_of_the_interaction_just_logged_put_right(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, customer, kind
) -> None:
    two_customers(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    assert _kinds(app, admin) == [(customer, kind)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_second_interaction_is_no_kind_put_right(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Europe/London")
    chat.send("met dana at lakeview freight about the rates")
    reply = texts(chat.send(f"also had a call with 陈国栋 at {HY}"))
    assert _kinds(app, admin) == sorted([(LF, "visit"), (HY, "call")]), reply


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat, clock, zone, f"/deal {HY} 200000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


def _stages(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "stage"),
    [("Europe/London", "lakeview freight signed!", "hold on, not signed yet - still negotiating",
      "negotiation"),
     ("Europe/London", "lakeview freight signed!",
      "scratch that, they only said yes in principle, still in negotiation", "negotiation"),
     ("Asia/Shanghai", "Lakeview Freight 签了", "啊不是，还在议价", "negotiation"),
     ("Europe/London", "lakeview freight signed!", "scratch that, not signed yet", "proposal")],
)  # fmt: skip
def test_a_win_taken_back_with_the_stage_it_is_at(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, stage
) -> None:
    _deals(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    assert _stages(app, admin) == {HY: "proposal", LF: stage}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "stages"),
    [("Europe/London", "lakeview freight lost, budget cut",
      f"wrong one - it's {HY} we lost, lakeview's still live", {HY: "lost", LF: "proposal"}),
     ("Asia/Shanghai", "昆山宏远进谈判了", "不对，宏远早就在谈判了，我说的是Lakeview Freight",
      {HY: "proposal", LF: "negotiation"})],
)  # fmt: skip
def test_the_right_customer_while_the_first_is_said_as_it_was(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, stages
) -> None:
    _deals(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    assert _stages(app, admin) == stages, reply


def _reminders(app, admin, zone: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (r["customer"], _local(r["due_at"], zone), r["status"]) for r in exported(app, admin)["reminders"]
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "due", "status"),
    [("Europe/London", "move tuesday's reminder to wednesday, same time", "2029-05-02T10:00", "pending"),
     ("Europe/London", "bin tuesday's reminder", "2029-05-01T10:00", "cancelled"),
     ("Asia/Shanghai", "5月1号那个提醒改 9点", "2029-05-01T09:00", "pending")],
)  # fmt: skip
def test_a_reminder_named_by_its_day_alone(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, text, due, status
) -> None:
    two_customers(chat, clock, zone, f"/remind {LF} call Dana about the rates 1 May 10am")
    reply = texts(chat.send(text))
    assert _reminders(app, admin, zone) == [(LF, due, status)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_weekday_with_nothing_due_that_day_is_the_next_such_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/remind {HY} 5月4日上午10点 给陈国栋送样品")
    reply = texts(
        chat.send("周五那个提醒推到下午三点")
    )  # said on Thursday 26th: tomorrow has none, the 4th has
    assert _reminders(app, admin, "Asia/Shanghai") == [(HY, "2029-05-04T15:00", "pending")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_shift_by_days_where_two_reminders_fit_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Shanghai", f"/remind {HY} 5月7日上午10点 给陈国栋送样品",
        f"/remind {LF} 5月8日下午3点 call Dana",
    )  # fmt: skip
    chat.send("下周那个提醒推一天")
    assert _reminders(app, admin, "Asia/Shanghai") == sorted(
        [(HY, "2029-05-07T10:00", "pending"), (LF, "2029-05-08T15:00", "pending")]
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_deed_done_and_a_reminder_binned_by_its_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Europe/London", f"/remind {LF} call Dana about the rates 27 Apr 10am")
    reply = texts(chat.send("spoke to dana at lakeview already so kill tomorrow's reminder"))
    assert _kinds(app, admin) == [(LF, "call")], reply
    assert [r[2] for r in _reminders(app, admin, "Europe/London")] in (["done"], ["cancelled"]), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["my reminders tomorrow?", "reminders tmrw", "follow-ups friday?"])
def test_the_reminders_of_a_day_asked_in_few_words(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Europe/London", f"/remind {LF} call Dana about the rates 27 Apr 10am")
    reply = texts(chat.send(text))
    assert "call Dana about the rates" in reply
    assert [r[2] for r in _reminders(app, admin, "Europe/London")] == ["pending"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["how much is in my proposal stage", "how much have we got in proposal?"])
def test_the_deals_of_a_stage_asked_how_much(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Europe/London")
    reply = texts(chat.send(text))
    assert HY in reply and LF in reply, reply
    assert _stages(app, admin) == {HY: "proposal", LF: "proposal"}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_ringgit_figure_written_with_its_sign(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kuala_Lumpur", f"/deal {LF} 30000 MYR proposal")
    chat.send("lakeview freight now RM42k")
    reply = texts(chat.send("RM44k sorry"))
    (deal,) = exported(app, admin)["deals"]
    assert (float(deal["amount"]), deal["currency"]) == (44000, "MYR"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_deal_pulled_on_to_a_stage(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send("昆山宏远 deal 拉到 negotiation 了"))
    assert _stages(app, admin) == {HY: "negotiation", LF: "proposal"}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_my_mistake_leads_a_correction_of_the_customer(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Europe/London")
    chat.send("lakeview freight lost, budget cut")
    reply = texts(chat.send(f"my mistake, it's {HY} we lost - lakeview's still live"))
    assert _stages(app, admin) == {HY: "lost", LF: "proposal"}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "stage"),
    [("昆山宏远陈国栋刚刚盖好章", "won"), ("昆山宏远陈国栋说这周内盖章", "proposal"),
     ("昆山宏远的发票已经盖好章了", "proposal")],
)  # fmt: skip
def test_the_contract_stamped_by_its_signer_is_a_win(app, admin, chat, clock, text, stage) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    assert _stages(app, admin)[HY] == stage, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "kind"),
    [("had a call with dana at lakeview freight about the workshop", "call"),
     ("emailed dana at lakeview freight re the demo", "email")],
)  # fmt: skip
def test_what_the_talk_was_about_is_no_kind_of_it(app, admin, chat, clock, text, kind) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Europe/London")
    reply = texts(chat.send(text))
    assert _kinds(app, admin) == [(LF, kind)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("then", ["meeting was great actually", "it was a good call"])
def test_a_kind_said_with_news_puts_no_kind_right(app, admin, chat, clock, then) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Europe/London")
    chat.send("called dana at lakeview freight about the rates")
    texts(chat.send(then))
    assert (LF, "call") in _kinds(app, admin)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_another_customer_said_while_which_one_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(
        chat,
        clock,
        "Asia/Shanghai",
    )
    chat.send("/customer add Lakeview Foods")
    chat.send("/deal Lakeview Foods 10000 CNY proposal")
    asked = texts(chat.send("lakeview 进谈判了"))
    reply = texts(chat.send("不对，是昆山宏远"))
    assert _stages(app, admin) == {HY: "negotiation", LF: "proposal", "Lakeview Foods": "proposal"}, (
        asked,
        reply,
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "then", "close"),
    [("昆山宏远 close date 6月30 改成 5月31", "sorry, 是 5月20", "2029-05-20"),
     ("昆山宏远 close date 改成 5月31", "sorry, 是 5月20", "2029-05-20")],
)  # fmt: skip
def test_a_day_put_right_after_a_day_changed_replaces_the_new_one(
    app, admin, chat, clock, first, then, close
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Shanghai")
    chat.send(first)
    reply = texts(chat.send(then))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == HY]
    assert deal["expected_close"] == close, reply
