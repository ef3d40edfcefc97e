"""A fake Bot API server per test, settings that point the bot at it, and the running adapter."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import App
from bot.telegram import TelegramAdapter
from config import Settings
from tests.conftest import make_settings
from tests.fakes.telegram_api import FakeTelegramAPI


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
def settings(database_url: str, fake_telegram: FakeTelegramAPI) -> Settings:
    return make_settings(
        database_url, telegram_bot_token=fake_telegram.token, telegram_api_base_url=fake_telegram.base_url
    )


@pytest.fixture
async def telegram(app: App) -> AsyncIterator[TelegramAdapter]:
    """The adapter, running (long polling) against the fake server."""
    adapter = TelegramAdapter(app, poll_timeout=1)
    await adapter.start()
    try:
        yield adapter
    finally:
        await adapter.stop()
