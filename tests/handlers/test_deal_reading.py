"""Deal words read by cause (no database): a price word is no win, a reopen said not to be done, a price
asked of us, a "no change" said of one field, an add-on said outright, a stage that only names which deal.
Fresh customers and wordings."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from handlers.parsing.amounts import find_amounts
from handlers.understanding.reading import Reading
from tests.support.reading import reading_at

NOW = datetime(2027, 3, 9, 15, 0, tzinfo=UTC)  # a Tuesday afternoon


def reading_of(text: str, tz: str = "Asia/Shanghai") -> Reading:
    return reading_at(text, NOW, tz)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("松柏家居成交价谈到68万，合同还没签", None),
     ("松柏家居 成交金额 68万", None),
     ("松柏家居今天要签约", None),  # to be signed today
     ("pinefield closed!", "won")],
)  # fmt: skip
def test_a_price_is_no_win(text: str, outcome: str | None) -> None:
    assert reading_of(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "reopen"),
    [("松柏家居先别重开，只是来问价", False),
     ("pinefield: do not reopen yet, they're just shopping around", False),
     ("pinefield is keen again, restart the talks at 14k", True),
     ("the kiosk deal we lost (pinefield) - back open please", True)],
)  # fmt: skip
def test_a_reopen_said_not_to_be_done_is_none(text: str, reopen: bool) -> None:
    assert reading_of(text).reopen is reopen


def test_a_price_they_ask_of_us_is_not_the_deals() -> None:
    assert reading_of("松柏家居采购问我们能不能做到55万，我说要请示").amounts == []
    assert reading_of("pinefield asked if we could do 12k, I said I'd check").amounts == []


def test_no_change_said_of_the_amount_leaves_the_stage_and_other_sentences() -> None:
    moved = reading_of("松柏家居 stage 从 qualified 改 proposal，金额不变")
    assert (moved.stage, moved.amounts) == ("proposal", [])
    other = reading_of("pinefield: the kiosks are 26k now. install number unchanged", "Europe/London")
    assert [a.value for a in other.amounts] == [Decimal(26000)]
    whole = reading_of("pinefield 26k proposal, nothing changed", "Europe/London")
    assert (whole.stage, whole.amounts) == (None, [])


@pytest.mark.parametrize(
    "text",
    ["pinefield wants a quote for their 2nd warehouse, 8k",
     "pinefield: kiosks for the airport shop, treat it as its own deal, 9k",
     "pinefield spares contract 3k, keep it apart from the current quote",
     "松柏家居明年的维保 5万 新建一个"],
)  # fmt: skip
def test_another_deal_said_outright_is_an_add_on(text: str) -> None:
    assert reading_of(text, "Europe/London").add_on


def test_a_stage_that_names_the_deal_is_no_stage_move() -> None:
    reading = reading_of("松柏家居需求确认阶段的那个单子报价了，20万")
    assert reading.stage == "proposal"


def test_grand_after_a_number_is_thousands() -> None:
    assert [a.value for a in find_amounts("kiosks at 14 grand after the rebate")] == [Decimal(14000)]
    assert find_amounts("sent photos of her 3 grandchildren") == []
