"""/role: an admin changes someone's role from chat (the CLI has `salesbot users set-role`)."""

from __future__ import annotations

from crm_store.models import User
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.labels import label
from handlers.mentions import has_unknown
from handlers.messages import Reply

ROLE_WORDS = {
    "rep": "rep",
    "reps": "rep",
    "sales": "rep",
    "销售": "rep",
    "manager": "manager",
    "经理": "manager",
    "admin": "admin",
    "管理员": "admin",
}


def _split(args: str) -> tuple[str, str] | None:
    """(person, role) from "@Sam Taylor manager" or "manager @Sam Taylor"."""
    words = args.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in ROLE_WORDS:
        return " ".join(words[:-1]), ROLE_WORDS[words[-1].lower()]
    if words[0].lower() in ROLE_WORDS:
        return " ".join(words[1:]), ROLE_WORDS[words[0].lower()]
    return None


def _active_admins(ctx: Ctx) -> list[User]:
    return [u for u in ctx.store.users.all() if u.role == "admin" and u.active]


def role(ctx: Ctx, args: str) -> Reply:
    parsed = _split(args)
    if parsed is None:
        raise UserError(ctx._("Usage: /role @person rep|manager|admin"))
    who, new_role = parsed
    if has_unknown(who):
        raise UserError(
            ctx._("I don't know that person yet. They need to send me a message once, then try again.")
        )
    name = who.strip().removeprefix("@").strip()
    user = ctx.store.users.by_name(name)
    if user is None:
        raise UserError(ctx._("There is no user called {name}.", name=name))
    if user.role == new_role:
        return Reply(ctx._("{name} is already {role}.", name=user.display_name, role=label(ctx.tr, new_role)))
    if user.role == "admin" and [u.id for u in _active_admins(ctx)] == [user.id]:
        raise UserError(
            ctx._("{name} is the only admin. Make someone else admin first.", name=user.display_name)
        )
    ctx.store.users.update(user, role=new_role)
    return ctx.confirm(ctx._("{name} is now {role}.", name=user.display_name, role=label(ctx.tr, new_role)))
