"""The webhook endpoint: Telegram POSTs updates here instead of the bot polling for them.

Telegram sends the secret given to setWebhook in `X-Telegram-Bot-Api-Secret-Token` with
every request. A request without the right secret gets 403 and is not read any further,
so nobody who merely knows the URL can feed the bot updates. An update is answered 200
only once it is stored in the inbox; while the database cannot take it the answer is 503,
and Telegram delivers it again later.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.http_edge import header, json_object, read_body, runner, secret_matches
from bot.inbox import InboxUnavailable

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 4 * 1024 * 1024


class WebhookServer:
    """An aiohttp server that checks the secret and stores each update (`store`) before answering."""

    def __init__(
        self,
        store: Callable[[dict[str, Any]], Awaitable[None]],
        *,
        url: str,
        secret: str,
        host: str,
        port: int,
    ) -> None:
        self.store = store
        self.secret = secret
        self.host = host
        self.port = port
        self.path = urlsplit(url).path or "/"
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        application = web.Application(client_max_size=MAX_BODY)
        application.router.add_post(self.path, self.receive)
        self._runner = runner(application)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        log.info("webhook listening on %s:%s%s", self.host, self.port, self.path)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def receive(self, request: web.Request) -> web.Response:
        if not secret_matches(header(request, SECRET_HEADER, limit=256), self.secret):
            log.warning("webhook request from %s without the right secret refused", request.remote)
            return web.Response(status=403, text="forbidden")
        data = json_object(await read_body(request, MAX_BODY))
        try:
            if not isinstance(data.get("update_id"), int):
                raise ValueError("no update_id")
        except Exception as error:  # whatever the body is, it is not an update we can use
            log.warning("webhook: refused a body that is not a Telegram update (%s)", type(error).__name__)
            return web.Response(status=400, text="not a Telegram update")
        try:
            await self.store(data)
        except InboxUnavailable:  # not stored: Telegram must try again
            return web.Response(status=503, text="try again later")
        return web.Response(text="ok")
