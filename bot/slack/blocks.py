"""Block Kit rendering of the handlers' replies and home view, each with a plain-text fallback.

A reply becomes one message (several when it is very long): its text in section blocks,
its choices as buttons whose `value` is the handler's opaque payload. A pressed choice
message is rewritten to show the choice without the buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.slack.text import escape
from handlers.home import Home
from handlers.messages import Button, Reply

Block = dict[str, Any]

SECTION_CHARS = 2900  # Slack allows 3000 characters of text per section block
SECTIONS_PER_MESSAGE = 45  # and 50 blocks per message
BUTTONS_PER_BLOCK = 25
LABEL_CHARS = 75
FALLBACK_CHARS = 39000  # chat.postMessage truncates `text` at 40,000 characters
ACTION_PREFIX = "salesbot:"
CHOICES_BLOCK = "choices"


@dataclass(frozen=True)
class SlackMessage:
    text: str  # the plain-text fallback: notifications, screen readers, old clients
    blocks: list[Block]


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def context(mrkdwn: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": mrkdwn}]}


def chunks(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """`text` escaped and cut into pieces of at most `limit` characters, at line ends where possible."""
    return split_escaped(escape(text), limit)


def split_escaped(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """Already escaped mrkdwn cut into pieces of at most `limit` characters (never inside `&amp;`)."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one enormous line: cut it
            entity = line.rfind("&", limit - 5, limit)
            cut = entity if entity > 0 else limit
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    pieces.append(current)
    return pieces


def _button(index: int, button: Button) -> Block:
    label = button.label.strip() or "…"
    if len(label) > LABEL_CHARS:
        label = label[: LABEL_CHARS - 1] + "…"
    return {
        "type": "button",
        "action_id": f"{ACTION_PREFIX}{index}",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "value": button.payload,
    }


def button_blocks(buttons: tuple[Button, ...]) -> list[Block]:
    """Actions blocks (who may press them is the handlers' rule: the press carries the presser)."""
    blocks = []
    for start in range(0, len(buttons), BUTTONS_PER_BLOCK):
        group = buttons[start : start + BUTTONS_PER_BLOCK]
        block_id = f"{CHOICES_BLOCK}:{start}"
        elements = [_button(start + n, button) for n, button in enumerate(group)]
        blocks.append({"type": "actions", "block_id": block_id, "elements": elements})
    return blocks


def render_reply(reply: Reply, *, echo: str | None = None) -> list[SlackMessage]:
    """One or more messages for `reply`; `echo` is a context line shown first (e.g. the command)."""
    pieces = chunks(reply.text) if reply.text.strip() else []
    groups = [pieces[i : i + SECTIONS_PER_MESSAGE] for i in range(0, len(pieces), SECTIONS_PER_MESSAGE)]
    if not groups and (reply.buttons or echo):
        groups = [[]]
    messages = []
    for number, group in enumerate(groups):
        blocks = [section(piece) for piece in group]
        last = number == len(groups) - 1
        if number == 0 and echo:
            blocks.insert(0, context(split_escaped(echo)[0]))
        if last and reply.buttons:
            blocks.extend(button_blocks(reply.buttons))
        if len(groups) == 1:
            fallback = escape(reply.plain())
        else:
            fallback = "\n".join(group)
            if last and reply.buttons:
                fallback += "\n" + escape(Reply("", reply.buttons).plain()).strip()
        messages.append(SlackMessage(fallback[:FALLBACK_CHARS] or " ", blocks))
    return messages


def after_choice(blocks: list[Block] | None, text: str | None, label: str) -> SlackMessage:
    """The asking message once answered: the same content, the buttons replaced by the choice."""
    chosen = f"→ *{escape(label)}*"
    kept = [block for block in blocks or [] if block.get("type") != "actions"]
    if not kept and text:
        kept = [section(line) for line in chunks(text)]
    sections = [block["text"]["text"] for block in kept if block.get("type") == "section" and "text" in block]
    base = "\n".join(sections) or (text or "")
    fallback = f"{base}\n→ {escape(label)}".strip()
    return SlackMessage(fallback[:FALLBACK_CHARS], [*kept, context(chosen)])


def render_home(home: Home) -> dict[str, Any]:
    """The App Home tab view."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": home.title[:150] or "salesbot"}}
    ]
    for part in home.sections:
        lines = [f"• {escape(line)}" for line in part.lines] or [f"_{escape(part.empty)}_"]
        blocks.append({"type": "divider"})
        blocks.extend(
            section(piece) for piece in split_escaped("\n".join([f"*{escape(part.title)}*", *lines]))
        )
    if home.note:
        blocks.append({"type": "divider"})
        blocks.append(context(chunks(home.note)[0]))
    return {"type": "home", "blocks": blocks[:100]}
