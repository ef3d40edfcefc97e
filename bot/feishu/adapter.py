"""Feishu events in, the handlers' replies out: what each callback does after Feishu got its answer.

Events: `im.message.receive_v1` (direct messages, and @mentions in groups, answered as a reply
to the message that asked, in its thread when it has one), card button presses (the
`card.action.trigger` callback, or a legacy card callback: the press goes back to the
handlers as the button's payload and the card is rewritten to show the choice), and the
bot being added to a group (the one who added it gets the help there) or removed.

The lark-oapi dispatcher calls the `on_*` methods synchronously; each one only queues the
work (`KeyedTasks`, in order per chat) and returns, so Feishu gets its answer at once. A
delivery seen before (Feishu's retries: the same event id or message id) is dropped here;
the assistant's own dedupe of `(chat, message id)` makes that hold across processes too.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import lark_oapi as lark
from lark_oapi.api.im.v1 import P2ImChatMemberBotAddedV1, P2ImChatMemberBotDeletedV1, P2ImMessageReceiveV1
from lark_oapi.card.model import Card as LegacyCard
from lark_oapi.event.callback.model.p2_card_action_trigger import (
    P2CardActionTrigger,
    P2CardActionTriggerResponse,
)

from bot.feishu.api import FeishuApi, FeishuError, Outgoing
from bot.feishu.inbound import DIRECT, PLATFORM, BotAccount, Press, from_message, from_press, sender_of
from bot.feishu.render import Card, after_choice, button_label, plain_fallback, render_reply
from bot.tasks import KeyedTasks, RecentKeys
from handlers.assistant import Assistant
from handlers.i18n import N_, Catalogs, language_of
from handlers.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)

# Shown (as a toast) when someone presses the buttons of a question asked of someone else.
NOT_YOUR_BUTTONS = N_("These buttons are for {name}.")
EVENT_TYPES = (
    "im.message.receive_v1",
    "card.action.trigger",
    "im.chat.member.bot.added_v1",
    "im.chat.member.bot.deleted_v1",
)


@dataclass(frozen=True)
class Target:
    """Where the replies to one message go."""

    chat_id: str  # a chat (`oc_…`) or, for a notification, a person (`ou_…`)
    reply_to: str | None = None  # in a group: the message that asked (replies quote it)
    in_thread: bool = False  # that message is in a thread: answer inside it
    asker: str | None = None  # the open_id the choices are for
    chat_kind: str = DIRECT


Post = Callable[[], Awaitable[str]]


class FeishuAdapter:
    def __init__(
        self,
        assistant: Assistant,
        api: FeishuApi,
        bot: BotAccount,
        catalogs: Catalogs,
        default_locale: str = "en",
    ) -> None:
        self.assistant = assistant
        self.api = api
        self.bot = bot
        self.catalogs = catalogs
        self.default_locale = default_locale
        self.tasks = KeyedTasks(PLATFORM)
        self.recent = RecentKeys()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._cards: OrderedDict[str, Card] = OrderedDict()  # cards with buttons we posted, by message id
        self._languages: dict[str, str] = {}  # open_id -> the Feishu client language last seen

    def dispatcher(self, encrypt_key: str, verification_token: str) -> lark.EventDispatcherHandler:
        """The lark-oapi event dispatcher with our callbacks (used by HTTP and long-connection mode)."""
        return (
            lark.EventDispatcherHandler.builder(encrypt_key, verification_token)
            .register_p2_im_message_receive_v1(self.on_message)
            .register_p2_card_action_trigger(self.on_card_action)
            .register_p2_im_chat_member_bot_added_v1(self.on_bot_added)
            .register_p2_im_chat_member_bot_deleted_v1(self.on_bot_removed)
            .build()
        )

    def _submit(self, key: str, job: Callable[[], Awaitable[None]]) -> None:
        """Queue `job` on the adapter's loop (the long-connection client calls us from its own thread)."""
        loop = self.loop
        if loop is None:
            raise RuntimeError("the Feishu adapter is not running")
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self.tasks.submit(key, job)
        else:
            loop.call_soon_threadsafe(self.tasks.submit, key, job)

    # Callbacks: drop redeliveries, queue the work ------------------------
    def on_message(self, data: P2ImMessageReceiveV1) -> None:
        msg = from_message(data, self.bot)
        if msg is None:
            return
        event_id = msg.extras.get("event_id")
        if not self.recent.first_time(event_id and f"event:{event_id}", f"message:{msg.message_id}"):
            log.info("feishu: redelivered event %s (message %s) dropped", event_id, msg.message_id)
            return
        if msg.sender.language:
            self._languages[msg.sender.external_id] = msg.sender.language
        tenant = msg.sender.workspace
        if tenant and self.recent.first_time(f"tenant:{tenant}"):
            log.warning("feishu: first event from tenant %s (bind it with 'salesbot feishu bind')", tenant)
        direct = msg.is_direct
        target = Target(
            msg.chat_id,
            reply_to=None if direct else msg.message_id,
            in_thread=bool(msg.extras.get("in_thread")),
            asker=msg.sender.external_id,
            chat_kind=DIRECT if direct else "group",
        )
        self._submit(msg.chat_id, lambda: self.converse(msg, target))

    def on_card_action(self, data: P2CardActionTrigger) -> P2CardActionTriggerResponse:
        event = data.event
        operator = getattr(event, "operator", None)
        context = getattr(event, "context", None)
        action = getattr(event, "action", None)
        header = getattr(data, "header", None)
        open_id = getattr(operator, "open_id", None)
        if not open_id or action is None or not isinstance(action.value, dict):
            return P2CardActionTriggerResponse({})
        press = Press(
            open_id=open_id,
            tenant_key=getattr(operator, "tenant_key", None) or getattr(header, "tenant_key", None),
            chat_id=getattr(context, "open_chat_id", None),
            message_id=getattr(context, "open_message_id", None),
            value=action.value,
            press_id=getattr(header, "event_id", None) or _digest(data),
        )
        toast = self.on_press(press)
        if toast is None:
            return P2CardActionTriggerResponse({})
        return P2CardActionTriggerResponse({"toast": {"type": "info", "content": toast}})

    def on_legacy_card(self, card: LegacyCard) -> dict[str, Any]:
        action = card.action
        if not card.open_id or action is None or not isinstance(action.value, dict):
            return {}
        body = card.raw.body if card.raw is not None and card.raw.body else b""
        press = Press(
            card.open_id,
            card.tenant_key,
            card.open_chat_id,
            card.open_message_id,
            action.value,
            press_id=hashlib.sha256(body).hexdigest()[:32],
        )
        toast = self.on_press(press)
        return {"toast": {"type": "info", "content": toast}} if toast else {}

    def on_press(self, press: Press) -> str | None:
        """Queue a button press; returns a toast for the presser when it is not theirs to press."""
        if press.asker and press.asker != press.open_id:
            tr = self.catalogs.translator(
                language_of(self._languages.get(press.open_id), self.default_locale)
            )
            return tr(NOT_YOUR_BUTTONS, name=self._name_hint(press.asker))
        if not self.recent.first_time(f"press:{press.press_id}"):
            return None
        msg = from_press(press, language=self._languages.get(press.open_id))
        if msg is None:
            return None
        card_id = press.message_id
        if press.is_direct or not card_id:
            target = Target(msg.chat_id, asker=press.open_id)
        else:
            target = Target(msg.chat_id, reply_to=card_id, asker=press.open_id, chat_kind="group")

        async def work() -> None:
            replies = await self.handle(msg)
            if card_id:
                await self._show_choice(card_id, msg.payload or "")
            await self.deliver(replies, target, answering=msg.message_id)

        self._submit(msg.chat_id, work)
        return None

    def on_bot_added(self, data: P2ImChatMemberBotAddedV1) -> None:
        event = data.event
        chat_id = getattr(event, "chat_id", None)
        operator = getattr(getattr(event, "operator_id", None), "open_id", None)
        event_id = getattr(data.header, "event_id", None)
        if not chat_id or not operator or not self.recent.first_time(event_id and f"event:{event_id}"):
            return
        log.warning("feishu: added to chat %s by %s", chat_id, operator)
        tenant = getattr(event, "operator_tenant_key", None) or getattr(data.header, "tenant_key", None)
        msg = IncomingMessage(
            sender=sender_of(operator, tenant, language=self._languages.get(operator)),
            chat_id=chat_id,
            text="/help",  # whoever added the bot sees what it does (or, if a stranger, why not)
            message_id=f"added:{event_id}",
            is_direct=False,
        )
        self._submit(chat_id, lambda: self.converse(msg, Target(chat_id, chat_kind="group")))

    def on_bot_removed(self, data: P2ImChatMemberBotDeletedV1) -> None:
        chat_id = getattr(data.event, "chat_id", None)
        log.warning("feishu: removed from chat %s", chat_id)
        for message_id in [key for key, card in self._cards.items() if card.get("_chat") == chat_id]:
            del self._cards[message_id]

    # The work ------------------------------------------------------------
    async def sender_details(self, msg: IncomingMessage) -> IncomingMessage:
        """The sender with the name and time zone from the contact API (when the app may read it)."""
        profile = await self.api.profile(msg.sender.external_id)
        sender = replace(
            msg.sender,
            display_name=profile.name or msg.sender.display_name,
            timezone=profile.timezone or msg.sender.timezone,
        )
        return replace(msg, sender=sender)

    async def handle(self, msg: IncomingMessage) -> list[Reply]:
        msg = await self.sender_details(msg)
        return await asyncio.to_thread(self.assistant.handle, msg)

    async def converse(self, msg: IncomingMessage, target: Target) -> None:
        await self.deliver(await self.handle(msg), target, answering=msg.message_id)

    async def deliver(self, replies: list[Reply], target: Target, *, answering: str | None = None) -> None:
        """Post every reply in order (a part that Feishu refuses is logged; the rest still go).

        Each message carries a `uuid` made from the message it answers, so a retry after a lost
        answer from Feishu cannot post it twice."""
        base = hashlib.sha256((answering or secrets.token_hex(8)).encode()).hexdigest()[:24]
        for number, reply in enumerate(replies):
            try:
                for part, message in enumerate(await self.render(reply, target)):
                    await self.post(target, message, reply, uuid=f"r{base}-{number}-{part}")
            except FeishuError as error:
                log.error("feishu: a reply to %s was refused: %s", target.chat_id, error)

    async def render(self, reply: Reply, target: Target, *, patient: bool = True) -> list[Outgoing]:
        image_key = None
        if reply.image is not None:
            try:
                image_key = await self.api.upload_image(reply.image.data, patient=patient)
            except FeishuError as error:  # e.g. the app may not upload images: the words still go
                log.error("feishu: chart upload refused: %s", error)
        return render_reply(
            reply,
            asker=target.asker if target.chat_kind != DIRECT else None,
            chat_kind=target.chat_kind,
            image_key=image_key,
        )

    async def post(
        self,
        target: Target,
        message: Outgoing,
        reply: Reply,
        *,
        uuid: str | None = None,
        patient: bool = True,
    ) -> str:
        """Send one message (a card Feishu refuses goes again as plain text); returns its id."""
        try:
            message_id = await self._send(target, message, reply, uuid, patient)
        except FeishuError as error:
            if message.msg_type != "interactive":
                raise
            log.warning("feishu: card refused (%s); sending it as text", error)
            fallback = plain_fallback(message, reply)
            return await self._send(target, fallback, reply, uuid and f"{uuid}t", patient)
        if message.msg_type == "interactive" and reply.buttons and message_id:
            self._remember(message_id, {**message.content, "_chat": target.chat_id})
        return message_id

    async def _send(
        self, target: Target, message: Outgoing, reply: Reply, uuid: str | None, patient: bool
    ) -> str:
        if target.reply_to and reply.in_thread:
            return await self.api.reply(
                target.reply_to, message, in_thread=target.in_thread, uuid=uuid, patient=patient
            )
        return await self.api.send(target.chat_id, message, uuid=uuid, patient=patient)

    async def _show_choice(self, message_id: str, payload: str) -> None:
        posted = self._cards.pop(message_id, None)
        label = button_label(posted, payload) or "✓"
        try:
            await self.api.update_card(message_id, after_choice(posted, label))
        except Exception as error:  # too old, deleted, not ours ...: the choice still counts
            log.warning("feishu: could not update card %s: %s", message_id, error)

    def _remember(self, message_id: str, card: Card) -> None:
        self._cards[message_id] = card
        while len(self._cards) > 2000:
            self._cards.popitem(last=False)

    def _name_hint(self, open_id: str) -> str:
        return self.api.cached_name(open_id) or "…"


def _digest(data: Any) -> str:
    return hashlib.sha256(repr(vars(data)).encode()).hexdigest()[:32]
