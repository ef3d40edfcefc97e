"""Fixing and removing things from chat: /edit, /delete (with a confirmation that says what goes
with it, role rules, undo), /reopen, /rename, /reassign, people leaving, reminders with buttons,
cancelled and moved by name, and a win or a loss that asks before closing the deal's reminders."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_store.models import Activity, Contact, Customer, Deal, DealChange, Reminder, User
from crm_store.system import System
from tests.conftest import texts
from tests.support.chatting import chat_of, say
from tests.support.exported import exported

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday, 10:00 in Berlin


@pytest.fixture
def people(app, add_user, clock):
    clock.set(NOW)
    boss = add_user("Alex Boss", role="manager")
    sam = add_user("Sam Taylor", manager=boss)
    anna = add_user("Anna Schmidt", manager=boss)
    return boss, sam, anna


def counts(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Customer, Contact, Deal, DealChange, Activity, Reminder)
        }


def one(app, model, **where):  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return session.scalars(query).one()


def all_of(app, model):  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return session.scalars(select(model).order_by(model.id)).all()


def test_edit_customer_contact_deal_and_activity_then_undo(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/contact add Acme: Jane Doe, title=CTO",
        "/deal Acme 24k proposal", "/log Acme: visited Jane, demo went well")  # fmt: skip

    say(chat, "/edit Acme: name=Acme Inc, aliases=ACME/Acme Co, tier=A, industry=Retail, "
              "phone=+1 555 0100, address=1 Main St")  # fmt: skip
    acme = one(app, Customer)
    assert (acme.name, acme.aliases, acme.tier, acme.industry, acme.phone, acme.address) == (
        "Acme Inc",
        ["ACME", "Acme Co"],
        "A",
        "Retail",
        "+1 555 0100",
        "1 Main St",
    )
    assert "Updated Jane Doe" in say(
        chat, "/edit contact Jane Doe: title=VP Sales, email=jane@acme.com, phone=+1 555 0101"
    )
    jane = one(app, Contact)
    assert (jane.title, jane.email, jane.phone) == ("VP Sales", "jane@acme.com", "+1 555 0101")

    reply = say(
        chat, "/edit deal Acme: title=Acme 2027 seats, amount=30k EUR, stage=negotiation, close=15 Dec"
    )
    deal = one(app, Deal)
    assert (deal.title, deal.amount, deal.currency, deal.stage, str(deal.expected_close)) == (
        "Acme 2027 seats",
        Decimal("30000.00"),
        "EUR",
        "negotiation",
        "2026-12-15",
    )
    assert "Deal updated: Acme Inc · Acme 2027 seats · €30,000 · negotiation" in reply
    say(chat, "/edit activity Acme: kind=meeting, text=met Jane, demo went well, she wants a quote")
    activity = one(app, Activity)
    assert (activity.kind, activity.summary) == ("meeting", "met Jane, demo went well, she wants a quote")

    say(chat, "/edit Acme: owner=Anna Schmidt")
    assert one(app, Customer).owner_id == people[2].id
    assert "Anna Schmidt's customer" in texts(chat.send("/edit contact Jane Doe: title=CEO"))  # not Sam's now
    for _ in range(4):  # each fix is its own change, undone newest first
        assert "Undone" in texts(chat.send("/undo"))
    assert one(app, Customer).name == "Acme Inc"  # the first edit is still there
    assert one(app, Deal).amount == Decimal("24000.00") and one(app, Activity).kind == "visit"
    assert "Undone" in texts(chat.send("/undo"))
    assert (one(app, Customer).name, one(app, Customer).tier) == ("Acme Corp", None)


def test_bad_edits_get_a_clear_reply(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/deal Acme 24k proposal")
    assert "Usage: /edit" in texts(chat.send("/edit Acme"))
    assert "I don't know the field “colour”" in texts(chat.send("/edit Acme: colour=red"))
    assert "Unknown tier" in texts(chat.send("/edit Acme: tier=Z"))
    assert "looks wrong" in texts(chat.send("/edit deal Acme: amount=lots"))
    assert "Why was it lost?" in texts(chat.send("/edit deal Acme: stage=lost"))
    assert "I know no contact called Nobody" in texts(chat.send("/edit contact Nobody: title=CEO"))


def test_delete_a_customer_says_what_goes_with_it_and_undo_brings_it_back(app, people):
    _, sam, anna = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Pied Piper", "/contact add Pied Piper: Richard Hendricks, title=CEO",
        "/deal Pied Piper 80k proposal", "/log Pied Piper: called Richard",
        "/remind Pied Piper send the contract tomorrow 10am")  # fmt: skip
    before = counts(app)
    # Someone else's customer: Anna (a rep) may not delete it.
    refused = texts(chat_of(app, anna).send("/delete customer Pied Piper"))
    assert refused == "Pied Piper is Sam Taylor's customer; ask them or their manager."
    [question] = chat.send("/customer delete Pied Piper")
    assert question.text.startswith(
        "Delete Pied Piper? With it go: 1 contact, 1 deal with its history, 1 activity, 1 open reminder."
    )
    assert [b.label for b in question.buttons] == ["Delete", "Cancel"]
    assert texts(chat.press("Cancel")) == "OK, nothing deleted."
    assert counts(app) == before
    chat.send("/delete customer Pied Piper")
    done = chat.press("Delete")
    assert texts(done) == "Deleted Pied Piper."
    assert counts(app) == {key: 0 for key in before}
    assert "No customer matches" in texts(chat.send("/find Pied Piper")) or "Create" in texts(
        chat.send("/find Pied Piper")
    )
    chat.send("/undo")
    assert counts(app) == before
    assert "Richard Hendricks" in texts(chat.send("/contacts Pied Piper"))


def test_managers_delete_their_teams_records_reps_only_their_own(app, people, add_user):
    boss, sam, anna = people
    other_boss = add_user("Bea Other", role="manager")
    say(chat_of(app, sam), "/customer add Acme Corp", "/deal Acme 24k proposal", "/log Acme: called Jane")
    anna_chat = chat_of(app, anna)
    assert "belongs to Sam Taylor" in texts(anna_chat.send("/delete deal Acme"))
    assert "was logged by Sam Taylor" in texts(
        anna_chat.send("/delete activity Acme")
    ) or "You have logged" in (texts(anna_chat.send("/delete activity Acme")))
    assert "Sam Taylor's customer" in texts(chat_of(app, other_boss).send("/delete customer Acme"))
    boss_chat = chat_of(app, boss)
    boss_chat.send("/delete activity Acme")
    assert texts(boss_chat.press("Delete")) == "Deleted the activity."
    boss_chat.send("/undo")
    [question] = boss_chat.send("/delete deal Acme")
    assert "Its stage history goes with it (1 changes)" in question.text
    assert texts(boss_chat.press("Delete")) == "Deleted the deal Acme Corp."
    assert counts(app)["deals"] == 0 and counts(app)["activities"] == 1  # the activity stays


def test_delete_contact_and_activity(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/contact add Acme: Jane Doe", "/contact add Acme: Bob Lee")
    say(chat, "/log Acme: called Jane, she wants a quote")
    with app.db.transaction() as session:
        jane_id = session.scalars(select(Contact.id).where(Contact.name == "Jane Doe")).one()
        session.execute(Activity.__table__.update().values(contact_id=jane_id))
    chat.send("/delete contact Jane Doe at Acme")
    assert texts(chat.press("Delete")) == "Jane Doe is off the contact list."
    chat.send("/delete contact Bob Lee")
    chat.press("Delete")
    assert counts(app)["contacts"] == 1  # Jane is kept (removed) since an activity names her; Bob is gone
    assert texts(chat.send("/contacts Acme")).startswith("Acme Corp has no contacts yet")
    [question] = chat.send("/delete activity")
    assert "call: called Jane, she wants a quote" in question.text
    chat.press("Delete")
    assert counts(app)["activities"] == 0
    chat.send("/undo")
    assert counts(app)["activities"] == 1


def test_someone_leaves_and_a_new_person_takes_over(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/contact add Acme: Jane Doe, title=CTO", "/log Acme: called Jane")
    reply = say(chat, "/left Jane at Acme, Sarah Lee is the new CTO")
    assert "Jane Doe left Acme Corp (kept in the history)." in reply
    assert "New contact Sarah Lee at Acme Corp · CTO" in reply
    listed = texts(chat.send("/contacts Acme"))
    assert "• Sarah Lee — CTO" in listed and "• Jane Doe — CTO (left Mon, Nov 23)" in listed
    assert "call: called Jane" in texts(chat.send("/history Acme"))
    card = texts(chat.send("/find Acme"))
    assert "Sarah Lee" in card and "Jane Doe" not in card
    [acme] = exported(app, sam)["customers"]
    assert [(c["name"], c["title"], c.get("left_at")) for c in acme["contacts"]] == [
        ("Jane Doe", "CTO", NOW.isoformat()),
        ("Sarah Lee", "CTO", None),
    ]


def test_reopen_rename_reassign(app, people):
    _, sam, anna = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/deal Acme 24k proposal", "/stage Acme negotiation",
        "/lost Acme price too high")  # fmt: skip
    say(chat, "/customer add Globex Inc", "/deal Globex 10k lead")
    assert texts(chat.send("/reopen Globex")) == "Globex Inc has no won or lost deal to reopen."
    reply = say(chat, "/reopen Acme 30k")
    assert reply.startswith("Reopened (lost before): Acme Corp · Acme Corp · $30,000 · negotiation")
    deal = one(app, Deal, title="Acme Corp")
    assert (deal.status, deal.stage, deal.amount, deal.lost_reason) == (
        "open",
        "negotiation",
        Decimal("30000.00"),
        None,
    )
    say(chat, "/rename Acme: Acme 2027 renewal")
    say(chat, "/reassign Acme to Anna Schmidt")
    deal = one(app, Deal, customer_id=one(app, Customer, name="Acme Corp").id)
    assert (deal.title, deal.owner_id) == ("Acme 2027 renewal", anna.id)
    assert "belongs to Anna Schmidt" in texts(chat.send("/rename Acme: mine again"))
    say(chat, "/reassign customer Acme to Anna Schmidt")
    assert one(app, Customer, name="Acme Corp").owner_id == anna.id


def test_a_win_asks_before_closing_the_deals_open_reminders(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(
        chat,
        "/customer add Acme Corp",
        "/deal Acme 24k proposal",
        "/remind Acme send the contract tomorrow 10am",
        "/remind Acme book the kickoff friday 9am",
    )
    replies = chat.send("/won Acme")
    assert "🎉 Won" in replies[0].text
    assert replies[1].text == (
        "This deal still has 2 open reminders: send the contract; book the kickoff. Close them?"
    )
    assert [b.label for b in replies[1].buttons] == ["Close", "Keep"]
    assert {r.status for r in all_of(app, Reminder)} == {"pending"}  # nothing closed without the tap
    assert texts(chat.press("Close")) == "Closed 2 reminders: send the contract; book the kickoff"
    assert {r.status for r in all_of(app, Reminder)} == {"cancelled"}
    chat.send("/undo")
    assert {r.status for r in all_of(app, Reminder)} == {"pending"}
    assert one(app, Deal).status == "won"  # undo took back the closing, not the win


def test_a_loss_keeps_the_reminders_unless_told(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(
        chat,
        "/lang zh",
        "/customer add 华为技术有限公司",
        "/deal 华为 50万 方案",
        "/remind 华为 寄样品 明天上午10点",
    )
    replies = chat.send("/lost 华为 价格太高")
    assert replies[1].text == "该商机还有 1 个未完成提醒：寄样品。要关闭吗？"
    assert texts(chat.press("保留")) == "好的，提醒保持不变。"
    assert one(app, Reminder).status == "pending"


def test_closing_reminders_after_the_deal_is_reopened_closes_nothing(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(
        chat,
        "/customer add Acme Corp",
        "/deal Acme 24k proposal",
        "/remind Acme send the contract tomorrow 10am",
    )
    chat.send("lost acme, went with a competitor on price")
    shown = chat.buttons
    say(chat, "/reopen Acme")
    chat.buttons = shown
    assert texts(chat.press("Close")) == "That deal is open again; its reminders stay."
    assert one(app, Reminder).status == "pending"


def test_reminders_list_with_buttons_cancel_and_move_by_name(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/customer add Globex Inc",
        "/remind Acme call back tomorrow 3pm", "/remind Globex send the quote tomorrow 5pm")  # fmt: skip
    [listing] = chat.send("/reminders")
    assert "1. Tue, Nov 24 15:00 — call back (Acme Corp)" in listing.text
    assert [b.label for b in listing.buttons][:4] == ["Done 1", "Snooze 1", "Cancel 1", "Reschedule 1"]
    assert texts(chat.press("Cancel 2")) == "Cancelled: send the quote"
    assert one(app, Reminder, text="send the quote").status == "cancelled"
    chat.send("/reminders")
    assert "Done: call back" in texts(chat.press("Done 1"))

    say(chat, "/remind Acme send the brochure tomorrow 9am")
    assert "Cancelled: send the brochure" in say(chat, "cancel my acme reminder")
    say(chat, "/remind Globex call Bob tomorrow 9am")
    moved = say(chat, "move my globex reminder to Friday 11am")
    assert "Fri, Nov 27 11:00: call Bob" in moved
    assert "None of your open reminders is about “Initech”" in texts(chat.send("/reminders cancel Initech"))


def test_reminders_in_chinese(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/lang zh", "/customer add 华为技术有限公司", "/remind 华为 回访张经理 明天下午3点")
    moved = say(chat, "把华为的提醒改到周五")
    assert "回访张经理" in moved and "11月27日周五" in moved
    assert "回访张经理" in say(chat, "取消华为的提醒")
    assert one(app, Reminder).status == "cancelled"


def test_reminders_of_a_period_say_which_period_they_list(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)  # Monday 23 Nov
    say(chat, "/customer add Acme Corp", "/remind Acme call back tomorrow 3pm",
        "/remind Acme send the deck Friday")  # fmt: skip
    tomorrow = texts(chat.send("/reminders tomorrow"))
    assert tomorrow.startswith("Your reminders for tomorrow (Tue, Nov 24):") and "call back" in tomorrow
    assert "send the deck" not in tomorrow
    week = texts(chat.send("/reminders this week"))
    assert week.startswith("Your reminders for this week (Mon, Nov 23 – Sun, Nov 29), overdue first:")
    assert "call back" in week and "send the deck" in week
    assert texts(chat.send("/reminders thursday")) == "No open reminders for Thu, Nov 26."
    none = "No open reminders for next week (Mon, Nov 30 – Sun, Dec 6)."
    assert texts(chat.send("/reminders next week")) == none
    say(chat, "/lang zh")
    assert texts(chat.send("/reminders 明天")).startswith("你明天 (11月24日周二)的提醒：")


def test_someone_leaves_in_chinese(app, people):
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/lang zh", "/customer add 华为技术有限公司", "/contact add 华为: 张伟, title=采购经理")
    reply = say(chat, "/left 张伟从华为离职了，李娜是新的采购经理")
    assert "张伟已从华为技术有限公司离职（历史记录保留）。" in reply
    listed = texts(chat.send("/contacts 华为"))
    assert "• 李娜 — 采购经理" in listed and "• 张伟 — 采购经理 (已于 11月23日周一 离职)" in listed


def test_a_deal_edit_is_a_deal_change_like_any_other(app, people):
    _, sam, anna = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp", "/deal Acme 24k proposal close 15 Dec",
        "/remind Acme send the contract tomorrow 10am")  # fmt: skip
    reply = texts(chat.send("/edit deal Acme: stage=won, close="))
    assert "Deal updated" in reply
    deal = one(app, Deal)
    assert (deal.stage, deal.expected_close) == ("won", None)
    assert one(app, Reminder).status == "pending"  # the win asks before closing it
    with app.db.transaction() as session:
        app.store(System(session)).users.update(session.get(User, anna.id), active=False)
    assert "is no longer active" in texts(chat.send("/edit deal Acme: owner=Anna Schmidt"))
    assert one(app, Deal).owner_id == sam.id


def test_a_clock_time_with_a_colon_is_not_where_the_customer_name_ends(app, people):
    # "/remind Acme 5 Dec 9:30am …" offered to create a customer "Acme 5 Dec 9" (a writer's setup, session 20)
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Acme Corp")
    reply = texts(chat.send("/remind Acme 5 Dec 9:30am call Bob about the renewal"))
    assert reply.startswith("Reminder set: Sat, Dec 5 09:30 — call Bob about the renewal (Acme Corp)")
    reply = texts(chat.send("/remind Acme: 14:00 tomorrow send the quote"))
    assert reply.startswith("Reminder set: ") and "send the quote (Acme Corp)" in reply
    assert counts(app)["customers"] == 1 and counts(app)["reminders"] == 2


def test_a_command_takes_the_customers_whole_name_not_a_shorter_alias(app, people):
    # set 11's setup: "/deal Pasir Panjang Cold Chain Pte Ltd 88000 SGD proposal" titled the deal "Pte Ltd"
    # (the alias "Pasir Panjang Cold Chain" matched first; the six-word name was past the five words tried)
    _, sam, _ = people
    chat = chat_of(app, sam)
    say(chat, "/customer add Pasir Panjang Cold Chain Pte Ltd",
        "/customer add Grupo Tequilero Los Altos SA de CV",
        "/edit Pasir Panjang Cold Chain Pte Ltd: aliases=PPCC/Pasir Panjang Cold Chain",
        "/edit Grupo Tequilero Los Altos SA de CV: aliases=Los Altos")  # fmt: skip
    reply = texts(chat.send("/deal Pasir Panjang Cold Chain Pte Ltd 88000 SGD proposal"))
    assert "· Pte Ltd ·" not in reply and one(app, Deal).title == "Pasir Panjang Cold Chain Pte Ltd"
    long_name = "Grupo Tequilero Los Altos SA de CV"
    reply = texts(chat.send(f"/remind {long_name} call Alejandro about the contract 12 Jan 9am"))
    assert "09:00 — call Alejandro about the contract (Grupo Tequilero Los Altos SA de CV)" in reply
    reply = texts(chat.send("/remind PPCC site visit with Harjit 11 Jan 3pm"))
    assert "— site visit with Harjit (Pasir Panjang Cold Chain Pte Ltd)" in reply
    assert counts(app)["customers"] == 2 and counts(app)["reminders"] == 2
