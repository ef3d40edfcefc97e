"""Holidays as reps name them in dates: "by xmas", "after the holidays", "元旦后", "春节前", "节后".

A holiday named in a greeting ("merry christmas", "happy new year", "新年快乐", "春节快乐") is no date.

A holiday is a break of one or more days. "before X" is the last working day before the break, "after X"
the first working day after it, X alone its first day. Which days are off, and what the holidays of the
user's own country are called ("memorial day", "the bank holiday", 勞動節 in Hong Kong), come from that
country's calendar (`holiday_calendar`, the `holidays` package; the country from the user's time zone).
The table below keeps what no calendar names (Golden Week, "the holidays", 元宵, 开工) and the customary
length of mainland breaks in years whose 调休 arrangement is not published yet; a lunar year outside it is
not guessed (the date is then not read, and the reply asks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from handlers.parsing import holiday_calendar as cal
from handlers.parsing.date_scan import DateScan, Hit
from handlers.parsing.numerals import cn_integer

# Spring Festival (春节), Dragon Boat (端午) and Mid-Autumn (中秋) by Gregorian year.
_SPRING = {2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
           2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8)}  # fmt: skip
_DRAGON = {2025: (5, 31), 2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16), 2030: (6, 5),
           2031: (6, 24), 2032: (6, 12), 2033: (6, 1), 2034: (6, 20), 2035: (6, 10)}  # fmt: skip
_AUTUMN = {2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12),
           2031: (10, 1), 2032: (9, 19), 2033: (9, 8), 2034: (9, 27), 2035: (9, 16)}  # fmt: skip


def _table(days: dict[int, tuple[int, int]]) -> Callable[[int], date | None]:
    return lambda year: date(year, *days[year]) if year in days else None


def _from_spring(days: int) -> Callable[[int], date | None]:
    """A day of the lunar new year's first month, counted from its first day (初一)."""
    return lambda year: date(year, *_SPRING[year]) + timedelta(days=days) if year in _SPRING else None


def spring_festival(year: int) -> date | None:
    """The first day of the lunar new year (春节) in this Gregorian year, where the table has it."""
    return _table(_SPRING)(year) if year in _SPRING else None


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


# name → (first day in a year, length of the break in days)
_BREAKS: dict[str, tuple[Callable[[int], date | None], int]] = {
    "christmas eve": (lambda y: date(y, 12, 24), 1),
    "christmas": (lambda y: date(y, 12, 25), 2),
    "new year": (lambda y: date(y, 1, 1), 1),
    "new year's eve": (lambda y: date(y, 12, 31), 1),
    "thanksgiving": (_thanksgiving, 4),
    "the holidays": (lambda y: date(y, 12, 24), 9),  # Christmas to New Year
    "元旦": (lambda y: date(y, 1, 1), 1),
    "春节": (_table(_SPRING), 7),
    "除夕": (_from_spring(-1), 1),  # the eve of the lunar new year
    "元宵": (_from_spring(14), 1),  # the 15th of the first month
    "australia day": (lambda y: date(y, 1, 26), 1),
    "清明": (lambda y: date(y, 4, 4), 3),
    "五一": (lambda y: date(y, 5, 1), 5),
    "端午": (_table(_DRAGON), 3),
    "中秋": (_table(_AUTUMN), 3),
    "国庆": (lambda y: date(y, 10, 1), 7),
    "七一": (lambda y: date(y, 7, 1), 1),  # Hong Kong's SAR Establishment Day, as it is said there
    "golden week": (lambda y: date(y, 4, 29), 7),  # Japan's, Showa Day to Children's Day
}
# Festivals named by the table that are no day off: "before" one is by that day, not the day before it.
_WORKED = frozenset({"元宵"})
# A table name the calendars call otherwise.
_CALLED = {"五一": "劳动节", "七一": "香港特别行政区成立纪念日"}
# What a calendar of a country that names its holidays in English only calls a table's festival (Singapore's
# "Chinese New Year" is two days off, not the mainland's week).
_CALLED_IN_ENGLISH = {
    "春节": "chinese new year",
    "端午": "dragon boat festival",
    "中秋": "mid-autumn festival",
}


def _called(country: str | None, name: str, year: int) -> list[date]:
    """The days the user's calendar keeps for the holiday `name`, by its Chinese name or its English one."""
    days = cal.holiday_days(country, _CALLED.get(name, name), year)
    if not days and name in _CALLED_IN_ENGLISH:
        days = cal.holiday_days(country, _CALLED_IN_ENGLISH[name], year)
    return days


_ALIASES = {
    "xmas": "christmas", "x-mas": "christmas", "christmas day": "christmas", "new year's": "new year",
    "new years": "new year", "new year's day": "new year", "new years day": "new year",
    "the new year": "new year", "new years eve": "new year's eve", "holidays": "the holidays",
    "过年": "春节", "新年": "元旦", "劳动节": "五一", "国庆节": "国庆", "中秋节": "中秋", "端午节": "端午",
    "清明节": "清明", "十一": "国庆", "十一长假": "国庆", "春节假期": "春节", "国庆假期": "国庆",
    "圣诞": "christmas", "圣诞节": "christmas", "平安夜": "christmas eve",
    "chinese new year": "春节", "lunar new year": "春节", "cny": "春节", "spring festival": "春节",
    "农历新年": "春节", "农历年": "春节", "大年三十": "除夕", "年三十": "除夕", "元宵节": "元宵",
    "正月十五": "元宵", "年假": "春节", "开工": "春节", "收假": "春节", "黄金周": "golden week",
    "5.1": "五一", "5．1": "五一", "5·1": "五一", "佛诞节": "佛诞",
}  # fmt: skip
_CHINESE = ("元旦", "春节", "清明", "五一", "端午", "中秋", "国庆")

HOLIDAY = re.compile(
    r"\b(?:(?:(?P<en_before>(?:the\s+day\s+)?before|b4|by|until|till|prior to)"
    r"|(?P<en_after>(?:the\s+day\s+)?after|post|following|in)"
    r"|over|during|at)\s+)?"
    r"(?<!merry\s)(?<!happy\s)(?<!merry\s\s)(?<!happy\s\s)"  # "merry xmas", "happy new year": a greeting
    r"(?P<en>christmas eve|christmas(?: day)?|x-?mas|(?:chinese|lunar) new year|"
    r"(?<![\d万萬千亿億kmw]\s)(?<![\d万萬千亿億kmw])cny|spring festival|"  # "70万 CNY": the yuan
    r"new year'?s?(?: day| eve)?|the new year|thanksgiving|the holidays|australia day|golden week)(?![a-z])"
    # "CNY后", "when golden week is over"
    r"(?:\s*(?P<en_zh_after>后|之后|以后|过后)|\s+(?P<en_over>is over|ends|after(?=\s*[,.;]|$)))?"
    r"|(?P<zh_over>过完|过了)?"  # "过完端午", "過了節": after it
    r"(?P<zh>(?<![0-9零一二两三四五六七八九十百])十一(?=长假|假期|前|后|之前|之后|以后|过后|回来)(?:长假)?"
    r"|(?<![0-9零一二两三四五六七八九十百月])七一(?=假期|前|后|之前|之后|以后|过后|回来)"
    r"|元旦|春节(?:假期)?|过年|圣诞节?|平安夜|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?(?:假期)?|新年"
    r"|除夕|大年三十|年三十|元宵节?|正月十五|农历新年|农历年"
    # after the lunar new year's break, as reps say it: "开工第一天", "年假回来", "收假后"
    r"|开工(?=第一天|后|以后|之后|那天|日)|年假(?=回来|后|结束)|收假(?=后|以后|之后|回来)"
    r"|(?<![0-9零一二两三四五六七八九十百明今去前后])年(?=后|过后|以后|之后|前|之前|以前)|过完年"
    r"|节(?=后|过后|以后|之后|前|之前)|(?<=过完|过了)节|黄金周|佛诞节?|(?<![\d.])5[.．·]1(?=放假|假期|长假|小长假))"
    r"(?!节?(?:快乐|愉快|安康|好(?![几多久])))"  # "新年快乐", "圣诞节快乐", "过年好": a greeting
    r"(?![^，,。；;\s\d]{0,3}?(?:礼盒|礼品|礼包|月饼|粽子|套装))"  # "中秋礼盒", "端午火腿礼盒": a product
    r"(?:(?<=[节一旦明午秋庆年诞1])(?:小?长?假期?|放假))?"  # "五一假期后", "国庆长假前", "劳动节放假回来"
    # "五一假期第二天": the second day of the break; "五一放五日": their break is five days
    r"(?:的?第(?P<nday>[一二两三四五六七八九十]|\d)[天日]|(?:放|休)(?P<off>[一二两三四五六七八九十]|\d{1,2})[天日])?"
    # "端午前两个工作日": the second working day before it
    r"(?:(?P<zh_before>(?:前|之前|以前)(?:的?第?(?P<nbefore>[一二两三四五六七八九十]|\d)个?(?:工作日|工作天)"
    r"|的?最后一(?:个工作日|个工作天|天|日))?)"  # "五一前最后一天": the last working day before it
    r"|(?P<zh_after>(?:结束|回来)?(?:后|之后|以后|过后)|回来))?"
    # "节后第一天", "假期后第一日": the day after it; "节后第三天": the third working day after it
    r"(?:(?:(?<=后)|(?<=来))的?(?:上班)?(?:第(?P<nth>[一二两三四五六七八九十]|\d{1,2})个?(?:天|日|工作日)|头一天))?",
    re.IGNORECASE,
)


def holiday_date(name: str, part: str, today: date, country: str | None = None) -> date | None:
    """The day meant by `part` ("before", "after" or "on") of the holiday `name`, the next one from today, in
    the calendar of `country` (the user's; None: weekends are the only days off)."""
    name = _ALIASES.get(name.lower(), name.lower())
    if name in ("年", "节"):  # "年后": after the Spring Festival; "节后": after the next holiday
        candidates = [
            pair for n in (_CHINESE if name == "节" else ("春节",)) for y in (today.year, today.year + 1)
            for pair in _days(n, y, part, country)
        ]  # fmt: skip
        upcoming = [(d or on, d) for on, d in candidates if (d or on) >= today]
        return min(upcoming, key=lambda pair: pair[0])[1] if upcoming else None
    for year in (today.year, today.year + 1):
        found = [d for on, d in _days(name, year, part, country) if (d or on) >= today]
        if found:
            return found[0]
    return None


def _days(name: str, year: int, part: str, country: str | None) -> list[tuple[date, date | None]]:
    """Each time the holiday `name` falls in `year`, in order: its first day, and the day `part` of it, or
    None where the ways its break may be arranged (`_ways`) give different days (then nothing is guessed). A
    holiday the user's calendar does not name ("after Australia Day" said in Shanghai) is another
    country's: only weekends are taken as off around it."""
    ours = country if _called(country, name, year) else None
    ways = _ways(name, year, country)
    if part == "on" or (part == "before" and name in _WORKED):
        # a festival that is no day off ("正月十五前签") bounds like a date said ("1月20号前签"): that day
        return [(first, first) for first, _ in ways[0]]
    said = [[_part(first, last, part, ours) for first, last in runs] for runs in ways]
    return [
        (first, said[0][i] if all(s[i] == said[0][i] for s in said) else None)
        for i, (first, _) in enumerate(ways[0])
    ]


def _ways(name: str, year: int, country: str | None) -> list[list[tuple[date, date]]]:
    """Each way the breaks of the holiday `name` in `year` may be arranged, as the first and last day of each
    time it falls (the same number of runs in every way). As the user's calendar has it where its
    arrangement is known; else the table's: a long break (春节, 国庆, 五一) is at least its customary length
    (one way); a short one (three days: 端午, 中秋, 清明) is the holiday alone, or three days joined to the
    nearest weekend, the weekday between moved (`_joined`): "after" a Wednesday holiday is Thursday either
    way, "before" it Tuesday or the Friday before."""
    runs = _occurrences(name, year, country)
    table = _BREAKS.get(name)
    if table is None or not runs:
        return [runs]
    first_of, length = table
    first = first_of(year)
    if first is None or cal.arrangement_known(country, year):
        return [runs]
    last = first + timedelta(days=length - 1)
    if length > 3:
        return [[(min(a, first), max(b, last)) if a <= last and b >= first else (a, b) for a, b in runs]]
    return [runs, [_joined(a, b, length) for a, b in runs]]


def _joined(first: date, last: date, length: int) -> tuple[date, date]:
    """A break of `length` days around the holiday `first`…`last`, joined to the nearest weekend: a holiday
    early in the week ends it (Mon: Sat–Mon; Tue: Sun–Tue; Wed: Mon–Wed), one late in the week starts it
    (Thu: Thu–Sat; Fri: Fri–Sun), one on a weekend takes the Monday after (Sat–Mon)."""
    more = timedelta(days=max(length - 1 - (last - first).days, 0))
    weekday = first.weekday()
    if weekday <= 2:
        return first - more, last
    if weekday == 6:
        return first - timedelta(days=1), last + more - timedelta(days=1)
    return first, last + more


def _occurrences(name: str, year: int, country: str | None) -> list[tuple[date, date]]:
    """First and last day of each time the holiday `name` falls in `year`: as the user's calendar has it
    (days apart only by days off are one run: Saturday's holiday and the Monday it is made up on), else as
    the table does."""
    days = _called(country, name, year)
    runs: list[tuple[date, date]] = []
    for day in days:
        gap = [runs[-1][1] + timedelta(days=k) for k in range(1, (day - runs[-1][1]).days)] if runs else []
        if runs and len(gap) < 3 and all(cal.is_off(country, d) for d in gap):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    table = _BREAKS.get(name)
    if runs or table is None:
        return runs
    first = table[0](year)
    return [(first, first + timedelta(days=table[1] - 1))] if first is not None else []


def break_named(country: str | None, day: date, chinese: bool = False) -> str | None:
    """The holiday whose break `day` falls in, where the user's country takes it off: a public holiday of its
    calendar ("Memorial Day", 劳动节), or a day of a mainland break whose 调休 the calendar does not know yet
    (05-03 in the five days of 五一); named in Chinese or English as `chinese` says. None on a working day and
    on an ordinary weekend."""
    if country is None:
        return None
    calendar = cal.calendar_of(country, day.year)
    holiday = day if calendar is not None and day in calendar else None
    if holiday is None and not cal.arrangement_known(country, day.year):
        for name in _CHINESE:
            if not _called(country, name, day.year):
                continue
            ways = _ways(name, day.year, country)  # a day off in every way the break may be arranged
            if all(any(first <= day <= last for first, last in runs) for runs in ways):
                holiday = next(first for first, last in ways[0] if first <= day <= last)
    if holiday is None or calendar is None:
        return None
    languages = calendar.supported_languages
    wanted = [x for x in languages if x.startswith("zh")] if chinese else ["en_US", "en_GB"]
    language = next((x for x in wanted if x in languages), None)
    named = cal.calendar_of(country, day.year, language) or calendar
    name = named.get(holiday) or calendar.get(holiday) or ""
    if "estimated" in (calendar.get(holiday) or "").lower():
        return None  # a lunar holiday the calendar only estimates (Eid al-Fitr in Lagos): no day to doubt by
    return _OBSERVED_NAME.sub("", name.split("; ")[0]).strip() or None


_OBSERVED_NAME = re.compile(r"\s*[(（][^)）]*[)）]")


def _part(first: date, last: date, part: str, country: str | None) -> date:
    if part == "on":
        return first
    start, end = cal.break_around(country, first, last)
    if part == "before":
        return cal.working_day_before(country, start)
    return cal.working_day_after(country, end)


# A day of the lunar new year's first month: "初八", "大年初三", "正月初六" (not "月初", "年初").
LUNAR_DAY = re.compile(
    r"(?:大年|正月|(?<![月年]))初(?P<n>[一二三四五六七八九十])(?![步次中级期稿审])"
    r"|正月(?P<big>二十[一二三四五六七八九]?|三十|十[一二三四五六七八九])"  # "正月十六"
)


def lunar_day(match: re.Match[str], today: date) -> date | None:
    """The date a `LUNAR_DAY` match names: the next such day from today."""
    big = match.group("big")
    days = (cn_integer(big) or 1) - 1 if big else "一二三四五六七八九十".index(match.group("n"))
    for year in (today.year, today.year + 1):
        found = _from_spring(days)(year)
        if found is not None and found >= today:
            return found
    return None


def read_holiday(match: re.Match[str], today: date, country: str | None = None) -> date | None:
    """The date a `HOLIDAY` match names."""
    if match.group("en"):
        after = match.group("en_after") or match.group("en_zh_after") or match.group("en_over")
        part = "before" if match.group("en_before") else "after" if after else "on"
        return holiday_date(re.sub(r"\s+", " ", match.group("en")), part, today, country)
    after = match.group("zh_after") or match.group("zh_over")
    part = "before" if match.group("zh_before") else "after" if after else "on"
    name = match.group("zh")
    if name == "过完年":
        return holiday_date("春节", "after", today, country)
    name = "国庆" if name.startswith("十一") else name.removesuffix("假期")
    if name in ("开工", "收假") or (name == "年假" and part == "on"):
        part = "after"  # "开工第一天", "收假后", "年假回来": the first working day after the break
    day = holiday_date(name, part, today, country)
    nth, before, nday = match.group("nth"), match.group("nbefore"), match.group("nday")
    if day is not None and nth and part == "after":  # "节后第三天": two working days after the first
        for _ in range(_count(nth) - 1):
            day = cal.working_day_after(country, day)
    if day is not None and before and part == "before":  # "端午前两个工作日": one working day before the last
        for _ in range(_count(before) - 1):
            day = cal.working_day_before(country, day)
    if day is not None and nday and part == "on":  # "五一假期第二天": the break's second day
        day += timedelta(days=_count(nday) - 1)
    return day


def _break_again(named: re.Match[str], said: re.Match[str], today: date, country: str | None) -> date | None:
    """The day `said` names of the break of the holiday `named` (a `HOLIDAY` match) earlier in the text."""
    name = named.group("en") or named.group("zh")
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).removesuffix("假期")
    first = holiday_date("国庆" if name.startswith("十一") else name, "on", today, country)
    if first is None:
        return None
    if said.group("n"):  # "假期第二天"
        return first + timedelta(days=_count(said.group("n")) - 1)
    off = named.group("off")
    if off:  # their own break: "五一放五日，返工第一日"
        return cal.working_day_after(country, first + timedelta(days=_count(off) - 1))
    return holiday_date(name, "after", today, country)


def _count(said: str) -> int:
    return int(said) if said.isdigit() else cn_integer(said) or 1


# The groups of `HOLIDAY` that say before or after: without them, the holiday is said loosely.
_PARTS = ("en_before", "en_after", "en_zh_after", "en_over", "zh_before", "zh_after", "zh_over")


@lru_cache(maxsize=32)
def _named_in(country: str | None, year: int) -> re.Pattern[str] | None:
    """The holidays of the user's country by their English names ("after memorial day", "bank holiday")."""
    names = cal.english_names(country, year)
    if not names:
        return None
    return re.compile(
        # "the tuesday after canada day", "the friday before memorial day": the first such weekday then
        r"(?<!happy )(?<!merry )\b"
        r"(?:(?:the\s+)?(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\s+(?=after|before))?"
        r"(?:(?:(?P<before>(?:the\s+day\s+)?before|by|until|till|prior to)"
        r"|(?P<after>(?:the\s+day\s+)?after|post|following)|over|during|at|on)\s+)?"
        r"(?:the\s+)?(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![a-z])"
        r"(?:\s+(?:weekend|holidays?|break))?(?:\s+(?P<over>is over|ends))?",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Mention:
    """A holiday said in a text: where, the day it names, and how ("before", "after", "on"; loosely when no
    word says which: "slipping past memorial day")."""

    match: re.Match[str]
    day: date
    part: str
    loose: bool


def _easter(year: int) -> date:
    """Western Easter Sunday of `year` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _tax_day(year: int) -> date:
    """The US filing deadline: April 15, or the next weekday when it falls on a weekend."""
    day = date(year, 4, 15)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# Named days of the year that are no break where the user works (or not in every country): Easter and the
# days counted from it, the Ides of March, tax day, Valentine's, St Patrick's, Halloween; 复活节, 情人节,
# 妇女节, 植树节, 万圣节. Their date alone: "by the ides of march" is the 15th itself, "after easter" the
# working day after it; a holiday of the user's own calendar of the same name ("Good Friday" in London) is
# read by that calendar first.
_OBSERVANCES: dict[str, Callable[[int], date]] = {
    "easter": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "maundy thursday": lambda y: _easter(y) - timedelta(days=3),
    "ash wednesday": lambda y: _easter(y) - timedelta(days=46),
    "ides of march": lambda y: date(y, 3, 15),
    "tax day": _tax_day,
    "valentine's day": lambda y: date(y, 2, 14),
    "st patrick's day": lambda y: date(y, 3, 17),
    "halloween": lambda y: date(y, 10, 31),
    "妇女节": lambda y: date(y, 3, 8),
    "植树节": lambda y: date(y, 3, 12),
    # the tenth of October (Taiwan's National Day, 雙十), and the shopping days 11.11 and 12.12
    "双十": lambda y: date(y, 10, 10),
    "双十一": lambda y: date(y, 11, 11),
    "618": lambda y: date(y, 6, 18),  # the June shopping festival
    "双十二": lambda y: date(y, 12, 12),
}
# A named day whose date is the user's country's: Teachers' Day is Confucius' birthday (09-28, a day off)
# in Taiwan, 09-10 (a working day) on the mainland.
_BY_COUNTRY: dict[str, dict[str | None, tuple[int, int]]] = {"教师节": {"TW": (9, 28), None: (9, 10)}}
_OBSERVANCE_NAMES = {
    "easter sunday": "easter", "复活节": "easter", "耶稣受难日": "good friday", "受难日": "good friday",
    "holy thursday": "maundy thursday", "valentines day": "valentine's day",
    "valentine’s day": "valentine's day", "情人节": "valentine's day",
    "st. patrick's day": "st patrick's day", "saint patrick's day": "st patrick's day",
    "st paddy's day": "st patrick's day", "st patricks day": "st patrick's day", "万圣节": "halloween",
    "三八节": "妇女节", "三八妇女节": "妇女节", "双11": "双十一", "双12": "双十二", "教师节": "教师节",
}  # fmt: skip
# What a named day may be the name of, said right after it: "the easter campaign", "valentine's promo",
# "情人节活动": a topic, not the day.
_WHAT_FOR_IT = (
    r"(?:campaigns?|promos?|promotions?|sales?|specials?|menus?|events?|party|parties|catalog(?:ue)?s?|"
    r"collections?|orders?|stock|displays?|range|editions?|hampers?|gifts?|cards?|baskets?|eggs?|bunny|candy|"
    r"chocolates?|decor\w*|themes?|line|rush|launch|bundles?|offers?|ads?|email|blast|push|season|window)\b"
)
_OBSERVANCE = re.compile(
    r"(?<!happy )(?<!merry )\b(?:(?:(?P<before>before|by|until|till|prior to)|(?P<after>after|post|following)"
    r"|over|on)\s+)?(?:the\s+)?"
    r"(?P<name>easter(?:\s+(?:sunday|monday))?|good\s+friday|maundy\s+thursday|holy\s+thursday|ash\s+wednesday"
    r"|ides\s+of\s+march|tax\s+day|valentine(?:'|’)?s\s+day|(?:st\.?|saint)\s+patrick(?:'|’)?s\s+day"
    r"|st\.?\s+paddy(?:'|’)?s\s+day|halloween)(?![a-z])(?!['’]s?\s|\s+" + _WHAT_FOR_IT + r")"
    r"(?:\s+(?P<over>is over|weekend))?"
    r"|(?:(?:(?P<zbefore>before|by|until|till)|(?P<zafter>after|post|following))\s*)?"  # "after 双十一"
    r"(?P<zname>复活节|耶稣受难日|受难日|情人节|三八妇女节|三八节|妇女节|植树节|万圣节|教师节"
    r"|双十一|双11|双十二|双12|双十(?![一二三四五六七八九十\d])"
    # the June shopping festival, said as a day before or after it ("618前", "618之后")
    r"|(?<![\d.,/:-])618(?=(?:之前|以前|前|之后|以后|过后|后|当天|那天|当日|那日)))"
    r"(?!快乐|愉快|的?(?:活动|促销|礼盒|套餐|专场|主题|营销|新品|订单|海报|礼品|特卖|菜单|备货))"
    r"(?:当天|那天|当日|那日)?(?P<zpart>(?:之前|以前|前)|(?:之后|以后|过后|后))?"
    # "复活节后的那个周一", "情人节后第一个周五": the first such weekday after it
    r"(?:(?<=后)的?(?:那个|第一个)?(?:周|星期|礼拜)(?P<zweekday>[一二三四五六日天]))?",
    re.IGNORECASE,
)


def _observance_day(
    name: str, part: str, today: date, country: str | None, weekday: int | None = None
) -> date | None:
    """The next day `part` ("before", "after", "on") of the named day `name`; with `weekday`, the first such
    weekday after it."""
    name = " ".join(name.lower().replace("’", "'").split())
    name = _OBSERVANCE_NAMES.get(name, name)
    first_of = _OBSERVANCES.get(name)
    if name in _BY_COUNTRY:
        month_day = _BY_COUNTRY[name].get(country) or _BY_COUNTRY[name][None]
        first_of = lambda y: date(y, *month_day)  # noqa: E731
    if first_of is None:
        return None
    for year in (today.year, today.year + 1):
        day = first_of(year)
        if weekday is not None:
            day += timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        elif part == "before":
            day = day - timedelta(days=1)
        elif part == "after":
            day = cal.working_day_after(country, day)
        if day >= today:
            return day
    return None


def _observances(lower: str, today: date, country: str | None, out: list[Mention]) -> None:
    """The named days of the year (`_OBSERVANCE`) a text says, where no holiday said there overlaps."""
    for m in _OBSERVANCE.finditer(lower):
        if any(o.match.start() < m.end() and m.start() < o.match.end() for o in out):
            continue
        before = m.group("before") in ("before", "prior to") or m.group("zpart") in ("之前", "以前", "前")
        before = before or m.group("zbefore") in ("before",)
        after = m.group("after") or m.group("zafter") or m.group("over") == "is over"
        after = after or (m.group("zpart") and not before)
        part = "before" if before else "after" if after else "on"
        said = m.group("zweekday")
        weekday = "一二三四五六".find(said) if said and said in "一二三四五六" else 6 if said else None
        day = _observance_day(m.group("name") or m.group("zname"), part, today, country, weekday)
        if day is not None:
            out.append(Mention(m, day, part, False))


def holiday_mentions(lower: str, today: date, country: str | None) -> list[Mention]:
    """The holidays a lowercase text names ("by xmas", "春节前", "节后", "after memorial day"), in the
    calendar of `country` (the user's)."""
    out: list[Mention] = []
    # "复活节后", "情人节前": a named day of its own, not "节后" (after the next holiday)
    days_named = [m.span() for m in _OBSERVANCE.finditer(lower) if m.group("zname")]
    for m in HOLIDAY.finditer(lower):
        if any(a < m.end() and m.start() < b for a, b in days_named):
            continue
        holiday = read_holiday(m, today, country)
        if holiday is not None:
            before = m.group("en_before") or m.group("zh_before")
            part = "before" if before else "after" if any(m.group(g) for g in _PARTS) else "on"
            loose = part == "on" and not m.group(0).startswith(("on ", "at "))
            out.append(Mention(m, holiday, part, loose))
    named = _named_in(country, today.year)
    for m in named.finditer(lower) if named else ():
        if any(o.match.start() < m.end() and m.start() < o.match.end() for o in out):
            continue
        part = "before" if m.group("before") else "after" if m.group("after") or m.group("over") else "on"
        weekday = m.group("weekday")
        holiday = holiday_date(m.group("name"), "on" if weekday else part, today, country)
        if holiday is not None and weekday:
            wanted = _WEEKDAYS.index(weekday)
            step = 1 if part == "after" else -1
            holiday += timedelta(days=step)
            while holiday.weekday() != wanted:
                holiday += timedelta(days=step)
        if holiday is not None:
            out.append(Mention(m, holiday, part, part == "on" and not m.group(0).startswith(("on ", "at "))))
    for m in _LONG_WEEKEND.finditer(lower):
        run = _long_weekend(country, today)
        if run is not None and not any(o.match.start() < m.end() and m.start() < o.match.end() for o in out):
            before = m.group("before") is not None
            first, last = run
            day = cal.working_day_before(country, first) if before else cal.working_day_after(country, last)
            out.append(Mention(m, day, "before" if before else "after", False))
    _observances(lower, today, country, out)
    return out


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# The next long weekend said before or after ("pls remind me tues after the long weekend", "before the bank
# holiday weekend"): the user's next run of three or more days off that holds a weekend.
_LONG_WEEKEND = re.compile(
    r"\b(?:(?P<before>before|by|until|till|prior to)|(?P<after>after|post|following))\s+(?:the|this|next)\s+"
    r"(?:long|bank\s+holiday|holiday)\s+weekend\b",
    re.IGNORECASE,
)
_LONG_WEEKEND_AHEAD = 28  # days looked ahead for one


def _long_weekend(country: str | None, today: date) -> tuple[date, date] | None:
    """The first and last day of the user's next long weekend (within four weeks), or None."""
    for k in range(_LONG_WEEKEND_AHEAD):
        day = today + timedelta(days=k)
        if day.weekday() == 5:
            start, end = cal.break_around(country, day)
            if (end - start).days >= 2:
                return start, end
    return None


# The break said again without its name, after a holiday named earlier in the text: "佛誕之後先開會，…
# 喺假期後第一個工作日" (after it), "5.1放假期间…，假期第二天" (its second day), "佢哋五一放五日，返工第一日"
# (the first working day after their own break).
_BREAK_AGAIN = re.compile(
    r"(?:假期|放假|长假)(?:结束)?(?:后|之后|以后|过后|回来)的?(?:上班)?(?:第一[天日]|第一个?工作日|头一天)?"
    r"|(?:返工|上班|复工|返来|回来上班)(?:嘅|的)?第一[天日]"
    r"|(?:假期|放假期间|放假|长假)的?第(?P<n>[一二两三四五六七八九十]|\d)[天日]"
)


# The day the clocks change where the user is: "after the clocks go back", "before daylight saving ends", "the
# end of BST", "夏令时结束后" (on that Sunday; "before": the working day before it, "after": the one after).
# Said with "around" / "sometime" it names no day (left unread: the day is asked).
_CLOCKS = re.compile(
    r"\b(?:(?:(?P<before>before|by|until|till|prior\s+to)|(?P<after>(?<!day\s)(?<!days\s)(?<!week\s)after|once|following))\s+)?"
    r"(?:the\s+)?"
    r"(?:clocks?\s+(?:go(?:es)?|going|went|are\s+going|move|change|changes|changing|spring|springs|fall|falls|turn)"
    r"(?:\s+(?P<dir>back|forward|ahead))?(?:\s+(?:an|one)\s+hour)?"
    r"|(?:daylight\s+sav(?:ing|ings)(?:\s+time)?|dst|summer\s*time|bst)\s+(?P<dend>ends?|starts?|begins?|kicks\s+in|is\s+over)"
    r"|(?P<dpos>end|start|beginning)\s+of\s+(?:daylight\s+sav(?:ing|ings)(?:\s+time)?|dst|summer\s*time|bst)"
    r"|(?P<sf>spring\s+forward|fall\s+back))\b"
    r"|(?:夏令时(?P<zdir>结束|开始)|(?:换|改|转)?(?:成|回|到)?冬令时)(?P<zpart>之后|以后|过后|后|之前|以前|前)?",
    re.IGNORECASE,
)
# The day itself named by the change: "when the clocks go back", "the day DST ends", "the weekend the clocks
# change" (without these, or a before / after, "clocks spring forward that morning" only says what happens).
# (Words blanked right before it were taken by a reader of the day around it: "the wednesday after".)
_ON_THE_DAY = re.compile(
    r"\b(?:when|after|before|the\s+(?:day|weekend|sunday|night))\s+(?:the\s+)?$|\s{3,}(?:the\s+)?$",
    re.IGNORECASE,
)
_ROUGHLY = re.compile(r"(?:around|about|sometime|roughly|approx\w*|ish)\s+(?:when\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=64)
def clock_change(zone: tzinfo, today: date, back: bool | None) -> date | None:
    """The next day from `today` on whose clocks are put back (`back`), forward (not `back`), or either
    (None) in `zone`; None where the clocks do not change within a year."""
    for k in range(400):
        day = today + timedelta(days=k)
        was = datetime.combine(day - timedelta(days=1), time(12), tzinfo=zone).utcoffset()
        now = datetime.combine(day, time(12), tzinfo=zone).utcoffset()
        if was is not None and now is not None and was != now and (back is None or (now < was) == back):
            return day
    return None


def _read_clock_changes(scan: DateScan, country: str | None) -> None:
    zone = scan.now_local.tzinfo
    if zone is None:
        return
    for m in _CLOCKS.finditer(scan.lower):
        if _ROUGHLY.search(scan.lower[: m.start()]):
            continue
        bound = m.group("before") or m.group("after") or m.group("dpos") or m.group("zpart")
        if not bound and not _ON_THE_DAY.search(scan.lower[: m.start()]):
            continue  # "8pm sun 3/14 - clocks spring fwd that morning": what happens on a day said
        said = next((m.group(g) for g in ("dir", "dend", "dpos", "sf", "zdir") if m.group(g)), "").lower()
        back = None if not said else said in ("back", "ends", "end", "is over", "fall back", "结束")
        if "冬令时" in m.group(0):
            back = True
        day = clock_change(zone, scan.today, back)
        if day is None:
            continue
        zpart = m.group("zpart") or ""
        if m.group("before") or "前" in zpart:
            day = cal.working_day_before(country, day)
        elif m.group("after") or zpart:
            day = cal.working_day_after(country, day)
        scan.add(m, day=day, named=True)


# A long weekend or break of the user's calendar said by itself ("连假回来", "連假結束後第一天", "教師節連假
# 回來"): the first working day after the break around the holiday named right before it, or else around the
# next holiday of the user's calendar.
_LONG_BREAK = re.compile(
    r"(?:连假|长周末)(?:结束)?(?:回来|后|之后|以后|过后)(?:的?(?:上班)?第一[天日]|的?第一个工作日)?"
    r"|(?P<on>连假|长周末)(?=期间|那几天)"
)


def _next_holiday(country: str | None, today: date) -> date | None:
    """The first public holiday of the user's calendar from today on (within a year)."""
    if country is None:
        return None
    years = (today.year, today.year + 1)
    return min((d for y in years for d in (cal.calendar_of(country, y) or {}) if d >= today), default=None)


def _read_long_breaks(scan: DateScan, country: str | None, mentions: list[Mention]) -> None:
    for m in _LONG_BREAK.finditer(scan.lower):
        named = [
            o
            for o in mentions
            if o.match.end() <= m.start() and not scan.lower[o.match.end() : m.start()].strip(" 的")
        ]
        part = "on" if m.group("on") else "after"
        if not named and (country is None or not cal.arrangement_known(country, scan.today.year)):
            day = holiday_date("节", part, scan.today, country)  # the next break, as its 调休 may make it
        else:
            holiday = named[-1].day if named else _next_holiday(country, scan.today)
            if holiday is None:
                continue
            start, end = cal.break_around(country, holiday)
            day = start if part == "on" else cal.working_day_after(country, end)
        if day is None:
            continue
        begin = named[-1].match.start() if named else m.start()
        scan.hits.append(Hit(begin, m.end(), day, named=True))


_NEXT_YEAR = ("明年", "明年的", "下一年", "next year's ", "next year ")
_LUNAR_NEW_YEAR = re.compile(r"春节|过年|农历新年|农历年|(?:chinese|lunar) new year|cny|spring festival")


# A weekday said right after a holiday's "before" ("节前周一", "五一前的周三", "春节前礼拜五").
_WEEKDAY_BEFORE = re.compile(r".{0,5}?前\s*(?:的|那个)?\s*(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])")
_ZH_WEEKDAY = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


def read_holidays(scan: DateScan) -> None:
    """Holidays (`holiday_mentions`) and lunar new year days ("初八", "大年初三") in a text, and the break of
    a holiday named earlier said again without its name (`_BREAK_AGAIN`); the day the clocks change
    (`_CLOCKS`)."""
    country = cal.country_of(scan.now_local.tzinfo)
    mentions = holiday_mentions(scan.lower, scan.today, country)
    festival = spring_festival(scan.today.year)
    for mention in mentions:
        # "明年春节" said before this year's Spring Festival: the coming one (the lunar year has not
        # turned) or the Gregorian next year's? asked, as 年底 said then is (`quarters`)
        two = (
            festival is not None
            and scan.today < festival
            and mention.day is not None
            and scan.lower.endswith(_NEXT_YEAR, 0, mention.match.start())
            and _LUNAR_NEW_YEAR.search(mention.match.group(0)) is not None
        )
        scan.add(mention.match, day=mention.day, named=True, loose=mention.loose, two_calendars=two)
        said = _WEEKDAY_BEFORE.match(scan.lower, mention.match.start())
        if mention.part == "before" and said and mention.day and said.start("wd") >= mention.match.end():
            # "节前周一", "五一前的周三": that weekday before the break, not the next one after it
            back = (mention.day.weekday() - _ZH_WEEKDAY[said.group("wd")]) % 7
            scan.add(said, day=mention.day - timedelta(days=back), named=True)
    _read_clock_changes(scan, country)
    _read_long_breaks(scan, country, mentions)
    for m in _BREAK_AGAIN.finditer(scan.lower):
        earlier = [o for o in mentions if o.match.end() <= m.start()]
        if not earlier or any(o.match.start() < m.end() and m.start() < o.match.end() for o in mentions):
            continue
        day = _break_again(earlier[-1].match, m, scan.today, country)
        if day is not None:
            scan.add(m, day=day, named=True)
    for m in LUNAR_DAY.finditer(scan.lower):
        day = lunar_day(m, scan.today)
        if day is not None:
            scan.add(m, day=day)


__all__ = [
    "HOLIDAY",
    "LUNAR_DAY",
    "Mention",
    "holiday_date",
    "holiday_mentions",
    "lunar_day",
    "read_holiday",
    "read_holidays",
]
