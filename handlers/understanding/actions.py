"""Deal and reminder changes from a message, as plain data so an uncertain one can wait for an answer.

A message's certain parts are stored at once. A part that needs an answer (which of two
amounts, which open deal, when to remind) becomes a follow-up question whose buttons carry
the part as data; pressing one stores just that part (`answer`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_store.models import Customer, Deal
from crm_store.repos.base import UNSET
from handlers.commands.deals import apply_stage, check_permission
from handlers.commands.reminders import _when_options
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.events import DealChanged
from handlers.labels import label
from handlers.messages import Button, Reply
from handlers.parsing.amounts import Amount
from handlers.payloads import choice_index, payload_id
from handlers.render import deal_line, reminder_line
from handlers.resolve import NEW, NeedChoice, Option, choose_deal

Action = dict[str, Any]
FOLLOW_UP = "fill"  # payload prefix, routed to `answer` by handlers.commands


def deal_action(
    customer: Customer,
    *,
    amount: Amount | None,
    amount_text: str,
    currency: str | None,
    implied: str | None,
    stage: str | None,
    explicit: bool,
    moved: bool,
    outcome: str | None,
    reason: str | None,
    close: date | None,
    title: str | None,
    hint: str = "",
    reopen: bool = False,
    add_on: bool = False,
) -> Action:
    return {
        "do": "deal",
        "customer_id": customer.id,
        "amount": str(amount.value) if amount else None,
        "alternative": str(amount.alternative)
        if amount and amount.ambiguous and amount.alternative
        else None,
        "amount_text": amount_text,
        "currency": currency,  # as written; a deal keeps its own otherwise
        "implied": implied,  # for a new deal without a written currency
        "stage": stage,
        "explicit": explicit,
        "moved": moved,  # False: the stage word was only mentioned; it names a new deal's stage only
        "outcome": outcome,
        "reason": reason,
        "close": close.isoformat() if close else None,
        "title": title,
        "hint": hint,  # words that may name one of several open deals
        "reopen": reopen,  # bring back the latest closed deal
        "add_on": add_on,  # a new deal next to the open one
    }


def reminder_action(text: str, customer: Customer | None, deal_id: int | None) -> Action:
    return {
        "do": "reminder",
        "text": text,
        "customer_id": customer.id if customer else None,
        "deal_id": deal_id,
    }


def run(ctx: Ctx, action: Action) -> tuple[str, Deal | None]:
    """Carry out one action: (confirmation line, the deal it touched). May raise `NeedChoice`."""
    if action["do"] == "deal":
        return run_deal(ctx, action)
    return run_reminder(ctx, action), None


# Deals ------------------------------------------------------------------------
def _amount(ctx: Ctx, action: Action, currency: str) -> Decimal | None:
    if action["amount"] is None:
        return None
    if action["alternative"] is None:
        return Decimal(action["amount"])
    key = f"amount:{action['amount_text']}"
    if key in ctx.picks:
        return Decimal(ctx.picks[key])
    first, second = Decimal(action["amount"]), Decimal(action["alternative"])
    raise NeedChoice(
        key,
        ctx._("Which amount do you mean?"),
        [Option(ctx.money(first, currency), str(first)), Option(ctx.money(second, currency), str(second))],
    )


def _forward(ctx: Ctx, before: str, after: str) -> bool:
    names = ctx.settings.stage_names
    return before not in names or after not in names or names.index(after) > names.index(before)


def run_deal(ctx: Ctx, action: Action) -> tuple[str, Deal | None]:
    customer = ctx.store.customers.require(action["customer_id"])
    outcome, reason = action["outcome"], action["reason"]
    if outcome == "lost" and not reason:
        raise UserError(
            ctx._("Why was it lost? e.g. lost {customer} to a competitor on price", customer=customer.name)
        )
    if action.get("reopen"):
        return _reopen(ctx, customer, action)
    if action.get("add_on"):
        deal = None
    else:
        deal = choose_deal(ctx, customer, action.get("hint") or action["title"] or "", create=True)
    currency = action["currency"] or (
        deal.currency if deal else action["implied"] or ctx.settings.default_currency
    )
    amount = _amount(ctx, action, currency)
    close = date.fromisoformat(action["close"]) if action["close"] else None
    if deal is None:
        if amount is None and close is None and not outcome and not action["explicit"]:
            return "", None  # a stage merely mentioned ("sent the quote") starts no deal
        return _create(ctx, customer, action, amount, currency, close)
    check_permission(ctx, deal)
    before = deal.stage
    if outcome is not None:
        ctx.store.deals.change(deal, currency=action["currency"] or UNSET, expected_close=close or UNSET)
        apply_stage(ctx, deal, outcome, reason=reason, amount=amount)
        return _outcome_line(ctx, customer, deal), deal
    stage = action["stage"]
    was = (deal.amount, deal.currency, deal.stage, deal.expected_close)
    if (
        stage
        and stage != before
        and not (action["explicit"] or (action.get("moved", True) and _forward(ctx, before, stage)))
    ):
        stage = None  # a stage merely mentioned does not move a deal, and only a move goes backwards
    ctx.store.deals.change(
        deal,
        amount=amount if amount is not None else UNSET,
        currency=action["currency"] or UNSET,
        stage=stage or UNSET,
        expected_close=close or UNSET,
    )
    if stage and stage != before:
        ctx.events.append(DealChanged(deal.id, before, stage))
    if (deal.amount, deal.currency, deal.stage, deal.expected_close) == was:
        return "", deal  # the message repeats what the deal already says
    line = ctx._("Deal updated: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    if deal.stage != before:
        line += f" ({label(ctx.tr, before)} → {label(ctx.tr, deal.stage)})"
    return line, deal


def _reopen(ctx: Ctx, customer: Customer, action: Action) -> tuple[str, Deal | None]:
    """ "reopen at 40k": the latest closed deal goes back to the stage it was lost from."""
    closed = [d for d in ctx.store.deals.for_customer(customer.id) if d.status != "open"]
    if not closed:
        raise UserError(ctx._("{customer} has no closed deal to reopen.", customer=customer.name))
    deal = max(closed, key=lambda d: d.id)  # the latest one
    check_permission(ctx, deal)
    before = deal.stage
    history = ctx.store.deals.history(deal.id)
    earlier = [c.from_stage for c in history if c.to_stage == before and c.from_stage]
    open_names = [s.name for s in ctx.settings.open_stages]
    stage = action["stage"] if action["stage"] in open_names else None
    stage = stage or (earlier[-1] if earlier and earlier[-1] in open_names else open_names[0])
    currency = action["currency"] or deal.currency
    amount = _amount(ctx, action, currency)
    close = date.fromisoformat(action["close"]) if action["close"] else None
    ctx.store.deals.change(
        deal,
        stage=stage,
        amount=amount if amount is not None else UNSET,
        currency=action["currency"] or UNSET,
        expected_close=close or UNSET,
    )
    ctx.events.append(DealChanged(deal.id, before, stage))
    line = ctx._("Reopened: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    return f"{line} ({label(ctx.tr, before)} → {label(ctx.tr, stage)})", deal


def _create(
    ctx: Ctx, customer: Customer, action: Action, amount: Decimal | None, currency: str, close: date | None
) -> tuple[str, Deal]:
    outcome = action["outcome"]
    stage = outcome or action["stage"] or ctx.settings.open_stages[0].name
    deal = ctx.store.deals.add(
        customer,
        title=action["title"] or customer.name,
        stage=stage,
        currency=currency,
        amount=amount,
        expected_close=close,
    )
    if outcome == "lost":
        ctx.store.deals.change(deal, lost_reason=action["reason"])
    ctx.events.append(DealChanged(deal.id, None, stage))
    if outcome:
        return _outcome_line(ctx, customer, deal), deal
    return ctx._("New deal: {line}", line=deal_line(ctx, deal, with_customer=customer.name)), deal


def _outcome_line(ctx: Ctx, customer: Customer, deal: Deal) -> str:
    if deal.stage == "won":
        return "🎉 " + ctx._("Won: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    return ctx._(
        "Lost: {customer} · {title} — {reason}",
        customer=customer.name,
        title=deal.title,
        reason=deal.lost_reason or "",
    )


# Reminders --------------------------------------------------------------------
def when_key(text: str) -> str:
    return "when:" + " ".join(text.split()).lower()


def run_reminder(ctx: Ctx, action: Action, due: datetime | None = None) -> str:
    if due is None:
        key = when_key(action["text"])
        if key not in ctx.picks:
            raise NeedChoice(
                key,
                ctx._("When should I remind you to “{what}”?", what=action["text"]),
                _when_options(ctx),
            )
        due = datetime.fromisoformat(ctx.picks[key])
    customer = ctx.store.customers.get(action["customer_id"])
    reminder = ctx.store.reminders.add(
        ctx.user.id,
        due,
        action["text"],
        customer_id=customer.id if customer else None,
        deal_id=action["deal_id"],
    )
    return ctx._("Reminder set: {line}", line=reminder_line(ctx, reminder, customer))


# Follow-up questions ----------------------------------------------------------
def defer(ctx: Ctx, action: Action, question: NeedChoice) -> Reply:
    """Keep `action` for later and ask `question`; its buttons come back to `answer`."""
    pending = ctx.store.pending.ask(
        FOLLOW_UP,
        {
            "action": action,
            "picks": ctx.picks,
            "key": question.key,
            "values": [option.value for option in question.options],
        },
    )
    buttons = tuple(
        Button(option.label, f"{FOLLOW_UP}:{pending.id}:{index}")
        for index, option in enumerate(question.options)
    )
    return Reply(question.question, (*buttons, Button(ctx._("Skip"), f"{FOLLOW_UP}:{pending.id}:x")))


def answer(ctx: Ctx, rest: str) -> list[Reply]:
    """A button of a follow-up question: store the part that was waiting for it."""
    choice_id, _, index = rest.partition(":")
    ident = payload_id(choice_id)
    pending = ctx.store.pending.take(ident) if ident is not None else None
    if pending is None or pending.kind != FOLLOW_UP:
        raise UserError(ctx._("That question was already answered."))
    if index == "x":
        return [Reply(ctx._("OK, skipped."))]
    values = pending.data.get("values", [])
    chosen = choice_index(index, len(values))
    if chosen is None:
        raise UserError(ctx._("That button no longer works."))
    ctx.picks = {**pending.data.get("picks", {}), pending.data["key"]: values[chosen]}
    if values[chosen] == NEW and pending.data["key"].startswith("deal:"):
        ctx.picks[pending.data["key"]] = NEW
    action = pending.data["action"]
    try:
        line, _ = run(ctx, action)
    except NeedChoice as question:
        return [defer(ctx, action, question)]
    return [ctx.confirm(line)] if line else [Reply(ctx._("Nothing to change."))]
