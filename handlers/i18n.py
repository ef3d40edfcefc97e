"""Message catalogs (gettext .po files under handlers/locales) and Babel formatting.

Catalogs are compiled in memory at start, so the repository holds only the .po sources.
Extract/update with the standard tools:
    pybabel extract -F babel.cfg -o handlers/locales/salesbot.pot .
    pybabel update -i handlers/locales/salesbot.pot -d handlers/locales -D salesbot
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import (
    format_decimal,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    get_territory_currencies,
)

from crm_store.limits import ECHO_LIMIT, shorten

LOCALES_DIR = Path(__file__).with_name("locales")
DOMAIN = "salesbot"
LANGUAGES = ("en", "zh")
# The Babel locale used for numbers and dates for each of our languages.
BABEL_LOCALES = {"en": "en_US", "zh": "zh_Hans_CN"}
_ONE, _CENT = Decimal(1), Decimal("0.01")


def N_(msgid: str) -> str:
    return msgid


def language_of(tag: str | None, default: str = "en") -> str:
    """Map a platform language tag (en-GB, zh-hans, zh_TW ...) to one we speak."""
    if not tag:
        return default
    base = tag.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else default


@cache
def _load(language: str) -> gettext.NullTranslations:
    """One language's catalog, compiled from its .po file once per process: parsing the .po
    files took about a tenth of a second, paid again by every `Catalogs` (every app a test built)."""
    po_path = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=BABEL_LOCALES.get(language, language))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@dataclass
class Translator:
    language: str
    translations: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)

    @property
    def babel_locale(self) -> str:
        return BABEL_LOCALES.get(self.language, "en_US")

    def __call__(self, msgid: str, /, **params: object) -> str:
        text = self.translations.gettext(msgid)
        return text.format(**_quoted(params)) if params else text

    def plural(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        text = self.translations.ngettext(singular, plural, n)
        return text.format(n=n, **_quoted(params))

    # Formatting ------------------------------------------------------------
    def money(self, amount: Decimal | None, currency: str, region: str | None = None) -> str:
        """`amount` in `currency`, its symbol the one the user's `region` (an ISO country code) writes:
        "R700,000" to a South African, "US$190,000" to a Canadian, "$190,000" to an American. Digits are
        grouped the language's way whatever the region."""
        if amount is None:
            return "—"
        symbols = _regional(self.language, region)
        if symbols is None and currency == "USD":  # (a Brazilian writing English: "US$", beside R$)
            symbols = _likely_locale(region)
        return _money(amount, currency, self.babel_locale, symbols)

    def number(self, value: Decimal | int | float) -> str:
        return format_decimal(value, locale=self.babel_locale)

    def day(self, value: date) -> str:
        return _day(value.date() if isinstance(value, datetime) else value, self.babel_locale)

    def date_long(self, value: date) -> str:
        return format_skeleton("yMMMEd", value, locale=self.babel_locale)

    def when(self, value: datetime, tz: ZoneInfo) -> str:
        local = value.astimezone(tz)
        return f"{self.day(local)} {format_skeleton('Hm', local, locale=self.babel_locale)}"


def _quoted(params: dict[str, object]) -> dict[str, object]:
    """Values as a sentence quotes them: one line longer than `ECHO_LIMIT` (a 4,000-character
    "name" the user typed) is cut with an ellipsis; lists of lines are left to the reply's limit."""
    return {
        key: shorten(value, ECHO_LIMIT)
        if isinstance(value, str) and len(value) > ECHO_LIMIT and "\n" not in value
        else value
        for key, value in params.items()
    }


# The script Chinese is written in where a region's locale needs it named.
_CHINESE_SCRIPT = {"TW": "Hant", "HK": "Hant", "MO": "Hant"}


@lru_cache(maxsize=64)
def _regional(language: str, region: str | None) -> str | None:
    """The Babel locale of `language` as written in `region` ("en_ZA", "zh_Hant_TW"), or None when there
    is no region or Babel does not know that locale."""
    if not region:
        return None
    country = region.partition("-")[0].upper()
    script = f"{_CHINESE_SCRIPT.get(country, 'Hans')}_" if language == "zh" else ""
    name = f"{language}_{script}{country}"
    try:
        Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return None
    return name


@lru_cache(maxsize=64)
def _likely_locale(region: str | None) -> str | None:
    """The locale most written in `region` ("pt_BR" for BR), or None."""
    if not region:
        return None
    try:
        return str(Locale.parse(f"und_{region.partition('-')[0].upper()}"))
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=256)
def _money_symbols(currency: str, locale: str, symbols: str | None = None) -> tuple[str, str, str, str]:
    return (_symbol(currency, locale, symbols), get_group_symbol(locale), get_decimal_symbol(locale),
            get_minus_sign_symbol(locale))  # fmt: skip


def _symbol(currency: str, locale: str, symbols: str | None) -> str:
    """The region's symbol for `currency`; the US dollar stays "$" where the region's own money is no
    dollar (a Berliner's "$" is no one else's), and is "US$" where it is (Toronto, Sydney, Singapore)."""
    if symbols is None:
        return get_currency_symbol(currency, locale)
    if currency == "USD":
        own = region_currency(Locale.parse(symbols).territory)
        if own and "$" not in get_currency_symbol(own, symbols):
            return get_currency_symbol(currency, locale)
    return get_currency_symbol(currency, symbols)


@lru_cache(maxsize=64)
def region_currency(region: str | None) -> str | None:
    """The money of `region`, an ISO country code ("AU-NSW": its state's too): AUD, PHP; None for none."""
    if not region:
        return None
    own = get_territory_currencies(region.partition("-")[0].upper(), tender=True)
    return own[0] if own else None


def _money(amount: Decimal, currency: str, locale: str, symbols: str | None = None) -> str:
    """Exactly what Babel's `format_currency` gives for the patterns ¤#,##0 and ¤#,##0.00 (the
    tests compare them), built from the locale's symbols once: digests format thousands of amounts.
    `symbols`: the locale whose currency symbol is shown (the user's region's), when not `locale`'s."""
    symbol, group, point, minus = _money_symbols(currency, locale, symbols)
    whole = amount == amount.to_integral_value()
    value = amount.quantize(_ONE if whole else _CENT, rounding=ROUND_HALF_EVEN)
    integer, _, fraction = format(abs(value), ",").partition(".")
    digits = integer.replace(",", group) + (point + fraction if fraction else "")
    return f"{minus if value < 0 else ''}{symbol}{digits}"


@lru_cache(maxsize=4096)
def _day(value: date, locale: str) -> str:
    return format_skeleton("MMMEd", value, locale=locale)


class Catalogs:
    """All translations, loaded once per process (and shared by every `Catalogs` of it: they are
    only read)."""

    def __init__(self) -> None:
        self._translations = {language: _load(language) for language in LANGUAGES}

    def translator(self, language: str) -> Translator:
        language = language if language in self._translations else "en"
        return Translator(language, self._translations[language])
