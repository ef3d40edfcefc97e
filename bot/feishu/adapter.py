"""Feishu events in, the handlers' replies out: intake into the inbox, then the inbox's handler.

Events: `im.message.receive_v1` (direct messages, and @mentions in groups, answered as a reply
to the message that asked, in its thread when it has one), card button presses (the
`card.action.trigger` callback, or a legacy card callback: the press goes back to the
handlers as the button's payload and the card is rewritten to show the choice), and the
bot being added to a group (the one who added it gets the help there) or removed.

Every event is written to the inbox (`intake`) before Feishu gets its answer: in HTTP mode
before the 200 (the endpoint answers 503 when the database cannot take it, and Feishu sends
it again), in long-connection mode before the SDK's handler returns (else the SDK answers
500 over the socket, and Feishu sends it again). A message is keyed by its message id, so
Feishu's redeliveries (the same event, or the same message under a new event id) are stored
once. The inbox worker then calls `message` and `deliver`, one chat's events in order.

A card press waits (at most `TOAST_WAIT`) for its outcome before its callback is answered:
a `notice` reply from the handlers (e.g. "These buttons are for Rita") becomes the callback's
toast, shown to the presser alone, and the card stays as it is. When the outcome comes too late
for the callback (a slow database, a restart, another process handled it) the notice goes as an
ephemeral card, still to the presser alone, in a group (in a one-to-one chat: a message); if
Feishu refuses that, it is posted in the chat, so it is never lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

import lark_oapi as lark
from lark_oapi.api.im.v1 import P2ImChatMemberBotAddedV1, P2ImChatMemberBotDeletedV1, P2ImMessageReceiveV1
from lark_oapi.card.model import Card as LegacyCard
from lark_oapi.core.exception import UnmarshalException
from lark_oapi.core.json import JSON
from lark_oapi.event.callback.model.p2_card_action_trigger import (
    P2CardActionTrigger,
    P2CardActionTriggerResponse,
)

from bot.feishu.api import FeishuApi, FeishuError, Outgoing, RateLimited, Unavailable
from bot.feishu.inbound import (
    BOT_ADDED,
    BOT_REMOVED,
    CARD_PRESS,
    DIRECT,
    LEGACY_CARD,
    MESSAGE,
    PLATFORM,
    BotAccount,
    Press,
    event_type,
    from_message,
    from_press,
    sender_of,
)
from bot.feishu.render import Card, after_choice, button_label, notice_card, plain_fallback, render_reply
from bot.inbox import Inbox, InboxUnavailable, Received
from handlers.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)

EVENT_TYPES = (MESSAGE, CARD_PRESS, BOT_ADDED, BOT_REMOVED)
# Feishu waits 3 s for an answer: storing must be done well within that, and a card press's
# toast is only worth waiting for as long as the callback is still open.
STORE_TIMEOUT = 1.5
TOAST_WAIT = 1.2


class Unusable(ValueError):
    """A signed callback whose event lark-oapi cannot read (answered 400, nothing stored)."""


@dataclass(frozen=True)
class Target:
    """Where the replies to one message go."""

    chat_id: str  # a chat (`oc_…`) or, for a notification, a person (`ou_…`)
    reply_to: str | None = None  # in a group: the message that asked (replies quote it)
    in_thread: bool = False  # that message is in a thread: answer inside it
    chat_kind: str = DIRECT


@dataclass(frozen=True)
class _Plan:
    """What one stored event asks for: the message for the handlers, where its replies go."""

    msg: IncomingMessage
    target: Target
    card_id: str | None = None  # a press: the card whose buttons were pressed


def _press_of(payload: dict[str, Any], kind: str) -> Press | None:
    """A card press from either callback style (None: not a press of one of our buttons)."""
    if kind == LEGACY_CARD:
        card = LegacyCard(payload)
        action = card.action
        if not card.open_id or action is None or not isinstance(action.value, dict):
            return None
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]
        return Press(card.open_id, card.tenant_key, card.open_chat_id, card.open_message_id,
                     action.value, press_id=digest)  # fmt: skip
    data = P2CardActionTrigger(payload)
    event, header = data.event, data.header
    operator = getattr(event, "operator", None)
    context = getattr(event, "context", None)
    action = getattr(event, "action", None)
    open_id = getattr(operator, "open_id", None)
    if not open_id or action is None or not isinstance(action.value, dict):
        return None
    event_id = getattr(header, "event_id", None)
    return Press(
        open_id=open_id,
        tenant_key=getattr(operator, "tenant_key", None) or getattr(header, "tenant_key", None),
        chat_id=getattr(context, "open_chat_id", None),
        message_id=getattr(context, "open_message_id", None),
        value=action.value,
        press_id=event_id or hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32],
    )


class FeishuAdapter:
    """The intake of Feishu's callbacks and the inbox's handler for the `feishu` platform."""

    platform = PLATFORM

    def __init__(self, api: FeishuApi, bot: BotAccount, inbox: Inbox) -> None:
        self.api = api
        self.bot = bot
        self.inbox = inbox
        self.loop: asyncio.AbstractEventLoop | None = None
        self._cards: OrderedDict[str, Card] = OrderedDict()  # cards with buttons we posted, by message id
        self._languages: dict[str, str] = {}  # open_id -> the Feishu client language last seen
        self._tenants: set[str] = set()
        self._toasts: dict[str, asyncio.Future[str | None]] = {}  # press key -> its open callback

    # Intake: store first, then Feishu gets its answer ------------------------
    def entry(self, payload: dict[str, Any]) -> Received | None:
        """The inbox row for a decrypted callback (None: nothing for us). Raises `Unusable`."""
        kind = event_type(payload)
        try:
            if kind == MESSAGE:
                msg = from_message(P2ImMessageReceiveV1(payload), self.bot)
                return Received(f"message:{msg.message_id}", msg.chat_id, payload) if msg else None
            if kind in (CARD_PRESS, LEGACY_CARD):
                press = _press_of(payload, kind)
                if press is None or press.payload is None:
                    return None
                return Received(f"press:{press.press_id}", press.chat_id or press.open_id, payload)
            if kind in (BOT_ADDED, BOT_REMOVED):
                event_id = payload["header"]["event_id"]
                chat_id = payload["event"]["chat_id"]
                return Received(f"event:{event_id}", str(chat_id), payload)
        except (AttributeError, KeyError, TypeError, ValueError, UnmarshalException) as error:
            raise Unusable(f"{kind or 'callback'}: {type(error).__name__}") from None
        return None

    async def intake(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Store a decrypted callback; returns the body of Feishu's answer (a press's toast, if any).

        Raises `InboxUnavailable` when it could not be stored (answer so that Feishu retries)
        and `Unusable` for an event lark-oapi cannot read."""
        entry = self.entry(payload)
        if entry is None:
            return {}
        key = entry.update_key
        waiter: asyncio.Future[str | None] | None = None
        if key.startswith("press:") and key not in self._toasts:
            waiter = asyncio.get_running_loop().create_future()
            self._toasts[key] = waiter
        try:
            try:
                new = await asyncio.wait_for(self.inbox.receive(PLATFORM, [entry]), STORE_TIMEOUT)
            except TimeoutError:
                raise InboxUnavailable(f"storing {key} took too long") from None
            if waiter is None or not new:
                return {}
            try:
                toast = await asyncio.wait_for(asyncio.shield(waiter), TOAST_WAIT)
            except TimeoutError:
                return {}
        finally:
            if waiter is not None and self._toasts.get(key) is waiter:
                del self._toasts[key]
                if not waiter.done():
                    waiter.cancel()
        return {"toast": {"type": "info", "content": toast}} if toast else {}

    def dispatcher(self, encrypt_key: str, verification_token: str) -> lark.EventDispatcherHandler:
        """Long-connection mode: lark-oapi's dispatcher, whose handlers store the event (its thread waits)."""
        return (
            lark.EventDispatcherHandler.builder(encrypt_key, verification_token)
            .register_p2_im_message_receive_v1(self._from_socket)
            .register_p2_card_action_trigger(self._press_from_socket)
            .register_p2_im_chat_member_bot_added_v1(self._from_socket)
            .register_p2_im_chat_member_bot_deleted_v1(self._from_socket)
            .build()
        )

    def _from_socket(self, data: object) -> dict[str, Any]:
        """In the SDK's thread: store the event. An exception makes the SDK answer 500: Feishu retries."""
        loop = self.loop
        if loop is None:
            raise InboxUnavailable("the Feishu adapter is not running")
        payload = json.loads(JSON.marshal(data) or "{}")
        stored = asyncio.run_coroutine_threadsafe(self.intake(payload), loop)
        return stored.result(STORE_TIMEOUT + TOAST_WAIT + 1.0)

    def _press_from_socket(self, data: P2CardActionTrigger) -> P2CardActionTriggerResponse:
        return P2CardActionTriggerResponse(self._from_socket(data))

    # The inbox's handler ------------------------------------------------------
    async def message(self, payload: dict[str, Any]) -> IncomingMessage | None:
        plan = self._plan(payload)
        if plan is None:
            return None
        return await self.sender_details(plan.msg)

    async def deliver(self, payload: dict[str, Any], replies: list[Reply]) -> None:
        plan = self._plan(payload)
        if plan is None:
            return
        notices = [reply for reply in replies if reply.notice]
        waiter = self._toasts.get(plan.msg.message_id or "") if plan.card_id is not None else None
        if waiter is not None and not waiter.done():  # the press's callback is still open: a toast
            waiter.set_result("\n".join(notice.text for notice in notices) or None)
            replies = [reply for reply in replies if not reply.notice]
        elif notices and plan.target.chat_kind != DIRECT:  # too late for a toast
            shown = [notice for notice in notices if await self._ephemeral(plan, notice)]
            replies = [reply for reply in replies if reply not in shown]
        if plan.card_id and not notices:
            await self._show_choice(plan.card_id, plan.msg.payload or "")
        await self.deliver_replies(replies, plan.target, answering=plan.msg.message_id)

    async def _ephemeral(self, plan: _Plan, notice: Reply) -> bool:
        """Show a notice to the one who pressed alone, in the group; False if Feishu would not."""
        try:
            await self.api.ephemeral(plan.msg.chat_id, plan.msg.sender.external_id, notice_card(notice.text))
            return True
        except (FeishuError, RateLimited, Unavailable) as error:
            log.warning("feishu: ephemeral notice refused (%s); posting it in the chat", error)
            return False

    def _plan(self, payload: dict[str, Any]) -> _Plan | None:
        kind = event_type(payload)
        if kind == MESSAGE:
            return self._message_plan(payload)
        if kind in (CARD_PRESS, LEGACY_CARD):
            press = _press_of(payload, kind)
            return self._press_plan(press) if press is not None else None
        if kind == BOT_ADDED:
            return self._added_plan(P2ImChatMemberBotAddedV1(payload))
        if kind == BOT_REMOVED:
            self._removed(P2ImChatMemberBotDeletedV1(payload))
        return None

    def _message_plan(self, payload: dict[str, Any]) -> _Plan | None:
        msg = from_message(P2ImMessageReceiveV1(payload), self.bot)
        if msg is None:
            return None
        if msg.sender.language:
            self._languages[msg.sender.external_id] = msg.sender.language
        tenant = msg.sender.workspace
        if tenant and tenant not in self._tenants:
            self._tenants.add(tenant)
            log.warning("feishu: first event from tenant %s (bind it with 'salesbot feishu bind')", tenant)
        direct = msg.is_direct
        target = Target(
            msg.chat_id,
            reply_to=None if direct else msg.message_id,
            in_thread=bool(msg.extras.get("in_thread")),
            chat_kind=DIRECT if direct else "group",
        )
        return _Plan(msg, target)

    def _press_plan(self, press: Press) -> _Plan | None:
        msg = from_press(press, language=self._languages.get(press.open_id))
        if msg is None:
            return None
        card_id = press.message_id
        if press.is_direct or not card_id:
            target = Target(msg.chat_id)
        else:
            target = Target(msg.chat_id, reply_to=card_id, chat_kind="group")
        return _Plan(msg, target, card_id=card_id)

    def _added_plan(self, data: P2ImChatMemberBotAddedV1) -> _Plan | None:
        event = data.event
        chat_id = getattr(event, "chat_id", None)
        operator = getattr(getattr(event, "operator_id", None), "open_id", None)
        event_id = getattr(data.header, "event_id", None)
        if not chat_id or not operator:
            return None
        tenant = getattr(event, "operator_tenant_key", None) or getattr(data.header, "tenant_key", None)
        msg = IncomingMessage(
            sender=sender_of(operator, tenant, language=self._languages.get(operator)),
            chat_id=chat_id,
            text="/help",  # whoever added the bot sees what it does (or, if a stranger, why not)
            message_id=f"added:{event_id}",
            is_direct=False,
        )
        return _Plan(msg, Target(chat_id, chat_kind="group"))

    def _removed(self, data: P2ImChatMemberBotDeletedV1) -> None:
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

    async def deliver_replies(
        self, replies: list[Reply], target: Target, *, answering: str | None = None
    ) -> None:
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
        return render_reply(reply, chat_kind=target.chat_kind, image_key=image_key)

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
