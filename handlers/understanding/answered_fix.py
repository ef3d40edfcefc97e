"""The answer to "which customer is that about?" that also puts a value of the message right.

"提醒我明天下午三点给林总打电话" names no customer, so it is asked about ("这是关于哪个客户的？"). The
next message "是温岭东方泵业的林总，时间改成明天上午十点" / "dave at hawkeye, and make it 3" / "Fionnuala at
Drogheda Brewing, and Tuesday not Monday" answers it — the customer, with the person the message named —
and then corrects a value of it (the time, the day). The message asked about is corrected
(`corrections.corrected`) and read with the customer; it is not a change of that customer's own reminder,
nor a message of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.questions import TYPED_WAIT
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import CustomerSpan, corrected, kind_of
from handlers.understanding.customers import locate_customer
from handlers.understanding.intents import Correction, loose_correction
from handlers.understanding.named_after import NAMELESS
from handlers.understanding.reading import Reading

# The answer's head ends at the first clause break: "是温岭东方泵业的林总，…", "dave at hawkeye, and …".
_BREAK = re.compile(r"[,，;；。]\s*(?:and\s+|also\s+|然后|并且|并)?|\s+and\s+", re.IGNORECASE)
_LEAD = re.compile(
    r"^\s*(?:是|係|系|就是|it'?s|it was|that'?s|sorry,?|no,?|不对，?|唔係，?)?\s*", re.IGNORECASE
)
# What says the value changes, before it: "时间改成", "改做", "make it", "change it to".
_CHANGE = re.compile(
    r"^\s*(?:时间|時間|日期)?\s*(?:改成|改为|改到|改做|改去|换成|改)\s*"
    r"|^\s*(?:make\s+(?:it|that)|change\s+(?:it\s+)?to|move\s+(?:it\s+)?to|at)\s+",
    re.IGNORECASE,
)
_VALUES = ("date", "time", "amount")


def answers_whose(ctx: Ctx, text: str) -> tuple[str, str, str] | None:
    """(the message asked about, the answer's head naming the customer, the rest) when `text` answers
    "which customer?" with the person that message named, then goes on; else None."""
    waiting = ctx.store.pending.latest(NAMELESS)
    if waiting is None or waiting.created_at <= ctx.now - TYPED_WAIT:
        return None
    said = waiting.data.get("text") or ""
    cut = _BREAK.search(text)
    if cut is None or not said:
        return None
    head, rest = text[: cut.start()], text[cut.end() :]
    reading = read_message(ctx, head)
    found = locate_customer(ctx, reading, needed=False)
    if found is None or found.weak or found.start < 0 or not _names_someone_said(reading, head, said):
        return None
    return said, head, rest


def answered_with_a_fix(ctx: Ctx, text: str, customer_span: CustomerSpan) -> str | None:
    """The message asked about, corrected and completed by `text` (see the module docstring), or None."""
    answer = answers_whose(ctx, text)
    if answer is None:
        return None
    said, head, rest = answer
    fix = _fix_of(ctx, rest)
    if fix is None:
        return None
    fixed = corrected(ctx, said, fix, customer_span)
    if fixed is None or fixed == said:
        return None
    return f"{fixed} {_LEAD.sub('', head, count=1)}"


def take_answered(
    ctx: Ctx, text: str, customer_span: CustomerSpan, understand: Callable[[Ctx, str], list[Reply]]
) -> list[Reply] | None:
    """`answered_with_a_fix`, read (the question it answers is closed); None when `text` is no such answer."""
    completed = answered_with_a_fix(ctx, text, customer_span)
    if completed is None:
        return None
    ctx.store.pending.take_newest(NAMELESS, asked_after=ctx.now - TYPED_WAIT)
    return understand(ctx, completed)


def _names_someone_said(reading: Reading, head: str, said: str) -> bool:
    """Whether the head names the person the message asked about named (林总, 陳生, dave, Fionnuala)."""
    bare = simplified(said).lower()
    for name, _start, _end in reading.persons:
        if simplified(name).lower() in bare:
            return True
    words = re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", head)
    cjk = re.findall(r"[\u4e00-\u9fff]{1,2}(?:总|總|生|经理|經理|姐|小姐|工|厂长|廠長)", simplified(head))
    return any(w.lower() in bare for w in words if w.lower() not in ("and", "the", "its")) or any(
        c in bare or c[-2:] in bare for c in cjk
    )


def _fix_of(ctx: Ctx, rest: str) -> Correction | None:
    """The value `rest` puts right: "时间改成明天上午十点", "make it 3", "Tuesday not Monday"."""
    loose = loose_correction(rest)
    if loose is not None and loose.wrong:
        return loose
    value = _CHANGE.sub("", rest, count=1).strip(" ,，。.!！")
    if not value:
        return None
    if re.fullmatch(r"\d{1,2}", value) or kind_of(ctx, value) in _VALUES:
        return Correction(value, None)
    return None


__all__ = ["answered_with_a_fix", "answers_whose", "take_answered"]
