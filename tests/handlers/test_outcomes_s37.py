"""Outcomes, reminders and corrections read by i37-outcomes (session 37, issue 13), as properties of the
words, in wordings of our own (no evaluation set's); the clock is Thu 2029-04-26 10:20 local.

What made the reader certain, and what should have made it doubt (or be sure):

- a value put right after a message that gave values of that kind to two customers: the customer the fix
  names by a part of how the message wrote it gets it ("不对，宏远是30万"); naming none ("sorry, one of them
  should be 40k", "打错了，应该是30"), the value could fix either: the message is undone and which is asked;
- "remind <a colleague> to …": a reminder is its user's own, so whose it is to be is asked; a reminder at a
  customer a colleague looks after asks first, saying whose the customer is;
- a yes short of the deal won (a verbal yes, agreed in principle, a letter of intent, the PO still to come,
  a trial agreed, the quote found fine, "稳了"), a win said of a part ("signed for one of the three
  plants", "只签了一半") or said not to be official yet: asked, never stored as won; they chose us, said as
  done ("went with us, contract signed", "这单是我们的了"), is won.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleChat
from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _amounts(chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 30000 USD proposal")


def _deal_amounts(app, admin) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {d["customer"]: int(d["amount"]) for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix", "want"),
    [("宏远金额改成25万，lakeview freight 改成 35k", "不对，宏远是30万", {HY: 300000, LF: 35000}),
     ("宏远金额改成25万，lakeview freight 改成 35k", "打错了 lakeview 应该是 38k", {HY: 250000, LF: 38000}),
     ("lakeview freight now 35k, 宏远 25万", "oops, lakeview should be 36k", {HY: 250000, LF: 36000})],
)  # fmt: skip
def test_a_fix_naming_one_of_two_customers_puts_right_its_value_only(
    app, admin, chat, clock, first, fix, want
) -> None:  # type: ignore[no-untyped-def]
    _amounts(chat, clock)
    chat.send(first)
    replies = texts(chat.send(fix))
    assert _deal_amounts(app, admin) == want, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix"),
    [("宏远金额改成25万，lakeview freight 改成 35k", "打错了，应该是30"),
     ("lakeview freight now 35k, 宏远 25万", "sorry, one of them should be 40"),
     ("宏远金额改成25万，lakeview freight 改成 35k", "更正 其中一个是28")],
)  # fmt: skip
def test_a_fix_naming_neither_customer_undoes_and_asks_which(app, admin, chat, clock, first, fix) -> None:  # type: ignore[no-untyped-def]
    _amounts(chat, clock)
    stored = texts(chat.send(first))
    assert _deal_amounts(app, admin) == {HY: 250000, LF: 35000}, stored  # the first message is stored
    replies = texts(chat.send(fix))
    assert "?" in replies and _deal_amounts(app, admin) == {HY: 200000, LF: 30000}, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["remind Sam to chase the signed NDA from Lakeview Freight tomorrow",
     "pls remind sam about the lakeview freight samples on friday"],
)  # fmt: skip
def test_a_reminder_for_a_colleague_is_asked(app, admin, add_user, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    add_user("Sam Ortiz")
    two_customers(chat, clock, CHI)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "Sam" in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_chinese_reminder_for_a_colleague_by_family_name_is_asked(
    app, admin, add_user, chat, clock
) -> None:  # type: ignore[no-untyped-def]
    add_user("王海波", locale="zh")
    two_customers(chat, clock, SH)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("提醒小王后天把宏远的样品寄出去")))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_my_own_reminder_naming_a_contact_is_stored(app, admin, add_user, chat, clock) -> None:  # type: ignore[no-untyped-def]
    add_user("Sam Ortiz")
    two_customers(chat, clock, CHI)
    replies = texts(chat.send("remind me to send Dana at Lakeview Freight the rate sheet tomorrow"))
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2029-04-27"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_at_a_colleagues_customer_is_asked(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    sam, kim = add_user("Sam", timezone=CHI), add_user("Kim", timezone=CHI)
    sams = ConsoleChat(app.assistant, sam.id)
    two_customers(sams, clock, CHI)
    kims = ConsoleChat(app.assistant, kim.id)
    kims.send(f"/tz {CHI}")
    before = exported(app, admin)
    replies = texts(kims.send("remind me to drop the brochure at lakeview freight on friday"))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "Sam" in replies, replies
    mine = texts(sams.send("remind me to drop the brochure at lakeview freight on friday"))
    assert len(exported(app, admin)["reminders"]) == 1, mine


ASKED = [
    (CHI, "lakeview freight gave us a verbal ok, paperwork whenever"),
    (CHI, "lakeview freight agreed in principle"),
    (CHI, "lakeview freight sent a letter of intent for the fleet tracking"),
    (CHI, "lakeview freight: PO to follow next month"),
    (CHI, "lakeview freight agreed to a pilot at the Joliet depot"),
    (CHI, "lakeview freight signed for one of the three depots, the others still undecided"),
    (CHI, "heard lakeview freight went with us but it's not official"),
    (SH, "宏远陈总口头答应了，合同还没发过来"),
    (SH, "宏远同意先试用两台看看"),
    (SH, "宏远只签了一半，剩下的明年再说"),
    (SH, "宏远这单稳了"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_yes_short_of_a_win_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [(CHI, "lakeview freight went with us, contract signed", LF),
     (CHI, "lakeview freight signed for all three depots", LF),
     (SH, "宏远董事会批了，这单是我们的了", HY)],
)  # fmt: skip
def test_a_win_said_as_done_is_stored(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    replies = texts(chat.send(text))
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages[customer] == "won", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_quote_found_fine_with_the_stage_said_moves_the_stage(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal")
    replies = texts(chat.send("宏远陈总说报价没问题，进入谈判"))
    [deal] = exported(app, admin)["deals"]
    assert deal["stage"] == "negotiation", replies


RATES = f"/remind {LF} call Dana about the rates 30 Apr 3pm"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "reminder", "text", "status"),
    [(CHI, RATES, "cancel the rates call reminder with Dana, all sorted", "cancelled"),
     (SH, f"/remind {HY} 4月30日下午3点 给陈国栋打电话", "取消给陈国栋打电话的提醒，已经搞定了", "cancelled"),
     (CHI, RATES, "the rates call reminder with Dana is done", "done")],
)  # fmt: skip
def test_a_cancel_asked_for_stays_a_cancel_whatever_reason_follows(
    app, admin, chat, clock, zone, reminder, text, status
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, reminder)
    replies = texts(chat.send(text))
    assert [r["status"] for r in exported(app, admin)["reminders"]] == [status], replies
