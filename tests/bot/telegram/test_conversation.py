"""End to end through python-telegram-bot's HTTP stack and the fake Bot API: polling mode."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.app import App
from crm_store.models import Activity, Customer, Deal, Identity, Reminder, User
from crm_store.repos.tenancy import Directory
from handlers.messages import Reply
from tests.support.telegram import Phone, buttons_of, invite, joined, text_of


def count(app: App, model: type) -> int:
    with app.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


async def test_startup_registers_commands_and_polls(fake_telegram, telegram):
    commands = fake_telegram.commands[("default", "")]
    names = [c["command"] for c in commands]
    assert {"log", "deal", "find", "remind", "today", "tz", "lang", "link"} <= set(names)
    assert "start" not in names and "invite" not in names  # hidden / managers only
    assert ("default", "zh") in fake_telegram.commands
    assert fake_telegram.calls_to("deleteWebhook")  # polling makes sure no webhook is set
    await fake_telegram.wait_for(lambda: fake_telegram.calls_to("getUpdates"))
    assert telegram.me is not None and telegram.me.username == fake_telegram.username


async def test_invite_code_joins_once_and_stores_the_chat(app, fake_telegram, telegram):
    code = invite(app, name="Rita")
    rita = Phone(
        fake_telegram, telegram, fake_telegram.add_user("Rita", last_name="Ng", language_code="zh-hans")
    )
    [welcome] = await rita.say(f"/start {code}")
    assert "Rita" in welcome["text"]

    with app.db.transaction() as session:
        identity = Directory(session).find_identity("telegram", str(rita.user["id"]))
        assert identity is not None and identity.chat_id == str(rita.chat_id)
        user = session.get(User, identity.user_id)
        assert user is not None and user.display_name == "Rita" and user.role == "rep"
        assert user.locale == "zh"  # from Telegram's language_code

    sam = Phone(fake_telegram, telegram, fake_telegram.add_user("Sam"))
    [refusal] = await sam.say(f"/start {code}")
    assert "already been used" in refusal["text"]
    assert count(app, Identity) == 1


async def test_rep_runs_the_day_with_a_button_choice(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    await rita.say("/customer add Acme Corp")
    await rita.say("/customer add Acme Industries")

    [logged] = await rita.say("/log Acme Corp: visited Jane, demo went well")
    assert logged["text"].startswith("Logged visit · Acme Corp")
    assert buttons_of(logged) == ["Undo"]

    [deal] = await rita.say("/deal Acme Corp 50k proposal close 15 Dec")
    assert "$50,000" in deal["text"] and "proposal" in deal["text"]

    [reminder] = await rita.say("/remind Acme Corp call back tomorrow 3pm")
    assert reminder["text"].startswith("Reminder set:")

    [question] = await rita.say("/find acm")  # a fragment of both names: the bot asks
    assert "Which customer" in question["text"]
    assert buttons_of(question)[:2] == ["Acme Corp", "Acme Industries"]

    [card] = await rita.press(question, "Acme Corp")
    assert card["text"].startswith("Acme Corp")
    assert "visited Jane" in card["text"]
    edited = rita.current(question)
    assert edited["text"].endswith("→ Acme Corp") and "reply_markup" not in edited
    [answer] = fake_telegram.calls_to("answerCallbackQuery")
    assert answer.ok

    assert (count(app, Activity), count(app, Deal), count(app, Reminder), count(app, Customer)) == (
        1,
        1,
        1,
        2,
    )
    # Every reply went to Rita's chat, as plain text (nothing for a parse mode to misread).
    sends = fake_telegram.calls_to("sendMessage")
    assert {call.params["chat_id"] for call in sends} == {rita.chat_id}
    assert all("parse_mode" not in call.params for call in sends)


async def test_undo_button_is_a_payload_too(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    [created] = await rita.say("/customer add Initech")
    [undone] = await rita.press(created, "Undo")
    assert undone["text"].startswith("Undone")
    assert rita.current(created)["text"].endswith("→ Undo")
    assert count(app, Customer) == 0


async def test_stranger_gets_one_polite_refusal_and_nothing_else(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    await rita.say("/customer add Acme Corp")
    stranger = Phone(fake_telegram, telegram, fake_telegram.add_user("Mallory"))

    first = await stranger.say("/find Acme")
    later = await stranger.say("/pipeline")
    later += await stranger.say("hello?")

    assert len(first) == 1 and first[0]["text"].startswith("Sorry, I only work for my team.")
    assert later == []
    assert "Acme" not in text_of(fake_telegram.messages_in(stranger.chat_id))
    assert count(app, Identity) == 1  # Rita's only
    assert count(app, User) == 1  # Rita


async def test_an_update_delivered_twice_is_handled_once(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    update = fake_telegram.message_update(rita.user, "/customer add Acme Corp")
    # The same update twice in one batch, then the same message again under a new update id.
    replies = await rita.deliver(update, update, {**update, "update_id": fake_telegram.new_update_id()})
    assert text_of(replies) == "New customer Acme Corp"
    assert count(app, Customer) == 1

    await rita.say("/customer add Acme Industries")
    [question] = await rita.say("/find acm")
    press = fake_telegram.button_update(rita.user, question, label="Acme Corp")
    replies = await rita.deliver(press, press, {**press, "update_id": fake_telegram.new_update_id()})
    assert len(replies) == 1 and replies[0]["text"].startswith("Acme Corp")
    assert len(fake_telegram.calls_to("editMessageText")) == 1
    assert len(fake_telegram.calls_to("answerCallbackQuery")) == 1


async def test_in_a_group_the_bot_answers_commands_mentions_and_replies(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    await rita.say("/customer add Acme Corp")
    group = fake_telegram.add_group("Field team")
    in_group = Phone(fake_telegram, telegram, rita.user, group)
    bot = fake_telegram.username

    assert await in_group.say("Anyone up for lunch?") == []
    assert await in_group.say("/find@some_other_bot Acme") == []

    asked = fake_telegram.message_update(rita.user, f"@{bot} /find Acme", chat=group)
    [card] = await in_group.deliver(asked)
    assert card["text"].startswith("Acme Corp")
    assert card["reply_to_message"]["message_id"] == asked["message"]["message_id"]

    [reply] = await in_group.say(f"/find@{bot} Acme")
    assert reply["text"].startswith("Acme Corp")
    [reply] = await in_group.say("/me", reply_to=card)
    assert reply["text"].startswith("Rita")

    # Group messages never become the place where Rita's reminders go.
    with app.db.transaction() as session:
        identity = Directory(session).find_identity("telegram", str(rita.user["id"]))
        assert identity is not None and identity.chat_id == str(rita.chat_id)


async def test_in_a_group_a_question_belongs_to_who_asked(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram, "Rita")
    sam = await joined(app, fake_telegram, telegram, "Sam")
    await rita.say("/customer add Acme Corp")
    await rita.say("/customer add Acme Industries")
    group = fake_telegram.add_group("Field team")
    rita_there = Phone(fake_telegram, telegram, rita.user, group)
    sam_there = Phone(fake_telegram, telegram, sam.user, group)

    [question] = await rita_there.say(f"@{fake_telegram.username} /find acm")
    assert await sam_there.press(question, "Acme Industries") == []
    toast = fake_telegram.calls_to("answerCallbackQuery")[-1]
    assert toast.params["text"] == "These buttons are for Rita."
    assert buttons_of(rita_there.current(question))  # still there for Rita

    # Too late for a toast (the press waited out a restart): the notice goes to the chat instead.
    fake_telegram.inject("answerCallbackQuery", status=400, description="Bad Request: query is too old")
    [notice] = await sam_there.press(question, "Acme Industries")
    assert notice["text"] == "These buttons are for Rita."
    assert notice["reply_to_message"]["message_id"] == question["message_id"]
    assert buttons_of(rita_there.current(question))

    [card] = await rita_there.press(question, "Acme Industries")
    assert card["text"].startswith("Acme Industries")
    assert card["reply_to_message"]["message_id"] == question["message_id"]


async def test_the_scheduler_reaches_a_user_through_the_registered_sender(app, fake_telegram, telegram):
    rita = await joined(app, fake_telegram, telegram)
    sender = app.senders["telegram"]
    with app.db.transaction() as session:
        identity = Directory(session).find_identity("telegram", str(rita.user["id"]))
        assert identity is not None and identity.chat_id
        chat_id = identity.chat_id

    await sender.send(chat_id, Reply("Reminder: call Acme back"))
    assert fake_telegram.texts_in(rita.chat_id)[-1] == "Reminder: call Acme back"

    await telegram.stop()
    assert "telegram" not in app.senders


async def test_many_chats_at_once_each_reply_reaches_its_chat_in_order(app, fake_telegram, telegram):
    phones = [await joined(app, fake_telegram, telegram, name) for name in ("Ann", "Ben", "Cat", "Dan")]
    companies = {
        "Ann": ["Birchwood", "Quantix", "Solaria"],
        "Ben": ["Harbor Freight", "Juniper", "Kestrel"],
        "Cat": ["Mosaic", "Northwind", "Orchid"],
        "Dan": ["Pinnacle", "Redwood", "Tundra"],
    }
    batch = [
        fake_telegram.message_update(phone.user, f"/customer add {companies[phone.user['first_name']][n]}")
        for n in range(3)
        for phone in phones
    ]
    target = telegram.updates_done + len(batch)
    fake_telegram.push_updates(batch)  # interleaved: Ann 0, Ben 0, ..., Ann 1, ...
    await fake_telegram.wait_for(lambda: telegram.updates_done >= target)

    for phone in phones:
        name = phone.user["first_name"]
        texts = fake_telegram.texts_in(phone.chat_id)[1:]  # after the welcome
        assert texts == [f"New customer {company}" for company in companies[name]]
