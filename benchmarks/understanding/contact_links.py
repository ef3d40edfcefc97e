"""Contact links measured on the labelled sets: the person each stored activity names vs the label's.

Every set is run through the product like `quick.py` does (second opinion and link confidence held out of
the set). For each activity the label expects, the stored activity at the same customer is paired with
it and its contact judged with the set's own harness (`contact_ok`: "Jane" ~ "Jane Doe", 张经理 ~ 张伟):

- `right`: the person the label names (or none, where it names none);
- `missed`: the label names a person, the activity links none;
- `wrong`: another person than the label's;
- `extra`: the label names nobody (e.g. the person was not there), the activity links someone;
- `no_activity`: nothing stored at that customer to compare.

    .venv/bin/python benchmarks/understanding/contact_links.py [--sets set5,set6] [--show missed,wrong,extra]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import link_records  # noqa: E402
import quick  # noqa: E402


def judge(msg: dict[str, Any], stored: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    """(category, expected contact, stored contact) per expected activity of the label."""
    if msg.get("texts") or msg["expect"]["outcome"] != "store":
        return []
    out = []
    left = list(stored)
    for e in (msg["expect"].get("changes") or {}).get("activities", []):
        mine = [a for a in left if a["customer"] == e["customer"]]
        if not mine:
            out.append(("no_activity", e.get("contact"), None))
            continue
        best = next((a for a in mine if quick.harness.contact_ok(e.get("contact"), a["contact"])), mine[0])
        left.remove(best)
        expected, actual = e.get("contact"), best["contact"]
        none_expected = expected is None or expected == [None]
        if quick.harness.contact_ok(expected, actual):
            out.append(("right", expected, actual))
        elif actual is None:
            out.append(("missed", expected, actual))
        elif none_expected:
            out.append(("extra", expected, actual))
        else:
            out.append(("wrong", expected, actual))
    return out


def run_set(source: str, files: list[Path]) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The contact judgements of one source's messages, and its messages' verdicts."""
    rows = []
    verdicts: Counter[str] = Counter()
    with link_records.judged(source, files) as run:
        seen: dict[str, Any] = {}
        diff = quick.harness.diff

        def keep(base: Any, after: Any) -> Any:
            seen["d"] = diff(base, after)
            return seen["d"]

        quick.harness.diff = keep
        try:
            for f in files:
                for msg in json.loads(f.read_text(encoding="utf-8"))["messages"]:
                    result = run(msg)
                    verdicts[result["verdict"]] += 1
                    for category, expected, actual in judge(msg, seen["d"]["new_activities"]):
                        row = {"source": source, "id": msg["id"], "verdict": result["verdict"]}
                        row |= {"category": category, "expected": expected, "actual": actual}
                        rows.append({**row, "text": msg.get("text")})
        finally:
            quick.harness.diff = diff
    return rows, verdicts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", help="comma-separated sources (default: all)")
    parser.add_argument("--show", default="missed,wrong,extra")
    parser.add_argument("--out", help="write the rows here (JSON lines)")
    args = parser.parse_args()
    files = link_records.label_files()
    rows = []
    for source in args.sets.split(",") if args.sets else sorted(files):
        got, verdicts = run_set(source, files[source])
        rows += got
        counts = Counter(r["category"] for r in got)
        sw = Counter(r["category"] for r in got if r["verdict"] == "silently_wrong")
        shown = "/".join(str(verdicts[v]) for v in ("right", "asked", "silently_wrong", "missed"))
        print(f"{source}: right/asked/SW/missed {shown}; contacts {dict(counts)}; in SW messages {dict(sw)}")
    for r in rows:
        if r["category"] in args.show.split(","):
            print(f"  {r['source']} {r['id']} {r['verdict']} {r['category']}: expected {r['expected']!r}, "
                  f"linked {r['actual']!r} | {r['text']}")  # fmt: skip
    if args.out:
        Path(args.out).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
