"""Silent wrong writes read by i34-asks (session 34, issue 13). Own wordings, not an evaluation set's; the
clock is Thu 2029-04-26 10:20 local.

What the reader took as certain, and the property of the words that should have made it doubt:

- their budget or a sum they set aside ("has 25k earmarked for…", "预算批了四十万", "budget 35万左右, 不是我们
  的报价") on a deal with its amount: their money, not our price;
- news said mockingly ("yeah right, X signs monday 🙄", "呵呵，…月底签，鬼才信"): the writer believes the
  opposite;
- a saying denied both ways ("not saying X is gone, not saying it isn't", "不是说X不签，也没说一定签");
- a discount they ask for with nothing else told ("X is after 12% off", "要我们打个九折");
- a figure given as a span of bare numbers ("报了个数，30到35之间") or roughly and not pinned down ("大概
  三十万左右吧，陈总还没说死");
- the stage to be changed with no stage ("fix the stage for X", "X的阶段得改"), a close moved to next
  quarter or said as a week ("推到下个季度", "说下周签"): which stage, which day?
- the other customer of a kind ("the other freight one wants a call"), news from a contact who has left
  told beside a current one, a meeting or a move with nobody named ("下周二见", "they moved the pilot to
  June"): who?

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


ASKED = [
    # their budget, not our price
    (CHI, "lakeview freight has roughly 25k earmarked for routing software this year"),
    (CHI, "lakeview freight budgeted 45k for the whole thing in 2029"),
    (SH, "昆山宏远今年这方面预算批了四十万"),
    (SH, "昆山宏远预算批下来了，四十万"),
    (SH, "昆山宏远 budget 35万左右, 不是我们的报价"),
    (CHI, "lakeview freight has 20k to spend this year"),
    # said mockingly
    (CHI, "yeah right, lakeview freight signs monday 🙄"),
    (SH, "呵呵，昆山宏远说月底签，鬼才信"),
    # a saying denied both ways
    (CHI, "not saying lakeview freight is gone, just not saying it isn't"),
    (SH, "不是说昆山宏远不签，也没说一定签"),
    # a discount asked for, nothing else told
    (CHI, "lakeview freight is after 12% off"),
    (SH, "昆山宏远要我们打个九折"),
    (CHI, "lakeview freight wants us to shave 8% off"),
    # a span of bare numbers, a rough figure not pinned down
    (SH, "昆山宏远报了个数，30到35之间"),
    (SH, "昆山宏远大概三十万左右吧，陈总还没说死"),
    # no stage, a quarter or a week for a day
    (CHI, "fix the stage for lakeview freight"),
    (SH, "昆山宏远的阶段得改"),
    (SH, "昆山宏远推到下个季度了"),
    (CHI, "lakeview freight slipped to next quarter"),
    (SH, "昆山宏远陈国栋来电话，说下周签"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_value_the_words_doubt_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(CHI, "the other freight one wants a call monday"),
     (SH, "下周二见，地方还没定"),
     (CHI, "they moved the pilot to june")],
)  # fmt: skip
def test_who_is_asked_when_nobody_is_named(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_news_of_a_contact_who_left_beside_a_current_one_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI, f"/contact add {LF}: Omar Reyes, title=Planner", f"/left Dana Price at {LF}")
    before = exported(app, admin)
    asked_and_nothing_stored(
        app,
        admin,
        before,
        texts(chat.send("lakeview freight: Omar wants a quote for 3 trucks, and Dana says they'll sign")),
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "field", "value"),
    [(CHI, "lakeview freight agreed to 25k for the routing software", LF, "amount", "25000"),
     (SH, "昆山宏远的报价确认了，四十万", HY, "amount", "400000"),
     (CHI, "lakeview freight agreed to spend 20k with us", LF, "amount", "20000"),
     (CHI, "lakeview freight budget confirmed at 45k, update the deal", LF, "amount", "45000"),
     (SH, "昆山宏远月底签", HY, "expected_close", "2029-04-30"),
     (SH, "昆山宏远定了三十二万", HY, "amount", "320000"),
     (CHI, "move lakeview freight to negotiation", LF, "stage", "negotiation"),
     (SH, "昆山宏远推到6月30号", HY, "expected_close", "2029-06-30"),
     (CHI, "lakeview freight: Dana called, they sign next wednesday", LF, "expected_close", "2029-05-02")],
)  # fmt: skip
def test_the_same_said_firmly_is_stored(app, admin, chat, clock, zone, text, customer, field, value) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    got = [str(d[field]).split(".")[0] if field == "amount" else str(d[field]) for d in deals]
    assert value in got, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_lost_customer_said_back_in_doubt_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI, f"/lost {LF} price")
    before = exported(app, admin)
    replies = texts(chat.send("lakeview freight's back?? Dana emailed about rates again, not sure it's real"))
    asked_and_nothing_stored(app, admin, before, replies)
