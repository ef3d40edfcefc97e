"""Invitation links: `https://t.me/<bot>?start=<code>` opens the bot and sends `/start <code>`."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from config import Settings

log = logging.getLogger(__name__)


def start_link(username: str, code: str) -> str:
    return f"https://t.me/{username}?start={code}"


async def _username(settings: Settings) -> str | None:
    assert settings.telegram_bot_token is not None
    request = HTTPXRequest(connect_timeout=5, read_timeout=5)
    bot = Bot(settings.telegram_bot_token.get_secret_value(), base_url=settings.telegram_api_base_url,
              request=request)  # fmt: skip
    async with bot:
        return bot.bot.username or None


def bot_username(settings: Settings) -> str | None:
    """The bot's @username via getMe through the configured API URL; None without a token or on failure."""
    if settings.telegram_bot_token is None:
        return None
    try:
        return asyncio.run(_username(settings))
    except TelegramError as error:
        log.warning("telegram: getMe failed: %s", error)
        return None
