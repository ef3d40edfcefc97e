"""What the customer linker reports about each link it makes or asks about, for the benchmarks.

The linker (`customers.locate_customer`) describes every link it stores or asks about, and every customer it
considered (`link_features.link_features`: how it matched, the margin to the next customer, everyday words,
words another customer or its contact shares, …). Nothing listens in the product; a benchmark collects
the records (`collected`) to measure how often links of each sort are right
(`benchmarks/understanding/link_records.py`, `link_model.py`, `link_confidence_eval.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from handlers.understanding.tap import tapped

LinkRecord = dict[str, Any]

LOG = logging.getLogger("salesbot.link")


def recording() -> bool:
    """Whether a benchmark listens (features are only worked out for it then)."""
    return LOG.isEnabledFor(logging.DEBUG)


def record(features: LinkRecord) -> None:
    """Emit one link the linker made or asked about (a benchmark's tap; nothing listens otherwise)."""
    if LOG.isEnabledFor(logging.DEBUG):
        LOG.debug("link", extra={"link": features})


@contextmanager
def collected() -> Iterator[list[LinkRecord]]:
    """The links recorded while the block runs."""
    with tapped(LOG, "link") as links:
        yield links
