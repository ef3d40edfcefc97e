"""Session 39's coordinator mends (issue 13), found trying the product as a new user in the terminal.

- "globex PO is in process" was stored as a win ("PO is in" read as the PO come in): a PO still in process,
  in progress or in review is on its way, and nothing is won without asking.
- "Initech wants 3 more seats @ 1200 each" logged a note and said "Not used: 1200": a bare number after "@"
  that prices each of the things counted is money (3 × 1,200), asked against the deal's own figure.
- "call hank @ 10 tomorrow" set the reminder at 09:00 and said "Not used: 10": "@" before an hour is "at".
- "umbrella pushing decision to Q1" stored the close on Mar 31 where "pushed to Q1" asked which day: the thing
  moved may stand between the verb and the quarter.
- "initech printer module 12k, bill wants it" replaced the $18k "TPS automation" deal's amount: a price said
  of a thing no open deal's title names asks change-or-new, as a quote does.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["lakeview PO is in process", "Lakeview Freight's purchase order is in review with their finance"]
)
def test_a_po_on_its_way_is_no_win(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send(text))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["proposal"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_po_in_is_still_a_win(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send("lakeview PO is in!"))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["won"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "shown"),
    [("lakeview wants 4 more trucks @ 2500 each", "$10,000"),
     ("Lakeview Freight - 6 scanners @ 1500", "$9,000")],
)  # fmt: skip
def test_a_price_after_at_for_each_thing_counted_is_money(app, admin, chat, clock, text, shown) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send(text))
    assert shown in reply and "Not used" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_clock_time_after_at_is_no_money(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send("call dana @ 10 tomorrow re lakeview"))
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [30000], reply
    (reminder,) = exported(app, admin)["reminders"]
    assert "10:00" in reply and "@" not in reminder["text"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["lakeview pushing decision to Q3", "lakeview freight pushed the signing back to Q3"]
)
def test_a_close_moved_to_a_bare_quarter_with_what_moved_said_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """ "pushed to Q2" asked which day of it; with what was moved between ("pushing decision to Q1") it
    was stored as the quarter's last day."""
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send(text))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [None], reply
    assert "Q3" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "deal", "text"),
    [("America/Chicago", f"/deal {LF} 30000 USD proposal", "lakeview freight forklift 22k, dana wants it"),
     ("Asia/Shanghai", f"/deal {HY} 300000 CNY proposal", "昆山宏远，检测设备报二十万")],
)  # fmt: skip
def test_the_price_of_a_thing_the_deal_does_not_name_is_asked(
    app, admin, chat, clock, zone, deal, text
) -> None:  # type: ignore[no-untyped-def]
    """ "initech printer module 12k" replaced the $18k TPS deal's amount: a thing's price may be a second
    deal's, so change-or-new is asked and the deal keeps its figure."""
    two_customers(chat, clock, zone, deal)
    before = exported(app, admin)["deals"]
    reply = texts(chat.send(text))
    assert exported(app, admin)["deals"] == before, reply
    assert "new deal" in reply.lower() or "新商机" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_price_of_the_thing_the_deal_is_for_changes_it(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        "America/Chicago",
        f"/deal {LF} 30000 USD proposal",
        f"/edit deal {LF}: title=dock scanners",
    )
    reply = texts(chat.send("lakeview freight dock scanners 26k"))
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [26000], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_figure_beside_in_negotiation_is_the_deals(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """Set 14's writers store "X 四十八万 还在议价" as the deal's figure at the negotiation stage;
    session 39's first mend had asked it (after session 31's own test) and cost a sealed message."""
    two_customers(chat, clock, "Asia/Taipei", f"/deal {HY} 300000 TWD proposal")
    reply = texts(chat.send("昆山宏远三十二萬，還在議價中"))
    (deal,) = exported(app, admin)["deals"]
    assert (deal["amount"], deal["stage"]) == (320000, "negotiation"), reply
