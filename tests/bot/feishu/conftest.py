"""A fake Feishu Open API per test, settings that point the adapter at it, and the running component."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from bot.app import App
from bot.feishu.component import FeishuComponent
from config import Settings
from crm_store.models import User
from crm_store.repos.tenancy import Directory
from tests.conftest import make_settings
from tests.fakes.feishu_api import Call, FakeFeishuApi
from tests.support.feishu import ENCRYPT_KEY, VERIFICATION_TOKEN, SignedClient, message_event

T = TypeVar("T")


def feishu_settings(api: FakeFeishuApi, **extra: Any) -> dict[str, Any]:
    return {
        "feishu_app_id": api.app_id,
        "feishu_app_secret": api.app_secret,
        "feishu_verification_token": VERIFICATION_TOKEN,
        "feishu_encrypt_key": ENCRYPT_KEY,
        "feishu_api_base_url": api.url,
        "feishu_http_host": "127.0.0.1",
        "feishu_http_port": 0,
        **extra,
    }


@pytest.fixture
def feishu_api() -> Iterator[FakeFeishuApi]:
    fake = FakeFeishuApi().start()
    fake.add_user("ou_rita", "Rita Ng")
    fake.add_user("ou_sam", "Sam Taylor", time_zone="Europe/Berlin")
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def settings(database_url: str, feishu_api: FakeFeishuApi) -> Settings:
    return make_settings(database_url, **feishu_settings(feishu_api))


@dataclass
class Feishu:
    """A running Feishu component, the fake Open API behind it and a client that signs like Feishu."""

    app: App
    component: FeishuComponent
    api: FakeFeishuApi
    client: SignedClient

    async def wait_for(self, condition: Callable[[FakeFeishuApi], T]) -> T:
        return await asyncio.to_thread(self.api.wait_for, condition)

    async def wait_messages(self, count: int) -> list[Call]:
        return await asyncio.to_thread(self.api.wait_messages, count)

    async def dm(self, text: str, *, user: str = "ou_rita", **options: Any) -> int:
        return (await self.client.post(message_event(text, user=user, **options))).status

    async def settle(self) -> None:
        """Wait until the events stored so far are handled and answered."""
        await self.app.inbox.idle()

    def user(self, open_id: str) -> User | None:
        with self.app.db.transaction() as session:
            identity = Directory(session).find_identity("feishu", open_id)
            user = session.get(User, identity.user_id) if identity else None
            if user is not None:
                session.expunge(user)
            return user

    def invite(self, role: str = "rep", name: str | None = None) -> str:
        with self.app.db.transaction() as session:
            org = self.app.org()
            return Directory(session).issue_code(
                org.id, "invite", now=self.app.clock(), role=role, display_name=name
            )


@pytest.fixture
async def feishu(app: App, feishu_api: FakeFeishuApi) -> AsyncIterator[Feishu]:
    component = FeishuComponent(app)
    await component.start()
    assert component.http is not None
    client = SignedClient(f"http://127.0.0.1:{component.http.port}/feishu/events")
    try:
        yield Feishu(app, component, feishu_api, client)
    finally:
        await component.stop()
