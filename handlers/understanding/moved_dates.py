"""The date a meeting moved away from ("moved from wed to fri 2pm", "明天的会改到周四"): set aside, so
that the date it moved to is read as the plan."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.understanding.reading import Clause, Reading, Span

# A date something moved away from, then the one it moved to: "moved from wed to fri 2pm", "原定周五…改到…".
_MOVED_FROM = re.compile(
    # ("a week from today at 10 to check in": a day counted from today, nothing moved)
    r"(?<!day\s)(?<!days\s)(?<!week\s)(?<!weeks\s)\bfrom\b(?P<old>.{1,40}?)\b(?:to|till|until)\b"
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
    if (old is None or not old.spans) and _DEAL_DATE.search(text[: match.start()]):
        return []  # "温岭东方close date改到5月20号", "签约日期改到": the deal's close moves, not a meeting
    if old is None or not old.spans:
        reading.rescheduled = True  # "华为 改到周四": the meeting already planned moves
        return [match.span()]
    reading.moved_from.append(old.at.date())
    return [*old.spans, match.span()]


# The deal's own date named right before the move words: "close date改到", "签约日期推到", "closing moved to".
_DEAL_DATE = re.compile(
    r"(?<![a-z])(?:close|closing|signing|signature|decision|go-?live)(?:\s+date)?\s*(?:is\s+|was\s+|has\s+been\s+)?$"
    # (截单: the Cantonese close)
    r"|(?:签约|签合同|签单|成交|结单|上线|截止|截单)(?:日期|时间|日子|日)?(?:要|也|就)?\s*$",
    re.IGNORECASE,
)


# The date a deal will not make: "won't make the 15th", "can't sign in september", "not by end of sept";
# "9月尾簽唔到", "14號簽唔切", "这个月签不了".
_MISSED_BEFORE = re.compile(
    r"\b(?:won['’]?t|wont|can['’]?t|cant|cannot|couldn['’]?t|not going to|not|no longer|never)\b"
    r"[^,.;!?]{0,25}$",
    re.IGNORECASE,
)
_MISSED_AFTER = re.compile(
    r"\s*(?:前|之前)?\s*(?:都|也|应该|估计|肯定)?\s*(?:签约|签|成交|落单|定|完成)?\s*"
    r"(?:唔到|唔切|不切|不了|不到|不成|不下来|赶不上|赶不及|来不及|搞不定)"
)
# The close moved on in a later clause: "push the close to", "move close to", "延到", "推遲到", "改7月尾".
MOVED_ON = re.compile(
    r"\b(?:push|pushed|pushing|move|moved|moving|shift|shifted|bump|bumped|slip|slipped|delay|delayed|"
    r"postpone|postponed)\s+(?:the\s+)?(?:close|closing|signing|decision|deal)?\s*(?:date\s+)?(?:out\s+|back\s+)?"
    r"(?:to|till|until)\b|推迟到|推到|延到|延后到|延期到|改到|改成|改去|挪到|押后到|改(?=\s*[\d一二三四五六七八九十下年月])"
    r"|\b(?:push(?:ed)?|delay(?:ed)?|move[ds]?)\s*到",  # mixed: "10号签不了 push到10月底"
    re.IGNORECASE,
)


# The day said next instead, as a guess: "BCS won't make fri, more like 18/10".
MORE_LIKE = re.compile(
    r"[\s,;.-]*(?:but\s+|so\s+)?(?:more\s+like|(?:looking|looks)\s+(?:more\s+)?like|realistically|closer\s+to)\b",
    re.IGNORECASE,
)


# The day they said instead, alone in its clause: "the PO won't come on 18th, he says 25/6 now", "won't
# make the 18th, now 25/6".
_SAYS_NOW = re.compile(
    r"[\s,;.-]*(?:but\s+|so\s+)?(?:(?:he|she|they)\s+(?:says?|said|reckons?)\s+(?:(?:it['’]?s|now)\s+)?"
    r"|now\s+)(?:on\s+|for\s+)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:now|instead)?\s*(?:[,.;!?]|$)", re.IGNORECASE)


def said_instead(text: str, now: datetime, tz: ZoneInfo) -> bool:
    """Whether the text starts with a day said instead and nothing else ("he says 25/6 now"), not a plan of
    theirs with a day in it ("she says call her on the 25th")."""
    said = _SAYS_NOW.match(text)
    if said is None:
        return False
    rest = text[said.end() :]
    when = find_when(rest, now=now, tz=tz)
    return bool(when and when.spans and when.spans[0][0] == 0 and _CLAUSE_END.match(rest, when.spans[-1][1]))


# A day something slips past: "sliding past memorial day", "going past the bank holiday", "要拖过五一了".
_PAST_BEFORE = re.compile(
    r"\b(?:slip|slips|slipped|slipping|slide|slides|sliding|going|goes|gone|run|runs|running|pushed|"
    r"pushing|drift|drifts|drifting)\s+(?:past|beyond)\s+(?:the\s+)?$|(?:拖|推|延|拖延)过\s*$",
    re.IGNORECASE,
)


def missed_date(reading: Reading, clause: Clause, now: datetime, tz: ZoneInfo) -> list[Span]:
    """The close date a deal will not make, when a later clause moves the close on ("nordwind won't make the
    15th, push the close to end of august", "大埔永安話9月尾簽唔到，延到10月尾"), or a day the deal slips
    past before a later date is said ("sliding past memorial day, new close june 29", "要拖过五一了，签约改到
    5月20号"): set aside like a date moved away from, so the later date is the close (and the old one no
    reminder)."""
    text = simplified(clause.text)
    old = find_when(text, now=now, tz=tz)
    if old is None or not old.spans:
        return []
    start, end = old.spans[0][0], old.spans[-1][1]
    later = simplified(reading.text[clause.end :])
    move = MOVED_ON.search(later) or MORE_LIKE.match(later)
    moved_to = later
    if move is None and _MISSED_AFTER.match(text, end):  # in the same clause: "10号签不了 push到10月底"
        moved_to = text[end:]
        move = MOVED_ON.search(moved_to)
    moved_on = (
        move is not None and find_when(moved_to[move.end() :], now=now, tz=tz) is not None
    ) or said_instead(later, now, tz)
    missed = moved_on and (_MISSED_BEFORE.search(text[:start]) or _MISSED_AFTER.match(text, end))
    passed = _PAST_BEFORE.search(text[:start]) and find_when(later, now=now, tz=tz) is not None
    if not (missed or passed):
        return []
    reading.moved_from.append(old.at.date())
    reading.missed_close = True
    return list(old.spans)
