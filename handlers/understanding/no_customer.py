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
    if someone or reading.kind:
        return asked_whose(ctx, reading.original, "plan")  # "禮拜一早上十點提醒我打給黃總"
    if lx.REMIND.search(reading.text) and _no_task(reading):
        return asked_whose(ctx, reading.original, "plan")  # "周二下午提醒我", "remind me thu 9am": of what?
    if not (lx.REMIND.search(reading.text) and all(s.explicit for s in reading.steps)):
        return [free_text_pointer(ctx, reading.text)]
    return None
