"""The checks every HTTP endpoint of ours makes before it trusts a request (Slack events, the
Telegram webhook, health and other adapters' endpoints reuse them).

Anything malformed gets a 4xx here, never a 500: headers that are missing, too long or not
printable ASCII (aiohttp hands non-UTF-8 bytes over as surrogates) read as absent; a body
over the size limit gets 413; a body that is not a JSON object gets 400; secrets are
compared in constant time as bytes.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import time
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestPayloadError

MAX_HEADER = 1024
# Seconds a connection may sit without a complete request (headers dripping in, or idle between
# requests), and seconds a body may take to arrive once its headers are in: slow senders cannot
# hold connections open (aiohttp's own idle limit is an hour, with none for a body).
IDLE_SECONDS = 30.0
BODY_SECONDS = 15.0
# What aiohttp raises for bytes that are not HTTP or a body it cannot read: the sender's fault.
MALFORMED = (HttpProcessingError, RequestPayloadError, ConnectionResetError)
_SLACK_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
SLACK_MAX_AGE = 5 * 60  # seconds between Slack's timestamp and now


def header(request: web.Request, name: str, *, limit: int = MAX_HEADER) -> str | None:
    """A header's value if present, at most `limit` characters and printable ASCII; else None."""
    value = request.headers.get(name)
    if value is None or len(value) > limit or not value.isascii() or not value.isprintable():
        return None
    return value


def secret_matches(given: str | None, secret: str) -> bool:
    """Constant-time comparison of a shared secret from a header (None never matches)."""
    return given is not None and bool(secret) and hmac.compare_digest(given.encode(), secret.encode())


async def read_body(request: web.Request, limit: int) -> bytes:
    """The whole body, refusing with 413 before reading when it is declared too large and as soon
    as it turns out too large (also after decompression: a gzip bomb stops at `limit`), and with
    400 when it cannot be read (a broken gzip/deflate stream, a malformed chunk)."""
    if request.content_length is not None and request.content_length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=request.content_length)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(BODY_SECONDS):
            while chunk := await request.content.read(64 * 1024):  # returns what has arrived so far
                size += len(chunk)
                if size > limit:
                    raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=size)
                chunks.append(chunk)
    except (HttpProcessingError, RequestPayloadError):
        raise web.HTTPBadRequest(text="unreadable body") from None
    except TimeoutError:
        raise web.HTTPBadRequest(text=f"body not received within {BODY_SECONDS:g} seconds") from None
    return b"".join(chunks)


def runner(app: web.Application) -> web.AppRunner:
    """The runner every HTTP endpoint of ours listens with: no access log (it would record who
    asked what), and connections without a complete request closed after `IDLE_SECONDS`."""
    return web.AppRunner(app, access_log=None, keepalive_timeout=IDLE_SECONDS)


def json_object(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, else 400."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise web.HTTPBadRequest(text="malformed JSON") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return data


def slack_body_readable(body: str, content_type: str) -> bool:
    """Whether Slack's body has the shape bolt expects: a JSON object, or a form whose `payload`
    (buttons, views) is a JSON object."""
    if content_type == "application/json":
        return _is_json_object(body)
    form = parse_qs(body, keep_blank_values=True)
    return "payload" not in form or all(_is_json_object(value) for value in form["payload"])


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


def slack_signature_valid(signing_secret: str, body: bytes, timestamp: str | None, signature: str | None,
                          *, now: float | None = None) -> bool:  # fmt: skip
    """Slack's v0 signature over `v0:<timestamp>:<raw body>`, with a timestamp at most 5 minutes
    away. Malformed values ("abc", "1795941101.5", 400 digits, non-ASCII) are simply invalid."""
    if not timestamp or not signature or not _TIMESTAMP.fullmatch(timestamp):
        return False
    if not _SLACK_SIGNATURE.fullmatch(signature):
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > SLACK_MAX_AGE:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(signing_secret.encode(), base, "sha256").hexdigest()
    return hmac.compare_digest(expected, signature)


class MalformedRequestLines(logging.Filter):
    """aiohttp's server logs every malformed request at ERROR with a traceback ("Error handling
    request", "Unhandled exception"): anyone could fill the log. Such a line becomes one WARNING
    naming the error type, without the traceback or the bytes sent."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, MALFORMED):
            record.msg, record.args, record.exc_info, record.exc_text = (
                "refused a malformed HTTP request (%s)", (type(error).__name__,), None, None)  # fmt: skip
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def quiet_malformed_requests() -> None:
    """Install `MalformedRequestLines` on aiohttp's server logger (once)."""
    server_log = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, MalformedRequestLines) for f in server_log.filters):
        server_log.addFilter(MalformedRequestLines())
