"""`salesbot chat` delivering to the terminal, `salesbot digest --preview`, `salesbot reminders list`,
as a user runs them: the commands' entry point with their arguments, environment and piped input
(in this process: tests/support/cli.py), on real databases (real time, so nothing here depends on it)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bot.app import build_app
from crm_store.system import System
from crm_store.types import utcnow
from tests.conftest import make_settings
from tests.test_cli import environment, salesbot


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    return environment(database_url, tmp_path)


def overdue_reminder_for(database_url: str, name: str, text: str) -> None:
    """A reminder that fell due an hour ago, for a user awake around the clock."""
    app = build_app(make_settings(database_url))
    try:
        with app.db.transaction() as session:
            store = app.store(System(session))
            user = store.users.by_name(name)
            assert user is not None
            user.work_start, user.work_end = time(0), time(23, 59)
            store.reminders.add(user.id, utcnow() - timedelta(hours=1), text)
    finally:
        app.db.dispose()


def test_chat_delivers_due_reminders_to_the_terminal_once(env, database_url) -> None:
    salesbot("users", "add", "Sam", env=env)
    overdue_reminder_for(database_url, "Sam", "call Acme back")
    scripted = salesbot("chat", "--as", "Sam", env=env, stdin="/reminders\n")
    assert "🔔" not in scripted.stdout  # piped input: replies only, unless asked for

    first = salesbot("chat", "--as", "Sam", "--scheduler", env=env, stdin="/reminders\n")
    assert "Traceback" not in first.stdout + first.stderr
    assert first.stdout.count("🔔 ⏰ call Acme back") == 1
    assert "[1] Done\n  [2] Snooze 1 h\n  [3] Tomorrow 9:00\n  [4] Reschedule" in first.stdout
    assert "Your reminders (overdue first):" in first.stdout

    second = salesbot("chat", "--as", "Sam", "--scheduler", env=env, stdin="/reminders\n")
    assert "🔔 ⏰ call Acme back" not in second.stdout

    listed = salesbot("reminders", "list", "--user", "Sam", env=env).stdout
    assert re.search(r"^\w{3}, \w{3} \d+ \d\d:\d\d · Sam · sent · call Acme back \[overdue\]$", listed, re.M)
    [item] = json.loads(salesbot("reminders", "list", "--json", env=env).stdout)
    assert (item["owner"], item["status"], item["text"], item["overdue"]) == (
        "Sam",
        "sent",
        "call Acme back",
        True,
    )


def test_pressing_a_reminder_button_in_the_terminal(env, database_url) -> None:
    salesbot("users", "add", "Sam", env=env)
    overdue_reminder_for(database_url, "Sam", "send the quote")
    pressed = salesbot("chat", "--as", "Sam", "--scheduler", env=env, stdin="1\n")  # [1] Done
    assert "Done: send the quote" in pressed.stdout
    assert "no open reminders for Sam" in salesbot("reminders", "list", "--user", "Sam", env=env).stdout


STAGE_LINE = re.compile(r"^  (\w+): (\d+) deals? · \$([\d,]+) · weighted", re.M)


def test_digest_preview_matches_the_exported_data(env, tmp_path) -> None:
    salesbot("users", "add", "Alex", "--role", "manager", env=env)
    salesbot("users", "add", "Sam", "--manager", "Alex", env=env)
    salesbot("users", "add", "Bea", "--role", "manager", env=env)
    sam_script = "\n".join(
        [
            "/customer add Acme Corp",
            "/deal Acme 24k proposal",
            "/customer add Globex Inc",
            "/deal Globex 120k negotiation",
            "/customer add Hooli",
            "/deal Hooli 5k proposal",
            "",
        ]
    )
    salesbot("chat", "--as", "Sam", env=env, stdin=sam_script)
    salesbot("chat", "--as", "Bea", env=env, stdin="/customer add Tyrell Corp\n/deal Tyrell 99k proposal\n")

    chart = tmp_path / "funnel.png"
    preview = salesbot("digest", "--preview", "--manager", "Alex", "--png", str(chart), env=env)
    assert preview.stdout.startswith("📊 Digest for your team · ")
    assert chart.read_bytes().startswith(b"\x89PNG")
    shown = {
        stage: (int(n), Decimal(total.replace(",", "")))
        for stage, n, total in STAGE_LINE.findall(preview.stdout)
    }

    data = json.loads(salesbot("export", env=env).stdout)
    team = {"Alex", "Sam"}
    expected: dict[str, list] = defaultdict(lambda: [0, Decimal(0)])
    for deal in data["deals"]:
        if deal["status"] == "open" and deal["owner"] in team:
            expected[deal["stage"]][0] += 1
            expected[deal["stage"]][1] += Decimal(str(deal["amount"]))
    assert shown == {stage: (n, total) for stage, (n, total) in expected.items()}
    assert shown == {"proposal": (2, Decimal(29000)), "negotiation": (1, Decimal(120000))}

    everyone = salesbot("digest", "--preview", env=env).stdout
    assert "Digest for the whole organisation" in everyone and "proposal: 3 deals · $128,000" in everyone


def test_digest_without_preview_or_with_an_unknown_manager_is_one_line(env) -> None:
    plain = salesbot("digest", env=env, check=False)
    assert plain.returncode == 2 and "add --preview" in plain.stderr and len(plain.stderr.splitlines()) == 1
    unknown = salesbot("digest", "--preview", "--manager", "Nobody", env=env, check=False)
    assert unknown.returncode == 2 and unknown.stderr.strip() == "salesbot: no user called 'Nobody'"


async def test_a_notification_at_the_terminal_shows_the_prompt_again(chat) -> None:
    """It lands after the waiting "you> ", so an interactive terminal repeats the prompt under it."""
    import io

    from bot.console import PROMPT, ConsoleSender
    from handlers.messages import Button, Reply

    ping = Reply("⏰ call Jane", (Button("Done", "rem:done:1"),))
    for interactive in (True, False):
        out = io.StringIO()
        await ConsoleSender(chat, out, interactive=interactive).send("1", ping)
        assert "🔔 ⏰ call Jane" in out.getvalue() and "[1] Done" in out.getvalue()
        assert out.getvalue().endswith(PROMPT) is interactive
