"""Importing spreadsheets as Excel writes them, and export -> import round trips."""

from __future__ import annotations

import codecs
from pathlib import Path

from crm_store.demo import load_demo
from crm_store.transfer.exporter import write_csv_folder
from crm_store.transfer.importer import import_file, load_export, restore
from crm_store.transfer.records import ImportOptions
from tests.support.exported import exported

HEADER = "Company,Aliases,Industry,Phone,Contact,Title,Contact phone,Email,Owner\n"
ROWS = (
    "Acme Corporation,Acme;ACME Corp,Manufacturing,+1 415 555 0100,Jane Doe,CTO,+1 415 555 0101,"
    "jane@acme.example,\n"
    "Acme Corporation,,,,Bob Miller,Purchasing,,bob@acme.example,\n"
    ",,Retail,,Nobody,,,,\n"
    "Globex Inc,,Energy,+1 212 555 0140,Hank Scorpio,CEO,,,Ghost Owner\n"
    "Müller Maschinenbau GmbH,,Machinery,,Jürgen Müller,GF,,,\n"
    + "X" * 400 + ",,,,,,,,\n"
)  # fmt: skip


def run_import(app, path: Path):
    org_id = app.org().id
    with app.db.transaction() as session:
        return import_file(session, org_id, path, ImportOptions(kind="customers"))


def customers(app) -> dict[str, dict]:
    data = exported(app)
    return {c["name"]: c for c in data["customers"]}


def test_import_merges_contacts_and_reports_every_skip(app, tmp_path: Path) -> None:
    sheet = tmp_path / "customers.csv"
    sheet.write_bytes(codecs.BOM_UTF8 + (HEADER + ROWS).encode())
    report = run_import(app, sheet)
    assert (report.rows, report.created) == (6, {"customers": 3, "contacts": 4})
    assert report.accounted == report.rows and report.imported == 3
    assert report.merged == [(3, "Acme Corporation", "Acme Corporation", "same name as line 2")]
    assert report.skipped == [(4, "no company name"), (7, "company name longer than 300 characters")]
    assert report.notes == {"Owner 'Ghost Owner' is not a user; kept in extra, unassigned": [5]}
    found = customers(app)
    acme = found["Acme Corporation"]
    assert acme["aliases"] == ["Acme", "ACME Corp"] and acme["phone"] == "+1 415 555 0100"
    assert [c["name"] for c in acme["contacts"]] == ["Jane Doe", "Bob Miller"]
    assert found["Müller Maschinenbau GmbH"]["contacts"][0]["name"] == "Jürgen Müller"
    assert found["Globex Inc"]["extra"] == {"Owner": "Ghost Owner"}


def test_reimport_merges_into_existing_customers(app, tmp_path: Path) -> None:
    sheet = tmp_path / "customers.csv"
    sheet.write_text(HEADER + ROWS, encoding="utf-8")
    run_import(app, sheet)
    again = tmp_path / "again.csv"
    again.write_text(
        HEADER + "ACME corp.,,,,Carol New,,,,\n"
        "New Co,,,+1 212 555 0140,,,,,\n"
        "Globex,,,+1 (212) 555-0140,,,,,\n",
        encoding="utf-8",
    )
    report = run_import(app, again)
    assert report.created == {"contacts": 1, "customers": 1}
    assert [(line, into, reason) for line, _, into, reason in report.merged] == [
        (2, "Acme Corporation", "same name"),
        (4, "Globex Inc", "same phone +1 (212) 555-0140"),
    ]
    # same phone, but another name with another legal form: imported, and flagged for a person
    assert report.possible_duplicates == [(3, "New Co", "Globex Inc", None)]
    assert "Carol New" in [c["name"] for c in customers(app)["Acme Corporation"]["contacts"]]
    assert "Globex" in customers(app)["Globex Inc"]["aliases"]


def test_excel_flavours(app, tmp_path: Path) -> None:
    semicolon = tmp_path / "eu.csv"
    semicolon.write_text("Name;Branche;Telefon\nSchmidt GmbH;Handel;+49 30 1234567\n", encoding="cp1252")
    unicode_text = tmp_path / "unicode.txt"
    unicode_text.write_bytes("name\tindustry\nSociété Générale d'Optique\tOptics\n".encode("utf-16"))
    chinese = tmp_path / "gbk.csv"
    chinese.write_bytes("公司名称,行业,联系人,职位\n华为技术有限公司,通信,张伟,采购经理\n".encode("gb18030"))
    for sheet in (semicolon, unicode_text, chinese):
        report = run_import(app, sheet)
        assert report.created["customers"] == 1 and report.imported == 1, report.summary()
    found = customers(app)
    assert found["Société Générale d'Optique"]["industry"] == "Optics"
    assert found["华为技术有限公司"]["contacts"][0] == {
        "id": found["华为技术有限公司"]["contacts"][0]["id"], "name": "张伟", "title": "采购经理",
        "phone": None, "email": None, "extra": None}  # fmt: skip
    schmidt = found["Schmidt GmbH"]
    assert (schmidt["industry"], schmidt["phone"]) == ("Handel", "+49 30 1234567")


def comparable(data: dict) -> dict:
    """An export without ids and export time, for comparing two databases."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "customer_id", "deal_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip({k: v for k, v in data.items() if k != "exported_at"})


def test_export_then_import_round_trips(app, admin, tmp_path: Path, clock) -> None:
    from bot.app import build_app
    from tests.conftest import make_settings

    with app.db.system() as system:
        load_demo(system, admin.org_id, app.store(system).users.require(admin.id), now=clock())
    original = exported(app, admin)
    json_path = tmp_path / "all.json"
    import json

    json_path.write_text(json.dumps(original, ensure_ascii=False))
    folder = tmp_path / "csv"
    write_csv_folder(original, folder)
    for source in (json_path, folder):
        target = build_app(make_settings(f"sqlite:///{_template(tmp_path)}"), clock=clock)
        with target.db.transaction() as session:
            report = restore(session, target.org().id, load_export(source), default_timezone="UTC",
                             default_locale="en")  # fmt: skip
            assert report.restored["deals"] == len(original["deals"])
        copy = exported(target)
        first, second = comparable(copy), comparable(original)
        for table in first:
            assert first[table] == second[table], (source, table)
        target.db.dispose()


def _template(tmp_path: Path) -> Path:
    from crm_store.db import Database
    from crm_store.migrate import upgrade

    path = tmp_path / f"empty-{len(list(tmp_path.iterdir()))}.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return path


def test_restore_refuses_to_duplicate(app, admin, tmp_path: Path, clock) -> None:
    import pytest

    from crm_store.transfer.reading import UnreadableFile

    with app.db.system() as system:
        load_demo(system, admin.org_id, app.store(system).users.require(admin.id), now=clock())
        data = app.store(system).transfer.export(now=clock())
    with pytest.raises(UnreadableFile, match="would duplicate"), app.db.transaction() as session:
        restore(session, admin.org_id, data, default_timezone="UTC", default_locale="en")


def test_the_text_mark_a_spreadsheet_adds_is_taken_off_only_where_it_forced_text(app, tmp_path: Path) -> None:
    """Google Sheets / LibreOffice keep the ' typed to force text in a CSV they save; exporters that
    guard against formulas add one too. It goes before a formula or a number, never elsewhere."""
    sheet = tmp_path / "accounts.csv"
    sheet.write_text(
        "Account Name,Phone,Notes,Contact,Mobile\n"
        "Vandermeer Logistics,'0123 4567,'=SUM(B2:B9) was their budget line,Pieter Jansen,'+31 6 1234 5678\n"
        "'s-Hertogenbosch Bakery,'(073) 612 0000,''=not a formula,Anouk de Vries,'06-12345678\n"
        "Kettle & Quill,'00042,'quoted on purpose',Tomas Berg,\n",
        encoding="utf-8",
    )
    run_import(app, sheet)
    found = customers(app)
    assert set(found) == {"Vandermeer Logistics", "'s-Hertogenbosch Bakery", "Kettle & Quill"}
    vandermeer, bakery, kettle = (found[n] for n in ("Vandermeer Logistics", "'s-Hertogenbosch Bakery",
                                                     "Kettle & Quill"))  # fmt: skip
    assert vandermeer["phone"] == "0123 4567" and vandermeer["notes"] == "=SUM(B2:B9) was their budget line"
    assert vandermeer["contacts"][0]["phone"] == "+31 6 1234 5678"
    assert bakery["phone"] == "(073) 612 0000" and bakery["notes"] == "'=not a formula"  # one taken off
    assert bakery["contacts"][0]["phone"] == "06-12345678"
    assert kettle["phone"] == "00042" and kettle["notes"] == "'quoted on purpose'"


def test_two_people_sharing_one_inbox_stay_two_contacts(app, tmp_path: Path) -> None:
    """A shared address (sales@, the boss's assistant) does not make two named people one: seen in a
    CRM export where two Mikes had one e-mail and the second vanished. The same address under a name
    that fits ("Kit" and "Kit Harlow") is still one person."""
    sheet = tmp_path / "customers.csv"
    sheet.write_text(
        HEADER + "Brindle Cold Store,,,,Kit Harlow,Ops,,ops@brindle.example,\n"
        "Brindle Cold Store,,,,Kit Okafor,CFO,,ops@brindle.example,\n"
        "Brindle Cold Store,,,,Kit,,+1 555 0100,ops@brindle.example,\n",
        encoding="utf-8",
    )
    run_import(app, sheet)
    contacts = customers(app)["Brindle Cold Store"]["contacts"]
    assert [(c["name"], c["title"], c["email"]) for c in contacts] == [
        ("Kit Harlow", "Ops", "ops@brindle.example"),
        ("Kit Okafor", "CFO", "ops@brindle.example"),
    ]
    assert contacts[0]["phone"] == "+1 555 0100"
