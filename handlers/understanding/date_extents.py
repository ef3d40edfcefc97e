"""Words around a clause's dates that are part of them, not dates of their own: the end of a span of
days, a calendar entry's end time, an event a date is relative to; and blanking read date words out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.parsing.dates import Offset, When, find_offset, find_when
from handlers.understanding import lexicon as lx
from handlers.understanding.reading import Clause, Reading, Span


def blank(reading: Reading, clause: Clause, text: str, spans: Iterable[Span]) -> str:
    """`text` with the date words blanked out (and masked for name finding)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
        reading.masked.append((clause.start + start, clause.start + end))
    return text


# The event a date is said relative to, right before or after it: "the day before the red river mtg",
# "开会前一天".
_EVENT_BEFORE = re.compile(rf"(?:{lx.EVENT_ZH}|\b(?:{lx.EVENT_EN})s?)\s*$", re.IGNORECASE)


_EVENT_AFTER = re.compile(
    rf"\s*(?:the\s+|our\s+|my\s+|that\s+)?[\w&'’ -]{{0,30}}?\b(?:{lx.EVENT_EN})s?\b", re.IGNORECASE
)


_UNTIL_DAY = re.compile(r"\s*(?:and|to|till?|until|through|thru|-|–|~|到|至)\s*", re.IGNORECASE)


def end_of_days(text: str, when: When, now: datetime, tz: ZoneInfo) -> Span | None:
    """The end of a span of days said right after its start ("between the 7th and the 9th", "12月7号到9号",
    "tue-thu"): where it is, so that it is read as part of the span, not as a date of its own."""
    joiner = _UNTIL_DAY.match(text, when.spans[-1][1])
    if joiner is None or when.has_time:
        return None
    end = find_when(text[joiner.end() :], now=now, tz=tz)
    if end is None or not end.spans or end.spans[0][0] != 0 or end.has_time or end.at <= when.at:
        return None
    return when.spans[-1][1], joiner.end() + end.spans[-1][1]


def undated_event(reading: Reading, clause: Clause, remaining: str, offset: Offset | None) -> bool:
    """ "ping me the day before the red river mtg", "开会前一天提醒我": a date relative to an event of which
    the message gives no date; noted with the event's word (the plan dates it by the user's reminders)."""
    offset = offset or find_offset(remaining)
    if offset is None or not (offset.delta or offset.clock or offset.week):
        return False
    start, end = offset.span
    after = _EVENT_AFTER.match(remaining, end) if remaining[end : end + 1].isspace() else None
    before = _EVENT_BEFORE.search(remaining[:start])
    said = after if after is not None else before
    if said is None:
        return False
    event = lx.EVENT.search(said.group(0))
    reading.unanchored.append((clause.start, offset, event.group(0).lower() if event else ""))
    reading.masked.append((clause.start + start, clause.start + end))
    return True


ENTRY_END = re.compile(
    r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*[-–—~至到]\s*(?P<end>\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)", re.IGNORECASE
)
