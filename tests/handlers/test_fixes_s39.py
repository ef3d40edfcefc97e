"""A fix said right after a message that wrote two records of its kind (i39-fixes, session 39, issue 13), in
wordings of our own (no evaluation set's); the clock is Thu 2029-04-26 10:20 local.

- a time, a day or a kind of interaction put right with no customer and no person named fits either record
  the message wrote: asked which, both kept as stored (no guess at the first one, nor a change of both);
- named by a person or a part of a customer's name, only that record takes the value; the other keeps its
  own;
- "前日" is the day before yesterday.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

LDN = "Europe/London"
MJ, FD = "Marlow Joinery Works", "Fenwick Dental Group"
LC, NB = "温州鹿城眼镜有限公司", "宁波港湾物流有限公司"

REMINDERS = (
    "remind me friday 2pm to ring Imogen at Marlow Joinery and monday 2pm to email Tariq at Fenwick Dental"
)
CALLS = "rang Imogen at Marlow Joinery and Tariq at Fenwick Dental this morning"
VISITS = "前日拜访了温州鹿城韦雪梅，又给宁波港湾邱建国打了电话"


def _world(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(LDN)))
    chat.send(f"/tz {LDN}")
    for name in (MJ, FD, LC, NB):
        chat.send(f"/customer add {name}")
    chat.send(f"/contact add {MJ}: Imogen Clarke, title=Director")
    chat.send(f"/contact add {FD}: Tariq Osman, title=Practice Manager")
    chat.send(f"/contact add {LC}: 韦雪梅, title=采购经理")
    chat.send(f"/contact add {NB}: 邱建国, title=总经理")


def _records(app, admin) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each customer's activity (kind, day) or reminder (due), as exported."""
    data = exported(app, admin)
    found = {a["customer"]: (a["kind"], a["occurred_at"][:10]) for a in data["activities"]}
    found.update({r["customer"]: ("reminder", r["due_at"][:16]) for r in data["reminders"]})
    return found


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix"),
    [(REMINDERS, "oops, change that to 3pm"),
     (CALLS, "my mistake, one of them was a meeting not a call"),
     (VISITS, "不好意思 其中一个是昨天")],
)  # fmt: skip
def test_a_fix_naming_neither_record_is_asked(app, admin, chat, clock, first, fix) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    stored = texts(chat.send(first))
    before = _records(app, admin)
    assert len(before) == 2, stored
    replies = texts(chat.send(fix))
    assert _records(app, admin) == before, replies
    assert "?" in replies or "？" in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix", "changed", "kept"),
    [(REMINDERS, "oops, make the Tariq one 3pm", FD, MJ),
     (CALLS, "my mistake, Imogen was a meeting not a call", MJ, FD),
     (VISITS, "不好意思 宁波那个是昨天", NB, LC)],
)  # fmt: skip
def test_a_fix_naming_one_record_changes_it_alone(app, admin, chat, clock, first, fix, changed, kept) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    chat.send(first)
    before = _records(app, admin)
    replies = texts(chat.send(fix))
    after = _records(app, admin)
    assert after[kept] == before[kept], replies
    assert after[changed] != before[changed], replies
    assert after[changed] in (
        ("reminder", before[changed][1][:11] + "14:00"),  # 3pm in London (BST) is 14:00 UTC
        ("meeting", before[changed][1]),
        ("call", "2029-04-25"),
    ), replies
    if first == VISITS:
        assert before[LC] == ("visit", "2029-04-24"), replies  # 前日: the day before yesterday


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["rang Imogen at Marlow Joinery and Tariq at Fenwick Dental, Tariq will send the x-rays by friday",
     "给温州鹿城韦雪梅和宁波港湾邱建国都打了电话 两位都答应周五前把回单寄过来"],
)  # fmt: skip
def test_another_partys_plan_beside_two_customers_is_theirs(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    want = sorted([MJ, FD] if "Imogen" in text else [LC, NB])
    assert sorted(a["customer"] for a in data["activities"]) == want, replies
    assert data["reminders"] == [], replies  # their promise is no reminder of ours, and nothing asked
