"""`salesbot db ...`: database maintenance."""

from __future__ import annotations

import typer

from bot.cli.common import State, run_with_state
from crm_store.db import Database
from crm_store.migrate import upgrade

db_cli = typer.Typer(help="Database maintenance.", no_args_is_help=True)


@db_cli.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Apply database migrations (salesbot also does this at every start)."""

    def go(st: State) -> None:
        database = Database(st.settings.database_url)
        database.check()
        upgrade(database)
        typer.echo("database is up to date")

    run_with_state(ctx, go)
