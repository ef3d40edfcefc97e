"""Session 64: what S14's development half showed, by rule.

A coffee or tea taken with someone by its local name is a meeting ("tims w Desmond", "karak chai with
Hazem"); Taiwan's "QQ" closing a line is a crying face, no QQ message; a close date said to stay keeps the
deal's own day; "the 3pm cumbre one - bump it to …" moves that reminder; an email that came back with news
of a new contact is logged too; a Chinese contact of another of the rep's customers named in a message
about this one is asked about.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported, people_of
from tests.support.worlds import on_s12_wednesday

MEXICO = ZoneInfo("America/Mexico_City")
TAIPEI = ZoneInfo("Asia/Taipei")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes",
                 "/deal Distribuidora Cumbre S.A. de C.V. 400000 MXN proposal close 13 Oct 2033")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["tims w Alma Delia from Cumbre this am, still in nego", "karak chai with Alma Delia from Cumbre this am",
     "teh tarik with Alma Delia from Cumbre this morning"],
)  # fmt: skip
def test_a_coffee_by_its_local_name_is_a_meeting(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply


@pytest.fixture
def yizhen(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "鄭宜蓁", TAIPEI,
        "/customer add 新北鼎新包裝股份有限公司, aliases=鼎新包裝",
        "/contact add 新北鼎新包裝股份有限公司: 林志明, title=經理",
        "/deal 新北鼎新包裝股份有限公司 780000 TWD negotiation",
        "/customer add 內湖智聯軟體股份有限公司, aliases=智聯",
        "/contact add 內湖智聯軟體股份有限公司: 羅以琳, title=營運長")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("鼎新包裝 掉單了 被對手用低價搶走 QQ", []), ("鼎新包裝 林經理 發了QQ 說價格再看看", ["message"])],
)
def test_qq_closing_a_line_is_a_crying_face(app, admin, yizhen, text, kinds) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == kinds, reply


def test_an_email_that_came_back_with_a_new_contact_is_logged(app, admin, yizhen) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send("智聯 羅營運長 email回來了，說之後新的窗口是 IT經理 周柏翰 0912-345-678"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("email", "羅以琳")], reply
    assert ("內湖智聯軟體股份有限公司", "周柏翰") in people_of(app, admin), reply
    yizhen.send("智聯 羅營運長 email換了 lo@zhilian.example.com")  # the address changed: no email logged
    assert len(exported(app, admin)["activities"]) == 1


@pytest.mark.parametrize(
    "text",
    ["Cumbre amount revised to 450k MXN, close date stays mid October",
     "Cumbre amount revised to 450k MXN, mid October close stays"],
)  # fmt: skip
def test_a_close_said_to_stay_keeps_the_deals_day(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    deals = [(d["amount"], d["expected_close"]) for d in exported(app, admin)["deals"]]
    assert deals == [(450000, "2033-10-13")], reply  # it set Oct 15, "mid October"


def test_a_reminder_named_by_its_time_and_customer_is_moved(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/remind Distribuidora Cumbre S.A. de C.V. tomorrow 3pm call Alma about the PO")
    reply = texts(araceli.send("the 3pm cumbre one - bump it to friday first thing"))
    assert due_times(app, admin, MEXICO) == ["2033-09-30 09:00"], reply  # it set a second reminder


@pytest.fixture
def jianchuan(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "蒲建川", ZoneInfo("Asia/Shanghai"),
        "/customer add 渝江船舶有限公司, aliases=渝江船舶",
        "/contact add 渝江船舶有限公司: 冉启明, title=副总",
        "/customer add 重庆江渝食品有限公司, aliases=江渝食品",
        "/contact add 重庆江渝食品有限公司: 谭雪梅, title=采购经理",
        "/deal 重庆江渝食品有限公司 260000 CNY negotiation close 30 Oct 2033")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "asked"),
    [("老冉说江渝那单明天签", True), ("冉总说江渝那单明天签", True), ("谭雪梅说江渝那单明天签", False),
     ("拜访了渝江船舶的冉总，江渝那单明天签", False)],
)  # fmt: skip
def test_another_customers_contact_named_in_its_news_is_asked(app, admin, jianchuan, text, asked) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jianchuan.send(text))
    closes = [d["expected_close"] for d in exported(app, admin)["deals"]]
    assert closes == (["2033-10-30"] if asked else ["2033-09-29"]), reply
    assert ("冉启明 (渝江船舶有限公司)" in reply) is asked, reply
