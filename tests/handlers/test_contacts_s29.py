"""A person introduced in lowercase by the role said right after the name ("maria lopez is their new VP
sales"), found in session 29's fresh-clone trial: the message was "I didn't catch that". Other words than
the trial's."""

from __future__ import annotations

import pytest

from handlers.understanding.people import read_news
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import LF, two_customers


@pytest.mark.parametrize(
    ("text", "expected"),
    [("lakeview: omar reyes is their new head of purchasing, omar@lf.example",
      ("Omar Reyes", "head of purchasing")),
     ("lakeview - tanya brooks is the new CFO", ("Tanya Brooks", "CFO")),
     ("lakeview: keith baird is now their new ops manager", ("Keith Baird", "ops manager"))],
)  # fmt: skip
def test_a_lowercase_name_before_is_their_new_title_is_a_person(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert [(n.who, n.title) for n in read_news(text) if n.who] == [expected]


@pytest.mark.parametrize(
    "text",
    ["lakeview: project atlas is their new priority", "lakeview: cold storage is the new focus",
     "lakeview - fuel prices is the new worry"],
)  # fmt: skip
def test_words_before_is_their_new_something_that_is_no_title_name_nobody(text: str) -> None:
    assert [n.who for n in read_news(text) if n.who] == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_new_contact_is_stored_with_title_and_email(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send("lakeview: omar reyes is their new head of purchasing, omar@lf.example"))
    contacts = next(c for c in exported(app, admin)["customers"] if c["name"] == LF)["contacts"]
    added = [(c["name"], c["title"], c["email"]) for c in contacts if c["name"] != "Dana Price"]
    assert added == [("Omar Reyes", "head of purchasing", "omar@lf.example")], reply
