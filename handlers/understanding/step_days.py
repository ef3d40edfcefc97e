"""A step's day from what was said before it: the day the user is back, the day after a date."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, datetime, timedelta

from handlers.parsing.calendar_words import MONTH_WORD
from handlers.parsing.dates import DEFAULT_TIME, When
from handlers.understanding import lexicon as lx
from handlers.understanding.joined_steps import said_alone_to_remind
from handlers.understanding.reading import CJK_SPACE_PATTERN, Reading, is_time_of_day
from handlers.understanding.step_words import clean_step

_AFTER_THAT = re.compile(
    r"\b(?:after|afterwards|after that|after then)\s*$|(?:之后|以后|过后)\s*$|^\s*(?:之后|以后|过后)", re.I
)


# Said of the day the user is back: "nudge me to chase Hofstede when I'm back", "回来第一天上午提醒我…".
_BACK = re.compile(
    r"\b(?:when|once|after|as soon as)\s+(?:i['’]m|i am|i get|i come|i['’]ve come|we['’]re)\s+back\b"
    r"|回来(?:第一天|后|以后|之后|那天|上班)?|回公司(?:后|以后|那天)?|上班第一天",
    re.IGNORECASE,
)


def back_from_away(reading: Reading) -> None:
    """ "I'm out till Wed. nudge me to chase Hofstede when I'm back", "我国庆休到7号，回来第一天上午提醒我…":
    the reminder is for the working day after the last day away (at the time of day said, if any)."""
    if reading.away_until is None:
        return
    day = reading.away_until.at.date() + timedelta(days=1)
    day += timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else timedelta()
    for index, step in enumerate(reading.steps):
        if not _BACK.search(reading.text[step.start : step.end]):
            continue
        timed = step.due is not None and step.has_time
        clock = step.due.timetz() if timed and step.due is not None else DEFAULT_TIME
        due = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=reading.away_until.at.tzinfo)
        words = clean_step(_BACK.sub(" ", step.text))
        reading.steps[index] = replace(step, text=words or step.text, due=due, has_time=timed)


def after_that(reading: Reading) -> None:
    """ "jane on vacation till dec 14, follow up after": a step that ends in a bare "after" is due the
    working day after the date said before it."""
    for index, step in enumerate(reading.steps):
        if step.due is not None or not _AFTER_THAT.search(step.text):
            continue
        before = [w for at, w in reading.dates if 0 <= at < step.start]
        if not before:
            continue
        day = before[-1].at.date() + timedelta(days=1)
        day += timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else timedelta()
        due = before[-1].at.replace(year=day.year, month=day.month, day=day.day)
        words = clean_step(_AFTER_THAT.sub("", step.text))
        reading.steps[index] = replace(step, text=words or step.text, due=due, has_time=False)


# A week said with no day in it: "next week", "下礼拜", "下下周" (not "end of next week", "下周三").
WEEK_ONLY = re.compile(
    r"(?:next|the following|the coming|coming)\s+(?:week|wk)|下下?个?(?:周|星期|礼拜)", re.IGNORECASE
)


def days_to_offer(words: str, when: When) -> tuple[str, tuple[date, ...]] | None:
    """The words of a week said with no day ("下周", "next week", read as its Monday) and its working days
    (Monday to Friday); of a month said with no day ("in june", "next month", "下个月", read as its first
    day or first working day), its first working day and each Monday after it in that month. A time of day
    said after it ("next week 3pm", "下周 下午3点") still says no day. None for any other words."""
    words = words.strip()
    week = WEEK_ONLY.match(words)
    month = None if week else _MONTH_ONLY.match(words)
    said = week or month
    if said is None or (week is not None and when.at.weekday() != 0):
        return None
    clock = words[said.end() :].strip(" ,，")
    if bool(clock) != when.has_time or (clock and not is_time_of_day(clock)):
        return None
    if week is not None:
        return week.group(0), tuple(when.at.date() + timedelta(days=n) for n in range(5))
    first = when.at.date().replace(day=1)
    its_days = [first.replace(day=n) for n in range(1, monthrange(first.year, first.month)[1] + 1)]
    working = [d for d in its_days if d.weekday() < 5]
    offered = (working[0], *(d for d in working[1:] if d.weekday() == 0))
    return (said.group(0), offered) if when.at.date() == offered[0] else None  # ("mid june": the 15th)


# A month said with no day: "in june", "next month", "early july", "下个月", "6月份", "下月初" (not "6月底").
_MONTH_ONLY = re.compile(
    rf"(?:(?:in|by|during|early|mid|late|around|sometime|some time|next)\s+){{0,2}}{MONTH_WORD}"
    r"|next month|(?:下个?|下個)月(?:初|中旬|上旬)?"
    r"|[0-9一二三四五六七八九十]{1,3}月份?(?:初|上旬)?(?![0-9一二三四五六七八九十号號日底末中下])",
    re.IGNORECASE,
)


_ANY_DAY = re.compile(
    r"\b(?:some ?time|any ?day|whenever|one day|any time)\b|找(?:个|一)?(?:时间|天)|哪天|有空|随便", re.I
)
_REMIND_ME = re.compile(rf"{lx.REMIND.pattern}|提我", re.I)


# The clauses of a message, to find a remind-me said in a clause of its own ("下周要见X的Leanne，提醒我").
# (Chinese typed with a space between clauses: "下禮拜去台中精機 提醒我一下")
_CLAUSE_BREAK = re.compile(rf"[，,;；。]|\.(?!\d)|{CJK_SPACE_PATTERN}")


def week_without_day(text: str, when: When, message: str = "") -> str | None:
    """ "提醒我下礼拜给大冶铜都打电话", "next week please remind me to call …": a reminder asked for, in the
    clause `text`, in a week with no day said (no other date in the clause, no "sometime", "找个时间"): the
    words, for the card to ask which day. None otherwise ("follow up next week" is any day of it; "at a trade
    show all next week, remind me the monday after" says the day)."""
    words = " ".join(text[a:b] for a, b in when.spans).strip()
    if when.has_time or not WEEK_ONLY.fullmatch(words):
        return None
    if not (_REMIND_ME.search(text) or _remind_me_at_the_end(message)) or _ANY_DAY.search(text):
        return None
    return words


def _remind_me_at_the_end(message: str) -> bool:
    clauses = [c for c in _CLAUSE_BREAK.split(message) if c.strip()]
    return len(clauses) > 1 and said_alone_to_remind(clauses[-1])
