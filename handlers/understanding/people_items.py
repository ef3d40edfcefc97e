"""What a message says about people, as read: the items (a person, a detail, a change word) in text
order, the news about each person, and the sentences they are said in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class ContactNews:
    """What the message says about one person."""

    who: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    wechat: str | None = None
    left: bool = False
    new: bool = False  # introduced as a new contact: the name alone is worth storing
    renamed: str | None = None  # the name spelled right ("it's Lorraine Pyke not Pike")
    span: tuple[int, int] = (0, 0)  # the words it was read from
    where: tuple[int, int] | None = None  # words naming the company: "(monday foods)", "at Lumen"
    joins: tuple[int, int] | None = None  # words naming the company they moved to
    details: list[tuple[int, int]] = field(default_factory=list)  # where each detail was written


SENTENCE = re.compile(
    r"\n|[;；。!?！？]+|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)\.\s|\s+but\s|\s+and\s+(?=[A-Z])|->|→|、(?=\S*\s*1\d{10})"
)


@dataclass
class Item:
    kind: str  # person, pronoun, email, phone, wechat, title, left, joins, promoted, new, successor, rename
    start: int
    end: int
    value: str = ""
    blocked: bool = False  # a person who is no contact (our boss, a competitor's rep, family)


def outermost(items: list[Item]) -> list[Item]:
    items = sorted(items, key=lambda i: (i.start, -(i.end - i.start)))
    kept: list[Item] = []
    for item in items:
        if not any(k.start <= item.start and item.end <= k.end for k in kept):
            kept.append(item)
    return kept


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


# Putting it together ---------------------------------------------------------------------------------
def sentence_of(text: str, position: int) -> int:
    """How many sentence breaks end before `position` (read in the whole text: "… and Neha": the break
    before a capital is one only with the capital after it)."""
    return sum(1 for m in SENTENCE.finditer(text, 0, min(len(text), position + 1)) if m.end() <= position)
