"""The typed plan of a message: its operations, each slot with the words it came from (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from crm_store.models import Customer
from handlers.parsing.vocabulary import STAGE_SYNONYMS
from handlers.understanding.customer_link import Found
from handlers.understanding.plan import plan_of
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

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


@pytest.mark.parametrize(
    ("setup", "text", "left_out"),
    [
        (["/customer add Acme Corporation, alias=Acme", "/contact add Acme: Jane Doe, title=CTO",
          "/contact add Acme: Tom Baker"],
         "met Jane Doe at Acme, Lisa Wong from their finance team joined", "Lisa Wong"),
        # a known contact the log does not link
        (["/customer add Brinell Works, alias=Brinell", "/contact add Brinell: Rosa Ortega",
          "/contact add Brinell: Mike Dunn"],
         "phoned Rosa at Brinell, Mike from purchasing listened in", "Mike Dunn"),
    ],
)  # fmt: skip
def test_a_person_the_plan_leaves_out_is_shown_first(app, admin, chat, setup, text, left_out) -> None:
    for command in setup:
        chat.send(command)
    [card] = chat.send(text)
    assert left_out in card.text and [b.label for b in card.buttons][:2] == ["Save", "Change"]
    assert exported(app, admin)["activities"] == []
    assert "Logged" in texts(chat.send("1"))  # Save: stored as shown


# The strict gate: which words a slot takes, and which are left over ------------------------------
def unused_of(text: str, name: str, lines: list[str]) -> tuple[str, ...]:
    start = text.index(name)
    found = Found(Customer(name=name), start, start + len(name), "name")
    return plan_of(reading_of(text), found, lines, now=NOW).unused


def test_a_logged_call_does_not_swallow_a_number_no_slot_takes() -> None:
    # the note keeps the words, but 1800 would be dropped from every field: the plan is incomplete
    unused = unused_of("Brinell: called Ortega, they want 1800 for the retrofit", "Brinell", ["with Ortega"])
    assert unused == ("1800",)
    zh = unused_of("海川: 拜访了陈经理，他们说要两千五", "海川", ["联系人 陈志明"])
    assert zh == ("两千五",)  # a Chinese numeral is a number too


def test_details_a_note_keeps_are_not_slots() -> None:
    text = "Brinell: toured plant 4, 60 forklifts, 380 kW of solar, planning the 2028 expansion"
    assert unused_of(text, "Brinell", []) == ()
    assert unused_of("海川: 拜访了，他们说要三十个", "海川", []) == ()


def test_a_date_no_slot_takes_is_unused() -> None:
    # a past date with no interaction to log: nothing would keep it
    assert unused_of("Brinell: proposal 45k, same as the quote from last Tuesday", "Brinell", []) == (
        "last Tuesday",
    )
    # today is when everything is stored anyway; a date said twice is one date
    assert unused_of("Brinell signed the PO today, 45k", "Brinell", []) == ()
    assert unused_of("Brinell should close mid Jan, say Jan 14", "Brinell", []) == ()


def test_nobody_said_to_be_out_is_the_one_it_was_with(app, admin, chat) -> None:
    chat.send("/customer add Brinell Works, alias=Brinell")
    chat.send("/contact add Brinell: Rosa Ortega")
    chat.send("/contact add Brinell: Mike Dunn")
    assert "with Mike Dunn" in texts(chat.send("rang Brinell, Rosa was out so I spoke to Mike"))
    [reply] = chat.send("rang Brinell again, rosa still on leave")
    assert reply.text.startswith("Logged call · Brinell Works") and "with" not in reply.text
    logged = exported(app, admin)["activities"]
    assert sorted(str(a.get("contact")) for a in logged) == ["Mike Dunn", "None"]


def test_the_plan_carries_the_writes_that_store_it(app, admin, chat, monkeypatch) -> None:
    """The handler builds the plan before writing and stores exactly its operations' writes."""
    from handlers.understanding import actions, preview

    chat.send("/customer add Brinell Works, alias=Brinell")
    executed: list[list[object]] = []
    real = actions.execute

    def spy(ctx, writes):  # type: ignore[no-untyped-def]
        executed.append(list(writes))
        return real(ctx, writes)

    monkeypatch.setattr(preview, "execute", spy)
    # ("next Tue" on a Monday asks; a budget said in a meeting is theirs, kept in the note: a wish is a deal)
    chat.send("met Rosa Ortega at Brinell, they want the 40k package, follow up on Tuesday")
    [writes] = executed
    assert [type(w).__name__ for w in writes] == ["LogAction", "DealAction", "ReminderAction"]
    log, deal, remind = writes
    assert log.kind == "visit" and log.people == ("Rosa Ortega",)
    assert deal.amount == 40000 and remind.due is not None
    data = exported(app, admin)
    assert len(data["activities"]) == 1 and len(data["deals"]) == 1 and len(data["reminders"]) == 1


def doubts_of(text: str, name: str, typed: str | None = None) -> tuple[str, ...]:
    typed = typed or name
    start = text.index(typed)
    found = Found(Customer(name=name), start, start + len(typed), "name")
    return plan_of(reading_of(text), found, [name], now=NOW).doubts


def test_a_name_that_goes_on_past_the_customer_is_another_company() -> None:
    # "Orwell" is Orwell Dental; "Orwell Freight" names something else
    assert doubts_of("Orwell Freight asked for a quote, 35k", "Orwell Dental", "Orwell") == (
        "Orwell Freight = Orwell Dental",
    )
    assert doubts_of("Orwell Dental asked for a quote, 35k", "Orwell Dental") == ()
    assert doubts_of("Orwell RFP arrived, 35k", "Orwell Dental", "Orwell") == ()  # an acronym is no name


def test_dates_that_contradict_the_plan_are_doubts() -> None:
    # a call said to be done at a time still to come (the clock says 10:00 in New York): no slot takes it
    assert unused_of("Brinell: spoke to Rosa at 11:30 today", "Brinell", ["Rosa Ortega"]) == ("at 11:30",)
    # when something else happened is not when we met: their date, the meeting is today (i14-ask)
    reading = reading_of("Brinell: met Rosa, they opened 3 new depots last month")
    assert reading.occurred is None and reading.theirs
    assert doubts_of("Brinell: met Rosa last Tuesday, good chat", "Brinell") == ()


def test_a_number_inside_a_reminder_is_not_swallowed_by_its_words() -> None:
    # "afternoon 4" is the hour in that part of the day (16:00, i14-ask): the number is used
    assert unused_of("Brinell: ping Rosa tomorrow afternoon 4", "Brinell", ["Brinell"]) == ()
    assert reading_of("Brinell: ping Rosa tomorrow afternoon 4").steps[0].due.hour == 16
    assert unused_of("Brinell: send Rosa 3 samples friday", "Brinell", ["Brinell"]) == ()


def test_a_win_with_no_open_deal_and_no_amount_is_shown_first(app, admin, chat) -> None:
    chat.send("/customer add Orwell Dental, alias=Orwell")
    [card] = chat.send("orwell signed!")
    assert [b.label for b in card.buttons][:2] == ["Save", "Change"]
    chat.send("/deal Orwell imaging suite 40k proposal")
    assert "Won" in texts(chat.send("orwell signed!"))  # the open deal is the one won


def test_parts_read_as_a_plan_that_the_words_do_not_make_one_are_doubts() -> None:
    # a won word inside a task, a date that is the topic of a talk, a clock time too early for am: since
    # i14-ask these are read right ("the signed contract" describes; "明年Q2 的 预算" is a topic; 6:15 is
    # 18:15), so the plan is certain and stored as read
    chase = reading_of("Brinell: chase them for the signed contract by friday")
    assert chase.outcome is None and [s.due.strftime("%a") for s in chase.steps] == ["Fri"]
    talk = reading_of("海川 王总 电话 聊了 明年Q2 的 预算")
    assert talk.kind == "call" and talk.steps == [] and talk.close is None
    call = reading_of("Brinell: Rosa wants a call at 6:15 today")
    assert [s.due.strftime("%H:%M") for s in call.steps] == ["18:15"]
    assert doubts_of("Brinell: spoke to Rosa at 9:15 today", "Brinell") == ()


def test_an_interaction_read_from_a_word_one_letter_off_is_a_doubt() -> None:
    # a word of its own one letter off a kind word is no slip ("failed" is no "mailed")
    assert doubts_of("Brinell closed lost - security review failed", "Brinell") == ()
    assert doubts_of("Brinell: visted Rosa, good chat", "Brinell") == ()  # a slip keeps the first letter
    assert doubts_of("Brinell: emailed Rosa the deck", "Brinell") == ()
