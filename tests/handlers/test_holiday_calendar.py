"""Holidays read from the calendar of the user's own country (the `holidays` package; the country from the
user's time zone): "after X" is the first working day after the break, "before X" the last working day
before it; a day said right after the holiday is the day meant."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from handlers.parsing.holiday_calendar import arrangement_known, country_of


def _day(words: str, zone: str, now: datetime = datetime(2029, 4, 26, 10, 20)) -> str | None:
    tz = ZoneInfo(zone)
    when = find_when(words, now=now.replace(tzinfo=tz), tz=tz)
    return when.at.strftime("%m-%d %H:%M") if when else None


@pytest.mark.parametrize(
    ("words", "zone", "expected"),
    [
        ("nudge me right after memorial day", "America/Chicago", "05-29 09:00"),
        ("before memorial day remind me to send the renewal", "America/Chicago", "05-25 09:00"),
        ("ring her after the bank holiday", "Europe/Dublin", "05-08 09:00"),
        ("chase him after the June bank holiday, 11am", "Europe/Dublin", "06-05 11:00"),
        ("after golden week please remind me", "Asia/Tokyo", "05-07 09:00"),
        ("When Golden Week is over, first working day 9am", "Asia/Tokyo", "05-07 09:00"),
        ("golden week after, 8 May, visit them 2pm", "Asia/Tokyo", "05-08 14:00"),
        # the mainland's break (May 1-5; 2029's 调休 not published: the customary length) and Hong Kong's day
        ("劳动节假期后第一天提醒我", "Asia/Shanghai", "05-07 09:00"),
        ("五一放假回来第一天提醒我", "Asia/Shanghai", "05-07 09:00"),
        ("五一前提醒我", "Asia/Shanghai", "04-30 09:00"),
        ("勞動節假期後第一日提我", "Asia/Hong_Kong", "05-02 09:00"),
        ("五一之後提我", "Asia/Hong_Kong", "05-02 09:00"),
        ("节后5月8号上午十点提醒我", "Asia/Shanghai", "05-08 10:00"),
        # a weekday said right after the holiday counts from its end, not from today (04-30 was read)
        ("节后周一提醒我打给汪经理", "Asia/Shanghai", "05-07 09:00"),
        ("五一后 Monday call 汪经理", "Asia/Shanghai", "05-07 09:00"),
        ("节后礼拜二上午十点去拜访", "Asia/Shanghai", "05-08 10:00"),
        ("after golden week, thursday, visit Inoue-san", "Asia/Tokyo", "05-10 09:00"),
        ("after memorial day tuesday 3pm call them", "America/Chicago", "05-29 15:00"),
    ],
)
def test_a_holiday_of_the_users_own_country(words: str, zone: str, expected: str) -> None:
    assert _day(words, zone) == expected


def test_the_holidays_of_another_year_and_country() -> None:
    june = datetime(2028, 6, 28, 11, 5)
    assert _day("after independence day remind me", "America/Chicago", june) == "07-05 09:00"
    assert _day("before labor day, remind me", "America/Chicago", june) == "09-01 09:00"
    # another country's holiday: only weekends around it
    assert _day("after Australia Day", "Asia/Shanghai", datetime(2028, 1, 21, 18, 20)) == "01-27 09:00"


def test_a_greeting_or_a_holiday_passed_on_the_way_is_no_date() -> None:
    assert _day("happy memorial day!", "America/Chicago") is None
    # a holiday said loosely gives way to the exact date said after it
    assert _day("slipping past memorial day, new close june 15", "America/Chicago") == "06-15 09:00"


def test_the_country_comes_from_the_zone() -> None:
    assert [country_of(ZoneInfo(z)) for z in ("Asia/Tokyo", "Europe/Dublin", "Asia/Hong_Kong", "UTC")] == [
        "JP", "IE", "HK", None,
    ]  # fmt: skip
    assert arrangement_known("CN", 2026) and not arrangement_known("CN", 2029)
