"""Is the measured link confidence honest? Leave-one-set-out over the link records (`link_records.py`).

Customers differ per set, so the honest test trains on every other source (one writer each: dev = dev.json
+ dev-b.json, set2, set3, set4, set5, set6) and judges the held-out one. Two models are compared:

- `lr`: `link_model.train`, a logistic regression over the link's coarse features;
- `table`: a calibration table keyed by how the link matched × margin to the next customer × words another
  customer (or its contact) shares × everyday words, backed off to how × margin, then how; each cell's
  right rate and its Wilson lower bound;

against `base`, one right rate for every link. For each it prints log loss, Brier score and the right rate
per confidence band over all held-out rows, then the two curves the hook is chosen from:

(a) stored links with confidence under t: how many are right (sent to the card for nothing) and how many
    wrong or must-ask (caught), and what happens to those messages' verdicts (a silently wrong message
    becomes asked — or right, when asking was right; a right one becomes asked);
(b) links the reader asked about ("which of these?") whose top customer has confidence at or over t: how many
    are right (an ask a human would not need) and how many wrong or must-ask (a new silent wrong write).

    .venv/bin/python benchmarks/understanding/link_confidence_eval.py [--records F ...] [--model lr|table]
        [--ask-is-right]   # must-ask labels left out of training instead of counted as wrong
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import link_model as lc  # noqa: E402
from paths import wilson_lower  # noqa: E402

Row = dict[str, Any]
STORED = ("stored", "stored_other")
ASKED = ("asked_close", "asked_people", "asked_passing")
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)


def table_key(row: Row, depth: int) -> tuple[str, ...]:
    feats = lc.encode(row)
    how = next(f for f in feats if f.startswith("how="))
    margin = next((f for f in feats if f.startswith("margin=")), "margin=?")
    keys = (
        how,
        margin,
        "shared" if row.get("shared") or row.get("contact_other") else "own",
        "common" if row.get("common") else "rare",
    )
    return keys[:depth]


def train_table(rows: list[Row], ask_is_wrong: bool) -> Callable[[Row], float]:
    counts: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for r in rows:
        y = lc.target(r, ask_is_wrong=ask_is_wrong)
        if y is None:
            continue
        total[0] += y
        total[1] += 1
        for depth in (1, 2, 4):
            c = counts[table_key(r, depth)]
            c[0] += y
            c[1] += 1

    def confidence(row: Row) -> float:
        for depth in (4, 2, 1):
            k, n = counts.get(table_key(row, depth), (0, 0))
            if n >= 8:
                return (k + 1) / (n + 2)
        return total[0] / max(total[1], 1)

    return confidence


def train_model(name: str, rows: list[Row], ask_is_wrong: bool) -> Callable[[Row], float]:
    if name == "lr":
        return lc.train(lc.count(rows, ask_is_wrong=ask_is_wrong)).confidence
    if name == "table":
        return train_table(rows, ask_is_wrong)
    labelled = [y for r in rows if (y := lc.target(r, ask_is_wrong=ask_is_wrong)) is not None]
    rate = sum(labelled) / max(len(labelled), 1)
    return lambda row: rate


def held_out(
    rows: list[Row], name: str, ask_is_wrong: bool, trained_on: tuple[str, ...]
) -> list[tuple[Row, float]]:
    """Each source's links judged by a model trained on the other sources' rows of `trained_on` decisions."""
    out = []
    for source in sorted({r["source"] for r in rows}):
        train = [r for r in rows if r["source"] != source and r.get("decision") in trained_on]
        judge = train_model(name, train, ask_is_wrong)
        out += [(r, judge(r)) for r in rows if r["source"] == source and r.get("decision") in STORED + ASKED]
    return out


def scores(scored: list[tuple[Row, float]]) -> str:
    pairs = [(p, y) for r, p in scored if (y := lc.target(r)) is not None]
    loss = -sum(math.log(max(1e-6, p if y else 1 - p)) for p, y in pairs) / len(pairs)
    brier = sum((p - y) ** 2 for p, y in pairs) / len(pairs)
    return f"log loss {loss:.3f}  Brier {brier:.4f}  (n={len(pairs)})"


def bands(scored: list[tuple[Row, float]]) -> str:
    lines = ["  band        n   right  wrong  ask   right%  wilson"]
    for lo, hi in itertools.pairwise(BANDS):
        got = [r for r, p in scored if lo <= p < hi and r.get("label") in lc.LABELLED]
        c = Counter(r["label"] for r in got)
        n = len(got)
        if n:
            lines.append(
                f"  {lo:.2f}-{min(hi, 1):.2f}  {n:4d}  {c['right']:5d}  {c['wrong']:5d}  {c['ask']:4d}"
                f"   {c['right'] / n:6.1%}  {wilson_lower(c['right'], n, 1.64):.3f}"
            )
    return "\n".join(lines)


def first_per_message(scored: list[tuple[Row, float]], decisions: tuple[str, ...]) -> list[tuple[Row, float]]:
    """Per message, its lowest-confidence link among `decisions` (the one that would decide the card)."""
    best: dict[tuple[str, str, str], tuple[Row, float]] = {}
    for r, p in scored:
        if r.get("decision") in decisions:
            key = (r["source"], r["file"], r["id"])
            if key not in best or p < best[key][1]:
                best[key] = (r, p)
    return list(best.values())


def curve_low(scored: list[tuple[Row, float]]) -> str:
    links = first_per_message(scored, STORED)
    lines = [
        "(a) stored links under t → card.   t: carded (right/wrong/ask labels) | messages: SW→ask, right→ask"
    ]
    for t in (0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        got = [r for r, p in links if p < t]
        c = Counter(r.get("label") for r in got)
        sw = sum(1 for r in got if r["verdict"] == "silently_wrong")
        sw_right = sum(1 for r in got if r["verdict"] == "silently_wrong" and r["asking_is"] == "right")
        lost = sum(1 for r in got if r["verdict"] == "right" and r["asking_is"] != "right")
        lines.append(
            f"  t={t:.2f}: {len(got):4d} ({c['right']}/{c['wrong']}/{c['ask']})"
            f" | SW caught {sw} (of which now right {sw_right}), right lost {lost}"
        )
    return "\n".join(lines)


def curve_high(scored: list[tuple[Row, float]]) -> str:
    links = [(r, p) for r, p in scored if r.get("decision") in ASKED]
    lines = [
        "(b) asked links at or over t → stored.   t: stored (right/wrong/ask labels) | message verdicts now"
    ]
    for t in (0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
        got = [r for r, p in links if p >= t]
        c = Counter(r.get("label") for r in got)
        v = Counter(r["verdict"] for r in got)
        lines.append(f"  t={t:.2f}: {len(got):4d} ({c['right']}/{c['wrong']}/{c['ask']}) | {dict(v)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--records", nargs="*", default=[str(Path(tempfile.gettempdir()) / "salesbot-link-records.jsonl")]
    )
    parser.add_argument("--model", default="lr,table,base")
    parser.add_argument("--ask-is-right", action="store_true", help="leave must-ask labels out of training")
    parser.add_argument("--per-source", action="store_true")
    parser.add_argument(
        "--train",
        default=",".join(lc.TRAINED_ON),
        help="decisions whose rows train the model (default: the product's; candidate: customers considered)",
    )
    args = parser.parse_args()
    rows: list[Row] = []
    for f in args.records:
        lines = Path(f).read_text(encoding="utf-8").splitlines()
        rows += [row for line in lines if "source" in (row := json.loads(line))]
    print(f"{len(rows)} link records; labels {dict(Counter(r.get('label') for r in rows))}")
    print(f"decisions {dict(Counter(r.get('decision') for r in rows))}")
    for name in args.model.split(","):
        scored = held_out(rows, name, not args.ask_is_right, tuple(args.train.split(",")))
        print(f"\n== {name} (leave one source out): {scores(scored)}")
        if args.per_source:
            for source in sorted({r["source"] for r in rows}):
                print(f"  {source}: {scores([(r, p) for r, p in scored if r['source'] == source])}")
        print(bands([(r, p) for r, p in scored if r.get("decision") in STORED]).replace("band", "stored"))
        print(bands([(r, p) for r, p in scored if r.get("decision") in ASKED]).replace("band", "asked "))
        print(curve_low(scored))
        print(curve_high(scored))


if __name__ == "__main__":
    main()
