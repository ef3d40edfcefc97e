"""Silent wrong writes read by i32-asks (session 32, issue 13). Own wordings, not an evaluation set's; the
clock is Thu 2029-04-26 10:20 local (the mainland May Day holiday is 05-01…05-05: 节后 is Mon 05-07).

Why the reader was sure, and the word that should have told it otherwise:

- a loss feared, said with a bare Chinese loss verb to come ("怕是要丢", "看样子要黄"): asked, as "快要黄了"
  is;
- a lost customer who wants to talk again, the reopen only floated in plain words ("maybe restart things",
  "可能重新开始"): asked, the deal stays lost;
- another party's plan on a day said only by a holiday's end ("说节后再谈", "after memorial day"): their plan,
  kept in a note with that contact, no reminder of ours (as "说下周再谈" already was);
- a family name and a title ("陈总") that fit two contacts of one customer: which one is asked;
- a contact's standing rule or liking with a clock in it ("no calls after 2pm", "prefers afternoon visits"):
  a note with that contact, no reminder at that hour.

The twins said firmly (told, our own plan, one namesake) are stored.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str, *more: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == SH else "USD"
    two_customers(
        chat,
        clock,
        zone,
        f"/deal {HY} 300000 {currency} proposal",
        f"/deal {LF} 30000 {currency} proposal",
        *more,
    )


def _local_dues(app, admin, zone: str) -> list[str]:  # type: ignore[no-untyped-def]
    reminders = exported(app, admin)["reminders"]
    return [
        datetime.fromisoformat(r["due_at"]).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M")
        for r in reminders
    ]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远怕是要丢", "昆山宏远那单看样子要黄", "昆山宏远估计会输"])
def test_a_loss_feared_with_a_bare_verb_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_loss_told_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH)
    replies = texts(chat.send("昆山宏远丢了，价格太高"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == HY]
    assert deal["stage"] == "lost", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(CHI, "lakeview - dana wants to chat again, maybe restart things"),
     (CHI, "lakeview freight: dana keen to talk again, might pick it back up"),
     (SH, "昆山宏远陈国栋想再谈谈，可能重新开始")],
)  # fmt: skip
def test_a_reopen_only_floated_is_not_stored(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    customer = HY if zone == SH else LF
    _deals(chat, clock, zone, f"/lost {customer} budget")
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] == "lost", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reopen_said_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI, f"/lost {LF} budget")
    replies = texts(chat.send("lakeview is back on, dana wants to restart, reopen the deal"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert deal["status"] == "open", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "contact"),
    [(SH, "昆山宏远陈国栋说节后再谈", HY, "陈国栋"),
     (SH, "昆山宏远陈国栋讲五一后给我们答复", HY, "陈国栋"),
     (CHI, "lakeview - dana says they'll come back to us after memorial day", LF, "Dana Price")],
)  # fmt: skip
def test_their_plan_after_a_holiday_is_a_note(app, admin, chat, clock, zone, text, customer, contact) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    assert data["reminders"] == [], replies
    assert [a for a in data["activities"] if a["customer"] == customer and a["contact"] == contact], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_our_plan_after_the_holiday_is_a_reminder(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """Asked for in words, it is the first working day after the break; said as a plan alone ("节后找…再谈")
    no day is said, so which day is asked (session 45: set 14's and S5's writers ask; set 12's stored it)."""
    _deals(chat, clock, SH)
    replies = texts(chat.send("节后提醒我找昆山宏远陈国栋再谈"))
    assert [d[:10] for d in _local_dues(app, admin, SH)] == ["2029-05-07"], replies
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("节后找昆山宏远陈国栋谈报价")))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_family_name_of_two_contacts_at_one_customer_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH, f"/contact add {HY}: 陈晓华, title=采购经理")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("提醒我明天给陈总发方案")))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_family_name_of_one_contact_names_its_customer(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, SH)
    replies = texts(chat.send("提醒我明天下午三点给陈总发方案"))
    reminders = exported(app, admin)["reminders"]
    assert [r["customer"] for r in reminders] == [HY], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["lakeview - dana prefer morning appointments only, no calls after 2pm",
     "dana at lakeview prefers afternoon visits, no calls before 11am",
     "lakeview freight: dana prefers calls on fridays, never ring before 10am"],
)  # fmt: skip
def test_a_contacts_standing_rule_is_no_reminder(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    assert data["reminders"] == [], replies
    assert [a for a in data["activities"] if a["customer"] == LF and a["contact"] == "Dana Price"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_our_call_at_that_hour_is_a_reminder(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, CHI)
    replies = texts(chat.send("call dana at lakeview freight tomorrow at 11am"))
    assert _local_dues(app, admin, CHI) == ["2029-04-27T11:00"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [(CHI, "lakeview freight accepted our proposal", LF),
     (CHI, "rang dana at lakeview, revised quote accepted!", LF),
     (SH, "昆山宏远的报价被接受了", HY),
     (SH, "昆山宏远签下来了", HY)],
)  # fmt: skip
def test_an_offer_said_accepted_is_won(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] == "won", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [(CHI, "lakeview - if the quote is accepted they start in june", LF),
     (SH, "昆山宏远应该这个月能签下来", HY)],
)  # fmt: skip
def test_a_win_to_come_is_not_stored(app, admin, chat, clock, zone, text, customer) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert deal["stage"] == "proposal", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(CHI, "lakeview freight adding the second depot, +$5k so 35k total now", LF, "35000"),
     (CHI, "lakeview adding the second depot, +$5k, total now 35k", LF, "35000")],
)  # fmt: skip
def test_an_add_on_said_with_its_total_is_the_deals_amount(
    app, admin, chat, clock, zone, text, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert [str(d["amount"]).split(".")[0] for d in deals] == [amount], replies
