"""A new company whose name starts like a known one is asked about, never filed under it (issue 13,
session 43).

A Chinese brand followed by a trade or a product its customer's name lacks (a brewery where the known
company is a cold store), characters cut where the message goes on as another word (汽|车 against 汽|配),
or more of the name said and then another trade; a Latin name whose first words run on into capitalised
words the known name lacks, or that ends a run of another name's words. Two such doubted readings are
asked even when one is the user's own account. The known customer said by its own short form, with a
legal form or an abbreviation of its own word, is still stored at once."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the linker is the same on PostgreSQL
ASKED = ("I'll store:", "我将保存：", "?", "？")


@pytest.fixture
def lookalikes(chat, clock: FakeClock):
    names = (
        "重庆山城汽配有限公司",
        "福州闽江粮仓物流有限公司",
        "宁波甬江啤酒花园餐饮有限公司",
        "乌鲁木齐雪莲冷链仓储有限公司",
        "银川沙湖枸杞有限公司",
        "Ballarat Gold Mining Supplies",
        "Hobart Harbour Cruises",
        "Geraldton Marine Packaging",
    )
    replay(
        chat,
        clock,
        *(f"/customer add {name}" for name in names),
        "/contact add 重庆山城汽配有限公司: 王建, title=采购经理",
    )
    return chat


@pytest.mark.parametrize(
    "text",
    [
        "山城汽车那边今天来电话问报价",  # 汽车 cut at 汽: the known name goes on 汽配
        "闽江粮油今天来电话问价格",
        "去了趟甬江啤酒厂，见了他们老板",
        "雪莲啤酒想要一套冷库方案",  # a product the cold store's name lacks
        "沙湖枸杞酒业想谈合作，下周去看看",  # the name said, then another trade
        "Ballarat Gold Jewellers rang asking for a quote",
        "Ballarat Mining Outlet wants a catalogue",
        "Salamanca Ferries Hobart called about pricing",
    ],
)
def test_a_new_company_named_like_a_known_one_is_asked(app, admin, lookalikes, text) -> None:
    before = exported(app, admin)
    reply = texts(lookalikes.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("山城汽配的王建今天来电话问报价", "重庆山城汽配有限公司"),
        ("沙湖枸杞今天来电话问价格", "银川沙湖枸杞有限公司"),
        ("Ballarat Gold Mining rang about the invoice", "Ballarat Gold Mining Supplies"),
        ("Geraldton Marine Pkg called about the invoice", "Geraldton Marine Packaging"),
    ],
)
def test_the_known_customer_by_its_own_words_is_stored(lookalikes, text, customer) -> None:
    reply = texts(lookalikes.send(text))
    assert customer in reply and "?" not in reply and "？" not in reply, reply


@pytest.mark.parametrize("text", ["大连那边让我周五过去一趟，帮我定个提醒", "大连嗰间话想下个礼拜见面"])
def test_a_place_two_customers_open_with_said_as_over_there_is_asked(app, admin, chat, clock, text) -> None:
    """ "大连那边" is the customer over in 大连: with two there, which one is asked, nothing is stored."""
    replay(chat, clock, "/customer add 大连星海渔业有限公司", "/customer add 大连港湾物流有限公司")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before


@pytest.mark.parametrize(
    "text", ["Tom at Ballarat moved to the Geraldton office last week", "visited the Geraldton plant today"]
)
def test_a_site_in_a_place_a_name_opens_with_is_asked(app, admin, lookalikes, text) -> None:
    """ "the Geraldton office" is a site in Geraldton, whoever's it is: no visit or note filed under
    Geraldton Marine Packaging without asking."""
    before = exported(app, admin)
    reply = texts(lookalikes.send(text))
    assert exported(app, admin)["activities"] == before["activities"], reply
