"""HTTP mode: the endpoint Feishu posts events and card callbacks to.

`/feishu/events` (the event subscription URL) and `/feishu/card` (the card callback URL)
take the same requests, and so does any other path, so either console field may point
at either one. Every request is checked first (`CallbackChecker`: encrypted, signed,
the verification token inside); one that fails gets 400/401 and nothing reads it further.
A body over 1 MB gets 413. Nothing a sender can put in a request makes this answer 500.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web
from lark_oapi.card.model import Card
from lark_oapi.core.const import LARK_REQUEST_NONCE, LARK_REQUEST_SIGNATURE, LARK_REQUEST_TIMESTAMP
from lark_oapi.core.http import HttpHandler
from lark_oapi.core.model import RawRequest, RawResponse

from bot.feishu.callback import CallbackChecker, Refused
from bot.http_edge import header, read_body
from bot.web import HttpListener

log = logging.getLogger(__name__)

EVENTS_PATH = "/feishu/events"
CARD_PATH = "/feishu/card"
MAX_BODY = 1024 * 1024
SIGNED_HEADERS = (LARK_REQUEST_TIMESTAMP, LARK_REQUEST_NONCE, LARK_REQUEST_SIGNATURE)


def _json(status: int, body: dict[str, object]) -> web.Response:
    return web.Response(
        status=status, text=json.dumps(body, ensure_ascii=False), content_type="application/json"
    )


class FeishuHttpServer(HttpListener):
    def __init__(
        self,
        checker: CallbackChecker,
        events: HttpHandler,
        cards: Callable[[Card], dict[str, Any]],
        event_types: tuple[str, ...],
        host: str,
        port: int,
    ) -> None:
        self.checker = checker
        self.events = events
        self.cards = cards
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
        raw = RawRequest()
        raw.uri = request.path
        raw.body = body
        raw.headers = headers
        if callback.kind == "card":  # checked above, whichever of its two signatures it carries
            card = Card(callback.payload)
            card.raw = raw
            return _json(200, self.cards(card))
        answer: RawResponse = self.events.do(raw)
        if answer.status_code != 200:  # lark-oapi could not read it as that event: malformed
            log.warning("feishu: a %s callback could not be read", callback.event_type or callback.kind)
            return _json(400, {"msg": "not a usable callback"})
        return web.Response(status=200, body=answer.content or b"{}", content_type="application/json")
