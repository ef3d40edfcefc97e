"""Telegram's flood limits for everything the bot sends, as a python-telegram-bot rate limiter.

Telegram allows about 30 messages a second overall and 20 a minute in one group; beyond
that it answers 429 with `retry_after`. `FloodControl` spaces requests out so those limits
are rarely hit (a request counts from when it was answered, so uneven network delays
cannot bunch requests up at the server). When a 429 comes anyway it pauses all sending for
the time Telegram asked, halves its own pace (regaining a fifteenth of the full pace for
every second without a 429, so a server with a lower limit, such as a self-hosted one, is
found quickly), and sends the same request again, so no message is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds (PTB gives an int or a timedelta)."""
    # PTB keeps a timedelta behind `retry_after`, whose int/timedelta type is being changed
    # (reading it warns); PTB's own AIORateLimiter reads the timedelta the same way.
    value = getattr(error, "_retry_after", None)
    if value is None:
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class Window:
    """At most `limit` requests in any `period` seconds, counted from when each one finished.

    Counting from the answer rather than the start keeps the limit even when requests
    take different times to reach the server: a request that is still under way holds
    its place until it is answered. Waiters are served in order.
    """

    def __init__(
        self,
        limit: float,
        period: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Coroutine[Any, Any, None]] = asyncio.sleep,
    ) -> None:
        self.limit = max(1, int(limit))  # may be changed while in use
        self.period = period
        self.clock = clock
        self.sleep = sleep
        self._finished: deque[float] = deque()
        self._under_way = 0
        self._lock = asyncio.Lock()
        self._answered = asyncio.Event()

    def idle(self) -> bool:
        """Nothing under way or finished within the last period (forgetting it changes nothing)."""
        recent = self._finished and self.clock() - self._finished[-1] < self.period
        return not self._under_way and not recent

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self.clock()
                while self._finished and now - self._finished[0] >= self.period:
                    self._finished.popleft()
                if len(self._finished) + self._under_way < self.limit:
                    self._under_way += 1
                    return
                if self._finished:
                    await self.sleep(self._finished[0] + self.period - now)
                else:  # every place is taken by a request still under way
                    self._answered.clear()
                    await self._answered.wait()

    def release(self) -> None:
        self._under_way -= 1
        self._finished.append(self.clock())
        self._answered.set()

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self.acquire()
        try:
            yield
        finally:
            self.release()


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
        self._step = max(1, self._full_pace // 15)  # pace regained per quiet second
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
            self._overall.limit = min(self._full_pace, self._overall.limit + self._step)
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
            try:
                async with (
                    group.slot() if group is not None else contextlib.nullcontext(),
                    self._overall.slot() if chat_id is not None else contextlib.nullcontext(),
                ):
                    await self._wait_for_pause()
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
