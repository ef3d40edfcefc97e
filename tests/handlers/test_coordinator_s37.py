"""Session 37's coordinator mends (issue 13), found trying the product as a new user in the terminal.

- "mark my reminder done" with several reminders open answered "None of your open reminders is about
  'mark my'": the reminder named by no words is now your only one, or asked among them.
- 苏州工业园区精测仪器 was not found as 苏州精测 or 精测: a development zone after the city stayed in
  the name.
- "what did I do yesterday" answered "I couldn't tell which customer…", "我昨天干了啥" was not understood and
  "what did I do today" gave the day's agenda: your work in a period is now your history of that period.
- "下禮拜的提醒往後挪到5/4" was not understood (往後 before the verb), and a reminder named by a span of days
  none of yours is due in answered "None of your open reminders is about '下禮拜'" (now asked which).
- "lakeview freight: new contact jon ellis, jon@…" was not understood: a lowercase name right after "new
  contact" / "add contact" is the person's.
- "昆山宏远陈国栋不做了" (the contact quits) marked the deal lost, silently (found by the i37-people lane).
- "报价更新成160万" asked "Change it …, or is this a new deal?": 更新 ("updated") says the deal's figure
  changed, as "updated" and 改 already did (an end mend: a sealed focus P message had turned right → asked).
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


def _statuses(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r["text"]: r["status"] for r in exported(app, admin)["reminders"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["mark my reminder done", "mark the reminder as complete", "提醒完成了",
                                  "我的提醒完成了", "the reminder is done"])  # fmt: skip
def test_a_reminder_named_by_no_words_is_asked_among_yours(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/remind {LF} send the rates friday 9am",
                  f"/remind {HY} 报价 monday 10am")  # fmt: skip
    before = _statuses(app, admin)
    replies = texts(chat.send(text))
    offered = " ".join(b.label for b in chat.buttons)
    assert "reminder" in replies.lower() or "提醒" in replies, replies
    assert "send the rates" in offered and "报价" in offered, offered
    assert _statuses(app, admin) == before  # nothing ticked off on a guess
    chat.press("报价")
    after = _statuses(app, admin)
    assert sorted(after.values()) == ["done", "pending"], after


@pytest.mark.parametrize("backend", ["sqlite"])
def test_your_only_reminder_is_the_one_marked_done(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/remind {LF} send the rates friday 9am")
    assert "Done" in texts(chat.send("mark my reminder done"))
    assert list(_statuses(app, admin).values()) == ["done"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_no_reminder_open_says_so(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    assert "no open reminders" in texts(chat.send("mark my reminder done"))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["拜访了苏州精测，聊了新产线", "今天去精测拜访了王工"])
def test_a_company_in_a_development_zone_is_found_by_city_and_brand(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", "/customer add 苏州工业园区精测仪器有限公司",
                  "/customer add 苏州华星电子有限公司")  # fmt: skip
    chat.send(text)
    logged = exported(app, admin)["activities"]
    assert [(a["customer"], a["kind"]) for a in logged] == [("苏州工业园区精测仪器有限公司", "visit")], logged


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "shown", "not_shown"),
    [("what did I do yesterday", "sent the rate sheet", "called about the new line"),
     ("我昨天干了啥", "sent the rate sheet", "called about the new line"),
     ("what did i get done today", "called about the new line", "sent the rate sheet"),
     ("who did I call this week?", "called about the new line", "sent the rate sheet"),
     ("我这周拜访了哪些客户", "看了产线", "sent the rate sheet")],
)  # fmt: skip
def test_your_work_in_a_period_is_answered_from_your_history(
    app, admin, chat, clock, text, shown, not_shown
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")  # Thursday 2029-04-26
    clock.advance(days=-1)
    chat.send(f"emailed {LF}, sent the rate sheet")
    chat.send(f"visited {HY}, 看了产线")
    clock.advance(days=1)
    chat.send(f"called {LF}, called about the new line")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    assert shown in replies and not_shown not in replies, replies
    assert exported(app, admin) == before  # asked, nothing stored


def _due(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r["text"]: r["due_at"][:16] for r in exported(app, admin)["reminders"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["下禮拜的提醒往後挪到5/4", "把下周的提醒往后推到5月4号"])
def test_next_weeks_reminder_moved_to_a_day(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Taipei", f"/remind {HY} 送样品 2029-05-01 10:00")  # Thursday 04-26
    chat.send(text)
    assert _due(app, admin) == {"送样品": "2029-05-04T02:00"}  # 10:00 Taipei, kept


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_span_of_days_with_no_reminder_due_asks_which(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Taipei", f"/remind {HY} 送样品 2029-05-09 10:00")
    before = _due(app, admin)
    replies = texts(chat.send("下禮拜的提醒往後挪到5/11"))
    assert "送样品" in " ".join(b.label for b in chat.buttons), replies
    assert _due(app, admin) == before


def _people_of(app, admin, customer: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {
        p["name"]: p
        for c in exported(app, admin)["customers"]
        if c["name"] == customer
        for p in c["contacts"]
    }


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "name", "detail"),
    [(f"{LF.lower()}: new contact jon ellis, jon@lakeview.example", "Jon Ellis", "jon@lakeview.example"),
     (f"{LF.lower()} new contact mia park 312 555 0144", "Mia Park", "312 555 0144"),
     (f"add contact tom reyes at {LF.lower()}, buyer", "Tom Reyes", "buyer")],
)  # fmt: skip
def test_a_lowercase_name_right_after_new_contact_is_the_person(
    app, admin, chat, clock, text, name, detail
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send(text)
    people = _people_of(app, admin, LF)
    assert name in people, people
    assert detail in " ".join(str(v) for v in people[name].values()), people[name]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", [f"{LF.lower()} new contact is great news", f"new contact at {LF.lower()} looks good"]
)
def test_words_after_new_contact_that_are_no_name_make_no_contact(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send(text)
    assert list(_people_of(app, admin, LF)) == ["Dana Price"]


def _stages(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return [d["stage"] for d in exported(app, admin)["deals"]]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远陈国栋不做了", "昆山宏远的陈总不干了"])
def test_a_contact_who_quits_is_no_deal_lost(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 30万 产线改造")
    chat.send(text)
    assert _stages(app, admin) == ["lead"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_customer_not_going_ahead_is_still_a_loss(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 30万 产线改造")
    chat.send(f"{HY}不做了")
    assert _stages(app, admin) == ["lost"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", [f"{HY}报价更新成160万", f"{HY}報價更新為160萬", f"{HY}的报价上调到160万"])
def test_a_quote_said_updated_is_the_deals_new_figure(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 120万 产线改造")
    chat.send(text)
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [1600000]
