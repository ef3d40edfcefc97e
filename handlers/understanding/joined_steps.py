"""The steps of a message joined: a date in its own clause, a condition before a reminder, one follow-up a
day."""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from datetime import datetime

from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from handlers.understanding.reading import Reading, Step, moved, time_of_day_only


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
    _reminded_of_what_came_before(reading)
    _reminded_of_their_day(reading)
    joined: list[Step] = []
    for step in reading.steps:
        if _ONLY_FILLER.fullmatch(step.text):
            step = replace(step, text="")  # "chase Rangi once the board has met, say 8 Feb": the date alone
        previous = joined[-1] if joined else None
        if previous and previous.due is None and step.due is not None and not step.text:
            joined[-1] = Step(previous.text, step.due, step.has_time, previous.start, step.end, True)
        elif previous and previous.due is not None and step.due is None and _a_bare_remind(reading, step):
            # "下周五要见 Okanagan 的 Leanne，提醒我": the remind-me is the dated step's, not one more undated
            joined[-1] = replace(previous, explicit=True, end=step.end)
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
        elif (
            previous
            and previous.due is not None
            and step.due is None
            and step.text
            and after_a_remind_heading(reading.text, step.start)
        ):
            # "next Monday remind me: Freising Hopfenhandel, call Obermaier about …": the heading's task
            joined[-1] = replace(previous, text=f"{previous.text} {step.text}".strip(), end=step.end)
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


# A remind-me said alone after what it is about: "…签合同 提醒我", "…签约，记得提醒我", "…簽約，提我".
_BARE_REMIND = re.compile(
    r"\s*(?:记得|别忘了)?\s*(?:提醒我?|提我|remind me)\s*(?:一下|下|哦|啊|吧)?\s*[。.!！]*", re.I
)


def after_a_remind_heading(text: str, at: int) -> bool:
    """Whether a remind-me said as a heading, with a colon, comes before `at` ("next Monday remind me:
    Freising Hopfenhandel, call Obermaier about …", "Erinnerung: …"): what follows it is the task."""
    before = text[:at]
    return any(
        m.group(0).rstrip().endswith((":", "：")) or re.match(r"\s*[:：]", before[m.end() :])
        for m in lx.REMIND.finditer(before)
    )


def _a_bare_remind(reading: Reading, step: Step) -> bool:
    return step.explicit and said_alone_to_remind(reading.text[step.start : step.end])


def said_alone_to_remind(words: str) -> bool:
    """Whether `words` are a remind-me said alone ("提醒我", "pls remind", "记得提醒我哦")."""
    said = simplified(words)
    return bool(_BARE_REMIND.fullmatch(said) or _BARE_ASK.fullmatch(said))


def _reminded_of_what_came_before(reading: Reading) -> None:
    """ "五月八号上午十点去醴陵华彩签合同 提醒我": a bare remind-me after a clause whose date, said with its
    hour, was read as the close: that clause is what to be reminded of, at that hour (a close date has no
    hour), and no close is set from it."""
    bare = [s for s in reading.steps if s.explicit and s.due is None]
    if len(reading.steps) != 1 or not bare or reading.close is None:
        return
    step = bare[0]
    if not _BARE_REMIND.fullmatch(simplified(reading.text[step.start : step.end])):
        return
    dated = [
        moved(w, at)
        for at, w in reading.dates
        if at < step.start and w.has_time and w.at.date() == reading.close
    ]
    if len(dated) != 1:
        return
    when = dated[0]
    clause = reading.clause_of(when.spans[0][0])
    words = "".join(
        " " if any(a <= i < b for a, b in when.spans) else c
        for i, c in enumerate(reading.text[clause.start : clause.end], start=clause.start)
    )
    reading.steps = [Step(" ".join(words.split()), when.at, True, clause.start, step.end, True)]
    reading.close = None


# A remind-me said alone, as reps type it: "pls remind", "kindly remind me", "remind pls", "提醒下",
# "recuérdame", "erinnere mich".
_BARE_ASK = re.compile(
    r"\s*(?:(?:pls|please|plz|kindly|and)\s+)*(?:remind(?:\s+me)?|set\s+(?:a\s+)?reminder|recu[ée]rdame"
    r"|erinnere\s+mich)"
    r"(?:\s+(?:pls|please|plz))?\s*[.!]*",
    re.IGNORECASE,
)


def _reminded_of_their_day(reading: Reading) -> None:
    """ "Sarath wants revised SLA by Friday, pls remind": a bare remind-me right after a clause with a day
    read as theirs (what they want by then) asks to be reminded of that clause on that day."""
    bare = [s for s in reading.steps if s.explicit and s.due is None]
    if len(bare) != 1 or len(reading.steps) != 1:
        return
    step = bare[0]
    said = reading.text[step.start : step.end]
    if not (_BARE_ASK.fullmatch(said) or _BARE_REMIND.fullmatch(simplified(said))):
        return
    before = next((c for c in reversed(reading.clauses) if c.end <= step.start), None)
    if before is None:
        return
    dated = [(at, w) for at, w in reading.dates if before.start <= at < before.end and w in reading.theirs]
    if len(dated) != 1:
        return
    at, when = dated[0]
    spans = moved(when, at).spans
    words = "".join(
        " " if any(a <= i < b for a, b in spans) else c
        for i, c in enumerate(reading.text[before.start : before.end], start=before.start)
    )
    words = re.sub(r"\s+(?:by|before|on|until|till)\s*$", "", " ".join(words.split()), flags=re.I)
    reading.steps = [Step(words, when.at, when.has_time, before.start, step.end, True)]
    reading.theirs = [t for t in reading.theirs if t != when]


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
