"""Which customer a free-text message is about, found through the search index and its scores.

Each stretch of the message that may name a customer is searched. A company's own name or
alias beats a contact's name; one clear winner is used, close candidates are asked about with
buttons (`NeedChoice`, the message is re-run with the answer), and a name nobody matches is
offered for creation when the message is about work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from crm_store.models import Customer
from crm_store.search import CustomerMatch, normalize_name
from crm_store.search.everyday import everyday_words, is_english_word
from crm_store.search.gazetteer import COMPANY_WORDS, Evidence
from crm_store.search.linker import Mention
from crm_store.search.normalize import CJK_SUFFIXES, LEGAL_SUFFIXES
from handlers.context import Ctx
from handlers.domain.contacts import mentioned_contact
from handlers.domain.deals import deals_named
from handlers.errors import UserError
from handlers.questions import NeedChoice, Option
from handlers.resolve import (
    CLEAR_MARGIN,
    CLEAR_SCORE,
    EXACT_SCORE,
    MIN_SCORE,
    NEW,
    customer_key,
    decide,
    match_label,
    resolve_customer,
)
from handlers.understanding import lexicon as lx
from handlers.understanding import link_log
from handlers.understanding.people import read_news
from handlers.understanding.reading import CJK, Candidate, Reading

NAME_FIELDS = ("name", "alias", "phone")
_FIELD = {
    Evidence.NAME: "name",
    Evidence.ALIAS: "alias",
    Evidence.SHORT: "alias",
    Evidence.PINYIN: "name",
    Evidence.CONTACT: "contact",
    Evidence.GIVEN_NAME: "contact",
    Evidence.INITIALS: "alias",
}
_NAMING = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT, Evidence.CONTACT})
_SUPPORT = frozenset({Evidence.CONTACT, Evidence.GIVEN_NAME, Evidence.DEAL})


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
class _Hit:
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


def _certainty(mention: Mention) -> Certainty:
    if mention.edits:
        return Certainty.TYPO
    if mention.partial:
        return Certainty.PARTIAL
    return _CERTAINTY[mention.evidence]


def _ordered(candidates: list[Candidate]) -> list[Candidate]:
    """Strong (name-like) stretches first, longer before shorter, earlier before later."""
    return sorted(candidates, key=lambda c: (not c.strong, -(c.end - c.start), c.start))


def _mentions(ctx: Ctx, reading: Reading) -> list[Mention]:
    """What the message names of the organisation's customers, contacts and open deals.

    Words already read as something else (a date, an amount, a kind of interaction) name no customer,
    unless the whole of a long name covers them ("Monday Foods", "Summit Partners").
    """
    found = ctx.store.search.mentions(reading.text, skip=lx.STOPWORDS)
    return [m for m in found if not reading.is_masked(m.start, m.end) or _whole_known_name(reading, m)]


def _whole_known_name(reading: Reading, mention: Mention) -> bool:
    if mention.partial or mention.edits or mention.evidence not in _NAMING:
        return False
    typed = reading.text[mention.start : mention.end]
    return len(typed.split()) > 1 or (bool(CJK.match(typed)) and len(typed) >= 3)


def keep_known_names(ctx: Ctx, reading: Reading, reread: Callable[[str], Reading]) -> Reading:
    """The reading again with whole known names blanked out, when the first one took part of a name as
    a date, an amount or an interaction ("spoke to ruth at monday foods", "明日教育的邱校长"): the CRM
    knows the name, so its words are the customer's, not a date. Spans and texts stay the message's."""
    if reading.query or not reading.masked:
        return reading
    persons = [(s, e) for _, s, e in reading.persons]
    spans = [
        (m.start, m.end)
        for m in ctx.store.search.mentions(reading.text, skip=lx.STOPWORDS)
        if m.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT)
        and _whole_known_name(reading, m)
        and reading.is_masked(m.start, m.end)
        and not any(a < m.end and m.start < b for a, b in persons)
    ]
    if not spans:
        return reading
    chars = list(reading.text)
    back: dict[str, str] = {}
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = "某" if CJK.match(chars[i]) else "x"
        back["".join(chars[start:end])] = reading.text[start:end]
    again = reread("".join(chars))

    def restored(text: str) -> str:
        for blank, name in back.items():
            text = text.replace(blank, name)
        return text

    again.text, again.original = reading.text, reading.original
    again.explicit_name = reading.explicit_name
    again.find_name = reading.find_name
    again.title = again.title and restored(again.title)
    again.outcome_phrase = restored(again.outcome_phrase)
    again.doubts = [restored(d) for d in again.doubts]
    again.steps = [replace(step, text=restored(step.text)) for step in again.steps]
    again.persons = [(restored(name), a, b) for name, a, b in again.persons]
    again.candidates = [replace(c, text=reading.text[c.start : c.end]) for c in again.candidates]
    again.clauses = [replace(c, text=reading.text[c.start : c.end]) for c in again.clauses]
    return again


def _best_hits(ctx: Ctx, reading: Reading, mentions: list[Mention] | None = None) -> dict[int, _Hit]:
    """The best-scoring mention per customer (a deal's title supports a customer but names none)."""
    best: dict[int, _Hit] = {}
    for mention in mentions if mentions is not None else _mentions(ctx, reading):
        if mention.evidence not in _FIELD:
            continue
        typed = reading.text[mention.start : mention.end]
        match = CustomerMatch(
            mention.customer_id,
            ctx.store.search.customer_name(mention.customer_id),
            mention.score,
            mention.shown,
            _FIELD[mention.evidence],
        )
        known = best.get(mention.customer_id)
        if known is None or _rank(match, typed) > _rank(known.match, known.candidate.text):
            best[mention.customer_id] = _Hit(
                match,
                Candidate(typed, mention.start, mention.end, True),
                mention.partial or bool(mention.edits),
                mention.edits,
                _certainty(mention),
            )
    return _longest_matches(best)


def _rank(match: CustomerMatch, typed: str) -> tuple[bool, float, int]:
    """Which mention stands for its customer: a clear one of the company's own name first ("Derek Shaw
    got promoted to VP at Lumen" is about Lumen Optics, named as such), then the best score, the longest."""
    return match.field in ("name", "alias") and match.score >= CLEAR_SCORE, match.score, len(typed)


def _supported(ctx: Ctx, reading: Reading, hits: list[_Hit]) -> list[_Hit]:
    """The close customers the message also names by a contact or an open deal's title
    ("bayview wifi upgrade": only Bayview Hotel has a deal called wifi upgrade)."""
    mentions = _mentions(ctx, reading)
    out = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        a, b = hit.candidate.start, hit.candidate.end
        if any(
            m.customer_id == hit.match.customer_id and m.evidence in _SUPPORT and (m.end <= a or b <= m.start)
            for m in mentions
        ):
            out.append(hit)
    return out


def _longest_matches(hits: dict[int, _Hit]) -> dict[int, _Hit]:
    """Drop customers found only by a piece of a longer stretch that clearly names another one.

    "blue harbor" names Blue Harbor Seafood; its piece "harbor" matching Harbor Foods is a coincidence,
    and so is "acme" (Acme Corp) inside "acme industrial" (Acme Industrial Supply). A longer stretch
    read with a typo ("kingsley medical" for Kinsley Medical) does not push aside the exact word.
    """
    clear = [h for h in hits.values() if h.match.score >= CLEAR_SCORE]

    def inside(hit: _Hit, other: _Hit) -> bool:
        a, b = hit.candidate, other.candidate
        longer = b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)
        return longer and other.edits <= hit.edits

    return {
        cid: hit
        for cid, hit in hits.items()
        if not any(other is not hit and inside(hit, other) for other in clear)
    }


def _typed_in_full(hit: _Hit) -> bool:
    """The stretch is the customer's whole alias (or name), as written or in pinyin ("huawei")."""
    return hit.match.field in ("alias", "name") and hit.match.score >= EXACT_SCORE - 0.5


def _shared_prefix(winner: _Hit, others: list[_Hit]) -> bool:
    """ "acme" with Acme Corp and Acme Industrial Supply: the typed words start two names.

    The winner's own alias typed in full ("华为" for 深圳市华为技术有限公司) is not shared.
    """
    query = normalize_name(winner.candidate.text)
    if winner.match.field == "alias" and _typed_in_full(winner):
        return False
    return any(
        o.match.score >= MIN_SCORE + 20 and normalize_name(o.match.name).startswith(query) for o in others
    )


def _by_contact(ctx: Ctx, reading: Reading, hits: list[_Hit]) -> _Hit | None:
    """Among close customers, the only one with a contact the message names ("met bob at acme")."""
    with_contact = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        customer = ctx.store.customers.require(hit.match.customer_id)
        outside = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
        if mentioned_contact(ctx, customer, outside) is not None:
            with_contact.append(hit)
    return with_contact[0] if len(with_contact) == 1 else None


def _by_deal(ctx: Ctx, reading: Reading, hits: list[_Hit]) -> _Hit | None:
    """Among close customers, the only one with an open deal the message names ("bayview wifi upgrade")."""
    with_deal = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        customer = ctx.store.customers.require(hit.match.customer_id)
        outside = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
        if deals_named(ctx.store.deals.for_customer(customer.id, open_only=True), outside, customer):
            with_deal.append(hit)
    return with_deal[0] if len(with_deal) == 1 else None


def _decide_among(ctx: Ctx, reading: Reading, hits: list[_Hit]) -> tuple[_Hit | None, list[_Hit]]:
    hits = sorted(hits, key=lambda h: (-h.match.score, h.match.name))
    decision = decide([h.match for h in hits])
    close = [h for h in hits if h.match.score >= hits[0].match.score - CLEAR_MARGIN * 2][:5]
    members = _members(hits[0], hits[1:])
    if members:
        return None, [hits[0], *members]  # "远大 赢了": 远大集团, or its 远大物业?
    if decision.winner is not None and _shared_prefix(hits[0], hits[1:]):
        decision = replace(decision, winner=None)
        close = [hits[0], *(h for h in hits[1:] if h.match.score >= MIN_SCORE + 20)][:5]
    if (
        decision.winner is None
        and hits[0].match.field == "alias"
        and _typed_in_full(hits[0])
        and all(h.match.score < EXACT_SCORE - 2 for h in hits[1:])
    ):
        return hits[0], hits  # "华为" is 深圳市华为技术有限公司's own alias; 华为终端 merely starts with it
    if decision.winner is None and len(close) > 1:
        separate = _each_clear_on_its_own(close)
        if separate is not None:
            return separate, hits  # "今天拜访了华为和小米": two customers, the first one leads
        supported = _supported(ctx, reading, close)
        if len(supported) == 1:
            return supported[0], close
        return _by_contact(ctx, reading, close) or _by_deal(ctx, reading, close), close
    if decision.winner is None:
        return None, close
    return hits[0], hits


_GROUP = re.compile(r"集团|控股|\b(?:group|holdings?)\b", re.IGNORECASE)


def _members(top: _Hit, others: list[_Hit]) -> list[_Hit]:
    """A group's short name ("远大" of 远大集团) also starts the names of the group's companies (远大物业):
    those companies, read from the same words."""
    if not _GROUP.search(top.match.name) or top.partial:
        return []
    a, b = top.candidate.start, top.candidate.end
    return [
        o
        for o in others
        if o.match.customer_id != top.match.customer_id
        and o.partial
        and not o.edits
        and (o.candidate.start, o.candidate.end) == (a, b)
        and o.match.score >= MIN_SCORE + 20
    ]


def _each_clear_on_its_own(close: list[_Hit]) -> _Hit | None:
    """The first of several customers each named clearly by its own stretch of the message."""

    def overlap(a: _Hit, b: _Hit) -> bool:
        return a.candidate.start < b.candidate.end and b.candidate.start < a.candidate.end

    # Where a stretch is one customer's own alias ("华为"), names that merely start with it step aside,
    # and so does a look-alike read with a slip from words that name another customer exactly
    # ("galloway printing" is Galloway Printing, not Calloway Printing one letter off).
    owned = [h for h in close if (h.match.field == "alias" and _typed_in_full(h)) or _named_exactly(h)]
    kept = [
        h
        for h in close
        if h in owned or not any(overlap(h, o) and (h.edits or o.match.field == "alias") for o in owned)
    ]
    strong = [h for h in kept if h.match.field in ("name", "alias") and h.match.score >= EXACT_SCORE - 4.5]
    if len(strong) < 2 or len(strong) != len(kept):
        return None
    if any(overlap(a, b) for i, a in enumerate(strong) for b in strong[i + 1 :]):
        return None  # two customers read from the same words: unclear
    return min(strong, key=lambda h: h.candidate.start)


def _named_exactly(hit: _Hit) -> bool:
    return hit.match.field == "name" and not hit.partial and hit.match.score >= EXACT_SCORE


def _picked(ctx: Ctx, reading: Reading) -> Found | None:
    """An answer to an earlier question about this message (asked about a mention or a stretch)."""
    if not any(key.startswith("customer:") for key in ctx.picks):
        return None
    mentioned = [
        Candidate(reading.text[m.start : m.end], m.start, m.end, True) for m in _mentions(ctx, reading)
    ]
    for candidate in mentioned + _ordered(reading.candidates):
        key = customer_key(candidate.text)
        if key in ctx.picks:  # a new one is created with its name as typed
            customer = resolve_customer(ctx, reading.typed(candidate.text, candidate.start))
            return Found(customer, candidate.start, candidate.end, "picked", certainty=Certainty.PICKED)
    return None


def _names_a_customer(ctx: Ctx, reading: Reading, name: str) -> bool:
    """ "Acme Corp: ..." names its customer before the colon; "tom reyes cell: ..." does not (a contact
    and more words), nor does "add-on at northgate health: ..." or "北方汽配新商机：..." (a known name
    and more words): then the customer is found in the whole message like any other."""
    if customer_key(name) in ctx.picks:
        return True
    matches = ctx.store.search.customers(name, limit=3)
    decision = decide(matches)
    if decision.winner is not None:
        return decision.winner.field in NAME_FIELDS
    start = reading.text.find(name)
    inside = [
        m
        for m in _mentions(ctx, reading)
        if m.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT)
        and not (m.partial or m.edits)
        and start <= m.start
        and m.end <= start + len(name)
        and m.end - m.start < len(name)
    ]
    if inside:
        return False
    if not matches:  # nobody by that name: "Zephyr: …" is one to create, "quick recap of the week: …" is not
        return len(name.split()) == 1 or reading.new_customer or looks_like_company(name, reading, start)
    return not any(m.field == "contact" for m in matches)


def locate_customer(ctx: Ctx, reading: Reading, *, needed: bool) -> Found | None:
    """The customer the message is about; asks when unsure; None when it names none."""
    if reading.explicit_name and _names_a_customer(ctx, reading, reading.explicit_name):
        start = reading.text.find(reading.explicit_name)
        customer = resolve_customer(ctx, reading.typed(reading.explicit_name, start))
        end = start + len(reading.explicit_name)
        if link_log.recording():
            link_log.record({"how": "explicit", "customer": customer.name, "decision": "stored"})
        return Found(customer, 0, end, "explicit", certainty=Certainty.PICKED)
    picked = _picked(ctx, reading)
    if picked is not None:
        return picked
    mentions = _mentions(ctx, reading)
    hits = _best_hits(ctx, reading, mentions)
    named = [h for h in hits.values() if h.match.field in NAME_FIELDS]
    close: list[_Hit] = []
    for group in (named, list(hits.values())):  # a company's own name first, then its people too
        if not group:
            continue
        winner, close = _decide_among(ctx, reading, group)
        if winner is not None and _in_passing(ctx, reading, winner):
            if not _work_besides(ctx, reading, winner):
                _note(reading, hits, mentions, winner, "passed")
                return None  # "fresh start tomorrow, today was a write-off": words of a sentence
            _note(reading, hits, mentions, winner, "asked_passing")
            _ask(ctx, reading, [winner])  # "had a good day at the fair, they want a quote": Good Day Ltd?
        people = _people_called_so(hits, winner) if winner is not None else []
        if winner is not None and people and (needed or reading.steps):
            _note(reading, hits, mentions, winner, "asked_people")
            _ask(
                ctx, reading, [winner, *people]
            )  # "call austin back": Austin Kitchen Supply, or Austin Reyes?
        if winner is not None:
            _note(reading, hits, mentions, winner, "stored")
            customer = ctx.store.customers.require(winner.match.customer_id)
            a, b = winner.candidate.start, winner.candidate.end
            return Found(customer, a, b, winner.match.field, certainty=winner.certainty)
    if close and (needed or reading.steps):  # "redfern wants a call next week": whose plan is it?
        _note(reading, hits, mentions, close[0], "asked_close", close)
        _ask(ctx, reading, close)
    if not hits and (needed or reading.steps):
        _ask_fallback(ctx, reading)  # "hwjs 那边下周见面": the initials of 华为技术, asked, never stored
    if not needed:
        return None
    if reading.candidates:
        _offer_new(ctx, reading)
    return None


def link_features(
    reading: Reading, hits: dict[int, _Hit], mentions: list[Mention], top: _Hit
) -> link_log.LinkRecord:
    """What a link of `top`'s customer to the message looks like (`link_log`, for the benchmarks): how it
    matched, the margin to the next customer, whether its words are everyday words or also call another
    customer or another customer's contact, whether its people or deals are named too, how many customers
    the message names clearly."""
    a, b = top.candidate.start, top.candidate.end
    typed = reading.text[a:b]
    mine = top.match.customer_id
    others = [h for h in hits.values() if h.match.customer_id != mine]
    overlapping = [h for h in others if h.candidate.start < b and a < h.candidate.end]
    runner = max((h.match.score for h in others), default=0.0)
    cjk = bool(CJK.search(typed))
    latin = _LATIN_WORD.findall(typed)
    clear = {
        h.match.customer_id
        for h in hits.values()
        if h.match.field in ("name", "alias") and h.match.score >= CLEAR_SCORE and not h.partial
    }
    before = reading.text[:a].strip()
    return {
        "customer_id": mine,
        "customer": top.match.name,
        "words": typed,
        "how": top.certainty.value,
        "field": top.match.field,
        "score": round(top.match.score, 1),
        "margin": round(top.match.score - runner, 1),
        "rivals": sum(1 for h in others if h.match.score >= top.match.score - 2 * CLEAR_MARGIN),
        "chars": len(typed),
        "words_n": 1 if cjk else len(typed.split()),
        "first": not before or before[-1] in ".!?。！？:：",
        "script": "zh" if cjk else "en",
        "common": (len(typed) <= 2) if cjk else bool(latin) and all(is_english_word(w) for w in latin),
        "everyday": not cjk and everyday_words(latin),
        "capital": any(c.isupper() for c in typed),
        "edits": top.edits,
        "shared": any(h.match.field in ("name", "alias") for h in overlapping),
        "contact_other": any(h.match.field == "contact" for h in overlapping),
        "supported": any(
            m.customer_id == mine and m.evidence in _SUPPORT and not (a < m.end and m.start < b)
            for m in mentions
        ),
        "customers": len(clear | {mine}),
    }


def _note(
    reading: Reading,
    hits: dict[int, _Hit],
    mentions: list[Mention],
    top: _Hit,
    decision: str,
    close: list[_Hit] | None = None,
) -> None:
    """Record a link the linker made or asked about, for the benchmarks (`link_log.collected`)."""
    if not link_log.recording():
        return
    features = link_features(reading, hits, mentions, top)
    options = [h.match.name for h in close or [top]]
    link_log.record({**features, "decision": decision, "options": list(dict.fromkeys(options))})
    for hit in hits.values():  # the customers it considered and did not take: how they look too
        if hit.match.customer_id != top.match.customer_id:
            link_log.record({**link_features(reading, hits, mentions, hit), "decision": "candidate"})


# Words right before a name that make it the thing acted on ("at", "visited", "lost"), and words right
# after it that make it the one acting ("wants", "signed", "moved to", an amount, "'s", a colon).
_ACTED_ON = re.compile(
    r"\b(?:at|with|from|for|to|and|visit(?:ed)?|call(?:ed)?|met|meet|email(?:ed)?|phoned|rang|ring|ping(?:ed)?|"
    r"text(?:ed)?|chased?|saw|see|won|lost|signed|quoted|invoiced|onboarded)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACTING = re.compile(
    r"^(?:['’]s\b|\s*[:：(（-]|\s*\d|\s+(?:\w+ed|wants?|needs?|says|said|asks|signs|renews|orders|deals?|quotes?|"
    r"contract|order|invoice|po|renewal|meeting|call|demo|pricing|proposal|account|team|people|guys|folks|"
    r"up|down|is\s+(?:in|out|on|interested|keen|happy|ready)|are\s+(?:in|out|on|interested|keen|happy|ready))\b)",
    re.IGNORECASE,
)


def _in_passing(ctx: Ctx, reading: Reading, hit: _Hit) -> bool:
    """A customer named with everyday words, read where those words are just words of the sentence:
    lower case, every word common English ("fresh start", "blue sky", "good day"), nothing before it
    that acts on a company and nothing after it that a company does, and none of its people or deals
    named in the message. ("Blue Sky signed", "at fresh start", "fresh start wants a quote" are names.)"""
    a, b = hit.candidate.start, hit.candidate.end
    typed = reading.text[a:b]
    if CJK.search(typed) or hit.match.field not in ("name", "alias") or hit.certainty == Certainty.TYPO:
        return False
    sentence_start = not reading.text[:a].strip() or reading.text[:a].rstrip()[-1] in ".!?。！？"
    capitals = [i for i, char in enumerate(typed) if char.isupper()]
    if capitals and capitals != ([0] if sentence_start else []):
        return False  # "Fresh Start" or "FRESH START": written as a name
    if not everyday_words(_LATIN_WORD.findall(typed)):
        return False
    if _ACTED_ON.search(reading.text[max(0, a - 20) : a]) or _ACTING.match(reading.text[b:]):
        return False
    # its person or its deal named too ("on point scanners: down to 38k"): the customer is meant
    return not (
        _supported(ctx, reading, [hit]) or _by_contact(ctx, reading, [hit]) or _by_deal(ctx, reading, [hit])
    )


def _people_called_so(hits: dict[int, _Hit], winner: _Hit) -> list[_Hit]:
    """Other customers' contacts called by the very word that only starts the winner's name ("austin":
    Austin Kitchen Supply, or Austin Reyes at Bright Idea): as likely a person as that company."""
    if winner.certainty != Certainty.PARTIAL:
        return []
    a, b = winner.candidate.start, winner.candidate.end
    return [
        h
        for h in hits.values()
        if h.match.customer_id != winner.match.customer_id
        and h.match.field == "contact"
        and h.candidate.start <= a
        and b <= h.candidate.end
    ]


def _work_besides(ctx: Ctx, reading: Reading, hit: _Hit) -> bool:
    """Whether the message says something to store apart from the words that may name a customer."""
    rest = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
    return bool(reading.kind or reading.about_deal or reading.persons or lx.WORK_CONTENT.search(rest))


def other_customers(ctx: Ctx, reading: Reading, found: Found) -> tuple[list[Found], list[str]]:
    """Further customers the message names as clearly as a name can be (whole name or alias, apart from
    the first one and from people), for messages about two customers at once.

    A further customer named less clearly (a slip, the first words of a longer name, a name two
    customers share) is not stored on a guess, nor dropped unseen: its words go to `reading.doubts`,
    so the plan is shown before anything is stored ("called globex and umbrela")."""
    if found.start < 0:
        return []
    persons = [(s, e) for _, s, e in reading.persons]
    moved_to = [n.joins for n in read_news(reading.text, reading.people) if n.joins]  # a contact went there
    others: dict[int, Found] = {}
    unsure: list[str] = []
    taken = [(found.start, found.end)]
    hits = list(_best_hits(ctx, reading).values())
    supported = _supported(ctx, reading, hits)  # "greta (schlumbach)": her company, named by its first word
    for hit in sorted(hits, key=lambda h: -h.match.score):
        a, b = hit.candidate.start, hit.candidate.end
        mine = hit.match.customer_id == found.customer.id
        if not mine and hit.match.score >= MIN_SCORE + 20 and _either_or(reading, found, hit):
            if found.field == "picked":
                return []  # answered: the one picked, not both
            first = next((h for h in hits if h.match.customer_id == found.customer.id), None)
            _ask(ctx, reading, [h for h in (first, hit) if h is not None])
        if (
            mine
            or hit.match.field not in ("name", "alias")
            or _in_passing(ctx, reading, hit)  # "won acme, good day all round": Good Day Ltd is not meant
            or any(s < b and a < e for s, e in taken + moved_to)
            or any(s < b and a < e and not _the_name_itself(hit, s, e) for s, e in persons)
        ):
            continue
        rivals = [
            h
            for h in hits
            if h.match.customer_id != hit.match.customer_id and h.candidate.start < b and a < h.candidate.end
        ]
        if (
            hit.match.score < EXACT_SCORE - 4.5
            or (hit.partial and hit not in supported)
            or any(r.match.score >= hit.match.score - CLEAR_MARGIN and r.edits <= hit.edits for r in rivals)
        ):  # "umbrela", "summit" for Summit Partners, "acme" when two customers are called so
            named = hit.match.score >= MIN_SCORE + 20 and hit.candidate.strong and _a_slip_of(hit)
            if named and hit.match.customer_id not in others:
                unsure.append(f"{reading.original[a:b].strip()} = {hit.match.name}")
                taken.append((a, b))
            continue
        customer = ctx.store.customers.require(hit.match.customer_id)
        if link_log.recording():
            features = link_features(reading, {h.match.customer_id: h for h in hits}, [], hit)
            link_log.record({**features, "decision": "stored_other"})
        others[customer.id] = Found(customer, a, b, hit.match.field, certainty=hit.certainty)
        taken.append((a, b))
    return list(others.values()), list(dict.fromkeys(unsure))


def _the_name_itself(hit: _Hit, start: int, end: int) -> bool:
    """ "called acme, emailed globex": the "person" emailed is a customer's whole name or alias (or in it)."""
    inside = hit.candidate.start <= start and end <= hit.candidate.end
    return inside and hit.match.score >= EXACT_SCORE and not hit.partial


def _a_slip_of(hit: _Hit) -> bool:
    """Whether words that name a customer less clearly look meant as its name: not English words of their
    own ("video" is no Vireo, "signature" no Signature Homes, "pacific rim" may be the ocean's), not a
    common two-character Chinese word ("顺利" is no 顺利物流), and a slip starts as the name does
    ("calder" is no Alder)."""
    words = hit.candidate.text.strip()
    if CJK.match(words):
        return len(words) >= 3
    if all(is_english_word(w) for w in words.split()):
        return False
    return not hit.edits or words[:1].lower() == hit.match.name[:1].lower()


_EITHER_OR = re.compile(
    r"[\s.…,，]*(?:还是说|还是|或者是|或者|或是|或|\bor\b(?:\s+(?:was\s+it|is\s+it|maybe|perhaps))?|/)[\s.…,，]*",
    re.IGNORECASE,
)


def _either_or(reading: Reading, found: Found, hit: _Hit) -> bool:
    """ "金鼎还是金顶来着": the user is not sure which of two customers it was."""
    a, b = sorted([(found.start, found.end), (hit.candidate.start, hit.candidate.end)])
    return bool(_EITHER_OR.fullmatch(reading.text[a[1] : b[0]]))


def _ask(ctx: Ctx, reading: Reading, close: list[_Hit]) -> None:
    query = reading.typed(close[0].candidate.text, close[0].candidate.start)
    options = []
    seen: set[int] = set()
    for hit in close:
        if hit.match.customer_id in seen:
            continue
        seen.add(hit.match.customer_id)
        label = hit.match.name
        if hit.match.field == "contact":
            label = f"{hit.match.name} ({hit.match.matched})"
        options.append(Option(label, hit.match.customer_id))
    if len(options) == 1 and close[0].match.score >= CLEAR_SCORE - CLEAR_MARGIN and reading.about_work:
        # One plausible customer, a little unsure (a typo): still ask, but say what we think.
        question = ctx._("Did you mean {name}?", name=options[0].label)
    else:
        question = ctx._("Which customer do you mean by “{name}”?", name=query)
    if looks_like_company(close[0].candidate.text, reading, close[0].candidate.start):  # not "hwjs"
        options.append(Option(ctx._("New customer “{name}”", name=query), NEW))
    raise NeedChoice(customer_key(query), question, options)


FALLBACK_SCORE = MIN_SCORE + 20  # the search score from which a stretch no known form matches is asked about
FALLBACK_TRIES = 6  # stretches searched at most (each search costs a few milliseconds)
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _ask_fallback(ctx: Ctx, reading: Reading) -> None:
    """When no known form of any customer is in the message, the search index may still find one for a
    stretch that looks like a name the rep meant: initials ("hwjs" for 华为技术), heavier typos ("whtcmb
    enginering") or pinyin typed with a slip. Such a match is a guess, so it is asked about ("Did you
    mean …?"), never stored; the answer re-runs the message with the customer picked."""
    best: tuple[Candidate, list[CustomerMatch]] | None = None
    tried = 0
    for candidate in _ordered(reading.candidates):  # a Latin "person" may be a name too ("met with whtcmb")
        if tried >= FALLBACK_TRIES:
            break
        if not _meant_as_name(candidate):
            continue
        tried += 1
        found = ctx.store.search.customers(candidate.text, limit=5)
        matches = [m for m in found if m.score >= FALLBACK_SCORE]
        if matches and (best is None or _fuller(candidate, matches, *best)):
            best = (candidate, matches)
    if best is None:
        return
    candidate, matches = best
    typed = reading.typed(candidate.text, candidate.start)
    top = matches[0].score
    if link_log.recording():
        link_log.record(
            {"how": "fallback", "customer": matches[0].name, "score": top, "decision": "asked_fallback"}
        )
    options = [Option(match_label(m), m.customer_id) for m in matches if m.score >= top - CLEAR_MARGIN][:4]
    if len(options) == 1:
        question = ctx._("Did you mean {name}?", name=options[0].label)
    else:
        question = ctx._("Which customer do you mean by “{name}”?", name=typed)
    if looks_like_company(candidate.text, reading, candidate.start):
        options.append(Option(ctx._("New customer “{name}”", name=typed), NEW))
    raise NeedChoice(customer_key(candidate.text), question, options)


def _fuller(
    candidate: Candidate, matches: list[CustomerMatch], other: Candidate, its: list[CustomerMatch]
) -> bool:
    """The longer stretch wins ("whtcmb engneering" over its word "engneering"), then the better score."""
    return (len(candidate.text), matches[0].score) > (len(other.text), its[0].score)


def _meant_as_name(candidate: Candidate) -> bool:
    """A stretch worth a search when nothing known matched: Latin text with a word that is no English
    word nor one of ours ("hwjs", "whtcmb"), or Chinese in a place where names stand (拜访了…, …的)."""
    if CJK.search(candidate.text):
        return candidate.strong and not candidate.cut and len(candidate.text) >= 3
    words = _LATIN_WORD.findall(candidate.text)
    return any(len(w) >= 3 and w.lower() not in lx.STOPWORDS and not is_english_word(w) for w in words)


_LATIN_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "la", "von", "van", "der", "y", "du", "und"})
_CJK_COMPANY_ENDS = tuple(sorted({*CJK_SUFFIXES, *COMPANY_WORDS}, key=len, reverse=True))


def looks_like_company(text: str, reading: Reading, start: int) -> bool:
    """Whether words nobody knows look like a company's name, worth offering to create: several
    capitalised words ("Zephyr Analytics"), a name with its legal form ("zephyr gmbh"), one capitalised
    word inside a sentence ("visited Zephyr"; people are left out before), or Chinese ending in a company
    word (蓝鲸科技, 蓝鲸有限公司).
    Not "quick note", "新客户", "今天跑了三家", "globex chose a competitor"."""
    if CJK.search(text):
        return len(text) >= 4 and text.endswith(_CJK_COMPANY_ENDS)
    words = [w for w in text.split() if w.lower() not in _LATIN_CONNECTORS]
    if not words or all(w.lower() in lx.STOPWORDS for w in words):
        return False
    if words[-1].lower().strip(".") in LEGAL_SUFFIXES and len(words) > 1:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    sentence_start = not reading.text[:start].strip() or reading.text[:start].rstrip()[-1] in ".!?。！？"
    return capitalised and (len(words) > 1 or not sentence_start or reading.at_before(start))


def name_guess(reading: Reading) -> str | None:
    """The stretch most likely to be a new customer's name, for the offer to create it; only text
    that looks like a company's name (see `looks_like_company`), or any strong stretch after
    "new customer"."""
    person_spans = [(s, e) for _, s, e in reading.persons]
    for candidate in _ordered(reading.candidates):
        if not candidate.strong:
            continue
        if not (reading.new_customer or looks_like_company(candidate.text, reading, candidate.start)):
            continue
        if any(s <= candidate.start and candidate.end <= e for s, e in person_spans):
            continue
        return reading.typed(candidate.text, candidate.start)
    return None


def _offer_new(ctx: Ctx, reading: Reading) -> None:
    name = name_guess(reading)
    if name is None:
        return
    raise NeedChoice(
        customer_key(name),
        ctx._("I don't know a customer called “{name}” yet. Create it?", name=name),
        [Option(ctx._("Create “{name}”", name=name), NEW)],
    )


def require_customer(ctx: Ctx, reading: Reading) -> Found:
    found = locate_customer(ctx, reading, needed=True)
    if found is None:
        raise UserError(
            ctx._(
                "Which customer was that about? Put the name first, e.g. Acme: called Jane, no answer",
            )
        )
    return found
