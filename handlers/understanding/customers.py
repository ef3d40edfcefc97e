"""Which customer a free-text message is about, found through the search index and its scores.

Each stretch of the message that may name a customer is searched. A company's own name or
alias beats a contact's name; one clear winner is used, close candidates are asked about with
buttons (`NeedChoice`, the message is re-run with the answer), and a name nobody matches is
offered for creation when the message is about work.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from crm_store.models import Customer
from crm_store.search import CustomerMatch, normalize_name
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
    resolve_customer,
)
from handlers.understanding.reading import Candidate, Reading

MAX_SEARCHES = 24  # per message; candidates are ordered so the likely names come first
NAME_FIELDS = ("name", "alias", "phone")


@dataclass(frozen=True)
class Found:
    customer: Customer
    start: int  # where the message names it (-1: not in the text, e.g. picked from buttons)
    end: int
    field: str  # how it matched: name, alias, contact, phone, explicit, picked


@dataclass(frozen=True)
class _Hit:
    match: CustomerMatch
    candidate: Candidate


def _ordered(candidates: list[Candidate]) -> list[Candidate]:
    """Strong (name-like) stretches first, longer before shorter, earlier before later."""
    return sorted(candidates, key=lambda c: (not c.strong, -(c.end - c.start), c.start))


def _credible(candidate: Candidate, match: CustomerMatch) -> CustomerMatch | None:
    """Adjust a search score by how the stretch fits what it matched.

    A stretch that is a whole word of the matched name ("Megan" for "Megan Bowen") is as good
    as a clear match; a piece cut out of a run of Chinese characters must start the name it
    matched ("华为" in 华为技术, not "东方" in 京东方), else it is a coincidence.
    """
    query = normalize_name(candidate.text)
    matched = normalize_name(match.matched)
    if candidate.cut and not (matched.startswith(query) or query.startswith(matched)):
        return None
    words = matched.split()
    distinctive = bool(words) and (query == words[0] or candidate.strong)  # not "line" of Top Line Printing
    if query and query in words and distinctive and match.score < CLEAR_SCORE:
        return replace(match, score=CLEAR_SCORE)
    return match


def _best_hits(ctx: Ctx, reading: Reading) -> dict[int, _Hit]:
    """The best-scoring stretch per customer."""
    cache: dict[str, list[CustomerMatch]] = {}
    best: dict[int, _Hit] = {}
    for candidate in _ordered(reading.candidates)[:MAX_SEARCHES]:
        query = candidate.text.strip()
        if query.lower() not in cache:
            cache[query.lower()] = ctx.store.search.customers(query, limit=5)
        for found in cache[query.lower()]:
            match = _credible(candidate, found) if found.score >= MIN_SCORE else None
            if match is None:
                continue
            known = best.get(match.customer_id)
            better = known is None or (match.score, len(candidate.text)) > (
                known.match.score,
                len(known.candidate.text),
            )
            if better:
                best[match.customer_id] = _Hit(match, candidate)
    return _longest_matches(best)


def _longest_matches(hits: dict[int, _Hit]) -> dict[int, _Hit]:
    """Drop customers found only by a piece of a longer stretch that clearly names another one.

    "blue harbor" names Blue Harbor Seafood; its piece "harbor" matching Harbor Foods is a coincidence,
    and so is "acme" (Acme Corp) inside "acme industrial" (Acme Industrial Supply).
    """
    clear = [h for h in hits.values() if h.match.score >= CLEAR_SCORE]

    def inside(hit: _Hit, other: _Hit) -> bool:
        a, b = hit.candidate, other.candidate
        return b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)

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
        return _by_contact(ctx, reading, close) or _by_deal(ctx, reading, close), close
    if decision.winner is None:
        return None, close
    return hits[0], hits


def _each_clear_on_its_own(close: list[_Hit]) -> _Hit | None:
    """The first of several customers each named clearly by its own stretch of the message."""

    def overlap(a: _Hit, b: _Hit) -> bool:
        return a.candidate.start < b.candidate.end and b.candidate.start < a.candidate.end

    # Where a stretch is one customer's own alias ("华为"), names that merely start with it step aside.
    owned = [h for h in close if h.match.field == "alias" and _typed_in_full(h)]
    kept = [h for h in close if h in owned or not any(overlap(h, o) for o in owned)]
    strong = [h for h in kept if h.match.field in ("name", "alias") and h.match.score >= EXACT_SCORE - 4.5]
    if len(strong) < 2 or len(strong) != len(kept):
        return None
    if any(overlap(a, b) for i, a in enumerate(strong) for b in strong[i + 1 :]):
        return None  # two customers read from the same words: unclear
    return min(strong, key=lambda h: h.candidate.start)


def _picked(ctx: Ctx, reading: Reading) -> Found | None:
    """An answer to an earlier question about this message."""
    for candidate in _ordered(reading.candidates):
        key = customer_key(candidate.text)
        if key in ctx.picks:
            customer = resolve_customer(ctx, candidate.text)
            return Found(customer, candidate.start, candidate.end, "picked")
    return None


def _names_a_customer(ctx: Ctx, name: str) -> bool:
    """ "Acme Corp: ..." names its customer before the colon; "tom reyes cell: ..." does not (a contact
    and more words): then the customer is found in the whole message like any other."""
    if customer_key(name) in ctx.picks:
        return True
    matches = ctx.store.search.customers(name, limit=3)
    decision = decide(matches)
    if decision.winner is not None:
        return decision.winner.field in NAME_FIELDS
    return not any(m.field == "contact" for m in matches)


def locate_customer(ctx: Ctx, reading: Reading, *, needed: bool) -> Found | None:
    """The customer the message is about; asks when unsure; None when it names none."""
    if reading.explicit_name and _names_a_customer(ctx, reading.explicit_name):
        customer = resolve_customer(ctx, reading.explicit_name)
        return Found(
            customer, 0, reading.text.find(reading.explicit_name) + len(reading.explicit_name), "explicit"
        )
    picked = _picked(ctx, reading)
    if picked is not None:
        return picked
    hits = _best_hits(ctx, reading)
    named = [h for h in hits.values() if h.match.field in NAME_FIELDS]
    close: list[_Hit] = []
    for group in (named, list(hits.values())):  # a company's own name first, then its people too
        if not group:
            continue
        winner, close = _decide_among(ctx, reading, group)
        if winner is not None:
            customer = ctx.store.customers.require(winner.match.customer_id)
            return Found(customer, winner.candidate.start, winner.candidate.end, winner.match.field)
    if not needed:
        return None
    if close:
        _ask(ctx, reading, close)
    if reading.candidates:
        _offer_new(ctx, reading)
    return None


def other_customers(ctx: Ctx, reading: Reading, found: Found) -> list[Found]:
    """Further customers the message names as clearly as a name can be (whole name or alias, apart from
    the first one and from people), for messages about two customers at once."""
    if found.start < 0:
        return []
    persons = [(s, e) for _, s, e in reading.persons]
    others: dict[int, Found] = {}
    taken = [(found.start, found.end)]
    hits = list(_best_hits(ctx, reading).values())
    for hit in sorted(hits, key=lambda h: -h.match.score):
        a, b = hit.candidate.start, hit.candidate.end
        if (
            hit.match.customer_id == found.customer.id
            or hit.match.field not in ("name", "alias")
            or hit.match.score < EXACT_SCORE - 4.5
            or any(s < b and a < e for s, e in taken + persons)
        ):
            continue
        rivals = [
            h
            for h in hits
            if h.match.customer_id != hit.match.customer_id and h.candidate.start < b and a < h.candidate.end
        ]
        if any(r.match.score >= hit.match.score - CLEAR_MARGIN for r in rivals):
            continue  # "acme" names two customers: not clear enough to add a record
        customer = ctx.store.customers.require(hit.match.customer_id)
        others[customer.id] = Found(customer, a, b, hit.match.field)
        taken.append((a, b))
    return list(others.values())


def _ask(ctx: Ctx, reading: Reading, close: list[_Hit]) -> None:
    query = close[0].candidate.text
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
    options.append(Option(ctx._("New customer “{name}”", name=query), NEW))
    raise NeedChoice(customer_key(query), question, options)


def name_guess(reading: Reading) -> str | None:
    """The stretch most likely to be a new customer's name, for the offer to create it."""
    person_spans = [(s, e) for _, s, e in reading.persons]
    for candidate in _ordered(reading.candidates):
        if not candidate.strong:
            continue
        if any(s <= candidate.start and candidate.end <= e for s, e in person_spans):
            continue
        return candidate.text
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
