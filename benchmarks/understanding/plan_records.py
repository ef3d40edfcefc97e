"""Plan records: every message of the labelled sets through the product, with the signals of the plan the
gate decided on and the harness's verdict. The data of the whole-plan confidence
(`plan_model.py`, `plan_confidence_eval.py`).

Each set runs in one process like `quick.py` (its own customers, setup and harness; both learned opinions
held out of the set it judges: `link_records.judged`). While a message runs, the gate reports each
decision (`handlers/understanding/plan_log.py`): stored at once, card, or saved; and per plan its
signals (`plan_signals.signals`: operations, the gate's doubts by rule, words left out, the kind and slot
opinions' probabilities, link certainty, counts of people / dates / amounts / steps / clauses, script,
length, the decision path). One JSON line per message:

    source, file, id, class, lang, verdict (right / asked / silently_wrong / missed), asking_is (what a
    question alone would get), routes (decision_path routes of each text), gate (the decisions recorded),
    saved (for a message the gate showed on a card: the verdict had Save been pressed on every card, i.e.
    whether storing the card's plan as shown would have been right)

No words of any message are written (ids, classes, verdicts and signals only), so the records of a half
nobody may read (set 7's calibration half) can be kept and trained on.

    .venv/bin/python benchmarks/understanding/plan_records.py                      # every set (~15 min)
    .venv/bin/python benchmarks/understanding/plan_records.py --sets set5,set6 --out /tmp/x.jsonl
    .venv/bin/python benchmarks/understanding/plan_records.py --file set6/focus-a-dev.json --source focusA \\
        --out benchmarks/understanding/plan_snapshots/focusA-<commit>.jsonl   # a snapshot at first contact

Records are the reader of their time: after a change to the reader, record the sets again (not the
snapshots: they stay as the reader first saw those halves).

`--corpus` records the regression corpus (tests/corpus, source `corpus`) the way its test runs it: its
plans stored at once must stay stored at once, so the eval reports how many a threshold would card.

A snapshot is recorded once, on main as it is when a half arrives, BEFORE anyone tunes on it: the reader
is then as new to its messages as it will be to a user's. Keep those files (`plan_snapshots/`); records of
a half read and tuned on say little about unseen data.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import link_records  # noqa: E402

from handlers.understanding import plan_log  # noqa: E402

RECORDS = Path(tempfile.gettempdir()) / "salesbot-plan-records.jsonl"
SNAPSHOTS = HERE / "plan_snapshots"


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def decisions(gate: list[dict[str, Any]]) -> set[str]:
    return {str(g.get("decision")) for g in gate}


def run_set(source: str, files: list[Path], ids: set[str] | None = None) -> list[dict[str, Any]]:
    """One record per message of one source (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    at = commit()
    with link_records.judged(source, files) as run:
        for f in files:
            for msg in json.loads(f.read_text(encoding="utf-8"))["messages"]:
                if ids and msg["id"] not in ids:
                    continue
                with plan_log.collected() as gate:
                    result = run(msg)
                row = {
                    "source": source,
                    "file": f.name,
                    "commit": at,
                    "id": msg["id"],
                    "class": msg["class"],
                    "lang": msg["lang"],
                    "texts": len(msg.get("texts") or [msg["text"]]),
                    "verdict": result["verdict"],
                    "asking_is": result["asking_is"],
                    "routes": [[p.get("route") for p in path] for path in result["paths"]],
                    "gate": gate,
                    "saved": None,
                }
                if "card" in decisions(gate):
                    row["saved"] = run(msg, save_cards=True)["verdict"]
                rows.append(row)
    return rows


def read_records(*paths: Path) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def run_corpus() -> list[dict[str, Any]]:
    """The regression corpus as its test runs it (tests/corpus/runner.py: one app, each message undone
    after it), one record per message; `verdict` right when every checked field is."""
    from bot.app import build_app, console_user
    from bot.console import ConsoleChat
    from config.settings import Settings
    from crm_store.db import Database
    from crm_store.migrate import upgrade
    from crm_store.system import System
    from tests.corpus import runner
    from tests.support.clock import FakeClock

    folder = Path(tempfile.mkdtemp(prefix="salesbot-plan-corpus-"))
    url = f"sqlite:///{folder / 'corpus.db'}"
    database = Database(url)
    upgrade(database)
    database.dispose()
    settings = Settings(  # as tests/conftest.py's make_settings
        database_url=url,
        default_timezone="Europe/Berlin",
        default_locale="en",
        default_currency="USD",
        organization_name="Test Co",
        _env_file=None,  # type: ignore[call-arg]
    )
    app = build_app(settings, clock=FakeClock())
    rows = []
    try:
        chat = ConsoleChat(app.assistant, console_user(app).id)
        corpus = runner.load_corpus()
        runner.prepare(app, chat, corpus)
        with app.db.transaction() as session:
            org_id = app.store(System(session)).org_id
        at = commit()
        for i, expected in enumerate(corpus["messages"]):
            with plan_log.collected() as gate:
                outcome = runner.run_message(app, chat, org_id, expected)
            rows.append(
                {
                    "source": "corpus",
                    "file": "field_messages.json",
                    "commit": at,
                    "id": f"corpus{i:03d}",
                    "class": "corpus",
                    "lang": "zh" if _cjk(expected["text"]) else "en",
                    "texts": 1,
                    "verdict": "right" if outcome.right else "silently_wrong",
                    "asking_is": "asked",
                    "routes": [],
                    "gate": [g for g in gate if g.get("decision") != "saved"],
                    "saved": None,
                }
            )
    finally:
        app.db.dispose()
    return rows


def _cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", help="comma-separated sources of build_message_kinds.SETS (default: all)")
    parser.add_argument("--file", help="one label file instead (its folder's customers, setup and harness)")
    parser.add_argument("--source", help="with --file: the source name its records get (e.g. focusA)")
    parser.add_argument("--ids")
    parser.add_argument("--out", default=str(RECORDS))
    parser.add_argument("--corpus", action="store_true", help="the regression corpus only (source corpus)")
    args = parser.parse_args()
    if args.corpus:
        rows = run_corpus()
        right = sum(r["verdict"] == "right" for r in rows)
        print(f"corpus: {len(rows)} messages, {right} right", file=sys.stderr)
        Path(args.out).write_text(
            "".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8"
        )
        return
    ids = set(args.ids.split(",")) if args.ids else None
    if args.file:
        jobs = {args.source or Path(args.file).stem: [Path(args.file).resolve()]}
    else:
        files = link_records.label_files()
        jobs = {s: files[s] for s in (args.sets.split(",") if args.sets else sorted(files))}
    rows: list[dict[str, Any]] = []
    for source, paths in jobs.items():
        got = run_set(source, paths, ids)
        counts: dict[str, int] = {}
        for r in got:
            counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
        print(f"{source}: {len(got)} messages {counts}", file=sys.stderr)
        rows += got
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
