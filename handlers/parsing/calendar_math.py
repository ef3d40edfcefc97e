"""Calendar arithmetic the date readers share: the next weekday, months ahead, a month's first working day
or last day, the week of a month, a month and day in the future."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def next_weekday(today: date, weekday: int, *, allow_today: bool = False) -> date:
    days = (weekday - today.weekday()) % 7
    if days == 0 and not allow_today:
        days = 7
    return today + timedelta(days=days)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(today: date, months_ahead: int) -> date:
    first = add_months(today.replace(day=1), months_ahead)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def mid_month(today: date) -> date:
    middle = today.replace(day=15)
    return middle if middle >= today else add_months(middle, 1)


def month_start(today: date, month: int, year: int | None) -> date:
    """ "in january", "明年2月": the month's first working day from today on (not New Year's Day)."""
    if year is None:
        year = today.year + (1 if month < today.month else 0)
    day = date(year, month, 2 if month == 1 else 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return max(day, today) if (year, month) == (today.year, today.month) else day


def next_month(today: date) -> tuple[int, int]:
    following = add_months(today.replace(day=1), 1)
    return following.month, following.year


def week_of_month(first: date, which: str) -> date:
    """The Monday of the `which` week of the month that starts on `first` ("last" too)."""
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    if which == "last":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return last - timedelta(days=last.weekday())
    index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(which) or int(which[0])
    return monday + timedelta(weeks=index - 1)


def future_date(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def working_day(day: date) -> date:
    """`day`, or the Monday after it when it falls on a weekend."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day
