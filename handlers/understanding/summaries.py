"""A summary of the day sent as one message: one item per line or per number, each read on its own.

"EOD:\n- visited acme, jane liked the demo\n- globex 130k now\n- expenses done", "今天日报：1. 拜访华为张伟
2. 下午写方案": each line (or numbered item) is its own update, usually about its own customer. A heading
("EOD:", "今日小结") is no item, and the bullets and numbers are no content.
"""

from __future__ import annotations

import re

from handlers.understanding.names import is_heading
from handlers.understanding.pasted_mail import without_mail_header
from handlers.understanding.people import pasted_signature

# A bullet or a number starting a line: "-", "•", "*", "1.", "1、", "1)", "(1)", "①"; not the start of an
# amount ("1.5k more for acme": the "1." is a decimal point, not an item number).
_BULLET = re.compile(r"^\s*(?:[-–—•*·]+|\(?\d{1,2}[.、)）](?!\d)|[①-⑳])\s*")
# Numbered items inside one line: "1. … 2. …", "1、…2、…" (a number not part of an amount or a time).
_NUMBER = re.compile(r"(?:^|(?<=\s)|(?<=[\u4e00-\u9fff，。；;,:：]))(\d{1,2})(?:[.、)）])(?!\d)\s*")
# ... or numbered bare, as voice memos come out: "so 1 Jacinta at Mott Haven called … 2 Constance emailed",
# "今朝两件事：1 弄堂里王美娟… 2 给鑫达国贸屠总打了电话" (a number, a space, then a name or Chinese words).
_BARE_NUMBER = re.compile(r"(?:^|(?<=\s)|(?<=[，。；;,:：]))(\d)\s+(?=[A-Z\u4e00-\u9fff])")


def summary_items(text: str) -> list[str] | None:
    """The items of a summary, or None when the message is not one (fewer than two items, or a pasted
    e-mail, whose lines are its header and body, or a pasted signature)."""
    if without_mail_header(text)[1] is not None or pasted_signature(text):
        return None  # a pasted e-mail or signature: its lines are one person's details, no updates
    lines = [line for line in text.splitlines() if line.strip()]
    items = [_BULLET.sub("", line, count=1).strip() for line in lines] if len(lines) >= 2 else _numbered(text)
    items = [item for item in items if item]
    if items and is_heading(items[0]):
        items = items[1:]  # "EOD:", "今日小结"
    elif len(items) == 2 and items[0].rstrip().endswith((":", "：")):
        return None  # "add this guy to Keller Industries:\n--\nNolan Pryor | …": one message in two lines
    return items if len(items) >= 2 else None


def list_mark(text: str) -> tuple[int, int] | None:
    """Where a bullet or an item number starts the message ("1. visited acme" sent as its own line)."""
    mark = _BULLET.match(text)
    return mark.span() if mark and mark.end() > mark.start() else None


def _numbered(text: str) -> list[str]:
    """ "今天日报：1. 拜访华为 2. 下午写方案": the items when they are numbered 1, 2, … in order; the words
    before the first number are an item of their own (or a heading)."""
    kept = _in_order(_NUMBER, text) or _in_order(_BARE_NUMBER, text)
    if len(kept) < 2:
        return []
    items = [text[: kept[0].start()].strip()]
    for this, following in zip(kept, [*kept[1:], None], strict=True):
        items.append(text[this.end() : following.start() if following else len(text)].strip(" ;；,，"))
    return items


def _in_order(marks: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The item numbers 1, 2, … found in order (two at least), else none."""
    expected, kept = 1, []
    for mark in marks.finditer(text):
        if int(mark.group(1)) == expected:
            kept.append(mark)
            expected += 1
    return kept if len(kept) >= 2 else []
