"""Finding the record a fixing command means: a contact by name, your last activity."""

from __future__ import annotations

import re

from crm_store.models import Activity, Contact, Customer
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.resolve import NeedChoice, Option, take_customer

AT = re.compile(r"\s+(?:at|@|of|from|在|来自)\s+", re.I)


def find_contact(ctx: Ctx, text: str) -> Contact:
    """ "Jane Doe" or "Jane Doe at Acme": one contact, or a question when several match."""
    name, customer = text.strip(), None
    match = AT.search(name)
    if match:
        customer, _ = take_customer(ctx, name[match.end() :], offer_create=False)
        name = name[: match.start()].strip()
    if not name:
        raise UserError(ctx._("Which contact? e.g. /edit contact Jane Doe at Acme: title=CTO"))
    found = list(ctx.store.customers.find_contacts(name, customer_id=customer.id if customer else None))
    key = "contact:" + name.lower()
    if key in ctx.picks:
        picked = ctx.store.customers.get_contact(int(ctx.picks[key]))
        if picked is not None:
            return picked
    if not found:
        where = f" ({customer.name})" if customer else ""
        raise UserError(ctx._("I know no contact called {name}{where}.", name=name, where=where))
    if len(found) == 1:
        return found[0]
    companies = ctx.store.customers.by_ids([c.customer_id for c in found])
    options = [
        Option(f"{c.name} ({companies[c.customer_id].name})" if c.customer_id in companies else c.name, c.id)
        for c in found[:6]
    ]
    raise NeedChoice(key, ctx._("Which {name}?", name=name), options)


def latest_activity(ctx: Ctx, customer: Customer | None) -> Activity:
    """Your newest activity (about `customer`); about a customer where you logged nothing, its
    newest activity by anyone (whether you may change it is the domain's call)."""
    activity = ctx.store.activities.latest(ctx.user.id, customer_id=customer.id if customer else None)
    if activity is None and customer is not None:
        recent = ctx.store.activities.recent(customer.id, limit=1)
        activity = recent[0] if recent else None
    if activity is None:
        where = customer.name if customer else ctx._("anyone")
        raise UserError(ctx._("You have logged nothing about {customer} yet.", customer=where))
    return activity
