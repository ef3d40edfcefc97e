"""What a careful assistant stores without asking (i32-overask, session 32). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local (May Day break in Shanghai from Tue 05-01, Memorial Day in
Chicago on Mon 05-28).

- A contact's news with a count, said with the verb's bare form ("dana want 4 more forklifts"), told before
  the name ("…, says dana price"), or a rival's price with no word of our moving ours ("竞品报了12万"): a note
  with them, stored at once. A figure that may be ours, or our price said to move, still goes to the card.
- A close slipped to a day in Chinese ("拖到6月底"), or the day to count it as after a looser one
  ("按6月20号算"): the close date, not a reminder. "可能拖到明年", "大概…左右" are still asked.
- A reminder asked for in words of work the user does alone on a public holiday ("5月2号上午十点提醒我给陈国栋
  发合同", "remind me may 28 at 10am to send dana the quote"): stored; a visit or a call then is still asked.
- A score said as N/10 ("we scored 8/10 in their review") is no date: a note, no reminder.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

CHICAGO, SHANGHAI, SINGAPORE = "America/Chicago", "Asia/Shanghai", "Asia/Singapore"
DEALS = (f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 40000 USD proposal")


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [(CHICAGO, "lakeview: dana want 4 more forklifts on the plan", LF, "Dana Price"),
     (CHICAGO, "lakeview fleet going up to 60 trucks next year, says dana price", LF, "Dana Price"),
     (CHICAGO, "lakeview is opening 2 new depots in the fall, says dana", LF, "Dana Price"),
     (CHICAGO, "lakeview: dana mentioned a rival quoted them 31k, we're still in the mix", LF, "Dana Price"),
     (SHANGHAI, "昆山宏远陈国栋说竞品报了12万", HY, "陈国栋"),
     (CHICAGO, "lakeview: dana says we scored 8/10 in their review, top three", LF, "Dana Price")],
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
    [(CHICAGO, "lakeview: dana mentioned a competitor quoted them 31k, we are thinking of matching it"),
     (SHANGHAI, "昆山宏远陈国栋说竞品报了12万，我们可能也得降"),
     (CHICAGO, "lakeview might trim it to 30k, says dana price"),
     (SHANGHAI, "昆山宏远预算大概15万，陈国栋说的吧，还不确定")],
)  # fmt: skip
def test_the_same_news_with_our_price_moving_or_a_guess_is_still_asked(
    app, admin, chat, clock, zone, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [] and data["deals"] == before["deals"], reply
    assert _asked(reply), reply


def _closes(app, admin) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "closes"),
    [("昆山宏远拖到6月底", {HY: "2029-06-30"}),
     ("昆山宏远六月签，按6月20号算", {HY: "2029-06-20"}),
     ("昆山宏远跟Lakeview Freight都拖到7月底", {HY: "2029-07-31", LF: "2029-07-31"})],
)  # fmt: skip
def test_a_close_said_plainly_in_chinese_is_the_close_date(app, admin, chat, clock, text, closes) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, *DEALS)
    reply = texts(chat.send(text))
    got = _closes(app, admin)
    assert {c: got[c] for c in closes} == closes, reply
    assert exported(app, admin)["reminders"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远可能拖到明年", "昆山宏远六月签，大概按6月20号左右算吧"])
def test_a_close_said_roughly_is_still_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, *DEALS)
    reply = texts(chat.send(text))
    assert _closes(app, admin) == {HY: None, LF: None}, reply
    assert _asked(reply), reply


def _dues(app, admin) -> list[datetime]:  # type: ignore[no-untyped-def]
    return [datetime.fromisoformat(r["due_at"]).astimezone(UTC) for r in exported(app, admin)["reminders"]]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "due_local"),
    [(SHANGHAI, "5月2号上午十点提醒我给陈国栋发合同", datetime(2029, 5, 2, 10, 0)),
     (SHANGHAI, "5月3号下午三点提醒我把报价单发给陈国栋", datetime(2029, 5, 3, 15, 0)),
     (CHICAGO, "remind me may 28 at 10am to send dana the new quote", datetime(2029, 5, 28, 10, 0))],
)  # fmt: skip
def test_a_reminder_of_desk_work_on_a_holiday_is_stored(
    app, admin, chat, clock, zone, text, due_local
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _dues(app, admin) == [due_local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SHANGHAI, "提醒我5月2号上午十点去昆山宏远拜访陈国栋"),
     (SHANGHAI, "5月2号上午十点提醒我给陈国栋打电话"),
     (CHICAGO, "remind me to call dana at lakeview on may 28 at 10am"),
     (CHICAGO, "pls remind me may 28 for lakeview freight"),  # no work said: the holiday is asked about
     (SHANGHAI, "5月2号提醒我昆山宏远的事")],
)  # fmt: skip
def test_a_visit_or_call_on_a_holiday_is_still_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    assert exported(app, admin)["reminders"] == [], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_day_written_as_a_fraction_with_a_task_is_still_a_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(chat.send("remind me 5/10 to call dana at lakeview"))
    assert _dues(app, admin) == [datetime(2029, 5, 10, 9, 0, tzinfo=ZoneInfo(CHICAGO)).astimezone(UTC)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_contact_named_settles_a_customer_named_by_part_of_its_name(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(chat.send("fri 4 may 10am lakeview review with dana"))
    assert _dues(app, admin) == [datetime(2029, 5, 4, 10, 0, tzinfo=ZoneInfo(CHICAGO)).astimezone(UTC)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_customer_named_by_part_of_its_name_with_no_work_is_not_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(chat.send("lakeview tomorrow, dana says hi"))
    data = exported(app, admin)
    assert data["reminders"] == [] and data["activities"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["Lakeview 新 contact: Ryan Goh, QA manager, 9456 7788",
     "lakeview freight new contact - Ryan Goh, quality, 9456 7788"],
)  # fmt: skip
def test_two_fours_ending_a_new_contacts_list_are_their_phone(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SINGAPORE)
    reply = texts(chat.send(text))
    people = {c["name"]: c for c in exported(app, admin)["customers"]}[LF]["contacts"]
    new = [p for p in people if p["name"] == "Ryan Goh"]
    assert new and new[0].get("phone") == "9456 7788", (reply, people)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_new_contact_not_named_yet_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SINGAPORE)
    reply = texts(chat.send("Lakeview 新 contact 好像叫 Ryan 什么的, 电话还没拿到"))
    people = {c["name"]: c for c in exported(app, admin)["customers"]}[LF]["contacts"]
    assert [p["name"] for p in people] == ["Dana Price"], reply


LOST = (f"/deal {LF} 20000 USD proposal", f"/lost {LF} price")


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["dana from lakeview called, they want to restart the dock thing at 22k",
     "lakeview freight rang - dana wants to restart the yard scheduling project at 22k"],
)  # fmt: skip
def test_a_lost_deal_restarted_by_a_word_of_its_own_is_reopened(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *LOST)
    reply = texts(chat.send(text))
    deals = exported(app, admin)["deals"]
    assert [(d["status"], float(d["amount"])) for d in deals] == [("open", 22000.0)], (reply, deals)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_restart_only_guessed_at_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *LOST)
    reply = texts(chat.send("lakeview might restart the dock thing next year, maybe 22k"))
    assert [d["status"] for d in exported(app, admin)["deals"]] == ["lost"], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "closes"),
    [(SHANGHAI, "昆山宏远推到6月中", {HY: "2029-06-15"}),
     # 中旬 (the middle ten days) of a close is its 15th as well: two writers who never saw the code
     # (focus S's conventions, focus R zh145 "预计11月中旬签") wrote it so; session 32 had asked it (s39)
     (SHANGHAI, "昆山宏远推到6月中旬", {HY: "2029-06-15"}),
     (CHICAGO, "lakeview pushed close to mid june", {LF: "2029-06-15"})],
)  # fmt: skip
def test_a_close_moved_to_the_middle_of_a_named_month_is_its_15th(
    app, admin, chat, clock, zone, text, closes
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    got = _closes(app, admin)
    assert {c: got[c] for c in closes} == closes, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SHANGHAI, "昆山宏远推到下个月中"),
     (CHICAGO, "lakeview might slip to mid june sometime")],
)  # fmt: skip
def test_a_stretch_of_a_month_is_still_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    assert _closes(app, admin) == {HY: None, LF: None}, reply
    assert _asked(reply), reply
