"""Silent wrong writes read by i33-asks (session 33, issue 13). Own wordings, not an evaluation set's; the
clock is Thu 2029-04-26 10:20 local.

What the reader took as certain, and the property of the words that should have made it doubt:

- a change said with no new value ("revise the X number", "push the X close date", "结案日期要往后延", "quoted
  without the training, redo it", "去掉运费重新报价"): to what? asked, no note keeps it;
- a figure said roughly (大概/大约 before it, 上下/左右/来万 after it) in a sentence of what is wished or
  still to come ("想改成美元付，大概四万美元", "大概会压到二十五万左右"): asked;
- a month's price with no term ("1.5k a month", "每月两万"), and the first phase's price with a later phase
  left open ("一期12万，二期等明年再说"): not the deal's value, asked;
- a quarter guessed ("估计四季度吧") as the close, a stage left to someone's word ("看陈总下周怎么说"): asked;
- a saying denied ("I wouldn't call X lost", "也不能说X就丢了"): no loss;
- a goal ("aim is to get X up to 40k", "目标是把X做到35万") or a budget for a whole of which we are one piece:
  no amount;
- a step of ours toward a 陈总 whose family name contacts of two customers have ("改天约一下陈总"): which
  customer is asked, not "didn't catch that".

The twins said firmly are stored.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str, *more: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == SH else "USD"
    two_customers(
        chat,
        clock,
        zone,
        f"/deal {HY} 300000 {currency} proposal",
        f"/deal {LF} 30000 {currency} proposal",
        *more,
    )


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    return deal


ASKED = [
    # a change with no value
    (CHI, "need to revise the lakeview freight number"),
    (CHI, "push the lakeview freight close date"),
    (CHI, "lakeview freight want it quoted without the training, redo it"),
    (SH, "昆山宏远的结案日期要往后延"),
    (SH, "昆山宏远要去掉运费重新报价"),
    # a rough figure of a change wished or to come
    (SH, "昆山宏远想改成美元付，大概四万美元"),
    (SH, "昆山宏远大概会压到二十五万左右"),
    (SH, "昆山宏远价格估计得压到二十来万"),
    # a month's price, a first phase's price
    (CHI, "lakeview freight would rather pay 1.5k a month"),
    (SH, "昆山宏远想按月付，每月两万"),
    (SH, "昆山宏远一期12万，二期等明年再说"),
    (SH, "昆山宏远想按季付，每季三万"),
    (SH, "昆山宏远第一批先做10万，剩下的看效果"),
    (SH, "昆山宏远估摸着能到二十万上下"),
    (CHI, "lakeview freight phase one is 12k, the rest we'll see next year"),
    # a quarter guessed, a stage left to someone's word
    (SH, "昆山宏远签约估计四季度吧"),
    (SH, "昆山宏远进谈判还是留在方案，看陈总下周怎么说"),
    # a goal, a budget for a whole
    (CHI, "aim is to get lakeview freight up to 40k"),
    (SH, "目标是把昆山宏远做到35万"),
    (CHI, "lakeview freight's board approved 90k for the whole upgrade, we're just one piece of it"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_value_not_said_as_the_deals_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [(CHI, "I wouldn't call lakeview freight lost", LF),
     (CHI, "can't say lakeview freight is dead, not yet", LF),
     (SH, "也不能说昆山宏远就丢了", HY)],
)  # fmt: skip
def test_a_loss_under_a_denied_saying_is_no_loss(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    assert _deal(app, admin, customer)["stage"] == "proposal", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_rough_figure_of_a_reopen_wished_keeps_the_deal_lost(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH, f"/lost {HY} 价格")
    replies = texts(chat.send("昆山宏远陈国栋想重新谈，大约二十万上下"))
    assert _deal(app, admin, HY)["stage"] == "lost", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "field", "value"),
    [(CHI, "change the lakeview freight number to 35k", LF, "amount", "35000"),
     (SH, "昆山宏远改成美元付，四万美元", HY, "amount", "40000"),
     (SH, "昆山宏远压到25万了", HY, "amount", "250000"),
     (CHI, "lakeview freight goes monthly, 1.5k a month for 24 months", LF, "amount", "36000"),
     (SH, "昆山宏远二期取消了，只做一期，12万", HY, "amount", "120000"),
     (SH, "昆山宏远签约定在四季度末", HY, "expected_close", "2029-12-31"),
     (SH, "昆山宏远进谈判了", HY, "stage", "negotiation"),
     (CHI, "got lakeview freight up to 40k", LF, "amount", "40000")],
)  # fmt: skip
def test_the_same_said_firmly_is_stored(app, admin, chat, clock, zone, text, customer, field, value) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    got = [str(d[field]).split(".")[0] if field == "amount" else str(d[field]) for d in deals]
    assert value in got, replies  # (the first phase kept alone may be a deal of its own: stored either way)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["改天约一下陈总", "约一下陈总"])
def test_a_family_name_of_contacts_at_two_customers_asks_which(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH, f"/contact add {LF}: 陈志明, title=总经理")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))
