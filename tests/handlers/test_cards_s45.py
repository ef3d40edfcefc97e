"""Session 45, day-logs with a second fact that were shown on a card needlessly (issue 13).

- A figure beside a log at a customer with no deal starts one when what they are keen on, a case opened
  ("先开一个案子", "先立个项") or a price quoted ("报了30万") says it is a deal's; said with none, asked.
- A bare figure at a customer of the user's own place is in the user's own dollar (SGD in Singapore).
- "18K US" is in US dollars; "9 a.m." is a clock time; "quote for 3 showroom kiosk" counts kiosks.
- A month named beside a day of it in figures is no unread date; a soft yes beside a reopen is no win.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, replay, two_customers

CARD = ("I'll store", "我将保存")


def _carded(reply: str) -> bool:
    return any(c in reply for c in CARD)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "amount"),
    [
        ("Asia/Shanghai", "昆山宏远陈国栋电话，想做SMT线监控，先立个项，大概15万", "150000"),
        ("Asia/Taipei", "LINE了陳國棟，昆山宏遠那邊想做溫控監測，大概45萬，先開一個案子", "450000"),
        ("Asia/Taipei", "昆山宏遠陳國棟來公司拜訪，聊冷藏庫，報了30萬", "300000"),
        (
            "Asia/Singapore",
            "drop by lakeview freight, dana keen on the small oven monitoring pkg ~8k",
            "8000",
        ),
    ],
)
def test_a_figure_said_as_a_new_deals_beside_a_log(app, admin, chat, clock, zone, text, amount) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert not _carded(reply), reply
    assert [str(d["amount"]) for d in data["deals"]] == [amount], reply
    assert len(data["activities"]) == 1, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_figure_with_no_deal_word_beside_a_log_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Singapore")
    reply = texts(chat.send("met dana at lakeview freight, 4k a month"))
    assert "?" in reply, reply
    assert exported(app, admin)["deals"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_figure_at_a_home_customer_is_in_the_users_dollar(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Singapore")
    replay(
        chat,
        clock,
        "/customer add Bishan Dental Care, phone=+65 6100 2000",
        "/customer add Tampines Clinic, phone=+65 6100 3000",
        "/customer add Changi Parts, phone=+65 6100 4000",
        "/customer add Toa Payoh Bakery, phone=+65 6100 5000",
        "/deal Tampines Clinic 40000 SGD proposal",
        "/deal Changi Parts 95000 USD proposal",
    )
    reply = texts(chat.send("visited toa payoh bakery, they want the oven monitoring pkg ~8k"))
    new = [d for d in exported(app, admin)["deals"] if d["customer"] == "Toa Payoh Bakery"]
    assert not _carded(reply), reply
    assert [(str(d["amount"]), d["currency"]) for d in new] == [("8000", "SGD")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_figure_followed_by_us_in_capitals_is_us_dollars(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Toronto", f"/deal {HY} 50000 CAD proposal")
    reply = texts(chat.send("quick call with Dana Price Lakeview Freight she wants a proposal for 18K US"))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert not _carded(reply), reply
    assert [(str(d["amount"]), d["currency"]) for d in deals] == [("18000", "USD")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["remind me tomorrow 3 p.m. to send Dana the NDA", "remind me tomorrow 3pm to send Dana the NDA"]
)
def test_a_clock_written_with_dots(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Toronto")
    reply = texts(chat.send(text))
    reminders = exported(app, admin)["reminders"]
    assert not _carded(reply), reply
    assert [r["due_at"][:16] for r in reminders] == ["2029-04-27T19:00"], reply  # 15:00 in Toronto (UTC-4)
    assert [a["kind"] for a in exported(app, admin)["activities"]] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_how_many_a_quote_is_for_is_a_detail(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Singapore")
    reply = texts(
        chat.send("visited dana at lakeview freight. she want quote for 3 showroom kiosk abt RM 24k")
    )
    data = exported(app, admin)
    assert not _carded(reply), reply
    assert [(str(d["amount"]), d["currency"]) for d in data["deals"]] == [("24000", "MYR")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_month_said_before_its_day_in_figures(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Singapore", f"/deal {LF} 80000 SGD negotiation")
    reply = texts(
        chat.send(
            "met dana at lakeview freight, their board only meet first week june so close more like 5/6"
        )
    )
    assert not _carded(reply), reply
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2029-06-05"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_soft_yes_beside_a_reopen(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Singapore", f"/deal {LF} 56000 SGD proposal", f"/lost {LF} price too high"
    )
    reply = texts(
        chat.send("dana from lakeview freight came back, now the price ok for them. reopen the deal at 52k")
    )
    deals = exported(app, admin)["deals"]
    assert not _carded(reply), reply
    assert [(d["stage"], str(d["amount"])) for d in deals] == [("proposal", "52000")], reply
