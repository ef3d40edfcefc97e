"""The platform-neutral message model: `IncomingMessage` in, `Reply` out.

Adapters build `IncomingMessage`s from platform updates and render `Reply`s back;
platform-only details ride along in `extras` and are ignored by the handlers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Sender:
    """Who sent a message, as the platform knows them."""

    platform: str  # "console" | "telegram" | "slack" | ...
    external_id: str  # the platform's user id (Slack: "TEAM:USER")
    display_name: str | None = None
    language: str | None = None  # IETF tag from the platform, e.g. "zh-hans", "en"
    timezone: str | None = None  # IANA name when the platform knows it
    workspace: str | None = None  # e.g. the Slack team id; bound workspaces auto-provision users
    # True (Slack): nobody from a workspace that no organisation is bound to gets in. False (a
    # Feishu tenant): such a sender is treated like any other, so accounts and codes still work.
    workspace_gated: bool = True


@dataclass(frozen=True)
class IncomingMessage:
    sender: Sender
    chat_id: str
    text: str = ""
    payload: str | None = None  # set when a button was pressed
    message_id: str | None = None  # platform id; a repeated id is processed once
    thread_id: str | None = None
    sent_at: datetime | None = None
    is_direct: bool = True  # a private chat with the bot
    is_command: bool = False  # text is a command even without a leading "/" (Slack /crm)
    extras: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Button:
    label: str
    payload: str  # opaque to adapters; comes back as IncomingMessage.payload


@dataclass(frozen=True)
class Image:
    data: bytes  # PNG
    filename: str = "chart.png"
    alt: str = ""


@dataclass(frozen=True)
class Reply:
    """Plain text (adapters escape it for their markup) with optional choices and image."""

    text: str
    buttons: tuple[Button, ...] = ()
    image: Image | None = None
    in_thread: bool = True  # answer in the thread of the message that asked, where threads exist
    # A word for the one who pressed a button, shown to them alone (Telegram: a toast; Slack: an
    # ephemeral message); the conversation, and the question the button belongs to, stay as they are.
    notice: bool = False

    def plain(self) -> str:
        """The fallback every platform can show: text plus numbered choices."""
        if not self.buttons:
            return self.text
        choices = "\n".join(f"  [{n}] {b.label}" for n, b in enumerate(self.buttons, 1))
        return f"{self.text}\n{choices}"
