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


def saved(chat: ConsoleChat, text: str) -> str:
    """Send `text`; when the day of a week said with no day is asked, press its first (Monday), and when
    a card comes first, Save: what is checked is what it stores. The first reply is returned."""
    reply = texts(chat.send(text))
    if chat.buttons and ("Which day" in reply or "是指哪一天" in reply):
        chat.press(chat.buttons[0].label)
    if chat.buttons and chat.buttons[0].label in ("Save", "保存"):
        chat.press(chat.buttons[0].label)
    return reply
