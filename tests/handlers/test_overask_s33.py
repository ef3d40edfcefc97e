"""What a careful assistant stores without asking (i33-overask, session 33). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- A contact's news when the words that name the customer are the contact's own ("陈总说他们…"): the person
  who named the customer is the one who told it, a known contact, so their news is a note with them, stored
  at once.
- What a contact told us with words between their name and the word of saying ("陈总私下跟我说", "偷偷告诉
  我", "dana let it slip"), or what they mean to do ("打算先在3个车间上线", "plans to open 2 more depots"):
  their news.
- A rival's price beside ours said to stay where it is ("we're still at 40"): our figure as it stands, no
  number left out, no card.
- A score given to our demo ("dana gave the demo a 9/10"): no date, a note with no reminder.
- The threshold of a rule of theirs ("anything over 50k needs the board", "超过30万的采购都要集团批"), a
  count grown to a bare number ("技术部40个人，明年扩到120") and a day that comes round again ("meets the 2nd
  thursday of every month"): their news, no amount of the deal and no date to ask about.
The same shapes with a figure the deal may take, or our price said to move, still go to the card.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

CHICAGO, SHANGHAI = "America/Chicago", "Asia/Shanghai"
DEALS = (f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 40000 USD proposal")


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [(SHANGHAI, "陈总说他们下半年要扩一个新车间", HY, "陈国栋"),
     (SHANGHAI, "陈总讲厂房明年春天要搬到太仓", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远陈总私下跟我说，他们在建第二个仓库", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远要换ERP了，陈总偷偷告诉我的", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远陈总打算先在3个车间上线，一共有8个车间", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远陈总想先开两条新产线", HY, "陈国栋"),
     (CHICAGO, "lakeview: dana let it slip they're merging with a carrier in ohio", LF, "Dana Price"),
     (CHICAGO, "lakeview - dana plans to open 2 more depots, they run 5 now", LF, "Dana Price"),
     (CHICAGO, "a competitor quoted lakeview 35k, dana mentioned it. we're still at 40", LF, "Dana Price"),
     (CHICAGO, "lakeview: dana gave the demo a 9/10", LF, "Dana Price"),
     (CHICAGO, "lakeview: dana says anything over 50k needs the board this year", LF, "Dana Price"),
     (SHANGHAI, "昆山宏远陈总说超过30万的采购都要集团批", HY, "陈国栋"),
     (SHANGHAI, "昆山宏远技术部40个人，陈总说明年扩到120", HY, "陈国栋"),
     (CHICAGO, "lakeview runs 45 trucks, dana says they're growing to 160", LF, "Dana Price"),
     (CHICAGO, "lakeview: dana says the committee meets the 2nd thursday of every month", LF, "Dana Price")],
)  # fmt: skip
def test_a_contacts_news_is_stored_at_once(app, admin, chat, clock, zone, text, customer, person) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [(customer, person)], reply
    assert data["deals"] == before["deals"] and data["reminders"] == [], reply
    assert "Save" not in reply and "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SHANGHAI, "陈总说预算可能在18万左右"),
     (SHANGHAI, "昆山宏远陈总私下跟我说，报价可能要降到15万"),
     (CHICAGO, "lakeview: dana let it slip they might only sign for 30k"),
     (CHICAGO, "a competitor quoted lakeview 35k, dana mentioned it. we're at 40, thinking of matching it"),
     (SHANGHAI, "昆山宏远技术部40个人，陈总说预算扩到120万左右"),
     (CHICAGO, "lakeview: dana says their board might go up to 50k")],
)  # fmt: skip
def test_the_same_news_with_a_figure_of_the_deal_or_ours_moving_is_still_asked(
    app, admin, chat, clock, zone, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [] and data["deals"] == before["deals"], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_call_on_a_day_said_as_month_and_day_is_still_reminded(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *DEALS)
    reply = texts(chat.send("remind me to give dana at lakeview a call 5/10 about the demo"))
    due = [r["due_at"][:10] for r in exported(app, admin)["reminders"]]
    assert due == ["2029-05-10"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_on_a_day_that_comes_round_again_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *DEALS)
    reply = texts(chat.send("remind me the 2nd thursday of every month to call dana at lakeview"))
    data = exported(app, admin)
    assert data["reminders"] == [] and data["activities"] == [], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(SHANGHAI, "昆山宏远报价调成 2万 的月费方案，一年算24万", HY, "240000"),
     (CHICAGO, "lakeview is 3.5k a month now, so 42k a year", LF, "42000")],
)  # fmt: skip
def test_a_monthly_rate_beside_the_sum_it_comes_to_stores_the_sum(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, text, customer, amount
) -> None:
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    deals = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert str(deals[customer]).split(".")[0] == amount, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SHANGHAI, "昆山宏远报价调成 2万 的月费方案，一年算22万"),
     (CHICAGO, "lakeview is 3.5k a month now, so 40k a year"),
     (CHICAGO, "lakeview moved to monthly billing, 3k a month, 40k for the year")],
)  # fmt: skip
def test_a_rate_and_a_sum_that_do_not_agree_are_still_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert exported(app, admin)["deals"] == before["deals"], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(CHICAGO, "lakeview deal is 55k now w/ phase 2 in", LF, "55000"),
     (SHANGHAI, "昆山宏远这单现在28万，含二期", HY, "280000")],
)  # fmt: skip
def test_a_part_said_inside_the_amount_is_no_deal_of_its_own(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, text, customer, amount
) -> None:
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    deals = [(d["customer"], str(d["amount"]).split(".")[0]) for d in exported(app, admin)["deals"]]
    assert len(deals) == 2 and (customer, amount) in deals, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_part_said_as_a_deal_of_its_own_is_still_one(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *DEALS)
    reply = texts(chat.send("lakeview phase 2 as a separate deal, 15k"))
    deals = [(d["customer"], str(d["amount"]).split(".")[0]) for d in exported(app, admin)["deals"]]
    assert (LF, "40000") in deals and (len(deals) == 3 or _asked(reply)), reply
