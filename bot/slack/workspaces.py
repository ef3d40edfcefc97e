"""Which Slack workspaces belong to which organisation (the `workspace_bindings` table).

Members of a bound workspace are provisioned as reps of its organisation on first use;
events from any other workspace are refused by the handlers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.app import App
from bot.slack.inbound import PLATFORM
from crm_store.repos.tenancy import Directory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Binding:
    workspace_id: str
    org_slug: str
    org_name: str


def bind(app: App, team_id: str, org_slug: str, org_name: str | None = None) -> Binding:
    """Bind `team_id` to the organisation `org_slug` (created if needed), moving any old binding."""
    with app.db.transaction() as session:
        org = Directory(session).ensure_org(org_slug, org_name)
        Directory(session).bind_workspace(org.id, PLATFORM, team_id)
        return Binding(team_id, org.slug, org.name)


def unbind(app: App, team_id: str) -> bool:
    with app.db.transaction() as session:
        return Directory(session).unbind_workspace(PLATFORM, team_id)


def bindings(app: App) -> list[Binding]:
    with app.db.transaction() as session:
        return [Binding(*row) for row in Directory(session).workspace_bindings(PLATFORM)]


def bind_at_start(app: App, allowed: Sequence[str], own_team: str) -> list[str]:
    """Bind `SLACK_ALLOWED_TEAM_IDS` to this process's organisation; returns what it bound.

    A workspace the CLI already bound elsewhere stays where it is. With no allowed ids and
    no Slack workspace bound at all (a first start), the workspace the bot token belongs to
    is bound, so a single-workspace install works out of the box.
    """
    with app.db.transaction() as session:
        org = Directory(session).ensure_org(app.org_slug, app.settings.organization_name)
        wanted = list(allowed)
        if not wanted and own_team and not Directory(session).any_workspace_bound(PLATFORM):
            wanted = [own_team]
            log.warning(
                "slack: SLACK_ALLOWED_TEAM_IDS is empty; binding the bot's own workspace %s to '%s'",
                own_team,
                org.slug,
            )
        bound = []
        for team_id in wanted:
            current = Directory(session).org_for_workspace(PLATFORM, team_id)
            if current is None:
                Directory(session).bind_workspace(org.id, PLATFORM, team_id)
                bound.append(team_id)
            elif current != org.id:
                log.warning(
                    "slack: workspace %s stays bound to another organisation (see 'salesbot slack list')",
                    team_id,
                )
        return bound
