"""Deals through the agreed stages: /deal, /stage, /won, /lost."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from crm_store.models import Customer, Deal
from handlers.commands import lists
from handlers.commands.lists import list_request
from handlers.context import Ctx
from handlers.domain.deals import (
    DealUpdate,
    NewDeal,
    change_deal,
    check_deal,
    create_deal,
    implied_currency,
)
from handlers.errors import UserError
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.amounts import find_amount, yuan_word_only
from handlers.parsing.vocabulary import find_stage, stage_synonyms
from handlers.render import deal_line
from handlers.resolve import choose_amount, choose_deal, sure_when, take_customer

FILLER = re.compile(
    r"\b(close|closes|closing|expected|by|stage|to|moved|move|at|in|on|deal|for|amount|worth)\b"
    r"|预计|成交|阶段|金额|推进到|进入|到",
    re.IGNORECASE,
)
# "close <date>": the words after it must read as a date, or the command is refused (not ignored).
CLOSE_MARKER = re.compile(
    r"\b(?:close|closes|closing)\b(?:\s+(?:on|by|date)\b)?\s*|预计成交(?:日期)?\s*", re.IGNORECASE
)


@dataclass(frozen=True)
class DealTerms:
    amount: Decimal | None
    currency: str | None
    stage: str | None
    close: date | None
    title: str
    new: bool
    implied_currency: str | None = None  # for a new deal when no currency was written


def _cut(text: str, start: int, end: int) -> str:
    return f"{text[:start]} {text[end:]}"


def strip_new(text: str) -> tuple[bool, str]:
    """("new", rest) markers: "/deal new Acme 5k" asks for another deal, not an update."""
    head, _, tail = text.strip().partition(" ")
    if head.lower() in ("new", "another", "新", "新的", "新建"):
        return True, tail
    return False, text


def parse_terms(ctx: Ctx, text: str) -> DealTerms:
    """Amount, stage, close date and the leftover words (the title) from free command text."""
    new, text = strip_new(text)
    _check_close_date(ctx, text)
    amount_value: Decimal | None = None
    currency = implied = None
    amount = find_amount(text)
    if amount is not None:
        written = text[amount.start : amount.end]
        # a bare 元 is the deal's own yuan (kept), for a new deal the one of the user's place
        currency = None if yuan_word_only(written) else amount.currency
        implied = implied_currency(text, currency, ctx.tz)
        amount_value = choose_amount(ctx, amount, written, implied or ctx.settings.default_currency)
        text = _cut(text, amount.start, amount.end)
    stage = None
    found = find_stage(text, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    if found is not None:
        stage = found[0]
        text = _cut(text, found[1], found[2])
    close = None
    when = sure_when(ctx, text)
    if when is not None:
        close = when.at.date()
        text = when.strip_from(text)
    title = " ".join(FILLER.sub(" ", text).split()).strip(" ,;:-~·")
    return DealTerms(amount_value, currency, stage, close, title, new, implied)


def _check_close_date(ctx: Ctx, text: str) -> None:
    """Refuse "close 2999" or "close someday": a close date that is named but cannot be read."""
    marker = CLOSE_MARKER.search(text)
    if marker is None:
        return
    tail = text[marker.end() :]
    when = sure_when(ctx, tail)  # out-of-range dates are refused in there
    if when is None or min(start for start, _ in when.spans) > 0:
        raise UserError(
            ctx._(
                "I couldn't read the close date “{words}”. Write it like 15 Dec, 2026-12-15 or in 3 weeks.",
                words=" ".join(tail.split()[:3]) or "…",
            )
        )


def _require_open_deal(ctx: Ctx, customer: Customer, hint: str = "") -> Deal:
    deal = choose_deal(ctx, customer, hint)
    if deal is None:
        raise UserError(
            ctx._("{customer} has no open deal. Create one with /deal {customer} 50k", customer=customer.name)
        )
    check_deal(ctx, deal)
    return deal


def deal(ctx: Ctx, args: str) -> Reply:
    if not args.strip():
        raise UserError(ctx._("Usage: /deal <customer> [amount] [stage] [close <date>] [title]"))
    if (wanted := list_request(args)) is not None:
        return lists.deals(ctx, wanted)
    new, args = strip_new(args)
    customer, rest = take_customer(ctx, args)
    terms = parse_terms(ctx, rest)
    if new:
        terms = replace(terms, new=True)
    nothing_given = not (terms.amount is not None or terms.stage or terms.close or terms.title)
    if nothing_given and not terms.new:
        deals = ctx.store.deals.for_customer(customer.id, open_only=True)
        if not deals:
            raise UserError(
                ctx._(
                    "{customer} has no open deal. Create one with /deal {customer} 50k",
                    customer=customer.name,
                )
            )
        lines = [ctx._("Open deals of {customer}:", customer=customer.name)]
        lines += [f"  • {deal_line(ctx, d)}" for d in deals]
        return Reply("\n".join(lines))
    existing = None if terms.new else choose_deal(ctx, customer, terms.title, create=True)
    if existing is None:
        return _create(ctx, customer, terms)
    check_deal(ctx, existing)
    if terms.amount is None and not terms.stage and not terms.close:
        raise UserError(
            ctx._(
                "Nothing to change in {line}. Give an amount, a stage or a close date, "
                "e.g. /deal {customer} 50k proposal close 15 Dec",
                line=deal_line(ctx, existing),
                customer=customer.name,
            )
        )
    before_stage = existing.stage
    update = DealUpdate(amount=terms.amount, currency=terms.currency, stage=terms.stage, close=terms.close)
    if terms.stage in ("won", "lost"):  # closing: the amount (and for lost, the words as the reason)
        update = DealUpdate(amount=terms.amount, stage=terms.stage, lost_reason=terms.title)
    change_deal(ctx, existing, update)
    moved = ""
    if existing.stage != before_stage:
        moved = f" ({label(ctx.tr, before_stage)} → {label(ctx.tr, existing.stage)})"
    text = ctx._("Deal updated: {line}", line=deal_line(ctx, existing, with_customer=customer.name))
    return ctx.confirm(text + moved)


def _create(ctx: Ctx, customer: Customer, terms: DealTerms) -> Reply:
    new_deal = create_deal(
        ctx,
        NewDeal(
            customer,
            title=terms.title or customer.name,
            currency=terms.currency or terms.implied_currency or ctx.settings.default_currency,
            stage=terms.stage,
            amount=terms.amount,
            close=terms.close,
        ),
    )
    text = ctx._("New deal: {line}", line=deal_line(ctx, new_deal, with_customer=customer.name))
    return ctx.confirm(text)


def stage(ctx: Ctx, args: str) -> Reply:
    customer, rest = take_customer(ctx, args, offer_create=False)
    found = find_stage(rest, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    if found is None:
        stages = ", ".join(label(ctx.tr, s) for s in ctx.settings.stage_names)
        raise UserError(ctx._("Which stage? One of: {stages}", stages=stages))
    target = found[0]
    hint = _cut(rest, found[1], found[2])
    chosen = _require_open_deal(ctx, customer, hint)
    before = chosen.stage
    reason = " ".join(FILLER.sub(" ", hint).split()) if target == "lost" else None
    change_deal(ctx, chosen, DealUpdate(stage=target, lost_reason=reason))
    return ctx.confirm(
        ctx._(
            "{customer} · {title}: {before} → {after}",
            customer=customer.name,
            title=chosen.title,
            before=label(ctx.tr, before),
            after=label(ctx.tr, target),
        )
    )


def won(ctx: Ctx, args: str) -> Reply:
    customer, rest = take_customer(ctx, args, offer_create=False)
    amount = find_amount(rest)
    chosen = _require_open_deal(ctx, customer, rest)
    change_deal(ctx, chosen, DealUpdate(stage="won", amount=amount.value if amount else None))
    return ctx.confirm("🎉 " + ctx._("Won: {line}", line=deal_line(ctx, chosen, with_customer=customer.name)))


def lost(ctx: Ctx, args: str) -> Reply:
    customer, reason = take_customer(ctx, args, offer_create=False)
    reason = re.sub(r"^(to|because|due to|on|因为|由于)\s+", "", reason.strip(" ,;:-"), flags=re.I)
    chosen = _require_open_deal(ctx, customer, reason)
    change_deal(ctx, chosen, DealUpdate(stage="lost", lost_reason=reason))
    return ctx.confirm(
        ctx._(
            "Lost: {customer} · {title} — {reason}", customer=customer.name, title=chosen.title, reason=reason
        )
    )
