"""Does the per-slot opinion generalise? Leave-one-set-out, against the roles the reader STORED.

For each set (corpus, dev = dev.json + dev-b.json, set2 … set6 when present) each slot's model (date
role, amount role) is trained on every OTHER set's rows (`slot_opinion.train`) and judges the held-out set:

1. accuracy: how often the most likely role of a date / amount is one of the label's roles;
2. against the reader (not for the corpus, which has no harness): every message of the set is run through
   the product like `quick.py` does (`second_opinion_eval.reader_runs`, cached per set and checkout, the
   learned opinions of that checkout held out of the set), with what it stored. For each message stored
   at once, each date and amount the reader finds gets the roles it was STORED in (the same
   `build_slot_roles` functions that read the labels, applied to what was stored); a confident
   disagreement (`slot_opinion.disagreements` at a threshold, on the reasons counted) would send the
   message to the preview card: how many silently wrong writes that catches, how many right ones it
   sends to the card, and right / asked / SW / missed after.

Only one-line messages about one customer are simulated (the hook judges whole plans).

    .venv/bin/python benchmarks/understanding/slot_opinion_eval.py [--sets set5,set4] [--refresh]
        [--reasons "not close,not remind"] [--threshold 0.97] [--reader-at set4=8081e08,set3=7515ca3]
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

import build_slot_roles as roles  # noqa: E402
from second_opinion_eval import (  # noqa: E402
    SET_FILES,
    _commit_for,
    _hooked,
    curve_line,
    reader_runs,
    simulate,
)

from handlers.understanding import slot_opinion as so  # noqa: E402

# the opinion on one slot is less sure than on a whole message: thresholds lower than the kind opinion's
THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


def accuracy(slot: str, model: so.Model, examples: list[so.Example]) -> str:
    top = sum(max(p := model.probabilities(e.features), key=lambda r: (p[r], r)) in e.roles for e in examples)
    return f"{slot}: top role right {top}/{len(examples)}"


def flagged_slots(
    run: dict[str, Any], models: dict[str, so.Model], threshold: float, counted: set[str], clock: Any
) -> list[str]:
    """The disagreements (counted ones only) over the dates and amounts of one stored message."""
    harness = clock
    zone = harness.USERS[run["user"]][0]
    out = []
    changes = run.get("changes", {})
    if {"win", "lose"} & set(run["planned"]):  # runs recorded before the stage was: the deal ended
        changes = {**changes, "deals": [{"stage": "won", **d} for d in changes.get("deals", [])]}
    for row in roles.slot_rows(run["texts"][-1], changes, harness.REFERENCE_LOCAL, zone, {}):
        example = so.example_of({**row, "source": "", "id": ""})
        found = models[row["slot"]].probabilities(example.features)
        for reason in so.disagreements(row["slot"], found, row["roles"], threshold):
            if f"{row['slot']}:{reason}" in counted or row["slot"] in counted:
                words = row["text"][row["spans"][0][0] : row["spans"][-1][1]]
                out.append(f"{row['slot']}:{reason} [{words}]")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="run the reader again (cache per checkout)")
    parser.add_argument("--sets", default=",".join(["corpus", *SET_FILES]))
    parser.add_argument(
        "--reasons",
        help="disagreements that count, as SLOT:REASON ('date:not close') or a whole slot ('amount'); "
        "default: the product's slot_opinion.REASONS",
    )
    parser.add_argument("--threshold", type=float, help="detail the flagged messages at this threshold")
    parser.add_argument(
        "--reader-at",
        help="judge against the reader of an older commit never tuned on the set: COMMIT or SET=COMMIT,…",
    )
    args = parser.parse_args()
    counted = set(args.reasons.split(",")) if args.reasons else set(getattr(so, "REASONS", ()))
    examples = list(so.load_examples())
    wanted = [
        s for s in args.sets.split(",") if s == "corpus" or any(p.exists() for p in SET_FILES.get(s, []))
    ]
    curve: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    for name in wanted:
        models = {slot: so.train(slot, (e for e in examples if e.source != name)) for slot in so.ROLES}
        print(f"== {name}")
        for slot, model in models.items():
            print("   " + accuracy(slot, model, [e for e in examples if e.source == name and e.slot == slot]))
        if name == "corpus":
            continue
        runs = []
        for path in SET_FILES[name]:
            if path.exists():
                harness = roles._harness(path.parent)
                at = _commit_for(name, args.reader_at)
                runs += [(r, harness) for r in reader_runs(name, path, args.refresh, at)]
        harness_of = {id(r): h for r, h in runs}
        print(f"   reader: {dict(Counter(r['verdict'] for r, _ in runs))}")
        for t in THRESHOLDS:

            def disagrees(
                run: dict[str, Any], t: float = t, models: dict = models, of: dict = harness_of
            ) -> bool:  # type: ignore[type-arg]
                return bool(flagged_slots(run, models, t, counted, of[id(run)]))

            found = simulate([r for r, _ in runs], disagrees)
            curve[t].update(found)
            print(f"   t={t}: {curve_line(found)}")
        if args.threshold:
            for run, harness in runs:
                reasons = flagged_slots(run, models, args.threshold, counted, harness)
                if _hooked(run) and reasons:
                    print(
                        f"     {run['id']} {run['class']} {run['verdict']} {reasons}: {run['texts'][-1][:90]}"
                    )
    print("== all held-out sets together")
    for t, c in curve.items():
        print(f"   t={t}: {curve_line(c)}")


if __name__ == "__main__":
    main()
