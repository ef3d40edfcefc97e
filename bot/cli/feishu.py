"""`salesbot feishu ...`: bind Feishu tenants (companies) to organisations.

Without a binding, only people with an account or an invitation code get in; once a tenant
is bound, everyone in it becomes a rep of the organisation the first time they write.
"""

from __future__ import annotations

from bot.cli.workspaces import Words, workspace_cli

FEISHU = Words(
    platform="feishu",
    workspace="Feishu tenant",
    id_name="Feishu tenant key",
    id_help="The tenant key (logged as 'feishu: first event from tenant …'), e.g. 736588c9260f175d.",
    none_bound=(
        "no Feishu tenant is bound: only invited people get in (bind one with 'salesbot feishu bind "
        "TENANT_KEY')"
    ),
)
feishu_cli = workspace_cli(FEISHU, "Feishu tenants and the organisations they belong to.")

__all__ = ["feishu_cli"]
