"""Words nobody knows that look like a company's name: offered to create as a new customer, nothing else
("quick note", "新客户", "今天跑了三家" are no company)."""

from __future__ import annotations

import re
from dataclasses import replace

from crm_store.models import Customer
from crm_store.search import normalize_name
from crm_store.search.gazetteer import COMPANY_WORDS
from crm_store.search.normalize import CJK_SUFFIXES, LEGAL_SUFFIXES
from handlers.context import Ctx
from handlers.questions import NeedChoice, Option
from handlers.resolve import (
    NEW,
    customer_key,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import Hit, ordered
from handlers.understanding.reading import CJK, Candidate, Reading

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
    for candidate in ordered(reading.candidates):
        if not candidate.strong:
            continue
        if not (reading.new_customer or looks_like_company(candidate.text, reading, candidate.start)):
            continue
        if any(s <= candidate.start and candidate.end <= e for s, e in person_spans):
            continue
        return reading.typed(candidate.text, candidate.start)
    return None


def offer_new(ctx: Ctx, reading: Reading) -> None:
    name = name_guess(reading)
    if name is None:
        return
    raise NeedChoice(
        customer_key(name),
        ctx._("I don't know a customer called “{name}” yet. Create it?", name=name),
        [Option(ctx._("Create “{name}”", name=name), NEW)],
    )


# Said to be a new company, not a new deal: "new customer", "新客户" (a "new lead" may be a new deal at a
# known one)
_NEW_COMPANY = re.compile(r"\bnew\s+(?:customer|client|account|company)\b|新客户", re.IGNORECASE)


def said_new_but_known(ctx: Ctx, reading: Reading, hit: Hit) -> Hit | None:
    """A customer the message calls new ("new customer Kobe Kitchen Work", "hawkeye ag supplies inc - new
    lead", "新客户 仙桃鑫达无纺布厂") that an existing one's name matches, though not as the user typed
    it: the company's whole name as typed (the match and the name words around it) is not the known name
    or an alias, so it may be that one misspelt or another company. Returns the hit over the name as
    typed, to ask "Did you mean …?" with the new company as a choice; None when the name is typed as known
    ("new lead: Hawkeye Ag Supply, 20k" is a new deal there) or, after "new lead", only its first words."""
    if not reading.new_customer:
        return None
    if hit.match.field in ("name", "alias"):
        typed = _as_typed(reading, hit.candidate)
    else:  # "new customer: Cheltnam Spa Hotel Group, met Gemma": found by Gemma, the company named apart
        named = _company_named(reading, hit.candidate)
        if named is None:
            return None
        typed = named
    said = normalize_name(reading.typed(typed.text, typed.start))
    customer = ctx.store.customers.require(hit.match.customer_id)
    company = bool(_NEW_COMPANY.search(reading.text))
    if not said or any(_named_so(said, known, whole=company) for known in _names(customer)):
        return None
    return replace(hit, candidate=typed)


def _company_named(reading: Reading, found_by: Candidate) -> Candidate | None:
    """The company the message calls new, when the customer was found by other words (a contact): the
    first strong stretch of name words apart from those and from people's names."""
    person_spans = [(s, e) for _, s, e in reading.persons]
    for candidate in ordered(reading.candidates):
        if not candidate.strong or (candidate.start < found_by.end and found_by.start < candidate.end):
            continue
        if any(s < candidate.end and candidate.start < e for s, e in person_spans):
            continue
        if looks_like_company(candidate.text, reading, candidate.start):
            return candidate
    return None


def _as_typed(reading: Reading, candidate: Candidate) -> Candidate:
    """The longest stretch of name words holding the matched ones: "hawkeye ag supplies inc"."""
    holding = [c for c in reading.candidates if c.start <= candidate.start and candidate.end <= c.end]
    return max(holding, key=lambda c: (c.end - c.start, -c.start), default=candidate)


def _names(customer: Customer) -> list[str]:
    return [n for n in (normalize_name(x) for x in (customer.name, *(customer.aliases or []))) if n]


def _named_so(said: str, known: str, *, whole: bool) -> bool:
    """`said` is the known name, or (unless the whole name is needed) its first words."""
    if said == known or whole:
        return said == known
    return known.startswith(said if CJK.match(said) else said + " ")
