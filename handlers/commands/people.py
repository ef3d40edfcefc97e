"""People move on: "Jane left Acme, Sarah Lee is the new CTO" marks Jane as gone (she stays in
the history) and adds Sarah with her title. `/left Jane Doe at Acme, Sarah Lee is the new CTO`,
the same phrase as a plain message (`people_moves`), and "张伟从华为离职了，李娜是新的采购经理"."""

from __future__ import annotations

import re

from handlers.commands.targets import find_contact
from handlers.context import Ctx
from handlers.domain.contacts import NewContact, add_contact, contact_left
from handlers.domain.customers import check_customer
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.resolve import optional_customer, take_customer

LEFT = re.compile(
    r"^(?P<who>[^,，;；]+?)\s+(?:has\s+)?(?:left|quit|is\s+no\s+longer\s+at|no\s+longer\s+works\s+at)\s+"
    r"(?P<where>[^,，;；.]+?)\s*(?:[,，;；.]\s*(?P<rest>.*))?$",
    re.I,
)
LEFT_ZH = re.compile(
    r"^(?P<who>[^,，;；]+?)(?:已经|已)?(?:从|离开了?)(?P<where>[^,，;；。]+?)(?:离职|辞职|走)了?\s*(?:[,，;；。]\s*(?P<rest>.*))?$"
)
AT_CUSTOMER = re.compile(
    r"^(?P<who>.+?)\s+(?:at|from|@|在)\s+(?P<where>[^,，;；]+)\s*(?:[,，;；]\s*(?P<rest>.*))?$", re.I
)
NEW = re.compile(r"^(?P<name>.+?)\s+is\s+(?:the|their|our)\s+new\s+(?P<title>.+?)[.!]?$", re.I)
NEW_ZH = re.compile(r"^(?P<name>.+?)是(?:新的?|新任的?)(?P<title>.+?)[。！!]?$")


def _gone(ctx: Ctx, who: str, where: str, rest: str | None) -> Reply:
    customer, _ = take_customer(ctx, where, offer_create=False)
    check_customer(ctx, customer)
    person = find_contact(ctx, f"{who.strip()} at {customer.name}")
    if person.left_at is not None:
        raise UserError(ctx._("{name} is already marked as gone from {customer}.", name=person.name,
                              customer=customer.name))  # fmt: skip
    contact_left(ctx, person)
    lines = [ctx._("{name} left {customer} (kept in the history).", name=person.name, customer=customer.name)]
    if rest:
        match = NEW.match(rest.strip()) or NEW_ZH.match(rest.strip())
        if match is None:
            raise UserError(ctx._("Who is the new person? e.g. “Sarah Lee is the new CTO”"))
        name, title = match.group("name").strip(), match.group("title").strip()
        if title.lower() in ("one", "contact", "person") or title in ("联系人", "对接人"):
            title = person.title or ""
        added = add_contact(ctx, NewContact(customer, name, title=title or None))
        lines.append(ctx._("New contact {name} at {customer}", name=added.name, customer=customer.name)
                     + (f" · {added.title}" if added.title else ""))  # fmt: skip
    return ctx.confirm("\n".join(lines))


def left(ctx: Ctx, args: str) -> Reply:
    """`/left Jane Doe at Acme[, Sarah Lee is the new CTO]`."""
    text = args.strip()
    match = AT_CUSTOMER.match(text)
    found = match or LEFT.match(text) or LEFT_ZH.match(text)
    if found is None:
        raise UserError(ctx._("Usage: /left <contact> at <customer>[, <new person> is the new <title>]"))
    return _gone(ctx, found.group("who"), found.group("where"), found.group("rest"))


def people_moves(ctx: Ctx, text: str) -> Reply | None:
    """The phrase as a plain message; None when the text is not about someone leaving."""
    match = LEFT.match(text.strip()) or LEFT_ZH.match(text.strip())
    if match is None:
        return None
    customer, rest = optional_customer(ctx, match.group("where"))
    if customer is None or rest.strip():
        return None  # "Jane left a voicemail": not about someone leaving a customer
    if not ctx.store.customers.find_contacts(match.group("who").strip(), customer_id=customer.id):
        return None
    return _gone(ctx, match.group("who"), customer.name, match.group("rest"))
