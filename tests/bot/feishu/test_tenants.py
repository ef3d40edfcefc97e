"""Who gets in from Feishu: a bound tenant's people join its organisation; elsewhere only invited or
linked people do; one person may use Feishu and another platform as one user."""

from __future__ import annotations

from typer.testing import CliRunner

from bot.cli import cli
from crm_store.models import Identity, Organization, User
from handlers.messages import IncomingMessage, Sender
from tests.bot.feishu.conftest import Feishu


def salesbot(database_url: str, *args: str):  # type: ignore[no-untyped-def]
    env = {"DATABASE_URL": database_url, "DEFAULT_TIMEZONE": "Europe/Berlin"}
    return CliRunner().invoke(cli, list(args), env=env)


async def test_a_bound_tenants_people_join_its_organisation_and_others_stay_out(feishu: Feishu, database_url):
    assert "only invited people get in" in salesbot(database_url, "feishu", "list").output
    bound = salesbot(database_url, "feishu", "bind", "tenant_acme", "--org", "acme", "--name", "Acme Sales")
    assert bound.exit_code == 0 and "Feishu tenant tenant_acme is bound to Acme Sales (acme)" in bound.output
    assert "tenant_acme → Acme Sales (acme)" in salesbot(database_url, "feishu", "list").output

    assert await feishu.dm("/me", user="ou_sam") == 200
    [me] = await feishu.wait_messages(1)
    assert me.text.startswith("Sam Taylor")  # provisioned from the contact directory, and answered
    sam = feishu.user("ou_sam")
    with feishu.app.db.transaction() as session:
        assert sam is not None and session.get(Organization, sam.org_id).slug == "acme" and sam.role == "rep"
        assert sam.timezone == "Europe/Berlin"

    await feishu.dm("/me", user="ou_outsider", tenant="tenant_other")
    refusal = (await feishu.wait_messages(2))[1]
    assert "only work for my team" in refusal.text and feishu.user("ou_outsider") is None

    assert salesbot(database_url, "feishu", "unbind", "tenant_acme").exit_code == 0
    again = salesbot(database_url, "feishu", "unbind", "tenant_acme")
    assert again.exit_code != 0 and "tenant_acme is not bound" in again.output
    assert salesbot(database_url, "feishu", "bind", "-x").exit_code != 0


async def test_one_person_uses_feishu_and_telegram_as_one_user(feishu: Feishu, app, add_user):
    from crm_store.repos.tenancy import Directory

    sam = add_user("Sam Taylor")
    with app.db.transaction() as session:
        code = Directory(session).issue_code(sam.org_id, "link", now=app.clock(), user_id=sam.id)
    assert await feishu.dm(f"/link {code}", user="ou_sam") == 200
    [linked] = await feishu.wait_messages(1)
    assert "Linked" in linked.text and "Feishu" in linked.text and "Sam Taylor" in linked.text

    await feishu.dm("/link", user="ou_sam")  # a code for the next account, asked for from Feishu
    link_code = (await feishu.wait_messages(2))[1].text.split()[4].rstrip(".")
    telegram = IncomingMessage(
        Sender("telegram", "4242", display_name="Sam"), chat_id="4242", text=f"/start {link_code}"
    )
    assert "Linked" in app.assistant.handle(telegram)[0].text
    with app.db.transaction() as session:
        platforms = sorted(i.platform for i in session.query(Identity).filter(Identity.user_id == sam.id))
        assert platforms == ["feishu", "telegram"] and session.query(User).count() == 1
