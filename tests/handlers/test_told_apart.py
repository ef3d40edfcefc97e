"""What a careful colleague goes by instead of asking (session 22, i22-asks), with the twins that still ask.

- Customers named alike: the only one with an open deal at the amount the news says is the one ("merdeka
  signed 52k" when Merdeka Print & Pack is the 52k deal); an amount said as what a deal becomes ("up to
  52k", "改成38万") or one no deal has is asked about.
- A question about a colleague's deals ("what has Priya got in negotiation") is answered from that colleague's
  deals, not from the asker's own scope; without a name the asker's scope stays.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleChat
from handlers.understanding.intents import asks_for_a_detail, wonders
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


@pytest.fixture
def alike(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Merdeka Print & Pack Sdn Bhd, alias=Merdeka Print")
    chat.send("/customer add Merdeka Furniture Sdn Bhd, alias=Merdeka Furniture")
    chat.send("/deal Merdeka Print & Pack Sdn Bhd 52000 SGD proposal")
    chat.send("/deal Merdeka Furniture Sdn Bhd 14000 SGD qualified")
    chat.send("/customer add 成都天府云数科技有限公司, alias=天府云数")
    chat.send("/customer add 成都天府国际会展服务有限公司, alias=天府会展")
    chat.send("/deal 天府云数 560000 CNY negotiation")
    chat.send("/deal 天府会展 220000 CNY proposal")
    return chat


def _stages(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize(
    ("text", "customer", "stage"),
    [
        ("merdeka signed 52k today", "Merdeka Print & Pack Sdn Bhd", "won"),
        ("merdeka 14k lost to a local maker", "Merdeka Furniture Sdn Bhd", "lost"),
        ("天府22万签了", "成都天府国际会展服务有限公司", "won"),
        ("天府 56万 丢了，客户选了别家", "成都天府云数科技有限公司", "lost"),
    ],
)
def test_the_one_whose_deal_is_at_the_amount_said_is_meant(app, admin, alike, text, customer, stage) -> None:
    reply = texts(alike.send(text))
    assert "Which customer" not in reply and "哪个客户" not in reply, reply
    assert _stages(app, admin)[customer] == stage, reply


@pytest.mark.parametrize(
    "text",
    ["merdeka signed 30k", "merdeka up to 52k", "天府改成22万", "merdeka signed, they'll send the PO"],
)
def test_an_amount_no_deal_has_or_a_new_value_still_asks_which(app, admin, alike, text) -> None:
    reply = texts(alike.send(text))
    assert "Which customer" in reply or "哪个客户" in reply, reply
    assert set(_stages(app, admin).values()) == {"proposal", "qualified", "negotiation"}


@pytest.fixture
def team(app, add_user):  # type: ignore[no-untyped-def]
    helen = ConsoleChat(app.assistant, add_user("Helen", role="manager").id)
    priya = ConsoleChat(app.assistant, add_user("Priya").id)
    liu = ConsoleChat(app.assistant, add_user("刘洋", locale="zh").id)
    helen.send("/customer add Kampong Glam Hotels")
    helen.send("/deal Kampong Glam Hotels 150000 SGD negotiation")
    priya.send("/customer add Raffles Marine Engineering")
    priya.send("/deal Raffles Marine Engineering 120000 SGD negotiation close 31 Jan")
    priya.send("/customer add Orchard Aesthetics")
    priya.send("/deal Orchard Aesthetics 30000 SGD proposal")
    liu.send("/customer add 成都天府云数科技有限公司, alias=天府云数")
    liu.send("/deal 天府云数 560000 CNY negotiation")
    return helen


@pytest.mark.parametrize(
    ("text", "shown", "not_shown"),
    [
        ("what has Priya got in negotiation", "Raffles Marine", "Kampong Glam"),
        ("priyas deals in negotiation?", "Raffles Marine", "Kampong Glam"),
        ("Priya's open deals?", "Orchard Aesthetics", "Kampong Glam"),
        ("刘洋手上在谈判的单有哪些", "天府云数", "Kampong Glam"),
        ("show me 刘洋's negotiation deals", "天府云数", "Raffles Marine"),
        # no name: the asker's view; a manager nobody reports to sees the reps without a manager too
        ("what's in negotiation?", "Raffles Marine", "Orchard Aesthetics"),
    ],
)
def test_a_question_about_a_colleagues_deals_answers_from_theirs(
    app, admin, team, text, shown, not_shown
) -> None:
    reply = texts(team.send(text))
    assert shown in reply and not_shown not in reply, reply
    assert exported(app, admin)["activities"] == []


def test_deals_and_pipeline_take_a_colleagues_name(team) -> None:
    listed = texts(team.send("/deals Priya negotiation"))
    assert "Raffles Marine" in listed and "Kampong Glam" not in listed, listed
    assert "SGD120,000" in texts(team.send("/pipeline Priya"))


@pytest.mark.parametrize(
    ("texts_", "customer", "stage"),
    [
        (["merdeka signed", "the print one, 52k"], "Merdeka Print & Pack Sdn Bhd", "won"),
        (["merdeka signed", "the 14k one"], "Merdeka Furniture Sdn Bhd", "won"),
        (["天府签了", "会展那边，22万"], "成都天府国际会展服务有限公司", "won"),
        (["天府签了", "56万那单"], "成都天府云数科技有限公司", "won"),
    ],
)
def test_which_customer_is_answered_by_its_deals_amount(app, admin, alike, texts_, customer, stage) -> None:
    first, answer = texts_
    asked = texts(alike.send(first))
    assert "Which customer" in asked or "哪个客户" in asked, asked
    reply = texts(alike.send(answer))
    assert _stages(app, admin)[customer] == stage, reply


def test_an_amount_no_choice_has_is_no_answer(app, admin, alike) -> None:
    alike.send("merdeka signed")
    alike.send("30k")
    assert "won" not in set(_stages(app, admin).values())


@pytest.fixture
def people(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Blackwater Veterinary Centre, alias=Blackwater Vets")
    chat.send("/contact add Blackwater Vets: Ruth Penhaligon, phone=+44 7700 905110, email=ruth@bwvets.co.uk")
    chat.send("/customer add 北京中科启航信息技术有限公司, alias=中科启航")
    chat.send("/contact add 中科启航: 陈志远, phone=139 1025 3018")
    return chat


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("send me the number for blackwater vets pls", "7700 905110"),
        ("can u text me ruth's email at blackwater vets", "ruth@bwvets.co.uk"),
        ("中科启航陈志远的手机发我一下", "139 1025 3018"),
        ("发一下中科启航的联系方式给我", "139 1025 3018"),
    ],
)
def test_a_detail_asked_to_be_sent_is_answered(app, admin, people, text, shown) -> None:
    reply = texts(people.send(text))
    assert shown in reply, reply
    assert exported(app, admin)["activities"] == []


@pytest.mark.parametrize(
    "text", ["陈总说明天把邮箱发我", "send me the proposal by friday", "他把电话发给我了"]
)
def test_a_detail_someone_sends_or_no_detail_is_no_request(app, text) -> None:  # app: the backend
    assert not asks_for_a_detail(text)


@pytest.fixture
def wondered(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Pendle Valley Dairies Ltd, alias=Pendle Valley")
    chat.send("/deal Pendle Valley 42000 GBP negotiation")
    chat.send("/customer add 贵阳黔云大数据有限公司, alias=黔云")
    chat.send("/deal 黔云 800000 CNY negotiation")
    return chat


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("wonder if pendle valley is still going ahead", "42,000"),
        ("im not sure whether pendle valley signed", "42,000"),
        ("唔知黔云嗰單仲傾唔傾得成", "800,000"),
        ("不确定黔云那个单子还在不在", "800,000"),
    ],
)
def test_a_deal_wondered_about_is_answered_not_stored(app, admin, wondered, text, shown) -> None:
    reply = texts(wondered.send(text))
    assert shown in reply, reply
    data = exported(app, admin)
    assert data["activities"] == [] and {d["stage"] for d in data["deals"]} == {"negotiation"}


@pytest.mark.parametrize(
    "text", ["not sure if it was pendle valley or another dairy that rang", "wonder if x, call y"]
)
def test_unsure_which_or_a_second_clause_is_no_wondering(app, text) -> None:  # app: the backend
    assert not wonders(text)


@pytest.mark.parametrize(
    "text",
    ["show me 下周的 reminders", "看看我下周的提醒", "show me this weeks reminders pls", "查一下这周的待办"],
)
def test_ones_own_list_by_its_name_is_no_customer_to_create(app, admin, chat, text) -> None:
    chat.send("/customer add Lantern Point Dental Group")
    chat.send("/remind Lantern Point Dental Group call Amy in 3 days 10am")
    reply = texts(chat.send(text))
    assert "Create" not in reply and "创建" not in reply and "New customer" not in reply, reply
    assert [c["name"] for c in exported(app, admin)["customers"]] == ["Lantern Point Dental Group"]
