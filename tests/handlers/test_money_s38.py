"""Session 38, lane i38-money (issue 13): money on deal records, read the way a careful person reads it.

- A lakh written apart from its figure ("7.5 L", "reopen at 12 L") is a lakh, not nothing (and "at 12 L" is no
  clock time); a new deal counted in lakh is in rupees; litres stay litres ("a 20 L drum", "40 L per hour").
- A new deal's bare figure is in the currency the user's deals in the customer's country (its phone's calling
  code) are kept in; a bare "$" for a customer in another dollar's country than the user's is asked.
- "X is dead …, mark it lost": the user's own order settles what "dead" left open.
- "let's see", "就差签字", "基本谈妥了": the yes is not yet a win (asked); "陈总盖好章了" is one.
- A signing said for a week with no day ("they'll sign next week") is no close date to store: asked.
- A bare 萬 from Hong Kong for a deal kept in yuan is HK$ or yuan: asked.
- "定了20" (a number settled, no unit) and "final figure 52" (a bare figure, no unit) are asked.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import find_amounts
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported

PUNE, NEW_IN = "Deccan Looms Pvt Ltd", "Konkan Cashew Works"
SYD, MEL, AKL = "Bondi Kiosk Co", "Yarra Signage Pty Ltd", "Rotorua Geo Tours"
NEW_AU, NEW_NZ = "Cairns Reef Dive Pty Ltd", "Tauranga Kiwifruit Co"
SZ = "深圳南山鼎峰物流有限公司"
HY = "昆山宏远精密有限公司"


def _india(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Kolkata")))
    chat.send("/tz Asia/Kolkata")
    for name, phone in ((PUNE, "+91 20 5555 0101"), (NEW_IN, "+91 832 555 0202")):
        chat.send(f"/customer add {name}, phone={phone}")
    chat.send(f"/contact add {PUNE}: Meera Kulkarni, title=Purchase Head")
    chat.send(f"/contact add {NEW_IN}: Ravi Shetty, title=Owner")
    chat.send(f"/deal {PUNE} 500000 INR proposal")


def _sydney(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Australia/Sydney")))
    chat.send("/tz Australia/Sydney")
    for name, phone in ((SYD, "+61 2 5550 1000"), (MEL, "+61 3 5550 2000"), (NEW_AU, "+61 7 5550 3000"),
                        (AKL, "+64 7 555 4000"), (NEW_NZ, "+64 7 555 5000")):  # fmt: skip
        chat.send(f"/customer add {name}, phone={phone}")
    chat.send(f"/deal {SYD} 30000 AUD proposal")
    chat.send(f"/deal {MEL} 12000 AUD qualified")
    chat.send(f"/deal {AKL} 40000 NZD proposal")


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert len(deals) == 1, deals
    return deals[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [("quoted 7.5 L for the looms", Decimal(750000)), ("revised value 12 L, please update", Decimal(1200000)),
     ("at 3.25 L", Decimal(325000)), ("45L", Decimal(4500000))],
)  # fmt: skip
def test_a_lakh_written_apart_from_its_figure_is_a_lakh(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    "text", ["ordered a 20 L drum of coolant", "pump moves 40 L per hour", "30 L drums x 12", "2 L of oil"]
)
def test_litres_stay_litres(text: str) -> None:
    assert find_amounts(text) == []


def test_a_figure_in_lakh_after_at_is_no_clock_time() -> None:
    tz = ZoneInfo("Asia/Kolkata")
    now = datetime(2029, 4, 26, 10, 20, tzinfo=tz)
    for text in ("reopen the deal at 12 L", "they came back at 14 lakh", "settle at 2 crore"):
        assert find_when(text, now=now, tz=tz) is None, text
    assert find_when("call them at 4", now=now, tz=tz) is not None


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_revised_figure_in_lakh_changes_the_deal(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _india(chat, clock)
    replies = texts(chat.send(f"{PUNE} - Meera confirmed revised quote 6.8 L"))
    deal = _deal(app, admin, PUNE)
    assert Decimal(str(deal["amount"])) == Decimal(680000), replies
    assert deal["currency"] == "INR"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_new_deal_counted_in_lakh_is_in_rupees(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _india(chat, clock)
    replies = texts(
        chat.send(f"{NEW_IN} - new requirement for a sorting line, proposal of 14 L sent to Ravi")
    )
    deal = _deal(app, admin, NEW_IN)
    assert (Decimal(str(deal["amount"])), deal["currency"]) == (Decimal(1400000), "INR"), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("customer", "currency"), [(NEW_AU, "AUD"), (NEW_NZ, "NZD")])
def test_a_new_deals_bare_figure_takes_the_currency_of_the_users_deals_in_that_country(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, customer, currency
) -> None:
    _sydney(chat, clock)
    replies = texts(chat.send(f"{customer} keen on a booking screen for the front desk, quoted 9.5k"))
    deal = _deal(app, admin, customer)
    assert (Decimal(str(deal["amount"])), deal["currency"]) == (Decimal(9500), currency), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_dollar_for_a_customer_where_another_dollar_is_used_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _sydney(chat, clock)
    before = exported(app, admin)
    replies = texts(chat.send(f"{NEW_NZ} after packhouse sensors, $17k"))
    asked_and_nothing_stored(app, admin, before, replies)
    chat.send("3")  # cancel the card
    replies = texts(chat.send(f"{NEW_NZ} after packhouse sensors, NZ$17k"))
    assert _deal(app, admin, NEW_NZ)["currency"] == "NZD", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_users_order_to_mark_it_lost_settles_a_dead_deal(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _sydney(chat, clock)
    replies = texts(chat.send(f"{MEL} is dead, they renewed with the incumbent - mark it as lost"))
    assert _deal(app, admin, MEL)["status"] == "lost", replies
    before = exported(app, admin)
    replies = texts(chat.send(f"{SYD} is dead"))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "customer", "text"),
    [("Australia/Sydney", SYD, f"{SYD}: owner said yes to the package, let's see"),
     ("Australia/Sydney", SYD, f"{SYD} reckons they'll sign next week"),
     ("Asia/Shanghai", HY, f"{HY}陈总那边基本定了，只差老板签字"),
     ("Asia/Shanghai", HY, f"{HY}那边定了20")],
)  # fmt: skip
def test_a_yes_not_yet_done_or_a_week_with_no_day_is_asked(app, admin, chat, clock, zone, customer, text):  # type: ignore[no-untyped-def]
    if zone == "Australia/Sydney":
        _sydney(chat, clock)
    else:
        clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(zone)))
        chat.send(f"/tz {zone}")
        chat.send(f"/customer add {HY}")
        chat.send(f"/contact add {HY}: 陈国栋, title=总经理")
        chat.send(f"/deal {HY} 300000 CNY negotiation")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert _deal(app, admin, customer)["status"] == "open"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_contract_stamped_by_their_boss_is_a_win(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    chat.send("/tz Asia/Shanghai")
    chat.send(f"/customer add {HY}")
    chat.send(f"/contact add {HY}: 陈国栋, title=总经理")
    chat.send(f"/deal {HY} 300000 CNY negotiation")
    replies = texts(chat.send(f"{HY}陈总盖好章了，合同寄回来了"))
    assert _deal(app, admin, HY)["status"] == "won", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_myriad_from_hong_kong_for_a_yuan_deal_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Hong_Kong")))
    chat.send("/tz Asia/Hong_Kong")
    chat.send(f"/customer add {SZ}")
    chat.send(f"/deal {SZ} 300000 CNY proposal")
    before = exported(app, admin)
    replies = texts(chat.send(f"{SZ} 老闆話壓到28萬"))
    asked_and_nothing_stored(app, admin, before, replies)
    chat.send("3")
    replies = texts(chat.send(f"{SZ} 老闆話壓到人民幣28萬"))
    assert Decimal(str(_deal(app, admin, SZ)["amount"])) == Decimal(280000), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_figure_named_as_the_deals_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _sydney(chat, clock)
    before = exported(app, admin)
    replies = texts(chat.send(f"{SYD} revised offer 27"))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("sent the quote at forty two seven", Decimal(42700), None),
     ("came back at eighty one two dollars", Decimal(81200), "USD"),
     ("改成三十五万 HKD", Decimal(350000), "HKD"), ("改成十二万usd", Decimal(120000), "USD")],
)  # fmt: skip
def test_a_price_said_the_short_way_and_a_code_after_chinese_numerals(text, value, currency) -> None:  # type: ignore[no-untyped-def]
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(value, currency)]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_quote_said_as_the_figure_to_go_by_changes_the_deal(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    chat.send("/tz Asia/Shanghai")
    chat.send(f"/customer add {HY}")
    chat.send(f"/contact add {HY}: 陈国栋, title=总经理")
    chat.send(f"/deal {HY} 300000 CNY proposal")
    replies = texts(chat.send(f"{HY}陈总说两条线都要 报价就按36万来"))
    assert Decimal(str(_deal(app, admin, HY)["amount"])) == Decimal(360000), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_figure_for_a_customer_whose_deal_is_won_asks_unless_it_is_a_new_order(
    app, admin, chat, clock
) -> None:  # type: ignore[no-untyped-def]
    _india(chat, clock)
    chat.send(f"/won {PUNE}")
    before = exported(app, admin)
    replies = texts(chat.send(f"{PUNE} 5.6 L, Meera okayed"))
    asked_and_nothing_stored(app, admin, before, replies)
    chat.send("3")
    replies = texts(chat.send(f"{PUNE} repeat order for next season, 5.6 L, Meera wants the proposal"))
    amounts = sorted(
        Decimal(str(d["amount"])) for d in exported(app, admin)["deals"] if d["customer"] == PUNE
    )
    assert amounts == [Decimal(500000), Decimal(560000)], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", [f"{HY}预算批了六十个左右", f"和{HY}陈总吃了个饭，他说报价压到大概七十个，下个月签"]
)
def test_a_figure_of_money_said_with_ge_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    chat.send("/tz Asia/Shanghai")
    chat.send(f"/customer add {HY}")
    chat.send(f"/contact add {HY}: 陈国栋, title=总经理")
    chat.send(f"/deal {HY} 300000 CNY proposal")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)
    assert "个" in replies, replies
