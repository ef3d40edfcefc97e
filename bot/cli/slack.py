"""`salesbot slack ...`: bind Slack workspaces to organisations."""

from __future__ import annotations

from bot.cli.workspaces import Words, workspace_cli

SLACK = Words(
    platform="slack",
    workspace="Slack workspace",
    id_name="Slack team id",
    id_help="The Slack workspace (team) id, e.g. T0123ABCD.",
    none_bound="no Slack workspace is bound (set SLACK_ALLOWED_TEAM_IDS or run 'salesbot slack bind')",
)
slack_cli = workspace_cli(SLACK, "Slack workspaces and the organisations they belong to.")

__all__ = ["slack_cli"]
