"""HTTP mode: the endpoint Feishu posts events and card callbacks to.

`/feishu/events` (the event subscription URL) and `/feishu/card` (the card callback URL)
take the same requests, and so does any other path, so either console field may point
at either one. Every request is checked first (`CallbackChecker`: encrypted, signed,
the verification token inside); one that fails gets 400/401 and nothing reads it further.
A body over 1 MB gets 413. A good one is stored in the inbox (`FeishuAdapter.intake`)
before it is answered 200; when the database cannot take it the answer is 503, and Feishu
sends it again. Nothing a sender can put in a request makes this answer 500.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from lark_oapi.core.const import LARK_REQUEST_NONCE, LARK_REQUEST_SIGNATURE, LARK_REQUEST_TIMESTAMP

from bot.feishu.callback import CallbackChecker, Refused
from bot.feishu.inbound import CARD_PRESS, LEGACY_CARD
from bot.http_edge import header, read_body
from bot.inbox import InboxUnavailable
from bot.web import HttpListener

log = logging.getLogger(__name__)

EVENTS_PATH = "/feishu/events"
CARD_PATH = "/feishu/card"
MAX_BODY = 1024 * 1024
SIGNED_HEADERS = (LARK_REQUEST_TIMESTAMP, LARK_REQUEST_NONCE, LARK_REQUEST_SIGNATURE)

Intake = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


def _json(status: int, body: dict[str, object]) -> web.Response:
    return web.Response(
        status=status, text=json.dumps(body, ensure_ascii=False), content_type="application/json"
    )


class FeishuHttpServer(HttpListener):
    def __init__(
        self,
        checker: CallbackChecker,
        intake: Intake,
        event_types: tuple[str, ...],
        host: str,
        port: int,
    ) -> None:
        self.checker = checker
        self.intake = intake
        self.event_types = event_types
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post("/{path:.*}", self.handle)
        super().__init__(app, host, port)

    async def handle(self, request: web.Request) -> web.Response:
        try:
            body = await read_body(request, MAX_BODY)
        except web.HTTPRequestEntityTooLarge:
            return _json(413, {"msg": "request body too large"})
        headers = {name: header(request, name) or "" for name in SIGNED_HEADERS}
        try:
            callback = self.checker.check(headers, body)
        except Refused as refused:
            log.warning("feishu: refused a request to %s: %s", request.path, refused.reason)
            return _json(refused.status, {"msg": refused.reason})
        if callback.kind == "challenge":
            return _json(200, {"challenge": callback.payload["challenge"]})
        if callback.kind == "event" and callback.event_type not in self.event_types:
            return _json(200, {"msg": "ignored"})
        try:
            answer = await self.intake(callback.payload)
        except InboxUnavailable:
            log.warning("feishu: a %s callback was not stored; answered 503 so Feishu sends it again",
                        callback.event_type or callback.kind)  # fmt: skip
            return _json(503, {"msg": "try again later"})
        except ValueError as error:  # `Unusable`: signed, but not an event lark-oapi can read
            log.warning("feishu: a %s callback could not be read: %s", callback.event_type or callback.kind,
                        error)  # fmt: skip
            return _json(400, {"msg": "not a usable callback"})
        pressed = callback.event_type in (CARD_PRESS, LEGACY_CARD)  # the answer may carry a toast
        return _json(200, answer if pressed else {"msg": "success"})
