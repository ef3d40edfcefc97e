"""Slack updates in, the handlers' replies out: bolt's listeners and the inbox handler behind them.

Surfaces: the slash command (`/crm find acme`), direct messages, mentions in channels
(answered in the thread of the message that asked), choice buttons (the press goes back to
the handlers as the button's payload and the asking message is rewritten to show the
choice) and the App Home tab. A bolt middleware (`store_first`) writes every request's body
to the inbox before the listener acks it, for HTTP and Socket Mode alike; if the database
cannot take it there is no ack (HTTP 503; in Socket Mode no ack envelope) and Slack
delivers it again. The inbox worker then calls `message` and `deliver` here, one channel's
updates in order. A delivery seen before (Slack's retries, the same message as `message`
and `app_mention`) has the same inbox key and is stored once.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from bot.inbox import Inbox, InboxUnavailable, Received
from bot.slack.api import BotIdentity, SlackApi
from bot.slack.blocks import SlackMessage, after_choice, render_home, render_reply
from bot.slack.inbound import PERSON_SUBTYPES, PLATFORM, from_action, from_command, from_event, is_dm
from bot.slack.text import escape
from handlers.assistant import Assistant
from handlers.messages import IncomingMessage, Reply, Sender

log = logging.getLogger(__name__)

# The channel refuses the bot (not a member, archived ...): answer the user in a DM instead.
CHANNEL_REFUSALS = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}

# Slack waits 3 s for the ack; storing must be done well within that, or Slack gets no ack.
STORE_TIMEOUT = 2.0

Ack = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class Target:
    """Where the replies to one message go."""

    channel: str
    thread_ts: str | None = None  # the thread of the message that asked (used when reply.in_thread)
    person: str | None = None  # the Slack user who wrote or pressed (a notice is shown to them alone)
    echo: str | None = None  # a context line before the first reply (a slash command in a channel)
    fallback_user: str | None = None  # DM this user if the channel refuses the bot


@dataclass(frozen=True)
class _Plan:
    """What one stored Slack update asks for: the message (sender without profile yet), where to answer."""

    msg: IncomingMessage
    target: Target
    user: str
    fallback_name: str | None = None
    choice: tuple[str, str, SlackMessage] | None = None  # (channel, ts, the question showing the choice)


def inbox_entry(body: dict[str, Any]) -> Received | None:
    """The inbox row for a request body (None: nothing to store, e.g. Slack's URL check).

    Keys follow what Slack repeats: a slash command's trigger id, a message's channel and
    ts (the same message comes as `message` and `app_mention`), a press's action ts.
    """
    if body.get("command"):
        fallback = f"{body.get('channel_id')}:{body.get('user_id')}:{body.get('text')}"
        trigger = body.get("trigger_id") or fallback
        return Received(f"command:{trigger}", str(body.get("channel_id") or ""), body)
    if body.get("type") == "block_actions":
        actions = body.get("actions") or [{}]
        press = actions[0].get("action_ts") or body.get("trigger_id")
        user = (body.get("user") or {}).get("id", "")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        return Received(f"press:{press}", channel or f"home:{user}", body) if press else None
    event = body.get("event")
    if body.get("type") != "event_callback" or not isinstance(event, dict):
        return None
    kind = event.get("type")
    if kind in ("message", "app_mention"):
        if event.get("bot_id") or event.get("subtype") not in PERSON_SUBTYPES:
            return None  # our own posts, edits, joins: not for the handlers
        channel, ts = event.get("channel", ""), event.get("ts", "")
        return Received(f"message:{channel}:{ts}", channel, body) if channel and ts else None
    if kind == "app_home_opened" and body.get("event_id"):
        return Received(f"event:{body['event_id']}", f"home:{event.get('user', '')}", body)
    return None


class SlackAdapter:
    """Bolt listeners (ack only) and the inbox handler for the `slack` platform."""

    platform = PLATFORM

    def __init__(self, assistant: Assistant, api: SlackApi, bot: BotIdentity, inbox: Inbox) -> None:
        self.assistant = assistant
        self.api = api
        self.bot = bot
        self.inbox = inbox

    def register(self, bolt: AsyncApp) -> None:
        bolt.use(self.store_first)
        # Any slash command configured for this app (normally /crm) goes to the handlers.
        bolt.command(re.compile(r".*"))(self.acknowledge)
        bolt.event("app_mention")(self.acknowledge)
        bolt.event("message")(self.acknowledge)
        bolt.event("app_home_opened")(self.acknowledge)
        bolt.action(re.compile(r".*"))(self.acknowledge)

    async def store_first(self, body: dict[str, Any], next: Callable[[], Awaitable[Any]]) -> Any:
        """Bolt middleware: the update goes to the inbox before anything may ack it."""
        entry = inbox_entry(body)
        if entry is not None:
            try:
                await asyncio.wait_for(self.inbox.receive(PLATFORM, [entry]), STORE_TIMEOUT)
            except (InboxUnavailable, TimeoutError):
                log.warning("slack: %s not stored; no ack, so Slack sends it again", entry.update_key)
                return BoltResponse(status=503, body="")
        return await next()

    async def acknowledge(self, ack: Ack) -> None:
        await ack()

    # The inbox's handler ------------------------------------------------------
    async def message(self, payload: dict[str, Any]) -> IncomingMessage | None:
        if (payload.get("event") or {}).get("type") == "app_home_opened":
            await self._home_opened(payload)
            return None
        plan = await self._plan(payload)
        if plan is None:
            return None
        sender = await self.sender(plan.msg.sender.workspace or "", plan.user, plan.fallback_name)
        return replace(plan.msg, sender=sender)

    async def deliver(self, payload: dict[str, Any], replies: list[Reply]) -> None:
        plan = await self._plan(payload)
        if plan is None:
            return
        if plan.choice is not None and not any(reply.notice for reply in replies):
            await self._update(*plan.choice)  # a notice: the press was refused, the question stays
        await self.deliver_replies(replies, plan.target)

    async def _plan(self, body: dict[str, Any]) -> _Plan | None:
        if body.get("command"):
            return self._command(body)
        if body.get("type") == "block_actions":
            return await self._press(body)
        event = body.get("event") or {}
        if event.get("type") == "message":
            kind = event.get("channel_type")
            if kind == "im" or (not kind and is_dm(event.get("channel"))):
                return self._event(event, body, direct=True)
            if f"<@{self.bot.user_id}>" in (event.get("text") or ""):
                return self._event(event, body, direct=False)
            return None
        if event.get("type") == "app_mention":
            return self._event(event, body, direct=is_dm(event.get("channel")))
        return None

    def _command(self, command: dict[str, Any]) -> _Plan:
        user, channel = command.get("user_id", ""), command.get("channel_id", "")
        raw = command.get("text") or ""
        msg = from_command(command, self.bot.user_id)
        direct = msg.is_direct
        slash = command.get("command") or "/crm"
        echo = None if direct else f"<@{user}>: {escape(slash)} {escape(raw)}".strip()
        target = Target(channel, person=user, echo=echo, fallback_user=None if direct else user)
        return _Plan(msg, target, user, fallback_name=command.get("user_name"))

    def _event(self, event: dict[str, Any], body: dict[str, Any], *, direct: bool) -> _Plan | None:
        channel, ts, user = event.get("channel", ""), event.get("ts", ""), event.get("user", "")
        if not (channel and ts and user):
            return None
        msg = from_event(event, body, self.bot.user_id, direct=direct)
        return _Plan(msg, Target(channel, thread_ts=msg.thread_id, person=user), user)

    async def _press(self, body: dict[str, Any]) -> _Plan | None:
        action = (body.get("actions") or [{}])[0]
        payload = action.get("value")
        user_info = body.get("user") or {}
        user = user_info.get("id", "")
        if not payload or not user:
            return None
        container = body.get("container") or {}
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id") or ""
        ts = message.get("ts") or container.get("message_ts") or ""
        thread = message.get("thread_ts") or container.get("thread_ts")
        label = (action.get("text") or {}).get("text") or payload
        reply_channel = channel or await self.api.open_dm(user)  # pressed in the App Home
        choice = None
        if channel and ts and not container.get("is_ephemeral"):
            blocks = message.get("blocks") or self.api.posted_blocks(channel, ts)
            choice = (channel, ts, after_choice(blocks, message.get("text"), label))
        msg = from_action(body, action, reply_channel)
        target = Target(reply_channel, thread_ts=thread, person=user)
        return _Plan(msg, target, user, choice=choice)

    async def _home_opened(self, body: dict[str, Any]) -> None:
        event = body.get("event") or {}
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        team = event.get("user_team") or body.get("team_id") or ""
        await self.publish_home(team, event["user"])

    # The work ------------------------------------------------------------
    async def sender(self, team: str, user: str, fallback_name: str | None = None) -> Sender:
        """The sender with the name, time zone and language Slack knows (users.info)."""
        profile = await self.api.profile(user)
        return Sender(
            PLATFORM,
            f"{team}:{user}",
            display_name=profile.name or fallback_name,
            language=profile.locale,
            timezone=profile.timezone,
            workspace=team,
        )

    async def publish_home(self, team: str, user: str) -> None:
        home = await asyncio.to_thread(self.assistant.home, await self.sender(team, user))
        await self.api.publish_home(user, render_home(home))

    async def deliver_replies(self, replies: list[Reply], target: Target, *, patient: bool = True) -> None:
        """Post every reply in order (a notice as an ephemeral message to the one who wrote or pressed);
        once something went out, later parts wait out rate limits."""
        echo = target.echo
        for reply in replies:
            thread = target.thread_ts if reply.in_thread else None
            for message in render_reply(reply, echo=echo):
                echo = None
                if reply.notice and target.person:
                    await self.api.post_ephemeral(target.channel, target.person, message, thread_ts=thread)
                else:
                    target = await self._post(target, message, thread, patient)
                patient = True
            if reply.image is not None:
                await self._upload(target, reply, thread, patient)
                patient = True

    async def _post(self, target: Target, message: SlackMessage, thread: str | None, patient: bool) -> Target:
        try:
            await self.api.post(target.channel, message, thread_ts=thread, patient=patient)
            return target
        except SlackApiError as error:
            if target.fallback_user is None or error.response.get("error") not in CHANNEL_REFUSALS:
                raise
        log.info(
            "slack: channel %s refused the bot; answering %s directly", target.channel, target.fallback_user
        )
        dm = await self.api.open_dm(target.fallback_user)
        target = Target(dm, person=target.person)
        await self.api.post(dm, message)
        return target

    async def _upload(self, target: Target, reply: Reply, thread: str | None, patient: bool) -> None:
        assert reply.image is not None
        try:
            await self.api.upload(target.channel, reply.image, thread_ts=thread, patient=patient)
        except SlackApiError as error:  # e.g. the files:write scope is missing; the text went out
            log.error("slack: image upload to %s failed: %s", target.channel, error.response.get("error"))

    async def _update(self, channel: str, ts: str, message: SlackMessage) -> None:
        try:
            await self.api.update(channel, ts, message)
        except SlackApiError as error:  # too old to edit, deleted ...: the choice still counts
            log.warning("slack: could not update %s/%s: %s", channel, ts, error.response.get("error"))
