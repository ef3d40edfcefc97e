"""Amounts, dates and vocabularies as reps type them (the core cases; issue 5 extends these)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import (
    DOLLARS,
    PESOS,
    currencies_named,
    find_amount,
    find_amounts,
    krona_sign_only,
)
from handlers.parsing.commands import split_command, split_fields
from handlers.parsing.dates import find_when
from handlers.parsing.nicknames import short_name_said
from handlers.parsing.vocabulary import detect_kind, find_stage

STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("20 seats ~$24k", "24000", "USD"), ("$24,000", "24000", "USD"), ("24.000 €", "24000", "EUR"),
        ("1.2m", "1200000", None), ("预计合同50万", "500000", None), ("5千", "5000", None),
        ("¥300000", "300000", "CNY"), ("EUR 5000", "5000", "EUR"), ("5000 usd", "5000", "USD"),
        ("deal 50000", "50000", None), ("1,5k", "1500", None), ("2.5亿元", "250000000", "CNY"),
    ],
)  # fmt: skip
def test_amounts(text: str, value: str, currency: str | None) -> None:
    amount = find_amount(text)
    assert amount is not None and amount.value == Decimal(value) and amount.currency == currency


@pytest.mark.parametrize(
    "text", ["close 15 Dec", "call at 15:00", "Q3 2026", "20 seats", "in 5 months", "v2"]
)
def test_not_amounts(text: str) -> None:
    assert find_amount(text) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("wants to pay in euros now, 36k", [("EUR", False)]),
        ("billed in USD, 27k US", [("USD", False)]),
        ("thunder bay wants canadian dollars from now on", [("CAD", False)]),
        ("fifty five thousand kiwi dollars as quoted", [("NZD", False)]),
        ("改用港幣，31萬", [("HKD", False)]),
        ("in dollars instead of pesos", [("dollars", False), ("pesos", True)]),  # whose pesos: not said
        ("in mexican pesos now", [("MXN", False)]),
        ("no more pounds, they pay in US dollars", [("GBP", True), ("USD", False)]),
        ("嘉盛要改人民币，不用美金了", [("CNY", False), ("USD", True)]),  # 不用美金: the one left
        ("want the quote in SEK now", [("SEK", False)]),
        ("chase the PO before CNY", []),  # the new year, not yuan
        ("17k USD", []),  # the amount's own currency
    ],
)
def test_the_one_reader_of_a_currency_named_apart_from_the_amount(text, named) -> None:
    found = currencies_named(text, find_amounts(text))

    def said(codes: frozenset[str]) -> str:
        return "dollars" if codes == DOLLARS else "pesos" if codes == PESOS else next(iter(codes))

    read = [(said(c.codes), c.left) for c in found if not c.left]
    left = [said(c.codes) for c in found if c.left]
    assert read == [n for n in named if not n[1]] and left == [code for code, was_left in named if was_left]


def test_ambiguous_amount_is_flagged() -> None:
    amount = find_amount("$1.500")
    assert amount.ambiguous and {amount.value, amount.alternative} == {Decimal("1500"), Decimal("1.5")}


@pytest.mark.parametrize(
    ("text", "local", "has_time", "rest"),
    [
        ("call back tomorrow 3pm", "2026-11-24 15:00", True, "call back"),
        ("follow up next Tue", "2026-11-24 09:00", False, "follow up"),
        ("in 3 days", "2026-11-26 09:00", False, ""),
        ("EOD", "2026-11-23 17:00", True, ""),
        ("end of month", "2026-11-30 09:00", False, ""),
        ("close 15 Dec", "2026-12-15 09:00", False, "close"),
        ("明天下午3点", "2026-11-24 15:00", True, ""),
        ("下周三再跟进", "2026-12-02 09:00", False, "再跟进"),
        ("月底", "2026-11-30 09:00", False, ""),
        ("3天后", "2026-11-26 09:00", False, ""),
        ("半个月后再跟进", "2026-12-08 09:00", False, "再跟进"),  # half a month: 15 days, not today
        ("周五上午10点", "2026-11-27 10:00", True, ""),
        ("friday at 10", "2026-11-27 10:00", True, ""),
        ("2027-01-05", "2027-01-05 09:00", False, ""),
    ],
)
def test_dates_in_the_users_zone(text: str, local: str, has_time: bool, rest: str) -> None:
    when = find_when(text, now=NOW, tz=BERLIN)
    assert when is not None
    assert when.at.strftime("%Y-%m-%d %H:%M") == local and when.at.tzinfo == BERLIN
    assert when.has_time is has_time and when.strip_from(text) == rest


def test_no_date() -> None:
    assert find_when("send the pricing sheet", now=NOW, tz=BERLIN) is None


@pytest.mark.parametrize("text", ["settled at 12,800 for the lot", "price agreed at 9,950 incl. setup"])
def test_an_amount_with_its_thousands_after_at_is_no_clock(text: str) -> None:
    """ "at 17,500" was read as 17:00 today, and a close said in the same message moved to today."""
    assert find_when(text, now=NOW, tz=BERLIN) is None
    twin = text.split(" at ")[0] + ", call back at 4, then send it"  # a clock before a comma still is one
    assert find_when(twin, now=NOW, tz=BERLIN).at.strftime("%H:%M") == "16:00"


def test_stage_and_kind_words() -> None:
    assert find_stage("Acme moved to negotiation", STAGES)[0] == "negotiation"
    assert find_stage("华为进入谈判阶段", STAGES)[0] == "negotiation"
    assert find_stage("signed today!", STAGES)[0] == "won"
    assert find_stage("nothing here", STAGES) is None
    assert [detect_kind(t) for t in ("visited Jane", "called Globex - no answer", "拜访了华为", "hello",
                                     "customer complained about delays")] == [
        "visit", "call", "visit", "note", "complaint"]  # fmt: skip


def test_command_splitting() -> None:
    assert split_command("/find@salesbot_bot acme corp") == ("find", "acme corp")
    assert split_command("hello /find") is None
    assert split_fields("Acme Corp, phone=+1 555, industry=Retail") == (
        "Acme Corp", {"phone": "+1 555", "industry": "Retail"})  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("P1.5M", "1500000", "PHP"), ("Php 350k", "350000", "PHP"), ("₱350,000", "350000", "PHP"),
        ("250K dhs", "250000", "AED"), ("2m riyals", "2000000", "SAR"), ("QAR 400k", "400000", "QAR"),
        ("MOP 1,500,000", "1500000", "MOP"), ("MOP$800k", "800000", "MOP"), ("150万澳门币", "1500000", "MOP"),
        ("3万卢布", "30000", "RUB"),
    ],
)  # fmt: skip
def test_currencies_of_the_gulf_the_philippines_and_macau(text: str, value: str, currency: str) -> None:
    amount = find_amount(text)
    assert amount is not None and (amount.value, amount.currency) == (Decimal(value), currency)


@pytest.mark.parametrize("text", ["part P4471", "ordered 20 mop buckets", "P2 ticket"])
def test_a_letter_or_word_like_a_currency_is_no_money(text: str) -> None:
    assert all(a.currency is None for a in find_amounts(text))


@pytest.mark.parametrize(
    ("text", "local"),
    [("Monday at 10.30", "09-29 10:30"), ("monday 10.30", "09-29 10:30"),
     ("at 14.30 tomorrow", "09-27 14:30"), ("call monday 3.30", "09-29 15:30"),
     ("priced at 10.50 monday", "09-29 09:00")],
)  # fmt: skip
def test_a_clock_written_with_a_dot(text: str, local: str) -> None:
    amsterdam = ZoneInfo("Europe/Amsterdam")
    when = find_when(text, now=datetime(2031, 9, 26, 14, 45, tzinfo=UTC), tz=amsterdam)
    assert when is not None and when.at.astimezone(amsterdam).strftime("%m-%d %H:%M") == local


def test_a_short_name_that_is_an_everyday_word_needs_its_capital() -> None:
    assert short_name_said("Will called about the renewal", "William") == "will"
    assert short_name_said("will call them monday", "William") is None
    assert short_name_said("kuya jojo called", "Jose") == "jojo"


@pytest.mark.parametrize(
    ("said", "day"),
    [("måndag v. 2", "2032-01-05"), ("torsdag v. 3", "2032-01-15"), ("tirsdag uke 3", "2032-01-13"),
     ("Friday of vecka 9", "2032-02-27"), ("wednesday week 2", "2032-01-07")],
)  # fmt: skip
def test_each_day_of_a_numbered_week(said, day) -> None:
    oslo = ZoneInfo("Europe/Oslo")
    when = find_when(said, now=datetime(2031, 12, 29, 9, 10, tzinfo=oslo), tz=oslo)
    assert when is not None and when.at.date().isoformat() == day


@pytest.mark.parametrize(
    ("text", "value", "bare"),
    [
        ("Oslo Kontorsenter want 400 000 kr project", "400000", True),
        ("quote 85 000 kr. sent", "85000", True),
        ("Kr 85 000 for the job", "85000", True),
        ("250 000 kroner for the ferry job", "250000", True),
        ("报价八十万克朗", "800000", True),
        ("offer is 250 000 kronor", "250000", False),
        ("报价八十万挪威克朗", "800000", False),
    ],
)
def test_a_krona_is_money(text: str, value: str, bare: bool) -> None:
    [amount] = find_amounts(text)
    assert (str(amount.value), amount.currency in ("SEK", "NOK"), krona_sign_only(text)) == (
        value,
        True,
        bare,
    )


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("quote R$ 1,2 mi", "1200000", "BRL"),  # Portuguese milhões
        ("R$ 450 mil for the line", "450000", "BRL"),  # Portuguese mil is a thousand
        ("80 mil pesos", "80000", None),  # and Spanish
        ("1.2 mil", "1200000", None),  # a million, said short in English
        ("KSh 2.4M deal", "2400000", "KES"),
        ("Ksh 850,000", "850000", "KES"),
        ("KES 1.2m", "1200000", "KES"),
        ("2.4M bob", "2400000", "KES"),  # Kenyan shillings, as said in Nairobi
        ("UGX 45m", "45000000", "UGX"),
        ("TZS 300m", "300000000", "TZS"),
        ("PLN 250 tys.", "250000", "PLN"),  # Polish tysięcy
        ("zł 40 000", "40000", "PLN"),
    ],
)
def test_regional_ways_of_writing_money(text: str, value: str, currency: str | None) -> None:
    [amount] = find_amounts(text)
    assert (amount.value, amount.currency) == (Decimal(value), currency)


@pytest.mark.parametrize("text", ["5 mi from here", "ok 3 bi"])
def test_mi_and_bi_without_a_real_are_no_money(text: str) -> None:
    assert find_amounts(text) == []


def test_shillings_and_reais_named_apart_from_an_amount() -> None:
    named = [
        sorted(c.codes)
        for text in ("they want to pay in kenyan shillings now", "in reais please", "switch to UGX")
        for c in currencies_named(text, [])
    ]
    assert named == [["KES"], ["BRL"], ["UGX"]]


@pytest.mark.parametrize(("said", "day"), [("618前签", "2032-06-17"), ("618之后再说", "2032-06-21")])
def test_the_june_shopping_festival_as_a_day(said: str, day: str) -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    when = find_when(said, now=datetime(2032, 6, 10, 15, 30, tzinfo=shanghai), tz=shanghai)
    assert when is not None and when.at.date().isoformat() == day


def test_618_as_a_figure_is_no_day() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    assert find_when("报价618元", now=datetime(2032, 6, 10, 15, 30, tzinfo=shanghai), tz=shanghai) is None
