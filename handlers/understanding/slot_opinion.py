"""A learned opinion on the ROLE of each date and amount of a message, independent of the reader.

The kind opinion (`second_opinion`) checks what kind of change a message asks for; most plans it lets
through have the right kind with a detail in the wrong role: a close date stored as a reminder or the
reverse, somebody else's plan stored as our reminder, a delay stored as the close date, a quantity or an
add-on's price stored as the deal's amount. This opinion looks at one date or amount at a time, at the
words around it and what it is (how far ahead, a clock time; how big, a currency), and says how likely
each role is:

    date:   remind (a reminder is due then), close (the deal's close date), happened (when a logged
            interaction happened), none (someone else's plan, a topic, a day only mentioned)
    amount: deal (the deal's amount), new (… of a new deal), other (a quantity, a unit price, …)

It learns from `data/slot_roles.jsonl` (built by `benchmarks/understanding/build_slot_roles.py` from the
labelled sets, with the reader's own spans) the way the kind opinion learns (`naive_bayes`: features
several sets use, calibrated on writers left out), at first use (~0.1 s for both slots).

`doubts()` is the hook in the gate: when the plan gives a date or an amount a role the opinion is
confidently sure is wrong, the card asks about that part ("Not sure about: whether Dec 10 is the close
date").
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from handlers.understanding import naive_bayes
from handlers.understanding.decision_path import date_form
from handlers.understanding.naive_bayes import CJK
from handlers.understanding.reading import Reading, moved, time_of_day_only

if TYPE_CHECKING:
    from handlers.understanding.plan_writes import Writes

DATA = "data/slot_roles.jsonl"
ROLES = {"date": ("remind", "close", "happened", "none"), "amount": ("deal", "new", "other")}
_WINDOW = 6  # words (or Chinese characters) each side of the span that are its context
Spans = Sequence[Sequence[int]]


def _units(text: str) -> list[str]:
    """The words of `text` (`naive_bayes.tokens`), each Chinese character on its own."""
    out: list[str] = []
    for token in naive_bayes.tokens(text):
        out.extend(token if CJK.match(token) else (token,))
    return out


def _context(prefix: str, units: list[str]) -> set[str]:
    """Nearest first: the two nearest units by place, the window's units and neighbouring pairs."""
    near = units[:_WINDOW]
    out = {f"{prefix}{i + 1}:{u}" for i, u in enumerate(near[:2])}
    out.update(f"{prefix}w:{u}" for u in near)
    out.update(f"{prefix}b:{a}_{b}" for a, b in itertools.pairwise(near))
    return out


def _days(days: int) -> str:
    if days < -7:
        return "past-far"
    if days < 0:
        return "past-week"
    if days == 0:
        return "today"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    return "later"


def features(text: str, spans: Spans, facts: Iterable[str]) -> tuple[str, ...]:
    """What a slot is judged by: the span's own words, the words each side of it (nearest first), the
    message's words, and `facts` about what the reader read there (`date_facts`, `amount_facts`). Sorted,
    so the sum over them is the same in every process."""
    start, end = spans[0][0], spans[-1][1]
    inside = _units(text[start:end])
    out = {f"s:{u}" for u in inside}
    out |= _context("l", _units(text[:start])[::-1])
    out |= _context("r", _units(text[end:]))
    words = _units(text[:start] + " " + text[end:])
    out.update(f"m:{u}" for u in words if not CJK.match(u))
    out.update(f"m:{a}{b}" for a, b in itertools.pairwise(words) if CJK.match(a) and CJK.match(b))
    out.update(f"f:{fact}" for fact in facts)
    return tuple(sorted(out))


def date_facts(days: int, has_time: bool, form: str) -> tuple[str, ...]:
    """How far the date is from today (in the sender's days), whether a clock time was said, and the
    family of words that said it (`decision_path.date_form`: weekday, day number, period, …)."""
    return (f"days:{_days(days)}", f"time:{has_time}", f"form:{form}")


def amount_facts(value: Decimal, currency: bool, order: int, count: int) -> tuple[str, ...]:
    """How big the amount is (its power of ten), whether a currency was written, and whether it is the
    message's first of one or of several."""
    size = int(math.log10(abs(value))) if value else 0
    return (
        f"size:{min(size, 7)}",
        f"currency:{currency}",
        f"order:{'first' if order == 0 else 'later'}",
        f"count:{'1' if count == 1 else 'several'}",
    )


@dataclass(frozen=True)
class Example:
    slot: str  # date | amount
    features: tuple[str, ...]
    roles: frozenset[str]
    source: str
    id: str


def example_of(row: dict) -> Example:
    """A row of the data file as the model sees it."""
    if row["slot"] == "date":
        facts = date_facts(row["days"], row["time"], row["form"])
    else:
        facts = amount_facts(Decimal(row["value"]), row["currency"], row["order"], row["count"])
    feats = features(row["text"], row["spans"], facts)
    return Example(row["slot"], feats, frozenset(row["roles"]), row["source"], row["id"])


@lru_cache(maxsize=1)
def load_examples() -> tuple[Example, ...]:
    lines = files("handlers.understanding").joinpath(DATA).read_text(encoding="utf-8").splitlines()
    return tuple(example_of(json.loads(line)) for line in lines if line.strip())


class Model:
    """One calibrated binary model per role of one slot."""

    def __init__(self, slot: str, binaries: dict[str, naive_bayes.Binary]) -> None:
        self.slot = slot
        self.binaries = binaries

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        feats = tuple(feats)
        return {role: b.probability(feats) for role, b in self.binaries.items()}


def train(slot: str, examples: Iterable[Example]) -> Model:
    rows = [(e.features, e.roles, e.source) for e in examples if e.slot == slot]
    return Model(slot, naive_bayes.train(rows, ROLES[slot]))


@lru_cache(maxsize=16)
def model(slot: str, without: str | None = None) -> Model:
    """The slot's model trained on the shipped examples (without one source set's: `naive_bayes.holdout`)."""
    return train(slot, (e for e in load_examples() if e.source != without))


def opinion(slot: str, feats: Iterable[str]) -> dict[str, float]:
    return model(slot, naive_bayes.held_out()).probabilities(feats)


def disagreements(slot: str, found: dict[str, float], planned: Iterable[str], threshold: float) -> list[str]:
    """How the opinion on one slot confidently disagrees with the roles a plan gives it: "not close" (the
    plan makes the date the close date; the opinion is sure it is not), "remind left out" (the opinion
    is sure of a role the plan does not give it)."""
    planned = set(planned)
    out = [f"not {role}" for role in ROLES[slot] if role in planned and found.get(role, 1.0) <= 1 - threshold]
    out += [
        f"{role} left out"
        for role in ROLES[slot]
        if role not in planned and found.get(role, 0.0) >= threshold
    ]
    return out


# The disagreements that make a doubt, each with how sure the opinion must be (the role's probability, or
# its absence's for "not X"): a date the plan makes a reminder or the close date that is confidently
# neither ("their board votes on the 18th", "a ski trip this weekend"), a day the opinion is sure the
# logged interaction happened on that the plan does not log it on, and an amount the plan puts on the
# open deal that is confidently a new deal's ("另开一个商机 18万"). Session 16's choice, on its data
# (build_slot_roles.SLOT_SETS). Measured and left out: "not happened" (cost more right writes than it
# caught), "not new" (a new deal for a customer with none open is right; the text cannot tell a reopened
# one), the other families (nothing caught). Session 18's leave-one-set-out choice with the new halves
# carded a plain "lggd 那边下周见面" of the reader's tests at every threshold tried: not shipped. Session
# 19's ("date:not remind" 0.8, "date:not close" 0.9, "date:happened left out" 0.95) scored both new
# development halves worse in a same-run check: taken back (session 20; README).
REASONS: dict[str, float] = {
    "date:not remind": 0.85,
    "date:not close": 0.85,
    "date:happened left out": 0.85,
    "amount:new left out": 0.85,
}


def sureness(found: dict[str, float], reason: str) -> float:
    """How sure the opinion on one slot is of a disagreement ("not close": 1 − P(close))."""
    if reason.startswith("not "):
        return 1 - found.get(reason.removeprefix("not "), 1.0)
    return found.get(reason.removesuffix(" left out"), 0.0)


@dataclass(frozen=True)
class Slot:
    """One date or amount of a reading: where its words are, what the model sees, the roles the plan
    gives it."""

    slot: str  # date | amount
    spans: tuple[tuple[int, int], ...]
    features: tuple[str, ...]
    planned: frozenset[str]
    later: bool = False  # a date after today


def _day(moment: datetime, zone: tzinfo | None) -> date:
    return moment.astimezone(zone).date()


def slots(reading: Reading, writes: Writes, now: datetime) -> Iterator[Slot]:
    """Every date and amount of the reading with the roles the plan's writes give it: a date is when
    a reminder is due, the deal's close date, the day the logged interaction happened, or none of them;
    an amount is the deal's (a new deal's) or other."""
    said = {when.at for at, when in reading.dates if at >= 0}
    # another party's day said beside the user's own step on the same day ("说年后才招标，让我们节后再联系":
    # the tender's day and the follow-up's): the reminder is the step's, the other day is theirs
    theirs = {(w.at, w.spans) for w in reading.theirs}
    twice = Counter(when.at for at, when in reading.dates if at >= 0)
    for at, when in reading.dates:
        if at < 0 or not when.spans or time_of_day_only(reading.text, moved(when, at)):
            continue  # said in an earlier part of the message; a clock time alone is on a day said elsewhere
        if lx.NO_CHANGE.search(reading.clause_of(at).text):
            continue  # "board will decide end of july like planned": said to stay, no role to weigh
        zone = when.at.tzinfo
        day = when.at.date()
        planned = set()
        # a reminder is this date's when due then, or that day and no other date said names its moment
        # ("今天上午去了…, 下午给她打电话": the reminder is the afternoon's, not the morning's)
        not_ours = (when.at, when.spans) in theirs and twice[when.at] > 1
        if not not_ours and any(
            r is not None
            and r.due is not None
            and (r.due == when.at or (_day(r.due, zone) == day and r.due not in said))
            for r in writes.reminders
        ):
            planned.add("remind")
        days = (day - _day(now, zone)).days
        if writes.deal is not None and writes.deal.close == day:
            planned.add("happened" if writes.deal.outcome else "close")  # a won deal closed that day
        if writes.deal is not None and writes.deal.outcome and days <= 0:
            planned.add("happened")  # "钱总今天回了PO": when the win happened, its close left as it was
        if writes.log is not None and _day(writes.log.occurred_at, zone) == day:
            planned.add("happened")
        spans = moved(when, at).spans
        words = " ".join(reading.text[a:b] for a, b in spans)
        facts = date_facts(days, when.has_time, date_form(words, when))
        found = features(reading.text, spans, facts)
        yield Slot("date", spans, found, frozenset(planned or {"none"}), later=days > 0)
    deal = writes.deal
    for order, amount in enumerate(reading.amounts):
        planned = {"other"}
        if deal is not None and deal.amount == amount.value:
            # a new deal: an add-on, or any deal of a customer with none open (a reopened one is not new)
            new = deal.add_on or (writes.open_deal is False and not deal.reopen)
            planned = {"deal", "new"} if new else {"deal"}
        facts = amount_facts(amount.value, bool(amount.currency), order, len(reading.amounts))
        spans = ((amount.start, amount.end),)
        yield Slot("amount", spans, features(reading.text, spans, facts), frozenset(planned))


class Disputed(str):
    """A doubt of this opinion (its words, in the user's language) with the kinds of change
    (`second_opinion.KINDS`) the disputed role belongs to: the kind opinion does not ask about those
    again ("whether to remind you before the holiday, whether you want a reminder")."""

    kinds: frozenset[str]

    def __new__(cls, text: str, kinds: frozenset[str]) -> Disputed:
        made = super().__new__(cls, text)
        made.kinds = kinds
        return made


# Our offer said anew right before its figure: "presented new offer 110 000 €", "revised quote: 48k".
_OFFER_REVISED = re.compile(
    r"\b(?:new|revised|updated|improved|better|final)\s+(?:offer|quote|quotation|price|pricing|proposal)"
    r"\s*(?:of|at|is|was|:)?\s*$",
    re.IGNORECASE,
)


# the kinds of change a role belongs to: a reminder's date, the deal's close date or amount, a log's day
_KINDS = {"remind": "remind", "close": "deal", "happened": "log", "deal": "deal", "new": "deal"}


def _said(slot: str, reason: str, words: str, _: Callable[..., str]) -> str:
    role = reason.removeprefix("not ").removesuffix(" left out")
    if slot == "amount":
        if role == "new":
            return _("whether {words} is a separate deal", words=words)
        return _("whether {words} is the deal's amount", words=words)
    return {
        "remind": _("whether to remind you {words}", words=words),
        "close": _("whether {words} is the close date", words=words),
        "happened": _("whether it happened {words}", words=words),
        "none": _("what {words} is for", words=words),
    }[role]


def doubts(reading: Reading, writes: Writes, now: datetime, _: Callable[..., str]) -> list[Disputed]:
    """The parts whose role the opinion disputes as surely as `REASONS` asks, one line each in the
    user's language via `_`; none for a plan that stores nothing."""
    if not _enabled or not REASONS or not (writes.log or writes.deal or any(writes.reminders)):
        return []
    out = []
    reminders = [r for r in writes.reminders if r is not None]
    moves_only = bool(reminders) and all(r.moves is not None for r in reminders)  # "恒通那个改到周五"
    # "禮拜五約咗佢開會", "话下个礼拜二想见面": a meeting with us on that day is ours to be reminded of
    moves_only = moves_only or (
        bool(reminders) and all(lx.MEETING_WITH_US.search(simplified(r.text)) for r in reminders)
    )
    talked = _told_in_a_talk(reading, writes)  # of the message, not of one slot
    for found in slots(reading, writes, now):
        probabilities = opinion(found.slot, found.features)
        reasons = [
            r
            for r in disagreements(found.slot, probabilities, found.planned, min(REASONS.values()))
            if sureness(probabilities, r) >= REASONS.get(f"{found.slot}:{r}", 2.0)
            and not (moves_only and r == "not remind")
            # a later day the plan reminds on is no day a logged thing happened ("met Pepper …, call her
            # Monday"): a slight change of the training rows (ba0ed58) tipped that one over the bar
            and not (r == "happened left out" and found.later and "remind" in found.planned)
            # the order placed by the day said is the close: "話月尾前一定落單", "月底前肯定下单"
            and not (r == "not close" and _ORDER_BY_THEN.match(reading.text, found.spans[-1][1]))
            # the order expected on the day said: "expect the PO on 9th October", "expect PO下禮拜三"
            and not (
                r == "not close"
                and _ORDER_EXPECTED.search(reading.text, max(0, found.spans[0][0] - 30), found.spans[0][0])
            )
            and not (r == "not close" and talked)
            # the close said is the deal's already: nothing changes, nothing to ask ("still on for Feb 14")
            and not (r == "not close" and writes.close_kept)
            # the close set outright ("sean signs tuesday, set the close to tuesday"): an order, no guess
            and not (r == "not close" and _CLOSE_SET.search(reading.text))
            # our offer revised ("presented new offer 110 000 €"): the open deal's amount, not another deal
            and not (
                r == "new left out"
                and _OFFER_REVISED.search(reading.text, max(0, found.spans[0][0] - 30), found.spans[0][0])
            )
        ]
        if reasons:
            role = reasons[0].removeprefix("not ").removesuffix(" left out")
            words = reading.said((found.spans[0][0], found.spans[-1][1]))
            kinds = frozenset(_KINDS[r] for r in (role, *found.planned) if r in _KINDS)
            out.append(Disputed(_said(found.slot, reasons[0], words, _), kinds))
    return out


def _told_in_a_talk(reading: Reading, writes: Writes) -> bool:
    """A close date on the open deal heard in a conversation the message logs ("rang Trent, PO by EOD
    today"): the reader moves an open deal's close only on a closing word, and a customer telling when
    they sign is what such a report is for. Held plan records (session 47): cards of this shape were
    needless 6 times in 6 and stores of it right 10 times in 12; the opinion, trained on sets with few
    quarter-end closes, is sure of "not close" for words it has not seen."""
    deal = writes.deal
    if not (
        writes.log is not None
        and reading.kind_span is not None
        and writes.open_deal
        and deal is not None
        and not (deal.outcome or deal.add_on or deal.reopen)
    ):
        return False
    text = simplified(reading.text)  # a signing or an order said, no tender's deadline ("标书下周一截止")
    return _SIGNING.search(text) is not None and not _DEADLINE.search(text)


_SIGNING = re.compile(
    r"\b(?:sign|signs|signing|signed|po|p\.o\.|order|contract|chop|close|closing|award)\b"
    r"|签|单|合同|落|下来|成交|PO",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"\b(?:deadline|due|submission|submit|tender|bid)\b|截止|投标|标书|招标", re.IGNORECASE
)


# An order placed or a contract signed right after a day: that day is when the deal closes.
_ORDER_BY_THEN = re.compile(
    r"\s*(?:前|之前|以前|内|內)?\s*(?:一定|肯定|会|會|就|能|可以|应该|應該|要|可)?\s*"
    r"(?:落单|落單|下单|下單|落(?:PO|po)|下(?:PO|po)|出(?:PO|po)|签约|簽約|签单|簽單|签合同|簽合同"
    # a bare 签 that ends what is said: "李经理说下周一签", "两江李总说冲压件下周二签" (five development
    # messages of three writers, none with a doubt of its own)
    r"|[签簽](?=\s*(?:了|啦|吧|嘞)?\s*(?:$|[，,。.!！;；])))"
)
# (a bare 签 after the day together with a PO given or sent, "禮拜一給PO", were tried in session 47: they
# stored one more must-ask of the held halves than they saved asks; session 50 tries the bare 签 alone)
_CLOSE_SET = re.compile(
    r"\b(?:set|move|change|put|make|update)\s+(?:the\s+)?close(?:\s+date)?\s+(?:to|for|as)\b"
    r"|\bclose\s+date\s*(?:is|to|=|:)",
    re.IGNORECASE,
)
_ORDER_EXPECTED = re.compile(
    r"(?:expect(?:ing|ed|s)?|预计|預計|等)\s*(?:the\s+|their\s+)?(?:po|p\.o\.|order|订单|訂單)\s*(?:on|by|around|for)?\s*$"
    # "they will chop the PO on Tues", "signing on the 20th": the order placed on the day said
    r"|\b(?:sign|signing|chop|chopping|issue|issuing|release|releasing|place|placing)\s+"
    r"(?:(?:the|their|our|a)\s+)?(?:po|p\.o\.|order|contract|paperwork|deal)?\s*(?:on|by)?\s*$",
    re.IGNORECASE,
)
_enabled = True


def switch(on: bool) -> None:
    """Turn the hook off (benchmarks measure without it) or on again."""
    global _enabled
    _enabled = on
