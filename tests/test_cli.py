"""The `salesbot` command as a user runs it: real files, one-line errors, exit codes.

`salesbot_process` is a real `python -m bot` subprocess (the scripted chat below and
`tests/test_chat_e2e.py` use it; `salesbot run` has its own process tests under tests/bot). The
other commands run through the same entry point in this process (`tests/support/cli.py`): a new
interpreter per command cost two seconds of CPU each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import run_salesbot

ROOT = Path(__file__).resolve().parents[1]


def salesbot(
    *args: str, env: dict[str, str], stdin: str = "", check: bool = True
) -> subprocess.CompletedProcess[str]:
    """The command in this process: its exit code, standard output and error."""
    return run_salesbot(*args, env=env, stdin=stdin, check=check)


def salesbot_process(
    *args: str, env: dict[str, str], stdin: str = "", check: bool = True
) -> subprocess.CompletedProcess[str]:
    """The command as a new `python -m bot` process."""
    result = subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)  # fmt: skip
    if check and result.returncode != 0:
        raise AssertionError(f"salesbot {args} failed ({result.returncode}): {result.stderr}")
    return result


def environment(database_url: str, home: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_"))}
    values.update(DATABASE_URL=database_url, DEFAULT_TIMEZONE="Europe/Berlin", HOME=str(home),
                  PYTHONPATH=str(ROOT), LANG="C.UTF-8", USER="tester")  # fmt: skip
    return values


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    """For commands whose storage matters: runs on SQLite and PostgreSQL."""
    return environment(database_url, tmp_path)


@pytest.fixture
def sqlite_env(sqlite_url: str, tmp_path: Path) -> dict[str, str]:
    return environment(sqlite_url, tmp_path)


SCRIPT = """\
/customer add Acme Corporation, industry=Manufacturing
/customer add Globex Inc
/contact add Acme: Jane Doe, title=CTO
/log Acme: visited Jane, demo went well
/deal Acme 24k proposal close 15 Dec
/stage Acme negotiation
/remind Acme call back tomorrow 3pm
/find acmee corporatoin
"""


@pytest.mark.slow
def test_scripted_chat_then_export(env: dict[str, str]) -> None:
    chat = salesbot_process("chat", env=env, stdin=SCRIPT)
    assert "Traceback" not in chat.stdout + chat.stderr
    assert "Logged visit · Acme Corporation · with Jane Doe" in chat.stdout
    assert chat.stdout.rstrip().endswith("Next reminder: " + chat.stdout.split("Next reminder: ")[-1].strip())
    data = json.loads(salesbot_process("export", "--format", "json", env=env).stdout)
    assert [c["name"] for c in data["customers"]] == ["Acme Corporation", "Globex Inc"]
    [deal] = data["deals"]
    assert (deal["amount"], deal["stage"], deal["expected_close"]) == (24000, "negotiation", "2026-12-15")
    [activity] = data["activities"]
    assert (activity["kind"], activity["contact"]) == ("visit", "Jane Doe")
    [reminder] = data["reminders"]
    assert reminder["text"] == "call back" and reminder["due_at"].endswith("14:00:00+00:00")


def test_numbers_pick_choices_in_a_script(env: dict[str, str]) -> None:
    out = salesbot("chat", env=env, stdin="/log Initech: called Bill\n1\n").stdout
    assert "[1] Create “Initech”" in out and "Logged call · Initech" in out


def test_demo_users_import_export(env: dict[str, str], tmp_path: Path) -> None:
    assert "Demo data loaded" in salesbot("demo", env=env).stdout
    assert "already has customers" in salesbot("demo", env=env, check=False).stderr
    assert "already a user called" in salesbot("users", "add", "Sam Taylor", env=env, check=False).stderr
    salesbot("users", "add", "Pat Lee", "--role", "rep", "--timezone", "America/New_York", env=env)
    salesbot("users", "set-role", "Pat Lee", "manager", env=env)
    salesbot("users", "set-manager", "Sam Taylor", "Pat Lee", env=env)
    users = {u["name"]: u for u in json.loads(salesbot("users", "list", "--json", env=env).stdout)}
    assert (users["Pat Lee"]["role"], users["Pat Lee"]["timezone"]) == ("manager", "America/New_York")
    assert users["Sam Taylor"]["manager"] == "Pat Lee"
    assert (
        "role must be one of" in salesbot("users", "set-role", "Pat Lee", "boss", env=env, check=False).stderr
    )
    sheet = tmp_path / "more.csv"
    sheet.write_text("name,phone\nNew Customer AG,+49 1\n,\nAcme Corporation,\n", encoding="utf-8")
    report = salesbot("import", str(sheet), env=env).stdout
    assert "rows read 3 = imported 1 + merged 1" in report and "line 3: skipped: empty row" in report
    assert "line 4: merged 'Acme Corporation' into 'Acme Corporation' (same name)" in report
    folder = tmp_path / "backup"
    salesbot("export", "--format", "csv", "-o", str(folder), env=env)
    assert {p.name for p in folder.iterdir()} >= {
        "customers.csv",
        "deals.csv",
        "activities.csv",
        "reminders.csv",
    }


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        ("DATABASE_URL", "oracle://x", "DATABASE_URL"),
        ("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none", "cannot open database"),
        ("DEFAULT_TIMEZONE", "Nowhere/Land", "DEFAULT_TIMEZONE"),
    ],
)
def test_bad_configuration_is_one_line(sqlite_env: dict[str, str], variable: str, value: str,
                                      needle: str) -> None:  # fmt: skip
    env = {**sqlite_env, variable: value}
    result = salesbot("export", env=env, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]


def test_run_without_a_platform_points_to_chat(sqlite_env: dict[str, str]) -> None:
    result = salesbot("run", env=sqlite_env, check=False)
    assert result.returncode == 2
    assert "salesbot chat" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unknown_user_for_chat_is_one_line(sqlite_env: dict[str, str]) -> None:
    result = salesbot("chat", "--as", "Nobody", env=sqlite_env, check=False)
    assert result.returncode == 2 and "no user called 'Nobody'" in result.stderr


@pytest.mark.parametrize(
    "command", [[], ["chat"], ["import"], ["export"], ["users"], ["users", "add"], ["db"], ["run"]]
)
def test_help_everywhere(command: list[str], sqlite_env: dict[str, str]) -> None:
    result = salesbot(*command, "--help", env=sqlite_env)
    assert "Usage:" in result.stdout
