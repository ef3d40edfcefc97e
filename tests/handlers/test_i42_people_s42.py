"""People's news (i42-people, session 42, issue 13), in wordings of our own (no evaluation set's); the clock
is Thu 2029-04-26 10:20 in London.

- a title, phone or email put right while the message waits on "which customer?" ("oops, make that Head
  of Purchasing") is no answer to that question: it never replaces the customer's name in the message
  (since 13f82bb it puts right the message's one title, and the question stays).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

LDN = "Europe/London"
MJ, LC = ("Marlow Joinery Works", "温州鹿城眼镜有限公司")


def _world(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(LDN)))
    chat.send(f"/tz {LDN}")
    for name in (MJ, LC):
        chat.send(f"/customer add {name}")
    chat.send(f"/contact add {MJ}: Imogen Clarke, title=Director")
    chat.send(f"/contact add {MJ}: Dale Fenner, title=Works Manager")
    chat.send(f"/contact add {LC}: 韦雪梅, title=采购经理")


def _contacts(app, admin, customer):  # type: ignore[no-untyped-def]
    return next(c["contacts"] for c in exported(app, admin)["customers"] if c["name"] == customer)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "fix"),
    [("new contact at Marlow - Owen Pratt, buyer", "oops, make that Head of Purchasing")],
)  # fmt: skip
def test_a_title_put_right_is_no_answer_to_which_customer(app, admin, chat, clock, text, fix) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    chat.send("/customer add Marlow Dental Group")
    asked = texts(chat.send(text))
    replies = texts(chat.send(fix))
    people = {p["name"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert "Owen Pratt" not in people, (asked, replies)  # which Marlow is still not known
    # the title is no customer's name: the message keeps "at Marlow" (the title itself may be put right)
    rewritten = "Changed before saving" in replies
    kept = "“new contact at Marlow - Owen Pratt, Head of Purchasing”" in replies
    assert kept or not rewritten, (asked, replies)
    assert "Marlow" in replies and ("?" in replies or "Change" in replies), (asked, replies)
