"""Weekdays and weeks: "fri", "next tue", "this thursday", "last monday", "thurs next week", "friday week",
"the weekend", "end of the week", "next week", "the week after next", "week 2 of jan", "周三", "下周五",
"上周二", "下下周", "周末"; and when "next <weekday>" has two readings."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from handlers.parsing.calendar_math import future_date, next_weekday, week_of_month
from handlers.parsing.calendar_words import (
    CN_NUM,
    CN_WEEKDAYS,
    MONTH_WORD,
    MONTHS,
    WEEKDAY_PREFIX,
    WEEKDAY_WORD,
    cn_number,
    weekday_number,
    weekday_prefix,
)
from handlers.parsing.date_scan import DateScan, Hit
from handlers.parsing.holiday_calendar import country_of, is_off

# Words that arrange something to come: a weekday after them is the next one, even in a report
# ("约了周五见面").
_ARRANGING = re.compile(r"约|安排|计划|准备|打算|说|表示|告诉|提到|(?:要|会|将|再|定在?)\s*$")
# A weekday that only says when ("(周六)", "周六的展会上", "…，周六"), not one something is done on.
_SAID_AS_WHEN = re.compile(r"\s*(?:[)）]|$|[，,。.；;!！]|的)")


# A week past the weekday named: "a week from friday", "a week on monday", "friday week" (British).
_A_WEEK_ON = re.compile(r"\ba week(?: from| on)?\s+$")
_WEEK_AFTER = re.compile(r"\s+week\b(?!\s*(?:of|end|ends|day|days|ly|'s|’s)\b)")


def read_week_ends(scan: DateScan) -> None:
    """ "end of the week", "EOW", "end of next week", "周末前", "下周内": that week's Friday."""
    lower, today, add = scan.lower, scan.today, scan.add
    for m in re.finditer(r"\b(?:eow|end of (?:the |this )?week)\b|周末前|本周末|这周末|本周内|这周内", lower):
        add(m, day=today + timedelta(days=(4 - today.weekday()) % 7))
    for m in re.finditer(r"\bend of next week\b|下周末|下周内", lower):
        add(m, day=today + timedelta(days=(4 - today.weekday()) % 7 + 7))


def read_past_weeks(scan: DateScan) -> None:
    """ "last week", "last tuesday", "上周", "上周二"."""
    text, lower, today, add = scan.text, scan.lower, scan.today, scan.add
    for m in re.finditer(r"\b(?:last|past) week\b|上个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])", lower):
        add(m, day=today - timedelta(days=7))
    for m in re.finditer(rf"\blast\s+{WEEKDAY_WORD}(?![a-z])", lower):
        weekday = weekday_number(m.group(1))
        add(m, day=today - timedelta(days=(today.weekday() - weekday) % 7 or 7))
    for m in re.finditer(r"上个?(?:周|星期|礼拜)([一二三四五六日天1-7])", text):
        monday = today - timedelta(days=today.weekday())
        add(m, day=monday - timedelta(days=7) + timedelta(days=CN_WEEKDAYS[m.group(1)]))


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` (1-4, or -1 for the last) `weekday` of the month, or None when the month has no such day."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def read_weekdays_of_month(scan: DateScan) -> None:
    """The nth weekday of a month: "first monday of june", "the last friday in may", "6月第一个周五",
    "五月最后一个星期五": that day of the month's next occurrence (this month's while it is still ahead)."""
    found: list[tuple[re.Match[str], int, int, int]] = []
    for m in re.finditer(
        rf"\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+{WEEKDAY_WORD}\s+(?:of|in)\s+{MONTH_WORD}",
        scan.lower,
    ):
        found.append((m, MONTHS[m.group(3)[:3]], weekday_number(m.group(2)), _NTH[m.group(1)]))
    for m in re.finditer(
        rf"({CN_NUM})月份?(?:的)?(?:第([一二三四1-4])个|(最后一)个)(?:周|星期|礼拜)([一二三四五六日天])",
        scan.text,
    ):
        nth = -1 if m.group(3) else cn_number(m.group(2))
        found.append((m, cn_number(m.group(1)), CN_WEEKDAYS[m.group(4)], nth))
    for m, month, weekday, nth in found:
        if not 1 <= month <= 12:
            continue
        for year in (scan.today.year, scan.today.year + 1):
            day = _nth_weekday(year, month, weekday, nth)
            if day is not None and day >= scan.today:
                scan.add(m, day=day)
                break


def read_working_days_of_month(scan: DateScan) -> None:
    """The nth working day of a month, in the calendar of the user's country: "the 2nd business day of june",
    "first working day of July", "6月第二个工作日", "六月第一個工作天", "12月最后一个工作日"."""
    found: list[tuple[re.Match[str], int, int]] = []
    for m in re.finditer(
        r"\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:working|business|work)\s+day\s+"
        rf"(?:of|in)\s+{MONTH_WORD}",
        scan.lower,
    ):
        found.append((m, MONTHS[m.group(2)[:3]], _NTH[m.group(1)]))
    for m in re.finditer(
        rf"({CN_NUM})月份?(?:的)?(?:第([一二三四1-4])个|(最后一)个)工作(?:日|天)", scan.text
    ):
        found.append((m, cn_number(m.group(1)), -1 if m.group(3) else cn_number(m.group(2))))
    country = country_of(scan.now_local.tzinfo)
    for m, month, nth in found:
        if not 1 <= month <= 12:
            continue
        for year in (scan.today.year, scan.today.year + 1):
            days = [
                date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if not is_off(country, date(year, month, d))
            ]  # fmt: skip
            day = days[nth - 1 if nth > 0 else -1] if len(days) >= abs(nth) else None
            if day is not None and day >= scan.today:
                scan.add(m, day=day)
                break


# A clock right after a weekday word: "sat 8am", "sun 2:30", "sat at 9" (what makes "sat" a day).
_CLOCK_NEXT = re.compile(r"\s*(?:at\s+|@\s*)?\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?![\w:])")


# A date right after a weekday ("sat 10/5", "sun the 7th"), or "for" right before it ("a reminder for sat"):
# what makes "sat"/"sun" a day.
_DATE_NEXT = re.compile(r"\s*,?\s*(?:the\s+)?\d{1,2}(?:[/.-]\d{1,2}\b|st\b|nd\b|rd\b|th\b)")
_FOR_BEFORE = re.compile(r"\bfor\s+$")


def read_weekdays(scan: DateScan) -> None:
    """A weekday, with or without next/this/by, a week of a month, the weekend, the week after next."""
    text, lower, today, past, hits, add = scan.text, scan.lower, scan.today, scan.past, scan.hits, scan.add
    for m in re.finditer(
        rf"\b{WEEKDAY_WORD}\s+(?:of\s+)?next\s+week\b|\bnext\s+week(?:\s+on)?\s+{WEEKDAY_WORD}\b", lower
    ):  # "thurs next week", "next week on tue": that day of next week, from any weekday
        name = m.group(1) or m.group(2)
        weekday = weekday_number(name)
        add(m, day=today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday))
    for m in re.finditer(
        r"\b(?:(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week|week\s+([1-4]))\s+(?:of|in)\s+"
        + MONTH_WORD,
        lower,
    ):  # "week 2 of jan", "the first week of march": the Monday that week starts
        first = future_date(today, MONTHS[m.group(3)[:3]], 1, None)
        if first is not None:
            add(m, day=week_of_month(first, m.group(1) or m.group(2)))
    for m in re.finditer(rf"({CN_NUM})月(?:的)?第([一二三四1-4])(?:周|个星期)", text):
        month = cn_number(m.group(1))
        first = future_date(today, month, 1, None) if 1 <= month <= 12 else None
        if first is not None:
            add(m, day=week_of_month(first, str(CN_WEEKDAYS[m.group(2)] + 1)))
    for m in re.finditer(
        r"\b(?:this|the|over the|on the|at the)\s+weekend\b|(?<![本这下上])周末(?!前)", lower
    ):
        add(m, day=next_weekday(today, 5, allow_today=True) if today.weekday() != 6 else today)
    for m in re.finditer(rf"\b(?:({WEEKDAY_PREFIX})\s+)?{WEEKDAY_WORD}\b", lower):
        if len(m.group(2)) == 2 and not text[m.start(2)].isupper():
            continue  # "we can do 5.7.": a German "Do" is written with its capital
        part_of_day = re.match(r"\s+(?:morning|afternoon|arvo|evening|night)\b", lower[m.end() :])
        dated = _DATE_NEXT.match(lower, m.end()) or _FOR_BEFORE.search(lower, 0, m.start())
        if m.group(0) in ("sat", "sun") and not (part_of_day or dated or _CLOCK_NEXT.match(lower, m.end())):
            continue  # "sat down with", "sun": words, not days, unless "on sat", "sat morning", "sat 8am",
            # "sat 10/5" or "for sat"
        weekday = weekday_number(m.group(2))
        week_on = _A_WEEK_ON.search(lower[: m.start()])  # "a week from friday", "a week on monday"
        week_after = _WEEK_AFTER.match(lower, m.end())  # "friday week", "tues week"
        prefix = weekday_prefix(m.group(1))  # "w przyszły piątek": "next friday"
        if past and prefix in (None, "on") and not (week_on or week_after):
            day = today - timedelta(days=(today.weekday() - weekday) % 7)  # "visited them on fri"
            add(m, day=day, on_itself=day == today)
            continue
        # "this thursday", "by thursday" said on a Thursday: today; a bare "thursday": next week's
        day = next_weekday(today, weekday, allow_today=prefix in ("this", "by", "until", "till"))
        if week_on or week_after:
            start = week_on.start() if week_on else m.start()
            # "monday week" said on a Monday: a week from today or from next Monday? (asked)
            unsure = bool(week_after) and today.weekday() == weekday and prefix is None
            end = week_after.end() if week_after else m.end()
            hits.append(Hit(start, end, day=day + timedelta(days=7), disagrees=unsure))
            continue
        add(m, day=day, on_itself=_said_on_that_day(today, weekday, prefix))
    for m in re.finditer(rf"(下下|下|这|本|上)个?\s*{WEEKDAY_WORD}\b", lower):
        # "下个 thursday", "这个 friday": the weekday in English, the week said in Chinese (as "下周四")
        monday = today - timedelta(days=today.weekday())
        weeks = {"下下": 14, "下": 7, "上": -7}.get(m.group(1), 0)
        add(m, day=monday + timedelta(days=weeks + weekday_number(m.group(2))))
    for m in re.finditer(r"(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])", text):
        prefix, weekday = m.group(1) or "", CN_WEEKDAYS[m.group(2)]
        monday = today - timedelta(days=today.weekday())
        if prefix.startswith("下下"):
            day = monday + timedelta(days=14 + weekday)
        elif prefix.startswith("下"):
            day = monday + timedelta(days=7 + weekday)
        elif prefix:
            day = monday + timedelta(days=weekday)
        elif past and _SAID_AS_WHEN.match(text, m.end()) and not _ARRANGING.search(text[: m.start()]):
            day = today - timedelta(days=(today.weekday() - weekday) % 7)  # "聊了一下(周六)": the last one
        else:
            day = next_weekday(today, weekday, allow_today=True)
        add(m, day=day, on_itself=not prefix and weekday == today.weekday())
    monday = today - timedelta(days=today.weekday())
    for m in re.finditer(
        r"\b(?:the )?week after next\b|\bnext next week\b|下下个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])",
        lower,
    ):
        add(m, day=monday + timedelta(days=14))
    for m in re.finditer(r"\bmid[\s-]?next[\s-]?week\b", lower):
        add(m, day=monday + timedelta(days=9))
    for m in re.finditer(r"\bthis time next week\b", lower):
        add(m, day=today + timedelta(days=7))


def _said_on_that_day(today: date, weekday: int, before: str | None) -> bool:
    """A weekday said on that weekday with no "this", "next" or "by" ("call Alma on Wednesday at 7pm",
    "周三晚上七点", "el miércoles a las 6" said on a Wednesday): today or in a week (`Hit.on_itself`)."""
    return weekday == today.weekday() and before in (None, "on")


def read_next_week(scan: DateScan) -> None:
    """ "next week", "下周" with no weekday: the coming Monday (unless a longer reading took the words)."""
    lower, today, hits, add = scan.lower, scan.today, scan.hits, scan.add
    for m in re.finditer(
        r"\bnext (?:week|wk)\b|(?<!下)下个?(?:周|星期|礼拜)(?![一二三四五六日天1-7末])",
        lower,
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            add(m, day=next_weekday(today, 0))


_NEXT_WEEKDAY = re.compile(rf"\b({WEEKDAY_PREFIX})\s+{WEEKDAY_WORD}$", re.IGNORECASE)


def next_weekday_choices(words: str, today: date, *, sunday_first: bool = False) -> tuple[date, date] | None:
    """ "next <weekday>" said while that weekday is still ahead in the current week (Monday to Sunday):
    the coming one ("next tue" on a Monday: tomorrow) or the one of next week (in eight days). Writers
    mean both, so neither is a safe guess: the user is asked. None when `words` has one reading only:
    the weekday is today or already past this week ("next tue" on a Thursday is the coming Tuesday, and
    on a Sunday every day ahead is next week's). `sunday_first`: the user's country starts its week on
    Sunday (the United States, Canada, India, Hong Kong …), so a Sunday is the first day of the week, not
    its last ("next wed" said there on a Sunday evening may be in three days or in ten)."""
    match = _NEXT_WEEKDAY.search(words.strip().lower())
    if match is None or weekday_prefix(match.group(1)) != "next":  # ("w przyszły piątek" too)
        return None
    name = match.group(2)
    weekday = weekday_number(name)
    shift = 1 if sunday_first else 0  # (the place in the week: Monday is 0, or Sunday is)
    if (weekday + shift) % 7 <= (today.weekday() + shift) % 7:
        return None
    coming = next_weekday(today, weekday)
    return coming, coming + timedelta(days=7)
