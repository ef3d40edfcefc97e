"""Feishu trouble the adapter rides out: an expired token, a refused card, a refused image,
"too many requests" on a reply, and a bot that may not read its own info."""

from __future__ import annotations

import asyncio

import pytest

from bot.feishu.component import FeishuComponent
from tests.bot.feishu.conftest import Feishu
from tests.support.feishu import SignedClient, bot_mention, message_event

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


async def test_an_expired_token_is_fetched_again_and_the_reply_still_goes(feishu: Feishu):
    feishu.api.expire_tokens()
    assert await feishu.dm("/help", user="ou_stranger") == 200
    [reply] = await feishu.wait_messages(1)
    refused = [c for c in feishu.api.calls() if c.result.get("code") == 99991663]
    assert len(refused) == 1 and reply.token != refused[0].token  # the first call after expiry, only
    assert len(feishu.api.calls("auth.tenant_access_token")) == 2


async def test_a_refused_card_goes_again_as_plain_text_with_numbered_choices(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite()}")
    await feishu.wait_messages(1)
    feishu.api.fail_next("im.message.create", status=400, code=230099, msg="Failed to create card content")
    await feishu.dm("/remind call back")
    fallback = (await feishu.wait_messages(2))[1]
    assert fallback["msg_type"] == "text" and "When should I remind you?" in fallback.text
    assert "[1]" in fallback.text and "Cancel" in fallback.text


async def test_a_refused_chart_leaves_the_words_and_too_many_requests_is_waited_out(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite(role='manager')}")
    await feishu.wait_messages(1)
    feishu.api.fail_next("im.image.create", status=400, code=234001, msg="no permission")
    feishu.api.fail_next("im.message.create", reset=1)  # the digest's first try: too many requests
    await feishu.dm("/digest")
    digest = (await feishu.wait_messages(2))[1]
    assert "Pipeline" in digest.text or "pipeline" in digest.text
    assert digest["msg_type"] == "text"  # no chart, no buttons: plain words
    assert [c.status for c in feishu.api.calls("im.message.create")][-2:] == [429, 200]
    counted = feishu.app.metrics.registry.get_sample_value
    assert counted("salesbot_platform_rate_limited_total", {"platform": "feishu"}) == 1  # for /metrics
    assert feishu.component.ready


async def test_without_the_bots_own_id_a_mention_still_reaches_it(app, feishu_api):
    feishu_api.bot_info_available = False
    component = FeishuComponent(app)
    await component.start()
    try:
        assert component.adapter is not None and component.adapter.bot.open_id is None
        assert component.http is not None
        client = SignedClient(f"http://127.0.0.1:{component.http.port}/feishu/events")
        asked = message_event("@_user_1 /help", user="ou_stranger", chat="oc_g", chat_type="group",
                              message_id="om_g1", mentions=[bot_mention()])  # fmt: skip
        assert (await client.post(asked)).status == 200
        [answer] = await asyncio.to_thread(feishu_api.wait_messages, 1)
        assert answer.method == "im.message.reply" and answer["message_id"] == "om_g1"
    finally:
        await component.stop()


async def test_the_long_connection_mode_receives_events_without_a_public_url(database_url, feishu_api, clock):
    from bot.app import build_app
    from tests.bot.feishu.conftest import feishu_settings
    from tests.conftest import make_settings

    settings = make_settings(database_url, **feishu_settings(feishu_api, feishu_long_connection=True,
                                                             feishu_encrypt_key=None))  # fmt: skip
    app = build_app(settings, clock=clock)
    component = FeishuComponent(app)
    await component.start()
    try:
        assert component.http is None and "feishu" in app.senders
        await asyncio.to_thread(feishu_api.wait_for, lambda api: api.socket_connected())
        assert component.ready
        feishu_api.push(message_event("/help", user="ou_stranger"))
        [refusal] = await asyncio.to_thread(feishu_api.wait_messages, 1)
        assert refusal["receive_id"] == "oc_p2p_ou_stranger" and "only work for my team" in refusal.text
        [answer] = await asyncio.to_thread(feishu_api.wait_for, lambda api: api.socket_answers)
        assert answer["code"] == 200  # acknowledged over the connection
    finally:
        await component.stop()
        app.db.dispose()
