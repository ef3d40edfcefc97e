"""Questions about the CRM answered from it; nothing is stored.

"what's open with acme?", "华为最近怎么样", "how much is the globex deal", "who's our contact at
Kessler?" get the customer's card: open deals with amount, stage and close date, contacts, last
activities and the next reminder. "what do I have today", "what's due" and "what's open" without a
customer get the day, the reminders or the pipeline.
"""

from __future__ import annotations

import re

from crm_store.models import Customer
from handlers.commands import pipeline, reminders
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.registry import as_list
from handlers.render import customer_card, deal_line
from handlers.understanding.customers import locate_customer
from handlers.understanding.reading import Reading

_CLOSED_SHOWN = 3


def _card_with_closed(ctx: Ctx, customer: Customer) -> str:
    """The customer card, then the latest won or lost deals with why they were lost ("did we lose
    hooli?", "天府软件为什么丢单" are answered by them)."""
    closed = [d for d in ctx.store.deals.for_customer(customer.id) if d.status != "open"]
    lines = [customer_card(ctx, customer)]
    if closed:
        lines.append(ctx._("Closed deals:"))
        for deal in closed[:_CLOSED_SHOWN]:
            line = f"  • {deal_line(ctx, deal)}"
            if deal.lost_reason:
                line += " — " + deal.lost_reason
            lines.append(line)
    return "\n".join(lines)


_TODAY = re.compile(r"\btoday\b|\btoday'?s\b|今天|今日", re.IGNORECASE)
_DUE = re.compile(r"\b(due|remind|reminders?|follow[\s-]?ups?|to[\s-]?dos?|tasks?)\b|提醒|待办|跟进", re.I)
_OPEN = re.compile(r"\b(open|pipeline|forecast|deals?)\b|商机|漏斗|管道|预测", re.IGNORECASE)


def answer_question(ctx: Ctx, reading: Reading) -> list[Reply]:
    found = locate_customer(ctx, reading, needed=False)
    if found is not None:
        return [Reply(_card_with_closed(ctx, found.customer))]
    text = reading.text
    if _TODAY.search(text):
        return as_list(reminders.today(ctx, ""))
    if _DUE.search(text):
        return as_list(reminders.reminders(ctx, ""))
    if _OPEN.search(text):
        return as_list(pipeline.pipeline(ctx, ""))
    return [
        Reply(
            ctx._(
                "I couldn't tell which customer you're asking about, so nothing was saved. "
                "Ask e.g. “what's open with Globex?”, or send /help to see what I can do."
            )
        )
    ]
