"""Encrypted, signed Feishu callbacks, built the way Feishu builds them, for driving the adapter.

Bodies follow Feishu's event schema 2.0 (`im.message.receive_v1`, `card.action.trigger`,
`im.chat.member.bot.added_v1`) and the legacy card callback. Encryption is AES-256-CBC with
the SHA-256 of the encrypt key, a random IV in front, base64; the signature is SHA-256 over
timestamp + nonce + encrypt key + body (`X-Lark-Signature`), as lark-oapi checks it.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import time
from dataclasses import dataclass
from typing import Any

import aiohttp
from Crypto.Cipher import AES

ENCRYPT_KEY = "kE9rTz3pQw7Lm2Xc"
VERIFICATION_TOKEN = "vToken-4fA8dQ2"
TENANT = "tenant_acme"
CHINESE_CLIENT = "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 Lark/7.20.5 LarkLocale/zh_CN ttnet"
ENGLISH_CLIENT = "Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Lark/7.20.5 LarkLocale/en_US"
_ids = itertools.count(1)


@dataclass(frozen=True)
class Sent:
    status: int
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


def encrypt(plaintext: bytes, key: str = ENCRYPT_KEY) -> str:
    pad = 16 - len(plaintext) % 16
    iv = os.urandom(16)
    cipher = AES.new(hashlib.sha256(key.encode()).digest(), AES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(plaintext + bytes([pad]) * pad)).decode()


def sign(timestamp: str, nonce: str, body: bytes, key: str = ENCRYPT_KEY) -> str:
    return hashlib.sha256((timestamp + nonce + key).encode() + body).hexdigest()


def header(event_type: str, *, event_id: str | None = None, tenant: str = TENANT) -> dict[str, Any]:
    return {
        "event_id": event_id or f"ev_{next(_ids):08d}",
        "token": VERIFICATION_TOKEN,
        "create_time": str(int(time.time() * 1000)),
        "event_type": event_type,
        "tenant_key": tenant,
        "app_id": "cli_test_app",
    }


def message_event(
    text: str,
    *,
    user: str,
    chat: str | None = None,
    chat_type: str = "p2p",
    message_id: str | None = None,
    event_id: str | None = None,
    tenant: str = TENANT,
    mentions: list[dict[str, Any]] | None = None,
    user_agent: str = ENGLISH_CLIENT,
    thread_id: str | None = None,
) -> dict[str, Any]:
    """An `im.message.receive_v1` event for a text message."""
    message = {
        "message_id": message_id or f"om_in_{next(_ids):06d}",
        "create_time": str(int(time.time() * 1000)),
        "chat_id": chat or f"oc_p2p_{user}",
        "chat_type": chat_type,
        "message_type": "text",
        "content": json.dumps({"text": text}, ensure_ascii=False),
        "mentions": mentions or [],
        "user_agent": user_agent,
    }
    if thread_id:
        message["thread_id"] = thread_id
    return {
        "schema": "2.0",
        "header": header("im.message.receive_v1", event_id=event_id, tenant=tenant),
        "event": {
            "sender": {
                "sender_id": {"open_id": user, "union_id": f"on_{user}", "user_id": None},
                "sender_type": "user",
                "tenant_key": tenant,
            },
            "message": message,
        },
    }


def bot_mention(key: str = "@_user_1", open_id: str = "ou_bot", name: str = "salesbot") -> dict[str, Any]:
    return {
        "key": key,
        "id": {"open_id": open_id, "union_id": "on_bot", "user_id": None},
        "name": name,
        "tenant_key": TENANT,
    }


def card_action(
    value: dict[str, Any],
    *,
    user: str,
    chat: str,
    message_id: str,
    tenant: str = TENANT,
    event_id: str | None = None,
) -> dict[str, Any]:
    """A `card.action.trigger` callback: `user` pressed the button carrying `value`."""
    return {
        "schema": "2.0",
        "header": header("card.action.trigger", event_id=event_id, tenant=tenant),
        "event": {
            "operator": {"tenant_key": tenant, "open_id": user, "union_id": f"on_{user}"},
            "token": "c-" + hashlib.sha1(message_id.encode()).hexdigest(),
            "action": {"value": value, "tag": "button"},
            "host": "im_message",
            "context": {"open_message_id": message_id, "open_chat_id": chat},
        },
    }


def legacy_card_action(
    value: dict[str, Any], *, user: str, chat: str, message_id: str, tenant: str = TENANT
) -> dict[str, Any]:
    """The older card callback (the "message card request URL")."""
    return {
        "open_id": user,
        "user_id": None,
        "open_message_id": message_id,
        "open_chat_id": chat,
        "tenant_key": tenant,
        "token": VERIFICATION_TOKEN,
        "action": {"value": value, "tag": "button"},
    }


def bot_added(*, operator: str, chat: str, tenant: str = TENANT) -> dict[str, Any]:
    return {
        "schema": "2.0",
        "header": header("im.chat.member.bot.added_v1", tenant=tenant),
        "event": {
            "chat_id": chat,
            "operator_id": {"open_id": operator},
            "external": False,
            "operator_tenant_key": tenant,
            "name": "Sales",
        },
    }


class SignedClient:
    """Posts callbacks to the adapter the way Feishu does: encrypted, signed, with the token inside."""

    def __init__(self, url: str, *, encrypt_key: str = ENCRYPT_KEY) -> None:
        self.url = url
        self.encrypt_key = encrypt_key

    def body(self, payload: dict[str, Any], *, encrypted: bool = True) -> bytes:
        plain = json.dumps(payload, ensure_ascii=False).encode()
        return json.dumps({"encrypt": encrypt(plain, self.encrypt_key)}).encode() if encrypted else plain

    def headers(self, body: bytes, *, signature: str | None = None, legacy: bool = False) -> dict[str, str]:
        timestamp, nonce = str(int(time.time())), f"n{next(_ids)}"
        if legacy and signature is None:  # the legacy card callback: SHA-1 with the verification token
            signature = hashlib.sha1((timestamp + nonce + VERIFICATION_TOKEN).encode() + body).hexdigest()
        return {
            "Content-Type": "application/json; charset=utf-8",
            "X-Lark-Request-Timestamp": timestamp,
            "X-Lark-Request-Nonce": nonce,
            "X-Lark-Signature": sign(timestamp, nonce, body, self.encrypt_key)
            if signature is None
            else signature,
        }

    async def post_raw(self, body: bytes, headers: dict[str, str], path: str = "") -> Sent:
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url + path, data=body, headers=headers) as response,
        ):
            return Sent(response.status, await response.text())

    async def post(
        self,
        payload: dict[str, Any],
        *,
        encrypted: bool = True,
        signature: str | None = None,
        path: str = "",
        legacy: bool = False,
    ) -> Sent:
        body = self.body(payload, encrypted=encrypted)
        return await self.post_raw(body, self.headers(body, signature=signature, legacy=legacy), path)

    async def deliver(self, payload: dict[str, Any], *, attempts: int = 5) -> Sent:
        """Post a callback and post it again while the adapter answers 503, as Feishu re-sends it.

        503 is the adapter's "not stored, send it again" when its inbox cannot take the event in time
        (a loaded machine); Feishu re-sends such a callback, so a test of a whole conversation does
        the same instead of failing on the first 503. Any other answer is returned as it is.
        """
        for _ in range(attempts - 1):
            sent = await self.post(payload)
            if sent.status != 503:
                return sent
        return await self.post(payload)
