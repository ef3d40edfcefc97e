"""The learned opinions' shared parts: how text becomes tokens, and calibrated naive Bayes per class.

Two opinions learn from the labelled messages shipped in `data/`: what kind of change a message asks
for (`second_opinion`) and which role each date and amount of it plays (`slot_opinion`). Both see text the
same way (`normalized`, `tokens`: lowercase simplified text, figures and contact details as
placeholders) and both learn the same way (`train`): one binary naive Bayes per class against the rest on
presence features, keeping only features seen in several messages of several source sets (a feature one
set alone has is its customers' names), calibrated by Platt scaling on scores of writers the counts left
out. `holdout` makes both train without one set's messages, for honest benchmarks.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from handlers.parsing.calendar_words import DAYS_SAID_ABROAD
from handlers.parsing.hanzi import simplified
from handlers.parsing.months import MONTHS_SAID_ABROAD

_ASCII_EDGE = (
    r"(?<![A-Za-z0-9_.])",
    r"(?![A-Za-z0-9_])",
)  # a Chinese character next to a number is no part of it
_PLACEHOLDERS = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("date", re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]")),
    ("phone", re.compile(_ASCII_EDGE[0] + r"\+?\d[\d\s().-]{6,18}\d" + _ASCII_EDGE[1])),
    ("time", re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|\d{1,2}点(?:半|\d{1,2}分?)?")),
    (
        "money",
        re.compile(
            r"(?:[$€£¥￥]|\b(?:usd|eur|gbp|rmb|cny|sgd|hkd|jpy|sek|chf|aud|cad)\s?)\s?\d[\d,.]*\s*[kmw万千亿]?"
            r"|\d[\d,.]*\s*(?:[kKmM]\b|万|千|亿|w\b|块|元|美元|欧元|(?:usd|eur|gbp|rmb|cny|sgd|sek)\b)",
            re.IGNORECASE,
        ),
    ),
    ("num", re.compile(r"\d+(?:[.,]\d+)*")),
)
_TOKEN = re.compile(r"<[a-z]+>|[a-z][a-z'&]*|[\u3400-\u9fff]+|[?？!！]")
CJK = re.compile(r"[\u3400-\u9fff]")


# Cantonese "提我" is "提醒我" (remind me): the labelled messages the opinions learn from say it mostly the
# Mandarin way, so "…提我追X" read as unknown words was doubted as no reminder at all.
_REMIND_ME = re.compile(r"提我(?![们哋地])")


# Days and a remind-me said in Swahili, Portuguese, Spanish or German inside English ("f/u kesho", "lembrete
# 22/6 …", "recuérdame el 2 de noviembre …", "Erinnerung: Freitag …"), which
# the labelled messages say in English: read as their English words, not as unknown ones.
_ENGLISH_FOR = {
    **DAYS_SAID_ABROAD,
    **{name: calendar.month_name[number].lower() for name, number in MONTHS_SAID_ABROAD.items()},
    "lembrete": "remind me",
    "recuérdame": "remind me",  # Spanish
    "recuerdame": "remind me",
    "se recorre a": "slips to",
    "fin de": "end of",
    "erinnerung": "reminder",  # German
    "ende": "end of",
}
_FOREIGN_WORD = re.compile(rf"\b(?:{'|'.join(_ENGLISH_FOR)})(?![\w])")


def normalized(text: str) -> str:
    """Lowercase simplified text with figures and contact details replaced by placeholders."""
    out = _REMIND_ME.sub("提醒我", simplified(text).lower())
    out = _FOREIGN_WORD.sub(lambda m: _ENGLISH_FOR[m.group(0)], out)
    for name, pattern in _PLACEHOLDERS:
        out = pattern.sub(f" <{name}> ", out)
    return out


def tokens(text: str) -> list[str]:
    """The words of `normalized(text)`: placeholders, Latin words, runs of Chinese characters, ? and !."""
    return _TOKEN.findall(normalized(text))


_ALPHA = 0.5  # additive smoothing of feature counts
_MIN_COUNT = 2  # a feature seen once is a name or a typo, not a sign
_MIN_SOURCES = 2  # nor is one seen in a single set only


class _Counts:
    """Feature counts (binary per example) overall and per class, from which naive Bayes log-odds follow."""

    def __init__(self, classes: Sequence[str]) -> None:
        self.messages = 0
        self.total: Counter[str] = Counter()
        self.inside: dict[str, Counter[str]] = {k: Counter() for k in classes}
        self.with_kind: Counter[str] = Counter()
        self.sums: Counter[str] = Counter()  # feature occurrences in all examples ("") and per class

    def add(self, feats: Iterable[str], kinds: Iterable[str]) -> None:
        feats = tuple(feats)
        self.messages += 1
        self.total.update(feats)
        self.sums[""] += len(feats)
        for kind in kinds:
            self.inside[kind].update(feats)
            self.with_kind[kind] += 1
            self.sums[kind] += len(feats)


@dataclass(frozen=True)
class Binary:
    """Naive Bayes for one class against the rest: the log-odds each feature adds, the prior log-odds,
    and the calibration (a, b) that turns the summed log-odds s into a probability sigmoid(a·s + b)."""

    prior: float
    weights: dict[str, float]
    a: float = 1.0
    b: float = 0.0

    def log_odds(self, feats: Iterable[str]) -> float:
        return self.prior + sum(self.weights.get(f, 0.0) for f in feats)

    def probability(self, feats: Iterable[str]) -> float:
        return sigmoid(self.a * self.log_odds(feats) + self.b)


def _binaries(
    classes: Sequence[str], counts: _Counts, size: int, wanted: Iterable[str], minus: _Counts | None = None
) -> dict[str, Binary]:
    """Naive Bayes per class from `counts` less `minus` (a held-out set's), over a vocabulary of `size`
    features; weights for the `wanted` ones."""
    minus = minus or _Counts(classes)
    total, minus_total = counts.total, minus.total
    messages = counts.messages - minus.messages
    everything = counts.sums[""] - minus.sums[""]
    out = {}
    for kind in classes:
        inside, minus_inside = counts.inside[kind], minus.inside[kind]
        n_in = counts.with_kind[kind] - minus.with_kind[kind]
        if not n_in or n_in == messages:
            continue
        in_sum = counts.sums[kind] - minus.sums[kind]
        norm = math.log(everything - in_sum + _ALPHA * size) - math.log(in_sum + _ALPHA * size)
        weights = {}
        for f in wanted:
            f_in = inside.get(f, 0) - minus_inside.get(f, 0)
            f_all = total.get(f, 0) - minus_total.get(f, 0)
            weights[f] = math.log(f_in + _ALPHA) - math.log(f_all - f_in + _ALPHA) + norm
        out[kind] = Binary(math.log(n_in / (messages - n_in)), weights)
    return out


def platt(scores: list[float], truth: list[bool]) -> tuple[float, float]:
    """The a, b of sigmoid(a·s + b) that best fit scores to outcomes (log-likelihood; Newton steps, halved
    while they do not improve it), with Platt's smoothed targets so that a separable fold is not certain."""
    positives = sum(truth)
    high, low = (positives + 1) / (positives + 2), 1 / (len(truth) - positives + 2)
    targets = [high if t else low for t in truth]

    def loss(a: float, b: float) -> float:
        total = 0.0
        for s, t in zip(scores, targets, strict=True):
            z = a * s + b
            total += max(z, 0.0) - z * t + math.log1p(math.exp(-abs(z)))  # -log-likelihood, stable
        return total

    spread = math.sqrt(sum(s * s for s in scores) / len(scores)) or 1.0
    a, b = 1.0 / spread, 0.0
    current = loss(a, b)
    for _ in range(40):
        g_a = g_b = h_aa = h_ab = h_bb = 0.0
        for s, t in zip(scores, targets, strict=True):
            p = sigmoid(a * s + b)
            w = max(p * (1 - p), 1e-12)
            g_a += (p - t) * s
            g_b += p - t
            h_aa += w * s * s
            h_ab += w * s
            h_bb += w
        det = h_aa * h_bb - h_ab * h_ab
        if det <= 1e-12:
            break
        step_a = (h_bb * g_a - h_ab * g_b) / det
        step_b = (h_aa * g_b - h_ab * g_a) / det
        scale = 1.0
        while scale > 1e-4:
            trial = loss(a - scale * step_a, b - scale * step_b)
            if trial < current:
                break
            scale /= 2
        else:
            break
        a, b = a - scale * step_a, b - scale * step_b
        if current - trial < 1e-7:
            break
        current = trial
    if a <= 0:  # scores that do not rank new writers' examples: no opinion beyond how common the class is
        return 0.0, math.log(positives + 1) - math.log(len(truth) - positives + 1)
    return a, b


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


Row = tuple[tuple[str, ...], frozenset[str], str]  # an example's features, its classes, its source set


def train(rows: Sequence[Row], classes: Sequence[str]) -> dict[str, Binary]:
    """Naive Bayes per class on binary features, calibrated on examples of writers it did not see.

    Summed over many overlapping n-grams, naive Bayes log-odds are far too sure of themselves. So each
    source set's examples are scored by a model counted without that set, and a sigmoid is fitted per
    class to those out-of-writer scores (Platt scaling): a probability then says how often an example of
    a NEW writer with that score has the class. With two sources or fewer, folds of every third example
    stand in. A class no example (or every example) has gets no model."""
    document_frequency = Counter(f for feats, _, _ in rows for f in feats)
    writers: dict[str, set[str]] = {}
    for feats, _, source in rows:
        for f in feats:
            writers.setdefault(f, set()).add(source)
    sources = sorted({source for _, _, source in rows})
    # a sign of a class is used by several writers; words only one set has are its customers' names
    spread = _MIN_SOURCES if len(sources) > 2 else 1
    vocabulary = sorted(
        f for f, n in document_frequency.items() if n >= _MIN_COUNT and len(writers[f]) >= spread
    )
    known = set(vocabulary)
    fold_of = (
        [sources.index(source) for _, _, source in rows]
        if len(sources) > 2
        else [i % 3 for i in range(len(rows))]
    )
    by_fold: dict[int, _Counts] = {}
    everything = _Counts(classes)
    kept = []
    for (feats, kinds, _), fold in zip(rows, fold_of, strict=True):
        feats = tuple(f for f in feats if f in known)
        kept.append(feats)
        by_fold.setdefault(fold, _Counts(classes)).add(feats, kinds)
        everything.add(feats, kinds)
    binaries = _binaries(classes, everything, len(vocabulary), vocabulary)
    scores: dict[str, list[float]] = {k: [0.0] * len(rows) for k in binaries}
    for fold, counts in by_fold.items():
        members = [i for i, f in enumerate(fold_of) if f == fold]
        # scored as a new writer's example is: features the other sets have too few of are unknown
        left = {sources[fold]} if len(sources) > 2 else set()  # the writer held out
        known_to_rest = {
            f
            for f in vocabulary
            if everything.total[f] - counts.total.get(f, 0) >= _MIN_COUNT and len(writers[f] - left) >= spread
        }
        seen = {f for i in members for f in kept[i] if f in known_to_rest}
        held_out = _binaries(classes, everything, len(known_to_rest), seen, minus=counts)
        for kind, binary in held_out.items():
            if kind in scores:
                for i in members:
                    scores[kind][i] = binary.log_odds(kept[i])
    for kind, binary in binaries.items():
        truth = [kind in kinds for _, kinds, _ in rows]
        a, b = platt(scores[kind], truth)
        binaries[kind] = Binary(binary.prior, binary.weights, a, b)
    return binaries


_held_out: str | None = None


def holdout(source: str | None) -> None:
    """Train the learned opinions from now on without `source`'s examples (None: with all of them)."""
    global _held_out
    _held_out = source


def held_out() -> str | None:
    """The source set the learned opinions are trained without (`holdout`), if any."""
    return _held_out
