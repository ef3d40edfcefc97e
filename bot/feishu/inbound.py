"""Feishu events -> `IncomingMessage`s, and which messages are for the bot at all.

In a one-to-one chat (`p2p`) every message is for the bot. In a group the bot answers only
messages that @mention it (Feishu delivers little else unless the app may read all group
messages). Text comes as JSON (`{"text": "@_user_1 log Acme ..."}`, or a rich-text `post`);
mentions of other people become the handlers' neutral tokens, the bot's own is removed.
A person is their `open_id`; their tenant (`tenant_key`) is the workspace, which an admin
may bind to an organisation. The language is the Feishu client's (`LarkLocale/zh_CN` in
the message's user agent).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.feishu.api import locale_from_user_agent
from handlers.mentions import mention_token
from handlers.messages import IncomingMessage, Sender

PLATFORM = "feishu"
DIRECT = "p2p"
# The events we take (`event_type`): messages, card presses of both callback styles, membership.
MESSAGE = "im.message.receive_v1"
CARD_PRESS = "card.action.trigger"
LEGACY_CARD = "card.legacy"  # the older "message card request URL" callback: no header, an action
BOT_ADDED = "im.chat.member.bot.added_v1"
BOT_REMOVED = "im.chat.member.bot.deleted_v1"
_SPACES = re.compile(r"[ \t]{2,}")
_LEADING_PUNCTUATION = " \t,，:：;；"


@dataclass(frozen=True)
class BotAccount:
    """The bot's own open_id (None when Feishu would not say: any mention then counts as ours)."""

    open_id: str | None


def sender_of(
    open_id: str,
    tenant_key: str | None,
    *,
    language: str | None = None,
    name: str | None = None,
    timezone: str | None = None,
) -> Sender:
    return Sender(
        PLATFORM,
        open_id,
        display_name=name,
        language=language,
        timezone=timezone,
        workspace=tenant_key or None,
        workspace_gated=False,  # an unbound tenant's people may still join with a code
    )


def ms_to_datetime(value: object) -> datetime | None:
    """Feishu's millisecond timestamps ("1700000000123") as UTC datetimes."""
    try:
        return datetime.fromtimestamp(int(str(value)) / 1000, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _post_text(content: dict[str, Any]) -> str:
    """A rich-text message's words, a line per paragraph (mentions as their keys)."""
    body = content
    if "content" not in body:  # {"zh_cn": {"title": ..., "content": [...]}}
        body = next((value for value in content.values() if isinstance(value, dict)), {})
    lines = []
    for paragraph in body.get("content") or []:
        words = []
        for node in paragraph if isinstance(paragraph, list) else []:
            tag = node.get("tag") if isinstance(node, dict) else None
            if tag in ("text", "a"):
                words.append(str(node.get("text") or ""))
            elif tag == "at":
                words.append(str(node.get("user_id") or ""))
        lines.append("".join(words))
    return "\n".join(lines)


def raw_text(message_type: str | None, content: str | None) -> str:
    """The words of a text or rich-text message (mention keys such as `@_user_1` still in them)."""
    try:
        data = json.loads(content or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    if message_type == "text":
        return str(data.get("text") or "")
    if message_type == "post":
        return _post_text(data)
    return ""


def resolve_mentions(text: str, mentions: list[Any], bot: BotAccount) -> tuple[str, bool]:
    """Mention keys replaced (the bot's removed, others as neutral tokens); True if the bot was mentioned."""
    addressed = False
    for index, mention in enumerate(mentions or []):
        key = getattr(mention, "key", None)
        person = getattr(getattr(mention, "id", None), "open_id", None)
        if not key:
            continue
        ours = person == bot.open_id if bot.open_id else index == 0
        if ours:
            addressed = True
            text = text.replace(key, " ")
        else:
            text = text.replace(
                key, mention_token(PLATFORM, person) if person else getattr(mention, "name", "") or ""
            )
    text = _SPACES.sub(" ", text).strip().lstrip(_LEADING_PUNCTUATION).strip()
    return text, addressed


def from_message(data: Any, bot: BotAccount) -> IncomingMessage | None:
    """The `im.message.receive_v1` event for the handlers, or None when it is not for the bot."""
    event = getattr(data, "event", None)
    sender = getattr(event, "sender", None)
    message = getattr(event, "message", None)
    open_id = getattr(getattr(sender, "sender_id", None), "open_id", None)
    if message is None or not open_id or getattr(sender, "sender_type", "user") != "user":
        return None  # other bots, apps, system messages
    if not message.chat_id or not message.message_id:
        return None
    direct = message.chat_type == DIRECT
    text, addressed = resolve_mentions(
        raw_text(message.message_type, message.content), message.mentions or [], bot
    )
    if not direct and not addressed:
        return None  # the group's own conversation
    header = getattr(data, "header", None)
    tenant = getattr(sender, "tenant_key", None) or getattr(header, "tenant_key", None)
    event_id = getattr(header, "event_id", None)
    return IncomingMessage(
        sender=sender_of(open_id, tenant, language=locale_from_user_agent(message.user_agent)),
        chat_id=message.chat_id,
        text=text,
        message_id=message.message_id,
        thread_id=message.thread_id or message.root_id or None,
        sent_at=ms_to_datetime(message.create_time),
        is_direct=direct,
        extras={"event_id": event_id, "chat_type": message.chat_type, "in_thread": bool(message.thread_id)},
    )


@dataclass(frozen=True)
class Press:
    """A card button press, from either callback style."""

    open_id: str
    tenant_key: str | None
    chat_id: str | None
    message_id: str | None
    value: dict[str, Any]
    press_id: str  # the callback's event id (or a digest of a legacy callback)

    @property
    def payload(self) -> str | None:
        payload = self.value.get("payload")
        return payload if isinstance(payload, str) and payload else None

    @property
    def is_direct(self) -> bool:
        return self.value.get("chat") == DIRECT


def event_type(payload: dict[str, Any]) -> str:
    """What a decrypted callback is: its v2 `event_type`, or `LEGACY_CARD`."""
    header = payload.get("header")
    if isinstance(header, dict):
        return str(header.get("event_type") or "")
    return LEGACY_CARD if isinstance(payload.get("action"), dict) else ""


def from_press(press: Press, *, language: str | None = None) -> IncomingMessage | None:
    if press.payload is None:
        return None
    return IncomingMessage(
        sender=sender_of(press.open_id, press.tenant_key, language=language),
        chat_id=press.chat_id or press.open_id,
        payload=press.payload,
        message_id=f"press:{press.press_id}",
        sent_at=datetime.now(UTC),
        is_direct=press.is_direct,
        extras={"card_message_id": press.message_id},
    )
