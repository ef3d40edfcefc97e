"""Slack updates in, the handlers' replies out: the bolt listeners and what they do after the ack.

Surfaces: the slash command (`/crm find acme`), direct messages, mentions in channels
(answered in the thread of the message that asked), choice buttons (the press goes back to
the handlers as the button's payload and the asking message is rewritten to show the
choice) and the App Home tab. Each listener acks at once and queues the work per channel
(`KeyedTasks`), so Slack never waits and a conversation keeps its order. A delivery seen
before (Slack's retries, a repeated event id or trigger id) is dropped here; the
assistant's own dedupe of `(chat, message id)` makes that hold across processes too.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError

from bot.slack.api import BotIdentity, SlackApi
from bot.slack.blocks import SlackMessage, after_choice, render_home, render_reply
from bot.slack.inbound import (
    PERSON_SUBTYPES,
    from_action,
    from_command,
    from_event,
    is_dm,
    sender_of,
)
from bot.slack.tasks import KeyedTasks, RecentKeys
from bot.slack.text import escape
from handlers.assistant import Assistant
from handlers.messages import IncomingMessage, Reply, Sender

log = logging.getLogger(__name__)

# The channel refuses the bot (not a member, archived ...): answer the user in a DM instead.
CHANNEL_REFUSALS = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}

Ack = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class Target:
    """Where the replies to one message go."""

    channel: str
    thread_ts: str | None = None  # the thread of the message that asked (used when reply.in_thread)
    asker: str | None = None  # the Slack user the choices are for
    ephemeral_to: str | None = None  # show the replies to this user only
    echo: str | None = None  # a context line before the first reply (a slash command in a channel)
    fallback_user: str | None = None  # DM this user if the channel refuses the bot


class SlackAdapter:
    def __init__(self, assistant: Assistant, api: SlackApi, bot: BotIdentity) -> None:
        self.assistant = assistant
        self.api = api
        self.bot = bot
        self.tasks = KeyedTasks()
        self.recent = RecentKeys()

    def register(self, bolt: AsyncApp) -> None:
        # Any slash command configured for this app (normally /crm) goes to the handlers.
        bolt.command(re.compile(r".*"))(self.on_command)
        bolt.event("app_mention")(self.on_mention)
        bolt.event("message")(self.on_message)
        bolt.event("app_home_opened")(self.on_home_opened)
        bolt.action(re.compile(r".*"))(self.on_action)

    # Listeners: ack, drop redeliveries, queue the work -------------------
    async def on_command(self, ack: Ack, command: dict[str, Any]) -> None:
        await ack()
        if not self.recent.first_time(command.get("trigger_id") and f"trigger:{command['trigger_id']}"):
            return
        user, channel = command.get("user_id", ""), command.get("channel_id", "")
        raw = command.get("text") or ""
        msg = from_command(command, self.bot.user_id)
        direct = msg.is_direct
        slash = command.get("command") or "/crm"
        echo = None if direct else f"<@{user}>: {escape(slash)} {escape(raw)}".strip()
        target = Target(channel, asker=user, echo=echo, fallback_user=None if direct else user)
        name = command.get("user_name")
        self.tasks.submit(channel, lambda: self.converse(msg, target, user, fallback_name=name))

    async def on_message(self, ack: Ack, event: dict[str, Any], body: dict[str, Any]) -> None:
        await ack()
        if event.get("bot_id") or event.get("subtype") not in PERSON_SUBTYPES:
            return
        kind = event.get("channel_type")
        if kind == "im" or (not kind and is_dm(event.get("channel"))):
            self._submit_event(event, body, direct=True)
        elif f"<@{self.bot.user_id}>" in (event.get("text") or ""):
            # The same message also arrives as app_mention when both are subscribed: the
            # message-ts dedupe lets only one of them through.
            self._submit_event(event, body, direct=False)

    async def on_mention(self, ack: Ack, event: dict[str, Any], body: dict[str, Any]) -> None:
        await ack()
        if event.get("bot_id") or event.get("subtype") not in PERSON_SUBTYPES:
            return
        self._submit_event(event, body, direct=is_dm(event.get("channel")))

    def _submit_event(self, event: dict[str, Any], body: dict[str, Any], *, direct: bool) -> None:
        channel, ts, user = event.get("channel", ""), event.get("ts", ""), event.get("user", "")
        if not (channel and ts and user):
            return
        event_id = body.get("event_id")
        if not self.recent.first_time(event_id and f"event:{event_id}", f"message:{channel}:{ts}"):
            log.info("slack: redelivered event %s (%s:%s) dropped", event_id, channel, ts)
            return
        msg = from_event(event, body, self.bot.user_id, direct=direct)
        target = Target(channel, thread_ts=msg.thread_id, asker=user)
        self.tasks.submit(channel, lambda: self.converse(msg, target, user))

    async def on_action(self, ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        payload = action.get("value")
        if body.get("type") != "block_actions" or not payload:
            return
        user_info = body.get("user") or {}
        user = user_info.get("id", "")
        container = body.get("container") or {}
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id") or ""
        ts = message.get("ts") or container.get("message_ts") or ""
        press_id = action.get("action_ts") or body.get("trigger_id")
        if not user or not self.recent.first_time(press_id and f"press:{press_id}"):
            return
        thread = message.get("thread_ts") or container.get("thread_ts")
        label = (action.get("text") or {}).get("text") or payload

        async def work() -> None:
            reply_channel = channel or await self.api.open_dm(user)  # pressed in the App Home
            replies = await self.answer(from_action(body, action, reply_channel), user)
            notices = [reply for reply in replies if reply.notice]  # e.g. someone else's question
            if not notices and channel and ts and not container.get("is_ephemeral"):
                blocks = message.get("blocks") or self.api.posted_blocks(channel, ts)
                await self._update(channel, ts, after_choice(blocks, message.get("text"), label))
            target = Target(reply_channel, thread_ts=thread, asker=user)
            await self.deliver([reply for reply in replies if not reply.notice], target)
            await self.deliver(notices, replace(target, ephemeral_to=user))

        self.tasks.submit(channel or f"home:{user}", work)

    async def on_home_opened(self, ack: Ack, event: dict[str, Any], body: dict[str, Any]) -> None:
        await ack()
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        user = event["user"]
        team = event.get("user_team") or body.get("team_id") or ""
        if not self.recent.first_time(body.get("event_id") and f"event:{body['event_id']}"):
            return
        self.tasks.submit(f"home:{user}", lambda: self.publish_home(team, user))

    # The work ------------------------------------------------------------
    async def sender(self, team: str, user: str, fallback_name: str | None = None) -> Sender:
        """The sender with the name, time zone and language Slack knows (users.info)."""
        profile = await self.api.profile(user)
        return replace(
            sender_of(team, user),
            display_name=profile.name or fallback_name,
            language=profile.locale,
            timezone=profile.timezone,
        )

    async def converse(
        self, msg: IncomingMessage, target: Target, user: str, *, fallback_name: str | None = None
    ) -> None:
        await self.deliver(await self.answer(msg, user, fallback_name), target)

    async def answer(self, msg: IncomingMessage, user: str, fallback_name: str | None = None) -> list[Reply]:
        """The handlers' replies to `msg`, sent by `user` (with what Slack knows of them)."""
        msg = replace(msg, sender=await self.sender(msg.sender.workspace or "", user, fallback_name))
        return await asyncio.to_thread(self.assistant.handle, msg)

    async def publish_home(self, team: str, user: str) -> None:
        home = await asyncio.to_thread(self.assistant.home, await self.sender(team, user))
        await self.api.publish_home(user, render_home(home))

    async def deliver(self, replies: list[Reply], target: Target, *, patient: bool = True) -> None:
        """Post every reply in order; once something went out, later parts wait out rate limits."""
        echo = target.echo
        for reply in replies:
            thread = target.thread_ts if reply.in_thread else None
            for message in render_reply(reply, asker=target.asker, echo=echo):
                echo = None
                if target.ephemeral_to:
                    await self.api.post_ephemeral(
                        target.channel, target.ephemeral_to, message, thread_ts=thread
                    )
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
        target = Target(dm, asker=target.asker)
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
