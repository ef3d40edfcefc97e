"""The Telegram component of `salesbot run`: updates in, replies out, nothing else.

Updates arrive by long polling, or by webhook when TELEGRAM_WEBHOOK_URL is set. Each one
that is for the bot becomes an `IncomingMessage` for `Assistant.handle` (run in a thread:
it is synchronous and touches the database); the replies go back to the chat that asked.
Updates of one chat are handled in order, different chats side by side (up to
`concurrency` updates at once; the database work runs in asyncio's thread pool).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import weakref
from typing import Any

from telegram import BotCommand, CallbackQuery, Message, Update
from telegram.constants import UpdateType
from telegram.error import BadRequest, InvalidToken, TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.app import App, SetupError
from bot.telegram.delivery import PLATFORM, Backoff, Delivery, TelegramSender, with_retries
from bot.telegram.flood import FloodControl
from bot.telegram.inbound import BotAccount, RecentIds, from_callback, from_message
from bot.telegram.render import button_label, with_choice
from bot.telegram.webhook import WebhookServer
from handlers.errors import log_failure
from handlers.i18n import LANGUAGES, N_, language_of
from handlers.messages import IncomingMessage, Reply

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY]
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
NOT_YOUR_BUTTONS = N_("These buttons are for {name}.")  # shown when someone else presses them


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
        self._seen = RecentIds()
        self.updates_done = 0  # updates fully handled (replies sent) or skipped; for monitoring and tests
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

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
            .concurrent_updates(self.concurrency)
            .job_queue(None)
        )
        if settings.telegram_webhook_url:
            builder = builder.updater(None)
        application = builder.build()
        application.add_handler(TypeHandler(Update, self.on_update))
        application.add_error_handler(self.on_error)
        return application

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
        await application.start()
        if self.settings.telegram_webhook_url:
            await self._start_webhook(self.settings.telegram_webhook_url)
        else:
            assert application.updater is not None
            try:
                await application.updater.start_polling(
                    timeout=self.poll_timeout, allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3
                )
            except TelegramError as error:
                raise SetupError(f"telegram: cannot start polling for updates: {error}") from None
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
            self.application.bot,
            self.application.update_queue,
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
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()  # finishes the updates already taken
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

    # updates -----------------------------------------------------------------
    async def on_update(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not isinstance(update, Update):
            return
        try:
            query = update.callback_query
            if not self._seen.first_time(update.update_id) or (
                query is not None and not self._seen.first_time(("callback", query.id))
            ):
                log.info("telegram: update %s delivered again; ignored", update.update_id)
            elif query is not None:
                await self.on_button(query, update.update_id)
            elif update.message is not None:
                await self.on_message(update.message, update.update_id)
        finally:
            self.updates_done += 1

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if context.error is not None:
            log_failure(log, "telegram: handling an update failed", secrets.token_hex(3), context.error)

    def _chat_lock(self, chat_id: str) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat_id] = lock
        return lock

    async def _handle(self, msg: IncomingMessage) -> list[Reply]:
        return await asyncio.to_thread(self.app.assistant.handle, msg)

    async def on_message(self, message: Message, update_id: int) -> None:
        assert self.me is not None
        msg = from_message(message, self.me, update_id)
        if msg is None:
            return
        lock = self._chat_lock(msg.chat_id)
        async with lock:
            replies = await self._handle(msg)
            await self._send(message.chat_id, replies, None if msg.is_direct else message.message_id, msg)

    async def on_button(self, query: CallbackQuery, update_id: int) -> None:
        msg = from_callback(query, update_id)
        message = query.message if isinstance(query.message, Message) else None
        if msg is None:
            await self._answer(query)
            return
        if message is not None and not self._may_press(query, message):
            tr = self.app.catalogs.translator(
                language_of(query.from_user.language_code, self.settings.default_locale)
            )
            asker = message.reply_to_message.from_user if message.reply_to_message else None
            await self._answer(query, tr(NOT_YOUR_BUTTONS, name=asker.full_name if asker else "?"))
            return
        # Stop the button's spinner at once, but keep the press in line behind earlier messages.
        answering = asyncio.ensure_future(self._answer(query))
        lock = self._chat_lock(msg.chat_id)
        async with lock:
            replies = await self._handle(msg)
            if message is not None:
                await self._show_choice(message, query.data or "")
            quote = None if msg.is_direct or message is None else message.message_id
            await self._send(int(msg.chat_id), replies, quote, msg)
        await answering

    @staticmethod
    def _may_press(query: CallbackQuery, message: Message) -> bool:
        """In a group, a question's buttons belong to whoever asked (the message it replies to)."""
        asked = message.reply_to_message
        if message.chat.type == "private" or asked is None or asked.from_user is None:
            return True
        return asked.from_user.id == query.from_user.id

    async def _answer(self, query: CallbackQuery, text: str | None = None) -> None:
        try:
            await query.answer(text)
        except TelegramError as error:  # too old, or already answered: nothing to do
            log.info("telegram: answerCallbackQuery failed: %s", error)

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
