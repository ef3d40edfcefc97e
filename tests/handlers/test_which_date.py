"""Which date a reminder is for (session 19), in words of its own: Fernhill Optics, Saltmarsh Ciders,
青石桥茶社. A reminder relative to an event ("the morning after", "the day before", "前一天", an event only
the user's reminders date), the user's own absence, "if no reply by …", a span of days, a reminder named
by its time, a kind word inside the task, and a reminder just set moved or dropped by the next message.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_event_offset, find_when
from handlers.understanding.intents import drops_the_reminder, loose_correction
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # a Monday
on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])


def _steps(text: str) -> list[tuple[str, str | None]]:
    reading = read(text, now=NOW, tz=TZ, stages=("proposal", "won", "lost"), synonyms={})
    return [(s.text, s.due.strftime("%m-%d %H:%M") if s.due else None) for s in reading.steps]


# --- reading, no database ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "event", "expected"),
    [("the morning after", datetime(2026, 12, 3, 15, 0, tzinfo=TZ), datetime(2026, 12, 4, 9, 0, tzinfo=TZ)),
     ("the evening before", datetime(2026, 12, 3, 15, 0, tzinfo=TZ), datetime(2026, 12, 2, 18, 0, tzinfo=TZ)),
     ("the friday after", datetime(2026, 12, 1, 9, 0, tzinfo=TZ), datetime(2026, 12, 4, 9, 0, tzinfo=TZ)),
     ("the week before", datetime(2026, 12, 24, 9, 0, tzinfo=TZ), datetime(2026, 12, 14, 9, 0, tzinfo=TZ)),
     ("前一天下午", datetime(2026, 12, 3, 10, 0, tzinfo=TZ), datetime(2026, 12, 2, 14, 0, tzinfo=TZ))],
)  # fmt: skip
def test_a_part_of_the_day_a_weekday_or_a_week_from_an_event(words, event, expected) -> None:
    offset = find_event_offset(f"ping me {words} to pack the samples")
    assert offset is not None and offset.from_event(event) == expected
    assert find_event_offset("the morning went well") is None


def test_the_event_is_the_point_of_reference_not_a_reminder_of_its_own() -> None:
    # the event said first, the reminder relative to it: one reminder, with the event in its words
    assert _steps("fernhill optics audit is on the 2nd; remind me the day before to book the van") == [
        ("book the van (fernhill optics audit is on the 2nd)", "12-01 09:00")
    ]
    assert _steps("saltmarsh tasting on thursday. nudge me the afternoon after to ask how it went") == [
        ("ask how it went (saltmarsh tasting on thursday)", "11-27 14:00")
    ]
    assert _steps("青石桥茶社周五来参观，前一天提醒我准备样品") == [
        ("准备样品 (青石桥茶社周五来参观)", "11-26 09:00")
    ]


def test_the_users_own_absence_is_no_task() -> None:
    assert _steps("I'm away till wednesday. thursday remind me to call fernhill") == [
        ("call fernhill (I'm away till wednesday)", "11-26 09:00")
    ]
    assert _steps("我周三之前都在出差，周四提醒我给青石桥茶社回电话") == [
        ("给青石桥茶社回电话 (我周三之前都在出差)", "11-26 09:00")
    ]


def test_a_reminder_for_when_the_user_is_back() -> None:
    assert _steps("I'm away till wednesday. nudge me to call Saltmarsh when I'm back") == [
        ("call Saltmarsh (I'm away till wednesday)", "11-26 09:00")
    ]
    assert _steps("我休假到周三，回来第一天下午提醒我给青石桥茶社发报价") == [
        ("提醒我给青石桥茶社发报价 (我休假到周三)", "11-26 14:00")
    ]


def test_a_condition_dates_the_reminder_after_it() -> None:
    assert _steps("if Saltmarsh hasn't answered by friday, remind me to chase") == [
        ("chase (if Saltmarsh hasn't answered)", "11-27 09:00")
    ]


def test_a_span_of_days_is_reminded_at_its_start_and_its_end_is_no_date() -> None:
    steps = _steps("remind me between the 1st and the 3rd to renew the fernhill lease")
    assert [due for _, due in steps] == ["12-01 09:00"]
    assert find_when("the 4th floor", now=NOW, tz=TZ) is None


def test_a_reminder_named_by_its_time_is_not_a_new_one() -> None:
    assert [due for _, due in _steps("青石桥茶社下午3点那个提醒之后，5点再提醒我看邮件")] == ["11-23 17:00"]


def test_a_kind_word_inside_the_task_is_not_an_interaction() -> None:
    reading = read(
        "remind me friday to ask Nora how the fernhill meeting went", now=NOW, tz=TZ, stages=(), synonyms={}
    )
    assert reading.kind is None and [s.due.day for s in reading.steps if s.due] == [27]


@pytest.mark.parametrize(
    ("text", "moved", "dropped"),
    [("push that to thursday", "thursday", False), ("ok move it to fri 10am", "fri 10am", False),
     ("actually don't bother, she has it", None, True), ("这个提醒取消吧", None, True),
     ("push the saltmarsh deal to Q2", None, False)],
)  # fmt: skip
def test_a_reminder_just_set_moved_or_dropped(text, moved, dropped) -> None:
    fix = loose_correction(text)
    assert (fix.right if fix else None) == moved
    assert drops_the_reminder(text) is dropped


# --- in the chat ---------------------------------------------------------------------------------


def _reminders(app, admin) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    live = [r for r in data["reminders"] if r["status"] not in ("done", "cancelled")]
    return sorted(
        (r["customer"] or "", datetime.fromisoformat(r["due_at"]).astimezone(TZ).strftime("%m-%d %H:%M"))
        for r in live
    )


@on_one_backend
def test_a_reminder_before_an_event_only_the_users_reminders_date(app, admin, chat) -> None:
    chat.send("/customer add Fernhill Optics")
    chat.send("/remind Fernhill Optics demo of the lens coater 3 Dec 2pm")
    chat.send("ping me the morning before the fernhill demo to charge the laptop")
    assert _reminders(app, admin) == [("Fernhill Optics", "12-02 09:00"), ("Fernhill Optics", "12-03 14:00")]


@on_one_backend
def test_a_reminder_just_set_is_moved_or_dropped_by_the_next_message(app, admin, chat) -> None:
    chat.send("/customer add Saltmarsh Ciders")
    chat.send("remind me to call Saltmarsh Ciders wednesday 11am")
    chat.send("push that to thursday")
    assert _reminders(app, admin) == [("Saltmarsh Ciders", "11-26 11:00")]
    reply = texts(chat.send("actually don't bother, they called me"))
    assert "Undone" in reply and _reminders(app, admin) == []


def test_two_tasks_each_with_its_day_joined_by_and() -> None:
    assert [due for _, due in _steps("remind me tue to call Fernhill and thu to call Saltmarsh")] == [
        "11-24 09:00",
        "11-26 09:00",
    ]


@on_one_backend
def test_a_reminder_said_done_in_free_text(app, admin, chat) -> None:
    chat.send("/customer add Fernhill Optics")
    chat.send("/remind quarterly pipeline review friday 3pm")
    chat.send("/remind Fernhill Optics send the lens samples friday")
    assert "Done" in texts(chat.send("ok the pipeline review is done"))
    assert _reminders(app, admin) == [("Fernhill Optics", "11-27 09:00")]
    chat.send("fernhill samples done")  # a customer's reminder only when the message says "reminder"
    assert _reminders(app, admin) == [("Fernhill Optics", "11-27 09:00")]
    chat.send("the fernhill reminder is done")
    assert _reminders(app, admin) == []


@pytest.mark.parametrize(
    ("words", "day"),
    [("初八", "02-02"), ("开工第一天提醒我", "02-02"), ("收假後", "02-02"), ("年假回来", "02-02"),
     ("除夕", "01-25"), ("元宵节后", "02-10"), ("大年初三", "01-28"), ("after CNY", "02-02"),
     ("before chinese new year", "01-24"), ("CNY後", "02-02"), ("after Australia Day", "01-27")],
)  # fmt: skip
def test_the_lunar_new_year_as_reps_name_it(words, day) -> None:
    # "before chinese new year": the last working day before the break, which starts on 除夕 (off on the
    # mainland since 2025)
    friday = datetime(2028, 1, 21, 18, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # the Friday before it
    when = find_when(words, now=friday, tz=friday.tzinfo)  # type: ignore[arg-type]
    assert when is not None and when.at.strftime("%m-%d") == day
    assert find_when("新年快乐", now=friday, tz=friday.tzinfo) is None  # type: ignore[arg-type]
    assert find_when("初中", now=friday, tz=friday.tzinfo) is None  # type: ignore[arg-type]


def test_days_before_an_event_in_chinese_are_not_days_ago() -> None:
    offset = find_event_offset("云岭茶厂评审前两天提醒我")
    assert offset is not None and offset.delta.days == -2
    assert find_event_offset("前两天去了云岭茶厂") is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [("a week from friday", "12-04 09:00"), ("friday week", "12-04 09:00"),
     ("a week on tuesday", "12-01 09:00"), ("3ish tomorrow", "11-24 15:00"),
     ("end of play thursday", "11-26 17:00")],
)  # fmt: skip
def test_british_weeks_and_rough_hours(words, expected) -> None:
    when = find_when(words, now=NOW, tz=TZ)
    assert when is not None and when.at.strftime("%m-%d %H:%M") == expected


def test_what_they_plan_or_ask_for_is_no_task_or_close() -> None:
    for text in (
        "rang Nora at Saltmarsh, harvest starts mid dec so dont expect anything til jan",
        "青石桥茶社的老板来电话，问能不能年后再报价",
        "青石桥茶社他说年后再看",
        "青石桥茶社说PO年后才会下",
    ):
        reading = read(text, now=NOW, tz=TZ, stages=("proposal",), synonyms={})
        assert reading.steps == [] and reading.close is None, text


def test_a_task_waiting_for_their_meeting_and_a_rough_day() -> None:
    assert _steps("chase Nora at Saltmarsh once the board has met, say 8 dec") == [
        ("chase Nora at Saltmarsh once the board has met", "12-08 09:00")
    ]
    assert [due for _, due in _steps("ping Fernhill first week of january, say the 6th")] == ["01-06 09:00"]


@on_one_backend
def test_scrap_that_takes_the_reminder_back(app, admin, chat) -> None:
    chat.send("/customer add Saltmarsh Ciders")
    chat.send("remind me to call Saltmarsh Ciders friday 2pm")
    assert "Undone" in texts(chat.send("scrap that, they rang me, all sorted"))
    assert _reminders(app, admin) == []


def test_default_time_of_an_offset_is_the_morning() -> None:
    offset = find_event_offset("the monday after")
    assert offset is not None
    assert offset.from_event(datetime(2026, 12, 4, 15, 0, tzinfo=UTC)).time() == time(9, 0)
