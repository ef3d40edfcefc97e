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
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal

LOCALES_DIR = Path(__file__).with_name("locales")
DOMAIN = "salesbot"
LANGUAGES = ("en", "zh")
# The Babel locale used for numbers and dates for each of our languages.
BABEL_LOCALES = {"en": "en_US", "zh": "zh_Hans_CN"}


def N_(msgid: str) -> str:
    return msgid


def language_of(tag: str | None, default: str = "en") -> str:
    """Map a platform language tag (en-GB, zh-hans, zh_TW ...) to one we speak."""
    if not tag:
        return default
    base = tag.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else default


def _load(language: str) -> gettext.NullTranslations:
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
        return text.format(**params) if params else text

    def plural(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        text = self.translations.ngettext(singular, plural, n)
        return text.format(n=n, **params)

    # Formatting ------------------------------------------------------------
    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return "—"
        whole = amount == amount.to_integral_value()
        pattern = "¤#,##0" if whole else "¤#,##0.00"
        return format_currency(
            amount, currency, format=pattern, locale=self.babel_locale, currency_digits=False
        )

    def number(self, value: Decimal | int | float) -> str:
        return format_decimal(value, locale=self.babel_locale)

    def day(self, value: date) -> str:
        return format_skeleton("MMMEd", value, locale=self.babel_locale)

    def date_long(self, value: date) -> str:
        return format_skeleton("yMMMEd", value, locale=self.babel_locale)

    def when(self, value: datetime, tz: ZoneInfo) -> str:
        local = value.astimezone(tz)
        return f"{self.day(local)} {format_skeleton('Hm', local, locale=self.babel_locale)}"


class Catalogs:
    """All translations, loaded once per process."""

    def __init__(self) -> None:
        self._translations = {language: _load(language) for language in LANGUAGES}

    def translator(self, language: str) -> Translator:
        language = language if language in self._translations else "en"
        return Translator(language, self._translations[language])
