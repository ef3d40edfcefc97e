"""Session 36's coordinator mends (issue 13), found trying the product as a new user in the terminal.

- "todo: call X", "to do - email X the quote": a to-do heading says what the message is; it had been blanked
  like "update:" and the call logged as done today.
- The days offered for a reminder with none were tomorrow, in three days and next Monday: a Saturday too.
- "they want a 2nd line at X, 30k on top" titled the add-on "top".
- "定了下周三跟X开会": a meeting arranged for a day to come had been logged as held today.
- "print the contract before the X call" asked "What exactly should I record for 'before the X call'?".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import find_amounts
from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "todo: call lakeview freight"),
     ("America/Chicago", "to do - email dana at lakeview freight the quote"),
     ("America/Chicago", "Reminder: ring lakeview freight about the rates"),
     ("Asia/Shanghai", "待办：给昆山宏远发报价")],
)  # fmt: skip
def test_a_to_do_heading_makes_a_task_not_a_logged_call(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "remind" in replies or "提醒" in replies, replies
    assert "todo" not in replies.lower() and "to do" not in replies and "待办" not in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_to_do_heading_with_a_day_sets_the_reminder_without_the_heading(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send("todo - call lakeview freight tomorrow")
    data = exported(app, admin)
    assert data["activities"] == []
    assert [(r["customer"], r["due_at"][:10], r["text"]) for r in data["reminders"]] == [
        (LF, "2029-04-27", "call lakeview freight")
    ]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("day", [23, 24, 25, 26, 27, 28, 29])  # Monday … Sunday
def test_the_days_offered_for_a_reminder_are_working_days(app, admin, chat, clock, day) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, day, 10, 0, tzinfo=ZoneInfo("America/Chicago")))
    chat.send("/tz America/Chicago")
    chat.send(f"/customer add {LF}")
    replies = chat.send(f"/remind {LF} send the brochure")
    offered = [
        b.label
        for r in replies
        for b in r.buttons
        if b.label[:3] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    ]
    assert len(offered) == 3 and len(set(offered)) == 3, offered
    assert not [label for label in offered if label.startswith(("Sat", "Sun"))], offered


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "title"),
    [("they want a 2nd line at lakeview freight, 30k on top", "2nd line"),
     ("lakeview freight wants another depot, 12k extra", "another depot")],
)  # fmt: skip
def test_an_add_on_counted_as_one_more_is_titled_by_the_thing(app, admin, chat, clock, text, title) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 50000 USD proposal")
    replies = texts(chat.send(text))
    titles = sorted(d["title"] for d in exported(app, admin)["deals"] if d["amount"] != 50000)
    assert titles == [title], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["定了5月8号跟昆山宏远开会", "跟昆山宏远敲定了5月8号开会"])
def test_a_meeting_settled_for_a_day_to_come_is_a_reminder_not_a_meeting_held(
    app, admin, chat, clock, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    replies = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [], replies
    assert [(r["customer"], r["due_at"][:10]) for r in data["reminders"]] == [(HY, "2029-05-08")], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_task_before_an_event_of_no_known_day_asks_which_day_the_event_is(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    before = exported(app, admin)
    replies = texts(chat.send("print the contract before the lakeview freight call"))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "Which day is “the lakeview freight call”?" in replies, replies


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("revised to 12 lakh", 1_200_000, None),
     ("Rs 4.5 lakhs", 450_000, "INR"),
     ("deal size 1.5 Cr", 15_000_000, None),
     ("two crore over three years", 20_000_000, None),
     ("₹12,00,000 all in", 1_200_000, "INR"),
     ("INR 45L", 4_500_000, "INR"),
     ("NZ$ 18k", 18_000, "NZD"),
     ("AU$ 30k", 30_000, "AUD"),
     ("報價 45萬蚊", 450_000, "HKD"),
     ("港紙38萬", 380_000, "HKD")],
)  # fmt: skip
def test_amounts_in_the_indian_system_and_other_dollars_are_read(
    text: str, value: int, currency: str | None
) -> None:
    """Lakh and crore (and 12,00,000 grouped the Indian way), NZ$ / AU$, and Hong Kong's 蚊 / 港紙 had been
    read as nothing, 12.00, or US dollars."""
    found = find_amounts(text)
    assert [(a.value, a.currency) for a in found[:1]] == [(value, currency)], found


@pytest.mark.parametrize("text", ["20L drums of resin", "3 cr seats?", "Mrs 5 minutes late"])
def test_litres_and_other_words_are_not_lakh_or_crore(text: str) -> None:
    assert [a.value for a in find_amounts(text) if a.value >= 100_000] == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_deal_in_rupees_is_updated_by_a_figure_in_lakh(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata", f"/deal {LF} 1000000 INR proposal")
    replies = texts(chat.send("lakeview freight revised quote 12.5 lakh"))
    assert [(d["amount"], d["currency"]) for d in exported(app, admin)["deals"]] == [(1_250_000, "INR")], (
        replies
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["kindly prepone the lakeview call to tomorrow 11am", "bring forward the lakeview call to tomorrow 11am"],
)
def test_a_reminder_brought_forward_is_moved_not_set_again(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """ "prepone" (Indian English) and "bring forward" move a reminder earlier; it had set a second reminder
    titled "kindly prepone the lakeview call to"."""
    two_customers(chat, clock, "Asia/Kolkata", f"/remind {LF} friday 3pm call dana")
    replies = texts(chat.send(text))
    due = [(r["text"], r["due_at"][:16]) for r in exported(app, admin)["reminders"]]
    assert due == [("call dana", "2029-04-27T05:30")], replies  # 11:00 in Kolkata


@pytest.mark.parametrize("backend", ["sqlite"])
def test_being_out_of_station_is_no_task(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    replies = texts(chat.send("out of station till monday, will visit lakeview freight tuesday"))
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2029-05-01"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_figure_in_lakh_for_a_dollar_deal_is_asked_about(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """Lakh counts rupees: "12 lakh" for a US$24k deal had been stored as $1,200,000."""
    two_customers(chat, clock, "Asia/Kolkata", f"/deal {LF} 24000 USD proposal")
    before = exported(app, admin)
    replies = texts(chat.send("lakeview freight revised to 12 lakh"))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("at", "text"),
    [("10am", "cancel the 11 o'clock one"),
     ("11am", "cancel the 11 o'clock one and the other one"),
     ("10am", "move the 11am one to friday")],
)  # fmt: skip
def test_a_reminder_named_by_a_time_none_fits_is_asked_about(app, admin, chat, clock, at, text) -> None:  # type: ignore[no-untyped-def]
    """A reminder named by its time alone when none is due then, or with "the other one" beside it, had
    been answered "I didn't catch that" (or one of the two cancelled): which is asked, nothing changed."""
    two_customers(
        chat,
        clock,
        "Europe/London",
        f"/remind {LF} tomorrow {at} call dana",
        f"/remind {HY} monday 3pm 发报价",
    )
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "didn't catch" not in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_two_reminders_named_each_by_its_time_are_both_cancelled(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "cancel the 10am one and the 3pm one" had cancelled the first and left the second unsaid."""
    two_customers(
        chat,
        clock,
        "Europe/London",
        f"/remind {LF} tomorrow 10am call dana",
        f"/remind {HY} monday 3pm 发报价",
    )
    replies = texts(chat.send("cancel the 10am one and the 3pm one"))
    assert [r["status"] for r in exported(app, admin)["reminders"]] == ["cancelled", "cancelled"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["cancel my saturday reminder", "取消周六的提醒"])
def test_a_reminder_named_by_a_day_none_fits_is_asked_about(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """The short "cancel my X reminder" form (`PHRASES`) with nothing due that day asks which; 215b0ff had
    made it fail ("something went wrong") by passing the day where the reference was wanted."""
    two_customers(chat, clock, "Europe/London", f"/remind {LF} tomorrow 10am call dana")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "went wrong" not in replies and "出错" not in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_dollar_sign_for_a_customer_with_no_deal_is_the_users_own_dollar(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "$" from a rep in Sydney for a customer with no deal yet had been US dollars."""
    two_customers(chat, clock, "Australia/Sydney")
    replies = texts(chat.send("lakeview freight want 12 of the sensor kits at $900 each, new deal"))
    assert [(d["amount"], d["currency"]) for d in exported(app, admin)["deals"]] == [(10800, "AUD")], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_known_name_with_its_last_words_said_as_initials_is_that_customer(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "Lakeview FCU" for Lakeview Federal Credit Union had been asked "Did you mean …?" (session 36's
    check for a company named otherwise than a known one)."""
    two_customers(chat, clock, "America/Chicago", "/customer add Lakeview Federal Credit Union",
                  "/contact add Lakeview Federal Credit Union: Priya Shah")  # fmt: skip
    replies = texts(chat.send("quick call w Priya at Lakeview FCU, she wants a security review in Q2"))
    activities = exported(app, admin)["activities"]
    assert [(a["customer"], a["kind"]) for a in activities] == [("Lakeview Federal Credit Union", "call")], (
        replies
    )
