"""The checks every HTTP endpoint of ours makes before it trusts a request (Slack events, the
Telegram webhook, health and other adapters' endpoints reuse them).

Anything malformed gets a 4xx here, never a 500: headers that are missing, too long or not
printable ASCII (aiohttp hands non-UTF-8 bytes over as surrogates) read as absent; a body
over the size limit gets 413; a body that is not a JSON object gets 400; secrets are
compared in constant time as bytes.
"""

from __future__ import annotations

import hmac
import json
import re
import time
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web

MAX_HEADER = 1024
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
    """The body, refusing with 413 before reading when it is declared or turns out too large."""
    if request.content_length is not None and request.content_length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=request.content_length)
    body = await request.content.read(limit + 1)
    if len(body) > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=len(body))
    return body


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
