"""A pasted e-mail: its header lines ("From: …", "Sent: …", "发件人：…", "主题：…") say who wrote it and
when, not what the rep did or plans. They are blanked out (same positions) before reading, but the
sender's name, which names the contact; what the body says the sender will do is the sender's plan.
A pasted chat message ("[Line] 郑淑芬：…") is read the same way, its app's tag taking the header's place.
"""

from __future__ import annotations

import re

from handlers.understanding.reading import Span

_HEADER = re.compile(
    r"^[ \t>]*(?P<label>from|sent|date|to|cc|bcc|subject|发件人|发送时间|收件人|抄送|主题|日期)"
    r"[ \t]*[:：][ \t]*"
    r"(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_SENDER_LABELS = ("from", "发件人")
# A pasted chat message: "[Line] 郑淑芬：陈小姐您好，…", "【微信】王总: …": the app's tag, then who wrote it;
# or forwarded with its writer in brackets: "转发：【驰远汽配 瞿国强】报价已收到，…".
_CHAT = re.compile(
    r"^\s*(?P<tag>[\[【]\s*(?:line|wechat|微信|whatsapp|slack|teams|企业微信|钉钉|飞书|qq|telegram|signal)\s*[\]】])"
    r"\s*(?P<name>[^:：\n]{1,24}?)\s*[:：]"
    r"|^\s*(?P<fwd>(?:转发|轉發|fwd?|forwarded)\s*[:：]?\s*[【\[])[^】\]\n:：]{2,24}[】\]]",
    re.IGNORECASE,
)


def without_mail_header(text: str) -> tuple[str, Span | None]:
    """`text` with the header lines of a pasted e-mail blanked out but the sender's name, and where the
    sender's label was (None: no pasted e-mail; it takes two header lines to be one)."""
    lines = list(_HEADER.finditer(text))
    chat = _CHAT.match(text)
    if chat is not None and len(lines) < 2:  # the tag is blanked; the writer's name stays
        start, end = chat.span("tag" if chat.group("tag") else "fwd")
        return text[:start] + " " * (end - start) + text[end:], (start, end)
    if len(lines) < 2:
        return text, None
    sender = None
    chars = list(text)
    for line in lines:
        keep: Span = (line.start(), line.start())
        if line.group("label").lower() in _SENDER_LABELS:
            name = re.match(r"[^<\[(（]*", line.group("value"))
            start = line.start("value")
            keep = (start, start + len(name.group(0).rstrip()) if name else start)
            sender = line.span("label")
        for i in range(line.start(), line.end()):
            if not keep[0] <= i < keep[1]:
                chars[i] = " "
    return "".join(chars), sender
