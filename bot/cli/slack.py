"""`salesbot slack ...`: bind Slack workspaces to organisations."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.common import State, fail, run_with_state
from bot.slack import workspaces

slack_cli = typer.Typer(help="Slack workspaces and the organisations they belong to.", no_args_is_help=True)


@slack_cli.command("bind")
def bind(
    ctx: typer.Context,
    team_id: Annotated[str, typer.Argument(help="The Slack workspace (team) id, e.g. T0123ABCD.")],
    org: Annotated[
        str | None,
        typer.Option("--org", help="Organisation slug (created if new); default: the global --org."),
    ] = None,
    name: Annotated[str | None, typer.Option(help="Name for a new organisation.")] = None,
) -> None:
    """Bind a workspace to an organisation: its members become that organisation's reps on first use."""

    def go(st: State) -> None:
        team = team_id.strip()
        if not team or not team[0].isalnum():
            raise fail(f"not a Slack team id: {team_id!r}")
        slug = (org or st.org).strip()
        if not slug:
            raise fail("--org must not be empty")
        binding = workspaces.bind(st.app, team, slug, name)
        typer.echo(
            f"Slack workspace {binding.workspace_id} is bound to {binding.org_name} ({binding.org_slug})"
        )

    run_with_state(ctx, go)


@slack_cli.command("unbind")
def unbind(ctx: typer.Context, team_id: str) -> None:
    """Unbind a workspace: its members are refused from now on."""

    def go(st: State) -> None:
        if not workspaces.unbind(st.app, team_id.strip()):
            raise fail(f"Slack workspace {team_id} is not bound")
        typer.echo(f"Slack workspace {team_id} is no longer bound")

    run_with_state(ctx, go)


@slack_cli.command("list")
def list_bindings(ctx: typer.Context) -> None:
    """Bound workspaces and their organisations."""

    def go(st: State) -> None:
        rows = workspaces.bindings(st.app)
        if not rows:
            typer.echo(
                "no Slack workspace is bound (set SLACK_ALLOWED_TEAM_IDS or run 'salesbot slack bind')"
            )
        for row in rows:
            typer.echo(f"{row.workspace_id} → {row.org_name} ({row.org_slug})")

    run_with_state(ctx, go)


__all__ = ["slack_cli"]
