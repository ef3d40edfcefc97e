"""Finding customers and keeping their record: /find, /customer, /contact."""

from __future__ import annotations

import re
from typing import Any

from crm_store.models import Customer
from crm_store.search import normalize_name
from handlers.commands import lists, removing
from handlers.commands.lists import list_request
from handlers.context import Ctx
from handlers.domain.contacts import NewContact, add_contact
from handlers.domain.customers import CustomerFields, add_customer, update_customer
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.commands import split_contact_fields, split_fields
from handlers.questions import NeedChoice, Option
from handlers.render import contact_details, customer_card
from handlers.resolve import NEW, customer_key, resolve_customer, take_customer

# Field names people type (English and Chinese) -> the customer/contact attribute.
CUSTOMER_FIELDS = {
    "phone": "phone",
    "tel": "phone",
    "电话": "phone",
    "industry": "industry",
    "行业": "industry",
    "website": "website",
    "web": "website",
    "url": "website",
    "网站": "website",
    "address": "address",
    "addr": "address",
    "地址": "address",
    "alias": "aliases",
    "aliases": "aliases",
    "aka": "aliases",
    "别名": "aliases",
    "简称": "aliases",
    "tier": "tier",
    "级别": "tier",
    "owner": "owner",
    "负责人": "owner",
    "lifecycle": "lifecycle",
    "status": "lifecycle",
    "notes": "notes",
    "note": "notes",
    "备注": "notes",
    "name": "name",
    "名称": "name",
}
CONTACT_FIELDS = {
    "title": "title",
    "role": "title",
    "职位": "title",
    "phone": "phone",
    "tel": "phone",
    "mobile": "phone",
    "电话": "phone",
    "手机": "phone",
    "email": "email",
    "mail": "email",
    "邮箱": "email",
    "name": "name",
    "姓名": "name",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _map_fields(ctx: Ctx, fields: dict[str, str], known: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in fields.items():
        attribute = known.get(key)
        if attribute is None:
            allowed = ", ".join(sorted({k for k in known if k.isascii()}))
            raise UserError(
                ctx._("I don't know the field “{key}”. Use: {allowed}.", key=key, allowed=allowed)
            )
        if attribute == "aliases":
            values["aliases"] = [a.strip() for a in re.split(r"[/|、]", value) if a.strip()]
        elif attribute == "owner":
            owner = ctx.store.users.by_name(value)
            if owner is None:
                raise UserError(ctx._("There is no user called {name}.", name=value))
            values["owner_id"] = owner.id
        elif attribute == "email" and value and not EMAIL.match(value):
            raise UserError(ctx._("“{value}” is not an email address.", value=value))
        else:
            values[attribute] = value or None
    return values


def find(ctx: Ctx, args: str) -> Reply:
    if not args.strip():
        raise UserError(ctx._("Whom should I look for? e.g. /find acme"))
    created = ctx.picks.get(customer_key(args)) == NEW
    customer = resolve_customer(ctx, args)
    if created:
        return ctx.confirm(ctx._("New customer {name}", name=customer.name))
    return Reply(customer_card(ctx, customer))


def _add(ctx: Ctx, args: str) -> Reply:
    name, fields = split_fields(args)
    if not name:
        raise UserError(ctx._("Usage: /customer add <name>, phone=..., industry=..."))
    values = _map_fields(ctx, fields, CUSTOMER_FIELDS)
    values.pop("name", None)
    key = "duplicate:" + (normalize_name(name) or name.lower())
    picked = ctx.picks.get(key)
    if picked is None:
        duplicates = ctx.store.search.duplicates(name, values.get("phone"))
        if duplicates:
            options = [Option(ctx._("Use {name}", name=d.name), d.customer_id) for d in duplicates[:4]]
            options.append(Option(ctx._("Create “{name}” anyway", name=name), NEW))
            raise NeedChoice(key, ctx._("This looks like a customer you already have:"), options)
    elif picked != NEW:
        existing = ctx.store.customers.require(int(picked))
        return Reply(customer_card(ctx, existing))
    customer = add_customer(ctx, name, CustomerFields(**values))
    return ctx.confirm(_customer_summary(ctx, customer, ctx._("New customer {name}", name=customer.name)))


def _customer_summary(ctx: Ctx, customer: Customer, head: str) -> str:
    details = [v for v in (customer.industry, customer.phone, customer.website) if v]
    if customer.aliases:
        details.append(ctx._("aka {names}", names=", ".join(customer.aliases)))
    return head + (" · " + " · ".join(details) if details else "")


def _set(ctx: Ctx, args: str) -> Reply:
    customer, rest = take_customer(ctx, args, offer_create=False)
    _, fields = split_fields("x, " + rest.lstrip(",，;； "))
    if not fields:
        raise UserError(ctx._("Usage: /customer set <customer>: phone=..., tier=A"))
    values = _map_fields(ctx, fields, CUSTOMER_FIELDS)
    update_customer(ctx, customer, CustomerFields(**values))
    return ctx.confirm(_customer_summary(ctx, customer, ctx._("Updated {name}", name=customer.name)))


def customer(ctx: Ctx, args: str) -> Reply:
    action, _, rest = args.strip().partition(" ")
    if (wanted := list_request(args)) is not None:
        return lists.customers(ctx, wanted)
    if action.lower() in ("delete", "remove", "删除"):
        return removing.delete(ctx, f"customer {rest}")
    if action.lower() in ("add", "new", "create", "添加", "新建"):
        return _add(ctx, rest)
    if action.lower() in ("set", "edit", "update", "修改"):
        return _set(ctx, rest)
    if args.strip():
        return find(ctx, args)
    raise UserError(
        ctx._("Usage: /customer add <name>, phone=..., industry=... or /customer set <customer>: tier=A")
    )


def contact(ctx: Ctx, args: str) -> Reply:
    action, _, rest = args.strip().partition(" ")
    if (wanted := list_request(args)) is not None:
        return lists.contacts(ctx, wanted)
    if action.lower() not in ("add", "new", "添加", "新建"):
        raise UserError(ctx._("Usage: /contact add <customer>: <name>, title=..., phone=..., email=..."))
    owner, rest = take_customer(ctx, rest)
    name, fields = split_contact_fields(rest)
    if not name:
        raise UserError(ctx._("Usage: /contact add <customer>: <name>, title=..., phone=..., email=..."))
    values = _map_fields(ctx, fields, CONTACT_FIELDS)
    values.pop("name", None)
    person = add_contact(ctx, NewContact(owner, name, **values))
    details = contact_details(person)
    text = ctx._("New contact {name} at {customer}", name=person.name, customer=owner.name)
    return ctx.confirm(text + (f" · {details}" if details else ""))
