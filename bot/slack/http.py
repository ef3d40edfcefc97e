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

from bot.http_edge import header, read_body, slack_signature_valid

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024


class SlackHttpServer:
    def __init__(self, bolt: AsyncApp, signing_secret: str, host: str, port: int) -> None:
        self.bolt = bolt
        self.signing_secret = signing_secret
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Listen; returns the bound port (useful when asked for port 0)."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(EVENTS_PATH, self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        addresses = self._runner.addresses
        if addresses:
            self.port = int(addresses[0][1])
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

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
        retry = header(request, "X-Slack-Retry-Num", limit=8)
        if retry:
            log.info("slack: retry %s (%s)", retry, header(request, "X-Slack-Retry-Reason", limit=64) or "?")
        headers = {k.lower(): [v for v in request.headers.getall(k) if v.isascii()] for k in request.headers}
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=headers)
        return await to_aiohttp_response(await self.bolt.async_dispatch(bolt_request))
