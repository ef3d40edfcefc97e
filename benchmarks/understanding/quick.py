"""The dev half judged in one process: a quick loop for development, with the harness's own judging.

`harness.py` is the reference: it runs `salesbot chat --as USER` once per message under a pinned clock
(libfaketime) and judges the export. This script builds the same base database with the harness, then
sends each message through the same console chat in-process with an injected clock, and judges it
with the harness's `diff` and `verdict`, so a change can be checked in about a minute.

    python benchmarks/understanding/quick.py [--file dev-b.json] [--ids en001,zh010] [--verbose] [--failures]
        [--paths out.jsonl]   # each message's decision path, for benchmarks/understanding/paths.py
    python benchmarks/understanding/quick.py --file new/dev.json --customers new/customers.csv \
        --setup new/setup.txt
    python benchmarks/understanding/quick.py --file set4/dev.json --holdout set4  # opinion without set4

The base is built like the harness builds it (users, import, setup chat under faketime), except that the
import report is read in either of its shapes (`customers_created` or `created.customers`; rows that
only add a contact to the same customer are reported as merged by today's importer), and the check of
the base deals (`harness.check_base`) runs only for the customer list next to the set (a set folder
with its own `harness.py`, like `set2/`, is judged by that harness).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import harness  # noqa: E402

from bot.app import build_app, console_user  # noqa: E402
from bot.console import ConsoleChat  # noqa: E402
from config.settings import load_settings  # noqa: E402
from crm_store.system import System  # noqa: E402
from crm_store.transfer.exporter import export_data  # noqa: E402
from handlers.understanding import activity_opinion, calibration, second_opinion, slot_opinion  # noqa: E402
from handlers.understanding.decision_path import collected  # noqa: E402


class Clock:
    def __init__(self, now) -> None:  # type: ignore[no-untyped-def]
        self.now = now

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def run_message(
    base_db: Path, base: dict, base_idx: dict, msg: dict, folder: Path, *, save_cards: bool = False
) -> dict:
    """One message sent and judged; `save_cards`: press Save on every preview card (what storing the card's
    plan as shown gives)."""
    db = folder / f"{msg['id']}.db"
    shutil.copy(base_db, db)
    clock = Clock(harness.utc_reference(msg["user"]))
    app = build_app(load_settings(database_url=f"sqlite:///{db}"), clock=clock)
    try:
        chat = ConsoleChat(app.assistant, console_user(app, msg["user"]).id)
        texts = msg.get("texts") or [msg["text"]]
        output = ""
        paths = []
        for text in texts:
            with collected() as seen:
                output += "\n".join(reply.plain() for reply in chat.send(text)) + "\n\n"
                if save_cards and chat.buttons and any(p.get("decision") == "card" for p in seen):
                    output += "\n".join(reply.plain() for reply in chat.send("1")) + "\n\n"  # 1: Save
            paths.append(seen or [{"route": "other"}])  # no route noted: asked back, or a command
        with app.db.transaction() as session:
            after = export_data(session, app.store(System(session)).org_id, now=clock())
    finally:
        app.db.dispose()
    d = harness.diff(base, after)
    verdict, reason = harness.verdict(msg, d, output, base_idx)
    return {
        "id": msg["id"],
        "class": msg["class"],
        "lang": msg["lang"],
        "verdict": verdict,
        "reason": reason,
        "texts": texts,
        "replies": output[-1500:],
        "stored": harness.describe(d, msg["user"]),
        "paths": paths,
        "asking_is": _asking_is(msg),
    }


def _asking_is(msg: dict) -> str:
    """The verdict a question or preview card alone (nothing stored) gets for this message."""
    expect = msg["expect"]
    also = expect.get("also_ok")
    also = also if isinstance(also, list) else ([also] if also else [])
    return "right" if expect["outcome"] == "ask" or "ask" in also else "asked"


def build_base(runner: harness.Runner, customers: Path, setup: Path, check: bool) -> Path:
    """harness.build_base, tolerant of the importer's report shape; see the module docstring."""
    original_run = runner.run

    def run(args: list[str], db: Path, clock_utc, stdin=None, timeout: int = 180):  # type: ignore[no-untyped-def]
        proc = original_run(args, db, clock_utc, stdin, timeout)
        if args[:1] == ["import"] and proc.returncode == 0:
            report = json.loads(proc.stdout)
            created = report.get("customers_created") or report.get("created", {}).get("customers", 0)
            same_customer = [m for m in report.get("merged", []) if m.get("name") == m.get("into")]
            if len(same_customer) == len(report.get("merged", [])):
                report = {"customers_created": created}
            proc.stdout = json.dumps(report)
        return proc

    runner.run = run  # type: ignore[method-assign]
    check_base = harness.check_base
    if not check:
        harness.check_base = lambda data: []
    try:
        return harness.build_base(runner, customers, setup)
    finally:
        harness.check_base = check_base
        runner.run = original_run  # type: ignore[method-assign]


def _use_harness_of(folder: Path) -> None:
    """A set that brings its own harness (its base checks) is judged by it."""
    global harness
    if folder == HERE or not (folder / "harness.py").exists():
        return
    spec = importlib.util.spec_from_file_location(f"harness_{folder.name}", folder / "harness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    harness = module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", default=str(HERE / "dev.json"))
    parser.add_argument("--ids")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--failures", action="store_true", help="print every message that is not right")
    parser.add_argument("--salesbot", default=str(ROOT / ".venv" / "bin" / "salesbot"))
    parser.add_argument("--base", help="reuse a base database built earlier (its path)")
    parser.add_argument("--paths", help="write each message's decision path here (JSON lines, see paths.py)")
    parser.add_argument(
        "--uncalibrated", action="store_true", help="store at once what the gate passes (no calibration.CARD)"
    )
    parser.add_argument("--customers", help="customer CSV of the set (default: next to --file)")
    parser.add_argument("--setup", help="setup chat commands of the set (default: next to --file)")
    parser.add_argument(
        "--harness", help="judge with this folder's harness.py (an own set written in another set's world)"
    )
    parser.add_argument(
        "--holdout",
        help="judge with the learned opinions (kind, slot roles) trained WITHOUT this source set's messages "
        "(dev, set2 … set6; build_message_kinds.py, build_slot_roles.py): the honest score of a set the "
        "shipped training data includes",
    )
    parser.add_argument("--without-opinion", action="store_true", help="the reader alone: no second opinion")
    parser.add_argument(
        "--without-slot-opinion", action="store_true", help="no opinion on the dates' and amounts' roles"
    )
    parser.add_argument(
        "--without-activity-opinion", action="store_true", help="no learned kind for a log in no kind word"
    )
    args = parser.parse_args()
    second_opinion.holdout(args.holdout)
    second_opinion.switch(not args.without_opinion)
    slot_opinion.switch(not (args.without_opinion or args.without_slot_opinion))
    activity_opinion.switch(not (args.without_opinion or args.without_activity_opinion))
    if args.uncalibrated:
        calibration.CARD = ()  # paths and verdicts before calibration, for paths.py --simulate and --curve
    folder_of_set = Path(args.file).resolve().parent
    args.customers = args.customers or str(folder_of_set / "customers.csv")
    args.setup = args.setup or str(folder_of_set / "setup.txt")
    _use_harness_of(Path(args.harness).resolve() if args.harness else folder_of_set)
    messages = json.loads(Path(args.file).read_text(encoding="utf-8"))["messages"]
    if args.ids:
        wanted = set(args.ids.split(","))
        messages = [m for m in messages if m["id"] in wanted]
    folder = Path(tempfile.mkdtemp(prefix="salesbot-quick-"))
    try:
        if args.base:
            base_db = Path(args.base)
        else:
            runner = harness.Runner(args.salesbot, folder, harness.find_faketime())
            customers = Path(args.customers)
            own_list = customers.resolve().parent == folder_of_set
            base_db = build_base(runner, customers, Path(args.setup), own_list)
            # one kept base per checkout and set: worktrees running at once must not overwrite each other's
            checkout = hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]
            kept = Path(tempfile.gettempdir()) / f"salesbot-quick-base-{customers.parent.name}-{checkout}.db"
            shutil.copy(base_db, kept)
            print(f"base database: {kept} (reuse with --base)")
        first_user = next(iter(harness.USERS))  # each set names its own users (set 6 has no "Sam")
        app = build_app(
            load_settings(database_url=f"sqlite:///{base_db}"), clock=Clock(harness.utc_reference(first_user))
        )
        with app.db.transaction() as session:
            base = export_data(session, app.store(System(session)).org_id, now=app.clock())
        app.db.dispose()
        base_idx = harness.index(base)
        results = [run_message(base_db, base, base_idx, m, folder) for m in messages]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for r in results:
        if args.verbose or (args.failures and r["verdict"] != "right"):
            print(f"{r['id']} {r['class']} {r['verdict']}: {' / '.join(r['texts'])}\n    {r['reason'][:400]}")
            if r["verdict"] != "right":
                shown = int(os.environ.get("QUICK_REPLY_CHARS", "600"))
                print("    replies: " + r["replies"].strip().replace("\n", "\n             ")[:shown])
    if args.paths:
        with open(args.paths, "w", encoding="utf-8") as out:
            for r in results:
                keep = ("id", "class", "lang", "verdict", "asking_is", "texts", "paths")
                out.write(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n")
    print(harness.table(results, "class"))
    print(harness.table(results, "lang"))
    counts = Counter(r["verdict"] for r in results)
    print(dict(counts))


if __name__ == "__main__":
    main()
