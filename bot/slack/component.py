"""The Slack component of `salesbot run`: Socket Mode with an app token, HTTP mode otherwise."""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App, SetupError
from bot.slack.adapter import SlackAdapter
from bot.slack.api import BotIdentity, SlackApi, Unavailable
from bot.slack.http import EVENTS_PATH, SlackHttpServer
from bot.slack.inbound import PLATFORM
from bot.slack.sender import SlackSender
from bot.slack.workspaces import bind_at_start

log = logging.getLogger(__name__)

SHUTDOWN_GRACE = 10.0


class SlackComponent:
    name = "slack"

    def __init__(self, app: App, *, post_interval: float | None = None, http_port: int | None = None) -> None:
        settings = app.settings
        if settings.slack_bot_token is None:
            raise SetupError("SLACK_BOT_TOKEN is not set")
        self.app = app
        self.post_interval = (
            1 / settings.slack_channel_posts_per_second if post_interval is None else post_interval
        )
        self.token = settings.slack_bot_token.get_secret_value()
        self.app_token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else None
        secret = settings.slack_signing_secret
        self.signing_secret = secret.get_secret_value() if secret else ""
        if self.app_token is None and not self.signing_secret:
            raise SetupError(
                "Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)"
            )
        self.http_port = settings.slack_http_port if http_port is None else http_port
        # slack_sdk joins method names onto the base URL: ".../api" must become ".../api/".
        self.api_url = settings.slack_api_url.rstrip("/") + "/"
        self.adapter: SlackAdapter | None = None
        self.http: SlackHttpServer | None = None
        self._socket: Any = None
        self._connecting: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def mode(self) -> str:
        return "socket" if self.app_token else "http"

    async def start(self) -> None:
        settings = self.app.settings
        self._session = aiohttp.ClientSession()
        client = AsyncWebClient(token=self.token, base_url=self.api_url, session=self._session)
        trouble = partial(self.app.metrics.trouble, PLATFORM)
        api = SlackApi(client, post_interval=self.post_interval, trouble=trouble)
        bot = await self._who_am_i(api)
        bound = await asyncio.to_thread(bind_at_start, self.app, settings.slack_allowed_team_ids, bot.team_id)
        if bound:
            log.warning("slack: workspaces bound to '%s': %s", self.app.org_slug, ", ".join(bound))
        self.adapter = SlackAdapter(self.app.assistant, api, bot, self.app.inbox)
        bolt = self._bolt(bot)
        self.adapter.register(bolt)
        self.app.inbox.register(self.adapter)
        if self.app_token:
            await self._connect_socket(api, bolt, bot)
        else:
            self.http = SlackHttpServer(bolt, self.signing_secret, settings.slack_http_host, self.http_port)
            try:
                port = await self.http.start()
            except OSError as error:
                await self.http.stop()
                await self._close_session()
                where = f"{settings.slack_http_host}:{self.http_port}"
                raise SetupError(
                    f"cannot listen for Slack on {where} (SLACK_HTTP_PORT): {error.strerror}"
                ) from None
            log.warning("slack: listening on http://%s:%d%s", settings.slack_http_host, port, EVENTS_PATH)
        self.app.senders[PLATFORM] = SlackSender(self.adapter, settings.slack_team_channel)

    @property
    def ready(self) -> bool:
        """Connected: Socket Mode's web socket is up, or the HTTP endpoint listens."""
        if self._socket is not None:
            client = self._socket.client
            session = getattr(client, "current_session", None)
            return session is not None and not session.closed and not client.closed
        return self.http is not None

    async def _who_am_i(self, api: SlackApi) -> BotIdentity:
        try:
            return await api.auth_test()
        except SlackApiError as error:
            await self._close_session()
            raise SetupError(f"Slack refused SLACK_BOT_TOKEN: {error.response.get('error')}") from None
        except Unavailable as error:
            await self._close_session()
            raise SetupError(f"cannot reach the Slack Web API at {self.api_url}: {error}") from None

    async def _connect_socket(self, api: SlackApi, bolt: AsyncApp, bot: BotIdentity) -> None:
        """Check the app token now (one clear error), then connect and reconnect in the background."""
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        try:
            opened = await api.call("apps_connections_open", app_token=self.app_token)
        except (SlackApiError, Unavailable) as error:
            await self._close_session()
            reason = error.response.get("error") if isinstance(error, SlackApiError) else error
            raise SetupError(
                f"cannot open a Slack Socket Mode connection with SLACK_APP_TOKEN: {reason}"
            ) from None
        self._socket = AsyncSocketModeHandler(bolt, self.app_token)
        self._socket.client.wss_uri = opened["url"]
        self._connecting = asyncio.create_task(self._socket.connect_async(), name="slack-socket-mode")
        log.warning("slack: connecting in Socket Mode as %s (team %s)", bot.user_id, bot.team_id)

    def _bolt(self, bot: BotIdentity) -> AsyncApp:
        token = self.token

        async def authorize(**_: Any) -> AuthorizeResult:
            # One workspace token: the auth.test answer from the start, no call per request.
            return AuthorizeResult.from_auth_test_response(auth_test_response=bot.response, bot_token=token)

        return AsyncApp(
            client=AsyncWebClient(base_url=self.api_url, session=self._session),
            authorize=authorize,
            signing_secret=self.signing_secret,
            request_verification_enabled=self.app_token is None,
            name="salesbot",
        )

    async def stop(self) -> None:
        self.app.senders.pop(PLATFORM, None)
        if self.http is not None:
            await self.http.stop()
        if self._socket is not None:
            if self._connecting is not None and not self._connecting.done():
                self._connecting.cancel()
            await self._socket.close_async()
        if self.adapter is not None:
            await self.app.inbox.unregister(self.adapter, SHUTDOWN_GRACE)
        await self._close_session()

    async def _close_session(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
