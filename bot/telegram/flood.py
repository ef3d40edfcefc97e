"""Telegram's flood limits for everything the bot sends, as a python-telegram-bot rate limiter.

Telegram allows about 30 messages a second overall and 20 a minute in one group; beyond
that it answers 429 with `retry_after`. `FloodControl` spaces requests out so those limits
are rarely hit. When a 429 comes anyway it pauses all sending for the time Telegram asked,
halves its own pace (creeping back up by one message a second for every second without a
429, so a server with a lower limit, such as a self-hosted one, is found quickly), and
sends the same request again, so no message is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds (PTB gives an int or a timedelta)."""
    value = error._retry_after  # the timedelta behind the deprecated int/timedelta property
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class Window:
    """At most `limit` acquisitions in any `period` seconds; waiters are served in order."""

    def __init__(self, limit: float, period: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = max(1, int(limit))  # may be changed while in use
        self.period = period
        self.clock = clock
        self._stamps: deque[float] = deque()
        self._lock = asyncio.Lock()

    def idle(self) -> bool:
        """Nothing acquired within the last period (so forgetting this window changes nothing)."""
        return not self._stamps or self.clock() - self._stamps[-1] >= self.period

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self.clock()
                while self._stamps and now - self._stamps[0] >= self.period:
                    self._stamps.popleft()
                if len(self._stamps) < self.limit:
                    self._stamps.append(now)
                    return
                await asyncio.sleep(self.period - (now - self._stamps[0]))


def _window_for_rate(per_second: float) -> Window:
    # 30/s is kept as 30 per second; a fractional rate (0.5/s) as 1 per 2 seconds.
    return Window(per_second, 1.0) if per_second >= 1 else Window(1, 1.0 / per_second)


class FloodControl(BaseRateLimiter[int]):
    """Throttle messages (overall and per group) and retry after 429s."""

    def __init__(self, *, per_second: float = 30, group_per_minute: int = 20, max_retries: int = 10) -> None:
        self.per_second = per_second
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self._overall = _window_for_rate(per_second)
        self._full_pace = self._overall.limit
        self._groups: dict[int, Window] = {}
        self._resume_at = 0.0
        self._last_change = 0.0
        self._last_slow_down = 0.0

    @property
    def pace(self) -> int:
        """Messages allowed per window right now (lower after 429s)."""
        return self._overall.limit

    def _slow_down(self) -> None:
        """Halve the pace, once per burst: the other 429s of the same burst say nothing new."""
        now = time.monotonic()
        if now - self._last_slow_down >= self._overall.period:
            self._overall.limit = max(1, self._overall.limit // 2)
            self._last_slow_down = self._last_change = now

    def _speed_up(self) -> None:
        now = time.monotonic()
        if self._overall.limit < self._full_pace and now - self._last_change >= self._overall.period:
            self._overall.limit += 1
            self._last_change = now

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _group_window(self, chat_id: object) -> Window | None:
        try:
            chat = int(str(chat_id))
        except ValueError:
            return None
        if chat >= 0:  # users' private chats have positive ids, groups negative ones
            return None
        window = self._groups.get(chat)
        if window is None:
            if len(self._groups) >= 1000:
                self._groups = {key: w for key, w in self._groups.items() if not w.idle()}
            window = Window(self.group_per_minute, 60.0)
            self._groups[chat] = window
        return window

    async def _wait_for_pause(self) -> None:
        while (delay := self._resume_at - time.monotonic()) > 0:
            await asyncio.sleep(delay)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        max_retries = self.max_retries if rate_limit_args is None else rate_limit_args
        chat_id = data.get("chat_id")
        group = self._group_window(chat_id) if chat_id is not None else None
        for attempt in range(max_retries + 1):
            await self._wait_for_pause()
            if group is not None:
                await group.acquire()
            if chat_id is not None:
                await self._overall.acquire()
            await self._wait_for_pause()
            try:
                result = await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == max_retries:
                    log.error("%s: still rate limited after %d retries", endpoint, max_retries)
                    raise
                wait = retry_after_seconds(error)
                log.warning("%s: rate limited by Telegram, retrying in %.1fs", endpoint, wait)
                self._resume_at = max(self._resume_at, time.monotonic() + wait)
                if chat_id is not None:
                    self._slow_down()
            else:
                if chat_id is not None:
                    self._speed_up()
                return result
        raise AssertionError("unreachable")
