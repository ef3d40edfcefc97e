"""Asking which customer the message means: among close candidates, or, when no known form matched,
the search index's guess for a stretch that looks like a name (initials, heavy typos): asked, never
stored."""

from __future__ import annotations

from crm_store.search import CustomerMatch
from crm_store.search.everyday import is_english_word
from handlers.context import Ctx
from handlers.domain.contacts import contacts_named
from handlers.questions import NeedChoice, Option
from handlers.resolve import (
    CLEAR_MARGIN,
    CLEAR_SCORE,
    MIN_SCORE,
    NEW,
    customer_key,
    match_label,
)
from handlers.understanding import lexicon as lx
from handlers.understanding import link_log
from handlers.understanding.customer_link import LATIN_WORD, Certainty, Found, Hit, ordered
from handlers.understanding.new_customer import looks_like_company
from handlers.understanding.reading import CJK, Candidate, Reading


def ask(ctx: Ctx, reading: Reading, close: list[Hit]) -> None:
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
    if reading.new_customer or looks_like_company(close[0].candidate.text, reading, close[0].candidate.start):
        options.append(Option(ctx._("New customer “{name}”", name=query), NEW))  # not "hwjs"
    raise NeedChoice(customer_key(query), question, options)


FALLBACK_SCORE = MIN_SCORE + 20  # the search score from which a stretch no known form matches is asked about


FALLBACK_TRIES = 6  # stretches searched at most (each search costs a few milliseconds)


def ask_fallback(ctx: Ctx, reading: Reading) -> Found | None:
    """When no known form of any customer is in the message, the search index may still find one for a
    stretch that looks like a name the rep meant: initials ("hwjs" for 华为技术), heavier typos ("whtcmb
    enginering") or pinyin typed with a slip. Such a match is a guess, so it is asked about ("Did you
    mean …?"), never stored; the answer re-runs the message with the customer picked. Unless the guess
    is the only one and the message names one of its people too ("met ma'am Tess sa Bayfront": Theresa
    Villanueva of Manila Bayfront Hotels): two signs of one customer settle it (returned)."""
    best: tuple[Candidate, list[CustomerMatch]] | None = None
    tried = 0
    for candidate in ordered(reading.candidates):  # a Latin "person" may be a name too ("met with whtcmb")
        if tried >= FALLBACK_TRIES:
            break
        if not meant_as_name(candidate):
            continue
        tried += 1
        found = ctx.store.search.customers(candidate.text, limit=5)
        matches = [m for m in found if m.score >= FALLBACK_SCORE]
        if matches and (best is None or _fuller(candidate, matches, *best)):
            best = (candidate, matches)
    if best is None:
        return None
    candidate, matches = best
    typed = reading.typed(candidate.text, candidate.start)
    top = matches[0].score
    if link_log.recording():
        link_log.record(
            {"how": "fallback", "customer": matches[0].name, "score": top, "decision": "asked_fallback"}
        )
    options = [Option(match_label(m), m.customer_id) for m in matches if m.score >= top - CLEAR_MARGIN][:4]
    if len(options) == 1:
        customer = ctx.store.customers.require(matches[0].customer_id)
        if contacts_named(ctx, customer, reading.text):
            return Found(customer, candidate.start, candidate.end, "contact", certainty=Certainty.CONTACT)
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


def meant_as_name(candidate: Candidate) -> bool:
    """A stretch worth a search when nothing known matched: Latin text with a word that is no English
    word nor one of ours ("hwjs", "whtcmb"), or Chinese in a place where names stand (拜访了…, …的)."""
    if CJK.search(candidate.text):
        return candidate.strong and not candidate.cut and len(candidate.text) >= 3
    words = LATIN_WORD.findall(candidate.text)
    return any(len(w) >= 3 and w.lower() not in lx.STOPWORDS and not is_english_word(w) for w in words)
