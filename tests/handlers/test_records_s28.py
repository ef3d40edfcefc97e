"""Session 28's record mechanisms, read alone (no database; the chat is checked by the own sets
benchmarks/understanding/own/records_s28*.json). Fresh customers, people and wordings (not the own sets' nor
focus K's)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.understanding.former_contacts import replaced
from handlers.understanding.known_people import has_given_name
from handlers.understanding.people import read_news, said_of_people
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize(
    ("text", "expected"),
    [("New contact at Brno Valves: Petra Dvořáková, Vedoucí nákupu, petra@brno.example.com, +420 5 5555 0101",
      ("Petra Dvořáková", "Vedoucí nákupu", "petra@brno.example.com", "+420 5 5555 0101")),
     ("Porto Corks – new contact Joana Reis, Diretora Comercial, +351 22 555 0199, joana@porto.example.com",
      ("Joana Reis", "Diretora Comercial", "joana@porto.example.com", "+351 22 555 0199")),
     ("new contact at malmö fika: Sven Lind, Inköpschef, sven@fika.example.com",
      ("Sven Lind", "Inköpschef", "sven@fika.example.com", None)),
     ("Aarhus Wind: new contact Mette Holm, mette@aarhuswind.example.com, +45 55 55 01 02",
      ("Mette Holm", None, "mette@aarhuswind.example.com", "+45 55 55 01 02"))],
)  # fmt: skip
def test_a_title_in_another_language_listed_after_the_name_is_the_title(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    news = [n for n in read_news(text) if n.who]
    assert [(n.who, n.title, n.email, n.phone) for n in news] == [expected]


def test_two_people_listed_each_with_an_address_stay_two_people() -> None:
    news = read_news("2 new contacts: Petra Novak, petra@x.example.com, Jakub Horak, jakub@x.example.com")
    assert [(n.who, n.title, n.email) for n in news] == [
        ("Petra Novak", None, "petra@x.example.com"),
        ("Jakub Horak", None, "jakub@x.example.com"),
    ]


def test_first_names_of_any_language_tell_a_person_from_a_title() -> None:
    assert has_given_name("Joana Reis") and has_given_name("Ito Shota") and has_given_name("Mette Holm")
    assert not has_given_name("Vedoucí nákupu") and not has_given_name("Diretora Comercial")


def test_details_after_an_aside_are_the_listed_persons() -> None:
    text = "new contact at dunmore: Keith Baird, yard manager (Ola's cover), keith@dunmore.example.com, 402-555-0142"  # noqa: E501
    news = [n for n in read_news(text) if n.email or n.phone]
    assert [(n.who, n.title, n.email, n.phone) for n in news] == [
        ("Keith Baird", "yard manager", "keith@dunmore.example.com", "402-555-0142")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("松柏家居以后找采购部的邹凯，电话13600001111", ("邹凯", "采购", "13600001111")),
     ("松柏家居以後搵財務部嘅龐小玲，電話6123 4567", ("龐小玲", "財務", "6123 4567")),
     ("松柏家居以后对接IT部的闫涛 手机13511112222", ("闫涛", "IT", "13511112222"))],
)  # fmt: skip
def test_the_department_a_person_is_of_is_their_title(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert [(n.who, n.title, n.phone) for n in read_news(text) if n.who] == [expected]


def test_a_department_said_of_no_one_is_no_title() -> None:
    assert read_news("松柏家居说采购部的预算批下来了") == []


@pytest.mark.parametrize(
    "text",
    ["松柏家居换了仓库主管 彭国庆调走了 新的叫 闵小川 电话13622223333",
     "松柏家居仓库主管换了 彭国庆调走了 新的叫 闵小川 电话13622223333"],
)  # fmt: skip
def test_a_post_that_changed_hands_is_the_newcomers(text: str) -> None:
    news = {n.who: n for n in read_news(text)}
    assert news["彭国庆"].left and news["彭国庆"].title is None
    assert (news["闵小川"].title, news["闵小川"].phone) == ("仓库主管", "13622223333")


def test_moved_to_head_office_is_gone_from_the_post() -> None:
    news = {n.who: n for n in read_news("松柏家居的厂长换人了 彭国庆调去集团总部了 新来的叫 闵小川")}
    assert news["彭国庆"].left and news["闵小川"].title == "厂长"


def test_a_phone_label_is_part_of_the_detail() -> None:
    text = "Aarhus Wind: new contact Mette Holm, Tel. +45 55 55 01 02"
    assert any(text[a:b].startswith("Tel") for a, b in said_of_people(text))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [("new buyer: Ola Berg (Keith's replacement)", "Keith Baird", True),
     ("Ola Berg replaces Keith from Monday", "Keith Baird", True),
     ("新来的闵小川接替彭国庆", "彭国庆", True),
     ("Keith Baird emailed about the order", "Keith Baird", False)],
)  # fmt: skip
def test_the_one_a_newcomer_replaces_is_no_doubt(text: str, name: str, expected: bool) -> None:
    assert replaced(text, name) is expected


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "known"),
    [("America/Chicago", "new customer Lakeview Frieght, they run 40 trucks", LF),
     ("America/Chicago", "lakeview freight services inc - new lead, 12k for tracking", LF),
     ("America/Chicago", "new client: Lakeview, wants a demo", LF),
     ("Asia/Shanghai", "新客户 昆山宏远精密机械厂 预算十五万", HY)],
)  # fmt: skip
def test_a_new_customer_an_existing_one_may_be_is_asked(app, admin, chat, clock, zone, text, known) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    labels = " ".join(b.label for b in chat.buttons)
    assert known in labels and any(w in labels for w in ("New customer", "新客户")), reply
    after = exported(app, admin)
    assert (after["customers"], after["deals"], after["activities"]) == (
        before["customers"], before["deals"], before["activities"]
    )  # fmt: skip


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [("America/Chicago", "new lead: Lakeview Freight, 12k for tracking", LF),
     ("America/Chicago", "lakeview - new lead, 12k for tracking", LF),
     ("Asia/Shanghai", "昆山宏远精密 新线索 十五万 做MES", HY)],
)  # fmt: skip
def test_a_new_lead_at_a_customer_typed_as_known_is_its_new_deal(
    app, admin, chat, clock, zone, text, customer
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert len(deals) == 1, reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [("new contact Oren Vale CFO oren@tessera.example +1 415 555 0177", ("Oren Vale", "CFO")),
     ("tessera new contact Lena Moss VP Operations lena@tessera.example", ("Lena Moss", "VP Operations")),
     ("new contact: Tom Reyes, Senior Buyer, tom@tessera.example", ("Tom Reyes", "Senior Buyer"))],
)  # fmt: skip
def test_a_family_name_is_no_kind_of_title(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert [(n.who, n.title) for n in read_news(text) if n.who] == [expected]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_someone_is_a_title_now_is_their_new_title(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send("lakeview - dana is head of procurement now"))
    contacts = next(c for c in exported(app, admin)["customers"] if c["name"] == LF)["contacts"]
    assert [c["title"] for c in contacts] == ["head of procurement"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [("Asia/Shanghai", "昆山宏远陈国栋说他们一年出两千吨 合格率百分之九十六 样品要了十五个", HY),
     ("Asia/Hong_Kong", "昆山宏远陳生話個廠有3條線、400個工人，要換20部機", HY),
     ("America/Chicago", "lakeview: dana says they run 60 trucks at 97% on-time and need 25 tablets", LF)],
)  # fmt: skip
def test_counts_and_shares_someone_reports_are_no_money_nor_stage(
    app, admin, chat, clock, zone, text, customer
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    assert not any(w in reply for w in ("Not used", "未使用", "Nothing to change", "没有要改的")), reply
    if chat.buttons and chat.buttons[0].label not in ("Undo", "撤销"):  # a card first: save it
        reply += texts(chat.send("1"))
    data = exported(app, admin)
    assert [(a["customer"], a["kind"]) for a in data["activities"]] == [(customer, "note")], reply
    assert data["deals"] == [], reply


@pytest.mark.parametrize(
    ("text", "tz", "outcome", "stage", "reopen"),
    [("Pinefield confirm the order, 3.2M yen!", "Asia/Tokyo", "won", None, False),
     ("Pinefield order confirmed this morning, USD 18,000", "Asia/Tokyo", "won", None, False),
     ("please confirm the order with pinefield", "Asia/Tokyo", None, None, False),
     ("pinefield: order confirmed?", "Asia/Tokyo", None, None, False),
     ("Pinefield restart the project, budget is back", "Asia/Tokyo", None, None, True),
     ("松柏家居的deal push到negotiation", "Asia/Shanghai", None, "negotiation", False),
     ("松柏家居 deal go negotiation", "Asia/Hong_Kong", None, "negotiation", False),
     ("pinefield - we're into negotiation now", "Europe/Dublin", None, "negotiation", False),
     ("松柏家居份報價入咗", "Asia/Hong_Kong", None, "proposal", False),
     ("松柏家居的标书递上去了", "Asia/Shanghai", None, "proposal", False),
     ("pinefield - colm says it'll be signed by the end of next week", "Europe/Dublin", None, None, False),
     ("pinefield - colm says signed by end of the month", "Europe/Dublin", None, None, False)],
)  # fmt: skip
def test_outcomes_and_stages_said_as_events(
    text: str, tz: str, outcome: str | None, stage: str | None, reopen: bool
) -> None:
    reading = reading_at(text, datetime(2029, 4, 26, 3, 0, tzinfo=UTC), tz)
    assert (reading.outcome, reading.stage if reading.stage_moved else None, reading.reopen) == (
        outcome,
        stage,
        reopen,
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_deadline_to_sign_is_the_close_not_a_win(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send("lakeview: contract's with their attorney, dana says signed by end of the month"))
    deal = exported(app, admin)["deals"][0]
    assert (deal["stage"], deal["expected_close"][:10]) == ("proposal", "2029-04-30"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_name_said_without_its_accents_is_the_contact(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/contact add {LF}: José-Luis Peña, title=Dispatcher")
    reply = texts(chat.send("called jose-luis at lakeview about the rates"))
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["José-Luis Peña"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Hong_Kong", "我嘅open deals邊啲係六月close"),
     ("Asia/Shanghai", "我的单子哪些是六月底关单的"),
     ("Asia/Shanghai", "我手上的商机哪几个六月签")],
)  # fmt: skip
def test_which_of_my_deals_close_in_a_month_is_answered(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/deal {HY} 150000 CNY proposal close 30 Jun 2029",
        f"/deal {LF} 9000 USD proposal",
    )
    reply = texts(chat.send(text))
    assert HY in reply and LF not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["Won Lakeview 30k and 昆山宏远精密 moved to negotiation",
     "won lakeview at 30k, 昆山宏远精密 moved to negotiation"],
)  # fmt: skip
def test_an_outcome_said_before_the_first_of_two_customers_is_its(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal", f"/deal {HY} 200000 CNY proposal"
    )
    reply = texts(chat.send(text))
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {LF: "won", HY: "negotiation"}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    [
        "lakeview - dana no longer there",
        "Lakeview Freight – dana left, new contact Omar Reyes CFO omar@lf.example",
    ],
)
def test_who_left_is_read_after_a_heading_and_a_dash(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send(text))
    contacts = next(c for c in exported(app, admin)["customers"] if c["name"] == LF)["contacts"]
    assert [c["name"] for c in contacts if c.get("left_at")] == ["Dana Price"], reply
