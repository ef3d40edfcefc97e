"""`salesbot import` and `salesbot export`: customers in from spreadsheets, everything out and back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import State, fail, optional_user, run_with_state
from crm_store.transfer.columns import parse_overrides
from crm_store.transfer.exporter import write_csv_folder
from crm_store.transfer.importer import load_export
from crm_store.transfer.records import ImportOptions


def import_command(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(
            help="A CSV export (customers, contacts, deals or activities), "
            "a salesbot export .json, or an export folder."
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(help="customers, contacts, deals or activities (default: decided from the headers)."),
    ] = None,
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help='"Their Column=field"; repeat for more. '
            "field 'extra' keeps a column as is, 'ignore' drops it.",
        ),
    ] = None,
    stage: Annotated[
        list[str] | None, typer.Option("--stage", help='"Their Stage=our stage" for deals; repeat for more.')
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="Name of the system the file's ids come from (default: detected, e.g. salesforce)."
        ),
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Owner for rows without one (user name).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the report; write nothing.")] = False,
    force: Annotated[bool, typer.Option(help="Restore an export even if customers exist.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import another CRM's export or a spreadsheet; or restore a salesbot export (JSON or CSV folder)."""

    def go(st: State) -> None:
        app = st.app
        if not path.exists():
            raise fail(f"{path}: no such file or folder")
        is_export = path.is_dir() or path.suffix.lower() == ".json"
        with app.db.system() as system:
            store = app.store(system)
            if is_export:
                if dry_run:
                    raise fail(
                        "--dry-run works for CSV imports; restore into an empty database to try an export"
                    )
                try:
                    report = store.transfer.restore(
                        load_export(path), default_timezone=app.settings.default_timezone,
                        default_locale=app.settings.default_locale, force=force,
                    )  # fmt: skip
                except (KeyError, TypeError, ValueError, AttributeError) as error:  # a damaged export
                    raise fail(f"{path} is not a usable salesbot export ({type(error).__name__}: "
                               f"{str(error)[:80]}); nothing was restored") from None  # fmt: skip
            else:
                owner_user = optional_user(store, owner)
                options = ImportOptions(
                    kind=kind,
                    overrides=parse_overrides(mapping or []),
                    stage_names=app.settings.stage_names,
                    stage_overrides=_stages(stage or [], app.settings.stage_names),
                    default_currency=app.settings.default_currency,
                    timezone=app.settings.default_timezone,
                    default_owner_id=owner_user.id if owner_user else None,
                    source=source,
                    find_similar=store.search.for_import(),
                )
                report = store.transfer.import_file(path, options, dry_run=dry_run)
        if as_json:
            typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            for line in report.summary():
                typer.echo(line)

    run_with_state(ctx, go)


def _stages(items: list[str], ours: tuple[str, ...]) -> dict[str, str]:
    """`--stage "Their Stage=ours"` items, each naming one of the organisation's stages."""
    stages = {}
    for item in items:
        theirs, sep, target = item.rpartition("=")
        if not sep or not theirs.strip() or target.strip() not in ours:
            raise fail(f'--stage {item!r}: write "Their Stage=stage" with one of {", ".join(ours)}')
        stages[theirs.strip()] = target.strip()
    return stages


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
        with app.db.system() as system:
            data = app.store(system).transfer.export(now=app.clock())
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
