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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from handlers.context import Ctx
from handlers.domain.contacts import contacts_named
from handlers.understanding import (
    actions,
    activity_opinion,
    gate,
    plan_log,
    plan_signals,
    second_opinion,
    slot_opinion,
)
from handlers.understanding.actions import Write
from handlers.understanding.calibration import uncertain_parts
from handlers.understanding.contacts import read_news
from handlers.understanding.customer_link import Found
from handlers.understanding.decision_path import Path, path_of
from handlers.understanding.kinds import wished
from handlers.understanding.log_amounts import amounts_beside_a_log
from handlers.understanding.plan_writes import (
    Writes,
    close_told_without_deal,
    dated_by_planned_event,
    move_read_as_close,
    move_read_as_deal_close,
    remind_date_of_a_task,
    rest_of,
    sending_logged,
    writes_for,
)
from handlers.understanding.reading import Reading


@dataclass(frozen=True)
class Slot:
    name: str  # customer, kind, occurred, contact, amount, currency, stage, outcome, close, due, …
    value: str  # as read
    words: str  # the words of the message it came from ("" when implied, e.g. the default currency)


@dataclass(frozen=True)
class Operation:
    action: str  # log | deal | remind | contact
    slots: tuple[Slot, ...]
    write: actions.Write | None = None  # what storing it does (None: a plan only described, not built)

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)


@dataclass(frozen=True)
class Plan:
    operations: tuple[Operation, ...]
    unused: tuple[str, ...]  # content words no slot uses
    doubts: tuple[str, ...]  # words read without certainty (a range, a hedged or bare amount, …)
    path: Path = field(default_factory=dict)  # how it was decided (`decision_path`), for calibration
    signals: plan_signals.Signals = field(default_factory=dict)  # only when a benchmark records (`plan_log`)
    message: str = ""  # the whole message the kind opinion judges once stored ("": a part of one)

    @property
    def certain(self) -> bool:
        return not (self.unused or self.doubts)

    def actions(self) -> list[str]:
        return [op.action for op in self.operations]

    def writes(self) -> list[Write]:  # (`actions` here is the method above)
        """What storing the plan does, operation by operation (see `actions.execute`)."""
        return [op.write for op in self.operations if op.write is not None]


def _operations(reading: Reading, found: Found | None, writes: Writes | None = None) -> list[Operation]:
    writes = writes or Writes()
    customer: list[Slot] = []
    if found is not None:
        customer = [
            Slot(
                "customer",
                found.customer.name,
                reading.said((found.start, found.end)) if found.start >= 0 else "",
            )
        ]
    ops: list[Operation] = []
    if reading.kind and found is not None:
        slots = [*customer, Slot("kind", reading.kind, reading.said(reading.kind_span))]
        if reading.occurred is not None:
            when = reading.occurred
            slots.append(Slot("occurred", when.at.isoformat(), " ".join(reading.said(s) for s in when.spans)))
        slots += [Slot("person", name, reading.said((start, end))) for name, start, end in reading.persons]
        ops.append(Operation("log", tuple(slots), writes.log))
    if reading.about_deal and found is not None:
        slots = list(customer)
        amount = reading.amount
        if amount is not None:
            slots.append(Slot("amount", str(amount.value), reading.said((amount.start, amount.end))))
            slots.append(
                Slot(
                    "currency",
                    amount.currency or "",
                    reading.said((amount.start, amount.end)) if amount.currency else "",
                )
            )
        if reading.stage:
            slots.append(Slot("stage", reading.stage, reading.said(reading.stage_span)))
        if reading.outcome:
            slots.append(Slot("outcome", reading.outcome, reading.said(reading.outcome_span)))
        if reading.close:
            slots.append(Slot("close", reading.close.isoformat(), ""))
        if reading.reopen:
            slots.append(Slot("reopen", "yes", ""))
        if reading.add_on:
            slots.append(Slot("add_on", "yes", ""))
        ops.append(Operation("deal", tuple(slots), writes.deal))
    for i, step in enumerate(reading.steps):
        slots = [*customer, Slot("text", step.text, reading.said((step.start, step.end)))]
        if step.due is not None:
            slots.append(Slot("due", step.due.isoformat(), reading.said((step.start, step.end))))
        ops.append(
            Operation("remind", tuple(slots), writes.reminders[i] if i < len(writes.reminders) else None)
        )
    if found is not None:
        for i, news in enumerate(read_news(reading.text, reading.people)):
            fields = [("who", news.who), ("title", news.title), ("email", news.email), ("phone", news.phone)]
            slots = [*customer, *(Slot(k, v, v) for k, v in fields if v)]
            if news.left:
                slots.append(Slot("left", "yes", ""))
            ops.append(Operation("contact", tuple(slots), writes.news[i] if i < len(writes.news) else None))
    return ops


def plan_of(
    reading: Reading,
    found: Found | None,
    shown: list[str],
    *,
    whole: bool = True,
    now: datetime | None = None,
    contacts: tuple[str, ...] = (),
    writes: Writes | None = None,
    say: Callable[..., str] | None = None,
) -> Plan:
    """The plan for one customer: its operations and what it leaves out or doubts.

    `shown`: what storing it will show the user (the people it links or adds, by name).
    `whole`: the reading is the whole message (not one customer's part of a message about two,
    whose other part names other people). `contacts`: the customer's known contacts the message names.
    `say`: the user's translation, for doubts the gate words itself (a disputed date's role)."""
    operations = _operations(reading, found, writes)
    # what the contact news stores shows its words too ("Jane Doe's title is VP Sales now")
    shown = [*shown, *(s.value for op in operations if op.action == "contact" for s in op.slots)]
    unused = gate.left_out(reading, found, shown, whole=whole, now=now, contacts=contacts)
    doubts = gate.doubts(reading, found, now=now, contacts=contacts, writes=writes, say=say)
    return Plan(tuple(operations), tuple(dict.fromkeys(unused)), tuple(doubts))


def _learned_kind(ctx: Ctx, reading: Reading, found: Found) -> None:
    """A log the reader could only call a note ("got a text from rita", "通了电化") takes the kind the
    learned opinion is sure of (`activity_opinion`); the card's doubt about a bare note goes with it."""
    days = {w.at.date() for at, w in reading.dates if at >= 0}
    if reading.kind != "note" or reading.kind_guessed != "default" or len(days) > 1:
        return  # with two days said and no kind word, which one it happened on is not known
    if wished(reading.text):
        return  # "acme wants an onsite visit": the kind word is what they want, not what we did
    if not (
        reading.persons
        or _WITH_SOMEONE.search(reading.text)
        or contacts_named(ctx, found.customer, rest_of(reading, found))
    ):
        return  # "X putting everything on hold till their expansion's done": their news, with no one
    learned = activity_opinion.learned_kind(reading.original)
    if learned is None:
        return
    reading.kind, reading.kind_guessed = learned, "learned"
    note = ctx._("a note about {customer}", customer=found.customer.name)
    reading.doubts = [d for d in reading.doubts if d != note]


# Someone we dealt with, as an object or a name: "gave me a tour", "showed us", "told him", "跟我说".
_WITH_SOMEONE = re.compile(r"\b(?:me|us|him|her|them)\b|我|咱")


def _naming(ctx: Ctx, reading: Reading, found: Found | None, contacts: tuple[str, ...]) -> tuple[str, ...]:
    """The contact whose words named the customer ("林经理说…", "curtis boone says…": the customer found by
    its contact): a known person the message names too, though the words are the customer's link."""
    if found is None or found.field != "contact" or found.start < 0:
        return ()
    named = contacts_named(ctx, found.customer, reading.text[found.start : found.end])
    return tuple(c.name for c in named if c.name not in contacts)


def plan_for(ctx: Ctx, reading: Reading, found: Found | None, *, whole: bool = True) -> Plan:
    """The plan of a message for its customer (or for none: a personal reminder), built against the CRM
    before anything is written: each operation with the write that stores it, the people it will link
    or add, and the words it leaves out or doubts."""
    amounts_beside_a_log(ctx, reading, found)
    close_told_without_deal(ctx, reading, found)
    move_read_as_close(ctx, reading, found)
    move_read_as_deal_close(ctx, reading, found)
    remind_date_of_a_task(reading)
    dated_by_planned_event(ctx, reading, found)
    sending_logged(ctx, reading, found)
    if found is not None and whole:  # (like the other opinions, it judges whole messages)
        _learned_kind(ctx, reading, found)
    writes, shown = writes_for(ctx, reading, found)
    shown = [*shown, ctx.user.display_name]  # the user's own name, greeted in a pasted mail ("Cedric - …")
    contacts: tuple[str, ...] = ()
    if found is not None:  # known people the message names; one said to be out is no part of the log
        named = contacts_named(ctx, found.customer, rest_of(reading, found))
        later = reading.kind in (None, "note")  # a note that she will be away is not with her
        contacts = tuple(c.name for c in named if not actions.absent(reading.text, c.name, later=later))
    plan = plan_of(
        reading,
        found,
        shown,
        whole=whole,
        now=ctx.now,
        contacts=contacts,
        writes=writes,
        say=ctx._ if whole else None,  # the slot opinion judges whole messages, like the kind opinion
    )
    nothing_to_close = found is not None and gate.nothing_to_close(ctx, reading, found.customer)
    if nothing_to_close:
        # "madison events signed!" with no open deal: won what? a deal made up from nothing is a guess
        plan = replace(plan, doubts=(*plan.doubts, reading.said(reading.outcome_span)))
    if found is not None:  # a currency from the team's default or none taken; a part of two names
        guessed = gate.currency_guessed(ctx, reading, found.customer, writes)
        guessed += gate.shared_word(ctx, reading, found, contacts)
        if any(op.action in ("log", "contact") for op in plan.operations):
            # whose person it was matters only to a record that links them: a reminder keeps the words
            guessed += gate.someone_elses_contact(ctx, reading, found, contacts)
        if whole and any(op.action in ("log", "contact", "deal") for op in plan.operations):
            guessed += gate.namesake_elsewhere(ctx, reading, found)  # "老冉说江渝那单明天签": 冉 is 渝江's
        guessed += gate.another_customers_deal(ctx, reading, found)
        if any(op.action in ("remind", "log", "contact") for op in plan.operations):
            reminded = any(op.action == "remind" for op in plan.operations)
            guessed += gate.colleagues_customer(ctx, found.customer, reminded=reminded)
        guessed += gate.currency_unread(ctx, reading, found.customer)
        plan = replace(plan, doubts=(*plan.doubts, *guessed))
    path = path_of(
        reading,
        found,
        tuple(plan.actions()),
        whole=whole,
        contacts=contacts,
        open_deal=writes.open_deal,
        naming=_naming(ctx, reading, found, contacts),
    )
    gate_said = "doubts" if plan.doubts else "unused" if plan.unused else "certain"
    path = {**path, "gate": gate_said, "second": "not_asked"}  # the kind opinion judges it when stored
    # a path measured to be wrong too often on messages nobody tuned on goes to the card too
    calibrated = uncertain_parts(ctx, reading, found, path)
    doubts = (*plan.doubts, *calibrated)
    signals: plan_signals.Signals = {}
    if plan_log.recording():
        signals = plan_signals.signals(
            reading,
            found,
            writes=writes,
            path=path,
            unused=plan.unused,
            now=ctx.now,
            contacts=contacts,
            whole=whole,
        )
        signals |= {"nothing_to_close": nothing_to_close, "calibration": len(calibrated), "second_n": 0}
    message = reading.original if whole else ""
    return replace(plan, doubts=tuple(dict.fromkeys(doubts)), path=path, signals=signals, message=message)


def judged(ctx: Ctx, plan: Plan, changed: list[actions.Write]) -> Plan:
    """The plan once stored, with the learned kind opinion's doubt (`second_opinion.doubts`) when it
    confidently disagrees with what storing it CHANGED (`actions.Stored.changed`): a deal or contact
    write that repeats what the record already says, or a reminder due in the past, is no change of
    that kind. Only a whole message is judged (`Plan.message`), like the other opinions."""
    if not plan.message:
        return plan
    disputed = [doubt for doubt in plan.doubts if isinstance(doubt, slot_opinion.Disputed)]
    asked = {kind for doubt in disputed for kind in doubt.kinds}  # the slot opinion's card asks already
    second = second_opinion.doubts(plan.message, changed, ctx._, asked=asked)
    path = {**plan.path, "second": "disagrees" if second else "agrees"}
    signals = {**plan.signals, "second_n": len(second)} if plan.signals else plan.signals
    return replace(plan, doubts=tuple(dict.fromkeys((*plan.doubts, *second))), path=path, signals=signals)
