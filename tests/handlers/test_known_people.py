"""Person names read against what the organisation knows: a family name outside the common ones (缪, 栾,
蔺 are also ordinary characters) is a name where the CRM has someone of that family, or where the
message introduces a name outright; words that only look like a family name and a title are no one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.understanding.known_people import NOBODY, known_people
from handlers.understanding.people import pasted_signature, read_news
from handlers.understanding.reader import read
from handlers.understanding.summaries import summary_items
from tests.support.exported import exported

PINE_TEA = known_people(frozenset({"缪晓青", "欧阳倩", "Hollis Varga", "孔德"}))


def who(text: str, known=NOBODY) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.who for n in read_news(text, known)]


def test_what_the_crm_knows_is_summed_up_by_family_name() -> None:
    assert PINE_TEA.family == frozenset({"缪", "欧阳", "孔"})
    assert PINE_TEA.latin == frozenset({"Hollis Varga"})


def test_a_known_contact_written_in_lowercase_is_a_person() -> None:
    text = "spoke w/ hollis varga, she is now the store manager"
    assert [(n.who, n.title) for n in read_news(text, PINE_TEA)] == [("Hollis Varga", "store manager")]
    assert [n.who for n in read_news(text)] == [""]  # unknown: the title is said of no one named


@pytest.mark.parametrize(
    "text",
    ["缪晓青已经调走了", "缪总离职了，以后找孔德"],
)
def test_a_rare_family_name_is_a_name_when_the_crm_knows_that_family(text: str) -> None:
    assert who(text, PINE_TEA)[0] in ("缪晓青", "缪总")
    assert not who(text.replace("孔德", "他们"))  # unknown to the CRM, and said at no cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("松风茶行的采购换人了，新来的叫栾一鸣，手机13566667777", "栾一鸣"),
        ("松风茶行 名片\n蔺春生\n店长\n0571-88886666", "蔺春生"),
        ("松风茶行加个联系人：出纳 祁小满 13622223333", "祁小满"),
    ],
)
def test_a_name_introduced_outright_needs_no_crm(text: str, name: str) -> None:
    assert name in who(text)


@pytest.mark.parametrize(
    "text", ["从经理那里拿到了新的报价单", "成本价已经发给他们了，和总部再确认", "成本 13700001111"]
)
def test_everyday_characters_before_a_title_are_no_person(text: str) -> None:
    assert [name for name in who(text, PINE_TEA) if name] == []


def persons(text: str) -> list[str]:
    tz = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 3, 2, 9, tzinfo=tz)
    reading = read(text, now=now, tz=tz, stages=(), synonyms={}, people=PINE_TEA)
    return [name for name, _, _ in reading.persons]


def test_words_before_a_number_are_a_name_only_when_they_are_all_the_words_there() -> None:
    assert who("松风茶行 孔德 电话打错了 应该是 13622223333", PINE_TEA) == ["孔德"]


def test_a_family_name_and_title_that_make_an_everyday_word_are_no_person() -> None:
    assert persons("松风茶行 孔德 发了邮件 施工进度表和古董茶台照片") == []
    assert persons("施工队的林工说下周进场") == ["林工"]
    assert persons("缪总说下周进场") == ["缪总"]  # known to the CRM: 缪 is a family name here


def test_the_chat_reads_a_known_rare_family_name(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 松风茶行有限公司, alias=松风茶行")
    chat.send("/contact add 松风茶行: 缪晓青, title=采购")
    chat.send("松风茶行 缪晓青升为采购总监了")
    data = exported(app, admin)
    [contact] = [p for c in data["customers"] for p in c["contacts"]]
    assert (contact["name"], contact["title"]) == ("缪晓青", "采购总监")


def test_a_role_said_with_their_is_someone_else_s() -> None:
    text = "Birch Tools, rang Edda Lund. they're keen but waiting on their new controller who starts in May"
    assert [(n.who, n.title) for n in read_news(text)] == []
    assert [(n.who, n.title) for n in read_news("Edda Lund got promoted, she's their new COO")] == [
        ("Edda Lund", "COO")
    ]


def test_a_pasted_signature_is_one_message_not_a_list_of_updates() -> None:
    signed = "heard back from Orchard, her sig:\n\n--\nWren Abbott\nAP Specialist\nOrchard Supply Inc\n" \
             "t: 415 555 0142 | wren@orchard.example"  # fmt: skip
    assert pasted_signature(signed)
    assert summary_items(signed) is None
    assert not pasted_signature("EOD:\n- Orchard: Wren Abbott liked the demo\n- Birch Tools, 415 555 0142")


def test_a_signature_after_a_line_of_its_own_adds_the_contact(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Orchard Supply Inc, alias=Orchard")
    chat.send("heard back from the new AP person at Orchard, her sig:\n\n--\nWren Abbott\nAP Specialist\n"
              "Orchard Supply Inc\nt: 415 555 0142 | wren@orchard.example")  # fmt: skip
    data = exported(app, admin)
    [contact] = [p for c in data["customers"] for p in c["contacts"]]
    assert (contact["name"], contact["email"]) == ("Wren Abbott", "wren@orchard.example")


def test_a_four_character_name_has_a_family_name_of_two() -> None:
    taiwan = known_people(frozenset({"范姜思妤", "山口和也"}))
    assert taiwan.family == frozenset({"范姜", "山口"})
    reading = read("松风茶行范姜经理说样品收到了", now=datetime(2026, 3, 2), tz=ZoneInfo("UTC"), stages=(),
                   synonyms={}, people=taiwan)  # fmt: skip
    assert [name for name, _, _ in reading.persons] == ["范姜经理"]


def test_a_family_name_and_title_name_the_one_customer_with_such_a_contact(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 松风茶行有限公司, alias=松风茶行")
    chat.send("/customer add 竹里陶瓷有限公司, alias=竹里陶瓷")
    chat.send("/contact add 松风茶行: 缪晓青, title=采购")
    chat.send("/contact add 竹里陶瓷: 王建, title=老板")
    chat.send("/contact add 松风茶行: 王芳, title=财务")
    chat.send("明天上午提醒我给缪总发报价")  # one customer has a 缪: its reminder
    chat.send("明天下午提醒我给王总打电话")  # two have a 王: no customer is guessed
    data = exported(app, admin)
    by_customer = {c["id"]: c["name"] for c in data["customers"]}
    reminders = [(by_customer.get(r.get("customer_id")), r["text"]) for r in data["reminders"]]
    assert ("松风茶行有限公司", "给缪总发报价") in reminders
    assert all(customer is None for customer, text in reminders if "王总" in text)
