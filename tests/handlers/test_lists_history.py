"""Lists and history from chat: /customers, /deals, /contacts, /history, paged with Prev / Next
buttons; a button that is malformed, someone else's or too old is refused cleanly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_store.models import Reminder
from tests.conftest import texts
from tests.support.chatting import chat_of, say

NAMES = [f"{word} Trading" for word in (
    "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo",
    "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform",
    "Victor", "Whiskey")]  # fmt: skip
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday, 10:00 in Berlin


@pytest.fixture
def people(app, add_user):
    boss = add_user("Alex Boss", role="manager")
    sam = add_user("Sam Taylor", manager=boss)
    anna = add_user("Anna Schmidt", manager=boss)
    return boss, sam, anna


def test_customers_mine_team_and_filters(app, clock, people):
    boss, sam, anna = people
    clock.set(NOW - timedelta(days=40))
    sam_chat, anna_chat, boss_chat = chat_of(app, sam), chat_of(app, anna), chat_of(app, boss)
    say(sam_chat, "/customer add Acme Corp, industry=Retail, tier=A", "/log Acme: visited Jane")
    say(sam_chat, "/customer add Globex Inc, industry=Energy, tier=B")
    say(anna_chat, "/customer add Umbrella Health, industry=Retail")
    clock.set(NOW)
    say(anna_chat, "/log Umbrella: called Bob")

    mine = texts(sam_chat.send("/customers"))
    assert mine.splitlines()[0] == "Customers (yours), 2:"
    assert "• Acme Corp · tier A · Retail · last contact Wed, Oct 14 (40 days ago)" in mine
    assert "• Globex Inc · tier B · Energy · never contacted" in mine
    assert mine.index("Acme") < mine.index("Globex")  # big tiers first
    assert "Umbrella" not in mine

    team = texts(boss_chat.send("/customers"))
    assert (
        team.startswith("Customers (your team's), 3:") and "Umbrella Health · Retail · Anna Schmidt" in team
    )
    retail = texts(boss_chat.send("/customers industry retail"))
    assert "Acme" in retail and "Umbrella" in retail and "Globex" not in retail
    assert texts(boss_chat.send("/customers retail")) == retail
    quiet = texts(boss_chat.send("/customers quiet"))
    assert "Acme" in quiet and "Globex" in quiet and "Umbrella" not in quiet
    assert "tier A" in texts(boss_chat.send("/customers tier A")) and "Globex" not in texts(
        boss_chat.send("/customers tier A")
    )
    # "/customer list" lists; it no longer offers to create a customer called "list"
    assert texts(sam_chat.send("/customer list")) == mine
    assert "No customers" in texts(sam_chat.send("/customers tier C"))


def test_last_contact_counts_calendar_days_in_the_users_zone(app, clock, people):
    """A call at 21:00 yesterday (Berlin) is '1 day ago' at 08:00 today, as its date says, though
    only 11 hours have passed; one at 07:00 this morning is 'today'."""
    _, sam, _ = people
    sam_chat = chat_of(app, sam)
    clock.set(datetime(2026, 11, 22, 20, 0, tzinfo=UTC))  # Sun 21:00 in Berlin
    say(sam_chat, "/customer add Acme Corp", "/log Acme: called Jane")
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=UTC))  # Mon 07:00 in Berlin
    say(sam_chat, "/customer add Globex Inc", "/log Globex: called Bob")
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=UTC))  # Mon 08:00 in Berlin
    listed = texts(sam_chat.send("/customers"))
    assert "Acme Corp · last contact Sun, Nov 22 (1 day ago)" in listed
    assert "Globex Inc · last contact Mon, Nov 23 (today)" in listed


def test_long_lists_page_with_next_and_prev(app, clock, people):
    boss, sam, _ = people
    clock.set(NOW)
    sam_chat = chat_of(app, sam)
    for name in NAMES:
        say(sam_chat, f"/customer add {name}")
    [first] = sam_chat.send("/customers")
    assert "Alpha" in first.text and "Juliet" in first.text and "Kilo" not in first.text
    assert first.text.endswith("1–10 of 23")
    assert [b.label for b in first.buttons] == ["Next ▶"]
    [second] = sam_chat.press("Next")
    assert "Kilo" in second.text and "Alpha" not in second.text
    assert second.text.endswith("11–20 of 23")
    assert [b.label for b in second.buttons] == ["◀ Prev", "Next ▶"]
    [third] = sam_chat.press("Next")
    assert third.text.endswith("21–23 of 23") and [b.label for b in third.buttons] == ["◀ Prev"]
    [back] = sam_chat.press("Prev")
    assert back.text == second.text

    payload = first.buttons[0].payload
    assert len(payload.encode()) <= 64  # Telegram's callback_data limit
    # Someone else's button, a malformed one, and an expired one are refused cleanly.
    boss_chat = chat_of(app, boss)
    for bad in (payload, "page:x:10", "page:999999:10", "page:", f"{payload}0000000"):
        replies = app.assistant.handle(boss_chat._message(payload=bad))
        assert texts(replies) == "That button no longer works.", bad
    clock.advance(days=2)
    stale = app.assistant.handle(sam_chat._message(payload=payload))
    assert texts(stale) == "That list is out of date. Send /customers again."


def test_deals_open_by_default_by_stage_status_and_closing(app, clock, people):
    boss, sam, anna = people
    clock.set(NOW)
    sam_chat, anna_chat, boss_chat = chat_of(app, sam), chat_of(app, anna), chat_of(app, boss)
    say(sam_chat, "/customer add Acme Corp", "/deal Acme 24k proposal close 27 Nov")
    say(sam_chat, "/customer add Globex Inc", "/deal Globex 90k negotiation close 15 Jan")
    say(anna_chat, "/customer add Hooli", "/deal Hooli 30k proposal close 2 Dec", "/lost Hooli price")
    say(anna_chat, "/customer add Initech", "/deal Initech 18k qualified close 30 Nov")

    mine = texts(sam_chat.send("/deals"))
    assert mine.startswith("Open deals (yours), 2:")
    assert mine.index("Acme") < mine.index("Globex")  # soonest close first
    team = texts(boss_chat.send("/deals"))
    assert "Open deals (your team's), 3:" in team and "Hooli" not in team
    assert "Initech · Initech" not in team or "Anna Schmidt" in team
    proposal = texts(boss_chat.send("/deals proposal"))
    assert "Acme" in proposal and "Globex" not in proposal and "Initech" not in proposal
    closing = texts(boss_chat.send("/deals closing this month"))
    assert "Acme" in closing and "Initech" in closing and "Globex" not in closing
    lost = texts(boss_chat.send("/deals lost"))
    assert "Hooli" in lost and "Acme" not in lost
    assert "Usage: /deals" in texts(boss_chat.send("/deals banana"))
    assert texts(sam_chat.send("/deal list")) == mine


def test_contacts_of_a_customer(app, clock, people):
    _, sam, _ = people
    clock.set(NOW)
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/contact add Acme: Jane Doe, title=CTO, email=jane@acme.com")
    say(chat, "/contact add Acme: Bob Lee, phone=+1 555 0101")
    listed = texts(chat.send("/contacts Acme"))
    assert listed.splitlines() == [
        "Contacts at Acme Corp (2):",
        "  • Jane Doe — CTO · jane@acme.com",
        "  • Bob Lee — +1 555 0101",
    ]
    assert "Whose contacts?" in texts(chat.send("/contacts"))
    assert "No customer matches" in texts(chat.send("/contacts Zyxwvut"))


def test_history_is_the_whole_timeline_and_searchable(app, clock, people):
    boss, sam, _ = people
    clock.set(datetime(2026, 10, 20, 9, tzinfo=UTC))
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/log Acme: called Jane about pricing")
    say(chat, "/deal Acme 24k proposal", "/remind Acme send the quote in 1 hour")
    clock.set(datetime(2026, 11, 10, 9, tzinfo=UTC))
    say(chat, "/log Acme: invoice was wrong, Jane is upset", "/stage Acme negotiation")
    with app.db.transaction() as session:
        [reminder_id] = session.scalars(select(Reminder.id)).all()
    assert "Done: send the quote" in texts(
        app.assistant.handle(chat._message(payload=f"rem:done:{reminder_id}"))
    )
    clock.set(datetime(2026, 11, 12, 9, tzinfo=UTC))
    say(chat, "/customer add Globex Inc", "/log Globex: complaint about the late delivery")
    clock.set(NOW)

    full = texts(chat.send("/history Acme")).splitlines()
    assert full[0] == "History of Acme Corp: 5 entries"
    newest = set(full[1:4])  # the same minute: the complaint, the stage move, the reminder done
    assert "  • Tue, Nov 10 · ➡️ Acme Corp: proposal → negotiation — Sam Taylor" in newest
    assert "  • Tue, Nov 10 · complaint: invoice was wrong, Jane is upset — Sam Taylor" in newest
    assert "  • Tue, Oct 20 · call: called Jane about pricing — Sam Taylor" in full[-2:]  # the oldest
    assert any("🆕 New deal" in line and "$24,000" in line for line in full)
    assert any("call: called Jane about pricing" in line for line in full)
    assert "  • Tue, Nov 10 · ✔ Reminder done: send the quote" in newest

    complaints = texts(chat.send("/history Acme complaint"))
    assert complaints.startswith("History of Acme Corp (complaint): 1 entry") and "invoice" in complaints
    words = texts(chat.send("/history Acme pricing"))
    assert "called Jane about pricing" in words and "invoice" not in words
    month = texts(chat.send("/history complaints this month"))
    assert "invoice was wrong" in month and "late delivery" in month and "pricing" not in month
    assert "[Globex Inc]" in month and "[Acme Corp]" in month
    assert "Nothing in the history of Acme Corp" in texts(chat.send("/history Acme complaint last month"))
    boss_view = texts(chat_of(app, boss).send("/history complaints this month"))
    assert "late delivery" in boss_view  # the manager sees the team's


def test_history_in_chinese(app, clock, people):
    _, sam, _ = people
    clock.set(NOW)
    chat = chat_of(app, sam)
    say(
        chat,
        "/lang zh",
        "/customer add 华为技术有限公司",
        "/log 华为：投诉，交货太慢",
        "/log 华为：拜访了张经理",
    )
    found = texts(chat.send("/history 华为的投诉"))
    assert found.startswith("华为技术有限公司的历史（投诉）：共 1 条")
    assert "交货太慢" in found and "张经理" not in found
    assert "交货太慢" in texts(chat.send("/history 本月 投诉"))
