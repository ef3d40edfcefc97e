"""Signed Slack requests, built the way Slack builds them, for driving the HTTP endpoint.

Bodies follow Slack's payload formats (slash command form, Events API JSON, block_actions
form with a JSON `payload`). Signatures use slack_sdk's own `SignatureVerifier` logic
(v0 HMAC-SHA256 over `v0:{timestamp}:{body}`).
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
_ids = itertools.count(1)


@dataclass(frozen=True)
class Sent:
    status: int
    text: str


def command_body(
    text: str,
    *,
    team: str,
    user: str,
    channel: str,
    channel_name: str = "sales",
    command: str = "/crm",
    trigger_id: str | None = None,
) -> str:
    return urlencode(
        {
            "token": "deprecated",
            "team_id": team,
            "team_domain": "fake",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0001",
            "response_url": "http://127.0.0.1:9/unused",
            "trigger_id": trigger_id or f"trigger-{next(_ids)}",
        }
    )


def event_body(event: dict[str, Any], *, team: str, event_id: str | None = None) -> str:
    return json.dumps(
        {
            "token": "deprecated",
            "team_id": team,
            "api_app_id": "A0001",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": "UBOT", "is_bot": True}],
        }
    )


def message_event(text: str, *, user: str, channel: str, ts: str, team: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel_type": "im" if channel.startswith("D") else "channel",
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "team": team,
        "event_ts": ts,
        **extra,
    }


def mention_event(text: str, *, user: str, channel: str, ts: str, team: str, **extra: Any) -> dict[str, Any]:
    return {
        **message_event(text, user=user, channel=channel, ts=ts, team=team, **extra),
        "type": "app_mention",
    }


def action_body(
    posted: dict[str, Any], button: dict[str, Any], block_id: str, *, team: str, user: str, channel: str
) -> str:
    """A block_actions payload for pressing `button` on the message the bot `posted`."""
    message = {
        "type": "message",
        "ts": posted["ts"],
        "text": posted.get("text", ""),
        "blocks": posted.get("blocks", []),
    }
    if posted.get("thread_ts"):
        message["thread_ts"] = posted["thread_ts"]
    payload = {
        "type": "block_actions",
        "team": {"id": team, "domain": "fake"},
        "user": {"id": user, "team_id": team, "name": user.lower()},
        "api_app_id": "A0001",
        "container": {
            "type": "message",
            "message_ts": posted["ts"],
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": f"trigger-{next(_ids)}",
        "channel": {"id": channel, "name": "x"},
        "message": message,
        "response_url": "http://127.0.0.1:9/unused",
        "actions": [
            {
                "type": "button",
                "action_id": button["action_id"],
                "block_id": block_id,
                "text": button["text"],
                "value": button["value"],
                "action_ts": f"{time.time():.6f}{next(_ids)}",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def buttons_of(post_params: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(block_id, button) for every button in a chat.postMessage call."""
    return [
        (block.get("block_id", ""), element)
        for block in post_params.get("blocks") or []
        if block.get("type") == "actions"
        for element in block.get("elements", [])
    ]


class SignedClient:
    """Posts to the bot's `/slack/events` like Slack does (signature, timestamp, retries)."""

    def __init__(self, url: str, signing_secret: str) -> None:
        self.url = url
        self.verifier = SignatureVerifier(signing_secret)

    def headers(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        retry: int | None = None,
    ) -> dict[str, str]:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature
            if signature is not None
            else self.verifier.generate_signature(timestamp=stamp, body=body),
        }
        if retry:
            headers["X-Slack-Retry-Num"] = str(retry)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return headers

    async def post(self, body: str, content_type: str, **options: Any) -> Sent:
        headers = self.headers(body, content_type, **options)
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, data=body.encode(), headers=headers) as response,
        ):
            return Sent(response.status, await response.text())

    async def command(self, text: str, **fields: Any) -> Sent:
        return await self.post(command_body(text, **fields), FORM)

    async def event(
        self, event: dict[str, Any], *, team: str, event_id: str | None = None, **options: Any
    ) -> Sent:
        return await self.post(event_body(event, team=team, event_id=event_id), JSON, **options)

    async def press(self, posted: dict[str, Any], label: str, *, team: str, user: str, channel: str) -> Sent:
        """Press the button whose label contains `label` on the message the bot posted."""
        for block_id, button in buttons_of(posted):
            if label.lower() in button["text"]["text"].lower():
                body = action_body(posted, button, block_id, team=team, user=user, channel=channel)
                return await self.post(body, FORM)
        raise LookupError(f"no button {label!r} in {[b['text']['text'] for _, b in buttons_of(posted)]}")
