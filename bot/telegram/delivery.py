"""Sending replies to Telegram: every part of a reply, in order, retried through passing trouble.

Rate limits (429) are handled below this layer by `FloodControl`; here network errors and
Telegram's 5xx answers are retried with exponential backoff, and a group that became a
supergroup is followed to its new chat id. `TelegramSender` offers the same delivery to
the scheduler as a `PlatformSender`.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram import InputFile, Message, ReplyParameters
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import ExtBot

from bot.telegram.flood import retry_after_seconds
from bot.telegram.render import Part, parts
from handlers.messages import Reply
from reminders.notifier import DeliveryFailed, RetryLater

log = logging.getLogger(__name__)
T = TypeVar("T")
PLATFORM = "telegram"


@dataclass(frozen=True)
class Backoff:
    """Retry a failing call `attempts` times in all, waiting `first`, 2×, 4× … up to `cap` seconds."""

    attempts: int = 6
    first: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int) -> float:
        base = min(self.cap, self.first * 2**attempt)
        return base * random.uniform(0.8, 1.2)  # jitter, so many senders don't retry in step


def is_transient(error: TelegramError) -> bool:
    """Network trouble and 5xx answers pass; a bad request (4xx) will not."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


async def with_retries(call: Callable[[], Awaitable[T]], backoff: Backoff, what: str) -> T:
    for attempt in range(backoff.attempts):
        try:
            return await call()
        except TelegramError as error:
            if not is_transient(error) or attempt == backoff.attempts - 1:
                raise
            delay = backoff.delay(attempt)
            log.warning("%s failed (%s); retrying in %.1fs", what, error, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")


class Delivery:
    """Sends a `Reply` as one or more Telegram messages."""

    def __init__(
        self, bot: ExtBot[int], backoff: Backoff | None = None, *, rate_retries: int | None = None
    ) -> None:
        self.bot = bot
        self.backoff = backoff or Backoff()
        self.rate_retries = rate_retries  # 429 retries for FloodControl (at least 1); None: its default

    async def send(
        self, chat_id: int | str, reply: Reply, *, reply_to: int | None = None, thread_id: int | None = None
    ) -> list[Message]:
        sent: list[Message] = []
        for index, part in enumerate(parts(reply)):
            quote = reply_to if index == 0 else None
            try:
                sent.append(await self._send_part(chat_id, part, quote, thread_id))
            except ChatMigrated as moved:  # the group became a supergroup with a new id
                log.warning("chat %s moved to %s", chat_id, moved.new_chat_id)
                chat_id = moved.new_chat_id
                sent.append(await self._send_part(chat_id, part, quote, thread_id))
        return sent

    async def _send_part(
        self, chat_id: int | str, part: Part, reply_to: int | None, thread_id: int | None
    ) -> Message:
        quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None

        async def call() -> Message:
            if part.photo is not None:
                return await self.bot.send_photo(
                    chat_id,
                    InputFile(part.photo, filename=part.filename),
                    caption=part.text or None,
                    reply_markup=part.markup,
                    reply_parameters=quote,
                    message_thread_id=thread_id,
                    rate_limit_args=self.rate_retries,  # None: the rate limiter's default
                )
            return await self.bot.send_message(
                chat_id,
                part.text,
                reply_markup=part.markup,
                reply_parameters=quote,
                message_thread_id=thread_id,
                rate_limit_args=self.rate_retries,
            )

        return await with_retries(call, self.backoff, f"sending to chat {chat_id}")


class TelegramSender:
    """The scheduler's way to reach a user on Telegram (`reminders.notifier.PlatformSender`)."""

    platform = PLATFORM

    def __init__(self, delivery: Delivery) -> None:
        self.delivery = delivery

    async def send(self, chat_id: str, reply: Reply) -> None:
        try:
            await self.delivery.send(chat_id, reply)
        except RetryAfter as error:
            raise RetryLater(retry_after_seconds(error), str(error)) from error
        except (BadRequest, Forbidden, ChatMigrated, InvalidToken) as error:
            raise DeliveryFailed(f"telegram chat {chat_id}: {error}") from error
        except NetworkError as error:
            raise RetryLater(None, f"telegram: {error}") from error
        except TelegramError as error:
            raise DeliveryFailed(f"telegram chat {chat_id}: {error}") from error
