"""A day said as a stretch of days or only roughly, which the date reader takes as one day.

"mid-July" is read as the 15th, "5月中旬" as 05-15, "early june" and "下个月初" as the 1st, "端午前后"
as the day before the festival, "六月头" as June; the writer gave no day. Stored as a close date or as
the day of a step nobody asked for, such a day is a guess, so it is asked (a close said as a stretch
is doubted by `doubted.py`). What makes a day a stretch is the shape of its words, not a list of days:

- a part of a period in the words or right around them: early / mid / late / beginning / middle of,
  上旬 / 中旬 / 下旬, a 初 / 中 / 头 after a month;
- an approximator before or after them: around, roughly, approximately, circa, sometime (in), "-ish", "or
  so", "give or take", 前后 / 左右 / 上下.

A day said by its number stays a day even when said roughly ("签约时间定在3月10号左右", "around the 15th"):
the writer named it. The end of a month, a quarter or a year ("end of June", "6月底") is a day too.
"""

from __future__ import annotations

import re

# A part of a month or a week said in (or right after) the date's words: "mid-July", "early june",
# "5月中旬", "下个月初", "六月头", "início de julho".
_PART = re.compile(
    r"\b(?:early|mid|middle|late|beginning|start)\b|\bmid-?(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|week)"
    r"|\b(?:início|inicio|começo|comeco|meados)\b"  # Portuguese: "início de julho" (early July)
    # Spanish, German, Polish: "a mediados de octubre", "Anfang November", "początek lipca", "w połowie lipca"
    r"|\b(?:principios|inicios|mediados|anfang|mitte|pocz[aą]t(?:ek|ku|kiem)|po[lł]ow(?:a|ie|y))\b"
    r"|上旬|中旬|下旬|(?<=月)(?:份)?[初中头]",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"(?:份)?(?:上旬|中旬|下旬|[初中头](?!旬))")
# An approximator right after the day ("五一前后", "端午左右", "june-ish", "15号上下") or right before it
# ("around the bank holiday", "sometime in june"). ("about" names a topic: "remind me about the tuesday
# demo"; "3ish", "10点左右" make a time rough, not the day.)
# Some day of the stretch, not named: "下周找个时间签", "下周挑一天", "one day next week".
ROUGH_AFTER = re.compile(
    r"\s*(?:前后|左右|上下|前後|-?ish\b|\bor so\b|\bor thereabouts\b|\bgive or take\b"
    r"|(?:找|挑|选|约)(?:个|一个)?(?:时间|日子|天)|(?:找|挑|选)一天|某(?:一)?天|哪天)",
    re.IGNORECASE,
)
ROUGH_BEFORE = re.compile(
    r"\b(?:around|roughly|approximately|approx\.?|circa|sometime|some time|somewhere around|some day|someday|"
    r"one day|any day|at some point|some point)"
    r"(?:\s+(?:in|during|around|about|at|on|by))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The day said by its number: "3月10号", "the 15th", "6/14", "14/06", "june 22".
_NUMBERED = re.compile(
    r"\d{1,2}\s*(?:号|號|日)|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}[/.-]\d{1,2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)",
    re.IGNORECASE,
)


def approximated(text: str, start: int, end: int) -> re.Match[str] | None:
    """The approximator said right after the day's words (`text[start:end]`), if any; a 前 the date reader
    took with the day ("五一前|后") is read with it."""
    at = end - 1 if text[end - 1 : end] == "前" else end
    return ROUGH_AFTER.match(text, at, at + 16)


def said_before(text: str, start: int) -> bool:
    """An approximator right before the day's words: "around the bank holiday", "sometime in june"."""
    return ROUGH_BEFORE.search(text[max(0, start - 24) : start]) is not None


# A week of a month ("first week of March", "3月第一周", "三月头一个礼拜"), or the time after a holiday with
# no day said ("年后", "过完年", "节后", "after the holidays", "post-Diwali"): a stretch of days, not one.
_WEEK_OF_A_MONTH = re.compile(
    r"\b(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\b"
    r"|第[一二三四1-4](?:个|個)?(?:周|週|星期|礼拜|禮拜)|头一?(?:个|個)?(?:周|週|星期|礼拜|禮拜)|最后一?(?:个|個)?(?:周|週|星期|礼拜|禮拜)",
    re.IGNORECASE,
)
# Holidays named by the time after them: the break ("年后", "节后", "after the holidays") or a named one
# ("清明后", "五一后", "after Easter"): which day after is not said. ("after the long weekend" is its first
# working day, a day.)
_HOLIDAY_ZH = (
    r"春节|春節|过年|過年|新年|年|节|節|假期|长假|長假|"
    r"清明|五一|劳动节|勞動節|端午|中秋|国庆|國慶|十一|元旦|元宵"
)
_HOLIDAY_EN = (
    r"holidays?|new\s+year|cny|chinese\s+new\s+year|lunar\s+new\s+year|diwali|deepavali|the\s+break|break|"
    r"festival|easter|christmas|xmas|thanksgiving|good\s+friday|labou?r\s+day|memorial\s+day|golden\s+week|"
    r"hari\s+raya|songkran|ramadan|eid|the\s+bank\s+holiday|bank\s+holiday"
)
_AFTER_A_HOLIDAY = re.compile(
    rf"^(?:(?:过完|過完|过了|過了)?(?:农历|農曆)?(?:{_HOLIDAY_ZH})(?:节|節|假期?|连假|連假)?"
    r"(?:后|後|以后|以後|之后|之後|过后|過後)"
    rf"|(?:过完|過完|过了|過了)(?:农历|農曆)?(?:{_HOLIDAY_ZH})"
    # work resumed after the new year's break: "开工后给答复", "收假後"
    r"|(?:开工|開工|复工|復工|收假)(?:后|後|以后|以後|之后|之後))$"
    rf"|^(?:after|post)[\s-](?:the\s+)?(?:{_HOLIDAY_EN})$",
    re.IGNORECASE,
)
# ... or the time before the new year's break: "年前签", "节前", "before CNY": which working day before is not
# said (the mainland's working weekends around it are set each year). A day's holiday said so ("端午前签",
# "五一前", "before Easter") is its eve, as earlier sets' writers (set 14's focus Q, session 28's) store it.
_BEFORE_A_HOLIDAY = re.compile(
    r"^(?:(?:过|過)?(?:农历|農曆)?(?:春节|春節|年|新年|节|節|假期|长假|長假)(?:假期?|连假|連假)?(?:前|之前|以前)"
    r"|(?:before|pre)[\s-](?:the\s+)?(?:holidays|cny|chinese\s+new\s+year|lunar\s+new\s+year|the\s+break))$",
    re.IGNORECASE,
)
# What makes the day after a holiday one day: its first working day ("节后开工", "年后第一天上班").
_FIRST_WORKING_DAY = re.compile(
    r"\s*(?:开工|開工|上班|复工|復工|第一天|頭一天|头一天|第一(?:个|個)?(?:上班|工作)日|first\s+(?:working\s+)?day)",
    re.I,
)
# A day counted from the holiday: "the day after deepavali", "the first monday after easter".
_DAY_COUNTED = re.compile(r"\bday\s*$|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*$", re.IGNORECASE)


def rough_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the day said as a stretch or roughly is, with its stretching words, or None when
    `text[start:end]` names a day."""
    words = text[start:end]
    if _NUMBERED.search(words):
        return None  # "3月10号左右", "around the 15th": a day, said roughly
    after = approximated(text, start, end)
    part_after = _PART_AFTER.match(text, end)
    stretch = after or part_after
    if stretch is not None:
        return start, stretch.end()
    head = ROUGH_BEFORE.search(text[max(0, start - 24) : start])  # (said_before)
    if head is not None:
        return max(0, start - 24) + head.start(), end
    if _PART.search(words) or _WEEK_OF_A_MONTH.search(words):
        return start, end
    return None


def after_a_holiday(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is the time after (or before) a holiday with no day said ("年后", "after the
    holidays", "年前"): as a close, no day (as when to talk again, "节后再谈", it is what they said, kept in a
    note)."""
    words = text[start:end].strip()
    return (
        bool(_AFTER_A_HOLIDAY.search(words) or _BEFORE_A_HOLIDAY.search(words))
        and not _FIRST_WORKING_DAY.match(text, end)
        and not _DAY_COUNTED.search(text[max(0, start - 24) : start])
    )


# The middle of a month named by its number or name, said plainly: "11月中", "三月中", "mid march",
# "mid-May", "3月中旬" (the middle ten days, written down as the 15th as a careful human does for a close; not
# "下个月中", "mid next month"; no approximator or "sometime").
_MID_NAMED = re.compile(
    r"(?:(?<![下上本这這个個])(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*中(?:旬|(?![旬间間午心期]))"
    r"|\b(?:mid[-\s]?|(?:the\s+)?middle\s+of\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
_STRETCH_TAIL = re.compile(r"\s*(?:sometime|some\s+time|or\s+so|ish|前后|左右|上下|吧)", re.IGNORECASE)


def mid_of_a_named_month(text: str, span: tuple[int, int]) -> bool:
    """Whether the rough words at `span` are only the middle of a named month, said plainly: the close said so
    is that month's 15th (the date reader's day), as a careful human writes it down."""
    start, end = span
    words = text[start:end].strip()
    return (
        _MID_NAMED.fullmatch(words) is not None
        and not _STRETCH_TAIL.match(text, end)
        and not said_before(text, start)
    )
