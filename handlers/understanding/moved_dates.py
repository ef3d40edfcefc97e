"""The date a meeting moved away from ("moved from wed to fri 2pm", "明天的会改到周四"): set aside, so
that the date it moved to is read as the plan."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.parsing.dates import find_when
from handlers.understanding.reading import Reading, Span

# A date something moved away from, then the one it moved to: "moved from wed to fri 2pm", "原定周五…改到…".
_MOVED_FROM = re.compile(
    r"\bfrom\b(?P<old>.{1,40}?)\b(?:to|till|until)\b"
    r"|(?:原定|原来|本来|原先|原计划)(?P<cn>.{1,20}?)(?:改到|改成|改为|推迟到|推到|挪到|换到|调到|延到|提前到)",
    re.IGNORECASE,
)


def old_date(reading: Reading, text: str, now: datetime, tz: ZoneInfo) -> list[Span]:
    """Where a clause names the date a meeting moved away from (with its "from … to" words): blanked out,
    so the new date and its time are read as the plan ("demo moved from wed to fri 2pm": Friday 14:00)."""
    match = _MOVED_FROM.search(text)
    if match is None:
        return _old_date_before_move(reading, text, now, tz)
    group = "old" if match.group("old") is not None else "cn"
    start, end = match.span(group)
    old = find_when(text[start:end], now=now, tz=tz)
    if old is None or not old.spans:
        return []
    reading.moved_from.append(old.at.date())
    return [(start + a, start + b) for a, b in old.spans] + [(match.start(), start), (end, match.end())]


_MOVED_TO = re.compile(
    r"\b(?:moved|pushed(?: back| out)?|changed|shifted|bumped|rescheduled|resched|postponed|delayed)\s+"
    r"(?:to|till|until)\b|(?:改到|改成|改为|推迟到|推到|挪到|换到|调到|延到|提前到)",
    re.IGNORECASE,
)


def _old_date_before_move(reading: Reading, text: str, now: datetime, tz: ZoneInfo) -> list[Span]:
    """ "call tmrw moved to wed", "明天的会改到周四": the date before the move words is the old one when
    another date follows them."""
    match = _MOVED_TO.search(text)
    if match is None or find_when(text[match.end() :], now=now, tz=tz) is None:
        return []
    old = find_when(text[: match.start()], now=now, tz=tz)
    if old is None or not old.spans:
        reading.rescheduled = True  # "华为 改到周四": the meeting already planned moves
        return [match.span()]
    reading.moved_from.append(old.at.date())
    return [*old.spans, match.span()]
