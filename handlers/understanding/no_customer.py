"""A plan that names no customer: a personal reminder is stored, one about somebody asks who."""

from __future__ import annotations

import re

from handlers.commands.help import free_text_pointer
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.understanding import lexicon as lx
from handlers.understanding.named_after import asked_whose
from handlers.understanding.reading import Reading

_SOMEONE = re.compile(
    r"\b(them|him|her|they|he|she|their|client|customer|back)\b|他们|她们|他|她|对方|客户|回个?电话|回电",
    re.IGNORECASE,
)


# A meeting with somebody: "见", "见面", "碰头", "meet", "see them".
_MEETING = re.compile(
    r"^\s*见|见面|碰头|碰个?面|约见|拜访|\b(?:meet|meeting|mtg|visit|demo|kick-?off)\b", re.IGNORECASE
)
# Something of theirs moved to a day, nobody named: "they pushed kickoff to April", "对方把启动会推到四月".
_THEIRS_MOVED = re.compile(
    r"\b(?:they|they['’]ve|client|customer)\s+(?:have\s+|just\s+|finally\s+)?"
    r"(?:pushed|moved|postponed|delayed|bumped|shifted|rescheduled)\b"
    r"|(?:他们|对方|客户)(?:又|也|已经)?(?:把[^，,。；;]{1,10})?(?:推迟|推到|改到|延到|延期|挪到|往后推)",
    re.IGNORECASE,
)

# Where to: "… to April", "… till after the audit", "推到四月".
_MOVED_TO = re.compile(r"\b(?:to|till|until|into)\s+\w+|到\S", re.IGNORECASE)


def moved_by_someone(reading: Reading) -> bool:
    """ "they pushed kickoff to April": something of a customer's moved to a day said, with no customer
    named: which customer? (asked, as a log naming nobody is)."""
    moved = _THEIRS_MOVED.search(reading.text)
    if moved is None:
        return False
    said = any(at >= 0 for at, _ in reading.dates) or bool(reading.theirs)
    return said or bool(_MOVED_TO.search(reading.text, moved.end()))


# Words of a reminder that say no task: "一下", "吧", "pls".
_FILLER = re.compile(r"一下|吧|啊|哦|喔|呀|\b(?:pls|please|plz)\b|[\W\d_]+", re.IGNORECASE)


def _no_task(reading: Reading) -> bool:
    """Whether "remind me" is said with a day and nothing to be reminded of ("周二下午提醒我")."""
    return bool(reading.steps) and not any(_FILLER.sub("", s.text) for s in reading.steps)


def without_customer(ctx: Ctx, reading: Reading) -> list[Reply] | None:
    """A plan that names no customer: one about somebody ("call them back tmrw", "蔡经理说下周来") asks
    who; a date alone ("中午吃啥") stores nothing (the pointer to help is the reply); None when it is a
    personal reminder to store ("remind me to submit expenses friday"); "remind me" with a day and no task
    ("周二下午提醒我") asks what about, with the customer."""
    someone = bool(reading.persons) or any(_SOMEONE.search(s.text) for s in reading.steps)
    # a meeting said for a day, no "remind me": "下周四见，地点待定", "meet fri 10am" (with whom?)
    someone = someone or any(not s.explicit and _MEETING.search(s.text) for s in reading.steps)
    if someone or reading.kind:
        return asked_whose(ctx, reading.original, "plan")  # "禮拜一早上十點提醒我打給黃總"
    if lx.REMIND.search(reading.text) and _no_task(reading):
        return asked_whose(ctx, reading.original, "plan")  # "周二下午提醒我", "remind me thu 9am": of what?
    if not (lx.REMIND.search(reading.text) and all(s.explicit for s in reading.steps)):
        return [free_text_pointer(ctx, reading.text)]
    return None
