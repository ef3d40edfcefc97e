"""Session 26's record mechanisms, read alone (no database; the chat is checked by the own set
benchmarks/understanding/own/records_s26.json): a price agreed or a part signed off is no win; a discount
asked for is no amount; an order come in or another seller taking the business is an outcome; a pasted
signature's fields, a phone said in Chinese numerals, a Chinese name with an English one beside it; their
event a date is told by is no interaction of ours; thousands in Chinese numerals and 欧 as euros.
Fresh customers and wordings (not the own set's or focus I's)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from handlers.parsing.amounts import find_amounts
from handlers.understanding.deal_amounts import relatives
from handlers.understanding.log_amounts import condition_told
from handlers.understanding.people import read_news
from handlers.understanding.reading import Reading
from tests.support.exported import exported
from tests.support.reading import reading_at

NOW = datetime(2027, 3, 9, 15, 0, tzinfo=UTC)  # a Tuesday afternoon


def reading_of(text: str, tz: str = "Asia/Shanghai") -> Reading:
    return reading_at(text, NOW, tz)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("pinefield price agreed, nora signed off on the extra racking", None),
     ("松柏家居的单价谈定了，总价二十二万", None),
     ("松柏家居 price 定了 十八万", None),
     ("松柏家居陈总话價錢傾掂咗", None),
     ("pinefield pricing is locked in at 31k", None),
     ("pinefield signed off on the contract", "won"),
     ("pinefield signed off on the whole package, 31k", "won"),
     ("松柏家居的合同定了，二十二万", "won"),
     ("pinefield order is finalised", "won")],
)  # fmt: skip
def test_a_price_agreed_or_a_part_signed_off_is_no_win(text: str, outcome: str | None) -> None:
    assert reading_of(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("pinefield: PO came through this morning", "won"),
     ("pinefield - their purchase order arrived today", "won"),
     ("pinefield order received, 31k", "won"),
     ("松柏家居的订单刚刚收到了", "won"),
     ("松柏家居的采购订单今天下来了", "won"),
     ("pinefield - still waiting for the PO to come through", None),
     ("松柏家居的订单还没下来", None),
     ("the pinefield order came in damaged", None),
     ("pinefield - a rival took the contract", "lost"),
     ("pinefield: another vendor won the tender", "lost"),
     ("pinefield handed the job to a cheaper outfit", "lost"),
     ("松柏家居最后选了本地的供应商", "lost"),
     ("松柏家居换了一家更便宜的厂家", "lost"),
     ("松柏家居的单子被外地厂抢走了", "lost"),
     ("松柏家居可能会选本地供应商", None),
     ("pinefield went with a bigger regional supplier", "lost"),
     ("pinefield - some competitor lowballed us and won the tender", "lost"),
     ("松柏家居最后跟一家东莞的厂签了", "lost"),
     ("pinefield emailed us their PO today", "won"),
     ("pinefield: signed contract in hand", "won"),
     ("we got the deal, a competitor tried to undercut us", "won")],
)  # fmt: skip
def test_outcomes_said_in_other_words(text: str, outcome: str | None) -> None:
    assert reading_of(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "given"),
    [("pinefield call, nora wants 7% off", False),
     ("pinefield is demanding a 12 percent discount", False),
     ("松柏家居陈总要打九折", False),
     ("pinefield: knocked 7% off, she took it", True),
     ("松柏家居最后打了九五折", True),
     ("nora'd love 6% off if they pay upfront", False),
     ("pinefield price is now 8% lower", True)],
)  # fmt: skip
def test_a_discount_asked_for_is_not_given(text: str, given: bool) -> None:
    assert [r.done for r in relatives(reading_of(text))] == [given]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("pinefield, from his signature: Dipl.-Ing. Lukas Brandt | Technischer Leiter | +49 30 555 0114",
      [("Dipl.-Ing. Lukas Brandt", "Technischer Leiter", "+49 30 555 0114")]),
     ("pinefield new contact: Dr. Ines Moll | Chief Financial Officer | ines@pinefield.example",
      [("Dr. Ines Moll", "Chief Financial Officer", None)]),
     ("松柏家居换人了，以后找财务部的岑晓东，电话幺三九零零零一二三四五",
      [("岑晓东", "财务", "13900012345")]),
     ("松柏家居新對接人：財務經理伍穎欣 Vivian，電話 9876 1234", [("伍穎欣", "財務經理", "9876 1234")]),
     ("from the email: Mme Claire Dubois | Responsable logistique | claire@pinefield.example | Pinefield SA",
      [("Mme Claire Dubois", "Responsable logistique", None)]),
     ("松柏家居新联系人是 Eric 程立伟，采购主管，电话 138 0000 4321",
      [("程立伟", "采购主管", "138 0000 4321")])],
)  # fmt: skip
def test_contact_details_read_by_the_shape_they_are_written_in(text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert [(n.who, n.title, n.phone) for n in read_news(text) if n.who] == expected


def test_their_event_a_date_is_told_by_is_no_meeting_of_ours() -> None:
    reading = reading_of(
        "pinefield close moving to end of May, nora says PO after their board mtg", "Europe/Dublin"
    )
    assert reading.kind is None
    assert reading.close is not None and reading.close.isoformat() == "2027-05-31"
    assert reading_of("met nora after their board meeting", "Europe/Dublin").kind == "meeting"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("新开一个单子，六千欧", "6000", "EUR"), ("两万三欧", "23000", "EUR"), ("四千五百英镑", "4500", "GBP")],
)
def test_chinese_thousands_and_euros(text: str, value: str, currency: str) -> None:
    assert [(a.value, a.currency) for a in find_amounts(text)] == [(Decimal(value), currency)]


@pytest.mark.parametrize(
    "text",
    [
        "松柏家居陈总说价格降到二十万就签",
        "nora says they'll sign if we come down to 28k",
        "松柏家居说只要做到八万就下单",
    ],
)
def test_their_condition_is_no_amount_of_the_deal(text: str) -> None:
    reading = reading_of(text)
    condition_told(reading)
    assert reading.amounts == []


def test_a_comparison_of_prices_is_no_discount() -> None:
    assert relatives(reading_of("pinefield went with the other bidder, they were 12% cheaper")) == []


def test_thousands_without_a_currency_stay_unread() -> None:
    assert find_amounts("要三千箱") == []
    assert [a.currency for a in find_amounts("五万欧洲客户")] == [None]


def test_lao_and_a_family_name_tells_namesakes_apart(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 东莞松柏家居有限公司, alias=松柏家居")
    chat.send("/customer add 惠州松柏家居有限公司, alias=松柏")
    chat.send("/contact add 东莞松柏家居: 庞国栋, title=采购经理")
    chat.send("/contact add 惠州松柏家居: 吕静, title=财务")
    chat.send("/deal 东莞松柏家居 200000 CNY proposal")
    chat.send("/deal 惠州松柏家居 90000 CNY proposal")
    chat.send("松柏老庞那边的单子进谈判了")
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"东莞松柏家居有限公司": "negotiation", "惠州松柏家居有限公司": "proposal"}


def test_the_taker_described_is_the_reason_of_a_loss_said_again(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Pinefield Joinery, alias=Pinefield")
    chat.send("/deal Pinefield 30000 EUR proposal")
    chat.send("pinefield: nora called, they're going with a Welsh supplier. we lost it")
    [deal] = exported(app, admin)["deals"]
    assert deal["stage"] == "lost" and "Welsh supplier" in deal["lost_reason"]
