"""A detail put right after a message that told the same kind of detail of two people or more.

"Kylie Ambrose new mobile 0412 556 003, and Jess at Wollongong Surf new mobile 0412 556 030" then "sorry,
Jess's should be 0412 556 300": the follow-up names one of the message's people, so the detail of hers is
the one put right ("金敏那个是.com 不是.cn", "Joseph's is Nayar not Nair", "Peggy 應該係 Senior Compliance
Officer", "the Saoirse catch up was yesterday"). Said with no one named ("sorry typo, should be 0412 556
300", "说错了 是设备副总", "one of those was yesterday") the fix could be either one's: asked which, nothing
guessed. Each person's part of the message runs from their name to the next person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_store.search.gazetteer import Evidence
from handlers.context import Ctx
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.understanding.context_reading import read_message
from handlers.understanding.customer_link import mentions_of
from handlers.understanding.one_of_several import SLIP

_PERSON = (Evidence.CONTACT, Evidence.GIVEN_NAME)
_CUSTOMER = (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_PHONE = re.compile(r"\+?\d[\d -]{5,}\d")

# "X's should be Y", "X is Y not Z", "X那个是Y 不是Z", "X 應該係 Y": who, then the value as it should be, then
# (optionally) the one said wrong.
_SCOPED_EN = re.compile(
    r"^(?P<who>.*?)(?:['’]s)?\s*\b(?:should(?:\s+have)?\s+be(?:en)?|is|was|=)\s+(?P<right>.+?)"
    r"(?:[\s,]+not\s+(?P<wrong>.+?))?\s*[.!]*$",
    re.IGNORECASE,
)
_SCOPED_ZH = re.compile(
    r"^(?P<who>.*?)(?:那个|那個|的)?\s*(?:应该是|應該係|應該是|应该係|应是|是|係|系)\s*(?P<right>.+?)"
    r"(?:[\s,，]*(?:不是|唔係|唔系|not)\s*(?P<wrong>.+?))?\s*[.!。！]*$"
)
# "見蘇小姐唔係琴日，係前日": who, the value said wrong, then the right one
_WRONG_FIRST = re.compile(
    r"^(?P<who>.*?)(?:不是|唔係|唔系)\s*(?P<wrong>.+?)[\s,，]*(?:而)?(?:是|係|系)\s*(?P<right>.+?)\s*[.!。！]*$"
)
# Words that name no one: "one of those", "有一個", "其中一个", "it", "that".
_NO_ONE = re.compile(
    r"^(?:sorry|typo|it|that|this|one|one of (?:them|those|these|the two)|either|"
    r"有一个|有一個|其中一个|其中一個|其中|有个|有個|一个|一個|the|number|mobile|phone|email|title|name|[\s,，:：])*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    names: tuple[str, ...]  # the words that name this part's person (and their customer)


@dataclass(frozen=True)
class Fix:
    """`text`: the last message as put right (one person named); else `which`: the parts it could fix."""

    text: str | None
    value: str
    which: tuple[str, ...] = ()


def _parts(ctx: Ctx, said: str) -> list[Part]:
    """The people of `said`, each with the stretch from their name to the next person's name."""
    reading = read_message(ctx, said)
    mentions = mentions_of(ctx, reading)
    customers = [(m.start, m.end) for m in mentions if m.evidence in _CUSTOMER]
    # (a customer's name read as a person's is none: "demo for hooli … with gavin" tells of one person)
    people = [(a, b) for _, a, b in reading.persons if not any(s < b and a < e for s, e in customers)]
    people += [(m.start, m.end) for m in mentions if m.evidence in _PERSON]
    starts: list[tuple[int, int]] = []
    for a, b in sorted(set(people)):
        if starts and a < starts[-1][1]:
            if b > starts[-1][1]:
                starts[-1] = (starts[-1][0], b)
            continue
        starts.append((a, b))
    if len(starts) < 2:
        return []
    parts = []
    for i, (a, b) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(said)
        begin = 0 if i == 0 else a
        parts.append(Part(begin, end, (said[a:b],)))
    return parts


def _names_part(words: str, part: Part) -> bool:
    """`words` name the part's person: a word of their name (three letters or more, or two Chinese
    characters) said in `words`."""
    folded = simplified(words).lower()
    for name in part.names:
        bare = simplified(name).lower()
        pieces = [w for w in re.findall(r"[a-z][a-z'’-]{2,}", bare)]
        pieces += [bare] if re.search(r"[\u4e00-\u9fff]{2,}", bare) else []
        pieces += [bare[:2]] if re.fullmatch(r"[\u4e00-\u9fff]{3}", bare) else []  # 蘇小姐 → 蘇小
        if any(p in folded for p in pieces if p):
            return True
    return False


def _kind(ctx: Ctx, value: str) -> str:
    if _ADDRESS.search(value) or value.startswith("."):
        return "email"
    if _PHONE.fullmatch(value.strip()):
        return "phone"
    when = find_when(value, now=ctx.now, tz=ctx.tz)
    if when is not None and when.day_said and when.spans and when.spans[0][0] == 0:
        return "date"
    return "text"


def _values(ctx: Ctx, said: str, part: Part, kind: str) -> list[tuple[int, int]]:
    """Where `part` says a value of `kind` (an address, a phone number, a day)."""
    if kind == "email":
        return [m.span() for m in _ADDRESS.finditer(said, part.start, part.end)]
    if kind == "phone":
        return [m.span() for m in _PHONE.finditer(said, part.start, part.end)]
    if kind == "date":
        when = find_when(said[part.start : part.end], now=ctx.now, tz=ctx.tz)
        if when is None or not when.day_said:
            return []
        return [(part.start + a, part.start + b) for a, b in when.spans]
    return []


def read(ctx: Ctx, said: str, text: str) -> Fix | None:
    """How `text` puts right one detail of the message `said`, when `said` tells details of two people or
    more and `text` is said as a slip put right; None when it is no such follow-up."""
    bare = text.strip()
    slip = SLIP.match(simplified(bare))
    rest = bare[slip.end() :] if slip else bare
    said_as_fix = slip is not None or re.search(r"\bshould\b|应该|應該|\bnot\b|不是|唔係", rest, re.I)
    if not said_as_fix or not rest.strip():
        return None
    m = _WRONG_FIRST.match(rest) or _SCOPED_ZH.match(rest) or _SCOPED_EN.match(rest)
    if m is not None:
        who, right, wrong = m.group("who").strip(), m.group("right").strip(), (m.group("wrong") or "").strip()
    else:  # "sorry, Gus rang yesterday": who (and what), then the day
        when = find_when(rest, now=ctx.now, tz=ctx.tz)
        core = rest.rstrip(" .。!！")
        if when is None or not when.day_said or not when.spans or when.spans[-1][1] < len(core):
            return None
        who, right, wrong = rest[: when.spans[0][0]].strip(), core[when.spans[0][0] :].strip(), ""
    if not right:
        return None
    parts = _parts(ctx, said)
    if not parts:
        return None
    kind = _kind(ctx, right)
    named = [p for p in parts if who and _names_part(who, p)]
    if who and not named and not _NO_ONE.match(who):
        return None  # words that name no one of the message: another reader's
    if len(named) > 1:
        return None
    if not named:  # "sorry typo, should be …", "说错了 是设备副总", "one of those was yesterday"
        if wrong and sum(simplified(said[p.start : p.end]).count(simplified(wrong)) for p in parts) < 2:
            return None  # the value said wrong is said once: the other readers put it right
        if kind in ("email", "phone") and sum(bool(_values(ctx, said, p, kind)) for p in parts) < 2:
            return None  # (a day said once may be every part's: "one of those was yesterday" is asked)
        if kind == "date" and not any(_values(ctx, said, p, kind) for p in parts):
            return None
        return Fix(None, right, tuple(said[p.start : p.end].strip(" ,，;；") for p in parts))
    part = named[0]
    if wrong:
        at = simplified(said).lower().find(simplified(wrong).lower(), part.start, part.end)
        if at < 0:
            return None
        if kind == "email" and right.startswith("."):  # "是.com 不是.cn": the ending of the address
            return Fix(said[:at] + right + said[at + len(wrong) :], right)
        return Fix(said[:at] + right + said[at + len(wrong) :], right)
    values = _values(ctx, said, part, kind)
    if kind == "text":
        for size in range(len(right), 2, -1):  # "Senior Compliance Officer" for "Compliance Officer"
            for start in range(len(right) - size + 1):
                piece = right[start : start + size]
                at = said.find(piece, part.start, part.end)
                if at >= 0 and (start > 0 or size < len(right)) and piece.strip() == piece:
                    return Fix(said[:at] + right + said[at + size :], right)
        return None
    if kind == "date" and values:  # "the Saoirse catch up was yesterday": hers; the others keep the day said
        first, last = values[0], values[-1]
        day = said[first[0] : last[1]]
        text = said
        for other in sorted(parts, key=lambda p: -p.start):
            if other is not part and not _values(ctx, said, other, kind):
                text = text[: other.start] + day + " " + text[other.start :]
        shift = sum(
            len(day) + 1
            for o in parts
            if o is not part and o.start < first[0] and not _values(ctx, said, o, kind)
        )
        a0, b1 = first[0] + shift, last[1] + shift
        return Fix(text[:a0] + right + text[b1:], right)
    if kind == "date":  # "sorry, Gus rang yesterday" when the day said was the other one's
        return Fix(said[: part.start] + right + " " + said[part.start :], right)
    if len(values) != 1:
        return None
    a, b = values[0]
    return Fix(said[:a] + right + said[b:], right)
