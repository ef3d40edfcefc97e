"""Who may talk to the bot: known identities, invitation and link codes, bound workspaces.

Telegram bots are open to anyone, so an unknown sender gets one polite refusal a day and
can read or change nothing. The terminal is trusted: whoever runs it has the database.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from config import Settings
from crm_store.audit import Actor
from crm_store.limits import CODE_MISS_WINDOW, MAX_CODE_MISSES, TEXT_LIMITS, record_id, shorten, time_zone
from crm_store.models import AccessCode, User
from crm_store.repos import tenancy
from crm_store.system import System
from handlers.i18n import Catalogs, Translator, language_of
from handlers.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)
CONSOLE = "console"
_CODE_COMMAND = re.compile(r"^[/／]?(start|join|link)(?:@\S+)?\s+([A-Za-z0-9\- ]{6,40})\s*$", re.I)


@dataclass(frozen=True)
class Admitted:
    user: User
    welcome: list[Reply]  # replies for a user who just joined (empty otherwise)


def _translator(catalogs: Catalogs, msg: IncomingMessage, settings: Settings) -> Translator:
    return catalogs.translator(language_of(msg.sender.language, settings.default_locale))


def _new_user(
    system: System,
    org_id: int,
    msg: IncomingMessage,
    settings: Settings,
    *,
    name: str | None,
    role: str,
    manager_id: int | None,
    now: datetime,
) -> User:
    store = system.store(Actor(org_id, None, msg.sender.platform, msg.message_id), now=lambda: now)
    # What the platform's profile says is taken as far as it is usable: a zone no one knows is
    # the default, a name longer than a user's name may be is cut (never a refusal at the door).
    said = msg.sender.timezone
    timezone = said if said and time_zone(said) else settings.default_timezone
    name = (name or msg.sender.display_name or "").strip() or f"{msg.sender.platform} user"
    return store.users.add(
        shorten(name, TEXT_LIMITS["users.display_name"]),
        role=role,
        timezone=timezone,
        locale=language_of(msg.sender.language, settings.default_locale),
        manager_id=manager_id,
        work_hours=settings.working_hours,
        digest_time=settings.digest_time,
    )


def _use_code(system: System, access: AccessCode, user: User, msg: IncomingMessage) -> None:
    """This chat account is now `user`'s, and the code is spent."""
    chat_id = msg.chat_id if msg.is_direct else None
    system.directory.link_identity(user, msg.sender.platform, msg.sender.external_id, chat_id)
    system.directory.code_used_by(access, user)
    system.directory.seen(user, msg.sender.platform)


def redeem(
    system: System, msg: IncomingMessage, code: str, settings: Settings, tr: Translator, now: datetime
) -> Admitted | list[Reply]:
    """Join with an invitation code, or link this chat account with a link code.

    A sender who got `MAX_CODE_MISSES` codes wrong within the window is not even checked
    until it passes, so codes cannot be guessed by trying many."""
    sender = msg.sender
    since = now - CODE_MISS_WINDOW
    if system.directory.code_misses(sender.platform, sender.external_id, since=since) >= MAX_CODE_MISSES:
        return [Reply(tr("Too many wrong codes. Please wait an hour, then try again."))]
    try:
        access = system.directory.redeem_code(code, now=now)
    except tenancy.CodeRejected as rejected:
        system.directory.record_code_miss(sender.platform, sender.external_id, now=now)
        reasons = {
            "expired": tr("That code has expired."),
            "used": tr("That code has already been used."),
        }
        reason = reasons.get(rejected.reason, tr("I don't know that code."))
        return [Reply(f"{reason} {tr('Ask your admin for a new one.')}")]
    if access.purpose == "link" and access.user_id is not None:
        user = system.directory.user(access.user_id)
        if user is None or not user.active:
            return [Reply(tr("I don't know that code.") + " " + tr("Ask your admin for a new one."))]
        _use_code(system, access, user, msg)
        return Admitted(
            user,
            [
                Reply(
                    tr(
                        "Linked. This {platform} account now shares {name}'s history.",
                        platform=msg.sender.platform.title(),
                        name=user.display_name,
                    )
                )
            ],
        )
    creator = system.directory.user(access.created_by_id)
    manager_id = creator.id if creator and creator.role == "manager" and access.role == "rep" else None
    user = _new_user(
        system,
        access.org_id,
        msg,
        settings,
        name=access.display_name,
        role=access.role or "rep",
        manager_id=manager_id,
        now=now,
    )
    _use_code(system, access, user, msg)
    return Admitted(
        user,
        [
            Reply(
                tr(
                    "Welcome, {name}! You are in as {role}. Tell me about your customer meetings, "
                    "or send /help to see what I can do.",
                    name=user.display_name,
                    role=tr(user.role),
                )
            )
        ],
    )


def first_time(system: System, msg: IncomingMessage) -> bool:
    """False for a message seen before (platforms redeliver); a message without an id counts as new."""
    if not msg.message_id:
        return True
    if system.directory.first_time(msg.sender.platform, f"{msg.chat_id}:{msg.message_id}"):
        return True
    log.info("duplicate %s message %s ignored", msg.sender.platform, msg.message_id)
    return False


def _first_refusal_today(system: System, msg: IncomingMessage, now: datetime) -> bool:
    return system.directory.first_time(
        msg.sender.platform, f"refused:{msg.sender.external_id}:{now.date().isoformat()}"
    )


def _refuse_workspace(system: System, msg: IncomingMessage, tr: Translator, now: datetime) -> list[Reply]:
    """A workspace no organisation claims: nobody from it gets in, not even with a code."""
    if not _first_refusal_today(system, msg, now):
        return []
    return [
        Reply(
            tr(
                "Sorry, I don't work in this workspace. An admin can connect it with: "
                "salesbot {platform} bind {workspace}",
                platform=msg.sender.platform,
                workspace=msg.sender.workspace,
            )
        )
    ]


def _refuse_once(system: System, msg: IncomingMessage, tr: Translator, now: datetime) -> list[Reply]:
    """One polite refusal per stranger per day; later messages that day get no answer."""
    if not _first_refusal_today(system, msg, now):
        return []
    return [
        Reply(
            tr(
                "Sorry, I only work for my team. If you are on it, ask your admin for an invitation "
                "code and send /start <code>."
            )
        )
    ]


def admit(
    system: System, msg: IncomingMessage, settings: Settings, catalogs: Catalogs, now: datetime
) -> Admitted | list[Reply]:
    """The user behind `msg`, or the replies that turn the sender away."""
    sender = msg.sender
    tr = _translator(catalogs, msg, settings)
    if sender.platform == CONSOLE:
        user = system.directory.user(record_id(sender.external_id))
        if user is None or not user.active:
            return [Reply(tr("Unknown user."))]
        system.directory.seen(user, msg.sender.platform)
        return Admitted(user, [])
    workspace_org = (
        system.directory.org_for_workspace(sender.platform, sender.workspace) if sender.workspace else None
    )
    if sender.workspace and workspace_org is None and sender.workspace_gated:
        return _refuse_workspace(system, msg, tr, now)
    identity = system.directory.find_identity(sender.platform, sender.external_id)
    if identity is not None:
        user = system.directory.user(identity.user_id)
        if user is None or not user.active:
            return [Reply(tr("Your account is deactivated. Ask your admin."))]
        system.directory.identity_seen(identity, now, msg.chat_id if msg.is_direct else None)
        system.directory.seen(user, msg.sender.platform)
        return Admitted(user, [])
    code = _CODE_COMMAND.match((msg.text or "").strip())
    if code:
        return redeem(system, msg, code.group(2), settings, tr, now)
    if workspace_org is not None:
        user = _new_user(
            system,
            workspace_org,
            msg,
            settings,
            name=sender.display_name,
            role="rep",
            manager_id=None,
            now=now,
        )
        # Strictly new: if a simultaneous first message provisioned this account already, this
        # fails and the assistant runs the message again (instead of moving the account).
        system.directory.add_identity(
            user, sender.platform, sender.external_id, msg.chat_id if msg.is_direct else None
        )
        system.directory.seen(user, msg.sender.platform)
        return Admitted(user, [])
    return _refuse_once(system, msg, tr, now)
