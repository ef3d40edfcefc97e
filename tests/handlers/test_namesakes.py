"""One brand in several cities (廊坊瑞丰物流, 保定瑞丰物流, 呼和浩特瑞丰物流, 天津瑞丰物流): the brand
said alone names them all, whichever city is a big one, so which is asked with every one of them as a
choice; the city said with it, a known contact of one, or the amount its open deal is at tells which.
Said in other words (both languages, other brands) than the messages that showed it."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading

ASKED = ("I'll store:", "我将保存：", "?", "？")
CITIES = ("廊坊", "保定", "呼和浩特", "天津")


@pytest.fixture
def namesakes(chat):
    for city in CITIES:
        chat.send(f"/customer add {city}瑞丰物流有限公司")
        chat.send(f"/customer add {city}嘉禾食品有限公司")
    chat.send("/contact add 呼和浩特瑞丰物流有限公司: 段晓, title=经理")
    chat.send("/contact add 保定嘉禾食品有限公司: 魏东, title=经理")
    chat.send("/contact add 廊坊瑞丰物流有限公司: 段伟, title=老板")
    chat.send("/contact add 天津嘉禾食品有限公司: 魏建国, title=总经理")
    chat.send("/deal 呼和浩特瑞丰物流有限公司 140000 CNY negotiation")
    chat.send("/deal 廊坊瑞丰物流有限公司 300000 CNY proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    [
        "瑞丰物流今天来电话催报价",
        "嘉禾食品的经理刚来电话，问年前能不能送货",
        "嘉禾 wants a quote before 春节",
        "拜访了瑞丰，聊得挺好",
    ],
)
def test_a_brand_several_cities_hold_is_asked_with_all_of_them(namesakes, text) -> None:
    reply = "\n".join(r.plain() for r in namesakes.send(text))
    assert any(word in reply for word in ASKED), reply
    assert all(city in reply for city in CITIES), reply


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("呼和浩特瑞丰的段晓来电话问报价", "呼和浩特瑞丰物流有限公司"),
        ("去了保定的嘉禾食品，聊了聊新品", "保定嘉禾食品有限公司"),
        ("嘉禾食品的魏东打电话来，要看合同", "保定嘉禾食品有限公司"),
        ("瑞丰14万那单丢了，客户选了别家", "呼和浩特瑞丰物流有限公司"),
        # two namesakes have a contact of that family name: the title said tells which
        ("瑞丰段老板来电话，问报价", "廊坊瑞丰物流有限公司"),
        ("瑞丰物流段经理发微信说合同看完了", "呼和浩特瑞丰物流有限公司"),
        ("嘉禾食品魏总今天来公司参观了", "天津嘉禾食品有限公司"),
    ],
)
def test_a_brand_told_apart_is_stored(namesakes, text, customer) -> None:
    reply = texts(namesakes.send(text))
    assert not any(word in reply for word in ASKED) and customer in reply, reply


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("明早9点提醒我确认保定嘉禾食品的报价单 还有周五下午3点打给瑞丰段晓", "呼和浩特瑞丰物流有限公司"),
        ("明天提醒我跟魏东确认嘉禾的合同，还有下周一上午10点打给瑞丰物流段老板", "廊坊瑞丰物流有限公司"),
    ],
)
def test_a_second_customer_told_by_its_contact_is_not_the_first(namesakes, text, second) -> None:
    """A brand several cities hold, in a clause of its own after another customer: its contact tells which,
    and the clause is never stored at the first customer."""
    reply = texts(namesakes.send(text))
    assert second in reply, reply


@pytest.fixture
def brand_in_two_trades(chat):
    """One brand under two county-level places, and two trades: the index shortens 诸暨宏远电器 to 宏远 but
    keeps 宏远无纺布 whole (无纺布 is no trade word it knows)."""
    chat.send("/customer add 诸暨宏远电器有限公司")
    chat.send("/customer add 嵊州宏远无纺布有限公司")
    chat.send("/deal 诸暨宏远电器有限公司 150000 CNY proposal")
    chat.send("/deal 嵊州宏远无纺布有限公司 90000 CNY qualified")
    return chat


@pytest.mark.parametrize(
    "text", ["宏远的报价改成20万", "宏远那边的单子签了", "宏远 signed today!", "宏远说下周再谈价格"]
)
def test_a_brand_two_customers_hold_is_asked_even_when_one_name_is_shortened(
    app, admin, brand_in_two_trades, text
) -> None:
    """Session 23's sealed finding, in other words: the other namesake's name without its place starts with
    the brand, which the gate took as weighed by the linker; the linker had weighed only the shortened one."""
    before = exported(app, admin)["deals"]
    reply = texts(brand_in_two_trades.send(text))
    assert exported(app, admin)["deals"] == before
    assert any(word in reply for word in ASKED), reply
