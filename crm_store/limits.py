"""The one set of limits on what salesbot accepts, whichever way it arrives.

Chat messages, buttons, imports, restores and the command line all pass through these
checks (the handlers at the entry, the repositories and a storage guard before anything
is written), so SQLite and PostgreSQL see the same clean values: no NUL or other control
characters, no lone surrogates, nothing longer than its limit, no amount or date outside
sensible bounds. A value over a limit is refused with `InvalidValue`, never stored whole.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Literal, overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_store.errors import InvalidValue

# Characters of one chat message (Telegram's own limit is 4096).
MESSAGE_LIMIT = 4000
# One reply, text and numbered choices together, in UTF-16 code units (what Telegram and Feishu
# count): it fits one message on every platform (Telegram 4096, Feishu 4000 per message, Slack
# sections of 3000 of which one message holds 50). Longer text is cut at a line end (see `fit_text`).
REPLY_LIMIT = 4000
# Characters of a word shown to the presser of a button alone (a Telegram toast shows 200).
NOTICE_LIMIT = 200
# Characters of a button label (Slack shows 75, Feishu cards 40 of them before cutting).
LABEL_LIMIT = 64
# Characters of one field shown in a view such as the customer card.
SHOWN_FIELD_LIMIT = 300
# Characters of one value quoted in a sentence (a name the user typed, a field): longer is cut
# with an ellipsis, so a question echoing a 4,000-character "name" stays a short question.
ECHO_LIMIT = 500

# Characters per stored field: "<table>.<column>". The storage guard refuses anything longer.
TEXT_LIMITS: dict[str, int] = {
    "customers.name": 300,
    "customers.alias": 300,
    "customers.industry": 200,
    "customers.address": 1000,
    "customers.phone": 64,
    "customers.website": 300,
    "customers.notes": 4000,
    "contacts.name": 200,
    "contacts.title": 200,
    "contacts.phone": 64,
    "contacts.email": 254,
    "deals.title": 300,
    "deals.lost_reason": 1000,
    "activities.summary": 4000,
    "activities.next_step": 1000,
    "reminders.text": 1000,
    "users.display_name": 190,
    "organizations.name": 200,
}
MAX_ALIASES = 50
# Bytes of one file to import or restore (a CSV of a million customers is about 200 MB).
MAX_IMPORT_BYTES = 1024 * 1024 * 1024

# Money: non-negative, at most a trillion (anything above is a typo, not a deal).
MAX_AMOUNT = Decimal("1000000000000")
# Dates a person may mean: a close date, a reminder, a visit. Further out is a typo.
MAX_YEARS_AHEAD = 20
MAX_YEARS_BACK = 50
# Invitation and link codes: wrong guesses allowed per sender in the window before refusing to look.
MAX_CODE_MISSES = 5
CODE_MISS_WINDOW = timedelta(hours=1)
# Record ids in button payloads and the like: PostgreSQL INTEGER (SQLite allows more).
MAX_RECORD_ID = 2**31 - 1

# NUL and the other C0/C1 controls except tab and newline; lone surrogates (not encodable as
# UTF-8, so neither database takes them); bidi overrides that can disguise text; the zero-width
# space and word joiner, invisible and meaningless in every script, which phones paste inside names
# ("Ac\u200bme" must find Acme, and "\u200b" alone must not become a customer). The zero-width
# (non-)joiners stay: emoji sequences and Persian or Indic words need them.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_ASCII_DIGITS = re.compile(r"[0-9]{1,12}")
# A terminal's escape sequence pasted with the text ("\x1b[31m" colours red): whole, or its "[31m" would
# be left to read as 31 million (trial 68).
_ESCAPES = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def strip_controls(text: str, *, keep_newlines: bool = True) -> str:
    """`text` without control characters; CR LF and CR become LF (or spaces, for one-line fields)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    if not keep_newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


def clean_message(text: str | None) -> str:
    """An incoming chat message as the handlers should see it (length is checked separately)."""
    return unicodedata.normalize("NFC", strip_controls(text or ""))


@overload
def clean_text(field: str, value: str | None, *, limit: int, required: Literal[True]) -> str: ...
@overload
def clean_text(field: str, value: str | None, *, limit: int, required: bool = False) -> str | None: ...
def clean_text(field: str, value: str | None, *, limit: int, required: bool = False) -> str | None:
    """Strip, drop control characters, refuse over-long values, turn empty optional values into None."""
    if value is None:
        if required:
            raise InvalidValue(field, "empty")
        return None
    value = strip_controls(str(value))
    value = " ".join(value.split()) if "\n" not in value else value.strip()
    if not value:
        if required:
            raise InvalidValue(field, "empty")
        return None
    if len(value) > limit:
        raise InvalidValue(field, "too_long", limit=limit, length=len(value))
    return value


def text_limit(table: str, column: str) -> int | None:
    return TEXT_LIMITS.get(f"{table}.{column}")


def shorten(text: str, limit: int = SHOWN_FIELD_LIMIT) -> str:
    """`text` cut to `limit` characters with an ellipsis, for showing (never for storing)."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, which is what Telegram and Feishu count."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF) if not text.isascii() else len(text)


def prefix_within(text: str, limit: int) -> str:
    """The longest prefix of `text` that fits in `limit` UTF-16 units (never half a character)."""
    if len(text) <= limit // 2 or utf16_length(text) <= limit:
        return text
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return text[:index]
    return text


def fit_text(text: str, limit: int = REPLY_LIMIT, tail: str = "…") -> str:
    """`text` within `limit` UTF-16 units: cut at a line end (or anywhere, for one huge line) and
    ended by `tail` on its own line. Text that fits is returned as it is."""
    if len(text) <= limit // 2 or utf16_length(text) <= limit:
        return text
    kept = prefix_within(text, max(limit - utf16_length(tail) - 1, 0))
    line_end = kept.rfind("\n")
    if line_end > len(kept) // 2:
        kept = kept[:line_end]
    return f"{kept.rstrip()}\n{tail}"


def check_amount(amount: Decimal | None) -> Decimal | None:
    """A deal amount within bounds, to the cent; None stays None."""
    if amount is None:
        return None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise InvalidValue("amount", "out_of_range", maximum=MAX_AMOUNT)
    return amount.quantize(Decimal("0.01"))


def date_bounds(today: date) -> tuple[date, date]:
    """The earliest and latest day a person may mean, seen from `today`."""
    day = min(today.day, 28)
    earliest = today.replace(year=max(today.year - MAX_YEARS_BACK, date.min.year), day=day)
    latest = today.replace(year=min(today.year + MAX_YEARS_AHEAD, date.max.year), day=day)
    return earliest, latest


def date_out_of_range(field: str, today: date) -> InvalidValue:
    """The refusal of a date outside the bounds (or past any calendar), naming the bounds."""
    earliest, latest = date_bounds(today)
    return InvalidValue(field, "date_out_of_range", earliest=earliest, latest=latest)


def check_day(field: str, day: date | None, today: date) -> date | None:
    """`day` if it lies within the bounds seen from `today`; None stays None."""
    if day is None:
        return None
    earliest, latest = date_bounds(today)
    if not earliest <= day <= latest:
        raise date_out_of_range(field, today)
    return day


@overload
def check_moment(field: str, moment: datetime, now: datetime) -> datetime: ...
@overload
def check_moment(field: str, moment: datetime | None, now: datetime) -> datetime | None: ...
def check_moment(field: str, moment: datetime | None, now: datetime) -> datetime | None:
    """An aware datetime within the date bounds; None stays None."""
    if moment is not None:
        check_day(field, moment.astimezone(UTC).date(), now.astimezone(UTC).date())
    return moment


def time_zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called `name`, or None for anything else ("", "Mars/Olympus", "../../etc", long text)."""
    if not name or len(name) > 64 or not name.isprintable():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def record_id(text: str | None) -> int | None:
    """A record id written in ASCII digits within range, else None ('²', '٣', 2**80 are not ids)."""
    if not text or not _ASCII_DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if 0 < value <= MAX_RECORD_ID else None
