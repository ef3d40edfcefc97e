"""Session 60: Polish words inside a Warsaw rep's English are read as he means them.

Weekdays said in Polish count after a word that says a day ("przypomnij mi w poniedziałek o 15": Monday
15:00; "w przyszły piątek" is asked as "next friday" is; "do piątku" is by Friday) or in the genitive
("od poniedziałku"); Piątek, Środa and Sobota are surnames too, so "Joanna Piątek" stays a person and
"Środa Śląska" a town.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.fixture
def przemek(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Przemek", "Europe/Warsaw", datetime(2032, 6, 10, 15, 30),
           "/customer add Kraków Piekarnie Sp. z o.o., aliases=Krakow Piekarnie",
           "/contact add Kraków Piekarnie Sp. z o.o.: Paweł Dudek",
           "/customer add Szczecin Port Logistyka Sp. z o.o.",
           "/contact add Szczecin Port Logistyka Sp. z o.o.: Robert Zając",
           "/customer add Gdynia Rybołówstwo Sp. z o.o., aliases=Gdynia Rybolowstwo",
           "/contact add Gdynia Rybołówstwo Sp. z o.o.: Zofia Kaczmarek",
           "/contact add Gdynia Rybołówstwo Sp. z o.o.: Joanna Piątek, title=Kierownik Logistyki",
           "/customer add Dresden Glaswerk GmbH",
           "/contact add Dresden Glaswerk GmbH: Sabine Lorenz",
           "/customer add Wrocław Elektronika S.A., aliases=Wroclaw Elektronika",
           "/contact add Wrocław Elektronika S.A.: Marek Jabłoński",
           "/deal Wrocław Elektronika S.A. 900000 PLN proposal close 30 Sep 2032")  # fmt: skip


def _due(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    """The reminders' due times in Warsaw ("MM-DD HH:MM")."""
    return sorted(
        datetime.fromisoformat(r["due_at"]).astimezone(WARSAW).strftime("%m-%d %H:%M")
        for r in exported(app, admin)["reminders"]
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [("przypomnij mi w poniedziałek o 15 - Gdynia Rybołówstwo, zadzwonić do Zofii Kaczmarek", "06-14 15:00"),
     ("remind me we wtorek 10am: Dresden Glaswerk, send Sabine the offer", "06-15 10:00"),
     ("remind me w środę at 11am to call Zofia at Gdynia Rybolowstwo", "06-16 11:00"),
     ("przypomnij mi w ten piątek o 10 Dresden Glaswerk send the offer", "06-11 10:00"),
     ("przypomnij mi do piątku Dresden Glaswerk send the offer to Sabine", "06-11 09:00"),
     ("remind me on monday at 3pm to call Zofia at Gdynia Rybolowstwo", "06-14 15:00")],
)  # fmt: skip
def test_a_polish_weekday_after_its_preposition_is_the_day(app, admin, przemek, text, due) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send(text))
    assert _due(app, admin) == [due], reply


def test_next_friday_in_polish_is_asked_as_in_english(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send("w przyszły piątek call Sabine Dresden about the offer, put reminder"))
    assert "“w przyszły piątek”" in reply, reply
    assert _due(app, admin) == [], reply
    english = texts(przemek.send("next friday call Sabine Dresden about the offer, put reminder"))
    assert "“next friday”" in english, english


def test_joanna_piatek_stays_a_person(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send("spotkanie z Joanna Piątek at Gdynia Rybołówstwo today, good talk"))
    [meeting] = exported(app, admin)["activities"]
    assert meeting["occurred_at"][:10] == "2032-06-10", reply
    assert meeting["contact"] == "Joanna Piątek", reply


def test_sroda_slaska_is_a_town_not_a_wednesday(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send("visited Dresden Glaswerk today, their new plant is in Środa Śląska"))
    [visit] = exported(app, admin)["activities"]
    assert visit["occurred_at"][:10] == "2032-06-10", reply


def _close(app, admin) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [d["expected_close"] for d in exported(app, admin)["deals"]]


@pytest.mark.parametrize(
    ("text", "close"),
    [("wroclaw elektronika pushed to koniec lipca", "2032-07-31"),
     ("wroclaw elektronika close moved do końca lipca", "2032-07-31"),
     ("wroclaw elektronika close moved to 15 lipca", "2032-07-15"),
     ("wroclaw elektronika pushed to end of july", "2032-07-31")],
)  # fmt: skip
def test_a_polish_month_in_the_genitive_moves_the_close(app, admin, przemek, text, close) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send(text))
    assert _close(app, admin) == [close], reply


def test_the_start_of_a_polish_month_is_asked_as_early_july_is(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    before = _close(app, admin)
    reply = texts(przemek.send("wroclaw elektronika pushed to początek lipca"))
    assert _close(app, admin) == before and "początek lipca" in reply, reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("przypomnij mi za tydzień Dresden Glaswerk send Sabine the offer", "06-17 09:00"),
     ("remind me za dwa tygodnie to call Sabine at Dresden Glaswerk", "06-24 09:00"),
     ("remind me in two weeks to call Sabine at Dresden Glaswerk", "06-24 09:00")],
)  # fmt: skip
def test_za_tydzien_is_in_a_week(app, admin, przemek, text, due) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send(text))
    assert _due(app, admin) == [due], reply


KRAKOW, SZCZECIN, GDYNIA = (
    "Kraków Piekarnie Sp. z o.o.",
    "Szczecin Port Logistyka Sp. z o.o.",
    "Gdynia Rybołówstwo Sp. z o.o.",
)
MET = ("visit", "meeting")


@pytest.mark.parametrize(
    ("text", "kind", "customer", "contact"),
    [("byłem u Pawła in Kraków Piekarnie today, they are happy with samples of dough mixers, negotiation "
      "going ok", MET, KRAKOW, "Paweł Dudek"),
     ("byłem u Dudka in Krakow Piekarnie today, samples ok", MET, KRAKOW, "Paweł Dudek"),
     ("gadałem z Robertem from Szczecin Port Logistyka, wants offer", ("call",), SZCZECIN, "Robert Zając"),
     ("rozmawiałem z Robertem Zającem from Szczecin Port Logistyka, they want new offer", ("call",), SZCZECIN,
      "Robert Zając"),
     ("spotkanie z Zofią at Gdynia Rybolowstwo today", MET, GDYNIA, "Zofia Kaczmarek"),
     ("visited Paweł Dudek at Krakow Piekarnie today", ("visit",), KRAKOW, "Paweł Dudek")],
)  # fmt: skip
def test_a_declined_name_is_the_known_contact(app, admin, przemek, text, kind, customer, contact) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send(text))
    [activity] = exported(app, admin)["activities"]
    assert (activity["kind"] in kind, activity["customer"], activity["contact"]) == (
        True,
        customer,
        contact,
    ), reply


def test_a_call_and_the_new_email_of_a_declined_name(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        przemek.send(
            "rozmowa z Robertem Zającem (Szczecin Port) - they have new domain, "
            "his mail now robert.zajac@szczecinport.pl pls update"
        )
    )
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("call", "Robert Zając")], reply
    people = {p["name"]: p for c in data["customers"] for p in c["contacts"]}
    assert people["Robert Zając"]["email"] == "robert.zajac@szczecinport.pl", reply


def test_another_name_is_no_case_of_a_contacts(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send("met Joanne at Gdynia Rybolowstwo today, new buyer there"))
    assert all(a["contact"] != "Joanna Piątek" for a in exported(app, admin)["activities"]), reply


def test_her_polish_title_said_in_english_is_nothing_new(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        przemek.send(
            "wczoraj coffee with Joanna Piątek, she is now in Gdynia Rybołówstwo as logistics manager. "
            "good contact for us"
        )
    )
    data = exported(app, admin)
    [(occurred, customer, contact)] = [
        (a["occurred_at"][:10], a["customer"], a["contact"]) for a in data["activities"]
    ]
    assert (occurred, customer, contact) == ("2032-06-09", GDYNIA, "Joanna Piątek"), reply
    people = {p["name"]: p for c in data["customers"] for p in c["contacts"]}
    assert people["Joanna Piątek"]["title"] == "Kierownik Logistyki", reply
