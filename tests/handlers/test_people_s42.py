"""Session 42, people (issue 13).

- A title put right ("Dana is actually head of ops, not buyer", "陈总其实是副总，不是总经理") changes the
  contact's title; the title said wrong is not the one stored.
- A new person met "at X this morning", named after the time ("met the new controller at X this morning
  Jo Bell"), keeps the title said before.
- "also new at X: Tom Olsen, QA lead" adds Tom Olsen.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import people_of
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "who", "title"),
    [("Dana Price is actually head of ops, not buyer", LF, "Dana Price", "head of ops"),
     ("陈总其实是副总，不是总经理", HY, "陈国栋", "副总"),
     ("met the new controller at Lakeview Freight this morning Jo Bell, gave me her card", LF, "Jo Bell",
      "controller"),
     ("also new at Lakeview: Tom Olsen, QA lead", LF, "Tom Olsen", "QA lead")],
)  # fmt: skip
def test_the_title_said_is_the_persons(app, admin, chat, clock, text, customer, who, title) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send(text))
    assert people_of(app, admin).get((customer, who), {}).get("title") == title, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix", "customer", "who", "title"),
    [("Lakeview has a new contact, Owen Pratt, buyer", "sorry, should be Purchasing Manager", LF,
      "Owen Pratt", "Purchasing Manager"),
     ("昆山宏远新来的采购经理叫王磊", "说错了，是采购主管", HY, "王磊", "采购主管")],
)  # fmt: skip
def test_a_title_put_right_replaces_it(app, admin, chat, clock, first, fix, customer, who, title) -> None:  # type: ignore[no-untyped-def]
    """A correction that is a title alone puts right the one title the message gave: it replaced the
    person's name ("…a new contact, Purchasing Manager, buyer") and the contact was lost."""
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send(first)) + texts(chat.send(fix))
    assert people_of(app, admin).get((customer, who), {}).get("title") == title, reply
