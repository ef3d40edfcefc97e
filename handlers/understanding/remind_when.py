"""A time typed in answer to "When should I remind you …?" ("周四上午十点吧", "thu 10am", "tomorrow 3pm"),
and a new time for the reminder that answer set ("改到上午10点", "make it 3pm").

The question offers three mornings as buttons; the README says the next message answers it, and a rep who
types the time meant was told "I didn't catch that" (trial 67 #14). A typed moment that is sure (a day and
a time read whole, nothing guessed, not gone by) is taken as its button would be; anything else goes on
to be read as a message of its own.

A reminder set by that answer is no message a correction can read again (the message alone asks when), so
"改到上午10点" right after it was "nothing recent to correct" (trial 67 #15): `answer_retimed` moves it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from handlers.context import Ctx
from handlers.domain.changes import last_change
from handlers.domain.reminders import move_reminder
from handlers.messages import Reply
from handlers.parsing.dates import When, find_when
from handlers.parsing.hanzi import simplified
from handlers.questions import FollowUp, answer_with_value, awaiting_typed_answer
from handlers.render import reminder_line
from handlers.resolve import WHEN_KEY
from handlers.understanding.corrections import WINDOW, just_stored

# Words around a time typed in answer: "remind me thu 10am", "就周四上午十点吧", "make it tomorrow 3pm"
_AROUND = re.compile(
    r"^\s*(?:(?:remind\s+me|make\s+it|how\s+about|maybe|prob(?:ably)?|say|on|at|就|那就|改|定|提醒我|是|大概|可能)\s*)*"
    r"|(?:\s*(?:吧|啊|呀|好了|pls|please|thanks|thx|[.!。！,，~]))+\s*$",
    re.IGNORECASE,
)


def remind_when_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """The moment typed right after "When should I remind you …?", chosen as a button would be. None when
    no such question waits, or `text` says more than a moment, or the moment is unsure or gone by."""
    question = awaiting_typed_answer(ctx, follow_ups, WHEN_KEY) if len(text) <= 40 else None
    when = _moment_alone(ctx, _AROUND.sub("", simplified(text)).strip()) if question is not None else None
    if question is None or when is None or when.at <= ctx.now:
        return None
    return answer_with_value(ctx, question, when.at.isoformat(), ctx.when(when.at), follow_ups)


def _moment_alone(ctx: Ctx, said: str, *, gone_ok: bool = False) -> When | None:
    """The moment `said` is, when it is that and nothing more, and sure (`gone_ok`: a clock time alone gone
    by today, read as tomorrow's, is fine: the caller puts it on a day of its own)."""
    when = find_when(said, now=ctx.now, tz=ctx.tz) if said else None
    if when is None or when.doubt or when.hour_guessed or (when.gone and not gone_ok) or when.or_today:
        return None
    return when if sum(end - start for start, end in when.spans) >= len(said) - 1 else None


# A new time for the reminder just set: "改到上午10点", "改成下午三点吧", "make it 3pm",
# "change it to thu 10am"
_RETIME = re.compile(
    r"^\s*(?:(?:不对|不是|sorry|no|actually)[\s,，]*)?(?:改到|改成|改为|换到|挪到|调到|make\s+(?:it|that)|"
    r"change\s+(?:it\s+)?to|move\s+(?:it\s+)?to)\s*(?P<when>.+)$",
    re.IGNORECASE,
)


def answer_retimed(ctx: Ctx, text: str) -> Reply | None:
    """The reminder the user's last change set alone (recently, through "When should I remind you?") moved to
    the moment `text` gives it: on its own day when only a time is said. None for anything else, or when
    the last message can be corrected the usual way (`just_stored`)."""
    said = _RETIME.match(simplified(text)) if len(text) <= 40 else None
    if said is None or just_stored(ctx) is not None:
        return None
    last = last_change(ctx)
    if last is None or ctx.now - last.created_at > WINDOW:
        return None
    made = ctx.store.changes.created(last.id, "reminders")
    others = any(ctx.store.changes.touched(last.id, table) for table in ("deals", "activities", "customers"))
    reminder = ctx.store.reminders.get(made[0]) if len(made) == 1 and not others else None
    when = _moment_alone(ctx, _AROUND.sub("", said["when"]).strip(), gone_ok=True) if reminder else None
    if reminder is None or when is None:
        return None
    due = when.at
    if not when.day_said:  # "改到上午10点": its own day, at ten
        due = datetime.combine(reminder.due_at.astimezone(ctx.tz).date(), when.at.timetz())
    if due <= ctx.now:
        return None
    moved = move_reminder(ctx, reminder, due, snooze=False)
    customer = ctx.store.customers.get(moved.customer_id) if moved.customer_id else None
    return ctx.confirm(ctx._("Reminder moved: {line}", line=reminder_line(ctx, moved, customer)))
