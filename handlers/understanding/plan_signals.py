"""The signals a whole plan is decided on, as a whole-plan confidence sees them.

One plan (one customer's part of a message) is described by what it does and how it was read: its
operations, which of the gate's rules doubted it (`gate.doubt_families`) and how many content words it
leaves out, how sure the learned opinions are of the kinds of change it stores (`second_opinion`) and
of the role it gives each date and amount (`slot_opinion`), how its customer was linked, how many people,
dates, amounts, reminders and clauses the message has, its script and length, and its decision path
(`decision_path.path_of`). No words of the message and no names: only what carries over to a writer
nobody has read.

Worked out only when a benchmark records plans (`plan_log.recording`): see
`benchmarks/understanding/plan_records.py`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from handlers.understanding import gate, second_opinion, slot_opinion
from handlers.understanding.customer_link import Found
from handlers.understanding.decision_path import Path
from handlers.understanding.naive_bayes import tokens
from handlers.understanding.plan_writes import Writes
from handlers.understanding.reading import Reading

Signals = dict[str, Any]


def _format(text: str, **values: object) -> str:
    return text.format(**values)


def slot_signals(reading: Reading, writes: Writes, now: datetime) -> list[Signals]:
    """Each date and amount: the roles the plan gives it and the slot opinion's probability of each role."""
    out = []
    for slot in slot_opinion.slots(reading, writes, now):
        probabilities = slot_opinion.opinion(slot.slot, slot.features)
        out.append(
            {
                "slot": slot.slot,
                "planned": sorted(slot.planned),
                "p": {role: round(p, 4) for role, p in sorted(probabilities.items())},
            }
        )
    return out


def signals(
    reading: Reading,
    found: Found | None,
    *,
    writes: Writes,
    path: Path,
    unused: tuple[str, ...],
    now: datetime,
    contacts: tuple[str, ...],
    whole: bool,
) -> Signals:
    """The plan's signals (see the module docstring); JSON-ready."""
    families = gate.doubt_families(
        reading, found, now=now, contacts=contacts, writes=writes, say=_format if whole else None
    )
    planned = second_opinion.planned_kinds(
        w for w in (writes.log, writes.deal, *writes.reminders, *writes.news) if w is not None
    )
    kinds = second_opinion.opinion(reading.original or reading.text).probabilities
    return {
        "path": {k: list(v) if isinstance(v, tuple) else v for k, v in path.items()},
        "whole": whole,
        "planned": sorted(planned),
        "reminders": sum(1 for r in writes.reminders if r is not None),
        "news": len(writes.news),
        "doubts": {family: len(found_) for family, found_ in families.items() if found_},
        "unused": len(unused),
        "unused_numbers": sum(1 for w in unused if any(c.isdigit() for c in w)),
        "kind_p": {kind: round(p, 4) for kind, p in sorted(kinds.items())},
        "slots": slot_signals(reading, writes, now),
        "link": found.certainty.value if found is not None else "none",
        "link_field": found.field if found is not None else "none",
        "persons": len(reading.persons),
        "contacts": len(contacts),
        "dates": sum(1 for at, _ in reading.dates if at >= 0),
        "amounts": len(reading.amounts),
        "steps": len(reading.steps),
        "explicit_steps": sum(1 for s in reading.steps if s.explicit),
        "clauses": len(reading.clauses),
        "chars": len(reading.text),
        "tokens": len(tokens(reading.text)),
        "open_deal": writes.open_deal,
    }
