"""Session 45, everyday questions and news (issue 13).

- A colleague's agenda asked by name ("Marlys 这周有什么安排", "what's on Priya's plate tomorrow") is
  answered from that colleague's reminders, read only (no buttons acting on someone else's reminder),
  not from the asker's own; nothing is stored.
- Deals are listed by currency ("Kirrily 的 pipeline 里 NZD 的单有哪些", "/deals nzd").
- A customer's name of three everyday words ("gold coast theme park") is that name, not words of the
  sentence, whatever follows it ("now saying", "expects to").
- Their PO said to come on a day ("PO预计6月底下来", "the PO comes through by end of February") is the close
  date, not an event of theirs kept in a note; a report said to come out then still is.
- A meeting on a lunar new-year day off (初三 in Hong Kong) is asked like any day off; a 拜年 visit then is
  picked knowingly.
- A reminder on a holiday named by its weekday ("on Good Friday") is asked like any day off; one set
  "after Easter", "五一后" (no day after it said) or "月底前" (a deadline, no day to be reminded on) is
  asked; a clock time alone that has just gone by today ("remind me at 4" at 16:40) is asked, not moved
  to tomorrow unasked.
- "2 million pounds of capacity" is a weight, no deal; a call logged at a colleague's customer is asked.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.console import ConsoleChat
from tests.conftest import texts
from tests.support.exported import exported, people_of

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


@pytest.fixture
def team(app, add_user):  # type: ignore[no-untyped-def]
    helen = ConsoleChat(app.assistant, add_user("Helen", role="manager", locale="zh").id)
    priya = ConsoleChat(app.assistant, add_user("Priya").id)
    helen.send("/customer add Kampong Glam Hotels")
    helen.send("/remind Kampong Glam Hotels send the contract tomorrow 10am")
    priya.send("/customer add Raffles Marine Engineering")
    priya.send("/remind Raffles Marine Engineering call Wei about the PO tomorrow 3pm")
    priya.send("/customer add Orchard Aesthetics")
    priya.send("/remind Orchard Aesthetics demo in three weeks")
    return helen


@pytest.mark.parametrize(
    "text",
    [
        "Priya 这周有什么安排",
        "Priya明天有什么安排",
        "what does Priya have this week",
        "what's on Priya's plate tomorrow",
        "/reminders Priya this week",
    ],
)
def test_a_colleagues_agenda_is_theirs(app, admin, team, text) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    replies = team.send(text)
    reply = texts(replies)
    assert "Raffles Marine" in reply and "Kampong Glam" not in reply, reply
    assert "Orchard" not in reply, reply  # three weeks away: not this week's
    assert not any(r.buttons for r in replies), reply  # read only
    assert exported(app, admin) == before


def test_ones_own_agenda_keeps_its_buttons(app, admin, team) -> None:  # type: ignore[no-untyped-def]
    replies = team.send("明天有什么安排")
    reply = texts(replies)
    assert "Kampong Glam" in reply and "Raffles Marine" not in reply, reply
    assert any(r.buttons for r in replies)


def test_a_colleague_with_nothing_due_is_said_so(app, admin, add_user, team) -> None:  # type: ignore[no-untyped-def]
    add_user("Tomas")
    reply = texts(team.send("/reminders Tomas"))
    assert "Tomas" in reply and ("no open reminders" in reply or "没有待办" in reply), reply


@pytest.fixture
def currencies(app, add_user):  # type: ignore[no-untyped-def]
    helen = ConsoleChat(app.assistant, add_user("Helen", role="manager", locale="zh").id)
    kirrily = ConsoleChat(app.assistant, add_user("Kirrily").id)
    for name, deal in [
        ("Auckland Harbour Freight", "88000 NZD negotiation"),
        ("Wellington Craft Brewing", "26000 NZD proposal"),
        ("Parramatta Steel", "86000 AUD negotiation"),
    ]:
        kirrily.send(f"/customer add {name}")
        kirrily.send(f"/deal {name} {deal}")
    return helen, kirrily


@pytest.mark.parametrize(
    ("who", "text"),
    [
        ("manager", "Kirrily 的 pipeline 里 NZD 的单有哪些"),
        ("manager", "/deals Kirrily NZD"),
        ("rep", "what are my NZD deals?"),
        ("rep", "我有哪些NZD的案子"),
        ("rep", "/deals nzd"),
    ],
)
def test_deals_are_listed_by_currency(app, admin, currencies, who, text) -> None:  # type: ignore[no-untyped-def]
    helen, kirrily = currencies
    before = exported(app, admin)
    reply = texts((helen if who == "manager" else kirrily).send(text))
    assert "Auckland Harbour" in reply and "Wellington Craft" in reply, reply
    assert "Parramatta" not in reply, reply
    assert exported(app, admin) == before


@pytest.mark.parametrize(
    "text",
    [
        "gold coast theme park now saying contract signed by end of March",
        "gold coast theme park expects to sign by end of March",
    ],
)
def test_a_name_of_three_everyday_words_is_a_name(app, admin, chat, text) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Gold Coast Theme Park Services")
    chat.send("/deal Gold Coast Theme Park Services 64000 AUD proposal")
    reply = texts(chat.send(text))
    (deal,) = exported(app, admin)["deals"]
    assert deal["expected_close"] == "2027-03-31" and deal["status"] == "open", reply


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("石家庄冀中的PO预计6月底下来", "2027-06-30"),
        ("石家庄冀中的PO预计end of June到", "2027-06-30"),
        ("jizhong PO comes through by end of February", "2027-02-28"),
    ],
)
def test_their_po_coming_on_a_day_is_the_close(app, admin, chat, text, close) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 石家庄冀中制药有限公司, alias=Jizhong")
    chat.send("/deal 石家庄冀中制药有限公司 900000 CNY negotiation")
    reply = texts(chat.send(text))
    (deal,) = exported(app, admin)["deals"]
    assert deal["expected_close"] == close, reply


def test_their_report_coming_out_is_no_close(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 石家庄冀中制药有限公司")
    chat.send("/deal 石家庄冀中制药有限公司 900000 CNY negotiation")
    reply = texts(chat.send("石家庄冀中的环评报告6月底出"))
    (deal,) = exported(app, admin)["deals"]
    assert deal["expected_close"] is None, reply


@pytest.mark.parametrize(("text", "asked"), [("初三去見Nuno", True), ("初三去同Nuno拜年", False)])
def test_a_meeting_on_a_lunar_day_off_is_asked(app, add_user, text, asked) -> None:  # type: ignore[no-untyped-def]
    rep = ConsoleChat(app.assistant, add_user("穎詩", timezone="Asia/Hong_Kong", locale="zh").id)
    rep.send("/customer add 新濠匯娛樂設備有限公司")
    rep.send("/contact add 新濠匯娛樂設備有限公司: Nuno Pereira")
    reply = texts(rep.send(text))
    assert ("农历年初三" in reply or "年初三" in reply) is asked, reply


@pytest.fixture
def bristol(app, add_user):  # type: ignore[no-untyped-def]
    rep = ConsoleChat(app.assistant, add_user("Rhodri", timezone="Europe/London").id)
    rep.send("/customer add Bristol Aerostructures Ltd")
    rep.send("/contact add Bristol Aerostructures Ltd: Nigel Ashworth")
    return rep


@pytest.mark.parametrize(
    "text",
    [
        "Remind me to ring Nigel on Good Friday",
        "book a call with Nigel at Bristol Aerostructures after Easter",
        "remind me before end of month to call Nigel",
    ],
)
def test_a_reminder_on_no_clear_working_day_is_asked(app, admin, bristol, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(bristol.send(text))
    assert _asked(reply), reply
    assert exported(app, admin)["reminders"] == [], reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [("五一后再约韦总", True), ("提醒我月底前打给韦总", True), ("节后提醒我约韦总吃饭", False)],
)
def test_a_chinese_step_with_no_day_is_asked(app, admin, add_user, text, asked) -> None:  # type: ignore[no-untyped-def]
    """A step "after" a holiday is asked (which day?), unless a reminder is asked for: then it is the first
    working day after (the earlier sets' writers store it so)."""
    rep = ConsoleChat(app.assistant, add_user("黎志锋", timezone="Asia/Shanghai", locale="zh").id)
    rep.send("/customer add 南宁东盟物流有限公司")
    rep.send("/contact add 南宁东盟物流有限公司: 韦国强")
    reply = texts(rep.send(text))
    assert _asked(reply) is asked, reply
    assert (exported(app, admin)["reminders"] == []) is asked, reply


def test_a_clock_time_just_gone_is_asked(app, admin, clock, bristol) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 23, 16, 40, tzinfo=UTC))  # 16:40 in London
    reply = texts(bristol.send("remind me at 4 call Nigel"))
    assert "gone by" in reply, reply
    assert exported(app, admin)["reminders"] == []
    texts(bristol.send("remind me at 9 call Nigel"))  # this morning's 9 is long gone: tomorrow's, as said
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2026-11-24"), reminder


def test_pounds_of_a_thing_are_a_weight(app, admin, bristol) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        bristol.send("call with Nigel at Bristol Aerostructures, they have 2 million pounds of capacity")
    )
    data = exported(app, admin)
    assert data["deals"] == [] and len(data["activities"]) == 1, reply


def test_a_call_at_a_colleagues_customer_is_asked(app, admin, add_user, bristol) -> None:  # type: ignore[no-untyped-def]
    jaslyn = ConsoleChat(app.assistant, add_user("Jaslyn", timezone="Asia/Singapore").id)
    reply = texts(jaslyn.send("Bristol Aerostructures called me, Nigel wants to meet us"))
    assert "Rhodri" in reply and _asked(reply), reply
    assert exported(app, admin)["activities"] == []


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply or "I'll store" in reply or "我将保存" in reply


def test_pushing_the_close_moves_the_deal_not_a_reminder(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Johor Bahru Rubber Gloves Sdn Bhd")
    chat.send("/customer add Johor Palm Oil Refinery Sdn Bhd")
    chat.send("/contact add Johor Palm Oil Refinery Sdn Bhd: Lee Chee Keong")
    chat.send("/deal Johor Palm Oil Refinery Sdn Bhd 210000 MYR proposal")
    chat.send("/remind Johor Bahru Rubber Gloves Sdn Bhd call Ahmad about the PO tomorrow 9:30am")
    before = exported(app, admin)["reminders"]
    reply = texts(
        chat.send("Lee chee keong johor palm oil call me, refinery shutdown so push close to end june")
    )
    data = exported(app, admin)
    assert data["reminders"] == before, reply
    (deal,) = data["deals"]
    assert deal["expected_close"] == "2027-06-30", reply


@pytest.mark.parametrize(
    ("text", "won"), [("Kevin said yes", False), ("Kevin said yes to the proposal", True)]
)
def test_a_bare_yes_is_asked_about(app, admin, chat, text, won) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Waterloo Robotics Corp")
    chat.send("/contact add Waterloo Robotics Corp: Kevin Tran")
    chat.send("/deal Waterloo Robotics Corp 180000 CAD proposal")
    reply = texts(chat.send(text))
    (deal,) = exported(app, admin)["deals"]
    assert (deal["status"] == "won") is won, reply
    assert won or _asked(reply), reply


def test_a_loss_said_after_its_reason_keeps_it(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 竹科智慧製造股份有限公司")
    chat.send("/deal 竹科智慧製造股份有限公司 2000000 TWD proposal")
    reply = texts(chat.send("竹科智慧確定找別家了，案子丟了"))
    (deal,) = exported(app, admin)["deals"]
    assert deal["status"] == "lost" and "別家" in (deal["lost_reason"] or ""), reply


def test_todays_reminder_ticked_is_done(app, admin, add_user) -> None:  # type: ignore[no-untyped-def]
    rep = ConsoleChat(app.assistant, add_user("黎志锋", timezone="Asia/Shanghai", locale="zh").id)
    rep.send("/customer add 深圳华强北电子元件有限公司")
    rep.send("/remind 深圳华强北电子元件有限公司 给张伟明发合同 today 6pm")
    reply = texts(rep.send("张总合同发了，今天那个提醒打勾"))
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["status"] == "done", reply


def test_a_yes_that_led_to_a_stage_moves_that_deal(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Hamilton Steel Coatings Ltd")
    chat.send("/deal Hamilton Steel Coatings Ltd maintenance plan 12000 CAD proposal")
    chat.send("/deal Hamilton Steel Coatings Ltd new deal curing oven 68000 CAD proposal")
    reply = texts(chat.send("Hamilton Steel accepted the quote on the curing oven so negotiation"))
    stages = {d["title"]: (d["stage"], d["status"]) for d in exported(app, admin)["deals"]}
    assert stages["curing oven"] == ("negotiation", "open"), reply
    assert stages["maintenance plan"] == ("proposal", "open"), reply


def test_a_word_of_its_own_is_no_mistyped_kind(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Sheffield Forge & Tool Ltd")
    chat.send("/contact add Sheffield Forge & Tool Ltd: Graham Tattersall")
    reply = texts(chat.send("visited Sheffield Forge, Graham walked me round the new press shop"))
    (activity,) = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply
    assert "I'll store" not in reply, reply


@pytest.mark.parametrize(
    "text", ["海口符总 email, 新 title: 供应链副总裁", "海口自贸港符总新职位：供应链副总裁"]
)
def test_a_new_title_said_as_a_heading_is_stored(app, admin, add_user, text) -> None:  # type: ignore[no-untyped-def]
    rep = ConsoleChat(app.assistant, add_user("黎志锋", timezone="Asia/Shanghai", locale="zh").id)
    rep.send("/customer add 海口自贸港免税供应链有限公司")
    rep.send("/contact add 海口自贸港免税供应链有限公司: 符海燕, title=采购总监")
    reply = texts(rep.send(text))
    person = people_of(app, admin)[("海口自贸港免税供应链有限公司", "符海燕")]
    assert person["title"] == "供应链副总裁", reply


@pytest.mark.parametrize(
    "text",
    [
        "嘉義木材蕭廠長LINE了統編 28123456 給我，說之後開發票用",
        "messaged Xiao at Chiayi Timber, VAT no 28123456",
    ],
)
def test_a_tax_number_is_an_identifier(app, admin, add_user, text) -> None:  # type: ignore[no-untyped-def]
    rep = ConsoleChat(app.assistant, add_user("蔡宛臻", timezone="Asia/Taipei", locale="zh").id)
    rep.send("/customer add 嘉義木材加工廠, alias=Chiayi Timber")
    rep.send("/contact add 嘉義木材加工廠: 蕭志成")
    reply = texts(rep.send(text))
    data = exported(app, admin)
    assert len(data["activities"]) == 1 and data["deals"] == [], reply
