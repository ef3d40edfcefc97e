"""Which half of the day a bare hour means: "meeting with Iara at 3 tomorrow", "明天三点去浙联开会",
"kesho saa nne" (Swahili time: 10:00 or 22:00).

An hour from 1 to 7 said with no am/pm and no part of the day is read in business hours (15:00), but a
plan made on a guess is not stored: the user is asked, with both times as buttons, and the message is read
again with the time pressed (`with_hours_picked`). Moving a reminder that already has its time ("改做五点",
"move it to 4") keeps being read in business hours: its own time tells the half of the day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta

from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.dates import When, find_when
from handlers.parsing.hanzi import simplified
from handlers.questions import FollowUp, NeedChoice, Option, answer, awaiting_typed_answer
from handlers.understanding.reading import CJK, Reading

HOUR_KEY = "hour:"  # picks under "hour:<words>" hold the "HH:MM" chosen for those words

# The word before a bare hour that stays when the hour is written out: "at 3" → "at 15:00", "o trzeciej"
# → "o 15:00".
_LEAD = re.compile(r"^(?:at\s+|@\s*|o\s+|um\s+|às\s+|as\s+)", re.IGNORECASE)


def ask_which_hour(ctx: Ctx, reading: Reading) -> None:
    """Ask about the first hour of the plan whose half of the day is not said (`Reading.hours_in_doubt`)."""
    for words in reading.hours_in_doubt:
        said = simplified(words).strip()
        for text in (
            said,
            f"today {said}",
        ):  # (an hour said right after its day, "fri 3", is read beside one)
            when = find_when(text, now=ctx.now, tz=ctx.tz)
            if when is not None and when.has_time:
                raise _question(ctx, words, when.at)


def _question(ctx: Ctx, words: str, read_as: datetime) -> NeedChoice:
    """ "Is “at 3” 03:00 or 15:00?" with both as buttons, the reading it was given first."""
    return _either(ctx, words, (read_as, read_as + timedelta(hours=12 if read_as.hour < 12 else -12)))


def _either(ctx: Ctx, words: str, times: tuple[datetime, datetime]) -> NeedChoice:
    """ "Is “{words}” {earlier} or {later}?" with the two times as buttons, in the order given; the answer is
    written into the message (`with_hours_picked`)."""
    earlier, later = sorted(times, key=lambda at: (at.hour, at.minute))
    question = ctx._(
        "Is “{words}” {morning} or {afternoon}?",
        words=words.strip(),
        morning=earlier.strftime("%H:%M"),
        afternoon=later.strftime("%H:%M"),
    )
    options = [Option(at.strftime("%H:%M"), at.strftime("%H:%M")) for at in times]
    return NeedChoice(HOUR_KEY + simplified(words).strip(), question, options)


def half_hour_choice(ctx: Ctx, words: str, later: datetime) -> NeedChoice:
    """ "Is “half 3” 14:30 or 15:30?" with both as buttons: the speaker's own half hour (Dutch, German "halb
    drei": half to three) or the English one (half past three)."""
    return _either(ctx, words, (later - timedelta(hours=1), later))


def with_hours_picked(ctx: Ctx, text: str) -> str:
    """`text` with each bare hour the user chose a time for written as that time ("at 3" → "at 15:00")."""
    for key, value in ctx.picks.items():
        if not (key.startswith(HOUR_KEY) and isinstance(value, str)):
            continue
        words = key[len(HOUR_KEY) :]
        written = _written(words, value)
        said = re.compile(rf"(?<![A-Za-z0-9:.]){re.escape(words)}(?![A-Za-z0-9:])")
        if not said.search(text):
            text = simplified(text)  # "三點" asked as "三点"
        found = said.search(text)
        if found is not None:
            text = text[: found.start()] + written + text[found.end() :]
    return text


# A half of the day typed as the answer: "pm", "afternoon", "下午", "jioni"; "am", "morning", "上午".
_LATER = re.compile(
    r"(?:p\.?m\.?|afternoon|in the afternoon|evening|arvo|下午|下昼|下晝|晚上|傍晚|"
    r"jioni|alasiri|usiku|mchana|(?:à |a )?tarde|(?:à |a )?noite|po południu|wieczorem)",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"(?:a\.?m\.?|morning|in the morning|上午|早上|朝早|asubuhi|(?:de )?manhã|rano)", re.IGNORECASE
)
_FILLER = re.compile(r"^\s*(?:it'?s|its|at|是|係|系|the)\s*|[\s.!。！,，]+$", re.IGNORECASE)


def hour_named_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """ "15:00", "3pm", "pm", "下午" typed right after "Is “at 3” 03:00 or 15:00?": that time is chosen,
    as its button would be. None when no such question waits (or it waited too long, or was passed over)
    or `text` says more than the time."""
    question = awaiting_typed_answer(ctx, follow_ups, HOUR_KEY) if len(text) <= 24 else None
    values = [str(v) for v in question.data.get("values") or []] if question is not None else []
    if question is None or len(values) != 2:
        return None
    said = _FILLER.sub("", text)
    later = max(values)  # "HH:MM": the afternoon's sorts last
    if _LATER.fullmatch(said):
        chosen = later
    elif _EARLIER.fullmatch(said):
        chosen = min(values)
    else:
        when = find_when(simplified(said), now=ctx.now, tz=ctx.tz)
        if when is None or not when.has_time or when.hour_guessed or not _only_a_time(said, when):
            return None
        chosen = when.at.strftime("%H:%M")
    if chosen not in values:
        return None
    return answer(ctx, f"{question.id}:{values.index(chosen)}", follow_ups)


def _only_a_time(said: str, when: When) -> bool:
    """Whether `said` is a clock time and nothing else ("15:00", "3pm", "下午三点", not "fri 3pm")."""
    return not when.day_said and sum(end - start for start, end in when.spans) >= len(said.strip()) - 1


def _written(words: str, value: str) -> str:
    """The bare hour `words` written with the half of the day chosen ("HH:MM"), the way the message says
    it: "三点" → "下午三点", "saa nne" → "saa nne asubuhi", "at 3" → "at 3pm", "o trzeciej" → "o 15:00"."""
    hour = int(value[:2])
    if CJK.search(words):
        part = (
            "凌晨"
            if hour < 6
            else "上午"
            if hour < 12
            else "中午"
            if hour < 13
            else "下午"
            if hour < 18
            else "晚上"
        )
        return part + words
    if words.lower().startswith("saa "):
        return words + (
            " asubuhi" if hour < 12 else " mchana" if hour < 16 else " jioni" if hour < 19 else " usiku"
        )
    lead = _LEAD.match(words)
    if lead is None or lead.group(0).lower().strip() not in ("at", "@"):
        return (lead.group(0) if lead else "") + value  # "o trzeciej" → "o 15:00", "fri 3" → "fri 15:00"
    minutes = value[3:]
    clock = f"{hour % 12 or 12}{'' if minutes == '00' else ':' + minutes}{'am' if hour < 12 else 'pm'}"
    return lead.group(0) + clock
