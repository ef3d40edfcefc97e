"""Session 43, people (issue 13).

Someone who left, said with "'s" for "has" ("dana price's left"), is marked as gone; a relative named as
holding the role now ("her son Marco Price is new MD") is the new contact, not family kept out of the
record; "以后…找X" (from now on, go to X) names the one who takes over.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import people_of
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new", "title"),
    [("heads up dana price's left lakeview, replaced by Tom Reyes, ops manager", LF, "Dana Price",
      "Tom Reyes", "ops manager"),
     ("Lakeview Freight: Dana Price has retired, her son Marco Price is new MD", LF, "Dana Price",
      "Marco Price", "MD"),
     ("昆山宏远的陈国栋调走了以后采购那块找孙立", HY, "陈国栋", "孙立", None)],
)  # fmt: skip
def test_who_left_and_who_took_over(app, admin, chat, clock, text, customer, gone, new, title) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    if "I'll store" in reply or "我将保存" in reply:
        reply += texts(chat.send("1"))
    people = people_of(app, admin)
    assert people[(customer, gone)].get("left_at"), reply
    assert (customer, new) in people and people[(customer, new)].get("title") == title, reply
