"""A Telegram user's phone in tests: writes to the running adapter through the fake Bot API."""

from __future__ import annotations

from typing import Any

from bot.app import App
from bot.telegram import TelegramAdapter
from crm_store.repos.tenancy import Directory
from tests.fakes.telegram_api import FakeTelegramAPI

Message = dict[str, Any]


class Phone:
    """One user in one chat (their private chat unless `chat` is a group)."""

    def __init__(
        self,
        fake: FakeTelegramAPI,
        adapter: TelegramAdapter,
        user: dict[str, Any],
        chat: dict[str, Any] | None = None,
    ) -> None:
        self.fake = fake
        self.adapter = adapter
        self.user = user
        self.chat = chat or fake.chats[user["id"]]

    @property
    def chat_id(self) -> int:
        return int(self.chat["id"])

    async def deliver(self, *updates: dict[str, Any]) -> list[Message]:
        """Queue updates, wait until the adapter has finished all of them, return the bot's new messages."""
        before = {m["message_id"] for m in self.fake.messages_in(self.chat_id)}
        target = self.adapter.updates_done + len(updates)
        self.fake.push_updates(updates)
        await self.fake.wait_for(lambda: self.adapter.updates_done >= target)
        return [m for m in self.fake.messages_in(self.chat_id) if m["message_id"] not in before]

    async def say(self, text: str, *, reply_to: Message | None = None) -> list[Message]:
        return await self.deliver(
            self.fake.message_update(self.user, text, chat=self.chat, reply_to=reply_to)
        )

    async def press(self, message: Message, label: str) -> list[Message]:
        return await self.deliver(self.fake.button_update(self.user, message, label=label))

    def current(self, message: Message) -> Message:
        """How the bot's `message` looks now (after edits)."""
        return self.fake.bot_messages[(self.chat_id, message["message_id"])]


def invite(app: App, role: str = "rep", name: str | None = "Rita") -> str:
    with app.db.transaction() as session:
        return Directory(session).issue_code(
            app.org().id, "invite", now=app.clock(), role=role, display_name=name
        )


async def joined(app: App, fake: FakeTelegramAPI, telegram: TelegramAdapter, name: str = "Rita") -> Phone:
    phone = Phone(fake, telegram, fake.add_user(name, language_code="en"))
    [welcome] = await phone.say(f"/start {invite(app, name=name)}")
    assert welcome["text"].startswith(f"Welcome, {name}!")
    return phone


def text_of(messages: list[Message]) -> str:
    return "\n".join(m.get("text") or m.get("caption") or "" for m in messages)


def buttons_of(message: Message) -> list[str]:
    return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
