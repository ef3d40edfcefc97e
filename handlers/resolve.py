"""What the user meant: one customer for a typed name (use a clear winner, ask when unsure, offer
to create), one of a customer's open deals, one of two readings of an amount, a time.

When the user must choose, `NeedChoice` stops the handler; the assistant rolls the message
back and asks (handlers.questions), and re-runs the whole message once the user has picked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from crm_store.models import Customer, Deal
from crm_store.search import CustomerMatch, normalize_name
from handlers.context import Ctx
from handlers.domain.customers import add_customer
from handlers.domain.which_deal import deals_meant
from handlers.errors import UserError
from handlers.labels import label
from handlers.parsing.amounts import Amount, find_amount
from handlers.parsing.commands import name_candidates, split_name
from handlers.parsing.dates import When, find_when
from handlers.parsing.holiday_calendar import (
    country_of,
    is_off,
    working_day_after,
    working_day_before,
)
from handlers.parsing.vocabulary import find_stage, stage_synonyms
from handlers.questions import DAY_KEY, NeedChoice, Option

# Scores come from `crm_store.search.scoring`: 100 is the whole name (case, accents and legal form
# aside), ~90-97 a distinctive fragment or one typo in a long word, below 88 a doubtful match.
CLEAR_SCORE = 88.0  # at or above: confident enough to use without asking...
CLEAR_MARGIN = 8.0  # ...when the runner-up is at least this far behind,
EXACT_SCORE = 99.5  # or when the whole name was typed and nothing else is a whole-name match
EXACT_MARGIN = 3.0  # (a longer name that merely starts the same way scores ~90-97)
MIN_SCORE = 60.0  # below: not a match at all
# A name typed outright ("tyrell: …", "/deal tyrell 5k") that no customer matches well is offered to
# create, not answered with unrelated customers. `benchmarks/search_offer_floor.py` on the search
# benchmark's organisation (1,000 customers, its query mix): the right customer scored from 60 to 70 for
# 3 of 1,498 queries, while 109 of 600 names of companies not in the list had their best match there.
OFFER_SCORE = 70.0
CHOICE_SPREAD = 20.0  # a question offers the matches within this many points of the best one
NEW = "new"


@dataclass(frozen=True)
class Decision:
    winner: CustomerMatch | None
    candidates: list[CustomerMatch]


def decide(matches: list[CustomerMatch], typed: str | None = None) -> Decision:
    """One clear winner, several close candidates, or nothing.

    With the `typed` text: words that start two customers' names ("acme" for Acme Corp and Acme
    Industrial Supply) name neither for sure, unless they are one customer's whole name or alias as
    written ("Acme Corp", "华为").
    """
    matches = sorted((m for m in matches if m.score >= MIN_SCORE), key=lambda m: -m.score)
    if not matches:
        return Decision(None, [])
    top = matches[0]
    matches = [m for m in matches if m.score >= top.score - CHOICE_SPREAD]
    lead = top.score - (matches[1].score if len(matches) > 1 else 0.0)
    exact = (top.score >= EXACT_SCORE and lead >= EXACT_MARGIN) or _whole_word(typed, top, matches)
    if top.score >= CLEAR_SCORE and (lead >= CLEAR_MARGIN or exact) and not _starts_two(typed, top, matches):
        return Decision(top, matches)
    return Decision(None, matches)


def _whole_word(typed: str | None, top: CustomerMatch, matches: list[CustomerMatch]) -> bool:
    """`typed` is one customer's whole name or alias as written and, for every other match, only the start
    of a longer single word ("TCW" is Tri-County Waste's alias; TCWA, another customer's, is another word):
    a word does not name what merely starts with it."""
    words = " ".join((typed or "").casefold().split())
    if not words or words != top.matched.casefold() or top.field not in ("name", "alias"):
        return False
    others = [m for m in matches if m.customer_id != top.customer_id]
    return bool(others) and all(
        len(m.matched.split()) == 1 and m.matched.casefold().startswith(words) and len(m.matched) > len(words)
        for m in others
    )


def _starts_two(typed: str | None, top: CustomerMatch, matches: list[CustomerMatch]) -> bool:
    words = " ".join((typed or "").casefold().split())
    if not words or words == top.matched.casefold():
        return False
    return any(
        m.customer_id != top.customer_id and m.score >= MIN_SCORE + 20 and m.name.casefold().startswith(words)
        for m in matches
    )


CUSTOMER_KEY = "customer:"  # picks under "customer:<name normalized>": the customer chosen for those words


def customer_key(query: str) -> str:
    return CUSTOMER_KEY + (normalize_name(query) or query.strip().lower())


def match_label(match: CustomerMatch) -> str:
    """A button's text for a match: the name, and the alias or contact it was found by."""
    if match.field in ("contact", "phone", "alias") and match.matched != match.name:
        return f"{match.name} ({match.matched})"
    return match.name


def _create_from_pick(ctx: Ctx, name: str) -> Customer:
    customer = add_customer(ctx, name)
    ctx.store.audit.describe(ctx._("New customer {name}", name=customer.name))
    return customer


def _created_by_this_message(ctx: Ctx, key: str) -> Customer | None:
    """The customer "Create" made earlier in this message: a message resolves its customer for each part it
    stores (the meeting, the deal, the reminder), and each made one more ("Zephyr Analytics" three times)."""
    change_set = ctx.store.audit.change_set
    created = ctx.store.changes.created(change_set.id, "customers") if change_set is not None else []
    made = [c for c in ctx.store.customers.by_ids(created).values() if customer_key(c.name) == key]
    return made[0] if made else None


def resolve_customer(ctx: Ctx, query: str, *, offer_create: bool = True) -> Customer:
    """The customer `query` names, or `NeedChoice` asking which one (or whether to create it)."""
    query = query.strip()
    if not query:
        raise UserError(ctx._("Which customer? Put the name first, e.g. Acme: ..."))
    key = customer_key(query)
    if key in ctx.picks:
        picked = ctx.picks[key]
        if picked == NEW:
            return _created_by_this_message(ctx, key) or _create_from_pick(ctx, query)
        return ctx.store.customers.require(int(picked))
    decision = decide(ctx.store.search.customers(query, limit=5), query)
    if decision.winner is not None:
        return ctx.store.customers.require(decision.winner.customer_id)
    offered = [m for m in decision.candidates if m.score >= OFFER_SCORE]
    options = [Option(match_label(m), m.customer_id) for m in offered[:5]]
    if offered:
        if offer_create and could_be_a_name(query):
            options.append(Option(ctx._("New customer “{name}”", name=query), NEW))
        raise NeedChoice(key, ctx._("Which customer do you mean by “{name}”?", name=query), options)
    if not offer_create or not could_be_a_name(query):
        raise UserError(ctx._("No customer matches “{name}”.", name=query))
    raise NeedChoice(
        key,
        ctx._("I don't know a customer called “{name}” yet. Create it?", name=query),
        [Option(ctx._("Create “{name}”", name=query), NEW)],
    )


def could_be_a_name(text: str) -> bool:
    """Whether typed text could be a company's name, worth offering to create: it starts with a letter,
    a digit or an opening quote or bracket and has a letter or digit ("3M", "“Zephyr” Ltd", "(株)山田").
    Not "*", "%" or "${jndi", which a fuzz run on a fresh clone was offered to create."""
    return bool(text) and (text[0].isalnum() or text[0] in _OPENERS) and any(c.isalnum() for c in text)


_OPENERS = "\"'“‘«(（《「【["


def sure_when(ctx: Ctx, text: str) -> When | None:
    """The day and time a command's words say (`find_when`), refused when read without certainty: a day
    its month does not have ("31/02"), a weekday that disagrees with its date, two days, another's time
    zone. Free text asks about such words; a command was stored as the nearest day (a garbage run found
    '/remind acme 31/02 9am' set for 28 Feb)."""
    when = find_when(text, now=ctx.now, tz=ctx.tz)
    if when is not None and when.doubt:
        raise UserError(
            ctx._(
                "I can't be sure of “{words}”. Write the day like 15 Dec, 2026-12-15 or in 3 weeks.",
                words=when.doubt,
            )
        )
    return when


def _stop_word(word: str, ctx: Ctx) -> bool:
    """Words that end a customer name: amounts, stage names, dates, connectors."""
    return bool(
        find_amount(word)
        or find_stage(word, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
        or re.fullmatch(r"\d.*|close|closing|by|on|at|to|in|tomorrow|today|next|new", word.lower())
    )


def _guess_name(text: str, ctx: Ctx) -> str:
    """Leading words that look like a name: a run of capitalised/CJK words, else the first word
    unless it is an amount, a stage or a date ("/deal 50k" names no customer called "50k")."""
    words = text.split()
    name: list[str] = []
    for word in words[:5]:
        if _stop_word(word, ctx) or not (word[:1].isupper() or not word[:1].isascii()):
            break
        name.append(word)
    if name:
        return " ".join(name)
    return "" if _stop_word(words[0], ctx) else words[0]


def take_customer(ctx: Ctx, text: str, *, offer_create: bool = True) -> tuple[Customer, str]:
    """Split "Acme Corp: rest" or "Acme Corp rest" into the customer and the rest."""
    explicit = split_name(text)
    if explicit:
        return resolve_customer(ctx, explicit[0], offer_create=offer_create), explicit[1]
    if not text.strip():
        raise UserError(ctx._("Which customer? Put the name first, e.g. Acme: ..."))
    candidates = []
    for name, rest in name_candidates(text):
        if customer_key(name) in ctx.picks:
            return resolve_customer(ctx, name, offer_create=offer_create), rest
        if name != text.split()[0] and _stop_word(name.split()[-1], ctx):
            break
        candidates.append((name, rest))
    best: tuple[float, str, str, int] | None = None
    for name, rest in candidates:
        decision = decide(ctx.store.search.customers(name, limit=3), name)
        if decision.winner is not None and (best is None or decision.winner.score >= best[0]):
            best = (decision.winner.score, name, rest, decision.winner.customer_id)
    if best is not None:
        customer = ctx.store.customers.require(best[3])
        return customer, _rest_of_name(customer.name, best[1], best[2])
    guess = _guess_name(text, ctx)
    if not guess:
        raise UserError(ctx._("Which customer? Put the name first, e.g. Acme: ..."))
    rest = text[len(guess) :].strip()
    return resolve_customer(ctx, guess, offer_create=offer_create), rest


def _rest_of_name(full: str, typed: str, rest: str) -> str:
    """`rest` without the words that go on with the customer's own name after the words typed: "/deal
    Pasir Panjang Cold Chain Pte Ltd 88000 SGD" matched by the alias "Pasir Panjang Cold Chain" (a name
    longer than the words tried) is no deal titled "Pte Ltd"."""
    words = rest.split()
    name = full.casefold().split()
    for n in range(len(words), 0, -1):
        said = f"{typed} {' '.join(words[:n])}".casefold().split()
        if name[: len(said)] == said:
            return " ".join(words[n:])
    return rest


def optional_customer(ctx: Ctx, text: str) -> tuple[Customer | None, str]:
    """A customer named at the start of `text` only when it is a clear match; never asks."""
    explicit = split_name(text)
    if explicit:
        return resolve_customer(ctx, explicit[0]), explicit[1]
    best: tuple[float, Customer, str] | None = None
    for name, rest in name_candidates(text, max_words=4):
        key = customer_key(name)
        if key in ctx.picks:
            return resolve_customer(ctx, name), rest
        decision = decide(ctx.store.search.customers(name, limit=2))
        winner = decision.winner
        strong = winner is not None and winner.score >= 90 and winner.field in ("name", "alias")
        if winner is not None and strong and (best is None or winner.score >= best[0]):
            customer = ctx.store.customers.require(winner.customer_id)
            best = (winner.score, customer, _rest_of_name(customer.name, name, rest))
    return (best[1], best[2]) if best else (None, text)


def deal_key(customer: Customer) -> str:
    """Where the answer to "which of {customer}'s deals?" is kept in `Ctx.picks`."""
    return f"deal:{customer.id}"


def choose_deal(ctx: Ctx, customer: Customer, hint: str = "", *, create: bool = False) -> Deal | None:
    """The open deal meant: the only one, the one whose title matches `hint`, or ask."""
    deals = list(ctx.store.deals.for_customer(customer.id, open_only=True))
    key = deal_key(customer)
    if key in ctx.picks:
        picked = ctx.picks[key]
        return None if picked == NEW else ctx.store.deals.require(int(picked))
    if not deals:
        return None
    if len(deals) == 1:
        return deals[0]
    synonyms = stage_synonyms(ctx.settings.stage_synonyms)
    # "the wifi upgrade", "冷链那个签了", "the 40k one", "报价阶段的那单", "the bigger one"
    meant = deals_meant(deals, hint, customer, ctx.settings.stage_names, synonyms)
    if len(meant) == 1:
        return meant[0]
    options = [
        Option(f"{d.title} · {ctx.money(d.amount, d.currency)} · {label(ctx.tr, d.stage)}", d.id)
        for d in deals[:6]
    ]
    if create:
        options.append(Option(ctx._("New deal"), NEW))
    raise NeedChoice(
        key, ctx._("{customer} has several open deals. Which one?", customer=customer.name), options
    )


def choose_amount(ctx: Ctx, amount: Amount, written: str, currency: str) -> Decimal:
    """The amount meant; "1.500" could be 1.5 or 1500, so ask (the answer lands in `ctx.picks`)."""
    if not amount.ambiguous or amount.alternative is None:
        return amount.value
    key = f"amount:{written.strip()}"
    if key in ctx.picks:
        return Decimal(ctx.picks[key])
    raise NeedChoice(
        key,
        ctx._("Which amount do you mean?"),
        [
            Option(ctx.money(amount.value, currency), str(amount.value)),
            Option(ctx.money(amount.alternative, currency), str(amount.alternative)),
        ],
    )


WHEN_KEY = "when:"  # picks under "when:<what to be reminded of>": the moment chosen, ISO


def when_key(text: str) -> str:
    return WHEN_KEY + " ".join(text.split()).lower()


def when_options(ctx: Ctx) -> list[Option]:
    """The times offered when a reminder has none (9:00): tomorrow, in three days and next Monday (the
    Monday after, when it is one of the other two), each a working day where the user lives: a day off
    is moved to the working day before it (three days from a Wednesday: Friday, not Saturday) or after
    it (tomorrow, or when the day before is taken)."""
    country = country_of(ctx.tz)
    today = ctx.local_now.date()
    first = working_day_after(country, today)
    second = max(today + timedelta(days=3), working_day_after(country, first))
    if is_off(country, second):
        before = working_day_before(country, second)
        second = before if before > first else working_day_after(country, second)
    monday = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    if monday in (first, second):
        monday += timedelta(days=7)
    if is_off(country, monday):
        monday = working_day_after(country, monday)
    moments = [datetime.combine(day, time(9), tzinfo=ctx.tz) for day in (first, second, monday)]
    return [Option(ctx.when(moment), moment.isoformat()) for moment in moments]


def picked_days(ctx: Ctx) -> dict[str, date]:
    """The days the user chose so far for this message, by the words they were chosen for."""
    return {
        key[len(DAY_KEY) :]: date.fromisoformat(value)
        for key, value in ctx.picks.items()
        if key.startswith(DAY_KEY) and isinstance(value, str)
    }


def ask_day(ctx: Ctx, words: str, days: tuple[date, ...]) -> NeedChoice:
    """ "Which day do you mean by “2/3”?" with both days as buttons (`dates.day_choices`), in free text and
    in /remind; the message is read again with the day pressed (`picked_days`)."""
    question = ctx._("Which day do you mean by “{words}”?", words=words)
    options = [Option(_day_label(ctx, day), day.isoformat()) for day in days]
    return NeedChoice(DAY_KEY + words.lower(), question, options)


def _day_label(ctx: Ctx, day: date) -> str:
    """The day as the user's language writes it, with "tomorrow" when it is."""
    if (day - ctx.local_now.date()).days == 1:
        return ctx._("{day} (tomorrow)", day=ctx.day(day))
    if day == ctx.local_now.date():  # "周三晚上七点" said on a Wednesday: today's or next week's
        return ctx._("{day} (today)", day=ctx.day(day))
    return ctx.day(day)
