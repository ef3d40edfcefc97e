"""Which customer a free-text message is about, found through the search index and its scores.

Each stretch of the message that may name a customer is searched (`customer_link`). A name before a
colon or a customer picked from buttons comes first; then a company's own name or alias beats a
contact's name; one clear winner is used (`close_customers`), unless its words are everyday words or a
person's name as well (`words_or_person`); close candidates are asked about with buttons
(`which_customer`; the message is re-run with the answer), and a name nobody matches is offered for
creation when the message is about work (`new_customer`). Further customers of the same message:
`further_customers`.
"""

from __future__ import annotations

from crm_store.search.gazetteer import Evidence
from handlers.context import Ctx
from handlers.domain.contacts import mentioned_contact
from handlers.parsing.dates import find_when
from handlers.resolve import customer_key, decide, resolve_customer
from handlers.understanding import link_log
from handlers.understanding.close_customers import decide_among
from handlers.understanding.customer_link import (
    NAME_FIELDS,
    Certainty,
    Found,
    Hit,
    best_hits,
    mentions_of,
    ordered,
)
from handlers.understanding.family_and_title import customer_by_family_and_title
from handlers.understanding.link_features import note_link
from handlers.understanding.mixed_name import name_runs_into_another
from handlers.understanding.new_customer import (
    ask_named_otherwise,
    explicit_named_otherwise,
    looks_like_company,
    named_otherwise,
    offer_new,
    only_said_new,
)
from handlers.understanding.reading import Candidate, Reading
from handlers.understanding.which_customer import ask, ask_fallback
from handlers.understanding.words_or_person import in_passing, people_called_so, work_besides


def _picked(ctx: Ctx, reading: Reading) -> Found | None:
    """An answer to an earlier question about this message (asked about a mention or a stretch)."""
    if not any(key.startswith("customer:") for key in ctx.picks):
        return None
    mentioned = [
        Candidate(reading.text[m.start : m.end], m.start, m.end, True) for m in mentions_of(ctx, reading)
    ]
    for candidate in mentioned + ordered(reading.candidates):
        key = customer_key(candidate.text)
        if key in ctx.picks:  # a new one is created with its name as typed
            customer = resolve_customer(ctx, reading.typed(candidate.text, candidate.start))
            return Found(customer, candidate.start, candidate.end, "picked", certainty=Certainty.PICKED)
    return None


def _contact_tells(ctx: Ctx, rest: str, name: str) -> bool:
    """Whether the words after a heading that starts several customers' names ("Hazelton: …") name a
    known contact of exactly one of them: the one meant, as when the name is not a heading."""
    close = decide(ctx.store.search.customers(name, limit=8)).candidates
    theirs = [m for m in close if mentioned_contact(ctx, ctx.store.customers.require(m.customer_id), rest)]
    return len(theirs) == 1


def _names_a_customer(ctx: Ctx, reading: Reading, name: str) -> bool:
    """ "Acme Corp: ..." names its customer before the colon; "tom reyes cell: ..." does not (a contact
    and more words), nor does "add-on at northgate health: ..." or "北方汽配新商机：..." (a known name
    and more words): then the customer is found in the whole message like any other."""
    if customer_key(name) in ctx.picks:
        return True
    if only_said_new(name):
        return False  # "新客户：蓝鲸科技", "new lead: …": the customer is named after the heading
    matches = ctx.store.search.customers(name, limit=3)
    decision = decide(matches)
    if decision.winner is not None:
        return decision.winner.field in NAME_FIELDS
    start = reading.text.find(name)
    if len(decision.candidates) > 1 and _contact_tells(ctx, reading.text[start + len(name) :], name):
        return False  # "Hazelton: Alden says …" with four Hazeltons: Alden's, found in the whole message
    inside = [
        m
        for m in mentions_of(ctx, reading)
        if m.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT)
        and not (m.partial or m.edits)
        and start <= m.start
        and m.end <= start + len(name)
        and m.end - m.start < len(name)
    ]
    if inside:
        return False
    begun = {
        m.customer_id for m in mentions_of(ctx, reading) if start <= m.start and m.end <= start + len(name)
    }
    if begun and _deal_title_in(ctx, begun, name):
        return False  # "Campinas irrigation: new value …": the customer and its deal's title, found as said
    if not matches:  # nobody by that name: "Zephyr: …" is one to create, "quick recap of the week: …" is not
        if find_when(name, now=ctx.now, tz=ctx.tz) is not None:
            return False  # "今儿忙活一上午：先去…", "monday: …": when, not who
        return len(name.split()) == 1 or reading.new_customer or looks_like_company(name, reading, start)
    return not any(m.field == "contact" for m in matches)


def _deal_title_in(ctx: Ctx, customer_ids: set[int], heading: str) -> bool:
    """Whether the heading holds the title of an open deal of one of the customers its words start to name,
    a title not in that customer's name ("Campinas irrigation: new value R$ 850 mil")."""
    said = heading.lower()
    for customer in ctx.store.customers.by_ids(list(customer_ids)).values():
        deals = ctx.store.deals.for_customer(customer.id, open_only=True)
        name = customer.name.lower()
        if any(d.title and d.title.lower() in said and d.title.lower() not in name for d in deals):
            return True
    return False


def locate_customer(ctx: Ctx, reading: Reading, *, needed: bool, said_of: bool = False) -> Found | None:
    """The customer the message is about; asks when unsure; None when it names none. `said_of`: the
    message is read for something to store, so close customers it says something of are asked about
    even when nothing requires a customer ("apex wants the updated rate card" with two Apexes: one of
    them would get a note; which?)."""
    if reading.explicit_name and _names_a_customer(ctx, reading, reading.explicit_name):
        start = reading.text.find(reading.explicit_name)
        customer = resolve_customer(ctx, reading.typed(reading.explicit_name, start))
        end = start + len(reading.explicit_name)
        if customer_key(reading.explicit_name) not in ctx.picks and explicit_named_otherwise(
            ctx, reading.explicit_name, customer
        ):
            ask_named_otherwise(ctx, reading, customer, reading.typed(reading.explicit_name, start))
        if link_log.recording():
            link_log.record({"how": "explicit", "customer": customer.name, "decision": "stored"})
        return Found(customer, 0, end, "explicit", certainty=Certainty.PICKED)
    picked = _picked(ctx, reading)
    if picked is not None:
        return picked
    mentions = mentions_of(ctx, reading)
    hits = best_hits(ctx, reading, mentions)
    named = [h for h in hits.values() if h.match.field in NAME_FIELDS]
    close: list[Hit] = []
    for group in (named, list(hits.values())):  # a company's own name first, then its people too
        if not group:
            continue
        winner, close = decide_among(ctx, reading, group)
        if winner is not None and in_passing(ctx, reading, winner):
            if not work_besides(ctx, reading, winner):
                note_link(reading, hits, mentions, winner, "passed")
                return None  # "fresh start tomorrow, today was a write-off": words of a sentence
            note_link(reading, hits, mentions, winner, "asked_passing")
            ask(ctx, reading, [winner])  # "had a good day at the fair, they want a quote": Good Day Ltd?
        people = people_called_so(ctx, reading, hits, winner) if winner is not None else []
        if winner is not None and people and (needed or reading.steps):
            note_link(reading, hits, mentions, winner, "asked_people")
            ask(
                ctx, reading, [winner, *people]
            )  # "call austin back": Austin Kitchen Supply, or Austin Reyes?
        if winner is not None and (mixed := name_runs_into_another(ctx, reading, winner)) is not None:
            note_link(reading, hits, mentions, winner, "asked_mixed", [winner, mixed])
            ask(
                ctx, reading, [winner, mixed]
            )  # "ashby freight forwarding": Ashby Freight or Ashford Freight Forwarding?
        if winner is not None and (typed := named_otherwise(ctx, reading, winner)) is not None:
            note_link(reading, hits, mentions, winner, "asked_new")
            ask(ctx, reading, [typed])  # "new customer Kobe Kitchen Work": Kobe Kicchin Works, or a new one?
        if winner is not None:
            note_link(reading, hits, mentions, winner, "stored")
            customer = ctx.store.customers.require(winner.match.customer_id)
            a, b = winner.candidate.start, winner.candidate.end
            return Found(customer, a, b, winner.match.field, certainty=winner.certainty)
    if close and (needed or reading.steps or (said_of and work_besides(ctx, reading, close[0]))):
        # "redfern wants a call next week": whose plan is it?
        note_link(reading, hits, mentions, close[0], "asked_close", close)
        ask(ctx, reading, close)
    if not hits:
        by_family = customer_by_family_and_title(ctx, reading)  # "提醒我给邢总发方案": 邢海涛's customer
        if by_family is not None:
            return by_family
    if not hits and (needed or reading.steps):
        # "hwjs 那边下周见面": the initials of 华为技术, asked, never stored (unless a person of it is named)
        guessed = ask_fallback(ctx, reading)
        if guessed is not None:
            return guessed
    if not needed:
        return None
    if reading.candidates:
        offer_new(ctx, reading)
    return None
