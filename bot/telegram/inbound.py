"""Telegram updates -> `IncomingMessage`s, and which updates are for the bot at all.

In a private chat every message is for the bot. In a group the bot answers commands (not
those addressed to another bot), messages that mention it, and replies to its own
messages; everything else is the group's own conversation and is ignored.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime

from telegram import CallbackQuery, Message, User
from telegram.constants import ChatType

from handlers.messages import IncomingMessage, Sender

PLATFORM = "telegram"
_COMMAND = re.compile(r"^([/／][A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)")
_LEADING_PUNCTUATION = " \t,，:：;；"
GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)


@dataclass(frozen=True)
class BotAccount:
    """Who the bot itself is on Telegram (from getMe)."""

    id: int
    username: str


def sender_of(user: User) -> Sender:
    return Sender(PLATFORM, str(user.id), display_name=user.full_name, language=user.language_code)


def _thread_of(message: Message) -> str | None:
    if message.is_topic_message and message.message_thread_id:
        return str(message.message_thread_id)
    return None


def addressed_text(text: str, me: BotAccount, *, replies_to_bot: bool) -> str | None:
    """The group message's text meant for the bot (mention removed), or None if not for it."""
    command = _COMMAND.match(text)
    if command:
        target = command.group(2)
        if target and target.lower() != me.username.lower():
            return None  # /cmd@other_bot
        return command.group(1) + text[command.end() :]
    if not me.username:
        return text.strip() if replies_to_bot else None
    mention = re.compile(rf"[ \t]*@{re.escape(me.username)}\b[ \t]*", re.I)
    if mention.search(text):
        return mention.sub(" ", text).strip().lstrip(_LEADING_PUNCTUATION).strip()
    return text.strip() if replies_to_bot else None


def from_message(message: Message, me: BotAccount, update_id: int | None = None) -> IncomingMessage | None:
    """The message for the handlers, or None when it is not for the bot."""
    user = message.from_user
    if user is None or user.is_bot or message.sender_chat is not None:
        return None  # channel posts, anonymous admins, other bots
    text = message.text or message.caption or ""
    chat_type = message.chat.type
    if chat_type == ChatType.PRIVATE:
        is_direct = True
    elif chat_type in GROUP_TYPES:
        replied = message.reply_to_message
        replies_to_bot = bool(replied and replied.from_user and replied.from_user.id == me.id)
        addressed = addressed_text(text, me, replies_to_bot=replies_to_bot)
        if addressed is None:
            return None
        text, is_direct = addressed, False
    else:
        return None
    return IncomingMessage(
        sender=sender_of(user),
        chat_id=str(message.chat.id),
        text=text,
        message_id=str(message.message_id),
        thread_id=_thread_of(message),
        sent_at=message.date,
        is_direct=is_direct,
        extras={"update_id": update_id, "chat_type": chat_type},
    )


def from_callback(query: CallbackQuery, update_id: int | None = None) -> IncomingMessage | None:
    """A button press as the payload it carries; the callback id keeps a redelivery from counting twice."""
    message = query.message
    if not query.data or message is None or query.from_user.is_bot:
        return None
    chat = message.chat
    return IncomingMessage(
        sender=sender_of(query.from_user),
        chat_id=str(chat.id),
        payload=query.data,
        message_id=f"cb:{query.id}",
        thread_id=_thread_of(message) if isinstance(message, Message) else None,
        sent_at=datetime.now(UTC),
        is_direct=chat.type == ChatType.PRIVATE,
        extras={"update_id": update_id, "chat_type": chat.type},
    )


class RecentIds:
    """The last `size` ids seen (update ids, callback ids), so a redelivery is handled once.

    The database's record of processed message ids covers restarts and other processes;
    this keeps a redelivered button press from being answered and edited twice.
    """

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._seen: OrderedDict[object, None] = OrderedDict()

    def first_time(self, key: object) -> bool:
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return True
