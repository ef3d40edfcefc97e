"""Session 42, deals (issue 13).

When the customer will buy, order or push a deal ahead, said by a period ("plan to buy in march",
"准备九月份推进"), is the open deal's expected close, as "sign in march" is; a month dropped there left the
close as it was and the message kept as a note.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("customer", "text", "close"),
    [(LF, "lakeview freight - they plan to buy in march", "2030-03-31"),
     (LF, "lakeview: dana says they'll place the order by end of june", "2029-06-30"),
     (HY, "昆山宏远 陈总说准备九月份推进", "2029-09-30"),
     (HY, "昆山宏远 陈总说准备九月份签", "2029-09-30"),
     (HY, "宏远那单 陈总打算十月再推进", "2029-10-31")],
)  # fmt: skip
def test_when_they_will_buy_is_the_close_date(app, admin, chat, clock, customer, text, close) -> None:  # type: ignore[no-untyped-def]
    """Stored at once, or shown on a card that saves it (a Chinese month is still doubted by the learned
    opinion of dates' roles); never a reminder of ours."""
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {customer} 30000 USD proposal")
    reply = texts(chat.send(text))
    if "I'll store" in reply:
        reply += texts(chat.send("1"))
    after = exported(app, admin)
    assert [d["expected_close"] for d in after["deals"]] == [close], reply
    assert not after["reminders"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("sent", "text", "close"),
    [((2030, 1, 20), "昆山宏远 陈总说预计年尾前签", None),  # before 春节 (Feb 3): the lunar year's end?
     ((2030, 1, 20), "昆山宏远 陈总说今年底签", "2030-12-31"),  # 今年底: December's
     ((2029, 4, 26), "昆山宏远 陈总说预计年尾前签", "2029-12-31")],
)  # fmt: skip
def test_a_year_end_said_before_spring_festival_asks(app, admin, chat, clock, sent, text, close) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 300000 CNY proposal")
    clock.set(datetime(*sent, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    reply = texts(chat.send(text))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [close], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远 陈总说还要加一台，大概5万", "宏远 下个月再加两套 8万左右"])
def test_one_more_counted_in_chinese_beside_the_open_deal_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """加一台 / 加两套 (one more of a thing, counted by its measure word) may go on the open deal or be a
    deal of its own, as "a second press brake" may (session 40): asked, not stored as a new deal."""
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 300000 CNY proposal")
    before = exported(app, admin)["deals"]
    reply = texts(chat.send(text))
    assert exported(app, admin)["deals"] == before, reply
