"""Two customers (or their people) in one message, and a fix of one of them, read by i38-two (session 38,
issue 13) as properties of the words, in wordings of our own (no evaluation set's); the clock is Thu
2029-04-26 10:20 local.

What made the reader certain, and what should have made it doubt (or be sure):

- "X and Y" after the first words of a known name is a list of two when a known customer or person follows
  the "and", not one company named otherwise ("Marlow Joinery and Fenwick Dental");
- calls, visits or meetings counted or said done ("3 calls this morning:", "calls done -") are the kind of
  every customer listed after them; "all 3" counts those named, no value;
- a listed name that two customers' names hold ("harbour", "宁波") is asked about, never dropped unseen nor
  given to one of them;
- people of different customers, each named by whole name with news of their own ("Imogen Clarke new
  mobile …, Tariq Osman new email …", "韦雪梅电话换成… 邱建国email换成…"), each go to their own customer;
  items of a list apart (";") each belong to the customer their item names, the list's heading read with
  each ("Add: A, title, X; B, title, Y");
- a detail put right after such a message goes to the person the fix names ("sorry, Tariq's should be …");
  naming no one, it could fix either: asked, nothing changed;
- a day word inside a known person's Chinese name (黄国庆) is no holiday;
- each customer keeps its own kind when one is said before the first name and another after the second
  ("met Imogen at Marlow Joinery today and Tariq from Fenwick Dental rang").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported

SYD, SH = "Australia/Sydney", "Asia/Shanghai"
MJ, FD, KB = "Marlow Joinery Works", "Fenwick Dental Group", "Kestrel Bakery"
HT, NH = "Harbour Tiles Ltd", "North Harbour Freight"
PP, PA = "Pemberton Precision Castings", "Pemberton Agro Exports"
LC, NB, NC = "温州鹿城眼镜有限公司", "宁波港湾物流有限公司", "宁波北仑建材有限公司"


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    for name in (MJ, FD, KB, HT, NH, PP, PA, LC, NB, NC):
        chat.send(f"/customer add {name}")
    chat.send(f"/contact add {MJ}: Imogen Clarke, title=Director")
    chat.send(f"/contact add {FD}: Tariq Osman, title=Practice Manager")
    chat.send(f"/contact add {LC}: 韦雪梅, title=采购经理")
    chat.send(f"/contact add {NB}: 邱建国, title=总经理")
    chat.send(f"/contact add {NC}: 黄国庆, title=销售经理")


def _activities(app, admin) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])


def _contacts(app, admin) -> dict[str, dict]:  # type: ignore[no-untyped-def,type-arg]
    return {
        p["name"]: {**p, "customer": c["name"]}
        for c in exported(app, admin)["customers"]
        for p in c["contacts"]
    }


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["visited Marlow Joinery and Fenwick Dental today, both keen",
     "visited Imogen at Marlow Joinery and Tariq at Fenwick Dental this morning",
     "Visited Harbour Tiles and Fenwick Dental today. Imogen and Tariq both positive.",
     "Visited Imogen from Marlow Joinery and Tariq from Fenwick Dental, good chats",
     "Yesterday visited Marlow Joinery and Kestrel Bakery. Both positive.",
     "Yesterday visited Pemberton Precision and Kestrel Bakery. Both positive."],
)  # fmt: skip
def test_and_between_two_known_ones_is_a_list(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    replies = texts(chat.send(text))
    first = HT if "Harbour" in text else PP if "Pemberton" in text else MJ
    want = sorted([KB if "Kestrel" in text else FD, first])
    assert [c for c, _ in _activities(app, admin)] == want, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["3 calls this morning: marlow joinery, fenwick dental, kestrel bakery - all 3 keen on the catalogue",
     "calls done - marlow joinery, fenwick dental, kestrel bakery"],
)  # fmt: skip
def test_calls_counted_before_the_list_are_each_ones(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    replies = texts(chat.send(text))
    assert _activities(app, admin) == [(FD, "call"), (KB, "call"), (MJ, "call")], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SYD, "rang kestrel bakery and harbour today, both want samples"),
     (SYD, "calls done - marlow joinery, kestrel bakery, harbour - all 3 keen"),
     (SH, "昨天去了温州鹿城眼镜和宁波 两边都要报价"),
     (SH, "宁波和温州鹿城眼镜今天都来公司了")],
)  # fmt: skip
def test_a_listed_name_two_customers_hold_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_people_of_two_customers_each_get_their_news(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    replies = texts(
        chat.send("Imogen Clarke new mobile 0412 777 120, and Tariq Osman new email tariq@fenwick.com.au")
    )
    people = _contacts(app, admin)
    assert people["Imogen Clarke"]["customer"] == MJ and people["Imogen Clarke"]["phone"] == "0412 777 120", (
        replies
    )
    assert (
        people["Tariq Osman"]["customer"] == FD and people["Tariq Osman"]["email"] == "tariq@fenwick.com.au"
    ), replies
    assert _activities(app, admin) == [], replies  # details changed, no interaction had


@pytest.mark.parametrize("backend", ["sqlite"])
def test_chinese_people_of_two_customers_each_get_their_news(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH)
    replies = texts(chat.send("韦雪梅email换成wxm@lucheng.cn 邱建国email换成qjg@nbgw.cn"))
    people = _contacts(app, admin)
    assert people["韦雪梅"]["customer"] == LC and people["韦雪梅"]["email"] == "wxm@lucheng.cn", replies
    assert people["邱建国"]["customer"] == NB and people["邱建国"]["email"] == "qjg@nbgw.cn", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_items_of_a_list_go_to_the_customer_each_names(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    replies = texts(
        chat.send("Add: Nadia Flores, Office Manager, Marlow Joinery; Ben Pike, Head Baker, Kestrel Bakery")
    )
    people = _contacts(app, admin)
    assert people["Nadia Flores"]["customer"] == MJ and people["Ben Pike"]["customer"] == KB, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("fix", "imogen", "tariq"),
    [("sorry, Tariq's should be 0412 777 999", "0412 777 120", "0412 777 999"),
     ("oops Imogen's is 0412 777 102", "0412 777 102", "0412 777 130")],
)  # fmt: skip
def test_a_fix_naming_one_person_puts_right_theirs(app, admin, chat, clock, fix, imogen, tariq) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    chat.send("Imogen Clarke new mobile 0412 777 120, and Tariq Osman new mobile 0412 777 130")
    replies = texts(chat.send(fix))
    people = _contacts(app, admin)
    assert (people["Imogen Clarke"]["phone"], people["Tariq Osman"]["phone"]) == (imogen, tariq), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("fix", ["sorry typo, should be 0412 777 999", "不好意思 应该是0412 777 999"])
def test_a_fix_naming_no_one_is_asked(app, admin, chat, clock, fix) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    chat.send("Imogen Clarke new mobile 0412 777 120, and Tariq Osman new mobile 0412 777 130")
    replies = texts(chat.send(fix))
    people = _contacts(app, admin)
    assert (people["Imogen Clarke"]["phone"], people["Tariq Osman"]["phone"]) == (
        "0412 777 120",
        "0412 777 130",
    )
    assert "?" in replies or "？" in replies, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_holiday_word_inside_a_known_name_is_no_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SH)
    replies = texts(chat.send("黄国庆升了 现在是副总"))
    assert _contacts(app, admin)["黄国庆"]["title"] == "副总", replies
    assert exported(app, admin)["reminders"] == [], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_each_customer_keeps_its_own_kind(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, SYD)
    replies = texts(chat.send("met Imogen at Marlow Joinery today and Tariq from Fenwick Dental rang"))
    kinds = dict(_activities(app, admin))
    assert kinds[FD] == "call" and kinds[MJ] in ("meeting", "visit"), replies
