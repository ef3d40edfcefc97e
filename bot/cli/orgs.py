"""`salesbot org ...`: organisations (tenants). Creating one is always an explicit step."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.common import State, fail, run_with_state, usable_slug, without_controls
from crm_store.db import Database
from crm_store.limits import TEXT_LIMITS, clean_text
from crm_store.migrate import upgrade

org_cli = typer.Typer(help="Organisations (tenants): list them, add one.", no_args_is_help=True)


def _database(st: State) -> Database:
    """The database alone: these commands must not need (or create) the --org organisation."""
    database = Database(st.settings.database_url)
    database.check()
    upgrade(database)
    return database


@org_cli.command("add")
def add(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Short name used with --org, e.g. emea.")],
    name: Annotated[str | None, typer.Option(help="Display name (default: the slug).")] = None,
) -> None:
    """Add an organisation; use it with `salesbot --org SLUG ...`."""

    def go(st: State) -> None:
        usable_slug(slug)
        if name is not None:
            without_controls("--name", name)
        display = clean_text("name", name, limit=TEXT_LIMITS["organizations.name"]) or slug
        with _database(st).system() as system:
            if system.directory.org_by_slug(slug) is not None:
                raise fail(f"organisation {slug!r} already exists")
            system.directory.ensure_org(slug, display)
        typer.echo(f"organisation {slug} ({display}) added; use it with: salesbot --org {slug} ...")

    run_with_state(ctx, go)


@org_cli.command("list")
def list_orgs(ctx: typer.Context) -> None:
    """Every organisation in this database."""

    def go(st: State) -> None:
        with _database(st).system() as system:
            for org in system.directory.organisations():
                typer.echo(f"{org.slug}\t{org.name}")

    run_with_state(ctx, go)
