"""Questions a careful assistant would not ask (i29-overask, session 29). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- A reminder said as a part of the day of an event the message dates ("…tue may 1 2pm, remind me that
  morning", "the morning of", "当天上午提醒我一下", "那天早上提醒我"): one reminder, that morning of the
  event's day, with the event as its subject; with no day said for the event, which morning is asked.
- A note of what a known contact said, wanted or complained of, their name right before the word of saying
  ("lakeview: dana says they ship 40 containers a month", "陈国栋说他们现在有60台机床"): stored at once; it
  says no channel, so no kind word can have been missed.
- Eight digits in two fours right after a new contact's name ("Ken Moss 6123 4477") are their phone, not
  numbers left unused.
- Two customers: one amount said of each ("both revised to 45k each") and a close moved for both
  ("都推到6月底") change each deal; without "each", or said of one of them, it is asked.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "day"),
    [("America/Chicago", "lakeview rate review with dana tue may 1 2pm, remind me that morning", LF,
      "2029-05-01"),
     ("Europe/Dublin", "Lakeview audit with Dana on Wed 2 May at 11:00, ping me that same morning please",
      LF, "2029-05-02"),
     ("America/Chicago", "dana at lakeview, rates walkthrough fri 5/4 3pm - remind me the morning of", LF,
      "2029-05-04"),
     ("America/Chicago", "lakeview call with dana fri 5/4 4pm, remind me that afternoon to pull the rates",
      LF, "2029-05-04"),
     ("Asia/Shanghai", "约了昆山宏远陈国栋4月30号下午验厂，当天上午提醒我一下", HY, "2029-04-30"),
     ("Asia/Shanghai", "跟昆山宏远陈国栋约了5月7号下午开会，那天早上提醒我", HY, "2029-05-07")],
)  # fmt: skip
def test_a_part_of_a_dated_events_day_is_one_reminder_that_day(
    app, admin, chat, clock, zone, text, customer, day
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    reminders = exported(app, admin)["reminders"]
    assert [r["customer"] for r in reminders] == [customer], reply
    assert "Save" not in reply and "保存" not in reply, reply
    assert str(reminders[0]["due_at"]).startswith(day), (reply, reminders)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "lakeview rate review with dana is on, remind me that morning"),
     ("America/Chicago", "dana at lakeview wants a call, remind me that afternoon to pull the rates"),
     ("Asia/Shanghai", "约了昆山宏远陈国栋验厂，当天上午提醒我一下"),
     ("Asia/Shanghai", "昆山宏远陈国栋说要过来，那天早上提醒我")],
)  # fmt: skip
def test_that_morning_of_an_event_with_no_day_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["reminders"] == [] and data["activities"] == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [("America/Chicago", "lakeview: dana says they ship 40 containers a month, 3 new lanes this year", LF,
      "Dana Price"),
     ("America/Chicago", "Lakeview Freight - 6 depots, 120 trucks, fuel up 9% - Dana moaning", LF,
      "Dana Price"),
     ("Asia/Shanghai", "昆山宏远陈国栋说他们现在有60台机床，每月出货2000件", HY, "陈国栋"),
     ("Asia/Shanghai", "昆山宏远陈总说今年产能扩了20%，新上了3条线", HY, "陈国栋")],
)  # fmt: skip
def test_a_contacts_news_with_counts_is_stored_at_once(
    app, admin, chat, clock, zone, text, customer, person
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [(customer, person)], reply
    assert all(d.get("amount") in (None, 0, "0") for d in data["deals"]), reply


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat, clock, zone, f"/deal {HY} 200000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "field", "value"),
    [("America/Chicago", "Lakeview Freight and 昆山宏远 both revised to 45k each", "amount", "45000"),
     ("Asia/Shanghai", "昆山宏远和Lakeview Freight两家各改成25万", "amount", "250000"),
     ("Asia/Shanghai", "昆山宏远跟Lakeview Freight都推到6月底", "expected_close", "2029-06-30"),
     ("America/Chicago", "lakeview freight and 昆山宏远 both pushed to end of june", "expected_close",
      "2029-06-30")],
)  # fmt: skip
def test_a_change_said_of_each_of_two_customers_changes_both(
    app, admin, chat, clock, zone, text, field, value
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    reply = texts(chat.send(text))
    deals = exported(app, admin)["deals"]
    assert len(deals) == 2 and all(str(d[field]).startswith(value) for d in deals), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "Lakeview Freight and 昆山宏远 revised to 45k"),
     ("Asia/Shanghai", "昆山宏远跟Lakeview Freight其中一家推到6月底"),
     ("America/Chicago", "lakeview freight and 昆山宏远, one of them pushed to end of june")],
)  # fmt: skip
def test_a_change_not_said_of_each_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)["deals"]
    reply = texts(chat.send(text))
    assert exported(app, admin)["deals"] == before, reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_eight_digits_in_two_fours_after_a_new_contacts_name_are_a_phone(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Singapore")
    reply = texts(chat.send("lakeview freight new ops guy Ken Moss 6123 4477, he runs the depot now"))
    people = {c["name"]: c for c in exported(app, admin)["customers"] if c["name"] == LF}[LF]["contacts"]
    assert any(p["name"] == "Ken Moss" and p.get("phone") == "6123 4477" for p in people), (reply, people)
