"""`salesbot import` and `salesbot export`: customers in from spreadsheets, everything out and back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import State, fail, optional_user, run_with_state
from crm_store.transfer.exporter import export_data, write_csv_folder
from crm_store.transfer.importer import import_customers, load_export, restore


def import_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="customers.csv, an export .json, or an export folder.")],
    owner: Annotated[str | None, typer.Option(help="Owner for rows without one (user name).")] = None,
    force: Annotated[bool, typer.Option(help="Restore an export even if customers exist.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import customers (CSV from Excel etc.) or restore a full export (JSON or CSV folder)."""

    def go(st: State) -> None:
        app = st.app
        if not path.exists():
            raise fail(f"{path}: no such file or folder")
        is_export = path.is_dir() or path.suffix.lower() == ".json"
        with app.db.transaction() as session:
            store = app.store(session)
            if is_export:
                report = restore(session, store.org_id, load_export(path),
                                 default_timezone=app.settings.default_timezone,
                                 default_locale=app.settings.default_locale, force=force)  # fmt: skip
            else:
                owner_user = optional_user(store, owner)
                find_similar = app.search.import_duplicates(session, store.org_id)
                report = import_customers(session, store.org_id, path,
                                          default_owner_id=owner_user.id if owner_user else None,
                                          find_similar=find_similar)  # fmt: skip
        if as_json:
            typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            for line in report.summary():
                typer.echo(line)

    run_with_state(ctx, go)


def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="json or csv.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (json) or folder (csv).")
    ] = None,
) -> None:
    """Export everything: customers, contacts, deals with stage history, activities, reminders."""

    def go(st: State) -> None:
        if fmt not in ("json", "csv"):
            raise fail(f"--format must be json or csv, not {fmt!r}")
        app = st.app
        with app.db.transaction() as session:
            data = export_data(session, app.store(session).org_id, now=app.clock())
        if fmt == "json":
            text = json.dumps(data, ensure_ascii=False, indent=2)
            if output is None:
                typer.echo(text)
            else:
                output.write_text(text + "\n", encoding="utf-8")
                typer.echo(f"wrote {output}", err=True)
            return
        folder = output or Path(f"salesbot-export-{date.today().isoformat()}")
        for written in write_csv_folder(data, folder):
            typer.echo(f"wrote {written}", err=True)

    run_with_state(ctx, go)
