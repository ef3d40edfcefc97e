"""Which of a customer's open deals a message means (handlers/domain/which_deal.py): told apart by title,
amount, stage or size, and nothing picked when the description fits no deal or several."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_store.models import Customer, Deal
from handlers.domain.which_deal import by_amount, by_size, by_stage, deals_meant
from handlers.parsing.vocabulary import STAGE_SYNONYMS

STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")
HARBOUR = Customer(name="Harbourline Bakeries")


def _deal(title: str, amount: str | None, stage: str, currency: str = "USD") -> Deal:
    return Deal(title=title, amount=Decimal(amount) if amount else None, stage=stage, currency=currency)


OVENS = _deal("deck ovens", "62000", "negotiation")
CLEANING = _deal("cleaning contract", "9500", "qualified")
SCALES = _deal("香料秤", "180000", "proposal", "CNY")
MIXERS = _deal("和面机", "450000", "lead", "CNY")


def _titles(deals: list[Deal]) -> list[str]:
    return [d.title for d in deals]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("harbourline: the 62k one wants a site visit first", ["deck ovens"]),
        ("the $9.5k harbourline deal slipped to spring", ["cleaning contract"]),
        ("harbourline 9.5k one is now 11k", ["cleaning contract"]),
        ("harbourline is at 62k", []),  # an amount said, not the one a deal is called by: may be a new value
        ("harbourline the 70k one", []),  # no deal of that amount
    ],
)
def test_a_deal_is_told_apart_by_the_amount_it_is_known_by(text: str, meant: list[str]) -> None:
    assert _titles(by_amount([OVENS, CLEANING], text)) == meant


def test_a_chinese_amount_before_the_deal_word_names_the_deal() -> None:
    assert _titles(by_amount([SCALES, MIXERS], "那个18万的单子客户要再压价")) == ["香料秤"]
    assert _titles(by_amount([SCALES, MIXERS], "45万那单先放一放")) == ["和面机"]
    assert by_amount([SCALES, MIXERS], "预算18万") == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [("和麵機那邊 45萬的案子 延到四月", ["和面机"]), ("18萬那案先放著", ["香料秤"]),
     ("45萬那個案子簽了", ["和面机"]), ("客户要18万的方案", [])],  # 方案: a proposal
)  # fmt: skip
def test_a_case_in_taiwan_is_a_deal_called_by_its_amount(text: str, meant: list[str]) -> None:
    assert _titles(by_amount([SCALES, MIXERS], text)) == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("harbourline - the one in negotiation went quiet", ["deck ovens"]),
        ("the qualified deal at harbourline is dead", ["cleaning contract"]),
        ("harbourline moved to negotiation", []),  # where a deal goes, not where it is
        ("harbourline qualified now", []),
        ("sent harbourline the proposal", []),
    ],
)
def test_a_deal_is_told_apart_by_the_stage_it_is_at(text: str, meant: list[str]) -> None:
    assert _titles(by_stage([OVENS, CLEANING], text, STAGES, STAGE_SYNONYMS)) == meant


def test_a_chinese_stage_before_de_names_the_deal_but_a_move_does_not() -> None:
    deals = [SCALES, MIXERS]
    assert _titles(by_stage(deals, "报价阶段的那个客户说再等等", STAGES, STAGE_SYNONYMS)) == ["香料秤"]
    assert by_stage(deals, "推进到报价阶段了", STAGES, STAGE_SYNONYMS) == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("harbourline: the bigger deal got budget approval", ["deck ovens"]),
        ("harbourline's small one is lost, no money", ["cleaning contract"]),
        ("big news from harbourline", []),
    ],
)
def test_the_bigger_or_the_smaller_one(text: str, meant: list[str]) -> None:
    assert _titles(by_size([OVENS, CLEANING], text)) == meant


def test_size_needs_comparable_amounts() -> None:
    assert _titles(by_size([SCALES, MIXERS], "小单签了")) == ["香料秤"]
    assert by_size([OVENS, SCALES], "the bigger one signed") == []  # dollars and yuan
    assert by_size([OVENS, _deal("fryers", None, "lead")], "the smaller one signed") == []


def test_the_title_comes_first_and_nothing_is_picked_on_no_hint() -> None:
    deals = [OVENS, CLEANING]
    meant = deals_meant(deals, "the cleaning one is 62k now", HARBOUR, STAGES)
    assert _titles(meant) == ["cleaning contract"]
    assert deals_meant(deals, "harbourline signed!", HARBOUR, STAGES) == []
