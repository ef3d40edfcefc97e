"""Corrections change the record just written: "sorry, I meant …", "X not Y", "不是…是…", "make that 3pm".

The last free-text message that stored something is remembered with its change set. A correction
rewrites that message (the amount, the time or date, the customer, the interaction or the words it
names are swapped for the right ones), undoes what the old message stored and stores the rewritten
one in its place, in the same transaction, so nothing is recorded twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from crm_store.models import ChangeSet, PendingChoice
from handlers.context import Ctx
from handlers.domain import changes
from handlers.domain.contacts import mentioned_contact
from handlers.domain.deals import deals_mentioned, deals_named
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.amounts import CURRENCY_WORDS, find_amounts
from handlers.parsing.calendar_words import WEEKDAY_WORD
from handlers.parsing.contact_details import EMAIL, details_spans
from handlers.parsing.dates import When, find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.numerals import cn_integer
from handlers.parsing.vocabulary import ACTIVITY_WORDS, detect_kind, find_stages, stage_synonyms
from handlers.questions import RESTORES, NeedChoice, ask_about
from handlers.resolve import CUSTOMER_KEY, DAY_KEY, decide, picked_days
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import read_news
from handlers.understanding.context_reading import read_message
from handlers.understanding.customer_link import mentions_of
from handlers.understanding.decision_path import date_form
from handlers.understanding.intents import Correction, says_it_stays
from handlers.understanding.known_people import NOBODY, people_known_to
from handlers.understanding.named_after import NAMELESS, is_asked_whose
from handlers.understanding.person_details import CN_TITLE, EN_TITLE, read_details
from handlers.understanding.reading import CJK


class CustomerSpan(Protocol):
    """Where a message names its customer: (start, end of the name, end of a person named right after it);
    `by_name`: only by the customer's own name or alias, not by one of its contacts."""

    def __call__(self, ctx: Ctx, text: str, *, by_name: bool = False) -> tuple[int, int, int] | None: ...


SAID = "said"  # pending-record kind: the last stored message of a user
WINDOW = timedelta(hours=2)  # a correction refers to a message this recent
_SAME_TIME = re.compile(
    r"\s*(?:,\s*)?\b(?:same time|at the same time)\b|同一时间|时间不变|同样时间"
    # the time said again as kept: "10 May, still 2pm", "五月九号 还是下午三点", "仍然上午十点"
    r"|\s*(?:,\s*)?\b(?:still|again)\b(?=\s*(?:at\s+)?\d)|仍然|依然|照旧"
    r"|还是(?=[上下中晚早]|\d|[一二三四五六七八九十]+点)"
    # the same time said with it, which stays: "不是明天 是後天 一樣三點"
    r"|\s*(?:一样|一樣|照样|照樣)\s*(?:[上下中晚早][午上]?)?(?:\d{1,2}|[一二三四五六七八九十]+)\s*[点點](?:半|\d{1,2}分?)?",
    re.IGNORECASE,
)


_IT_WAS = re.compile(r"^(?:it\s+was|it'?s|was|是|其实是)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # amount | date | time | kind | text


def remember(ctx: Ctx, text: str, *, stored: bool = True) -> None:
    """Note the message whose writes are in the current change set, for a later correction; `stored`
    False: a message that changed nothing ("讯联 stage 改 proposal" when it is so already), which a
    correction may still put right ("不对，negotiation")."""
    change_set = ctx.store.audit.change_set
    if stored and change_set is None:
        return
    old = ctx.store.pending.latest(SAID)
    if old is not None:
        old.resolved_at = ctx.now
    change = change_set.id if stored and change_set else None
    days = {key: value for key, value in ctx.picks.items() if key.startswith(DAY_KEY)}  # days pressed for it
    # and the customers chosen (or created) for its words: the message put right is about the same ones
    chosen = {key: value for key, value in ctx.picks.items() if key.startswith(CUSTOMER_KEY)}
    said = {"text": text, "change_set": change, "at": ctx.now.isoformat(), "days": days, "customers": chosen}
    ctx.store.pending.ask(SAID, said)


def kind_of(ctx: Ctx, words: str) -> str:
    """What a correction's words are: an amount, a currency, a date and/or time, an interaction, or a name."""
    bare = simplified(words)
    if currency_of(bare) is not None:
        return "currency"
    amounts = find_amounts(bare)
    if amounts and amounts[0].end - amounts[0].start >= len(bare.strip()) - 2:
        return "amount"
    when = find_when(_SAME_TIME.sub("", bare), now=ctx.now, tz=ctx.tz)
    if when is not None:
        covered = sum(end - start for start, end in when.spans)
        if covered >= len(_SAME_TIME.sub("", bare).strip()) - 3:
            return "time" if len(when.spans) == 1 and _only_clock(bare, when.spans[0]) else "date"
    if _stage_span(ctx, bare) is not None:
        return "stage"
    core = _IT_WAS.sub("", bare.strip(), count=1)  # "it was in person", "是当面去的"
    if detect_kind(core, "") and len(core.strip()) <= 12:
        return "kind"
    return "text"


# What is said around a stage named alone: "still proposal", "back to qualified", "是方案阶段", "还在谈判".
_STAGE_BEFORE = re.compile(
    r"^\s*(?:(?:still|back to|in|at|the|it'?s|is)\s+)*(?:是|还是|还在|在|退回|回到|退到)*", re.IGNORECASE
)
_STAGE_AFTER = re.compile(r"^\s*(?:stage|phase|阶段)?\s*(?:了|的)?", re.IGNORECASE)


def _stage_span(ctx: Ctx, words: str) -> tuple[int, int] | None:
    """Where `words` name an open stage and nothing else ("negotiation", "方案阶段", "still proposal")."""
    open_stages = [s for s in ctx.settings.stage_names if s not in ("won", "lost")]
    hits = find_stages(words, open_stages, stage_synonyms(ctx.settings.stage_synonyms))
    if len(hits) != 1:
        return None
    _stage, start, end = hits[0]
    bare = simplified(words)
    rest = _STAGE_BEFORE.sub("", bare[:start], count=1) + _STAGE_AFTER.sub("", bare[end:], count=1)
    return (start, end) if not rest.strip(" ,.，。!！") else None


def _said_as(ctx: Ctx, old: str, spans: list[_Span], wrong: str, kind: str) -> _Span | None:
    """The span of the old message that says the same amount, day or time as `wrong` in other words
    ("thursday" for "thurs", "14:00" for "2pm"), if it has one."""
    bare = simplified(old)
    if kind == "amount":
        value = find_amounts(simplified(wrong))[0].value
        same = [s for s in spans if s.kind == "amount" and _amount_of(bare[s.start : s.end]) == value]
        return same[0] if same else None
    wanted = find_when(simplified(wrong), now=ctx.now, tz=ctx.tz)
    if wanted is None:
        return None
    for span in spans:
        if span.kind not in ("date", "time"):
            continue
        said = find_when(bare[span.start : span.end], now=ctx.now, tz=ctx.tz)
        if said is None:
            continue
        if kind == "time" and said.has_time and said.at.time() == wanted.at.time():
            return span
        if kind == "date" and said.at.date() == wanted.at.date():
            return span
    return None


_BARE_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*")
# The size an amount is said in, at its end or before its currency ("80k", "80k EUR", "52 T€", "3.4 mdp")
_SCALE = re.compile(
    r"(?:(?<=[\d\s])(?:k|m|mm|mn|bn|w|thousand|million|mdp|mdd|tsd\.?|teur|t\s?(?:€|eur))|千|万|百万|千万|亿)"
    r"(?=\s?(?:[a-z]{3}|[€$£¥])?\s*$)",
    re.IGNORECASE,
)
_TO = re.compile(
    r"^\s*(?:->|→|=>|to|till|up to|down to|改成|改为|调到|降到|涨到|到|变成|改)\s*$", re.IGNORECASE
)


def detail_replaced(old: str, right: str) -> str | None:
    """The old message with its one e-mail address (or phone number) said as `right`, when `right` is one."""
    value = right.strip(" .。")
    is_email = EMAIL.fullmatch(value) is not None
    if not is_email and details_spans(value) != [(0, len(value))]:
        return None
    same = [(a, b) for a, b in details_spans(old) if ("@" in old[a:b]) == is_email]
    if len(same) != 1:
        return None
    start, end = same[0]
    return old[:start] + value + old[end:]


def is_bare_number(words: str) -> bool:
    """ "78" said to put "80k" right: a number with no unit, in the unit of the amount it replaces."""
    return bool(_BARE_NUMBER.fullmatch(words))


def _in_scale(replaced: str, right: str) -> str:
    """ "78" for "80k" is 78k; "3.5" for "32万" is 3.5万."""
    if not is_bare_number(right):
        return right
    unit = _SCALE.search(simplified(replaced).replace(",", ""))
    return right.strip() + replaced[unit.start() : unit.end()].strip() if unit else right


def _stored_amount(old: str, amounts: list[_Span]) -> _Span:
    """Of the old message's amounts, the one it stored: the new one of "72k -> 80k", "210万改成195万"."""
    if len(amounts) == 2 and _TO.match(old[amounts[0].end : amounts[1].start]):
        return amounts[1]
    return amounts[0]


def _may_be_a_day(ctx: Ctx, old: str, number: str) -> bool:
    """Whether a bare number may put right a day or clock time the old message says beside its amount."""
    return float(number) <= 31 and any(s.kind in ("date", "time") for s in _spans(ctx, old))


def _has_clock(ctx: Ctx, words: str) -> bool:
    when = find_when(simplified(words), now=ctx.now, tz=ctx.tz)
    return when is not None and when.has_time


def _day_and_clock(span: _Span, spans: list[_Span]) -> _Span:
    """The day and the clock said right after it ("周三上午", "thu 10am"): the whole of when it was."""
    end = span.end
    for other in sorted(spans, key=lambda s: s.start):
        if other.kind in ("date", "time") and end <= other.start <= end + 1:
            end = other.end
    return _Span(span.start, end, span.kind)


# The hour (and minutes) of a clock time as the old message says it: "3pm", "10:30am", "下午3点", "at 3",
# "1500 hrs" (a 24-hour clock written in four digits, as the hours say).
_CLOCK_DIGITS = re.compile(
    r"(?<![\d/.:-])(?P<h>\d{1,2})(?:(?:\s*[:.：]\s*|(?=\d{2}\s*(?:hrs?|hours)\b))(?P<m>\d{2}))?(?![\d/-])"
)
_MERIDIEM_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|hrs?\b|hours\b)(?![a-z])", re.IGNORECASE)
_MERIDIEM_BEFORE = re.compile(r"(?:上午|下午|早上|晚上|中午|傍晚|凌晨|下昼|下晝|朝早|夜晚)\s*$")


def nearer_hour(said: int, hour: int, minutes: int = 0) -> int | None:
    """The hour a bare number means beside a time said (`said`: minutes after midnight): of the two it can
    be (4:00, 16:00) the one nearer ("make that 1" after 11am is 13:00); a number over 12 is itself; None
    when both are as near (after 9am, "3": 3am or 3pm?) or it is no hour."""
    if hour > 23 or minutes > 59:
        return None
    wanted = [hour] if hour > 12 else [hour % 12, hour % 12 + 12]
    distance = sorted((abs(h * 60 + minutes - said), h) for h in wanted)
    if len(distance) == 2 and distance[0][0] == distance[1][0]:
        return None
    return distance[0][1]


def clock_put_right(ctx: Ctx, old: str, number: str) -> str | None:
    """ "make that 4", "actually 11", "不对，11" right after "remind me … tmrw 3pm": the old message with its
    one clock time at the hour the bare number means: of the two it can be (4:00, 16:00) the one nearer the
    time said ("make that 1" after 11am is 1pm). None (asked, not guessed) when the message says no clock
    time, or also says a day by its number ("no, 4" after "the 3rd at 2pm": the day or the hour?), or both
    hours are as near."""
    bare = simplified(old)
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    if when is None or not when.has_time:
        return None
    said = when.at.hour * 60 + when.at.minute
    found = [
        match
        for start, end in when.spans
        for match in _CLOCK_DIGITS.finditer(bare, start, end)
        if int(match["h"]) % 12 == when.at.hour % 12 and int(match["m"] or 0) == when.at.minute
    ]
    if len(found) != 1:
        return None
    outside = "".join(bare[a:b] for a, b in when.spans).replace(found[0].group(), "", 1)
    if any(c.isdigit() for c in outside):
        return None  # a day said by its number too
    hour, _, minutes = number.strip().replace(":", ".").partition(".")
    if int(hour) > 23 or (minutes and (len(minutes) != 2 or int(minutes) > 59)):
        return None
    nearest = nearer_hour(said, int(hour), int(minutes or 0))
    if nearest is None:
        return None
    new = nearest
    clock = found[0]
    mins = f":{minutes}" if minutes else ""
    twelve = new % 12 or 12
    after = _MERIDIEM_AFTER.match(bare, clock.end())
    if after:  # "3pm" → "4pm"
        return old[: clock.start()] + f"{twelve}{mins}{'am' if new < 12 else 'pm'}" + old[after.end() :]
    before = _MERIDIEM_BEFORE.search(bare, 0, clock.start())
    if before and (new < 12) == (when.at.hour < 12):  # "下午3点" → "下午4点"
        return old[: clock.start()] + f"{twelve}{mins}" + old[clock.end() :]
    if before:  # "上午11点" → "下午1点"
        return (
            old[: before.start()] + ("上午" if new < 12 else "下午") + f"{twelve}{mins}" + old[clock.end() :]
        )
    return old[: clock.start()] + f"{new}:{minutes or '00'}" + old[clock.end() :]  # "at 3" → "at 16:00"


def _meridiem_kept(replaced: str, right: str) -> str:
    """`right` with the half of the day of the clock it replaces, when it says none itself: "9:30" for "9pm"
    is "9:30pm"; "四点半" for "下午三点" is "下午四点半" (a bare hour alone would be asked about)."""
    part = _CN_PART.match(simplified(replaced).strip())
    if part is not None and _CN_BARE_CLOCK.fullmatch(simplified(right).strip()):
        return part.group() + right.strip()
    said = re.search(r"\d\s*([ap])\.?m\b", replaced, re.IGNORECASE)
    if said is None or not re.fullmatch(r"\s*\d{1,2}[:.]\d{2}\s*", right) or int(right.strip()[:-3]) > 12:
        return right
    return right + f"{said.group(1).lower()}m"


_CN_PART = re.compile(r"上午|下午|中午|晚上|早上|早晨|傍晚|凌晨")
_CN_BARE_CLOCK = re.compile(
    r"(?:[零一二两三四五六七八九十]{1,3}|\d{1,2})\s*点\s*(?:半|\d{1,2}分?|[一二三四五]十?分?)?"
)


def _clock_swapped(ctx: Ctx, old: str, right: str) -> str | None:
    """The old message with its one clock time replaced by `right` (a clock time said alone), when that clock
    is said inside its day ("tomorrow 9", "tmrw 8", "周四下午两点") rather than as a time span of its own;
    None when it says no clock or more than one."""
    bare = simplified(old)
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    if when is None or not when.has_time:
        return None
    found = [
        match
        for start, end in when.spans
        for match in _CLOCK_DIGITS.finditer(bare, start, end)
        if int(match["h"]) % 12 == when.at.hour % 12 and int(match["m"] or 0) == when.at.minute
    ]
    if not found:
        return _cn_clock_swapped(ctx, old, right, when) or _clock_words_swapped(ctx, old, right)
    if len(found) != 1:
        return None
    end = found[0].end()
    after = _MERIDIEM_AFTER.match(bare, end)
    if after and re.search(r"(?:a\.?m|p\.?m)\.?\s*$", right, re.IGNORECASE):
        end = after.end()  # "9pm" → "9:30am" as said; "9pm" → "9:30" keeps the pm
    return old[: found[0].start()] + right + old[end:]


def _clock_words_swapped(ctx: Ctx, old: str, right: str) -> str | None:
    """The old message with the one clock it says in words ("call him friday half 3", "3ish", "quarter past
    4"), of whichever of its dates, replaced by `right` ("make that 14:30" was put at the end); None when it
    says no such clock or several."""
    reading = read_message(ctx, old)
    if len(reading.text) != len(old):
        return None
    clocks = []
    for at, when in reading.dates:
        if at < 0 or not when.has_time or not when.spans:
            continue
        shift = at - when.spans[0][0]  # (a date's spans are its clause's)
        for start, end in when.spans:
            said = find_when(simplified(old[shift + start : shift + end]), now=ctx.now, tz=ctx.tz)
            if said is not None and said.has_time and not said.day_said:
                clocks.append((shift + start, shift + end))
    if len(set(clocks)) != 1:
        return None
    start, end = clocks[0]
    return old[:start] + right + old[end:]


_CN_CLOCK = re.compile(
    r"(?P<mer>上午|下午|早上|晚上|中午|傍晚)?(?P<h>[零一二两三四五六七八九十]{1,3})点(?P<m>半|[一二三四五]十?分|\d{1,2}分)?"
)


def _cn_clock_swapped(ctx: Ctx, old: str, right: str, when: When) -> str | None:
    """ "不对，十一点" after "周一上午十点": the clock said in Chinese numerals inside its day replaced, the
    half of the day the one nearer the time said (`nearer_hour`; None, asked, when both are as near)."""
    bare = simplified(old)
    found = [m for start, end in when.spans for m in _CN_CLOCK.finditer(bare, start, end)]
    said = _CN_CLOCK.fullmatch(simplified(right).strip(" ,，。"))
    if len(found) != 1 or said is None:
        return None
    if said["mer"]:
        return old[: found[0].start()] + right.strip(" ,，。") + old[found[0].end() :]
    hour = cn_integer(said["h"])
    nearest = nearer_hour(when.at.hour * 60 + when.at.minute, hour) if hour is not None else None
    if nearest is None:
        return None
    half = "上午" if nearest < 12 else "下午"
    return old[: found[0].start()] + half + right.strip(" ,，。") + old[found[0].end() :]


def _amount_of(words: str) -> object:
    found = find_amounts(words)
    return found[0].value if found else None


def _only_clock(text: str, span: tuple[int, int]) -> bool:
    piece = text[span[0] : span[1]]
    if re.fullmatch(r"\s*(?:at|@)\s*\d{1,2}(?:[:.]\d{2})?\s*", piece, re.I):
        return True  # "thursday at 11": the clock of a day said before it
    # (a Brazilian or French clock too: "11h", "15h30")
    clock = re.search(r"\d\s*(?:am|pm|:)|[点点:：]|\bnoon\b|\d{1,2}h(?:\d{2})?(?![a-z])", piece, re.I)
    return bool(clock) and not re.search(
        r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|周|星期|明天|今天|后天|月|号|日)", piece, re.I
    )


def _spans(ctx: Ctx, text: str) -> list[_Span]:
    bare = simplified(text)
    details = details_spans(bare)  # a phone number's digits are no amount to put right
    spans = [
        _Span(a.start, a.end, "amount")
        for a in find_amounts(bare)
        if not any(start < a.end and a.start < end for start, end in details)
    ]
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    if when is not None:
        for index, (start, end) in enumerate(when.spans):
            is_clock = _only_clock(bare, (start, end))
            spans.append(_Span(start, end, "time" if is_clock else "date"))
            if index == 0 and len(when.spans) == 1 and not is_clock:
                break
    return spans


def spans_of(ctx: Ctx, text: str) -> list[tuple[int, int, str]]:
    """The amounts, days and clock times `text` says: (start, end, kind)."""
    return [(s.start, s.end, s.kind) for s in _spans(ctx, text)]


def in_scale_and_currency(replaced: str, right: str) -> str:
    """ "32" put in for "35万" is "32万"; "52k" for "USD 55k" is "USD 52k"."""
    return _with_currency(replaced, _in_scale(replaced, right))


# A part said after the right customer that is an errand, not a name: "…，找郑经理", "…，见了张总".
WHO_TO_SEE = re.compile(r"[，,]\s*(?:找|见|跟|和|同|拜访|约|打给|联系|去)(?:了)?")
_A_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# The right customer's person said with it: "不是张江 是苏州精密模具的沈厂长".
_WHOSE = re.compile(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff]{2,4}[。.!！]*$)")
_PERSON_HITS = ("CONTACT", "GIVEN_NAME")
# A person seen, said as a family name and how they are addressed, right after the errand word ("见谭总",
# "找陈生", "同何小姐").
_SEEN_ADDRESSED = re.compile(
    r"(?<=[见找跟和同约])[\u4e00-\u9fff](?:总|生|经理|老板|小姐|太|工|姐|哥|主任|部长|厂长)"
)


def corrected(ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan) -> str | None:
    """The old message with the correction applied, or None when it is unclear what to change."""
    fix = _value_before_why(ctx, fix)
    fix = customer_then_value(ctx, old, fix, customer_span)
    fix = _in_the_week_said(ctx, old, fix)
    seen = _whom_they_saw_instead(ctx, old, fix)
    if seen is not None:  # the person swapped first, so that the customer's put right beside its own person
        fix, (wrong, right) = seen
        old = old.replace(wrong, right, 1)
    text = _corrected(ctx, old, fix, customer_span)
    if text is not None and fix.more and not says_it_stays(fix.more):  # "I mean redwood medical group, not
        # urgent care. 140k" (not "…, not Dresden. Dresden stays as is": the wrong one is left as it was)
        text = _corrected(ctx, text, Correction(fix.more, None), customer_span) or text
    return text


def _whom_they_saw_instead(ctx: Ctx, old: str, fix: Correction) -> tuple[Correction, tuple[str, str]] | None:
    """ "搞错了，是明德物流，找周明" after "去昆山宏远拜访陈国栋" (or "是苏州精密模具的沈厂长"
    after "拜访了张江芯测的俞经理"): the customer put right and, in place of the one person the old
    message saw, the one named after the errand word or the customer's 的 (so the old customer's contact
    does not come along to the new one): the fix narrowed to the customer, and the name (wrong, right)."""
    if fix.whole or fix.person:
        return None
    errand = WHO_TO_SEE.search(simplified(fix.right)) or _WHOSE.search(simplified(fix.right))
    if errand is None:
        return None
    person = fix.right[errand.end() :].strip(" 。.!！")
    if not _A_CHINESE_NAME.fullmatch(person):
        return None
    if errand.group(0) == "的" and person not in {n for n, _a, _b in read_message(ctx, fix.right).persons}:
        return None  # "是东方国际的报价单": no person
    reading = read_message(ctx, old)
    people = {old[a:b] for _, a, b in reading.persons}
    people |= {old[m.start : m.end] for m in mentions_of(ctx, reading) if m.evidence.name in _PERSON_HITS}
    if not people:  # "琴日去咗穗安消防见谭总": the one person seen, said as family name and title
        people = {old[m.start() : m.end()] for m in _SEEN_ADDRESSED.finditer(simplified(old))}
    if len(people) != 1:
        return None
    return replace(fix, right=fix.right[: errand.start()].strip()), (people.pop(), person)


# A week said with a weekday: "next wed", "下周三", "下個禮拜三", "wed next week".
_WEEK_SAID = re.compile(
    r"\b(?:next|this|coming|following)\b|\bweek\b|(?:下下?|这|本|下一)个?(?:周|星期|礼拜)", re.IGNORECASE
)
_BARE_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}(?![a-z])|(?:周|星期|礼拜)[一二三四五六日天]", re.IGNORECASE)


def _in_the_week_said(ctx: Ctx, old: str, fix: Correction) -> Correction:
    """ "sorry not wed, thursday 3pm" after "下周三再跟进": a bare weekday put in place of a day said with its
    week is that weekday of the same week (Thursday of next week, not this one), written as its date so that
    it reads the same in either language."""
    right = simplified(fix.right)
    weekday = _BARE_WEEKDAY.search(right)
    if fix.whole or fix.restates or fix.person or weekday is None or _WEEK_SAID.search(right):
        return fix
    before, new = find_when(old, now=ctx.now, tz=ctx.tz), find_when(fix.right, now=ctx.now, tz=ctx.tz)
    if before is None or new is None or not before.day_said:
        return fix
    if not _WEEK_SAID.search(" ".join(simplified(old[a:b]) for a, b in before.spans)):
        return fix
    picked = picked_days(ctx)  # "next wed", the 16th pressed: Thursday is the 17th
    day = next((picked[w] for a, b in before.spans if (w := old[a:b].lower()) in picked), before.at.date())
    meant = day + timedelta(days=new.at.date().weekday() - day.weekday())
    if meant == new.at.date() or len(right) != len(fix.right):
        return fix
    chinese = bool(CJK.search(old))
    written = f"{meant.month}月{meant.day}号" if chinese else f"{meant.day} {meant.strftime('%b').lower()}"
    return replace(fix, right=f"{fix.right[: weekday.start()]}{written}{fix.right[weekday.end() :]}")


_PIECE = re.compile(r"(?<!\d)[,.;，。；](?!\d)")
_VALUES = ("amount", "currency", "date", "time", "stage", "kind")


def _value_before_why(ctx: Ctx, fix: Correction) -> Correction:
    """ "make that 32k, they added the second location", "wait that was Tuesday, forgot to log it then",
    "哦不，五十五万，又加了两个校区": the value comes first and the rest says why; the value is the fix.
    Also when the words were read as the statement again: "sorry, 4pm, she's in a seminar till 4", "不对，
    三点，他两点有会" — a value, then a clause about someone (why it was wrong) is the value put right, not a
    new statement that drops the day and the subject of the reminder."""
    if fix.whole or fix.person:
        return fix
    first, _, rest = (piece.strip() for piece in _split_first(fix.right))
    if not first or not rest or kind_of(ctx, first) not in _VALUES:
        return fix
    if _WHY_CLAUSE.match(rest) or (not fix.restates and kind_of(ctx, fix.right) == "text"):
        return replace(fix, right=first, restates=False)
    return fix


def _split_first(words: str) -> tuple[str, str, str]:
    match = _PIECE.search(words)
    return (words[: match.start()], match.group(), words[match.end() :]) if match else (words, "", "")


# A clause about someone, which says why the value before it was wrong: "he's in a workshop till 4",
# "she can't do mornings", "他两点有会", "佢今日出差".
_WHY_CLAUSE = re.compile(
    r"(?:he|she|they|we|his|her|their|because|cos|coz|since|as\s+(?:he|she|they))(?:['’]s|['’]re)?\b"
    r"|(?:他们|她们|他|她|佢哋|佢|因为|因為)",
    re.IGNORECASE,
)


_BETWEEN = re.compile(r"[\s,，、;；:：—–-]*")


def customer_then_value(ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan) -> Correction:
    """ "sorry, midwest auto parts - 38k", "唔係長洲，係荃灣建興診所，5萬", "no - windy city bike, 13k": the
    right customer, then a value of a kind the old message said (an amount for its amount, a stage for its
    stage): both are put right, the customer first, the value as a further fix. Read whole, the words were
    the statement again ("windy city bike, 13k" made a new deal) or swapped in for the customer alone."""
    if fix.more or fix.whole or fix.restates or fix.person:
        return fix
    says = customer_span(ctx, fix.right, by_name=True)
    if says is None or says[0] > 3:  # "是…", "係…": a word before it at most
        return fix
    between = _BETWEEN.match(fix.right, says[2])
    rest = fix.right[between.end() if between else says[2] :].strip(" .。!！")
    if not rest or not between or between.end() == says[2] or kind_of(ctx, rest) not in _VALUES:
        return fix
    if _corrected(ctx, old, Correction(rest, None), customer_span) is None:
        return fix  # no value of that kind in the old message to put right
    return replace(fix, right=fix.right[: says[2]].strip(), more=rest)


def _deal_named(ctx: Ctx, customer: str, after: str, right: str) -> str | None:
    """The title of the one deal of `customer` the old message named after the customer's name ("华北重机
    备件商城 lost"), when the customer has several deals and the statement said again does not name it
    ("不对，是won"): the restated words are about that deal, not a question which one."""
    winner = decide(ctx.store.search.customers(customer, limit=3)).winner
    if winner is None:
        return None
    deals = ctx.store.deals.for_customer(winner.customer_id)
    if len(deals) < 2:
        return None
    customer_record = ctx.store.customers.require(winner.customer_id)
    named = deals_named(deals, after, customer_record)
    if len(named) != 1 or deals_mentioned(deals, right, customer_record):
        return None  # (the statement again names a deal itself: "不对，是收银系统那单，15万")
    return named[0].title


def _not_theirs(ctx: Ctx, person: str, customer: str) -> bool:
    """Whether the person said right after the wrong customer is nobody the right customer has ("长城包装赵总
    来电话了", then "不是长城，是天平医疗"): the wrong one's contact goes with it, no new contact here."""
    if not person.strip():
        return False
    winner = decide(ctx.store.search.customers(customer, limit=3)).winner
    if winner is None:
        return False
    return mentioned_contact(ctx, ctx.store.customers.require(winner.customer_id), person) is None


# What is said before a title put right: "should be", "it's", "是", "應該係" (folded: 应该系)
_TITLE_SAID = re.compile(
    r"^\s*(?:(?:should\s+be|it['’]?s|it\s+is|is|was|应该是|应该系|应该|是|系)\s*)*", re.IGNORECASE
)


def _title_put_right(old: str, right: str) -> str | None:
    """A correction that is a title alone ("sorry, should be Purchasing Manager", "说错了，是采购主管")
    after a message that gave one title: that title, not the person's or the customer's name, was wrong."""
    plain = simplified(right)  # same length: positions hold
    lead = _TITLE_SAID.match(plain)
    value = right[lead.end() if lead else 0 :].strip(" ,，。.!！")
    if not value or not (EN_TITLE.fullmatch(simplified(value)) or CN_TITLE.fullmatch(simplified(value))):
        return None
    titles = [i for i in read_details(simplified(old), [], NOBODY) if i.kind == "title"]
    if len(titles) != 1:
        return None  # none, or two: which one was wrong is asked
    return old[: titles[0].start] + value + old[titles[0].end :]


def _corrected(ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan) -> str | None:
    if fix.whole:
        return fix.right
    if fix.restates:  # the statement again, about the same customer (and the deal it named)
        named = customer_span(ctx, old)
        if not named:
            return None
        name = old[named[0] : named[1]]
        title = _deal_named(ctx, name, old[named[1] :], fix.right)
        return f"{name}{f' {title}' if title else ''}: {fix.right}"
    if fix.person:  # "spelling: Jon Ellison", "名字打错了 是汪磊": the person the old message names
        who = _person_in(ctx, old)
        at = old.lower().find(who.lower()) if who else -1
        return old[:at] + fix.right + old[at + len(who) :] if who and at >= 0 else None
    detail = detail_replaced(old, fix.right)
    if detail is not None:  # "不对，是 wenya@xinda-tech.com": the address or number the old one gave
        return detail
    title = _title_put_right(old, fix.right) if not fix.wrong else None
    if title is not None:  # "sorry, should be Purchasing Manager": the one title the old message gave
        return title
    said_amount = any(s.kind == "amount" for s in _spans(ctx, old))
    if is_bare_number(fix.right) and not fix.wrong and said_amount and _may_be_a_day(ctx, old, fix.right):
        return None  # "no, 15" after "Northwind 12k, close Dec 18": the amount or the day? asked, not guessed
    if is_bare_number(fix.right) and not fix.wrong and not said_amount:
        return clock_put_right(ctx, old, fix.right)  # "make that 4" after "tmrw 3pm"; a number is no name
    kind = "amount" if is_bare_number(fix.right) and said_amount else kind_of(ctx, fix.right)
    if (
        kind == "currency"
    ):  # "sorry, euros not dollars", "是美元不是人民币": the old amounts, in that currency
        return _in_currency(old, currency_of(simplified(fix.right)) or "")
    right = _SAME_TIME.sub("", fix.right).strip(" ,，")
    spans = _spans(ctx, old)
    lower = simplified(old).lower()
    if fix.wrong:
        wrong = simplified(fix.wrong).lower()
        at = lower.find(wrong)
        if at < 0 and lower.find(_bare(wrong)) >= 0:  # "the wifi deal not the network refresh"
            wrong, right = _bare(wrong), _bare(right)
            at = lower.find(wrong)
        within = next(((s, e) for s, e in details_spans(old) if s <= at < e), None) if at >= 0 else None
        given = details_spans(right)
        if within is not None and len(given) == 1:  # "oops her number is 201-555-0174 not 0147": the number
            return old[: within[0]] + right[given[0][0] : given[0][1]] + old[within[1] :]
        if within is not None:  # "尾号是1112，不是1111"
            return old[:at] + right + old[at + len(wrong) :]
        moved = _person_at_customer(ctx, old, at, fix, customer_span) if at >= 0 and kind == "text" else None
        if moved is not None:  # "sorry wrong dave - dave lindqvist at hawkeye" after "met dave kowalski at …"
            return moved
        if at >= 0:
            end = at + len(wrong)
            named = customer_span(ctx, old) if kind == "text" else None
            if named and is_person(fix.wrong) and not named[0] <= at < named[1]:
                both = _person_and_customer(ctx, right, customer_span, old[named[0] : named[1]])
                if both is not None:  # "sorry, Piedmont Paper — Alicia, not Wes": both put right
                    person, (start, stop) = both[0], named[:2]
                    if at > start:
                        return old[:start] + both[1] + old[stop:at] + person + old[end:]
                    return old[:at] + person + old[end:start] + both[1] + old[stop:]
            if named and named[0] <= at < named[1]:
                both = _person_and_customer(ctx, right, customer_span, old[named[0] : named[1]])
                put = _both_put(ctx, old, named, *both) if both is not None else None
                if put is not None:  # "wrong redwood — Daniel at Redwood Capital": the person goes too
                    return put
                said_after = old[named[1] :].strip()
                if said_after and right.endswith(said_after) and len(right) > len(said_after):
                    right = right[: -len(said_after)].strip()  # "是开门红赢了 不是好运来" after "好运来 赢了"
                right = _customer_alone(ctx, right, old, customer_span)  # "是东方贸易黄了，不是云帆"
                # the person said after the wrong customer goes when the right words name one in their
                # place ("是浙联物流钱总" after "杭联物流陆经理") or the right customer has no such person
                someone = bool(read_message(ctx, right).persons)
                rest = named[2] if someone or _not_theirs(ctx, old[named[1] : named[2]], right) else named[1]
                return old[: named[0]] + right + old[rest:]  # "sterling pharma, not paper"
            for span in spans:  # the whole date or amount the wrong words are part of
                if _weekday_for_weekday(wrong, right):
                    break  # "Wednesday not Tuesday" in "the Tuesday after the bank holiday": that word only
                if span.start <= at < span.end and kind in (span.kind, "date" if span.kind == "time" else ""):
                    at, end = min(at, span.start), max(end, span.end)
            if kind == "date" and _has_clock(ctx, right):  # "不是明天 是後天 一樣三點": the day and its clock
                whole = _day_and_clock(_Span(at, end, "date"), spans)
                at, end = whole.start, whole.end
            if kind == "amount":  # "80k was wrong, should be 85": 85k
                right = _with_currency(old[at:end], _in_scale(old[at:end], right))
            return old[:at] + right + old[end:]
        wrong_kind = kind_of(ctx, fix.wrong)
        if wrong_kind in ("amount", "date", "time"):
            said = _said_as(ctx, old, spans, fix.wrong, wrong_kind)
            if said is None:
                return None  # "make that friday not thurs" after a message with no Thursday: not that one
            if kind == "amount":  # "58 not 52" after "52 T€": 58 T€
                replaced = old[said.start : said.end]
                right = _with_currency(
                    replaced, _in_scale(replaced, right) if is_bare_number(fix.wrong) else right
                )
            return old[: said.start] + right + old[said.end :]
        if is_person(right) and is_person(fix.wrong):  # "Mike Ocampo, not Brandt": Brandt was linked
            return _person_replaced(ctx, old, customer_span(ctx, old), right)
    if kind in ("amount", "date", "time"):
        same = [s for s in spans if s.kind == kind or (kind == "date" and s.kind == "time" and not fix.wrong)]
        same = [s for s in same if s.kind == kind] or same
        if same:
            span = _stored_amount(old, same) if kind == "amount" else _of_the_same_form(ctx, old, same, right)
            if kind == "amount":
                replaced = old[span.start : span.end]
                right = _with_currency(replaced, _in_scale(replaced, right))
            if kind == "date" and _has_clock(ctx, right):  # "改成周三下午两点" for "周三上午": day and time
                span = _day_and_clock(span, spans)
            if kind == "time":  # "make it 9:30" after "9pm": still the evening
                right = _meridiem_kept(old[span.start : span.end], right)
            return old[: span.start] + right + old[span.end :]
        if kind == "amount":
            return None
        swapped = _clock_swapped(ctx, old, right) if kind == "time" else None
        if swapped is not None:  # "make it 9:30" after "call janet tomorrow 9": the clock in the day said
            return swapped
        if kind == "date" and CJK.match(old.lstrip()[:1] or " "):
            return f"{right} {old}"  # "和蓝鲸于总吃饭" / "是昨天的事": it happened then
        return f"{old} {right}"
    if kind == "text":
        named = customer_span(ctx, old)  # "wrong one, redwood capital": the customer was wrong
        says = customer_span(ctx, right, by_name=True)
        if says is None and is_person(right):  # "I meant Peter", "是王强": the person the old one named
            return _person_replaced(ctx, old, named, right)
        if says is None and named is not None:  # "it was Renee, wichita": a person and a customer
            both = _person_and_customer(ctx, right, customer_span, old[named[0] : named[1]])
            if both is not None:
                person, customer = both
                before = _person_replaced(ctx, old[: named[0]], None, person)
                after = _person_replaced(ctx, old[named[1] :], None, person) if before is None else None
                if before is not None or after is not None:
                    return (before or old[: named[0]]) + customer + (after or old[named[1] :])
        if says is not None and _says_more(ctx, right[: says[0]] + " " + right[says[2] :]):
            return unchanged_said(right)  # "改错了，应该是临沂恒通纸业进谈判": the statement again
        if named is None:
            return None
        person = _person_beside(right, says) if says is not None else ""
        if says is not None and person and named[2] == named[1]:  # "it was Chloe from Blue Harbor": both
            put = _both_put(ctx, old, named, person, right[says[0] : says[1]])
            if put is not None:
                return put
        if (
            says is not None and person and named[2] > named[1]
        ):  # "是仙桃鑫达 见的彭总" for "…天门鑫达见胡经理"
            met = _person_replaced(ctx, old[named[1] : named[2]], None, person)
            if met is not None:
                return old[: named[0]] + right[says[0] : says[1]] + met + old[named[2] :]
        end = named[2] if says is not None and says[2] > says[1] else named[1]  # "是金山软件韩磊": both
        return old[: named[0]] + right + old[end:]
    if kind == "stage":  # "actually negotiation", "更正：是方案阶段": the stage the old message moved to
        stage_at = _stage_span(ctx, right)
        old_stages = [s for s in ctx.settings.stage_names if s not in ("won", "lost")]
        hits = find_stages(old, old_stages, stage_synonyms(ctx.settings.stage_synonyms))
        if stage_at is None or len(hits) != 1:
            return None
        return old[: hits[0][1]] + right[stage_at[0] : stage_at[1]] + old[hits[0][2] :]
    if kind == "kind":
        found = detect_kind(old, "")
        if found:
            for word in sorted(ACTIVITY_WORDS[found], key=len, reverse=True):
                at = lower.find(word)
                if at >= 0:
                    return old[:at] + right + old[at + len(word) :]
    return None


def _of_the_same_form(ctx: Ctx, old: str, spans: list[_Span], right: str) -> _Span:
    """Of the old message's dates, the one said in the form the right one is ("應該是下個月底" after
    "今天跟華為…預計這個月底簽": the month's end, not today); the first when none or several are."""
    said = find_when(simplified(right), now=ctx.now, tz=ctx.tz)
    reading = read_message(ctx, old) if said is not None else None
    if said is None or reading is None or len(reading.text) != len(old):
        return spans[0]
    dates = [(at, when) for at, when in reading.dates if at >= 0 and when.spans]  # (`_spans` holds the first)
    if len(dates) < 2:
        return spans[0]  # one date said: that one ("make it thursday same time" after "wed 10am")
    form = date_form(simplified(right), said)
    alike = []
    for at, when in dates:
        start, end = at, at + when.spans[0][1] - when.spans[0][0]  # its day's words (its clock stays)
        if date_form(reading.text[start:end], when) == form:
            alike.append(_Span(start, end, "date"))
    return alike[0] if len(alike) == 1 else spans[0]


_WEEKDAY_ALONE = re.compile(
    rf"(?:on\s+)?(?:{WEEKDAY_WORD}|(?:周|星期|礼拜)[一二三四五六日天])", re.IGNORECASE
)


def _weekday_for_weekday(wrong: str, right: str) -> bool:
    """Whether a weekday is put right by another ("sorry, Wednesday not Tuesday", "周四不是周三")."""
    return all(_WEEKDAY_ALONE.fullmatch(simplified(w).strip(" ,.")) for w in (wrong, right))


def _customer_alone(ctx: Ctx, right: str, old: str, customer_span: CustomerSpan) -> str:
    """The customer a correction names, without the words around it that only repeat the old message ("东方
    贸易黄了" for "云帆的单子黄了，…": 黄了 is said there already); `right` as it is otherwise."""
    says = customer_span(ctx, right, by_name=True)
    if says is None:
        return right
    before, after = right[: says[0]].strip(" ,，"), right[says[2] :].strip(" ,，。.")
    # "Tayside we lost" for "Glenbrae lost …": the "we" repeats nothing new
    after = re.sub(r"^(?:we|they|i)\s+(?=\w)", "", after, flags=re.IGNORECASE)
    bare_old = simplified(old).lower()
    if any(w and simplified(w).lower() not in bare_old for w in (before, after)):
        return right  # it says something the old message did not: the statement again, kept whole
    return right[says[0] : says[2]] if before or after else right


def _both_put(ctx: Ctx, old: str, span: tuple[int, int, int], person: str, customer: str) -> str | None:
    """The old message with its customer (at `span`) and the one person it names said as `customer` and
    `person`; None when it names no person outside its customer's name."""
    after = _person_replaced(ctx, old[span[1] :], None, person)
    if after is not None:
        return old[: span[0]] + customer + after
    before = _person_replaced(ctx, old[: span[0]], None, person)
    return before + customer + old[span[1] :] if before is not None else None


_ARTICLE = re.compile(
    r"^(?:the|a|an|that|this|our|their)\s+|\s+(?:deal|one|opp|opportunity|project)$|^那个|的?单子$"
)


def _bare(words: str) -> str:
    """ "the wifi deal" → "wifi": the words that name the thing, as an old message would say them."""
    return _ARTICLE.sub("", _ARTICLE.sub("", words.strip())).strip() or words


# What a correction says before a currency named alone: "euros", "in USD", "it's pounds", "是美元", "用欧元".
_CURRENCY_LEAD = re.compile(
    r"^\s*(?:(?:it(?:'s| is| was| should be)|in|should be|currency)\s+)?(?:us\s+)?", re.IGNORECASE
)
_CN_CURRENCY_LEAD = re.compile(r"^(?:应该)?(?:是|用|按)?|(?:结算|计价)$")
_SYMBOLS = re.compile(
    # (a sign before a word or a brace is none: "${HOME}", "$HOME")
    r"(?:[a-z]{1,2})?[$€£¥￥₹₩](?![{A-Za-z_])|(?<![A-Za-z])(?:"
    + "|".join(sorted((w for w in CURRENCY_WORDS if w.isascii() and w.isalpha()), key=len, reverse=True))
    + r")(?![A-Za-z])|美元|美金|欧元|英镑|人民币|港币|日元|新台币|台币",
    re.IGNORECASE,
)


def names_a_currency(words: str) -> bool:
    """Whether `words` name a currency anywhere ("it's in CAD", "是美金", "係港幣唔係人民幣")."""
    return _SYMBOLS.search(simplified(words)) is not None


_MORE_CURRENCY = {"yen": "JPY", "dollars": "USD", "us dollars": "USD", "us dollar": "USD"}


def currency_of(words: str) -> str | None:
    """The currency code of words that name a currency and nothing else; "元"/"块" alone are no correction."""
    said = _CN_CURRENCY_LEAD.sub("", _CURRENCY_LEAD.sub("", words, count=1).strip(" .!。！"))
    said = said.lower()
    return CURRENCY_WORDS.get(said) or _MORE_CURRENCY.get(said) if said not in ("元", "块") else None


def _in_currency(old: str, code: str) -> str | None:
    """The old message with each amount said in `code` instead ("28k" → "28k EUR", "$28k" → "28k EUR")."""
    amounts = find_amounts(simplified(old))
    if not amounts or not code:
        return None
    text, folded = old, simplified(old)
    for amount in reversed(amounts):
        said = text[amount.start : amount.end]
        cuts = [m.span() for m in _SYMBOLS.finditer(folded[amount.start : amount.end])]  # "50萬台幣": 台幣
        number = "".join(c for i, c in enumerate(said) if not any(a <= i < b for a, b in cuts)).strip()
        said_after = _SYMBOLS.match(folded, amount.end)  # "50万台币": the currency said after the amount
        end = said_after.end() if said_after else amount.end
        text = f"{text[: amount.start]}{number} {code}{text[end:]}"
    return text


def _with_currency(replaced: str, right: str) -> str:
    """ "£8k" corrected by "18k" stays in pounds: the old amount's currency when the new one names none."""
    before, after = find_amounts(simplified(replaced)), find_amounts(right)
    if after and after[0].currency is None and before and before[0].currency:
        return f"{right} {before[0].currency}"
    return right


# What joins a person and their customer in a correction: "Chloe from Blue Harbor", "Sterling Pharma,
# Hannah", "宏达物流的郑主管", "it was Jane @ Acme", "仙桃鑫达 见的彭总".
_PERSON_OF = re.compile(
    r"\s*(?:from|at|of|@|with|w/|,|，|-|的)\s*$|^\s*(?:it\s+was|with|was|saw|met)\s+"
    r"|^\s*(?:(?:,|，|-|—|–|的|w/|with|[见見找约約](?:的|了|咗)?)\s*)*",  # "是仙桃鑫达 见的彭总": met there
    re.IGNORECASE,
)
_LOOKS_LIKE_PERSON = re.compile(
    r"^(?:(?:mr|mrs|ms|dr)\.?\s+)?[A-Z\u00c0-\u00de][\w'’\-]+(?:\s+[A-Z\u00c0-\u00de][\w'’\-]+)?$"
    rf"|^(?:[{lx.CN_SURNAMES}](?:{lx.CN_TITLE_WORDS})|[{lx.CN_SURNAMES}][\u4e00-\u9fff]{{1,2}})$"
)


def is_person(words: str) -> bool:
    """Whether a correction's words are a person's name alone ("Peter", "Jane Doe", "王强", "郑主管")."""
    bare = simplified(words).strip(" ,.，。")
    return bool(_LOOKS_LIKE_PERSON.match(bare)) and bare.lower() not in lx.STOPWORDS


# What a restatement says stays as it was: "…，嘉盛不变", "…, acme stays the same".
_UNCHANGED = re.compile(
    r"(?:\s*[，,;；。]|\s+[-—–]+)\s*[^，,;；。]{1,24}?(?:不变|没变|不动|照旧|stays the same|unchanged|"
    r"stays put|stays where it was|stays as it was|stays as is|is as it was|(?<=\s)stays|"
    # the other one still being worked: "影像系统还在谈", "耗材还在跟", "the EHR one is still open",
    # "pennington's still live", "brandt still going"
    r"(?:还在|仍在|仍然在|仲喺)(?:谈|跟|跟进|倾|进行)(?:中|紧)?"
    r"|(?:\s+is|['’]s|\s)\s*still\s+(?:open|live|alive|on|going|active|in play|in the running|"
    r"being negotiated|negotiating|on track))"
    r"\s*[。.!！]*$",
    re.IGNORECASE,
)


def unchanged_said(statement: str) -> str:
    """A statement without the clause that says the other customer stays as it was (read on the simplified
    fold, which keeps positions: "郭氏還在談")."""
    said = _UNCHANGED.search(simplified(statement))
    return statement[: said.start()] + statement[said.end() :] if said else statement


# Said first, what stays as it was, then who it was: "余姚的还在初步阶段，是慈溪明珠进谈判了", "cedar valley
# is still qualified, it's cedar rapids that moved to negotiation", "沙田嗰間仲未郁，係荃灣美景入咗談判".
_KEPT_FIRST = re.compile(
    r"^(?:(?!\.\s)[^，,;；。]){1,30}?(?:还在|仍在|仍然|仍是|还是|依然|还没动|还没变|没动|没变|不变|仲係|仲系|仲喺|仲未|未郁|"
    # what it is at already: "宝利早就是谈判了", "X was already in negotiation"
    r"早就|早已|\balready\b|"
    r"\bstill\b|\bstays\b|\bunchanged\b|hasn['’]?t moved|didn['’]?t move|is where it was)"
    r"(?:(?!\.\s)[^，,;；。])*(?:[，,;；。]|\.(?=\s))\s*"  # (a sentence's full stop ends it too)
    r"(?:我(?:说|講|讲)的是|我是说|说的是|I meant|I mean|meant)?\s*"
    r"(?:(?:其实|實際|实际)?(?:是|係|系)|it['’]?s|it is|it was|rather)?\s*",
    re.IGNORECASE,
)
_THAT = re.compile(
    r"\s+that\s+(?=(?:moved|went|goes|is|are|was|were|has|had|got|signed|wants)\b)", re.IGNORECASE
)


def kept_first(statement: str) -> str | None:
    """The statement about the right customer when the correction says the other one stays as it was,
    first ("余姚的还在初步阶段，是慈溪明珠进谈判了") or last ("是嘉善金穗改成12万，桐乡的不变"); None when it
    does not."""
    kept = _KEPT_FIRST.match(simplified(statement))  # (read on the simplified fold: "門禁不動", "仲係")
    if kept is not None and statement[kept.end() :].strip():
        return _THAT.sub(" ", statement[kept.end() :], count=1).strip()
    if not _UNCHANGED.search(simplified(statement)):
        return None
    said = _IT_IS.sub("", unchanged_said(statement), count=1)
    return _THAT.sub(" ", said, count=1).strip() or None


_IT_IS = re.compile(r"^\s*(?:(?:其实|实际)?(?:是|係|系)|it['’]?s|it is|it was)\s*", re.IGNORECASE)


def _says_more(ctx: Ctx, words: str) -> bool:
    """Whether the words beside a correction's customer say a change of their own (a stage, an amount, a
    day, an interaction): then the correction is a whole statement."""
    bare = simplified(words)
    stages = find_stages(bare, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    return bool(stages or find_amounts(bare) or when or detect_kind(bare, ""))


_PARTS = re.compile(r"\s*(?:,|，|、|—|–|\s-\s|\bfrom\b|\bat\b|\bof\b|@|的|嘅)\s*", re.IGNORECASE)


def _person_at_customer(
    ctx: Ctx, old: str, at: int, fix: Correction, customer_span: CustomerSpan
) -> str | None:
    """The old message with the person it named and the customer they are at said as the correction says
    both ("sorry wrong dave - dave lindqvist at hawkeye" after "met dave kowalski at prairie forge, …";
    "wrong jeremy - jeremy chua at serangoon aircon" after "met jeremy at kallang bay"): the wrong words are
    the start of a person the old message names, the right ones a person and another customer, and the old
    person and customer are said side by side (or the customer by its contact): both spans go, the right
    words come in their place."""
    named = customer_span(ctx, old) if fix.wrong else None
    if named is None or not fix.wrong:
        return None
    right = fix.right.strip(" .。")
    parts = [p.strip() for p in _PARTS.split(right) if p.strip()]
    customers = [p for p in parts if customer_span(ctx, p, by_name=True) is not None]
    if len(parts) != 2 or len(customers) != 1:
        return None
    who = next(p for p in parts if p not in customers)
    if not _A_NAME.fullmatch(who):
        return None  # a person and a customer only: "dave lindqvist at hawkeye", "何丽君 天府会展的"
    person = next(((s, e) for _n, s, e in read_message(ctx, old).persons if s <= at < e), None)
    if person is None and (is_person(fix.wrong) or _a_contact_of(ctx, old[named[0] : named[1]], fix.wrong)):
        person = (at, at + len(fix.wrong))  # "jeremy": the first name of the contact the old message met
    if person is None:
        return None
    full = _contact_named_at(ctx, old[named[0] : named[1]], old, person[0])
    person = (person[0], max(person[1], full))  # "dana price", the contact's whole name said
    start, stop = min(person[0], named[0]), max(person[1], named[1])
    between = old[min(person[1], named[1]) : max(person[0], named[0])]
    if not _PARTS.fullmatch(between) and between.strip():
        return None  # the person and the customer far apart: not one "X at Y" to put right
    return old[:start] + fix.right.strip(" .。") + old[stop:]


# A name as typed: one to three words of letters ("dave lindqvist"), or two to four Chinese characters.
_A_NAME = re.compile(r"[^\W\d_]+(?:[\s'’-][^\W\d_]+){0,2}|[\u4e00-\u9fff]{2,4}")


def said_at_another(ctx: Ctx, old: str, right: str, customer_span: CustomerSpan) -> str | None:
    """The old message said again at another customer, as `right` names it: "sheila at dmrta", "Niamh at
    Wicklow, 23k", "Tayside Joinery, Hamish Pollock, 13k" (a customer; a person, an amount at most). The
    old customer and the person said beside it go, the right ones come in their place; the one amount it said
    is the right one's. None when `right` is not only those, or names the old message's customer."""
    parts = [p.strip() for p in _PARTS.split(right.strip(" .。")) if p.strip()]
    customers = [p for p in parts if _a_customer_alone(ctx, p, customer_span)]
    amounts = [p for p in parts if p not in customers and _an_amount_alone(p)]
    people = [p for p in parts if p not in customers and p not in amounts and _A_NAME.fullmatch(p)]
    named = customer_span(ctx, old)
    if (
        len(customers) != 1
        or len(amounts) > 1
        or len(people) > 1
        or len(parts) != 1 + len(amounts) + len(people)
    ):
        return None
    if named is None or simplified(customers[0]).lower() in simplified(old[named[0] : named[1]]).lower():
        return None
    start, stop = (
        named[0],
        max(named[1], named[2], _contact_named_at(ctx, old[named[0] : named[1]], old, named[1])),
    )
    after = _PARTS.match(old, stop)
    if people and after and after.end() > stop:  # "Dundalk Cold Stores - Gerry wants …": Gerry goes too
        person_end = next((e for _n, s, e in read_message(ctx, old).persons if s == after.end()), None)
        known_end = _contact_named_at(ctx, old[named[0] : named[1]], old, after.end())
        stop = max(person_end or stop, known_end if known_end > after.end() else stop)
    before = old[:start].rstrip()
    if people and re.search(r"(?<![a-z])(?:at|from|of|@)$", before, re.IGNORECASE):
        person = next(((s, e) for _n, s, e in read_message(ctx, old).persons if old[e:start].strip().lower()
                       in ("at", "from", "of", "@")), None)  # fmt: skip
        start = person[0] if person else start
    chinese = bool(CJK.search(old))
    who = _WITH_WHOM.sub("", people[0]) if people else ""
    beside = start < named[0] or stop > named[1]  # a person said right beside the old customer
    # "…with Anderson", then "it was Sorocaba Autopeças, with Paulo Henrique": the person seen goes too
    elsewhere = _both_put(ctx, old, (start, stop, stop), who, customers[0]) if who and not beside else None
    put = f"{customers[0]}{who}" if chinese else (f"{who} at {customers[0]}" if who else customers[0])
    text = elsewhere if elsewhere is not None else old[:start] + put + old[stop:]
    if amounts:
        found = find_amounts(simplified(text))
        if len(found) == 1:
            text = text[: found[0].start] + amounts[0] + text[found[0].end :]
        elif not found:
            text = f"{text}{'，' if chinese else ', '}{amounts[0]}"
        else:
            return None
    return text


_WITH_WHOM = re.compile(r"^(?:with|w/|和|跟|同)\s*", re.IGNORECASE)


def _a_customer_alone(ctx: Ctx, words: str, customer_span: CustomerSpan) -> bool:
    """Whether `words` are a customer's name (or alias) and nothing more ("dmrta", "Tayside Joinery")."""
    says = customer_span(ctx, words, by_name=True)
    return says is not None and says[0] == 0 and says[1] >= len(words.strip()) - 1


def _an_amount_alone(words: str) -> bool:
    found = find_amounts(simplified(words))
    return len(found) == 1 and found[0].end - found[0].start >= len(words.strip()) - 1


def _a_contact_of(ctx: Ctx, customer: str, name: str) -> bool:
    """Whether `name` names a contact of the customer the words `customer` name."""
    winner = decide(ctx.store.search.customers(customer, limit=3)).winner
    if winner is None:
        return False
    return mentioned_contact(ctx, ctx.store.customers.require(winner.customer_id), name) is not None


def _contact_named_at(ctx: Ctx, customer: str, text: str, at: int) -> int:
    """Where the whole name of a contact of the customer `customer` names ends when `text` says it from `at`
    ("dana price" of Dana Price); `at` when none is said there."""
    winner = decide(ctx.store.search.customers(customer, limit=3)).winner
    if winner is None:
        return at
    rest = simplified(text[at:]).lower()
    names = [simplified(c.name).lower() for c in ctx.store.customers.contacts(winner.customer_id)]
    return max((at + len(n) for n in names if rest.startswith(n)), default=at)


def _person_and_customer(
    ctx: Ctx, words: str, customer_span: CustomerSpan, old_customer: str
) -> tuple[str, str] | None:
    """ "Renee, wichita", "Otto @ marrow": a person and a customer said side by side, each as written; a
    customer said by the word that sets it apart from the old one's brand ("wichita" for "Pinnacle Omaha":
    Pinnacle Wichita)."""
    parts = [p.strip() for p in _PARTS.split(words.strip(" .。")) if p.strip()]
    if len(parts) != 2:
        return None
    brand = old_customer.split()[0] if " " in old_customer.strip() else ""
    for person, customer in (parts, parts[::-1]):
        if not is_person(person):
            continue
        if customer_span(ctx, customer) is not None:
            return person, customer
        if brand and customer_span(ctx, f"{brand} {customer}") is not None:
            return person, f"{brand} {customer}"
    return None


def _person_beside(right: str, says: tuple[int, int, int]) -> str:
    """The person a correction names beside its customer ("Chloe from Blue Harbor", "Sterling Pharma,
    Hannah", "宏达物流的郑主管"), if the words there are a person's name alone."""
    for words in (right[says[1] :], right[: says[0]]):
        person = _PERSON_OF.sub("", words).strip(" .。")
        if person and is_person(person):
            return person
    return ""


def _person_replaced(ctx: Ctx, text: str, customer: tuple[int, int, int] | None, person: str) -> str | None:
    """`text` with the one person it names (outside its customer's name) said as `person` instead."""
    who = _person_in(ctx, text)
    if not who:
        return None
    lower = simplified(text).lower()
    at = lower.find(simplified(who).lower())
    while at >= 0 and customer is not None and customer[0] <= at < customer[1]:
        at = lower.find(simplified(who).lower(), at + 1)
    return text[:at] + person + text[at + len(who) :] if at >= 0 else None


def _person_in(ctx: Ctx, text: str) -> str | None:
    """The one person a message names: a contact it adds or changes, else the person met or called."""
    people = [n.who for n in read_news(text, people_known_to(ctx)) if n.who]
    if not people:
        found = [m.group("name") for m in lx.PERSON_AFTER.finditer(text)]
        people = [n for n in found if n.split()[0].lower() not in lx.STOPWORDS]
    if not people:  # "见了孙总", "浦江医疗的钱主任": the people the reader finds
        people = [name for name, _start, _end in read_message(ctx, text).persons]
    return people[0] if len(set(people)) == 1 else None


def just_stored(ctx: Ctx) -> tuple[PendingChoice, ChangeSet] | None:
    """The user's last free-text message and its change set, when that is their last change and recent."""
    said = ctx.store.pending.latest(SAID)
    last = changes.last_change(ctx)
    if said is not None and last is not None:  # (a reminder ticked off by its button since: still that one)
        last = changes.behind_its_follow_up(ctx, last, said.data.get("change_set"))
    recent = said is not None and ctx.now - datetime.fromisoformat(said.data["at"]) <= WINDOW
    if said is None or last is None or last.id != said.data.get("change_set") or not recent:
        return None
    return said, last


def said_unchanged(ctx: Ctx) -> PendingChoice | None:
    """The user's last message, when it changed nothing and is recent (see `remember`)."""
    said = ctx.store.pending.latest(SAID)
    if said is None or said.data.get("change_set") is not None:
        return None
    return said if ctx.now - datetime.fromisoformat(said.data["at"]) <= WINDOW else None


def _undone_while_asked_whose(ctx: Ctx, last: ChangeSet, said: PendingChoice) -> str:
    """The message as corrected asks which customer it is about ("no wait, it was zenith telecom"): what it
    corrects stays undone while the question waits (known to be wrong), and is said so; a Cancel on the
    question the answer leads to ("Create it?") puts it back (`RESTORES`, taken up by `named_after`)."""
    asked = ctx.store.pending.latest(NAMELESS)
    if asked is not None:
        asked.data = {**asked.data, RESTORES: last.id}
    said.resolved_at = None  # to be corrected again then
    return ctx._("Undone: {summary}", summary=last.summary or said.data["text"])


def correct(
    ctx: Ctx,
    fix: Correction,
    understand: Callable[[Ctx, str], list[Reply]],
    customer_span: CustomerSpan,
    stored: tuple[PendingChoice, ChangeSet] | None = None,
) -> list[Reply]:
    """Undo the last stored message (or the one `stored`) and store it again as corrected."""
    stored = stored or just_stored(ctx)
    unchanged = said_unchanged(ctx) if stored is None else None
    if stored is None and unchanged is not None:  # it changed nothing: read again as it should have been
        text = corrected(ctx, unchanged.data["text"], fix, customer_span)
        if text is None or text == unchanged.data["text"]:
            raise UserError(ctx._("I have no recent change of yours to correct. What should I store?"))
        unchanged.resolved_at = ctx.now
        note = ctx._("Corrected: “{old}” → “{new}”", old=unchanged.data["text"], new=text)
        return [Reply(note), *understand(ctx, text)]
    if stored is None:
        raise UserError(ctx._("I have no recent change of yours to correct. What should I store?"))
    said, last = stored
    ctx.picks.update(said.data.get("days", {}))  # "make that 4pm" after "next week 3pm", Wednesday pressed
    ctx.picks.update(said.data.get("customers", {}))  # "大概25万" after "新客户 蓝鲸科技，…", created
    text = corrected(ctx, said.data["text"], fix, customer_span)
    if text is None or text == said.data["text"]:
        raise UserError(
            ctx._(
                "What should I change in “{text}”? "
                "Send it again as it should be and press Undo on the old one.",
                text=said.data["text"],
            )
        )
    changes.undo_its_follow_up(ctx, last)  # a reminder its button ticked off right after it: back first
    changes.undo_change(ctx, last.id)
    said.resolved_at = ctx.now
    note = ctx._("Corrected: “{old}” → “{new}”", old=said.data["text"], new=text)
    try:
        with ctx.store.savepoint():
            replies = understand(ctx, text)
    except NeedChoice as question:  # a card or a question about the message as corrected: what was stored
        ctx.store.audit.reset()  # is known to be wrong, so it stays undone while the question waits; its
        ctx.picks[RESTORES] = last.id  # Cancel drops the correction and puts it back (questions.answer),
        said.resolved_at = None  # to be corrected again then
        undone = ctx._("Undone: {summary}", summary=last.summary or said.data["text"])
        question.question = f"{undone}\n{note}\n{question.question}"
        return [ask_about(ctx, question, text)]
    if ctx.store.audit.change_set is None and any(is_asked_whose(ctx, reply) for reply in replies):
        return [Reply(f"{_undone_while_asked_whose(ctx, last, said)}\n{note}"), *replies]
    if replies and replies[0].buttons and replies[0].buttons[-1].payload.startswith("undo:"):
        return [Reply(f"{note}\n{replies[0].text}", replies[0].buttons), *replies[1:]]
    return [Reply(note), *replies]
