"""Interactions that are part of a plan, not a log: a future interaction inside a reminder, one said with
"then" after a plan, the clauses that say more about a plan, and requests already dealt with."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.parsing.amounts import FESTIVAL
from handlers.understanding import lexicon as lx
from handlers.understanding.date_roles import TOLD
from handlers.understanding.kinds import kind_in
from handlers.understanding.reading import Reading, Step
from handlers.understanding.step_words import a_label, a_name, clean_step


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
            calendar or (_said_right_after(reading, step, at) and a_label(words.strip(" ,;:-")))
        )
        alone = not step.explicit and (
            not words.strip(" ,;:-") or (follows and a_name(words.strip(" ,;:-"))) or precedes
        )
        if step.due is not None and (step.start <= at < step.end or alone):
            clause = reading.clause_of(at)
            if precedes:
                words = clean_step(" ".join(f"{step.text} {clause.text}".split()))
                reading.steps[reading.steps.index(step)] = replace(step, text=words, end=clause.end)
            elif alone and (follows or not step.text):  # the reminder says what to do: "call 小米 李娜"
                words = clean_step(f"{clause.text} {step.text}")
                # (the step's span becomes both: "tmrw - call bruce": a clause said after it is no more words)
                start, end = min(step.start, clause.start), max(step.end, clause.end)
                reading.steps[reading.steps.index(step)] = replace(step, text=words, start=start, end=end)
            reading.kind = reading.kind_span = None
            return


# A clock-time range, as a calendar shows an entry: "15:00-16:00", "2:00pm – 3:00pm", "10-11am".
_TIME_RANGE = re.compile(
    r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—~至到]\s*\d{1,2}(?::\d\d)\s*(?:[ap]\.?m\.?)?"
    r"|\d{1,2}(?::\d\d)?\s*[-–—~]\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.IGNORECASE,
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
        words = clean_step(f"{step.text} {joiner.strip(' ,，')} {clause.text}")
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
        # "…, pushing for 10% off": a fact of its own, kept in a note (not the 618 festival: "催618排期")
        or re.search(r"\d", FESTIVAL.sub("", c.text))
        for c in after
    ):
        return
    words = clean_step(" ".join([step.text, *(c.text.strip() for c in after)]))
    reading.steps[-1] = replace(step, text=words, end=after[-1].end)
