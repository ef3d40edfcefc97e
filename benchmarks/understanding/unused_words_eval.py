"""Do the words a plan leaves unused tell a silently wrong write? Leave-one-set-out, on the reader's writes.

Session 17 found that a whole-plan confidence (what the plan is made of) catches little: wrong plans look
like plain ones, and what goes wrong is in words. This measures a learned opinion on the WORDS a plan
does not use: for each message the reader stored at once (one line, one customer; the kind and slot
doubts off: `second_opinion_eval.reader_runs(doubts=False)`), the reader's reading under the set's clock
gives the spans its slots took (the customer and names it masked, the kind word, dates, amounts, people,
steps, stage and outcome words); the words outside them, each paired with the kinds of change stored
("log|will", "remind|他说"), are the features. Naive Bayes (`naive_bayes.train`, features several sets
use, calibrated on writers left out) learns P(silently wrong) from the other sets' runs and judges the
held-out set's: a message at or over t goes to the card (right → asked; SW → asked, or right where the
label accepts a question).

It prints, per threshold, right / asked / SW / missed over all held-out sets and per set, and how many
of the regression corpus's stored messages (all right) a model trained on every set would card.
Set 7's calibration half counts in aggregate only: nothing here prints a message or an id.

    .venv/bin/python benchmarks/understanding/unused_words_eval.py --key COMMIT
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import build_slot_roles as roles  # noqa: E402
from build_message_kinds import kinds_of_changes  # noqa: E402
from second_opinion_eval import SET_FILES, _hooked, after_hook, reader_runs  # noqa: E402

from handlers.understanding import naive_bayes  # noqa: E402
from handlers.understanding.naive_bayes import CJK  # noqa: E402
from handlers.understanding.reading import Reading  # noqa: E402

THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7)
VERDICTS = ("right", "asked", "silently_wrong", "missed")


def used_spans(reading: Reading) -> list[tuple[int, int]]:
    """Where the reader's slots read the message: masked names, kind, stage and outcome words, dates,
    amounts, people and steps."""
    out = list(reading.masked)
    out += [s for s in (reading.kind_span, reading.stage_span, reading.outcome_span) if s]
    out += [span for at, when in reading.dates if at >= 0 for span in when.spans]
    out += [(a.start, a.end) for a in reading.amounts]
    out += [(s, e) for _, s, e in reading.persons]
    out += [(s.start, s.end) for s in reading.steps]
    return out


def unused_text(reading: Reading) -> str:
    """The message with the words its slots read blanked out."""
    chars = list(reading.text)
    for a, b in used_spans(reading):
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


def features(text: str, planned: list[str]) -> tuple[str, ...]:
    """The unused words (Latin words, Chinese characters and pairs), each alone and with each kind of
    change stored."""
    words: set[str] = set()
    for token in naive_bayes.tokens(text):
        if CJK.match(token):
            words.update(token)
            words.update(token[i : i + 2] for i in range(len(token) - 1))
        else:
            words.add(token)
    out = {f"w:{w}" for w in words} | {f"k:{k}" for k in planned}
    out |= {f"{k}|{w}" for k in planned for w in words}
    return tuple(sorted(out))


def run_features(run: dict[str, Any], harness: Any) -> tuple[str, ...]:
    zone = harness.USERS[run["user"]][0]
    reading = roles.reading_at(run["texts"][-1], harness.REFERENCE_LOCAL, zone)
    return features(unused_text(reading), run["planned"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SET_FILES))
    parser.add_argument("--key", help="the commit whose cached reader runs to use")
    args = parser.parse_args()
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = []
    for name in args.sets.split(","):
        for path in SET_FILES[name]:
            harness = roles._harness(path.parent)
            for r in reader_runs(name, path, False, None, doubts=False, key=args.key):
                if _hooked(r):
                    r["_features"] = run_features(r, harness)
                    r["_source"] = name
                    rows.append(
                        (r["_features"], frozenset({"sw"} if r["verdict"] == "silently_wrong" else ()), name)
                    )
                by_set[name].append(r)
    for name, runs in by_set.items():
        model = naive_bayes.train([row for row in rows if row[2] != name], ("sw",))["sw"]
        for r in runs:
            r["_p"] = model.probability(r["_features"]) if _hooked(r) else 0.0
    every = [r for runs in by_set.values() for r in runs]
    # the corpus: every stored message is right; the model trained on every set
    model = naive_bayes.train(rows, ("sw",))["sw"]
    entries = json.loads(roles.CORPUS.read_text(encoding="utf-8"))["messages"]
    local, zone = roles.CORPUS_CLOCK
    corpus = []
    for entry in entries:
        kinds = kinds_of_changes(entry)
        if kinds and not entry.get("ask"):
            reading = roles.reading_at(entry["text"], local, zone)
            corpus.append(model.probability(features(unused_text(reading), kinds)))

    def line(runs: list[dict[str, Any]], t: float | None) -> str:
        c = Counter(after_hook(r, t is not None and _hooked(r) and r["_p"] >= t) for r in runs)
        return "/".join(str(c[v]) for v in VERDICTS)

    print("right/asked/SW/missed; each set judged by a model trained on the other sets' runs")
    print(f"t      | all sets          | corpus cards | {' | '.join(by_set)}")
    for t in (None, *THRESHOLDS):
        cards = sum(p >= t for p in corpus) if t is not None else 0
        per = " | ".join(line(v, t) for v in by_set.values())
        print(f"{t!s:6} | {line(every, t):17} | {cards:12} | {per}")


if __name__ == "__main__":
    main()
