"""Property-based tests (hypothesis) over the edges: the handler entry point, the button-payload
reader, the amount and date parsers, the CSV reader and the HTTP checks.

Example counts are bounded so the whole file stays within seconds in CI; the long run over
thousands of messages is `python benchmarks/hostile_input.py --messages 10000`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.http_edge import secret_matches, slack_signature_valid
from crm_store.errors import InvalidValue
from crm_store.limits import MAX_RECORD_ID, REPLY_LIMIT, check_amount, date_bounds, strip_controls
from crm_store.transfer.reading import UnreadableFile, read_table
from handlers.parsing.amounts import _CURRENCY_NAMED, _currency_matches, find_amounts
from handlers.parsing.dates import find_when
from handlers.payloads import choice_index, payload_id, split_payload
from tests.bot.telegram.test_conversation import count
from tests.conftest import texts
from tests.support.hostile import IMPORT_HEADERS, ODD_DATES, hostile_text, messages, payloads, sheet_bytes

FAST = settings(max_examples=100, deadline=None)
# The handler properties run against a real database per backend: fewer, heavier examples.
WITH_DATABASE = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
APOLOGY = "Sorry, something went wrong"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@FAST
@given(st.one_of(payloads, st.text(max_size=300)))
def test_the_payload_reader_never_raises_and_only_yields_ids_in_range(payload: str) -> None:
    parts = split_payload(payload)
    if parts is not None:
        prefix, rest = parts
        assert prefix.isascii() and prefix.isalpha() and payload.startswith(prefix)
        for piece in rest.split(":"):
            ident = payload_id(piece)
            assert ident is None or (0 < ident <= MAX_RECORD_ID and str(ident) == piece.lstrip("0"))
            index = choice_index(piece, 5)
            assert index is None or 0 <= index < 5


@FAST
@given(hostile_text)
def test_the_amount_parser_never_raises_and_bounds_hold(text: str) -> None:
    for amount in find_amounts(text):
        try:
            kept = check_amount(amount.value)
        except InvalidValue as refused:
            assert refused.code == "out_of_range"
        else:
            assert kept is not None and Decimal(0) <= kept <= Decimal("1000000000000")


# Words and glue the currency reader's patterns hinge on: codes after "in", "to", "or was it", a choice
# glued by 定 / 或 / 还是 / "/", names with their country before them, and bare words that only look like
# one ("won", "aud").
_CURRENCY_WORDS = (
    ["usd", "US dollars", "us  dollars", "us$", "in EUR", "to rmb", "into cny", "or was it CHF",
     "RMB定HKD", "abc定系HKD", "MYR or USD", "sgd/myr", "还是港币", "还是 hkd", "new zealand dollars",
     "kiwi dollar", "bucks", "not in pesos", "swiss francs", "mexican peso", "korean won", "won",
     "złoty", "pounds sterling", "aud", "audit", "sek", "美金", "新加坡元", "瑞士法郎", "而不是人民币",
     " ", "  ", "x", "Ab", "12k", "/", "或", "定", "还是", "in ", "or ", ", "]
)  # fmt: skip
_CURRENCY_BITS = st.sampled_from(_CURRENCY_WORDS)


def _same_as_a_whole_scan(text: str) -> None:
    whole = [(m.start(), m.end(), m.lastgroup) for m in _CURRENCY_NAMED.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in _currency_matches(text)] == whole, text


def test_the_currency_reader_finds_every_pair_of_its_words_as_a_whole_scan_does() -> None:
    for first in _CURRENCY_WORDS:
        for second in _CURRENCY_WORDS:
            _same_as_a_whole_scan(first + second)


@FAST
@given(st.lists(st.one_of(_CURRENCY_BITS, st.text(max_size=4)), max_size=14).map("".join))
def test_the_currency_reader_tried_near_currency_words_finds_what_a_whole_scan_finds(text: str) -> None:
    """`_currency_matches` tries its pattern only just before a currency word (a whole scan was the parse
    benchmark's tail); it must find exactly the matches of a scan of every position."""
    _same_as_a_whole_scan(text)


@FAST
@given(hostile_text, st.sampled_from(["Europe/Berlin", "Asia/Shanghai", "Pacific/Kiritimati", "UTC"]))
def test_the_date_parser_refuses_or_answers_within_bounds(text: str, zone: str) -> None:
    try:
        when = find_when(text, now=NOW, tz=ZoneInfo(zone))
    except InvalidValue as refused:
        assert refused.code == "date_out_of_range"
        return
    if when is not None:
        earliest, latest = date_bounds(NOW.date())
        assert earliest <= when.at.astimezone(UTC).date() <= latest


@FAST
@given(st.text(max_size=200))
def test_control_characters_never_survive_cleaning(text: str) -> None:
    cleaned = strip_controls(text)
    assert "\x00" not in cleaned and "\r" not in cleaned
    assert all(ch in "\n\t" or ch.isprintable() or ch in " \u00a0" or ord(ch) > 0x9F for ch in cleaned)
    cleaned.encode("utf-8")  # no lone surrogates: both databases take it


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.booleans())
def test_the_csv_reader_reads_or_refuses_in_one_line(tmp_path: Path, data: bytes, with_header: bool) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes((b"name,address,phone\n" if with_header else b"") + data)
    try:
        _, rows = read_table(path)
    except UnreadableFile as refused:
        assert "\n" not in str(refused)
        return
    assert all(isinstance(value, str) for _, row in rows for value in row.values())
    assert all(line >= 2 for line, _ in rows)


@FAST
@given(st.binary(max_size=200), st.text(max_size=450), st.text(max_size=120), st.integers(0, 10**11))
def test_the_slack_signature_check_only_takes_true_signatures(body: bytes, stamp: str, signature: str,
                                                              now: int) -> None:  # fmt: skip
    secret = "8f742231b10e8888abcd99yyyzzz85a5"
    assert slack_signature_valid(secret, body, stamp, signature, now=now) is False or signature == (
        "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    )
    fresh = str(now)
    good = "v0=" + hmac.new(secret.encode(), f"v0:{fresh}:".encode() + body, hashlib.sha256).hexdigest()
    assert slack_signature_valid(secret, body, fresh, good, now=now)
    assert secret_matches(signature, secret) is (signature == secret)


# The handler entry point, on SQLite and PostgreSQL ------------------------------------------------
@pytest.fixture
def seeded(chat):
    chat.send("/customer add Acme Corporation")
    chat.send("/deal Acme 10k proposal")
    return chat


def stored(app) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    from crm_store.models import Activity, Contact, Customer, Deal, Reminder, User

    return tuple(count(app, model) for model in (Customer, Contact, Deal, Activity, Reminder, User))


@WITH_DATABASE
@given(messages)
def test_any_message_gets_a_short_answer_and_never_an_apology(app, seeded, message: str) -> None:
    replies = seeded.send(message)
    reply = texts(replies)
    assert APOLOGY not in reply and "Traceback" not in reply
    assert all(len(r.text) <= REPLY_LIMIT + 200 for r in replies)


@WITH_DATABASE
@given(payloads)
def test_forged_buttons_are_refused_and_store_nothing(app, seeded, payload: str) -> None:
    before = stored(app)
    reply = texts(seeded.assistant.handle(replace(seeded._message(), payload=payload)))
    assert APOLOGY not in reply and "Traceback" not in reply
    assert stored(app) == before


long_text = st.tuples(st.text(max_size=12), st.integers(0, 3000), st.sampled_from(["", "\n"])).map(
    lambda parts: (parts[0] + parts[2]) * parts[1]
)


@settings(max_examples=60, deadline=None)
@given(long_text, st.lists(long_text.map(lambda label: label[:200]), max_size=8))
def test_any_reply_is_one_message_on_every_platform(text: str, labels: list[str]) -> None:
    """Whatever a handler, a question, a notice or a digest puts in a `Reply`, it shows as one
    message on Telegram (4,096 UTF-16 units), Slack (sections of 3,000, 50 blocks) and Feishu."""
    from bot.feishu.render import render_reply as feishu_messages
    from bot.slack.blocks import render_reply as slack_messages
    from bot.telegram.render import MESSAGE_LIMIT, parts
    from crm_store.limits import LABEL_LIMIT, utf16_length
    from handlers.messages import Button, Reply

    reply = Reply(text, tuple(Button(label, f"pick:1:{n}") for n, label in enumerate(labels)))
    assert utf16_length(reply.plain()) <= REPLY_LIMIT
    assert all(len(button.label) <= LABEL_LIMIT for button in reply.buttons)
    telegram = parts(reply)
    assert len(telegram) <= 1 and all(utf16_length(part.text) <= MESSAGE_LIMIT for part in telegram)
    slack = slack_messages(reply)
    assert len(slack) <= 1 and all(len(message.blocks) <= 50 for message in slack)
    assert all(len(block["text"]["text"]) <= 3000 for m in slack for block in m.blocks if "text" in block)
    assert len(feishu_messages(reply)) <= 1
    assert len(Reply(text, notice=True).text) <= 200  # a Telegram toast


# Imports of hostile spreadsheets, end to end on SQLite and PostgreSQL ------------------------------
cells = st.one_of(hostile_text, st.sampled_from(ODD_DATES))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(IMPORT_HEADERS)), st.data())
def test_any_spreadsheet_imports_with_every_row_accounted_for(
    app, admin, tmp_path: Path, kind: str, data
) -> None:
    """Hostile cells under real headers (the same store across examples, so later files meet the
    keys of earlier ones): the import reads or refuses in one line, never raises, and every row read
    is imported, merged, flagged or skipped with a reason."""
    from crm_store.transfer.columns import MappingError
    from crm_store.transfer.importer import import_file

    headers = data.draw(st.lists(st.sampled_from(IMPORT_HEADERS[kind]), min_size=2, max_size=6, unique=True))
    rows = data.draw(
        st.lists(st.lists(cells, min_size=len(headers), max_size=len(headers)), min_size=1, max_size=6)
    )
    path = tmp_path / "sheet.csv"
    path.write_bytes(sheet_bytes(headers, rows))
    try:
        with app.db.transaction() as session:
            report = import_file(session, admin.org_id, path)
    except (UnreadableFile, MappingError) as refused:
        assert "\n" not in str(refused)
        return
    assert report.accounted == report.rows
