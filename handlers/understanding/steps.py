"""A clause's dates, interaction and next step (a reminder), read together.

Whether a clause plans something depends on its dates' roles and on whether its interaction already
happened, so the three are read in one pass per clause, then the steps of the message are joined.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.parsing.dates import (
    DEFAULT_TIME,
    Offset,
    When,
    find_event_offset,
    find_offset,
    find_when,
    later_today,
    next_weekday_choices,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.date_roles import (
    TOLD,
    anchored_date,
    date_role,
    inside_theirs,
    is_noun_report,
    my_absence,
    nearer_weekday,
    same_day,
    starts_a_task,
    step_markers,
    without_spans,
)
from handlers.understanding.kinds import KIND_PATTERNS, kind_in, typo_kinds
from handlers.understanding.reading import CJK, Clause, Reading, Span, Step, moved, time_of_day_only


def read_clause(reading: Reading, clause: Clause, now: datetime, tz: ZoneInfo) -> None:
    """Dates in this clause and what they mean; a step when the clause plans something."""
    text = clause.text
    remaining = text
    whens: list[When] = []
    told = (
        bool(lx.PAST_MARKERS.search(text))
        and any(p.search(text) for p in KIND_PATTERNS.values())
        and not step_markers(text)
    )  # "visited them on fri": last Friday
    noun_report = not told and (
        is_noun_report(text) or _heads_a_report(reading, clause)
    )  # "mtg with jane friday, intro to our platform", "Tue - lunch w/ Bob at acme"
    ordered = not told and not lx.PAST_MARKERS.search(text) and _ORDER.search(text) is not None
    moved_from = _old_date(reading, clause.text, now, tz)  # "moved from wed to fri 2pm": Friday is the plan
    remaining = _blank(reading, clause, remaining, moved_from)
    # a calendar entry's end ("14:00-15:00") is part of the entry, not a date of its own
    ends = [m.span("end") for m in _ENTRY_END.finditer(remaining)]
    remaining = _blank(reading, clause, remaining, ends)
    moved_from += [(a - 1, b) for a, b in ends if a and text[a - 1] in "-–—~至到"]  # not in the step's words
    event_offset = find_event_offset(remaining)  # "the morning after": no morning of today
    if event_offset is not None:
        remaining = _blank(reading, clause, remaining, [event_offset.span])
    while True:
        when = find_when(remaining, now=now, tz=tz, past=told or noun_report)
        if when is None or not when.spans:
            break
        if _names_a_topic(remaining, when, reading.text[clause.start :]):  # "聊了 Q1 的 plan", "问年底活动"
            remaining = (
                remaining[: when.spans[0][0]]
                + " " * (when.spans[0][1] - when.spans[0][0])
                + remaining[when.spans[0][1] :]
            )
            continue
        if noun_report or _cn_report(remaining, when):
            when = nearer_weekday(reading, remaining, when, now, tz, told_after=_told_after(reading, clause))
        elif ordered:
            when = later_today(when, remaining, now)  # "今天下午给美家发报价" at 16:45: later today
        when = _which_next_weekday(reading, remaining, when, now, reading.text[clause.end :])
        if told and _later_part_of_today(remaining, when, now, tz):
            when = When(now.astimezone(tz), True, when.spans)  # "今天上午先去了…" at 08:50: done by now
        whens.append(same_day(reading, text, when, now))
        remaining = _blank(reading, clause, remaining, when.spans)
        span_end = _end_of_days(remaining, when, now, tz)  # "between the 7th and the 9th": from the 7th
        if span_end is not None:
            moved_from.append(span_end)
            remaining = _blank(reading, clause, remaining, [span_end])
        if len(whens) >= 3:
            break
    anchored = anchored_date(reading, clause, remaining, whens, event_offset)
    if anchored is not None:
        clocks = [w for w in whens if time_of_day_only(text, w)]  # "remind me to call her that day, 10ish"
        if clocks and not anchored[1].has_time:
            at = datetime.combine(anchored[1].at.date(), clocks[0].at.timetz())
            anchored = (anchored[0], When(at, True, anchored[1].spans))
            whens.remove(clocks[0])
        whens.append(anchored[1])
        remaining = _blank(reading, clause, remaining, anchored[1].spans)
    elif not whens and _undated_event(reading, clause, remaining, event_offset):
        moved_from.append(reading.unanchored[-1][1].span)  # not in the step's words
    reading.dates.extend((clause.start + w.spans[0][0], w) for w in whens if w.spans)
    for marker in lx.STEP_MARKERS.finditer(text):  # "send jane the deck": the name inside stays free
        words = list(re.finditer(r"\S+", marker.group(0)))
        for part in (words[0], words[-1]) if len(words) > 2 else (marker,):
            start = marker.start() + (part.start() if part is not marker else 0)
            reading.masked.append((clause.start + start, clause.start + start + len(part.group(0))))
    kind_match = None
    for pattern in KIND_PATTERNS.values():
        kind_match = pattern.search(text)
        if kind_match:
            break
    if kind_match is None:
        typo = typo_kinds(reading, clause)
        if typo:
            kind_match = re.compile(re.escape(reading.text[typo[0][4][0] : typo[0][4][1]])).search(text)
    explicit_step = bool(step_markers(text))
    no_task = not explicit_step and bool(lx.STEP_MARKERS.search(text))  # "nothing to do until then"
    past = bool(lx.PAST_MARKERS.search(text))
    said = TOLD.search(text)
    if said and kind_match and kind_match.start() >= said.end():
        # "刘洋发微信说下个月要来参观": the message is how they said it; the visit is what they said
        before = [m for p in KIND_PATTERNS.values() for m in [p.search(text, 0, said.start())] if m]
        kind_match = min(before, key=lambda m: m.start()) if before else kind_match
    after_said = text[said.end() :] if said else ""
    if kind_match and said and kind_match.start() >= said.end() and not lx.PAST_MARKERS.search(after_said):
        past = False  # "王经理说下个月来工厂参观": the visit is what they said, still to come
    remind = lx.REMIND.search(text) or starts_a_task(text)
    if kind_match and remind and remind.end() <= kind_match.start():
        past = False  # "remind me thu to ask Grace how her meeting went", "提醒我给冯刚打电话": the task;
        # "chase Rangi once the board has met": the meeting is when the task is due, not what we did
    ahead = [w for w in whens if w.at.date() > now.astimezone(tz).date() or (w.has_time and w.at > now)]
    if kind_match and past and ahead and _ARRANGED.search(text[: kind_match.start()]):
        past = False  # "约了周五上午见面", "booked a demo for thursday": arranged now, it happens then
    step_due: When | None = None
    theirs = False
    for when in whens:
        # "打电话说下周要来工厂参观": what they said after the call is still ours to plan (role "step")
        told_after = bool(said and kind_match and kind_match.end() <= said.start() <= when.spans[0][0])
        role = date_role(reading, clause, when, now)
        if role == "past":
            if reading.occurred is None:
                reading.occurred = when
        elif role == "close":
            if reading.close is None:
                reading.close = when.at.date()
        elif role == "close again":
            reading.close = when.at.date()
        elif role in ("theirs", "not before") or (no_task and role == "step"):
            reading.theirs.append(when)
            theirs = True
            if my_absence(text) and (reading.away_until is None or when.at > reading.away_until.at):
                reading.away_until = when
            if role == "not before":
                reading.not_before = when.at.date()
        elif kind_match is not None and past and not explicit_step and not told_after:
            if _a_period(text, when):  # "emailed over the lane list for Q1": what it is about, in the note
                reading.theirs.append(when)
            continue  # "visited them, meeting was moved to Friday": no plan of ours
        elif step_due is None:
            step_due = when
    reported = kind_match is not None and past  # "sent follow-up email", "约了见面": already done
    is_step = step_due is not None or (
        explicit_step and not reported and not _only_deal_words(reading, clause)
    )
    if is_step:
        if reported and step_due is not None:
            # "黄经理电话说下个月再谈": the call happened; the plan starts at its date.
            kind_in(reading, clause)
            offset = min(step_due.spans[0][0], text.find(kind_match.group(0)) + len(kind_match.group(0)))
            if said and offset <= said.start() < step_due.spans[0][0]:
                offset = said.end()  # "…打电话说下周要来工厂参观": the plan is what was said
            text = " " * offset + text[offset:]
        ours = [span for when in whens if when not in reading.theirs for span in when.spans] + moved_from
        words = without_spans(text, ours)
        words = lx.REMIND_PREFIX.sub("", words)
        words = _clean_step(words)
        if anchored is not None and step_due is anchored[1] and _earlier_step(reading, *anchored, words):
            return  # "把合同发过去 提前一天提醒我": the same task, reminded a day before
        step = Step(
            words,
            step_due.at if step_due else None,
            step_due.has_time if step_due else False,
            clause.start,
            clause.end,
            explicit_step,
        )
        if anchored is not None and step_due is anchored[1] and explicit_step:
            step = _reminded_before_or_after(reading, anchored[0], step)
        reading.steps.append(step)
        return
    if kind_match is not None and not (theirs and inside_theirs(text, kind_match)):
        kind_in(reading, clause)  # "他们明天要开会讨论": their meeting, not an interaction of ours


# An interaction arranged for a date: the arranging is done, the interaction is still to come.
_ARRANGED = re.compile(
    r"(?:(?<![签合节大契制])(?:约了|约好了?|约在|约定了?)|安排了|定好了?|预约了)[^，,。；;]{0,12}$"
    r"|\b(?:scheduled|booked|set up|arranged|lined up|planned|put in)\b[^,.;]{0,30}$",
    re.IGNORECASE,
)


# A clause that tells the rep what to do: "this afternoon send the quote", "今天下午给美家发报价".
_ORDER = re.compile(
    r"\b(?:remind|call|email|e-mail|text|ping|visit|meet|send|see|chase|follow up|f/u|ring|phone|"
    r"reply|book|schedule|check in|touch base|nudge)\b"
    r"|提醒|给[^，,。]{0,12}?(?:打|发|回|寄)|跟进|回访|联系|去拜访|约",
    re.IGNORECASE,
)


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


def _cn_report(text: str, when: When) -> bool:
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


def _later_part_of_today(text: str, when: When, now: datetime, tz: ZoneInfo) -> bool:
    """Whether the date is a part of today not begun by the clock ("今天上午" at 08:50) said with no hour:
    told as done, it is done by now (an hour still to come, "at 11:30", stays a contradiction)."""
    today = now.astimezone(tz).date()
    if not when.has_time or when.at <= now or when.at.date() != today:
        return False
    return not re.search(r"\d|点|[:：]", " ".join(text[a:b] for a, b in when.spans))


def _told_after(reading: Reading, clause: Clause) -> bool:
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


def _a_period(text: str, when: When) -> bool:
    """Whether the date is said as a period ("Q1", "next year", "年底"), not a day."""
    words = " ".join(text[a:b] for a, b in when.spans).strip()
    return bool(_PERIOD.fullmatch(re.sub(r"^(?:the|for|in|by)\s+", "", words, flags=re.I)))


def _names_a_topic(text: str, when: When, onwards: str) -> bool:
    """`onwards`: the message from the clause's start on (the topic noun may be past a clause break)."""
    start, end = when.spans[0]
    return len(when.spans) == 1 and bool(
        _PERIOD.fullmatch(re.sub(r"^the\s+", "", text[start:end].strip(), flags=re.I))
        and _TOPIC_AFTER.match(onwards, end)
    )


# A date something moved away from, then the one it moved to: "moved from wed to fri 2pm", "原定周五…改到…".
_MOVED_FROM = re.compile(
    r"\bfrom\b(?P<old>.{1,40}?)\b(?:to|till|until)\b"
    r"|(?:原定|原来|本来|原先|原计划)(?P<cn>.{1,20}?)(?:改到|改成|改为|推迟到|推到|挪到|换到|调到|延到|提前到)",
    re.IGNORECASE,
)


_WEEKDAY_ONLY = re.compile(r"\s*(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?\s*", re.I)


def _heads_a_report(reading: Reading, clause: Clause) -> bool:
    """A bare weekday in a clause of its own, heading a report of an interaction said by its noun: "Tue -
    lunch w/ Bob at acme, they liked it" tells of that day like "lunch w/ Bob tuesday" does."""
    if not _WEEKDAY_ONLY.fullmatch(clause.text):
        return False
    later = [c for c in reading.clauses if c.start >= clause.end and c.text.strip()]
    return bool(later) and is_noun_report(later[0].text)


def _old_date(reading: Reading, text: str, now: datetime, tz: ZoneInfo) -> list[Span]:
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


def _which_next_weekday(reading: Reading, text: str, when: When, now: datetime, following: str = "") -> When:
    """ "next wed" said on a Monday may be in two days or in nine: the day the user picked, or the date said
    right after it ("next fri, the 8th"), else the coming one, noted in `reading.day_choices` so that the
    user is asked before anything is stored."""
    for start, end in when.spans:
        words = text[start:end].strip()
        choices = next_weekday_choices(words, now.astimezone(when.at.tzinfo).date())
        if not choices:
            continue
        said = find_when(following, now=now, tz=when.at.tzinfo) if following else None  # type: ignore[arg-type]
        right_after = said is not None and said.spans and not following[: said.spans[0][0]].strip(" ,，(（")
        if said is not None and right_after and said.at.date() in choices:
            return When(when.at + (said.at.date() - when.at.date()), when.has_time, when.spans)
        picked = reading.picked_days.get(words.lower())
        if picked in choices:
            return When(when.at + (picked - when.at.date()), when.has_time, when.spans)
        reading.day_choices.append((words, choices))
    return when


def _blank(reading: Reading, clause: Clause, text: str, spans: Iterable[Span]) -> str:
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


def _end_of_days(text: str, when: When, now: datetime, tz: ZoneInfo) -> Span | None:
    """The end of a span of days said right after its start ("between the 7th and the 9th", "12月7号到9号",
    "tue-thu"): where it is, so that it is read as part of the span, not as a date of its own."""
    joiner = _UNTIL_DAY.match(text, when.spans[-1][1])
    if joiner is None or when.has_time:
        return None
    end = find_when(text[joiner.end() :], now=now, tz=tz)
    if end is None or not end.spans or end.spans[0][0] != 0 or end.has_time or end.at <= when.at:
        return None
    return when.spans[-1][1], joiner.end() + end.spans[-1][1]


def _undated_event(reading: Reading, clause: Clause, remaining: str, offset: Offset | None) -> bool:
    """ "ping me the day before the red river mtg", "开会前一天提醒我": a date relative to an event of which
    the message gives no date; noted with the event's word (the plan dates it by the user's reminders)."""
    offset = offset or find_offset(remaining)
    if offset is None or not (offset.delta or offset.clock or offset.week):
        return False
    start, end = offset.span
    after = _EVENT_AFTER.match(remaining, end) if remaining[end : end + 1].isspace() else None
    before = _EVENT_BEFORE.search(remaining[:start])
    if after is None and before is None:
        return False
    event = lx.EVENT.search(after.group(0) if after is not None else before.group(0))  # type: ignore[union-attr]
    reading.unanchored.append((clause.start, offset, event.group(0).lower() if event else ""))
    reading.masked.append((clause.start + start, clause.start + end))
    return True


def _reminded_before_or_after(reading: Reading, event: When, step: Step) -> Step:
    """ "Helios site survey is on Thursday; remind me the day before to confirm the van", "brazos board votes
    the 21st. remind me … the morning after": the event said earlier is the point of reference of the
    reminder asked for, not a reminder of its own; the reminder keeps the event's words."""
    reading.deadlines.append(event)
    events = [s for s in reading.steps if not s.explicit and s.due == event.at and s.end <= step.start]
    reading.steps = [s for s in reading.steps if s not in events]
    said_at = [at for at, w in reading.dates if w is event and 0 <= at < step.start]
    if not said_at:
        return step
    clause = reading.clause_of(said_at[0])
    start = min([clause.start, *(s.start for s in events)])
    said = reading.text[start : clause.end].strip(" ,，。;；-–—")
    return replace(step, text=f"{step.text} ({said})" if step.text else said, start=start)


def _earlier_step(reading: Reading, anchor: When, shifted: When, words: str) -> bool:
    """A bare "remind me a day before" moves the reminder of the task it is relative to."""
    if lx.REMIND.sub("", words).strip(" ,，。;；:："):
        return False
    for index, step in enumerate(reading.steps):
        if step.due is not None and step.due == anchor.at:
            reading.steps[index] = replace(step, due=shifted.at, has_time=shifted.has_time, explicit=True)
            return True
    return False


def planned_not_done(reading: Reading) -> None:
    """ "周三上午十点半 彭经理来公司", "call 小米 李娜 tmrw 3pm": a future interaction is the plan (the
    reminder), not something that happened: no activity unless a word says it already did."""
    if not reading.kind_span or reading.occurred is not None or lx.PAST_MARKERS.search(reading.text):
        return
    at = reading.kind_span[0]
    for step in reading.steps:  # the interaction is inside the plan, or the plan is its date alone
        words = step.text
        for name, _start, _end in reading.persons:
            words = words.replace(name, " ")
        # "call 小米 李娜 tmrw 3pm": the plan is a name and the date, right after the interaction
        follows = reading.clause_of(at).end <= step.start and not any(
            at < c.start and c.end <= step.start for c in reading.clauses if c.text.strip()
        )
        # "acme friday - 10:30 - demo": the plan is who and when, the interaction right after it says what;
        # a calendar line ("12月2日 15:00-16:00 海晶啤酒 曹阳 视频会") is one entry, whatever it names
        calendar = _TIME_RANGE.search(reading.text) is not None and len(reading.steps) == 1
        precedes = step.end <= at and (
            calendar or (_said_right_after(reading, step, at) and _a_label(words.strip(" ,;:-")))
        )
        alone = not step.explicit and (
            not words.strip(" ,;:-") or (follows and _a_name(words.strip(" ,;:-"))) or precedes
        )
        if step.due is not None and (step.start <= at < step.end or alone):
            clause = reading.clause_of(at)
            if precedes:
                words = _clean_step(" ".join(f"{step.text} {clause.text}".split()))
                reading.steps[reading.steps.index(step)] = replace(step, text=words, end=clause.end)
            elif alone and (follows or not step.text):  # the reminder says what to do: "call 小米 李娜"
                words = _clean_step(f"{clause.text} {step.text}")
                reading.steps[reading.steps.index(step)] = replace(step, text=words, start=clause.start)
            reading.kind = reading.kind_span = None
            return


# A clock-time range, as a calendar shows an entry: "15:00-16:00", "2:00pm – 3:00pm", "10-11am".
_TIME_RANGE = re.compile(
    r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—~至到]\s*\d{1,2}(?::\d\d)\s*(?:[ap]\.?m\.?)?"
    r"|\d{1,2}(?::\d\d)?\s*[-–—~]\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.IGNORECASE,
)


_ENTRY_END = re.compile(
    r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*[-–—~至到]\s*(?P<end>\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)", re.IGNORECASE
)


_THEN = re.compile(r"[,，;]?\s*(?:(?:and )?then\s+|然后|接着|之后再)", re.IGNORECASE)
_THEN_FIRST = re.compile(r"\s*(?:然后|接着|之后再|(?:and )?then\b)", re.IGNORECASE)


def then_planned(reading: Reading) -> None:
    """ "tmrw 9am standup then visit acme w jane": an interaction said with "then" right after a plan for
    a day still to come, and not said to have happened, is the next part of that plan, not a log of
    today: it joins the plan's reminder."""
    if not reading.kind_span or lx.PAST_MARKERS.search(reading.text):
        return
    clause = reading.clause_of(reading.kind_span[0])
    for index, step in enumerate(reading.steps):
        joiner = reading.text[step.end : clause.start]
        then = _THEN.fullmatch(joiner) or (not joiner.strip(" ,，") and _THEN_FIRST.match(clause.text))
        if step.due is None or not step.end <= clause.start or not then:
            continue
        if any(s is not step and s.start >= step.end and s.start < clause.end for s in reading.steps):
            continue
        words = _clean_step(f"{step.text} {joiner.strip(' ,，')} {clause.text}")
        reading.steps[index] = replace(step, text=words, end=clause.end)
        reading.kind = reading.kind_span = None
        return


def _said_right_after(reading: Reading, step: Step, at: int) -> bool:
    """Whether the interaction at `at` is in the clause right after the step's, a clause with no date of
    its own."""
    clause = reading.clause_of(at)
    between = [c for c in reading.clauses if step.end <= c.start and c.end <= clause.start and c.text.strip()]
    dated = any(clause.start <= start < clause.end for start, _ in reading.dates)
    return step.end <= clause.start and not between and not dated


def _a_label(words: str) -> bool:
    """A few words that only say who or where (a customer, a person), no verb of what to do."""
    tokens = re.findall(r"[A-Za-z][\w'’&.-]*|[\u4e00-\u9fff]+", words)
    plain = not any(p.search(words) for p in KIND_PATTERNS.values()) and not lx.STEP_MARKERS.search(words)
    return 1 <= len(tokens) <= 3 and plain


_AFTER_THAT = re.compile(
    r"\b(?:after|afterwards|after that|after then)\s*$|(?:之后|以后|过后)\s*$|^\s*(?:之后|以后|过后)", re.I
)


# Said of the day the user is back: "nudge me to chase Hofstede when I'm back", "回来第一天上午提醒我…".
_BACK = re.compile(
    r"\b(?:when|once|after|as soon as)\s+(?:i['’]m|i am|i get|i come|i['’]ve come|we['’]re)\s+back\b"
    r"|回来(?:第一天|后|以后|之后|那天|上班)?|回公司(?:后|以后|那天)?|上班第一天",
    re.IGNORECASE,
)


def back_from_away(reading: Reading) -> None:
    """ "I'm out till Wed. nudge me to chase Hofstede when I'm back", "我国庆休到7号，回来第一天上午提醒我…":
    the reminder is for the working day after the last day away (at the time of day said, if any)."""
    if reading.away_until is None:
        return
    day = reading.away_until.at.date() + timedelta(days=1)
    day += timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else timedelta()
    for index, step in enumerate(reading.steps):
        if not _BACK.search(reading.text[step.start : step.end]):
            continue
        timed = step.due is not None and step.has_time
        clock = step.due.timetz() if timed and step.due is not None else DEFAULT_TIME
        due = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=reading.away_until.at.tzinfo)
        words = _clean_step(_BACK.sub(" ", step.text))
        reading.steps[index] = replace(step, text=words or step.text, due=due, has_time=timed)


# What they said they will do: answer ("说国庆后给答复", "said she'd get back to us by friday").
_THEIR_ANSWER = re.compile(
    r"答复|回复|回话|给消息|给信|反馈|回音"
    r"|\b(?:get back|reply|respond|confirm|let (?:us|me) know|revert|decide)\b",
    re.IGNORECASE,
)


def theirs_kept_with_reminder(reading: Reading) -> None:
    """ "Kevin's in Bangkok till 6 Oct - follow up with him on the 7th", "I'm out till Wed. nudge me … when
    I'm back": in a message that only sets one reminder, the clauses right before it that tell another
    party's plan (or the user's absence) are why it is on that day: the reminder keeps their words."""
    dated = [s for s in reading.steps if s.due is not None]
    if reading.kind or reading.about_deal or len(dated) != 1 or len(reading.steps) != 1:
        return
    step = dated[0]
    start = step.start
    for clause in reversed([c for c in reading.clauses if c.end <= step.start]):
        theirs = [w for at, w in reading.dates if clause.start <= at < clause.end and w in reading.theirs]
        if not theirs or reading.text[clause.end : start].strip(" ,，.。;；:-–—"):
            break
        start = clause.start
    if start < step.start:
        said = reading.text[start : step.start].strip(" ,，.。;；:-–—")
        reading.steps[reading.steps.index(step)] = replace(step, text=f"{step.text} ({said})", start=start)


def their_answer_yields(reading: Reading) -> None:
    """ "海纳宋佳怡说国庆后给答复，要是10月12号还没消息就提醒我": when they said they would answer is
    what they said (kept in the note); the reminder is the one the user asked for, on its own day."""
    asked = [
        s
        for s in reading.steps
        if s.explicit and s.due is not None and lx.REMIND.search(reading.text[s.start : s.end])
    ]
    if not asked:
        return
    said = [
        s
        for s in reading.steps
        if not s.explicit and s.due is not None and TOLD.search(reading.text[s.start : s.end])
        and _THEIR_ANSWER.search(s.text)
    ]  # fmt: skip
    reading.theirs += [w for at, w in reading.dates for s in said if at >= 0 and w.at == s.due]
    reading.steps = [s for s in reading.steps if s not in said]


def after_that(reading: Reading) -> None:
    """ "jane on vacation till dec 14, follow up after": a step that ends in a bare "after" is due the
    working day after the date said before it."""
    for index, step in enumerate(reading.steps):
        if step.due is not None or not _AFTER_THAT.search(step.text):
            continue
        before = [w for at, w in reading.dates if 0 <= at < step.start]
        if not before:
            continue
        day = before[-1].at.date() + timedelta(days=1)
        day += timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else timedelta()
        due = before[-1].at.replace(year=day.year, month=day.month, day=day.day)
        words = _clean_step(_AFTER_THAT.sub("", step.text))
        reading.steps[index] = replace(step, text=words or step.text, due=due, has_time=False)


# Said after a request: it is dealt with already ("已回复", "sent it over", "done").
_DEALT_WITH = re.compile(
    r"^\s*(?:已经?(?:回复|回了|发了|发过去了?|处理|解决|搞定|安排)|回复了|发过去了|处理好了|搞定了)"
    r"|^\s*(?:already\s+)?(?:done|replied|answered|sent (?:it|them|that)(?: over)?|handled|taken care of|"
    r"sorted)\b",
    re.IGNORECASE,
)


def answered(reading: Reading) -> None:
    """ "发邮件来要我们的资质文件，已回复": a request said to be dealt with right after it is no task left
    to remind of (one with a date stays: it is a plan)."""
    done = [c.start for c in reading.clauses if _DEALT_WITH.match(c.text)]
    dropped = [s for s in reading.steps if s.due is None and any(at >= s.end for at in done)]
    reading.steps = [s for s in reading.steps if s not in dropped]
    for step in dropped:  # the request came by a call or an e-mail: that is what is logged
        kind_in(reading, reading.clause_of(step.start))


def plan_goes_on(reading: Reading) -> None:
    """ "云帆 孙丽 明天上午十点 视频会议 演示数据平台": in a message that only plans, the clauses after the
    last step that have no date, report nothing and hold no amount say more about that plan: its reminder
    keeps them ("视频会议 演示数据平台", not only "视频会议"). A clause with a number is news of its own."""
    if reading.kind or not reading.steps or reading.steps[-1].due is None or reading.amounts:
        return
    step = reading.steps[-1]
    end = max(step.start, step.end)
    after = [c for c in reading.clauses if c.start >= end and c.text.strip() not in ("", *step.text.split())]
    dated = {at for at, _ in reading.dates}
    if not after or any(
        any(c.start <= at < c.end for at in dated)
        or lx.PAST_MARKERS.search(c.text)
        or TOLD.search(c.text)
        or re.search(r"\d", c.text)  # "…, pushing for 10% off": a fact of its own, kept in a note
        for c in after
    ):
        return
    words = _clean_step(" ".join([step.text, *(c.text.strip() for c in after)]))
    reading.steps[-1] = replace(step, text=words, end=after[-1].end)


def _a_name(words: str) -> bool:
    """One word that can only be somebody's name: "Jane", "李娜"."""
    if CJK.match(words):
        return bool(re.fullmatch(rf"[{lx.CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}", words))
    return bool(re.fullmatch(r"[A-Z][a-z]+", words)) and words.lower() not in lx.STOPWORDS


def _same_day_steps(steps: list[Step]) -> list[Step]:
    """ "bill wants pricing by wed. send it wed 9am": one follow-up that day, at the time given."""
    timed_days = {s.due.date() for s in steps if s.due is not None and s.has_time}
    return [s for s in steps if s.due is None or s.has_time or s.due.date() not in timed_days]


# A condition that dates the reminder after it: "if Mia hasn't replied by wednesday, remind me to chase",
# "周三还没回复的话，提醒我催一下".
_CONDITION_FIRST = re.compile(
    r"^\s*(?:if|unless|in case)\b|(?:如果|要是|假如|万一).*|.*的话\s*$", re.IGNORECASE
)


def join_steps(reading: Reading) -> None:
    """ "remind me: prepare the deck, Wednesday 9am": the date in its own clause belongs to the step."""
    joined: list[Step] = []
    for step in reading.steps:
        if _ONLY_FILLER.fullmatch(step.text):
            step = replace(step, text="")  # "chase Rangi once the board has met, say 8 Feb": the date alone
        previous = joined[-1] if joined else None
        if previous and previous.due is None and step.due is not None and not step.text:
            joined[-1] = Step(previous.text, step.due, step.has_time, previous.start, step.end, True)
        elif (
            previous
            and previous.due is not None
            and step.due is None
            and step.explicit
            and not previous.explicit
            and _CONDITION_FIRST.match(previous.text)
        ):
            words = f"{step.text} ({previous.text})" if step.text else previous.text
            joined[-1] = Step(words, previous.due, previous.has_time, previous.start, step.end, True)
        elif previous and previous.due is not None and step.due is None and not step.explicit:
            continue
        elif (
            previous
            and previous.due is not None
            and step.due is not None
            and not (step.text or step.explicit)
        ):
            # "she wants to talk again after the holidays, jan 5": the bare date says exactly when; "remind me
            # to call her that day, 10ish": a time of day alone is on the step's day
            due = step.due
            if _time_alone(reading, step):
                due = datetime.combine(previous.due.date(), step.due.timetz())
            elif _DAY_OF_MONTH.fullmatch(reading.text[step.start : step.end].strip(" ,，.")):
                # "first week of March, say the 6th": that day of the month just said
                with contextlib.suppress(ValueError):  # (no such day in that month: the date as read)
                    due = due.replace(year=previous.due.year, month=previous.due.month)
                reading.dates = [
                    (at, When(due, w.has_time, w.spans) if step.start <= at < step.end else w)
                    for at, w in reading.dates
                ]
            joined[-1] = replace(previous, due=due, has_time=step.has_time, end=step.end)
        else:
            joined.append(step)
    reading.steps = _same_day_steps(joined)


_ONLY_FILLER = re.compile(
    r"\s*(?:say|like|maybe|probably|prob|around|about|roughly|or so|i guess|i think)\s*", re.IGNORECASE
)
_DAY_OF_MONTH = re.compile(
    r"(?:say|like|maybe|probably|around|about|roughly)?\s*(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)",
    re.IGNORECASE,
)


def _time_alone(reading: Reading, step: Step) -> bool:
    """Whether the step's date was said as a time of day alone ("10ish", "下午三点")."""
    said = [moved(w, at) for at, w in reading.dates if step.start <= at < max(step.end, step.start + 1)]
    return bool(said) and step.has_time and all(time_of_day_only(reading.text, w) for w in said)


def _only_deal_words(reading: Reading, clause: Clause) -> bool:
    """ "need to close by Friday" is about the deal's close, not a reminder."""
    return any(clause.start <= a.start < clause.end for a in reading.amounts) and not re.search(
        r"follow|跟进|remind|提醒|call|send|发", clause.text, re.I
    )


def _clean_step(words: str) -> str:
    words = re.sub(r"^\s*(?:and|then|also|pls|please|&)\s+", "", words.strip(), flags=re.I)
    words = re.sub(r"^(?:说|表示)\s*", "", words)  # "赵总 说下周一给答复": what they will do
    words = re.sub(r"^(?:让我们|叫我们|要我们|要求我们|让我|叫我|要我|要求我|我们|咱们)\s*", "", words)
    words = re.sub(r"^(?:再|要|需要|然后)(?=[\u4e00-\u9fff]{2})", "", words)
    return words.strip(" ,;:-–—~。，；：!！")
