"""What a doubt governs, session 28 (issue 13): days said as a stretch, bounds no date was read for, figures
said as a span, leans and rumours, changes with no value, a currency not settled, a person who names no
customer or two, a half after 万. Each is asked, never stored; each twin without the doubt is still stored.
Fresh customers and wordings of this file only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from handlers.parsing.amounts import currencies_named, find_amounts
from handlers.understanding.rough_days import rough_words
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at

pytestmark = pytest.mark.reading

NOW = datetime(2029, 4, 26, 2, 20, tzinfo=UTC)


def doubted_in(text: str, zone: str = "Asia/Shanghai") -> list[str]:
    reading = reading_at(text, NOW, zone)
    return [*reading.doubts, *reading.close_doubts]


# --- reading, no database ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [("closing mid-July", "mid-July"), ("close early june-ish", "early june-ish"),
     ("sometime in june", "sometime in june"), ("推到七月中旬", "七月中旬"), ("端午前后签", "端午前后")],
)  # fmt: skip
def test_a_day_said_as_a_stretch_or_roughly_is_found_with_its_words(text, words) -> None:
    reading = reading_at(text, NOW, "Asia/Shanghai")
    found = [rough_words(reading.text, at, at + w.spans[-1][1] - w.spans[0][0]) for at, w in reading.dates]
    assert [reading.text[a:b] for a, b in filter(None, found)] == [words]


@pytest.mark.parametrize(
    "text", ["签约时间定在6月10号左右", "close end of june", "close june 22", "端午前签", "close 14/07"]
)
def test_a_day_named_is_no_stretch(text) -> None:
    reading = reading_at(text, NOW, "Europe/Dublin")
    assert not any(
        rough_words(reading.text, at, at + w.spans[-1][1] - w.spans[0][0]) for at, w in reading.dates
    ), text


@pytest.mark.parametrize(
    ("text", "zone"),
    [("Rathmore Cheese close pushed out to mid-to-late July", "Europe/Dublin"),
     ("Rathmore Cheese signing sometime in june", "Europe/Dublin"),
     ("Rathmore Cheese probably slips to august", "Europe/Dublin"),
     ("Rathmore Cheese wants to sign before the school holidays", "Europe/Dublin"),
     ("宁强茶业合同推到七月上旬", "Asia/Shanghai"), ("宁强茶业的签约改到中秋前后", "Asia/Shanghai"),
     ("宁强茶业倾向于年中前签", "Asia/Shanghai"), ("宁强茶业刘经理说下个月初就能定", "Asia/Shanghai")],
)  # fmt: skip
def test_a_close_said_as_a_stretch_or_bounded_by_an_undated_event_is_a_doubt(text, zone) -> None:
    assert doubted_in(text, zone), text


@pytest.mark.parametrize(
    ("text", "zone"),
    [("Rathmore Cheese close pushed out to mid-July, put down 16/07", "Europe/Dublin"),
     ("Rathmore Cheese close end of June", "Europe/Dublin"),
     ("Rathmore Cheese pushed to august", "Europe/Dublin"),
     ("宁强茶业预计七月中签，写7月15号", "Asia/Shanghai"), ("宁强茶业端午前签", "Asia/Shanghai"),
     ("宁强茶业估计6月12号能签", "Asia/Shanghai")],
)  # fmt: skip
def test_a_close_on_a_day_named_is_no_doubt(text, zone) -> None:
    assert not doubted_in(text, zone), text


@pytest.mark.parametrize(
    ("text", "zone"),
    [("宁强茶业刘经理说预算二十万上下", "Asia/Shanghai"), ("宁强茶业说要下单的话大概4万5", "Asia/Shanghai"),
     ("Rathmore Cheese might walk, heard from someone at the co-op", "Europe/Dublin"),
     ("Rathmore Cheese leaning towards the other supplier", "Europe/Dublin"),
     ("Rathmore Cheese will sign if the board approves, 40k", "Europe/Dublin"),
     ("宁强茶业要是老板同意就签，20万", "Asia/Shanghai"), ("宁强茶业说要换个方案", "Asia/Shanghai"),
     ("宁强茶业重新报价？", "Asia/Shanghai"), ("Rathmore Cheese want a different package", "Europe/Dublin"),
     ("Rathmore Cheese call moved, Aoife will let me know when", "Europe/Dublin"),
     ("宁强茶业 amount 20万，RMB定HKD未confirm", "Asia/Shanghai"),
     ("Rathmore Cheese now 60k, GBP or EUR not confirmed", "Europe/Dublin")],
)  # fmt: skip
def test_a_rough_figure_a_lean_a_condition_a_change_with_no_value_or_two_currencies_are_doubts(
    text, zone
) -> None:
    assert doubted_in(text, zone), text


@pytest.mark.parametrize(
    ("text", "zone"),
    [("宁强茶业冒厂长讲预算大概十二万", "Asia/Shanghai"), ("宁强茶业金额改成二十万", "Asia/Shanghai"),
     ("Rathmore Cheese went with the other supplier", "Europe/Dublin"),
     ("Rathmore Cheese signed, 40k", "Europe/Dublin"),
     ("stark meeting moved, Pepper apologised", "Europe/Dublin"),
     ("sent Aoife at Rathmore Cheese the revised proposal", "Europe/Dublin")],
)  # fmt: skip
def test_the_same_said_without_the_doubt_is_no_doubt(text, zone) -> None:
    assert not doubted_in(text, zone), text


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("remind me mid next week to call Aoife", True), ("下个月中旬提醒我回访宁强茶业", True),
     ("下个月初提醒我跟进宁强茶业", False), ("remind me early next month to call Aoife", False)],
)  # fmt: skip
def test_a_reminder_in_the_middle_of_a_stretch_is_asked_at_its_start_it_is_set(text, doubted) -> None:
    assert bool(doubted_in(text)) is doubted, text


@pytest.mark.parametrize(
    ("text", "value"),
    [("十二万半", Decimal(125_000)), ("二十二萬半", Decimal(225_000)), ("3万5", Decimal(35_000))],
)
def test_half_after_wan_is_half_a_wan(text, value) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "codes"),
    [("RMB定HKD未confirm", ["CNY", "HKD"]), ("MYR or USD tbc", ["MYR", "USD"]), ("决定USD", [])],
)
def test_a_currency_named_in_a_choice(text, codes) -> None:
    assert [c for named in currencies_named(text, []) for c in sorted(named.codes)] == codes


# --- chat -------------------------------------------------------------------------------------


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add 宁强茶业有限公司, alias=宁强茶业")
    chat.send("/customer add 安康茶业有限公司, alias=安康茶业")
    chat.send("/customer add Rathmore Cheese")
    chat.send("/contact add 宁强茶业: 陈国华, title=总经理")
    chat.send("/contact add 安康茶业: 陈晓红, title=采购经理")
    chat.send("/contact add 安康茶业: 刘建平, title=项目经理")
    chat.send("/deal 宁强茶业 30万 CNY proposal")
    chat.send("/deal Rathmore Cheese 40k EUR proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["Rathmore Cheese close pushed out to mid-to-late July", "宁强茶业合同推到七月上旬", "陈生话contract OK",
     "刘总说方案下周给答复", "佢話OK", "he said OK", "Rathmore Cheese will sign if the board approves, 40k",
     "宁强茶业 amount 20万，RMB定HKD未confirm"],
)  # fmt: skip
def test_a_doubted_message_stores_nothing_and_asks(app, admin, book, text) -> None:
    before = exported(app, admin)
    replies = texts(book.send(text))
    after = exported(app, admin)
    for table in ("deals", "activities", "customers", "reminders"):
        assert after[table] == before[table], replies
    assert "?" in replies or "？" in replies, replies


@pytest.mark.parametrize(
    ("text", "close"),
    [("Rathmore Cheese close pushed out to mid-July, put down 16/07", "07-16"),
     ("宁强茶业合同推到7月8号", "07-08")],
)  # fmt: skip
def test_the_twin_with_a_day_named_is_stored(app, admin, book, text, close) -> None:
    replies = texts(book.send(text))
    assert close in {(d["expected_close"] or "")[5:] for d in exported(app, admin)["deals"]}, replies


def test_a_minus_said_in_a_word_is_a_negative_amount(app, admin, book) -> None:
    replies = texts(book.send("宁强茶业 金额 负五万"))
    assert "50,000" not in replies and "looks wrong" in replies, replies
    amounts = {Decimal(d["amount"]) for d in exported(app, admin)["deals"]}
    assert amounts == {Decimal(300_000), Decimal(40_000)}


def test_half_a_wan_is_stored(app, admin, book) -> None:
    replies = texts(book.send("宁强茶业金额改成三十二万半"))
    assert Decimal(325_000) in {Decimal(d["amount"]) for d in exported(app, admin)["deals"]}, replies


@pytest.mark.parametrize(
    "text",
    ["remind me fri 9am to look at the Rathmore Cheese contract before Aoife's review",
     "Rathmore Cheese: go through the contract friday 10am, before the board meets"],
)  # fmt: skip
def test_a_bound_beside_a_day_said_in_its_clause_is_no_doubt(text) -> None:
    """Session 28's sealed look: a reminder with its day and hour, "… the contract before <someone>'s review",
    was asked what to record for the bound (`doubted._undated_bounds`); the day said is its when."""
    assert not doubted_in(text, "Europe/Dublin"), text


def test_a_reminder_with_its_day_and_a_bound_is_set(app, admin, book) -> None:
    replies = texts(
        book.send("remind me fri 9am to look at the Rathmore Cheese contract before Aoife's review")
    )
    assert "Reminder set" in replies, replies
    assert len(exported(app, admin)["reminders"]) == 1


@pytest.mark.parametrize(
    "text",
    ["Rathmore Cheese contract signed at 40k after a bit of haggling", "宁强茶业砍价之后签了，20万",
     "Rathmore Cheese closed after two rounds of pricing, 38k"],
)  # fmt: skip
def test_a_signing_done_after_something_is_no_undated_bound(text) -> None:
    """Session 28's sealed look: "… contract signed at €26,500 after a small discount" was asked what
    "after a small discount" means: a signing done is not bounded by an event, however it came about."""
    assert not doubted_in(text, "Europe/Dublin"), text


def test_a_signing_done_after_haggling_is_won(app, admin, book) -> None:
    replies = texts(book.send("Rathmore Cheese contract signed at 40k after a bit of haggling"))
    assert "Won" in replies, replies
    assert "won" in {d["stage"] for d in exported(app, admin)["deals"]}
