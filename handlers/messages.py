"""The platform-neutral message model: `IncomingMessage` in, `Reply` out.

Adapters build `IncomingMessage`s from platform updates and render `Reply`s back;
platform-only details ride along in `extras` and are ignored by the handlers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_store.limits import LABEL_LIMIT, NOTICE_LIMIT, REPLY_LIMIT, fit_text, shorten, utf16_length

# UTF-16 units a cut reply leaves free for the note saying so.
CUT_NOTE_ROOM = 100


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
    label: str  # cut to `LABEL_LIMIT` characters with an ellipsis
    payload: str  # opaque to adapters; comes back as IncomingMessage.payload

    def __post_init__(self) -> None:
        if len(self.label) > LABEL_LIMIT:
            object.__setattr__(self, "label", shorten(self.label, LABEL_LIMIT))


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
    # Characters of `text` not shown because the reply was too long (set by the reply itself).
    cut: int = 0

    def __post_init__(self) -> None:
        """Every reply, whichever path made it (an answer, a question, a refusal, a notice, a
        reminder, a digest), fits one message on every platform: `plain()` stays within
        `REPLY_LIMIT`. Longer text is cut at a line end and ends with "…", leaving room for the
        assistant's note in the user's language (`handlers.assistant.fit_reply`)."""
        if self.notice and len(self.text) > NOTICE_LIMIT:
            object.__setattr__(self, "text", shorten(self.text, NOTICE_LIMIT))
        budget = max(REPLY_LIMIT - utf16_length(self._choices()) - 1, REPLY_LIMIT // 2)
        if len(self.text) > budget // 2 and utf16_length(self.text) > budget:
            kept = fit_text(self.text, budget - CUT_NOTE_ROOM)
            object.__setattr__(self, "cut", self.cut + len(self.text) - len(kept) + 2)
            object.__setattr__(self, "text", kept)

    def _choices(self) -> str:
        return "\n".join(f"  [{n}] {b.label}" for n, b in enumerate(self.buttons, 1))

    def plain(self) -> str:
        """The fallback every platform can show: text plus numbered choices."""
        if not self.buttons:
            return self.text
        return f"{self.text}\n{self._choices()}"
