"""The Telegram component of `salesbot run`: updates in, replies out, nothing else.

Updates arrive by long polling (our own getUpdates loop, so that Telegram is told an
update arrived, by the next offset, only after it is stored in the inbox), or by webhook
when TELEGRAM_WEBHOOK_URL is set (answered 200 only after it is stored). The inbox worker
(`bot.inbox`) then asks this adapter for the `IncomingMessage` (`message`) and has it
send the replies back to the chat that asked (`deliver`). Updates of one chat are handled
in order, different chats side by side.

A button press is answered (answerCallbackQuery, which stops its spinner) in `deliver`, once its
outcome is known, not when it arrives: a `notice` from the handlers ("These buttons are for
Rita") is that answer's toast, shown to the presser alone. If Telegram no longer takes the
answer (the press is too old, e.g. handled after a restart) the notice is sent to the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
from typing import Any

from telegram import BotCommand, CallbackQuery, Message, Update
from telegram.constants import UpdateType
from telegram.error import BadRequest, Conflict, InvalidToken, TelegramError, TimedOut
from telegram.ext import Application

from bot.app import App, SetupError
from bot.inbox import InboxUnavailable, Received
from bot.telegram.counting import CountingRequest
from bot.telegram.delivery import PLATFORM, Backoff, Delivery, TelegramSender, with_retries
from bot.telegram.flood import FloodControl
from bot.telegram.inbound import BotAccount, RecentIds, from_callback, from_message
from bot.telegram.render import button_label, with_choice
from bot.telegram.webhook import WebhookServer
from handlers.i18n import LANGUAGES
from handlers.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY]
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


def file_url_for(base_url: str) -> str:
    """Telegram's file URL next to a (self-hosted) API URL: https://host/bot -> https://host/file/bot."""
    stem = base_url.rstrip("/")
    if stem.endswith("/bot"):
        return stem[: -len("/bot")] + "/file/bot"
    return "https://api.telegram.org/file/bot"


class TelegramAdapter:
    """A `bot.service.Component`; registers its `TelegramSender` in `app.senders` while running."""

    name = "telegram"

    def __init__(self, app: App, *, poll_timeout: float = 10, concurrency: int = 32) -> None:
        if app.settings.telegram_bot_token is None:
            raise SetupError("TELEGRAM_BOT_TOKEN is not set")
        self.app = app
        self.settings = app.settings
        self.poll_timeout = poll_timeout
        self.concurrency = concurrency
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.me: BotAccount | None = None
        self.delivery: Delivery | None = None
        self.sender: TelegramSender | None = None
        self._webhook: WebhookServer | None = None
        self._polling: asyncio.Task[None] | None = None
        self._connected = False
        self._presses = RecentIds()  # a press redelivered under another update id is answered once

    platform = PLATFORM

    @property
    def updates_done(self) -> int:
        """Updates fully handled (replies sent), skipped or stored twice; for monitoring and tests."""
        return self.app.inbox.finished[PLATFORM]

    @property
    def ready(self) -> bool:
        """Connected: the last getUpdates succeeded, or the webhook is listening."""
        return self._webhook is not None or self._connected

    # lifecycle ---------------------------------------------------------------
    def build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        settings = self.settings
        assert settings.telegram_bot_token is not None
        builder = (
            Application.builder()
            .token(settings.telegram_bot_token.get_secret_value())
            .base_url(settings.telegram_api_base_url)
            .base_file_url(settings.telegram_api_file_url or file_url_for(settings.telegram_api_base_url))
            .rate_limiter(
                FloodControl(
                    per_second=settings.telegram_messages_per_second,
                    group_per_minute=settings.telegram_group_messages_per_minute,
                )
            )
            .request(CountingRequest(self.app.metrics, connection_pool_size=256))
            .get_updates_request(CountingRequest(self.app.metrics, connection_pool_size=1))
            .job_queue(None)
            .updater(None)  # polling is ours: see _poll
        )
        return builder.build()

    async def start(self) -> None:
        application = self.build()
        base = self.settings.telegram_api_base_url
        try:
            await application.initialize()  # getMe
        except TelegramError as error:
            with contextlib.suppress(Exception):
                await application.shutdown()
            if isinstance(error, InvalidToken):
                raise SetupError(f"telegram: the Bot API at {base} rejected TELEGRAM_BOT_TOKEN") from None
            raise SetupError(f"telegram: cannot reach the Bot API at {base}: {error}") from None
        self.application = application
        try:
            await self._run(application)
        except BaseException:
            await self.stop()
            raise

    async def _run(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        bot = application.bot
        self.me = BotAccount(bot.id, bot.bot.username or "")
        self.delivery = Delivery(bot)
        await self.register_commands()
        self.app.inbox.register(self)
        if self.settings.telegram_webhook_url:
            await self._start_webhook(self.settings.telegram_webhook_url)
        else:
            try:
                await with_retries(lambda: bot.delete_webhook(), Backoff(attempts=3), "deleteWebhook")
            except TelegramError as error:
                raise SetupError(f"telegram: cannot start polling for updates: {error}") from None
            self._polling = asyncio.create_task(self._poll(), name="telegram-polling")
        # The scheduler's deliveries give up sooner than replies do: its outbox retries later.
        self.sender = TelegramSender(Delivery(bot, Backoff(attempts=3), rate_retries=2))
        self.app.senders[PLATFORM] = self.sender
        log.warning("telegram: running as @%s (%s)", bot.username, "webhook" if self._webhook else "polling")

    async def _start_webhook(self, url: str) -> None:
        assert self.application is not None
        settings = self.settings
        secret = (
            settings.telegram_webhook_secret.get_secret_value()
            if settings.telegram_webhook_secret
            else secrets.token_urlsafe(32)  # fresh per start; set one when several processes serve
        )
        self._webhook = WebhookServer(
            self.store,
            url=url,
            secret=secret,
            host=settings.telegram_webhook_listen,
            port=settings.telegram_webhook_port,
        )
        try:
            await self._webhook.start()
        except OSError as error:
            raise SetupError(
                f"telegram: cannot listen on {settings.telegram_webhook_listen}:"
                f"{settings.telegram_webhook_port} for the webhook: {error.strerror or error}"
            ) from None
        bot = self.application.bot
        try:
            await with_retries(
                lambda: bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES),
                Backoff(attempts=3),
                "setWebhook",
            )
        except TelegramError as error:
            raise SetupError(f"telegram: setWebhook {url} failed: {error}") from None

    async def stop(self) -> None:
        if self.app.senders.get(PLATFORM) is self.sender:
            del self.app.senders[PLATFORM]
        application = self.application
        if application is None:
            return
        if self._webhook is not None:
            await self._webhook.stop()
            self._webhook = None
        if self._polling is not None:
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        await self.app.inbox.unregister(self)  # finishes the updates already taken
        await application.shutdown()
        self.application = None

    async def register_commands(self) -> None:
        """The command menu from the handlers' registry, in each language we speak."""
        assert self.application is not None
        bot = self.application.bot
        default = self.settings.default_locale
        for language in (default, *(lang for lang in LANGUAGES if lang != default)):
            tr = self.app.catalogs.translator(language)
            commands = [
                BotCommand(name, tr(summary)[:256])
                for name, summary in self.app.assistant.commands("rep")
                if _COMMAND_NAME.fullmatch(name)
            ]
            try:
                await bot.set_my_commands(commands, language_code=None if language == default else language)
            except TelegramError as error:
                log.warning("telegram: setMyCommands (%s) failed: %s", language, error)

    # updates in ----------------------------------------------------------------
    async def _poll(self) -> None:
        """getUpdates until stopped; the offset that confirms updates moves only once they are stored."""
        assert self.application is not None
        bot = self.application.bot
        offset: int | None = None
        pause = Backoff(first=1.0, cap=30.0, attempts=1_000_000)
        failures = 0
        while True:
            try:
                updates = await bot.get_updates(
                    offset=offset, timeout=self.poll_timeout, allowed_updates=ALLOWED_UPDATES
                )
            except TimedOut:
                continue
            except InvalidToken:
                log.error("telegram: the Bot API rejected TELEGRAM_BOT_TOKEN; polling stopped")
                self._connected = False
                return
            except TelegramError as error:
                failures += 1
                self._connected = False
                if failures == 1 or isinstance(error, Conflict):
                    log.warning("telegram: getUpdates failed (%s); retrying", error)
                await asyncio.sleep(pause.delay(failures))
                continue
            if failures:
                log.warning("telegram: getUpdates works again after %d failed attempts", failures)
            failures, self._connected = 0, True
            if not updates:
                continue
            await self._store_until_stored([self._received(u.update_id, u.to_dict()) for u in updates])
            offset = updates[-1].update_id + 1

    async def _store_until_stored(self, batch: list[Received]) -> None:
        """Polling pauses here while the database is down: nothing is confirmed meanwhile."""
        delay = 0.5
        while True:
            try:
                await self.app.inbox.receive(PLATFORM, batch)
                return
            except InboxUnavailable:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    @staticmethod
    def _received(update_id: int, payload: dict[str, Any]) -> Received:
        message = payload.get("message") or (payload.get("callback_query") or {}).get("message") or {}
        chat = (message.get("chat") or {}).get("id")
        key = f"chat:{chat}" if chat is not None else f"update:{update_id}"
        return Received(str(update_id), key, payload)

    async def store(self, payload: dict[str, Any]) -> None:
        """A webhook update into the inbox; raises `InboxUnavailable` when it could not be stored."""
        await self.app.inbox.receive(PLATFORM, [self._received(int(payload["update_id"]), payload)])

    # the inbox's handler ----------------------------------------------------
    def _update(self, payload: dict[str, Any]) -> Update:
        assert self.application is not None
        return Update.de_json(payload, self.application.bot)

    async def message(self, payload: dict[str, Any]) -> IncomingMessage | None:
        """The update as a message for the handlers (None: not for the bot, or nothing to do)."""
        assert self.me is not None
        update = self._update(payload)
        query = update.callback_query
        if query is None:
            return from_message(update.message, self.me, update.update_id) if update.message else None
        if not self._presses.first_time(query.id):
            log.info("telegram: button press %s delivered again; ignored", query.id)
            return None
        msg = from_callback(query, update.update_id)
        if msg is None:
            await self._answer(query)
        return msg  # answered in `deliver`, once the outcome (perhaps a notice for the presser) is known

    async def deliver(self, payload: dict[str, Any], replies: list[Reply]) -> None:
        """Send the replies to the chat that asked; a press is answered first (its toast: any notice)."""
        assert self.me is not None
        update = self._update(payload)
        query = update.callback_query
        if query is not None:
            msg = from_callback(query, update.update_id)
            message = query.message if isinstance(query.message, Message) else None
            refused = any(reply.notice for reply in replies)
            replies = await self._answer_press(query, replies)
            if message is not None and not refused:
                await self._show_choice(message, query.data or "")
        else:
            message = update.message
            msg = from_message(message, self.me, update.update_id) if message else None
        if msg is None:
            return
        quote = None if msg.is_direct or message is None else message.message_id
        await self._send(int(msg.chat_id), replies, quote, msg)

    async def _answer_press(self, query: CallbackQuery, replies: list[Reply]) -> list[Reply]:
        """Stop the button's spinner, with the handlers' notices as its toast (shown to the presser
        alone); returns the replies still to send: if the toast could not be shown (the press is too
        old, e.g. after a restart), the notices go to the chat, so they are not lost."""
        notices = [reply for reply in replies if reply.notice]
        if await self._answer(query, "\n".join(n.text for n in notices)[:200] or None) or not notices:
            return [reply for reply in replies if not reply.notice]
        return replies

    async def _answer(self, query: CallbackQuery, text: str | None = None) -> bool:
        try:
            return bool(await query.answer(text))
        except TelegramError as error:  # too old, or already answered
            log.info("telegram: answerCallbackQuery failed: %s", error)
            return False

    async def _show_choice(self, message: Message, payload: str) -> None:
        """Edit the question to show the answer, and take its keyboard away."""
        assert self.application is not None
        bot = self.application.bot
        label = button_label(message.reply_markup, payload)
        shown = with_choice(message.text, label) if message.text and label else None

        async def edit() -> object:
            if shown is not None:
                return await bot.edit_message_text(
                    shown, chat_id=message.chat_id, message_id=message.message_id
                )
            return await bot.edit_message_reply_markup(chat_id=message.chat_id, message_id=message.message_id)

        try:
            await with_retries(edit, Backoff(attempts=3), "editing the question")
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                log.warning("telegram: could not edit message %s: %s", message.message_id, error)
        except TelegramError as error:
            log.warning("telegram: could not edit message %s: %s", message.message_id, error)

    async def _send(
        self, chat_id: int, replies: list[Reply], quote: int | None, msg: IncomingMessage
    ) -> None:
        assert self.delivery is not None
        thread_id = int(msg.thread_id) if msg.thread_id else None
        for reply in replies:
            try:
                await self.delivery.send(
                    chat_id, reply, reply_to=quote if reply.in_thread else None, thread_id=thread_id
                )
            except TelegramError as error:
                log.error("telegram: reply to chat %s could not be delivered: %s", chat_id, error)


__all__ = ["ALLOWED_UPDATES", "TelegramAdapter", "file_url_for"]
