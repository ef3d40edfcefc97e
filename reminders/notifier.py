"""How notifications leave the process: each adapter offers a `PlatformSender`.

The scheduler never talks to a chat SDK. It asks a sender to deliver a `Reply` to a chat
on its platform; the sender raises `RetryLater` for rate limits and passing network
trouble, and `DeliveryFailed` when the platform refuses for good.
"""

from __future__ import annotations

from typing import Protocol

from handlers.messages import Reply


class RetryLater(Exception):
    """Try again; `after` is the platform's Retry-After in seconds when it gave one."""

    def __init__(self, after: float | None = None, reason: str = "") -> None:
        super().__init__(reason or f"retry after {after}s")
        self.after = after


class DeliveryFailed(Exception):
    """The platform will not take this message (chat gone, bot blocked, bad request)."""


class PlatformSender(Protocol):
    platform: str

    async def send(self, chat_id: str, reply: Reply) -> None:
        """Deliver one reply to one chat; return only once the platform accepted it."""
        ...
