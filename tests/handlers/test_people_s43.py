"""Session 43, people (issue 13).

"以后…找X" (from now on, go to X) names the one who takes over. A relative said to hold the role now ("his
son Amit is new MD") is left for later: the relative's given name may be a known contact's elsewhere.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported, people_of
from tests.support.worlds import HY, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new", "title"),
    [("昆山宏远的陈国栋调走了以后采购那块找孙立", HY, "陈国栋", "孙立", None),
     ("昆山宏远陈国栋退休了，之后找孙立", HY, "陈国栋", "孙立", None)],
)  # fmt: skip
def test_who_left_and_who_took_over(app, admin, chat, clock, text, customer, gone, new, title) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    if "I'll store" in reply or "我将保存" in reply:
        reply += texts(chat.send("1"))
    people = people_of(app, admin)
    assert people[(customer, gone)].get("left_at"), reply
    assert (customer, new) in people and people[(customer, new)].get("title") == title, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["今天和昆山宏远的陈国栋同埋Lakeview Freight的Dana Price开了会，两边都说下周四再谈",
     "met 陈国栋 at 昆山宏远 and Dana Price at Lakeview Freight today, both said talk again next thursday"],
)  # fmt: skip
def test_a_day_both_said_to_talk_again_is_reminded_at_each(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """A day named that they both said to talk again is a meeting of ours to come at each customer (session
    46: blind labels of two sets store it, as for one customer: "禮拜一再聊"), not dropped while the meetings
    are stored."""
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert len(data["activities"]) == 2, reply
    assert len({r["customer"] for r in data["reminders"]}) == 2, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["昆山宏远的陈国栋调到集团去了", "heads up, Dana Price at Lakeview moved to head office"]
)
def test_a_contact_moved_within_their_group_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """Moved to their group or head office: still our contact there, or gone? Asked, not marked as left."""
    two_customers(chat, clock, "Asia/Shanghai")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert "?" in reply or "？" in reply or "I'll store" in reply or "我将保存" in reply, reply
    assert exported(app, admin)["customers"] == before["customers"], reply
