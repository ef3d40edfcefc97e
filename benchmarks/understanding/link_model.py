"""A measured confidence for customer links: a small model trained on the labelled link records.

Measured and NOT used by the product (session 16, see benchmarks/understanding/README.md): on every
labelled half the linker's stored links are right 1234 of 1236 times and its "which customer?" questions
are right to ask 53 of 56, so carding or storing by this confidence only moved right answers. It is kept
here with its data for the next reader whose links do go wrong: rebuild the records
(`link_records.py`) and run `link_confidence_eval.py`.

The model: a deterministic logistic regression over a link's coarse description (`encode`: how it matched,
margin to the next customer, rivals, length, place, everyday words, words shared with another customer or
another customer's contact, own people or deals named, customers in the message; no names, no words),
trained from `link_counts.jsonl` (per source set and description: right of labelled), each set left out
on request (`holdout`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LinkRecord = dict[str, Any]
DATA = Path(__file__).resolve().parent / "link_counts.jsonl"

FEATURES_VERSION = 1  # bump when `link_features.link_features` changes: link_counts.jsonl is then stale

_held_out: str | None = None


def holdout(source: str | None) -> None:
    """Judge from now on with a model trained without `source`'s records (None: all of them)."""
    global _held_out
    _held_out = source


# --- the model: logistic regression on the link's features, trained at first use -------------------------

LABELLED = ("right", "wrong", "ask")
_MARGINS = ((20.0, "wide"), (8.0, "clear"), (0.5, "narrow"))


def _margin(margin: float) -> str:
    return next((name for floor, name in _MARGINS if margin >= floor), "none")


def _chars(n: int, script: str) -> str:
    if script == "zh":
        return "zh2" if n <= 2 else "zh3" if n == 3 else "zh4+"
    return "en<=4" if n <= 4 else "en5-8" if n <= 8 else "en9+"


def encode(link: LinkRecord) -> tuple[str, ...]:
    """The binary features a link record turns on (its coarse description; no names, no words)."""
    how = str(link.get("how", ""))
    out = [f"how={how}", f"field={link.get('field', '')}", f"script={link.get('script', '')}"]
    if "margin" in link:
        out.append(f"margin={_margin(float(link['margin']))}")
        out.append(f"rivals={min(int(link.get('rivals', 0)), 2)}")
        out.append(f"len={_chars(int(link.get('chars', 0)), str(link.get('script', '')))}")
        out.append(f"customers={min(int(link.get('customers', 1)), 2)}")
        out.append(f"score>={'99' if link['score'] >= 99 else '88' if link['score'] >= 88 else '0'}")
    for flag in ("first", "common", "everyday", "capital", "shared", "contact_other", "supported"):
        if link.get(flag):
            out.append(flag)
    if link.get("edits"):
        out.append("edits")
    if int(link.get("words_n", 1)) > 1:
        out.append("words>1")
    return tuple(out)


@dataclass(frozen=True)
class Model:
    """Logistic regression over `encode`'s features: P(the linked customer is the one meant)."""

    bias: float
    weights: dict[str, float]

    def confidence(self, link: LinkRecord) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in encode(link))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def target(row: LinkRecord, *, ask_is_wrong: bool = True) -> int | None:
    """1: the label's customer; 0: another one, or (must-ask) one that had to be asked; None: no label."""
    label = row.get("label")
    if label == "right":
        return 1
    if label == "wrong" or (label == "ask" and ask_is_wrong):
        return 0
    return None


Counts = dict[tuple[str, ...], list[int]]  # encoded features → [right, labelled]


def count(rows: Iterable[LinkRecord], *, ask_is_wrong: bool = True) -> Counts:
    """How many links of each description were right, of how many labelled."""
    counts: Counts = {}
    for row in rows:
        y = target(row, ask_is_wrong=ask_is_wrong)
        if y is not None:
            seen = counts.setdefault(encode(row), [0, 0])
            seen[0] += y
            seen[1] += 1
    return counts


def train(counts: Counts, *, steps: int = 300, rate: float = 1.0, l2: float = 1e-3) -> Model:
    """Full-batch gradient descent from zero weights over the distinct descriptions, in sorted order: the
    same counts give the same model on every run."""
    names = sorted({f for x in counts for f in x})
    index = {f: i for i, f in enumerate(names)}
    data = [([index[f] for f in x], k, n) for x, (k, n) in sorted(counts.items())]
    w = [0.0] * len(names)
    b = 0.0
    total = max(sum(n for _, _, n in data), 1)
    for _ in range(steps):
        gw = [0.0] * len(names)
        gb = 0.0
        for x, k, n in data:
            z = b + sum(w[i] for i in x)
            err = n / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - k
            gb += err
            for i in x:
                gw[i] += err
        b -= rate * gb / total
        w = [wi - rate * (g / total + l2 * wi) for wi, g in zip(w, gw, strict=True)]
    return Model(b, {f: w[i] for f, i in index.items()})


# The decisions whose links train the model: the links the linker stored or asked about (the customers it
# considered and did not take were measured too and made the held-out fit worse: see the README).
TRAINED_ON = ("stored", "stored_other", "asked_close", "asked_people", "asked_passing")


def counts_by_source() -> dict[str, Counts]:
    """The training data (`link_counts.jsonl`, built by `link_records.py`): per source set, how many links of
    each description were right."""
    lines = DATA.read_text(encoding="utf-8").splitlines()
    out: dict[str, Counts] = {}
    for line in lines[1:]:
        row = json.loads(line)
        out.setdefault(row["source"], {})[tuple(row["features"])] = [row["right"], row["n"]]
    return out


@lru_cache(maxsize=8)
def _model(held_out: str | None) -> Model:
    merged: Counts = {}
    for source, counts in counts_by_source().items():
        if source == held_out:
            continue
        for x, (k, n) in counts.items():
            seen = merged.setdefault(x, [0, 0])
            seen[0] += k
            seen[1] += n
    return train(merged)


def confidence(link: LinkRecord) -> float:
    """How often links that look like this one were to the customer meant, by the model trained on the
    labelled sets (without the held-out one, see `holdout`)."""
    return _model(_held_out).confidence(link)
