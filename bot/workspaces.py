"""Which workspace (a Slack team, a Feishu tenant) belongs to which organisation.

People from a bound workspace are provisioned as reps of its organisation the first time
they write. What happens to people from an unbound one is the platform's choice (see
`handlers.messages.Sender.workspace_gated`): Slack refuses them, Feishu lets in those with an
account or an invitation code.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App


@dataclass(frozen=True)
class Binding:
    workspace_id: str
    org_slug: str
    org_name: str


def bind(app: App, platform: str, workspace_id: str, org_slug: str, org_name: str | None = None) -> Binding:
    """Bind `workspace_id` to the organisation `org_slug` (created if needed), moving any old binding."""
    with app.db.system() as system:
        org = system.directory.ensure_org(org_slug, org_name)
        system.directory.bind_workspace(org.id, platform, workspace_id)
        return Binding(workspace_id, org.slug, org.name)


def unbind(app: App, platform: str, workspace_id: str) -> bool:
    with app.db.system() as system:
        return system.directory.unbind_workspace(platform, workspace_id)


def bindings(app: App, platform: str) -> list[Binding]:
    with app.db.system() as system:
        return [Binding(*row) for row in system.directory.workspace_bindings(platform)]
