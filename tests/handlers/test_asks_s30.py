"""Must-asks read by i30-asks (session 30, issue 13). Own wordings, not an evaluation set's; the clock is Thu
2029-04-26 10:20 local.

- A value hedged by a word the reader did not take as a hedge: German inside English ("vielleicht",
  "wahrscheinlich", "eher", "könnte … werden", "wären's") and a Chinese "should" with how soon said between
  it and its verb ("应该马上就会进入谈判阶段"): asked, nothing stored. Twins said firmly are stored.
- The deal's size said, with a doubt, to change by a factor and no figure ("might double the order",
  "单子可能翻倍"), also beside a logged call or visit: how much is asked, nothing stored (not even the call).
  The twin with the figure stores the call and the amount.
- An outcome or a stage said as the thing to set, with a question mark ("Lakeview to lost?", "mark … as
  won?", "改成赢单？", "轉做negotiation？"): whether to is asked, neither stored nor answered with the card.
  Said without the question mark it is stored ("lakeview freight to won", "入咗proposal").
- A win said in German inside English ("hat unterschrieben") or in Cantonese ("PO 收咗") is stored; not
  when it is not yet ("noch nicht", "soll … unterschrieben werden"), asked ("收咗未？") or said of a part
  ("signed off the revised layout, deal is 33k now": the amount, no win).
- A part of the deal dropped ("二期先不做了", "phase 2 is cancelled") is no loss of the deal: how much it is
  now is asked; with the new figure the amount is stored.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Europe/Berlin", "Lakeview Freight budget vielleicht 40k, Dana was vague"),
     ("Europe/Berlin", "Lakeview: Dana meint, es wird wahrscheinlich 34k"),
     ("Europe/Berlin", "lakeview freight könnte 36k werden"),
     ("Europe/Berlin", "call with Dana at Lakeview, if they add the second depot dann wären's eher 45k"),
     ("Asia/Shanghai", "昆山宏远应该马上就会进入谈判阶段"),
     ("Asia/Shanghai", "昆山宏远那单应该很快能涨到35万")],
)  # fmt: skip
def test_a_value_hedged_in_words_the_reader_missed_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "field", "value"),
    [("Europe/Berlin", "Lakeview Freight jetzt 34k, Dana confirmed", LF, "amount", "34000"),
     ("Asia/Shanghai", "昆山宏远已经进入谈判阶段", HY, "stage", "negotiation"),
     ("Asia/Shanghai", "昆山宏远那单应该是35万，之前记错了", HY, "amount", "350000")],
)  # fmt: skip
def test_the_firm_twin_is_stored(app, admin, chat, clock, zone, text, customer, field, value) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    stored = Decimal(deal[field]) == Decimal(value) if field == "amount" else deal[field] == value
    assert stored, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "called Dana at Lakeview, they might double the order"),
     ("America/Chicago", "met Dana at Lakeview Freight today, she thinks they could halve the budget"),
     ("Asia/Shanghai", "今天见了昆山宏远陈国栋，他说单子可能翻倍"),
     ("Asia/Shanghai", "跟陈国栋开了会，昆山宏远的预算可能要砍一半")],
)  # fmt: skip
def test_a_doubted_change_by_a_factor_is_asked_beside_a_log(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [("America/Chicago", "called Dana at Lakeview, the order is 60k now", LF, 60_000),
     ("Asia/Shanghai", "今天见了昆山宏远陈国栋，单子加到60万", HY, 600_000)],
)  # fmt: skip
def test_the_twin_with_its_figure_is_stored(app, admin, chat, clock, zone, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    (deal,) = [d for d in data["deals"] if d["customer"] == customer]
    assert Decimal(deal["amount"]) == amount, replies
    assert [a for a in data["activities"] if a["customer"] == customer], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "Lakeview to lost?"),
     ("America/Chicago", "lakeview freight to won?"),
     ("America/Chicago", "mark lakeview freight as lost?"),
     ("Asia/Shanghai", "昆山宏远改成赢单？"),
     ("Asia/Shanghai", "昆山宏远轉做negotiation？")],
)  # fmt: skip
def test_a_stage_to_set_with_a_question_mark_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "Open deals" not in replies and "进行中的商机" not in replies, replies  # no card


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "stage"),
    [("America/Chicago", "lakeview freight to won", LF, "won"),
     ("Asia/Shanghai", "昆山宏远改成赢单", HY, "won"),
     ("Asia/Shanghai", "昆山宏远入咗negotiation", HY, "negotiation"),
     ("Asia/Shanghai", "昆山宏远轉做negotiation", HY, "negotiation")],
)  # fmt: skip
def test_said_without_it_it_is_stored(app, admin, chat, clock, zone, text, customer, stage) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] == stage, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "stage"),
    [("Europe/Berlin", "Lakeview Freight hat heute unterschrieben", LF, "won"),
     ("Europe/Berlin", "Lakeview: Dana hat den Vertrag unterschrieben, 30k", LF, "won"),
     ("Asia/Hong_Kong", "昆山宏远 PO 收咗", HY, "won"),
     ("Asia/Hong_Kong", "昆山宏远收咗PO喇", HY, "won"),
     ("America/Chicago", "Lakeview: Dana signed off the contract", LF, "won")],
)  # fmt: skip
def test_a_win_in_german_or_cantonese(app, admin, chat, clock, zone, text, customer, stage) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] == stage, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [("Europe/Berlin", "Lakeview Freight hat noch nicht unterschrieben", LF),
     ("Europe/Berlin", "Lakeview: der Vertrag soll morgen unterschrieben werden", LF),
     ("Asia/Hong_Kong", "昆山宏远 PO 收咗未？", HY),
     ("America/Chicago", "Lakeview: Dana signed off the revised layout, deal is 33k now", LF)],
)  # fmt: skip
def test_no_win_when_not_yet_asked_or_a_part(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] != "won", replies
    if "33k" in text:
        assert Decimal(deal["amount"]) == 33_000, replies  # the part signed off, the deal's new value stored


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远只做一期，二期先不做了"),
     ("America/Chicago", "Lakeview: phase 2 is cancelled, they keep phase 1")],
)  # fmt: skip
def test_a_part_of_the_deal_dropped_is_no_loss(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_part_dropped_with_the_new_figure_changes_the_amount(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "Asia/Shanghai")
    replies = texts(chat.send("昆山宏远二期不做了，金额改成25万"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == HY]
    assert deal["stage"] == "proposal" and Decimal(deal["amount"]) == 250_000, replies
