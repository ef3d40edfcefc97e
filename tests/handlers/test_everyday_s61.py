"""Session 61: what S12b's read half showed (S12's world, written blind by new writers).

German and Spanish kind words ("Termin", "Mittagessen", "vor Ort", "pasé a", "comida con", "vi a", "llamada
con", "me mandó correo"); "Frau Zeller" is Annemarie Zeller; "perdimos", "ist verloren" lose the deal; "otra
orden de …" is a new deal beside the won one, its "$" asked where the customer's deals are kept in another
dollar; "quita el recordatorio de mañana" clears that reminder; "10/12 下午3pm" is 12 October at 15:00; an
account's or an invoice's number is no phone and no unused figure; "PO no. … 收到了" wins the deal; "LINE跟…
聊了一下" is a message; "wants it wrapped by …" is the close date; "firmaron" wins the deal.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.contact_details import details_spans
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import on_s12_wednesday

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

MEXICO = ZoneInfo("America/Mexico_City")
MUNICH = ZoneInfo("Europe/Berlin")
TAIPEI = ZoneInfo("Asia/Taipei")
SINGAPORE = ZoneInfo("Asia/Singapore")


@pytest.fixture
def korbinian(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
                 "/customer add Allgäuer Käserei Sonthofen GmbH, aliases=Allgäuer Käserei",
                 "/contact add Allgäuer Käserei Sonthofen GmbH: Annemarie Zeller",
                 "/deal Allgäuer Käserei Sonthofen GmbH 85000 EUR proposal close 29 Sep 2033",
                 "/customer add Brücke Personalservice GmbH",
                 "/contact add Brücke Personalservice GmbH: Sandra Wimmer",
                 "/deal Brücke Personalservice GmbH 55000 EUR proposal close 14 Oct 2033",
                 "/customer add Gipfel Bergsport GmbH, aliases=Gipfel",
                 "/contact add Gipfel Bergsport GmbH: Sepp Lindner",
                 "/customer add Passau Donau Logistik GmbH",
                 "/contact add Passau Donau Logistik GmbH: Veronika Brandl")  # fmt: skip


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Lácteos Chihuahua S.A. de C.V.",
                 "/contact add Lácteos Chihuahua S.A. de C.V.: Irma Holguín Terrazas",
                 "/deal Lácteos Chihuahua S.A. de C.V. 690000 MXN proposal close 30 Sep 2033",
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes",
                 "/customer add Grupo Industrial Regio S.A. de C.V., aliases=Grupo Regio",
                 "/contact add Grupo Industrial Regio S.A. de C.V.: José Luis Garza Treviño",
                 "/customer add Muebles Michoacán S.A. de C.V.",
                 "/deal Muebles Michoacán S.A. de C.V. 420000 MXN negotiation",
                 "/won Muebles Michoacán S.A. de C.V.",
                 "/customer add Tequilera Arandas S.A. de C.V.",
                 "/deal Tequilera Arandas S.A. de C.V. 95000 USD negotiation",
                 "/won Tequilera Arandas S.A. de C.V.",
                 "/customer add Aceros del Norte Monterrey S.A. de C.V., aliases=Aceros del Norte",
                 "/contact add Aceros del Norte Monterrey S.A. de C.V.: Rodrigo Cantú Salinas",
                 "/deal Aceros del Norte Monterrey S.A. de C.V. laminadora 4800000 MXN negotiation",
                 "/remind Aceros del Norte Monterrey S.A. de C.V. call Rodrigo about it 29 Sep 11am",
                 "/customer add Textiles Puebla S.A. de C.V., aliases=Hilados Poblanos",
                 "/contact add Textiles Puebla S.A. de C.V.: Verónica Sánchez Tapia",
                 "/customer add Transportes Sierra Madre S.A. de C.V., aliases=Sierra Madre",
                 "/contact add Transportes Sierra Madre S.A. de C.V.: Héctor Domínguez Ruiz")  # fmt: skip


@pytest.fixture
def yazhu(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "詹雅筑", TAIPEI,
                 "/customer add 苗栗窯業有限公司",
                 "/contact add 苗栗窯業有限公司: 邱文雄",
                 "/customer add 高雄港灣物流股份有限公司, aliases=高港物流",
                 "/contact add 高雄港灣物流股份有限公司: 蔡坤霖")  # fmt: skip


@pytest.fixture
def huixian(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Huixian", SINGAPORE,
                 "/customer add Straits Shipyard Engineering Pte Ltd, aliases=Straits Shipyard",
                 "/deal Straits Shipyard Engineering Pte Ltd 280000 SGD negotiation close 30 Sep 2033",
                 "/customer add Penang Ropes Sdn Bhd",
                 "/contact add Penang Ropes Sdn Bhd: Angus Tan",
                 "/deal Penang Ropes Sdn Bhd RFID 90000 SGD proposal close 31 Dec 2033")  # fmt: skip


def _kinds(app, admin) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(a["kind"], a["contact"]) for a in exported(app, admin)["activities"]]


def _deals(app, admin, customer: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (d["title"], str(d["amount"]), d["currency"], d["status"])
        for d in exported(app, admin)["deals"]
        if d["customer"].startswith(customer)
    )


@pytest.mark.parametrize(
    ("text", "kind", "contact"),
    [("Termin at Passau Donau went ok, Veronika says they run 140 trucks", "visit", "Veronika Brandl"),
     ("Mittagessen with Sepp Lindner from Gipfel, nice guy, no budget yet", "meeting", "Sepp Lindner"),
     ("met Frau Zeller at Allgäuer Käserei, tasting went fine", "visit", "Annemarie Zeller")],
)  # fmt: skip
def test_german_kind_words(app, admin, korbinian, text, kind, contact) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian.send(text))
    assert _kinds(app, admin) == [(kind, contact)], reply


@pytest.mark.parametrize(
    ("text", "kind", "contact"),
    [("pasé a Cumbre, Alma Delia interesada en un piloto en 2 sucursales, todavía sin números", "visit",
      "Alma Delia Fuentes"),
     ("llamada con Irma de Lácteos Chihuahua, todo en orden", "call", "Irma Holguín Terrazas"),
     ("jose luis de grupo regio me mando correo pidiendo la ficha tecnica del equipo", "email",
      "José Luis Garza Treviño")],
)  # fmt: skip
def test_spanish_kind_words(app, admin, araceli, text, kind, contact) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert _kinds(app, admin) == [(kind, contact)], reply


def test_vi_a_is_a_meeting_and_la_tarde_the_afternoon(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send(
            "hoy vi a Irma en Lacteos Chihuahua, todo ok. mañana a las 4 de la tarde le presento a Luis"
        )
    )
    assert "meeting" in reply and "16:00" in reply, reply


@pytest.mark.parametrize(
    ("who", "text"),
    [("araceli", "perdimos Lácteos Chihuahua 😤 se fueron con la competencia"),
     ("korbinian", "Brücke Personalservice is verloren, Sandra told me they go with a Wettbewerber. schade")],
)  # fmt: skip
def test_lost_in_spanish_and_german(app, admin, request, who, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(request.getfixturevalue(who).send(text))
    assert [
        d["status"] for d in exported(app, admin)["deals"] if d["customer"].startswith(("Lác", "Br"))
    ] == ["lost"], reply


def test_firmaron_wins_the_deal(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("ya quedó lo de Lácteos Chihuahua, firmaron"))
    assert _deals(app, admin, "Lácteos") == [("Lácteos Chihuahua S.A. de C.V.", "690000", "MXN", "won")], (
        reply
    )


def test_otra_orden_is_a_new_deal_beside_the_won_one(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("otra orden de Muebles Michoacán!! don Ernesto quiere 300 sillas más, $380 mil pesos")
    )
    deals = _deals(app, admin, "Muebles")
    assert len(deals) == 2 and ("380000", "MXN", "open") in [d[1:] for d in deals], reply
    assert not any(d[0] in ("de", "por") for d in deals), reply  # no Spanish word for its title


def test_a_bare_dollar_from_mexico_at_a_usd_customer_is_asked(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("Tequilera Arandas quiere otra orden por $40,000"))
    assert len(_deals(app, admin, "Tequilera")) == 1, reply
    assert "$40,000" in reply, reply


def test_quita_el_recordatorio_clears_it(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("ya le hablé a Rodrigo lo de la orden de la laminadora, quita el recordatorio de mañana")
    )
    assert [r["status"] for r in exported(app, admin)["reminders"]] in (["done"], ["cancelled"]), reply


def test_a_chinese_part_of_day_before_pm_keeps_the_date(app, admin, yazhu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yazhu.send("10/12 下午3pm 提醒我去苗栗窯業找邱老闆"))
    [reminder] = exported(app, admin)["reminders"]
    assert (
        datetime.fromisoformat(reminder["due_at"]).astimezone(TAIPEI).isoformat()[:16] == "2033-10-12T15:00"
    ), reply


def test_line_is_a_message(app, admin, yazhu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yazhu.send("LINE跟高港的蔡經理聊了一下，報價單他說今天會回簽"))
    assert _kinds(app, admin) == [("message", "蔡坤霖")], reply


def test_an_account_number_is_no_phone() -> None:
    text = "Damilola gave me their acct 0123456789 for the refund"
    assert not any("0123456789" in text[a:b] for a, b in details_spans(text))


def test_an_invoice_number_is_no_unused_figure(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("hablé con Héctor de Sierra Madre, factura 88213 sigue pendiente de pago"))
    assert _kinds(app, admin) == [("call", "Héctor Domínguez Ruiz")], reply


def test_po_number_then_received_wins(app, admin, huixian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(huixian.send("Straits Shipyard PO no. 4500098123 收到了 🎉"))
    assert _deals(app, admin, "Straits")[0][3] == "won", reply


def test_wrapped_by_is_the_close_date(app, admin, huixian) -> None:  # type: ignore[no-untyped-def]
    reply = texts(huixian.send("Penang Ropes RFID - Angus wants it wrapped by end of October"))
    [close] = [
        d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"].startswith("Penang")
    ]
    assert close == "2033-10-31", reply


@pytest.fixture
def korbinian_plans(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
                 "/customer add Freising Hopfenhandel GmbH",
                 "/contact add Freising Hopfenhandel GmbH: Maximilian Obermaier",
                 "/customer add Rosenheim Holzbau GmbH",
                 "/contact add Rosenheim Holzbau GmbH: Florian Stöckl",
                 "/deal Rosenheim Holzbau GmbH 75000 EUR qualified",
                 "/customer add Müller Präzisionsteile GmbH, aliases=Müller",
                 "/contact add Müller Präzisionsteile GmbH: Katharina Müller")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "due"),
    [("Anfang KW 41 remind me: Freising Hopfenhandel, call Obermaier about the hop dryer project",
      "2033-10-10 09:00"),
     ("next Monday remind me: Freising Hopfenhandel, call Obermaier about the hop dryer project",
      "2033-10-03 09:00")],
)  # fmt: skip
def test_the_words_after_a_remind_heading_are_its_task(app, admin, korbinian_plans, text, due) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian_plans.send(text))
    data = exported(app, admin)
    assert data["activities"] == [], reply  # no call logged as had
    [reminder] = data["reminders"]
    assert datetime.fromisoformat(reminder["due_at"]).astimezone(MUNICH).strftime("%Y-%m-%d %H:%M") == due, (
        reply
    )
    assert "call Obermaier" in reminder["text"], reply


def test_halb_vier_is_asked_like_half_3(app, admin, korbinian_plans) -> None:  # type: ignore[no-untyped-def]
    reply = texts(korbinian_plans.send("Müller meeting tomorrow halb vier, put a reminder pls"))
    assert "15:30" in reply and "16:30" in reply, reply
    assert exported(app, admin)["reminders"] == [], reply


def test_sent_the_angebot_is_the_proposal(app, admin, korbinian_plans) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        korbinian_plans.send(
            "visited Rosenheim Holzbau, Florian Stöckl. now sent the Angebot over EUR 78.500,00"
        )
    )
    [deal] = exported(app, admin)["deals"]
    assert (deal["stage"], str(deal["amount"])) == ("proposal", "78500"), reply


@pytest.mark.parametrize(
    ("text", "stored"),
    [("Hilados del Norte called, quieren cotizar, send them info", []),
     ("Hilados Poblanos called, quieren cotizar", [("call", None)])],
)  # fmt: skip
def test_a_name_going_on_past_del_is_another_company(app, admin, araceli, text, stored) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert _kinds(app, admin) == stored, reply


@pytest.mark.parametrize(
    "text",
    ["dia en Guadalajara: llamé a Irma de Lácteos Chihuahua, todo en orden",
     "day in Guadalajara: called Irma at Lácteos Chihuahua, all fine"],
)  # fmt: skip
def test_where_the_day_was_is_no_customer_heading(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert _kinds(app, admin) == [("call", "Irma Holguín Terrazas")], reply


@pytest.fixture
def yazhu_deal(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "詹雅筑", TAIPEI,
                 "/customer add 嘉義木業股份有限公司",
                 "/contact add 嘉義木業股份有限公司: 何振宇",
                 "/deal 嘉義木業股份有限公司 450000 TWD qualified")  # fmt: skip


def test_a_quote_mailed_over_is_the_proposal(app, admin, yazhu_deal) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yazhu_deal.send("嘉義木業報價單寄過去了 45萬"))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["proposal"], reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [("下禮拜去苗栗窯業 提醒我一下", True),  # a remind-me in a clause of its own, after a space: which day?
     ("下周跟进一下苗栗窯業", True)],  # a follow-up in a week with no day: which day of it (session 62)
)  # fmt: skip
def test_a_week_with_no_day_and_a_remind_me_after_a_space(app, admin, yazhu, text, asked) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yazhu.send(text))
    assert (exported(app, admin)["reminders"] == []) is asked, reply
    assert "Which day" in reply or "是指哪一天" in reply, reply


CHENGDU = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def xiaobei(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "冉晓蓓", CHENGDU,
                 "/customer add 遂宁锂电新材料有限公司",
                 "/contact add 遂宁锂电新材料有限公司: 钟涛",
                 "/deal 遂宁锂电新材料有限公司 1100000 CNY proposal close 10 Oct 2033",
                 "/customer add 雅安蒙顶茶业有限公司",
                 "/deal 雅安蒙顶茶业有限公司 200000 CNY negotiation",
                 "/won 雅安蒙顶茶业有限公司")  # fmt: skip


def test_a_miss_then_push_to_in_one_clause_moves_the_close(app, admin, xiaobei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(xiaobei.send("遂宁锂电钟涛开了个视频会 demo整完了 他们说10号签不了 push到10月底"))
    [close] = [d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"].startswith("遂宁")]
    assert close == "2033-10-31", reply


@pytest.mark.parametrize("text", ["蒙顶茶业又要一单 18万", "蒙顶茶业年底要再订一批 18万"])
def test_another_order_in_chinese_is_a_new_deal(app, admin, xiaobei, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(xiaobei.send(text))
    assert ("180000", "CNY", "open") in [d[1:] for d in _deals(app, admin, "雅安")], reply


def test_pasa_a_negociacion_moves_the_stage(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("Lácteos Chihuahua pasa a negociación"))
    [stage] = [d["stage"] for d in exported(app, admin)["deals"] if d["customer"].startswith("Lácteos")]
    assert stage == "negotiation", reply


@pytest.mark.parametrize(
    "text", ["看完site，遂宁锂电那单要delay到十一月尾", "睇完site，遂宁锂电那单要delay到十一月尾"]
)
def test_looked_round_the_site_is_a_visit(app, admin, xiaobei, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(xiaobei.send(text))
    assert _kinds(app, admin) == [("visit", None)], reply
    [close] = [d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"].startswith("遂宁")]
    assert close == "2033-11-30", reply
