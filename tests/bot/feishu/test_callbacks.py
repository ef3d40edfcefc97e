"""The HTTP endpoint refuses anything that is not a genuine Feishu callback, and never answers 500.

A forged, unsigned, unencrypted or wrongly encrypted request gets 401 and changes nothing;
bodies that are not callbacks at all get 400, oversized ones 413. The checks run before
anything else reads the request, so the fake Open API sees no call and the database no row.
"""

from __future__ import annotations

import asyncio
import base64
import json

import aiohttp
import pytest
from sqlalchemy import func, select

from crm_store.models import ProcessedMessage, User
from tests.bot.feishu.conftest import Feishu
from tests.support.feishu import (
    ENCRYPT_KEY,
    VERIFICATION_TOKEN,
    SignedClient,
    encrypt,
    message_event,
)


def nothing_happened(feishu: Feishu) -> None:
    assert feishu.api.calls("im.message.create", "im.message.reply", "contact.user.get") == []
    with feishu.app.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ProcessedMessage)) == 0
        assert session.scalar(select(func.count()).select_from(User)) == 0


async def test_the_url_verification_challenge_is_answered_only_with_the_right_token(feishu: Feishu):
    challenge = {"challenge": "ajls384kdjx98XX", "token": VERIFICATION_TOKEN, "type": "url_verification"}
    answer = await feishu.client.post(challenge, signature="")  # Feishu does not sign the challenge
    assert answer.status == 200 and answer.json() == {"challenge": "ajls384kdjx98XX"}
    wrong = await feishu.client.post({**challenge, "token": "not-ours"})
    assert wrong.status == 401 and "challenge" not in wrong.text
    plain = await feishu.client.post(challenge, encrypted=False)  # answering it changes nothing
    assert plain.status == 200 and plain.json() == {"challenge": "ajls384kdjx98XX"}
    plain_wrong = await feishu.client.post({**challenge, "token": "guess"}, encrypted=False)
    assert plain_wrong.status == 401


async def test_forged_unsigned_and_unencrypted_callbacks_are_refused_and_change_nothing(feishu: Feishu):
    event = message_event("/customer add Acme Corp", user="ou_stranger")
    body = feishu.client.body(event)
    forged = await feishu.client.post(event, signature="0" * 64)
    unsigned = await feishu.client.post_raw(body, {"Content-Type": "application/json"})
    plain = json.dumps(event).encode()
    unencrypted = await feishu.client.post_raw(plain, feishu.client.headers(plain))  # signed, not encrypted
    wrong_key = await SignedClient(feishu.client.url, encrypt_key="another-key-0000").post(event)
    signed_with_wrong_key = await feishu.client.post_raw(
        body, SignedClient(feishu.client.url, encrypt_key="another-key-0000").headers(body)
    )
    wrong_token = await feishu.client.post({**event, "header": {**event["header"], "token": "guess"}})
    tampered = json.loads(body)
    raw = bytearray(base64.b64decode(tampered["encrypt"]))
    raw[20] ^= 1
    tampered_body = json.dumps({"encrypt": base64.b64encode(bytes(raw)).decode()}).encode()
    tampered_answer = await feishu.client.post_raw(tampered_body, feishu.client.headers(body))
    statuses = [
        forged.status,
        unsigned.status,
        unencrypted.status,
        wrong_key.status,
        signed_with_wrong_key.status,
        wrong_token.status,
        tampered_answer.status,
    ]
    assert statuses == [401] * 7
    await feishu.settle()
    nothing_happened(feishu)

    assert (await feishu.client.post(event)).status == 200  # the genuine request still works
    await feishu.wait_messages(1)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_malformed_requests_get_4xx_never_500(feishu: Feishu):
    url = feishu.client.url
    good = feishu.client.body(message_event("/help", user="ou_stranger"))
    bad_headers = feishu.client.headers(good)
    cases: list[tuple[bytes, dict[str, str]]] = [
        (b"", feishu.client.headers(b"")),
        (b"not json", feishu.client.headers(b"not json")),
        (b"\xff\xfe\x00garbage", feishu.client.headers(b"\xff\xfe\x00garbage")),
        (b"[1, 2, 3]", feishu.client.headers(b"[1, 2, 3]")),
        (b"[" * 100_000, {}),
        (json.dumps({"encrypt": 42}).encode(), {}),
        (json.dumps({"encrypt": "%%% not base64 %%%"}).encode(), {}),
        (json.dumps({"encrypt": base64.b64encode(b"short").decode()}).encode(), {}),
        (json.dumps({"encrypt": encrypt(b"[1]", ENCRYPT_KEY)}).encode(), {}),
        (json.dumps({"encrypt": encrypt(b"\xff\xfe", ENCRYPT_KEY)}).encode(), {}),
        (good, {**bad_headers, "X-Lark-Signature": "é" * 64}),
        (good, {**bad_headers, "X-Lark-Request-Timestamp": "x" * 5000}),
        (good, {**bad_headers, "X-Lark-Request-Nonce": ""}),
    ]
    async with aiohttp.ClientSession() as session:
        for body, headers in cases:
            async with session.post(url, data=body, headers=headers) as response:
                assert 400 <= response.status < 500, (body[:40], response.status)
        async with session.post(url, data=b"x" * (2 * 1024 * 1024)) as response:
            assert response.status == 413
        async with session.get(url) as response:
            assert response.status == 405
    # A signature header that is not even UTF-8, written byte by byte.
    port = feishu.component.http.port if feishu.component.http else 0
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /feishu/events HTTP/1.1\r\nHost: x\r\nX-Lark-Signature: \xff\xfe\xc3\r\n"
        b"X-Lark-Request-Timestamp: 1\r\nX-Lark-Request-Nonce: n\r\nContent-Length: "
        + str(len(good)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + good
    )
    status_line = await reader.readline()
    writer.close()
    assert status_line.split()[1] in (b"400", b"401"), status_line

    # Valid, signed and encrypted, but not shaped like the event it claims to be.
    odd = {"schema": "2.0", "header": {**message_event("x", user="u")["header"]}, "event": "not an object"}
    weird = await feishu.client.post(odd)
    assert 200 <= weird.status < 500
    unknown = await feishu.client.post(
        {**odd, "header": {**odd["header"], "event_type": "im.chat.updated_v1"}}
    )
    assert unknown.status == 200 and unknown.json() == {"msg": "ignored"}
    await feishu.settle()
    nothing_happened(feishu)
