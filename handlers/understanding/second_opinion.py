"""A learned second opinion on what kind of change a message asks for, independent of the reader.

The reader (`handlers.understanding.reader`) is written by hand; a confident misreading of it (a greeting
read as a reminder, a question stored as a note, a future meeting logged as done) has nothing to check
it. This module is that check: small naive Bayes models, one per kind of change, trained on the labelled
messages shipped in `data/message_kinds.jsonl` (built by `benchmarks/understanding/build_message_kinds.py`
from the corpus and the development halves of the blind sets). Kinds:

    nothing (a question, chit-chat), log, remind, deal (new, amount, stage, close date, reopened),
    win, lose, contact, correction (a fix or take-back of the message before)

A message may have several (log + deal + remind). Each kind has its own binary model on features that
carry across writers: lowercased words and word pairs, the first and last word, character 1–3-grams of
Chinese, with numbers, amounts, times, e-mails and phone numbers replaced by placeholders so
it learns how messages are built rather than our customers' figures; a feature only one set uses (its
customers' names) is left out. Probabilities are calibrated on writers the counts did not include.
Training takes ~0.2 s at first use; the result is deterministic (same data, same opinion).

`doubts()` is the hook into the plan: when the plan would store something and the opinion confidently
disagrees with what (nothing to store at all, a log where only a reminder is planned, a win the plan does
not record, ...), the plan gets a doubt naming it and the preview card asks before anything is stored.

`opinion(text)` gives every kind's probability; `kind_opinion(text)` the most likely kind.
`holdout(source)` retrains without one set's messages: the benchmarks score a set's messages with a
model that never saw that writer.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from handlers.parsing.hanzi import simplified
from handlers.understanding import actions

KINDS = ("nothing", "log", "remind", "deal", "win", "lose", "contact", "correction")
DATA = "data/message_kinds.jsonl"

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
_CJK = re.compile(r"[\u3400-\u9fff]")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")


def normalized(text: str) -> str:
    """Lowercase simplified text with figures and contact details replaced by placeholders."""
    out = simplified(text).lower()
    for name, pattern in _PLACEHOLDERS:
        out = pattern.sub(f" <{name}> ", out)
    return out


def features(text: str) -> tuple[str, ...]:
    """The features a message is judged by (presence, not counts), sorted: sums over them do not depend
    on the process's string hashing, so the opinion is the same in every run."""
    norm = normalized(text)
    tokens = _TOKEN.findall(norm)
    out: set[str] = set()
    words: list[str] = []
    for token in tokens:
        if _CJK.match(token):
            chars = token
            out.update(f"c{n}:{chars[i : i + n]}" for n in (1, 2, 3) for i in range(len(chars) - n + 1))
            out.add(f"cs:{chars[:2]}")  # how a Chinese run starts ("提醒", "明天")
            words.append("<zh>")
            continue
        words.append(token)
        out.add(f"w:{token}")
    out.update(f"b:{a}_{b}" for a, b in zip(["^", *words], [*words, "$"], strict=True))
    if words:
        out.add(f"first:{words[0]}")
        out.add(f"last:{words[-1]}")
    if _EMOJI.search(text):
        out.add("emoji")
    size = len(words)
    out.add("len:" + ("1" if size <= 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "9+"))
    return tuple(sorted(out))


@dataclass(frozen=True)
class Example:
    text: str
    kinds: frozenset[str]
    source: str


def load_examples() -> list[Example]:
    lines = files("handlers.understanding").joinpath(DATA).read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.strip():
            row = json.loads(line)
            out.append(Example(row["text"], frozenset(row["kinds"]), row["source"]))
    return out


_ALPHA = 0.5  # additive smoothing of feature counts
_MIN_COUNT = 2  # a feature seen once is a name or a typo, not a sign
_MIN_SOURCES = 2  # nor is one seen in a single set only


class _Counts:
    """Feature counts (binary per message) overall and per kind, from which naive Bayes log-odds follow."""

    def __init__(self) -> None:
        self.messages = 0
        self.total: Counter[str] = Counter()
        self.inside: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
        self.with_kind: Counter[str] = Counter()
        self.sums: Counter[str] = Counter()  # feature occurrences in all messages ("") and per kind

    def add(self, feats: Iterable[str], kinds: Iterable[str]) -> None:
        feats = tuple(feats)
        self.messages += 1
        self.total.update(feats)
        self.sums[""] += len(feats)
        for kind in kinds:
            self.inside[kind].update(feats)
            self.with_kind[kind] += 1
            self.sums[kind] += len(feats)


_NONE = _Counts()


@dataclass(frozen=True)
class _Binary:
    """Naive Bayes for one kind against the rest: the log-odds each feature adds, the prior log-odds,
    and the calibration (a, b) that turns the summed log-odds s into a probability sigmoid(a·s + b)."""

    prior: float
    weights: dict[str, float]
    a: float = 1.0
    b: float = 0.0

    def log_odds(self, feats: Iterable[str]) -> float:
        return self.prior + sum(self.weights.get(f, 0.0) for f in feats)

    def probability(self, feats: Iterable[str]) -> float:
        return _sigmoid(self.a * self.log_odds(feats) + self.b)


def _binaries(
    counts: _Counts, size: int, wanted: Iterable[str], minus: _Counts = _NONE
) -> dict[str, _Binary]:
    """Naive Bayes per kind from `counts` less `minus` (a held-out set's), over a vocabulary of `size`
    features; weights for the `wanted` ones."""
    total, minus_total = counts.total, minus.total
    messages = counts.messages - minus.messages
    everything = counts.sums[""] - minus.sums[""]
    out = {}
    for kind in KINDS:
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
        out[kind] = _Binary(math.log(n_in / (messages - n_in)), weights)
    return out


def _platt(scores: list[float], truth: list[bool]) -> tuple[float, float]:
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
            p = _sigmoid(a * s + b)
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
    if a <= 0:  # scores that do not rank new writers' messages: no opinion beyond how common the kind is
        return 0.0, math.log(positives + 1) - math.log(len(truth) - positives + 1)
    return a, b


class Model:
    """One binary model per kind (see `train`)."""

    def __init__(self, binaries: dict[str, _Binary]) -> None:
        self.binaries = binaries

    def probabilities(self, text: str) -> dict[str, float]:
        feats = features(text)
        return {kind: b.probability(feats) for kind, b in self.binaries.items()}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def train(examples: Iterable[Example]) -> Model:
    """Naive Bayes per kind on binary features, calibrated on messages of writers it did not see.

    Summed over many overlapping n-grams, naive Bayes log-odds are far too sure of themselves. So each
    source set's messages are scored by a model counted without that set, and a sigmoid is fitted per
    kind to those out-of-writer scores (Platt scaling): a probability then says how often a message of a
    NEW writer with that score has the kind. With a single source, folds of every third message stand in."""
    rows = [(features(e.text), e.kinds, e.source) for e in examples]
    document_frequency = Counter(f for feats, _, _ in rows for f in feats)
    writers: dict[str, set[str]] = {}
    for feats, _, source in rows:
        for f in feats:
            writers.setdefault(f, set()).add(source)
    sources = sorted({source for _, _, source in rows})
    # a sign of a kind is used by several writers; words only one set has are its customers' names
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
    everything = _Counts()
    kept = []
    for (feats, kinds, _), fold in zip(rows, fold_of, strict=True):
        feats = tuple(f for f in feats if f in known)
        kept.append(feats)
        by_fold.setdefault(fold, _Counts()).add(feats, kinds)
        everything.add(feats, kinds)
    binaries = _binaries(everything, len(vocabulary), vocabulary)
    scores: dict[str, list[float]] = {k: [0.0] * len(rows) for k in binaries}
    for fold, counts in by_fold.items():
        members = [i for i, f in enumerate(fold_of) if f == fold]
        # scored as a new writer's message is: features the other sets have too few of are unknown
        left = {sources[fold]} if len(sources) > 2 else set()  # the writer held out
        known_to_rest = {
            f
            for f in vocabulary
            if everything.total[f] - counts.total.get(f, 0) >= _MIN_COUNT and len(writers[f] - left) >= spread
        }
        seen = {f for i in members for f in kept[i] if f in known_to_rest}
        held_out = _binaries(everything, len(known_to_rest), seen, minus=counts)
        for kind, binary in held_out.items():
            if kind in scores:
                for i in members:
                    scores[kind][i] = binary.log_odds(kept[i])
    for kind, binary in binaries.items():
        truth = [kind in kinds for _, kinds, _ in rows]
        a, b = _platt(scores[kind], truth)
        binaries[kind] = _Binary(binary.prior, binary.weights, a, b)
    return Model(binaries)


@lru_cache(maxsize=8)
def model(without: str | None = None) -> Model:
    """The model trained on the shipped examples (without one source set's, for honest benchmarks)."""
    return train(e for e in load_examples() if e.source != without)


_held_out: str | None = None


def holdout(source: str | None) -> None:
    """Judge from now on with a model trained without `source`'s messages (None: all of them)."""
    global _held_out
    _held_out = source


@dataclass(frozen=True)
class Opinion:
    probabilities: dict[str, float]

    def of(self, kind: str) -> float:
        return self.probabilities.get(kind, 0.0)

    @property
    def kind(self) -> str:
        return max(KINDS, key=lambda k: (self.of(k), -KINDS.index(k)))


def opinion(text: str) -> Opinion:
    return Opinion(model(_held_out).probabilities(text))


def kind_opinion(text: str) -> tuple[str, float]:
    """The most likely kind of change the message asks for, and how likely it is."""
    found = opinion(text)
    return found.kind, found.of(found.kind)


WRITE_KINDS = ("log", "remind", "deal", "win", "lose", "contact")


def disagreements(found: Opinion, planned: Iterable[str], threshold: float) -> list[str]:
    """How the opinion confidently disagrees with what a plan would store (empty: it does not).

    `planned`: the kinds of change the plan writes (`WRITE_KINDS`). A plan that stores nothing (a question
    answered, chit-chat) is never doubted. Disagreeing means: the message reads as nothing to store
    ("nothing") or as a fix of the last one ("correction"); a kind the plan writes is confidently not
    meant ("not log": a future meeting logged as done); a kind it leaves out is confidently meant
    ("log left out": it only reminds; "win left out")."""
    planned = set(planned)
    if not planned:
        return []
    out = [kind for kind in ("nothing", "correction") if found.of(kind) >= threshold]
    out += [f"not {kind}" for kind in WRITE_KINDS if kind in planned and found.of(kind) <= 1 - threshold]
    out += [f"{kind} left out" for kind in WRITE_KINDS if kind not in planned and found.of(kind) >= threshold]
    return out


def planned_kinds(writes: Iterable[actions.Write]) -> set[str]:
    """The kinds of change (`WRITE_KINDS`) a plan's writes store."""
    out = set()
    for write in writes:
        if isinstance(write, actions.LogAction):
            out.add("log")
        elif isinstance(write, actions.ReminderAction) and write.due is not None:
            out.add("remind")  # one without a date is not stored: the user is asked when
        elif isinstance(write, actions.NewsAction):
            out.add("contact")
        elif isinstance(write, actions.DealAction):  # a reopened deal is a deal change, whatever ended it
            out.add(
                "deal" if write.reopen else {"won": "win", "lost": "lose"}.get(write.outcome or "", "deal")
            )
    return out


THRESHOLD = 0.97  # chosen on the leave-one-set-out curve (benchmarks/understanding/second_opinion_eval.py)
# the disagreements that make a doubt: the misreadings the opinion is there for (small talk or a question
# stored, a fix stored as new, a plan logged as done, a talk stored as a reminder, a win or loss missed or
# made up, a log reduced to a reminder). A deal or contact change it merely misses is left to the reader:
# deal and contact words are everywhere in notes that change neither.
REASONS = (
    "nothing",
    "correction",
    "not log",
    "not remind",
    "not win",
    "not lose",
    "log left out",
    "win left out",
    "lose left out",
)


def rule_of(reason: str) -> str:
    """The family of a disagreement: nothing, correction, not (a kind written but not meant), left
    (a kind meant but not written)."""
    return "not" if reason.startswith("not ") else "left" if reason.endswith(" left out") else reason


def _said(reason: str, _: Callable[[str], str]) -> str:
    return {
        "nothing": _("whether to store anything: it reads like a question or small talk"),
        "correction": _("whether this corrects your last message"),
        "not log": _("whether it has already happened"),
        "not remind": _("whether you want a reminder"),
        "not deal": _("whether the deal changes"),
        "not win": _("whether the deal is won"),
        "not lose": _("whether the deal is lost"),
        "not contact": _("whether a contact's details change"),
        "log left out": _("whether it has already happened (only a reminder is planned)"),
        "remind left out": _("whether you want a reminder"),
        "deal left out": _("whether the deal changes too"),
        "win left out": _("whether the deal is won"),
        "lose left out": _("whether the deal is lost"),
        "contact left out": _("whether a contact's details change"),
    }[reason]


def doubts(text: str, writes: Iterable[actions.Write], _: Callable[[str], str]) -> list[str]:
    """The plan's doubt when the opinion on `text` confidently disagrees with what its writes store
    (at most one, in the user's language via `_`); none for a plan that stores nothing."""
    planned = planned_kinds(writes)
    reasons = [r for r in disagreements(opinion(text), planned, THRESHOLD) if r in REASONS]
    return [_said(reasons[0], _)] if reasons and _enabled else []


_enabled = True


def switch(on: bool) -> None:
    """Turn the hook off (benchmarks measure the reader alone with it) or on again."""
    global _enabled
    _enabled = on
