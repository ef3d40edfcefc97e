"""Our calls to the Feishu / Lark Open API through lark-oapi: token, rate limits, passing trouble.

Every call goes through `FeishuApi.call`. The tenant access token is fetched here (without
blocking the event loop, as lark-oapi's own token manager would) and handed to each request;
a token Feishu no longer accepts is fetched again once. "Too many requests" (HTTP 429, or
codes 99991400 / 230020 / 11232 on older APIs) waits the `x-ogw-ratelimit-reset` Feishu gave
and tries again, or raises `RateLimited` for a caller that must not wait (the outbox). 5xx
answers and network errors are retried with backoff a few times, then raise `Unavailable`.
Any other non-zero code is `FeishuError`: Feishu refused and will refuse again.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
import lark_oapi as lark
from lark_oapi.api.auth.v3 import InternalTenantAccessTokenRequest, InternalTenantAccessTokenRequestBody
from lark_oapi.api.contact.v3 import GetUserRequest
from lark_oapi.api.im.v1 import (
    CreateImageRequest,
    CreateImageRequestBody,
    CreateMessageRequest,
    CreateMessageRequestBody,
    PatchMessageRequest,
    PatchMessageRequestBody,
    ReplyMessageRequest,
    ReplyMessageRequestBody,
)
from lark_oapi.core.model import BaseRequest, BaseResponse, RequestOption

from bot.platform_errors import RateLimited, Unavailable

log = logging.getLogger(__name__)

RATE_LIMIT_CODES = frozenset({99991400, 230020, 11232, 11233})
TOKEN_CODES = frozenset({99991661, 99991663, 99991664, 99991665, 99991671})
TRANSIENT = (
    httpx.HTTPError,
    OSError,
    asyncio.TimeoutError,
    ValueError,
)  # ValueError: a body that is not JSON
TOKEN_MARGIN = 300.0  # fetch a new tenant token this many seconds before the old one expires
_LOCALE = re.compile(r"LarkLocale/([A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?)")


class FeishuError(Exception):
    """Feishu answered with a non-zero code that retrying will not change."""

    def __init__(self, what: str, code: int | None, msg: str | None, status: int | None = None) -> None:
        super().__init__(f"{what}: code {code} ({msg or 'no message'}), HTTP {status}")
        self.code = code
        self.msg = msg or ""
        self.status = status


@dataclass(frozen=True)
class Outgoing:
    """One message for Feishu: `msg_type` ("text", "interactive", "image") and its content."""

    msg_type: str
    content: dict[str, Any]

    def json(self) -> str:
        return json.dumps(self.content, ensure_ascii=False)


@dataclass(frozen=True)
class Profile:
    """What the contact API tells about a person; every field may be missing."""

    name: str | None = None
    timezone: str | None = None


def locale_from_user_agent(user_agent: str | None) -> str | None:
    """The language of the Feishu client that sent a message ("LarkLocale/zh_CN" in its user agent)."""
    match = _LOCALE.search(user_agent or "")
    return match.group(1) if match else None


def retry_after(response: BaseResponse) -> float:
    headers = {
        key.lower(): value for key, value in ((response.raw.headers if response.raw else None) or {}).items()
    }
    try:
        return max(0.5, float(headers.get("x-ogw-ratelimit-reset", 1)))
    except (TypeError, ValueError):
        return 1.0


def _read_code(response: BaseResponse) -> None:
    """lark-oapi's raw `arequest` misses the JSON answer's code (it looks for a header case httpx
    does not use); read it from the body."""
    if response.code is not None or response.raw is None or not response.raw.content:
        return
    try:
        data = json.loads(response.raw.content)
    except (ValueError, UnicodeDecodeError):
        return
    if isinstance(data, dict) and isinstance(data.get("code"), int):
        response.code, response.msg = data["code"], str(data.get("msg") or "")


def _status(response: BaseResponse) -> int:
    return int(response.raw.status_code or 0) if response.raw is not None else 0


class TenantToken:
    """The app's tenant access token (`/open-apis/auth/v3/tenant_access_token/internal`), cached."""

    def __init__(
        self, client: lark.Client, app_id: str, app_secret: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.client = client
        self.app_id = app_id
        self.app_secret = app_secret
        self.clock = clock
        self._token: str | None = None
        self._until = 0.0
        self._lock = asyncio.Lock()

    def invalidate(self, token: str) -> None:
        if self._token == token:
            self._token = None

    async def get(self) -> str:
        async with self._lock:
            if self._token is None or self.clock() >= self._until:
                self._token, expire = await self._fetch()
                self._until = self.clock() + max(60.0, expire - TOKEN_MARGIN)
            return self._token

    async def _fetch(self) -> tuple[str, float]:
        body = InternalTenantAccessTokenRequestBody.builder().app_id(self.app_id).app_secret(self.app_secret)
        request = InternalTenantAccessTokenRequest.builder().request_body(body.build()).build()
        response = await self.client.auth.v3.tenant_access_token.ainternal(request)
        raw = response.raw
        status = int(raw.status_code or 0) if raw is not None else 0
        if status == 429 or response.code in RATE_LIMIT_CODES:
            raise RateLimited(retry_after(response))
        if status >= 500:
            raise Unavailable(f"tenant_access_token: HTTP {status}")
        # Feishu puts the token at the top level of this answer, not under "data".
        data = json.loads(raw.content or b"{}") if raw is not None else {}
        token = data.get("tenant_access_token") or (data.get("data") or {}).get("tenant_access_token")
        if response.code != 0 or not token:
            raise FeishuError("tenant_access_token", response.code, response.msg, status)
        expire = data.get("expire") or (data.get("data") or {}).get("expire") or 7200
        return str(token), float(expire)


class FeishuApi:
    def __init__(
        self,
        client: lark.Client,
        token: TenantToken,
        *,
        max_attempts: int = 5,
        trouble: Callable[[str], None] | None = None,
    ) -> None:
        self.client = client
        self.token = token
        self.max_attempts = max_attempts
        self.trouble = trouble or (lambda kind: None)  # told "rate_limited" or "error" (for metrics)
        self._profiles: dict[str, tuple[float, Profile]] = {}

    @classmethod
    def connect(
        cls,
        app_id: str,
        app_secret: str,
        base_url: str,
        *,
        timeout: float = 20.0,
        trouble: Callable[[str], None] | None = None,
    ) -> FeishuApi:
        client = (
            lark.Client.builder()
            .app_id(app_id)
            .app_secret(app_secret)
            .domain(base_url)
            .enable_set_token(True)  # we hand every request its token (see `TenantToken`)
            .timeout(timeout)
            .log_level(lark.LogLevel.ERROR)
            .build()
        )
        return cls(client, TenantToken(client, app_id, app_secret), trouble=trouble)

    # ------------------------------------------------------------------
    async def call(
        self, what: str, send: Callable[[RequestOption], Awaitable[BaseResponse]], *, patient: bool = True
    ) -> BaseResponse:
        """`send(option)` with a valid token, waiting out rate limits and passing trouble if `patient`."""
        failures = 0
        refreshed = False
        while True:
            token = ""
            try:
                token = await self.token.get()
                option = RequestOption.builder().tenant_access_token(token).build()
                response = await send(option)
            except RateLimited as limited:
                if not patient:
                    raise
                await asyncio.sleep(limited.after)
                continue
            except (*TRANSIENT, Unavailable) as error:
                failure: object = error
            else:
                status = _status(response)
                _read_code(response)
                if response.code == 0:
                    return response
                if (response.code in TOKEN_CODES or status == 401) and not refreshed:
                    self.token.invalidate(token)
                    refreshed = True
                    continue
                if status == 429 or response.code in RATE_LIMIT_CODES:
                    self.trouble("rate_limited")
                    after = retry_after(response)
                    if not patient:
                        raise RateLimited(after)
                    log.warning(
                        "feishu: %s rate limited (code %s); retrying in %.1fs", what, response.code, after
                    )
                    await asyncio.sleep(after)
                    continue
                if status < 500 and response.code is not None:
                    raise FeishuError(what, response.code, response.msg, status)
                failure = f"HTTP {status}, code {response.code}"
            self.trouble("error")
            failures += 1
            if not patient or failures >= self.max_attempts:
                raise Unavailable(f"{what}: {failure}")
            delay = min(30.0, 0.5 * 2 ** (failures - 1))
            log.warning("feishu: %s failed (%s); retry %d in %.1fs", what, failure, failures, delay)
            await asyncio.sleep(delay)

    # Messages ----------------------------------------------------------
    async def send(
        self, receive_id: str, message: Outgoing, *, uuid: str | None = None, patient: bool = True
    ) -> str:
        """Post to a chat (`oc_…`) or a person (`ou_…`); returns the new message id."""
        id_type = "chat_id" if receive_id.startswith("oc_") else "open_id"
        body = CreateMessageRequestBody.builder().receive_id(receive_id).msg_type(message.msg_type)
        body = body.content(message.json())
        if uuid:
            body = body.uuid(uuid[:50])
        request = CreateMessageRequest.builder().receive_id_type(id_type).request_body(body.build()).build()
        response = await self.call(
            "im.message.create",
            lambda option: self.client.im.v1.message.acreate(request, option),
            patient=patient,
        )
        return str(getattr(response.data, "message_id", "") or "")

    async def reply(
        self,
        message_id: str,
        message: Outgoing,
        *,
        in_thread: bool = False,
        uuid: str | None = None,
        patient: bool = True,
    ) -> str:
        """Answer `message_id` (quoted, or in its thread); returns the new message id."""
        body = ReplyMessageRequestBody.builder().msg_type(message.msg_type).content(message.json())
        body = body.reply_in_thread(in_thread)
        if uuid:
            body = body.uuid(uuid[:50])
        request = ReplyMessageRequest.builder().message_id(message_id).request_body(body.build()).build()
        response = await self.call(
            "im.message.reply",
            lambda option: self.client.im.v1.message.areply(request, option),
            patient=patient,
        )
        return str(getattr(response.data, "message_id", "") or "")

    async def update_card(self, message_id: str, card: dict[str, Any]) -> None:
        body = PatchMessageRequestBody.builder().content(json.dumps(card, ensure_ascii=False)).build()
        request = PatchMessageRequest.builder().message_id(message_id).request_body(body).build()
        await self.call("im.message.patch", lambda option: self.client.im.v1.message.apatch(request, option))

    async def ephemeral(self, chat_id: str, open_id: str, card: dict[str, Any]) -> None:
        """Show a card in a group chat to one member only (`/open-apis/ephemeral/v1/send`)."""
        body = {"chat_id": chat_id, "open_id": open_id, "msg_type": "interactive", "card": card}
        request = BaseRequest.builder().http_method(lark.HttpMethod.POST).uri("/open-apis/ephemeral/v1/send")
        request = request.token_types({lark.AccessTokenType.TENANT}).body(body).build()
        await self.call("ephemeral.send", lambda option: self.client.arequest(request, option))

    async def upload_image(self, data: bytes, *, patient: bool = True) -> str:
        """Upload a PNG for use in messages; returns its image key."""

        def send(option: RequestOption) -> Awaitable[BaseResponse]:
            body = CreateImageRequestBody.builder().image_type("message").image(io.BytesIO(data)).build()
            request = CreateImageRequest.builder().request_body(body).build()
            return self.client.im.v1.image.acreate(request, option)

        response = await self.call("im.image.create", send, patient=patient)
        return str(getattr(response.data, "image_key", "") or "")

    # People ------------------------------------------------------------
    async def profile(self, open_id: str, *, ttl: float = 3600.0) -> Profile:
        """Name and time zone from the contact API (cached; empty when Feishu will not say)."""
        now = time.monotonic()
        cached = self._profiles.get(open_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        request = GetUserRequest.builder().user_id(open_id).user_id_type("open_id").build()
        try:
            response = await self.call(
                "contact.user.get",
                lambda option: self.client.contact.v3.user.aget(request, option),
                patient=False,
            )
            user = getattr(response.data, "user", None)
            profile = Profile(
                name=getattr(user, "name", None) or None, timezone=_zone(getattr(user, "time_zone", None))
            )
        except (FeishuError, RateLimited, Unavailable) as error:
            log.info("feishu: no contact details for %s (%s)", open_id, error)
            profile, ttl = Profile(), 600.0
        self._profiles[open_id] = (now + ttl, profile)
        return profile

    def cached_name(self, open_id: str) -> str | None:
        cached = self._profiles.get(open_id)
        return cached[1].name if cached is not None else None

    async def bot_open_id(self) -> str | None:
        """The bot's own open_id (`/open-apis/bot/v3/info`), to recognise its mentions in groups."""
        request = BaseRequest.builder().http_method(lark.HttpMethod.GET).uri("/open-apis/bot/v3/info")
        request = request.token_types({lark.AccessTokenType.TENANT}).build()
        try:
            response = await self.call(
                "bot.info", lambda option: self.client.arequest(request, option), patient=False
            )
            raw = response.raw
            data = json.loads(raw.content or b"{}") if raw is not None else {}
            return (data.get("bot") or {}).get("open_id") or None
        except (FeishuError, RateLimited, Unavailable, ValueError) as error:
            log.warning("feishu: bot info unavailable (%s); any mention in a group counts as ours", error)
            return None


def _zone(name: str | None) -> str | None:
    try:
        return name if name and ZoneInfo(name) else None
    except (ZoneInfoNotFoundError, ValueError):
        return None
