"""Must-asks stored or missed, and kinds stored wrong, read by i35-asks (session 35, issue 13). Own wordings,
not an evaluation set's; the clock is Thu 2029-04-26 10:20 local.

What the reader took as certain, and the property of the words that should have made it doubt:

- a change asked for chat-style, the verb first and no article, with no value ("update X close date",
  "change X amount", "更新一下X的签约日期"): to what?
- the deal's known figure wished in another currency with no new figure ("would like the 30k in euros
  instead", "想把三十万改成美金"): converted or only relabelled?
- a deal to be split in parts ("break the 30k into two separate orders", "那单要拆成两期"): which parts, how
  much each? (paying in parts is no split);
- news someone told, said back with a tag asking to be agreed with ("X says …, right?", "…说可以下单了吧？"):
  the writer is unsure of it; asked, not answered with the customer's card;
- unhappiness with their current supplier (another firm) beside a visit: the visit is logged, no complaint.

The twins said firmly are stored.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str, *more: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/deal {HY} 300000 CNY proposal",
        f"/deal {LF} 30000 USD proposal",
        *more,
    )


ASKED = [
    # no value, the verb first and no article
    (CHI, "pls update lakeview freight close date"),
    (CHI, "change lakeview freight amount"),
    (CHI, "pls amend lakeview freight close date"),
    (SH, "更新一下昆山宏远的签约日期"),
    # the known figure wished in another currency, no new figure
    (CHI, "Dana would like the 30k in euros instead"),
    (SH, "陈国栋想把三十万改成美金"),
    # a deal to be split, the parts not said
    (CHI, "dana wants to break the 30k into two separate orders"),
    (SH, "陈总说昆山宏远那单要拆成两期"),
    (SH, "陈国栋说昆山宏远那个三十万的单子要分成两单签"),
    (CHI, "dana says lakeview freight wants to split the 30k into 2 POs"),
    # news said back with a tag asking to be agreed with
    (CHI, "Dana says lakeview freight can close this month, right?"),
    (SH, "昆山宏远陈国栋说可以下单了吧？"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_value_the_words_leave_open_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "field", "value"),
    [(CHI, "update lakeview freight amount to 34k", LF, "amount", "34000"),
     (CHI, "change lakeview freight close date to may 31", LF, "expected_close", "2029-05-31"),
     (CHI, "dana wants it in euros instead: 28k", LF, "currency", "EUR"),
     (SH, "昆山宏远签约日期改到6月20号", HY, "expected_close", "2029-06-20")],
)  # fmt: skip
def test_the_same_said_with_its_value_is_stored(
    app, admin, chat, clock, zone, text, customer, field, value
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    got = [str(d[field]).split(".")[0] if field == "amount" else str(d[field]) for d in deals]
    assert value in got, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "kinds"),
    [(CHI, "met dana at lakeview freight, unhappy with their current supplier", LF, ("visit", "meeting")),
     (SH, "拜访了昆山宏远陈总，他们对现在的供应商很不满意", HY, ("visit", "meeting")),
     (CHI, "visited lakeview freight, frustrated with their current forwarder", LF, ("visit", "meeting")),
     (CHI, "dana called to complain about our invoice errors", LF, ("complaint",))],
)  # fmt: skip
def test_unhappy_with_another_firm_is_no_complaint(
    app, admin, chat, clock, zone, text, customer, kinds
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    logged = [a["kind"] for a in exported(app, admin)["activities"] if a["customer"] == customer]
    assert logged and logged[0] in kinds, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_rate_per_square_metre_with_no_area_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("昆山宏远陈总要我们按平米报价，每平28")))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_kind_word_of_the_customers_own_name_is_no_meeting(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(
        chat,
        clock,
        CHI,
        "/customer add Harbour Coffee Roasters",
        "/deal Harbour Coffee Roasters 20000 USD proposal",
    )
    replies = texts(chat.send("harbour coffee now 22k, they want the invoice split by site"))
    data = exported(app, admin)
    assert [
        str(d["amount"]).split(".")[0] for d in data["deals"] if d["customer"] == "Harbour Coffee Roasters"
    ] == ["22000"], replies
    assert not [a for a in data["activities"] if a["kind"] == "meeting"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_message_said_on_wechat_is_no_wechat_id(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH)
    replies = texts(chat.send("昆山宏远陈国栋 WeChat：samples 都收到了"))
    logged = [a for a in exported(app, admin)["activities"] if a["customer"] == HY]
    assert [a["kind"] for a in logged] == ["message"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_name_running_into_another_customers_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(
        chat,
        clock,
        CHI,
        "/customer add Ashgrove Freight Services",
        "/customer add Ashwell Freight Forwarding",
        "/deal Ashgrove Freight Services 20000 USD proposal",
        "/deal Ashwell Freight Forwarding 50000 USD proposal",
    )
    before = exported(app, admin)
    asked_and_nothing_stored(
        app, admin, before, texts(chat.send("ashgrove freight forwarding want to go ahead"))
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_correction_onto_the_customers_other_deal_keeps_the_first(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        SH,
        f"/deal {HY} 仓储系统 300000 CNY proposal",
        f"/deal {HY} new deal 门禁 80000 CNY proposal",
    )
    chat.send("昆山宏远门禁改成9万")
    replies = texts(chat.send("更正，是仓储系统改成35万，门禁不动"))
    amounts = {
        d["title"]: str(d["amount"]).split(".")[0]
        for d in exported(app, admin)["deals"]
        if d["customer"] == HY
    }
    assert amounts == {"仓储系统": "350000", "门禁": "80000"}, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_correction_onto_another_customer_found_by_part_of_its_name(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        SH,
        "/customer add 苏州华东智造科技有限公司",
        "/customer add 苏州华南智造模具有限公司",
        "/deal 苏州华东智造科技有限公司 200000 CNY proposal",
        "/deal 苏州华南智造模具有限公司 90000 CNY proposal",
    )
    chat.send("华东智造改成十五万")
    replies = texts(chat.send("不对，是华南智造，华东的不动"))
    amounts = {d["customer"]: str(d["amount"]).split(".")[0] for d in exported(app, admin)["deals"]}
    assert amounts["苏州华南智造模具有限公司"] == "150000", replies
    assert amounts["苏州华东智造科技有限公司"] == "200000", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_another_customers_place_before_this_ones_business_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(
        chat,
        clock,
        SH,
        "/customer add 北京泰和信息技术有限公司",
        "/customer add 天津泰和物流有限公司",
        "/deal 北京泰和信息技术有限公司 500000 CNY proposal",
        "/deal 天津泰和物流有限公司 200000 CNY proposal",
    )
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("北京泰和物流说要推进，下周签")))
