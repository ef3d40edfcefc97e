"""Session 62: what a field note means when it is read as a user would expect.

A weekday said on that very weekday with its clock still ahead ("junta … el miércoles a las 6 de la
tarde", "周三晚上七点" on a Wednesday afternoon), or with none in a note ("Wednesday call Alma re
samples") is asked with both days as buttons, today's and next week's; the day pressed is the one
stored. "Textiles Puebla firmó hoy" is signed today, a win (as "signed today" is), not a signing to
come. "報價單號Q-2033-118" is a quote's number, not an amount to ask about. "met the Owner at
Schlossberg" creates no contact called Owner; a contact called by the title on record ("the
Inhaber", "北辰精密的採購經理") is that contact, and "採購經理" is a buyer, no purchase closing today.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported
from tests.support.worlds import on_s12_wednesday

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

MEXICO = ZoneInfo("America/Mexico_City")
TAIPEI = ZoneInfo("Asia/Taipei")
MUNICH = ZoneInfo("Europe/Berlin")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes",
                 "/customer add Textiles Puebla S.A. de C.V., aliases=Hilados Poblanos",
                 "/deal Textiles Puebla S.A. de C.V. 560000 MXN negotiation close 10 Oct 2033")  # fmt: skip


def _due(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return due_times(app, admin, MEXICO)


@pytest.mark.parametrize(("label", "day"), [("today", "2033-09-28 18:00"), ("Oct 5", "2033-10-05 18:00")])
@pytest.mark.parametrize(
    "text",
    ["junta con Alma Delia de Cumbre el miércoles a las 6 de la tarde",
     "meeting with Alma Delia at Cumbre on Wednesday at 6pm"],
)  # fmt: skip
def test_a_weekday_said_on_itself_offers_today_and_next_week(app, admin, araceli, text, label, day) -> None:  # type: ignore[no-untyped-def]
    asked = texts(araceli.send(text))
    assert "Which day do you mean" in asked, asked
    assert [b.label for b in araceli.buttons] == ["Wed, Sep 28 (today)", "Wed, Oct 5", "Cancel"], asked
    assert _due(app, admin) == [], asked  # nothing stored before the answer
    reply = texts(araceli.press(label))
    assert _due(app, admin) == [day], reply
    assert exported(app, admin)["activities"] == [], reply  # a meeting to come, not one had today


@pytest.mark.parametrize("text", ["Textiles Puebla firmó hoy", "Textiles Puebla firmaron hoy la orden"])
def test_firmo_hoy_is_won_today(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["won"], reply


def test_a_quote_number_after_its_label_is_no_amount(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "詹雅筑", TAIPEI,
        "/customer add 北辰精密工業股份有限公司, aliases=北辰精密",
        "/deal 北辰精密工業股份有限公司 2200000 TWD qualified close 14 Oct 2033")  # fmt: skip
    reply = texts(rep.send("北辰精密報價單號Q-2033-118 已經寄出去了"))
    deal = exported(app, admin)["deals"][0]
    assert (deal["stage"], deal["amount"]) == ("proposal", 2200000), reply


@pytest.mark.parametrize(
    ("text", "contact"),
    [("met the Inhaber at Schlossberg today, all good", "Josef Wastl"),
     ("met the Owner at Schlossberg today, all good", None)],
)  # fmt: skip
def test_a_title_said_is_no_new_contact(app, admin, add_user, clock, text, contact) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
        "/customer add Schloßberg Landmaschinen GmbH, aliases=Schlossberg Landmaschinen",
        "/contact add Schloßberg Landmaschinen GmbH: Josef Wastl, title=Inhaber")  # fmt: skip
    reply = texts(rep.send(text))
    data = exported(app, admin)
    assert [p["name"] for c in data["customers"] for p in c["contacts"]] == ["Josef Wastl"], reply
    assert [a.get("contact") for a in data["activities"]] == [contact], reply


def test_a_buyer_called_by_title_is_met_not_a_close(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "詹雅筑", TAIPEI,
        "/customer add 北辰精密工業股份有限公司, aliases=北辰精密",
        "/contact add 北辰精密工業股份有限公司: 陳美君, title=採購經理",
        "/deal 北辰精密工業股份有限公司 2200000 TWD proposal close 14 Oct 2033")  # fmt: skip
    reply = texts(rep.send("今天跟北辰精密的採購經理吃飯"))
    data = exported(app, admin)
    assert [(a["kind"], a.get("contact")) for a in data["activities"]] == [("meeting", "陳美君")], reply
    assert [d["expected_close"] for d in data["deals"]] == ["2033-10-14"], reply


@pytest.mark.parametrize(
    "text", ["Wednesday call Alma Delia re samples", "Termin with Alma Delia on Mittwoch, remind me"]
)
def test_a_bare_weekday_said_on_itself_in_a_note_is_asked(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    asked = texts(araceli.send(text))
    assert "Which day do you mean" in asked, asked
    assert exported(app, admin)["activities"] == [] and _due(app, admin) == [], asked
    reply = texts(araceli.press("Oct 5"))
    assert _due(app, admin) == ["2033-10-05 09:00"], reply
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize(
    ("text", "pressed", "due", "close"),
    [("meeting with Alma Delia at Cumbre next week", "Oct 5", ["2033-10-05 09:00"], None),
     ("Textiles Puebla expects to sign next week", "Oct 7", [], "2033-10-07"),
     ("follow up Alma Delia at Cumbre sometime next week", "Oct 3", ["2033-10-03 09:00"], None)],
)  # fmt: skip
def test_a_week_with_no_day_offers_its_days(app, admin, araceli, text, pressed, due, close) -> None:  # type: ignore[no-untyped-def]
    asked = texts(araceli.send(text))
    assert "Which day do you mean" in asked, asked
    assert len(araceli.buttons) == 6, asked  # Monday to Friday, and Cancel
    assert _due(app, admin) == [], asked
    reply = texts(araceli.press(pressed))
    assert _due(app, admin) == due, reply
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [close or "2033-10-10"], reply


def test_their_plan_next_week_is_not_asked(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("called Alma Delia at Cumbre, she says they will get back to us next week"))
    assert "Which day" not in reply, reply
    assert _due(app, admin) == [], reply


def test_a_capitalised_noun_after_the_is_no_person(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "Korbinian", MUNICH,
        "/customer add Schloßberg Landmaschinen GmbH, aliases=Schlossberg Landmaschinen",
        "/contact add Schloßberg Landmaschinen GmbH: Josef Wastl, title=Inhaber")  # fmt: skip
    reply = texts(rep.send(
        "ok so I was at Schlossberg Landmaschinen today with Josef Wastl the owner we looked at the new "
        "hydraulic unit and he was quite happy but he wants a second variant with the Mähwerk option in the "
        "Angebot and by the way his new mobile is +49 171 5523908 the old one is not working"))  # fmt: skip
    people = [(p["name"], p["phone"]) for c in exported(app, admin)["customers"] for p in c["contacts"]]
    assert people == [("Josef Wastl", "+49 171 5523908")], reply


@pytest.mark.parametrize("text", ["move my Irma reminder to next week", "把Irma那个提醒改到下周"])
def test_a_reminder_moved_to_a_week_with_no_day_asks_which(app, admin, add_user, clock, text) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
        "/customer add Lácteos Chihuahua S.A. de C.V., aliases=Lacteos Chihuahua",
        "/contact add Lácteos Chihuahua S.A. de C.V.: Irma Holguín Terrazas",
        "/remind Lácteos Chihuahua S.A. de C.V. 29 Sep 2033 11:00 mandar la factura a Irma")  # fmt: skip
    asked = texts(rep.send(text))
    assert "Which day do you mean" in asked and _due(app, admin) == ["2033-09-29 11:00"], asked
    reply = texts(rep.press("Oct 4"))
    assert _due(app, admin) == ["2033-10-04 11:00"], reply


def test_another_company_s_news_is_no_follow_up_of_the_last_message(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Acme Corporation, aliases=acme")
    chat.send("/deal Acme Corporation 24000 USD proposal")
    chat.send("mtg w/ Jane @ acme tmrw 3pm")
    chat.send("sorry, make that 4pm")
    reply = texts(chat.send("zenith telecom won! also lost sterling pharma on price"))
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]] == ["pending"], reply  # the 4pm reminder stays
    assert [d["stage"] for d in data["deals"]] == ["proposal"], reply  # Acme's deal is not won


def test_a_company_word_after_with_is_a_new_customer_offered(chat) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chat.send("mtg w/ Zephyr Analytics tmrw, new lead, maybe 10k"))
    assert "“Zephyr Analytics” yet. Create it?" in reply, reply


def test_signed_in_capitals_is_won(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Keystone Packaging Corp., aliases=Keystone")
    chat.send("/deal Keystone Packaging Corp. 96000 USD negotiation")
    reply = texts(chat.send("KEYSTONE SIGNED 🎉🎉 MSA executed this am"))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["won"], reply


@pytest.mark.parametrize(("said", "contact"), [("Mr Leung", "梁家輝"), ("Ms Chan", "陳美玲")])
def test_a_chinese_family_name_spelt_in_letters_is_the_contact(app, admin, chat, said, contact) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 香港豐盛酒店用品有限公司, aliases=豐盛")
    chat.send("/contact add 香港豐盛酒店用品有限公司: 梁家輝")
    chat.send("/contact add 香港豐盛酒店用品有限公司: 陳美玲")
    reply = texts(chat.send(f"Met {said} from 豐盛 today, they want to bring forward delivery"))
    data = exported(app, admin)
    assert [a.get("contact") for a in data["activities"]] == [contact], reply
    assert len([p for c in data["customers"] for p in c["contacts"]]) == 2, reply  # no contact "Mr Leung"
