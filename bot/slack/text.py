"""Slack's message markup to and from the plain text the handlers speak.

Inbound, Slack wraps mentions, channels and links in angle brackets (`<@U123>`,
`<#C1|sales>`, `<mailto:jane@acme.com|jane@acme.com>`) and escapes `&`, `<` and `>`.
User mentions become the handlers' neutral token (`handlers.mentions`), the bot's own
mention is dropped, links become what the user typed. Outbound, plain text is escaped so
Slack shows it as written.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from handlers.mentions import mention_token

_ANGLED = re.compile(r"<([^<>]*)>")
_SPACES = re.compile(r"[ \t]{2,}")


def _convert(inner: str, team_id: str, bot_user_id: str | None) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        user_id = target[1:]
        if user_id == bot_user_id:
            return ""
        return mention_token("slack", f"{team_id}:{user_id}")
    if target.startswith("#"):
        return f"#{label or target[1:]}"
    if target.startswith("!"):
        special = target[1:].split("^", 1)[0]
        return label or f"@{special}"
    if label:
        return label
    return target.removeprefix("mailto:").removeprefix("tel:")


def to_plain(text: str, *, team_id: str, bot_user_id: str | None) -> str:
    """What the user typed, with mentions as neutral tokens and the bot's own mention removed."""
    converted = _ANGLED.sub(lambda m: _convert(m.group(1), team_id, bot_user_id), text or "")
    unescaped = converted.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return _SPACES.sub(" ", unescaped).strip()


def escape(text: str) -> str:
    """Plain text for a Slack message: `&`, `<` and `>` must be escaped, nothing else."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ts_to_datetime(ts: str | None) -> datetime | None:
    """Slack's message timestamps ("1700000000.000100") as UTC datetimes."""
    try:
        return datetime.fromtimestamp(float(ts), UTC) if ts else None
    except (TypeError, ValueError, OverflowError):
        return None
