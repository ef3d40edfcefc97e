"""Test doubles for notifications: a recording platform sender and a harness that runs the
scheduler's work (tick, then delivery) at the fake clock's time, without real waiting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from bot.app import App
from crm_store.models import OutboxMessage, User
from crm_store.repos.tenancy import Directory
from handlers.access import CONSOLE
from handlers.messages import IncomingMessage, Reply, Sender
from reminders.engine import Notifications, TickReport
from reminders.outbox import DeliveryStats, OutboxWorker


class RecordingSender:
    """A PlatformSender that records what it accepted; `script` makes the next calls fail."""

    max_per_second = None  # tests never wait for pacing

    def __init__(self, platform: str = "telegram") -> None:
        self.platform = platform
        self.sent: list[tuple[str, Reply]] = []
        self.calls = 0
        self.script: list[Exception] = []

    async def send(self, chat_id: str, reply: Reply) -> None:
        self.calls += 1
        if self.script:
            raise self.script.pop(0)
        self.sent.append((chat_id, reply))

    def texts(self, chat_id: str | None = None) -> list[str]:
        return [reply.text for chat, reply in self.sent if chat_id is None or chat == chat_id]


@dataclass
class Harness:
    """What one salesbot process's scheduler does, one beat at a time."""

    app: App
    clock: Callable[[], datetime]
    senders: dict[str, RecordingSender]
    notifications: Notifications = field(init=False)
    worker: OutboxWorker = field(init=False)

    def __post_init__(self) -> None:
        self.notifications = Notifications(self.app.db, self.app.assistant, self.app.settings)
        self.worker = OutboxWorker(self.app.db, self.senders, clock=self.clock)

    def tick(self) -> TickReport:
        return self.notifications.tick(self.clock())

    async def deliver(self) -> DeliveryStats:
        return await self.worker.drain()

    async def beat(self) -> tuple[TickReport, DeliveryStats]:
        return self.tick(), await self.deliver()

    def outbox(self, **where: object) -> list[OutboxMessage]:
        with self.app.db.transaction() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            for key, value in where.items():
                query = query.where(getattr(OutboxMessage, key) == value)
            return list(session.scalars(query))


def reachable(app: App, user: User, platform: str = "telegram", chat_id: str | None = None) -> str:
    """Link a chat account to `user` and make it their stated preference; returns the chat id."""
    chat = chat_id or f"{platform}-{user.id}"
    with app.db.transaction() as session:
        row = session.get(User, user.id)
        assert row is not None
        Directory(session).link_identity(row, platform, f"ext-{user.id}", chat_id=chat)
        row.last_platform = platform
        row.preferred_platform = platform  # console test messages must not move their notifications
    return chat


def press(app: App, user: User, payload: str = "", text: str = "") -> list[Reply]:
    """What `user` sends from a chat: a button press (payload) or a line of text."""
    message = IncomingMessage(sender=Sender(CONSOLE, str(user.id)), chat_id="test", text=text,
                              payload=payload or None)  # fmt: skip
    return app.assistant.handle(message)


def set_user(app: App, user: User, **values: object) -> None:
    with app.db.transaction() as session:
        row = session.get(User, user.id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
