"""Dates and times as reps type them, in English and Chinese, relative to the user's time zone.

"tomorrow 3pm", "next Tue", "in 3 days", "EOD", "end of month", "15 Dec", "2026-12-15",
"明天下午3点", "下周三", "月底", "3天后". Returns where in the text it found them, so the
caller can cut them out of the remaining words.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from crm_store.limits import check_moment, date_out_of_range
from handlers.parsing.hanzi import simplified
from handlers.parsing.holidays import HOLIDAY, LUNAR_DAY, lunar_day, read_holiday
from handlers.parsing.numerals import cn_integer

DEFAULT_TIME = time(9, 0)
END_OF_DAY = time(17, 0)

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
CN_WEEKDAYS = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple": 2,
}

# Whole month words only: "maybe" is not May, "marching" not March.
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_WEEKDAY = r"(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?\.?"
_CN_NUM = r"[0-9零一二两三四五六七八九十]+"
_CN_PART = {
    "底": "end",
    "末": "end",
    "初": "early",
    "中": "mid",
    "上旬": "early",
    "中旬": "mid",
    "下旬": "late",
}
_BY_SUFFIX = re.compile(r"之前|以前|前(?!往|去|来)")


def cn_number(text: str) -> int:
    """0-99 written in digits or Chinese numerals (十五, 二十, 两); 0 when it is neither."""
    return cn_integer(text) or 0


@dataclass(frozen=True)
class When:
    at: datetime  # aware, in the user's time zone
    has_time: bool
    spans: tuple[tuple[int, int], ...]  # where in the text the date/time words were

    def strip_from(self, text: str) -> str:
        """`text` without the date/time words (and a dangling 'on'/'at'/'by')."""
        out = text
        for start, end in sorted(self.spans, reverse=True):
            out = out[:start] + " " + out[end:]
        out = re.sub(r"\b(on|at|by|b4|before|until|due)\s*$", "", out.strip(), flags=re.IGNORECASE)
        return " ".join(out.split()).strip(" ,;:-")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    day: date | None = None
    clock: time | None = None
    moment: datetime | None = None  # a full instant ("in 2 hours")


# Words that arrange something to come: a weekday after them is the next one, even in a report
# ("约了周五见面").
_ARRANGING = re.compile(r"约|安排|计划|准备|打算|说|表示|告诉|提到|(?:要|会|将|再|定在?)\s*$")
# A weekday that only says when ("(周六)", "周六的展会上", "…，周六"), not one something is done on.
_SAID_AS_WHEN = re.compile(r"\s*(?:[)）]|$|[，,。.；;!！]|的)")


def _next_weekday(today: date, weekday: int, *, allow_today: bool = False) -> date:
    days = (weekday - today.weekday()) % 7
    if days == 0 and not allow_today:
        days = 7
    return today + timedelta(days=days)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_end(today: date, months_ahead: int) -> date:
    first = _add_months(today.replace(day=1), months_ahead)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _mid_month(today: date) -> date:
    middle = today.replace(day=15)
    return middle if middle >= today else _add_months(middle, 1)


# Something moved to a month: "delayed to feb", "pushed back to march", "slipped to jan".
_MOVED = re.compile(
    r"\b(?:push(?:ed|es|ing)?|mov(?:ed|es|ing)|delay(?:ed|s|ing)?|postpon(?:ed|es|ing)|slipp?(?:ed|s|ing)?|slid|"
    r"shift(?:ed|s|ing)?|bump(?:ed|s|ing)?|put(?:ting)? off|rescheduled?|rescheduling|deferr?(?:ed|ing)|"
    r"chang(?:ed|ing))(?:\s+(?:out|back|again))?"
    # "pushing the rollout to feb": what moves, named between
    r"(?:\s+(?:the|their|our|it|this|that)(?:\s+[\w-]+){0,2}?)?(?:\s+(?:out|back|again))?\s*$"
)


def _month_start(today: date, month: int, year: int | None) -> date:
    """ "in january", "明年2月": the month's first working day from today on (not New Year's Day)."""
    if year is None:
        year = today.year + (1 if month < today.month else 0)
    day = date(year, month, 2 if month == 1 else 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return max(day, today) if (year, month) == (today.year, today.month) else day


def _next_month(today: date) -> tuple[int, int]:
    following = _add_months(today.replace(day=1), 1)
    return following.month, following.year


def _week_of_month(first: date, which: str) -> date:
    """The Monday of the `which` week of the month that starts on `first` ("last" too)."""
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    if which == "last":
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return last - timedelta(days=last.weekday())
    index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(which) or int(which[0])
    return monday + timedelta(weeks=index - 1)


def _future_date(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def _clock(hour: int, minute: int, meridiem: str | None) -> time | None:
    meridiem = (meridiem or "").lower().replace(".", "")
    if meridiem in ("pm", "下午", "晚上", "傍晚", "今晚") and hour < 12:
        hour += 12
    elif meridiem in ("am", "上午", "早上", "早晨", "凌晨") and hour == 12:
        hour = 0
    elif meridiem == "中午" and hour < 6:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


_UNTIL = re.compile(r"\b(until|till|til|before|b4)\s+$")
_AFTER = re.compile(r"\b(?:after|post)\s+$")


# A week past the weekday named: "a week from friday", "a week on monday", "friday week" (British).
_A_WEEK_ON = re.compile(r"\ba week(?: from| on)?\s+$")
_WEEK_AFTER = re.compile(r"\s+week\b(?!\s*(?:of|end|ends|day|days|ly|'s|’s)\b)")


def _date_hits(text: str, today: date, now_local: datetime, past: bool = False) -> list[_Hit]:
    hits: list[_Hit] = []
    lower = text.lower()

    def add(match: re.Match[str], **kwargs: object) -> None:
        end = match.end()
        suffix = _BY_SUFFIX.match(text, end)  # 周五前, 月底之前: "by" that day
        hits.append(_Hit(match.start(), suffix.end() if suffix else end, **kwargs))  # type: ignore[arg-type]

    for m in re.finditer(r"\b(the\s+)?day after tomorrow\b|大后天|后天", lower):
        add(m, day=today + timedelta(days=3 if m.group(0) == "大后天" else 2))
    for m in re.finditer(r"\b(tomorrow|tmrw?|tmr|tomorow|tommorow)\b|明天|明日|明早|明晚", lower):
        if not any(h.start <= m.start() < h.end for h in hits):
            clock = time(9) if m.group(0) == "明早" else time(19) if m.group(0) == "明晚" else None
            add(m, day=today + timedelta(days=1), clock=clock)
    for m in re.finditer(r"\blast\s+(?:night|nite|evening)\b|昨晚|昨天晚上|昨天夜里", lower):
        add(m, day=today - timedelta(days=1), clock=time(19))
    for m in re.finditer(r"\b(?:the\s+)?day before yesterday\b|大前天|(?<![提大])前天", lower):
        add(m, day=today - timedelta(days=3 if m.group(0) == "大前天" else 2))
    for m in re.finditer(r"\b(yesterday)\b|昨天|昨日", lower):
        if not any(h.start <= m.start() < h.end for h in hits):
            add(m, day=today - timedelta(days=1))
    for m in re.finditer(r"\b(today|tonight|tonite|2nite|tonigh)\b|今天|今日|今晚", lower):
        add(m, day=today, clock=None if m.group(0) in ("today", "今天", "今日") else time(19))
    for m in re.finditer(r"\b(?:eom|end of (?:the |this )?month)\b|(?:本|这个?|当)?(?:月底|月末)", lower):
        add(m, day=_month_end(today, 0))
    for m in re.finditer(
        rf"(?:(明年|今年)?({_CN_NUM})月(上旬|中旬|下旬|底|末|初|中)(?![0-9一二三四五六七八九十]))"
        rf"|\b(end|early|mid|beginning|start|late)(?: of)? {_MONTH}(?:\s+(\d{{4}}))?",
        lower,
    ):
        if m.group(2):
            month, part = (
                cn_number(m.group(2)),
                _CN_PART[m.group(3)],
            )
            year = today.year + 1 if m.group(1) == "明年" else today.year if m.group(1) else None
        else:
            month, part = MONTHS[m.group(5)[:3]], m.group(4)
            year = int(m.group(6)) if m.group(6) else None
        if not 1 <= month <= 12:
            continue
        last = calendar.monthrange(year or today.year, month)[1]
        day_number = {"end": last, "mid": 15, "late": 21}.get(part, 1)
        found = _future_date(today, month, day_number, year)
        if found and year is None and found.year > today.year:
            found = found.replace(
                day=calendar.monthrange(found.year, month)[1] if part == "end" else day_number
            )
        if found:
            add(m, day=found)
    for m in re.finditer(r"(下个?|这个?|本)月(上旬|中旬|下旬|初|中)", text):
        month = _add_months(today.replace(day=1), 1 if m.group(1).startswith("下") else 0)
        if m.group(2) in ("初", "上旬"):
            add(m, day=_month_start(today, month.month, month.year))
            continue
        add(m, day=max(today, month.replace(day=15 if "中" in m.group(2) else 21)))
    for m in re.finditer(
        r"(?<!提)前两天|(?<!提)前几天|\bthe other day\b|\ba couple (?:of )?days ago\b", lower
    ):
        add(m, day=today - timedelta(days=3 if m.group(0) == "前几天" else 2))
    for m in re.finditer(r"\bend of next month\b|下个?月(?:底|末)", lower):
        add(m, day=_month_end(today, 1))
    for m in re.finditer(r"\b(?:eow|end of (?:the |this )?week)\b|周末前|本周末|这周末|本周内|这周内", lower):
        add(m, day=today + timedelta(days=(4 - today.weekday()) % 7))
    for m in re.finditer(r"\bend of next week\b|下周末|下周内", lower):
        add(m, day=today + timedelta(days=(4 - today.weekday()) % 7 + 7))
    for m in re.finditer(r"\b(?:eoy|end of (?:the |this )?year)\b|年底|年末|今年底", lower):
        add(m, day=date(today.year, 12, 31))
    for m in re.finditer(r"\b(?:eoq|end of (?:the |this )?quarter)\b|季度末|本季度末|季末", lower):
        quarter_end = ((today.month - 1) // 3 + 1) * 3
        add(m, day=date(today.year, quarter_end, calendar.monthrange(today.year, quarter_end)[1]))
    for m in re.finditer(
        r"(?:(明年|下一?年|next year'?s?\s*|今年|this year'?s?\s*)\s*)?(?:\b(?:end of |eo)?(?:the )?)?"
        r"(?:(?<![a-z0-9])q([1-4])(?:\s*(20\d\d))?(?![a-z0-9])|(?:第?([一二三四1-4])季度)(?:末|底)?)",
        lower,
    ):
        quarter = int(m.group(2)) if m.group(2) else CN_WEEKDAYS[m.group(4)] + 1
        year = (
            int(m.group(3))
            if m.group(3)
            else today.year + (1 if m.group(1) and m.group(1)[0] in "明下n" else 0)
        )
        end = date(year, quarter * 3, calendar.monthrange(year, quarter * 3)[1])
        if end < today and not m.group(1) and not m.group(3):
            end = date(year + 1, quarter * 3, calendar.monthrange(year + 1, quarter * 3)[1])
        until = _UNTIL.search(lower, 0, m.start())
        if until:  # "budget frozen til q2": until Q2 starts; "before q3": the day before it does
            start = date(end.year, end.month - 2, 1)
            end = max(today, start - timedelta(days=1) if until.group(1) in ("before", "b4") else start)
        elif _AFTER.search(lower, 0, m.start()):  # "after q2": once Q2 is over
            end = end + timedelta(days=1)
        add(m, day=end)
    for m in re.finditer(r"\bnext quarter\b|下个?季度", lower):
        quarter_end = _add_months(date(today.year, ((today.month - 1) // 3) * 3 + 1, 1), 6) - timedelta(
            days=1
        )
        add(m, day=quarter_end)
    for m in re.finditer(
        # not "the 5th floor"; "between the 7th and the 9th" is a span of days (read as its start); "on the
        # 8th about the board papers" is a day (after on/by/before/until, a word other than a count's noun)
        r"\b(?:(?P<on>on |by |before |until )?the (\d{1,2})(?:st|nd|rd|th)\b)"
        r"(?! of|(?(on) ?(?:floor|time|grade|place|round|row|quarter|week|day|month|year|attempt|try|version|"
        r"item|point|one|person|people|customer|client|call)s?\b"
        r"| ?(?!(?:and|or|to|till?|through|thru|at|for)\b)[a-z]{3}))",
        lower,
    ):
        try:
            day = today.replace(day=int(m.group(2)))
        except ValueError:
            continue
        add(m, day=day if day >= today else _add_months(day, 1))
    for m in re.finditer(rf"\bmid[\s-]?{_MONTH}|\bmid[\s-]?month\b|月中", lower):
        month = MONTHS.get((m.group(1) or "")[:3]) if m.lastindex else None
        add(m, day=_future_date(today, month, 15, None) if month else _mid_month(today))
    for m in re.finditer(r"\bnext month\b|下个?月(?![0-9一二三四五六七八九十]+[日号]|底|末)初?", lower):
        add(m, day=_month_start(today, *_next_month(today)))
    for m in re.finditer(r"\blast month\b|上个?月(?![0-9一二三四五六七八九十]+[日号]|底|末|初|中)", lower):
        add(m, day=_add_months(today, -1))  # "met them last month": about a month ago
    for m in re.finditer(r"\b(?:last|past) week\b|上个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])", lower):
        add(m, day=today - timedelta(days=7))
    for m in re.finditer(rf"\blast\s+{_WEEKDAY}(?![a-z])", lower):
        weekday = WEEKDAYS[m.group(1)[:4] if m.group(1)[:4] in WEEKDAYS else m.group(1)[:3]]
        add(m, day=today - timedelta(days=(today.weekday() - weekday) % 7 or 7))
    for m in re.finditer(r"上个?(?:周|星期|礼拜)([一二三四五六日天1-7])", text):
        monday = today - timedelta(days=today.weekday())
        add(m, day=monday - timedelta(days=7) + timedelta(days=CN_WEEKDAYS[m.group(1)]))
    for m in re.finditer(
        r"\b(\d+|an?|one|two|three|four|five|six|seven|ten|couple(?: of)?)\s+(days?|weeks?|wks?)\s+ago\b",
        lower,
    ):
        count_text = m.group(1).replace(" of", "")
        count = int(count_text) if count_text.isdigit() else WORD_NUMBERS.get(count_text, 1)
        add(m, day=today - timedelta(days=count * (7 if m.group(2).startswith("w") else 1)))
    for m in re.finditer(rf"({_CN_NUM})\s*(天|个?星期|周)(?:前|以前|之前)", text):
        count = cn_number(m.group(1))
        add(m, day=today - timedelta(days=count * (1 if m.group(2) == "天" else 7)))
    for m in re.finditer(r"\bthis (morning|afternoon|evening|am|pm)\b|今早", lower):
        word = m.group(1) or "morning"
        clocks = {
            "morning": time(9),
            "am": time(9),
            "afternoon": time(14),
            "pm": time(14),
            "evening": time(18),
        }
        add(m, day=today, clock=clocks[word])
    for m in HOLIDAY.finditer(lower):
        holiday = read_holiday(m, today)
        if holiday is not None:
            add(m, day=holiday)
    for m in LUNAR_DAY.finditer(lower):  # "初八", "大年初三"
        day = lunar_day(m, today)
        if day is not None:
            add(m, day=day)
    for m in re.finditer(
        rf"\b(?:(?:in|by|until|till|til|thru|through|before|during|around|for|early|from|next|this|after|to)\s+)+"
        rf"{_MONTH}(?:\s+(\d{{4}}))?(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b)",
        lower,
    ):
        if m.group(1).startswith("may") and re.search(r"\b(?:this|for|to)\s+may$", m.group(0)):
            continue  # "this may take a while", "talked to may"
        if m.group(0).startswith("to") and not _MOVED.search(lower[: m.start()]):
            continue  # "to feb" is a date only where something moves to it: "delayed to feb"
        month, year = MONTHS[m.group(1)[:3]], int(m.group(2)) if m.group(2) else None
        start = _month_start(today, month, year)
        if m.group(0).startswith("after"):  # "after january": from February on
            following = _add_months(date(start.year, month, 1), 1)
            start = _month_start(today, following.month, following.year)
        add(m, day=start)
    for m in re.finditer(
        rf"(明年|今年)?({_CN_NUM})月份?(?![0-9零一二两三四五六七八九十]|[日号底末初中])", text
    ):
        month = cn_number(m.group(2))
        if 1 <= month <= 12:
            year = today.year + 1 if m.group(1) == "明年" else today.year if m.group(1) else None
            add(m, day=_month_start(today, month, year))
    for m in re.finditer(rf"(下个?|这个?|本)月({_CN_NUM})[日号]", text):
        number = cn_number(m.group(2))
        first = _add_months(today.replace(day=1), 1 if m.group(1).startswith("下") else 0)
        if 1 <= number <= calendar.monthrange(first.year, first.month)[1]:
            add(m, day=first.replace(day=number))
    for m in re.finditer(
        rf"\b{_WEEKDAY}\s+(?:of\s+)?next\s+week\b|\bnext\s+week(?:\s+on)?\s+{_WEEKDAY}\b", lower
    ):  # "thurs next week", "next week on tue": that day of next week, from any weekday
        name = m.group(1) or m.group(2)
        weekday = WEEKDAYS[name[:4] if name[:4] in WEEKDAYS else name[:3]]
        add(m, day=today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday))
    for m in re.finditer(
        r"\b(?:(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week|week\s+([1-4]))\s+(?:of|in)\s+"
        + _MONTH,
        lower,
    ):  # "week 2 of jan", "the first week of march": the Monday that week starts
        first = _future_date(today, MONTHS[m.group(3)[:3]], 1, None)
        if first is not None:
            add(m, day=_week_of_month(first, m.group(1) or m.group(2)))
    for m in re.finditer(rf"({_CN_NUM})月(?:的)?第([一二三四1-4])(?:周|个星期)", text):
        month = cn_number(m.group(1))
        first = _future_date(today, month, 1, None) if 1 <= month <= 12 else None
        if first is not None:
            add(m, day=_week_of_month(first, str(CN_WEEKDAYS[m.group(2)] + 1)))
    for m in re.finditer(
        r"\b(?:this|the|over the|on the|at the)\s+weekend\b|(?<![本这下上])周末(?!前)", lower
    ):
        add(m, day=_next_weekday(today, 5, allow_today=True) if today.weekday() != 6 else today)
    for m in re.finditer(
        rf"\b{_WEEKDAY},?\s+(?:the\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th))\b", lower
    ):  # "thursday the 10th": the 10th (the weekday only confirms it)
        try:
            day = today.replace(day=int(m.group(2) or m.group(3)))
        except ValueError:
            continue
        add(m, day=day if day >= today else _add_months(day, 1))
    for m in re.finditer(rf"\b(?:(next|this|coming|on|by|b4|before|until|till)\s+)?{_WEEKDAY}\b", lower):
        part_of_day = re.match(r"\s+(?:morning|afternoon|evening|night)\b", lower[m.end() :])
        if m.group(0) in ("sat", "sun") and not part_of_day:
            continue  # "sat down with", "sun": words, not days, unless "on sat" or "sat morning"
        weekday = WEEKDAYS[m.group(2)[:4] if m.group(2)[:4] in WEEKDAYS else m.group(2)[:3]]
        if past and m.group(1) in (None, "on"):
            add(m, day=today - timedelta(days=(today.weekday() - weekday) % 7))  # "visited them on fri"
            continue
        # "this thursday", "by thursday" said on a Thursday: today; a bare "thursday": next week's
        day = _next_weekday(today, weekday, allow_today=m.group(1) in ("this", "by", "until", "till"))
        week_on = _A_WEEK_ON.search(lower[: m.start()])  # "a week from friday", "a week on monday"
        week_after = _WEEK_AFTER.match(lower, m.end())  # "friday week", "tues week"
        if week_on or week_after:
            start = week_on.start() if week_on else m.start()
            hits.append(_Hit(start, week_after.end() if week_after else m.end(), day=day + timedelta(days=7)))
            continue
        add(m, day=day)
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
            day = _next_weekday(today, weekday, allow_today=True)
        add(m, day=day)
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
    for m in re.finditer(r"(?<![下本这当上])月初", text):
        add(m, day=today if today.day <= 5 else _month_start(today, *_next_month(today)))
    for m in re.finditer(
        r"\b(\d+|an?|one|two|three|four|five|six)\s+(days?|weeks?)\s+from\s+(now|today|tomorrow|tmrw)\b",
        lower,
    ):
        count = int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS.get(m.group(1), 1)
        start = today + timedelta(days=1 if m.group(3).startswith("t") and m.group(3) != "today" else 0)
        add(m, day=start + timedelta(days=count * (7 if m.group(2).startswith("week") else 1)))
    for m in re.finditer(r"\b(?:in\s+)?a\s+fortnight\b", lower):
        add(m, day=today + timedelta(days=14))
    for m in re.finditer(
        r"\bnext (?:week|wk)\b|(?<!下)下周(?![一二三四五六日天1-7])|(?<!下)下星期(?![一二三四五六日天1-7])",
        lower,
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            add(m, day=_next_weekday(today, 0))
    unit_seconds = {"min": 60, "minute": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800}
    for m in re.finditer(
        r"\bin\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|couple(?: of)?)\s+"
        r"(mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?)\b",
        lower,
    ):
        count_text = m.group(1).replace(" of", "")
        count = int(count_text) if count_text.isdigit() else WORD_NUMBERS.get(count_text, 1)
        unit = m.group(2).rstrip("s").replace("wk", "week")
        if unit.startswith("month"):
            add(m, day=_add_months(today, count))
        elif unit in ("day", "week"):
            add(m, day=today + timedelta(seconds=count * unit_seconds[unit]))
        else:
            add(m, moment=now_local + timedelta(seconds=count * unit_seconds[unit.rstrip("ute")]))
    for m in re.finditer(
        rf"({_CN_NUM}|半)\s*(分钟|个?小时|个?钟头|天|个?星期|周|个?月)(?:后|以后|之后)", text
    ):
        count = 0.5 if m.group(1) == "半" else cn_number(m.group(1))
        unit = m.group(2).lstrip("个")
        if unit == "月":
            add(m, day=_add_months(today, int(count)))
        elif unit in ("天",):
            add(m, day=today + timedelta(days=count))
        elif unit in ("星期", "周"):
            add(m, day=today + timedelta(weeks=count))
        elif unit == "分钟":
            add(m, moment=now_local + timedelta(minutes=count))
        else:
            add(m, moment=now_local + timedelta(hours=count))
    for m in re.finditer(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", text):
        day = _future_date(today, int(m.group(2)), int(m.group(3)), int(m.group(1)))
        if day:
            add(m, day=day)
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+(\d{{4}}))?\b", lower):
        day = _future_date(
            today,
            MONTHS[m.group(2)[:4] if m.group(2) == "sept" else m.group(2)[:3]],
            int(m.group(1)),
            int(m.group(3)) if m.group(3) else None,
        )
        if day:
            add(m, day=day)
    for m in re.finditer(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", lower):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        day = _future_date(
            today, MONTHS[m.group(1)[:3]], int(m.group(2)), int(m.group(3)) if m.group(3) else None
        )
        if day:
            add(m, day=day)
    for m in re.finditer(rf"(?:(\d{{4}})年)?({_CN_NUM})月({_CN_NUM})[日号]?", text):
        day = _future_date(
            today, cn_number(m.group(2)), cn_number(m.group(3)), int(m.group(1)) if m.group(1) else None
        )
        if day:
            add(m, day=day)
    for m in re.finditer(rf"(?<![月\d])({_CN_NUM})[日号](?!元)", text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        number = cn_number(m.group(1))
        try:
            day = today.replace(day=number)
        except ValueError:
            continue
        add(m, day=day if day >= today else _add_months(day, 1))
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", text):
        if m.group(0) == "24/7":
            continue  # "24/7 support": all the time, not a date
        first, second = int(m.group(1)), int(m.group(2))
        month, day_number = (second, first) if first > 12 else (first, second)
        day = _future_date(today, month, day_number, None)
        if day:
            add(m, day=day)
    return hits


_CN_CLOCK = re.compile(  # no minutes in "三点三方电话" (at three, a three-way call)
    rf"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚)?\s*({_CN_NUM})\s*[点點时:：]\s*"
    rf"(半|一刻|三刻|({_CN_NUM})(?:分|(?![方家个個位人次名台套件])))?"
)


# What follows "N点" when it counts points, not hours: "两点意见", "三点要求", "一点小事", "一点都不贵".
_POINTS_OF = re.compile(
    r"\s*(?:意见|建议|要求|问题|想法|看法|顾虑|担心|担忧|疑问|疑虑|原因|理由|需求|不满|误会|变化|进展|"
    r"优惠|折扣|兴趣|小事|小问题|东西|时间|钱|心意|经验|道理|都不|也不|都没|也没|[点儿些小])"
)
# A word before "一点"/"两点" that makes it "a little": "有一点贵", "再低一点", "快一点", "便宜一点".
_A_LITTLE_AFTER = re.compile(
    r"(?:有|再|多|少|快|慢|早|晚|贵|高|低|大|小|好|差|便宜|稍微|稍|这|那|一|了|得|加|减|降|让|便宜)\s*$"
)


def _is_a_clock(text: str, m: re.Match[str], dates: list[_Hit]) -> bool:
    """Whether a bare "N点" is an hour. "一点"/"两点" are also "a little" and "two points": with no part of
    the day, no date just before it and no 钟/半/minutes after it, "一点小事", "两点意见", "有一点贵",
    "价格再低一点" are no times; "明天一点", "下午一点", "一点钟", "两点开会" are."""
    if re.match(r"[间候]", text[m.end() :]) and m.group(0).endswith("时"):
        return False  # "同一时间", "一时候": "time", no hour
    if m.group(1) or m.group(3) or re.match(r"\s*[钟鐘整]", text[m.end() :]):
        return True
    if any(d.end <= m.start(2) and not text[d.end : m.start(2)].strip() for d in dates):
        return True
    if _POINTS_OF.match(text, m.end()):
        return False
    return not (m.group(2) in ("一", "两") and _A_LITTLE_AFTER.search(text, 0, m.start(2)))


def _cn_clock_matches(text: str, dates: list[_Hit]) -> list[re.Match[str]]:
    """Chinese clock times ("十点半", "下午3点"). A numeral that runs on from a date's last character is
    read from where the date ends: "周三十点" is Wednesday at ten (三 + 十点), not a "三十点" that no
    clock has; "周二十一点" is Tuesday at eleven."""
    out: list[re.Match[str]] = []
    for m in _CN_CLOCK.finditer(text):
        straddled = next((d for d in dates if d.start <= m.start(2) < d.end < m.end(2)), None)
        if straddled is not None:
            rest = _CN_CLOCK.match(text, straddled.end)
            if rest is None:
                continue
            m = rest
        if _is_a_clock(text, m, dates):
            out.append(m)
    return out


_WORD_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_CLOCK_NUMBER = r"(?:1[0-2]|0?[1-9]|" + "|".join(_WORD_HOURS) + ")"


def _business_hour(hour: int, minutes: int) -> time | None:
    """An hour said without am/pm during business hours: 1 to 7 is the afternoon ("half past 3": 15:30)."""
    if not 0 <= hour <= 23:
        return None
    return time(hour + 12 if 1 <= hour <= 7 else hour, minutes)


# A span of hours is planned from its start: "between 2 and 4", "from 9am to 11", "2-4pm", "10am-noon",
# "下午两点到四点之间", "9点至11点". Its end is part of it, not another time.
_EN_RANGE = re.compile(
    r"(?P<lead>\bbetween\s+)?(?<![\d:/.-])(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
    r"\s*(?:and|to|till|until|-|–|~)\s*"
    r"(?:(?P<h2>\d{1,2})(?::[0-5]\d)?\s*(?P<ap2>a\.?m\.?|p\.?m\.?)?|noon)(?![\d/.:-])(?![a-z])"
)
_CN_RANGE = re.compile(
    rf"(?P<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*(?P<h>{_CN_NUM})\s*[点點时:：]\s*(?P<half>半)?"
    rf"\s*(?:到|至|-|–|~)\s*(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*{_CN_NUM}\s*[点點时:：]\s*半?(?:之间|左右)?"
)


def _range_hits(text: str) -> list[_Hit]:
    """Spans of hours, each read as its start (see `_EN_RANGE`)."""
    hits: list[_Hit] = []
    lower = text.lower()
    for m in _EN_RANGE.finditer(lower):
        meridiem = m.group("ap") or m.group("ap2")
        if not (m.group("lead") or meridiem or "noon" in m.group(0)):
            continue  # "3-4 weeks", "2 to 3 people": no clock said
        hour, end = int(m.group("h")), int(m.group("h2") or 12)
        if meridiem and not m.group("ap") and meridiem.startswith("p") and hour > end:
            meridiem = "am"  # "11-1pm": from 11 in the morning
        minute = int(m.group("m") or 0)
        clock = _clock(hour, minute, meridiem) if meridiem else _business_hour(hour, minute)
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in _CN_RANGE.finditer(text):
        hour = cn_number(m.group("h"))
        meridiem = m.group("part") or ("下午" if 1 <= hour <= 6 else None)
        clock = _clock(hour, 30 if m.group("half") else 0, meridiem)
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    return hits


def _time_hits(text: str, dates: list[_Hit] | None = None) -> list[_Hit]:
    hits: list[_Hit] = _range_hits(text)
    lower = text.lower()
    for m in re.finditer(r"\b(1[0-2]|0?[1-9])\s*-?ish\b", lower):  # "3ish tomorrow": about 3 o'clock
        clock = _business_hour(int(m.group(1)), 0)
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"\bfirst thing(?: in the morning)?\b|(?<![周期拜])一早(?!上)|一大早", lower):
        hits.append(_Hit(m.start(), m.end(), clock=time(9)))  # "first thing tomorrow": the start of the day
    for m in re.finditer(
        r"\b(?:by\s+)?(?:eod|end of (?:the )?day|cob|close of business|(?:end|close) of play|eop)\b|下班前",
        lower,
    ):
        hits.append(_Hit(m.start(), m.end(), clock=END_OF_DAY))  # "by cob thursday": Thursday 17:00
    for m in re.finditer(
        r"(?:\b(?:tomorrow|tmrw?|tmr|today|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*)\.?)\s+(am|pm)\b",
        lower,
    ):  # "tmrw am", "friday pm": a part of the day
        hits.append(_Hit(m.start(1), m.end(1), clock=time(9) if m.group(1) == "am" else time(14)))
    for m in re.finditer(
        rf"\b(?:at\s+|@\s*)?(?:(half|quarter)\s+(past|after|to|till|til)|(half))\s+({_CLOCK_NUMBER})\b"
        r"(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?",
        lower,
    ):  # "half past 3", "quarter to four", British "half 3" (3:30)
        hour = _WORD_HOURS.get(m.group(4)) or int(m.group(4))
        minutes = 30 if (m.group(1) or m.group(3)) == "half" else 15
        if m.group(2) in ("to", "till", "til"):
            hour, minutes = hour - 1, 60 - minutes
        clock = _clock(hour, minutes, m.group(5)) if m.group(5) else _business_hour(hour, minutes)
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(
        r"(?<![a-z0-9:.])(?:at\s+|@\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])", lower
    ):
        clock = _clock(int(m.group(1)), int(m.group(2) or 0), m.group(3))
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(
        r"\b(?P<part>morning|afternoon|evening|tonight|tonite)\s+(?:at\s+|@\s*)?"
        r"(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\b"
        r"|\b(?:at\s+)?(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?\s+(?:this|in the)\s+"
        r"(?P<part2>morning|afternoon|evening)\b",
        lower,
    ):  # "tomorrow afternoon 3", "this evening 6:30", "3 this afternoon": the hour in that part of the day
        part = m.group("part") or m.group("part2")
        clock = _clock(int(m.group("h") or m.group("h2")), int(m.group("m") or m.group("m2") or 0),
                       "am" if part == "morning" else "pm")  # fmt: skip
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"(?<![\d:])(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", lower):
        if not any(h.start <= m.start() < h.end for h in hits):
            hour = int(m.group(1))
            if 1 <= hour <= 6 and not m.group(1).startswith("0"):
                hour += 12  # "a call at 5:30" during business hours is 17:30 ("07:30" is written as meant)
            hits.append(_Hit(m.start(), m.end(), clock=time(hour, int(m.group(2)))))
    for m in re.finditer(r"\bat\s+(\d{1,2})\b(?![:.\d]|\s*(?:am|pm|%))", lower):
        hour = int(m.group(1))
        if hour <= 23 and not any(h.start <= m.start() < h.end for h in hits):
            hour = hour + 12 if 1 <= hour <= 7 else hour  # "at 3" during business hours is 15:00
            hits.append(_Hit(m.start(), m.end(), clock=time(hour)))
    for m in re.finditer(
        r"\b(noon|midday|in the morning|morning|in the afternoon|afternoon|in the evening|evening)\b", lower
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            word = m.group(1).split()[-1]
            clock = {
                "noon": time(12),
                "midday": time(12),
                "morning": time(9),
                "afternoon": time(14),
                "evening": time(18),
            }[word]
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in _cn_clock_matches(text, dates or []):
        if m.group(1) is None and re.match(r"\s*\d{1,2}:\d", m.group(0)):
            continue  # "7:30" without a Chinese part of the day: read above, in business hours
        minute_text = m.group(3) or ""
        minute = (
            30
            if minute_text == "半"
            else 15
            if minute_text == "一刻"
            else 45
            if minute_text == "三刻"
            else (cn_number(m.group(4)) if m.group(4) else 0)
        )
        hour = cn_number(m.group(2))
        meridiem = m.group(1) or ("下午" if 1 <= hour <= 6 else None)
        clock = _clock(hour, minute, meridiem)
        if clock:
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"(上午|下午|中午|晚上|早上)(?!\s*[0-9零一二两三四五六七八九十])", text):
        clock = {"上午": time(9), "早上": time(9), "中午": time(12), "下午": time(14), "晚上": time(19)}[
            m.group(1)
        ]
        hits.append(_Hit(m.start(), m.end(), clock=clock))
    # "tmrw 10", "fri 3": a bare hour right after an English day word, nothing after it but a break
    for m in re.finditer(
        r"(?<=[a-z.] )(\d{1,2})(?=\s*(?:$|[,;.!?)]|\s-|\s(?:and|then|to|for|w/?|with|re)\b))", lower
    ):
        after_day = any(d.end == m.start() - 1 and lower[d.start].isalpha() for d in dates or [])
        clock = _business_hour(int(m.group(1)), 0)
        if after_day and clock and not any(h.start <= m.start() < h.end for h in hits):
            hits.append(_Hit(m.start(), m.end(), clock=clock))
    return hits


# A part of the day or a weekday said relative to an event: "the morning after", "the afternoon before",
# "the monday after", "the week before", "the night before" (read before other dates, so that "morning" or
# "monday" inside it is not a day of its own).
_EVENT_OFFSET = re.compile(
    r"\bthe\s+(?:(?P<part>morning|afternoon|evening|night)|(?P<weekday>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
    r"(?:day|nesday|urday|sday|rsday)?|(?P<week>week))\s+(?P<edir>before|after)\b"
    r"(?!\s+(?:tomorrow|tmrw|yesterday|today|next|last|this)\b)"
    r"|(?P<zday>前一天|后一天|第二天|次日|隔天)(?P<zpart>上午|早上|中午|下午|晚上)"
    # "评审前两天", "review 前两天": days before an event named right before (not "前两天", a few days ago)
    r"|(?:(?<=[a-z])\s*|(?<=[\u4e00-\u9fff])(?<![今昨明前后大上下这本那每日月号周年天提]))"
    r"(?P<zrel>[前后])(?P<zcount>[两二三四五六七2-7])天",
    re.IGNORECASE,
)
_PART_CLOCK = {"morning": time(9), "afternoon": time(14), "evening": time(18), "night": time(18),
               "上午": time(9), "早上": time(9), "中午": time(12), "下午": time(14),
               "晚上": time(18)}  # fmt: skip
_OFFSET = re.compile(
    r"\b(?:the\s+)?(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|ten|couple(?:\s+of)?)\s+)?"
    r"(?P<unit>days?|weeks?|hours?|hrs?)\s+(?P<dir>before|after|prior|earlier|later|ahead)\b"
    r"(?!\s+(?:tomorrow|tmrw|yesterday|today|that|this|the\s+(?:meeting|call|demo)\s+(?:today|tomorrow)))"
    r"|\bthe\s+(?:next|following)\s+(?P<next>day|week|morning)\b"
    r"|\b(?:on\s+)?(?:that|the\s+same)\s+day\b"
    r"|提前(?P<zn>[0-9零一二两三四五六七八九十半]{0,3})\s*(?P<zunit>天|个?星期|周|个?小时|个?钟头)?"
    r"|(?P<zdir>[前后头])一天|第二天|次日|隔天|当天|那天|同一天|到时候?|届时"
    r"|\bthen\s*$|\bat that (?:point|time)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offset:
    """A time said relative to another date of the same message: "the day after", "提前一天"."""

    delta: timedelta
    hours: bool  # counted in hours: the anchor's time of day matters
    span: tuple[int, int]
    clock: time | None = None  # "the morning after": that part of the day
    weekday: int | None = None  # "the monday after": the first such weekday after (or before) the event
    week: bool = False  # "the week before": the Monday of the week before (or after) the event's

    def from_event(self, event: datetime) -> datetime:
        """The moment this offset names, counted from the event at `event`."""
        if self.weekday is not None:
            step = 1 if self.delta >= timedelta(0) else -1
            day = event + timedelta(days=step)
            while day.weekday() != self.weekday:
                day += timedelta(days=step)
            return datetime.combine(day.date(), DEFAULT_TIME, tzinfo=event.tzinfo)
        if self.week:
            monday = event.date() - timedelta(days=event.weekday()) + self.delta
            return datetime.combine(monday, DEFAULT_TIME, tzinfo=event.tzinfo)
        moved = event + self.delta
        if self.clock is not None:
            return datetime.combine(moved.date(), self.clock, tzinfo=event.tzinfo)
        return moved


def find_event_offset(text: str) -> Offset | None:
    """A part of the day, a weekday or a week said relative to an event ("the morning after", "the monday
    after", "the week before christmas", "前一天下午"); the first in `text`, or None."""
    m = _EVENT_OFFSET.search(simplified(text).lower())
    if m is None:
        return None
    if m.group("zrel"):
        count = cn_number(m.group("zcount"))
        return Offset(timedelta(days=count if m.group("zrel") == "后" else -count), False, m.span())
    if m.group("zday"):
        back = m.group("zday") == "前一天"
        return Offset(timedelta(days=-1 if back else 1), False, m.span(), clock=_PART_CLOCK[m.group("zpart")])
    sign = -1 if m.group("edir") == "before" else 1
    if m.group("part"):
        return Offset(timedelta(days=sign), False, m.span(), clock=_PART_CLOCK[m.group("part")])
    if m.group("weekday"):
        name = m.group("weekday")
        weekday = WEEKDAYS[name[:4] if name[:4] in WEEKDAYS else name[:3]]
        return Offset(timedelta(days=sign), False, m.span(), weekday=weekday)
    return Offset(timedelta(days=7 * sign), False, m.span(), week=True)


def find_offset(text: str) -> Offset | None:
    """The first date in `text` said relative to another one ("follow up the day after", "提前一天提醒我")."""
    event = find_event_offset(text)
    if event is not None:
        return event
    for m in _OFFSET.finditer(simplified(text).lower()):
        word = m.group(0)
        if m.group("unit"):
            unit = m.group("unit").rstrip("s")
            raw = (m.group("n") or "1").replace(" of", "").split()[0]
            count = int(raw) if raw.isdigit() else WORD_NUMBERS.get(raw, 1)
            sign = -1 if m.group("dir") in ("before", "prior", "earlier", "ahead") else 1
            if unit in ("hour", "hr"):
                return Offset(timedelta(hours=sign * count), True, m.span())
            return Offset(timedelta(days=sign * count * (7 if unit == "week" else 1)), False, m.span())
        if m.group("next"):
            return Offset(timedelta(days=7 if m.group("next") == "week" else 1), False, m.span())
        if word.startswith("提前"):
            count = 0.5 if m.group("zn") == "半" else cn_number(m.group("zn") or "1") or 1
            unit = (m.group("zunit") or "天").lstrip("个")
            if unit in ("小时", "钟头"):
                return Offset(timedelta(hours=-count), True, m.span())
            return Offset(timedelta(days=-count * (7 if unit in ("星期", "周") else 1)), False, m.span())
        if m.group("zdir"):
            return Offset(timedelta(days=1 if m.group("zdir") == "后" else -1), False, m.span())
        if word in ("第二天", "次日", "隔天"):
            return Offset(timedelta(days=1), False, m.span())
        return Offset(timedelta(0), False, m.span())
    return None


_WEEKDAY_ONLY = re.compile(
    rf"(?:(?:next|this|coming|on|by|b4|before|until|till)\s+)?{_WEEKDAY}|(?:周|星期|礼拜)[一二三四五六日天1-7]"
)


def _without_confirming_weekdays(text: str, dates: list[_Hit]) -> list[_Hit]:
    """A weekday said just before the date it falls on ("thu, dec 10", "周四(12月10号)"): the date counts,
    its span taking in the weekday."""
    out = list(dates)
    for hit in dates:
        if not _WEEKDAY_ONLY.fullmatch(text[hit.start : hit.end].lower()):
            continue
        after = [o for o in out if o.start >= hit.end and not text[hit.end : o.start].strip(" ,(（")]
        if after and hit in out:
            day = _agreeing_year(after[0].day, hit.day)
            out[out.index(after[0])] = replace(after[0], start=hit.start, day=day)
            out.remove(hit)
    return out


def _weekday_said_with_its_date(dates: list[_Hit]) -> list[_Hit]:
    """ "next fri, the 8th": "next fri" and "fri, the 8th" overlap; the date the weekday falls on decides
    (one hit from "next" to "8th"), so "next fri" is not asked about or read as the coming Friday."""
    out = list(dates)
    for hit in dates:
        later = [
            o
            for o in out
            if o is not hit and hit.start < o.start < hit.end < o.end and o.day and hit.day
            and o.day.weekday() == hit.day.weekday()
        ]  # fmt: skip
        if later and hit in out:
            out[out.index(later[0])] = replace(later[0], start=hit.start)
            out.remove(hit)
    return out


def _agreeing_year(day: date | None, weekday_day: date | None) -> date | None:
    """ "Fri 1/8" said on Jan 11: the 8th of the year whose Jan 8 is a Friday (the one just past), not the
    next year's: the weekday said tells which year a date without one is in."""
    if day is None or weekday_day is None or day.weekday() == weekday_day.weekday():
        return day
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # Feb 29
            continue
        if other.weekday() == weekday_day.weekday():
            return other
    return day


# When a part of the day named without an hour is over: morning, noon, afternoon, end of day, evening.
_PART_ENDS = {time(9): time(12), time(12): time(14), time(14): time(18), END_OF_DAY: time(19),
              time(18): time(23), time(19): time(23)}  # fmt: skip


def later_today(when: When, text: str, now: datetime) -> When:
    """A part of today already under way, said for something still to do ("this afternoon" or "今天下午" at
    16:45, "EOD" at 17:10): the next full hour, while that part of the day lasts. Otherwise `when`."""
    local_now = now.astimezone(when.at.tzinfo)
    words = " ".join(text[a:b] for a, b in when.spans)
    end = _PART_ENDS.get(when.at.timetz().replace(tzinfo=None))
    if (
        not when.has_time
        or end is None
        or when.at > local_now
        or when.at.date() != local_now.date()
        or re.search(r"\d|[零一二两三四五六七八九十]\s*[点點时]", words)
    ):
        return when
    soon = local_now + timedelta(minutes=15)  # at least a quarter of an hour ahead, on the hour
    next_hour = soon.replace(minute=0, second=0, microsecond=0)
    if next_hour < soon:
        next_hour += timedelta(hours=1)
    if next_hour.time() > end or next_hour.date() != local_now.date():
        return when
    return When(next_hour, True, when.spans)


_NEXT_WEEKDAY = re.compile(rf"\bnext\s+{_WEEKDAY}$", re.IGNORECASE)


def next_weekday_choices(words: str, today: date) -> tuple[date, date] | None:
    """ "next <weekday>" said while that weekday is still ahead in the current week (Monday to Sunday):
    the coming one ("next tue" on a Monday: tomorrow) or the one of next week (in eight days). Writers
    mean both, so neither is a safe guess: the user is asked. None when `words` has one reading only:
    the weekday is today or already past this week ("next tue" on a Thursday is the coming Tuesday, and
    on a Sunday every day ahead is next week's)."""
    match = _NEXT_WEEKDAY.search(words.strip().lower())
    if match is None:
        return None
    name = match.group(1)
    weekday = WEEKDAYS[name[:4] if name[:4] in WEEKDAYS else name[:3]]
    if weekday <= today.weekday():
        return None
    coming = _next_weekday(today, weekday)
    return coming, coming + timedelta(days=7)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Overlapping spans as one ("this evening", "evening 6:30"), so cutting them out cuts each word once."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


# A day said as the one after which something happens: "after the 20th", "12月14号之后".
_AFTER_BEFORE = re.compile(r"\bafter\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_AFTER = re.compile(r"\s*(?:以后|之后|过后)")
# A date that names a day (not "q2", "jan" or "the holidays", whose "after" their own readings handle).
_A_DAY = re.compile(
    r"^(?!.*(?:q[1-4]|季度)).*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)|周|星期|礼拜|号|日)", re.I
)


def _working_day(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def find_when(
    text: str, *, now: datetime, tz: ZoneInfo, default_time: time = DEFAULT_TIME, past: bool = False
) -> When | None:
    """The first date and/or time mentioned in `text`, as an aware local datetime.

    `past`: the text reports what happened, so a bare weekday ("on fri") is the last one, not the next.
    """
    now_local = now.astimezone(tz)
    today = now_local.date()
    text = simplified(text)
    try:
        found = _date_hits(text, today, now_local, past)
    except (OverflowError, ValueError):  # "in 99999999 days": past any calendar
        raise date_out_of_range("date", today) from None
    dates = sorted(found, key=lambda h: (h.start, -h.end))
    # An exact time beats a part of the day around it: "wed afternoon 3pm", "今晚8点".
    times = sorted(
        _time_hits(text, found), key=lambda h: (not re.search(r"\d", text[h.start : h.end]), h.start)
    )
    # A date hit must not sit inside another (e.g. "next week" within "next week Tue").
    dates = [
        h
        for h in dates
        if not any(
            o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
            for o in dates
        )
    ]
    times = [t for t in times if not any(d.start <= t.start < d.end and t.end <= d.end for d in dates)]
    dates = _weekday_said_with_its_date(dates)
    dates = _without_confirming_weekdays(text, dates)
    if not dates and not times:
        return None
    date_hit = dates[0] if dates else None
    time_hit = times[0] if times else None
    spans = _merged([(h.start, h.end) for h in (date_hit, time_hit) if h is not None])
    if date_hit and date_hit.moment is not None:
        return When(check_moment("date", date_hit.moment, now), True, ((date_hit.start, date_hit.end),))
    clock = (time_hit.clock if time_hit else None) or (date_hit.clock if date_hit else None)
    if date_hit and date_hit.day is not None:
        day = date_hit.day
        after = _AFTER_BEFORE.search(text[: date_hit.start]) or _AFTER_AFTER.match(text, date_hit.end)
        if after and _A_DAY.search(text[date_hit.start : date_hit.end]):
            day = _working_day(day + timedelta(days=1))  # "follow up after the 20th": from the 21st
    else:
        day = today  # a time gone by today is tomorrow's, unless the text reports ("visited them at 10am")
        if clock is not None and datetime.combine(today, clock, tzinfo=tz) <= now_local and not past:
            day = today + timedelta(days=1)
    at = datetime.combine(day, clock or default_time, tzinfo=tz)
    return When(check_moment("date", at, now), clock is not None, spans)
