"""Checking a callback that claims to come from Feishu, before anything of ours reads it.

With an encrypt key configured, Feishu sends `{"encrypt": "<base64 AES-256-CBC>"}` and signs
each request: `X-Lark-Signature` is SHA-256 over timestamp + nonce + encrypt key + body
(legacy card callbacks: SHA-1 over timestamp + nonce + verification token + body). The
decrypted payload carries the verification token. A request must pass every check;
otherwise `Refused` says which status to answer (400 for something that is not a
callback at all, 401 for anything unauthenticated) and nothing else happens. The URL
verification challenge is the one request Feishu does not sign; its token is checked, and it is
answered even unencrypted (as lark-oapi does): answering it changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from lark_oapi.core.const import LARK_REQUEST_NONCE, LARK_REQUEST_SIGNATURE, LARK_REQUEST_TIMESTAMP
from lark_oapi.core.utils import AESCipher

from bot.feishu.inbound import LEGACY_CARD, event_type

MAX_HEADER = 256

Kind = Literal["challenge", "event", "card"]


class Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Callback:
    kind: Kind
    payload: dict[str, Any]  # the decrypted JSON
    plaintext: bytes

    @property
    def event_type(self) -> str:
        return event_type(self.payload)


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name, "")
    if not value or len(value) > MAX_HEADER or not value.isascii():
        raise Refused(401, f"missing or malformed {name}")
    return value


class CallbackChecker:
    def __init__(self, encrypt_key: str, verification_token: str) -> None:
        self.encrypt_key = encrypt_key
        self.token = verification_token
        self._cipher = AESCipher(encrypt_key)

    def check(self, headers: Mapping[str, str], body: bytes) -> Callback:
        payload, plaintext = self._decrypt(body)
        if payload.get("type") == "url_verification":
            self._check_token(payload.get("token"))
            if not isinstance(payload.get("challenge"), str):
                raise Refused(400, "a URL verification without a challenge")
            return Callback("challenge", payload, plaintext)
        legacy_card = event_type(payload) == LEGACY_CARD
        self._check_signature(headers, body, legacy_card=legacy_card)
        header = payload.get("header")
        token = header.get("token") if isinstance(header, dict) else payload.get("token")
        self._check_token(token)
        return Callback("card" if legacy_card else "event", payload, plaintext)

    def _decrypt(self, body: bytes) -> tuple[dict[str, Any], bytes]:
        try:
            outer = json.loads(body)
        except (ValueError, RecursionError):
            raise Refused(400, "the body is not JSON") from None
        encrypted = outer.get("encrypt") if isinstance(outer, dict) else None
        if isinstance(outer, dict) and "encrypt" not in outer and outer.get("type") == "url_verification":
            return outer, body  # a plain challenge: harmless to answer once its token is checked
        if not isinstance(encrypted, str) or not encrypted:
            raise Refused(401, "the body is not encrypted")
        try:
            plaintext = self._cipher.decrypt(base64.b64decode(encrypted, validate=True))
            payload = json.loads(plaintext)
        except (ValueError, binascii.Error, RecursionError):
            raise Refused(401, "the body does not decrypt with the encrypt key") from None
        if not isinstance(payload, dict):
            raise Refused(400, "the decrypted body is not a JSON object")
        return payload, plaintext

    def _check_signature(self, headers: Mapping[str, str], body: bytes, *, legacy_card: bool) -> None:
        timestamp = _header(headers, LARK_REQUEST_TIMESTAMP)
        nonce = _header(headers, LARK_REQUEST_NONCE)
        given = _header(headers, LARK_REQUEST_SIGNATURE).lower()
        signed = (timestamp + nonce).encode()
        expected = [hashlib.sha256(signed + self.encrypt_key.encode() + body).hexdigest()]
        if legacy_card:
            expected.append(hashlib.sha1(signed + self.token.encode() + body).hexdigest())
        if not any(hmac.compare_digest(given, digest) for digest in expected):
            raise Refused(401, "wrong signature")

    def _check_token(self, token: object) -> None:
        if not isinstance(token, str) or not hmac.compare_digest(token.encode(), self.token.encode()):
            raise Refused(401, "wrong verification token")
