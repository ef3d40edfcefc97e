"""A day of the month: "the 8th", "thursday the 10th", "15 Dec", "Dec 15th", "2026-12-15", "12/15", "3/2",
"12月15号", "15号", "下个月3号"."""

from __future__ import annotations

import calendar
import re
from datetime import date, tzinfo

from handlers.parsing.calendar_math import add_months, future_date
from handlers.parsing.calendar_words import (
    CN_NUM,
    MONTH_WORD,
    MONTHS,
    ORDINAL_WORD,
    POLISH_MONTH_WORD,
    POLISH_MONTHS,
    WEEKDAY_WORD,
    cn_number,
    ordinal_number,
    weekday_number,
)
from handlers.parsing.date_order import numeric_order
from handlers.parsing.date_scan import DateScan
from handlers.parsing.months import MONTHS_SAID_ABROAD


def read_days_of_month(scan: DateScan) -> None:
    """A day of this or next month said by its number ("the 8th", "thursday the 10th", "下个月3号")."""
    text, lower, today, add = scan.text, scan.lower, scan.today, scan.add
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
        add(m, day=day if day >= today else add_months(day, 1))
    # "move it to 10th", "on 3rd at 2pm", "sign by 15th as agreed": the day's number without "the", after
    # to/on/by/till (or first in the words), ending the words or before the time or a word no count of
    # things takes ("the 5th floor" is no day)
    for m in re.finditer(
        r"(?:^\s*|\b(?:to|on|by|till|until)\s+)(\d{1,2})(?:st|nd|rd|th)\b"
        r"(?=\s*(?:$|[,.;!?)]|at\b|@|\d|(?:as|but|so|then|if|for|with|latest|itself|hopefully)\b))",
        lower,
    ):
        try:
            day = today.replace(day=int(m.group(1)))
        except ValueError:
            continue
        add(m, day=day if day >= today else add_months(day, 1))
    for m in re.finditer(  # "the 15th of next month", "on the 3rd next month": that day of that month
        r"\b(?:(?:on|by|before|until)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?(next|this)\s+month\b",
        lower,
    ):
        first = add_months(today.replace(day=1), 1 if m.group(2) == "next" else 0)
        if 1 <= int(m.group(1)) <= calendar.monthrange(first.year, first.month)[1]:
            add(m, day=first.replace(day=int(m.group(1))))
    for m in re.finditer(rf"(下个?|这个?|本)月({CN_NUM})[日号]", text):
        number = cn_number(m.group(2))
        first = add_months(today.replace(day=1), 1 if m.group(1).startswith("下") else 0)
        if 1 <= number <= calendar.monthrange(first.year, first.month)[1]:
            add(m, day=first.replace(day=number))
    for m in re.finditer(
        # ("on tuesday the 17th" is read whole, not as "on tuesday" and a 17th left over)
        rf"\b(?:(?:on|by|this|next|coming)\s+)?{WEEKDAY_WORD},?\s+"
        r"(?:the\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))\b",
        lower,
    ):  # "thursday the 10th": the 10th; "Mon 28th" said on Apr 26 (a Saturday): May 28, the 28th on a Monday
        try:
            day = today.replace(day=int(m.group(2) or m.group(3)))
        except ValueError:
            continue
        day = day if day >= today else add_months(day, 1)
        weekday = weekday_number(m.group(1))
        agreeing = [d for d in (add_months(day, k) for k in range(3)) if d.weekday() == weekday]
        gone = (
            today.replace(day=day.day) if day.day <= calendar.monthrange(today.year, today.month)[1] else day
        )
        if scan.past and gone <= today and gone.weekday() == weekday:
            add(m, day=gone)  # "visited them monday the 8th", said on the 9th
        elif agreeing and not scan.past and agreeing[0].day == day.day:
            add(m, day=agreeing[0])
        else:  # "wednesday the 18th" when no near 18th is a Wednesday: which of the two is asked
            add(m, day=day, disagrees=day.weekday() != weekday)


_ONE_NUM = r"\d+|[零一二两三四五六七八九十]+"


def read_numeric_dates(scan: DateScan) -> None:
    """A month and day in words or digits ("15 Dec", "Dec 15", "2026-12-15", "12/15", "12月15号")."""
    text, lower, today, hits, add = scan.text, scan.lower, scan.today, scan.hits, scan.add
    for m in re.finditer(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", text):
        _add_said_day(scan, m, int(m.group(2)), int(m.group(3)), int(m.group(1)))
    for m in re.finditer(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_WORD}(?:,?\s+(\d{{4}}))?\b", lower
    ):
        month = MONTHS[m.group(2)[:4] if m.group(2) == "sept" else m.group(2)[:3]]
        _add_said_day(scan, m, month, int(m.group(1)), int(m.group(3)) if m.group(3) else None)
    for m in re.finditer(rf"\b(\d{{1,2}})\s+{POLISH_MONTH_WORD}(?:\s+(\d{{4}}))?", lower):  # "15 lipca"
        _add_said_day(
            scan, m, POLISH_MONTHS[m.group(2)], int(m.group(1)), int(m.group(3)) if m.group(3) else None
        )
    # Spanish and German: "el 2 de noviembre", "am 3. Oktober" (the month's word after the day's number)
    for m in re.finditer(
        rf"\b(\d{{1,2}})(?:\.\s*|\s+de\s+|\s+)({'|'.join(MONTHS_SAID_ABROAD)})(?![a-zçä])"
        rf"(?:,?\s+(?:de\s+)?(\d{{4}}))?",
        lower,
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            month = MONTHS_SAID_ABROAD[m.group(2)]
            _add_said_day(scan, m, month, int(m.group(1)), int(m.group(3)) if m.group(3) else None)
    for m in re.finditer(rf"\b{MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", lower):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        _add_said_day(
            scan, m, MONTHS[m.group(1)[:3]], int(m.group(2)), int(m.group(3)) if m.group(3) else None
        )
    # a day said as an ordinal word: "march fifteenth", "the twenty-first of feb"
    for m in re.finditer(
        rf"\b{MONTH_WORD}\s+(?:the\s+)?{ORDINAL_WORD}\b|\b(?:the\s+)?{ORDINAL_WORD}\s+of\s+{MONTH_WORD}",
        lower,
    ):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        month_word, ordinal = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = MONTHS[month_word[:4] if month_word == "sept" else month_word[:3]]
        _add_said_day(scan, m, month, ordinal_number(ordinal), None)
    # a number in digits or in Chinese numerals, not both: "下周四6月18号" is Thursday and June 18 (asked when
    # they disagree), not a month "四6"
    for m in re.finditer(rf"(?:(\d{{4}})年)?({_ONE_NUM})月({_ONE_NUM})[日号]?", text):
        _add_said_day(
            scan, m, cn_number(m.group(2)), cn_number(m.group(3)), int(m.group(1)) if m.group(1) else None
        )
    # not a length of days: "提早一日", "放五日", "晚两日", "三日内"
    for m in re.finditer(
        rf"(?<![月\d提早晚迟延推放休多少隔每头第几再])({_ONE_NUM})[日号](?!元|内|之内|左右)", text
    ):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        number = cn_number(m.group(1))
        try:
            day = today.replace(day=number)
        except ValueError:
            continue
        add(m, day=day if day >= today else add_months(day, 1))
    if scan.order == "day_first":
        # "move close to 31.7.", "call sabine 4.7.", "am 31.10.2028": the day, a dot, the month and a closing
        # dot (or the year), as Germans, Swiss, Austrians… write; "43.5" and "v2.1" have no closing dot
        for m in re.finditer(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(\d{4}\b)?(?![\d.]*\d)", text):
            if any(h.start <= m.start() < h.end for h in hits):
                continue
            _add_said_day(scan, m, int(m.group(2)), int(m.group(1)), int(m.group(3)) if m.group(3) else None)
        # "signing moved to 18.06", "reminder 24.06 o 14:00": the month written with two digits, as Poles,
        # Czechs and Germans do, needs no closing dot (not a figure: "24.06 zł", "€ 12.05k", "1.05%", "quoted
        # them 2.10 a unit": a day of one digit with a month of two is a price, as is one said per thing)
        for m in re.finditer(
            r"(?<![\w.,$€£¥])(\d{2}\.(?:0[1-9]|1[0-2])|\d\.0[1-9])(?![\d.,]*\d)"
            r"(?!\s*(?:k|m|mln|tys|%|zł|zl|kč|kc|€|eur|pln|czk|usd|\$)(?!\w))"
            r"(?!\s*(?:a|an|per|each|ea)\b|\s*/)",
            lower,
        ):
            dotted_day, dotted_month = (int(n) for n in m.group(1).split("."))
            if any(h.start <= m.start() < h.end for h in hits) or not 1 <= dotted_day <= 31:
                continue
            if _NUMBERED.search(lower, max(0, m.start() - 9), m.start()):
                continue  # "version 2.01", "nr 12.05": a number
            _add_said_day(scan, m, dotted_month, dotted_day, None)
    # a month and day joined by a middle dot as Chinese writes them ("3·15那天", "2·14"), or by a dot right
    # before a word of the day ("3.22那天下午", "4.6上午"; the blank such words leave when a reader took them
    # first); not an amount ("3.5万") or a version
    for m in _DOTTED.finditer(text):
        if not any(h.start < m.end() and m.start() < h.end for h in hits):
            _add_said_day(scan, m, int(m.group(1)), int(m.group(2)), None)
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", text):
        if m.group(0) == "24/7":
            continue  # "24/7 support": all the time, not a date
        if m.group(2) in ("5", "10", "100") and (
            _SCORE_BEFORE.search(lower, max(0, m.start() - 32), m.start())
            or _SCORE_AFTER.match(lower, m.end())
        ):
            continue  # "we scored 8/10 on the tender", "rated our demo 9/10": a score, not a date
        first, second = int(m.group(1)), int(m.group(2))
        if scan.order == "day_first":
            day_number, month = (second, first) if second > 12 else (first, second)
        else:  # month first; where both are written, the question comes later (`numeric_date_choices`)
            month, day_number = (second, first) if first > 12 else (first, second)
            if (
                scan.order == "either"
                and _only_day_first_ahead(scan.today, first, second)
                and not _gone_this_week(scan.today, first, second)
            ):
                month, day_number = second, first  # "9/10" on 26 Sep in Macau: 9 Oct, not Sep 10 next year
        _add_said_day(scan, m, month, day_number, None)


# A number's label right before it: "version 2.01", "v1.10", "nr 12.05".
_NUMBERED = re.compile(r"\b(?:v|ver|version|rev|release|no|nr)\.?\s*$|#\s*$")


# A score said as a number out of 5, 10 or 100: the words of scoring right before it ("scored 8/10", "rated
# our demo 9/10", "gave us 4/5") or right after it ("came out 7/10 on their scoring", "8/10 in the review").
_SCORE_BEFORE = re.compile(
    r"\b(?:scor(?:e|ed|es|ing)|rated?|rating|marks?|marked|graded?|ranked)\b"
    r"(?:\s+(?!(?:on|by|till|until|before|from|for)\b)[\w'’-]+){0,3}\s+(?:a\s+)?$"
    # given: to us/it/them, or what was given it said before "a"/"an" ("gave our proposal a 7/10", "gave the
    # demo an 8/10"; no date follows an article), not a call or a time to act ("give him a call 9/10")
    r"|\b(?:gave|gives?|giving)\s+(?:us|it|them)\s+(?:an?\s+)?$"
    r"|\b(?:gave|gives?|giving)(?:\s+(?!(?:on|by|till|until|before|from|for|call|ring|buzz|shout)\b)[\w'’-]+){1,3}"
    r"\s+an?\s+$"
)
_SCORE_AFTER = re.compile(
    r"\s*(?:on|in|for|from)\s+(?:(?:the|their|our|its|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:scor\w*|reviews?|evaluations?|assessments?|ratings?|rankings?|tenders?|tests?|survey|feedback|marking)\b"
)


def _add_said_day(scan: DateScan, match: re.Match[str], month: int, day: int, year: int | None) -> None:
    """The day `day` of `month` (of `year`, else the next such day) said at `match`. A day its month does not
    have ("31/04", "4月31号", "Feb 30"; Feb 29 in a year without one) is found all the same, marked
    impossible (which day is meant is asked), as the month's last day; numbers that are no month and day
    ("13/45") are not a date."""
    said = future_date(scan.today, month, day, year)
    if said is not None:
        scan.add(match, day=said)
    elif 1 <= month <= 12 and 1 <= day <= 31:
        last = future_date(scan.today, month, calendar.monthrange(year or scan.today.year, month)[1], year)
        if last is not None:
            scan.add(match, day=last, impossible=True)


_DOTTED = re.compile(
    r"(?<![\w.,·．])(1[0-2]|0?[1-9])(?:·|\.(?=\d{1,2}(?:那天|当天|那日|当日|上午|下午|早上|晚上|中午|之前|以前|\s{2,}\S)))"
    r"(3[01]|[12]\d|0?[1-9])(?![\d.·%])(?!\s*(?:万|元|块|亿|千|百|k|w|倍|折|米|吨|个|台|套))",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?:on\s+)?(\d{1,2})/(\d{1,2})\s*(?:之前|以前|前)?")


def numeric_date_choices(words: str, today: date, zone: tzinfo | None) -> tuple[date, date] | None:
    """ "2/3" said where both 2 Mar and 3 Feb are written that way (Canada, Hong Kong): both days, to ask
    about. None where the user's zone tells the order, or when the numbers read one way only."""
    match = _NUMERIC_DATE.fullmatch(words.strip().lower())
    if match is None or numeric_order(zone) != "either":
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first == second or first > 12 or second > 12:
        return None
    if _only_day_first_ahead(today, first, second) or _only_day_first_ahead(today, second, first):
        return None  # one reading is this year's, the other next year's: no real choice
    month_first, day_first = future_date(today, first, second, None), future_date(today, second, first, None)
    if month_first is None or day_first is None:
        return None
    return month_first, day_first


def _ahead_this_year(today: date, month: int, day: int) -> bool:
    try:
        return date(today.year, month, day) >= today
    except ValueError:
        return False


def _gone_this_week(today: date, month: int, day: int) -> bool:
    """Whether `month`/`day` this year went by within the last week: "6/7" said on 10 June in Vancouver is
    7 June just gone (a slip?) or 6 July, and asked (read as next year's 7 June, `dates._just_gone_by`)."""
    try:
        return 0 < (today - date(today.year, month, day)).days <= 7
    except ValueError:
        return False


def _only_day_first_ahead(today: date, first: int, second: int) -> bool:
    """Whether "first/second" read day first is a day still ahead this year and read month first is not."""
    month_first_ahead = _ahead_this_year(today, first, second)
    return first <= 12 and second <= 12 and not month_first_ahead and _ahead_this_year(today, second, first)
