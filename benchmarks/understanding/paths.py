"""How often each decision path is right, among the messages stored at once.

Reads the files `quick.py --paths out.jsonl` writes (one line per message: id, class, lang, verdict, the
verdict asking alone would get, and the decision path of each plan of each text sent) and prints, per
feature value and per common combination, how many messages STORED AT ONCE on that path were right,
silently wrong (SW), asked or missed, their precision (right / stored) and its Wilson lower bound.

    python benchmarks/understanding/paths.py set5-cal.jsonl [more.jsonl …] [--min 5] [--z 1.64]
    python benchmarks/understanding/paths.py set5-cal.jsonl --simulate      # the calibrated table's effect
    python benchmarks/understanding/paths.py set5-cal.jsonl --curve              # two folds of the file
    python benchmarks/understanding/paths.py dev.jsonl … --curve --apply set5-cal.jsonl

`--simulate` replays each message through `calibration.CARD` (a path matching a row of it turns a
message stored at once into the preview card: its verdict becomes what asking alone gets) and prints the
right / asked / SW / missed before and after, per file. `--curve` derives a table from the files given
first (every value whose precision, or Wilson lower bound, is under a threshold) and applies it to
`--apply`'s files, or, without `--apply`, derives it on one half of the messages and applies it to the
other (both ways, summed): SW against asked, threshold by threshold. The paths are recorded with the
code at the time of the run: record again after a change to the reading.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from handlers.understanding.calibration import CARD, Row, card_reasons  # noqa: E402

VERDICTS = ("right", "silently_wrong", "asked", "missed")
SHORT = {"right": "right", "silently_wrong": "SW", "asked": "asked", "missed": "missed"}
COMBINED = ("link", "operations", "kind_from", "dates", "amount", "deal", "stage", "outcome", "steps")


def wilson_lower(right: int, n: int, z: float) -> float:
    """The lower end of the Wilson score interval of right/n (0 when n is 0)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


def load(files: list[str]) -> list[dict]:
    out = []
    for name in files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append({**json.loads(line), "file": Path(name).stem})
    return out


def writes_of(message: dict) -> list[dict]:
    """The write paths of the last text sent (the one the verdict judges)."""
    return [p for p in message["paths"][-1] if p.get("route") == "write"]


def stored_at_once(message: dict) -> bool:
    writes = writes_of(message)
    return (
        bool(writes)
        and all(p.get("decision") == "stored" for p in writes)
        and any(p.get("decision") == "stored" for p in writes)
    )


def values_of(message: dict) -> set[tuple[str, str]]:
    """Every (feature, value) on the message's write paths (a date list gives one value per date)."""
    out = set()
    for path in writes_of(message):
        for feature, value in path.items():
            if feature in ("route", "decision"):
                continue
            for v in value if isinstance(value, list) else [value]:
                out.add((feature, str(v)))
    return out


def combination(message: dict) -> str:
    parts = []
    for path in writes_of(message):
        parts.append(" ".join(f"{f}={_joined(path.get(f))}" for f in COMBINED))
    return " || ".join(parts)


def _joined(value: object) -> str:
    return ",".join(value) if isinstance(value, list) else str(value)


def table(messages: list[dict], z: float) -> dict[tuple[str, str], Counter]:
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in messages:
        if stored_at_once(m):
            for fv in values_of(m):
                counts[fv][m["verdict"]] += 1
    return counts


def _row(label: str, c: Counter, z: float) -> str:
    n = sum(c.values())
    right = c["right"]
    figures = " ".join(f"{c[v]:>4}" for v in VERDICTS)
    return f"{label:<44} {n:>5} {figures}  {right / n if n else 0:6.1%} {wilson_lower(right, n, z):6.1%}"


def report(messages: list[dict], z: float, least: int) -> None:
    header = f"{'feature=value (stored at once)':<44} {'n':>5} "
    header += " ".join(f"{SHORT[v]:>4}" for v in VERDICTS)
    print(header + "   prec  wilson")
    counts = table(messages, z)
    for feature, value in sorted(counts, key=lambda fv: (fv[0], -sum(counts[fv].values()))):
        c = counts[(feature, value)]
        if sum(c.values()) >= least:
            print(_row(f"{feature}={value}", c, z))
    print("\ncommon combinations (stored at once):")
    combos: dict[str, Counter] = defaultdict(Counter)
    for m in messages:
        if stored_at_once(m):
            combos[combination(m)][m["verdict"]] += 1
    for combo, c in sorted(combos.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
        if sum(c.values()) >= least:
            print(_row("", c, z) + "  " + combo)


def outcome(message: dict, card: tuple[Row, ...]) -> str:
    """The verdict with the table applied: a message stored at once on a carded value is asked instead."""
    if stored_at_once(message) and any(card_reasons(p, card) for p in writes_of(message)):
        return message["asking_is"]
    return message["verdict"]


def summary(messages: list[dict], card: tuple[Row, ...] | None) -> Counter:
    return Counter(outcome(m, card) if card is not None else m["verdict"] for m in messages)


def _line(label: str, c: Counter) -> str:
    n = sum(c.values())
    return (
        f"{label:<22} {n:>4}  "
        + "  ".join(f"{SHORT[v]} {c[v]:>3}" for v in VERDICTS)
        + (f"   right {c['right'] / n:5.1%}" if n else "")
    )


def derive(
    messages: list[dict], threshold: float, z: float, least: int, measure: str = "precision"
) -> tuple[Row, ...]:
    """A card table from measured figures: every value whose precision (or Wilson lower bound) among the
    messages stored at once is under `threshold`, with at least `least` of them (rarer values are left to
    the gate: too few to measure). The message's script is no reason to ask."""
    counts = table(messages, z)
    out: dict[str, set[str]] = defaultdict(set)
    for (feature, value), c in counts.items():
        n = sum(c.values())
        if feature in ("script", "gate") or n < least or c["right"] == n:
            continue
        score = c["right"] / n if measure == "precision" else wilson_lower(c["right"], n, z)
        if score < threshold:
            out[feature].add(value)
    return tuple({f: frozenset({v})} for f, values in sorted(out.items()) for v in sorted(values))


def folds(messages: list[dict]) -> tuple[list[dict], list[dict]]:
    """Two halves of the messages, by a stable hash of their id (the same split every run)."""
    a = [m for m in messages if zlib.crc32(m["id"].encode()) % 2 == 0]
    return a, [m for m in messages if m not in a]


def curve(messages: list[dict], applied: list[dict] | None, z: float, measure: str) -> None:
    """Right / SW / asked threshold by threshold: the table derived from `messages` applied to `applied`,
    or (None) in two folds: derived on one half of `messages`, applied to the other, and summed."""
    thresholds = [0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99]
    for least in (3, 5, 10):
        for t in thresholds:
            if applied is not None:
                card = derive(messages, t, z, least, measure)
                c = summary(applied, card)
                size = len(card)
            else:
                a, b = folds(messages)
                c = summary(b, derive(a, t, z, least, measure)) + summary(a, derive(b, t, z, least, measure))
                size = 0
            print(_line(f"t={t:.2f} n>={least}" + (f" ({size})" if size else ""), c))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--min", type=int, default=5, help="least messages for a row to be printed")
    parser.add_argument("--z", type=float, default=1.64, help="Wilson z (1.64: one-sided 95%%)")
    parser.add_argument("--simulate", action="store_true", help="apply calibration.CARD per file")
    parser.add_argument("--curve", action="store_true", help="SW against asked, threshold by threshold")
    parser.add_argument("--apply", nargs="*", default=[], help="files the derived tables are applied to")
    parser.add_argument("--measure", choices=("precision", "wilson"), default="precision")
    args = parser.parse_args()
    messages = load(args.files)
    if args.simulate:
        for name in sorted({m["file"] for m in messages}):
            mine = [m for m in messages if m["file"] == name]
            print(_line(f"{name} before", summary(mine, None)))
            print(_line(f"{name} after", summary(mine, CARD)))
        return
    if args.curve:
        applied = load(args.apply) if args.apply else None
        print(_line("before", summary(applied if applied is not None else messages, None)))
        curve(messages, applied, args.z, args.measure)
        return
    print(_line("all", summary(messages, None)))
    print(_line("stored at once", Counter(m["verdict"] for m in messages if stored_at_once(m))))
    report(messages, args.z, args.min)


if __name__ == "__main__":
    main()
