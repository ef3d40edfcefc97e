"""Our calls to the Slack Web API: rate limits honoured, passing trouble retried, posts paced.

Every call goes through `SlackApi.call`: a 429 waits the `Retry-After` Slack asked for and
tries again (nothing is dropped); a 5xx or a network error is retried with backoff a few
times. `chat.postMessage` (and file shares) are paced to about one per second per channel,
Slack's documented limit, in the order they were asked for.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.platform_errors import RateLimited, Unavailable
from bot.slack.blocks import Block, SlackMessage
from crm_store.limits import time_zone
from handlers.messages import Image

log = logging.getLogger(__name__)

TRANSIENT = (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError, SlackRequestError)


@dataclass(frozen=True)
class BotIdentity:
    """Who the bot token belongs to (auth.test)."""

    team_id: str
    user_id: str
    bot_id: str | None
    response: AsyncSlackResponse = field(repr=False, compare=False)


@dataclass(frozen=True)
class Profile:
    """What users.info tells about a person; every field may be missing."""

    name: str | None = None
    timezone: str | None = None
    locale: str | None = None


def retry_after(error: SlackApiError) -> float:
    headers = {key.lower(): value for key, value in (error.response.headers or {}).items()}
    value = headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else 1.0
    except ValueError:
        return 1.0


def is_rate_limit(error: SlackApiError) -> bool:
    return error.response.status_code == 429 or error.response.get("error") == "ratelimited"


def profile_from(user: dict[str, Any]) -> Profile:
    info = user.get("profile") or {}
    name = user.get("real_name") or info.get("real_name") or info.get("display_name") or user.get("name")
    zone = user.get("tz")
    if time_zone(zone) is None:
        zone = None
    return Profile(name=name or None, timezone=zone or None, locale=user.get("locale") or None)


class ChannelPacer:
    """At most one post per `interval` seconds per channel, first come first served."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._locks: dict[str, asyncio.Lock] = {}
        self._next: dict[str, float] = {}

    @asynccontextmanager
    async def turn(self, channel: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(channel, asyncio.Lock())
        async with lock:
            wait = self._next.get(channel, 0.0) - self._clock()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                self._next[channel] = self._clock() + self.interval
        self._forget_idle()

    def _forget_idle(self) -> None:
        if len(self._next) < 5000:
            return
        now = self._clock()
        for channel in [c for c, at in self._next.items() if at < now and not self._locks[c].locked()]:
            del self._next[channel], self._locks[channel]


class SlackApi:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        post_interval: float = 1.0,
        max_attempts: int = 5,
        profile_ttl: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
        trouble: Callable[[str], None] | None = None,
    ) -> None:
        self.client = client
        self.trouble = trouble or (lambda kind: None)  # told "rate_limited" or "error" (for metrics)
        self.pacer = ChannelPacer(post_interval, clock)
        self.max_attempts = max_attempts
        self.profile_ttl = profile_ttl
        self._clock = clock
        self._profiles: dict[str, tuple[float, Profile]] = {}
        self._dm_channels: dict[str, str] = {}
        self._posted: OrderedDict[tuple[str, str], list[Block]] = OrderedDict()

    # ------------------------------------------------------------------
    async def call(self, method: str, *, patient: bool = True, **params: Any) -> AsyncSlackResponse:
        """`client.<method>(**params)`, waiting out 429s and retrying transient failures if `patient`."""
        request: Callable[..., Awaitable[AsyncSlackResponse]] = getattr(self.client, method)
        failures = 0
        while True:
            try:
                return await request(**params)
            except SlackApiError as error:
                if is_rate_limit(error):
                    self.trouble("rate_limited")
                    after = retry_after(error)
                    if not patient:
                        raise RateLimited(after) from error
                    log.warning("slack: %s rate limited; retrying in %.1fs", method, after)
                    await asyncio.sleep(after)
                    continue
                if error.response.status_code < 500:
                    raise
                failure: Exception = error
            except TRANSIENT as error:
                failure = error
            self.trouble("error")
            failures += 1
            if not patient or failures >= self.max_attempts:
                raise Unavailable(f"{method}: {failure}") from failure
            delay = min(30.0, 0.5 * 2 ** (failures - 1))
            log.warning("slack: %s failed (%s); retry %d in %.1fs", method, failure, failures, delay)
            await asyncio.sleep(delay)

    # ------------------------------------------------------------------
    async def auth_test(self) -> BotIdentity:
        response = await self.call("auth_test")
        return BotIdentity(
            team_id=str(response.get("team_id") or ""),
            user_id=str(response.get("user_id") or ""),
            bot_id=response.get("bot_id"),
            response=response,
        )

    async def post(
        self, channel: str, message: SlackMessage, *, thread_ts: str | None = None, patient: bool = True
    ) -> str:
        """Post a message; returns its ts."""
        params: dict[str, Any] = {"channel": channel, "text": message.text, "unfurl_links": False}
        if message.blocks:
            params["blocks"] = message.blocks
        if thread_ts:
            params["thread_ts"] = thread_ts
        async with self.pacer.turn(channel):
            response = await self.call("chat_postMessage", patient=patient, **params)
        ts = str(response.get("ts") or "")
        posted_channel = str(response.get("channel") or channel)
        self._remember(posted_channel, ts, message.blocks)
        return ts

    async def post_ephemeral(
        self, channel: str, user: str, message: SlackMessage, *, thread_ts: str | None = None
    ) -> None:
        params: dict[str, Any] = {"channel": channel, "user": user, "text": message.text}
        if message.blocks:
            params["blocks"] = message.blocks
        if thread_ts:
            params["thread_ts"] = thread_ts
        async with self.pacer.turn(channel):
            await self.call("chat_postEphemeral", **params)

    async def update(self, channel: str, ts: str, message: SlackMessage) -> None:
        await self.call("chat_update", channel=channel, ts=ts, text=message.text, blocks=message.blocks)
        self._posted.pop((channel, ts), None)

    async def upload(
        self, channel: str, image: Image, *, thread_ts: str | None = None, patient: bool = True
    ) -> None:
        params: dict[str, Any] = {
            "channel": channel,
            "content": image.data,
            "filename": image.filename,
            "title": image.alt or image.filename,
        }
        if image.alt:
            params["alt_txt"] = image.alt
        if thread_ts:
            params["thread_ts"] = thread_ts
        async with self.pacer.turn(channel):
            await self.call("files_upload_v2", patient=patient, **params)

    async def publish_home(self, user_id: str, view: dict[str, Any]) -> None:
        await self.call("views_publish", user_id=user_id, view=view)

    async def open_dm(self, user_id: str, *, patient: bool = True) -> str:
        """The id of the bot's direct-message channel with `user_id` (conversations.open)."""
        if user_id not in self._dm_channels:
            response = await self.call("conversations_open", patient=patient, users=user_id)
            self._dm_channels[user_id] = str((response.get("channel") or {}).get("id") or "")
        return self._dm_channels[user_id]

    async def profile(self, user_id: str) -> Profile:
        """Name, time zone and locale from users.info (cached; empty when Slack will not say)."""
        cached = self._profiles.get(user_id)
        if cached is not None and cached[0] > self._clock():
            return cached[1]
        try:
            response = await self.call("users_info", user=user_id, include_locale=True)
            profile, ttl = profile_from(response.get("user") or {}), self.profile_ttl
        except (SlackApiError, Unavailable) as error:
            reason = error.response.get("error") if isinstance(error, SlackApiError) else error
            log.warning("slack: users.info for %s failed: %s", user_id, reason)
            profile, ttl = Profile(), 60.0
        self._profiles[user_id] = (self._clock() + ttl, profile)
        return profile

    # ------------------------------------------------------------------
    def posted_blocks(self, channel: str, ts: str) -> list[Block] | None:
        """The blocks of a message we posted recently (when a button payload lacks them)."""
        return self._posted.get((channel, ts))

    def _remember(self, channel: str, ts: str, blocks: list[Block]) -> None:
        if not ts or not any(block.get("type") == "actions" for block in blocks):
            return
        self._posted[(channel, ts)] = blocks
        while len(self._posted) > 2000:
            self._posted.popitem(last=False)
