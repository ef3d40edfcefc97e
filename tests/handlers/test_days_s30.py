"""Days and clocks read by i30-days (session 30, issue 13). Own wordings, not an evaluation set's; the clock
is Thu 2029-04-26 10:20 local.

- German day and clock words in an English message ("übermorgen", "morgen", "15 Uhr", "um 10", "Mi 2.5."):
  one day, one clock, stored; a German weekday the date does not fall on is asked.
- A day counted from another date with its own clock ("the day before at 9", "提前一天上午10点"), "the day
  after the 7th" (one day after it, not two), a Cantonese half hour from now ("半個鐘之後"); the same offset
  of no dated event is asked.
- A close date said as a bare quarter ("pushed to Q3") or as next month with its day not known is asked; the
  Cantonese close (截單日期) said with a day is the close, said to change with none is asked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


def _dues(app, admin, customer: str) -> list[datetime]:  # type: ignore[no-untyped-def]
    return sorted(
        datetime.fromisoformat(r["due_at"]).astimezone(UTC)
        for r in exported(app, admin)["reminders"]
        if r["customer"] == customer
    )


def _local(when: str, zone: str) -> datetime:
    return datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _send(chat, text: str) -> str:  # type: ignore[no-untyped-def]
    reply = texts(chat.send(text))
    if chat.buttons and chat.buttons[0].label not in ("Undo", "撤销"):  # a card first: save it
        reply += texts(chat.send("1"))
    return reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "due_local"),
    [("Europe/Berlin", "remind me übermorgen 15 Uhr to call Dana at Lakeview Freight", LF,
      "2029-04-28 15:00"),
     ("Europe/Berlin", "Lakeview Freight: Dana anrufen Mi 2.5. um 10", LF, "2029-05-02 10:00"),
     ("Europe/Berlin", "lakeview freight: morgen 9 Uhr Dana anrufen", LF, "2029-04-27 09:00"),
     ("Europe/Berlin", "follow up with lakeview freight the day after the 7th at 10am", LF,
      "2029-05-08 10:00"),
     ("Europe/Berlin", "lakeview freight site check Fri 4 May 2pm, remind me the day before at 9", LF,
      "2029-05-03 09:00"),
     ("Asia/Shanghai", "昆山宏远陈国栋5月4号下午3点来公司，提前一天上午10点提醒我", HY, "2029-05-03 10:00"),
     ("Asia/Hong_Kong", "半個鐘之後提我打俾昆山宏远陳生", HY, "2029-04-26 10:50")],
)  # fmt: skip
def test_one_clear_day_and_clock_is_stored(app, admin, chat, clock, zone, text, customer, due_local) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = _send(chat, text)
    dues = _dues(app, admin, customer)
    assert _local(due_local, zone) in dues, reply
    # the event itself may be reminded too, nothing else
    assert len(dues) <= 2 and all(d >= _local(due_local, zone) for d in dues), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Europe/Berlin", "Lakeview Freight: Dana anrufen Do 2.5. um 10"),
     ("Europe/Berlin", "remind me morgen oder übermorgen to call Dana at Lakeview Freight"),
     ("Europe/Berlin", "remind me the day before at 9 to call Dana at Lakeview Freight"),
     ("Europe/Berlin", "lakeview freight walkthrough is on, remind me that morning at 8")],
)  # fmt: skip
def test_a_day_in_doubt_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    assert _dues(app, admin, LF) == [], reply
    assert "?" in reply or "？" in reply, reply


def _closes(app, admin) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "close"),
    [("Europe/Berlin", "lakeview freight close date pushed to Q3", None),
     ("Asia/Shanghai", "昆山宏远的单子下个月签，具体哪天还不知道", None),
     ("Asia/Hong_Kong", "昆山宏远嘅截單日期要改", None),
     ("Asia/Shanghai", "昆山宏远的单子下个月18号签", ("昆山宏远精密有限公司", "2029-05-18")),
     ("Asia/Hong_Kong", "昆山宏远嘅截單日期改做6月15號", ("昆山宏远精密有限公司", "2029-06-15")),
     ("Europe/Berlin", "lakeview freight close date pushed to end of Q3", (LF, "2029-09-30"))],
)  # fmt: skip
def test_a_close_said_without_its_day_is_asked(app, admin, chat, clock, zone, text, close) -> None:  # type: ignore[no-untyped-def]
    currency = "EUR" if zone == "Europe/Berlin" else "CNY"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal close 30 Jun",
        f"/deal {LF} 30000 {currency} proposal close 30 Jun",
    )  # fmt: skip
    before = _closes(app, admin)
    reply = texts(chat.send(text)) if close is None else _send(chat, text)  # asked: a card is not saved
    after = _closes(app, admin)
    if close is None:
        assert after == before, reply
        assert "?" in reply or "？" in reply, reply
    else:
        assert after == {**before, close[0]: close[1]}, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "setup", "text", "customer", "due_local"),
    [("Europe/Berlin", f"/remind {LF} call Dana about the rates 30 Apr 4pm",
      "snooze the lakeview one by an hour", LF, "2029-04-30 17:00"),
     ("Europe/Berlin", f"/remind {LF} call Dana about the rates 30 Apr 4pm",
      "push the lakeview freight reminder a week", LF, "2029-05-07 16:00"),
     ("Europe/Berlin", f"/remind {LF} call Dana about the rates 30 Apr 4pm",
      "move my reminder to wednesday", LF, "2029-05-02 16:00"),
     ("Asia/Hong_Kong", f"/remind {HY} 打俾陳生傾合約 5月2日下午3點",
      "禮拜三嗰個昆山宏远提醒改去禮拜四，同一時間", HY, "2029-05-03 15:00")],
)  # fmt: skip
def test_a_reminder_moved_by_an_amount_or_to_a_weekday(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, setup, text, customer, due_local
) -> None:
    """The one reminder moved: by the amount said from its own time; to a weekday said alone, the next such
    day (on a Thursday, "禮拜四" is next week's, not today); "my reminder" when there is only one."""
    two_customers(chat, clock, zone, setup)
    reply = texts(chat.send(text))
    assert _dues(app, admin, customer) == [_local(due_local, zone)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "texts_sent", "customer", "due_local"),
    [("Asia/Shanghai", ["后天上午提醒我给陈国栋发合同", "10点半"], HY, "2029-04-28 10:30"),
     ("Europe/Berlin", ["remind me tomorrow afternoon to call Dana at Lakeview Freight", "4pm"], LF,
      "2029-04-27 16:00")],
)  # fmt: skip
def test_a_clock_sent_alone_sets_the_part_of_the_day_just_said(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, texts_sent, customer, due_local
) -> None:
    """A reminder said for a part of a day, then its clock alone: one reminder, at that clock."""
    two_customers(chat, clock, zone)
    reply = "".join(texts(chat.send(text)) for text in texts_sent)
    assert _dues(app, admin, customer) == [_local(due_local, zone)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "texts_sent", "close"),
    [("Europe/Berlin", ["lakeview freight close moved to 15.6.", "sorry, meant 22.6."], (LF, "2029-06-22")),
     ("Asia/Hong_Kong", ["昆山宏远陳生話端午前會簽，就寫6月12號啦"], (HY, "2029-06-12")),
     ("Asia/Shanghai", ["昆山宏远陈国栋说五一前一定签，就定4月30号吧"], (HY, "2029-04-30"))],
)  # fmt: skip
def test_the_day_settled_on_is_the_close(app, admin, chat, clock, zone, texts_sent, close) -> None:  # type: ignore[no-untyped-def]
    """A day-first date put right ("sorry, meant 22.6.") and a day settled on after a hedge ("就寫6月12號啦")
    are the close date; nothing else is stored for them."""
    currency = "EUR" if zone == "Europe/Berlin" else "CNY"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal close 30 Jun",
        f"/deal {LF} 30000 {currency} proposal close 30 Jun",
    )  # fmt: skip
    before = _closes(app, admin)
    reply = "".join(_send(chat, text) for text in texts_sent)
    assert _closes(app, admin) == {**before, close[0]: close[1]}, reply
    assert _dues(app, admin, close[0]) == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["遲啲提我打俾昆山宏远陳生", "提我打俾昆山宏远陳生"])
def test_a_cantonese_reminder_with_no_day_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """ "提我…" is "remind me to …": with no day, or only "遲啲" (later), when is asked; no call is logged."""
    two_customers(chat, clock, "Asia/Hong_Kong")
    reply = texts(chat.send(text))
    after = exported(app, admin)
    assert after["reminders"] == [] and after["activities"] == [], reply
    assert "?" in reply or "？" in reply, reply
