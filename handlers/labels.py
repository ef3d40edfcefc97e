"""Display names for stored codes (stages, kinds, lifecycles, roles), translated per user."""

from __future__ import annotations

from handlers.i18n import N_, Translator

_LABELS = {
    # stages (configured stages with other names are shown as they are)
    "lead": N_("lead"),
    "qualified": N_("qualified"),
    "proposal": N_("proposal"),
    "negotiation": N_("negotiation"),
    "won": N_("won"),
    "lost": N_("lost"),
    # activity kinds
    "call": N_("call"),
    "meeting": N_("meeting"),
    "visit": N_("visit"),
    "email": N_("email"),
    "message": N_("message"),
    "note": N_("note"),
    "complaint": N_("complaint"),
    # lifecycle
    "prospect": N_("prospect"),
    "customer": N_("customer"),
    "churned": N_("churned"),
    # roles
    "rep": N_("rep"),
    "manager": N_("manager"),
    "admin": N_("admin"),
}
# Field names in "That {field} is too long" and similar replies.
_FIELDS = {
    "amount": N_("amount"),
    "kind": N_("kind"),
    "lifecycle": N_("lifecycle"),
    "role": N_("role"),
    "tier": N_("tier"),
    "alias": N_("alias"),
    "name": N_("name"),
    "next_step": N_("next step"),
    "reason": N_("reason"),
    "summary": N_("summary"),
    "text": N_("text"),
    "title": N_("title"),
    "industry": N_("industry"),
    "address": N_("address"),
    "phone": N_("phone"),
    "website": N_("website"),
    "notes": N_("notes"),
    "email": N_("email"),
    "aliases": N_("aliases"),
    "date": N_("date"),
    "time": N_("time"),
    "close date": N_("close date"),
    "lost_reason": N_("reason"),
    "display_name": N_("name"),
}


def label(tr: Translator, code: str | None) -> str:
    if not code:
        return ""
    msgid = _LABELS.get(code)
    return tr(msgid) if msgid else code.replace("_", " ")


def kind_count(tr: Translator, kind: str, n: int) -> str:
    """ "2 visits", "1 call" ("2 次拜访"): a count of one activity kind, in the user's plural."""
    match kind:
        case "call":
            return tr.plural("{n} call", "{n} calls", n)
        case "meeting":
            return tr.plural("{n} meeting", "{n} meetings", n)
        case "visit":
            return tr.plural("{n} visit", "{n} visits", n)
        case "email":
            return tr.plural("{n} email", "{n} emails", n)
        case "message":
            return tr.plural("{n} message", "{n} messages", n)
        case "note":
            return tr.plural("{n} note", "{n} notes", n)
        case "complaint":
            return tr.plural("{n} complaint", "{n} complaints", n)
    return f"{n} {label(tr, kind)}"


def field_label(tr: Translator, field: str) -> str:
    msgid = _FIELDS.get(field)
    return tr(msgid) if msgid else field.replace("_", " ")
