"""Which customer and which person a message means (issue 13, session 19), in words of this file's own small
world: two Corvids, Pellham Dairy, Brisk Ferries, 东岭物流, 翠峰茶园, 凤凰印务, 华远建设, two 罗斌.

A typed name answers "which customer?"; a question that names two customers alike answers both; a clause
said of "both" is each one's; a kind said after the later customer is that one's; the start of a Chinese
name that goes on differently names nobody (华远云 is not 华远建设); the rep's weekend at a place that shares
a customer's name stores nothing; contact details, people who left and deals by stage are answered.
"""

from __future__ import annotations

import pytest

from handlers.understanding import lexicon as lx
from handlers.understanding.intents import is_question
from tests.conftest import texts
from tests.support.exported import exported

on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])  # the reading is what is tested


@pytest.mark.parametrize(
    ("text", "asks"),
    [("Brisk Ferries main phone number?", True), ("pellham dairy contact email?", True),
     ("emailed Brisk Ferries the quote", False), ("Brisk Ferries phone call went well", False)],
)  # fmt: skip
def test_a_contact_detail_asked_for_by_name(text, asks) -> None:
    assert is_question(text, about_work=True, reports=True) is asks


@pytest.mark.parametrize(
    ("text", "leisure"),
    [("周末带娃去凤凰山玩了一天", True), ("weekend hike up at corvid ridge", True),
     ("no signal all day at pellham", False), ("凤凰印务王经理说下周下单", False)],
)  # fmt: skip
def test_words_of_the_reps_own_time_off(text, leisure) -> None:
    assert bool(lx.LEISURE.search(text)) is leisure
    assert not lx.WORK_CONTENT.search("no signal up there")  # "signal" is no "sign"


def test_a_three_way_call_at_three_has_no_minutes() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from handlers.parsing.dates import find_when

    tz = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 11, 23, 9, 0, tzinfo=tz)
    assert find_when("今天下午三点三方电话", now=now, tz=tz).at.strftime("%H:%M") == "15:00"  # type: ignore[union-attr]
    assert find_when("下午三点三十见", now=now, tz=tz).at.strftime("%H:%M") == "15:30"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "clock"),
    [("礼拜一早上十点提醒我", "10:00"), ("周三早上九点半见", "09:30"), ("明天一早过去", "09:00")],
)  # fmt: skip
def test_a_weekday_then_the_morning_keeps_its_hour(text, clock) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from handlers.parsing.dates import find_when

    tz = ZoneInfo("Asia/Taipei")
    when = find_when(text, now=datetime(2026, 11, 23, 9, 0, tzinfo=tz), tz=tz)
    assert when is not None and when.at.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    ("text", "asks"),
    [("东岭是美金还是人民币", True), ("翠峰是台币还是美金？", True),
     ("东岭改成50万，美金还是人民币还没定", False)],
)  # fmt: skip
def test_which_of_two_asked(text, asks) -> None:
    assert is_question(text, about_work=False) is asks


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    for line in (
        "/customer add Corvid Analytics",
        "/customer add Corvid Apparel",
        "/customer add Pellham Dairy",
        "/customer add Brisk Ferries, phone=+1 207 555 0142",
        "/customer add 东岭物流有限公司, alias=东岭",
        "/customer add 翠峰茶园有限公司, alias=翠峰",
        "/customer add 凤凰印务有限公司, alias=凤凰印务",
        "/customer add 华远建设有限公司, alias=华远建设",
        "/customer add Linden Orthodontics",
        "/customer add Linden Outfitters",
        "/deal Corvid Analytics 12k proposal",
        "/deal Corvid Apparel 7k lead",
        "/deal 东岭物流有限公司 30万 CNY proposal",
        "/deal 翠峰茶园有限公司 20万 CNY proposal",
        "/deal 凤凰印务有限公司 8万 CNY negotiation",
        "/contact add Pellham Dairy: Otto Brandvold, title=Herd Manager",
        "/contact add Pellham Dairy: Mara Quist, title=Buyer",
        "/contact add Brisk Ferries: Mara Lindqvist, title=Fleet Planner, email=mara@briskferries.no",
        "/contact add 东岭物流有限公司: 罗斌, title=经理",
        "/contact add 翠峰茶园有限公司: 罗斌, title=厂长",
        "/left Otto Brandvold at Pellham Dairy",
    ):
        chat.send(line)
    return chat


@on_one_backend
def test_a_typed_name_answers_which_customer(app, admin, book) -> None:
    asked = "\n".join(reply.plain() for reply in book.send("phoned Mara about the winter timetable"))
    assert "Pellham Dairy" in asked and "Brisk Ferries" in asked  # two Maras: asked
    book.send("Mara Lindqvist at Brisk Ferries")  # the answer typed, not a button
    assert [(a["customer"], a["kind"], a["contact"]) for a in exported(app, admin)["activities"]] == [
        ("Brisk Ferries", "call", "Mara Lindqvist")
    ]
    book.send("罗斌来电话问样品的事")
    book.send("翠峰的罗斌")
    calls = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"][1:]]
    assert calls == [("翠峰茶园有限公司", "罗斌")]


@on_one_backend
def test_a_message_after_the_question_is_a_message(app, admin, book) -> None:
    book.send("phoned Mara about the winter timetable")
    book.send("Mara Quist signed the milk contract")  # says more than a name: read as a message
    assert not any(a["contact"] == "Mara Lindqvist" for a in exported(app, admin)["activities"])


@on_one_backend
def test_questions_answer_each_close_customer_and_store_nothing(app, admin, book) -> None:
    before = exported(app, admin)
    both = texts(book.send("what's going on with corvid?"))
    assert "Corvid Analytics" in both and "Corvid Apparel" in both
    assert "mara@briskferries.no" in texts(book.send("Brisk Ferries contact email?"))
    assert "Otto Brandvold" in texts(book.send("who left Pellham Dairy?"))
    listed = texts(book.send("我在谈判阶段的单子有哪些"))
    assert "凤凰印务有限公司" in listed and "东岭物流有限公司" not in listed
    after = exported(app, admin)
    assert (after["activities"], after["deals"], after["reminders"]) == (
        before["activities"],
        before["deals"],
        before["reminders"],
    )


@on_one_backend
def test_clauses_said_of_both_customers(app, admin, book) -> None:
    book.send("拜访了翠峰茶园和凤凰印务，两家都说月底前签")
    data = exported(app, admin)
    closes = {d["customer"]: (d["expected_close"] or "")[:10] for d in data["deals"]}
    assert closes["翠峰茶园有限公司"] == closes["凤凰印务有限公司"] == "2026-11-30"
    assert sorted(a["customer"] for a in data["activities"]) == ["凤凰印务有限公司", "翠峰茶园有限公司"]


@on_one_backend
def test_a_kind_said_after_the_later_customer_is_its_own(app, admin, book) -> None:
    replies = texts(book.send("Mara Quist at Pellham Dairy pointed me to Brisk Ferries, phoned them today"))
    assert "call · Pellham Dairy" not in replies.replace("Logged ", "")
    assert "Brisk Ferries" in replies


@on_one_backend
def test_a_name_that_goes_on_differently_and_a_weekend_place(app, admin, book) -> None:
    book.send("东岭 lost to 华远云，翠峰 still in proposal")
    deals = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert deals["东岭物流有限公司"] == "lost" and deals["翠峰茶园有限公司"] == "proposal"
    before = exported(app, admin)["activities"]
    book.send("weekend 去翠峰 hiking")
    book.send("周末带娃去凤凰山玩了")
    assert exported(app, admin)["activities"] == before


@on_one_backend
def test_a_customer_put_right_takes_its_person_along_only_when_there(app, admin, book) -> None:
    book.send("东岭物流罗斌来电话了")
    book.send("不是东岭，是华远建设")  # 华远建设 has no 罗斌: no new contact made up there
    book.send("东岭物流罗斌来电话了")
    book.send("不是东岭，是翠峰")  # 翠峰 has a 罗斌 of its own
    calls = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert calls == [("华远建设有限公司", None), ("翠峰茶园有限公司", "罗斌")]


@on_one_backend
def test_a_shortened_next_word_and_a_contact_card_in_two_lines(app, admin, book) -> None:
    book.send("Linden Ortho called, they want the summer promo deck")
    assert [(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]] == [
        ("Linden Orthodontics", "call")
    ]
    book.send("add this one to Pellham Dairy:\n--\nSigne Holm | Quality Lead | Pellham Dairy | 207-555-0199")
    assert len(exported(app, admin)["activities"]) == 1  # a contact, no note beside it
    [dairy] = [c for c in exported(app, admin)["customers"] if c["name"] == "Pellham Dairy"]
    people = [c["name"] for c in dairy["contacts"]]
    assert "Signe Holm" in people


@on_one_backend
def test_the_customer_typed_after_which_customer_completes_the_message(app, admin, book) -> None:
    asked = texts(book.send("跟罗经理开了个会"))
    assert not exported(app, admin)["activities"] and "?" in asked.replace("？", "?")
    book.send("翠峰的罗斌")  # the answer: read with the message asked about
    assert [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]] == [
        ("翠峰茶园有限公司", "罗斌")
    ]
    book.send("phoned Mara Quist about the churn numbers")  # named, so stored at once
    book.send("Brisk Ferries")  # no question waits: just the customer's card
    assert len(exported(app, admin)["activities"]) == 2


@on_one_backend
def test_an_answer_that_rules_the_other_one_out(app, admin, book) -> None:
    book.send("corvid now 15k")
    book.send("sorry the apparel one, not analytics")
    amounts = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert (amounts["Corvid Apparel"], amounts["Corvid Analytics"]) == (15000, 12000)


@on_one_backend
def test_going_round_to_two_customers_is_a_visit_to_each(app, admin, book) -> None:
    book.send("今天跑了东岭物流和翠峰茶园，两家都挺有兴趣")
    book.send("东岭物流的单子跑了")  # the deal got away: no visit
    visits = sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])
    assert visits == [("东岭物流有限公司", "visit"), ("翠峰茶园有限公司", "visit")]


@on_one_backend
def test_news_of_its_own_after_which_customer_is_not_the_answer(app, admin, book) -> None:
    """A reply to "which customer?" that names a customer first but brings its own news (an outcome, a stage,
    an amount, a day) is a message of its own, not the missing name: reading the two together stored the
    first message's news at the second one's customer, with both texts as one note."""
    asked = texts(book.send("called sven, he's leaving in march"))
    assert "?" in asked and not exported(app, admin)["activities"]
    book.send("corvid apparel lost to a cheaper one")
    deals = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert deals["Corvid Apparel"] == "lost"
    assert not any("sven" in (a["summary"] or "").lower() for a in exported(app, admin)["activities"])
    texts(book.send("跟罗经理开了个会"))
    book.send("凤凰印务赢单了")
    assert {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}["凤凰印务有限公司"] == "won"
    activities = exported(app, admin)["activities"]
    assert not any(a["customer"] == "凤凰印务有限公司" and a["contact"] for a in activities)
