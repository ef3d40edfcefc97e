"""Webhook mode: Telegram POSTs updates; only requests with the right secret are let in."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from bot.app import build_app
from bot.telegram import TelegramAdapter
from config import Settings
from crm_store.models import AccessCode, ProcessedMessage
from tests.bot.telegram.test_conversation import count, invite
from tests.conftest import make_settings

SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def settings(database_url, fake_telegram) -> Settings:
    port = free_port()
    return make_settings(
        database_url,
        telegram_bot_token=fake_telegram.token,
        telegram_api_base_url=fake_telegram.base_url,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        telegram_webhook_listen="127.0.0.1",
        telegram_webhook_port=port,
        telegram_webhook_secret=SECRET,
    )


async def test_webhook_is_registered_with_its_secret_instead_of_polling(fake_telegram, telegram, settings):
    assert fake_telegram.webhook == {
        "url": settings.telegram_webhook_url,
        "secret_token": SECRET,
        "allowed_updates": ["message", "callback_query"],
    }
    assert fake_telegram.calls_to("getUpdates") == []


async def test_a_request_without_the_right_secret_gets_403_and_touches_nothing(app, fake_telegram, telegram):
    code = invite(app, name="Rita")
    rita = fake_telegram.add_user("Rita")
    update = fake_telegram.message_update(rita, f"/start {code}")

    assert await fake_telegram.post_webhook(update, use_secret=False) == 403
    assert await fake_telegram.post_webhook(update, secret="guessed") == 403
    assert await fake_telegram.post_webhook(update, secret=SECRET + "x") == 403

    assert telegram.updates_done == 0
    assert count(app, ProcessedMessage) == 0
    with app.db.transaction() as session:
        assert session.scalars(select(AccessCode)).one().used_at is None
    assert fake_telegram.calls_to("sendMessage") == []

    # Telegram itself (with the secret) gets in, once, even when it delivers twice.
    assert await fake_telegram.post_webhook(update) == 200
    assert await fake_telegram.post_webhook(update) == 200
    await fake_telegram.wait_for(lambda: telegram.updates_done >= 2)
    [welcome] = fake_telegram.messages_in(rita["id"])
    assert welcome["text"].startswith("Welcome, Rita!")


async def test_a_body_that_is_not_an_update_is_refused(fake_telegram, telegram):
    assert await fake_telegram.post_webhook({"hello": "world"}) == 400  # type: ignore[arg-type]
    assert await fake_telegram.post_webhook([1, 2]) == 400  # type: ignore[arg-type]


async def test_without_a_configured_secret_a_fresh_random_one_is_required(sqlite_url, fake_telegram):
    port = free_port()
    app = build_app(
        make_settings(
            sqlite_url,
            telegram_bot_token=fake_telegram.token,
            telegram_api_base_url=fake_telegram.base_url,
            telegram_webhook_url=f"http://127.0.0.1:{port}/",
            telegram_webhook_listen="127.0.0.1",
            telegram_webhook_port=port,
        )
    )
    adapter = TelegramAdapter(app)
    await adapter.start()
    try:
        assert fake_telegram.webhook is not None
        assert len(fake_telegram.webhook["secret_token"]) >= 32
        update = fake_telegram.message_update(fake_telegram.add_user("Mallory"), "hi")
        assert await fake_telegram.post_webhook(update, use_secret=False) == 403
        assert await fake_telegram.post_webhook(update) == 200
    finally:
        await adapter.stop()
        app.db.dispose()
