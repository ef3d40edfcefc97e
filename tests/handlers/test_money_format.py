"""`Translator.money` formats exactly as Babel's format_currency does, only faster."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_skeleton
from babel.numbers import format_currency

from handlers.i18n import Catalogs, _money

SAMPLES = [Decimal(text) for text in ("0", "0.5", "-0.5", "0.01", "999.995", "12.345", "-1234.56", "24000",
                                      "24000.00", "1000000000000")]  # fmt: skip
rng = random.Random(8)
SAMPLES += [Decimal(rng.randrange(-(10**9), 10**12)) / rng.choice([1, 100, 1000]) for _ in range(400)]


def babel_money(amount: Decimal, currency: str, locale: str) -> str:
    pattern = "¤#,##0" if amount == amount.to_integral_value() else "¤#,##0.00"
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("currency", ["USD", "EUR", "CNY", "JPY", "GBP"])
def test_money_matches_babel(language: str, currency: str) -> None:
    tr = Catalogs().translator(language)
    assert tr.money(None, currency) == "—"
    assert [tr.money(a, currency) for a in SAMPLES] == [
        babel_money(a, currency, tr.babel_locale) for a in SAMPLES
    ]


@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "ja_JP", "hi_IN"])
def test_money_matches_babel_in_other_locales_too(locale: str) -> None:
    assert [_money(a, "EUR", locale) for a in SAMPLES] == [babel_money(a, "EUR", locale) for a in SAMPLES]


def test_day_is_the_same_for_a_date_and_a_local_datetime() -> None:
    tr = Catalogs().translator("zh")
    moment = datetime(2026, 3, 29, 0, 30, tzinfo=UTC).astimezone(ZoneInfo("America/New_York"))
    assert (
        tr.day(moment)
        == tr.day(date(2026, 3, 28))
        == format_skeleton("MMMEd", date(2026, 3, 28), locale="zh_Hans_CN")
    )
