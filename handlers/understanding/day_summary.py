"""A summary of the day: its items read one by one and gated together on one card.

`summaries` splits the message into items; here an item that names no customer but reports work goes on
with the update before it, and the message is a summary only when two items name a customer.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.commands.help import free_text_pointer, small_talk_reply
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.questions import NeedChoice
from handlers.understanding import lexicon as lx
from handlers.understanding.context_reading import read_message
from handlers.understanding.customers import locate_customer
from handlers.understanding.named_after import forget_whose, is_asked_whose
from handlers.understanding.preview import PREVIEW, SAVE, Card
from handlers.understanding.summaries import summary_items


def summary_updates(ctx: Ctx, text: str) -> list[str] | None:
    """The updates of a summary: an item that names no customer but reports work ("- budget 30k") goes
    on with the update before it; None when fewer than two items name a customer ("acme wants 2 options:
    1. cloud 2. on-prem" is one message, not a summary)."""
    updates: list[str] = []
    named = 0
    for item in summary_items(text) or []:
        reading = read_message(ctx, item)
        try:
            found = locate_customer(ctx, reading, needed=False) is not None
        except NeedChoice:
            found = True  # named, if unclearly: asked about when the item is read
        reports = bool(
            reading.kind
            or reading.amounts
            or reading.outcome
            or reading.close
            or reading.persons
            or reading.steps
        )
        if not found and updates and reports and not lx.REMIND.search(item):
            updates[-1] = f"{updates[-1]}; {item}"
            continue
        named += found
        updates.append(item)
    return updates if named >= 2 else None


def understand_each(ctx: Ctx, items: list[str], understand: Callable[[Ctx, str], list[Reply]]) -> list[Reply]:
    """A summary of the day, one item per line: each read on its own, all gated together like the parts of
    a two-customer message (one card shows every item's writes when any item is unsure; Save stores them
    all). An item that names no customer and stores nothing ("expenses done") is said to be left out."""
    stored: list[str] = []
    undo: tuple[Button, ...] = ()
    cards: list[Card] = []
    left: list[str] = []
    others: list[Reply] = []
    for item in items:
        try:
            replies = understand(ctx, item)
        except Card as card:
            cards.append(card)  # its writes stay in this message's savepoint until the whole card is answered
            continue
        except UserError:
            left.append(item)
            continue
        nothing = (free_text_pointer(ctx, item).text, small_talk_reply(ctx).text)
        for reply in replies:
            if reply.buttons and reply.buttons[-1].payload.startswith("undo:"):
                stored.append(reply.text)
                undo = (reply.buttons[-1],)
            elif reply.text in nothing:
                left.append(item)
            elif is_asked_whose(ctx, reply):
                forget_whose(ctx)  # "3、下午回公司写方案": no customer, so left out, not asked about
                left.append(item)
            else:
                others.append(reply)  # a follow-up question, an answer
    if cards and ctx.picks.get(PREVIEW) != SAVE:
        lines = [line for text in stored for line in text.splitlines()]
        lines += [line for card in cards for line in card.lines]
        doubts = [d for c in cards for d in c.doubts]
        unused = [u for c in cards for u in c.unused]
        raise Card(ctx, lines, list(dict.fromkeys(doubts)), list(dict.fromkeys(unused)))
    replies = [Reply("\n".join(stored), undo)] if stored else []
    if left:
        words = "; ".join(f"“{item}”" for item in left)
        replies.append(Reply(ctx._("Not stored (no customer or nothing to record): {items}", items=words)))
    return replies + others or [free_text_pointer(ctx, " ".join(items))]
