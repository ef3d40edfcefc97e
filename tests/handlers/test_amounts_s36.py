"""Amounts that are no deal value yet, and the same figures said plainly, read by i36-amounts (session 36,
issue 13). Own wordings, not an evaluation set's; the clock is Thu 2029-04-26 10:20 local.

What the reader took as certain, and the property of the words that should have made it doubt (or, for a
figure said plainly, the doubt that fired wrongly):

- a price per thing times how many things: the count is any number with what it counts (an English noun
  phrase ending in a plural noun, a Chinese measure word after digits or Chinese numerals), the price per
  thing is marked after it ("each", "apiece", "per printer", "a piece"), before it ("单价", "每套", "一套"
  first in its clause) or by "@" / "x" right after the count; with no count, or two, it is asked;
- a figure that is the value of a limit or a goal of theirs ("a 28k ceiling", "walk-away number is 27k",
  "心理价位是二十八万", "…, that's their target") is not our price;
- a share, a multiple or a match of a figure the message does not give ("two thirds of what we quoted",
  "match whatever X paid", "按合同的一半来") leaves the value open;
- a figure guessed with a 吧 after a space, still being worked out ("还在核算", "still crunching the
  numbers") or not finalised is not yet the value;
- a figure whose currency the message says is not known ("the currency isn't stated", "币种没写");
- the parts said to be taken as one ("一期二期一起签", "总金额…") are the deal's whole amount, not a new
  deal; a settling word with a thing chosen after it ("定了四台") is a choice, not a win.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")


ASKED = [
    # a price of one thing, no count
    (SH, "昆山宏远 一套报五万二，陈总还没说要几套"),
    (CHI, "lakeview freight quoted 2,500 for each dock scanner"),
    # a limit or a goal of theirs
    (CHI, "lakeview freight has a 28k ceiling on this"),
    (CHI, "lakeview freight - dana's walk-away number is 27k"),
    (CHI, "lakeview freight wants us at 27k, that's their target"),
    (SH, "昆山宏远 陈总的心理价位是二十八万"),
    # a share, a multiple or a match of a figure not given
    (CHI, "dana wants to pay two thirds of what we quoted"),
    (CHI, "lakeview freight: make it match whatever northgate paid"),
    (CHI, "lakeview freight wants 15% shaved off"),
    (SH, "昆山宏远 陈总说按合同的一半来"),
    # a guess, or a figure still worked out
    (SH, "昆山宏远 金额三十二万 吧"),
    (SH, "昆山宏远 金额三十二万，陈总还在核算"),
    (CHI, "lakeview freight around 32k, dana hasn't finalised it"),
    (CHI, "lakeview freight about 32k, they're still crunching the numbers"),
    # the currency not known
    (CHI, "lakeview freight PO is 32,000 but the currency isn't stated"),
    (SH, "昆山宏远 合同金额三十二万，币种没写"),
    # the same figure as another's, not said
    (CHI, "lakeview freight wants the same deal size as northgate's"),
    (CHI, "lakeview freight wants what northgate got"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_an_amount_that_is_no_value_yet_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


STORED = [
    # a price per thing times the count said
    (CHI, "lakeview freight takes 14 dock scanners at $2,500 each", LF, "35000"),
    (CHI, "lakeview freight: 16 label printers @ 2,200", LF, "35200"),
    (CHI, "lakeview freight wants nine pallet wrappers at $4,000 a piece", LF, "36000"),
    (SH, "昆山宏远 陈总要六套，一套五万二", HY, "312000"),
    (SH, "昆山宏远 订了八台 单价四万", HY, "320000"),
    # the figure said plainly beside the share or the limit
    (CHI, "dana wants to pay two thirds of what we quoted, so 20k", LF, "20000"),
    (CHI, "lakeview freight: we settled at 28k", LF, "28000"),
    (CHI, "lakeview freight PO is USD 32,000", LF, "32000"),
    (SH, "昆山宏远 金额三十二万，陈总已经确认", HY, "320000"),
    # the parts taken as one, and a thing chosen, are the deal's own amount (no new deal, no win)
    (SH, "昆山宏远 一期二期一起签 总金额三十五万", HY, "350000"),
    (SH, "昆山宏远 陈总定了四台 金额改三十二万", HY, "320000"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text", "customer", "amount"), STORED)
def test_the_figure_said_plainly_is_stored(app, admin, chat, clock, zone, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert [str(d["amount"]).split(".")[0] for d in deals] == [amount], replies
    assert [d["status"] for d in deals] == ["open"], replies
