"""A whole-plan confidence measured on plan records, NOT used by the product (session 17; see the README
section "A whole-plan confidence measured from plan records": within what the regression gates allow, the
measured gain is nil).

A plan record (`plan_records.py`) is one message's gate decision with its plans' signals
(`handlers/understanding/plan_signals.py`). `encode` turns it into coarse binary features (no words, no
names: operations, the gate's doubts by rule, words left out, the learned opinions' probabilities in
bands, link certainty, counts in bands, script, the decision path's values), so what is learned on one
writer can carry over to another. The target (`target`) is whether storing the plan as planned is right:
for a plan stored at once, the harness verdict; for a plan shown on the card, the verdict had Save been
pressed (`saved`).

Two learners over the same features, compared leave-one-set-out by `plan_confidence_eval.py`:

- `train_nb`: the product's shared naive-Bayes core (`handlers.understanding.naive_bayes.train`: presence
  features seen in several messages of several sets, Platt-calibrated on writers left out);
- `train_lr`: logistic regression (L2, Newton steps; deterministic), which does not count correlated
  features (a doubt and the path's `gate=doubts`, a link and its path value) again and again the way naive
  Bayes does; leave-one-set-out it had the lower log loss (0.238 vs 0.250; base rate 0.427). Training on
  ~1300 plans takes ~0.1 s (0.3 s on a loaded machine).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from handlers.understanding import naive_bayes

Record = dict[str, Any]
Signals = dict[str, Any]
WRITE_KINDS = ("log", "remind", "deal", "win", "lose", "contact")


def _band(p: float, edges: Sequence[float] = (0.2, 0.5, 0.8, 0.95)) -> str:
    return str(sum(p >= e for e in edges))


def _count(n: int, top: int = 2) -> str:
    return str(min(n, top))


def plan_features(plan: Signals) -> set[str]:
    """The binary features of one plan's signals."""
    out: set[str] = set()
    planned = plan.get("planned", [])
    out.update(f"op:{k}" for k in planned)
    out.add(f"ops:{_count(len(planned), 3)}")
    for key, value in (plan.get("path") or {}).items():
        for v in value if isinstance(value, list | tuple) else [value]:
            out.add(f"path:{key}={v}")
    out.update(f"doubt:{family}" for family in plan.get("doubts", {}))
    out.add(f"unused:{_count(plan.get('unused', 0))}")
    if plan.get("unused_numbers"):
        out.add("unused:number")
    kinds = plan.get("kind_p", {})
    if kinds:
        mine = [kinds.get(k, 0.0) for k in planned]
        others = [kinds.get(k, 0.0) for k in WRITE_KINDS if k not in planned]
        out.add(f"kind:min_planned={_band(min(mine)) if mine else 'none'}")
        out.add(f"kind:max_other={_band(max(others)) if others else 'none'}")
        out.add(f"kind:nothing={_band(kinds.get('nothing', 0.0))}")
        out.add(f"kind:correction={_band(kinds.get('correction', 0.0))}")
    slots = plan.get("slots", [])
    if slots:
        agree = [max(s["p"].get(r, 0.0) for r in s["planned"]) for s in slots]
        other = [max((p for r, p in s["p"].items() if r not in s["planned"]), default=0.0) for s in slots]
        out.add(f"slot:min_planned={_band(min(agree))}")
        out.add(f"slot:max_other={_band(max(other))}")
    for key in ("persons", "contacts", "dates", "amounts", "steps", "explicit_steps", "reminders", "news"):
        out.add(f"{key}:{_count(plan.get(key, 0))}")
    out.add(f"clauses:{_count(plan.get('clauses', 1), 4)}")
    tokens = plan.get("tokens", 0)
    out.add(
        "tokens:" + ("<=5" if tokens <= 5 else "<=12" if tokens <= 12 else "<=25" if tokens <= 25 else "26+")
    )
    out.add(f"link:{plan.get('link', 'none')}")
    if plan.get("nothing_to_close"):
        out.add("nothing_to_close")
    if plan.get("calibration"):
        out.add("calibration")
    if plan.get("second_n"):
        out.add("second_disagrees")
    return out


def encode_plans(plans: Iterable[Signals]) -> tuple[str, ...]:
    """The binary features of a message's plans (a message about two customers has two), sorted."""
    plans = list(plans)
    out: set[str] = {f"plans:{_count(len(plans))}"}
    for plan in plans:
        out |= plan_features(plan)
    return tuple(sorted(out))


def encode(gate: Record) -> tuple[str, ...]:
    """The binary features of one gate decision (all its plans: a message about two customers has two)."""
    return encode_plans(gate.get("plans", []))


def unit(record: Record) -> Record | None:
    """The one gate decision a record's message was decided by (None: none, or several texts / decisions:
    a correction sent after a message, a card answered, which one confidence cannot stand for)."""
    gate = [g for g in record.get("gate", []) if g.get("decision") in ("stored", "card")]
    if record.get("texts", 1) != 1 or len(gate) != 1:
        return None
    return gate[0]


def target(record: Record) -> int | None:
    """1: storing the plan as planned is right; 0: it is not; None: no such plan."""
    gate = unit(record)
    if gate is None:
        return None
    verdict = record["verdict"] if gate["decision"] == "stored" else record.get("saved")
    return None if verdict is None else int(verdict == "right")


@dataclass(frozen=True)
class Linear:
    """P(storing the plan as planned is right) = sigmoid(bias + the features' weights)."""

    bias: float
    weights: dict[str, float]

    def confidence(self, feats: Iterable[str]) -> float:
        return naive_bayes.sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in feats))


def train_lr(rows: Sequence[tuple[Sequence[str], int]], *, l2: float = 1.0, min_count: int = 3) -> Linear:
    """Logistic regression with an L2 penalty (`l2` on the weights, not the bias), by Newton steps over the
    features seen at least `min_count` times; the same rows give the same model.

    The features are binary and few per plan, so the sums run over each plan's own features (`bincount`):
    no dense matrix products or LAPACK solves, which spread over threads a busy machine does not have (a
    0.1 s training took seconds so)."""
    import numpy as np

    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i + 1 for i, f in enumerate(names)}  # 0: the bias
    size = len(names) + 1
    active = [[0, *sorted(index[f] for f in set(feats) if f in index)] for feats, _ in rows]
    row_of = np.array([r for r, fs in enumerate(active) for _ in fs])
    feature = np.array([f for fs in active for f in fs])
    widest = max(len(fs) for fs in active)
    padded = np.full((len(rows), widest), -1)  # each plan's features, -1 after the last
    for r, fs in enumerate(active):
        padded[r, : len(fs)] = fs
    both = (padded[:, :, None] >= 0) & (padded[:, None, :] >= 0)
    pair = (padded[:, :, None] * size + padded[:, None, :])[both]  # every pair of one plan's features
    pair_row = np.broadcast_to(np.arange(len(rows))[:, None, None], both.shape)[both]
    y = np.array([t for _, t in rows], dtype=float)
    w = np.zeros(size)
    penalty = np.full(size, l2)
    penalty[0] = 0.0
    for _ in range(50):
        z = np.bincount(row_of, weights=w[feature], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        gradient = np.bincount(feature, weights=(p - y)[row_of], minlength=size) + penalty * w
        curvature = (p * (1 - p))[pair_row]
        hessian = np.bincount(pair, weights=curvature, minlength=size * size).reshape(size, size)
        step = _solve(hessian + np.diag(penalty + 1e-9), gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return Linear(float(w[0]), {f: float(w[i]) for f, i in index.items()})


def _solve(matrix: Any, vector: Any) -> Any:
    """x with matrix · x = vector for a symmetric positive definite matrix, by conjugate gradients."""
    import numpy as np

    x = np.zeros_like(vector)
    residual = vector.copy()
    direction = residual.copy()
    norm = float(residual @ residual)
    for _ in range(4 * len(vector)):
        if norm < 1e-24:
            break
        bent = matrix @ direction
        alpha = norm / float(direction @ bent)
        x += alpha * direction
        residual -= alpha * bent
        new_norm = float(residual @ residual)
        direction = residual + (new_norm / norm) * direction
        norm = new_norm
    return x


@dataclass(frozen=True)
class Bayes:
    binary: naive_bayes.Binary | None
    base: float

    def confidence(self, feats: Iterable[str]) -> float:
        """P(right) = 1 - P(wrong) by the naive-Bayes model of a wrong plan."""
        return self.base if self.binary is None else 1.0 - self.binary.probability(feats)


def train_nb(rows: Sequence[tuple[tuple[str, ...], int, str]]) -> Bayes:
    """The shared naive-Bayes core, one class ("wrong") against the rest, calibrated per source set."""
    data = [(feats, frozenset({"wrong"}) if y == 0 else frozenset(), source) for feats, y, source in rows]
    binaries = naive_bayes.train(data, ("wrong",))
    right = sum(y for _, y, _ in rows) / max(len(rows), 1)
    return Bayes(binaries.get("wrong"), right)


def log_loss(pairs: Iterable[tuple[float, int]]) -> float:
    pairs = list(pairs)
    total = 0.0
    for p, y in pairs:
        p = min(max(p, 1e-6), 1 - 1e-6)
        total -= math.log(p if y else 1 - p)
    return total / max(len(pairs), 1)
