"""A local fake of the Feishu / Lark Open API, for end-to-end tests.

It runs aiohttp on 127.0.0.1 with an ephemeral port in its own thread, so lark-oapi (in the
test's event loop or in a `salesbot run` subprocess) reaches it through
`FEISHU_API_BASE_URL` exactly as it would reach open.feishu.cn. It issues tenant access
tokens and checks them on every call; sends, replies, card updates and image uploads are
recorded with their parameters (a repeated `uuid` is not sent twice, as on Feishu).
`fail_next()` injects "too many requests" (HTTP 429, code 99991400, `x-ogw-ratelimit-reset`)
or other errors; `wait_for()` blocks until the recorded calls satisfy a condition.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

from tests.fakes.threaded import ThreadedFake

T = TypeVar("T")
INVALID_TOKEN = 99991663


@dataclass
class Call:
    method: str  # e.g. "im.message.create"
    params: dict[str, Any]  # query and JSON body (message content decoded under "card" / "text")
    token: str | None
    status: int = 200
    result: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    @property
    def message_id(self) -> str | None:
        return (self.result.get("data") or {}).get("message_id")

    @property
    def text(self) -> str:
        """The words of a text message, or of a card's text blocks and note."""
        if self.params.get("msg_type") == "text":
            return str((self.params.get("content_json") or {}).get("text", ""))
        card = self.card or {}
        words = []
        for element in card.get("elements", []):
            if element.get("tag") == "div":
                words.append(element["text"]["content"])
            elif element.get("tag") == "note":
                words.extend(part.get("content", "") for part in element.get("elements", []))
        return "\n".join(words)

    @property
    def card(self) -> dict[str, Any] | None:
        content = self.params.get("content_json")
        if self.params.get("msg_type") == "interactive" or (self.method == "im.message.patch" and content):
            return content
        return None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [
            action
            for element in (self.card or {}).get("elements", [])
            if element.get("tag") == "action"
            for action in element.get("actions", [])
        ]

    def button(self, label: str) -> dict[str, Any]:
        for button in self.buttons:
            if label.lower() in button["text"]["content"].lower():
                return button
        raise LookupError(f"no button {label!r} in {[b['text']['content'] for b in self.buttons]}")


@dataclass
class _Failure:
    status: int
    code: int
    msg: str
    reset: int | None
    times: int
    skip: int = 0


class FakeFeishuApi(ThreadedFake[Call]):
    name = "fake-feishu-api"

    def __init__(
        self, *, app_id: str = "cli_test_app", app_secret: str = "secret-test", bot_open_id: str = "ou_bot"
    ) -> None:
        super().__init__()
        self.app_id = app_id
        self.app_secret = app_secret
        self.bot_open_id = bot_open_id
        self.users: dict[str, dict[str, Any]] = {}
        self.images: dict[str, bytes] = {}
        self.tokens: set[str] = set()
        self.bot_info_available = True
        self._by_uuid: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self.socket_answers: list[dict[str, Any]] = []  # the client's answers to pushed events

    # Lifecycle -------------------------------------------------------------
    @property
    def url(self) -> str:
        """The FEISHU_API_BASE_URL to configure."""
        return f"http://127.0.0.1:{self.port}"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/open-apis/auth/v3/tenant_access_token/internal", self._token)
        app.router.add_get("/open-apis/bot/v3/info", self._bot_info)
        app.router.add_post("/open-apis/im/v1/messages", self._create)
        app.router.add_post("/open-apis/im/v1/messages/{message_id}/reply", self._reply)
        app.router.add_patch("/open-apis/im/v1/messages/{message_id}", self._patch)
        app.router.add_post("/open-apis/im/v1/images", self._image)
        app.router.add_post("/open-apis/ephemeral/v1/send", self._ephemeral)
        app.router.add_get("/open-apis/contact/v3/users/{user_id}", self._user)
        app.router.add_post("/callback/ws/endpoint", self._ws_endpoint)
        app.router.add_get("/ws", self._ws)

    # Set-up --------------------------------------------------------------
    def add_user(self, open_id: str, name: str, *, time_zone: str = "Asia/Shanghai") -> None:
        self.users[open_id] = {"open_id": open_id, "name": name, "time_zone": time_zone}

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        code: int = 99991400,
        msg: str = "request trigger frequency limit",
        reset: int | None = 1,
        times: int = 1,
        skip: int = 0,
    ) -> None:
        """After `skip` more calls, the next `times` calls of `method` fail (default: too many
        requests, reset in 1 s)."""
        self._queue_failure(method, _Failure(status, code, msg, reset, times, skip))

    def expire_tokens(self) -> None:
        with self._cond:
            self.tokens.clear()

    # Inspection ------------------------------------------------------------
    def calls(self, *methods: str) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if not methods or c.method in methods]

    def accepted(self, *methods: str) -> list[Call]:
        return [c for c in self.calls(*methods) if c.status == 200 and c.result.get("code") == 0]

    def messages(self) -> list[Call]:
        """Messages Feishu took (sent or replies), in order; a repeated uuid counts once."""
        return [
            c for c in self.accepted("im.message.create", "im.message.reply") if not c.result.get("repeat")
        ]

    def wait_messages(self, count: int, timeout: float = 30.0) -> list[Call]:
        def enough(fake: FakeFeishuApi) -> list[Call]:
            messages = fake.messages()
            return messages if len(messages) >= count else []

        return self.wait_for(enough, timeout)

    # The Open API ------------------------------------------------------------
    async def _guarded(
        self, method: str, request: web.Request, params: dict[str, Any], answer: Callable[[], dict[str, Any]]
    ) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        failure = self._failure_for(method)
        if failure is not None:
            result = {"code": failure.code, "msg": failure.msg}
            self._record(Call(method, params, token, failure.status, result))
            headers = {"x-ogw-ratelimit-reset": str(failure.reset)} if failure.reset is not None else {}
            return web.json_response(result, status=failure.status, headers=headers)
        if token not in self.tokens:
            result = {"code": INVALID_TOKEN, "msg": "Invalid access token for authorization."}
            self._record(Call(method, params, token, 400, result))
            return web.json_response(result, status=400)
        result = answer()
        status = 200 if result.get("code") == 0 else 400
        self._record(Call(method, params, token, status, result))
        return web.json_response({key: v for key, v in result.items() if key != "repeat"}, status=status)

    async def _token(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("app_id") != self.app_id or body.get("app_secret") != self.app_secret:
            result: dict[str, Any] = {"code": 10014, "msg": "app secret invalid"}
        else:
            token = f"t-{next(self._ids):04d}"
            with self._cond:
                self.tokens.add(token)
            result = {"code": 0, "msg": "ok", "tenant_access_token": token, "expire": 7200}
        self._record(Call("auth.tenant_access_token", {"app_id": body.get("app_id")}, None, 200, result))
        return web.json_response(result)

    async def _bot_info(self, request: web.Request) -> web.Response:
        def answer() -> dict[str, Any]:
            if not self.bot_info_available:
                return {"code": 99991672, "msg": "Access denied."}
            return {
                "code": 0,
                "msg": "ok",
                "bot": {"activate_status": 2, "app_name": "salesbot", "open_id": self.bot_open_id},
            }

        return await self._guarded("bot.info", request, {}, answer)

    async def _message_params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        params.update(await request.json())
        try:
            params["content_json"] = json.loads(params.get("content") or "null")
        except ValueError:
            params["content_json"] = None
        return params

    def _message(self, params: dict[str, Any], chat_id: str | None) -> dict[str, Any]:
        if params.get("msg_type") not in ("text", "interactive", "image", "post"):
            return {"code": 230001, "msg": "invalid msg_type"}
        if not isinstance(params.get("content_json"), dict):
            return {"code": 230001, "msg": "invalid message content"}
        uuid = params.get("uuid")
        with self._cond:
            if uuid and uuid in self._by_uuid:
                return {**self._by_uuid[uuid], "repeat": True}
            message_id = f"om_{next(self._ids):06d}"
            result = {
                "code": 0,
                "msg": "success",
                "data": {
                    "message_id": message_id,
                    "chat_id": chat_id,
                    "msg_type": params["msg_type"],
                    "body": {"content": params.get("content")},
                },
            }
            if uuid:
                self._by_uuid[uuid] = result
        return result

    async def _create(self, request: web.Request) -> web.Response:
        params = await self._message_params(request)

        def answer() -> dict[str, Any]:
            if params.get("receive_id_type") not in ("open_id", "chat_id", "user_id", "union_id", "email"):
                return {"code": 99992402, "msg": "field validation failed: receive_id_type"}
            if not params.get("receive_id"):
                return {"code": 230001, "msg": "receive_id is empty"}
            chat = (
                params["receive_id"]
                if params["receive_id_type"] == "chat_id"
                else f"oc_dm_{params['receive_id']}"
            )
            return self._message(params, chat)

        return await self._guarded("im.message.create", request, params, answer)

    async def _reply(self, request: web.Request) -> web.Response:
        params = await self._message_params(request)
        params["message_id"] = request.match_info["message_id"]
        return await self._guarded("im.message.reply", request, params, lambda: self._message(params, None))

    async def _patch(self, request: web.Request) -> web.Response:
        params = await self._message_params(request)
        params["message_id"] = request.match_info["message_id"]
        params["msg_type"] = "interactive"

        def answer() -> dict[str, Any]:
            if not isinstance(params.get("content_json"), dict):
                return {"code": 230001, "msg": "invalid card content"}
            return {"code": 0, "msg": "success", "data": {}}

        return await self._guarded("im.message.patch", request, params, answer)

    async def _ephemeral(self, request: web.Request) -> web.Response:
        params = await request.json()

        def answer() -> dict[str, Any]:
            card, chat = params.get("card"), str(params.get("chat_id", ""))
            if not chat.startswith("oc_") or not params.get("open_id") or not isinstance(card, dict):
                return {"code": 230001, "msg": "invalid chat or card"}
            return {"code": 0, "msg": "success", "data": {"message_id": f"om_eph_{next(self._ids):04d}"}}

        return await self._guarded("ephemeral.send", request, params, answer)

    async def _image(self, request: web.Request) -> web.Response:
        form = await request.post()
        image = form.get("image")
        data = image.file.read() if hasattr(image, "file") else b""
        params = {"image_type": form.get("image_type"), "bytes": len(data)}

        def answer() -> dict[str, Any]:
            if params["image_type"] != "message" or not data:
                return {"code": 234001, "msg": "invalid image"}
            key = f"img_v2_{next(self._ids):04d}"
            with self._cond:
                self.images[key] = data
            return {"code": 0, "msg": "success", "data": {"image_key": key}}

        return await self._guarded("im.image.create", request, params, answer)

    async def _user(self, request: web.Request) -> web.Response:
        user_id = request.match_info["user_id"]

        def answer() -> dict[str, Any]:
            user = self.users.get(user_id)
            if user is None:
                return {"code": 41050, "msg": "no user authority error"}
            return {"code": 0, "msg": "success", "data": {"user": user}}

        return await self._guarded("contact.user.get", request, {"user_id": user_id}, answer)

    # The long connection (lark-oapi's ws.Client) ----------------------------------
    def socket_connected(self) -> bool:
        with self._cond:
            return bool(self._sockets)

    def push(self, payload: dict[str, Any]) -> None:
        """Send an event to every connected long-connection client, as a protobuf data frame."""
        from lark_oapi.ws.pb.pbbp2_pb2 import Frame

        frame = Frame()
        for key, value in (("type", "event"), ("message_id", f"ws_{next(self._ids)}"), ("sum", "1"),
                           ("seq", "0"), ("trace_id", "trace")):  # fmt: skip
            header = frame.headers.add()
            header.key, header.value = key, value
        frame.service, frame.method, frame.SeqID, frame.LogID = 1, 1, 0, 0
        frame.payload = json.dumps(payload, ensure_ascii=False).encode()
        assert self._loop is not None

        async def send() -> None:
            for ws in list(self._sockets):
                await ws.send_bytes(frame.SerializeToString())

        asyncio.run_coroutine_threadsafe(send(), self._loop).result(10)

    async def _ws_endpoint(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("AppID") != self.app_id or body.get("AppSecret") != self.app_secret:
            return web.json_response({"code": 514, "msg": "auth failed"})
        url = f"ws://127.0.0.1:{self.port}/ws?device_id=d1&service_id=1"
        config = {"ReconnectCount": -1, "ReconnectInterval": 1, "ReconnectNonce": 0, "PingInterval": 120}
        return web.json_response({"code": 0, "msg": "ok", "data": {"URL": url, "ClientConfig": config}})

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        from lark_oapi.ws.pb.pbbp2_pb2 import Frame

        ws = web.WebSocketResponse()
        await ws.prepare(request)
        with self._cond:
            self._sockets.append(ws)
            self._cond.notify_all()
        async for message in ws:
            if message.type == WSMsgType.BINARY:
                frame = Frame()
                frame.ParseFromString(message.data)
                if frame.method == 1:  # an answer to a data frame
                    with self._cond:
                        self.socket_answers.append(json.loads(frame.payload))
                        self._cond.notify_all()
        with self._cond:
            self._sockets.remove(ws)
        return ws

    async def _shutdown(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        await super()._shutdown()
