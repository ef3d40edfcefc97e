"""Fixing what was recorded: /edit for customers, contacts, deals and activities.

    /edit Acme: tier=A, phone=+1 555 0100, aliases=ACME/Acme Co, owner=Sam
    /edit contact Jane Doe at Acme: title=VP Sales, email=jane@acme.com
    /edit deal Acme: title=Acme 2027 seats, amount=30k EUR, stage=negotiation, close=15 Dec, owner=Anna
    /edit activity Acme: text=called Jane, no answer, kind=call      (your last activity there)

Every change is audited and undoable like any other.
"""

from __future__ import annotations

import re
from typing import Any

from crm_store.models import ACTIVITY_KINDS, User
from crm_store.repos.base import UNSET
from handlers.commands.customers import CONTACT_FIELDS, CUSTOMER_FIELDS, _map_fields
from handlers.commands.deal_upkeep import any_deal
from handlers.commands.targets import find_contact, latest_activity
from handlers.context import Ctx
from handlers.domain.activities import edit_activity
from handlers.domain.contacts import ContactFields, update_contact
from handlers.domain.customers import CustomerFields, check_customer, reassign_customer, update_customer
from handlers.domain.deals import DealUpdate, change_deal, check_deal, reassign_deal, rename_deal
from handlers.errors import UserError
from handlers.i18n import N_
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.amounts import find_amount
from handlers.parsing.commands import split_fields, split_name
from handlers.parsing.vocabulary import KIND_NAMES, find_stage, stage_synonyms
from handlers.render import activity_line, contact_details, deal_line
from handlers.resolve import sure_when, take_customer

AT = re.compile(r"\s+(?:at|@|of|from|在|来自)\s+", re.I)
DEAL_FIELDS = {
    "title": "title", "name": "title", "标题": "title", "名称": "title",
    "amount": "amount", "value": "amount", "金额": "amount",
    "stage": "stage", "阶段": "stage",
    "close": "close", "close date": "close", "expected close": "close",
    "成交日期": "close", "预计成交": "close",
    "owner": "owner", "负责人": "owner",
    "reason": "reason", "原因": "reason",
}  # fmt: skip
USAGE = N_(
    "Usage: /edit <customer>: field=value, … | /edit contact <name> [at <customer>]: title=… | "
    "/edit deal <customer>: amount=…, stage=…, close=…, title=…, owner=… | "
    "/edit activity [customer]: text=…, kind=…"
)


def _fields(ctx: Ctx, text: str) -> tuple[str, dict[str, str]]:
    """ "Acme: tier=A, phone=1" -> ("Acme", {...}); the target is what comes before the colon."""
    explicit = split_name(text)
    if explicit is None:
        raise UserError(ctx._(USAGE))
    target, rest = explicit
    _, fields = split_fields("x, " + rest.lstrip(",，;； "))
    if not fields:
        raise UserError(ctx._(USAGE))
    return target, fields


def _kind(ctx: Ctx, word: str) -> str:
    lower = word.strip().lower()
    for kind in ACTIVITY_KINDS:
        if lower == kind or lower == label(ctx.tr, kind).lower() or lower in KIND_NAMES.get(kind, ()):
            return kind
    kinds = ", ".join(label(ctx.tr, k) for k in ACTIVITY_KINDS)
    raise UserError(ctx._("Unknown kind “{kind}”. Use one of: {kinds}.", kind=word, kinds=kinds))


# /edit --------------------------------------------------------------------------
def edit(ctx: Ctx, args: str) -> Reply:
    what, _, rest = args.strip().partition(" ")
    what = what.lower()
    if what in ("contact", "联系人"):
        return edit_contact(ctx, rest)
    if what in ("deal", "商机"):
        return edit_deal(ctx, rest)
    if what in ("activity", "log", "跟进", "记录"):
        return edit_activity_command(ctx, rest)
    if what in ("customer", "客户"):
        return edit_customer(ctx, rest)
    return edit_customer(ctx, args)


def edit_customer(ctx: Ctx, args: str) -> Reply:
    target, fields = _fields(ctx, args)
    customer, _ = take_customer(ctx, target, offer_create=False)
    values = _map_fields(ctx, fields, CUSTOMER_FIELDS)
    owner_id = values.pop("owner_id", UNSET)
    if owner_id is not UNSET:
        owner = ctx.store.users.require(owner_id)
        reassign_customer(ctx, customer, owner)
    if values:
        if "name" in values and not values["name"]:
            raise UserError(ctx._("The {field} is missing.", field=label(ctx.tr, "name")))
        update_customer(ctx, customer, CustomerFields(**values))
    return ctx.confirm(ctx._("Updated {name}", name=customer.name) + " · " + _said(fields))


def _said(fields: dict[str, str]) -> str:
    return ", ".join(f"{key}={value}" if value else f"{key}=—" for key, value in fields.items())


def edit_contact(ctx: Ctx, args: str) -> Reply:
    target, fields = _fields(ctx, args)
    person = find_contact(ctx, target)
    check_customer(ctx, ctx.store.customers.require(person.customer_id))
    values = _map_fields(ctx, fields, CONTACT_FIELDS)
    update_contact(ctx, person, ContactFields(**values))
    details = contact_details(person)
    return ctx.confirm(ctx._("Updated {name}", name=person.name) + (f" — {details}" if details else ""))


def edit_deal(ctx: Ctx, args: str) -> Reply:
    target, fields = _fields(ctx, args)
    customer, hint = take_customer(ctx, target, offer_create=False)
    deal = any_deal(ctx, customer, hint)
    check_deal(ctx, deal)
    changes: dict[str, Any] = {}
    title: str | None = None
    owner: User | None = None
    for key, value in fields.items():
        field = DEAL_FIELDS.get(key)
        if field is None:
            allowed = ", ".join(sorted({k for k in DEAL_FIELDS if k.isascii() and " " not in k}))
            raise UserError(
                ctx._("I don't know the field “{key}”. Use: {allowed}.", key=key, allowed=allowed)
            )
        if field == "title":
            title = value
        elif field == "amount":
            amount = find_amount(value)
            if amount is None:
                field_name = label(ctx.tr, "amount")
                raise UserError(ctx._("That {field} looks wrong. Please check the number.", field=field_name))
            changes["amount"] = amount.value
            if amount.currency:
                changes["currency"] = amount.currency
        elif field == "stage":
            found = find_stage(value, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
            if found is None:
                stages = ", ".join(label(ctx.tr, s) for s in ctx.settings.stage_names)
                raise UserError(ctx._("Which stage? One of: {stages}", stages=stages))
            changes["stage"] = found[0]
        elif field == "close":
            when = sure_when(ctx, value)
            if when is None and value:
                raise UserError(ctx._("I couldn't read the date “{value}”.", value=value))
            changes["close"] = when.at.date() if when else None
            changes["clear_close"] = when is None
        elif field == "owner":
            owner = ctx.store.users.by_name(value)
            if owner is None:
                raise UserError(ctx._("There is no user called {name}.", name=value))
        elif field == "reason":
            changes["lost_reason"] = value
    if changes.get("stage") == "lost" and not (changes.get("lost_reason") or deal.lost_reason):
        raise UserError(
            ctx._(
                "Why was it lost? e.g. /edit deal {customer}: stage=lost, reason=price",
                customer=customer.name,
            )
        )
    change_deal(ctx, deal, DealUpdate(**changes))
    if title is not None:
        rename_deal(ctx, deal, title)
    if owner is not None:
        reassign_deal(ctx, deal, owner)  # last: the new owner may be someone the user cannot manage
    return ctx.confirm(ctx._("Deal updated: {line}", line=deal_line(ctx, deal, with_customer=customer.name)))


KIND_FIELD = re.compile(r"(?:^|[,，;；]\s*)(?:kind|type|类型)\s*[=:：]\s*([^\s,，;；]+)", re.I)
TEXT_FIELD = re.compile(r"(?:^|[,，;；]\s*)(?:text|summary|内容)\s*[=:：]\s*(.+)$", re.I | re.S)


def edit_activity_command(ctx: Ctx, args: str) -> Reply:
    """`/edit activity [customer]: text=…, kind=…`: your last activity (there); the text runs to
    the end, commas and all."""
    text = args.strip()
    target, rest = split_name(text) or ("", text)
    if "=" in target:  # "/edit activity text=...": no customer named
        target, rest = "", text
    summary = kind = None
    match = KIND_FIELD.search(rest)
    if match:
        kind = _kind(ctx, match.group(1))
        rest = rest[: match.start()] + rest[match.end() :]
    match = TEXT_FIELD.search(rest)
    if match:
        summary = match.group(1).strip()
    if summary is None and kind is None:
        raise UserError(ctx._(USAGE))
    customer = take_customer(ctx, target, offer_create=False)[0] if target.strip() else None
    activity = latest_activity(ctx, customer)
    edit_activity(ctx, activity, summary=summary, kind=kind)
    return ctx.confirm(ctx._("Updated: {line}", line=activity_line(ctx, activity)))
