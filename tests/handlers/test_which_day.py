"""'next <weekday>' when the weekday is still ahead this week: the coming one or the one a week later.

Both readings are as likely ("next wed" on a Monday: in two days, or in nine), so the assistant asks
which, with both days as buttons, and stores nothing until then. When only one reading exists ("next
tue" on a Thursday, "next mon" on a Monday, any "next ..." on a Sunday where the week starts on Monday) it
is stored at once, and
"下周三" always means next calendar week. Own wordings and customers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from handlers.parsing.dates import next_weekday_choices
from tests.conftest import texts
from tests.support.exported import exported

MONDAY = date(2026, 11, 23)  # the FakeClock starts on this Monday, 09:00 UTC


@pytest.mark.parametrize(
    ("words", "today", "choices"),
    [("next wed", MONDAY, (date(2026, 11, 25), date(2026, 12, 2))),
     ("next tuesday", MONDAY, (date(2026, 11, 24), date(2026, 12, 1))),
     ("next sat", MONDAY, (date(2026, 11, 28), date(2026, 12, 5))),
     ("next fri", date(2026, 11, 26), (date(2026, 11, 27), date(2026, 12, 4))),
     ("next mon", MONDAY, None),  # today's weekday: a week from today, nothing else
     ("next tue", date(2026, 11, 26), None),  # a Thursday: Tuesday is behind, the coming one is meant
     ("next monday", date(2026, 11, 28), None),  # a Saturday: Monday is next week's already
     ("next thu", date(2026, 11, 29), None),  # a Sunday ends the week: every day ahead is next week's
     ("wed", MONDAY, None), ("this wed", MONDAY, None)],
)  # fmt: skip
def test_only_a_weekday_still_ahead_this_week_has_two_readings(words, today, choices) -> None:
    assert next_weekday_choices(words, today) == choices


def test_a_sunday_starts_the_week_where_the_country_says_so() -> None:
    sunday = date(2026, 11, 29)
    assert next_weekday_choices("next thu", sunday, sunday_first=True) == (
        date(2026, 12, 3),
        date(2026, 12, 10),
    )
    assert next_weekday_choices("next sun", sunday, sunday_first=True) is None  # today's weekday: a week on


def _reminders(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    return sorted(r["due_at"][:10] for r in data["reminders"])


@pytest.fixture
def ferries(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Saltmarsh Ferries")
    chat.send("/customer add 青禾农机有限公司")
    return chat


@pytest.mark.parametrize(("pressed", "due"), [("Nov 25", "2026-11-25"), ("Dec 2", "2026-12-02")])
def test_next_weekday_early_in_the_week_asks_which_and_stores_the_one_pressed(
    app, admin, ferries, pressed, due
) -> None:
    replies = ferries.send("ring saltmarsh ferries next wed about the timetable")
    labels = [b.label for r in replies for b in r.buttons]
    assert any("Nov 25" in label for label in labels) and any("Dec 2" in label for label in labels)
    assert _reminders(app, admin) == []  # nothing stored on a guess
    answered = ferries.press(pressed)
    assert "I'll store" not in texts(answered)
    assert _reminders(app, admin) == [due]


def test_one_reading_only_is_stored_without_asking(app, admin, ferries, clock) -> None:
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # a Thursday
    replies = ferries.send("ring saltmarsh ferries next tue about the timetable")
    assert not any(b.label.startswith("Tue") for r in replies for b in r.buttons)
    assert _reminders(app, admin) == ["2026-12-01"]


def test_chinese_next_week_weekday_is_next_calendar_week(app, admin, ferries) -> None:
    ferries.send("下周三给青禾农机打个电话")
    assert _reminders(app, admin) == ["2026-12-02"]


def test_the_question_is_asked_in_the_users_language(app, admin, ferries, add_user) -> None:
    from bot.console import ConsoleChat

    li = add_user("Li", locale="zh", timezone="Asia/Shanghai")
    chat = ConsoleChat(app.assistant, li.id)
    replies = chat.send("call saltmarsh ferries next thu")
    assert "哪一天" in texts(replies)
    assert _reminders(app, admin) == []
