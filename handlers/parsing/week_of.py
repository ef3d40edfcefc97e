"""A week named by a day of it, as British reps write it: "w/c 8th", "w/b 22 Oct", "week commencing the 17th",
"the week of the 8th": the Monday of that week (a reminder for the week is set on its first day)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from handlers.parsing.calendar_math import add_months
from handlers.parsing.date_scan import DateScan

_WEEK_OF = re.compile(
    r"\b(?:w/[cb]|w\.[cb]\.|week\s+(?:commencing|beginning|starting)|(?:the\s+)?week\s+of)"
    r"\s*(?:mon(?:day)?\.?\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_BARE_DAY = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[/.:-]\s*\d|%|k\b|am\b|pm\b))", re.IGNORECASE
)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _bare_day(number: int, today: date) -> date | None:
    """The day `number` of this month, or of the next when this month's is over (its week gone by)."""
    for months in (0, 1):
        first = add_months(today.replace(day=1), months)
        try:
            day = first.replace(day=number)
        except ValueError:
            continue
        if _monday(day) >= _monday(today):
            return day
    return None


def read_weeks_of(scan: DateScan) -> None:
    """ "w/c 8th", "week beginning 22 Oct": the date read after the words (or a bare day of the month) is
    replaced by the Monday of its week, the words taken into its span."""
    for m in _WEEK_OF.finditer(scan.lower):
        said = [h for h in scan.hits if h.start == m.end() and h.day is not None]
        if said:
            hit = max(said, key=lambda h: h.end)
            scan.hits.remove(hit)
            scan.hits.append(replace(hit, start=m.start(), day=_monday(hit.day)))  # type: ignore[arg-type]
            continue
        bare = _BARE_DAY.match(scan.lower, m.end())
        day = _bare_day(int(bare.group("d")), scan.today) if bare else None
        if bare and day is not None:
            scan.add(bare, day=_monday(day))
            last = scan.hits.pop()
            scan.hits.append(replace(last, start=m.start()))
