"""Session 60: Mexican Spanish and German said inside English are read as the English they mean.

Araceli (Mexico City) writes "junta con Rosa Elena" (a meeting with), "visita a …" (a visit), "mandé correo
a …" (an e-mail), "hablé con …" (a talk), "firman el 5/10" (they sign on 5 October: the close date), "se
recorre a fin de octubre" (the close moves to the end of October), "recuérdame el 2 de noviembre …" (remind
me on 2 November). Korbinian (Munich) writes "gestern Besuch bei Gipfel" (yesterday a visit at), "Ende
Oktober" (the end of October), "Fr 10 Uhr" (Friday at 10), "nächsten Freitag" (next Friday: asked on a
Wednesday, as "next friday" is). Words that are only alike stay what they were: "Ende" alone, "Fr." as a
title, "Junta" inside a firm's name.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import find_amounts
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import on_s12_wednesday

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

MEXICO = ZoneInfo("America/Mexico_City")
MUNICH = ZoneInfo("Europe/Berlin")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Plásticos del Pacífico S.A. de C.V., aliases=Plasticos del Pacifico",
                 "/contact add Plásticos del Pacífico S.A. de C.V.: Rosa Elena Campos",
                 "/deal Plásticos del Pacífico S.A. de C.V. 780000 MXN proposal close 29 Sep 2033",
                 "/customer add Minera Zacatecas S.A. de C.V.",
                 "/contact add Minera Zacatecas S.A. de C.V.: Octavio Berumen Dávila",
                 "/customer add Hoteles Riviera Maya S.A. de C.V., aliases=Riviera Maya Hoteles",
                 "/contact add Hoteles Riviera Maya S.A. de C.V.: Daniela Poot Canché",
                 "/customer add Textiles Puebla S.A. de C.V., aliases=Hilados Poblanos",
                 "/contact add Textiles Puebla S.A. de C.V.: Verónica Sánchez Tapia",
                 "/deal Textiles Puebla S.A. de C.V. 560000 MXN negotiation close 10 Oct 2033",
                 "/customer add Lácteos Chihuahua S.A. de C.V., aliases=Lacteos Chihuahua",
                 "/contact add Lácteos Chihuahua S.A. de C.V.: Irma Holguín Terrazas",
                 "/customer add Café Chiapas Exportadora S.A. de C.V., aliases=Cafe Chiapas",
                 "/contact add Café Chiapas Exportadora S.A. de C.V.: Juan Carlos Toledo Nájera",
                 "/customer add Junta de Aguas del Norte S.A. de C.V.",
                 "/contact add Junta de Aguas del Norte S.A. de C.V.: Mario Leal")  # fmt: skip


@pytest.fixture
def korbinian(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
                 "/customer add Gipfel Bergsport GmbH, aliases=Gipfel",
                 "/contact add Gipfel Bergsport GmbH: Sepp Lindner",
                 "/customer add Brücke Personalservice GmbH, aliases=Bruecke Personalservice",
                 "/contact add Brücke Personalservice GmbH: Sandra Wimmer",
                 "/deal Brücke Personalservice GmbH 55000 EUR proposal close 14 Oct 2033")  # fmt: skip


def _activities(app, admin) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (a["customer"].split()[0], a["kind"], a["occurred_at"][:10])
        for a in exported(app, admin)["activities"]
    ]


def _due(app, admin, zone: ZoneInfo) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(
        f"{r['customer'].split()[0]} {datetime.fromisoformat(r['due_at']).astimezone(zone):%Y-%m-%d %H:%M}"
        for r in exported(app, admin)["reminders"]
    )


def _closes(app, admin, customer: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"] == customer]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [("junta con Rosa Elena en Plasticos del Pacifico, quieren la cotización revisada con el flete incluido",
      "meeting", "2033-09-28"),
     ("visita a minera zacatecas con el superintendente Octavio Berumen, mucho polvo", "visit", "2033-09-28"),
     ("ayer visita en Minera Zacatecas con Octavio Berumen, todo bien", "visit", "2033-09-27"),
     ("mandé correo a Daniela Poot (Riviera Maya) con la ficha técnica", "email", "2033-09-28"),
     ("hablé con Irma de Lácteos, dice que la factura A-8841 ya está pagada", "call", "2033-09-28")],
)  # fmt: skip
def test_spanish_kind_words_name_the_interaction(app, admin, araceli, text, kind, day) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    [(_, logged, occurred)] = _activities(app, admin)
    assert (logged, occurred) == (kind, day), reply


def test_junta_inside_a_firms_name_is_no_meeting(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("called Mario Leal at Junta de Aguas del Norte, wants the price list"))
    assert _activities(app, admin) == [("Junta", "call", "2033-09-28")], reply


def test_firman_el_is_the_close_date_day_first(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("junta con Verónica en Textiles Puebla, ya quedó la negociación, firman el 5/10")
    )
    assert _closes(app, admin, "Textiles Puebla S.A. de C.V.") == ["2033-10-05"], reply
    assert _due(app, admin, MEXICO) == [], reply


def test_se_recorre_a_fin_de_octubre_moves_the_close(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("plasticos del pacifico se recorre a fin de octubre, no les llegó el presupuesto")
    )
    assert _closes(app, admin, "Plásticos del Pacífico S.A. de C.V.") == ["2033-10-31"], reply
    assert _due(app, admin, MEXICO) == [], reply


def test_recuerdame_on_a_day_of_a_spanish_month(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send(
            "recuérdame el 2 de noviembre hablarle a Juan Carlos de Café Chiapas por lo de la cosecha"
        )
    )
    assert _due(app, admin, MEXICO) == ["Café 2033-11-02 09:00"], reply
    assert _activities(app, admin) == [], reply


def test_gestern_besuch_bei_is_yesterdays_visit(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        korbinian.send(
            "gestern Besuch bei Gipfel, Sepp Lindner is interested in the Lager-Regalsystem but no budget yet"
        )
    )
    assert _activities(app, admin) == [("Gipfel", "visit", "2033-09-27")], reply


def test_fr_before_uhr_is_friday(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send("Fr 10 Uhr Termin bei Brücke Personalservice, pls remind me"))
    assert _due(app, admin, MUNICH) == ["Brücke 2033-09-30 10:00"], reply


def test_fr_as_a_title_is_no_day(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send("Fr. Wimmer from Brücke Personalservice called, they want the offer"))
    assert _activities(app, admin) == [("Brücke", "call", "2033-09-28")], reply
    assert _due(app, admin, MUNICH) == [], reply


@pytest.mark.parametrize(
    "text",
    ["nächsten Freitag Termin bei Brücke Personalservice, remind me the day before",
     "next Friday Termin bei Brücke Personalservice, remind me the day before"],
)  # fmt: skip
def test_naechsten_freitag_on_a_wednesday_is_asked_like_next_friday(app, admin, korbinian, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send(text))
    assert "Which day do you mean" in reply, reply
    assert _due(app, admin, MUNICH) == [], reply


def test_ende_oktober_moves_the_close(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        korbinian.send("Brücke Personalservice slips to Ende Oktober, Sandra says the board decides late")
    )
    assert _closes(app, admin, "Brücke Personalservice GmbH") == ["2033-10-31"], reply


@pytest.mark.parametrize(
    ("text", "zone", "day"),
    [("se recorre a fin de octubre", MEXICO, "2033-10-31"),
     ("a mediados de noviembre", MEXICO, "2033-11-15"),
     ("el 2 de noviembre", MEXICO, "2033-11-02"),
     ("slips to Ende Oktober", MUNICH, "2033-10-31"),
     ("Anfang November", MUNICH, "2033-11-01"),
     ("am 3. Oktober", MUNICH, "2033-10-03"),
     ("gestern", MUNICH, "2033-09-27"),
     ("Fr 10 Uhr", MUNICH, "2033-09-30"),
     ("Ende gut, alles gut", MUNICH, None),
     ("Fr. Müller called", MUNICH, None),
     ("fin del proyecto", MEXICO, None),
     ("call Mai about it", MUNICH, None)],
)  # fmt: skip
def test_days_said_in_spanish_and_german(text: str, zone: ZoneInfo, day: str | None) -> None:
    when = find_when(text, now=datetime(2033, 9, 28, 16, 45, tzinfo=zone), tz=zone)
    assert (when.at.date().isoformat() if when else None) == day


@pytest.fixture
def araceli_deals(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Aceros del Norte Monterrey S.A. de C.V., aliases=Aceros del Norte",
                 "/contact add Aceros del Norte Monterrey S.A. de C.V.: Rodrigo Cantú Salinas",
                 "/deal Aceros del Norte Monterrey S.A. de C.V. 650000 MXN proposal",
                 "/customer add Transportes Sierra Madre S.A. de C.V., aliases=Sierra Madre",
                 "/contact add Transportes Sierra Madre S.A. de C.V.: Héctor Domínguez Ruiz",
                 "/deal Transportes Sierra Madre S.A. de C.V. 140000 USD negotiation close 30 Sep 2033",
                 )  # fmt: skip


def _amounts(app, admin) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (d["customer"].split()[0], str(int(float(d["amount"]))), d["currency"])
        for d in exported(app, admin)["deals"]
    )


def test_a_bare_dollar_sign_in_mexico_is_the_peso(app, admin, araceli_deals) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli_deals.send("Aceros del Norte: le subí la cotización a $700,000 porque agregaron 2 hornos")
    )
    assert _amounts(app, admin) == [("Aceros", "700000", "MXN"), ("Transportes", "140000", "USD")], reply


def test_a_bare_dollar_sign_in_mexico_on_a_usd_deal_is_asked(app, admin, araceli_deals) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli_deals.send("Sierra Madre subió a $180,000"))
    assert "Is that right" in reply, reply
    assert _amounts(app, admin) == [("Aceros", "650000", "MXN"), ("Transportes", "140000", "USD")], reply
    reply = texts(araceli_deals.send("Sierra Madre subió a USD 180,000"))  # said outright: stored
    assert _amounts(app, admin) == [("Aceros", "650000", "MXN"), ("Transportes", "180000", "USD")], reply


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("le mandé la cotización por 3.4 mdp", "3400000", "MXN"),
     ("ajustada a 1.1 MDP", "1100000", "MXN"),
     ("el proyecto es de 2 mdd", "2000000", "USD"),
     ("they want our offer again, 240 T€", "240000", "EUR"),
     ("Angebot goes up to 52 T€ / sorry", "52000", "EUR"),
     ("order of 240 TEUR", "240000", "EUR"),
     ("order of 240 Tsd. EUR", "240000", "EUR"),
     ("420 tkr", "420000", "SEK"),
     ("20k EUR", "20000", "EUR"),
     ("the 5T press", None, None),
     ("5 T for the pallet", None, None)],
)  # fmt: skip
def test_thousands_and_millions_said_with_their_currency(
    text: str, value: str | None, currency: str | None
) -> None:
    found = find_amounts(text)
    assert ((str(int(found[0].value)), found[0].currency) if found else (None, None)) == (value, currency)


def test_a_quote_sent_for_mdp_is_the_proposal_in_pesos(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/deal Minera Zacatecas S.A. de C.V. 3200000 MXN qualified")
    reply = texts(
        araceli.send(
            "visita a minera zacatecas con el superintendente Octavio Berumen, mucho polvo jaja. "
            "ya en la tarde le mandé la cotización por 3.4 mdp"
        )
    )
    [deal] = [d for d in exported(app, admin)["deals"] if d["customer"].startswith("Minera")]
    assert (deal["stage"], str(int(float(deal["amount"]))), deal["currency"]) == (
        "proposal",
        "3400000",
        "MXN",
    ), reply
    assert _activities(app, admin) == [("Minera", "visit", "2033-09-28")], reply


def test_a_span_said_entre_y_is_asked(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Cementos Oaxaca S.A. de C.V.")
    reply = texts(araceli.send("Cementos Oaxaca trae un proyecto de entre 2 y 3 mdp, quiere que le cotice"))
    assert "Is that right" in reply, reply
    assert [d for d in exported(app, admin)["deals"] if d["customer"].startswith("Cementos")] == [], reply


def _eur(app, admin, customer: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (d["status"], str(int(float(d["amount"]))))
        for d in exported(app, admin)["deals"]
        if d["customer"].startswith(customer)
    ]


def test_wieder_offen_reopens_at_the_t_euro_amount(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    korbinian.send("/customer add Linzer Stahlguss GmbH")
    korbinian.send("/deal Linzer Stahlguss GmbH 260000 EUR proposal")
    korbinian.send("/lost Linzer Stahlguss GmbH went with a competitor")
    reply = texts(
        korbinian.send(
            "Linzer Stahlguss is wieder offen! Hofbauer says the competitor can't deliver in time, "
            "they want our offer again, 240 T€"
        )
    )
    assert _eur(app, admin, "Linzer") == [("open", "240000")], reply


def test_a_bare_figure_put_right_keeps_the_t_euro_scale(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    korbinian.send("/deal Gipfel Bergsport GmbH 45000 EUR proposal")
    korbinian.send("called Sepp Lindner at Gipfel, the Angebot goes up to 52 T€")
    reply = texts(korbinian.send("sorry typo, 58 not 52"))
    assert _eur(app, admin, "Gipfel") == [("open", "58000")], reply


def test_a_bare_figure_put_right_keeps_the_k_before_a_currency(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    korbinian.send("/deal Gipfel Bergsport GmbH 45000 EUR proposal")
    korbinian.send("called Sepp Lindner at Gipfel, the quote goes up to 52k EUR")
    reply = texts(korbinian.send("sorry typo, 58 not 52"))
    assert _eur(app, admin, "Gipfel") == [("open", "58000")], reply


def test_a_budget_bis_zu_is_a_limit_asked(app, admin, korbinian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send("Brücke Personalservice: budget is bis zu 200 T€"))
    assert _eur(app, admin, "Brücke") == [("open", "55000")], reply


def _phones(app, admin) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    people = [p for c in exported(app, admin)["customers"] for p in c["contacts"]]
    return sorted((p["name"], p.get("phone")) for p in people if p.get("phone"))


@pytest.mark.parametrize(
    "text",
    ["hablé con Irma de Lácteos, dice que la factura A-8841 ya está pagada. su nuevo tel es 614 555 0192",
     "hablé con Irma de Lácteos. her new phone is 614 555 0192",
     "called Irma at Lácteos. her new mobile 614 555 0192"],
)  # fmt: skip
def test_her_new_phone_said_of_a_person_de_the_customer(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert _phones(app, admin) == [("Irma Holguín Terrazas", "614 555 0192")], reply
    assert _activities(app, admin) == [("Lácteos", "call", "2033-09-28")], reply


def test_whats_con_is_a_message_with_the_new_cell_and_the_signing_day(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Empaques Monterrey S.A. de C.V., aliases=Empaques MTY")
    araceli.send("/contact add Empaques Monterrey S.A. de C.V.: Sergio Elizondo Garza")
    araceli.send("/deal Empaques Monterrey S.A. de C.V. 1350000 MXN negotiation close 29 Sep 2033")
    reply = texts(
        araceli.send(
            "whats con Sergio Elizondo (Empaques MTY), confirma firma mañana como quedamos. "
            "su cel nuevo es 81 1234 5678"
        )
    )
    assert _activities(app, admin) == [("Empaques", "message", "2033-09-28")], reply
    assert _phones(app, admin) == [("Sergio Elizondo Garza", "81 1234 5678")], reply
    assert _due(app, admin, MEXICO) == [], reply  # their signing is the close said, no step of mine
    assert _closes(app, admin, "Empaques Monterrey S.A. de C.V.") == ["2033-09-29"], reply


def test_whats_the_status_is_still_a_question(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("whats the status with Textiles Puebla?"))
    assert "Textiles Puebla" in reply and _activities(app, admin) == [], reply


def _open_due(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f"{r['customer'].split()[0]} {r['status']}" for r in exported(app, admin)["reminders"])


@pytest.mark.parametrize(
    ("text", "status"),
    [("ya le mandé a Lucía la cotización revisada, tacha ese pendiente del lunes", "done"),
     ("ya le mandé a Lucía la cotización revisada, ya quedó ese pendiente", "done"),
     ("ya le mandé a Lucía la cotización revisada, cross off that reminder", "done")],
)  # fmt: skip
def test_tacha_ese_pendiente_ticks_the_reminder_off(app, admin, araceli, text, status) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Farmacéutica Azteca S.A. de C.V.")
    araceli.send("/contact add Farmacéutica Azteca S.A. de C.V.: Lucía Ortega Bravo")
    araceli.send("/remind Farmacéutica Azteca S.A. de C.V. send Lucía the revised quote 3 Oct 12pm")
    reply = texts(araceli.send(text))
    assert _open_due(app, admin) == [f"Farmacéutica {status}"], reply
