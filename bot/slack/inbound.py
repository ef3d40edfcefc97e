"""Slack payloads -> `IncomingMessage`s: the slash command, a message or mention, a button press.

The Slack twin of `bot.telegram.inbound`: the one place that knows how a Slack payload names
its sender, chat, thread and time. Which messages are for the bot at all (DMs, mentions) is
decided by the listeners in `bot.slack.adapter`.
"""

from __future__ import annotations

from typing import Any

from bot.slack.text import to_plain, ts_to_datetime
from handlers.messages import IncomingMessage, Sender

PLATFORM = "slack"
# Message subtypes that are still a person writing to us; edits, joins, bot posts are not.
PERSON_SUBTYPES = {None, "file_share", "thread_broadcast"}


def is_dm(channel: str | None) -> bool:
    return bool(channel) and str(channel).startswith("D")


def sender_of(team: str, user: str) -> Sender:
    return Sender(PLATFORM, f"{team}:{user}", workspace=team)


def from_command(command: dict[str, Any], bot_user_id: str | None) -> IncomingMessage:
    """`/crm find acme`."""
    team, user, channel = (
        command.get("team_id", ""),
        command.get("user_id", ""),
        command.get("channel_id", ""),
    )
    return IncomingMessage(
        sender=sender_of(team, user),
        chat_id=channel,
        text=to_plain(command.get("text") or "", team_id=team, bot_user_id=bot_user_id),
        message_id=command.get("trigger_id"),
        is_direct=is_dm(channel) or command.get("channel_name") == "directmessage",
        is_command=True,
    )


def from_event(
    event: dict[str, Any], body: dict[str, Any], bot_user_id: str | None, *, direct: bool
) -> IncomingMessage:
    """A direct message, or a mention in a channel (answered in its thread)."""
    channel, ts, user = event.get("channel", ""), event.get("ts", ""), event.get("user", "")
    team = event.get("user_team") or body.get("team_id") or event.get("team") or ""
    event_id = body.get("event_id")
    return IncomingMessage(
        sender=sender_of(team, user),
        chat_id=channel,
        text=to_plain(event.get("text") or "", team_id=team, bot_user_id=bot_user_id),
        message_id=ts,
        thread_id=event.get("thread_ts") or (None if direct else ts),
        sent_at=ts_to_datetime(ts),
        is_direct=direct,
        extras={"event_id": event_id} if event_id else {},
    )


def from_action(body: dict[str, Any], action: dict[str, Any], reply_channel: str) -> IncomingMessage:
    """A button press: the button's payload, answered in `reply_channel`."""
    user_info = body.get("user") or {}
    team = user_info.get("team_id") or (body.get("team") or {}).get("id") or ""
    container = body.get("container") or {}
    message = body.get("message") or {}
    press_id = action.get("action_ts") or body.get("trigger_id")
    return IncomingMessage(
        sender=sender_of(team, user_info.get("id", "")),
        chat_id=reply_channel,
        payload=action.get("value"),
        message_id=f"press:{press_id}" if press_id else None,
        thread_id=message.get("thread_ts") or container.get("thread_ts"),
        sent_at=ts_to_datetime(action.get("action_ts")),
        is_direct=is_dm(reply_channel),
    )
