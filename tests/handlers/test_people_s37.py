"""Deal records read by i37-people (session 37, issue 13). Own wordings, not an evaluation set's; the clock
is Thu 2029-04-26 10:20 local.

What the reader took as certain, and the property that should have made it doubt (or, for a change said
plainly, the doubt that fired wrongly):

- an amount said only as a quote ("quoted them 26k", "估价 27万", "报了个价") for a customer whose open deal
  has another figure may be that deal's new figure or a second deal's: asked (change it, or a new deal?).
  Said as the deal's own quote (revised, requoted, in the old one's place, settled, 重新报价, 作废) it is
  that deal's; said as another (separate, 另外) it is a new deal;
- a stage the deal moves to once something still to happen has happened ("once their CFO signs off",
  "as soon as legal clears it", "等…之后") is a condition, not a move; the approval said as done beside a
  move ("into negotiation, the board signed off") is why the deal moved, not a win;
- a deal named by a word of its title in the singular or the plural ("the scanner close" of the "dock
  scanners" deal) is that deal.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str, *more: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal", *more
    )


ASKED = [
    # a figure said only as a quote, next to the deal's own figure
    (CHI, "lakeview freight quoted them 26k"),
    (CHI, "Lakeview Freight: 27.5k quote out to dana today"),
    (SH, "昆山宏远 报了个价 28万"),
    (SH, "昆山宏远估价 27万"),
    # a move on a condition still to happen
    (CHI, "lakeview freight into negotiation as soon as their CFO signs"),
    (CHI, "lakeview freight goes to negotiation once the finance people approve it"),
    (SH, "昆山宏远 等陈总签字之后进入谈判阶段"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_quote_or_a_condition_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


UPDATED = [
    # the deal's own quote, said so
    (CHI, "lakeview freight revised quote 26k", LF, "26000"),
    (CHI, "lakeview freight: 26k requote, it replaces the earlier number", LF, "26000"),
    (SH, "昆山宏远 重新报价 28万", HY, "280000"),
    (SH, "昆山宏远 报价28万，之前那个作废", HY, "280000"),
    (SH, "昆山宏远 报价改成28万", HY, "280000"),
    (CHI, "lakeview freight final quote 26k", LF, "26000"),
    # no figure before: the quote is the deal's first figure
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text", "customer", "amount"), UPDATED)
def test_the_deals_own_quote_changes_it(app, admin, chat, clock, zone, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    after = exported(app, admin)
    deals = [d for d in after["deals"] if d["customer"] == customer]
    assert [str(d["amount"]).split(".")[0] for d in deals] == [amount], replies
    assert all(r["status"] == "pending" for r in after["reminders"]), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_old_figure_voided_is_no_reminder_cancelled(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH, f"/remind {HY} 下周一去昆山见陈总")
    replies = texts(chat.send("昆山宏远 价格调到28万 原先那个就作废了"))
    after = exported(app, admin)
    amounts = [str(d["amount"]).split(".")[0] for d in after["deals"] if d["customer"] == HY]
    assert amounts == ["280000"], replies
    assert [r["status"] for r in after["reminders"]] == ["pending"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_separate_quote_is_a_new_deal(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI)
    replies = texts(chat.send("lakeview freight separate quote 12k for the cold store"))
    deals = sorted(
        str(d["amount"]).split(".")[0] for d in exported(app, admin)["deals"] if d["customer"] == LF
    )
    assert deals == ["12000", "30000"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_quote_for_a_deal_with_no_figure_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHI, f"/deal {LF} proposal")
    replies = texts(chat.send("lakeview freight quoted them 26k"))
    deals = [str(d["amount"]).split(".")[0] for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert deals == ["26000"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_approval_beside_a_move_is_no_win(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI)
    replies = texts(chat.send("lakeview freight into negotiation, their CFO signed off"))
    deals = [(d["stage"], d["status"]) for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert deals == [("negotiation", "open")], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_deal_named_by_its_title_word_in_the_singular(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHI, f"/deal {LF} 30000 USD proposal", f"/edit deal {LF}: title=dock scanners")
    chat.send(f"{LF} new deal: support plan, 8000 USD")
    deals = exported(app, admin)["deals"]
    assert sorted(d["title"] for d in deals) == ["dock scanners", "support plan"], deals
    replies = texts(chat.send("lakeview freight wants the scanner close moved to 6/30"))
    closes = {d["title"]: d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"] == LF}
    assert "2029-06-30" in str(closes.get("dock scanners")), (replies, deals, closes)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_note_waits_with_the_deal_it_asks_about(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 300000 CNY proposal", f"/edit deal {HY}: title=贴标机")
    chat.send(f"{HY} 新商机：维保合同，5万")
    before = exported(app, admin)
    assert len([d for d in before["deals"] if d["customer"] == HY]) == 2, before["deals"]
    replies = texts(chat.send("昆山宏远 国栋说结单日期定在下个月15号"))
    asked_and_nothing_stored(app, admin, before, replies)
    answered = texts(chat.send("1"))
    after = exported(app, admin)
    closes = [d["expected_close"] for d in after["deals"] if d["customer"] == HY]
    assert sum("2029-05-15" in str(c) for c in closes) == 1, (replies, answered, closes)
    assert len(after["activities"]) == len(before["activities"]) + 1, (replies, answered)
