"""The Feishu component of `salesbot run`: the event callback over HTTP, or the SDK's long connection."""

from __future__ import annotations

import asyncio
import logging
import threading
from functools import partial

import lark_oapi as lark

from bot.app import App, SetupError
from bot.feishu.adapter import EVENT_TYPES, FeishuAdapter
from bot.feishu.api import TRANSIENT, FeishuApi, FeishuError, RateLimited, Unavailable
from bot.feishu.callback import CallbackChecker
from bot.feishu.http import EVENTS_PATH, FeishuHttpServer
from bot.feishu.inbound import PLATFORM, BotAccount
from bot.feishu.sender import FeishuSender

log = logging.getLogger(__name__)

SHUTDOWN_GRACE = 10.0


class FeishuComponent:
    name = "feishu"

    def __init__(self, app: App, *, http_port: int | None = None) -> None:
        settings = app.settings
        if settings.feishu_app_id is None or settings.feishu_app_secret is None:
            raise SetupError("FEISHU_APP_ID and FEISHU_APP_SECRET are not set")
        self.app = app
        self.app_id = settings.feishu_app_id
        self.app_secret = settings.feishu_app_secret.get_secret_value()
        self.encrypt_key = (
            settings.feishu_encrypt_key.get_secret_value() if settings.feishu_encrypt_key else ""
        )
        token = settings.feishu_verification_token
        self.verification_token = token.get_secret_value() if token else ""
        self.base_url = settings.feishu_api_base_url
        self.http_port = settings.feishu_http_port if http_port is None else http_port
        self.adapter: FeishuAdapter | None = None
        self.http: FeishuHttpServer | None = None
        self.sender: FeishuSender | None = None
        self._long_connection: threading.Thread | None = None
        self._ws: tuple[lark.ws.Client, asyncio.AbstractEventLoop] | None = None

    @property
    def mode(self) -> str:
        return "long connection" if self.app.settings.feishu_long_connection else "http"

    async def start(self) -> None:
        settings = self.app.settings
        api = FeishuApi.connect(
            self.app_id, self.app_secret, self.base_url, trouble=partial(self.app.metrics.trouble, PLATFORM)
        )
        logging.getLogger("Lark").setLevel(logging.CRITICAL)  # lark-oapi's own log; ours says what matters
        await self._check_credentials(api)
        bot = BotAccount(await api.bot_open_id())
        adapter = FeishuAdapter(api, bot, self.app.inbox)
        adapter.loop = asyncio.get_running_loop()
        self.adapter = adapter
        self.app.inbox.register(adapter)
        if settings.feishu_long_connection:
            self._connect(adapter.dispatcher(self.encrypt_key, self.verification_token))
        else:
            checker = CallbackChecker(self.encrypt_key, self.verification_token)
            self.http = FeishuHttpServer(
                checker, adapter.intake, EVENT_TYPES, settings.feishu_http_host, self.http_port
            )
            try:
                port = await self.http.start()
            except OSError as error:
                await self.http.stop()
                where = f"{settings.feishu_http_host}:{self.http_port}"
                raise SetupError(
                    f"cannot listen for Feishu on {where} (FEISHU_HTTP_PORT): {error.strerror or error}"
                ) from None
            log.warning("feishu: listening on http://%s:%d%s", settings.feishu_http_host, port, EVENTS_PATH)
        self.sender = FeishuSender(adapter)
        self.app.senders[PLATFORM] = self.sender

    @property
    def ready(self) -> bool:
        """Connected: the callback endpoint listens, or the long connection's client runs."""
        if self.http is not None:
            return True
        return self._long_connection is not None and self._long_connection.is_alive()

    async def _check_credentials(self, api: FeishuApi) -> None:
        try:
            await api.token.get()
        except FeishuError as error:
            raise SetupError(
                f"Feishu refused FEISHU_APP_ID / FEISHU_APP_SECRET: code {error.code} ({error.msg})"
            ) from None
        except (*TRANSIENT, RateLimited, Unavailable) as error:
            raise SetupError(f"cannot reach the Feishu Open API at {self.base_url}: {error}") from None

    def _connect(self, events: lark.EventDispatcherHandler) -> None:
        """The SDK's WebSocket client runs its own event loop: give it a thread (it calls us back there)."""
        import lark_oapi.ws.client as ws_client

        loop = asyncio.new_event_loop()
        client = lark.ws.Client(
            self.app_id,
            self.app_secret,
            event_handler=events,
            domain=self.base_url,
            log_level=lark.LogLevel.ERROR,
        )

        def run() -> None:
            asyncio.set_event_loop(loop)
            ws_client.loop = loop  # the module keeps the loop it found at import time
            try:
                client.start()
            except Exception as error:  # stopped by `stop`, or the SDK gave up
                if self._long_connection is not None:
                    log.error("feishu: the long connection ended: %s", error)

        self._ws = (client, loop)
        self._long_connection = threading.Thread(target=run, name="feishu-long-connection", daemon=True)
        self._long_connection.start()
        log.warning("feishu: receiving events over the long connection")

    async def _disconnect(self) -> None:
        """Close the long connection (lark-oapi has no stop: no reconnecting, close, end its loop)."""
        thread, self._long_connection = self._long_connection, None
        if self._ws is None or thread is None:
            return
        client, loop = self._ws
        client._auto_reconnect = False
        closing = asyncio.run_coroutine_threadsafe(client._disconnect(), loop)
        try:
            await asyncio.wait_for(asyncio.wrap_future(closing), 5)
        except Exception as error:  # already closed, or the loop is gone
            log.info("feishu: closing the long connection: %s", error)
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join, 5)

    async def stop(self) -> None:
        if self.app.senders.get(PLATFORM) is self.sender:
            del self.app.senders[PLATFORM]
        if self.http is not None:
            await self.http.stop()
            self.http = None
        await self._disconnect()
        if self.adapter is not None:
            await self.app.inbox.unregister(self.adapter, SHUTDOWN_GRACE)
