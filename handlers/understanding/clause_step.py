"""A clause's dates, interaction and next step (a reminder), read together.

Whether a clause plans something depends on its dates' roles and on whether its interaction already
happened, so the three are read in one pass per clause; the steps of the message are then joined
(`joined_steps`) and set right by what the message says around them (`planned_steps`, `step_days`,
`their_plans`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.parsing.clock_times import swahili_hour_unsure
from handlers.parsing.dates import (
    Offset,
    When,
    find_event_offset,
    find_offset,
    find_when,
    later_today,
    says_a_day_again,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.date_context import (
    a_period,
    cn_report,
    heads_a_report,
    later_part_of_today,
    names_a_topic,
    next_clause_tells,
    nothing_else_told,
    today_or_next_week,
    which_day,
)
from handlers.understanding.date_extents import ENTRY_END, blank, end_of_days, undated_event
from handlers.understanding.date_roles import (
    CLOSE_FIELD,
    REQUESTED,
    TOLD,
    anchored_date,
    close_when,
    date_role,
    inside_theirs,
    is_noun_report,
    my_absence,
    nearer_weekday,
    said_to_stay,
    same_day,
    starts_a_task,
    step_markers,
    their_promise,
    without_spans,
)
from handlers.understanding.joined_steps import after_a_remind_heading
from handlers.understanding.kinds import KIND_PATTERNS, kind_in, typo_kinds
from handlers.understanding.moved_dates import MORE_LIKE, MOVED_ON, missed_date, old_date, said_instead
from handlers.understanding.reading import CJK, Clause, Reading, Step, time_of_day_only
from handlers.understanding.step_days import week_without_day
from handlers.understanding.step_words import clean_step

_NO_OFFSET = Offset(timedelta(0), True, (0, 0))
# A day said only as after a holiday or a break, no day of it named ("after Family Day", "post CNY", "节后",
# "过完年"): a reminder's is the first working day then; a close date is asked.
_AFTER_A_BREAK = re.compile(
    r"\s*(?:after|post|following)\s+(?!the\s+\d)(?!\d)[a-z' ]+|[^\d]*(?:后|之后|以后|过后)|过完[^\d]+",
    re.IGNORECASE,
)

# The writer does not remember the day: "forget which day", "can't remember the date", "哪天忘了".
_DAY_FORGOTTEN = re.compile(
    r"\b(?:forget|forgot|forgotten|don['’]?t remember|dont remember|do not remember|can['’]?t remember|"
    r"cant remember|can['’]?t recall|cant recall|can['’]?t rmb|cant rmb|not sure)\s+(?:which|what|the)\s+"
    r"(?:day|date)\b"
    r"|(?:哪天|哪一天|几号|幾號|星期几|周几|礼拜几|日期|哪个?(?:周|礼拜|星期)[一二三四五六日天]?)"
    r"(?:我)?(?:忘了|忘记了|记不清了?|不记得了?|想不起来了?)"
    r"|(?:忘了|忘记了|记不清|不记得|想不起来)(?:是)?(?:哪天|哪一天|几号|星期几|周几|礼拜几|日期)",
    re.IGNORECASE,
)
# "The holidays", no holiday named: clear in the season (the days after it are near), a vague day months
# before it.
_THE_HOLIDAYS = re.compile(r"\b(?:the|these|this year['’]?s)\s+holidays\b|\bholiday season\b", re.IGNORECASE)
_SEASON_NEAR = 45  # days
# Some day to come, none said: "sometime soon", "at some point", "one of these days", "in the coming days".
_SOME_DAY_AHEAD = re.compile(
    r"\b(?:some ?time soon|soon-?ish|at some point|one of these days|one day soon|some day soon|"
    r"in the (?:coming|next few) (?:days|weeks)|before long)\b",
    re.IGNORECASE,
)
# The day of an event said again with a part of it: "that morning", "那天", "当天".
_THAT_PART = re.compile(r"\bthat (?:same )?(?:morning|afternoon|evening)\b|那天|那日|当天", re.IGNORECASE)


# A day counted from another ("the day before at 9", "前一天下午"): a clock time there is on that day.
_DAY_OF_ITS_OWN = re.compile(
    r"\b(?:the\s+)?(?:day|night|morning|evening)\s+(?:before|after|of)\b|前一天|前一日|前一晚|后一天|第二天|當天|当天",
    re.IGNORECASE,
)


# Words that put an outcome still to come: "will sign friday", "should close by fri", "预计周五签".
_OUTCOME_AHEAD = re.compile(
    r"\b(?:will|['’]ll|gonna|going to|should|expect(?:s|ed|ing)?|hope|hoping|plan(?:s|ned|ning)? to|by|"
    r"supposed to|due to|about to|might|may|could|to be)\b|会|将|要|预计|计划|准备|争取|应该|可能",
    re.IGNORECASE,
)


# A close said as a bound: "by end of year", "before the holidays", "年底前", "月底之前".
# ("latest friday": Nigerian and Singapore English for by friday)
_BY_THEN_BEFORE = re.compile(
    r"\b(?:by|before|no later than|not later than|latest)\s+(?:the\s+)?$", re.IGNORECASE
)
_BY_THEN_AFTER = re.compile(r"\s*(?:之前|以前|前|为止)")
_BY_THEN_SAID = re.compile(r"^(?:by|before)\b|(?:之前|以前|前|为止)$", re.IGNORECASE)  # the date's own words


def _outcome_told(text: str) -> bool:
    """An outcome told as done, with no word putting it ahead ("X signed w/ Y friday", "they went with
    motive on fri"): a day said beside it is the day it happened, not one to plan for."""
    said = lx.WON_WORDS.search(text) or lx.LOST_WORDS.search(text)
    return bool(said) and not step_markers(text) and not _OUTCOME_AHEAD.search(text)


def read_clause(reading: Reading, clause: Clause, now: datetime, tz: ZoneInfo) -> None:
    """Dates in this clause and what they mean; a step when the clause plans something."""
    text = clause.text
    remaining = text
    whens: list[When] = []
    told = (
        bool(lx.PAST_MARKERS.search(text))
        and any(p.search(text) for p in KIND_PATTERNS.values())
        and not step_markers(text)
    ) or _outcome_told(text)  # "visited them on fri", "nolan signed w/ samsara friday": last Friday
    noun_report = not told and (
        is_noun_report(text) or heads_a_report(reading, clause)
    )  # "mtg with jane friday, intro to our platform", "Tue - lunch w/ Bob at acme"
    ordered = not told and not lx.PAST_MARKERS.search(text) and _ORDER.search(text) is not None
    moved_from = old_date(reading, clause.text, now, tz)  # "moved from wed to fri 2pm": Friday is the plan
    if not moved_from:  # "won't make the 15th, push the close to end of august": the 15th is the old close
        moved_from = missed_date(reading, clause, now, tz)
    remaining = blank(reading, clause, remaining, moved_from)
    # a calendar entry's end ("14:00-15:00") is part of the entry, not a date of its own
    ends = [m.span("end") for m in ENTRY_END.finditer(remaining)]
    remaining = blank(reading, clause, remaining, ends)
    moved_from += [(a - 1, b) for a, b in ends if a and text[a - 1] in "-–—~至到"]  # not in the step's words
    event_offset = find_event_offset(remaining)  # "the morning after": no morning of today
    if event_offset is not None:
        remaining = blank(reading, clause, remaining, [event_offset.span])
    # a day said again ("那天", "假期后第一个工作日", "返工第一日") is read with the words before the clause
    context = reading.text[: clause.start] if says_a_day_again(remaining) else ""
    while True:
        when = find_when(remaining, now=now, tz=tz, past=told or noun_report, context=context)
        if when is None or not when.spans:
            break
        in_a_week = (when.at.date() - now.astimezone(tz).date()).days in (0, 7)  # (not "国庆回来那个周四")
        asked_to_remind = not told and in_a_week and lx.REMIND.search(text) is not None
        booked = bool(_ARRANGED.search(clause.text))  # "周一约了顾总吃饭" on a Monday
        # "禮拜一同九龍灣數碼開會" on a Monday: a meeting said with no word of it being over or arranged
        booked = booked or (not told and not lx.PAST_MARKERS.search(text) and _unmarked_meeting(text))
        if when.or_today and (when.doubt or (noun_report and not told) or asked_to_remind or booked):
            # "周三晚上七点" said on a Wednesday afternoon, "Wednesday call Farah re samples" on a Wednesday,
            # "remind me monday to send Hosur drawings" on a Monday (two blind worlds' writers ask it):
            # today's or next week's?
            when = today_or_next_week(reading, remaining, when, now)
        elif when.doubt:  # "tues 2pm her time": the time is asked about
            reading.doubts.append(when.doubt)
            if swahili_hour_unsure(when.doubt):  # "kesho saa nne": 10:00 or 22:00?
                reading.hours_in_doubt.append(when.doubt)
        elif when.hour_guessed and not when.gone and not told and when.at > now:
            reading.doubts.append(when.hour_guessed)  # "meeting with Iara at 3 tomorrow": 15:00 or 03:00?
            reading.hours_in_doubt.append(when.hour_guessed)
        if (
            when.gone
            and not told
            and event_offset is None
            and lx.REMIND.search(text)
            and not _DAY_OF_ITS_OWN.search(text)
        ):
            # "remind me at 4" said at 16:40: today's is gone ("the day before at 9" is a day of its own)
            reading.doubts.append(when.gone)
        if names_a_topic(remaining, when, reading.text[clause.start :]):  # "聊了 Q1 的 plan", "问年底活动"
            remaining = (
                remaining[: when.spans[0][0]]
                + " " * (when.spans[0][1] - when.spans[0][0])
                + remaining[when.spans[0][1] :]
            )
            continue
        if noun_report or cn_report(remaining, when):
            when = nearer_weekday(
                reading,
                remaining,
                when,
                now,
                tz,
                told_after=next_clause_tells(reading, clause),
                told_nothing=nothing_else_told(reading, clause),
            )
        elif ordered:
            when = later_today(when, remaining, now)  # "今天下午给美家发报价" at 16:45: later today
        when = which_day(reading, remaining, when, now, reading.text[clause.end :])
        if told and later_part_of_today(remaining, when, now, tz):
            when = When(now.astimezone(tz), True, when.spans)  # "今天上午先去了…" at 08:50: done by now
        whens.append(same_day(reading, text, when, now, told=told))
        remaining = blank(reading, clause, remaining, when.spans)
        span_end = end_of_days(remaining, when, now, tz)  # "between the 7th and the 9th": from the 7th
        if span_end is not None:
            moved_from.append(span_end)
            remaining = blank(reading, clause, remaining, [span_end])
        if len(whens) >= 3:
            break
    anchored = anchored_date(reading, clause, remaining, whens, event_offset)
    if anchored is not None:
        clocks = [w for w in whens if time_of_day_only(text, w)]  # "remind me to call her that day, 10ish"
        # a clock said beside an offset of days is the new day's, not the event's: "meeting Thu 2pm, remind
        # me the day before at 9" is 9:00 the day before (an offset of hours, "2 hours before", takes none)
        of_days = anchored[1].has_time and not (event_offset or find_offset(remaining) or _NO_OFFSET).hours
        if clocks and (not anchored[1].has_time or of_days):
            at = datetime.combine(anchored[1].at.date(), clocks[0].at.timetz())
            anchored = (anchored[0], When(at, True, anchored[1].spans))
            whens.remove(clocks[0])
        whens.append(anchored[1])
        remaining = blank(reading, clause, remaining, anchored[1].spans)
    elif not whens and undated_event(reading, clause, remaining, event_offset):
        moved_from.append(reading.unanchored[-1][1].span)  # not in the step's words
    elif event_offset is None and whens and all(time_of_day_only(text, w) or not w.day_said for w in whens):
        loose = find_offset(remaining)  # "remind me the day before at 9" of no dated event: before what?
        if loose is not None and loose.delta and not loose.hours:
            reading.doubts.append(text[slice(*loose.span)].strip())
        that = _THAT_PART.search(text)  # "remind me that morning at 8" of no dated event: which morning?
        if that and not any(at < clause.start for at, _ in reading.dates):
            reading.doubts.append(that.group(0))
    elif event_offset is not None and not event_offset.delta and event_offset.clock is not None:
        # "remind me that morning", "当天上午提醒我" with no day said for the event: which morning is asked
        reading.doubts.append(text[slice(*event_offset.span)].strip())
    if (
        len(whens) == 1
        and event_offset is None
        and (week := week_without_day(text, whens[0], reading.text)) is not None
        and week.lower() not in reading.picked_days  # (the day of it pressed)
    ):
        reading.doubts.append(week)  # "提醒我下礼拜…": which day of it is asked
    for when in whens:  # "after the holidays" said in September: which holidays, which day?
        words = " ".join(text[a:b] for a, b in when.spans)
        if _THE_HOLIDAYS.search(words) and (when.at.date() - now.astimezone(tz).date()).days > _SEASON_NEAR:
            reading.doubts.append(words.strip())
    forgotten = _DAY_FORGOTTEN.search(text)
    if forgotten is not None:  # "log a call with X last week, forget which day": which day is asked
        reading.doubts.append(forgotten.group(0))
    elif (
        not whens
        and not lx.PAST_MARKERS.search(text)
        and (vague := _SOME_DAY_AHEAD.search(text))
        and (any(p.search(text) for p in KIND_PATTERNS.values()) or lx.REMIND.search(text))
    ):  # "catch up with X sometime soon": still to come, on no day said (no meeting held today)
        reading.doubts.append(vague.group(0))
    reading.dates.extend((clause.start + w.spans[0][0], w) for w in whens if w.spans)
    for marker in lx.STEP_MARKERS.finditer(text):  # "send jane the deck": the name inside stays free
        pieces = list(re.finditer(r"\S+", marker.group(0)))
        for part in (pieces[0], pieces[-1]) if len(pieces) > 2 else (marker,):
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
    explicit_step = bool(step_markers(text)) and not their_promise(reading, clause)  # "X's going to ship it"
    # "remind me: Freising Hopfenhandel, call Obermaier about …": a clause after the heading is its task
    explicit_step = explicit_step or after_a_remind_heading(reading.text, clause.start)
    no_task = not explicit_step and bool(lx.STEP_MARKERS.search(text))  # "nothing to do until then"
    no_task = no_task or (not explicit_step and bool(_WAIT_AND_SEE.search(text)))  # "tomorrow we see"
    # an event already planned, said to stay: "下周一的meeting照旧", "monday's call still on as planned"
    no_task = no_task or (not explicit_step and bool(lx.NO_CHANGE.search(text)))
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
    arranged = (
        _ARRANGED.search(text[: kind_match.start()]) or _ARRANGED_AFTER.match(text, kind_match.end())
        if kind_match
        else None
    )
    if kind_match and past and ahead and arranged:
        past = False  # "约了周五上午见面", "booked a demo for thursday": arranged now, it happens then
    if whens and not remind and lx.THEIR_RULE.search(text):
        reading.theirs.extend(
            whens
        )  # "no calls after 2pm", "下午三点以后别打电话", "prefers afternoon visits":
        # their rule or liking, kept in the note: no reminder at that hour, no interaction had (its words are
        # no customer's name either)
        ruled = [lx.THEIR_RULE, *KIND_PATTERNS.values()]
        reading.masked.extend(
            (clause.start + m.start(), clause.start + m.end()) for p in ruled for m in p.finditer(text)
        )
        return
    step_due: When | None = None
    reminding = lx.REMIND.search(text)
    theirs = False
    for when in whens:
        # "打电话说下周要来工厂参观": what they said after the call is still ours to plan (role "step")
        told_after = bool(said and kind_match and kind_match.end() <= said.start() <= when.spans[0][0])
        # "met rod this morning he wants the proposal resent tomorrow": what they asked of us after the
        # meeting is ours to plan, as what they said is
        told_after = told_after or bool(
            kind_match
            and (
                REQUESTED.search(text, kind_match.end(), when.spans[0][0])
                # "开了个Zoom都要下周三发quote": what is to do after it, on that day
                or _TO_DO.search(text, kind_match.end(), when.spans[0][0])
            )
        )
        role = date_role(reading, clause, when, now)
        if (
            reading.missed_close
            and role in ("step", "theirs", "close")
            and (
                any(m.end() <= when.spans[0][0] for m in MOVED_ON.finditer(text))
                or MORE_LIKE.match(text) is not None  # "… won't make fri, more like 18/10"
                or said_instead(text, now, tz)  # "the PO won't come on 18th, he says 25/6 now"
            )
        ):
            role = "close again"  # "…簽唔到，改7月尾": the close moved on from the date it will not make
        if role in ("close", "close again") and said_to_stay(text, when):
            reading.close_kept = True  # "close date stays mid July": the deal's own day in it is kept
        if role in ("close", "close again"):
            day_words = " ".join(clause.text[a - clause.start : b - clause.start] for a, b in when.spans)
            if _AFTER_A_BREAK.fullmatch(day_words) and day_words not in reading.close_doubts:
                # "close moves to after Family Day", "节后签": a time from that day on, which day not said
                reading.close_doubts.append(day_words)
        if role == "past":
            if reading.occurred is None:
                reading.occurred = _earlier_today(when, now)
                if reading.occurred is not when:  # the same words, read as today's everywhere
                    reading.dates = [(at, reading.occurred if w is when else w) for at, w in reading.dates]
        elif role == "close":
            day = close_when(reading, text, when).at.date()
            if reading.close is None:
                reading.close = day
                reading.close_by = bool(
                    _BY_THEN_BEFORE.search(text, 0, when.spans[0][0])
                    or _BY_THEN_AFTER.match(text, when.spans[-1][1])
                    or _BY_THEN_SAID.search(text[when.spans[0][0] : when.spans[-1][1]])
                )
            elif reading.close_by and day < reading.close:
                reading.close, reading.close_by = day, False  # "想年底前落地，十二月二十号签": that day
        elif role == "close again":
            reading.close = close_when(reading, text, when).at.date()
        elif role in ("theirs", "not before") or (no_task and role == "step"):
            reading.theirs.append(when)
            theirs = True
            if my_absence(text) and (reading.away_until is None or when.at > reading.away_until.at):
                reading.away_until = when
            if role == "not before":
                reading.not_before = when.at.date()
        elif kind_match is not None and past and not explicit_step and not told_after:
            if a_period(text, when):  # "emailed over the lane list for Q1": what it is about, in the note
                reading.theirs.append(when)
            continue  # "visited them, meeting was moved to Friday": no plan of ours
        elif step_due is None:
            step_due = when
        elif reminding is not None and _nearer(when, step_due, reminding):
            # "展会10/20结束 10/22提醒我", "the board meets the 18th, remind me the 19th": of two days said
            # with a reminder, the one said with the reminding is its day, the other the event's (theirs)
            reading.theirs.append(step_due)
            step_due = when
        elif reminding is not None:
            reading.theirs.append(when)
    reported = kind_match is not None and past  # "sent follow-up email", "约了见面": already done
    is_step = step_due is not None or (
        explicit_step and not reported and not _only_deal_words(reading, clause)
    )
    if is_step:
        if reported and step_due is not None and kind_match is not None:
            # "黄经理电话说下个月再谈": the call happened; the plan starts at its date.
            kind_in(reading, clause)
            offset = min(step_due.spans[0][0], text.find(kind_match.group(0)) + len(kind_match.group(0)))
            if said and offset <= said.start() < step_due.spans[0][0]:
                offset = said.end()  # "…打电话说下周要来工厂参观": the plan is what was said
            elif asked := REQUESTED.search(text, offset, step_due.spans[0][0]):
                offset = asked.start()  # "met rod … he wants the proposal resent tomorrow": what they want
            text = " " * offset + text[offset:]
        ours = [span for when in whens if when not in reading.theirs for span in when.spans] + moved_from
        words = without_spans(text, ours)
        words = lx.REMIND_PREFIX.sub("", words)
        words = clean_step(words)
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


# Waiting to see, said of a day, is no task on it: "tomorrow we see" (Brazilian "amanhã a gente vê"),
# "we'll see next week", "let's see on monday".
_WAIT_AND_SEE = re.compile(
    r"\b(?:we(?:['’]ll| will)?\s+see|let['’]?s\s+see|wait and see|vamos ver|a gente v[êe])\b", re.IGNORECASE
)


# Words saying what follows is to be done, right before its day: "…开了个Zoom都要下周三发quote".
_TO_DO = re.compile(r"(?:都|还|也|再)?(?:要|需要|得|准备|打算)\s*$")


def _unmarked_meeting(text: str) -> bool:
    """A meeting or visit named in Chinese with nothing saying it is over (了, 过, 完, 咗): planned or had?"""
    said = [m for kind in ("meeting", "visit") for m in KIND_PATTERNS[kind].finditer(text)]
    return bool(said) and CJK.search(text) is not None and not re.search(r"[了过完咗過]", text)


# An interaction arranged for a date: the arranging is done, the interaction is still to come.
_ARRANGED = re.compile(
    r"(?:(?<![签合节大契制])(?:约了|约好了?|约在|约定了?|定了|敲定了?|订了)|安排了|定好了?|预约了)[^，,。；;]{0,20}$"
    r"|\b(?:scheduled|booked|set up|arranged|lined up|planned|put in)\b[^,.;]{0,30}$",
    re.IGNORECASE,
)


# The same said after the interaction: "华锐 demo 约了下周三 10am", "演示定在周五", "the demo is booked for
# thursday".
_ARRANGED_AFTER = re.compile(
    r"[^，,。；;]{0,6}?(?:(?<![签合节大契制])(?:约了|约好了?|约在|约定了?|定了|敲定了?)|安排(?:了|在)|定(?:好了?|在)|预约了)"
    r"|\s*(?:is\s+|was\s+|got\s+|now\s+)?(?:scheduled|booked|set|lined up|pencill?ed in)\s+(?:for|on)\b",
    re.IGNORECASE,
)


# A clause that tells the rep what to do: "this afternoon send the quote", "今天下午给美家发报价".
_ORDER = re.compile(
    r"\b(?:remind|call|email|e-mail|text|ping|visit|meet|send|see|chase|follow up|f/u|ring|phone|"
    r"reply|book|schedule|check in|touch base|nudge)\b"
    r"|提醒|给[^，,。]{0,12}?(?:打|发|回|寄)|跟进|回访|联系|去拜访|约",
    re.IGNORECASE,
)


def _earlier_today(when: When, now: datetime) -> When:
    """A time of day alone read as tomorrow's because today's has gone by ("上午连跑两家" at 15:30), in words
    that report what happened: today's."""
    if when.day_said or when.at <= now:
        return when
    earlier = when.at - timedelta(days=1)
    today = now.astimezone(when.at.tzinfo).date()
    rolled = when.at.date() != today and earlier.date() == today  # (not "下午" said at 9: still to come)
    return replace(when, at=earlier) if rolled and earlier <= now else when


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


def _nearer(when: When, than: When, remind: re.Match[str]) -> bool:
    """Whether `when` is said nearer the reminding words than `than` is."""

    def gap(w: When) -> int:
        a, b = w.spans[0][0], w.spans[-1][1]
        return max(remind.start() - b, a - remind.end(), 0)

    return gap(when) < gap(than)


def _only_deal_words(reading: Reading, clause: Clause) -> bool:
    """ "need to close by Friday" is about the deal's close, not a reminder; so is "need to update the close
    date to 30 Nov" (the change is the close date said)."""
    said = any(clause.start <= a.start < clause.end for a in reading.amounts) or (
        reading.close is not None and CLOSE_FIELD.search(clause.text) is not None
    )
    return said and not re.search(r"follow|跟进|remind|提醒|call|send|发", clause.text, re.I)
