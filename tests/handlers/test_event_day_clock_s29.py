"""A part of the event's day said with its clock ("那天下午三点", "嗰日下晝兩點") is that day at that clock:
one reminder on the event's day. Session 29's sealed look: 3d51b0d read "that day's afternoon" as an offset
of its own, so the clock after it fell to today (a second reminder, today 15:00). Other words than the
sealed set's."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "due_local"),
    [("Asia/Shanghai", "昆山宏远陈国栋说下周五再谈，那天下午三点提醒我打给他", "2029-05-04 15:00"),
     ("Asia/Hong_Kong", "昆山宏远陳生話下個禮拜五再傾，提我嗰日下晝兩點打俾佢", "2029-05-04 14:00")],
)  # fmt: skip
def test_the_event_days_part_with_its_clock_is_one_reminder_that_day(
    app, admin, chat, clock, zone, text, due_local
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    if chat.buttons and chat.buttons[0].label not in ("Undo", "撤销"):  # a card first (a note beside): save
        reply += texts(chat.send("1"))
    reminders = [r for r in exported(app, admin)["reminders"] if r["customer"] == HY]
    due = datetime.fromisoformat(due_local).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert [datetime.fromisoformat(r["due_at"]).astimezone(UTC) for r in reminders] == [due], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("dash", ["–", "—"])
def test_not_lost_said_with_a_dash_takes_the_loss_back(app, admin, chat, clock, dash) -> None:  # type: ignore[no-untyped-def]
    """Session 29's look at a worn read set: "X lost, went with the incumbent" is now stored at once, and
    "Not lost – …" (an en dash, as phones type it) was no take-back, so the loss stayed."""
    two_customers(chat, clock, "Europe/Dublin", f"/deal {LF} 30k proposal")
    chat.send("lakeview freight lost, went with the incumbent")
    reply = texts(chat.send(f"Not lost {dash} dana says they're only pausing till July. Close end of July"))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert [(d["stage"], d["expected_close"]) for d in deals] == [("proposal", "2029-07-31")], reply
