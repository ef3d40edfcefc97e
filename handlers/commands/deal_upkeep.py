"""Keeping deals right after the fact: /reopen, /rename, /reassign; and what a win or a loss
does to the deal's open reminders (the reply lists them and asks whether to close them)."""

from __future__ import annotations

import re
from typing import Any

from crm_store.models import Customer, Deal
from handlers.context import Ctx
from handlers.domain.customers import reassign_customer
from handlers.domain.deals import close_deal_reminders, reassign_deal, rename_deal, reopen_deal
from handlers.domain.events import DealChanged
from handlers.errors import UserError
from handlers.i18n import N_
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.amounts import find_amount
from handlers.parsing.vocabulary import find_stage, stage_synonyms
from handlers.questions import FollowUp, ask
from handlers.render import deal_line
from handlers.resolve import NeedChoice, Option, choose_deal, take_customer

TO = re.compile(r"(?:^|\s)(?:to|给|转给|交给)\s*(?P<name>.+)$", re.I)


def reminders_of_closed_deal(ctx: Ctx, event: object) -> Reply | None:
    """Listener: a deal just won or lost that still has open reminders lists them and asks whether
    to close them. Nothing is closed without the tap: a won deal may still need its contract sent."""
    if not isinstance(event, DealChanged) or event.to_stage not in ("won", "lost"):
        return None
    deal = ctx.store.deals.get(event.deal_id)
    reminders = ctx.store.reminders.open_for_deal(deal.id) if deal is not None else []
    if deal is None or deal.status == "open" or not reminders:
        return None
    question = NeedChoice(
        CLOSE_REMINDERS,
        ctx.tr.plural(
            "This deal still has {n} open reminder: {texts}. Close it?",
            "This deal still has {n} open reminders: {texts}. Close them?",
            len(reminders),
            texts="; ".join(r.text for r in reminders),
        ),
        [Option(ctx._("Close"), "close")],
    )
    return ask(
        ctx, question, CLOSE_REMINDERS, CLOSING, {"deal_id": deal.id, "reminders": [r.id for r in reminders]}
    )


def close_listed_reminders(ctx: Ctx, data: dict[str, Any]) -> list[Reply]:
    """The owner's "Close" under a win or a loss: the reminders listed then (still open) are closed."""
    deal = ctx.store.deals.get(data["deal_id"])
    if deal is None or deal.status == "open":
        return [Reply(ctx._("That deal is open again; its reminders stay."))]
    closed = close_deal_reminders(ctx, deal, data["reminders"])
    if not closed:
        return [Reply(ctx._("Those reminders are no longer open."))]
    return [
        ctx.confirm(
            ctx.tr.plural(
                "Closed {n} reminder: {texts}",
                "Closed {n} reminders: {texts}",
                len(closed),
                texts="; ".join(closed),
            )
        )
    ]


CLOSE_REMINDERS = "close-reminders"  # the kind (and answer key) of the question under a win or a loss
CLOSING = FollowUp(close_listed_reminders, N_("Keep"), N_("OK, the reminders stay open."))


def closed_deal(ctx: Ctx, customer: Customer) -> Deal:
    """The customer's won or lost deal meant: the only one, else ask (newest first)."""
    closed = [d for d in ctx.store.deals.for_customer(customer.id) if d.status != "open"]
    key = f"closed-deal:{customer.id}"
    if key in ctx.picks:
        return ctx.store.deals.require(int(ctx.picks[key]))
    if not closed:
        raise UserError(ctx._("{customer} has no won or lost deal to reopen.", customer=customer.name))
    if len(closed) == 1:
        return closed[0]
    options = [Option(deal_line(ctx, d), d.id) for d in closed[:6]]
    raise NeedChoice(key, ctx._("Which deal of {customer}?", customer=customer.name), options)


def any_deal(ctx: Ctx, customer: Customer, hint: str = "") -> Deal:
    """An open deal (asking when several), else the newest closed one."""
    deal = choose_deal(ctx, customer, hint)
    if deal is None:
        deals = ctx.store.deals.for_customer(customer.id)
        if not deals:
            raise UserError(ctx._("{customer} has no deal.", customer=customer.name))
        deal = deals[0]
    return deal


def reopen(ctx: Ctx, args: str) -> Reply:
    """`/reopen Acme [amount] [stage]`: a won or lost deal is open again."""
    if not args.strip():
        raise UserError(ctx._("Usage: /reopen <customer> [new amount] [stage]"))
    customer, rest = take_customer(ctx, args, offer_create=False)
    deal = closed_deal(ctx, customer)
    amount = find_amount(rest)
    found = find_stage(rest, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    stage = found[0] if found and found[0] not in ("won", "lost") else None
    was = deal.stage
    reopen_deal(ctx, deal, amount=amount.value if amount else None,
                currency=amount.currency if amount else None, stage=stage)  # fmt: skip
    return ctx.confirm(
        ctx._(
            "Reopened ({was} before): {line}",
            was=label(ctx.tr, was),
            line=deal_line(ctx, deal, with_customer=customer.name),
        )
    )


def rename(ctx: Ctx, args: str) -> Reply:
    """`/rename Acme: New title`."""
    customer, title = take_customer(ctx, args, offer_create=False)
    title = title.strip(" :：,")
    if not title:
        raise UserError(ctx._("Usage: /rename <customer>: <new deal title>"))
    deal = any_deal(ctx, customer)
    before = deal.title
    rename_deal(ctx, deal, title)
    return ctx.confirm(ctx._("Renamed {before} → {after}", before=before, after=deal.title))


def reassign(ctx: Ctx, args: str) -> Reply:
    """`/reassign Acme to Anna` (the deal); `/reassign customer Acme to Anna` (the account)."""
    text = args.strip()
    whole_customer = False
    first, _, rest = text.partition(" ")
    if first.lower() in ("customer", "account", "客户"):
        whole_customer, text = True, rest
    match = TO.search(text)
    if not match:
        raise UserError(
            ctx._("Usage: /reassign <customer> to <person> | /reassign customer <customer> to <person>")
        )
    person = ctx.store.users.by_name(match.group("name").strip())
    if person is None:
        raise UserError(ctx._("There is no user called {name}.", name=match.group("name").strip()))
    customer, hint = take_customer(ctx, text[: match.start()].strip(), offer_create=False)
    if whole_customer:
        reassign_customer(ctx, customer, person)
        return ctx.confirm(ctx._("{customer} is now {name}'s customer.", customer=customer.name,
                                 name=person.display_name))  # fmt: skip
    deal = any_deal(ctx, customer, hint)
    reassign_deal(ctx, deal, person)
    return ctx.confirm(
        ctx._(
            "{line} now belongs to {name}.",
            line=deal_line(ctx, deal, with_customer=customer.name),
            name=person.display_name,
        )
    )
