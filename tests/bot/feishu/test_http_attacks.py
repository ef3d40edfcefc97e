"""Feishu's callback endpoint under hostile requests: refused with a 4xx, never 500, nothing stored."""

from __future__ import annotations

from crm_store.models import ProcessedMessage
from tests.bot.feishu.conftest import Feishu
from tests.bot.telegram.test_conversation import count
from tests.support.http_attacks import attack, unexpected


async def test_every_hostile_request_is_refused_never_500(feishu: Feishu) -> None:
    statuses = await attack(feishu.client.url)
    assert unexpected(statuses) == {}, statuses
    assert count(feishu.app, ProcessedMessage) == 0 and feishu.api.messages() == []
