"""The customer typed right after "which customer was that about?": it completes the message asked about.

"跟赵总开会了" names no customer, so nothing is stored and the rep is asked which; "恒远物流的赵建华"
sent next is that answer, not a message of its own: the two are read together ("跟赵总开会了
恒远物流的赵建华"), as the rep meant them. Only the message asked about last, answered soon after,
with the customer's name first, counts; anything else drops it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handlers.context import Ctx
from handlers.i18n import N_
from handlers.messages import Reply
from handlers.questions import RESTORES, TYPED_WAIT
from handlers.resolve import resolve_customer
from handlers.understanding import lexicon as lx
from handlers.understanding.context_reading import read_message
from handlers.understanding.customers import locate_customer
from handlers.understanding.new_customer import SENTENCE_WORDS, looks_like_company
from handlers.understanding.person_names import company_word_inside
from handlers.understanding.reading import CJK, Reading

NAMELESS = "nameless"  # the pending kind: a message that needs a customer and named none

_ANSWER_LENGTH = 40  # an answer is a name and a person, perhaps a word more; longer is a message


# The question, by what the message was: done ("跟赵总开会了") or planned ("提醒我打给黄总").
_WHICH = {
    "log": N_("Which customer was that about? Put the name first, e.g. Acme: called Jane, no answer"),
    "plan": N_("Which customer is that about? Send it again with the name, e.g. “call Acme back tomorrow”."),
}


# Someone of theirs said it, nobody named who: "佢話OK", "he said OK", "他说可以".
_PRONOUN_SAID = re.compile(
    r"^\s*(?:he|she|they|他们|她们|他|她|佢哋|佢|对方)\s*(?:说|话|讲|表示|says?|said|told)", re.IGNORECASE
)


def told_by_someone(reading: Reading) -> bool:
    """Whether the message tells what a person said ("陳生話contract OK", "刘总说方案下周给答复", "he said
    OK"): news of a customer, though none may be named, so which customer is asked rather than "didn't catch
    that" (the person may be nobody the CRM knows, or two people)."""
    said = lx.THEIR_SAYING.search(reading.text)
    if said is None:
        return False
    before = reading.text[: said.start()]
    return bool(_PRONOUN_SAID.match(reading.text)) or any(
        start < said.start() and not _SIDE.sub("", before[end:]).strip(" ,，:：")
        for _, start, end in reading.persons
    )


# "马总那边说…", "陳生嗰邊話…", "his side said": the person's side, who told it.
_SIDE = re.compile(r"^\s*(?:那边|那邊|嗰边|嗰邊|这边|這邊)|^\s*(?:'s|’s)\s+side\b", re.IGNORECASE)


def asked_whose(ctx: Ctx, text: str, which: str) -> list[Reply]:
    """Ask which customer `text` is about (`which`: "log" or "plan"), and keep it for the answer (see
    `completed`)."""
    ctx.store.pending.ask(NAMELESS, {"text": text})
    return [Reply(ctx._(_WHICH[which]))]


def is_asked_whose(ctx: Ctx, reply: Reply) -> bool:
    """Whether `reply` asks which customer a message was about (a line of a day summary is left out
    instead: its question is dropped, see `forget_whose`)."""
    return reply.text in {ctx._(msgid) for msgid in _WHICH.values()}


def forget_whose(ctx: Ctx) -> None:
    ctx.store.pending.take_newest(NAMELESS, asked_after=ctx.now - TYPED_WAIT)


def completed(ctx: Ctx, text: str, understand: Callable[[Ctx, str], list[Reply]]) -> list[Reply] | None:
    """The message asked about, read with the customer `text` names, when `text` answers "which
    customer?" (sent within `TYPED_WAIT`, short, a customer named first); None otherwise, and the
    question is dropped either way."""
    waiting = ctx.store.pending.take_newest(NAMELESS, asked_after=ctx.now - TYPED_WAIT)
    if waiting is None or len(text) > _ANSWER_LENGTH:
        return None
    if waiting.data.get(RESTORES) is not None:  # a correction's message: Cancel on what it asks next puts
        ctx.picks[RESTORES] = waiting.data[RESTORES]  # back the record it took back (questions.answer)
    reading = read_message(ctx, text)
    found = locate_customer(ctx, reading, needed=False)
    if (found is None or found.weak) and _a_company_alone(reading):  # "Zenith Telecom", "星辰科技": offered
        name = text.strip(_AROUND)  # to create, or asked which (about the two read together)
        ctx.msg = replace(ctx.msg, text=f"{name}: {waiting.data['text']}")
        return _read_together(ctx, f"{resolve_customer(ctx, name).name}: {waiting.data['text']}", understand)
    lead = reading.text[: found.start] if found is not None else ""
    if found is None or found.weak or len(lead.strip(_AROUND)) > 0 or _news_of_its_own(reading):
        return None
    return _read_together(ctx, f"{waiting.data['text']} {text}", understand)


def _read_together(ctx: Ctx, joined: str, understand: Callable[[Ctx, str], list[Reply]]) -> list[Reply]:
    """The message and its answer read as one; a question it asks keeps them so (its answer re-reads the
    two together: a Save pressed later stored the customer alone, read from the answer's words: trial 66)."""
    ctx.msg = replace(ctx.msg, text=joined)
    return understand(ctx, joined)


_AROUND = " 是就啦啊，,:：.。!！"  # what may stand around the name given as the answer


def _a_company_alone(reading: Reading) -> bool:
    """Whether the answer is only a name nobody knows that looks like a company's ("Zenith Telecom",
    "星辰科技"; not "恒远物流的赵建华", which names a person)."""
    name = reading.original.strip(_AROUND)
    if CJK.search(name) and SENTENCE_WORDS.search(name):
        return False
    words = name.split()  # typed in lowercase, with a trade word: "blue lagoon software"
    return looks_like_company(name, reading, 0) or (1 < len(words) <= 5 and company_word_inside(name))


def _news_of_its_own(reading: Reading) -> bool:
    """Whether a reply that names a customer first brings news of its own ("hooli lost to a cheaper one",
    "凤凰印务赢单了"): a message, not the name asked for. Read with the message asked about, it stored that
    message's news at this customer (seen in a trial). A day or a clock is not news of its own: "濠江海景
    何嘉儀, 11am 先啱" names the customer and puts the asked message's time right."""
    return bool(reading.outcome or reading.stage or reading.amounts or reading.query)
