"""The user's own settings and changes: /undo, /lang, /tz, /hours, /me, /link, /invite."""

from __future__ import annotations

import re
from datetime import time

from crm_store.limits import time_zone
from crm_store.models import ChangeSet, User
from handlers.access import redeem
from handlers.context import Ctx
from handlers.domain import changes
from handlers.errors import UserError
from handlers.i18n import LANGUAGES, language_of
from handlers.labels import label
from handlers.messages import Reply
from handlers.payloads import payload_id
from handlers.questions import not_yours


def _undone(ctx: Ctx, change_set: ChangeSet) -> Reply:
    return Reply(ctx._("Undone: {summary}", summary=change_set.summary or ctx._("your last change")))


def undo(ctx: Ctx, args: str) -> Reply:
    return _undone(ctx, changes.undo_last(ctx))


def undo_button(ctx: Ctx, rest: str) -> Reply:
    try:
        return _undone(ctx, changes.undo_change(ctx, payload_id(rest)))
    except changes.NotYours as someone_else:
        return not_yours(ctx, someone_else.name)


def lang(ctx: Ctx, args: str) -> Reply:
    wanted = args.strip().lower()
    aliases = {"中文": "zh", "chinese": "zh", "english": "en", "英文": "en", "cn": "zh"}
    language = aliases.get(wanted) or (language_of(wanted, "") if wanted else "")
    if language not in LANGUAGES:
        raise UserError(ctx._("Usage: /lang en or /lang zh"))
    ctx.store.users.update(ctx.user, locale=language)
    ctx.use_language(language)
    return Reply(
        ctx._("I'll talk to you in English now.")
        if language == "en"
        else ctx._("I'll talk to you in Chinese now.")
    )


def tz(ctx: Ctx, args: str) -> Reply:
    name = args.strip()
    if time_zone(name) is None:
        raise UserError(ctx._("Usage: /tz Europe/Berlin (an IANA time zone name)"))
    ctx.store.users.update(ctx.user, timezone=name)
    return Reply(ctx._("Time zone set to {tz}. It is now {now} for you.", tz=name, now=ctx.when(ctx.now)))


def hours(ctx: Ctx, args: str) -> Reply:
    match = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?\s*", args)
    try:
        if not match:
            raise ValueError
        start = time(int(match.group(1)), int(match.group(2) or 0))
        end = time(int(match.group(3)) % 24, int(match.group(4) or 0))
        if start >= end:
            raise ValueError
    except ValueError:
        raise UserError(ctx._("Usage: /hours 08:00-20:00 (when I may send you reminders)")) from None
    ctx.store.users.update(ctx.user, work_start=start, work_end=end)
    return Reply(
        ctx._(
            "Working hours set to {start}–{end}. Outside them I keep reminders for "
            "the morning unless they are urgent.",
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )
    )


def me(ctx: Ctx, args: str) -> Reply:
    user = ctx.user
    manager = ctx.store.users.get(user.manager_id)
    platforms = sorted({i.platform for i in ctx.store.users.identities(user.id)})
    lines = [
        f"{user.display_name} · {label(ctx.tr, user.role)}",
        ctx._("Time zone: {tz}", tz=user.timezone),
        ctx._("Language: {language}", language=user.locale),
        ctx._(
            "Working hours: {start}–{end}",
            start=user.work_start.strftime("%H:%M"),
            end=user.work_end.strftime("%H:%M"),
        ),
    ]
    if manager:
        lines.append(ctx._("Manager: {name}", name=manager.display_name))
    if platforms:
        lines.append(ctx._("Linked accounts: {platforms}", platforms=", ".join(platforms)))
    return Reply("\n".join(lines))


def link(ctx: Ctx, args: str) -> list[Reply] | Reply:
    code = args.strip()
    if code:
        result = redeem(ctx.system, ctx.msg, code, ctx.settings, ctx.tr, ctx.now)
        if isinstance(result, list):
            return result
        _retire_if_left_empty(ctx, ctx.user, result.user)
        return result.welcome
    new_code = ctx.system.directory.issue_code(
        ctx.store.org_id,
        "link",
        now=ctx.now,
        user_id=ctx.user.id,
        created_by_id=ctx.user.id,
    )
    return Reply(
        ctx._(
            "Your link code is {code}. Send /link {code} to me from your other "
            "account (Telegram, Slack or Feishu) within 7 days, and both will share "
            "one history.",
            code=new_code,
        )
    )


def _retire_if_left_empty(ctx: Ctx, previous: User, now_linked_to: User) -> None:
    """This account moved to another user; a user left with no chat account is retired into them."""
    if previous.id == now_linked_to.id or ctx.store.users.identities(previous.id):
        return
    ctx.store.users.retire_into(previous, now_linked_to)


def invite(ctx: Ctx, args: str) -> Reply:
    role, _, name = args.strip().partition(" ")
    role = role.lower() or "rep"
    allowed = ("rep", "manager", "admin") if ctx.user.role == "admin" else ("rep",)
    if role not in allowed:
        raise UserError(
            ctx._("Usage: /invite rep [name]")
            if ctx.user.role != "admin"
            else ctx._("Usage: /invite rep|manager|admin [name]")
        )
    code = ctx.system.directory.issue_code(
        ctx.store.org_id,
        "invite",
        now=ctx.now,
        role=role,
        display_name=name.strip() or None,
        created_by_id=ctx.user.id,
    )
    return Reply(
        ctx._(
            "Invitation code for a new {role}: {code}\nThey send /start {code} to me "
            "within 7 days. The code works once.",
            role=label(ctx.tr, role),
            code=code,
        )
    )
