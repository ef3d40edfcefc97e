"""Session 61: more of the Spanish and German said inside English (S12's read half).

"a las 6 de la tarde" is 18:00; "el miércoles" said on a Wednesday with its clock still ahead is asked
(tonight or next week's?), as "on Wednesday at 6pm" is; "ahorita le marco a Irma, recuérdame" asks when, never
stores a note; "qué tengo pendiente mañana?" is a question about tomorrow; "la logística de entrega" names no
Logística Bajío Express S.A. de C.V.; German nouns are capitalised ("Vertrag Passau Donau prüfen" names no
other company); "Bayernwerk Getriebe" is Bayernwerk's Getriebe deal.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crm_store.search.normalize import fold, strip_legal
from handlers.parsing.amounts import find_amounts
from handlers.parsing.clock_times import time_hits
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import on_s12_wednesday

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

MEXICO = ZoneInfo("America/Mexico_City")
MUNICH = ZoneInfo("Europe/Berlin")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes",
                 "/customer add Lácteos Chihuahua S.A. de C.V., aliases=Lacteos Chihuahua",
                 "/contact add Lácteos Chihuahua S.A. de C.V.: Irma Holguín Terrazas",
                 "/remind Lácteos Chihuahua S.A. de C.V. 29 Sep 2033 11:00 mandar la factura a Irma",
                 "/customer add Logística Bajío Express S.A. de C.V., aliases=Bajío Express",
                 "/customer add Grupo Tapatío de Alimentos S.A. de C.V., aliases=Tapatío",
                 "/contact add Grupo Tapatío de Alimentos S.A. de C.V.: José Manuel Ochoa",
                 "/customer add Autopartes Querétaro S.A. de C.V.")  # fmt: skip


@pytest.fixture
def korbinian(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
                 "/customer add Passau Donau Logistik GmbH, aliases=Donauhafen Spedition Passau",
                 "/contact add Passau Donau Logistik GmbH: Veronika Brandl",
                 "/deal Passau Donau Logistik GmbH 160000 EUR negotiation close 30 Sep 2033",
                 "/customer add Bayernwerk Antriebstechnik GmbH, aliases=Bayernwerk Antrieb",
                 "/contact add Bayernwerk Antriebstechnik GmbH: Stefan Zehetmair",
                 "/deal Bayernwerk Antriebstechnik GmbH Getriebe 380000 EUR negotiation close 14 Oct 2033",
                 "/deal Bayernwerk Antriebstechnik GmbH new deal Wartungsvertrag 45000 EUR proposal",
                 )  # fmt: skip


def _due(app, admin, zone: ZoneInfo) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(
        f"{r['customer'].split()[0]} {datetime.fromisoformat(r['due_at']).astimezone(zone):%Y-%m-%d %H:%M}"
        for r in exported(app, admin)["reminders"]
    )


def _stored(app, admin) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    return len(data["activities"]), len(data["reminders"])


@pytest.mark.parametrize(
    ("text", "clock", "guessed"),
    [("a las 6 de la tarde", time(18), False),
     ("a las 8 de la mañana", time(8), False),
     ("a las 9 de la noche", time(21), False),
     ("a las 10:30", time(10, 30), False),
     ("a la 1", time(13), True),
     ("a las 10am", time(10), False),
     ("antes de las 6", time(18), True)],
)  # fmt: skip
def test_spanish_clock(text: str, clock: time, guessed: bool) -> None:
    [hit] = time_hits(text)
    assert (hit.clock, hit.guessed) == (clock, guessed)


def test_recuerdame_reads_the_spanish_clock(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("recuérdame el viernes a las 5 de la tarde llamar a Irma"))
    assert "Lácteos 2033-09-30 17:00" in _due(app, admin, MEXICO), reply
    assert "a las" not in reply and " el " not in reply, reply  # the day's and the clock's words are no task


def test_junta_on_the_same_weekday_with_its_clock_ahead_is_asked(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("junta con Alma Delia de Cumbre el miércoles a las 6 de la tarde"))
    assert _stored(app, admin) == (0, 1), reply  # no meeting logged as had today, no reminder but the setup's


def test_junta_on_a_later_weekday_with_a_clock_is_to_come(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("junta con Alma Delia de Cumbre el viernes a las 6 de la tarde"))
    assert exported(app, admin)["activities"] == [], reply  # not last Friday's meeting
    assert "Distribuidora 2033-09-30 18:00" in _due(app, admin, MEXICO), reply


@pytest.mark.parametrize(
    "text", ["ahorita le marco a Irma, recuérdame", "le marco a Irma al rato, recuérdame"]
)
def test_recuerdame_with_no_day_asks_when(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert "When should I remind you" in reply, reply
    assert _stored(app, admin) == (0, 1), reply


@pytest.mark.parametrize(
    ("text", "day"), [("qué tengo pendiente mañana?", "Sep 29"), ("qué tengo para hoy?", "Sep 28")]
)
def test_que_tengo_is_a_question_about_the_day(app, admin, araceli, text, day) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert day in reply and "Querétaro" not in reply, reply
    assert _stored(app, admin) == (0, 1), reply


def test_la_logistica_de_entrega_names_no_logistica_bajio(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("junta con José Manuel (Tapatío) mañana a las 10am para ver la logística de entrega")
    )
    assert "Grupo 2033-09-29 10:00" in _due(app, admin, MEXICO), reply  # Grupo Tapatío
    assert "Logística" not in reply, reply


def test_mexican_legal_form_is_no_word_of_the_name() -> None:
    assert strip_legal(fold("Logística Bajío Express S.A. de C.V.")) == "logistica bajio express"
    assert strip_legal(fold("Grupo Tapatío de Alimentos S. de R.L. de C.V.")) == "grupo tapatio de alimentos"


def test_a_german_noun_beside_a_name_is_no_other_company(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send("Erinnerung: Freitag um 15 Uhr Vertrag Passau Donau nochmal prüfen"))
    assert _due(app, admin, MUNICH) == ["Passau 2033-09-30 15:00"], reply


def test_a_deal_title_after_the_name_is_that_deal(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    said = "Bayernwerk Getriebe slips to Ende Oktober, Stefan Z. says the Vorstand meets only on 27.10."
    reply = texts(korbinian.send(said))
    deals = exported(app, admin)["deals"]
    closes = {d["title"]: d["expected_close"] for d in deals if d["customer"].startswith("Bayernwerk")}
    assert closes == {"Getriebe": "2033-10-31", "Wartungsvertrag": None}, reply


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("58,500 dlls", "58500", "USD"),
     ("100k dls", "100000", "USD"),
     ("20 mil dólares", "20000", "USD"),
     ("380 mil dlls", "380000", "USD"),
     ("1.2 mil dollars", "1200000", "USD")],
)  # fmt: skip
def test_dollars_said_in_spanish(text: str, value: str, currency: str) -> None:
    [amount] = find_amounts(text)
    assert (str(amount.value.normalize()), amount.currency) == (str(Decimal(value).normalize()), currency)


@pytest.fixture
def araceli_chiapas(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Café Chiapas Exportadora S.A. de C.V., aliases=Café Chiapas",
                 "/deal Café Chiapas Exportadora S.A. de C.V. 90000 USD negotiation",
                 "/won Café Chiapas Exportadora S.A. de C.V.")  # fmt: skip


def test_a_hope_that_opens_the_message_is_asked(app, admin, araceli_chiapas) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli_chiapas.send("ojalá Café Chiapas nos dé otra orden en diciembre, como 50k dlls"))
    assert len(exported(app, admin)["deals"]) == 1, reply  # no new deal stored on a hope


def test_a_day_word_dropped_is_still_asked_about(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        korbinian.send("gestern in Passau bei Passau Donau, Veronika happy. today a new order for 12.000 €")
    )
    assert "gestern" in reply or exported(app, admin)["activities"], reply  # never dropped in silence
