"""Session 58, everyday wordings (issue 13).

- "Pádraig Gallogly rang re Sligo Wind, his mobile is 087 224 6190 now": "his" is Pádraig's, not the
  customer's name read as a person's after "re" (the new mobile was dropped; lost in session 56 when "her"
  went back to the last person named); "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile …": the
  customer's name running on from hers is not the one "her" stands for.
- "Agreed 172k, down from 180", "ok with 3.2M bob instead of the 3.5 we had": the old amount is what the
  deal was, no figure left unused (asked "Not used: 180").
- "sensors for 3 buildings, firm at $48,000" at a customer with no deal: a settled price for a thing is a
  deal's amount (asked whether it was one, as "4k a month" still is).
- "中山红木郑老板又落咗一单，餐桌椅，十二万": another order placed is a new deal (asked whether it changed the
  won one).
- "quote I send tomorrow" (the thing first, as Polish puts it), "nitampigia kesho" (Swahili: I will call
  her tomorrow): a promise of ours with its day is its reminder (asked whether one was wanted).
- "signature slipping, she is traveling. new date 18/6": the new day is the close's (a reminder "new
  date" was offered).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from crm_store.models import Contact
from tests.conftest import texts
from tests.support.chatting import chat_of, say
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("UTC"))


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return add_user("Sam Taylor", role="rep")


def _phones(app) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return {c.name: c.phone for c in session.scalars(select(Contact))}


@pytest.mark.parametrize(
    ("setup", "text", "who", "phone"),
    [
        (
            ("/customer add Sligo Wind Services Ltd, aliases=Sligo Wind",
             "/contact add Sligo Wind Services Ltd: Pádraig Gallogly, phone=+353 9909 5492"),
            "Pádraig Gallogly rang re Sligo Wind, his mobile is 087 224 6190 now",
            "Pádraig Gallogly",
            "087 224 6190",
        ),
        (
            ("/customer add Gdynia Rybołówstwo Sp. z o.o., aliases=Gdynia Rybolowstwo",
             "/contact add Gdynia Rybołówstwo Sp. z o.o.: Zofia Kaczmarek, phone=+48 9448 8305"),
            "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile +48 601 223 845. they have 35 trucks",
            "Zofia Kaczmarek",
            "+48 601 223 845",
        ),
        (
            ("/customer add Acme Corp", "/contact add Acme Corp: Jane Doe"),
            "met Jane Doe at Acme, her cell is 415 555 0101",
            "Jane Doe",
            "415 555 0101",
        ),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_the_person_not_the_customer_named_after(app, sam, setup, text, who, phone):
    chat = chat_of(app, sam)
    say(chat, *setup)
    reply = say(chat, text)
    phones = _phones(app)
    assert phones[who] == phone, reply
    assert set(phones) == {who}, reply


@pytest.fixture
def rep(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    chat = chat_of(app, add_user("Rhea", timezone="Europe/Warsaw"))
    replay(chat, clock, "/customer add Granville Island Brewing Supply Ltd, aliases=Granville Island",
           "/contact add Granville Island Brewing Supply Ltd: Megan Tremblay-Shaw",
           "/deal Granville Island Brewing Supply Ltd 180000 CAD negotiation close 2032-06-30",
           "/customer add Burnaby Tech Park Holdings, aliases=Burnaby Tech Park",
           "/contact add Burnaby Tech Park Holdings: Aaron Ng",
           "/customer add Fortaleza Castanhas Ltda",
           "/contact add Fortaleza Castanhas Ltda: Francisca Holanda",
           "/deal Fortaleza Castanhas Ltda 150000 BRL negotiation close 2032-06-12",
           "/customer add Poznań Meble Sp. z o.o., aliases=Poznan Meble",
           "/contact add Poznań Meble Sp. z o.o.: Ewa Szczepańska",
           "/deal Poznań Meble Sp. z o.o. 300000 PLN won",
           "/customer add Nairobi Fresh Dairies Ltd", "/contact add Nairobi Fresh Dairies Ltd: Wanjiru Kamau",
           "/customer add 中山红木家具有限公司, aliases=中山红木",
           "/contact add 中山红木家具有限公司: 郑国强, title=老板",
           "/deal 中山红木家具有限公司 200000 CNY won")  # fmt: skip
    return chat


def _deals(app, admin, customer: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (str(d["amount"]), d["stage"], d["expected_close"])
        for d in exported(app, admin)["deals"]
        if d["customer"] == customer
    ]


def test_the_amount_a_deal_was_is_no_figure_left_out(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    reply = say(rep, "Coffee w/ Megan at Granville Island. Agreed 172k, down from 180. Still on track")
    assert _deals(app, admin, "Granville Island Brewing Supply Ltd") == [
        ("172000", "negotiation", "2032-06-30")
    ]
    assert "Logged" in reply, reply


def test_a_price_settled_for_a_thing_is_a_new_deal(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    say(rep, "met Aaron Ng at Burnaby Tech Park. sensors for 3 buildings, firm at $48,000. good one")
    assert [a for a, _, _ in _deals(app, admin, "Burnaby Tech Park Holdings")] == ["48000"]
    [card] = [r for r in rep.send("met Aaron Ng at Burnaby Tech Park again, 4k a month") if r.buttons]
    assert "4k a month" in card.text  # a monthly figure with no deal word is still asked about


def test_another_order_placed_is_a_new_deal(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    say(rep, "中山红木郑老板又落咗一单，餐桌椅，十二万")
    assert sorted(_deals(app, admin, "中山红木家具有限公司")) == [
        ("120000", "lead", None),
        ("200000", "won", None),
    ]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Poznań Meble - Ewa wants 40 more wardrobes for new showroom, separate deal 95 tys zł. quote I send "
         "tomorrow", "Poznań Meble Sp. z o.o."),
        ("was at Nairobi Fresh Dairies with Wanjiru Kamau, chillers in nego. nitampigia kesho to confirm",
         "Nairobi Fresh Dairies Ltd"),
    ],
)  # fmt: skip
def test_a_promise_of_ours_in_another_word_order_or_language_is_its_reminder(app, admin, rep, text, customer):
    reply = say(rep, text)
    due = [(r["customer"], r["due_at"][:10]) for r in exported(app, admin)["reminders"]]
    assert due == [(customer, "2032-06-11")], reply


def test_a_new_date_after_the_signature_slipped_is_the_close(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    reply = texts(rep.send(
        "falei com Francisca by phone, fortaleza castanhas signature slipping, she's traveling. new date 18/6"
    ))  # fmt: skip
    assert _deals(app, admin, "Fortaleza Castanhas Ltda") == [("150000", "negotiation", "2032-06-18")], reply
    assert exported(app, admin)["reminders"] == [], reply
