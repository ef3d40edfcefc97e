"""Link records: every customer link the reader makes or asks about on the labelled sets, with its features
and whether the label says it is right. The training data of `link_model.py` (measured, not in the product).

Each set is run through the product in one process like `quick.py` does (its own customers and setup, the
second opinion held out of the set it judges). While a message runs, the linker reports each link it
stores or asks about (`link_model.collected`): the customer, how it matched (exact name, alias,
contact, first words of a longer name, slip, pinyin, …), score and margin to the next customer, the words
and where they stand, everyday words, another customer or another customer's contact called so, its
people or deals named too, how many customers the message names. The label:

- `right`: the customer is one of those the label's changes (or alt_changes) are about;
- `wrong`: the label stores for other customers only;
- `ask`: a must-ask message (nothing may be stored: the link must be asked);
- messages that store nothing (questions, chit-chat) or are sent as several lines (a correction after a
  message) give no label (`null`); they stay in the file for the verdict counts, and so do messages that
  linked nobody (`decision: none`).

Besides the link it made (`decision`: stored, stored_other for a second customer, asked_close "which of
these?", asked_people, asked_passing, asked_fallback, passed), each customer the linker considered and did
not take is a row too (`decision: candidate`), with the same features and its own label.

    .venv/bin/python benchmarks/understanding/link_records.py            # every set (~10 min): the records
                                                                          # in /tmp + link_counts.jsonl
    .venv/bin/python benchmarks/understanding/link_records.py --check    # is link_counts.jsonl up to date?
    .venv/bin/python benchmarks/understanding/link_records.py --sets set5 --out /tmp/set5-links.jsonl

Every record goes to `--out` (default /tmp/salesbot-link-records.jsonl; `link_confidence_eval.py` reads it).
The model's training data, `benchmarks/understanding/link_counts.jsonl`, is small: per source set and
link description (`link_model.encode`), how many links were right of how many labelled. Its first line
says which label files and feature version it was built from; `--check` (and a test) compare that with the
sets and `link_model.FEATURES_VERSION`. The records are the current reader's links: after a change
to the linker, rebuild them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import build_message_kinds  # noqa: E402
import link_model  # noqa: E402
import quick  # noqa: E402

from bot.app import build_app  # noqa: E402
from config.settings import load_settings  # noqa: E402
from crm_store.system import System  # noqa: E402
from crm_store.transfer.exporter import export_data  # noqa: E402
from handlers.understanding import link_log, second_opinion  # noqa: E402

COUNTS = link_model.DATA
RECORDS = Path(tempfile.gettempdir()) / "salesbot-link-records.jsonl"
# source → label files (the second opinion's and the link model's held-out unit is the source: one writer)
# source → label files: the sets the link counts were built from (session 16). The link model is
# measured, not in the product, so its counts are not rebuilt each time the opinions' training data grows
# (build_message_kinds.SETS); add a set here when the counts are rebuilt with it.
SETS = {
    **{s: build_message_kinds.SETS[s] for s in ("dev", "set2", "set3", "set4", "set5")},
    "set6": (HERE / "set6" / "cal.json",),
}


def label_files() -> dict[str, list[Path]]:
    return {source: [f for f in files if f.exists()] for source, files in SETS.items() if files[0].exists()}


def fingerprint(files: dict[str, list[Path]]) -> str:
    digest = hashlib.sha256(str(link_model.FEATURES_VERSION).encode())
    for source in sorted(files):
        for f in files[source]:
            digest.update(f"{source}/{f.relative_to(HERE)}".encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def expected_customers(expect: dict[str, Any]) -> set[str]:
    """The customers a label's changes (or its alternative changes) are about."""
    out: set[str] = set()
    for changes in (expect.get("changes") or {}, *(expect.get("alt_changes") or [])):
        for rows in changes.values():
            for row in rows if isinstance(rows, list) else []:
                if isinstance(row, dict) and row.get("customer"):
                    out.add(str(row["customer"]).casefold())
    return out


def label_of(msg: dict[str, Any], customer: str) -> str | None:
    if msg.get("texts"):
        return None
    expect = msg["expect"]
    if expect["outcome"] == "ask":
        return "ask"
    wanted = expected_customers(expect) if expect["outcome"] == "store" else set()
    if not wanted:
        return None
    return "right" if customer.casefold() in wanted else "wrong"


def _base(files: list[Path]) -> Path:
    folder = files[0].parent
    checkout = hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]
    kept = Path(tempfile.gettempdir()) / f"salesbot-links-base-{folder.name}-{checkout}.db"
    if kept.exists():
        return kept
    work = Path(tempfile.mkdtemp(prefix="salesbot-links-"))
    try:
        runner = quick.harness.Runner(
            str(ROOT / ".venv" / "bin" / "salesbot"), work, quick.harness.find_faketime()
        )
        built = quick.build_base(runner, folder / "customers.csv", folder / "setup.txt", True)
        shutil.copy(built, kept)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return kept


@contextmanager
def judged(source: str, files: list[Path]) -> Iterator[Callable[[dict[str, Any]], dict[str, Any]]]:
    """A set ready to run: its own harness, the learned parts held out of it, its base exported; yields
    `run(message, save_cards=False)` -> quick.py's result for that message."""
    reference = quick.harness
    quick._use_harness_of(files[0].parent)
    second_opinion.holdout(source)
    work = Path(tempfile.mkdtemp(prefix="salesbot-links-"))
    try:
        base_db = _base(files)
        app = build_app(
            load_settings(database_url=f"sqlite:///{base_db}"),
            clock=quick.Clock(quick.harness.utc_reference(next(iter(quick.harness.USERS)))),
        )
        with app.db.transaction() as session:
            base = export_data(session, app.store(System(session)).org_id, now=app.clock())
        app.db.dispose()
        base_idx = quick.harness.index(base)
        yield lambda msg, **how: quick.run_message(base_db, base, base_idx, msg, work, **how)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        quick.harness = reference
        second_opinion.holdout(None)


def run_set(source: str, files: list[Path], ids: set[str] | None = None) -> list[dict[str, Any]]:
    """Every message of one source through the product; one row per link it recorded."""
    rows: list[dict[str, Any]] = []
    with judged(source, files) as run:
        for f in files:
            for msg in json.loads(f.read_text(encoding="utf-8"))["messages"]:
                if ids and msg["id"] not in ids:
                    continue
                with link_log.collected() as links:
                    result = run(msg)
                if not links:  # the message linked nobody: kept for the verdict counts
                    links = [{"decision": "none"}]
                seen = set()
                for i, link in enumerate(links):
                    key = (link.get("customer"), link.get("words"), link.get("decision"))
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(
                        {
                            "source": source,
                            "file": f.name,
                            "id": msg["id"],
                            "class": msg["class"],
                            "lang": msg["lang"],
                            "verdict": result["verdict"],
                            "asking_is": result["asking_is"],
                            "label": label_of(msg, str(link.get("customer", ""))),
                            "order": i,
                            **link,
                        }
                    )
    return rows


def counts_lines(rows: list[dict[str, Any]], fingerprint_: str) -> list[str]:
    """The model's training data: per source and link description, how many were right of how many."""
    lines = [json.dumps({"fingerprint": fingerprint_, "features": link_model.FEATURES_VERSION})]
    for source in sorted({r["source"] for r in rows}):
        mine = [r for r in rows if r["source"] == source and r.get("decision") in link_model.TRAINED_ON]
        for x, (k, n) in sorted(link_model.count(mine).items()):
            lines.append(json.dumps({"source": source, "features": list(x), "right": k, "n": n}))
    return lines


def read_records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [row for line in lines if "source" in (row := json.loads(line))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when link_counts.jsonl is stale")
    parser.add_argument("--sets", help="comma-separated sources (default: all; then link_counts.jsonl too)")
    parser.add_argument("--ids")
    parser.add_argument("--out", default=str(RECORDS), help="every link record, for link_confidence_eval.py")
    parser.add_argument("--counts-from", help="only rewrite link_counts.jsonl from this records file")
    args = parser.parse_args()
    files = label_files()
    if args.check:
        header = json.loads(COUNTS.read_text(encoding="utf-8").splitlines()[0])
        stale = header.get("fingerprint") != fingerprint(files)
        print("stale: rebuild with link_records.py" if stale else "up to date")
        sys.exit(1 if stale else 0)
    if args.counts_from:
        rows = read_records(Path(args.counts_from))
    else:
        sources = args.sets.split(",") if args.sets else sorted(files)
        rows = []
        for source in sources:
            got = run_set(source, files[source], set(args.ids.split(",")) if args.ids else None)
            print(f"{source}: {len(got)} links", file=sys.stderr)
            rows += got
        with open(args.out, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        if args.sets or args.ids:
            return
    if {r["source"] for r in rows} != set(files):
        sys.exit(f"the records cover {sorted({r['source'] for r in rows})}, not every set {sorted(files)}")
    COUNTS.write_text("\n".join(counts_lines(rows, fingerprint(files))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
