"""Undo as a domain operation: the author's newest change, a given change, and who may undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.app import App
from crm_store.models import Customer, User
from crm_store.system import System
from handlers.domain.changes import NotYours, last_change, undo_change, undo_last
from handlers.domain.customers import CustomerFields, add_customer
from handlers.errors import Refused
from tests.handlers.test_domain import Acting


def act(app: App, session, user: User) -> Acting:  # type: ignore[no-untyped-def]
    """One message's worth of acting: its own store, so its writes are one change set."""
    me = session.get(User, user.id)
    return Acting(app.store(System(session), user.id, audit=True), me, app.settings)


def test_undo_last_takes_back_the_authors_newest_change_only(app: App, add_user: Callable[..., User]) -> None:
    rita, sam = add_user("Rita"), add_user("Sam")
    with app.db.transaction() as session:
        add_customer(act(app, session, rita), "Acme", CustomerFields())
        add_customer(act(app, session, rita), "Birch", CustomerFields())
        add_customer(act(app, session, sam), "Cedar", CustomerFields())
    with app.db.transaction() as session:
        undone = undo_last(act(app, session, rita))
        assert undone.user_id == rita.id
        names = {c.name for c in session.query(Customer)}
        assert names == {"Acme", "Cedar"}  # Rita's newest (Birch) went; Sam's stayed
        assert last_change(act(app, session, rita)) is not None  # Acme is next in line
        undo_last(act(app, session, rita))
        with pytest.raises(Refused) as nothing:
            undo_last(act(app, session, rita))
        assert nothing.value.msgid == "There is nothing of yours to undo."
        assert {c.name for c in session.query(Customer)} == {"Cedar"}


def test_a_given_change_only_by_its_author_and_only_once(app: App, add_user: Callable[..., User]) -> None:
    rita, sam = add_user("Rita"), add_user("Sam")
    with app.db.transaction() as session:
        rep = act(app, session, rita)
        add_customer(rep, "Acme", CustomerFields())
        change_set_id = rep.store.audit.change_set.id
    with app.db.transaction() as session:
        with pytest.raises(NotYours) as someone_else:
            undo_change(act(app, session, sam), change_set_id)
        assert someone_else.value.name == "Rita"
        assert session.query(Customer).count() == 1  # nothing was undone
        undo_change(act(app, session, rita), change_set_id)
        assert session.query(Customer).count() == 0
        with pytest.raises(Refused) as again:
            undo_change(act(app, session, rita), change_set_id)
        assert again.value.msgid == "That was already undone."
        for unknown in (None, change_set_id + 1000):
            with pytest.raises(Refused) as gone:
                undo_change(act(app, session, rita), unknown)
            assert gone.value.msgid == "That button no longer works."
