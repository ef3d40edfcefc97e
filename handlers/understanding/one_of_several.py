"""A value put right after a message that set the same kind of value for several customers.

"顺德改28万，南海铝材改35万" then "不对，南海是32": the follow-up names one of the message's customers by a
part of how the message wrote it, so that customer's amount (or date) is the one put right, and no other
("南海铝材改32万"). Said with nothing naming which ("不对 是32", "sorry, one of those should be 15/11",
"有一个写错了，应该是40"), the value could put either right: the message just stored is undone and the user is
asked which, rather than the first one changed by guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.context import Ctx
from handlers.parsing.amounts import find_amounts
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.questions import NeedChoice
from handlers.understanding.corrections import CustomerSpan, in_scale_and_currency, is_bare_number, spans_of

# A slip word (or several) first: "不对，", "打錯，", "sorry,", "oops,", "更正，", "correction:".
_SLIP = re.compile(
    r"^\s*(?:(?:no wait|wait|no|nope|sorry|oops|correction|my bad|my mistake|typo|actually|"
    r"不对|错了|搞错了?|弄错了?|说错了?|写错了?|打错了?|记错了?|更正|哦不对|唔系|唔啱|不好意思|抱歉)"
    r"[\s,.!:;，。！：、—–-]*)+",
    re.IGNORECASE,
)

SLIP = _SLIP  # for the readers of other follow-ups (`detail_fix`)

# What stands between the name and the value: "…是", "…應該是", "…should be", "…that one was wrong, it's",
# "…那个写错了 应该是", "…'s", "…改成".
_JOIN = re.compile(
    r"(?:[\s,，:：、—–-]|那个|那单|那笔|那条|的|写错了?|打错了?|错了|应该|应|其实|是|系|改成|改为|改到|改|为|"
    r"\bshould(?:\s+have)?\s+been?\b|\bshould\b|\bbe\b|\bis\b|\bwas\b|\bit['’]?s\b|\bone\b|\bthat\b|\bthe\b|"
    r"['’]s\b|=|->|→|\bto\b|\bwrong\b|\bfigure\b|\bamount\b|\bdate\b|\bclose\b|\bmake\s+it\b)*$",
    re.IGNORECASE,
)

# Words that say "one of them" and name none: "有一个写错了", "其中一个", "one of those", "one of the two".
_ONE_OF_THEM = re.compile(
    r"^(?:(?:有|其中)?一个|其中|有一笔|有一条|\bone\s+of\s+(?:them|those|these|the\s+two|the\s+figures|"
    r"the\s+amounts|the\s+dates)\b|\bone\s+(?:is|was)\b|\beither\b)",
    re.IGNORECASE,
)

# A word that says the value was wrong, when no slip word comes first.
_PUT_RIGHT = re.compile(r"\bshould\b|应该|应是|错|\bwrong\b|\bmeant\b|\bactually\b", re.IGNORECASE)

# Neither a clause of its own nor a name: what is left of the words before the value is about nothing.
_CLAUSE_BREAK = re.compile(r"(?<!\d),(?!\d)|[，;；、。]|\s+(?:and|also|plus)\s+", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_A_NAME = frozenset(
    [
        "sorry",
        "oops",
        "correction",
        "actually",
        "should",
        "been",
        "the",
        "one",
        "that",
        "was",
        "wrong",
        "figure",
        "amount",
        "date",
        "close",
        "make",
        "typo",
        "those",
        "these",
        "them",
        "either",
    ]
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    name: str  # the customer as the message wrote it
    value: tuple[int, int]  # the value of the kind put right, in the whole message


def _value_at_end(ctx: Ctx, bare: str) -> tuple[int, str] | None:
    """Where the value said last begins, and its kind (amount, date or a bare number)."""
    core = bare.rstrip(" .。!！~")
    if not core:
        return None
    when = find_when(core, now=ctx.now, tz=ctx.tz)
    day = when.spans[-1][0] if when is not None and when.spans and when.spans[-1][1] >= len(core) else None
    amounts = [a for a in find_amounts(core) if a.end >= len(core)]
    if amounts and (day is None or amounts[-1].start < day or not when.day_said):  # type: ignore[union-attr]
        start = amounts[-1].start
        return start, "number" if is_bare_number(core[start:]) else "amount"
    number = re.search(r"(?<![\d./-])\d+(?:\.\d+)?$", core)
    if day is not None and when.day_said and (number is None or day < number.start()):  # type: ignore[union-attr]
        return day, "date"
    return (number.start(), "number") if number else None


def _clauses(ctx: Ctx, said: str, kind: str, customer_span: CustomerSpan) -> list[Clause]:
    """The clauses of `said` that name a customer and say one value of `kind` (amount or date)."""
    found: list[Clause] = []
    start = 0
    pieces = []
    for match in _CLAUSE_BREAK.finditer(said):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(said)))
    for a, b in pieces:
        piece = said[a:b]
        try:
            named = customer_span(ctx, piece)
        except NeedChoice:
            return []
        if named is None:
            continue
        values = [s for s in spans_of(ctx, piece) if s[2] == kind]
        if kind == "amount" and len(values) == 2:  # "75 -> 80k": the second is the one said
            values = values[1:]
        if len(values) != 1:
            continue
        found.append(Clause(a, b, piece[named[0] : named[1]], (a + values[0][0], a + values[0][1])))
    names = {simplified(c.name).lower() for c in found}
    return found if len(found) >= 2 and len(names) == len(found) else []


def _names(words: str, name: str) -> bool:
    """Whether `words` are a part of the customer's name as the message wrote it, and nothing more ("南海" of
    "南海铝材", "katong" of "Katong Heritage"; not "globex add-on", which says a thing of its own)."""
    bare = simplified(name).lower()
    latin = [w for w in _LATIN_WORD.findall(words.lower()) if w not in _NOT_A_NAME]
    runs = _CJK_RUN.findall(words)
    if not latin and not runs:
        return False
    return all(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", bare) for w in latin) and all(
        len(run) >= 2 and run in bare for run in runs
    )


@dataclass(frozen=True)
class Reading:
    """`text`: the last message as put right (one clause named); else `which`: the clauses it could fix."""

    text: str | None
    value: str
    which: tuple[str, ...] = ()


def read(ctx: Ctx, said: str, text: str, customer_span: CustomerSpan) -> Reading | None:
    """How the follow-up `text` puts right one value of the message `said`, when `said` gives values of
    that kind to two or more customers; None when it is not such a follow-up."""
    bare = simplified(text).strip()
    slip = _SLIP.match(bare)
    rest_at = slip.end() if slip else 0
    at = _value_at_end(ctx, bare)
    if at is None or at[0] < rest_at:
        return None
    start, kind = at
    value = text.strip()[start:].rstrip(" .。!！~")
    before = bare[rest_at:start]
    kinds = ["amount", "date"] if kind == "number" else [kind]
    for each in kinds:
        clauses = _clauses(ctx, said, each, customer_span)
        if clauses:
            break
    else:
        return None
    if kind == "number" and each == "date":
        return None  # a bare number for one of several days: "不对 是15" is no date to write in
    if slip is None and not _PUT_RIGHT.search(before):
        return None  # "globex 35k" with no word of a slip: news of its own, not a fix
    join = _JOIN.search(before)
    name_words = before[: join.start()] if join else before
    if not name_words.strip() or _ONE_OF_THEM.match(name_words.strip()):
        if not slip and not name_words.strip():
            return None  # a value alone, with no slip word: not said as a fix
        return Reading(None, value, tuple(said[c.start : c.end].strip() for c in clauses))
    named = [c for c in clauses if _names(name_words, c.name)]
    if len(named) != 1:
        return None
    clause = named[0]
    a, b = clause.value
    right = in_scale_and_currency(said[a:b], value) if each == "amount" else value
    return Reading(said[:a] + right + said[b:], value)
