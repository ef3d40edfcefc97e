"""The Feishu adapter end to end: real lark-oapi against the fake Feishu Open API.

Callbacks are encrypted and signed like Feishu's and posted to the adapter's HTTP endpoint;
the assertions look at what reached the fake Open API (which chat, which message was
answered, which card and buttons) and at the database. Every test runs on SQLite and on
PostgreSQL.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.feishu.component import FeishuComponent
from crm_store.models import Activity, Customer, Reminder
from tests.bot.feishu.conftest import Feishu
from tests.support.feishu import (
    CHINESE_CLIENT,
    SignedClient,
    bot_added,
    bot_mention,
    card_action,
    legacy_card_action,
    message_event,
)


def labels(call) -> list[str]:  # type: ignore[no-untyped-def]
    return [button["text"]["content"] for button in call.buttons]


async def test_a_stranger_is_refused_and_nothing_is_stored(feishu: Feishu):
    assert await feishu.dm("/customer add Acme Corp", user="ou_stranger") == 200
    [refusal] = await feishu.wait_messages(1)
    assert refusal["receive_id"] == "oc_p2p_ou_stranger" and refusal["receive_id_type"] == "chat_id"
    assert refusal["msg_type"] == "text" and "only work for my team" in refusal.text
    assert feishu.user("ou_stranger") is None
    with feishu.app.db.transaction() as session:
        assert session.scalars(select(Customer)).all() == []


async def test_an_invited_user_joins_and_a_chinese_update_is_stored_and_confirmed_with_a_card(feishu: Feishu):
    code = feishu.invite(name="Rita Ng")
    assert await feishu.dm(f"/start {code}", user_agent=CHINESE_CLIENT) == 200
    [welcome] = await feishu.wait_messages(1)
    rita = feishu.user("ou_rita")
    assert rita is not None and rita.display_name == "Rita Ng" and rita.role == "rep"
    assert rita.locale == "zh"  # the Feishu client's language (LarkLocale/zh_CN)
    assert rita.timezone == "Asia/Shanghai"  # from the contact API
    assert "Rita Ng" in welcome.text

    await feishu.dm("/customer add 华为", user_agent=CHINESE_CLIENT)
    await feishu.dm("拜访了华为的张经理，演示很顺利，下周三再跟进", user_agent=CHINESE_CLIENT)
    confirmation = (await feishu.wait_messages(3))[2]
    assert confirmation["msg_type"] == "interactive" and confirmation["receive_id"] == "oc_p2p_ou_rita"
    assert "已记录拜访" in confirmation.text and "华为" in confirmation.text
    assert labels(confirmation) == ["撤销"]  # Undo
    with feishu.app.db.transaction() as session:
        [activity] = session.scalars(select(Activity)).all()
        assert "演示很顺利" in activity.summary and activity.author_id == rita.id


async def test_a_choice_is_answered_with_a_card_button_and_the_card_shows_the_choice(feishu: Feishu):
    code = feishu.invite()
    await feishu.dm(f"/join {code}")
    await feishu.dm("/remind call back")
    question = (await feishu.wait_messages(2))[1]
    choices = labels(question)
    assert question["msg_type"] == "interactive" and len(choices) == 4 and choices[-1] == "Cancel"
    assert "When should I remind you?" in question.text

    button = question.button(choices[0])
    pressed = await feishu.client.post(
        card_action(button["value"], user="ou_rita", chat="oc_p2p_ou_rita", message_id=question.message_id)
    )
    assert pressed.status == 200
    confirmation = (await feishu.wait_messages(3))[2]
    assert confirmation.text.startswith("Reminder set:") and "call back" in confirmation.text
    [update] = await feishu.wait_for(lambda api: api.accepted("im.message.patch"))
    assert update["message_id"] == question.message_id
    assert update.buttons == [] and f"→ {choices[0]}" in update.text and "When should I" in update.text
    with feishu.app.db.transaction() as session:
        [reminder] = session.scalars(select(Reminder)).all()
        assert reminder.text == "call back"


async def test_a_legacy_card_callback_presses_the_button_too(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite()}")
    await feishu.dm("/remind call back")
    question = (await feishu.wait_messages(2))[1]
    value = question.button("Cancel")["value"]
    payload = legacy_card_action(value, user="ou_rita", chat="oc_p2p_ou_rita", message_id=question.message_id)
    assert (await feishu.client.post(payload, path="/feishu/card", legacy=True)).status == 200
    cancelled = (await feishu.wait_messages(3))[2]
    assert "cancelled" in cancelled.text.lower()
    await feishu.wait_for(lambda api: api.accepted("im.message.patch"))


async def test_a_group_mention_is_answered_as_a_reply_to_the_message_that_asked(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite()}")
    await feishu.wait_messages(1)
    asked = message_event(
        "@_user_1 /customer add Acme Corp",
        user="ou_rita",
        chat="oc_sales",
        chat_type="group",
        message_id="om_ask_1",
        mentions=[bot_mention()],
    )
    chatter = message_event("lunch anyone?", user="ou_rita", chat="oc_sales", chat_type="group")
    threaded = message_event(
        "@_user_1 /find acme",
        user="ou_rita",
        chat="oc_sales",
        chat_type="group",
        message_id="om_ask_2",
        mentions=[bot_mention()],
        thread_id="omt_1",
    )
    for event in (asked, chatter, threaded):
        assert (await feishu.client.post(event)).status == 200
    messages = await feishu.wait_messages(3)
    await feishu.settle()
    assert len(feishu.api.messages()) == 3  # the group's own chatter got no answer
    added, found = messages[1], messages[2]
    assert added.method == "im.message.reply" and added["message_id"] == "om_ask_1"
    assert added["reply_in_thread"] is False and "Acme Corp" in added.text and "@_user_1" not in added.text
    assert found.method == "im.message.reply" and found["message_id"] == "om_ask_2"
    assert found["reply_in_thread"] is True


async def test_someone_elses_buttons_get_a_toast_and_change_nothing(feishu: Feishu, monkeypatch):
    await feishu.dm(f"/join {feishu.invite()}")
    await feishu.dm(f"/join {feishu.invite()}", user="ou_sam")
    await feishu.wait_messages(2)
    mention = [bot_mention()]
    asked = message_event(
        "@_user_1 /remind call back", user="ou_rita", chat="oc_sales", chat_type="group", mentions=mention
    )
    await feishu.client.post(asked)
    question = (await feishu.wait_messages(3))[2]
    value = question.button("Cancel")["value"]
    answer = await feishu.client.post(
        card_action(value, user="ou_sam", chat="oc_sales", message_id=question.message_id)
    )
    assert answer.status == 200 and answer.json()["toast"]["content"] == "These buttons are for Rita Ng."
    await feishu.settle()
    assert feishu.api.calls("im.message.patch") == [] and len(feishu.api.messages()) == 3

    # The outcome too late for the callback's toast: an ephemeral card, to Sam alone, in the group.
    monkeypatch.setattr("bot.feishu.adapter.TOAST_WAIT", 0.0)
    late = card_action(value, user="ou_sam", chat="oc_sales", message_id=question.message_id)
    assert (await feishu.client.post(late)).json() == {}
    [shown] = await feishu.wait_for(lambda api: api.accepted("ephemeral.send"))
    assert shown["chat_id"] == "oc_sales" and shown["open_id"] == "ou_sam"
    assert "These buttons are for Rita Ng." in json.dumps(shown["card"], ensure_ascii=False)

    # And if Feishu will not show that either, the notice is posted, quoting the card.
    feishu.api.fail_next("ephemeral.send", status=400, code=230002, msg="bot not in chat")
    again = card_action(value, user="ou_sam", chat="oc_sales", message_id=question.message_id)
    assert (await feishu.client.post(again)).json() == {}
    notice = (await feishu.wait_messages(4))[3]
    assert notice.method == "im.message.reply" and notice["message_id"] == question.message_id
    assert notice.text == "These buttons are for Rita Ng."
    assert feishu.api.calls("im.message.patch") == []


async def test_the_same_event_delivered_twice_is_handled_once(feishu: Feishu, app):
    await feishu.dm(f"/join {feishu.invite()}")
    event = message_event(
        "/customer add Acme Corp", user="ou_rita", event_id="ev_twice", message_id="om_twice"
    )
    for _ in range(3):
        assert (await feishu.client.post(event)).status == 200
    same_message = {**event, "header": {**event["header"], "event_id": "ev_other"}}  # a new id, same message
    assert (await feishu.client.post(same_message)).status == 200
    await feishu.wait_messages(2)
    await feishu.settle()
    assert len(feishu.api.messages()) == 2
    with app.db.transaction() as session:
        assert len(session.scalars(select(Customer)).all()) == 1

    # A second process (fresh memory) receiving the redelivery still does not process it again.
    await feishu.component.stop()
    again = FeishuComponent(app)
    await again.start()
    try:
        assert again.http is not None
        client = SignedClient(f"http://127.0.0.1:{again.http.port}/feishu/events")
        assert (await client.post(event)).status == 200
        await client.post(message_event("/me", user="ou_rita"))
        await feishu.wait_messages(3)
        await app.inbox.idle()
        assert len(feishu.api.messages()) == 3
    finally:
        await again.stop()


async def test_being_added_to_a_group_shows_the_help_there(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite()}")
    await feishu.wait_messages(1)
    assert (await feishu.client.post(bot_added(operator="ou_rita", chat="oc_new_group"))).status == 200
    help_message = (await feishu.wait_messages(2))[1]
    assert help_message["receive_id"] == "oc_new_group" and "/log" in help_message.text


async def test_the_digest_chart_is_uploaded_and_shown_in_the_card(feishu: Feishu):
    await feishu.dm(f"/join {feishu.invite(role='manager', name='Mia Chen')}")
    await feishu.dm("/customer add Acme Corp")
    await feishu.dm("/deal Acme 50k proposal")
    await feishu.dm("/digest")
    digest = (await feishu.wait_messages(4))[3]
    [upload] = feishu.api.accepted("im.image.create")
    key = upload.result["data"]["image_key"]
    assert feishu.api.images[key].startswith(b"\x89PNG")
    images = [e for e in digest.card["elements"] if e["tag"] == "img"]
    assert digest["msg_type"] == "interactive" and [i["img_key"] for i in images] == [key]
