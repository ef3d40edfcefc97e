"""/history: a customer's whole timeline, or a search of activities by words, kind and period.

"/history Acme" (activities, stage and amount changes, reminders done, newest first),
"/history Acme complaint", "/history complaints this month", "/history Acme pricing",
"/history 华为的投诉", "/history 本月 投诉". Paged with Prev / Next.
"""

from __future__ import annotations

import re

from crm_store.models import ACTIVITY_KINDS
from crm_store.repos.history import HistoryQuery, TimelineEntry
from handlers.commands.lists import whose
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.labels import label
from handlers.messages import Reply
from handlers.paging import Paging
from handlers.parsing.periods import find_period
from handlers.parsing.vocabulary import KIND_NAMES, word_pattern
from handlers.resolve import optional_customer, take_customer

FILLER = re.compile(r"(?:^|\s)(?:about|with|for|of|on|关于|有关|和)(?=\s|$)|的|[,，;；:：]", re.I)


def kinds_named(text: str) -> tuple[list[str], str]:
    """Activity kinds named in the text ("complaints", "投诉"), and the text without them."""
    found: list[str] = []
    for kind in ACTIVITY_KINDS:
        for word in sorted(KIND_NAMES.get(kind, ()), key=len, reverse=True):
            match = re.search(word_pattern(word), text, re.I)
            if match:
                found.append(kind)
                text = text[: match.start()] + " " + text[match.end() :]
                break
    return found, " ".join(text.split())


def _entry_line(ctx: Ctx, entry: TimelineEntry, names: dict[int, str], customers: dict[int, str]) -> str:
    day = ctx.day(entry.at.astimezone(ctx.tz).date())
    if entry.activity is not None:
        activity = entry.activity
        line = f"{day} · {label(ctx.tr, activity.kind)}: {activity.summary}"
        if activity.next_step:
            line += " → " + activity.next_step
        if customers and activity.customer_id in customers:
            line += f" [{customers[activity.customer_id]}]"
        author = names.get(activity.author_id or 0)
        return line + (f" — {author}" if author else "")
    if entry.change is not None and entry.deal is not None:
        change, deal = entry.change, entry.deal
        amount = ctx.money(change.to_amount, deal.currency)
        if change.from_stage is None:
            text = "🆕 " + ctx._("New deal {title} · {amount} · {stage}", title=deal.title, amount=amount,
                                stage=label(ctx.tr, change.to_stage))  # fmt: skip
        elif change.from_stage != change.to_stage:
            mark = {"won": "✅ ", "lost": "❌ "}.get(change.to_stage or "", "➡️ ")
            text = (
                mark + f"{deal.title}: {label(ctx.tr, change.from_stage)} → {label(ctx.tr, change.to_stage)}"
            )
        else:
            text = f"💲 {deal.title}: {ctx.money(change.from_amount, deal.currency)} → {amount}"
        who = names.get(change.changed_by_id or 0)
        return f"{day} · {text}" + (f" — {who}" if who else "")
    assert entry.reminder is not None
    return f"{day} · ✔ " + ctx._("Reminder done: {text}", text=entry.reminder.text)


def history(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    paging = paging or Paging()
    text = args.strip()
    owners, who, text = whose(ctx, text)
    period = find_period(text, ctx.today)
    if period is not None:
        text = period.strip_from(text)
    kinds, text = kinds_named(text)
    text = " ".join(FILLER.sub(" ", text).split())
    customer = None
    if text:
        customer, rest = optional_customer(ctx, text)
        if customer is None:
            try:
                customer, rest = take_customer(ctx, text, offer_create=False)
            except UserError:  # no customer of that name: the words are what to look for
                customer, rest = None, text
        text = rest
    words = [w for w in FILLER.sub(" ", text).split() if w]
    if customer is None and not (kinds or words or period):
        raise UserError(
            ctx._(
                "Whose history? e.g. /history Acme, /history Acme complaint, /history complaints this month"
            )
        )
    start = end = None
    if period is not None:
        start, end = period.bounds(ctx.tz)
    query = HistoryQuery(
        customer_id=customer.id if customer else None,
        owner_ids=None if customer else owners,
        kinds=tuple(kinds),
        words=tuple(words),
        start=start,
        end=end,
    )
    page = ctx.store.history.timeline(query, offset=paging.offset, limit=paging.size)
    filters = [label(ctx.tr, k) for k in kinds] + [f"“{w}”" for w in words]
    if period is not None:
        filters.append(f"{ctx.day(period.first)} – {ctx.day(period.last)}")
    if customer is None:
        filters.insert(0, who)
    described = ", ".join(filters)
    subject = customer.name if customer else ctx._("all customers")
    bracket = ctx._(" ({filters})", filters=described) if described else ""
    if not page.total:
        return Reply(ctx._("Nothing in the history of {subject}{filters}.", subject=subject, filters=bracket))
    names = ctx.store.users.names()
    customer_names = {}
    if customer is None:
        ids = [e.activity.customer_id for e in page.items if e.activity and e.activity.customer_id]
        customer_names = {cid: c.name for cid, c in ctx.store.customers.by_ids(ids).items()}
    lines = ["  • " + _entry_line(ctx, e, names, customer_names) for e in page.items]
    head = ctx.tr.plural(
        "History of {subject}{filters}: {n} entry",
        "History of {subject}{filters}: {n} entries",
        page.total,
        subject=subject,
        filters=bracket,
    )
    return paging.reply(ctx, "history", args, page, head, lines)


__all__ = ["history"]
