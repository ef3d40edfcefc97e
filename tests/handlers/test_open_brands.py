"""A Chinese name registered as place + brand + a trade no list of ours holds (海盐金帆紧固件, 桐庐金帆渔具):
the brand is still cut out of it (金帆), so said alone, typed in pinyin too, it names both and which is asked;
the place said with the brand (海盐金帆) or with the first characters after it names one. A brand cut out of
one name that is another customer's whole alias ties with it: asked, not outweighed."""

from __future__ import annotations

import pytest

from crm_store.search.gazetteer import chinese_short_forms
from tests.conftest import texts
from tests.support.exported import exported

ASKED = ("I'll store:", "我将保存：", "?", "？")


@pytest.fixture
def brands(chat):
    chat.send("/customer add 海盐金帆紧固件有限公司")
    chat.send("/customer add 桐庐金帆渔具有限公司")
    chat.send("/customer add 绍兴柯桥瑞通纺机配件有限公司")
    chat.send("/contact add 桐庐金帆渔具有限公司: 吴海燕, title=经理")
    chat.send("/deal 海盐金帆紧固件有限公司 150000 CNY proposal")
    chat.send("/deal 桐庐金帆渔具有限公司 80000 CNY proposal")
    return chat


def test_the_brand_is_cut_out_whatever_the_trade() -> None:
    assert "金帆" in chinese_short_forms("海盐金帆紧固件")
    assert "海盐金帆" in chinese_short_forms("海盐金帆紧固件")
    assert "杭州青藤软" not in chinese_short_forms("杭州青藤软件科技")  # a listed trade: cut by its words


@pytest.mark.parametrize(
    "text", ["金帆那单改成16万", "jinfan 的 quotation send 了，金额改成 16万", "金帆今天来电话问价格"]
)
def test_the_brand_alone_is_asked(app, admin, brands, text) -> None:
    before = exported(app, admin)
    reply = texts(brands.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("下周三上午去海盐金帆", "海盐金帆紧固件有限公司"),
        ("remind我 next Monday 3pm call 桐庐金帆吴经理", "桐庐金帆渔具有限公司"),
        ("金帆的吴海燕打电话来，说样品收到了", "桐庐金帆渔具有限公司"),
    ],
)
def test_the_place_or_a_contact_tells_which(brands, text, customer) -> None:
    reply = texts(brands.send(text))
    assert customer in reply and "不确定" not in reply and "Not sure" not in reply, reply


def test_a_cut_brand_that_is_another_customers_alias_is_asked(app, admin, chat) -> None:
    chat.send("/customer add 海盐金帆紧固件有限公司")
    chat.send("/customer add 金帆控股有限公司, alias=金帆")
    chat.send("/deal 金帆控股有限公司 2000000 CNY negotiation")
    before = exported(app, admin)
    reply = texts(chat.send("金帆 赢了"))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before
