"""A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks.

Point the bot at it the way a company points it at a self-hosted Bot API server:
`TELEGRAM_BOT_TOKEN=fake.token`, `TELEGRAM_API_BASE_URL=fake.base_url`. It speaks the
real HTTP protocol (form, multipart and JSON requests; `{"ok": ..., "result": ...}`
answers with Telegram's status codes and descriptions), so python-telegram-bot's whole
HTTP stack runs against it.

The test side:
    async with FakeTelegramAPI() as fake:                   # or: with fake.serving_in_thread():
        rita = fake.add_user("Rita", language_code="en")    # a user who has opened the bot
        fake.send_message(rita, "/start CODE")              # queue an update for getUpdates
        [reply] = await fake.wait_for_messages(rita["id"], 1)
        fake.press_button(rita, reply, label="Acme Corp")   # a callback query update
        fake.calls_to("sendMessage")                        # every call, with params and status

Trouble on demand:
    fake.inject("sendMessage", status=429, retry_after=2)   # the next sendMessage gets a 429
    fake.inject("sendMessage", status=502, times=2)         # two 502s, then normal answers
    fake.rate_limit = 30                                    # sends beyond 30/s answered with 429

Answered methods: getMe, getUpdates (offset, limit and long-poll timeout honoured),
sendMessage, sendPhoto, sendDocument, editMessageText, editMessageReplyMarkup,
editMessageCaption, answerCallbackQuery, sendChatAction, setMyCommands, getMyCommands,
deleteMyCommands, setWebhook, deleteWebhook, getWebhookInfo, close, logOut.
Anything else is answered 404 and recorded.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import ClientSession, web

T = TypeVar("T")

# Methods that put a message on a screen: subject to `rate_limit` and to "*" faults.
SENDING_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
    }
)
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "reply_parameters",
        "commands",
        "entities",
        "caption_entities",
        "allowed_updates",
        "scope",
        "link_preview_options",
    }
)
_INT_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "timeout", "message_thread_id", "cache_time"}
)
_BOOL_FIELDS = frozenset({"drop_pending_updates", "show_alert", "disable_notification"})
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{5,32}")
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Upload:
    """A file sent with multipart/form-data."""

    filename: str | None
    data: bytes
    content_type: str | None = None


@dataclass
class ApiCall:
    """One request the bot made, and how the fake answered it."""

    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    status: int = 0
    result: Any = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class Fault:
    status: int
    description: str
    retry_after: int | None = None
    times: int = 1


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class FakeTelegramAPI:
    def __init__(
        self,
        *,
        token: str = "123456789:TEST-fake-token",
        username: str = "salesbot_test_bot",
        first_name: str = "Salesbot",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.username = username
        self.first_name = first_name
        self.bot_id = int(token.split(":", 1)[0])
        self.host = host
        self.port = port
        # What the bot did
        self.calls: list[ApiCall] = []
        self.bot_messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat, message id) -> message
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (scope type, language)
        self.answered_callbacks: dict[str, dict[str, Any]] = {}
        self.webhook: dict[str, Any] | None = None
        # What the world looks like
        self.chats: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.callbacks: dict[str, dict[str, Any]] = {}  # callback id -> callback query
        self.user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        # Trouble
        self.rate_limit: int | None = None  # sending calls per second, across all chats
        self.faults: dict[str, deque[Fault]] = {}
        # Internals
        self._updates: list[dict[str, Any]] = []
        self._confirmed = 0  # the highest offset the bot has confirmed
        self._update_ids = itertools.count(1)
        self._user_ids = itertools.count(5001)
        self._group_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._sent_stamps: deque[float] = deque()
        self._lock = threading.RLock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        """The value for TELEGRAM_API_BASE_URL (the token is appended by the client)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    async def start(self) -> FakeTelegramAPI:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{bot_token}/{method}", self._serve)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegramAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @contextmanager
    def serving_in_thread(self) -> Iterator[FakeTelegramAPI]:
        """Run the server on its own event loop in a thread (for code that owns the main loop)."""
        loop = asyncio.new_event_loop()
        started = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.start())
            started.set()
            loop.run_forever()

        thread = threading.Thread(target=run, name="fake-telegram", daemon=True)
        thread.start()
        started.wait(10)
        try:
            yield self
        finally:
            asyncio.run_coroutine_threadsafe(self.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()

    # ------------------------------------------------------------------ the world
    def add_user(
        self,
        first_name: str = "Rita",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        user_id: int | None = None,
    ) -> dict[str, Any]:
        """A Telegram user who has opened a private chat with the bot (so it may write to them)."""
        with self._lock:
            user: dict[str, Any] = {
                "id": user_id or next(self._user_ids),
                "is_bot": False,
                "first_name": first_name,
            }
            if last_name:
                user["last_name"] = last_name
            if username:
                user["username"] = username
            if language_code:
                user["language_code"] = language_code
            chat = {"id": user["id"], "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
            self.chats[user["id"]] = chat
            return user

    def add_group(self, title: str = "Sales team", *, supergroup: bool = True) -> dict[str, Any]:
        with self._lock:
            number = next(self._group_ids)
            chat_id = -(1_000_000_000_000 + number) if supergroup else -number
            chat = {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title}
            self.chats[chat_id] = chat
            return chat

    def block_bot(self, user: dict[str, Any]) -> None:
        """The user blocks the bot: sends to them are refused with 403 from now on."""
        with self._lock:
            self.blocked.add(user["id"])

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    @staticmethod
    def entities_of(text: str) -> list[dict[str, Any]]:
        """The entities Telegram attaches: a leading /command and @mentions (UTF-16 offsets)."""
        entities: list[dict[str, Any]] = []
        command = _COMMAND.match(text)
        if command:
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_length(command.group())})
        for mention in _MENTION.finditer(text):
            if command and mention.start() < command.end():
                continue
            offset = utf16_length(text[: mention.start()])
            entities.append({"type": "mention", "offset": offset, "length": utf16_length(mention.group())})
        return entities

    def message_update(
        self,
        user: dict[str, Any],
        text: str,
        *,
        chat: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Build (not queue) an update for a text message from `user` in `chat` (default: private)."""
        with self._lock:
            chat = chat or self.chats.get(user["id"]) or {"id": user["id"], "type": "private"}
            self.chats.setdefault(chat["id"], chat)
            message: dict[str, Any] = {
                "message_id": self._next_message_id(chat["id"]),
                "date": int(time.time()),
                "chat": chat,
                "from": user,
                "text": text,
            }
            entities = self.entities_of(text)
            if entities:
                message["entities"] = entities
            if reply_to is not None:
                message["reply_to_message"] = reply_to
            self.user_messages[(chat["id"], message["message_id"])] = message
            return {"update_id": next(self._update_ids), "message": message}

    def send_message(
        self,
        user: dict[str, Any],
        text: str,
        *,
        chat: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """`user` writes `text` to the bot (in `chat`); returns the queued update."""
        update = self.message_update(user, text, chat=chat, reply_to=reply_to)
        self.push_updates([update])
        return update

    def button_update(
        self,
        user: dict[str, Any],
        message: dict[str, Any],
        *,
        label: str | None = None,
        data: str | None = None,
    ) -> dict[str, Any]:
        """Build (not queue) `user` pressing a button (by label or data) on the bot's `message`."""
        with self._lock:
            current = self.bot_messages.get((message["chat"]["id"], message["message_id"]), message)
            buttons = [b for row in current.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
            if data is None:
                matches = [b for b in buttons if label is not None and label.lower() in b["text"].lower()]
                if not matches:
                    raise LookupError(f"no button {label!r} among {[b['text'] for b in buttons]}")
                data = matches[0]["callback_data"]
            query = {
                "id": str(next(self._callback_ids) + 900_000),
                "from": user,
                "chat_instance": str(current["chat"]["id"]),
                "message": current,
                "data": data,
            }
            self.callbacks[query["id"]] = query
            return {"update_id": next(self._update_ids), "callback_query": query}

    def press_button(
        self,
        user: dict[str, Any],
        message: dict[str, Any],
        *,
        label: str | None = None,
        data: str | None = None,
    ) -> dict[str, Any]:
        """`user` presses a button on the bot's `message`; returns the queued update."""
        update = self.button_update(user, message, label=label, data=data)
        self.push_updates([update])
        return update

    def push_updates(self, updates: Iterable[dict[str, Any]]) -> None:
        """Queue updates for getUpdates exactly as given (the same update twice is delivered twice)."""
        with self._lock:
            self._updates.extend(updates)
        self._notify()

    def push_update(self, update: dict[str, Any]) -> None:
        self.push_updates([update])

    def new_update_id(self) -> int:
        return next(self._update_ids)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot (through getUpdates' offset)."""
        with self._lock:
            return [u for u in self._updates if u["update_id"] >= self._confirmed]

    def _notify(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake_pollers()
        else:
            loop.call_soon_threadsafe(self._wake_pollers)

    def _wake_pollers(self) -> None:
        old, self._wake = self._wake, asyncio.Event()
        if old is not None:
            old.set()

    async def post_webhook(
        self, update: dict[str, Any], *, secret: str | None = None, use_secret: bool = True
    ) -> int:
        """Deliver `update` to the registered webhook like Telegram does; returns the HTTP status.

        `secret` overrides the registered secret_token; `use_secret=False` sends no secret header.
        """
        if self.webhook is None:
            raise RuntimeError("no webhook is set")
        headers = {}
        token = secret if secret is not None else self.webhook.get("secret_token")
        if use_secret and token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        async with (
            ClientSession() as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            await response.read()
            return response.status

    # ------------------------------------------------------------------ what the bot did
    def calls_to(self, *methods: str) -> list[ApiCall]:
        with self._lock:
            return [call for call in self.calls if call.method in methods]

    def messages_in(self, chat_id: int) -> list[dict[str, Any]]:
        """The bot's messages in a chat as they look now (edits applied), oldest first."""
        with self._lock:
            found = [m for (chat, _), m in self.bot_messages.items() if chat == chat_id]
        return sorted(found, key=lambda m: m["message_id"])

    def texts_in(self, chat_id: int) -> list[str]:
        return [m.get("text", m.get("caption", "")) for m in self.messages_in(chat_id)]

    async def wait_for(self, condition: Callable[[], T], timeout: float = 20.0) -> T:
        """Wait until `condition()` is truthy and return it; AssertionError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {condition}")
            await asyncio.sleep(0.02)

    def wait_for_sync(self, condition: Callable[[], T], timeout: float = 20.0) -> T:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {condition}")
            time.sleep(0.02)

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 20.0
    ) -> list[dict[str, Any]]:
        """The bot's first `count` messages in a chat, once there are that many."""
        messages = await self.wait_for(lambda: len(self.messages_in(chat_id)) >= count or None, timeout)
        assert messages
        return self.messages_in(chat_id)[:count]

    # ------------------------------------------------------------------ trouble
    def inject(
        self,
        method: str,
        *,
        status: int,
        retry_after: int | None = None,
        times: int = 1,
        description: str | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` ("*": any sending method) with an error."""
        if description is None:
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after or 1}"
            elif status >= 500:
                description = {502: "Bad Gateway", 503: "Service Unavailable"}.get(
                    status, "Internal Server Error"
                )
            else:
                description = f"Error {status}"
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._lock:
            self.faults.setdefault(method, deque()).append(Fault(status, description, retry_after, times))

    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            for key in (method, "*" if method in SENDING_METHODS else None):
                queue = self.faults.get(key) if key else None
                if queue:
                    fault = queue[0]
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.popleft()
                    return fault
        return None

    def _over_rate_limit(self, method: str) -> int | None:
        """Seconds to wait if this sending call exceeds `rate_limit`, else None (and count it)."""
        if self.rate_limit is None or method not in SENDING_METHODS:
            return None
        with self._lock:
            now = time.monotonic()
            while self._sent_stamps and now - self._sent_stamps[0] >= 1.0:
                self._sent_stamps.popleft()
            if len(self._sent_stamps) >= self.rate_limit:
                return 1
            self._sent_stamps.append(now)
            return None

    # ------------------------------------------------------------------ HTTP
    async def _serve(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        call = ApiCall(method, {}, time.monotonic())
        with self._lock:
            self.calls.append(call)
        try:
            if request.match_info["bot_token"] != f"bot{self.token}":
                raise ApiError(401, "Unauthorized")
            call.params = await self._read_params(request)
            fault = self._take_fault(method)
            if fault is not None:
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise ApiError(fault.status, fault.description, parameters)
            wait = self._over_rate_limit(method)
            if wait is not None:
                raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(call.params)
        except ApiError as error:
            call.status, call.description = error.status, error.description
            body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.status)
        call.status, call.result = 200, result
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _read_params(request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.read()
            if body:
                params.update(json.loads(body))
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    params[key] = Upload(value.filename, value.file.read(), value.content_type)
                else:
                    params[key] = value
        for key, value in list(params.items()):
            if not isinstance(value, str):
                continue
            if key in _JSON_FIELDS:
                params[key] = json.loads(value)
            elif key in _INT_FIELDS and re.fullmatch(r"-?\d+", value):
                params[key] = int(value)
            elif key in _BOOL_FIELDS:
                params[key] = value.lower() == "true"
        return params

    # ------------------------------------------------------------------ the API
    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = min(int(params.get("limit") or 100), 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            wake = self._wake
            with self._lock:
                if isinstance(offset, int) and offset > 0:
                    self._confirmed = max(self._confirmed, offset)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = self._updates[:limit]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or wake is None:
                return ready
            with suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), remaining)

    def _chat_for_sending(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    @staticmethod
    def _check_markup(params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
        return dict(markup)

    def _new_bot_message(self, chat: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": self.first_name,
                "username": self.username,
            },
        }
        markup = self._check_markup(params)
        if markup:
            message["reply_markup"] = markup
        reply = params.get("reply_parameters") or {}
        reply_to_id = reply.get("message_id") or params.get("reply_to_message_id")
        if reply_to_id:
            key = (chat["id"], int(reply_to_id))
            replied = self.user_messages.get(key) or self.bot_messages.get(key)
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
            if replied is not None:
                message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        if params.get("message_thread_id"):
            message["message_thread_id"] = params["message_thread_id"]
        return message

    @staticmethod
    def _text_of(params: dict[str, Any], *, too_long: str) -> str:
        text = str(params.get("text") or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > 4096:
            raise ApiError(400, f"Bad Request: {too_long}")
        return text

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            chat = self._chat_for_sending(params)
            text = self._text_of(params, too_long="message is too long")
            message = self._new_bot_message(chat, params)
            message["text"] = text
            self.bot_messages[(chat["id"], message["message_id"])] = message
            return message

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._send_file(params, "photo")

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._send_file(params, "document")

    def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        with self._lock:
            chat = self._chat_for_sending(params)
            upload = params.get(kind)
            if upload is None:
                raise ApiError(400, f"Bad Request: there is no {kind} in the request")
            caption = str(params.get("caption") or "")
            if utf16_length(caption) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            message = self._new_bot_message(chat, params)
            size = len(upload.data) if isinstance(upload, Upload) else 0
            file_id = f"{kind}-{chat['id']}-{message['message_id']}"
            if kind == "photo":
                size_info = {"width": 800, "height": 600, "file_size": size}
                message["photo"] = [{"file_id": file_id, "file_unique_id": file_id, **size_info}]
            else:
                message["document"] = {"file_id": file_id, "file_unique_id": file_id, "file_size": size}
            if caption:
                message["caption"] = caption
            self.bot_messages[(chat["id"], message["message_id"])] = message
            return message

    def _message_to_edit(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (params.get("chat_id"), params.get("message_id"))
        message = self.bot_messages.get(key)  # type: ignore[arg-type]
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _apply_edit(
        self, message: dict[str, Any], changes: dict[str, Any], params: dict[str, Any]
    ) -> dict[str, Any]:
        markup = self._check_markup(params)
        edited = {**message, **changes}
        edited.pop("reply_markup", None)
        if markup:
            edited["reply_markup"] = markup
        if all(edited.get(k) == message.get(k) for k in ("text", "caption", "reply_markup")):
            raise ApiError(400, NOT_MODIFIED)
        edited["edit_date"] = int(time.time())
        self.bot_messages[(message["chat"]["id"], message["message_id"])] = edited
        return edited

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            message = self._message_to_edit(params)
            text = self._text_of(params, too_long="MESSAGE_TOO_LONG")  # Telegram words it so for edits
            if "text" not in message:
                raise ApiError(400, "Bad Request: there is no text in the message to edit")
            return self._apply_edit(message, {"text": text}, params)

    async def _api_editMessageCaption(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            message = self._message_to_edit(params)
            return self._apply_edit(message, {"caption": str(params.get("caption") or "")}, params)

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            return self._apply_edit(self._message_to_edit(params), {}, params)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        with self._lock:
            query_id = str(params.get("callback_query_id"))
            if query_id not in self.callbacks or query_id in self.answered_callbacks:
                raise ApiError(
                    400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
                )
            self.answered_callbacks[query_id] = params
            return True

    async def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self._chat_for_sending(params)
            return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 commands")
        for command in commands:
            if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = (params.get("scope") or {}).get("type", "default")
        with self._lock:
            self.commands[(scope, params.get("language_code") or "")] = commands
        return True

    async def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        scope = (params.get("scope") or {}).get("type", "default")
        return self.commands.get((scope, params.get("language_code") or ""), [])

    async def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        scope = (params.get("scope") or {}).get("type", "default")
        self.commands.pop((scope, params.get("language_code") or ""), None)
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        with self._lock:
            if not url:
                self.webhook = None
                return True
            secret = params.get("secret_token")
            if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
                raise ApiError(400, "Bad Request: secret token contains unallowed characters")
            self.webhook = {
                "url": url,
                "secret_token": secret,
                "allowed_updates": params.get("allowed_updates"),
            }
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.webhook = None
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            return {
                "url": self.webhook["url"] if self.webhook else "",
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }

    async def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    async def _api_logOut(self, params: dict[str, Any]) -> bool:
        return True
