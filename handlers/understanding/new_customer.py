"""Words nobody knows that look like a company's name: offered to create as a new customer, nothing else
("quick note", "新客户", "今天跑了三家" are no company)."""

from __future__ import annotations

from crm_store.search.gazetteer import COMPANY_WORDS
from crm_store.search.normalize import CJK_SUFFIXES, LEGAL_SUFFIXES
from handlers.context import Ctx
from handlers.questions import NeedChoice, Option
from handlers.resolve import (
    NEW,
    customer_key,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import ordered
from handlers.understanding.reading import CJK, Reading

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
