"""HTTP mode: one endpoint (`/slack/events`) for events, slash commands and interactivity.

Every request must carry a valid `X-Slack-Signature` over its timestamp and body, made with
the signing secret, and a timestamp at most 5 minutes away from now; anything else gets
401 before bolt (or anything of ours) looks at it.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.web import HttpListener

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024


class SlackHttpServer(HttpListener):
    def __init__(self, bolt: AsyncApp, signing_secret: str, host: str, port: int) -> None:
        self.bolt = bolt
        self.verifier = SignatureVerifier(signing_secret)
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(EVENTS_PATH, self.handle)
        super().__init__(app, host, port)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        body = raw.decode("utf-8", errors="replace")
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not (timestamp and signature and self.verifier.is_valid(body, timestamp, signature)):
            log.warning("slack: rejected a request with a missing, wrong or stale signature")
            return web.json_response({"error": "invalid request"}, status=401)
        retry = request.headers.get("X-Slack-Retry-Num")
        if retry:
            log.info("slack: retry %s (%s)", retry, request.headers.get("X-Slack-Retry-Reason", "?"))
        bolt_request = AsyncBoltRequest(
            body=body,
            query=request.query_string,
            headers={key.lower(): request.headers.getall(key) for key in request.headers},
        )
        return await to_aiohttp_response(await self.bolt.async_dispatch(bolt_request))
