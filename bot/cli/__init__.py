"""The `salesbot` command line: one module per command group, assembled here.

`common` holds what they share (the lazily built app, one-line failures, `require_user`).
"""

from __future__ import annotations

import logging
import secrets
from typing import Annotated

import typer

from bot.cli import chat, reports, search, status, transfer
from bot.cli.common import State, usable_slug, without_controls
from bot.cli.db import db_cli
from bot.cli.feishu import feishu_cli
from bot.cli.orgs import org_cli
from bot.cli.slack import slack_cli
from bot.cli.users import users_cli
from crm_store.repos.tenancy import DEFAULT_ORG
from handlers.errors import log_failure

log = logging.getLogger("salesbot")

cli = typer.Typer(
    name="salesbot",
    help="A chat-driven sales assistant: a CRM that lives in Telegram, Slack, Feishu and your terminal.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@cli.callback()
def main_options(
    ctx: typer.Context,
    org: Annotated[str, typer.Option(help="Organisation (tenant) slug.")] = DEFAULT_ORG,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details to stderr.")] = False,
    create_org: Annotated[
        bool, typer.Option("--create-org", help="Create the --org organisation if it does not exist.")
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    without_controls("--org", org)
    if create_org:
        usable_slug(org)
    ctx.obj = State(org, create_org=create_org)


# The order here is the order of `salesbot --help`.
cli.command()(chat.chat)
cli.command()(chat.run)
cli.command()(chat.demo)
cli.command()(status.status)
cli.command("import")(transfer.import_command)
cli.command()(transfer.export)
cli.command("search")(search.search_command)
cli.add_typer(users_cli, name="users")
cli.add_typer(db_cli, name="db")
cli.add_typer(reports.reminders_cli, name="reminders")
cli.command()(reports.digest)
cli.add_typer(slack_cli, name="slack")
cli.add_typer(org_cli, name="org")
cli.add_typer(feishu_cli, name="feishu")


def main() -> None:
    """The `salesbot` command: whatever goes wrong, one line on stderr, never a traceback
    (the details are logged at DEBUG: `salesbot -v ...`)."""
    try:
        cli()
    except Exception as error:
        ref = secrets.token_hex(3)
        log_failure(log, "command failed", ref, error)
        typer.echo(f"salesbot: unexpected error ({type(error).__name__}, ref {ref}); run with -v for details",
                   err=True)  # fmt: skip
        raise SystemExit(1) from None


__all__ = ["cli", "main"]
