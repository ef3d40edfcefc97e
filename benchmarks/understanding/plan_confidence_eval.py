"""The whole-plan confidence measured leave-one-set-out on plan records (`plan_records.py`).

For each source set, a model trained on the OTHER sets' records scores that set's plans (`plan_model`:
naive Bayes on the shared core, logistic regression, and the base rate for reference). Then, pooled over
the held-out scores, two curves a hook in the gate would be chosen from:

(i)  stores at once whose confidence is under t sent to the card instead: silently wrong (SW) writes
     caught vs right answers lost (a card where a careful human would not ask);
(ii) cards whose confidence is at or over t stored at once instead (what Save would have stored):
     unneeded asks removed vs SW added (and right asks lost: a must-ask card stored).

    .venv/bin/python benchmarks/understanding/plan_confidence_eval.py /tmp/salesbot-plan-records.jsonl \\
        benchmarks/understanding/plan_snapshots/*.jsonl [--model lr|nb] [--per-source] [--report a,b]

Messages sent as several texts, or with no or several gate decisions, are left out of training and of the
curves (counted). `--report` names the sources whose figures are printed on their own (snapshots taken at
first contact: the closest to unseen data); the threshold is read off the pooled curve of the others.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import plan_model as pc  # noqa: E402
import plan_records  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


def held_out_scores(
    records: list[dict[str, Any]], model: str, untrained: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Each record with a plan, scored by a model trained without its source (and never on `untrained`
    sources, e.g. the regression corpus): adds `confidence`, `y`."""
    labelled = [(r, y) for r in records if (y := pc.target(r)) is not None]
    out = []
    for source in sorted({r["source"] for r, _ in labelled}):
        train = [
            (pc.encode(pc.unit(r)), y, r["source"])  # type: ignore[arg-type]
            for r, y in labelled
            if r["source"] != source and r["source"] not in untrained
        ]
        if model == "lr":
            fitted = pc.train_lr([(x, y) for x, y, _ in train])
        elif model == "nb":
            fitted = pc.train_nb(train)
        else:
            base = sum(y for _, y, _ in train) / len(train)
        for r, y in labelled:
            if r["source"] == source:
                gate = pc.unit(r)
                score = base if model == "base" else fitted.confidence(pc.encode(gate))
                out.append({**r, "confidence": score, "y": y, "decision": gate["decision"]})
    return out


def curve_store_to_card(scored: list[dict[str, Any]], t: float) -> Counter[str]:
    """(i) what carding the stores at once under t changes."""
    c: Counter[str] = Counter()
    for r in scored:
        if r["decision"] != "stored":
            continue
        c["stored"] += 1
        c[f"was_{r['verdict']}"] += 1
        if r["confidence"] >= t:
            continue
        c["carded"] += 1
        after = r["asking_is"]
        if r["verdict"] == "silently_wrong":
            c["sw_caught"] += 1
        if r["verdict"] == "right" and after != "right":
            c["right_lost"] += 1
        if r["verdict"] == "missed":
            c["missed_carded"] += 1
        if r["verdict"] != "right" and after == "right":
            c["right_gained"] += 1
    return c


def curve_card_to_store(scored: list[dict[str, Any]], t: float) -> Counter[str]:
    """(ii) what storing the cards at or over t at once changes (their verdict becomes Save's)."""
    c: Counter[str] = Counter()
    for r in scored:
        if r["decision"] != "card":
            continue
        c["cards"] += 1
        if r["confidence"] < t:
            continue
        c["stored"] += 1
        after = r["saved"]
        if r["verdict"] == "asked" and after == "right":
            c["asks_removed"] += 1
        if after == "silently_wrong":
            c["sw_added"] += 1
        if r["verdict"] == "right" and after != "right":
            c["right_lost"] += 1
    return c


def choose(scored: list[dict[str, Any]], ratio: float) -> float | None:
    """The largest threshold of `THRESHOLDS` at which carding the stores at once under it catches at least
    `ratio` silently wrong writes per right answer lost (and one at least); None: no such threshold."""
    chosen = None
    for t in THRESHOLDS:
        c = curve_store_to_card(scored, t)
        if c["sw_caught"] and c["sw_caught"] >= ratio * c["right_lost"]:
            chosen = t
    return chosen


def print_choice(scored: list[dict[str, Any]], report: set[str], ratio: float, gates: frozenset[str]) -> None:
    """Each reported set judged at the threshold chosen on the OTHER reported sets (never on itself), then
    the threshold all of them together give (the product's)."""
    print(f"\n== thresholds chosen on the other reported sets (>= {ratio:g} SW caught per right lost)")
    total: Counter[str] = Counter()
    for source in sorted(report):
        others = [r for r in scored if r["source"] in report - {source}]
        t = choose(others, ratio)
        mine = [r for r in scored if r["source"] == source]
        c = curve_store_to_card(mine, t) if t is not None else Counter()
        total.update(c)
        print(
            f"  {source}: t={t} → carded {c['carded']}, SW caught {c['sw_caught']} of "
            f"{c['was_silently_wrong']}, right lost {c['right_lost']}, missed carded {c['missed_carded']}"
        )
    print(f"  together: SW caught {total['sw_caught']}, right lost {total['right_lost']}")
    t = choose([r for r in scored if r["source"] in report], ratio)
    rest = [r for r in scored if r["source"] not in report | gates]
    c = curve_store_to_card(rest, t) if t is not None else Counter()
    print(
        f"  all reported sets → t={t}; at it the other sets: SW caught {c['sw_caught']} of "
        f"{c['was_silently_wrong']}, right lost {c['right_lost']} of {c['was_right']}"
    )
    for gate in sorted(gates):
        c = curve_store_to_card([r for r in scored if r["source"] == gate], t) if t is not None else Counter()
        print(f"  regression gate {gate} at t={t}: {c['right_lost']} of its {c['was_right']} right carded")


def print_curves(scored: list[dict[str, Any]], title: str) -> None:
    stored = [r for r in scored if r["decision"] == "stored"]
    cards = [r for r in scored if r["decision"] == "card"]
    v = Counter(r["verdict"] for r in stored)
    s = Counter(r["saved"] for r in cards)
    print(
        f"\n== {title}: {len(stored)} stored at once {dict(v)}; {len(cards)} cards, Save would give {dict(s)}"
    )
    print("(i) stores at once under t → card      t | carded  SW caught  right lost  missed carded")
    for t in THRESHOLDS:
        c = curve_store_to_card(scored, t)
        counts = f"{c['carded']:6d}  {c['sw_caught']:9d}  {c['right_lost']:10d}  {c['missed_carded']:13d}"
        print(f"{'':39}{t:4.2f} | {counts}")
    print("(ii) cards at or over t → stored       t | stored  asks removed  SW added  right asks lost")
    for t in THRESHOLDS:
        c = curve_card_to_store(scored, t)
        counts = f"{c['stored']:6d}  {c['asks_removed']:12d}  {c['sw_added']:8d}  {c['right_lost']:15d}"
        print(f"{'':39}{t:4.2f} | {counts}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("records", nargs="*", default=[str(plan_records.RECORDS)])
    parser.add_argument("--model", default="all", choices=("lr", "nb", "base", "all"))
    parser.add_argument("--per-source", action="store_true")
    parser.add_argument("--report", default="", help="sources reported on their own (snapshots)")
    parser.add_argument(
        "--untrained", default="corpus", help="sources only scored, never trained on (the regression corpus)"
    )
    parser.add_argument("--ratio", type=float, default=3.0, help="SW caught per right lost a threshold needs")
    args = parser.parse_args()
    records = plan_records.read_records(*map(Path, args.records))
    left = Counter(r["source"] for r in records if pc.target(r) is None)
    print(f"{len(records)} records; without one plan decision (left out): {dict(left)}")
    report = set(filter(None, args.report.split(",")))
    untrained = frozenset(filter(None, args.untrained.split(",")))
    for model in ("base", "nb", "lr") if args.model == "all" else (args.model,):
        scored = held_out_scores(records, model, untrained)
        losses = {
            source: pc.log_loss((r["confidence"], r["y"]) for r in scored if r["source"] == source)
            for source in sorted({r["source"] for r in scored})
        }
        pooled = pc.log_loss((r["confidence"], r["y"]) for r in scored)
        print(
            f"\n##### {model}: held-out log loss {pooled:.3f} "
            + " ".join(f"{k}={v:.3f}" for k, v in losses.items())
        )
        print_curves(
            [r for r in scored if r["source"] not in report | untrained],
            "pooled" + (" (without reported)" if report else ""),
        )
        for source in sorted(report | (untrained & {r["source"] for r in scored})):
            print_curves([r for r in scored if r["source"] == source], f"reported: {source}")
        if len(report) > 1:
            print_choice(scored, report - untrained, args.ratio, untrained & {r["source"] for r in scored})
        if args.per_source:
            for source in sorted({r["source"] for r in scored} - report - untrained):
                print_curves([r for r in scored if r["source"] == source], source)


if __name__ == "__main__":
    main()
