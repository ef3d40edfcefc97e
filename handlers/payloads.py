"""The one reader of button payloads ("undo:12", "rem:done:7", "pick:3:0", "fill:5:x").

Payloads come back from platforms and can be forged, so nothing here trusts them: a payload
that is too long, carries control characters, or names an id that is not plain ASCII digits
within range reads as None, and the handlers refuse it exactly like an expired button.
"""

from __future__ import annotations

import re

from crm_store.limits import record_id

MAX_PAYLOAD = 256  # ours are far shorter (Telegram allows 64 bytes); the text of "rem:at:<id>:<text>" aside
_PREFIX = re.compile(r"[a-z]{1,16}")


def split_payload(payload: str | None) -> tuple[str, str] | None:
    """(prefix, rest) of a well-formed payload, else None."""
    if not payload or not payload.isprintable():
        return None
    prefix, _, rest = payload.partition(":")
    if not _PREFIX.fullmatch(prefix):
        return None
    if len(payload) > MAX_PAYLOAD and prefix != "rem":
        return None
    return prefix, rest


def payload_id(text: str | None) -> int | None:
    """A record id from a payload: ASCII digits within range, else None."""
    return record_id(text)


def choice_index(text: str, count: int) -> int | None:
    """The index of a chosen option among `count`, else None ('²', '-1', '99' of 3 are not)."""
    if not re.fullmatch(r"[0-9]{1,3}", text or ""):
        return None
    index = int(text)
    return index if index < count else None
