"""What the gate reports about each plan it stores at once or shows on the card, for the benchmarks.

When a benchmark listens, every message that reaches the gate (`preview.confirm_first`) is described:
its decision (stored at once, card, saved from the card) and, per plan, the signals the plan was decided
on (`plan_signals.signals`: operations, which rules doubted it, the learned opinions' probabilities,
words left out, what was found and how the customer was linked, …). Nothing listens in the product and
the signals are then not worked out; `benchmarks/understanding/plan_records.py` collects them to measure
a whole-plan confidence.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from handlers.understanding.tap import tapped

PlanRecord = dict[str, Any]

LOG = logging.getLogger("salesbot.plan")


def recording() -> bool:
    """Whether a benchmark listens (the signals are only worked out for it then)."""
    return LOG.isEnabledFor(logging.DEBUG)


def record(features: PlanRecord) -> None:
    """Emit one gate decision (a benchmark's tap; nothing listens otherwise)."""
    if LOG.isEnabledFor(logging.DEBUG):
        LOG.debug("plan", extra={"plan": features})


@contextmanager
def collected() -> Iterator[list[PlanRecord]]:
    """The gate decisions recorded while the block runs."""
    with tapped(LOG, "plan") as plans:
        yield plans
