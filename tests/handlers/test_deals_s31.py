"""Deal news a careful human stores, read by i31-deals (session 31, issue 13). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- A lost deal coming back said as news ("又回来了", "重新立案", "came back to us") reopens it; a value said by
  reference beside a reopen ("按原来的价格做") is the reopened deal's own. Said as a maybe ("可能会回来",
  "might come back to us") it is asked, nothing stored.
- A bare "$" from a rep whose own dollar is the deal's (Sydney, an AUD deal; Toronto, a CAD deal) is that
  dollar; from Sydney for an NZD deal it may be either: asked.
- A loss said as "X掉了" or "X walked" at the clause's end, with the contact's words beside it, is the deal
  lost; a rumoured one ("听说…可能要掉了") is asked.
- A win with the contact's plan and its day beside it ("签了，X说下周开始上线") is stored with a note that
  keeps the day, not asked about the day.
- A stage move with the contact's plan beside it is stored: "X要下周过合同条款" is their plan (no reminder,
  no close date; a note keeps it), "X说5月20号签" is the close date (no note of it), "X要再砍一点" is no 1
  o'clock.
  A stage only expected ("下周应该会进入谈判") is asked.
- A loss said plainly with no reason ("X lost, Y moved to negotiation", "X丢单了") is stored, the reason "no
  reason given" (to edit later), not asked why first.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    return deal


def _lost(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, zone,
        f"/deal {HY} 200000 CNY proposal", f"/lost {HY} 选了别家",
        f"/deal {LF} 30000 USD proposal", f"/lost {LF} went with a cheaper vendor",
    )  # fmt: skip


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [("Asia/Shanghai", "昆山宏远又回来了，陈国栋说按原来的价格做", HY, "200000"),
     ("Asia/Shanghai", "昆山宏远重新立案了，陈总说预算批了，25万", HY, "250000"),
     ("Asia/Hong_Kong", "昆山宏遠又返嚟了！陳生話照舊", HY, "200000"),
     ("America/Chicago", "lakeview freight came back to us, dana says the other one let them down",
      LF, "30000")],
)  # fmt: skip
def test_a_lost_deal_coming_back_said_as_news_is_reopened(
    app, admin, chat, clock, zone, text, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    _lost(chat, clock, zone)
    replies = texts(chat.send(text))
    deal = _deal(app, admin, customer)
    assert deal["status"] == "open", replies
    assert Decimal(deal["amount"]) == Decimal(amount), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远可能会回来，陈国栋说下个季度再看"),
     ("America/Chicago", "lakeview freight might come back to us if dana's budget comes through")],
)  # fmt: skip
def test_a_reopen_said_as_a_maybe_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _lost(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "currency", "text", "amount"),
    [("Australia/Sydney", "AUD", "lakeview freight now $34,500, dana ok'd the extra depot", "34500"),
     ("America/Toronto", "CAD", "lakeview freight is $36k now", "36000")],
)  # fmt: skip
def test_a_bare_dollar_of_the_writers_own_dollar_is_the_deals(
    app, admin, chat, clock, zone, currency, text, amount
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {LF} 30000 {currency} proposal")
    replies = texts(chat.send(text))
    deal = _deal(app, admin, LF)
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(amount), currency), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_dollar_where_two_dollars_fit_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Australia/Sydney", f"/deal {LF} 30000 NZD proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("lakeview freight now $34k")))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [("Asia/Shanghai", "昆山宏远掉了，陈国栋说集团统一采购", HY),
     ("Asia/Taipei", "昆山宏遠掉了，陳總說老闆決定用舊系統", HY),
     ("America/Chicago", "lakeview freight walked - dana rang, they're staying with their old vendor", LF)],
)  # fmt: skip
def test_a_loss_said_as_dropped_or_walked_is_stored(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    currency = "TWD" if zone == "Asia/Taipei" else "CNY"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal", f"/deal {LF} 30000 USD proposal"
    )
    replies = texts(chat.send(text))
    assert _deal(app, admin, customer)["stage"] == "lost", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    [
        "听说昆山宏远可能要掉了，陈国栋最近不回消息",
        "lakeview freight might walk, dana keeps hinting at a cheaper vendor",
    ],
)
def test_a_rumoured_loss_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Shanghai", f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal"
    )
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远签了，陈国栋说下周开始上线"),
     ("Asia/Taipei", "昆山宏遠簽約了，陳總說下個月開始導入")],
)  # fmt: skip
def test_a_win_with_their_plan_beside_it_is_stored(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    currency = "TWD" if zone == "Asia/Taipei" else "CNY"
    two_customers(chat, clock, zone, f"/deal {HY} 300000 {currency} proposal")
    replies = texts(chat.send(text))
    assert _deal(app, admin, HY)["stage"] == "won", replies
    notes = [a for a in exported(app, admin)["activities"] if a["customer"] == HY]
    assert len(notes) == 1 and "下" in notes[0]["summary"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "close", "activities"),
    [("Asia/Shanghai", "昆山宏远推进到谈判了，陈国栋要下周过合同条款", None, 1),
     ("Asia/Shanghai", "昆山宏远推进到谈判，陈国栋说5月20号签", "2029-05-20", 0),
     ("Asia/Taipei", "昆山宏遠進入議價了，陳總要再砍一點", None, 0),
     ("America/Chicago", "lakeview freight moved to negotiation, dana wants to go over the terms next week",
      None, 1)],
)  # fmt: skip
def test_a_stage_move_with_their_plan_beside_it_is_stored(
    app, admin, chat, clock, zone, text, close, activities
) -> None:  # type: ignore[no-untyped-def]
    currency = "TWD" if zone == "Asia/Taipei" else "CNY"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal", f"/deal {LF} 30000 USD proposal"
    )
    replies = texts(chat.send(text))
    customer = LF if text.startswith("lakeview") else HY
    deal = _deal(app, admin, customer)
    assert (deal["stage"], deal["expected_close"]) == ("negotiation", close), replies
    data = exported(app, admin)
    assert data["reminders"] == [] and len(data["activities"]) == activities, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远下周应该会进入谈判，陈国栋还在看条款"])
def test_a_stage_only_expected_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 300000 CNY proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "reason"),
    [("America/Chicago", "lakeview freight lost, kunshan hongyuan moved to negotiation", "no reason given"),
     ("Asia/Shanghai", "昆山宏远丢单了", "未说明原因")],
)  # fmt: skip
def test_a_loss_said_with_no_reason_is_stored(app, admin, chat, clock, zone, text, reason) -> None:  # type: ignore[no-untyped-def]
    if zone == "Asia/Shanghai":
        chat.send("/lang zh")
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    replies = texts(chat.send(text))
    customer = LF if text.startswith("lakeview") else HY
    deal = _deal(app, admin, customer)
    assert (deal["stage"], deal["lost_reason"]) == ("lost", reason), replies
