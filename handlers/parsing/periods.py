"""Periods as people name them for reports and searches: "this month", "last week", "last 30 days",
"Q3", "本月", "上个月", "本周", "最近7天", "今年".

`find_period` returns the period in local days (inclusive) and where it was found, so the
caller can cut it out of the rest of the words ("complaints this month" → "complaints").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from handlers.parsing.calendar_words import CN_WEEKDAYS, MONTHS, WEEKDAYS, cn_number, said_abroad
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.holidays import holiday_mentions


@dataclass(frozen=True)
class Period:
    key: str  # this_week | last_week | this_month | last_month | this_quarter | ... | days
    first: date  # local days, inclusive
    last: date
    span: tuple[int, int] = (0, 0)  # where in the text it was named

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as UTC-comparable instants: (start, end] in the reader's time zone."""
        start = datetime.combine(self.first, time(0), tzinfo=tz)
        end = datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=tz)
        return start - timedelta(microseconds=1), end - timedelta(microseconds=1)

    def strip_from(self, text: str) -> str:
        return " ".join((text[: self.span[0]] + " " + text[self.span[1] :]).split())


def _month_start(day: date, back: int = 0) -> date:
    month = day.month - 1 - back
    return date(day.year + month // 12, month % 12 + 1, 1)


def _quarter_start(day: date, back: int = 0) -> date:
    return _month_start(date(day.year, (day.month - 1) // 3 * 3 + 1, 1), back * 3)


def _named(key: str, today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    if key == "this_week":
        return monday, today
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "this_month":
        return _month_start(today), today
    if key == "last_month":
        return _month_start(today, 1), _month_start(today) - timedelta(days=1)
    if key == "this_quarter":
        return _quarter_start(today), today
    if key == "last_quarter":
        return _quarter_start(today, 1), _quarter_start(today) - timedelta(days=1)
    if key == "this_year":
        return date(today.year, 1, 1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "today":
        return today, today
    if key == "yesterday":
        yesterday = today - timedelta(days=1)
        return yesterday, yesterday
    raise ValueError(key)


_NAMED = (
    (r"\b(?:this|current)\s+week\b|本周|这周|這週|这个星期|本星期", "this_week"),
    (r"\b(?:last|previous)\s+week\b|上周|上個?星期|上个星期", "last_week"),
    (r"\b(?:this|current)\s+month\b|\bmonth\s+to\s+date\b|本月|这个月|這個月|今个月|今個月", "this_month"),
    (r"\b(?:last|previous)\s+month\b|上个?月|上個月", "last_month"),
    (r"\b(?:this|current)\s+(?:quarter|kwartaal)\b|本季度?|这个季度", "this_quarter"),
    (r"\b(?:last|previous)\s+quarter\b|上个?季度", "last_quarter"),
    (r"\b(?:this|current)\s+year\b|\bytd\b|今年|本年", "this_year"),
    (r"\b(?:last|previous)\s+year\b|去年", "last_year"),
    (r"\btoday\b|今天|\bhoy\b", "today"),  # (Spanish "qué tengo para hoy?")
    (r"\b(?:yesterday|yday|ystd|yest)\b|昨天", "yesterday"),
)
_DAYS = re.compile(
    r"\b(?:(?:in\s+)?the\s+)?(?:last|past)\s+(\d{1,3})\s+days?\b"
    r"|(?:最近|过去|近)\s*([0-9一二两三四五六七八九十百]{1,4})\s*天"
)


def find_period(text: str, today: date) -> Period | None:
    """The first period named in `text`, relative to the reader's local `today`."""
    hits: list[Period] = []
    for pattern, key in _NAMED:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            first, last = _named(key, today)
            hits.append(Period(key, first, last, match.span()))
    match = _DAYS.search(text)
    if match:
        raw = match.group(1) or match.group(2)
        days = int(raw) if raw.isdigit() else cn_number(raw)
        if days > 0:
            hits.append(Period("days", today - timedelta(days=days - 1), today, match.span()))
    return min(hits, key=lambda p: p.span[0]) if hits else None


def period_end(period: Period, today: date) -> date:
    """The last day of a named calendar period that is still running ("this month" ends on the
    30th, not today): for what is due in it, like deals closing this month."""
    if period.key == "this_week":  # (at a weekend, `coming_period`'s runs to the next week's Sunday)
        return max(period.first + timedelta(days=6), period.last)
    if period.key == "this_month":
        return _month_start(today, -1) - timedelta(days=1)
    if period.key == "this_quarter":
        return _quarter_start(today, -1) - timedelta(days=1)
    if period.key == "this_year":
        return date(today.year, 12, 31)
    return period.last


# Periods still ahead, for what is due or closing in them: "next week", "下个月", "in december", "12月".
_COMING = (
    # (and Swahili "kesho", Portuguese "amanhã", said in English)
    # (Spanish "mañana" in a question: "qué tengo pendiente mañana?"; not "la mañana", the morning)
    (
        rf"\btomorrow\b|\btmrw?\b|\b(?:{said_abroad('tomorrow')})(?!\w)(?!\s+kutwa)|明天|明日"
        r"|(?<!la )\bmañana\b",
        "tomorrow",
    ),
    (r"\bnext\s+week\b|下个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])|下週", "next_week"),
    (r"\bnext\s+month\b|下个?月(?![0-9一二三四五六七八九十]+[日号]|底|末|初|中)", "next_month"),
)
_MONTH_NAME = re.compile(
    r"\b(?:(?:in|for|during|of|by)\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?!\s*\d)(?!\.\d)"
    r"|\b(?:in|for|during)\s+(may)\b(?!\s*\d)"
    r"|(?<![0-9一二三四五六七八九十年])([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?![0-9一二三四五六七八九十]|底|末|初|中)",
    re.IGNORECASE,
)


_WEEKDAY_NAME = re.compile(
    r"\b(?:(?:on|this|for)\s+)?(?P<next>next\s+)?(?P<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?\b"
    r"|(?P<cn_next>下个?)?(?:周|星期|礼拜)(?P<cn_day>[一二三四五六日天1-7])",
    re.IGNORECASE,
)


def _weekday(match: re.Match[str], today: date) -> Period:
    """ "thursday" / "周四": the next such day, today included; "next thursday" / "下周四": in next week."""
    day = match.group("day")
    weekday = WEEKDAYS[day.lower()] if day else CN_WEEKDAYS[match.group("cn_day")]
    if match.group("next") or match.group("cn_next"):
        first = today - timedelta(days=today.weekday()) + timedelta(days=7 + weekday)
    else:
        first = today + timedelta(days=(weekday - today.weekday()) % 7)
    return Period("day", first, first, match.span())


# A quarter named: "Q1", "in Q3 2032", "Q1'32", "明年Q1", "一季度", "第三季度", "2032年一季度"; "next
# quarter", "下季度".
_QUARTER_NAME = re.compile(
    r"(?:(?P<year>20\d\d)\s*年?\s*|(?P<rel>明年|今年)\s*)?"
    r"(?:(?<![A-Za-z0-9])[Qq](?P<q>[1-4])(?![0-9])|第?(?P<cn_q>[一二三四1-4])季度)"
    r"(?:\s*(?:['’]|20)(?P<yy>\d\d)\b)?"
    r"|\b(?P<next>next)\s+quarter\b|下个?季度"
)


def _quarter(match: re.Match[str], today: date) -> Period:
    """A quarter named: its next occurrence, the one running included ("Q1" said in December is next year's),
    or of the year said; "next quarter" the one after this."""
    this = (today.month - 1) // 3 + 1
    q_said = match.group("q") or match.group("cn_q")
    if q_said is None:  # next quarter
        first = _quarter_start(today, -1)
    else:
        q = int(q_said) if q_said.isdigit() else cn_number(q_said)
        year_said = match.group("year") or (match.group("yy") and f"20{match.group('yy')}")
        if year_said:
            year = int(year_said)
        elif match.group("rel") == "明年":
            year = today.year + 1
        else:
            year = today.year if q >= this else today.year + 1
        first = date(year, 3 * q - 2, 1)
    last = _month_start(first, -3) - timedelta(days=1)
    return Period("quarter", first, last, match.span())


# The end of a running period as a bound: "before the end of the quarter", "by end of month", "月底前".
# "by year end", "by month-end" too; "年底要签的" (to sign at the year's end) is by then as well.
_BY_THE_END = re.compile(
    # ("which deals close end of the month?": closing at its end, by then)
    # (Portuguese "até o fim do mês", "fecham no fim do mês": by, close)
    r"\b(?:before|by|until|till|til|até|ate|(?:close|closes|closing|due|fecham?|fechando)(?:\s+(?:at|on|in))?)"
    r"\s+(?:the\s+)?"
    r"(?:end\s+of\s+(?:the\s+|this\s+)?"
    r"(?P<unit>week|month|quarter|kwartaal|year)\b|(?P<unit_end>month|quarter|year)[\s-]?end\b"
    # Portuguese, said in English: "which of my deals close fim do mês?"
    r"|(?:no\s+|o\s+)?(?:fim|final)\s+do\s+(?P<pt>m[êe]s|trimestre|ano)\b)"
    r"|(?<![0-9一二三四五六七八九十正腊])(?P<cn>月底|月末|季度末|季度底|季末|年底|年末)(?:之前|以前|前|$|(?=要?(?:签|簽|成交|关单|關單|结案|結案)))",
    re.IGNORECASE,
)
_PT_UNITS = {"mês": "month", "mes": "month", "trimestre": "quarter", "ano": "year"}
_CN_UNITS = {"月底": "month", "月末": "month", "季度末": "quarter", "季度底": "quarter", "季末": "quarter",
             "年底": "year", "年末": "year"}  # fmt: skip


def _end_of(unit: str, today: date) -> date:
    """The last day of the week (Sunday), month, quarter or year `today` is in."""
    if unit == "week":
        return today + timedelta(days=6 - today.weekday())
    if unit == "month":
        return _month_start(today, -1) - timedelta(days=1)
    if unit in ("quarter", "kwartaal"):
        return _quarter_start(today, -1) - timedelta(days=1)
    return date(today.year, 12, 31)


# A day named by its date after "by" ("closing by 31/3", "due before dec 31st", "until 4/15") or before
# 之前 ("3月31号之前").
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BY_A_DAY = re.compile(
    r"\b(?:by|before|until|till|til|b4)\s+(?:the\s+)?(?P<day>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD})(?![\w/])"
    r"|(?P<cn_day>\d{1,2}月\d{1,2}[日号號]?)(?:之前|以前|前)",
    re.IGNORECASE,
)


# One day said by its date: "what closes on 10/10?", "deals closing 30/9", "10月10号有哪些要签的".
_ON_A_DAY = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)(?![\w/])"
    r"|(?P<cn_day>\d{1,2}月\d{1,2}[日号號])(?!之前|以前|前)"
)


def _day_said(words: str, today: date, zone: tzinfo | None) -> date | None:
    from handlers.parsing.dates import find_when  # (dates reads periods' words: imported when needed)

    tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")
    when = find_when(words, now=datetime.combine(today, time(12), tzinfo=tz), tz=tz)
    return when.at.astimezone(tz).date() if when is not None and not when.has_time else None


def coming_period(text: str, today: date, zone: tzinfo | None = None) -> Period | None:
    """The first period ahead named in `text` (a named month is its next occurrence, this one included),
    or a running one ("this week", "本月") to its end, or the days until a holiday ("before memorial day",
    "五一前", "节前": to the last working day before it and the weekend right after that, in the calendar of
    the user in `zone`): where things are due or deals close."""
    hits: list[Period] = []
    country = country_of(zone)
    for mention in holiday_mentions(simplified(text).lower(), today, country):
        if mention.part == "before":
            last = mention.day  # its last working day, and the weekend right after it ("节前": to Sunday)
            while (last + timedelta(days=1)).weekday() >= 5:
                last += timedelta(days=1)
            hits.append(Period("until", today, last, mention.match.span()))
        elif mention.part == "on" and not mention.loose:  # "618那天有哪些要关单的": that one day
            hits.append(Period("day", mention.day, mention.day, mention.match.span()))
    for bound in _BY_THE_END.finditer(text):  # "before the end of the kwartaal", "月底前": from today to then
        pt = _PT_UNITS.get((bound.group("pt") or "").lower())
        said = bound.group("unit") or bound.group("unit_end") or pt
        unit = (said or "").lower() or _CN_UNITS[bound.group("cn")]
        hits.append(Period("until", today, _end_of(unit, today), bound.span()))
    for bound in _BY_A_DAY.finditer(text):  # "closing by 31/3", "3月31号之前": from today to that day
        day = _day_said(bound.group("day") or bound.group("cn_day"), today, zone)
        if day is not None and day >= today:
            hits.append(Period("until", today, day, bound.span()))
    for on in _ON_A_DAY.finditer(text):  # "what closes on 10/10?": that day
        day = _day_said(on.group("day") or on.group("cn_day"), today, zone)
        if day is not None and day >= today:
            hits.append(Period("day", day, day, on.span()))
    for pattern, key in _COMING:
        match = re.search(pattern, text, re.IGNORECASE)
        if match is None:
            continue
        if key == "tomorrow":
            first = last = today + timedelta(days=1)
        elif key == "next_week":
            first = today - timedelta(days=today.weekday()) + timedelta(days=7)
            last = first + timedelta(days=6)
        else:
            first = _month_start(today, -1)
            last = _month_start(today, -2) - timedelta(days=1)
        hits.append(Period(key, first, last, match.span()))
    match = _MONTH_NAME.search(text)
    if match is not None:
        word = match.group(1) or match.group(2)
        month = MONTHS[word[:3].lower()] if word else cn_number(match.group(3).strip())
        if 1 <= month <= 12:
            year = today.year if month >= today.month else today.year + 1
            first = date(year, month, 1)
            last = _month_start(first, -1) - timedelta(days=1)
            hits.append(Period("month", first, last, match.span()))
    quarter = _QUARTER_NAME.search(text)
    if quarter is not None:
        hits.append(_quarter(quarter, today))
    weekday = _WEEKDAY_NAME.search(text)
    if weekday is not None:
        hits.append(_weekday(weekday, today))
    running = find_period(text, today)
    if running is not None and running.key == "this_week" and today.weekday() >= 5:
        # "anything due this week?" on a Saturday or Sunday: the week about to start (the one running has
        # a day or two left), from today to its Sunday
        hits.append(Period(running.key, today, today + timedelta(days=13 - today.weekday()), running.span))
    elif running is not None and (running.key.startswith("this_") or running.key == "today"):
        hits.append(Period(running.key, running.first, period_end(running, today), running.span))
    return min(hits, key=lambda p: p.span[0]) if hits else None


__all__ = ["Period", "coming_period", "find_period", "period_end"]
