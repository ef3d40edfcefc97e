"""What a message names of the organisation's customers, and how clearly: the link found (`Found`) and
how sure it is (`Certainty`), and each customer's best mention in the message (`best_hits`).

Mentions come from the search index (names, aliases, short Chinese names, pinyin, contacts, deal
titles). Words the reader took as a date, an amount or a kind name no customer unless a long known
name covers them; a piece of a longer stretch that clearly names another customer is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from crm_store.models import Customer
from crm_store.search import CustomerMatch
from crm_store.search.gazetteer import Evidence
from crm_store.search.linker import Mention
from handlers.context import Ctx
from handlers.resolve import (
    CLEAR_SCORE,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.person_details import ACRONYM_TITLES
from handlers.understanding.reading import CJK, Candidate, Reading

NAME_FIELDS = ("name", "alias", "phone")


FIELD = {
    Evidence.NAME: "name",
    Evidence.ALIAS: "alias",
    Evidence.SHORT: "alias",
    Evidence.PINYIN: "name",
    Evidence.CONTACT: "contact",
    Evidence.GIVEN_NAME: "contact",
    Evidence.INITIALS: "alias",
}


NAMING = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT, Evidence.CONTACT})


SUPPORT = frozenset({Evidence.CONTACT, Evidence.GIVEN_NAME, Evidence.DEAL})


class Certainty(StrEnum):
    """How sure the link of a message to its customer is, strongest first (for the store-or-ask gate)."""

    PICKED = "picked"  # the user chose it from buttons, or put it before a colon ("Acme: ...")
    EXACT = "exact"  # the customer's whole name as written
    ALIAS = "alias"  # an alias or a Chinese short form as written
    CONTACT = "contact"  # named through one of its contacts
    PARTIAL = "partial"  # the first words of a longer name ("bayview" for Bayview Marina)
    TYPO = "typo"  # a letter off, a homophone (永鑫 for 永信) or pinyin typed for a Chinese name
    DEAL = "deal"  # named only by the distinctive title of its one open deal of that name
    EVERYDAY = "everyday"  # a name of everyday words read in a sentence as ordinary words ("fresh start")
    FALLBACK = "fallback"  # found by the search index only (initials, heavy typos): never stored unasked


WEAK = frozenset({Certainty.EVERYDAY, Certainty.FALLBACK})


@dataclass(frozen=True)
class Found:
    customer: Customer
    start: int  # where the message names it (-1: not in the text, e.g. picked from buttons)
    end: int
    field: str  # how it matched: name, alias, contact, phone, explicit, picked
    context: str = ""  # the whole message, when this is one part of it: its people may be named elsewhere
    certainty: Certainty = Certainty.EXACT

    @property
    def weak(self) -> bool:
        """Too uncertain to store without the user's word (the preview card or a question)."""
        return self.certainty in WEAK


@dataclass(frozen=True)
class Hit:
    match: CustomerMatch
    candidate: Candidate
    partial: bool = False  # only the first words of a longer name, or typed with a slip
    edits: int = 0  # letters typed wrong
    certainty: Certainty = Certainty.EXACT


_CERTAINTY = {
    Evidence.NAME: Certainty.EXACT,
    Evidence.ALIAS: Certainty.ALIAS,
    Evidence.SHORT: Certainty.ALIAS,
    Evidence.CONTACT: Certainty.CONTACT,
    Evidence.GIVEN_NAME: Certainty.CONTACT,
    Evidence.PINYIN: Certainty.TYPO,
    Evidence.DEAL: Certainty.DEAL,
    Evidence.INITIALS: Certainty.FALLBACK,
}


def certainty_of(mention: Mention) -> Certainty:
    if mention.edits:
        return Certainty.TYPO
    if mention.partial:
        return Certainty.PARTIAL
    return _CERTAINTY[mention.evidence]


def ordered(candidates: list[Candidate]) -> list[Candidate]:
    """Strong (name-like) stretches first, longer before shorter, earlier before later."""
    return sorted(candidates, key=lambda c: (not c.strong, -(c.end - c.start), c.start))


def mentions_of(ctx: Ctx, reading: Reading) -> list[Mention]:
    """What the message names of the organisation's customers, contacts and open deals.

    Words already read as something else (a date, an amount, a kind of interaction) name no customer,
    unless the whole of a long name covers them ("Monday Foods", "Summit Partners").
    """
    found = ctx.store.search.mentions(reading.text, skip=lx.STOPWORDS)
    kept = [m for m in found if not reading.is_masked(m.start, m.end) or whole_known_name(reading, m)]
    return _not_inside_another(reading, [m for m in kept if not _another_name(reading, m)])


_NAMED = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT})


def _not_inside_another(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """Drop a Chinese name read inside a longer stretch that clearly names another customer: "瑞丰" of
    廊坊瑞丰物流 inside "呼和浩特瑞丰" (the start of 呼和浩特瑞丰物流) is no mention of 廊坊's."""
    longer = [m for m in mentions if m.evidence in _NAMED and m.score >= CLEAR_SCORE]

    def inside(m: Mention) -> bool:
        return (
            m.evidence in (*_NAMED, Evidence.PINYIN)
            and CJK.match(reading.text[m.start : m.end]) is not None
            and any(
                o.customer_id != m.customer_id
                and o.start <= m.start
                and m.end <= o.end
                and o.end - o.start > m.end - m.start
                and o.edits <= m.edits
                for o in longer
            )
        )

    return [m for m in mentions if not inside(m)]


# Characters that go on a sentence after a name ("华远签了", "东岭的", "港聯有35台"), not a name.
_GOES_ON = re.compile(r"[的了和跟与在说签要也都还又就是去来那这吧呢啊吗嘛哦呀有没不会能已被把让给对]")


def _another_name(reading: Reading, mention: Mention) -> bool:
    """The start of a Chinese name standing alone with one more character than it, amid other words: a
    name of its own ("lost to 阿里云": Alibaba Cloud, no 阿里山茶业; "华远云" is no 华远建设)."""
    if mention.evidence not in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT, Evidence.PINYIN):
        return False
    text = reading.text
    a, b = mention.start, mention.end
    before, after = text[a - 1 : a] if a else "", text[b : b + 1]
    run_ends = b + 1 >= len(text) or bool(re.match(r"[\s,.;!?，。；！？、)）]", text[b + 1]))
    return (
        bool(CJK.fullmatch(text[a:b].replace(" ", "")[-1:] or " "))
        and not CJK.match(before)
        and bool(CJK.match(after))
        and not _GOES_ON.match(after)
        and run_ends
    )


def whole_known_name(reading: Reading, mention: Mention) -> bool:
    if mention.partial or mention.edits or mention.evidence not in NAMING:
        return False
    typed = reading.text[mention.start : mention.end]
    return len(typed.split()) > 1 or (bool(CJK.match(typed)) and len(typed) >= 3)


def best_hits(ctx: Ctx, reading: Reading, mentions: list[Mention] | None = None) -> dict[int, Hit]:
    """The best-scoring mention per customer (a deal's title supports a customer but names none)."""
    best: dict[int, Hit] = {}
    for mention in _longest(mentions if mentions is not None else mentions_of(ctx, reading)):
        typed = reading.text[mention.start : mention.end]
        match = CustomerMatch(
            mention.customer_id,
            ctx.store.search.customer_name(mention.customer_id),
            mention.score,
            mention.shown,
            FIELD[mention.evidence],
        )
        known = best.get(mention.customer_id)
        if known is None or _rank(match, typed) > _rank(known.match, known.candidate.text):
            best[mention.customer_id] = Hit(
                match,
                Candidate(typed, mention.start, mention.end, True),
                mention.partial or bool(mention.edits),
                mention.edits,
                certainty_of(mention),
            )
    return best


def _rank(match: CustomerMatch, typed: str) -> tuple[bool, float, int]:
    """Which mention stands for its customer: a clear one of the company's own name first ("Derek Shaw
    got promoted to VP at Lumen" is about Lumen Optics, named as such), then the best score, the longest."""
    return match.field in ("name", "alias") and match.score >= CLEAR_SCORE, match.score, len(typed)


def _longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a customer, without those that are only a piece of a longer stretch clearly
    naming another one.

    "blue harbor" names Blue Harbor Seafood; its piece "harbor" matching Harbor Foods is a coincidence,
    and so is "acme" (Acme Corp) inside "acme industrial" (Acme Industrial Supply), or "Sharma" inside
    "Vinod Sharma", a contact of Sharma Agro (no mention of Sharma Castings). Every mention is weighed, not
    only each customer's best: "Vinod Sharma at Sharma Agro" says Sharma twice, each inside another
    stretch. A longer stretch read with a typo ("kingsley medical" for Kinsley Medical) does not push
    aside the exact word.
    """
    naming = [m for m in mentions if m.evidence in FIELD]
    clear = [m for m in naming if m.score >= CLEAR_SCORE]

    def inside(m: Mention, other: Mention) -> bool:
        within = other.start <= m.start and m.end <= other.end
        longer = within and (other.end - other.start) > (m.end - m.start)
        return longer and other.customer_id != m.customer_id and other.edits <= m.edits

    return [m for m in naming if not any(inside(m, other) for other in clear)]


LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


# A town said as where something was, by the first word of a customer's name: "a packaging fair in Poznań",
# "went with a competitor from mombasa".
_IN_A_PLACE = re.compile(
    r"\bin\s+$|\b(?:competitors?|rivals?|suppliers?|vendors?|guys|firm|company|one)\s+(?:from|in|out\s+of)\s+$",
    re.IGNORECASE,
)


def said_as_a_place(text: str, start: int) -> bool:
    """Whether the words at `start` are said as a place ("fair in Poznań"), not as a customer."""
    return _IN_A_PLACE.search(text, max(0, start - 24), start) is not None


# Where a person worked before, right before a customer's name: "(she is there now, ex SP Metalúrgica)",
# "formerly at X", "used to be with X", "之前在X": that customer is no one the message is about.
_FORMER_BEFORE = re.compile(
    r"(?:\bex[\s-]+|\bformerly(?:\s+(?:at|of|with))?\s+|\bpreviously(?:\s+(?:at|with))\s+"
    r"|\bused\s+to\s+(?:be\s+)?(?:at|with|work\s+(?:at|for))\s+|之前在|以前在|原来在|原先在|前东家"
    r"|\b(?:know|knew|known)\s+(?:him|her|them)\s+from\s+)$",  # "good for us, we know him from Würzburg"
    re.IGNORECASE,
)


# A person's title said as theirs: "she's SVP Facilities now", "promoted to VP Ops", "is now GM".
_TITLE_SAID = re.compile(
    rf"(?:(?:['’]s|\bis|\bwas|\bas|\bnow|\bnew|\bpromoted\s+to|\bbec[oa]me|\bmade)\s+(?:the\s+|an?\s+)?)"
    rf"(?=(?:{ACRONYM_TITLES})\b)",
    re.IGNORECASE,
)


def said_as_a_title(text: str, start: int) -> bool:
    """Whether the words at `start` are a person's title, not a customer ("she's SVP Facilities now" with
    Shree Vinayaka Precision known as SVP)."""
    return _TITLE_SAID.search(text, max(0, start - 20), start + 6) is not None and bool(
        re.match(rf"(?:{ACRONYM_TITLES})\b", text[start:], re.IGNORECASE)
    )


def said_as_a_former_employer(text: str, start: int) -> bool:
    """Whether the words at `start` name where someone worked before ("ex SP Metalúrgica"), not a customer
    the message is about."""
    return _FORMER_BEFORE.search(text, max(0, start - 30), start) is not None
