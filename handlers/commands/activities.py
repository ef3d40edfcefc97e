"""Logging what happened with a customer: /log."""

from __future__ import annotations

import re

from crm_store.models import Contact, Customer
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.events import ActivityLogged
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import detect_kind
from handlers.resolve import take_customer

CJK = re.compile(r"[\u4e00-\u9fff]")
CN_TITLES = (
    r"(?:经理|总监|总|先生|女士|小姐|老师|主任|工|董|处长|科长|部长|主管|助理|老板|"
    r"厂长|院长|局长|所长|行长|店长|秘书)"
)


def mentioned_contact(ctx: Ctx, customer: Customer, text: str) -> Contact | None:
    """The customer's contact whose full name, or a distinctive part of it, appears in `text`."""
    text = simplified(text)  # 陳經理 and 陈经理 are the same person
    lower = text.lower()
    company_words = set(re.split(r"[\s.]+", customer.name.lower()))
    best: tuple[int, Contact] | None = None
    for person in ctx.store.customers.contacts(customer.id):
        name = simplified(person.name).lower()
        if name in lower:
            return person
        parts = [
            p
            for p in re.split(r"[\s.]+", name)
            if len(p) >= 2 and p.isalpha() and not CJK.match(p) and p not in company_words
        ]
        hits = [p for p in parts if re.search(rf"(?<![^\W\d_]){re.escape(p)}(?![^\W\d_])", lower)]
        if not name[:1].isascii() and re.search(re.escape(name[0]) + CN_TITLES, text):
            hits.append(name[0])  # 张经理, 王总: surname and title
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), person)
    return best[1] if best else None


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
    open_deals = ctx.store.deals.for_customer(customer.id, open_only=True)
    deal = open_deals[0] if len(open_deals) == 1 else None
    activity = ctx.store.activities.add(
        kind,
        summary,
        customer_id=customer.id,
        contact_id=person.id if person else None,
        deal_id=deal.id if deal else None,
        occurred_at=ctx.message_time,
    )
    ctx.events.append(ActivityLogged(activity.id, kind, customer.id))
    who = f" · {ctx._('with {name}', name=person.name)}" if person else ""
    text = ctx._("Logged {kind} · {customer}", kind=label(ctx.tr, kind), customer=customer.name)
    return ctx.confirm(f"{text}{who} — {summary}")
