"""Email addresses and phone numbers written in a message: contact details, never amounts or dates."""

from __future__ import annotations

import re

# ASCII only: "關家豪的邮箱是howard.kwan@winglee.hk" — the Chinese words before it are no part of the address
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"(?<![A-Za-z0-9_.])(?:\+?\d|\(\d)[\d\s().-]{5,18}\d(?![\w.])")  # "(312) 555-0142" whole
_PHONE_CUE = re.compile(
    r"\b(cell|mobile|phone|tel|number|direct line|whatsapp|new #|#)|手机|电话|号码|座机|微信号", re.IGNORECASE
)


def details_spans(text: str) -> list[tuple[int, int]]:
    """Where the message writes an email address or a phone number (not amounts, not dates)."""
    spans = [m.span() for m in EMAIL.finditer(text)]
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        cue = _PHONE_CUE.search(text[max(0, match.start() - 16) : match.start()])
        if (len(digits) >= 10 or (cue and len(digits) >= 7)) and not any(
            a < match.end() and match.start() < b for a, b in spans
        ):
            spans.append(match.span())
    return spans
