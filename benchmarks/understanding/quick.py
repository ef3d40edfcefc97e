"""The dev half judged in one process: a quick loop for development, with the harness's own judging.

`harness.py` is the reference: it runs `salesbot chat --as USER` once per message under a pinned clock
(libfaketime) and judges the export. This script builds the same base database with the harness, then
sends each message through the same console chat in-process with an injected clock, and judges it
with the harness's `diff` and `verdict`, so a change can be checked in about a minute.

    python benchmarks/understanding/quick.py [--ids en001,zh010] [--verbose] [--failures]
"""

from __future__ import annotations

import argparse
import json
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


class Clock:
    def __init__(self, now) -> None:  # type: ignore[no-untyped-def]
        self.now = now

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def run_message(base_db: Path, base: dict, base_idx: dict, msg: dict, folder: Path) -> dict:
    db = folder / f"{msg['id']}.db"
    shutil.copy(base_db, db)
    clock = Clock(harness.utc_reference(msg["user"]))
    app = build_app(load_settings(database_url=f"sqlite:///{db}"), clock=clock)
    try:
        chat = ConsoleChat(app.assistant, console_user(app, msg["user"]).id)
        texts = msg.get("texts") or [msg["text"]]
        output = ""
        for text in texts:
            output += "\n".join(reply.plain() for reply in chat.send(text)) + "\n\n"
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
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", default=str(HERE / "dev.json"))
    parser.add_argument("--ids")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--failures", action="store_true", help="print every message that is not right")
    parser.add_argument("--salesbot", default=str(ROOT / ".venv" / "bin" / "salesbot"))
    parser.add_argument("--base", help="reuse a base database built earlier (its path)")
    args = parser.parse_args()
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
            base_db = harness.build_base(runner, HERE / "customers.csv", HERE / "setup.txt")
            kept = Path(tempfile.gettempdir()) / "salesbot-quick-base.db"
            shutil.copy(base_db, kept)
            print(f"base database: {kept} (reuse with --base)")
        app = build_app(
            load_settings(database_url=f"sqlite:///{base_db}"), clock=Clock(harness.utc_reference("Sam"))
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
                print("    replies: " + r["replies"].strip().replace("\n", "\n             ")[:600])
    print(harness.table(results, "class"))
    print(harness.table(results, "lang"))
    counts = Counter(r["verdict"] for r in results)
    print(dict(counts))


if __name__ == "__main__":
    main()
