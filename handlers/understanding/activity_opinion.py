"""A learned opinion on what KIND of interaction a log reports, for logs that name it in no word the
reader knows.

The reader takes the kind from its own words (`kinds.KIND_PATTERNS`: "called", "拜访", "mtg", …). Reps
say it in many more ways ("2 calls today", "Chloe — phone — price ok", "didn't get to see him", "通了个
电化"); with no kind word the reader logs a note, and a note with a person named goes to the preview card
(`calibration.CARD`). This opinion reads the whole message the way the kind opinion does
(`second_opinion.features`, `naive_bayes`: features several sets use, calibrated on writers left out) and
says how likely each kind is:

    call, visit, meeting, email, message, note, complaint

It learns from `data/activity_kinds.jsonl` (messages that log interactions all of one kind; built by
`benchmarks/understanding/build_activity_kinds.py`), at first use (~0.1 s). `learned_kind()` is the hook:
a log the reader could only call a note gets the kind the opinion is `THRESHOLD` sure of; otherwise it
stays a note (and the card asks as before). Measured leave-one-set-out by
`benchmarks/understanding/activity_opinion_eval.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from handlers.understanding import naive_bayes, second_opinion
from handlers.understanding.second_opinion import Example


def features(text: str) -> tuple[str, ...]:
    """The kind opinion's features (`second_opinion.features`) and the 4-letter pieces of Latin words, so
    that a form no message had ("whatsapped", "msgd", "phoned") shares what its stem's forms had."""
    out = set(second_opinion.features(text))
    for word in re.findall(r"[a-z]{4,}", naive_bayes.normalized(text)):
        marked = f"^{word}$"
        out.update(f"g:{marked[i : i + 4]}" for i in range(len(marked) - 3))
    return tuple(sorted(out))


KINDS = ("call", "visit", "meeting", "email", "message", "note", "complaint")
DATA = "data/activity_kinds.jsonl"
THRESHOLD = 0.8  # chosen on the leave-one-set-out curve (activity_opinion_eval.py; README): 0.85 gave
# a kind to 2 fewer of the 49 logs with no kind word, for no fewer wrong ones (session 19)


def load_examples() -> list[Example]:
    return second_opinion.load_examples(DATA)


@lru_cache(maxsize=8)
def model(without: str | None = None) -> dict[str, naive_bayes.Binary]:
    """One calibrated binary model per kind, trained on the shipped examples (without one source set's)."""
    rows = [(features(e.text), e.kinds, e.source) for e in load_examples() if e.source != without]
    return naive_bayes.train(rows, KINDS)


def opinion(text: str) -> dict[str, float]:
    """How likely each kind of interaction is for the log `text`."""
    feats = features(text)
    return {kind: b.probability(feats) for kind, b in model(naive_bayes.held_out()).items()}


def learned_kind(text: str, threshold: float = THRESHOLD) -> str | None:
    """The kind the opinion is at least `threshold` sure the log reports, other than a note (None: no
    kind is that sure)."""
    if not _enabled:
        return None
    probabilities = opinion(text)
    kind = max(KINDS, key=lambda k: (probabilities.get(k, 0.0), -KINDS.index(k)))
    return kind if kind != "note" and probabilities.get(kind, 0.0) >= threshold else None


_enabled = True


def switch(on: bool) -> None:
    """Turn the hook off (benchmarks measure the reader without it) or on again."""
    global _enabled
    _enabled = on
