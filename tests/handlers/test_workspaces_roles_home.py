"""Platform-neutral pieces the Slack adapter relies on: workspace admission, /role, mentions,
linking a provisional account, and the home view. Driven through the assistant directly."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from bot.console import ConsoleChat
from crm_store.models import Reminder, User
from crm_store.repos import tenancy
from crm_store.repos.tenancy import Directory
from handlers.messages import IncomingMessage, Sender
from tests.conftest import texts


def slack_msg(
    text: str, user: str = "U1", team: str = "T1", *, name: str = "Jane Doe", mid: str = ""
) -> IncomingMessage:
    return IncomingMessage(
        sender=Sender("slack", f"{team}:{user}", display_name=name, timezone="Asia/Tokyo", workspace=team),
        chat_id=f"D{user}",
        text=text,
        message_id=mid or None,
        is_command=True,
    )


def bind(app, team: str, slug: str = tenancy.DEFAULT_ORG) -> int:
    with app.db.transaction() as session:
        org = Directory(session).ensure_org(slug)
        Directory(session).bind_workspace(org.id, "slack", team)
        return org.id


def identity_user(app, external_id: str) -> User | None:
    with app.db.transaction() as session:
        identity = Directory(session).find_identity("slack", external_id)
        return session.get(User, identity.user_id) if identity else None


def test_a_bound_workspace_provisions_reps_and_an_unbound_one_is_refused(app):
    bind(app, "T1")
    assert texts(app.assistant.handle(slack_msg("help"))).startswith("I keep your customers")
    jane = identity_user(app, "T1:U1")
    assert (jane.display_name, jane.role, jane.timezone) == ("Jane Doe", "rep", "Asia/Tokyo")

    refusal = texts(app.assistant.handle(slack_msg("help", "U9", "T9")))
    assert "salesbot slack bind T9" in refusal
    assert app.assistant.handle(slack_msg("link ABCDEFGHJK", "U9", "T9")) == []  # once a day, codes too
    assert identity_user(app, "T9:U9") is None

    with app.db.transaction() as session:  # unbinding shuts out even a known account
        session.query(tenancy.WorkspaceBinding).delete()
    assert "salesbot slack bind T1" in texts(app.assistant.handle(slack_msg("help")))


def test_simultaneous_first_messages_of_a_new_member_provision_one_user(app):
    bind(app, "T1")
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda n: app.assistant.handle(slack_msg("help", mid=str(n))), range(6)))
    assert all(texts(replies).startswith("I keep your customers") for replies in results)
    with app.db.transaction() as session:
        assert [u.display_name for u in session.query(User).all()] == ["Jane Doe"]


def test_admin_sets_roles_by_name_or_mention_and_can_undo(app, chat, add_user, admin):
    sam = add_user("Sam Taylor")
    bind(app, "T1")
    with app.db.transaction() as session:
        Directory(session).link_identity(session.get(User, sam.id), "slack", "T1:U7")

    reply = chat.send("/role <@slack:T1:U7> manager")  # the adapter's neutral mention token
    assert texts(reply) == "Sam Taylor is now manager."
    assert identity_user(app, "T1:U7").role == "manager"
    chat.press("Undo")
    assert identity_user(app, "T1:U7").role == "rep"

    assert texts(chat.send("/role admin @Sam Taylor")) == "Sam Taylor is now admin."
    assert "already" in texts(chat.send("/role @sam taylor admin"))
    assert "don't know that person" in texts(chat.send("/role <@slack:T1:U404> manager"))
    assert "no user called Nobody" in texts(chat.send("/role @Nobody manager"))
    assert texts(chat.send("/role")).startswith("Usage: /role")


def test_the_last_admin_cannot_step_down_and_others_may_not_use_role(app, chat, add_user, admin):
    sam = add_user("Sam Taylor", role="manager")
    assert "only admin" in texts(chat.send(f"/role @{admin.display_name} rep"))
    as_sam = ConsoleChat(app.assistant, sam.id)
    assert texts(as_sam.send("/role @Sam Taylor admin")) == "Only an admin can use /role."
    assert "/role" not in texts(as_sam.send("/help")) and "/role" in texts(chat.send("/help"))


def test_mentions_of_known_users_read_as_names_in_logged_text(app, chat, add_user):
    sam = add_user("Sam Taylor")
    with app.db.transaction() as session:
        Directory(session).link_identity(session.get(User, sam.id), "slack", "T1:U7")
    chat.send("/customer add Acme Corp")
    assert "@Sam Taylor" in texts(chat.send("/log Acme: demo with <@slack:T1:U7>, went well"))


def test_linking_a_provisional_account_retires_it_into_the_existing_user(app, chat, admin):
    bind(app, "T1")
    app.assistant.handle(slack_msg("remind call Acme tomorrow 10am", mid="1"))
    provisional = identity_user(app, "T1:U1")
    code = next(w for w in texts(chat.send("/link")).split() if len(w) == 10 and w.isupper())

    assert "Linked" in texts(app.assistant.handle(slack_msg(f"link {code}", mid="2")))
    assert identity_user(app, "T1:U1").id == admin.id
    with app.db.transaction() as session:
        assert session.get(User, provisional.id).active is False
        assert [r.owner_id for r in session.query(Reminder).all()] == [admin.id]


def test_linking_across_organisations_keeps_each_organisations_records(app, chat, admin):
    other_org = bind(app, "T2", "branch")
    app.assistant.handle(slack_msg("remind call Acme tomorrow 10am", team="T2", mid="1"))
    provisional = identity_user(app, "T2:U1")
    assert provisional.org_id == other_org
    code = next(w for w in texts(chat.send("/link")).split() if len(w) == 10 and w.isupper())

    assert "Linked" in texts(app.assistant.handle(slack_msg(f"link {code}", team="T2", mid="2")))
    with app.db.transaction() as session:
        assert session.get(User, provisional.id).active is False
        [reminder] = session.query(Reminder).all()
        assert (reminder.owner_id, reminder.org_id) == (provisional.id, other_org)


def test_home_lists_todays_follow_ups_overdue_first_and_open_deals(app, chat, admin, clock):
    chat.send("/customer add Acme Corp")
    chat.send("/deal Acme 50k proposal close 15 Dec")
    chat.send("/remind Acme send the quote in 2 hours")
    chat.send("/remind Acme call Jane in 1 hour")
    chat.send("/remind Acme visit next week")
    clock.advance(hours=1, minutes=30)  # "call Jane" is now overdue

    home = app.assistant.home(Sender("console", str(admin.id)))
    follow_ups, deals = home.sections
    assert [line.split(" — ")[1] for line in follow_ups.lines] == [
        "call Jane (Acme Corp)",
        "send the quote (Acme Corp)",
    ]
    assert follow_ups.lines[0].startswith("⚠️")
    assert (
        deals.title == "Your open deals (1)" and "Acme Corp" in deals.lines[0] and "$50,000" in deals.lines[0]
    )
    assert home.title.startswith(f"Hello {admin.display_name}!")

    stranger = app.assistant.home(Sender("slack", "T9:U1", workspace="T9"))
    assert stranger.sections == () and "salesbot slack bind T9" in stranger.note
    assert app.assistant.home(Sender("slack", "T9:U1", workspace="T9")).note  # never an empty page
    with app.db.transaction() as session:
        assert session.query(Reminder).filter(Reminder.due_at < clock() + timedelta(days=1)).count() == 2
