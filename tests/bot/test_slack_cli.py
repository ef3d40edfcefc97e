"""`salesbot slack bind|unbind|list`: which Slack workspace belongs to which organisation."""

from __future__ import annotations

from typer.testing import CliRunner

from bot.app import build_app
from bot.cli import cli
from crm_store.models import Organization, User
from crm_store.repos.tenancy import Directory
from handlers.messages import IncomingMessage, Sender
from tests.conftest import make_settings


def run(database_url: str, *args: str):
    env = {"DATABASE_URL": database_url, "DEFAULT_TIMEZONE": "Europe/Berlin"}
    return CliRunner().invoke(cli, list(args), env=env)


def test_bind_creates_the_organisation_and_its_members_join_it(database_url, clock):
    bound = run(database_url, "slack", "bind", "T777", "--org", "acme", "--name", "Acme Sales")
    assert bound.exit_code == 0, bound.output
    assert "T777 is bound to Acme Sales (acme)" in bound.output
    assert "T777 → Acme Sales (acme)" in run(database_url, "slack", "list").output

    app = build_app(make_settings(database_url), clock=clock)
    try:
        replies = app.assistant.handle(
            IncomingMessage(
                sender=Sender("slack", "T777:U1", display_name="Jane Doe", workspace="T777"),
                chat_id="DU1",
                text="me",
                is_command=True,
            )
        )
        assert replies[0].text.startswith("Jane Doe")
        with app.db.transaction() as session:
            acme = Directory(session).org_by_slug("acme")
            identity = Directory(session).find_identity("slack", "T777:U1")
            assert session.get(User, identity.user_id).org_id == acme.id
    finally:
        app.db.dispose()


def test_the_global_org_option_is_the_default_and_rebinding_moves_a_workspace(database_url):
    assert run(database_url, "--org", "north", "slack", "bind", "T1").exit_code == 0
    assert "T1 → My Company (north)" in run(database_url, "slack", "list").output  # ORGANIZATION_NAME
    assert run(database_url, "slack", "bind", "T1", "--org", "south").exit_code == 0
    assert run(database_url, "slack", "list").output.strip() == "T1 → south (south)"

    assert run(database_url, "slack", "unbind", "T1").exit_code == 0
    again = run(database_url, "slack", "unbind", "T1")
    assert again.exit_code == 2 and "T1 is not bound" in again.output
    assert "no Slack workspace is bound" in run(database_url, "slack", "list").output
    assert run(database_url, "slack", "bind", "-x").exit_code != 0


def test_bind_at_start_binds_allowed_workspaces_or_the_bots_own_on_a_first_start(app):
    from bot.slack.workspaces import bind_at_start
    from bot.workspaces import bindings

    assert bind_at_start(app, (), "TOWN") == ["TOWN"]  # nothing bound yet: the token's workspace
    assert bind_at_start(app, (), "TOTHER") == []  # something is bound: nothing automatic any more
    run_org = app.org()
    with app.db.transaction() as session:
        elsewhere = Directory(session).ensure_org("elsewhere")
        Directory(session).bind_workspace(elsewhere.id, "slack", "T2")
    assert bind_at_start(app, ("T1", "T2"), "TOWN") == ["T1"]  # T2 stays where the CLI put it
    assert [(b.workspace_id, b.org_slug) for b in bindings(app, "slack")] == [
        ("T1", run_org.slug),
        ("T2", "elsewhere"),
        ("TOWN", run_org.slug),
    ]
    with app.db.transaction() as session:
        assert session.query(Organization).count() == 2
