"""Another party's plans beside the reminder asked for: kept in its words, never a reminder of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.understanding import lexicon as lx
from handlers.understanding.date_roles import TOLD
from handlers.understanding.reading import Reading

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
