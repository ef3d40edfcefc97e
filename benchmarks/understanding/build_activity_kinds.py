"""Build the activity-kind opinion's training data (`handlers/understanding/data/activity_kinds.jsonl`).

One line per message that logs interactions all of one kind: its text, the kinds the label accepts for
them (call, visit, meeting, email, message, note, complaint; "kind": ["meeting", "visit"] accepts both),
its source set and its id:

    {"text": "swung by, saw the foreman", "kinds": ["meeting", "visit"], "source": "set3", "id": "en041"}

A message whose activities differ in kind ("called acme and emailed globex") says nothing about one kind
and is left out, and so is a message sent as several lines (the last line corrects the first). Sources:
the corpus (tests/corpus) and the labelled sets of `build_message_kinds.SETS` (set 7's calibration half
among them: training data only); never a sealed half.

    .venv/bin/python benchmarks/understanding/build_activity_kinds.py [--check]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from build_message_kinds import CORPUS, ROOT, SETS, check_or_write, dumps, set_messages

OUT = ROOT / "handlers" / "understanding" / "data" / "activity_kinds.jsonl"


def _kinds(activities: list[dict[str, Any]]) -> list[str] | None:
    """The kinds the label accepts for all its activities, when they are one kind (else None)."""
    options = {tuple(sorted(a["kind"] if isinstance(a["kind"], list) else [a["kind"]])) for a in activities}
    return list(options.pop()) if len(options) == 1 else None


def set_examples(source: str, message: dict[str, Any]) -> Iterator[dict[str, Any]]:
    expect = message["expect"]
    if expect["outcome"] != "store" or message.get("texts"):
        return
    activities = expect.get("changes", {}).get("activities") or []
    kinds = _kinds(activities) if activities else None
    if kinds:
        yield {"text": message["text"], "kinds": kinds, "source": source, "id": message["id"]}


def corpus_examples(entries: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for i, entry in enumerate(entries):
        activity = entry.get("activity")
        if activity and activity.get("kind"):
            kinds = _kinds([activity])
            if kinds:
                yield {"text": entry["text"], "kinds": kinds, "source": "corpus", "id": f"c{i:03d}"}


def build() -> list[dict[str, Any]]:
    examples = list(corpus_examples(json.loads(CORPUS.read_text(encoding="utf-8"))["messages"]))
    for source, message in set_messages(SETS):
        examples.extend(set_examples(source, message))
    return examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is out of date")
    args = parser.parse_args()
    examples = build()
    if not check_or_write(OUT, dumps(examples), args.check, Path(__file__).name):
        return
    print(f"{len(examples)} examples -> {OUT.relative_to(ROOT)}")
    print("by source:", dict(Counter(e["source"] for e in examples)))
    print("by kind:", dict(Counter(k for e in examples for k in e["kinds"])))


if __name__ == "__main__":
    main()
