"""Several people chatting with the assistant at once, each in their own terminal chat."""

from __future__ import annotations

from bot.app import App
from bot.console import ConsoleChat
from crm_store.models import User
from tests.conftest import texts


def chat_of(app: App, user: User) -> ConsoleChat:
    return ConsoleChat(app.assistant, user.id, chat_id=f"console-{user.id}")


def say(chat: ConsoleChat, *lines: str) -> str:
    """Send lines that must simply work: no refusal, no usage hint, no question back."""
    out = []
    for line in lines:
        replies = chat.send(line)
        reply = texts(replies)
        assert "Sorry" not in reply and "Usage" not in reply, (line, reply)
        asked = [r for r in replies if r.buttons and not r.buttons[-1].payload.startswith("undo:")]
        assert not asked, (line, reply)
        out.append(reply)
    return "\n".join(out)
