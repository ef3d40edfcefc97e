"""Hostile HTTP requests an outsider can send to any endpoint of ours (Slack events, the Telegram
webhook, Feishu callbacks, /healthz /readyz /metrics), as raw bytes for `raw_http.raw_request`.

Each is (name, request bytes, send_then_close). None carries a valid signature or secret, so
every one must be refused with a 4xx (or the connection closed), never 500, storing nothing.
"""

from __future__ import annotations

import gzip
import zlib

JSON_BODY = b'{"type": "event_callback", "update_id": 1, "event": {"text": "hi"}}'


def request(
    method: bytes, body: bytes = b"", *headers: bytes, length: bytes | None = None, path: bytes = b"{path}"
) -> bytes:
    """A request with `Content-Length` (the body's own unless `length` says otherwise; b"" for none)."""
    lines = [method + b" " + path + b" HTTP/1.1", b"Host: {host}", b"Connection: close", *headers]
    declared = str(len(body)).encode() if length is None else length
    if declared:
        lines.append(b"Content-Length: " + declared)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(*pieces: bytes, headers: tuple[bytes, ...] = ()) -> bytes:
    lines = [
        b"POST {path} HTTP/1.1",
        b"Host: {host}",
        b"Connection: close",
        b"Transfer-Encoding: chunked",
        *headers,
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + b"".join(pieces)


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


GZIP_BOMB = gzip.compress(b"{" + b" " * (20 * 1024 * 1024) + b"}")  # 20 MB of JSON in ~20 KB

ATTACKS: list[tuple[str, bytes, bool]] = [
    *[
        (f"method {m.decode('latin-1')}", request(m, JSON_BODY), False)
        for m in (b"GET", b"PUT", b"DELETE", b"PATCH", b"OPTIONS", b"TRACE", b"CONNECT", b"FROB", b"G\xffT")
    ],
    ("content-length abc", request(b"POST", JSON_BODY, length=b"abc"), False),
    ("content-length -1", request(b"POST", JSON_BODY, length=b"-1"), False),
    ("content-length 20 digits", request(b"POST", JSON_BODY, length=b"9" * 20), False),
    ("content-length 1.5", request(b"POST", JSON_BODY, length=b"1.5"), False),
    ("two content-lengths", request(b"POST", JSON_BODY, b"Content-Length: 3"), False),
    (
        "content-length and chunked",
        request(b"POST", _chunk(JSON_BODY) + b"0\r\n\r\n", b"Transfer-Encoding: chunked"),
        False,
    ),
    ("content-length beyond the body", request(b"POST", JSON_BODY, length=b"5000"), True),
    ("content-length over any limit", request(b"POST", JSON_BODY, length=b"50000000"), True),
    ("no content-length", request(b"POST", b"", length=b""), False),
    ("chunk size not hex", chunked(b"zz\r\nabc\r\n0\r\n\r\n"), False),
    ("chunk size 20 digits", chunked(b"f" * 20 + b"\r\nabc\r\n0\r\n\r\n"), False),
    ("chunked stream cut short", chunked(b"400\r\n" + b"x" * 10), True),
    ("chunked over the limit", chunked(*[_chunk(b" " * 65536)] * 80, b"0\r\n\r\n"), False),
    (
        "gzip bomb",
        request(b"POST", GZIP_BOMB, b"Content-Encoding: gzip", b"Content-Type: application/json"),
        False,
    ),
    ("broken gzip", request(b"POST", b"\x1f\x8b\x08\x00garbage", b"Content-Encoding: gzip"), False),
    ("broken deflate", request(b"POST", b"not deflate", b"Content-Encoding: deflate"), False),
    (
        "deflate of a huge body",
        request(b"POST", zlib.compress(b"[" * 3_000_000), b"Content-Encoding: deflate"),
        False,
    ),
    ("unknown content-encoding", request(b"POST", JSON_BODY, b"Content-Encoding: x-frob"), False),
    ("body not utf-8", request(b"POST", b'\xff\xfe{\x00"a\x00', b"Content-Type: application/json"), False),
    (
        "charset utf-16",
        request(
            b"POST", JSON_BODY.decode().encode("utf-16"), b"Content-Type: application/json; charset=utf-16"
        ),
        False,
    ),
    (
        "charset nonsense",
        request(b"POST", JSON_BODY, b"Content-Type: application/json; charset=\xff\xfe"),
        False,
    ),
    ("lone surrogates in JSON", request(b"POST", b'{"a": "\\ud800\\udfff\\ud800"}'), False),
    ("JSON nested 100k deep", request(b"POST", b"[" * 100_000 + b"]" * 100_000), False),
    ("JSON number 1e999999", request(b"POST", b'{"update_id": 1e999999}'), False),
    ("JSON NaN", request(b"POST", b'{"update_id": NaN}'), False),
    ("JSON 50k-digit int", request(b"POST", b'{"update_id": ' + b"9" * 50_000 + b"}"), False),
    (
        "form with bad payload",
        request(b"POST", b"payload=%FF%FE%7B&x=%", b"Content-Type: application/x-www-form-urlencoded"),
        False,
    ),
    (
        "multipart garbage",
        request(b"POST", b"--x\r\nbroken", b"Content-Type: multipart/form-data; boundary=x"),
        False,
    ),
    ("header 20 KB", request(b"POST", JSON_BODY, b"X-Pad: " + b"a" * 20_000), False),
    ("300 headers", request(b"POST", JSON_BODY, *[f"X-H{n}: v".encode() for n in range(300)]), False),
    ("header without colon", request(b"POST", JSON_BODY, b"NoColonHere"), False),
    ("header name with bytes", request(b"POST", JSON_BODY, b"X-\xff\xfe: 1"), False),
    ("header value with NUL", request(b"POST", JSON_BODY, b"X-Slack-Signature: v0=\x00"), False),
    ("path with %00 and ..", request(b"POST", JSON_BODY, path=b"/%00/../%ff%fe"), False),
    ("path 10 KB", request(b"POST", JSON_BODY, path=b"/" + b"a" * 10_000), False),
    ("query 10 KB", request(b"POST", JSON_BODY, path=b"{path}?" + b"q=" + b"%ff" * 3000), False),
    ("absolute-form URL elsewhere", request(b"POST", JSON_BODY, path=b"http://evil.example/x"), False),
    ("HTTP/0.9 request", b"GET {path}\r\n\r\n", False),
    ("HTTP/9.9 request", b"POST {path} HTTP/9.9\r\nHost: {host}\r\n\r\n", False),
    (
        "request line of bytes",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64) + b"\r\n\r\n",
        False,
    ),
    ("headers that never end", b"POST {path} HTTP/1.1\r\nHost: {host}\r\nX-A: 1\r\n", True),
]
# What a refusal may be: a 4xx of these, or the connection closed without an answer.
REFUSALS = {0, 400, 401, 403, 404, 405, 411, 413, 414, 415, 422, 431, 501, 505}


async def attack(url: str) -> dict[str, int]:
    """Every attack against `url`: the status each got (0: closed unanswered; -1: neither in 5 seconds)."""
    from tests.support.raw_http import raw_request

    return {
        name: await raw_request(url, data, send_then_close=close, timeout=5) for name, data, close in ATTACKS
    }


def unexpected(statuses: dict[str, int], allowed: set[int] = REFUSALS) -> dict[str, int]:
    return {name: status for name, status in statuses.items() if status not in allowed}
