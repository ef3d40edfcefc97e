"""/delete an activity, a deal, a contact or a customer: first a confirmation that says what
goes with it, then the delete (audited, so Undo brings everything back).

    /delete customer Pied Piper      (with its contacts, deals, activities and reminders)
    /delete deal Acme                (its stage history; activities and reminders stay, unlinked)
    /delete contact Jane Doe at Acme (kept as removed while activities name her)
    /delete activity [Acme]          (your last one there)

Who may: a rep their own records, a manager their team's, an admin everything.
"""

from __future__ import annotations

from handlers.commands.deal_upkeep import any_deal
from handlers.commands.targets import find_contact, latest_activity
from handlers.context import Ctx
from handlers.domain.activities import check_activity, delete_activity
from handlers.domain.contacts import remove_contact
from handlers.domain.customers import check_customer, customer_footprint, delete_customer
from handlers.domain.deals import check_deal, delete_deal
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.payloads import payload_id
from handlers.render import activity_line, deal_line
from handlers.resolve import take_customer

DELETE_KIND = "delete"
KINDS = {
    "customer": "customer", "客户": "customer",
    "deal": "deal", "商机": "deal",
    "contact": "contact", "联系人": "contact",
    "activity": "activity", "log": "activity", "跟进": "activity", "记录": "activity",
}  # fmt: skip


def _counts(ctx: Ctx, counts: dict[str, int]) -> str:
    parts = [
        ctx.tr.plural("{n} contact", "{n} contacts", counts["contacts"]),
        ctx.tr.plural("{n} deal with its history", "{n} deals with their history", counts["deals"]),
        ctx.tr.plural("{n} activity", "{n} activities", counts["activities"]),
        ctx.tr.plural("{n} open reminder", "{n} open reminders", counts["reminders"]),
    ]
    return ", ".join(part for part, n in zip(parts, counts.values(), strict=True) if n) or ctx._(
        "nothing else"
    )


def delete(ctx: Ctx, args: str) -> Reply:
    what, _, rest = args.strip().partition(" ")
    kind = KINDS.get(what.lower())
    if kind is None or (kind != "activity" and not rest.strip()):
        raise UserError(
            ctx._(
                "Usage: /delete customer <name> | /delete deal <customer> | "
                "/delete contact <name> [at <customer>] | /delete activity [customer]"
            )
        )
    if kind == "customer":
        customer, _ = take_customer(ctx, rest, offer_create=False)
        check_customer(ctx, customer)
        goes = _counts(ctx, customer_footprint(ctx, customer))
        question = ctx._("Delete {name}? With it go: {what}.", name=customer.name, what=goes)
        return _ask(ctx, question, kind, customer.id)
    if kind == "deal":
        customer, hint = take_customer(ctx, rest, offer_create=False)
        deal = any_deal(ctx, customer, hint)
        check_deal(ctx, deal)
        changes = len(ctx.store.deals.history(deal.id))
        question = ctx._(
            "Delete the deal {line}? Its stage history goes with it ({n} changes); its activities and "
            "reminders stay with {customer}.",
            line=deal_line(ctx, deal, with_customer=customer.name),
            n=changes,
            customer=customer.name,
        )
        return _ask(ctx, question, kind, deal.id)
    if kind == "contact":
        person = find_contact(ctx, rest)
        check_customer(ctx, ctx.store.customers.require(person.customer_id))
        question = ctx._(
            "Take {name} off the contacts of {customer}? Activities that name them keep the name.",
            name=person.name,
            customer=ctx.store.customers.require(person.customer_id).name,
        )
        return _ask(ctx, question, kind, person.id)
    named = take_customer(ctx, rest, offer_create=False)[0] if rest.strip() else None
    activity = latest_activity(ctx, named)
    check_activity(ctx, activity)
    question = ctx._("Delete this activity? {line}", line=activity_line(ctx, activity))
    return _ask(ctx, question, kind, activity.id)


def _ask(ctx: Ctx, question: str, kind: str, ident: int) -> Reply:
    stored = ctx.store.pending.ask(DELETE_KIND, {"kind": kind, "id": ident})
    stored.created_at = ctx.now
    note = ctx._("(You can undo it afterwards.)")
    return Reply(
        f"{question}\n{note}",
        (Button(ctx._("Delete"), f"del:{stored.id}"), Button(ctx._("Cancel"), f"del:{stored.id}:no")),
    )


def delete_button(ctx: Ctx, rest: str) -> Reply:
    """`del:<id>` deletes what the confirmation named; `del:<id>:no` cancels."""
    ident, _, answer = rest.partition(":")
    choice_id = payload_id(ident)
    stored = ctx.store.pending.take(choice_id) if choice_id is not None else None
    if stored is None or stored.kind != DELETE_KIND:
        raise UserError(ctx._("That button no longer works."))
    if answer == "no":
        return Reply(ctx._("OK, nothing deleted."))
    kind, target = stored.data.get("kind"), stored.data.get("id")
    store = ctx.store
    if kind == "customer" and (customer := store.customers.get(target)) is not None:
        name = customer.name
        delete_customer(ctx, customer)
        return ctx.confirm(ctx._("Deleted {name}.", name=name))
    if kind == "deal" and (deal := store.deals.get(target)) is not None:
        title = deal.title
        delete_deal(ctx, deal)
        return ctx.confirm(ctx._("Deleted the deal {title}.", title=title))
    if kind == "contact" and (person := store.customers.get_contact(target)) is not None:
        remove_contact(ctx, person)
        return ctx.confirm(ctx._("{name} is off the contact list.", name=person.name))
    if kind == "activity" and (activity := store.activities.get(target)) is not None:
        delete_activity(ctx, activity)
        return ctx.confirm(ctx._("Deleted the activity."))
    raise UserError(ctx._("I can't find that any more. It may have been deleted."))
