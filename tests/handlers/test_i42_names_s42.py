"""Customers named by part or another form of their name (issue 13, sessions 39 and 42).

A Chinese name is said as its place and a piece of the rest (武汉锅炉 for 武汉精工锅炉制造), as the
brand inside it after a town we do not list (宏泰家具 for 佛山乐从宏泰家具), with the place of its
brackets first (珠海嘉华 for 嘉华物流（珠海）), in pinyin typed in words (zhangjiang huaxin); a
Latin name by words from inside it, clipped or in the plural ("Dim Sum House", "Brissie Timber").
Such a form that two customers share is asked, never picked; characters of the same sound that make
an everyday word of their own (恒星 for 恒兴) are another name; a person who moved to words several
customers share ("去了苏州那家") is asked where, not stored as gone nowhere."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # the linker is the same on PostgreSQL
ASKED = ("I'll store:", "我将保存：", "?", "？")


@pytest.fixture
def names(chat, clock: FakeClock):
    names = (
        "武汉精工锅炉制造有限公司",
        "武汉长江航运有限公司",
        "佛山乐从宏泰家具有限公司",
        "嘉华物流（珠海）有限公司",
        "中山嘉华电子有限公司",
        "宁波恒兴电子有限公司",
        "苏州园区精测仪器有限公司",
        "苏州吴江丝绸有限公司",
        "上海张江华信科技有限公司",
        "上海松江华信精密制造有限公司",
        "Kowloon Dim Sum House",
        "Brisbane Timber Co",
        "Brisbane Marine Services",
        "Sharma Agro Exports",
        "Sharma Precision Castings Pvt Ltd",
    )
    replay(
        chat,
        clock,
        *(f"/customer add {name}" for name in names),
        "/contact add 武汉长江航运有限公司: 韩立, title=经理",
        "/contact add Sharma Agro Exports: Vinod Sharma, title=Proprietor",
        "/deal 武汉精工锅炉制造有限公司 150000 CNY proposal",
        "/deal 佛山乐从宏泰家具有限公司 80000 CNY proposal",
    )
    return chat


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("武汉锅炉那单改成18万", "武汉精工锅炉制造有限公司"),
        ("宏泰家具谈到价格了，改成9万", "佛山乐从宏泰家具有限公司"),
        ("珠海嘉华今天来电话问报价", "嘉华物流（珠海）有限公司"),
        ("zhangjiang huaxin 周四上午十点提醒我发资料", "上海张江华信科技有限公司"),
        ("Dim Sum House called about the menu", "Kowloon Dim Sum House"),
        ("Brissie Timber rang about the invoice", "Brisbane Timber Co"),
        # a word inside a contact's name ("Sharma" of Vinod Sharma) names no other customer
        ("called Vinod Sharma at Sharma Agro about the sensors", "Sharma Agro Exports"),
    ],
)
def test_a_name_said_by_part_of_it_is_that_customer(names, text, customer) -> None:
    reply = texts(names.send(text))
    assert customer in reply and "?" not in reply and "？" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "嘉华那边下周见面",
        "华信周四上午十点提醒我发资料",
        "今天去宁波恒星电子拜访了，对方挺有兴趣",
        "韩立跳槽了，去了苏州那家当主管",
        # a place or a trade the known name does not have, or words going on as another name
        "上海嘉华电子今天来电话问报价",
        "武汉精工医疗来电话问价",
        "恒兴电子医疗来电话问价",  # 电子 is the name's own word, 医疗 is not
        "Dim Sum House of Macau rang for a quote",
        "Timber Co Sydney called about pricing",
    ],
)
def test_a_form_several_fit_or_another_word_is_asked(app, admin, names, text) -> None:
    before = exported(app, admin)
    reply = texts(names.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before
