"""Choose the kind and slot opinions' thresholds together, leave-one-set-out, on the reader's own writes.

The kind opinion (`second_opinion`, a doubt at `THRESHOLD`) and the slot opinion (`slot_opinion`, a
doubt per date and amount at its `THRESHOLD`) both send a message the reader would store at once to the
preview card. With more writers in the training data both are less sure of themselves, so thresholds
chosen on older data card less (session 17: the new halves added at the old thresholds, SW +3). This
benchmark re-chooses them on the whole trade-off curve:

1. every message of every labelled set (`build_message_kinds.SETS`) goes through the product the way
   `quick.py` does, with the kind and slot doubts OFF (the reader and the rest of the gate alone) and the
   learned opinions trained without the set (`second_opinion_eval.reader_runs(doubts=False)`, cached in
   /tmp per set and commit);
2. for each held-out set both opinions are trained WITHOUT it, and each message it stored at once (one
   line, one customer) gets the strength of the opinions' strongest disagreement with what it stored
   (over the product's `REASONS`): a message goes to the card at thresholds (kind t, slot s) when either
   strength reaches its threshold;
3. it prints right / asked / silently wrong / missed per set and in all for a grid of (t, s), with the
   training data as shipped (`--data new`) or without the halves added in session 18 (`--data old`:
   no set 7, no focus A/B dev), and how many of the regression corpus's stored messages the product's
   model (trained on everything) would card at (t, s) (they are right: each one breaks the corpus gate).

Set 7's calibration half is scored in aggregate only: nothing here prints a message, an id or a failure.

    .venv/bin/python benchmarks/understanding/opinion_thresholds_eval.py [--data new|old] [--key COMMIT]
        [--sets set5,set6,set7]

`--key`: use the reader runs cached under that commit (the reader must not have changed since).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
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
    after_hook,
    half,
    reader_runs,
    runs_cache,
)

from handlers.understanding import second_opinion, slot_opinion  # noqa: E402

KIND_THRESHOLDS = (0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, None)  # None: the doubt off
SLOT_THRESHOLDS = (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, None)
# the halves sessions 18 and 19 added to the training data, by name: (source, file)
ADDED = {
    "focus-a": ("set6", "focus-a-dev.json"),
    "focus-b": ("set6", "focus-b-dev.json"),
    "set7-cal": ("set7", "cal.json"),
    "focus-c": ("set7", "focus-c-dev.json"),
    "set8-cal": ("set8", "cal.json"),
    # session 19's
    "focus-d": ("set8", "focus-d-dev.json"),
    "set9-dev": ("set9", "dev.json"),
}
VERDICTS = ("right", "asked", "silently_wrong", "missed")
# the disagreements the opinions doubted at one threshold each until session 17 (0.97 kinds, 0.85 slots):
# the grid's default, to compare with
KIND_REASONS_S17 = [
    "nothing",
    "correction",
    "not log",
    "not remind",
    "not win",
    "not lose",
    "log left out",
    "win left out",
    "lose left out",
]
SLOT_REASONS_S17 = ("date:not remind", "date:not close", "date:happened left out", "amount:new left out")


def keep(data: str) -> Any:
    """Which examples a `--data` variant trains on: "new" (all), "old" (none of the `ADDED` halves) or the
    names of the added halves to keep ("focus-a,focus-b"). An example of a several-line message is 'id.N'."""
    wanted = set(ADDED) if data == "new" else set() if data == "old" else set(data.split(","))
    left_out = set()
    for name, (source, file) in ADDED.items():
        if name not in wanted:
            messages = json.loads((HERE / source / file).read_text(encoding="utf-8"))["messages"]
            left_out |= {(source, m["id"]) for m in messages}

    def kept(source: str, ident: str) -> bool:
        return (source, ident.split(".")[0]) not in left_out

    return kept


def strengths(found: dict[str, float], planned: Iterable[str], classes: Iterable[str]) -> dict[str, float]:
    """How sure each possible disagreement of an opinion with the planned classes is: a class planned
    but not meant ("not X": 1 − p), one meant but not planned ("X left out": p)."""
    planned = set(planned)
    out = {}
    for c in classes:
        if (p := found.get(c)) is not None:
            out[f"not {c}" if c in planned else f"{c} left out"] = 1 - p if c in planned else p
    return out


def kind_strengths(model: second_opinion.Model, text: str, planned: list[str]) -> dict[str, float]:
    """The kind opinion's disagreements (`second_opinion.disagreements`: "nothing" and "correction"
    whatever is planned); none for a plan that stores nothing."""
    if not planned:
        return {}
    found = model.probabilities(text)
    out = strengths(found, planned, second_opinion.WRITE_KINDS)
    return {**out, **{k: found[k] for k in ("nothing", "correction") if k in found}}


def slot_strengths(
    models: dict[str, slot_opinion.Model], run: dict[str, Any], harness: Any
) -> dict[str, float]:
    """The slot opinion's strongest disagreement of each kind ("date:not close") over the dates and
    amounts of what the reader stored."""
    zone = harness.USERS[run["user"]][0]
    changes = run.get("changes", {})
    if {"win", "lose"} & set(run["planned"]):
        changes = {**changes, "deals": [{"stage": "won", **d} for d in changes.get("deals", [])]}
    out: dict[str, float] = defaultdict(float)
    for row in roles.slot_rows(run["texts"][-1], changes, harness.REFERENCE_LOCAL, zone, {}):
        example = slot_opinion.example_of({**row, "source": "", "id": ""})
        found = models[row["slot"]].probabilities(example.features)
        for reason, value in strengths(found, row["roles"], slot_opinion.ROLES[row["slot"]]).items():
            key = f"{row['slot']}:{reason}"
            out[key] = max(out[key], value)
    return dict(out)


def strongest(found: dict[str, float], counted: Iterable[str]) -> tuple[float, str]:
    """The strongest of the counted disagreements (0 and "" when none)."""
    return max(((v, r) for r, v in found.items() if r in counted), default=(0.0, ""))


def _reaches(value: float, threshold: float | None) -> bool:
    return threshold is not None and value >= threshold - 1e-12


class Judged:
    """The messages of the held-out sets and the corpus, each with every disagreement's strength;
    `counted` are the reasons that make a doubt (the products' `REASONS` by default)."""

    def __init__(self, kind_reasons: Iterable[str], slot_reasons: Iterable[str]) -> None:
        self.kind_reasons = set(kind_reasons)
        self.slot_reasons = set(slot_reasons)

    def hit(self, kinds: dict[str, float], slots: dict[str, float], t: float | None, s: float | None) -> str:
        """The reason a message goes to the card at (t, s) ("" when it does not)."""
        k, why = strongest(kinds, self.kind_reasons)
        if _reaches(k, t):
            return why
        v, why = strongest(slots, self.slot_reasons)
        return why if _reaches(v, s) else ""

    def scored(self, runs: list[dict[str, Any]], t: float | None, s: float | None) -> Counter[str]:
        out: Counter[str] = Counter()
        for r in runs:
            hit = _hooked(r) and bool(self.hit(r["_kinds"], r["_slots"], t, s))
            out[after_hook(r, hit)] += 1
        return out

    def by_reason(self, runs: list[dict[str, Any]], t: float | None, s: float | None) -> Counter[str]:
        """For the messages carded at (t, s): (reason, the reader's verdict without the doubt)."""
        out: Counter[str] = Counter()
        for r in runs:
            if _hooked(r) and (why := self.hit(r["_kinds"], r["_slots"], t, s)):
                out[f"{why}: {r['verdict']}"] += 1
        return out


Rule = dict[str, float]  # a threshold per disagreement ("not remind": 0.9, "date:not close": 0.85)


def carded(rule: Rule, kinds: dict[str, float], slots: dict[str, float]) -> bool:
    return any(_reaches(v, rule.get(r)) for found in (kinds, slots) for r, v in found.items())


def scored_by_rule(runs: list[dict[str, Any]], rule: Rule) -> Counter[str]:
    return Counter(after_hook(r, _hooked(r) and carded(rule, r["_kinds"], r["_slots"])) for r in runs)


def writer(label: str) -> str:
    """The writer a set label belongs to: its source (a world's halves, e.g. set 8's calibration half and
    focus D's development half, count as one writer)."""
    return label.split(":")[0]


def effect(runs: Iterable[dict[str, Any]], reason: str, t: float) -> tuple[int, int]:
    """(silently wrong writes caught, right writes sent to the card) by one disagreement at `t`."""
    caught = lost = 0
    for r in runs:
        if _hooked(r) and _reaches({**r["_kinds"], **r["_slots"]}.get(reason, 0.0), t):
            caught += r["verdict"] == "silently_wrong"
            lost += r["verdict"] == "right" and after_hook(r, True) != "right"
    return caught, lost


def choose_rule(
    runs: list[dict[str, Any]],
    weight: float,
    least: int = 2,
    spread: int = 0,
    labels: list[str] | None = None,
) -> Rule:
    """Per disagreement, the threshold (or none) that does best on `runs`: `weight` per silently wrong
    write sent to the card, minus one per right write sent there (a missed one carded counts nothing);
    a disagreement is used only where it catches at least `least` silently wrong writes. `spread`: only
    where it also catches more than it costs on at least `spread` writers (`labels[i]` is run i's set
    label) and on more writers than it costs more than it catches."""
    hooked = [r for r in runs if _hooked(r)]
    of_writer: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r, label in zip(runs, labels or [""] * len(runs), strict=True):
        of_writer[writer(label)].append(r)
    reasons = sorted({x for r in hooked for found in (r["_kinds"], r["_slots"]) for x in found})
    rule: Rule = {}
    for reason in reasons:
        grid = SLOT_THRESHOLDS if ":" in reason else KIND_THRESHOLDS
        best, best_t = 0.0, None
        for t in sorted((t for t in grid if t is not None), reverse=True):
            caught, lost = effect(hooked, reason, t)
            gain = weight * caught - lost
            if spread:
                each = [effect(w, reason, t) for w in of_writer.values()]
                gaining = sum(weight * c > x for c, x in each)
                losing = sum(weight * c < x for c, x in each)
                if gaining < spread or gaining <= losing:
                    continue
            if caught >= least and gain > best:
                best, best_t = gain, t
        if best_t is not None:
            rule[reason] = best_t
    return rule


def per_writer(by_set: dict[str, list[dict[str, Any]]], reasons: Iterable[str]) -> None:
    """Each disagreement at each threshold: silently wrong caught − right sent to the card, per writer."""
    writers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, runs in by_set.items():
        writers[writer(label)].extend(runs)
    print("per writer, caught-lost (silently wrong caught, right sent to the card): " + " ".join(writers))
    for reason in sorted(reasons):
        grid = SLOT_THRESHOLDS if ":" in reason else KIND_THRESHOLDS
        for t in sorted((t for t in grid if t is not None), reverse=True):
            each = {w: effect(runs, reason, t) for w, runs in writers.items()}
            caught, lost = sum(c for c, _ in each.values()), sum(x for _, x in each.values())
            if caught or lost:
                cells = " ".join(f"{c}-{x}" for c, x in each.values())
                gaining = sum(c > x for c, x in each.values())
                losing = sum(c < x for c, x in each.values())
                print(f"   {reason} {t}: {caught}-{lost}, writers +{gaining} -{losing} | {cells}")


def line(c: Counter[str]) -> str:
    return "/".join(str(c[v]) for v in VERDICTS)


def nested(
    by_set: dict[str, list[dict[str, Any]]],
    corpus: list[Any],
    weights: Iterable[float],
    least: int,
    spread: int = 0,
) -> None:
    """Per-disagreement thresholds chosen on the other writers (`choose_rule`), judged on the held-out
    one (a writer: a source, all its halves); each held-out writer's rule is printed."""
    names = sorted({writer(label) for label in by_set})
    for weight in weights:
        total: Counter[str] = Counter()
        per = []
        for name in names:
            others = [(label, r) for label, runs in by_set.items() if writer(label) != name for r in runs]
            rule = choose_rule([r for _, r in others], weight, least, spread, [label for label, _ in others])
            print(f"   without {name}: {rule}")
            for label, runs in by_set.items():
                if writer(label) == name:
                    c = scored_by_rule(runs, rule)
                    total.update(c)
                    per.append(f"{label} {line(c)}")
        every = [(label, r) for label, runs in by_set.items() for r in runs]
        final = choose_rule([r for _, r in every], weight, least, spread, [label for label, _ in every])
        cards = sum(carded(final, k, x) for k, x in corpus)
        print(
            f"weight {weight}, spread {spread}: chosen on the other writers: all {line(total)}; "
            + ", ".join(per)
        )
        print(
            f"   chosen on all writers: {final}; corpus cards {cards}; "
            f"all {line(scored_by_rule([r for _, r in every], final))}"
        )


def corpus_strengths(kept: Any, slot_kept: Any) -> list[tuple[dict[str, float], dict[str, float]]]:
    """For each stored message of the regression corpus (not one its label says to ask about), the
    kind and slot opinions' disagreements with its label, by the product's models (trained on
    everything `kept`). The corpus is judged right: a message carded at (t, s) breaks its gate."""
    model = second_opinion.train(e for e in second_opinion.load_examples() if kept(e.source, e.id))
    slots = {
        slot: slot_opinion.train(slot, (e for e in slot_opinion.load_examples() if slot_kept(e.source, e.id)))
        for slot in slot_opinion.ROLES
    }
    entries = json.loads(roles.CORPUS.read_text(encoding="utf-8"))["messages"]
    asks = {f"c{i:03d}" for i, entry in enumerate(entries) if entry.get("ask")}  # a card is right there
    kind: dict[str, dict[str, float]] = {}
    slot: dict[str, dict[str, float]] = defaultdict(dict)
    for e in second_opinion.load_examples():
        if e.source == "corpus" and e.id not in asks:
            kind[e.id] = kind_strengths(
                model, e.text, [k for k in e.kinds if k in second_opinion.WRITE_KINDS]
            )
    for x in slot_opinion.load_examples():
        if x.source == "corpus":
            found = slots[x.slot].probabilities(x.features)
            for reason, value in strengths(found, x.roles, slot_opinion.ROLES[x.slot]).items():
                key = f"{x.slot}:{reason}"
                slot[x.id][key] = max(slot[x.id].get(key, 0.0), value)
    return [(kind.get(i, {}), slot.get(i, {})) for i in sorted(set(kind) | set(slot))]


def _thresholds(text: str | None, default: tuple[float | None, ...]) -> tuple[float | None, ...]:
    if not text:
        return default
    return tuple(None if x == "off" else float(x) for x in text.split(","))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default="new", help="new, old, or the added halves kept: focus-a,set7-cal,…"
    )
    parser.add_argument("--slot-data", help="the slot opinion's variant (default: --data)")
    parser.add_argument("--sets", default=",".join(SET_FILES))
    parser.add_argument("--key", help="the commit whose cached reader runs to use")
    parser.add_argument(
        "--reader-at",
        help="run (or reuse) the reader of this commit (a git archive), not this checkout's: COMMIT, or "
        "SET=COMMIT,… per set (a reader never tuned on that writer; the other sets: --key or this checkout)",
    )
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--cached", action="store_true", help="only the halves whose reader runs are cached")
    parser.add_argument("--kind", help="kind thresholds, e.g. 0.95,0.97,off")
    parser.add_argument("--slot", help="slot thresholds, e.g. 0.8,0.85,off")
    parser.add_argument(
        "--kind-reasons", help="the kind disagreements counted (default: second_opinion.REASONS)"
    )
    parser.add_argument(
        "--slot-reasons", help="the slot disagreements counted (default: slot_opinion.REASONS)"
    )
    parser.add_argument("--nested", help="weights of a silently wrong write against a right one: 1,2,3")
    parser.add_argument("--shipped", action="store_true", help="judge the products' REASONS thresholds")
    parser.add_argument("--least", type=int, default=2, help="SW a disagreement must catch to be used")
    parser.add_argument(
        "--spread", type=int, default=0, help="--nested: writers a disagreement must gain on to be used"
    )
    parser.add_argument(
        "--per-writer", action="store_true", help="each disagreement's catch and cost per writer"
    )
    parser.add_argument("--detail", help="T,S: the carded messages by reason and verdict, in all (no ids)")
    args = parser.parse_args()
    kept = keep(args.data)
    slot_kept = keep(args.slot_data or args.data)
    judged = Judged(
        args.kind_reasons.split(",") if args.kind_reasons else KIND_REASONS_S17,
        args.slot_reasons.split(",") if args.slot_reasons else SLOT_REASONS_S17,
    )
    kinds = second_opinion.load_examples()
    slots = list(slot_opinion.load_examples())
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names = [n for n in args.sets.split(",") if n in SET_FILES]
    for name in names:
        model = second_opinion.train(e for e in kinds if e.source != name and kept(e.source, e.id))
        models = {
            slot: slot_opinion.train(
                slot, (e for e in slots if e.source != name and slot_kept(e.source, e.id))
            )
            for slot in slot_opinion.ROLES
        }
        for path in SET_FILES[name]:
            if not path.exists():
                continue
            harness = roles._harness(path.parent)
            label = (
                name if len(SET_FILES[name]) == 1 else f"{name}:{half(name, path).removeprefix(name + '-')}"
            )
            at = _commit_for(name, args.reader_at, path)
            if args.cached and not runs_cache(name, path, at, False, args.key).exists():
                print(f"{label}: no cached reader runs, left out")
                continue
            for r in reader_runs(name, path, args.refresh, at, doubts=False, key=args.key):
                hooked = _hooked(r)
                r["_kinds"] = kind_strengths(model, r["texts"][-1], r["planned"]) if hooked else {}
                r["_slots"] = slot_strengths(models, r, harness) if hooked else {}
                by_set[label].append(r)
    every = [r for runs in by_set.values() for r in runs]
    corpus = corpus_strengths(kept, slot_kept)
    print(f"data: {args.data}, slot data: {args.slot_data or args.data}; right/asked/SW/missed,", end=" ")
    print("each set judged by opinions trained without it")
    print("no doubts: " + ", ".join(f"{k} {line(judged.scored(v, None, None))}" for k, v in by_set.items()))
    print(f"no doubts, all: {line(judged.scored(every, None, None))}")
    print("kind t  slot s | all sets          | corpus cards | " + " | ".join(by_set))
    for t in _thresholds(args.kind, KIND_THRESHOLDS):
        for s in _thresholds(args.slot, SLOT_THRESHOLDS):
            total = judged.scored(every, t, s)
            cards = sum(bool(judged.hit(k, x, t, s)) for k, x in corpus)
            per = " | ".join(line(judged.scored(v, t, s)) for v in by_set.values())
            print(f"{t!s:6} {s!s:6} | {line(total):17} | {cards:12} | {per}", flush=True)
    if args.shipped:  # the products' own per-disagreement thresholds
        rule: Rule = {**second_opinion.REASONS, **slot_opinion.REASONS}
        cards = sum(carded(rule, k, x) for k, x in corpus)
        per = ", ".join(f"{k} {line(scored_by_rule(v, rule))}" for k, v in by_set.items())
        print(f"shipped REASONS: all {line(scored_by_rule(every, rule))}; corpus cards {cards}; {per}")
    if args.shipped:
        rule = {**second_opinion.REASONS, **slot_opinion.REASONS}
        writers = sorted({writer(label) for label in by_set})
        scored = {
            w: scored_by_rule([r for label, runs in by_set.items() if writer(label) == w for r in runs], rule)
            for w in writers
        }
        print("shipped REASONS per writer: " + ", ".join(f"{w} {line(c)}" for w, c in scored.items()))
    if args.per_writer:
        per_writer(by_set, {x for r in every for found in (r["_kinds"], r["_slots"]) for x in found})
    if args.nested:
        nested(by_set, corpus, [float(w) for w in args.nested.split(",")], args.least, args.spread)
    if args.detail:
        t, s = _thresholds(args.detail, ())
        print(f"carded at {t}, {s} by reason (reader's verdict without the doubt):")
        for reason, n in sorted(judged.by_reason(every, t, s).items()):
            print(f"   {reason} {n}")
        corpus_reasons = Counter(judged.hit(k, x, t, s) for k, x in corpus)
        print("   corpus: " + ", ".join(f"{r} {n}" for r, n in sorted(corpus_reasons.items()) if r))


if __name__ == "__main__":
    main()
