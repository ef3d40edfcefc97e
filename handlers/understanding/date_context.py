"""How a date in a clause reads from the words around it: the day of a report ("mtg with jane friday"),
a period named as a topic ("Q1 的 plan"), a part of today already begun, which "next wed" is meant."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.parsing.dates import When, day_choices, find_when
from handlers.understanding import lexicon as lx
from handlers.understanding.date_roles import is_noun_report, step_markers
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.reading import CJK, Clause, Reading
from handlers.understanding.step_days import days_to_offer

# A period named as what something is about, not when: "Q1 的 plan", "年底活动", "the year-end promo".
_PERIOD = re.compile(
    r"(?:明年|今年|(?:next|this) year'?s?\s*)?(?:q[1-4]|(?:第?[一二三四1-4])?季度)|"
    r"年底|年末|年初|月底|月末|明年|今年|"
    r"新年|元旦|春节|下个?月|"
    r"(?:next|this)\s+(?:year|month|quarter)|year[\s-]end|end of (?:the )?year|new year|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|[0-9一二三四五六七八九十]{1,2}月份?",
    re.IGNORECASE,
)


_TOPIC_AFTER = re.compile(
    r"\s*(?:的\s*)?(?:plans?|planning|budgets?|targets?|forecasts?|roadmap|numbers|promos?|promotions?|"
    r"campaigns?|events?|party|parties|kick-?off|review|活动|计划|预算|目标|规划|促销|年会|大促|盘点|总结)",
    re.IGNORECASE,
)


# Words that put what follows ahead: "周五要去", "周五再约", "下午准备…" (a plan, not a report).
_CN_AHEAD = re.compile(
    r"要|会|将|再|准备|打算|计划|约|提醒|安排|得|想|明天|后天|下周|下个|下礼拜|下星期|这周|本周|今晚"
    r"|^\s*来(?![了过])"  # "周四来公司参观": they come then
)


def cn_report(text: str, when: When) -> bool:
    """ "大安生技范经理周五视讯", "周末茶展碰到赖老板娘": a bare weekday right before an interaction, nothing
    saying it is still to come, reports that day (the nearer one, like "mtg with jane friday")."""
    start, end = when.spans[0][0], when.spans[-1][1]  # "周五上午拜访…": the weekday and its part of the day
    if not CJK.search(text) or lx.PAST_MARKERS.search(text[:start]) or re.search(r"\d|点", text[start:end]):
        return False  # ("周五 10:30 来访": a clock time makes it a calendar entry, a plan)
    if lx.REMIND.search(text) or lx.STEP_MARKERS.search(text):
        return False  # "remind me 周五 call 南粤": a plan
    kind = min(
        (m for p in KIND_PATTERNS.values() for m in [p.search(text, end)] if m is not None),
        key=lambda m: m.start(),
        default=None,
    )
    if kind is None or _CN_AHEAD.search(text[:start]) or _CN_AHEAD.search(text[end : kind.start()]):
        return False
    return kind.start() - end <= 12


def later_part_of_today(text: str, when: When, now: datetime, tz: ZoneInfo) -> bool:
    """Whether the date is a part of today not begun by the clock ("今天上午" at 08:50) said with no hour:
    told as done, it is done by now (an hour still to come, "at 11:30", stays a contradiction)."""
    today = now.astimezone(tz).date()
    if not when.has_time or when.at <= now or when.at.date() != today:
        return False
    return not re.search(r"\d|点|[:：]", " ".join(text[a:b] for a, b in when.spans))


# A clause that only asks for the message to be kept: "note it pls", "log that", "记一下".
_KEEP_IT = re.compile(
    r"(?:(?:pls|please|plz|can you|could you)\s+)?(?:note|log|record|jot|add|save)(?:\s+(?:it|that|this))?"
    r"(?:\s+down)?(?:\s+(?:pls|please|plz|thx|thanks))?[.!]*|(?:帮我)?(?:记|記|登记|登記)(?:一下|下|上)?(?:吧)?",
    re.IGNORECASE,
)


def nothing_else_told(reading: Reading, clause: Clause) -> bool:
    """Whether every other clause of the message is empty or only asks for it to be kept ("coffee with raúl
    monday", "lunch w/ cheryl fri, note it pls"): nothing tells what came of the meeting."""
    others = [c.text.strip(" ,，.。;；!！-–—") for c in reading.clauses if c is not clause]
    return all(not text or _KEEP_IT.fullmatch(text) for text in others)


def next_clause_tells(reading: Reading, clause: Clause) -> bool:
    """Whether the next clause tells, in the past, what came of this one ("…, Hattie gave us the floor
    plan"), with no plan of its own."""
    later = [c for c in reading.clauses if c.start >= clause.end and c.text.strip()]
    if not later:
        return False
    text = later[0].text
    return bool(lx.PAST_MARKERS.search(text)) and not step_markers(text) and not _DATED.search(text)


# A clause with a date or time of its own (its words only: the clause is not read yet).
_DATED = re.compile(
    r"\d|\b(?:today|tomorrow|tmrw|mon|tue|wed|thu|fri|sat|sun|next|last)\w*\b|[天周月号点]", re.IGNORECASE
)


def a_period(text: str, when: When) -> bool:
    """Whether the date is said as a period ("Q1", "next year", "年底"), not a day."""
    words = " ".join(text[a:b] for a, b in when.spans).strip()
    return bool(_PERIOD.fullmatch(re.sub(r"^(?:the|for|in|by)\s+", "", words, flags=re.I)))


def names_a_topic(text: str, when: When, onwards: str) -> bool:
    """`onwards`: the message from the clause's start on (the topic noun may be past a clause break)."""
    start, end = when.spans[0]
    return len(when.spans) == 1 and bool(
        _PERIOD.fullmatch(re.sub(r"^the\s+", "", text[start:end].strip(), flags=re.I))
        and _TOPIC_AFTER.match(onwards, end)
    )


_WEEKDAY_ONLY = re.compile(r"\s*(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?\s*", re.I)


def heads_a_report(reading: Reading, clause: Clause) -> bool:
    """A bare weekday in a clause of its own, heading a report of an interaction said by its noun: "Tue -
    lunch w/ Bob at acme, they liked it" tells of that day like "lunch w/ Bob tuesday" does."""
    if not _WEEKDAY_ONLY.fullmatch(clause.text):
        return False
    later = [c for c in reading.clauses if c.start >= clause.end and c.text.strip()]
    return bool(later) and is_noun_report(later[0].text)


def which_day(reading: Reading, text: str, when: When, now: datetime, following: str = "") -> When:
    """ "next wed" said on a Monday may be in two days or in nine, "2/3" said in Toronto 2 Mar or 3 Feb
    (`dates.day_choices`): the day the user picked, or the date said right after it ("next fri, the 8th"),
    else the first reading, noted in `reading.day_choices` so that the user is asked before anything is
    stored. A week said with no day ("下周", "next week") offers its working days (`reading.week_choices`)."""
    week = _a_week_without_day(reading, text, when)
    if week is not None:
        return week
    for start, end in when.spans:
        words = text[start:end].strip()
        local = now.astimezone(when.at.tzinfo)
        choices = day_choices(words, local.date(), when.at.tzinfo, hour=local.hour)
        if not choices:
            continue
        said = find_when(following, now=now, tz=when.at.tzinfo) if following else None  # type: ignore[arg-type]
        right_after = (
            said is not None
            and said.day_said  # ", 10am" says no day: "next thursday, 10am" is still either Thursday
            and said.spans
            and not following[: said.spans[0][0]].strip(" ,，(（")
        )
        if said is not None and right_after and said.at.date() in choices:
            return When(when.at + (said.at.date() - when.at.date()), when.has_time, when.spans)
        picked = reading.picked_days.get(words.lower())
        if picked in choices:
            return When(when.at + (picked - when.at.date()), when.has_time, when.spans)
        reading.day_choices.append((words, choices))
    return when


def today_or_next_week(reading: Reading, text: str, when: When, now: datetime) -> When:
    """ "junta con Alma el miércoles a las 6 de la tarde", "周三晚上七点" said on a Wednesday afternoon
    (`When.or_today`): tonight or next week's. The day the user picked, else the doubt kept and both days
    offered (`reading.day_choices`), so the question has the two days as buttons."""
    words = " ".join(text[start:end] for start, end in when.spans).strip()
    doubt = (when.doubt or words).strip()
    today = now.astimezone(when.at.tzinfo).date()
    choices = (today, today + timedelta(days=7))
    picked = reading.picked_days.get(doubt.lower())
    if picked in choices:
        return When(when.at + (picked - when.at.date()), when.has_time, when.spans)
    reading.doubts.append(doubt)
    reading.day_choices.append((doubt, choices))
    return when


def _a_week_without_day(reading: Reading, text: str, when: When) -> When | None:
    """ "下周跟狮城国贸开会", "expects to sign next week": the day the user picked of that week, else None,
    its working days noted in `reading.week_choices` (asked only when a reminder or the close is set in it:
    "她说下周给答复" is their plan, nothing to set)."""
    said = days_to_offer(" ".join(text[start:end] for start, end in when.spans), when)
    if said is None:
        return None
    words, days = said
    picked = reading.picked_days.get(words.lower())
    if picked in days:
        return When(when.at + (picked - when.at.date()), when.has_time, when.spans)
    reading.week_choices.append((words, days))
    return None
