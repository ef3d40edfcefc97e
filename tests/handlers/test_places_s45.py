"""Session 45, a Chinese customer named by its place (issue 13).

Reps name a customer by the place its name opens with, or the place after its city, with no more of the
name: "湛江那单", "去花都", "湛江谢总", "金鸡湖那单" (a lake no list of places holds). That names the one
customer there when the message says a deal, a trip or a person of it. With two customers there which one
is asked; a place no customer is in names none; a place where a visit to another named customer happened
stays just a place.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the linker is the same on PostgreSQL

ZJ = "湛江海鲜冷冻有限公司"
HD = "广州花都皮具加工厂"
JJH = "苏州金鸡湖国际会展服务有限公司"
JJ = "苏州金鸡电子有限公司"  # says 金鸡 as 金鸡湖 does: only 金鸡湖 tells them apart
QD = ("青岛海景食品有限公司", "青岛远洋渔业有限公司")


@pytest.fixture
def places(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Thu 2029-04-26 10:20 in Shanghai; one customer in 湛江, 花都 and at 金鸡湖 each, two in 青岛; a 谢总 at
    湛江 and at one in 青岛."""
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    replay(
        chat,
        clock,
        "/tz Asia/Shanghai",
        *(f"/customer add {name}" for name in (ZJ, HD, JJH, JJ, *QD)),
        f"/contact add {ZJ}: 谢志明, title=总经理",
        f"/contact add {HD}: 何永强, title=老板",
        f"/contact add {QD[0]}: 谢海涛, title=总经理",  # a 谢总 elsewhere: the place tells which
        *(f"/deal {name} 200000 CNY proposal" for name in (ZJ, JJH, JJ, *QD)),
    )
    return chat


def _amounts(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: str(d["amount"]) for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize(("text", "customer"), [("湛江那单改成30万", ZJ), ("金鸡湖那单改成30万", JJH)])
def test_a_deal_said_by_its_customers_place_is_that_customers(app, admin, places, text, customer) -> None:  # type: ignore[no-untyped-def]
    reply = texts(places.send(text))
    amounts = _amounts(app, admin)
    assert amounts[customer] == "300000", reply
    assert sorted(amounts.values()).count("300000") == 1, reply


def test_a_trip_to_the_one_customers_place_is_a_reminder_about_it(app, admin, places) -> None:  # type: ignore[no-untyped-def]
    reply = texts(places.send("明天下午3点提醒我去花都"))
    assert [r.get("customer") for r in exported(app, admin)["reminders"]] == [HD], reply


def test_a_person_said_after_the_place_is_that_customers(app, admin, places) -> None:  # type: ignore[no-untyped-def]
    reply = texts(places.send("湛江谢总电话，说冻库的方案下周再谈"))
    activities = exported(app, admin)["activities"]
    assert [(a["customer"], a["kind"]) for a in activities] == [(ZJ, "call")], reply


def test_a_place_two_customers_are_in_is_asked(app, admin, places) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(places.send("青岛那单改成30万"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_a_place_no_customer_is_in_names_none(app, admin, places) -> None:  # type: ignore[no-untyped-def]
    reply = texts(places.send("明天下午3点提醒我去三亚"))
    assert [r.get("customer") for r in exported(app, admin)["reminders"]] == [None], reply


def test_a_place_where_another_customer_was_visited_is_just_a_place(app, admin, places) -> None:  # type: ignore[no-untyped-def]
    reply = texts(places.send("今天去花都见了湛江海鲜的谢志明，他们要加一个冻库"))
    customers = {a["customer"] for a in exported(app, admin)["activities"]}
    assert HD not in customers, reply
