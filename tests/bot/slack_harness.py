"""Shared set-up for the Slack tests: the fake Web API, settings pointing at it, a running component."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.app import App
from bot.slack.component import SlackComponent
from crm_store.models import User
from crm_store.repos.tenancy import Directory
from tests.fakes.slack_api import Call, FakeSlackApi
from tests.support.slack import SignedClient, message_event

T = TypeVar("T")
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAM = "T0001"
BOT = "UBOT"


def slack_settings(api: FakeSlackApi, **extra: Any) -> dict[str, Any]:
    return {
        "slack_bot_token": api.bot_token,
        "slack_signing_secret": SECRET,
        "slack_api_url": api.url,
        "slack_allowed_team_ids": TEAM,
        "slack_http_host": "127.0.0.1",
        "slack_http_port": 0,
        **extra,
    }


def start_fake() -> FakeSlackApi:
    fake = FakeSlackApi(team_id=TEAM, bot_user_id=BOT).start()
    fake.add_user("U1", "Jane Doe", tz="America/Los_Angeles")
    fake.add_user("U2", "Raj Patel", tz="Asia/Kolkata", locale="en-IN")
    fake.add_user("U3", "Li Wei", tz="Asia/Shanghai", locale="zh-CN")
    return fake


@dataclass
class Slack:
    """A running Slack component, the fake Slack behind it and a client that signs like Slack."""

    app: App
    component: SlackComponent
    api: FakeSlackApi
    client: SignedClient

    async def wait_for(self, condition: Callable[[FakeSlackApi], T]) -> T:
        return await asyncio.to_thread(self.api.wait_for, condition)

    async def wait_posts(self, count: int) -> list[Call]:
        return await asyncio.to_thread(self.api.wait_posts, count)

    async def dm(self, text: str, *, user: str = "U1", ts: str, team: str = TEAM, **options: Any) -> int:
        event = message_event(text, user=user, channel=f"D{user}", ts=ts, team=team)
        return (await self.client.event(event, team=team, **options)).status

    def user(self, external_id: str) -> User | None:
        with self.app.db.transaction() as session:
            identity = Directory(session).find_identity("slack", external_id)
            user = session.get(User, identity.user_id) if identity else None
            if user is not None:
                session.expunge(user)
            return user


async def start_slack(app: App, api: FakeSlackApi, *, post_interval: float = 0.0) -> Slack:
    component = SlackComponent(app, post_interval=post_interval)
    await component.start()
    assert component.http is not None
    client = SignedClient(f"http://127.0.0.1:{component.http.port}/slack/events", SECRET)
    return Slack(app, component, api, client)
