"""Does the learned second opinion generalise? Leave-one-set-out, measured against the reader's own writes.

For each set (corpus, dev = dev.json + dev-b.json, set2, set3, set4, set5 = set5/cal.json when present) the
model is trained on every OTHER set's messages (`second_opinion.train`) and judges the held-out set:

1. accuracy: how often its most likely kind is one of the message's kinds, and per kind how often its
   yes/no at 0.5 matches the label;
2. against the reader (not for the corpus, which has no harness): every message of the held-out set is run
   through the product like `quick.py` does (its verdict: right / asked / silently wrong / missed), and
   the kinds of change the reader's plans write are recorded. For the messages the reader STORED at once,
   a confident disagreement (`second_opinion.disagreements` at a threshold) would send the message to
   the preview card instead: how many silently wrong writes that catches, how many right writes it
   wrongly sends to the card, and how the right / asked / SW / missed counts would move.

The reader's runs are cached per set and checkout (`--refresh` runs them again, ~1 minute a set). Only
one-line messages about one customer are simulated (the hook judges whole plans): a message sent as several
lines (a fix after a message) or stored for two customers keeps its verdict.

    .venv/bin/python benchmarks/understanding/second_opinion_eval.py [--refresh] [--sets dev,set4]
        [--rules nothing,correction,not,left] [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build_message_kinds import JUDGED  # noqa: E402

SET_FILES = JUDGED  # the labelled sets, one list (build_message_kinds.SETS and JUDGED_ONLY)
THRESHOLDS = (0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999)


def stored_kinds(d: dict[str, Any]) -> list[str]:
    """The kinds of change (`second_opinion.WRITE_KINDS`) in a harness diff: what the reader stored."""
    out = set()
    if d["new_activities"] or d["changed_activities"]:
        out.add("log")
    if d["new_reminders"] or d["changed_reminders"]:
        out.add("remind")
    if d["new_contacts"] or d["changed_contacts"]:
        out.add("contact")
    ended = {"won": "win", "lost": "lose"}
    for x in d["new_deals"]:
        out.add(ended.get(x["stage"], ended.get(x["status"], "deal")))
    for a, b in d["changed_deals"]:
        now = next((ended[v] for v in (b["stage"], b["status"]) if v in ended), None)
        was = next((ended[v] for v in (a["stage"], a["status"]) if v in ended), None)
        out.add(now if now and now != was else "deal")
    return sorted(out)


def customers_of(d: dict[str, Any]) -> set[str]:
    """The customers whose records a harness diff changed."""
    changed = [x for key in ("new_activities", "new_deals", "new_reminders", "new_contacts") for x in d[key]]
    changed += [
        b
        for key in ("changed_activities", "changed_deals", "changed_reminders", "changed_contacts")
        for _, b in d[key]
    ]
    return {str(x.get("customer")) for x in changed}


def stored_changes(d: dict[str, Any], user: str, harness: Any) -> dict[str, list[dict[str, Any]]]:
    """What a harness diff stored, in a label's `changes` shape (days and times in the sender's zone): the
    activities with the day they happened, the deals with their amount (new ones marked) and a close
    date this message set, the reminders with when they are due."""
    out: dict[str, list[dict[str, Any]]] = {"activities": [], "deals": [], "reminders": []}
    for a in [*d["new_activities"], *(b for _, b in d["changed_activities"])]:
        day = harness.local(a["occurred_at"], user).date().isoformat()
        out["activities"].append({"customer": a["customer"], "occurred": day})
    deals = [(None, x) for x in d["new_deals"]] + list(d["changed_deals"])
    for before, x in deals:
        close = (x.get("expected_close") or "")[:10]
        deal = {"customer": x["customer"], "amount": x["amount"], "new": before is None, "stage": x["stage"]}
        if close and (before is None or close != (before.get("expected_close") or "")[:10]):
            deal["close_date"] = close
        out["deals"].append(deal)
    for r in [*d["new_reminders"], *(b for _, b in d["changed_reminders"])]:
        due = harness.local(r["due_at"], user).isoformat()[:16]
        out["reminders"].append({"customer": r["customer"], "due": due})
    return {k: v for k, v in out.items() if v}


def record(
    path: Path, salesbot: str, holdout: str | None = None, doubts: bool = True
) -> list[dict[str, Any]]:
    """Every message of one set file through the product the way quick.py runs it (whichever checkout
    this process imports), with its verdict, the kinds of change it stored and what it stored
    (`stored_changes`). `holdout`: the learned opinions of the checkout (if it has them) are trained
    without that set, as they would be for a writer they never saw. `doubts=False`: the kind and slot
    opinions' doubts are off (the reader and the rest of the gate alone), so that a benchmark can
    simulate them at any threshold."""
    import quick  # the checkout's own quick.py and product

    if not doubts:
        from handlers.understanding import second_opinion, slot_opinion

        second_opinion.switch(False)
        slot_opinion.switch(False)
    if holdout:
        try:
            from handlers.understanding import second_opinion
        except ImportError:  # a reader from before the learned opinions
            pass
        else:
            second_opinion.holdout(holdout)

    folder_of_set = path.parent
    quick._use_harness_of(folder_of_set)
    harness = quick.harness
    messages = json.loads(path.read_text(encoding="utf-8"))["messages"]
    work = Path(tempfile.mkdtemp(prefix="salesbot-second-opinion-"))
    runner = harness.Runner(salesbot, work, harness.find_faketime())
    base_db = quick.build_base(runner, folder_of_set / "customers.csv", folder_of_set / "setup.txt", True)
    app = quick.build_app(
        quick.load_settings(database_url=f"sqlite:///{base_db}"),
        clock=quick.Clock(harness.utc_reference(next(iter(harness.USERS)))),
    )
    with app.db.transaction() as session:
        base = quick.export_data(session, app.store(quick.System(session)).org_id, now=app.clock())
    app.db.dispose()
    base_idx = harness.index(base)
    diffs: list[dict[str, Any]] = []
    original_diff = harness.diff

    def recording_diff(before, after):  # type: ignore[no-untyped-def]
        diffs.append(original_diff(before, after))
        return diffs[-1]

    harness.diff = recording_diff
    out = []
    try:
        for msg in messages:
            result = quick.run_message(base_db, base, base_idx, msg, work)
            out.append(
                {
                    "id": msg["id"],
                    "class": msg["class"],
                    "outcome": msg["expect"]["outcome"],
                    "also_ask": "ask" in str(msg["expect"].get("also_ok", "")),
                    "texts": result["texts"],
                    "verdict": result["verdict"],
                    "stored": bool(result["stored"]),
                    "planned": stored_kinds(diffs[-1]),
                    "customers": len(customers_of(diffs[-1])),
                    "user": msg["user"],
                    "changes": stored_changes(diffs[-1], msg["user"], harness),
                }
            )
    finally:
        harness.diff = original_diff
    return out


def _checkout(root: Path) -> str:
    """The commit the reader runs are cached under (uncommitted changes: pass --refresh)."""
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
    ).stdout.strip()


def _old_checkout(commit: str) -> Path:
    """The product as it was at `commit` (git archive into a temporary folder), and a `salesbot` there."""
    root = Path(tempfile.gettempdir()) / f"salesbot-reader-{commit}"
    if not (root / "bot").exists():
        root.mkdir(exist_ok=True)
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    script = (  # written each time: a folder left by another worktree names that worktree's python
        f"#!/bin/sh\nPYTHONPATH={root} exec {sys.executable} -c "
        "'import sys; from bot.cli import main; sys.exit(main())' \"$@\"\n"
    )
    if not (root / "salesbot").exists() or (root / "salesbot").read_text() != script:
        (root / "salesbot").write_text(script)
        (root / "salesbot").chmod(0o755)
    return root


def half(name: str, path: Path) -> str:
    """A set file's name within its source: "set9-dev", "set6-focus-a-dev", "set9-focus-e-read" (a file
    in another folder than its source's, like focus E's read.json under set 9)."""
    return f"{name}-{path.stem}" if path.parent.name == name else f"{name}-{path.parent.name}-{path.stem}"


def runs_cache(name: str, path: Path, at: str | None, doubts: bool = True, key: str | None = None) -> Path:
    """Where `reader_runs` keeps one set file's runs (per reader commit, with or without the doubts)."""
    version = "v2" if doubts else "v2-nodoubts"  # v2: with what was stored, the opinions held out of the set
    key = at or key or _checkout(ROOT)
    return Path(tempfile.gettempdir()) / f"salesbot-second-opinion-{version}-{half(name, path)}-{key}.json"


def reader_runs(
    name: str, path: Path, refresh: bool, at: str | None, doubts: bool = True, key: str | None = None
) -> list[dict[str, Any]]:
    """`record` for one set file, run by this checkout's reader or by the reader of an older commit
    (`at`: one that was never tuned on the set), cached per checkout (`key`: the runs cached under that
    commit, when the reader has not changed since; `doubts=False`: without the kind and slot opinions'
    doubts)."""
    cache = runs_cache(name, path, at, doubts, key)
    if cache.exists() and not refresh:
        return json.loads(cache.read_text(encoding="utf-8"))
    root = _old_checkout(at) if at else ROOT
    salesbot = str(root / "salesbot") if at else str(ROOT / ".venv" / "bin" / "salesbot")
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--record",
            str(path),
            "--out",
            str(cache),
            "--root",
            str(root),
            "--salesbot",
            salesbot,
            "--holdout",
            name,
            *([] if doubts else ["--no-doubts"]),
        ],
        cwd=root,
        env=env,
        check=True,
    )
    return json.loads(cache.read_text(encoding="utf-8"))


def _hooked(run: dict[str, Any]) -> bool:
    """Whether the hook judges the run: a stored one-line message about one customer (the plan of one
    customer's part of a two-customer message is not the whole message's)."""
    return run["stored"] and len(run["texts"]) == 1 and run.get("customers", 1) <= 1


def after_hook(run: dict[str, Any], flagged: bool) -> str:
    """The verdict once a flagged stored message goes to the card: nothing stored, a question shown."""
    if not flagged:
        return run["verdict"]
    if run["outcome"] == "ask" or run["also_ask"]:
        return "right"
    return "asked"


def simulate(runs: list[dict[str, Any]], disagrees: Callable[[dict[str, Any]], bool]) -> Counter[str]:
    """What a hook would change: the stored one-line, one-customer messages it disagrees with go to the
    card. Counts: SW (before), flagged, caught (SW flagged), right→card, and `after <verdict>`."""
    out: Counter[str] = Counter(SW=sum(r["verdict"] == "silently_wrong" for r in runs))
    for r in runs:
        hit = _hooked(r) and disagrees(r)
        out[f"after {after_hook(r, hit)}"] += 1
        out["flagged"] += hit
        out["caught"] += hit and r["verdict"] == "silently_wrong"
        out["right→card"] += hit and r["verdict"] == "right"
    return out


def curve_line(c: Counter[str]) -> str:
    return (
        f"flagged {c['flagged']}, caught SW {c['caught']}/{c['SW']}, right sent to card {c['right→card']}; "
        f"after: right {c['after right']} asked {c['after asked']} SW {c['after silently_wrong']} "
        f"missed {c['after missed']}"
    )


def accuracy(model: Any, examples: list[Any]) -> str:
    from handlers.understanding import second_opinion as so

    top = 0
    per = Counter()
    for e in examples:
        p = model.probabilities(e.text)
        top += max(so.KINDS, key=lambda k: p.get(k, 0.0)) in e.kinds
        for k in so.KINDS:
            per[k] += (p.get(k, 0.0) >= 0.5) == (k in e.kinds)
    n = len(examples) or 1
    return f"top kind right {top}/{len(examples)} ({top / n:.0%}); per kind " + " ".join(
        f"{k} {per[k] / n:.0%}" for k in so.KINDS
    )


def _commit_for(name: str, reader_at: str | None, path: Path | None = None) -> str | None:
    """`--reader-at 8081e08` (every set), or `set4=8081e08,set3=7515ca3` (those sets; the others: now);
    a file of a set by its `half` (`set9-dev=f8f71f5`) before its set."""
    if not reader_at or "=" not in reader_at:
        return reader_at
    commits = dict(pair.split("=", 1) for pair in reader_at.split(","))
    return commits.get(half(name, path), commits.get(name)) if path else commits.get(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="run the reader again (cache per checkout)")
    parser.add_argument("--sets", default=",".join(["corpus", *SET_FILES]))
    parser.add_argument(
        "--rules",
        help="disagreements that count: reasons ('not log') or families (nothing, correction, not, left); "
        "default: the product's second_opinion.REASONS",
    )
    parser.add_argument("--threshold", type=float, help="detail the flagged messages at this threshold")
    parser.add_argument(
        "--reader-at",
        help="judge against the reader of an older commit that was never tuned on the set: COMMIT, or "
        "SET=COMMIT,… per set (e.g. set4=8081e08,set3=7515ca3)",
    )
    parser.add_argument("--record", help=argparse.SUPPRESS)  # the reader pass, run in a subprocess
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    parser.add_argument("--salesbot", help=argparse.SUPPRESS)
    parser.add_argument("--holdout", help=argparse.SUPPRESS)
    parser.add_argument("--no-doubts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record:
        sys.path[:0] = [args.root, str(Path(args.root) / "benchmarks" / "understanding")]
        runs = record(Path(args.record), args.salesbot, args.holdout, doubts=not args.no_doubts)
        Path(args.out).write_text(json.dumps(runs, ensure_ascii=False), encoding="utf-8")
        return
    from handlers.understanding import second_opinion as so

    rules = set(args.rules.split(",")) if args.rules else set(so.REASONS)

    def counts(reason: str) -> bool:
        return reason in rules or so.rule_of(reason) in rules

    examples = so.load_examples()
    wanted = [
        s for s in args.sets.split(",") if s == "corpus" or any(p.exists() for p in SET_FILES.get(s, []))
    ]
    curve: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    by_rule: Counter[tuple[str, str]] = Counter()
    for name in wanted:
        held_out = [e for e in examples if e.source == name]
        model = so.train(e for e in examples if e.source != name)
        print(f"== {name}: trained on {len(examples) - len(held_out)} examples of the other sets")
        print("   " + accuracy(model, held_out))
        if name == "corpus":
            continue
        runs = [
            r
            for p in SET_FILES[name]
            if p.exists()
            for r in reader_runs(name, p, args.refresh, _commit_for(name, args.reader_at))
        ]
        before = Counter(r["verdict"] for r in runs)
        print(f"   reader: {dict(before)}")
        opinions = {r["id"] + r["texts"][-1]: so.Opinion(model.probabilities(r["texts"][-1])) for r in runs}
        for t in THRESHOLDS:

            def disagrees(r: dict[str, Any], t: float = t, opinions: dict[str, Any] = opinions) -> bool:
                reasons = so.disagreements(opinions[r["id"] + r["texts"][-1]], r["planned"], t)
                return any(counts(x) for x in reasons)

            counted = simulate(runs, disagrees)
            curve[t].update(counted)
            print(f"   t={t}: {curve_line(counted)}")
        if args.threshold:
            for r in runs:
                reasons = so.disagreements(opinions[r["id"] + r["texts"][-1]], r["planned"], args.threshold)
                reasons = [x for x in reasons if counts(x)]
                if _hooked(r) and reasons:
                    for x in reasons:
                        by_rule[(x, r["verdict"])] += 1
                    print(
                        f"     {r['id']} {r['class']} {r['verdict']} planned={r['planned']} "
                        f"{reasons}: {r['texts'][-1][:90]}"
                    )
    print("== all held-out sets together")
    for t, c in curve.items():
        print(f"   t={t}: {curve_line(c)}")

    if by_rule:
        print(f"== by disagreement at t={args.threshold} (rule, reader's verdict): {sorted(by_rule.items())}")


if __name__ == "__main__":
    main()
