"""Session 32's coordinator mends (issue 13): session 31's regressions found on a sealed look, in other words.

- A loss stored with "no reason given" takes the reason sent right after it ("please add reason: …",
  "because …", "原因：…") as one record; a follow-up about another customer is its own news.
- Someone else will follow the account and nobody is named ("要换人跟，还没讲是谁", "someone else will take
  over"): followed by whom? asked; with the new one named, the contact is stored.
- "go ahead at 20": a figure without its unit, not 20:00; asked, nothing stored. A clock time said as one
  ("call her at 15:00 tomorrow") is still a time.
- An honorific left of a removed name ("Mori-san" → "san") or a day word of a reminder tells no namesake
  from another: "Hoshino-san deal to negotiation" is asked which Hoshino.
- A bare weekday put in place of a day said with its week keeps the week: "下周三", then "not wed, thu 4pm",
  is Thursday of next week, not this one (session 31's trial).
- An offer said accepted beside a stage or an amount says why the deal moved there, not that it is won
  ("now in negotiation, dana accepted our offer"); said alone ("quote accepted 🎉") it is the win.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    return deal


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "loss", "follow_up", "customer", "reason"),
    [("America/Chicago", "lakeview freight is lost", "pls add the reason: dana found a cheaper carrier",
      LF, "dana found a cheaper carrier"),
     ("America/Chicago", "lost lakeview freight", "because their new COO froze all spend",
      LF, "their new COO froze all spend"),
     ("Asia/Shanghai", "昆山宏远这单丢了", "补充一下原因：陈国栋他们预算被砍了", HY, "陈国栋他们预算被砍了")],
)  # fmt: skip
def test_a_reason_sent_after_a_plain_loss_is_its_reason(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, loss, follow_up, customer, reason
) -> None:
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    chat.send(loss)
    replies = texts(chat.send(follow_up))
    deal = _deal(app, admin, customer)
    assert (deal["stage"], deal["lost_reason"]) == ("lost", reason), replies
    assert len(exported(app, admin)["deals"]) == 2, replies  # the same deal, no second one


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_second_reason_sent_replaces_the_first(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    chat.send("lakeview freight is lost")
    chat.send("reason: budget cut")
    replies = texts(chat.send("reason: dana's CFO froze all new spend"))
    assert _deal(app, admin, LF)["lost_reason"] == "dana's CFO froze all new spend", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_news_of_another_customer_after_a_loss_is_no_reason(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "America/Chicago", f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal"
    )
    chat.send("lakeview freight is lost")
    chat.send("because of the storm the 昆山宏远 deal is now 280k CNY")
    assert _deal(app, admin, LF)["lost_reason"] == "no reason given"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远陈总说后面要换个人对接，还没讲是谁"),
     ("Asia/Hong_Kong", "昆山宏遠陳生話下個月換人跟進，未講係邊個"),
     ("Asia/Shanghai", "昆山宏远陈国栋说之后会换人"),
     ("America/Chicago", "lakeview freight: dana says somebody else will take over our account next month")],
)  # fmt: skip
def test_a_handover_with_nobody_named_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_handover_naming_the_new_one_stores_the_contact(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    replies = texts(chat.send("昆山宏远陈总说后面要换人对接，新的是周海涛"))
    assert "周海涛" in replies and "周海涛" in str(exported(app, admin)["customers"]), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["lakeview freight dana said we can go ahead at 18", "lakeview freight settled at 22"]
)
def test_a_figure_after_go_ahead_is_no_clock_time(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_clock_time_beside_go_ahead_is_still_a_time(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    replies = texts(chat.send("lakeview freight dana says go ahead, ring her at 16:00 tomorrow"))
    (reminder,) = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("America/Chicago"))
    assert (due.day, due.hour) == (27, 16), replies
    assert _deal(app, admin, LF)["stage"] == "won", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_honorific_tells_no_namesake_apart(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Tokyo",
        "/customer add Hoshino Denki KK", "/customer add Hoshino Foods KK",
        "/contact add Hoshino Denki KK: Mori Aki",
        "/deal Hoshino Denki KK 5000000 JPY proposal", "/deal Hoshino Foods KK 900000 JPY qualified",
        "/remind Hoshino Denki KK visit Mori-san next week 10 May 11am",
    )  # fmt: skip
    before = exported(app, admin)
    replies = texts(chat.send("Hoshino-san deal moving to negotiation now"))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "day"),
    [("拜访了昆山宏远的陈总，下周三再跟进", 19),  # Thursday of next week, as the week was said
     ("拜访了昆山宏远的陈总，周三再跟进", 12)],  # a bare weekday put right by another: this week's
)  # fmt: skip
def test_a_weekday_put_right_keeps_the_week_said(app, admin, chat, clock, first, day) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    clock.set(datetime(2029, 4, 10, 10, 20, tzinfo=ZoneInfo("Asia/Shanghai")))  # a Tuesday
    chat.send(first)
    replies = texts(chat.send("oops not wed, thursday 4pm"))
    (reminder,) = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Asia/Shanghai"))
    assert (due.day, due.hour) == (day, 16), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("texts_sent", "stage", "amount"),
    [(["lakeview freight: dana confirmed 33k, updated quote accepted"], "proposal", "33000"),
     (["lakeview freight now in negotiation, dana accepted our offer"], "negotiation", "30000"),
     (["lakeview freight: quote accepted 🎉"], "won", "30000")],  # said alone, the acceptance is the win
)  # fmt: skip
def test_an_accepted_offer_beside_a_stage_or_amount_explains_it(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, texts_sent, stage, amount
) -> None:
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 30000 USD proposal")
    replies = [texts(chat.send(t)) for t in texts_sent]
    deal = exported(app, admin)["deals"][0]
    assert (deal["stage"], str(deal["amount"])) == (stage, amount), replies
