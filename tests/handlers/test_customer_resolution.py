"""Which customer a typed name means, through the chat: a clear winner is used, close matches are asked
about with buttons, nothing offers to create the customer; adding a likely duplicate offers the
existing record. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crm_store.models import Activity, Customer
from crm_store.system import System
from tests.conftest import texts

pytestmark = pytest.mark.reading


@pytest.fixture
def customers(app, admin):
    with app.db.transaction() as session:
        store = app.store(System(session), admin.id)
        for name, phone, person in [
            ("Acme Corporation", "+1 415 555 0100", "Jane Doe"),
            ("Acme Robotics Ltd", None, "John Smith"),
            ("Globex Inc", "+1 212 555 0140", "Hank Scorpio"),
            ("华为技术有限公司", "+86 755 2878 0808", "张伟"),
        ]:
            store.customers.add_contact(store.customers.add(name, phone=phone), person)


def labels(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [button.label for button in reply.buttons]


def count(app, model) -> int:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_clear_winner_is_used_without_asking(chat, customers):
    for typed, name in [
        ("globx", "Globex Inc"),
        ("acme corporation", "Acme Corporation"),
        ("acme robo", "Acme Robotics Ltd"),
        ("huawei", "华为技术有限公司"),
        ("张经理", "华为技术有限公司"),
        ("hank", "Globex Inc"),
    ]:
        replies = chat.send(f"/find {typed}")
        assert len(replies) == 1 and not replies[0].buttons, typed
        assert replies[0].text.splitlines()[0] == name


def test_words_that_start_two_names_are_asked_about_not_guessed(app, chat, customers):
    """ "acme" starts Acme Corporation and Acme Robotics Ltd: a command asks, as free text does,
    and stores nothing until the rep picks."""
    before = count(app, Activity)
    [question] = chat.send("/log acme: called, no answer")
    assert labels(question)[:2] == ["Acme Corporation", "Acme Robotics Ltd"]
    assert count(app, Activity) == before
    [done] = chat.send("2")
    assert "Acme Robotics Ltd" in done.text
    assert count(app, Activity) == before + 1


def test_a_log_line_names_the_customer_with_a_typo(app, chat, customers):
    reply = texts(chat.send("/log glbex: called Hank about the rollout"))
    assert "Globex Inc" in reply
    with app.db.transaction() as session:
        activity = session.scalars(select(Activity)).one()
        assert session.get(Customer, activity.customer_id).name == "Globex Inc"


def test_close_matches_are_asked_about_and_the_pick_is_used(app, chat, customers):
    [question] = chat.send("/log acm: sent the brochure")
    assert "Which customer" in question.text
    assert labels(question)[:2] == ["Acme Corporation", "Acme Robotics Ltd"] or labels(question)[:2] == [
        "Acme Robotics Ltd",
        "Acme Corporation",
    ]
    assert any("New customer" in label for label in labels(question))
    assert count(app, Activity) == 0  # nothing is written before the answer
    choice = labels(question).index("Acme Robotics Ltd") + 1
    reply = texts(chat.send(str(choice)))
    assert "Acme Robotics Ltd" in reply
    with app.db.transaction() as session:
        activity = session.scalars(select(Activity)).one()
        assert session.get(Customer, activity.customer_id).name == "Acme Robotics Ltd"


def test_a_contact_match_shows_whom_it_matched(chat, customers, app, admin):
    with app.db.transaction() as session:
        store = app.store(System(session), admin.id)
        store.customers.add_contact(store.customers.add("Doe Logistics"), "Mary Major")
    [question] = chat.send("/find doe")
    assert "Acme Corporation (Jane Doe)" in labels(question)
    assert "Doe Logistics" in labels(question)


def test_nothing_close_offers_to_create(app, chat, customers):
    [question] = chat.send("/find zyxel networks")
    assert "don't know a customer" in question.text
    assert labels(question)[0] == "Create “zyxel networks”"
    before = count(app, Customer)
    reply = texts(chat.send("1"))
    assert "New customer zyxel networks" in reply
    assert count(app, Customer) == before + 1
    assert chat.send("/find zyxel")[0].text.splitlines()[0] == "zyxel networks"  # found right away


@pytest.mark.parametrize(
    ("command", "existing"),
    [
        ("/customer add GLOBEX Incorporated", "Globex Inc"),  # same normalised name
        ("/customer add Brand New Ltd, phone=+1 (212) 555-0140", "Globex Inc"),  # same phone
        ("/customer add Acme Corporatoin", "Acme Corporation"),  # one letter off
    ],
)
def test_adding_a_likely_duplicate_offers_the_existing_record(app, chat, customers, command, existing):
    before = count(app, Customer)
    [question] = chat.send(command)
    assert "already have" in question.text
    assert labels(question)[0] == f"Use {existing}"
    assert count(app, Customer) == before
    card = texts(chat.send("1"))
    assert card.splitlines()[0] == existing
    assert count(app, Customer) == before


def test_a_duplicate_can_still_be_created_on_purpose(app, chat, customers):
    [question] = chat.send("/customer add GLOBEX Incorporated")
    anyway = next(i for i, label in enumerate(labels(question), start=1) if "anyway" in label)
    assert "New customer GLOBEX Incorporated" in texts(chat.send(str(anyway)))
    with app.db.transaction() as session:
        assert session.scalar(select(func.count()).where(Customer.name.ilike("%lobex%"))) == 2


def test_a_new_distinct_customer_is_added_without_questions(app, chat, customers):
    replies = chat.send("/customer add Acme Logistics")
    assert "New customer Acme Logistics" in texts(replies)
    assert chat.send("/find acme logistics")[0].text.splitlines()[0] == "Acme Logistics"
