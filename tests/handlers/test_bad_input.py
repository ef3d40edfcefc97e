"""Bad input gets a short, clear reply in the user's language and changes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported


def snapshot(app, admin) -> dict:
    data = exported(app, admin)
    data.pop("exported_at")
    return data


@pytest.fixture
def seeded(chat):
    chat.send("/customer add Acme Corporation")
    chat.send("/deal Acme 10k proposal")
    return chat


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("/frobnicate now", "I don't know the command /frobnicate"),
        ("/deal Acme 99999999999999 proposal", "amount looks wrong"),
        ("/deal Acme -5000", "amount looks wrong"),
        ("/deal Acme soon", "Nothing to change"),
        ("/log Acme:", "What happened with Acme Corporation"),
        ("/log", "What happened?"),
        ("/stage Acme to the moon", "Which stage?"),
        ("/lost Acme", "Why was it lost?"),
        ("/remind Acme call back yesterday 3pm", None),
        ("/won Nonexistent Widgets", "No customer matches"),
        ("/contact add Acme: Bob, email=not-an-email", "is not an email address"),
        ("/customer add Acme Corporation, colour=blue", "I don't know the field"),
        ("/customer set Acme: tier=Z", "Unknown tier"),
        ("/tz Mars/Olympus", "Usage: /tz"),
        ("/hours 20:00-08:00", "Usage: /hours"),
        ("/lang klingon", "Usage: /lang"),
        ("/invite admin", "Only a manager or admin"),
        ("/undo", None),
        ("", "Send me a message"),
    ],
)
def test_bad_input_changes_nothing(app, admin, seeded, add_user, message: str, expected: str | None) -> None:
    from bot.console import ConsoleChat

    before = snapshot(app, admin)
    chat = seeded
    if message == "/invite admin":
        chat = ConsoleChat(app.assistant, add_user("Rita").id)
    if message == "/undo":
        chat = ConsoleChat(app.assistant, add_user("Newbie").id)
        expected = "nothing of yours to undo"
    if "yesterday" in message:
        expected = "past"
    replies = chat.send(message)
    assert len(replies) == 1
    reply = replies[0].text
    assert expected in reply
    assert "Traceback" not in reply and len(reply) < 400
    after = snapshot(app, admin)
    assert after["customers"] == before["customers"] and after["deals"] == before["deals"]
    assert after["activities"] == before["activities"] and after["reminders"] == before["reminders"]


def test_overlong_text_is_refused_whole(app, admin, seeded) -> None:
    before = snapshot(app, admin)
    reply = texts(seeded.send("/log Acme: " + "blah " * 1000))
    assert "too long" in reply and "limit is 4000" in reply
    assert snapshot(app, admin)["activities"] == before["activities"]


def test_emoji_and_sql_looking_text_are_stored_verbatim(app, admin, seeded) -> None:
    sql = "Robert'); DROP TABLE customers;-- 😀"
    assert "Logged" in texts(seeded.send(f"/log Acme: {sql}"))
    data = snapshot(app, admin)
    assert data["activities"][-1]["summary"] == sql
    assert len(data["customers"]) == 1
    found = texts(seeded.send("/find ' OR 1=1 --"))
    assert "Acme Corporation" not in found or "Which customer" in found


def test_an_internal_error_is_one_polite_line(app, admin, seeded, monkeypatch) -> None:
    from dataclasses import replace

    from handlers.commands.table import COMMANDS, PAYLOADS
    from handlers.registry import Registry

    def explode(ctx, args):
        ctx.store.customers.add("Half-written Ltd")
        raise RuntimeError("boom")

    commands = [replace(c, handler=explode) if c.name == "find" else c for c in COMMANDS]
    monkeypatch.setattr(app.assistant, "registry", Registry(commands, PAYLOADS))
    before = snapshot(app, admin)
    reply = texts(seeded.send("/find acme"))
    assert reply.startswith("Sorry, something went wrong") and "RuntimeError" not in reply
    assert snapshot(app, admin) == before
