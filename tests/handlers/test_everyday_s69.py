"""Session 69: the fifth fresh-clone trial's (session 68) Mediums and the blind set S16's dev half (issue 13).

- "emailed jane @ acme and bill @ initech the Q1 webinar invite, both said yes" asked "How much is …?" (trial
  68 M11): the bare yes was read as a win in doubt and "Q1" as its figure. A yes after an invitation is a yes
  to come: the e-mails are logged, no deal moves.
- "华为签了！！合同60万，张经理说下周开始走付款流程 🎉" asked "“下周”是指哪一天？" (M21): their payment
  process starting next week is their plan, kept in the note, no reminder of ours ("提醒我月底催款" still
  is one).
- "恒远那单推迟了，老板还没批" was "具体要怎么记录？" (M22): the boss's not-yet made the whole message a
  doubt; a deal put off is asked "to when?" with its buttons, and "推到一月底" typed in answer moves the
  close.
- "大昇五金王老闆打電話來說要訂一批刀具，大概15萬" made a deal named after the customer (L32): what they order
  names it ("刀具"); an order's amount ("订单金额50万") names nothing.
- S16 dev: Shanghainese "合同明朝签" (tomorrow), "来阿拉公司看样" (our office), "明朝我有啥安排伐？" and the
  Australian "tomoz" were not read; "what do I have tmrw" listed the reminders but not the deals that close
  then (what the day holds); "what've i got on tomoz?" was not taken for a question.
- S16 dev: "Call w/ Chan at Jadepeak" made a new contact "Chan" beside 陳嘉偉: a Chinese family name
  written in letters, capitalised inside a sentence, names the contact (as "Mr Chan" did).
- S16 dev: "微信语音跟锡星缪总聊了下" was logged as a meeting: a voice call on WeChat is the channel.
- S16 dev: "senthil coromandel logistics rang from chennai" logged a call with nobody: a long given name
  clipped is its owner's, typed in lower case too ("Funmi" for Funmilayo was taken with a capital only).
- S16 dev: a voice memo's items numbered bare ("so 1 Jacinta at Mott Haven called … 2 Constance from
  Wickerby emailed …", "今朝两件事：1 … 2 …") were read as one message with the numbers "not used".
- S16 dev: "昨儿去营口鲅鱼圈港务了，宫总请吃的饭" asked about "昨儿": the day stood in the clause of the
  going there, not of the meal, and was taken for the day of something else.
- S16 dev: "fyi she's SVP Facilities now" asked whether SVP meant Shree Vinayaka Precision (known as SVP):
  a title said as someone's names no customer.
- S16 dev: "push the wattleglen crane PO call to tomoz, same time" logged a call (the "same time" was in a
  clause of its own, and "crane" named the crane-hire deal); "cancel the jarrah reminder next wed, he rang
  me already" logged the call and cancelled nothing: his ringing is the reason.
- S16 dev: "COB reminder: send Octavius @ Glasshouse the case studies" asked when to remind: the day
  before "reminder:" was read as naming a reminder set already ("the 3pm reminder").
- S15 dev (zh072): "节前周一" (a Monday before the holiday) was read as the Monday after it; now the weekday
  said after a holiday's 前 is the one before the break.
- S16 dev: "转发：【驰远汽配 瞿国强】报价已收到，金额125万OK，…" logged nothing: a message forwarded with its
  writer in brackets is a message from them, as "[Line] 郑淑芬：…" is.
- S16 dev: "金额125万OK" was read as 125 (the 万 was dropped before a Latin letter, as the k of "5kg" is).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported
from tests.support.worlds import user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Sam", "America/New_York", datetime(2026, 12, 7, 9, 0),
        "/customer add Acme Corporation, aliases=Acme",
        "/contact add Acme Corporation: Jane Doe, title=CTO",
        "/deal Acme 24k proposal",
        "/customer add Initech LLC, aliases=Initech",
        "/contact add Initech LLC: Bill Lumbergh, title=VP Operations",
        "/deal Initech 18k qualified")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "customers"),
    [("emailed bill @ initech the Q1 webinar invite, he said yes", ["Initech LLC"]),
     ("emailed jane @ acme and bill @ initech the Q1 webinar invite, both said yes",
      ["Acme Corporation", "Initech LLC"])],
)  # fmt: skip
def test_a_yes_to_an_invitation_wins_nothing(app, admin, sam, text, customers) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send(text))
    data = exported(app, admin)
    assert sorted(a["customer"] for a in data["activities"]) == customers, reply
    assert {a["kind"] for a in data["activities"]} == {"email"}, reply
    assert [d["stage"] for d in data["deals"]] == ["proposal", "qualified"], reply


def test_a_yes_to_the_pilot_is_still_a_win(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send("bill at initech said yes to the pilot after the webinar"))
    for label in ("Save", "Close"):
        if label in [b.label for b in sam.buttons]:
            reply += texts(sam.press(label))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["proposal", "won"], reply


@pytest.fixture
def li(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "李伟", "Asia/Shanghai", datetime(2026, 12, 7, 16, 0),
        "/customer add 华为技术有限公司, aliases=华为",
        "/contact add 华为技术有限公司: 张伟, title=采购经理",
        "/deal 华为 50万 proposal")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "stage"),
    [("华为签了！！合同60万，张伟说下周开始走付款流程 🎉", "won"),
     ("给华为张伟打了电话，他说月底打款", "proposal")],
)  # fmt: skip
def test_their_payment_on_a_day_is_no_reminder_of_ours(app, admin, li, text, stage) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send(text))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == [stage], reply
    assert due_times(app, admin, ZoneInfo("Asia/Shanghai")) == [], reply


def test_chasing_their_payment_is_still_a_reminder(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send("提醒我下周一找华为张伟催款"))
    assert due_times(app, admin, ZoneInfo("Asia/Shanghai")) == ["2026-12-14 09:00"], reply


def test_a_deal_put_off_with_the_boss_not_yet_asks_to_when(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send("华为那单推迟了，老板还没批"))
    assert [b.label for b in li.buttons][-1] == "Skip", reply
    reply += texts(li.send("推到一月底"))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2027-01-31"], reply


@pytest.mark.parametrize(
    ("text", "title"),
    [("华为张伟打电话来说要订一批刀具，大概15万", "刀具"), ("华为张伟来电，想订购ERP，预算30万", "ERP")],
)
def test_what_they_order_names_the_new_deal(app, admin, add_user, clock, text, title) -> None:  # type: ignore[no-untyped-def]
    rep = user_at(app, add_user, clock, "王芳", "Asia/Shanghai", datetime(2026, 12, 7, 16, 0),
        "/customer add 华为技术有限公司, aliases=华为",
        "/contact add 华为技术有限公司: 张伟, title=采购经理")  # fmt: skip
    reply = texts(rep.send(text))
    if "Save" in [b.label for b in rep.buttons]:
        reply += texts(rep.press("Save"))
    assert [d["title"] for d in exported(app, admin)["deals"]] == [title], reply


def test_shanghainese_tomorrow_and_our_office(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send("华为张伟今朝来阿拉公司看样，伊讲合同明朝签"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("meeting", "张伟")], reply
    assert [d["expected_close"] for d in data["deals"]] == ["2026-12-08"], reply


@pytest.mark.parametrize(
    ("text", "words"),
    [("what've i got on tomoz?", ["Thu, Dec 10 09:00", "Stark"]),
     ("what do I have this week", ["Thu, Dec 10 09:00", "Stark", "Initech"])],
)  # fmt: skip
def test_the_agenda_holds_reminders_and_deals_closing(app, admin, add_user, clock, text, words) -> None:  # type: ignore[no-untyped-def]
    rep = user_at(app, add_user, clock, "Merridy", "Australia/Sydney", datetime(2026, 12, 9, 11, 0),
        "/customer add Stark Industries, aliases=Stark",
        "/customer add Initech LLC, aliases=Initech",
        "/deal Stark 40k proposal close 10 dec",
        "/deal Initech 20k proposal close 12 dec",
        "/remind Stark call Pepper thursday 9am")  # fmt: skip
    reply = texts(rep.send(text))
    assert all(w in reply for w in words), reply
    assert ("Initech" in reply) is ("Initech" in words), reply
    assert len(exported(app, admin)["reminders"]) == 1, reply


@pytest.mark.parametrize(
    ("text", "contact"),
    [("Call w/ Chan at Jadepeak this morning, all good on the renewal", "陳嘉偉"),
     ("lunch with Ho at Jadepeak, renewal ok", "何文輝"),
     ("Called Jadepeak. He said the renewal is ok", None)],
)  # fmt: skip
def test_a_family_name_in_letters_names_the_contact(app, admin, add_user, clock, text, contact) -> None:  # type: ignore[no-untyped-def]
    boss = user_at(app, add_user, clock, "司徒詠琪", "Asia/Hong_Kong", datetime(2026, 12, 7, 11, 0),
        "/customer add 維港翠峰地產有限公司, aliases=Jadepeak; 翠峰",
        "/contact add 維港翠峰地產有限公司: 陳嘉偉, title=Director",
        "/contact add 維港翠峰地產有限公司: 何文輝, title=CFO")  # fmt: skip
    reply = texts(boss.send(text))
    data = exported(app, admin)
    assert [a["contact"] for a in data["activities"]] == [contact], reply
    assert [len(c["contacts"]) for c in data["customers"]] == [2], reply


def test_a_wechat_voice_talk_is_no_meeting(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send("微信语音跟华为张伟聊了下，价格OK的"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] in (["message"], ["call"]), reply


@pytest.mark.parametrize("text", ["senthil coromandel rang from chennai, general catch up only",
                                  "Senthil from Coromandel rang, general catch up only"])  # fmt: skip
def test_a_clipped_given_name_in_lower_case_names_the_contact(app, admin, add_user, clock, text) -> None:  # type: ignore[no-untyped-def]
    rep = user_at(app, add_user, clock, "Aparajita", "Asia/Kolkata", datetime(2026, 12, 7, 11, 0),
        "/customer add Chennai Coromandel Logistics Pvt Ltd, aliases=Coromandel",
        "/contact add Chennai Coromandel Logistics Pvt Ltd: Senthilnathan Arumugam, title=GM")  # fmt: skip
    reply = texts(rep.send(text))
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Senthilnathan Arumugam"], reply


@pytest.mark.parametrize("text", ["华为张伟微信说报价收到了，金额55万OK", "华为张伟微信说金额55万ok的"])
def test_a_chinese_multiplier_before_latin_letters_counts(app, admin, li, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send(text))
    assert "550,000" in reply and "CN¥55 " not in reply, reply  # stored, or asked about as 55万


def test_items_numbered_bare_are_read_one_by_one(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    memo = "memo so 1 Bill at Initech called about the label thing, no budget 2 Jane from Acme emailed back"
    reply = texts(sam.send(memo))
    assert "Save" not in [b.label for b in sam.buttons], reply
    acts = exported(app, admin)["activities"]
    assert sorted((a["customer"], a["kind"]) for a in acts) == [("Acme Corporation", "email"),
                                                                 ("Initech LLC", "call")], reply  # fmt: skip


def test_a_news_item_numbered_bare_keeps_its_person(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    li.send("/customer add 上海东方贸易有限公司, aliases=东方贸易")
    li.send("/contact add 上海东方贸易有限公司: 陈静, title=采购主管")
    reply = texts(li.send("今朝两件事：1 东方贸易陈静讲伊升区域经理了 2 给华为张伟打了电话 样品下礼拜到"))
    people = {p["name"]: p["title"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people == {"陈静": "区域经理", "张伟": "采购经理"}, reply


@pytest.mark.parametrize("text", ["昨儿去华为了，张伟请吃的饭", "昨天跑了一趟华为，张伟请吃的饭"])
def test_the_day_of_going_there_is_the_day_of_the_meal(app, admin, li, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send(text))
    [activity] = exported(app, admin)["activities"]
    local = datetime.fromisoformat(activity["occurred_at"]).astimezone(ZoneInfo("Asia/Shanghai"))
    assert (activity["contact"], local.date().isoformat()) == ("张伟", "2026-12-06"), reply


def test_a_title_said_as_someones_names_no_customer(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    sam.send("/customer add Shree Vinayaka Precision Castings Pvt Ltd, aliases=SVP")
    reply = texts(sam.send("coffee w Jane (Acme) this am. fyi she's SVP Facilities now, not VP"))
    assert "Save" not in [b.label for b in sam.buttons], reply
    data = exported(app, admin)
    logged = [(a["customer"], a["contact"]) for a in data["activities"]]
    assert logged == [("Acme Corporation", "Jane Doe")], reply
    titles = {p["name"]: p["title"] for c in data["customers"] for p in c["contacts"]}
    assert titles["Jane Doe"] == "SVP Facilities", reply


def test_a_reminder_pushed_to_the_same_time_moves(app, admin, sam, clock) -> None:  # type: ignore[no-untyped-def]
    sam.send("/customer add Harbour Wattleglen Constructions Pty Ltd, aliases=Wattleglen")
    sam.send("/deal Wattleglen tower crane hire 65k proposal")
    sam.send("/remind Wattleglen ring Bridget about the crane hire PO today 3pm")
    reply = texts(sam.send("push the wattleglen crane PO call to tmrw, same time"))
    data = exported(app, admin)
    assert data["activities"] == [], reply
    assert due_times(app, admin, ZoneInfo("America/New_York")) == ["2026-12-08 15:00"], reply


@pytest.mark.parametrize("text", ["cancel the bill reminder wed, he rang me already",
                                  "bill rang me already, cancel the initech reminder"])  # fmt: skip
def test_a_reminder_cancelled_for_their_call_is_cancelled(app, admin, sam, text) -> None:  # type: ignore[no-untyped-def]
    sam.send("/remind Initech call Bill about the renewal wed 2pm")
    reply = texts(sam.send(text))
    assert [r["status"] for r in exported(app, admin)["reminders"]] in (["cancelled"], ["done"]), reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("COB reminder: send bill @ initech the case studies", "2026-12-07 17:00"),
     ("tmrw reminder: call bill @ initech re renewal", "2026-12-08 09:00")],
)  # fmt: skip
def test_a_heading_says_when_to_remind(app, admin, sam, text, due) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send(text))
    assert due_times(app, admin, ZoneInfo("America/New_York")) == [due], reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("提醒我节前周一给华为张伟打电话", "2036-09-29 09:00"),
     ("提醒我国庆前的周二给华为张伟送样品", "2036-09-30 09:00")],
)  # fmt: skip
def test_a_weekday_before_the_holiday_is_before_it(app, admin, add_user, clock, text, due) -> None:  # type: ignore[no-untyped-def]
    rep = user_at(app, add_user, clock, "俞佳蕾", "Asia/Shanghai", datetime(2036, 9, 26, 16, 40),
        "/customer add 华为技术有限公司, aliases=华为",
        "/contact add 华为技术有限公司: 张伟, title=采购经理")  # fmt: skip
    reply = texts(rep.send(text))
    assert due_times(app, admin, ZoneInfo("Asia/Shanghai")) == [due], reply


@pytest.mark.parametrize("text", ["转发：【华为 张伟】报价已收到，金额50万OK", "fwd: [华为 张伟] 报价收到了"])
def test_a_forward_with_its_writer_in_brackets_is_their_message(app, admin, li, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li.send(text))
    logged = [(a["kind"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [("message", "张伟")], reply
