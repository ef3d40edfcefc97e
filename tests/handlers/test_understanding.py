"""Free text as reps type it: one change set per message, questions instead of guesses, groups, events."""

from __future__ import annotations

from dataclasses import replace

import pytest

from handlers.domain.events import ActivityLogged, DealChanged
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading


def seed(chat) -> None:
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/contact add Acme: Jane Doe, title=CTO")
    chat.send("/customer add Globex Inc, alias=Globex")
    chat.send("/deal Acme 20 seats 20k proposal")


def test_one_message_one_reply_one_undo_for_everything(app, admin, chat) -> None:
    seed(chat)
    # (on this Monday "next Tue" would be asked about: tomorrow or in eight days; see test_which_day)
    reply = chat.send("met Jane at Acme, demo went well, they want 20 seats ~$24k, follow up on Tue")
    assert len(reply) == 1
    text = reply[0].text
    assert "Logged visit · Acme Corporation · with Jane Doe" in text
    assert "Deal updated: Acme Corporation · 20 seats · $24,000 · proposal" in text
    assert "Reminder set: Tue, Nov 24 09:00 — follow up (Acme Corporation)" in text
    assert [b.label for b in reply[0].buttons] == ["Undo"]
    data = exported(app, admin)
    [activity] = data["activities"]
    assert (activity["kind"], activity["contact"], activity["next_step"]) == (
        "visit",
        "Jane Doe",
        "follow up",
    )
    assert data["deals"][0]["amount"] == 24000 and len(data["reminders"]) == 1
    assert "Undone" in texts(chat.press("Undo"))
    data = exported(app, admin)
    assert data["activities"] == [] and data["reminders"] == [] and data["deals"][0]["amount"] == 20000


def test_close_customers_are_asked_about_and_the_answer_reruns_the_message(app, admin, chat) -> None:
    chat.send("/customer add Acme Robotics")
    chat.send("/customer add Acme Logistics")
    question = chat.send("called acme, no answer")
    assert "Which customer" in question[0].text and exported(app, admin)["activities"] == []
    assert "Logged call · Acme Logistics" in texts(chat.press("Acme Logistics"))
    assert exported(app, admin)["activities"][0]["customer"] == "Acme Logistics"


def test_unknown_customer_is_offered_for_creation(app, admin, chat) -> None:
    offer = chat.send("visited Initech, met Bill, demo went well")
    assert "don't know a customer called “Initech”" in offer[0].text
    assert "Logged visit · Initech" in texts(chat.press("Create"))
    data = exported(app, admin)
    assert data["customers"][0]["name"] == "Initech" and data["customers"][0]["contacts"][0]["name"] == "Bill"


def test_uncertain_parts_are_asked_while_certain_parts_are_stored(app, admin, chat) -> None:
    seed(chat)
    replies = chat.send("called Globex, Hank wants 1.500 licences at $1.500, follow up")
    assert "Logged call · Globex Inc" in replies[0].text  # stored at once
    questions = [r for r in replies[1:] if r.buttons]
    assert [q.text for q in questions] == [
        "Which amount do you mean?",
        "When should I remind you to “follow up”?",
    ]
    data = exported(app, admin)
    assert len(data["activities"]) == 1 and data["reminders"] == [] and len(data["deals"]) == 1
    # Answer the reminder question (the last one shown), then the amount by its own button.
    assert "Reminder set: Thu, Nov 26 09:00 — follow up (Globex Inc)" in texts(chat.press("Thu"))
    amount_button = questions[0].buttons[0]
    answered = chat.assistant.handle(chat._message(payload=amount_button.payload))
    assert "New deal: Globex Inc" in texts(answered) and "$1,500" in texts(answered)
    assert "already answered" in texts(chat.assistant.handle(chat._message(payload=amount_button.payload)))
    data = exported(app, admin)
    assert [d["amount"] for d in data["deals"]] == [20000, 1500] and len(data["reminders"]) == 1


def test_a_skipped_question_stores_nothing_more(app, admin, chat) -> None:
    seed(chat)
    chat.send("remind me to call Acme")
    assert texts(chat.press("Skip")) == "OK, skipped."
    assert exported(app, admin)["reminders"] == []


def test_not_about_work_gets_a_pointer_and_stores_nothing(app, admin, chat) -> None:
    seed(chat)
    before = exported(app, admin)
    for message in ("hi", "what's the weather like", "你好", "lol"):
        assert "/help" in texts(chat.send(message))
    after = exported(app, admin)
    assert before["activities"] == after["activities"] == [] and before["deals"] == after["deals"]


def test_questions_for_my_day_the_pipeline_and_a_customer(chat) -> None:
    seed(chat)
    assert texts(chat.send("what's on today")).startswith("Your day")
    assert "proposal: 1 deal · $20,000" in texts(chat.send("my pipeline"))
    card = texts(chat.send("find acme"))
    assert card.startswith("Acme Corporation") and "Jane Doe" in card
    assert texts(chat.send("Globex?")).startswith("Globex Inc")


def test_won_lost_and_stage_moves(app, admin, chat) -> None:
    seed(chat)
    assert "(proposal → negotiation)" in texts(chat.send("Acme moved to negotiation"))
    assert "Lost: Acme Corporation · 20 seats — a competitor on price" in texts(
        chat.send("lost Acme to a competitor on price")
    )
    assert "Won: Globex Inc" in texts(chat.send("Globex signed! 30k"))  # no deal: asked first
    chat.press("Save")
    deals = {d["customer"]: d for d in exported(app, admin)["deals"]}
    assert deals["Acme Corporation"]["lost_reason"] == "a competitor on price"
    assert (deals["Globex Inc"]["status"], deals["Globex Inc"]["amount"]) == ("won", 30000)
    lifecycle = {c["name"]: c["lifecycle"] for c in exported(app, admin)["customers"]}
    assert lifecycle["Globex Inc"] == "customer"  # a first won deal makes a customer


def test_plans_are_not_outcomes(app, admin, chat) -> None:
    seed(chat)
    chat.send("Acme expected to sign end of month")
    chat.send("华为还没签约")
    deal = exported(app, admin)["deals"][0]
    assert (deal["status"], deal["expected_close"]) == ("open", "2026-11-30")


def test_configured_stage_synonyms(app, admin, chat) -> None:
    from config import load_settings

    app.assistant.settings = load_settings(
        _env_file=None, database_url=app.settings.database_url, stage_synonyms="negotiation=verhandlung"
    )
    seed(chat)
    assert "(proposal → negotiation)" in texts(chat.send("Acme jetzt in verhandlung"))


def test_complaints_emit_activity_logged_for_listeners(app, admin, chat) -> None:
    seen: list[object] = []
    app.assistant.listeners.append(lambda ctx, event: seen.append(event))
    seed(chat)
    seen.clear()
    chat.send("Acme complained about the outage, moved to negotiation")
    kinds = [(type(e), getattr(e, "kind", None)) for e in seen]
    assert (ActivityLogged, "complaint") in kinds and (DealChanged, None) in kinds


def test_a_group_message_that_reaches_the_handlers_is_for_the_bot(app, admin, chat) -> None:
    """Which group messages are for the bot is the adapters' call (tests/bot: Telegram mentions
    and replies, Slack mentions); what reaches the handlers is answered like a direct one."""
    seed(chat)
    addressed = replace(chat._message(text="called Globex, no answer"), is_direct=False)
    assert "Logged call · Globex Inc" in texts(chat.assistant.handle(addressed))
    assert len(exported(app, admin)["activities"]) == 1


def test_activity_time_is_the_past_date_the_message_names(app, admin, chat) -> None:
    seed(chat)
    chat.send("visited Globex yesterday 3pm")
    activity = exported(app, admin)["activities"][0]
    assert activity["occurred_at"].startswith("2026-11-22T14:00")  # 15:00 in Berlin


def test_the_interaction_may_stand_before_the_colon_with_the_name(app, admin, chat) -> None:
    seed(chat)
    assert "Logged complaint · Acme Corporation" in texts(chat.send("complaint from Acme: invoice was wrong"))
    assert "Logged meeting · Globex Inc" in texts(chat.send("Globex meeting: they want a dashboard"))
    assert "Logged complaint · Acme Corporation" in texts(chat.send("Acme投诉：上次发货少了两箱"))
