"""Notes and numbers a careful assistant stores without asking (i31-notes, session 31). Own wordings, not
an evaluation set's; the clock is Thu 2029-04-26 10:20 local.

- A rival's price said beside our holding ours ("their old supplier quoted 31k, we're not budging",
  "对手报了12万，我们先不降"): what the contact told is a note, stored at once; "we're thinking of
  matching it", "可能也要降" still go to the card.
- An order or a ticket named by its number and said done, and how the contact took it ("order #5120
  shipped, dana happy", "工单 HY-7702 已解决，陈总很满意"): a note, not the deal's order or money.
- A Chinese name and a colon before what they told ("陈总：一天出货800箱"), a name with where they work
  before the word of saying ("dana at lakeview says …"): their news.
- A number said as the size of what was named before it ("their headcount is 230", "crew of 22") or as a
  label of numbered places ("docks 101-106"): a detail of the log, not a number left unused; "the number
  is 230" is still asked.
- A part of today already gone by ("this morning") said of what happened beside a new amount: when it
  happened, not a day left unused.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

CHICAGO, SHANGHAI = "America/Chicago", "Asia/Shanghai"


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [(CHICAGO, "lakeview: dana says their old supplier quoted 31k, we're not budging", LF, "Dana Price"),
     (CHICAGO, "Lakeview Freight - Dana mentioned a competitor came in at 29k. we held firm", LF,
      "Dana Price"),
     (SHANGHAI, "昆山宏远陈国栋说对手报了12万，我们先不降", HY, "陈国栋"),
     (SHANGHAI, "昆山宏遠陳總說別家一噸報價900元，我們維持原價", HY, "陈国栋"),
     (CHICAGO, "lakeview order #5120 shipped, dana happy", LF, "Dana Price"),
     (CHICAGO, "ticket LV-4471 closed for lakeview freight, dana pleased", LF, "Dana Price"),
     (SHANGHAI, "昆山宏远工单 HY-7702 已解决，陈总很满意", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远陈总：一天出货800箱，12辆货车", HY, "陈国栋"),
     (CHICAGO, "dana at lakeview says their volume is up 12% this year", LF, "Dana Price"),
     # a rival's price with no word of our moving ours is their news too (session 32: every writer labels it
     # so, focus O en053 / zh131, the own deals set's d-en029 / d-zh020)
     (CHICAGO, "lakeview: dana says their old supplier quoted 31k", LF, "Dana Price")],
)  # fmt: skip
def test_a_contacts_news_with_figures_not_the_deals_is_stored_at_once(
    app, admin, chat, clock, zone, text, customer, person
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [(customer, person)], reply
    assert "Save" not in reply and "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(CHICAGO, "lakeview: dana says their old supplier quoted 31k, we're thinking of matching it"),
     (SHANGHAI, "昆山宏远陈国栋说对手报了12万，我们可能也要降一点"),
     (CHICAGO, "lakeview order #5120 shipped, dana happy, might double it next time"),
     (SHANGHAI, "昆山宏远工单已解决，陈总很满意，说可能再加一期"),
     (SHANGHAI, "昆山宏远陈总：可能要再加一条线")],
)  # fmt: skip
def test_the_same_news_with_our_price_moving_or_a_guess_is_still_asked(
    app, admin, chat, clock, zone, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [] and data["deals"] == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "kind"),
    [("called dana at lakeview, their headcount is 230 across 9 depots", "call"),
     ("visited lakeview freight, dana's yard crew of 22, docks 101-106 are theirs", "visit"),
     ("spoke to dana at lakeview on the phone, fleet of 48, bays 210-214 in the north yard", "call")],
)  # fmt: skip
def test_a_size_said_after_its_noun_is_a_detail_of_the_log(app, admin, chat, clock, text, kind) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    logged = [(a["customer"], a["kind"], a["contact"]) for a in data["activities"]]
    assert logged == [(LF, kind, "Dana Price")], reply
    assert "Not used" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_number_after_a_word_that_is_no_size_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(chat.send("called dana at lakeview, she says the number is 230"))
    assert exported(app, admin)["activities"] == [], reply
    assert "230" in reply and "?" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(CHICAGO, "lakeview now 45k, dana got the sign-off from finance this morning", LF, "45000"),
     (SHANGHAI, "昆山宏远金额改到45万，陈总今天上午确认的", HY, "450000")],
)  # fmt: skip
def test_a_part_of_today_gone_by_is_when_it_happened(
    app, admin, chat, clock, zone, text, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    currency = "USD" if customer == LF else "CNY"
    two_customers(chat, clock, zone, f"/deal {customer} 40000 {currency} proposal")
    reply = texts(chat.send(text))
    deals = exported(app, admin)["deals"]
    assert [(d["customer"], str(d["amount"])) for d in deals] == [(customer, amount)], reply
    assert "Save" not in reply and "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_part_of_today_in_a_reminder_asked_with_a_maybe_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 40000 USD proposal")
    reply = texts(chat.send("lakeview now 45k, maybe remind me this afternoon or tomorrow"))
    data = exported(app, admin)
    assert [str(d["amount"]) for d in data["deals"]] == ["40000"] and data["reminders"] == [], reply
    assert "?" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [(SHANGHAI, "昆山宏远陈国栋说月底才开会定预算，让我们月底再联系", HY),
     (CHICAGO, "lakeview: dana says their board meets monday, asked us to call back monday", LF)],
)  # fmt: skip
def test_their_day_beside_our_step_on_the_same_day_is_not_doubted_as_the_reminders(
    app, admin, chat, clock, zone, text, customer
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [r["customer"] for r in data["reminders"]] == [customer], reply
    assert "Save" not in reply and "保存" not in reply, reply
