"""Hostile input, shared by the property tests (as hypothesis strategies) and the long maintainer
run in benchmarks/hostile_input.py (as a seeded random generator).

Fragments are what broke salesbot before or breaks programs in general: digits that are not
ASCII, ids beyond 64 bits, NUL and other control characters, lone surrogates, bidi overrides,
dates past any calendar, absurd amounts, SQL and format strings, and very long runs.
"""

from __future__ import annotations

import random
import string

from hypothesis import strategies as st

FRAGMENTS = (
    "²", "٣", "½", "Ⅻ", "\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u202e", "\u200b", "\ufeff", "\ud800",
    "\udfff", "💥", "👩‍👩‍👧", "in 99999999 days", "in 9999999999999 hours", "in 99999999999999999999 minutes",
    "99999999天后", "9999-12-31", "0000-00-00", "2999", "close 2999", "1e400", "-5000", "NaN", "Infinity",
    "9" * 400, "18446744073709551617", "99999999999999999999999999k", "¥99999999999999999999", "5 亿亿",
    "'; DROP TABLE customers;--", "%s%n%x", "{0}{name}", "<script>alert(1)</script>", "*bold* _it_ `x`",
    "<!channel>", "@everyone", "Acme", "Globex", "华为", "tomorrow 3pm", "下周三", "50k", "$24,000",
    ":", "：", ",", "=", "/", "\\", "\"", "'", " ", "\n",
)  # fmt: skip
COMMANDS = (
    "/log", "/deal", "/stage", "/won", "/lost", "/find", "/customer add", "/customer set", "/contact add",
    "/remind", "/today", "/reminders", "/pipeline", "/digest", "/notify", "/undo", "/lang", "/tz",
    "/hours", "/me", "/link", "/invite", "/role", "/start", "/help", "/frobnicate", "",
)  # fmt: skip
# Commands that only read: whatever their arguments, nothing may be stored.
READ_ONLY = ("/find", "/today", "/reminders", "/pipeline", "/me", "/help", "/frobnicate")
PAYLOAD_PREFIXES = ("rem:done", "rem:snooze", "rem:tomorrow", "rem:later", "rem:at", "undo", "pick", "fill",
                    "x", "", "UNDO", "rem")  # fmt: skip
# Ids that never name a row of a small database: non-ASCII digits, zero, negatives, beyond 64 bits.
BAD_IDS = ("²", "٣", "0", "-1", "00", "1.5", "1e3", "2147483648", "18446744073709551617", "9" * 40, "", " 1",
           "１", "\x00", "0x10")  # fmt: skip


def random_text(rng: random.Random, *, max_parts: int = 6) -> str:
    parts = []
    for _ in range(rng.randint(1, max_parts)):
        roll = rng.random()
        if roll < 0.55:
            parts.append(rng.choice(FRAGMENTS))
        elif roll < 0.8:
            parts.append("".join(rng.choice(string.printable) for _ in range(rng.randint(1, 12))))
        elif roll < 0.97:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 8))))
        else:
            parts.append(rng.choice("xyz你") * rng.randint(1000, 20_000))
    return rng.choice(("", " ")).join(parts)


def random_message(rng: random.Random) -> str:
    command = rng.choice(COMMANDS)
    return f"{command} {random_text(rng)}".strip() if command else random_text(rng)


def random_payload(rng: random.Random) -> str:
    prefix = rng.choice(PAYLOAD_PREFIXES)
    parts = [rng.choice(BAD_IDS) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.2:
        parts.append(random_text(rng, max_parts=2))
    return ":".join([prefix, *parts])


# Spreadsheets to import: real headers of each kind, hostile cells (and dates no calendar has).
IMPORT_HEADERS = {
    "customers": (
        "Company Name",
        "Phone",
        "Website",
        "Address",
        "Tier",
        "Owner",
        "Created",
        "Aliases",
        "Account ID",
    ),
    "contacts": ("First Name", "Last Name", "Email", "Phone", "Title", "Company", "Contact ID"),
    "deals": ("Deal Name", "Amount", "Currency", "Stage", "Close Date", "Account Name", "Status", "Is Won"),
    "activities": ("Subject", "Body", "Activity Date", "Activity Type", "Company", "Contact"),
}
ODD_DATES = ("2024-13-45", "31/02/2024", "12/11/10", "2099-01-01", "0001-01-01", "9999-12-31", "1e9",
             "99999999999999", "-1", "yes", "Acme", "", "9" * 400)  # fmt: skip


def sheet_bytes(headers: list[str], rows: list[list[str]]) -> bytes:
    """A CSV file of these cells, every cell quoted (lone surrogates kept as their bytes)."""
    lines = (",".join('"' + cell.replace('"', '""') + '"' for cell in row) for row in [headers, *rows])
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def random_sheet(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(sorted(IMPORT_HEADERS))
    headers = rng.sample(IMPORT_HEADERS[kind], rng.randint(2, len(IMPORT_HEADERS[kind])))
    cell = lambda: rng.choice(ODD_DATES) if rng.random() < 0.3 else random_text(rng, max_parts=3)  # noqa: E731
    return kind, sheet_bytes(headers, [[cell() for _ in headers] for _ in range(rng.randint(1, 8))])


# Hypothesis strategies over the same material ---------------------------------------------------
fragments = st.sampled_from(FRAGMENTS)
hostile_text = st.lists(st.one_of(fragments, st.text(max_size=20)), min_size=1, max_size=6).map("".join)
messages = st.tuples(st.sampled_from(COMMANDS), hostile_text).map(lambda pair: f"{pair[0]} {pair[1]}".strip())
payloads = st.tuples(
    st.sampled_from(PAYLOAD_PREFIXES),
    st.lists(st.one_of(st.sampled_from(BAD_IDS), st.text(max_size=8)), max_size=3),
).map(lambda pair: ":".join([pair[0], *pair[1]]))
