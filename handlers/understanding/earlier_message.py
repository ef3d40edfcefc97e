"""A correction that names the customer of the message before the last one: "sorry globex was an email not
a call" after "globex called, …" and then a message about another customer corrects the Globex message; the
last one, about someone else, is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from crm_store.models import ChangeSet, PendingChoice
from handlers.context import Ctx
from handlers.questions import NeedChoice
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import SAID, WINDOW
from handlers.understanding.customer_link import Found
from handlers.understanding.customers import locate_customer
from handlers.understanding.intents import Correction

# What is left of "globex was an email" once the customer is taken out: "an email".
_LEAD = re.compile(
    r"^[\s,:：-]*(?:(?:it|that|this|one|the|deal|call|meeting)\s+)*(?:was|is|were|should be|had)?\s*"
    r"|^[\s,，:：]*(?:的|是|那个|这个)+",
    re.IGNORECASE,
)


def _customer_of(ctx: Ctx, text: str) -> Found | None:
    try:
        found = locate_customer(ctx, read_message(ctx, text), needed=False)
    except NeedChoice:
        return None
    return found if found is not None and found.start >= 0 else None


def message_before(ctx: Ctx, fix: Correction) -> tuple[PendingChoice, ChangeSet, Correction] | None:
    """The user's message before the last one, with its change set and the fix without the customer's name,
    when `fix` names that message's customer by name and the last message was about another customer."""
    if fix.whole or fix.restates or fix.person:
        return None
    said = ctx.store.pending.newest_of([SAID], limit=2)
    if len(said) < 2 or said[0].resolved_at is not None:
        return None
    last, before = said
    words = fix.about or fix.right
    old, earlier = _customer_of(ctx, last.data["text"]), _customer_of(ctx, before.data["text"])
    named = _customer_of(ctx, words)
    if named is None and earlier is not None:  # "the acme one" when two are called Acme: the one said before
        named = _said_as_before(words, before.data["text"], earlier)
    if named is None or named.field not in ("name", "alias"):
        return None
    if earlier is None or earlier.customer.id != named.customer.id:
        return None
    if old is None or old.customer.id == named.customer.id:
        return None  # the last message is about that customer: the usual correction
    change_set = ctx.store.changes.get(before.data["change_set"]) if before.data.get("change_set") else None
    if change_set is None or change_set.undone_at is not None:
        return None
    if ctx.now - datetime.fromisoformat(before.data["at"]) > WINDOW:
        return None
    if fix.about is not None:  # "东方贸易那条写错了，是东方国际贸易陈静": the fix is all of `right`
        return before, change_set, replace(fix, about=None)
    right = fix.right[: named.start] + " " + fix.right[named.end :]
    right = _LEAD.sub("", " ".join(right.split())).strip(" ,，.。")
    if not right:
        return None
    return before, change_set, replace(fix, right=right)


def _said_as_before(words: str, text: str, earlier: Found) -> Found | None:
    """The earlier message's customer when `words` repeat the name that message gave it, or a part of it
    ("acme" for "called Raj at Acme …", "the larkspur one" for "… Larkspur Dental", though two customers share
    the word), at its place in `words`."""
    said, lower = text[earlier.start : earlier.end].lower().strip(), words.lower()
    if not said:
        return None
    if said in lower:
        at = lower.find(said)
        return replace(earlier, start=at, end=at + len(said))
    part = lower.strip()
    return replace(earlier, start=0, end=len(words)) if len(part) >= 3 and part in said else None


def names_another_message(ctx: Ctx, fix: Correction) -> bool:
    """Whether `fix` names the message it corrects by a customer ("the globex one", "东方贸易那条") that is
    not the last stored message's: then it corrects nothing the user means (`message_before` found none)."""
    if fix.about is None:
        return False
    said = ctx.store.pending.latest(SAID)
    named = _customer_of(ctx, fix.about)
    if said is None or named is None:
        return False
    old = _customer_of(ctx, said.data["text"])
    return old is None or old.customer.id != named.customer.id
