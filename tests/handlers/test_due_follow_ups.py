"""A follow-up made: a call, visit or e-mail logged with a customer while one of the user's reminders about
that customer is due asks whether it is done (found in session 34's fresh-clone trial: the visit to 赵总
was logged and "Follow up with 赵磊" stayed overdue in the digest)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_store.models import Deal, Reminder
from tests.conftest import texts
from tests.support.chatting import chat_of, say

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday, 10:00 in Berlin


@pytest.fixture
def sam(app, add_user, clock):
    clock.set(NOW)
    boss = add_user("Alex Boss", role="manager")
    return add_user("Sam Taylor", manager=boss)


def statuses(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return {r.text: r.status for r in session.scalars(select(Reminder))}


def test_a_call_with_a_customer_whose_follow_up_is_due_asks_whether_it_is_done(app, sam, clock):
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/contact add Acme: Jane Doe",
        "/remind Acme follow up with Jane tomorrow 10am",
        "/remind Acme send the renewal in 2 weeks")  # fmt: skip
    clock.set(NOW + timedelta(days=2))  # the follow-up is a day overdue; the renewal is not due
    replies = chat.send("called jane at acme, she wants the quote for 35 seats")
    assert "Logged call" in replies[0].text
    assert replies[-1].text.startswith("You had a follow-up due with Acme Corp: follow up with Jane (")
    assert replies[-1].text.endswith("). Mark it done?")
    assert statuses(app)["follow up with Jane"] == "pending"  # nothing closed without the tap
    assert texts(chat.press("Done")) == "Marked 1 reminder done: follow up with Jane"
    assert statuses(app) == {"follow up with Jane": "done", "send the renewal": "pending"}


def test_keep_leaves_the_follow_up_open_and_chinese_asks_in_chinese(app, sam, clock):
    chat = chat_of(app, sam)
    say(chat, "/lang zh", "/customer add 深圳腾达电子有限公司, alias=腾达", "/contact add 腾达: 赵磊",
        "/remind 腾达 跟进赵磊 明天上午10点")  # fmt: skip
    clock.set(NOW + timedelta(days=1, hours=3))  # due an hour ago
    replies = chat.send("拜访了腾达的赵总，聊了产线系统")
    assert replies[-1].text.startswith("你与深圳腾达电子有限公司的跟进提醒已到期：跟进赵磊")
    assert texts(chat.press("保留")) == "好的，提醒保持不变。"
    assert statuses(app) == {"跟进赵磊": "pending"}


def test_nothing_is_asked_for_a_follow_up_not_yet_due_a_note_or_another_users_reminder(
    app, sam, add_user, clock
):
    anna = add_user("Anna Schmidt")
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/remind Acme follow up with Jane tomorrow 10am")
    say(chat_of(app, anna), "/remind Acme check the invoice tomorrow 9am")
    replies = chat.send("called acme, left a voicemail")  # Sam's is due tomorrow, Anna's is not Sam's
    assert not any("Mark" in r.text for r in replies)
    clock.set(NOW + timedelta(days=2))
    replies = chat.send("/note Acme budget frozen until Q2")  # a note is not the follow-up made
    assert not any("Mark" in r.text for r in replies)
    replies = chat.send("/log Acme: emailed Jane the deck")
    assert "follow up with Jane" in replies[-1].text and "check the invoice" not in replies[-1].text


def test_a_win_with_a_visit_asks_once_about_the_deals_reminders(app, sam, clock):
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/deal Acme 24k proposal",
        "/remind Acme send the contract tomorrow 10am")  # fmt: skip
    with app.db.transaction() as session:  # the reminder belongs to the deal, as a deal's reminder does
        reminder = session.scalars(select(Reminder)).one()
        reminder.deal_id = session.scalars(select(Deal)).one().id
    clock.set(NOW + timedelta(days=2))
    replies = chat.send("visited acme today, they signed!")
    assert "Logged visit" in replies[0].text and "Won" in texts(replies)
    asked = [r.text for r in replies if "send the contract" in r.text and r.buttons]
    assert len(asked) == 1 and asked[0].startswith("This deal still has 1 open reminder")
