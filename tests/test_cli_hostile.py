"""The command line under hostile input: one line per problem, never a traceback, nothing half-stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.cli import run_salesbot
from tests.test_cli import ROOT, environment


def salesbot(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    """The command in this process (a subprocess per call would be slow): exit code, stdout, stderr."""
    values = {**os.environ, "DATABASE_URL": env["DATABASE_URL"], "DEFAULT_TIMEZONE": "Europe/Berlin"}
    return run_salesbot(*args, env=values, check=check)


def test_an_unknown_org_is_an_error_naming_the_existing_ones(sqlite_url: str, tmp_path: Path) -> None:
    env = environment(sqlite_url, tmp_path)
    salesbot("org", "add", "emea", "--name", "EMEA Sales", env=env)
    typo = salesbot("--org", "typo", "search", "acme", env=env, check=False)
    assert typo.returncode == 2 and "Traceback" not in typo.stderr
    assert "no organisation 'typo' (organisations: emea)" in typo.stderr
    assert "typo" not in salesbot("org", "list", env=env).stdout  # nothing was created
    assert salesbot("--org", "emea", "search", "acme", env=env, check=False).returncode in (0, 1)
    created = salesbot("--org", "apac", "--create-org", "search", "acme", env=env, check=False)
    assert created.returncode in (0, 1) and "apac" in salesbot("org", "list", env=env).stdout
    again = salesbot("org", "add", "emea", env=env, check=False)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert salesbot("org", "add", "Bad Slug!", env=env, check=False).returncode == 2


def test_control_characters_in_an_org_slug_or_name_are_refused(sqlite_url: str, tmp_path: Path) -> None:
    """Stored, the characters would be dropped: 'acme\\x01x' would silently become organisation 'acmex'."""
    env = environment(sqlite_url, tmp_path)
    for args, option in (
        (("--org", "north\x01wind", "--create-org", "search", "acme"), "--org"),
        (("--org", "north\x1b[31m", "search", "acme"), "--org"),
        (("org", "add", "emea", "--name", "EMEA\x07 Sales"), "--name"),
        (("slack", "bind", "T0123", "--org", "apac\tx"), "--org"),
        (("slack", "bind", "T0123", "--org", "apac", "--name", "APAC\x00"), "--name"),
    ):
        refused = salesbot(*args, env=env, check=False)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert refused.stderr.startswith(f"salesbot: {option} must not contain control characters: '")
    spaced = salesbot("--org", "north wind", "--create-org", "search", "acme", env=env, check=False)
    assert spaced.returncode == 2 and "not a usable organisation slug: 'north wind'" in spaced.stderr
    assert salesbot("org", "list", env=env).stdout.strip() == ""  # nothing was created


def test_import_reports_huge_cells_broken_bytes_and_binary_files(sqlite_url: str, tmp_path: Path) -> None:
    env = environment(sqlite_url, tmp_path)
    huge = tmp_path / "huge.csv"
    huge.write_text("name,address,aliases\nAcme," + "x" * 200_000 + ",\nGlobex,Main St 1,\nInitech,,"
                    + "y" * 500 + "\nNul\x00 Ltd,,\n", encoding="utf-8")  # fmt: skip
    result = salesbot("import", str(huge), env=env)
    assert "rows read 4 = imported 2 +" in result.stdout
    assert "line 2: skipped: address too long (200000 characters; the limit is 1000)" in result.stdout
    assert "line 4: skipped: alias too long (500 characters; the limit is 300)" in result.stdout
    assert "Nul Ltd" in salesbot("search", "Nul Ltd", env=env).stdout
    broken = tmp_path / "broken.csv"
    broken.write_bytes("name\nMüller GmbH\nZürich AG\n".encode() + b"Caf\xe9 Bad\n" + "Köln KG\n".encode())
    result = salesbot("import", str(broken), env=env)
    assert (
        "rows read 4 = imported 4 +" in result.stdout
        and "note: characters that are not valid text were replaced by \ufffd (line 4)" in result.stdout
    )
    assert "Müller GmbH" in salesbot("search", "Müller", env=env).stdout  # the rest is not mojibake
    for name, data, words in (
        ("book.xlsx", b"PK\x03\x04" + bytes(200), "Excel workbook"),
        ("logo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        ("blob.csv", bytes(range(256)) * 50, "binary file"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        result = salesbot("import", str(path), env=env, check=False)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_restoring_oversized_or_damaged_exports_is_refused_whole(database_url: str, tmp_path: Path) -> None:
    env = environment(database_url, tmp_path)
    cases = {
        "name.json": {"format": "salesbot-export", "customers": [{"id": 1, "name": "N" * 100_000}]},
        "address.json": {
            "format": "salesbot-export",
            "customers": [{"id": 1, "name": "Ok", "address": "z" * 5_000_000}],
        },
        "keyless.json": {"format": "salesbot-export", "customers": [{"id": 1}]},
        "shape.json": {"format": "salesbot-export", "customers": "nope"},
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        result = salesbot("import", str(path), env=env, check=False)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert "nothing was" in result.stderr
    assert "no customer" in salesbot("search", "Ok", env=env, check=False).stderr


def test_piped_hostile_lines_never_end_the_chat(sqlite_url: str, tmp_path: Path) -> None:
    env = environment(sqlite_url, tmp_path)
    lines = [
        b"/find Zed", "²".encode(), b"1", b"\xff\xfe not utf-8 \xc3",
        b"/remind x in 99999999 days", b"in 9999999999999 hours", b"\x00\x01\x02",
        "٣".encode(), b"9" * 500, b"/customer add Last Line Ltd",
    ]  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "bot", "chat"], input=b"\n".join(lines) + b"\n",
                            capture_output=True, env=env, cwd=ROOT, timeout=120)  # fmt: skip
    out, err = result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0 and "Traceback" not in out + err
    assert "out of range" in out and "Sorry, something went wrong" not in out
    assert "New customer Last Line Ltd" in out  # the session went on to the very last line


def test_restore_reports_every_bad_field_with_its_record_and_stores_nothing(
    database_url: str, tmp_path: Path
) -> None:
    env = environment(database_url, tmp_path)
    export = {
        "format": "salesbot-export",
        "users": [{"name": "Ann", "timezone": "Mars/Olympus"}],
        "customers": [
            {"id": 1, "name": "Ok Ltd", "created_at": "9999-12-31T23:00:00+00:00"},
            {"id": 2, "name": "N" * 400, "address": "z" * 5000,
             "contacts": [{"name": "Jo", "left_at": "0001-01-01"}]},
            {"id": 3, "name": "Far Off", "updated_at": "2026-01-01T10:00:00+20:00"},
        ],
        "deals": [
            {"id": 7, "customer_id": 1, "title": "Big", "stage": "proposal", "amount": "1e20",
             "expected_close": "2999-01-01"},
            {"id": 8, "customer_id": 99, "title": "Orphan", "stage": "lead"},
        ],
        "activities": [{"kind": "call", "summary": "ok", "occurred_at": "0001-01-01T00:00:00-05:00"}],
        "reminders": [{"owner": "Ann", "text": "call", "due_at": "9999-12-31T23:59:59-05:00"}],
    }  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    result = salesbot("import", str(path), env=env, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    problems = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    assert "nothing was restored" in result.stderr
    for expected in (
        "users #1: timezone: 'Mars/Olympus' is not a time zone",
        "customers #1 (id 1): created_at: date out of range",
        "customers #2 (id 2): name: too long (400 characters; the limit is 300)",
        "customers #2 (id 2): address: too long (5000 characters; the limit is 1000)",
        "customers #2 (id 2) contact #1: left_at: date out of range",
        "customers #3 (id 3): updated_at: time-zone offset UTC+20:00 is not one any place uses",
        "deals #1 (id 7): amount:",
        "deals #1 (id 7): expected_close: date out of range",
        "deals #2 (id 8): customer_id '99' is not a customer of the export",
        "activities #1: occurred_at: date out of range",
        "reminders #1: due_at: date out of range",
    ):
        assert any(line.startswith(expected) for line in problems), (expected, problems)
    assert len(problems) == 11
    assert "no customer" in salesbot("search", "Ok Ltd", env=env, check=False).stderr  # nothing stored
    # The same checks hold for an export written as a CSV folder; problems name file and line.
    folder = tmp_path / "csv-export"
    folder.mkdir()
    (folder / "customers.csv").write_text(
        "id,name,created_at\n1,Fine Ltd,2020-01-01T00:00:00+00:00\n2,Late Ltd,9999-01-01T00:00:00+00:00\n",
        encoding="utf-8",
    )
    result = salesbot("import", str(folder), env=env, check=False)
    assert (
        result.returncode == 2
        and "customers #2 (id 2, customers.csv:3): created_at: date out" in result.stderr
    )
    assert "no customer" in salesbot("search", "Fine Ltd", env=env, check=False).stderr
    (folder / "customers.csv").write_text("id,name,created_at\n1,Fine Ltd,2020-01-01T00:00:00+00:00\n")
    assert "restored: " in salesbot("import", str(folder), env=env).stdout
    assert "Fine Ltd" in salesbot("search", "Fine Ltd", env=env).stdout


def test_files_that_cannot_be_written_or_are_not_exports_get_one_line(
    sqlite_url: str, tmp_path: Path
) -> None:
    env = environment(sqlite_url, tmp_path)
    for args in (("export", "-o", str(tmp_path / "missing" / "x.json")), ("export", "-o", str(tmp_path)),
                 ("export", "--format", "csv", "-o", "/proc/no-such-folder")):  # fmt: skip
        result = salesbot(*args, env=env, check=False)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.txt").write_text("hello")
    result = salesbot("import", str(tmp_path / "notes"), env=env, check=False)
    assert result.returncode == 2 and "is not a salesbot export folder" in result.stderr
    result = salesbot("search", "q" * 100_000, env=env, check=False)
    assert result.returncode == 1 and len(result.stderr) < 1000  # the query is quoted cut
    # Devices and pipes would be read forever; a JSON export nested past any parser is damaged.
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "deep.json").write_text("[" * 200_000)
    for name, words in (("pipe.csv", "not a regular file"), ("zero.json", "not a regular file"),
                        ("deep.json", "cannot read")):  # fmt: skip
        result = salesbot("import", str(tmp_path / name), env=env, check=False)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr


def test_a_workspace_id_that_is_not_one_is_refused_not_stored_cut(sqlite_url: str, tmp_path: Path) -> None:
    env = environment(sqlite_url, tmp_path)
    bad_ids = (("slack", "T" * 1000), ("slack", "T\x01\x02"), ("feishu", "../x"), ("feishu", "a b"))
    for platform, bad in bad_ids:
        result = salesbot(platform, "bind", bad, env=env, check=False)
        assert result.returncode == 2 and "not a" in result.stderr and len(result.stderr) < 700
    assert salesbot("slack", "list", env=env).stdout.count("→") == 0
    assert (
        "T0123ABCD → "
        in salesbot("slack", "bind", "T0123ABCD", env=env).stdout + salesbot("slack", "list", env=env).stdout
    )


def test_exported_csv_cells_cannot_run_as_spreadsheet_formulas_and_restore_exactly(tmp_path: Path) -> None:
    from crm_store.transfer.exporter import FORMAT, write_csv_folder
    from crm_store.transfer.importer import read_export_folder

    names = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "'=already",
             "'plain", "Acme"]  # fmt: skip
    customers = [{"id": n, "name": name, "phone": "+49 30 1234", "aliases": [], "contacts": []}
                 for n, name in enumerate(names)]  # fmt: skip
    empty: dict[str, list[object]] = {k: [] for k in ("users", "deals", "activities", "reminders")}
    data = {"format": FORMAT, "customers": customers, **empty}
    write_csv_folder(data, tmp_path)
    written = (tmp_path / "customers.csv").read_text(encoding="utf-8-sig")
    assert "\n0,\"'=HYPERLINK" in written and ",'+49 30 1234" in written and "''=already" in written
    restored = read_export_folder(tmp_path)["customers"]
    assert [c["name"] for c in restored] == names and {c["phone"] for c in restored} == {"+49 30 1234"}


def test_import_keeps_dates_out_of_bounds_in_extra_instead_of_failing(
    sqlite_url: str, tmp_path: Path
) -> None:
    """An activity dated 9999 used to end the import with a traceback (its own date served as "now"
    for the bounds, and year 10019 does not exist)."""
    env = environment(sqlite_url, tmp_path)
    salesbot("import", str(_sheet(tmp_path, "c.csv", "Company Name\nAcme\n")), env=env)
    activities = _sheet(tmp_path, "a.csv", "Subject,Activity Date,Company\nCall,9999-12-31,Acme\n"
                        "Visit,0001-01-01,Acme\nDemo,2024-03-01,Acme\n")  # fmt: skip
    report = salesbot("import", str(activities), env=env).stdout
    assert "rows read 3 = imported 1" in report and "skipped 2" in report, report  # an activity needs a date
    assert "date out of range" in report, report
    deals = _sheet(
        tmp_path,
        "d.csv",
        "Deal Name,Amount,Stage,Close Date,Account Name\nBig,5000,proposal,9999-01-01,Acme\n",
    )
    report = salesbot("import", str(deals), env=env).stdout
    assert "rows read 1 = imported 1" in report and "date out of range" in report, report


def _sheet(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_a_file_with_very_long_ids_twice_merges_instead_of_failing(
    database_url: str, tmp_path: Path
) -> None:
    """Ids over the 300 characters `import_keys` holds were stored cut but looked up whole: the second
    import of the same file failed on the unique key, and two ids alike in their first 300 became one."""
    env = environment(database_url, tmp_path)
    same_start = "9" * 400
    rows = f"First Name,Last Name,Company,Contact ID\nAnn,Lee,Acme,{same_start}1\nBob,Ray,Acme,{same_start}2"
    sheet = _sheet(tmp_path, "contacts.csv", rows + "\n")
    first = salesbot("import", str(sheet), env=env).stdout
    assert "rows read 2 = imported 2" in first, first
    again = salesbot("import", str(sheet), env=env).stdout
    assert "rows read 2 = imported 0 + merged 2" in again, again


def test_nul_and_control_characters_in_any_cell_import_alike_on_both_databases(
    database_url: str, tmp_path: Path
) -> None:
    """The importer writes in bulk, past the storage guard: NUL in an id, owner or extra column was a
    DataError on PostgreSQL (stored on SQLite)."""
    env = environment(database_url, tmp_path)
    padding = "".join(f"Company {n},P-{n},,,,plain\n" for n in range(30))  # stray NULs, not a binary file
    sheet = _sheet(tmp_path, "c.csv", "Company Name,Account ID,Owner,Tier,Website,Their Column\n"
                   "Nul\x00 Ltd,A\x00-1,Ann\x00,B,nul.example,x\x00y\x1b[31m\n" + padding)  # fmt: skip
    report = salesbot("import", str(sheet), env=env).stdout
    assert "rows read 31 = " in report and "skipped 0" in report, report
    assert "Nul Ltd" in salesbot("search", "Nul Ltd", env=env).stdout


def test_names_of_punctuation_are_not_the_same_name(database_url: str, tmp_path: Path) -> None:
    """Names that fold to nothing (":", ",%") used to match each other as "same name", and which one
    a row merged into depended on the database's row order (SQLite and PostgreSQL differed)."""
    env = environment(database_url, tmp_path)
    salesbot("import", str(_sheet(tmp_path, "a.csv", "Company Name\n:\n")), env=env)
    report = salesbot("import", str(_sheet(tmp_path, "b.csv", 'Company Name\n",%"\n-\n')), env=env).stdout
    assert "merged 0" in report and "into ':'" not in report, report
