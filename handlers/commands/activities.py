"""Logging what happened with a customer: /log."""

from __future__ import annotations

from handlers.context import Ctx
from handlers.domain.activities import NewActivity, log_activity
from handlers.domain.contacts import mentioned_contact
from handlers.errors import UserError
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.vocabulary import detect_kind
from handlers.resolve import take_customer


def log(ctx: Ctx, args: str) -> Reply:
    if not args.strip():
        raise UserError(ctx._("What happened? e.g. /log Acme: visited Jane, demo went well"))
    customer, summary = take_customer(ctx, args)
    summary = summary.strip(" ,;:-")
    if not summary:
        raise UserError(
            ctx._("What happened with {customer}? e.g. /log {customer}: called Jane", customer=customer.name)
        )
    kind = detect_kind(summary)
    person = mentioned_contact(ctx, customer, summary)
    log_activity(ctx, NewActivity(kind, summary, customer, occurred_at=ctx.message_time, contact=person))
    who = f" · {ctx._('with {name}', name=person.name)}" if person else ""
    text = ctx._("Logged {kind} · {customer}", kind=label(ctx.tr, kind), customer=customer.name)
    return ctx.confirm(f"{text}{who} — {summary}")
