"""`salesbot slack|feishu bind|unbind|list`: which workspace (Slack team, Feishu tenant) belongs to
which organisation. One set of commands, made for each platform by `workspace_cli`."""

# No `from __future__ import annotations`: typer reads the parameters' annotations at run time,
# and they name this factory's local `words`.

import re
from dataclasses import dataclass
from typing import Annotated

import typer

from bot import workspaces
from bot.cli.common import State, fail, run_with_state, without_controls

_WORKSPACE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


@dataclass(frozen=True)
class Words:
    """How a platform's workspaces are called in help and messages."""

    platform: str  # e.g. "slack"
    workspace: str  # "Slack workspace"
    id_name: str  # "Slack team id"
    id_help: str  # the argument's help
    none_bound: str  # what `list` says when nothing is bound


def workspace_cli(words: Words, help_text: str) -> typer.Typer:
    group = typer.Typer(help=help_text, no_args_is_help=True)

    @group.command("bind")
    def bind(
        ctx: typer.Context,
        workspace_id: Annotated[str, typer.Argument(help=words.id_help)],
        org: Annotated[
            str | None,
            typer.Option("--org", help="Organisation slug (created if new); default: the global --org."),
        ] = None,
        name: Annotated[str | None, typer.Option(help="Name for a new organisation.")] = None,
    ) -> None:
        """Bind a workspace to an organisation: its members become that organisation's reps on first use."""

        def go(st: State) -> None:
            wanted = workspace_id.strip()
            if not _WORKSPACE_ID.fullmatch(wanted):  # stored as given: never cut or cleaned into another id
                raise fail(f"not a {words.id_name}: {workspace_id!r} (letters, digits, - and _; at most 64)")
            slug = without_controls("--org", (org or st.org).strip())
            if not slug:
                raise fail("--org must not be empty")
            if name is not None:
                without_controls("--name", name)
            st.create_org = True  # binding names (and creates) its organisation explicitly
            bound = workspaces.bind(st.app, words.platform, wanted, slug, name)
            where = f"{bound.org_name} ({bound.org_slug})"
            typer.echo(f"{words.workspace} {bound.workspace_id} is bound to {where}")

        run_with_state(ctx, go)

    @group.command("unbind")
    def unbind(ctx: typer.Context, workspace_id: str) -> None:
        """Unbind a workspace: its members are no longer let in just for being members."""

        def go(st: State) -> None:
            if not workspaces.unbind(st.app, words.platform, workspace_id.strip()):
                raise fail(f"{words.workspace} {workspace_id} is not bound")
            typer.echo(f"{words.workspace} {workspace_id} is no longer bound")

        run_with_state(ctx, go)

    @group.command("list")
    def list_bindings(ctx: typer.Context) -> None:
        """Bound workspaces and their organisations."""

        def go(st: State) -> None:
            rows = workspaces.bindings(st.app, words.platform)
            if not rows:
                typer.echo(words.none_bound)
            for row in rows:
                typer.echo(f"{row.workspace_id} → {row.org_name} ({row.org_slug})")

        run_with_state(ctx, go)

    return group
