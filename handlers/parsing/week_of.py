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


# A week by its ISO number, as Nordic, German and Dutch reps count them: "måndag v. 2", "tisdag v. 3",
# "Friday of vecka 9", "KW 12", "monday week 3" (that day of the week; with no day, the week's Monday, and
# which day is asked; an English "week 3" alone may be a project's week, so it needs its day).
_NORDIC_DAYS = {
    "mån": 0, "tis": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lör": 5, "sön": 6,
    "man": 0, "tirs": 1, "lør": 5, "søn": 6,
}  # fmt: skip
_ENGLISH_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# German parts of a week said by its number: "Anfang KW 41" (its Monday), "Mitte KW 41", "Ende KW 41" (Friday)
_GERMAN_PARTS = {"anfang": 0, "mitte": 2, "ende": 4}
WEEK_NUMBER = re.compile(
    r"(?:\b(?P<day>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|"
    r"(?:mån|tis|ons|tors?|fre|lör|sön|man|tirs|lør|søn)(?:dag)?|anfang|mitte|ende)\.?\s+(?:(?:of|in|i)\s+)?)?"
    r"\b(?:v\.\s?|v\s|vecka\s|veckan\s|uke\s|uge\s|kw\.?\s?|(?<=day\s)(?:week|wk\.?)\s|(?<=of\s)(?:week|wk\.?)\s)"
    r"(?P<n>[1-9]|[1-4]\d|5[0-3])\b(?![.:/]\d)",
    re.IGNORECASE,
)


def _weekday_number(word: str) -> int | None:
    word = word.lower()
    nordic = word.removesuffix("dag")  # "torsdag", "tirsdag", "mån"
    if word in _GERMAN_PARTS:
        return _GERMAN_PARTS[word]
    return _NORDIC_DAYS[nordic] if nordic in _NORDIC_DAYS else _ENGLISH_DAYS.get(word[:3])


def read_week_numbers(scan: DateScan) -> None:
    """ "måndag v. 2": that weekday of ISO week 2 (this ISO year's, or the next one's once it has gone by),
    replacing the bare weekday read before it."""
    year, week, _ = scan.today.isocalendar()
    for m in WEEK_NUMBER.finditer(scan.lower):
        number = int(m.group("n"))
        weekday = _weekday_number(m.group("day")) if m.group("day") else 0
        if weekday is None:
            continue
        try:
            day = date.fromisocalendar(year if number >= week else year + 1, number, weekday + 1)
        except ValueError:
            continue
        scan.hits = [h for h in scan.hits if not (m.start() <= h.start < m.end())]
        scan.add(m, day=day)


def week_number_alone(words: str) -> bool:
    """`words` name a week by its number and no day of it ("v. 2", "week 3"): which day is asked."""
    return any(not m.group("day") for m in WEEK_NUMBER.finditer(words))
