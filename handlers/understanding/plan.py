"""The plan of one message: every operation it asks for, each slot with the words it came from.

`plan_of` describes what a reading of the message will store for one customer: an activity (kind,
when, contact), a deal change (amount, currency, stage, outcome, close date, reopen, add-on), the
reminders (due, words) and the contact news. Every slot keeps the words of the message it was read
from, so the preview card can show where each value came from and the plan can tell which content
words (a name, a number, a time, a person) no slot uses. A plan is certain when every content word
is used and nothing was read with doubt; only a certain plan is stored without the preview card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.parsing.amounts import COUNT_WORDS, COUNTED
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import names_customer, read_news
from handlers.understanding.customers import Found
from handlers.understanding.reading import CJK, Reading

_CONTENT = re.compile(
    r"(?<![\w#])(?:\d[\d.,:]*\d|\d)(?![\w])|\b[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]{1,}\b"
)
_REPLACED = re.compile(r"(?:\bnot|\binstead of|\brather than|不是|而不是)\s*$", re.IGNORECASE)
_LABELLED = re.compile(
    r"(?:#|\bno\.?|\binvoice|\border|\bpo|\bref|\bticket|\bcase|订单|发票|编号|单号)\s*[:#：]?\s*$", re.I
)


def unused_words(reading: Reading, founds: list[Found], lines: list[str]) -> list[str]:
    """Names and numbers of the message that no part of the plan uses (an activity uses them all).

    A word is used when the plan read it (an amount, a date, the customer, a person, a reminder's
    words) or when what will be stored shows it (a new contact's name)."""
    if reading.kind or reading.add_on:
        return []  # the note keeps the whole message; an add-on deal is titled with its words
    if reading.outcome == "lost" and reading.outcome_span:
        return []  # the words around "lost" are its reason
    used = [*reading.masked, *((f.start, f.end) for f in founds if f.start >= 0)]
    for news in read_news(reading.text):  # "promoted to VP at Lumen": the customer's words
        if news.where and any(names_customer(reading.text[slice(*news.where)], f.customer) for f in founds):
            used.append(news.where)
    used += [(s.start, s.end) for s in reading.steps]  # a reminder keeps its words
    used += [(s, e) for _, s, e in reading.persons]
    text = reading.text
    stored = " ".join(lines).lower()
    unused = []
    for match in _CONTENT.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in used) or match.group(0).lower() in lx.STOPWORDS:
            continue
        if start == 0 or _LABELLED.search(text[max(0, start - 12) : start]):
            continue  # a message's first word is capitalised anyway; "#4471" is an identifier
        if match.group(0).isdigit() and _REPLACED.search(text[max(0, start - 12) : start]):
            continue  # "2 lines not 1": the number replaced, said for contrast
        if COUNT_WORDS.match(text[end:]) or COUNTED.match(text[end:]) or match.group(0).lower() in stored:
            continue  # "10% off", "20 seats", "12 vans": details, not slots; a name the stored lines show
        unused.append(match.group(0))
    if reading.outcome == "won":  # "德昌 deal won, Raymond 确认了": who said so is a detail; a number is not
        unused = [w for w in unused if w[:1].isdigit()]
    return unused


@dataclass(frozen=True)
class Slot:
    name: str  # customer, kind, occurred, contact, amount, currency, stage, outcome, close, due, …
    value: str  # as read
    words: str  # the words of the message it came from ("" when implied, e.g. the default currency)


@dataclass(frozen=True)
class Operation:
    action: str  # log | deal | remind | contact
    slots: tuple[Slot, ...]

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)


@dataclass(frozen=True)
class Plan:
    operations: tuple[Operation, ...]
    unused: tuple[str, ...]  # content words no slot uses
    doubts: tuple[str, ...]  # words read without certainty (a range, a hedged or bare amount, …)

    @property
    def certain(self) -> bool:
        return not (self.unused or self.doubts)

    def actions(self) -> list[str]:
        return [op.action for op in self.operations]


def _words(reading: Reading, span: tuple[int, int] | None) -> str:
    return reading.original[span[0] : span[1]].strip() if span else ""


def _operations(reading: Reading, found: Found | None) -> list[Operation]:
    customer: list[Slot] = []
    if found is not None:
        customer = [
            Slot(
                "customer",
                found.customer.name,
                _words(reading, (found.start, found.end)) if found.start >= 0 else "",
            )
        ]
    ops: list[Operation] = []
    if reading.kind and found is not None:
        slots = [*customer, Slot("kind", reading.kind, _words(reading, reading.kind_span))]
        if reading.occurred is not None:
            when = reading.occurred
            slots.append(
                Slot("occurred", when.at.isoformat(), " ".join(_words(reading, s) for s in when.spans))
            )
        slots += [Slot("person", name, _words(reading, (start, end))) for name, start, end in reading.persons]
        ops.append(Operation("log", tuple(slots)))
    if reading.about_deal and found is not None:
        slots = list(customer)
        amount = reading.amount
        if amount is not None:
            slots.append(Slot("amount", str(amount.value), _words(reading, (amount.start, amount.end))))
            slots.append(
                Slot(
                    "currency",
                    amount.currency or "",
                    _words(reading, (amount.start, amount.end)) if amount.currency else "",
                )
            )
        if reading.stage:
            slots.append(Slot("stage", reading.stage, _words(reading, reading.stage_span)))
        if reading.outcome:
            slots.append(Slot("outcome", reading.outcome, _words(reading, reading.outcome_span)))
        if reading.close:
            slots.append(Slot("close", reading.close.isoformat(), ""))
        if reading.reopen:
            slots.append(Slot("reopen", "yes", ""))
        if reading.add_on:
            slots.append(Slot("add_on", "yes", ""))
        ops.append(Operation("deal", tuple(slots)))
    for step in reading.steps:
        slots = [*customer, Slot("text", step.text, _words(reading, (step.start, step.end)))]
        if step.due is not None:
            slots.append(Slot("due", step.due.isoformat(), _words(reading, (step.start, step.end))))
        ops.append(Operation("remind", tuple(slots)))
    if found is not None:
        for news in read_news(reading.text):
            fields = [("who", news.who), ("title", news.title), ("email", news.email), ("phone", news.phone)]
            slots = [*customer, *(Slot(k, v, v) for k, v in fields if v)]
            if news.left:
                slots.append(Slot("left", "yes", ""))
            ops.append(Operation("contact", tuple(slots)))
    return ops


def _unlinked_people(reading: Reading, stored: str) -> list[str]:
    """People the message names whom no stored line shows ("called jane, bob was there too": Bob).

    A Chinese surname and title (陈经理) is shown by the contact with that surname (陳志明)."""
    shown = simplified(stored).lower()
    out = []
    for name, _start, _end in reading.persons:
        if CJK.match(name):
            if name[0] not in shown:
                out.append(name)
            continue
        if not name[:1].isupper():
            continue  # "called mia at …": a lowercase word is too weak a sign of a person to ask about
        parts = [p for p in name.lower().split() if len(p) > 1 and p not in lx.STOPWORDS]
        if parts and not any(p in shown for p in parts):
            out.append(name)
    return out


def plan_of(reading: Reading, found: Found | None, lines: list[str], *, whole: bool = True) -> Plan:
    """The plan for one customer, given the lines its writes produced (what the user will see).

    `whole`: the reading is the whole message (not one customer's part of a message about two,
    whose other part names other people)."""
    unused = unused_words(reading, [found] if found else [], lines)
    if reading.kind and found is not None and whole:
        unused += _unlinked_people(reading, " ".join(lines))  # the note is not enough for a person
    doubts = (*reading.doubts, *reading.date_doubts)
    return Plan(tuple(_operations(reading, found)), tuple(dict.fromkeys(unused)), doubts)
