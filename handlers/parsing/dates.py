"""Dates and times as reps type them, in English and Chinese, relative to the user's time zone.

"tomorrow 3pm", "next Tue", "in 3 days", "EOD", "end of month", "15 Dec", "2026-12-15",
"明天下午3点", "下周三", "月底", "3天后". Returns where in the text it found them, so the
caller can cut them out of the remaining words.

Each family of date words has its own reader module (`relative_days`, `months`, `quarters`, `weekdays`,
`holidays`, `month_days`; times of day in `clock_times`, dates said relative to an event in
`event_offsets`); this module runs them in order and decides which date and time the text names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError

from crm_store.limits import check_moment, date_out_of_range
from handlers.parsing import holidays, month_days, months, quarters, relative_days, week_of, weekdays
from handlers.parsing.calendar_math import working_day
from handlers.parsing.calendar_words import CN_WEEKDAYS, WEEKDAY_PREFIX, WEEKDAY_WORD, weekday_number
from handlers.parsing.clock_times import (
    DEFAULT_TIME,
    END_OF_DAY,
    half_hour_unsure,
    swahili_hour_unsure,
    time_hits,
)
from handlers.parsing.date_order import numeric_order
from handlers.parsing.date_scan import DateScan, Hit
from handlers.parsing.event_offsets import Offset, find_event_offset, find_offset
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.month_days import numeric_date_choices
from handlers.parsing.time_zones import zone_of_time
from handlers.parsing.weekdays import next_weekday_choices

__all__ = [
    "DEFAULT_TIME",
    "Offset",
    "When",
    "day_choices",
    "either_of_two",
    "find_event_offset",
    "find_offset",
    "find_when",
    "forget_read_texts",
    "later_today",
    "next_weekday_choices",
    "says_a_day_again",
]


# A part of the day said anywhere in the words, which tells the half of the day of a bare hour near it
# ("tomorrow afternoon, at 3"): "pm", "evening", "下午", "jioni", "à tarde", "po południu", "rano".
_PART_OF_DAY = re.compile(
    r"\b(?:a\.?m|p\.?m|morning|afternoon|arvo|evening|tonight|tonite|night|noon|lunch|dinner"
    r"|asubuhi|mchana|alasiri|jioni|usiku|manhã|manha|tarde|noite|rano|południu|poludniu|wieczorem"
    r"|wieczór|nachmittag|abends?|morgens?|soir|matin|après-midi)\b"
    r"|上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|夜晚|[今明昨]晚|下昼|下晝|朝早|晏昼|晏晝|晚饭|午饭|午餐|晚餐",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class When:
    at: datetime  # aware, in the user's time zone
    has_time: bool
    spans: tuple[tuple[int, int], ...]  # where in the text the date/time words were
    doubt: str | None = None  # words of the date read without certainty ("her time"): asked about
    day_said: bool = True  # False: only a time of day was said ("下午三点"), the day is the next such time's
    gone: str | None = None  # a clock time alone, just gone by today, so read as tomorrow's ("at 4" at 16:40)
    # an hour said bare ("at 3", "三点"), read as the afternoon's: free text asks before planning on it
    hour_guessed: str | None = None
    # a weekday said on that weekday with a clock still ahead ("周三晚上七点" on a Wednesday afternoon):
    # today's or next week's; `at` is next week's, and free text offers both days (`clause_step`)
    or_today: bool = False

    def strip_from(self, text: str) -> str:
        """`text` without the date/time words (and a dangling 'on'/'at'/'by')."""
        out = text
        for start, end in sorted(self.spans, reverse=True):
            out = out[:start] + " " + out[end:]
        out = re.sub(r"\b(on|at|by|b4|before|until|due)\s*$", "", out.strip(), flags=re.IGNORECASE)
        return " ".join(out.split()).strip(" ,;:-")


# The readers in the order they run: a reader may leave words an earlier one took ("next week" inside
# "end of next week", "dec 15" inside "end of dec 15"), and of two readings of the same words the first wins.
_READERS: tuple[Callable[[DateScan], None], ...] = (
    relative_days.read_named_days,
    relative_days.read_days_ago,
    relative_days.read_this_part_of_day,
    relative_days.read_days_ahead,
    months.read_month_ends_and_parts,
    months.read_named_months,
    quarters.read_quarters_and_years,
    weekdays.read_weekdays_of_month,
    weekdays.read_working_days_of_month,
    weekdays.read_week_ends,
    weekdays.read_past_weeks,
    weekdays.read_weekdays,
    weekdays.read_next_week,
    holidays.read_holidays,
    month_days.read_days_of_month,
    month_days.read_numeric_dates,
    week_of.read_weeks_of,
    week_of.read_week_numbers,
    relative_days.read_that_day,
)


# How long ago a clock time said with no day may have gone by today and still be meant for today ("remind
# me at 4" said at 16:40): `When.gone`, asked about for a reminder.
_JUST_GONE = timedelta(hours=6)


def _date_hits(text: str, today: date, now_local: datetime, past: bool = False) -> list[Hit]:
    """The date and time words of `text`. A message is read for dates several times over (each clause, the
    whole, a doubt again), so the hits of the last few hundred texts are kept: the zone's name is part of
    the key, as two zones' clocks at one instant compare equal but read holidays of two countries."""
    return list(_hits_of(text, today, now_local, str(now_local.tzinfo), past))


def forget_read_texts() -> None:
    """Empty the kept hits (the parse benchmark times each message's reading afresh, not a repeat)."""
    _hits_of.cache_clear()


@lru_cache(maxsize=512)
def _hits_of(text: str, today: date, now_local: datetime, zone: str, past: bool) -> tuple[Hit, ...]:
    scan = DateScan(text, today, now_local, past)
    for read in _READERS:
        read(scan)
    return tuple(scan.hits)


_WEEKDAY_ONLY = re.compile(
    rf"(?:(?:{WEEKDAY_PREFIX})\s+)?{WEEKDAY_WORD}"
    r"|(?:mo|di|mi|do|fr|sa|so)\.?"  # German "Fr" of "Fr 30.6." (read only before its date)
    r"|(?:下下?个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天1-7]"
)


def _without_confirming_weekdays(text: str, dates: list[Hit], times: list[Hit], today: date) -> list[Hit]:
    """A weekday said beside the date it falls on ("thu, dec 10", "周四(12月10号)", "5月9号 周三",
    "下周三上午十点 五月二号"): the date counts, its span taking in the weekday. When the weekday is not the
    date's, the date is marked: which day is meant is asked ("close friday 5/3" when 5/3 is a Thursday)."""
    out = list(dates)
    for hit in dates:
        if not _WEEKDAY_ONLY.fullmatch(text[hit.start : hit.end].lower()) or hit not in out:
            continue
        after = [
            o
            for o in out
            if o.start >= hit.end and _only_between(text, hit.end, o.start, times)
            and not _WEEKDAY_ONLY.fullmatch(text[o.start : o.end].lower())
        ]  # fmt: skip
        before = [
            o
            for o in out
            if o is not hit and o.end <= hit.start and o.day is not None
            and _A_DAY.search(text[o.start : o.end]) and _only_between(text, o.end, hit.start, times)
        ]  # fmt: skip
        if after:
            date_hit, start, end = after[0], hit.start, after[0].end
        elif before and not _WEEKDAY_ONLY.fullmatch(text[before[-1].start : before[-1].end].lower()):
            date_hit, start, end = before[-1], before[-1].start, hit.end
        else:
            continue
        day, disagrees = _agreeing_year(date_hit.day, hit.day, today)
        out[out.index(date_hit)] = replace(date_hit, start=start, end=end, day=day, disagrees=disagrees)
        out.remove(hit)
    return sorted(out, key=lambda h: (h.start, -h.end))


def _only_between(text: str, start: int, end: int, times: list[Hit]) -> bool:
    """Whether only a comma, a bracket or a time of day stands between `start` and `end`."""
    if end < start:
        return False
    kept = "".join(
        c for i, c in enumerate(text[start:end], start=start) if not any(t.start <= i < t.end for t in times)
    )
    return not kept.strip(" ,，(（)）.")  # "Fr. 12.1.": the weekday's dot


def _holiday_said_with_its_date(text: str, dates: list[Hit]) -> list[Hit]:
    """ "节后5月8号", "after golden week, 8 May": a day said right after the holiday is the day meant (its
    span taking in the holiday's words), not the holiday's own first working day. A holiday said with no
    before or after ("slipping past memorial day, new close june 15") gives way to a later exact date."""
    exact = [o for o in dates if o.day is not None and not o.named]
    out = [
        h
        for h in dates
        if not (h.loose and h.day and any(o.start >= h.end and o.day > h.day for o in exact if o.day))
    ]
    for hit in dates:
        after = [o for o in out if o.start >= hit.end and _BETWEEN.fullmatch(text[hit.end : o.start])]
        if hit.named and hit in out and after and after[0].day is not None and not after[0].named:
            day = _weekday_from(text[after[0].start : after[0].end], hit.day) or after[0].day
            out[out.index(after[0])] = replace(after[0], start=hit.start, day=day)
            out.remove(hit)
    return out


# What may stand between a holiday and the day of it said after it: "节后, 5月8号", "国庆回来那个周四".
_BETWEEN = re.compile(r"[\s,，、(（的]*(?:那个|那一个)?\s*")
# A holiday's days said as a stretch, no day of it named: "国庆期间", "連假那幾天" (which day is asked).
_DURING = re.compile(r"\s*(?:假期|长假|放假)?(?:期间|那几天|那段时间)")

# A weekday alone ("Monday", "周二", "礼拜三"), with no "next"/"this"/"下" that counts from today.
_WEEKDAY_ALONE = re.compile(rf"(?:on\s+)?{WEEKDAY_WORD}|(?:周|星期|礼拜)([一二三四五六日天])", re.IGNORECASE)


def _weekday_from(said: str, first: date | None) -> date | None:
    """ "节后 Monday", "after golden week, tuesday": a weekday said right after a holiday is the first such
    day from the holiday's first working day on, not the coming one counted from today."""
    weekday = _WEEKDAY_ALONE.fullmatch(said.strip())
    if weekday is None or first is None:
        return None
    number = weekday_number(weekday.group(1).lower()) if weekday.group(1) else CN_WEEKDAYS[weekday.group(2)]
    return first + timedelta(days=(number - first.weekday()) % 7)


# Two days said as either one: "tue or wed", "the 3rd or 4th", "8号或者9号", "禮拜三定係禮拜四".
# ("tue, maybe wed", "thursday, if not then friday", "wed/thu", "周四，不然周五": the second said as the other
# possibility.)
_EITHER = (
    r"(?:or|or maybe|or else|oder|或者?|或是|还是|定系|定是|maybe|possibly|perhaps|if not(?:,?\s*then)?"
    r"|failing that|otherwise|也可能|不然(?:就)?|要不然?(?:就)?|不行(?:的话)?就|/)"
)
_OR = re.compile(rf"\s*(?:,\s*|，\s*)?{_EITHER}\s*(?:the\s+|on\s+)?", re.IGNORECASE)
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:号|日)", re.IGNORECASE)


# Another day offered after a break, for the one said earlier: "周四去找黄总，不然周五", "thu, if not fri".
_OR_AFTER_A_BREAK = re.compile(rf"[,，;；]\s*{_EITHER}\s*(?:the\s+|on\s+)?$", re.IGNORECASE)


# A part of a month or week offered before the one the date says: "mid or end oct", "early/mid next month".
_PART_OR_BEFORE = re.compile(
    rf"\b(?:early|mid|middle|late|end|start|beginning)\s*{_EITHER}\s*(?:the\s+)?$", re.IGNORECASE
)


def _other_day_said(text: str, dates: list[Hit]) -> int | None:
    """Where the second of two days the text offers as either one ends (the first hit, `or`, another day
    or a bare day of the month: "the 3rd or 4th"), if it does."""
    if not dates or dates[0].day is None:
        return None
    if _PART_OR_BEFORE.search(text, 0, dates[0].start):  # "mid or end oct", "early/mid next month"
        return dates[0].end
    for another in dates[1:]:
        offered = _OR_AFTER_A_BREAK.search(text, 0, another.start)
        if another.day is not None and another.day != dates[0].day and offered:
            return another.end
    joined = _OR.match(text, dates[0].end)
    if joined is None or not joined.group(0).strip():
        return _either_of_two(text, dates)
    later = [h for h in dates[1:] if h.start == joined.end() and h.day is not None and h.day != dates[0].day]
    if later:
        return later[0].end
    bare = _BARE_DAY.match(text, joined.end())
    return bare.end() if bare and _A_DAY.search(text[dates[0].start : dates[0].end]) else None


# Two times of day said as either one: "at 10 or 11", "3 or 4pm", "lunch or end of day", "早上还是中午",
# "七八点" (seven or eight). The writer does not know which: the time is asked (a span, "2 to 4", is planned
# from its start and is no such doubt).
_TIME_WORD = (
    r"(?:lunch(?:\s*time)?|noon|midday|morning|afternoon|arvo|evening|tonight|eod|end of (?:the )?day|cob"
    r"|close of business|first thing|早上|早晨|上午|中午|午饭|午餐|下午|傍晚|晚上|晚饭|下班前)"
)
_BARE_CLOCK = r"(?:\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?|[一二两三四五六七八九十]{1,3}\s*[点时])"
_TIME_OR = rf"\s*(?:,\s*|，\s*)?{_EITHER}\s*(?:at\s+|around\s+|maybe\s+|@\s*)?"
_OTHER_TIME_AFTER = re.compile(
    rf"{_TIME_OR}(?:(?:{_TIME_WORD})|{_BARE_CLOCK}(?![\d:./%万千百个位家人号日月])"
    r"(?!\s*(?:k\b|m\b|mil|people|ppl|pax|units?|seats?|days?|weeks?|months?|years?|of\b|more\b|%)))",
    re.IGNORECASE,
)
_OTHER_TIME_BEFORE = re.compile(
    rf"(?:\b(?:at|around)\s+)?(?:(?<![\w])(?:{_TIME_WORD})|(?<![\d:./$])\d{{1,2}}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?)"
    rf"{_TIME_OR}$",
    re.IGNORECASE,
)
# Two hours side by side in Chinese: "七八点", "周四两三点" (seven or eight, two or three).
_CN_TWO_HOURS = re.compile(
    r"(?:(?<![零一二两三四五六七八九十\d])|(?<=[周期拜][一二三四五六日天]))"
    r"(十[一二]|[一二两三四五六七八九十])(十[一二]|[二三四五六七八九十])\s*[点點]"
)
_CN_HOUR = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
            "十": 10, "十一": 11, "十二": 12}  # fmt: skip


# A break said as a stretch of time with no day in it: "in the new year".
_SOME_TIME_IN = re.compile(r"in\s+the\s+new\s+year", re.IGNORECASE)


def some_time_in(words: str) -> bool:
    """`words` name a stretch of time with no day of it ("in the new year"): which day is asked."""
    return _SOME_TIME_IN.search(words) is not None


def _other_time_said(text: str, times: list[Hit]) -> tuple[int, int] | None:
    """Where two times said as either one start and end ("at 10 or 11", "lunch or end of day", "七八点"),
    if the text says a time so."""
    for m in _CN_TWO_HOURS.finditer(text):
        if _CN_HOUR[m.group(2)] == _CN_HOUR[m.group(1)] + 1:
            return m.start(), m.end()
    for hit in times:
        after = _OTHER_TIME_AFTER.match(text, hit.end)
        if after is not None:
            return hit.start, after.end()
        before = _OTHER_TIME_BEFORE.search(text, 0, hit.start)
        if before is not None:
            return before.start(), hit.end
    return None


# Two days side by side, then said to be equally fine: "周三周四都行", "周三、周四都可以", "wed/thu either
# works".
_SIDE_BY_SIDE = re.compile(r"\s*(?:[、/／,，]\s*)?")
_EITHER_FINE = re.compile(
    r"\s*(?:都行|都可以|都可|均可|皆可|都ok|都得|随便|whichever"
    r"|either(?:\s+(?:one|day))?\s+(?:works|is fine|ok))",
    re.IGNORECASE,
)


def _either_of_two(text: str, dates: list[Hit]) -> int | None:
    """Where the second of two days said side by side and called equally fine ends, if they are."""
    side = _SIDE_BY_SIDE.match(text, dates[0].end)
    later = [
        h for h in dates[1:] if side and h.start == side.end() and h.day is not None and h.day != dates[0].day
    ]
    if later and _EITHER_FINE.match(text, later[0].end):
        return later[0].end
    return None


def either_of_two(words: str, *, now: datetime, tz: ZoneInfo) -> bool:
    """Whether `words` (a doubt the reader kept) are two days or two times said as either one ("tue or wed",
    "10/3 or 10/4", "at 10 or 11", "七八点")."""
    text = simplified(words)
    now_local = now.astimezone(tz)
    try:
        found = _date_hits(text, now_local.date(), now_local, False)
    except (OverflowError, ValueError):
        return False
    dates = sorted(found, key=lambda h: (h.start, -h.end))
    return (
        _other_day_said(text, dates) is not None or _other_time_said(text, time_hits(text, found)) is not None
    )


def _weekday_said_with_its_date(dates: list[Hit]) -> list[Hit]:
    """ "next fri, the 8th": "next fri" and "fri, the 8th" overlap; the date the weekday falls on decides
    (one hit from "next" to "8th"), so "next fri" is not asked about or read as the coming Friday. A weekday
    the day does not fall on ("Monday 9th Oct" when the 9th is a Tuesday) keeps its doubt in the one hit."""
    out = list(dates)
    for hit in dates:
        later = [
            o
            for o in out
            if o is not hit and hit.start < o.start < hit.end < o.end and o.day and hit.day
            and o.day.weekday() == hit.day.weekday()
        ]  # fmt: skip
        if later and hit in out:  # a weekday its date does not fall on stays doubted ("Monday 9th Oct")
            merged = replace(later[0], start=hit.start, disagrees=later[0].disagrees or hit.disagrees)
            out[out.index(later[0])] = merged
            out.remove(hit)
    return out


def _agreeing_year(day: date | None, weekday_day: date | None, today: date) -> tuple[date | None, bool]:
    """ "Fri 1/8" said on Jan 11: the 8th of the year whose Jan 8 is a Friday (the one just past), not the
    next year's: the weekday said tells which year a date without one is in, when that year's day is near
    today. Else the weekday and the date disagree ("close friday 5/3" when 5/3 is a Thursday): (the date,
    True)."""
    if day is None or weekday_day is None or day.weekday() == weekday_day.weekday():
        return day, False
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # Feb 29
            continue
        if other.weekday() == weekday_day.weekday() and abs((other - today).days) <= _NEAR:
            return other, False
    return day, True


_NEAR = 62  # days from today: a year's date that near is the one meant by the weekday said with it
_JUST_PAST = 31  # days: a month and day this recently gone by is no date of next year's, said without a year
_YEAR_SAID = re.compile(r"\d{4}|['’]\d{2}\b|明年|今年|next year|this year", re.IGNORECASE)


def _just_gone_by(hit: Hit, text: str, today: date) -> bool:
    """Whether a month and day said without its year was read as next year's although this year's is only
    days past: a date in the past by mistake, or written the other way round ("6/7": 6 July?)."""
    if (
        hit.day is None
        or hit.day.year != today.year + 1
        or hit.named
        or _YEAR_SAID.search(text[hit.start : hit.end])
    ):
        return False
    try:
        this_year = hit.day.replace(year=today.year)
    except ValueError:  # 29 February
        return False
    return 0 < (today - this_year).days <= _JUST_PAST


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


def day_choices(
    words: str, today: date, zone: tzinfo | None, *, hour: int | None = None
) -> tuple[date, date] | None:
    """The two days that date words may mean, when writers mean either and the user is asked: "next wed"
    said on a Monday (`next_weekday_choices`), "2/3" said in Toronto (`numeric_date_choices`), "tmrw" said
    in the small hours (`hour`, the local hour it is said: before 4 the night is not over, and "tomorrow"
    may be the day just begun). None when the words have one reading."""
    if hour is not None and hour < _NIGHT_ENDS and _TOMORROW.fullmatch(words.strip()):
        return today, today + timedelta(days=1)
    sunday_first = _week_starts_on_sunday(country_of(zone))
    return next_weekday_choices(words, today, sunday_first=sunday_first) or numeric_date_choices(
        words, today, zone
    )


_NIGHT_ENDS = 4  # the hour before which "tomorrow" may mean the day just begun
_TOMORROW = re.compile(
    r"tomorrow|tmrw?|tmr|tomorow|tommorow|tomoz|2moro|2morrow|明天|明日|明儿(?:个)?|听日|聽日", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _week_starts_on_sunday(country: str | None) -> bool:
    """Whether the country's calendars start the week on Sunday (CLDR's territory data, through Babel)."""
    if not country:
        return False
    try:
        return Locale.parse(f"und_{country.partition('-')[0]}").first_week_day == 6
    except (ValueError, UnknownLocaleError):
        return False


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
# ("the day after the 4th" is one day after it, counted by its offset: not the 5th again)
_AFTER_BEFORE = re.compile(
    r"(?<!day\s)(?<!days\s)(?<!week\s)(?<!weeks\s)\bafter\s+(?:the\s+)?$", re.IGNORECASE
)
_AFTER_AFTER = re.compile(r"\s*(?:以后|之后|过后)")
# A date that names a day (not "q2", "jan" or "the holidays", whose "after" their own readings handle).
_A_DAY = re.compile(
    r"^(?!.*(?:q[1-4]|季度)).*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)|周|星期|礼拜|号|日)", re.I
)


_SAID_AGAIN = re.compile(
    rf"{relative_days.THAT_DAY.pattern}|假期|放假|长假|返工|复工|上班第一|回来上班", re.IGNORECASE
)


# How far apart (in characters of other words) a time of day said before a day may stand and still be that
# day's: "周三下午", "wed afternoon at 3", "下午两点左右，周三" are one moment.
_APART = 10


def _said_apart(text: str, time_hit: Hit, date_hit: Hit) -> bool:
    """Whether a time of day is said well before a day, other words between them ("下午跟亦庄华创刘海燕
    开了个Zoom要下周三发quote"): the time is of the day the message is sent (found first), the day one of
    its own."""
    return time_hit.end <= date_hit.start and len(text[time_hit.end : date_hit.start].strip()) > _APART


# Words that take back the day or time just said, for the one said right after: "thursday week hmm no, just
# friday", "at 2 no wait 3", "周四，不对，周五".
_SLIP = (
    r"(?:no wait|wait,? no|no no|nope|no|sorry|actually|i mean|i meant|or rather|scratch that"
    r"|不对|不對|哦不|说错了)"
)
_TAKEN_BACK = re.compile(
    rf"[\s,.;:，。、-]*(?:(?:hmm+|um+|uh+|erm?|ah+)[\s,.，]*)?{_SLIP}"
    r"[\s,.;:，。、-]*(?:(?:just|rather|make (?:it|that)|it'?s|its|是|改成)\b)?[\s,.:，]*",
    re.IGNORECASE,
)
_SLIP_SAID = re.compile(rf"(?<![a-z]){_SLIP}(?![a-z])", re.IGNORECASE)  # most messages say none: no date scan


def day_taken_back(text: str, *, now: datetime, tz: ZoneInfo) -> str:
    """`text` without a day or time the writer took back in the same breath, for the one said after it
    ("follow up thursday week hmm no, just friday": Friday; two reminders were made): the words taken back
    are left out of the message read."""
    if not _SLIP_SAID.search(text):
        return text
    now_local = now.astimezone(tz)
    plain = simplified(text)
    try:
        found = _date_hits(plain, now_local.date(), now_local, False)
    except (OverflowError, ValueError):
        return text
    hits = sorted([*found, *time_hits(plain, found)], key=lambda h: (h.start, -h.end))
    for first, then in pairwise(hits):
        same_kind = (first.day is None, first.clock is None) == (then.day is None, then.clock is None)
        slip = _TAKEN_BACK.fullmatch(text, first.end, then.start)
        if same_kind and first.end <= then.start and slip is not None and slip.group(0).strip(" ,.;:-，。"):
            return text[: first.start] + text[then.start :]
    return text


def says_a_day_again(text: str) -> bool:
    """Whether the words may name a day said before them ("那天", "that day", "假期后第一个工作日",
    "返工第一日"): read with `find_when(..., context=…)`."""
    return bool(_SAID_AGAIN.search(simplified(text)))


def find_when(
    text: str,
    *,
    now: datetime,
    tz: ZoneInfo,
    default_time: time = DEFAULT_TIME,
    past: bool = False,
    context: str = "",
) -> When | None:
    """The first date and/or time mentioned in `text`, as an aware local datetime.

    `past`: the text reports what happened, so a bare weekday ("on fri") is the last one, not the next.
    `context`: the words said before `text`, for a day said again ("那天", "假期后第一个工作日" after a
    holiday named before); their own dates are not returned.
    """
    now_local = now.astimezone(tz)
    today = now_local.date()
    text = simplified(text)
    before = simplified(context) + " " if context else ""
    try:
        found = _date_hits(before + text, today, now_local, past)
    except (OverflowError, ValueError):  # "in 99999999 days": past any calendar
        raise date_out_of_range("date", today) from None
    if before:
        found = [replace(h, start=h.start - len(before), end=h.end - len(before)) for h in found]
        found = [h for h in found if h.start >= 0]
    dates = sorted(found, key=lambda h: (h.start, -h.end))
    # An exact time beats a part of the day around it: "wed afternoon 3pm", "今晚8点".
    times = sorted(
        time_hits(text, found), key=lambda h: (not re.search(r"\d", text[h.start : h.end]), h.start)
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
    dates = _without_confirming_weekdays(text, dates, times, today)
    dates = _holiday_said_with_its_date(text, dates)
    if not dates and not times:
        return None
    date_hit = dates[0] if dates else None
    time_hit = times[0] if times else None
    if date_hit is not None and time_hit is not None and _said_apart(text, time_hit, date_hit):
        # "下午跟亦庄华创开了个Zoom都要下周三发quote": the afternoon is today's, the Wednesday another day's
        date_hit = None
    spans = _merged([(h.start, h.end) for h in (date_hit, time_hit) if h is not None])
    two_times = _other_time_said(text, times)  # "fri at 10 or 11", "早上还是中午": which time is asked
    if two_times is not None:
        first_clock = (time_hit.clock if time_hit else None) or DEFAULT_TIME
        first_day = date_hit.day if date_hit is not None and date_hit.day is not None else today
        at = datetime.combine(first_day, first_clock, tzinfo=tz)
        spans = _merged([*spans, two_times])
        return When(check_moment("date", at, now), True, spans, doubt=text[slice(*two_times)])
    if (
        date_hit is not None
        and date_hit.day is not None
        and week_of.week_number_alone(text[date_hit.start : date_hit.end])
    ):  # "the contract in v. 2": which day of that week is asked
        at = datetime.combine(date_hit.day, DEFAULT_TIME, tzinfo=tz)
        return When(check_moment("date", at, now), False, spans, doubt=text[date_hit.start : date_hit.end])
    if (
        date_hit is not None
        and date_hit.day is not None
        and _SOME_TIME_IN.fullmatch(text[date_hit.start : date_hit.end])
    ):
        # "wants to talk again in the new year": some time in it (its first working day if asked to pick)
        at = datetime.combine(date_hit.day, DEFAULT_TIME, tzinfo=tz)
        return When(check_moment("date", at, now), False, spans, doubt=text[date_hit.start : date_hit.end])
    said_clock = text[time_hit.start : time_hit.end] if time_hit is not None else ""
    if time_hit is not None and (
        half_hour_unsure(said_clock, country_of(tz)) or swahili_hour_unsure(said_clock)
    ):
        # "half 3" from Amsterdam: 14:30 in Dutch, 15:30 in English; "saa nne": 10:00 or 22:00; which is asked
        day = date_hit.day if date_hit is not None and date_hit.day is not None else today
        at = datetime.combine(day, time_hit.clock or DEFAULT_TIME, tzinfo=tz)
        return When(
            check_moment("date", at, now), True, spans, doubt=said_clock, day_said=date_hit is not None
        )
    other = _other_day_said(text, dates)  # "either the 8th or the 9th", "8号或者9号": which is asked
    if other is not None and date_hit is not None and date_hit.day is not None:
        clock = (time_hit.clock if time_hit else None) or date_hit.clock
        at = datetime.combine(date_hit.day, clock or default_time, tzinfo=tz)
        part = _PART_OR_BEFORE.search(text, 0, date_hit.start)  # "mid or end oct": from "mid"
        begin = part.start() if part is not None else date_hit.start
        spans = _merged([*spans, (begin, other)])
        return When(check_moment("date", at, now), clock is not None, spans, doubt=text[begin:other])
    still_today = (  # "周三晚上七点" said on a Wednesday afternoon: tonight or next week's?
        date_hit is not None
        and date_hit.on_itself
        and time_hit is not None
        and time_hit.clock is not None
        and datetime.combine(today, time_hit.clock, tzinfo=tz) > now_local
        and zone_of_time(text, time_hit.start, time_hit.end, None) is None  # (another zone's: asked so)
    )
    unsure_day = date_hit is not None and (
        date_hit.disagrees or date_hit.impossible or date_hit.two_calendars
    )
    if date_hit is not None and date_hit.day is not None and (unsure_day or still_today):
        # "close friday 5/3" (a Thursday), "signing on the 31/04" (April has 30 days), "年尾前签" said in
        # January (before 春节, or in December?): which day is asked
        clock = (time_hit.clock if time_hit else None) or date_hit.clock
        at = datetime.combine(date_hit.day, clock or default_time, tzinfo=tz)
        doubt = text[date_hit.start : date_hit.end]
        return When(
            check_moment("date", at, now),
            clock is not None,
            spans,
            doubt=doubt,
            day_said=True,
            or_today=still_today and not unsure_day,
        )
    during = _DURING.match(text, date_hit.end) if date_hit is not None and date_hit.named else None
    if date_hit is not None and date_hit.day is not None and during is not None:
        at = datetime.combine(date_hit.day, default_time, tzinfo=tz)
        spans = _merged([*spans, (date_hit.start, during.end())])
        return When(check_moment("date", at, now), False, spans, doubt=text[date_hit.start : during.end()])
    if date_hit and date_hit.moment is not None:
        return When(check_moment("date", date_hit.moment, now), True, ((date_hit.start, date_hit.end),))
    clock = (time_hit.clock if time_hit else None) or (date_hit.clock if date_hit else None)
    gone = None
    if date_hit and date_hit.day is not None:
        day = date_hit.day
        after = _AFTER_BEFORE.search(text[: date_hit.start]) or _AFTER_AFTER.match(text, date_hit.end)
        if after and _A_DAY.search(text[date_hit.start : date_hit.end]):
            day = working_day(day + timedelta(days=1))  # "follow up after the 20th": from the 21st
    else:
        day = today  # a time gone by today is tomorrow's, unless the text reports ("visited them at 10am")
        if clock is not None and datetime.combine(today, clock, tzinfo=tz) <= now_local and not past:
            day = today + timedelta(days=1)
            if now_local - datetime.combine(today, clock, tzinfo=tz) < _JUST_GONE and time_hit is not None:
                gone = text[time_hit.start : time_hit.end]  # "remind me at 4" at 16:40: today's or not?
    at = datetime.combine(day, clock or default_time, tzinfo=tz)
    said_zone = None
    if time_hit and time_hit.clock:
        between = text[date_hit.end : time_hit.start] if date_hit is not None else "-"
        next_to = date_hit is not None and date_hit.end <= time_hit.start and not between.strip()
        lead = date_hit.start if date_hit is not None and next_to else None  # "周一早上9点": one moment said
        said_zone = zone_of_time(text, time_hit.start, time_hit.end, lead)
    day_said = date_hit is not None and date_hit.day is not None
    either = numeric_order(tz) == "either"  # (a report of "6/7" in Vancouver: 7 June just gone, or 6 July?)
    if date_hit is not None and (not past or either) and _just_gone_by(date_hit, text, today):
        # "义乌出口6/7签" on 10 June: not June next year (nor is 6 July sure): which day is asked
        doubt = text[date_hit.start : date_hit.end]
        return When(check_moment("date", at, now), clock is not None, spans, doubt=doubt, day_said=day_said)
    if said_zone is None or clock is None:
        guessed = (
            said_clock
            if time_hit is not None and time_hit.guessed and not _PART_OF_DAY.search(text)
            else None
        )
        return When(
            check_moment("date", at, now), clock is not None, spans, day_said=day_said, gone=gone,
            hour_guessed=guessed, or_today=bool(date_hit and date_hit.on_itself and time_hit is None),
        )  # fmt: skip
    spans = _merged([*spans, said_zone.span])
    if said_zone.zone is None:  # "2pm her time": whose zone the words do not tell
        return When(
            check_moment("date", at, now), True, spans, doubt=text[slice(*said_zone.span)].strip(" (（,)）"),
            day_said=day_said,
        )  # fmt: skip
    if date_hit is None:  # "at 9am pacific": the next 9:00 there
        day = now.astimezone(said_zone.zone).date()
        if datetime.combine(day, clock, tzinfo=said_zone.zone) <= now:
            day += timedelta(days=1)
    at = datetime.combine(day, clock, tzinfo=said_zone.zone).astimezone(tz)
    return When(check_moment("date", at, now), True, spans, day_said=day_said)
