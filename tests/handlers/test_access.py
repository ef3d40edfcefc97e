"""Who may talk to the bot: invitations, link codes, bound workspaces, strangers, duplicates."""

from __future__ import annotations

from datetime import timedelta

from crm_store.repos.tenancy import Directory
from crm_store.system import System
from handlers.messages import IncomingMessage, Sender
from tests.conftest import texts


def telegram(user_id: str, text: str = "", *, message_id: str | None = None, language: str | None = None,
             payload: str | None = None) -> IncomingMessage:  # fmt: skip
    return IncomingMessage(
        sender=Sender("telegram", user_id, display_name=f"TG {user_id}", language=language),
        chat_id=user_id, text=text, message_id=message_id, payload=payload,
    )  # fmt: skip


def invite_code(chat, role: str = "rep", name: str = "") -> str:
    reply = texts(chat.send(f"/invite {role} {name}".strip()))
    return reply.split(": ", 1)[1].split()[0]


def test_stranger_gets_one_polite_refusal_and_nothing_else(app, chat) -> None:
    chat.send("/customer add Secret Customer")
    first = app.assistant.handle(telegram("666", "/find secret"))
    assert len(first) == 1 and "ask your admin for an invitation code" in first[0].text
    assert app.assistant.handle(telegram("666", "/find secret", message_id="2")) == []
    assert app.assistant.handle(telegram("666", "/deal Secret 1m", message_id="3")) == []
    assert "Secret" not in texts(first)


def test_invitation_code_joins_once(app, chat) -> None:
    code = invite_code(chat, "rep", "Jane Rep")
    welcome = texts(app.assistant.handle(telegram("100", f"/start {code}", language="zh-hans")))
    assert "Jane Rep" in welcome
    assert "Jane Rep" in texts(app.assistant.handle(telegram("100", "/me")))
    with app.db.transaction() as session:
        jane = app.store(System(session)).users.by_name("Jane Rep")
        assert (jane.role, jane.locale) == ("rep", "zh")
    # single use: a second account cannot reuse it
    again = texts(app.assistant.handle(telegram("200", f"/start {code}")))
    assert "already been used" in again


def test_expired_code_is_refused(app, chat, clock) -> None:
    code = invite_code(chat)
    clock.advance(days=8)
    assert "expired" in texts(app.assistant.handle(telegram("300", f"/start {code}")))


def test_link_code_gives_one_history_across_platforms(app, admin, chat) -> None:
    reply = texts(chat.send("/link"))
    code = reply.split("link code is ", 1)[1].split(".")[0]
    linked = texts(app.assistant.handle(telegram("400", f"/link {code}")))
    assert admin.display_name in linked
    app.assistant.handle(telegram("400", "/customer add Linked Corp"))
    assert "Linked Corp" in texts(chat.send("/find linked corp"))
    with app.db.transaction() as session:
        platforms = {i.platform for i in app.store(System(session)).users.identities(admin.id)}
    assert platforms == {"console", "telegram"}


def test_bound_workspace_members_are_provisioned_as_reps(app) -> None:
    with app.db.transaction() as session:
        Directory(session).bind_workspace(app.org().id, "slack", "T1")
    message = IncomingMessage(Sender("slack", "T1:U9", display_name="Sally", timezone="America/Chicago",
                                     workspace="T1"), chat_id="D9", text="/me")  # fmt: skip
    assert "Sally · rep" in texts(app.assistant.handle(message))
    foreign = IncomingMessage(Sender("slack", "T2:U1", workspace="T2"), chat_id="D1", text="/me")
    assert "I don't work in this workspace" in texts(app.assistant.handle(foreign))


def test_a_redelivered_message_is_processed_once(app, chat) -> None:
    code = invite_code(chat)
    app.assistant.handle(telegram("500", f"/start {code}", message_id="1"))
    first = app.assistant.handle(telegram("500", "/customer add Twice Ltd", message_id="77"))
    assert "New customer Twice Ltd" in texts(first)
    assert app.assistant.handle(telegram("500", "/customer add Twice Ltd", message_id="77")) == []
    with app.db.transaction() as session:
        assert [c.name for c in app.store(System(session)).customers.all()] == ["Twice Ltd"]


def test_other_organisations_stay_invisible(app, chat, clock) -> None:
    chat.send("/customer add Acme Corporation")
    with app.db.transaction() as session:
        other = Directory(session).ensure_org("rival", "Rival Inc")
        code = Directory(session).issue_code(other.id, "invite", now=clock(), role="admin")
    app.assistant.handle(telegram("900", f"/start {code}"))
    reply = texts(app.assistant.handle(telegram("900", "/find Acme Corporation")))
    assert "Create" in reply or "don't know" in reply
    assert "No open deals" in texts(app.assistant.handle(telegram("900", "/pipeline")))


def test_codes_are_stored_hashed(app, chat) -> None:
    code = invite_code(chat)
    with app.db.transaction() as session:
        from crm_store.models import AccessCode

        stored = session.query(AccessCode).one()
        assert code not in stored.code_hash and len(stored.code_hash) == 64
        assert stored.expires_at - stored.created_at == timedelta(days=7)
