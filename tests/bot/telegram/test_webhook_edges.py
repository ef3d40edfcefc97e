"""The Telegram webhook under hostile requests: 400/403/413, never 500 (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from bot.telegram.webhook import MAX_BODY, SECRET_HEADER
from crm_store.models import ProcessedMessage
from tests.bot.telegram.test_conversation import count
from tests.bot.telegram.test_webhook import SECRET
from tests.bot.telegram.test_webhook import settings as settings
from tests.support.raw_http import raw_post

UPDATE = json.dumps(
    {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}}
)


@pytest.mark.parametrize(
    "secret",
    [b"\xff\xfe\xfd", SECRET.encode() + b"\xff", "s3cret-Tökén".encode(), b"\xc3\x28", b"x" * 5000, b""],
)
async def test_a_secret_header_that_is_not_clean_ascii_gets_403(app, fake_telegram, telegram, secret) -> None:
    url = fake_telegram.webhook["url"]
    assert await raw_post(url, [(SECRET_HEADER, secret)], UPDATE.encode()) in (400, 403)
    assert telegram.updates_done == 0 and count(app, ProcessedMessage) == 0


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        (b"{not json", 400),
        (b"\xff\xfe\x00{", 400),
        (b"[" * 100_000 + b"]" * 100_000, 400),
        (b'{"update_id": "1"}', 400),
        (b"", 400),
        (b"{" + b" " * (MAX_BODY + 1) + b"}", 413),
    ],
)
async def test_malformed_or_oversized_bodies_get_4xx(app, fake_telegram, telegram, payload, status) -> None:
    url = fake_telegram.webhook["url"]
    assert await raw_post(url, [(SECRET_HEADER, SECRET.encode())], payload) == status
    assert telegram.updates_done == 0


async def test_every_hostile_request_is_refused_never_500(app, fake_telegram, telegram) -> None:
    """Bad methods, lengths, encodings, compression bombs, cut-off bodies (tests/support/http_attacks)."""
    from tests.support.http_attacks import attack, unexpected

    statuses = await attack(fake_telegram.webhook["url"])
    assert unexpected(statuses) == {}, statuses
    assert telegram.updates_done == 0 and count(app, ProcessedMessage) == 0


async def test_a_body_that_never_arrives_gets_400(app, fake_telegram, telegram, monkeypatch) -> None:
    """Slowloris on the body: declared 100 bytes, 10 sent, the connection kept open."""
    from tests.support.raw_http import raw_request

    monkeypatch.setattr("bot.http_edge.BODY_SECONDS", 0.5)
    head = (f"POST {{path}} HTTP/1.1\r\nHost: {{host}}\r\n{SECRET_HEADER}: {SECRET}\r\n"
            "Content-Length: 100\r\n\r\n")  # fmt: skip
    status = await raw_request(fake_telegram.webhook["url"], head.encode() + b'{"update_i', timeout=5)
    assert status == 400 and telegram.updates_done == 0
