"""Turning a `Reply` into Feishu messages: text, or a message card with buttons and the chart.

A reply with choices or an image becomes a message card (JSON 1.0: `div` blocks of plain
text, an `img`, one `action` row of buttons whose `value` carries the handler's opaque
payload). A reply that is only words is a text message. Long text is cut into several
messages at line ends; the card (buttons, image) is the last one. Text is sent as plain
text, never markdown, so nothing in a customer's name can be misread. Once a choice is
pressed, the card is rewritten without its buttons, showing the choice (`after_choice`);
`plain_fallback` is what is sent when Feishu refuses a card.
"""

from __future__ import annotations

from typing import Any

from bot.feishu.api import Outgoing
from bot.textsplit import split_text
from handlers.messages import Reply

MESSAGE_LIMIT = 4000  # characters of text per message (Feishu takes more; this stays readable)
LABEL_LIMIT = 40
Card = dict[str, Any]


def text_message(text: str) -> Outgoing:
    return Outgoing("text", {"text": text})


def _div(text: str) -> dict[str, Any]:
    return {"tag": "div", "text": {"tag": "plain_text", "content": text}}


def _note(text: str) -> dict[str, Any]:
    return {"tag": "note", "elements": [{"tag": "plain_text", "content": text}]}


def _label(text: str) -> str:
    label = text.strip() or "…"
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"


def card(text: str, reply: Reply, *, chat_kind: str, image_key: str | None) -> Card:
    elements: list[dict[str, Any]] = [_div(text)] if text.strip() else []
    if image_key:
        alt = reply.image.alt if reply.image is not None else ""
        elements.append({"tag": "img", "img_key": image_key, "alt": {"tag": "plain_text", "content": alt}})
    if reply.buttons:
        actions = []
        for button in reply.buttons:
            value = {"payload": button.payload, "chat": chat_kind}
            actions.append(
                {
                    "tag": "button",
                    "text": {"tag": "plain_text", "content": _label(button.label)},
                    "type": "default",
                    "value": value,
                }
            )
        elements.append({"tag": "action", "layout": "flow", "actions": actions})
    return {"config": {"wide_screen_mode": True, "update_multi": True}, "elements": elements}


def render_reply(reply: Reply, *, chat_kind: str = "p2p", image_key: str | None = None) -> list[Outgoing]:
    """The messages that show `reply`, in order."""
    parts = split_text(reply.text, MESSAGE_LIMIT) if reply.text.strip() else []
    if not (reply.buttons or image_key):
        return [text_message(part) for part in parts]
    last = parts.pop() if parts else ""
    messages = [text_message(part) for part in parts]
    messages.append(Outgoing("interactive", card(last, reply, chat_kind=chat_kind, image_key=image_key)))
    return messages


def notice_card(text: str) -> Card:
    """A word for one person (shown to them alone): the same card, words only."""
    return {"config": {"wide_screen_mode": True}, "elements": [_div(text)]}


def plain_fallback(message: Outgoing, reply: Reply) -> Outgoing:
    """A refused card as plain text: its words and the choices numbered."""
    words = [
        element["text"]["content"]
        for element in message.content.get("elements", [])
        if element.get("tag") == "div"
    ]
    text = "\n".join(words) or (reply.image.alt if reply.image is not None else "")
    if reply.buttons:
        text = Reply(text, reply.buttons).plain()
    return text_message(text or "…")


def after_choice(posted: Card | None, label: str) -> Card:
    """The asking card once answered: the same content, the buttons replaced by the choice."""
    kept = [element for element in (posted or {}).get("elements", []) if element.get("tag") != "action"]
    return {
        "config": {"wide_screen_mode": True, "update_multi": True},
        "elements": [*kept, _note(f"→ {label}")],
    }


def button_label(posted: Card | None, payload: str) -> str | None:
    for element in (posted or {}).get("elements", []):
        for action in element.get("actions", []) if element.get("tag") == "action" else []:
            if (action.get("value") or {}).get("payload") == payload:
                return str(action.get("text", {}).get("content") or "")
    return None
