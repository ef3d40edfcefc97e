"""One question mechanism: ask → pending choice → answer, and only the asker may answer."""

from __future__ import annotations

from bot.console import ConsoleChat
from crm_store.system import System
from handlers.questions import ask_for_text, typed_answer
from tests.conftest import texts


def test_a_question_is_answered_by_its_asker_only(app, admin, add_user) -> None:
    sam = add_user("Sam")
    rita = ConsoleChat(app.assistant, admin.id)
    other = ConsoleChat(app.assistant, sam.id)
    rita.send("/customer add Acme Corp")
    rita.send("/customer add Acme Industries")
    [question] = rita.send("/find acm")
    payload = next(b.payload for b in question.buttons if b.label == "Acme Industries")
    assert payload.startswith("pick:")

    [notice] = app.assistant.handle(other._message(payload=payload))
    assert notice.notice and notice.text == f"These buttons are for {admin.display_name}."

    [card] = app.assistant.handle(rita._message(payload=payload))  # still open for the asker
    assert card.text.startswith("Acme Industries") and not card.notice
    assert "already answered" in texts(app.assistant.handle(rita._message(payload=payload)))


def test_dismissing_a_question_stores_nothing(app, admin, chat) -> None:
    chat.send("/customer add Acme Corp")
    [question] = chat.send("/customer add Acme Corp")  # looks like a duplicate: asked, not stored
    assert question.buttons[-1].label == "Cancel"
    [reply] = chat.press("Cancel")
    assert reply.text == "OK, cancelled. Nothing was saved."
    with app.db.transaction() as session:
        assert app.store(System(session)).customers.count() == 1


def test_a_typed_question_waits_for_its_askers_next_message_only(app, admin, add_user, clock) -> None:
    sam = add_user("Sam")

    def context(system: System, user):  # type: ignore[no-untyped-def]
        return app.assistant.context_for(system, app.store(system).users.require(user.id), clock())

    with app.db.system() as system:
        ctx = context(system, admin)
        ask_for_text(ctx, "When?", "rem:at:1")
        ask_for_text(ctx, "When?", "rem:at:2")  # only the newest question waits
    with app.db.system() as system:
        assert typed_answer(context(system, sam), "friday") is None  # not Sam's question
        assert typed_answer(context(system, admin), "friday 3pm") == "rem:at:2:friday 3pm"
        assert typed_answer(context(system, admin), "friday 3pm") is None  # answered once
    with app.db.system() as system:
        ask_for_text(context(system, admin), "When?", "rem:at:3")
    clock.advance(minutes=31)
    with app.db.system() as system:
        assert typed_answer(context(system, admin), "friday") is None  # waited too long
