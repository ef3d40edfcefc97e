"""The words that point at a reminder already set, read for the days and the time of day they name:
"下午三点那个提醒" (any day, at 15:00), "九点那个" (9:00 or 21:00), "the monday reminder", "the one on the
1st", "下个月那个", "下個禮拜嗰個", "the may one", "节后那个" (the week from the first working day after the
holiday), "my visit after Golden Week". A user's own reminders are few: what the words say of one narrows
them; the words left (a customer, a contact, a deed) are read by the caller. `pointed`: the words point
with "that one", "嗰個", "那个", "the one".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from handlers.parsing.calendar_words import MONTHS
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.holidays import holiday_mentions
from handlers.parsing.periods import coming_period

_SPAN_DAYS = frozenset({"next_week", "next_month", "month", "this_week", "this_month", "until"})
# A month said as what a reminder is in: "the may one", "my june reminder", "the reminder in may"; said in
# full or short, not a word that starts like one ("the board deck reminder").
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_MONTH_ONE = re.compile(
    rf"\b{_MONTH}\s+(?=(?:one|reminders?)\b)|\b(?:in|for)\s+{_MONTH}(?!\s*\d)",
    re.IGNORECASE,
)
_POINTER = re.compile(
    r"\b(?:that|this|the)\s+one\b|\bone\s*$|\b(?:that|this)\b(?=\s+reminders?\b)|^\s*(?:that|this)\s*$"
    r"|那个|这个|那条|这条|嗰个|呢个|嗰单|个(?=提醒)|^个",
    re.IGNORECASE,
)
_FILLER = re.compile(r"^(?:\s|帮我|帮忙|请|将|把|钟)+|(?<=点)钟|\s钟", re.IGNORECASE)
# What is left of a day said with its possessive or preposition ("tuesday's", "for tomorrow", "on friday").
_LEFT_ALONE = re.compile(r"^(?:['’]s|for|on|at|of|from)$|^['’]s\s+|\s+(?:for|on|at|of|from)$", re.IGNORECASE)
_PART_OF_DAY = re.compile(
    r"am\b|pm\b|上午|下午|早上|晚上|中午|朝早|下昼|夜晚|morning|afternoon|evening|tonight", re.IGNORECASE
)
# A part of the day and the hours it holds: "上午那个" is one due before noon, "the afternoon one" after.
_PART_HOURS = re.compile(
    r"(?P<morning>上午|早上|朝早|morning)|(?P<noon>中午|noon)|(?P<afternoon>下午|下昼|afternoon)"
    r"|(?P<evening>晚上|夜晚|evening|tonight)",
    re.IGNORECASE,
)
_HOURS = {"morning": (0, 12), "noon": (11, 14), "afternoon": (12, 18), "evening": (17, 24)}
_DIGIT = re.compile(r"\d|[零一二两三四五六七八九十]\s*[点點时]")


@dataclass(frozen=True)
class Reference:
    first: date | None  # the days said (local, inclusive); None: any day
    last: date | None
    clock: time | None  # the time of day said; None: any time
    either_half: bool  # "九点": 9:00 or 21:00
    what: str  # the words left
    pointed: bool  # "that one", "那个"
    hours: tuple[int, int] | None = (
        None  # a part of the day said with no clock ("上午那个", "the afternoon one")
    )

    @property
    def narrows(self) -> bool:
        return self.first is not None or self.clock is not None or self.hours is not None

    def keeps(self, due: datetime) -> bool:
        """Whether a reminder due at `due` (local) fits the days and time said."""
        if self.first is not None and self.last is not None and not self.first <= due.date() <= self.last:
            return False
        if self.hours is not None and not self.hours[0] <= due.hour < self.hours[1]:
            return False
        if self.clock is None:
            return True
        hours = {self.clock.hour, (self.clock.hour + 12) % 24} if self.either_half else {self.clock.hour}
        return due.hour in hours and due.minute == self.clock.minute


def read_reference(words: str, *, now: datetime, tz: ZoneInfo) -> Reference:
    """What `words` say of the reminder they point at (see the module docstring)."""
    text = simplified(words)
    today = now.astimezone(tz).date()
    first = last = None
    clock = None
    either = False
    hours = None
    span = _period(text, today, tz)
    if span is not None:
        first, last, (a, b) = span
        text = text[:a] + " " + text[b:]
    said = find_when(text, now=now, tz=tz)
    if said is not None and said.spans:
        words_said = " ".join(text[a:b] for a, b in said.spans)
        if said.day_said and first is None:
            first = last = said.at.date()
        if said.has_time and _DIGIT.search(words_said):
            clock = said.at.timetz().replace(tzinfo=None)
            either = not _PART_OF_DAY.search(words_said)
        elif said.has_time and (part := _PART_HOURS.search(words_said)):
            hours = next(span for key, span in _HOURS.items() if part.group(key))
        text = said.strip_from(text)
    pointed = bool(_POINTER.search(text))
    what = " ".join(_FILLER.sub(" ", _POINTER.sub(" ", text)).split())
    what = _LEFT_ALONE.sub("", what).strip()  # "tuesday's", "the reminder for tomorrow": no words of its own
    return Reference(first, last, clock, either, what, pointed, hours)


def _period(text: str, today: date, zone: tzinfo) -> tuple[date, date, tuple[int, int]] | None:
    """Days said as a span: "next week", "下个月", "in may", "节后" / "after golden week" (the week from the
    first working day after the break)."""
    for mention in holiday_mentions(text.lower(), today, country_of(zone)):
        if mention.part == "after" and not _ORDINAL_AFTER.match(text, mention.match.end()):
            return mention.day, mention.day + timedelta(days=6), mention.match.span()
    month = _MONTH_ONE.search(text)
    if month is not None:
        number = MONTHS[(month.group(1) or month.group(2)).lower()[:3]]
        year = today.year if number >= today.month else today.year + 1
        first = date(year, number, 1)
        last = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
        return first, last, month.span()
    period = coming_period(text, today, zone)
    if period is not None and period.key in _SPAN_DAYS:
        return period.first, period.last, period.span
    return None


_ORDINAL_AFTER = re.compile(r"\s*(?:第|的第)|\s*(?:first|second|third)\b", re.IGNORECASE)


__all__ = ["Reference", "read_reference"]
