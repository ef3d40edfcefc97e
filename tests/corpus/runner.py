"""Run the labelled field-message corpus through the real handler stack and score it per field.

Each message is sent through the console chat against a fixed customer list (customers.csv)
and a few open deals (the corpus's "setup" commands). The records it stored (activities, deal
changes, reminders) are compared with what the message meant, then the message is undone with
its Undo button, so every message starts from the same state.

    python -m tests.corpus.runner            # prints the per-field report (SQLite)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import App
from bot.console import ConsoleChat
from crm_store.system import System
from crm_store.transfer.importer import import_file
from crm_store.transfer.records import ImportOptions
from handlers.messages import Reply
from tests.support.exported import exported

HERE = Path(__file__).parent
CORPUS = HERE / "field_messages.json"
CUSTOMERS = HERE / "customers.csv"
ZONE = ZoneInfo("Europe/Berlin")  # the test user's zone (tests/conftest.py settings)
DEAL_FIELDS = ("customer", "title", "amount", "currency", "stage", "status", "expected_close", "lost_reason")


def load_corpus() -> dict[str, Any]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def prepare(app: App, chat: ConsoleChat, corpus: dict[str, Any]) -> None:
    with app.db.transaction() as session:
        org_id = app.store(System(session)).org_id
        import_file(session, org_id, CUSTOMERS, ImportOptions(kind="customers"))
    for command in corpus["setup"]:
        replies = chat.send(command)
        assert not any(r.buttons and "Undo" not in r.buttons[-1].label for r in replies), (command, replies)


def _local(moment: str) -> str:
    return datetime.fromisoformat(moment).astimezone(ZONE).strftime("%Y-%m-%d %H:%M")


@dataclass
class Outcome:
    text: str
    checks: dict[str, bool] = field(default_factory=dict)
    replies: str = ""

    @property
    def right(self) -> bool:
        return all(self.checks.values())


def _changed_deals(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    old = {d["id"]: {k: d[k] for k in DEAL_FIELDS} for d in before["deals"]}
    return [
        {k: d[k] for k in DEAL_FIELDS}
        for d in after["deals"]
        if d["id"] not in old or {k: d[k] for k in DEAL_FIELDS} != old[d["id"]]
    ]


def _text_has(actual: str | None, wanted: str) -> bool:
    return actual is not None and wanted.lower() in actual.lower()


def _check(expected: dict[str, Any], replies: list[Reply], before: dict, after: dict) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    text = "\n".join(r.plain() for r in replies)
    new_activities = after["activities"][len(before["activities"]) :]
    wanted = expected.get("activity")
    checks["activity.logged"] = len(new_activities) == (1 if wanted else 0)
    if wanted and new_activities:
        got = new_activities[0]
        for key in ("kind", "customer", "contact"):
            if key in wanted:
                checks[f"activity.{key}"] = got[key] == wanted[key]
        if "occurred" in wanted:
            checks["activity.occurred"] = _local(got["occurred_at"]).startswith(wanted["occurred"])
    deals = _changed_deals(before, after)
    wanted_deal = expected.get("deal")
    customer = wanted_deal["customer"] if wanted_deal else None
    checks["deal.changed"] = all(d["customer"] == customer for d in deals)  # nothing else touched
    if wanted_deal:
        # The deal the message is about: the one it changed, else the customer's latest deal
        # (a message may confirm what the deal already says).
        mine = [d for d in deals if d["customer"] == customer] or [
            {k: d[k] for k in DEAL_FIELDS}
            for d in sorted(after["deals"], key=lambda d: d["updated_at"] or "", reverse=True)
            if d["customer"] == customer
        ]
        checks["deal.found"] = bool(mine)
        got = mine[0] if mine else dict.fromkeys(DEAL_FIELDS)
        for key, value in wanted_deal.items():
            if key == "lost_reason_has":
                checks["deal.lost_reason"] = _text_has(got["lost_reason"], value)
            else:
                checks[f"deal.{key}"] = got[key] == value
    new_reminders = after["reminders"][len(before["reminders"]) :]
    wanted_reminders = expected.get("reminders", [])
    checks["reminder.count"] = len(new_reminders) == len(wanted_reminders)
    for got, want in zip(new_reminders, wanted_reminders, strict=False):
        if "due" in want:
            checks["reminder.due"] = checks.get("reminder.due", True) and _local(got["due_at"]) == want["due"]
        if "text_has" in want:
            checks["reminder.text"] = checks.get("reminder.text", True) and _text_has(
                got["text"], want["text_has"]
            )
        if "customer" in want:
            checks["reminder.customer"] = (
                checks.get("reminder.customer", True) and got["customer"] == want["customer"]
            )
    if "ask" in expected:
        checks["question"] = any(r.buttons and "Undo" not in [b.label for b in r.buttons] for r in replies)
    if "reply_has" in expected:
        checks["reply"] = all(part.lower() in text.lower() for part in expected["reply_has"])
    return checks


def run_message(app: App, chat: ConsoleChat, org_id: int, expected: dict[str, Any]) -> Outcome:
    before = exported(app, org_id)
    replies = chat.send(expected["text"])
    if "answer" in expected:
        replies += chat.press(expected["answer"])
    after = exported(app, org_id)
    outcome = Outcome(expected["text"], _check(expected, replies, before, after))
    outcome.replies = "\n".join(r.plain() for r in replies)
    # Back to the starting state: undo everything this message stored.
    for reply in reversed(replies):
        for button in reply.buttons:
            if button.label == "Undo":
                chat.assistant.handle(chat._message(payload=button.payload))
    chat.buttons = ()
    return outcome


def run_corpus(app: App, chat: ConsoleChat, org_id: int) -> list[Outcome]:
    corpus = load_corpus()
    prepare(app, chat, corpus)
    return [run_message(app, chat, org_id, expected) for expected in corpus["messages"]]


def report(outcomes: list[Outcome]) -> str:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for outcome in outcomes:
        for name, ok in outcome.checks.items():
            total[name] += 1
            right[name] += ok
    fully = sum(o.right for o in outcomes)
    lines = [f"messages fully right: {fully}/{len(outcomes)} = {fully / len(outcomes):.1%}", "per field:"]
    lines += [
        f"  {name:20} {right[name]:4}/{total[name]:<4} {right[name] / total[name]:.1%}"
        for name in sorted(total)
    ]
    return "\n".join(lines)


def failures(outcomes: list[Outcome]) -> str:
    out = []
    for outcome in outcomes:
        if not outcome.right:
            wrong = ", ".join(k for k, v in outcome.checks.items() if not v)
            out.append(f"- {outcome.text}\n    wrong: {wrong}\n    reply: {outcome.replies[:300]!r}")
    return "\n".join(out)


def main() -> None:  # pragma: no cover - a developer's report
    import tempfile

    from bot.app import build_app, console_user
    from tests.conftest import make_settings
    from tests.support.clock import FakeClock

    with tempfile.TemporaryDirectory() as folder:
        app = build_app(make_settings(f"sqlite:///{folder}/corpus.db"), clock=FakeClock())
        admin = console_user(app)
        outcomes = run_corpus(app, ConsoleChat(app.assistant, admin.id), admin.org_id)
        print(report(outcomes))
        if "-v" in sys.argv:
            print(failures(outcomes))
        app.db.dispose()


if __name__ == "__main__":  # pragma: no cover
    main()
