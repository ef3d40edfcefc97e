"""Session 49, everyday wordings from the blind S7 and S8 development halves (issue 13), and money shown
with the symbol of the user's region.

- "ignore that, it stays at 900": a take-back whose figure only says the record stays as it was.
- "move the QAT booking software demo to thurs 8/5 same time": of a customer's two reminders, the one whose
  words are said.
- "done with the Thabo Nkosi call 👍": the call planned for today took place (logged and ticked off).
- "ope just left midwest cold storage": was there (a visit); "deb just left X" is her leaving.
- "wants to restart with a smaller order, R300k" of a customer whose last deal was lost: asked.
- "she's the GM there now" of their General Manager changes nothing.
- "cape fruit signed, R1.2m": "cape" is no spending cap.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


@pytest.fixture
def joburg(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Wed 2031-04-30 11:30 in Johannesburg."""
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("Africa/Johannesburg")))
    replay(
        chat, clock, "/tz Africa/Johannesburg",
        "/customer add Midrand Data Centres", "/deal Midrand Data Centres 900000 ZAR negotiation",
        "/customer add Cape Fruit Exporters", "/contact add Cape Fruit Exporters: Thabo Nkosi",
        "/deal Cape Fruit Exporters 1200000 ZAR negotiation",
        "/remind Cape Fruit Exporters call Thabo Nkosi about the contract 30 Apr 3pm",
        "/customer add Durban Sugar Millers", "/contact add Durban Sugar Millers: Nomvula Dube",
        "/deal Durban Sugar Millers 500000 ZAR negotiation",
        "Durban Sugar Millers lost, went with a competitor",
        "/customer add Gold Coast Surf Resorts",
        "/contact add Gold Coast Surf Resorts: Kerrie Oakes, title=General Manager",
    )  # fmt: skip
    return chat


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_ignore_that_it_stays_takes_the_change_back(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    joburg.send("Midrand deal up to R950k")
    assert str(_deal(app, admin, "Midrand Data Centres")["amount"]) == "950000"
    reply = texts(joburg.send("ignore that, it stays at 900"))
    assert str(_deal(app, admin, "Midrand Data Centres")["amount"]) == "900000", reply


def test_done_with_todays_call_logs_it_and_ticks_it_off(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("done with the Thabo Nkosi call 👍"))
    data = exported(app, admin)
    [activity] = [a for a in data["activities"] if a["customer"] == "Cape Fruit Exporters"]
    [reminder] = data["reminders"]
    assert (activity["kind"], activity["contact"]) == ("call", "Thabo Nkosi"), reply
    assert reminder["status"] == "done", reply


def test_done_with_a_call_planned_for_another_day_ticks_nothing(app, admin, joburg, clock) -> None:  # type: ignore[no-untyped-def]
    joburg.send("/remind Durban Sugar Millers call Nomvula Dube about the new order 6 May 10am")
    reply = texts(joburg.send("done with the Nomvula Dube call"))
    reminders = {r["customer"]: r["status"] for r in exported(app, admin)["reminders"]}
    assert reminders["Durban Sugar Millers"] == "pending", reply


def test_restarting_after_a_lost_deal_is_asked(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(joburg.send("Nomvula at Durban Sugar wants to restart with a smaller order, R300k"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_a_title_said_as_its_initials_changes_nothing(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        joburg.send(
            "bumped into Kerrie Oakes at Gold Coast Surf Resorts, she's the GM there now, keen to chat"
        )
    )
    assert people_of(app, admin)[("Gold Coast Surf Resorts", "Kerrie Oakes")]["title"] == "General Manager"
    assert len(exported(app, admin)["activities"]) == 1, reply


def test_a_customer_named_cape_is_no_spending_cap(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("cape fruit signed, R1.2m"))
    assert _deal(app, admin, "Cape Fruit Exporters")["stage"] == "won", reply


def test_money_shows_the_symbol_of_the_users_region(joburg, chat, clock) -> None:  # type: ignore[no-untyped-def]
    joburg.send("/deal Gold Coast Surf Resorts 80000 USD proposal")
    reply = texts(joburg.send("what's open with midrand data centres"))
    assert "R900,000" in reply and "ZAR" not in reply, reply
    chat.send("/tz America/Toronto")
    reply = texts(chat.send("what's open with gold coast surf resorts"))
    assert "US$80,000" in reply, reply


@pytest.fixture
def chicago(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("America/Chicago")))
    replay(
        chat, clock, "/tz America/Chicago",
        "/customer add Midwest Cold Storage", "/contact add Midwest Cold Storage: Deb Halvorsen",
        "/deal Midwest Cold Storage 120000 USD proposal",
    )  # fmt: skip
    return chat


def test_just_left_a_customer_is_a_visit(app, admin, chicago) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chicago.send("ope just left midwest cold storage talked to deb they want two more bays"))
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply


def test_someone_who_just_left_a_customer_made_no_visit(app, admin, chicago) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chicago.send("deb just left midwest cold storage, new contact is Tom Berg"))
    assert not [a for a in exported(app, admin)["activities"] if a["kind"] == "visit"], reply
    assert ("Midwest Cold Storage", "Tom Berg") in people_of(app, admin), reply


def test_a_move_names_one_of_the_customers_reminders_by_its_words(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    auckland = ZoneInfo("Pacific/Auckland")
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=auckland))
    replay(
        chat, clock, "/tz Pacific/Auckland", "/customer add Queenstown Adventure Tours, alias=QAT",
        "/remind Queenstown Adventure Tours send Sophie the jet boat contract 1 May 10am",
        "/remind Queenstown Adventure Tours booking software demo 7 May 3pm",
    )  # fmt: skip
    reply = texts(chat.send("move the QAT booking software demo to thurs 8/5 same time"))
    due = {
        r["text"]: datetime.fromisoformat(r["due_at"]).astimezone(auckland).strftime("%m-%d %H:%M")
        for r in exported(app, admin)["reminders"]
    }
    assert due == {
        "booking software demo": "05-08 15:00",
        "send Sophie the jet boat contract": "05-01 10:00",
    }, reply


def test_deals_closing_before_cny_are_listed_not_read_as_yuan(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Asia/Singapore")))
    replay(
        chat, clock, "/tz Asia/Singapore",
        "/customer add Tuas Cold Chain", "/deal Tuas Cold Chain 95000 SGD negotiation close 17 Jan 2031",
        "/customer add Orchard Boutique Hotels",
        "/deal Orchard Boutique Hotels 68000 SGD proposal close 31 Jan 2031",
    )  # fmt: skip
    reply = texts(chat.send("which of my deals close before CNY?"))
    assert "Tuas Cold Chain" in reply and "Orchard" not in reply, reply


def test_a_deal_in_macau_patacas_keeps_its_currency(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 9, 26, 16, 45, tzinfo=ZoneInfo("Asia/Macau")))
    replay(chat, clock, "/tz Asia/Macau", "/customer add Cotai Hotel Supplies")
    reply = texts(chat.send("/deal Cotai Hotel Supplies 1500000 MOP proposal"))
    [deal] = exported(app, admin)["deals"]
    assert (str(deal["amount"]), deal["currency"]) == ("1500000", "MOP"), reply
    assert "MOP" not in deal["title"], reply
