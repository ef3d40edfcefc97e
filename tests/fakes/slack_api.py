"""A local fake of the Slack Web API (and the Socket Mode websocket), for end-to-end tests.

It runs aiohttp on 127.0.0.1 with an ephemeral port in its own thread, so the real
slack_sdk / slack-bolt stacks (in the test's event loop or in a `salesbot run`
subprocess) reach it through `SLACK_API_URL` exactly as they would reach Slack. Every call
is recorded with its parameters; `fail_next()` injects 429s (with `Retry-After`) or other
errors; `wait_for()` blocks until the recorded calls satisfy a condition.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

from tests.fakes.threaded import ThreadedFake

T = TypeVar("T")
JSON_FIELDS = ("blocks", "view", "files", "attachments", "metadata")


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str | None
    status: int = 200
    result: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)

    @property
    def posted(self) -> dict[str, Any]:
        """A chat.postMessage call as the message Slack stored (its params plus the ts it got)."""
        return {**self.params, "ts": self.result.get("ts"), "channel": self.result.get("channel")}

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass
class _Failure:
    status: int
    error: str
    retry_after: int | None
    times: int


class FakeSlackApi(ThreadedFake["Call"]):
    name = "fake-slack-api"

    def __init__(
        self,
        *,
        team_id: str = "T0001",
        bot_user_id: str = "UBOT",
        bot_id: str = "B0001",
        bot_token: str = "xoxb-test",
    ) -> None:
        super().__init__()
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.bot_token = bot_token
        self.users: dict[str, dict[str, Any]] = {}
        self.refusing_channels: dict[str, str] = {}  # channel -> error for chat.postMessage
        self.uploads: dict[str, bytes] = {}
        self.socket_acks: list[dict[str, Any]] = []
        self._holds: dict[str, threading.Event] = {}
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []

    # Lifecycle -------------------------------------------------------------
    @property
    def url(self) -> str:
        """The SLACK_API_URL to configure."""
        return f"http://127.0.0.1:{self.port}/api/"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)

    async def _shutdown(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        await super()._shutdown()

    # Set-up --------------------------------------------------------------
    def add_user(
        self,
        user_id: str,
        real_name: str,
        *,
        tz: str = "America/New_York",
        locale: str = "en-US",
        team_id: str | None = None,
    ) -> None:
        self.users[user_id] = {
            "id": user_id,
            "team_id": team_id or self.team_id,
            "name": real_name.lower().replace(" ", "."),
            "real_name": real_name,
            "tz": tz,
            "locale": locale,
            "profile": {"real_name": real_name, "display_name": real_name.split()[0]},
        }

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        error: str = "ratelimited",
        retry_after: int | None = 1,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail (default: 429 with Retry-After: 1)."""
        self._queue_failure(method, _Failure(status, error, retry_after, times))

    def hold(self, method: str) -> threading.Event:
        """Calls of `method` wait (without answering) until the returned event is set."""
        gate = threading.Event()
        with self._cond:
            self._holds[method] = gate
        return gate

    # Inspection ------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def accepted(self, method: str) -> list[Call]:
        """Calls of `method` that succeeded."""
        return [c for c in self.calls(method) if c.status == 200]

    def wait_posts(self, count: int, timeout: float = 30.0) -> list[Call]:
        """The accepted chat.postMessage calls, once there are at least `count`."""

        def enough(fake: FakeSlackApi) -> list[Call]:
            posts = fake.accepted("chat.postMessage")
            return posts if len(posts) >= count else []

        return self.wait_for(enough, timeout)

    # Socket Mode -----------------------------------------------------------
    def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope to every connected client."""
        assert self._loop is not None

        async def send() -> None:
            for ws in list(self._sockets):
                await ws.send_str(json.dumps(envelope))

        asyncio.run_coroutine_threadsafe(send(), self._loop).result(10)

    def socket_connected(self) -> bool:
        with self._cond:
            return bool(self._sockets)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        with self._cond:
            self._sockets.append(ws)
            self._cond.notify_all()
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1}))
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                with self._cond:
                    self.socket_acks.append(json.loads(message.data))
                    self._cond.notify_all()
        with self._cond:
            self._sockets.remove(ws)
            self._cond.notify_all()
        return ws

    # The Web API -------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        body = await request.read()
        if body:
            if request.content_type == "application/json":
                params.update(json.loads(body))
            elif request.content_type == "application/x-www-form-urlencoded":
                params.update(parse_qsl(body.decode()))
        for key in JSON_FIELDS:
            if isinstance(params.get(key), str) and params[key][:1] in "[{":
                params[key] = json.loads(params[key])
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        gate = self._holds.get(method)
        if gate is not None:
            await asyncio.to_thread(gate.wait, 60)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") or params.get("token")
        failure = self._failure_for(method)
        if failure is not None:
            self._record(Call(method, params, token, failure.status))
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
            return web.json_response(
                {"ok": False, "error": failure.error}, status=failure.status, headers=headers
            )
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if method != "apps.connections.open" and token != self.bot_token:
            result: dict[str, Any] = {"ok": False, "error": "invalid_auth"}
        elif handler is None:
            result = {"ok": False, "error": "unknown_method"}
        else:
            result = handler(params, request)
        self._record(Call(method, params, token, 200 if result.get("ok") else 400, result))
        return web.json_response(result)

    def _next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def _auth_test(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://fake.slack.test/",
            "team": "Fake Team",
            "user": "salesbot",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
        }

    def _chat_postMessage(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        channel = params.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.refusing_channels:
            return {"ok": False, "error": self.refusing_channels[channel]}
        ts = self._next_ts()
        message = {"type": "message", "text": params.get("text", ""), "ts": ts, "bot_id": self.bot_id}
        if params.get("blocks"):
            message["blocks"] = params["blocks"]
        if params.get("thread_ts"):
            message["thread_ts"] = params["thread_ts"]
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {
            "ok": True,
            "channel": params.get("channel"),
            "ts": params.get("ts"),
            "text": params.get("text"),
        }

    def _chat_postEphemeral(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {"ok": True, "message_ts": self._next_ts()}

    def _views_publish(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {"ok": True, "view": {"id": f"V{next(self._ids)}", **(params.get("view") or {})}}

    def _users_info(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        user = self.users.get(params.get("user", ""))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _conversations_open(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        users = str(params.get("users") or "")
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "channel": {"id": "D" + users.split(",")[0]}}  # U1 -> DU1

    def _files_getUploadURLExternal(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        file_id = f"F{next(self._ids)}"
        return {
            "ok": True,
            "file_id": file_id,
            "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}",
        }

    def _files_completeUploadExternal(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        files = params.get("files") or []
        missing = [f["id"] for f in files if f["id"] not in self.uploads]
        if missing:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}

    def _files_info(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {"ok": True, "file": {"id": params.get("file")}}

    def _apps_connections_open(self, params: dict[str, Any], request: web.Request) -> dict[str, Any]:
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = await request.read()
        with self._cond:
            self.uploads[file_id] = data
        self._record(Call("upload", {"file_id": file_id, "bytes": len(data)}, None))
        return web.Response(text=f"OK - {len(data)}")
