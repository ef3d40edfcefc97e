"""What a reminder is for, in its own words, and whether a message says it: "WMS pricing call with Travis" is
for a "wms pricing call" (its customer's and people's names taken out), which "prep for the pricing call"
says and "call them tomorrow" does not say (with `deeds=False`, a kind of deed alone names no task)."""

from __future__ import annotations

import re

from crm_store.models import Reminder
from handlers.context import Ctx
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import KIND_NAMES
from handlers.understanding import lexicon as lx

LATIN_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
NOT_TASK = frozenset({
    "the", "with", "and", "for", "about", "from", "our", "their", "this", "that", "re", "please", "pls",
    "can", "could", "you", "same", "time", "instead", "now", "off", "push", "pushed", "move", "moved",
    "change", "changed", "make", "reschedule", "rescheduled", "resched", "postpone", "postponed", "bump",
    "shift", "cancel", "cancelled", "drop", "done", "it's", "its", "till", "until", "kill", "nix", "ditch",
    "bin", "axe", "scrap", "delete", "remove", "one",
    # an honorific left of a removed name ("Ishikawa-san" → "-san") and when, not what: "after golden week"
    "san", "sama", "kun", "chan", "sensei", "after", "before", "next", "week", "weeks", "today", "tomorrow",
    "tmrw", "morning", "afternoon", "evening", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})  # fmt: skip
CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3}")
# A kind of deed, or a word any reminder may say: alone, it tells no reminder from another.
_DEEDS = frozenset(
    {w for kind in ("call", "visit", "meeting", "email", "message") for w in KIND_NAMES[kind]}
    | {"ring", "meet", "chase", "follow", "check", "remind", "reminder", "prep", "prepare", "send", "up"}
    | {"提醒", "跟进", "回访", "联系", "确认", "打电", "电话"}
)


def task_of(ctx: Ctx, reminder: Reminder) -> str:
    """The reminder's words without the names of its customer's people and of the customer: what is to be
    done ("pricing call", "打电话催合同"), which news of another task with the same person does not say."""
    task = simplified(reminder.text).lower()
    if reminder.customer_id is None:
        return task
    customer = ctx.store.customers.require(reminder.customer_id)
    names = [customer.name, *(c.name for c in ctx.store.customers.contacts(customer.id, former=True))]
    for name in names:
        for part in [simplified(name).lower(), *simplified(name).lower().split()]:
            if len(part) >= 2:
                task = task.replace(part, " ")
    return task


def shares_task(task: str, message: str, *, deeds: bool = True) -> bool:
    """Whether the message says a word of the reminder's task: an English word of three letters or more
    (not "the", "with" …), or two Chinese characters in a row; with `deeds=False`, not a kind of deed
    ("call", "visit", "电话") or a word of every reminder ("follow", "提醒"), and three Chinese characters
    in a row ("冷库验收", not "方案" alone: "liuwei说方案下周给反馈" names no one's reminder)."""
    message = simplified(message).lower()
    words = {w for w in LATIN_WORD.findall(task) if w not in NOT_TASK and (deeds or w not in _DEEDS)}
    if any(re.search(rf"\b{re.escape(w)}", message) for w in words):
        return True
    if not deeds:  # two Chinese characters alone are often a common word ("方案", "报价"): three in a row
        runs = {task[i : i + 3] for i in range(len(task) - 2) if _CJK_RUN.fullmatch(task[i : i + 3])}
        return any(run in message for run in runs if not any(d in run for d in _DEEDS))
    pairs = {task[i : i + 2] for i in range(len(task) - 1) if CJK_PAIR.fullmatch(task[i : i + 2])}
    return any(pair in message for pair in pairs)


# What may stand beside a customer's name and still say nothing of a task: a deal word, filler.
_BESIDE_THE_NAME = re.compile(
    rf"{lx.DEAL_NOUN.pattern}|那边|这边|那个|这个|那张|嗰張|嗰张|的|嘅|\b(?:the|their|at|with|for)\b|[\W_]+",
    re.IGNORECASE,
)


def only_the_customer(ctx: Ctx, what: str, customer_id: int) -> bool:
    """Whether `what` is the customer's name and nothing of a task ("两江汽配", "QAT", "prairie ag")."""
    rest = what
    for mention in ctx.store.search.mentions(what):
        if mention.customer_id == customer_id:
            rest = rest[: mention.start] + " " * (mention.end - mention.start) + rest[mention.end :]
    if rest == what:
        return False
    return not _BESIDE_THE_NAME.sub("", rest).strip()
