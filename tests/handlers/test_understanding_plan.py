"""The typed plan of a message: its operations, each slot with the words it came from (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from crm_store.models import Customer
from crm_store.transfer.exporter import export_data
from handlers.parsing.vocabulary import STAGE_SYNONYMS
from handlers.understanding.customers import Found
from handlers.understanding.plan import plan_of
from handlers.understanding.reader import read
from tests.conftest import texts

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")


def reading_of(text: str):  # type: ignore[no-untyped-def]
    return read(text, now=NOW, tz=ZoneInfo("America/New_York"), stages=STAGES, synonyms=STAGE_SYNONYMS)


def test_every_operation_has_its_slots_and_their_words() -> None:
    text = "Acme: met Jane, budget now 45k, follow up fri 3pm"
    reading = reading_of(text)
    found = Found(Customer(name="Acme Corporation"), 0, 4, "explicit")
    plan = plan_of(reading, found, ["Logged meeting · Acme Corporation · with Jane Doe"])
    assert plan.actions() == ["log", "deal", "remind"]
    log, deal, remind = plan.operations
    assert log.slot("kind").value == "meeting" and log.slot("kind").words == "met"
    assert log.slot("customer").words == "Acme"
    assert deal.slot("amount").value == "45000" and deal.slot("amount").words == "45k"
    assert remind.slot("due").value.startswith("2026-12-04T15:00")
    assert plan.certain


def test_a_plan_with_a_doubt_or_an_unused_person_is_not_certain() -> None:
    found = Found(Customer(name="Acme Corporation"), 0, 4, "name")
    hedged = reading_of("acme maybe 40k or 50k, not sure")
    assert plan_of(hedged, found, ["Deal updated"]).doubts
    met = reading_of("acme: met Jane Doe, Lisa Wong from finance joined")
    plan = plan_of(met, Found(Customer(name="Acme"), 0, 4, "explicit"), ["Logged meeting · Jane Doe"])
    assert plan.unused == ("Lisa Wong",) and not plan.certain


def test_a_person_the_plan_leaves_out_is_shown_before_storing(app, admin, chat) -> None:
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/contact add Acme: Jane Doe, title=CTO")
    chat.send("/contact add Acme: Tom Baker")
    [card] = chat.send("met Jane Doe at Acme, Lisa Wong from their finance team joined")
    assert "Lisa Wong" in card.text and [b.label for b in card.buttons][:2] == ["Save", "Change"]
    with app.db.transaction() as session:
        assert export_data(session, admin.org_id, now=app.clock())["activities"] == []
    assert "Logged" in texts(chat.send("1"))  # Save: stored as shown
