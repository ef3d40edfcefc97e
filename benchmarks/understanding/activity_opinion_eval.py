"""The activity-kind opinion (`handlers/understanding/activity_opinion.py`) measured leave-one-set-out.

For each source set: train without it, then for each of its messages that log one kind of interaction
(`build_activity_kinds.py`) read it with the reader under the set's clock and compare with the label:

- `no kind word`: the reader found no kind word (it would log a note): per threshold, how many the opinion
  gives a kind the label accepts (right), a kind it does not (wrong: a silent wrong write), or none (the note
  and its card stay);
- `all`: the opinion's most likely kind against the label, for every message (its accuracy), and the
  reader's own kind word against the label.

    .venv/bin/python benchmarks/understanding/activity_opinion_eval.py [--thresholds 0.6,0.8,0.9]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build_activity_kinds import SETS, build  # noqa: E402
from build_slot_roles import CORPUS_CLOCK, _harness, reading_at  # noqa: E402

from handlers.understanding import activity_opinion  # noqa: E402


def clocks() -> dict[str, tuple[datetime, dict[str, str]]]:
    """Each source's local send time and its users' zones."""
    out = {"corpus": (CORPUS_CLOCK[0], {"": CORPUS_CLOCK[1]})}
    for source, paths in SETS.items():
        module = _harness(paths[0].parent if (paths[0].parent / "harness.py").exists() else HERE)
        out[source] = (module.REFERENCE_LOCAL, {u: z for u, (z, *_) in module.USERS.items()})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.85,0.9,0.95")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    examples = build()
    users = {}
    for source, paths in SETS.items():
        for path in paths:
            for m in json.loads(path.read_text(encoding="utf-8"))["messages"]:
                users[(source, m["id"])] = m["user"]
    times = clocks()
    totals: dict[float, Counter[str]] = {t: Counter() for t in thresholds}
    top_right = reader_right = reader_said = n_all = 0
    for source in sorted({e["source"] for e in examples}):
        model = activity_opinion.model(without=source)
        local, zones = times[source]
        per: dict[float, Counter[str]] = {t: Counter() for t in thresholds}
        for e in (e for e in examples if e["source"] == source):
            zone = zones.get(users.get((source, e["id"]), ""), next(iter(zones.values())))
            reading = reading_at(e["text"], local, zone)
            feats = activity_opinion.features(e["text"])
            probabilities = {k: b.probability(feats) for k, b in model.items()}
            top = max(activity_opinion.KINDS, key=lambda k: probabilities.get(k, 0.0))
            n_all += 1
            top_right += top in e["kinds"]
            if reading.kind:
                reader_said += 1
                reader_right += reading.kind in e["kinds"]
                continue
            for t in thresholds:
                sure = top != "note" and probabilities[top] >= t
                verdict = ("right" if top in e["kinds"] else "wrong") if sure else "stays note"
                verdict += "" if sure or "note" not in e["kinds"] else " (right)"
                per[t][verdict] += 1
                totals[t][verdict] += 1
        print(source, {t: dict(c) for t, c in per.items() if t in (0.8, 0.9)})
    print(f"all: opinion's top kind accepted {top_right}/{n_all}", end="; ")
    print(f"reader's kind word {reader_right}/{reader_said}")
    for t in thresholds:
        print(f"no kind word, threshold {t}: {dict(totals[t])}")


if __name__ == "__main__":
    main()
