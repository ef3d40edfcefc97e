"""Months and their parts: "end of month", "mid march", "early feb", "next month", "in january",
"delayed to feb", "月底", "3月中旬", "下个月初", "明年2月"."""

from __future__ import annotations

import calendar
import re
from datetime import date

from handlers.parsing.calendar_math import (
    add_months,
    future_date,
    mid_month,
    month_end,
    month_start,
    next_month,
)
from handlers.parsing.calendar_words import CN_NUM, MONTH_WORD, MONTHS, ORDINAL_WORD, POLISH_MONTHS, cn_number
from handlers.parsing.date_scan import DateScan

_CN_PART = {
    "底": "end",
    "末": "end",
    "初": "early",
    "中": "mid",
    "上旬": "early",
    "中旬": "mid",
    "下旬": "late",
    "尾": "end",  # Cantonese 3月尾, 月尾: the month's end
}

# Something moved to a month: "delayed to feb", "pushed back to march", "slipped to jan".
_MOVED = re.compile(
    r"\b(?:push(?:ed|es|ing)?|mov(?:ed|es|ing)|delay(?:ed|s|ing)?|postpon(?:ed|es|ing)|slipp?(?:ed|s|ing)?|slid|"
    r"shift(?:ed|s|ing)?|bump(?:ed|s|ing)?|put(?:ting)? off|rescheduled?|rescheduling|deferr?(?:ed|ing)|"
    r"chang(?:ed|ing))(?:\s+(?:out|back|again))?"
    # "pushing the rollout to feb": what moves, named between ("pushing close to jan": the close, no "the")
    r"(?:\s+(?:the|their|our|it|this|that)(?:\s+[\w-]+){0,2}?|\s+(?:close|closing|signing|deadline|kickoff|rollout|"
    r"go-?live))?(?:\s+(?:out|back|again))?\s*$"
)


# A month said as a whole, nothing narrowing it: "march", "to feb", "in september 2028", "next month",
# "4月", "三月份", "明年2月", "下个月" (not "early feb", "mid march", "march 3", "3月中").
_WHOLE_MONTH = re.compile(
    rf"(?:(?:in|into|to|for|next|this)\s+)*(?:{MONTH_WORD}(?:\s+\d{{4}})?|month)"
    rf"|(?:明年|今年)?(?:{CN_NUM}月份?|下个?月)",
    re.IGNORECASE,
)


def names_whole_month(words: str) -> bool:
    """Whether `words` name a month as a whole ("march", "to feb", "下个月", "4月份"), no day in it."""
    return _WHOLE_MONTH.fullmatch(" ".join(words.split()).strip(" ,.;")) is not None


def month_of_words(words: str, day: date) -> date:
    """The last day of `day`'s month when `words` name a whole month ("pushed to march": a deal closing in
    March is open until the 31st); else `day`."""
    if names_whole_month(words):
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


_MONTH_END = r"[\s-](?:month[\s-])?end\b"  # "March end", "feb-end", "march month end"


# A month's part said in Portuguese, Spanish, German or Polish inside English: "fim de julho", "início de
# agosto", "meados de setembro", "fin de octubre", "a mediados de noviembre", "Ende Oktober", "Anfang
# November", "koniec lipca", "do końca lipca", "początek lipca", "w połowie lipca". Only after such a word:
# "maio", "mayo", "Mai" or "maja" alone may be names, "Ende" alone is no date.
_PORTUGUESE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janeiro", "enero", "januar"),
            ("fevereiro", "febrero", "februar"),
            ("março", "marco", "marzo", "märz", "maerz"),
            ("abril", "april"),
            ("maio", "mayo", "mai"),
            ("junho", "junio", "juni"),
            ("julho", "julio", "juli"),
            ("agosto", "august"),
            ("setembro", "septiembre", "setiembre", "september"),
            ("outubro", "octubre", "oktober"),
            ("novembro", "noviembre", "november"),
            ("dezembro", "diciembre", "dezember"),
        ),
        start=1,
    )
    for name in names
}
# The months of `_PORTUGUESE_MONTHS` after a day's number too: "el 2 de noviembre", "am 3. Oktober".
MONTHS_SAID_ABROAD = _PORTUGUESE_MONTHS
_ALL_MONTHS_SAID_ABROAD = {**_PORTUGUESE_MONTHS, **POLISH_MONTHS}
_PARTS_SAID_ABROAD = {
    "fim": "end", "final": "end", "início": "start", "inicio": "start", "começo": "start", "comeco": "start",
    "meados": "mid", "meio": "mid",  # Portuguese
    "fin": "end", "finales": "end", "fines": "end", "principios": "start", "inicios": "start",  # Spanish
    "mediados": "mid",
    **dict.fromkeys(["koniec", "końca", "końcem", "konca", "koncem"], "end"),  # Polish
    **dict.fromkeys(["początek", "początku", "początkiem", "poczatek", "poczatku", "poczatkiem"], "start"),
    **dict.fromkeys(["połowa", "połowie", "połowy", "polowa", "polowie", "polowy"], "mid"),
}  # fmt: skip
_GERMAN_PARTS = {"ende": "end", "anfang": "start", "mitte": "mid"}  # with no "de": "Ende Oktober"
_PART_SAID_ABROAD = re.compile(
    rf"\b(?:({'|'.join(_PARTS_SAID_ABROAD)})\s+(?:d[eo]\s+)?|({'|'.join(_GERMAN_PARTS)})\s+)"
    rf"({'|'.join(_ALL_MONTHS_SAID_ABROAD)})(?![\wçä])"
)


def read_month_ends_and_parts(scan: DateScan) -> None:
    """The end, start, middle or a third of a month ("end of march", "3月下旬", "下个月初")."""
    text, lower, today, add = scan.text, scan.lower, scan.today, scan.add
    for m in re.finditer(
        r"\b(?:eom|end of (?:the |this )?month)\b|(?:本|这个?|当|今个)?(?:月底|月末|月尾)", lower, re.ASCII
    ):
        end = month_end(today, 0)
        # said on the month's last day, "end of the month" is today or the next month's end: two readings,
        # asked like "年尾前" said in January
        add(m, day=end, two_calendars=end == today)
    for m in re.finditer(
        rf"(?:(明年|今年)?({CN_NUM})月(上旬|中旬|下旬|底|末|尾|初|中)(?![0-9一二三四五六七八九十]))"
        rf"|\b(end|early|mid|middle|beginning|start|late)(?: of)? {MONTH_WORD}(?:\s+(\d{{4}}))?",
        lower,
        re.ASCII,  # a boundary between Chinese and English too: "预计end of June"
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
        day_number = {"end": last, "mid": 15, "middle": 15, "late": 21}.get(part, 1)
        found = future_date(today, month, day_number, year)
        if found and year is None and found.year > today.year:
            found = found.replace(
                day=calendar.monthrange(found.year, month)[1] if part == "end" else day_number
            )
        if found:
            add(m, day=found)
    for m in _PART_SAID_ABROAD.finditer(lower):  # "close fim de julho", "koniec lipca", said inside English
        month = _ALL_MONTHS_SAID_ABROAD[m.group(3)]
        part = _PARTS_SAID_ABROAD[m.group(1)] if m.group(1) else _GERMAN_PARTS[m.group(2)]
        last = calendar.monthrange(today.year, month)[1]
        found = future_date(today, month, {"end": last, "mid": 15}.get(part, 1), None)
        if found and found.year > today.year and part == "end":
            found = found.replace(day=calendar.monthrange(found.year, month)[1])
        if found:
            add(m, day=found)
    for m in re.finditer(rf"\b{MONTH_WORD}(?:\s+(\d{{4}}))?{_MONTH_END}", lower, re.ASCII):
        if m.group(1) == "may" and not text[m.start()].isupper():
            continue  # "it may end up lower"
        # "March end", "by feb-end" (Indian English): the month's last day
        month, year = MONTHS[m.group(1)[:3]], int(m.group(2)) if m.group(2) else None
        found = future_date(today, month, calendar.monthrange(year or today.year, month)[1], year)
        if found and found.month == 2:
            found = found.replace(day=calendar.monthrange(found.year, 2)[1])
        if found:
            add(m, day=found)
    for m in re.finditer(r"(下个?|这个?|本)月(上旬|中旬|下旬|初|中)", text):
        first = add_months(today.replace(day=1), 1 if m.group(1).startswith("下") else 0)
        if m.group(2) in ("初", "上旬"):
            add(m, day=month_start(today, first.month, first.year))
            continue
        add(m, day=max(today, first.replace(day=15 if "中" in m.group(2) else 21)))
    for m in re.finditer(r"\bend of next month\b|下个?月(?:底|末|尾)", lower, re.ASCII):
        add(m, day=month_end(today, 1))


def read_named_months(scan: DateScan) -> None:
    """A month named as a whole ("next month", "in january", "last month", "3月", "月中", "月初")."""
    text, lower, today, add = scan.text, scan.lower, scan.today, scan.add
    for m in re.finditer(
        r"\bmid[\s-]?next[\s-]month\b", lower, re.ASCII
    ):  # the 15th of next month, not its first
        add(m, day=add_months(today.replace(day=15), 1))
    for m in re.finditer(rf"\bmid[\s-]?{MONTH_WORD}|\bmid[\s-]?month\b|月中", lower, re.ASCII):
        month = MONTHS.get((m.group(1) or "")[:3]) if m.lastindex else None
        add(m, day=future_date(today, month, 15, None) if month else mid_month(today))
    for m in re.finditer(
        r"\bnext month\b|下个?月(?![0-9一二三四五六七八九十]+[日号]|底|末|尾)初?", lower, re.ASCII
    ):
        add(m, day=month_start(today, *next_month(today)))
    for m in re.finditer(
        r"\blast month\b|上个?月(?![0-9一二三四五六七八九十]+[日号]|底|末|初|中)", lower, re.ASCII
    ):
        add(m, day=add_months(today, -1))  # "met them last month": about a month ago
    for m in re.finditer(
        rf"\b(?:(?:in|by|until|till|til|thru|through|before|during|around|for|early|from|next|this|after|to)\s+)+"
        rf"{MONTH_WORD}(?:\s+(\d{{4}}))?(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b|\s+(?:the\s+)?{ORDINAL_WORD}|{_MONTH_END})",
        lower,
        re.ASCII,  # a boundary between Chinese and English too: "预计end of June"
    ):
        if m.group(1).startswith("may") and re.search(r"\b(?:this|for|to)\s+may$", m.group(0)):
            continue  # "this may take a while", "talked to may"
        if m.group(0).startswith("to") and not _MOVED.search(lower[: m.start()]):
            continue  # "to feb" is a date only where something moves to it: "delayed to feb"
        month, year = MONTHS[m.group(1)[:3]], int(m.group(2)) if m.group(2) else None
        start = month_start(today, month, year)
        if m.group(0).startswith("after"):  # "after january": from February on
            following = add_months(date(start.year, month, 1), 1)
            start = month_start(today, following.month, following.year)
        add(m, day=start)
    for m in re.finditer(
        rf"(明年|今年)?({CN_NUM})月份?(?![0-9零一二两三四五六七八九十]|[日号底末尾初中])", text
    ):
        month = cn_number(m.group(2))
        if 1 <= month <= 12:
            year = today.year + 1 if m.group(1) == "明年" else today.year if m.group(1) else None
            add(m, day=month_start(today, month, year))
    for m in re.finditer(r"(?<![下本这当上])月初", text):
        add(m, day=today if today.day <= 5 else month_start(today, *next_month(today)))
