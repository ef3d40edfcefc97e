"""Session 40, deals (issue 13).

- "a second press brake, ~40k" beside the customer's open deal made a new deal without asking: one more of a
  thing may go on the open deal or be a deal of its own, and only a word about the deal ("new deal",
  "separate", "same deal", "total") says which; without one, change-or-new is asked.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["lakeview freight - dana wants pricing on another forklift, about 25k",
     "lakeview: 2nd reach truck for dana's dock, $18k"],
)  # fmt: skip
def test_one_more_of_a_thing_beside_the_open_deal_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)["deals"]
    reply = texts(chat.send(text))
    assert exported(app, admin)["deals"] == before, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_one_more_of_a_thing_said_to_be_a_new_deal_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send("lakeview freight - another forklift for dana, 25k, its own deal"))
    assert sorted(d["amount"] for d in exported(app, admin)["deals"]) == [25000, 30000], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "close"),
    [("lakeview freight - they want to move fwd in march", "2030-03-31"),
     ("lakeview freight will go ahead in february", "2030-02-28"),
     ("lakeview: moving forward by end of january", "2030-01-31")],
)  # fmt: skip
def test_when_they_will_go_ahead_is_the_close_date(app, admin, chat, clock, text, close) -> None:  # type: ignore[no-untyped-def]
    """Session 41: a month said as when they proceed was kept as a note and the close left as it was."""
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send(text))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [close], reply
