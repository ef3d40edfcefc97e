"""Slack's HTTP endpoint under hostile requests: 400/401/413, never 500 (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import hmac
import time

import pytest

from bot.http_edge import slack_signature_valid
from bot.slack.http import MAX_BODY
from crm_store.models import ProcessedMessage
from tests.bot.slack_harness import SECRET, TEAM, Slack, start_slack
from tests.bot.telegram.test_conversation import count
from tests.bot.test_slack import settings, slack_api  # noqa: F401 - the fake Slack and its settings
from tests.support.raw_http import raw_post
from tests.support.slack import JSON, event_body, message_event


@pytest.fixture
async def slack(app, slack_api):  # noqa: F811 - the fixture of that name
    running = await start_slack(app, slack_api)
    yield running
    await running.component.stop()


def body() -> bytes:
    event = message_event("/find acme", user="U1", channel="DU1", ts="1.1", team=TEAM)
    return event_body(event, team=TEAM).encode()


def signed(data: bytes, stamp: str) -> bytes:

    return (
        b"v0="
        + hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + data, hashlib.sha256)
        .hexdigest()
        .encode()
    )


@pytest.mark.parametrize(
    ("timestamp", "signature"),
    [
        (b"abc", None),
        (b"1795941101.5", None),
        (b"9" * 400, None),
        (b"-1", None),
        (b"", None),
        (None, b"v0=" + "é".encode() * 32),
        (None, b"v0=\xff\xfe" + b"0" * 62),
        (None, b"\x80\x81"),
        (None, b"v0=" + b"0" * 64),
        (b"\xc3\xa9", b"v0=\xff"),
    ],
)
async def test_malformed_signature_headers_get_401(slack: Slack, app, timestamp, signature) -> None:
    data = body()
    stamp = timestamp if timestamp is not None else str(int(time.time())).encode()
    sign = signature if signature is not None else signed(data, stamp.decode("latin-1"))
    headers = [
        ("Content-Type", JSON.encode()),
        ("X-Slack-Request-Timestamp", stamp),
        ("X-Slack-Signature", sign),
    ]
    assert await raw_post(slack.client.url, headers, data) == 401
    assert count(app, ProcessedMessage) == 0


async def test_an_oversized_body_gets_413(slack: Slack) -> None:
    data = b"{" + b" " * (MAX_BODY + 10) + b"}"
    stamp = str(int(time.time()))
    headers = [("X-Slack-Request-Timestamp", stamp.encode()), ("X-Slack-Signature", signed(data, stamp))]
    assert await raw_post(slack.client.url, headers, data) == 413


async def test_a_signed_body_that_is_not_utf8_gets_400(slack: Slack) -> None:
    data = b"\xff\xfe{\x00}"
    stamp = str(int(time.time()))
    headers = [("X-Slack-Request-Timestamp", stamp.encode()), ("X-Slack-Signature", signed(data, stamp))]
    assert await raw_post(slack.client.url, headers, data) == 400


def test_the_signature_check_takes_only_well_formed_fresh_signatures() -> None:
    data = b'{"a": 1}'
    now = 1_795_941_101
    good = signed(data, str(now)).decode()
    assert slack_signature_valid(SECRET, data, str(now), good, now=now)
    assert not slack_signature_valid(SECRET, data + b" ", str(now), good, now=now)
    assert not slack_signature_valid(SECRET, data, str(now), good, now=now + 301)
    for stamp in ("abc", "1795941101.5", "9" * 400, "", "١٢٣", " 1795941101"):
        assert not slack_signature_valid(SECRET, data, stamp, good, now=now)
    assert not slack_signature_valid(SECRET, data, str(now), good.upper(), now=now)
    assert not slack_signature_valid(SECRET, data, str(now), None, now=now)


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        (JSON, b"{not json"),
        (JSON, b"[1, 2, 3]"),
        (JSON, b'{"type": "event_callback", "event": "nope"}'),
        (JSON, b'{"type": "event_callback", "team_id": 5, "event": {"type": "message", "text": 7}}'),
        ("application/x-www-form-urlencoded", b"payload=%7Bbroken"),
        ("application/x-www-form-urlencoded", b"payload=%5B1%5D"),
        ("application/x-www-form-urlencoded", b"command=/crm&text=%FF%FE&user_id=U1&team_id=T0001"),
        ("application/x-www-form-urlencoded", b"%%%=&&&"),
        ("text/plain", b"\x00\x01"),
    ],
)
async def test_signed_but_malformed_bodies_never_get_500(slack: Slack, content_type, data) -> None:
    stamp = str(int(time.time()))
    headers = [("Content-Type", content_type.encode()), ("X-Slack-Request-Timestamp", stamp.encode())]
    headers.append(("X-Slack-Signature", signed(data, stamp)))
    assert await raw_post(slack.client.url, headers, data) < 500


async def test_every_hostile_request_is_refused_never_500(slack: Slack, app) -> None:
    """Bad methods, lengths, encodings, compression bombs, cut-off bodies (tests/support/http_attacks)."""
    from tests.support.http_attacks import attack, unexpected

    statuses = await attack(slack.client.url)
    assert unexpected(statuses) == {}, statuses
    assert count(app, ProcessedMessage) == 0
