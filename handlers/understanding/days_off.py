"""A plan put on a day off: a reminder, a planned visit or a signing on a holiday where the user lives.

"set a f/u with sheila for memorial day", "提醒我五月一号给雷总打电话", "下周二签合同" (Tuesday 1 May):
the day is a public holiday of the user's country (its calendar, from the user's time zone:
`holiday_calendar`), or a day of a mainland break whose 调休 is not published yet (the third of May in
the five days of 五一). Nobody works then, so the day may be a slip, or the holiday may be what is meant:
the day is asked about on the card, with the holiday's name, instead of stored. An ordinary weekend is
not asked about, nor a day said as a period's end ("end of May", "月底"), an estimate anyway.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.context import Ctx
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.holidays import break_named
from handlers.resolve import NeedChoice, Option
from handlers.understanding.reading import CJK, Reading, moved

# The end of a period: a close said so is an estimate, not a day picked ("end of May", "月底", "Q2末").
_PERIOD_END = re.compile(r"\bend\b|\beo[mqy]\b|底|末|之前|以前|前", re.IGNORECASE)
# A day counted inside the break ("假期第三天", "五一假期第二天", "the second day of the break"): picked in it
# knowingly (the customer said they can be reached then), not a slip.
_COUNTED_IN = re.compile(r"第\S{1,2}[天日]|\b(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b", re.I)


def read_days_off(reading: Reading, tz: ZoneInfo) -> None:
    """Each planned day that is a day off where the user lives goes to the reading's date doubts, in the
    user's words with the holiday's name ("the 28th of may (Memorial Day)", "五月一号（劳动节）")."""
    country = country_of(tz)
    if country is None:
        return
    days = [step.due.astimezone(tz).date() for step in reading.steps if step.due is not None]
    if reading.close is not None:
        days.append(reading.close)
    chinese = bool(CJK.search(reading.text))
    for day in dict.fromkeys(days):
        name = break_named(country, day, chinese)
        if name is None:
            continue
        words = _words_of(reading, day, tz)
        if words is None:
            continue  # said as a period's end, or not said in this message
        doubt = f"{words}（{name}）" if chinese else f"{words} ({name})"
        if doubt not in reading.date_doubts:
            reading.date_doubts.append(doubt)


def _words_of(reading: Reading, day: date, tz: ZoneInfo) -> str | None:
    """The words of this message that name `day` (the first such date), or None."""
    for at, when in reading.dates:
        if at < 0 or not when.spans or when.at.astimezone(tz).date() != day:
            continue
        spans = moved(when, at).spans
        words = " ".join(reading.said(span) for span in spans).strip()
        if not words or _PERIOD_END.search(words) or _COUNTED_IN.search(words):
            return None
        return words
    return None


DAY_OFF_KEY = "dayoff:"  # picks under "dayoff:<ISO day>" hold the answer: keep that day after all


def confirm_day_off(ctx: Ctx, at: datetime) -> None:
    """A reminder about to be moved to `at` on a day off where the user lives ("push the kpp reminder to
    memorial day", "那个提醒改到五月三号"): asked first, with the holiday's name; moved once confirmed."""
    day = at.astimezone(ctx.tz).date()
    name = break_named(country_of(ctx.tz), day, ctx.tr.language == "zh")
    if name is None or DAY_OFF_KEY + day.isoformat() in ctx.picks:
        return
    question = ctx._(
        "{day} is {holiday}, a day off where you are. Set it for that day anyway?",
        day=ctx.day(day),
        holiday=name,
    )
    raise NeedChoice(
        DAY_OFF_KEY + day.isoformat(), question, [Option(ctx._("Yes, {day}", day=ctx.day(day)), "yes")]
    )


__all__ = ["DAY_OFF_KEY", "confirm_day_off", "read_days_off"]
