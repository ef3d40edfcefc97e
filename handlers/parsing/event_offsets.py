"""A time said relative to another date of the same message: "the day after", "two days before",
"the morning after", "the monday after", "the week before", "提前一天", "前一天下午", "评审前两天"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from handlers.parsing.calendar_words import WORD_NUMBERS, cn_number, weekday_number
from handlers.parsing.clock_times import DEFAULT_TIME, time_hits
from handlers.parsing.date_scan import Hit
from handlers.parsing.hanzi import simplified

# A part of the day or a weekday said relative to an event: "the morning after", "the afternoon before",
# "the monday after", "the week before", "the night before" (read before other dates, so that "morning" or
# "monday" inside it is not a day of its own).
_EVENT_OFFSET = re.compile(
    r"\bthe\s+(?:(?P<part>morning|afternoon|evening|night)|(?P<weekday>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
    r"(?:day|nesday|urday|sday|rsday)?|(?P<week>week))\s+(?P<edir>before|after)\b"
    r"(?!\s+(?:tomorrow|tmrw|yesterday|today|next|last|this)\b)"
    r"|(?P<zday>前一天|后一天|第二天|次日|隔天)(?P<zpart>上午|早上|中午|下午|晚上)"
    # "remind me that morning", "the morning of", "当天上午提醒我": that part of the event's own day
    r"|\b(?:that\s+(?:same\s+)?|the\s+same\s+)(?P<spart>morning|afternoon|evening|night)\b(?!\s+(?:before|after)\b)"
    r"|\bthe\s+(?P<opart>morning|afternoon|evening)\s+of\b(?=\s*(?:$|[,.;!?)]|to\b|and\b|pl(?:ea)?se?\b|pls\b))"
    r"|(?:当天|那天|当日|那日|同一天)(?P<zsame>上午|早上|中午|下午|晚上)"
    # "评审前两天", "review 前两天": days before an event named right before (not "前两天", a few days ago)
    r"|(?:(?<=[a-z])\s*|(?<=[\u4e00-\u9fff])(?<![今昨明前后大上下这本那每日月号周年天提]))"
    r"(?P<zrel>[前后])(?P<zcount>[两二三四五六七2-7])天",
    re.IGNORECASE,
)
_PART_CLOCK = {"morning": time(9), "afternoon": time(14), "evening": time(18), "night": time(18),
               "上午": time(9), "早上": time(9), "中午": time(12), "下午": time(14),
               "晚上": time(18)}  # fmt: skip
# A clock right after "that morning" / "那天下午": "at 8", "8:30", "三点", "两点半"
_CLOCK_AFTER = re.compile(
    r"\s*(?:at\s*|@\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h\b|\b)|[零一二两三四五六七八九十\d]{1,3}\s*[点时])"
)
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
    plain = simplified(text).lower()
    m = _EVENT_OFFSET.search(plain)
    if m is None:
        return None
    if m.group("zrel"):
        count = cn_number(m.group("zcount"))
        return Offset(timedelta(days=count if m.group("zrel") == "后" else -count), False, m.span())
    part = m.group("spart") or m.group("opart") or m.group("zsame")
    if part:
        if _clock_after(plain, m.end()):
            return None  # "那天下午三点", "that morning at 8": the day said again with its clock (a date)
        return Offset(timedelta(0), False, m.span(), clock=_PART_CLOCK[part])
    # a clock right after the part of the day is that part's hour: "前一天上午10点", "the morning before at 8"
    said = _clock_said_after(plain, m.end()) if m.group("zday") or m.group("part") else None
    span = (m.start(), said.end) if said else m.span()
    if m.group("zday"):
        back = m.group("zday") == "前一天"
        clock = said.clock if said else _PART_CLOCK[m.group("zpart")]
        return Offset(timedelta(days=-1 if back else 1), False, span, clock=clock)
    sign = -1 if m.group("edir") == "before" else 1
    if m.group("part"):
        clock = said.clock if said else _PART_CLOCK[m.group("part")]
        return Offset(timedelta(days=sign), False, span, clock=clock)
    if m.group("weekday"):
        name = m.group("weekday")
        weekday = weekday_number(name)
        return Offset(timedelta(days=sign), False, m.span(), weekday=weekday)
    return Offset(timedelta(days=7 * sign), False, m.span(), week=True)


def _clock_after(plain: str, end: int) -> bool:
    """A clock said right after "that morning" / "那天下午" ("at 8", "8:30", "三点"): `time_hits`' reading."""
    return _clock_said_after(plain, end) is not None


def _clock_said_after(plain: str, end: int) -> Hit | None:
    """The clock said right after the words ending at `end`, if one is (`time_hits`' reading)."""
    return next(
        (
            hit
            for hit in time_hits(plain)
            if hit.end > end
            and hit.clock is not None
            and (hit.start <= end or re.fullmatch(r"\s*(?:at\s*|@\s*)?", plain[end : hit.start]))
        ),
        None,
    )


# What a bare 提前 (ahead, no amount) is said of as an offset: a reminder or a word to them ahead of the day
# ("提前提醒我", "提前通知他们"), not a thing brought forward ("把交付提前").
_AHEAD_OF_IT = re.compile(r"\s*(?:提醒|提我|通知|告诉|说|讲|联系|打|call|发|准备|确认|$|[，,。；;！!])")


def find_offset(text: str) -> Offset | None:
    """The first date in `text` said relative to another one ("follow up the day after", "提前一天提醒我")."""
    event = find_event_offset(text)
    if event is not None:
        return event
    folded = simplified(text).lower()
    for m in _OFFSET.finditer(folded):
        word = m.group(0)
        if word == "提前" and not _AHEAD_OF_IT.match(folded, m.end()):
            continue  # "他们想把交付提前": brought forward, no day before another
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
            amount = 0.5 if m.group("zn") == "半" else cn_number(m.group("zn") or "1") or 1
            unit = (m.group("zunit") or "天").lstrip("个")
            if unit in ("小时", "钟头"):
                return Offset(timedelta(hours=-amount), True, m.span())
            return Offset(timedelta(days=-amount * (7 if unit in ("星期", "周") else 1)), False, m.span())
        if m.group("zdir"):
            return Offset(timedelta(days=1 if m.group("zdir") == "后" else -1), False, m.span())
        if word in ("第二天", "次日", "隔天"):
            return Offset(timedelta(days=1), False, m.span())
        return Offset(timedelta(0), False, m.span())
    return None
