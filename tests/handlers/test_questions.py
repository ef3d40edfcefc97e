"""One question mechanism: ask → pending choice → answer, and only the asker may answer."""

from __future__ import annotations

from bot.console import ConsoleChat
from crm_store.system import System
from handlers.questions import ask_for_text, typed_answer
from tests.conftest import texts
from tests.handlers.test_core_session import exported


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


def test_a_number_typed_instead_of_a_button_answers_the_question_asked_last(app, admin, clock) -> None:
    def line(text: str) -> str:  # one message per run, as `salesbot chat --as` reads a file: no buttons kept
        return texts(ConsoleChat(app.assistant, admin.id).send(text))

    for name in ("Hallam Robotics", "Hallam Freight", "Brisco Foods", "Brisco Marine"):
        line(f"/customer add {name}")
    assert line("/log hallam: called about pricing").startswith("Which customer")
    [question] = ConsoleChat(app.assistant, admin.id).send("/log brisco: sent the quote")  # replaces it
    labels = [b.label for b in question.buttons]
    again = line(str(len(labels) + 1))  # fits no button of the current question
    assert again.startswith(f"Your earlier question was replaced by this one; answer with 1–{len(labels)}:")
    assert "Which customer" in again and exported(app, admin)["activities"] == []
    assert "Logged note · Brisco Marine" in line(str(labels.index("Brisco Marine") + 1))
    # the replaced question is not answered by the next number: only the one asked last was shown
    assert line("1").startswith("No question is waiting for an answer, so “1” means nothing")
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Brisco Marine"]


def test_a_number_beyond_the_buttons_in_a_terminal_session_shows_the_open_question_again(
    app, add_user
) -> None:
    """Seen in a trial: "3" meant for a card's Cancel, typed after a later reply with one button, got
    "1–1?" from the terminal. The assistant now answers it, in the user's language."""
    chat = ConsoleChat(app.assistant, add_user("Wen", locale="zh").id)
    for name in ("Ostrava Pumps", "Ostrava Pipes"):
        chat.send(f"/customer add {name}")
    [question] = chat.send("/log ostrava: 电话没人接")
    assert len(question.buttons) >= 2
    [stored] = chat.send("/customer add Tamsin Tiles")
    assert len(stored.buttons) < len(question.buttons) + 1  # the number below fits no button shown last
    [again] = chat.send(str(len(question.buttons) + 1))
    n = len(question.buttons)
    assert again.text.startswith(f"你在这个问题之后发了别的消息，所以再问一次；请用 1–{n} 回答：")
    assert [b.label for b in again.buttons] == [b.label for b in question.buttons]
    [logged] = chat.send(str([b.label for b in again.buttons].index("Ostrava Pipes") + 1))
    assert "Ostrava Pipes" in logged.text and "1–" not in logged.text


def test_a_number_typed_long_after_the_question_shows_it_again(app, admin, clock) -> None:
    chat = ConsoleChat(app.assistant, admin.id)
    chat.send("/customer add Hallam Robotics")
    chat.send("/customer add Hallam Freight")
    [question] = chat.send("/log hallam: called about pricing")
    clock.advance(minutes=45)
    [again] = ConsoleChat(app.assistant, admin.id).send("1")
    head = f"I asked this a while ago, so here it is again; answer with 1–{len(question.buttons)}:"
    assert again.text.startswith(f"{head}\nWhich customer")
    assert [b.label for b in again.buttons] == [b.label for b in question.buttons]
    assert exported(app, admin)["activities"] == []
    number = [b.label for b in again.buttons].index("Hallam Freight") + 1
    assert "Logged call · Hallam Freight" in texts(ConsoleChat(app.assistant, admin.id).send(str(number)))
    old_button = chat._message(payload=question.buttons[0].payload)  # the first showing's buttons are closed
    assert "already answered" in texts(app.assistant.handle(old_button))


def test_a_typed_number_in_chinese_with_no_question_says_so(app, admin) -> None:
    chat = ConsoleChat(app.assistant, admin.id)
    chat.send("/lang zh")
    assert texts(chat.send("2")).startswith("现在没有等待回答的问题")
