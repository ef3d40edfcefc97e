"""HTTP mode: one endpoint (`/slack/events`) for events, slash commands and interactivity.

Every request must carry a valid `X-Slack-Signature` over its timestamp and body, made with
the signing secret, and a timestamp at most 5 minutes away from now; anything else gets
401 before bolt (or anything of ours) looks at it.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.http_edge import header, read_body, slack_body_readable, slack_signature_valid
from bot.web import HttpListener
from handlers.errors import log_failure

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024


class SlackHttpServer(HttpListener):
    def __init__(self, bolt: AsyncApp, signing_secret: str, host: str, port: int) -> None:
        self.bolt = bolt
        self.signing_secret = signing_secret
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(EVENTS_PATH, self.handle)
        super().__init__(app, host, port)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw = await read_body(request, MAX_BODY)
        timestamp = header(request, "X-Slack-Request-Timestamp")
        signature = header(request, "X-Slack-Signature")
        if not slack_signature_valid(self.signing_secret, raw, timestamp, signature):
            log.warning("slack: rejected a request with a missing, malformed, wrong or stale signature")
            return web.json_response({"error": "invalid request"}, status=401)
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            return web.json_response({"error": "body is not UTF-8"}, status=400)
        if not slack_body_readable(body, request.content_type):
            return web.json_response({"error": "malformed body"}, status=400)
        retry = header(request, "X-Slack-Retry-Num", limit=8)
        if retry:
            log.info("slack: retry %s (%s)", retry, header(request, "X-Slack-Retry-Reason", limit=64) or "?")
        headers: dict[str, str | Sequence[str]] = {
            k.lower(): [v for v in request.headers.getall(k) if v.isascii()] for k in request.headers
        }
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=headers)
        try:
            response = await self.bolt.async_dispatch(bolt_request)
        except Exception as error:  # bolt could not make sense of a signed request (odd field types)
            log_failure(log, "slack: a signed request could not be read", secrets.token_hex(3), error)
            return web.json_response({"error": "malformed request"}, status=400)
        if response.status == 500:  # bolt's answer to an error; a 503 of ours (busy database) stays
            # Our listeners acknowledge first and work in the background, so bolt failing here means
            # it could not read the request (an event that is not an object, ...): a client error.
            log.warning("slack: bolt could not handle a signed request (status %s)", response.status)
            return web.json_response({"error": "malformed request"}, status=400)
        return await to_aiohttp_response(response)
