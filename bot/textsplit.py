"""Cutting long text into messages a platform accepts, at paragraph, line or word ends.

Lengths are counted in UTF-16 code units, which is what Telegram and Feishu measure.
"""

from __future__ import annotations

from crm_store.limits import prefix_within, utf16_length

__all__ = ["DEFAULT_LIMIT", "prefix_within", "split_text", "utf16_length"]

DEFAULT_LIMIT = 4096  # Telegram's message length, the tightest of our platforms


def split_text(text: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    """Cut `text` into parts of at most `limit` UTF-16 units, at paragraph, line or word ends."""
    parts: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        window = prefix_within(rest, limit)
        cut = _cut_point(window)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:]
        rest = rest.lstrip("\n") if rest.startswith("\n") else rest.removeprefix(" ")
    parts.append(rest)
    return [part for part in parts if part.strip()] or [""]


def _cut_point(window: str) -> int:
    """Where to end a part: the last paragraph, line or word end in its second half."""
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at >= len(window) // 2:
            return at
    at = max(window.rfind("\n"), window.rfind(" "))
    return at if at > 0 else len(window)
