"""Turning a `Reply` into Telegram messages: text parts, inline keyboards, photo captions.

Replies are sent as plain text (no parse mode), so nothing in a customer name or a note
can be misread as markup and no escaping is needed. Telegram measures lengths in UTF-16
code units, which is what the limits below count.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.textsplit import prefix_within, split_text, utf16_length
from handlers.messages import Button, Reply

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64  # bytes
SHORT_LABEL = 16  # up to three buttons with labels this short share a row


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """One button per row (long names stay readable on a phone); up to three short ones share a row."""
    if not buttons:
        return None
    keys = [InlineKeyboardButton(button.label, callback_data=button.payload) for button in buttons]
    if len(keys) <= 3 and all(utf16_length(button.label) <= SHORT_LABEL for button in buttons):
        return InlineKeyboardMarkup([keys])
    return InlineKeyboardMarkup([[key] for key in keys])


def fits_telegram(buttons: tuple[Button, ...]) -> bool:
    """Telegram refuses callback data over 64 bytes; such a reply is shown as plain text."""
    too_long = [b.payload for b in buttons if len(b.payload.encode()) > CALLBACK_DATA_LIMIT]
    if too_long:
        log.error(
            "button payloads over %d bytes cannot be sent to Telegram: %s", CALLBACK_DATA_LIMIT, too_long
        )
    return not too_long


@dataclass(frozen=True)
class Part:
    """One Telegram message of a reply: text, or a photo with a caption; buttons on the last."""

    text: str
    photo: bytes | None = None
    filename: str = "chart.png"
    markup: InlineKeyboardMarkup | None = None


def parts(reply: Reply) -> list[Part]:
    """The messages that show `reply`, in order."""
    buttons = reply.buttons if fits_telegram(reply.buttons) else ()
    text = reply.text if len(buttons) == len(reply.buttons) else reply.plain()
    markup = keyboard(buttons)
    result: list[Part] = []
    if reply.image is not None:
        if utf16_length(text) <= CAPTION_LIMIT:
            return [Part(text, reply.image.data, reply.image.filename, markup)]
        caption = prefix_within(reply.image.alt, CAPTION_LIMIT)
        result.append(Part(caption, reply.image.data, reply.image.filename))
    if not text.strip():
        text = "…" if markup else ""  # buttons need a message to sit on
    if text:
        chunks = split_text(text)
        result.extend(Part(chunk) for chunk in chunks[:-1])
        result.append(Part(chunks[-1], markup=markup))
    return result


def with_choice(text: str, label: str) -> str | None:
    """The question's text with the chosen answer below it, or None if that would be too long."""
    shown = f"{text}\n\n→ {label}"
    return shown if utf16_length(shown) <= MESSAGE_LIMIT else None


def button_label(markup: InlineKeyboardMarkup | None, payload: str) -> str | None:
    for row in markup.inline_keyboard if markup else ():
        for key in row:
            if key.callback_data == payload:
                return key.text
    return None
