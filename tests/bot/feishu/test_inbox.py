"""Feishu and the inbox: an event is answered only once it is stored, over HTTP and the long connection.

A PostgreSQL server of the test's own is stopped while Feishu delivers a message and a card
press: the HTTP callbacks get 503 (Feishu sends them again) and the long connection answers
500; nothing is handled or sent meanwhile. Once the server is back, the redeliveries are
stored, handled and answered once each, and a further repeat changes nothing.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.app import build_app
from bot.feishu.component import FeishuComponent
from crm_store.models import Customer, InboxUpdate
from crm_store.repos.tenancy import Directory
from tests.bot.feishu.conftest import feishu_settings
from tests.conftest import make_settings
from tests.fakes.feishu_api import FakeFeishuApi
from tests.support.feishu import SignedClient, card_action, message_event
from tests.support.postgres import own_server, required_bindir


def _customers(app) -> list[str]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return sorted(c.name for c in session.scalars(select(Customer)))


async def _messages(api: FakeFeishuApi, count: int) -> list:  # type: ignore[type-arg]
    return await asyncio.to_thread(api.wait_messages, count)


async def test_database_down_nothing_is_confirmed_then_each_event_is_handled_once(feishu_api, tmp_path):
    with own_server(required_bindir(), "salesbot") as server:
        url = server.url("salesbot")

        # HTTP mode ------------------------------------------------------------------
        app = build_app(make_settings(url, **feishu_settings(feishu_api)))
        with app.db.transaction() as session:
            org = Directory(session).ensure_org()
            code = Directory(session).issue_code(org.id, "invite", now=app.clock(), role="rep")
        component = FeishuComponent(app)
        await component.start()
        try:
            assert component.http is not None
            client = SignedClient(f"http://127.0.0.1:{component.http.port}/feishu/events")
            await client.post(message_event(f"/join {code}", user="ou_rita"))
            await client.post(message_event("/customer add Acme Corp", user="ou_rita"))
            confirmation = (await _messages(feishu_api, 2))[1]
            undo = confirmation.buttons[0]["value"]

            server.halt()
            added = message_event("/customer add Beta Ltd", user="ou_rita", event_id="ev_beta",
                                  message_id="om_beta")  # fmt: skip
            pressed = card_action(undo, user="ou_rita", chat="oc_p2p_ou_rita",
                                  message_id=confirmation.message_id, event_id="ev_undo")  # fmt: skip
            assert (await client.post(added)).status == 503
            assert (await client.post(pressed)).status == 503
            assert not app.health.up
            assert len(feishu_api.messages()) == 2 and feishu_api.calls("im.message.patch") == []

            server.resume()
            for _ in range(2):  # Feishu's retry, and one more repeat
                assert (await client.post(added)).status == 200
                assert (await client.post(pressed)).status == 200
            await app.inbox.idle()
            texts = [m.text for m in await _messages(feishu_api, 4)]
            assert len(feishu_api.messages()) == 4, texts
            assert any("Beta Ltd" in t for t in texts) and any(t.startswith("Undone") for t in texts)
            assert len(feishu_api.accepted("im.message.patch")) == 1  # the Undo card shows the choice
            assert _customers(app) == ["Beta Ltd"] and app.health.up
            with app.db.transaction() as session:
                keys = {row.update_key for row in session.scalars(select(InboxUpdate))}
            assert {"message:om_beta", "press:ev_undo"} <= keys
        finally:
            await component.stop()
            app.db.dispose()

        # Long-connection mode ------------------------------------------------------
        app = build_app(make_settings(url, **feishu_settings(feishu_api, feishu_long_connection=True)))
        component = FeishuComponent(app)
        await component.start()
        try:
            await asyncio.to_thread(feishu_api.wait_for, lambda api: api.socket_connected())
            event = message_event("/customer add Gamma Inc", user="ou_rita", event_id="ev_gamma")
            server.halt()
            feishu_api.push(event)
            [refused] = await asyncio.to_thread(feishu_api.wait_for, lambda api: api.socket_answers)
            assert refused["code"] == 500 and len(feishu_api.messages()) == 4  # Feishu sends it again

            server.resume()
            for count in (2, 3):
                feishu_api.push(event)
                answered = lambda api, n=count: len(api.socket_answers) >= n  # noqa: E731
                await asyncio.to_thread(feishu_api.wait_for, answered)
            assert [a["code"] for a in feishu_api.socket_answers] == [500, 200, 200]
            await app.inbox.idle()
            assert "Gamma Inc" in (await _messages(feishu_api, 5))[4].text
            assert len(feishu_api.messages()) == 5
            assert _customers(app) == ["Beta Ltd", "Gamma Inc"]
        finally:
            await component.stop()
            app.db.dispose()
