"""Session 27's record mechanisms, read alone (no database; the chat is checked by the own set
benchmarks/understanding/own/records_s27.json). Fresh customers and wordings (not the own set's or focus
J's)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.parsing.contact_details import details_spans
from handlers.parsing.quantities import reference_codes
from handlers.understanding.names import explicit_name
from handlers.understanding.people import read_news
from handlers.understanding.reading import Reading
from tests.support.exported import exported
from tests.support.reading import reading_at

NOW = datetime(2027, 3, 9, 15, 0, tzinfo=UTC)  # a Tuesday afternoon


def reading_of(text: str, tz: str = "Asia/Shanghai") -> Reading:
    return reading_at(text, NOW, tz)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("松柏家居 定咗 33萬", None),
     ("松柏家居陳生話定咗九萬五", None),
     ("松柏家居 最后敲定了 二十八万", None),
     ("松柏家居那边谈定了十二万", None),
     ("松柏家居 落咗單，33萬", "won"),
     ("松柏家居 签了 二十八万", "won"),
     ("松柏家居的单子定了", "won"),
     ("松柏家居定了下周三签约", None)],
)  # fmt: skip
def test_a_figure_settled_is_the_amount_not_a_win(text: str, outcome: str | None) -> None:
    reading = reading_of(text, "Asia/Hong_Kong")
    assert reading.outcome == outcome


@pytest.mark.parametrize(
    ("text", "kind"),
    [("今朝打咗俾陳美娟，傾咗續約", "call"),
     ("头先打了个电话给罗经理", "call"),
     ("琴日打咗電話畀溫小姐", "call"),
     ("打个折给他们", None)],
)  # fmt: skip
def test_a_call_made_to_someone_is_a_call(text: str, kind: str | None) -> None:
    assert reading_of(text, "Asia/Hong_Kong").kind == kind


@pytest.mark.parametrize(
    ("text", "moved"),
    [("sent the quotation to pinefield", True),
     ("Pinefield – tender submitted", True),
     ("松柏家居 今天投了标", True),
     ("松柏家居 标书交了", True),
     ("松柏家居 入咗標", True),
     ("haven't sent the quotation to pinefield yet", False)],
)  # fmt: skip
def test_a_quotation_or_a_tender_sent_is_the_proposal_stage(text: str, moved: bool) -> None:
    reading = reading_of(text)
    assert reading.stage == "proposal"
    assert reading.stage_moved is moved
    assert moved or reading.kind is None  # not sent: no e-mail either


def test_a_quote_that_went_out_is_no_visit() -> None:
    reading = reading_of("quote went out to pinefield this morning", "Europe/Dublin")
    assert (reading.stage, reading.stage_moved, reading.kind) == ("proposal", True, None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("pinefield audit passed, close end of July", None),
     ("the pinefield pilot has passed – close moved to end of June", None),
     ("Pinefield passed, timing not right for them", "lost"),
     ("Pinefield Testing passed, no budget", "lost")],
)  # fmt: skip
def test_a_check_that_passed_is_no_loss(text: str, outcome: str | None) -> None:
    assert reading_of(text, "Europe/Dublin").outcome == outcome


@pytest.mark.parametrize(
    ("text", "codes"),
    [("ticket INC-30412 raised, 14 sites", ["INC-30412"]),
     ("型号JG-300，订单号PO-2029-0412", ["JG-300", "PO-2029-0412"]),
     ("model HAP450, 12 units", ["HAP450"]),
     ("call her on M-138-1234-5678 or tel-0123-555-666", []),
     ("close Jun-30, EUR45000, HKD-88000, Q3-2029, FY2029", []),
     ("B2B, 5k, Q3, mp3, covid", [])],
)  # fmt: skip
def test_reference_codes(text: str, codes: list[str]) -> None:
    assert [text[a:b] for a, b in reference_codes(text)] == codes


def test_a_code_is_no_amount_and_no_phone() -> None:
    reading = reading_of("松柏家居陶总电话说要300吨，合同编号HT-2029-118")
    assert reading.amounts == []
    assert details_spans("陶总电话说要300吨，合同编号HT-2029-118") == []


@pytest.mark.parametrize(
    ("text", "left"),
    [("Pinefield – Nora confirmed they've gone with a competitor", []),
     ("pinefield: nora says they've gone w/ a local firm", []),
     ("pinefield: nora has gone quiet", []),
     ("pinefield: nora has gone to a competitor", ["nora"]),
     ("pinefield: nora is gone, left in March", ["nora"])],
)  # fmt: skip
def test_gone_with_someone_is_a_choice_not_a_leaving(text: str, left: list[str]) -> None:
    assert [n.who.lower() for n in read_news(text) if n.left] == left


@pytest.mark.parametrize(
    ("text", "title"),
    [("Pinefield back on, Nora's new chef wants the system", None),
     ("Pinefield is back, Sato-san's new CFO likes it", None),
     ("Pinefield: Nora's the new head of purchasing", "head of purchasing"),
     ("Pinefield: Nora's new head of purchasing now", "head of purchasing"),
     # the possessive is the customer's and the one in the role is named: theirs (session 27's sealed look)
     ("Nora Kenny has retired - Pinefield Union's new manager is Gemma Wu", "manager"),
     ("Nora Kenny left. Pinefield Hotel's new buyer is Tomás Reyes", "buyer")],
)  # fmt: skip
def test_someones_new_role_is_another_person(text: str, title: str | None) -> None:
    assert [n.title for n in read_news(text) if n.title] == ([title] if title else [])


def test_a_title_that_is_a_piece_of_the_customers_name_is_none(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Lough Derg Veterinary Hospital, alias=Lough Derg Vet")
    chat.send("/contact add Lough Derg Veterinary Hospital: Nora Quigley, title=Medical Director")
    chat.send("/deal Lough Derg Veterinary Hospital 20000 EUR proposal")
    chat.send("/lost Lough Derg Veterinary Hospital too expensive")
    chat.send("Lough Derg Vet is back in play – Nora's new practice manager likes it")
    data = exported(app, admin)
    assert [p["title"] for c in data["customers"] for p in c["contacts"]] == ["Medical Director"]
    assert [d["stage"] for d in data["deals"]] != ["lost"]


def test_the_clause_of_the_outcome_tells_two_named_deals_apart(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 东莞松柏家居有限公司, alias=松柏家居")
    chat.send("/deal 松柏家居 门店收银 200000 CNY proposal")
    chat.send("/deal 松柏家居 new deal 仓库条码管理 90000 CNY proposal")
    chat.send("松柏家居收银那单丢了 仓库条码管理还在谈")
    stages = {d["title"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"门店收银": "lost", "仓库条码管理": "proposal"}


@pytest.mark.parametrize(
    ("text", "carried"),
    [("昨天上午去了松柏家居，下午见了青禾食品吕总", True),
     ("yesterday morning called nora at pinefield, in the afternoon visited ben at cobble", True),
     ("昨天见了松柏家居王总，下午给他发报价", False)],  # a plan for the afternoon: not yesterday's
)  # fmt: skip
def test_a_part_of_the_day_in_a_report_is_on_the_past_day_said_before(text: str, carried: bool) -> None:
    reading = reading_of(text, "Asia/Shanghai")
    first, second = (w.at.date() for _, w in reading.dates)
    assert (first == second) is carried


def test_a_visit_said_before_is_shared_by_a_customer_whose_news_follows(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Pinefield Joinery, alias=Pinefield")
    chat.send("/customer add Cobble Lane Bakery, alias=Cobble Lane")
    chat.send("/contact add Pinefield Joinery: Nora Quigley")
    chat.send("/contact add Cobble Lane Bakery: Ben Walsh")
    chat.send("/deal Cobble Lane Bakery 15000 EUR proposal")
    chat.send("visited nora at pinefield then ben at cobble lane, cobble lane wants 18k now")
    data = exported(app, admin)
    assert sorted((a["kind"], a["customer"]) for a in data["activities"]) == [
        ("visit", "Cobble Lane Bakery"),
        ("visit", "Pinefield Joinery"),
    ]
    assert [d["amount"] for d in data["deals"]] == [18000]


@pytest.mark.parametrize(
    "text",
    ["pinefield new buyer: Nora Quigley, purchasing, nora@pinefield.example.com",
     "松柏家居新采购：吕静，采购专员，13857612345"],
)  # fmt: skip
def test_a_heading_with_a_new_role_is_no_customer_name(text: str) -> None:
    assert explicit_name(text) is None


def test_the_field_right_after_the_name_is_the_title() -> None:
    [news] = read_news("pinefield new buyer: Nora Quigley, purchasing, nora@pinefield.example.com, 555-0142")
    assert (news.who, news.title, news.new) == ("Nora Quigley", "purchasing", True)


def test_a_gloss_in_brackets_after_the_name_is_used(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Lübecker Kältetechnik GmbH, alias=Lübecker Kältetechnik")
    chat.send("/deal Lübecker Kältetechnik GmbH 40000 EUR proposal")
    replies = chat.send("Lübecker Kältetechnik (Lübeck) – into negotiation")
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["negotiation"], replies


def test_a_title_word_two_deals_share_tells_neither_apart(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 东莞松柏家居有限公司, alias=松柏家居")
    chat.send("/deal 松柏家居 门禁系统 200000 CNY proposal")
    chat.send("/deal 松柏家居 new deal 停车收费系统 90000 CNY proposal")
    chat.send("松柏家居门禁系统那单丢了，停车收费系统还在谈")
    stages = {d["title"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"门禁系统": "lost", "停车收费系统": "proposal"}


def test_a_tender_handed_in_on_a_day_said_between_moves_the_stage() -> None:
    reading = reading_of("松柏家居的标书昨天递交了")
    assert (reading.stage, reading.stage_moved) == ("proposal", True)


@pytest.mark.parametrize(
    ("text", "add_on"),
    [("松柏家居 加多個倉，30萬", True),
     ("松柏家居 加多一条生产线，十八万", True),
     ("松柏家居 再加两台，五万", True),
     ("松柏家居 价格加了两万", False)],
)  # fmt: skip
def test_one_more_of_a_thing_counted_is_an_add_on(text: str, add_on: bool) -> None:
    assert reading_of(text, "Asia/Hong_Kong").add_on is add_on


def test_an_add_on_as_big_as_the_open_deal_is_asked(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 东莞松柏家居有限公司, alias=松柏家居")
    chat.send("/deal 松柏家居 300000 CNY proposal")
    replies = chat.send("松柏家居 加多個倉，30萬")
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [300000], replies
    assert any("?" in r.text or "？" in r.text for r in replies)


@pytest.mark.parametrize(
    "text",
    [
        "松柏家居 再加一条线，人民币30万，另开一单",
        "Songbai: one more warehouse, 300k CNY, as a separate deal",
    ],
)
def test_an_add_on_as_big_as_the_open_deal_said_to_be_its_own_deal_is_stored(app, admin, chat, text) -> None:  # type: ignore[no-untyped-def]
    """Session 27's sealed look: an add-on said to be another deal (另開一單) was still asked about."""
    chat.send("/customer add 东莞松柏家居有限公司, alias=松柏家居, alias=Songbai")
    chat.send("/deal 松柏家居 300000 CNY proposal")
    replies = chat.send(text)
    assert sorted(d["amount"] for d in exported(app, admin)["deals"]) == [300000, 300000], replies


@pytest.mark.parametrize(
    ("text", "moved"),
    [("Pinefield – tender lodged", True),
     ("we put in a tender for Pinefield", True),
     ("quotation emailed to Pinefield", True),
     ("松柏家居的标书已经投了", True),
     ("松柏家居 proposal 已經send咗", True),
     ("haven't lodged the tender for Pinefield yet", False)],
)  # fmt: skip
def test_a_tender_lodged_or_handed_in_is_sent(text: str, moved: bool) -> None:
    reading = reading_of(text, "Europe/Dublin")
    assert (reading.stage, reading.stage_moved) == ("proposal", moved)


def test_a_call_made_to_a_place_is_a_call() -> None:
    assert reading_of("今朝打咗個電話去松柏家居", "Asia/Hong_Kong").kind == "call"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("琴日同陳美娟飲咗茶", "meeting"),
     ("同羅經理食咗晏", "meeting"),
     ("上午和胡经理吃了顿午饭", "meeting"),
     ("松柏食品报价", None)],
)  # fmt: skip
def test_a_meal_or_tea_taken_with_them_is_a_meeting(text: str, kind: str | None) -> None:
    assert reading_of(text, "Asia/Hong_Kong").kind == kind
