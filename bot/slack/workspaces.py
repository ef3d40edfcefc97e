"""Binding Slack workspaces when `salesbot run` starts (`SLACK_ALLOWED_TEAM_IDS`).

Binding by hand (`salesbot slack bind|unbind|list`) is `bot.workspaces`, shared with Feishu.
Members of a bound workspace are provisioned as reps of its organisation on first use;
events from any other workspace are refused by the handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.app import App
from bot.slack.inbound import PLATFORM

log = logging.getLogger(__name__)


def bind_at_start(app: App, allowed: Sequence[str], own_team: str) -> list[str]:
    """Bind `SLACK_ALLOWED_TEAM_IDS` to this process's organisation; returns what it bound.

    A workspace the CLI already bound elsewhere stays where it is. With no allowed ids and
    no Slack workspace bound at all (a first start), the workspace the bot token belongs to
    is bound, so a single-workspace install works out of the box.
    """
    with app.db.system() as system:
        org = system.directory.ensure_org(app.org_slug, app.settings.organization_name)
        wanted = list(allowed)
        if not wanted and own_team and not system.directory.any_workspace_bound(PLATFORM):
            wanted = [own_team]
            log.warning(
                "slack: SLACK_ALLOWED_TEAM_IDS is empty; binding the bot's own workspace %s to '%s'",
                own_team,
                org.slug,
            )
        bound = []
        for team_id in wanted:
            current = system.directory.org_for_workspace(PLATFORM, team_id)
            if current is None:
                system.directory.bind_workspace(org.id, PLATFORM, team_id)
                bound.append(team_id)
            elif current != org.id:
                log.warning(
                    "slack: workspace %s stays bound to another organisation (see 'salesbot slack list')",
                    team_id,
                )
        return bound
