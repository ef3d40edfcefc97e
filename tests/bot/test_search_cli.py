"""`salesbot search` and `salesbot import` against a SQLite file: as real processes where another
process is the point (a running process sees what another imported; answers stream through a pipe),
else through the command's entry point in this process (tests/support/cli.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.app import App, build_app
from crm_store.system import System
from tests.conftest import make_settings
from tests.support.cli import run_salesbot

ROOT = Path(__file__).resolve().parents[2]


def salesbot(url: str, cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    return run_salesbot(*args, env=env, stdin=stdin, cwd=cwd, check=False)


def salesbot_process(url: str, cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, env=env, cwd=cwd,
        timeout=120,
    )  # fmt: skip


@pytest.fixture
def local(sqlite_url: str):  # type: ignore[no-untyped-def]
    app = build_app(make_settings(sqlite_url))
    yield app
    app.db.dispose()


def add(app: App, *customers: tuple[str, str | None, str | None]) -> dict[str, int]:
    ids = {}
    with app.db.transaction() as session:
        store = app.store(System(session))
        for name, phone, person in customers:
            customer = store.customers.add(name, phone=phone)
            if person:
                store.customers.add_contact(customer, person)
            ids[name] = customer.id
    return ids


def test_stdin_queries_give_one_json_line_each_in_order(local, sqlite_url, tmp_path):
    ids = add(local, ("Globex Inc", "+1 212 555 0140", "Hank Scorpio"), ("华为技术有限公司", None, "张伟"),
              ("Acme Corporation", None, None), ("Acme Robotics Ltd", None, None))  # fmt: skip
    queries = ["globx", "", "huawei", "张经理", "zzqqxx", "555 0140", "  acme  "]
    run = salesbot(sqlite_url, tmp_path, "search", stdin="\n".join(queries) + "\n")
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["query"] for line in lines] == [q.strip() for q in queries]
    tops = [line["results"][0]["id"] if line["results"] else None for line in lines]
    globex, huawei, acme_id = ids["Globex Inc"], ids["华为技术有限公司"], ids["Acme Corporation"]
    assert tops == [globex, None, huawei, huawei, None, globex, acme_id]
    acme = lines[-1]["results"]
    assert [r["name"] for r in acme] == ["Acme Corporation", "Acme Robotics Ltd"]
    assert set(acme[0]) == {"id", "name", "score"} and acme[0]["score"] > acme[1]["score"]

    limited = salesbot(sqlite_url, tmp_path, "search", "--limit", "1", stdin="acme\n")
    assert [len(json.loads(line)["results"]) for line in limited.stdout.splitlines()] == [1]


def test_one_query_prints_matches_or_exits_1(local, sqlite_url, tmp_path):
    ids = add(local, ("Globex Inc", None, "Hank Scorpio"))
    shown = salesbot(sqlite_url, tmp_path, "search", "hank")
    assert shown.returncode == 0
    assert "Globex Inc" in shown.stdout and "contact: Hank Scorpio" in shown.stdout
    as_json = json.loads(salesbot(sqlite_url, tmp_path, "search", "--json", "globex").stdout)
    assert as_json["query"] == "globex" and as_json["results"][0]["id"] == ids["Globex Inc"]
    missing = salesbot(sqlite_url, tmp_path, "search", "nothing like it")
    assert missing.returncode == 1
    assert "no customer matches" in missing.stderr and "Traceback" not in missing.stderr
    assert salesbot(sqlite_url, tmp_path, "search", "--limit", "0", "x").returncode == 2


def test_import_reports_likely_duplicates_then_search_finds_the_imported(local, sqlite_url, tmp_path):
    add(local, ("Globex Corp", "+1 212 555 0140", None))
    sheet = tmp_path / "customers.csv"
    sheet.write_text(
        "Company,Phone,Contact\n"
        "Schmidt Maschinenbau GmbH,,Hans Müller\n"
        "Schmitt Maschinenbau,,Karl Klein\n"  # one letter off an earlier row
        "Initech,,Bill Lumbergh\n"
        "Inittech LLC,,\n"  # one letter off an earlier row, other legal form
        "GLOBEX Corporation,,Hank Scorpio\n"  # the same name and legal form as an existing customer: merged
        "Globx Incorporated,,\n"  # one letter off an existing customer
        "Acme Robotics,,\n"
        "Acme Logistics,,\n",  # shares a word, not a duplicate
        encoding="utf-8",
    )
    run = salesbot(sqlite_url, tmp_path, "import", str(sheet), "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["created"] == {"customers": 7, "contacts": 4}
    assert [(m["name"], m["into"], m["reason"]) for m in report["merged"]] == [
        ("GLOBEX Corporation", "Globex Corp", "same name")
    ]
    assert sorted((d["name"], d["of"]) for d in report["possible_duplicates"]) == [
        ("Globx Incorporated", "Globex Corp"),
        ("Inittech LLC", "Initech"),
        ("Schmitt Maschinenbau", "Schmidt Maschinenbau GmbH"),
    ]
    again = tmp_path / "again.csv"
    again.write_text("name\nSchmidt Maschinenbauu\n", encoding="utf-8")
    text = salesbot(sqlite_url, tmp_path, "import", str(again)).stdout
    assert "line 2: 'Schmidt Maschinenbauu' may be a duplicate of 'Schmidt Maschinenbau GmbH'" in text

    found = salesbot(sqlite_url, tmp_path, "search", stdin="hans muller\nacme log\n")
    names = [json.loads(line)["results"][0]["name"] for line in found.stdout.splitlines()]
    assert names == ["Schmidt Maschinenbau GmbH", "Acme Logistics"]


@pytest.mark.slow
def test_a_running_process_finds_what_another_process_imported(local, sqlite_url, tmp_path):
    org_id = local.org().id

    def names(query: str) -> list[str]:
        with local.db.transaction() as session:
            return [m.name for m in local.search.search(session, org_id, query)]

    assert names("zenith") == []  # this process has its index now
    sheet = tmp_path / "more.csv"
    sheet.write_text("name\nZenith Optics GmbH\nNadir Labs\n", encoding="utf-8")
    assert salesbot_process(sqlite_url, tmp_path, "import", str(sheet)).returncode == 0
    assert names("zenith") == ["Zenith Optics GmbH"]
    assert names("nadir lab") == ["Nadir Labs"]


@pytest.mark.slow
def test_each_answer_comes_as_soon_as_its_query_is_read(local, sqlite_url, tmp_path):
    """A program may write one query, wait for its answer, then write the next."""
    ids = add(local, ("Globex Inc", None, None), ("Initech LLC", None, None))
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # as on most machines
    env = {**buffered, "DATABASE_URL": sqlite_url, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "search"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=env, cwd=tmp_path,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    reader = ThreadPoolExecutor(1)  # a buffered answer would never come: fail after a while, don't hang
    try:
        for query, name in (("globx", "Globex Inc"), ("initek", "Initech LLC")):
            process.stdin.write(query + "\n")
            process.stdin.flush()
            answer = json.loads(reader.submit(process.stdout.readline).result(timeout=30))
            assert (answer["query"], answer["results"][0]["id"]) == (query, ids[name])
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        reader.shutdown(wait=False)
