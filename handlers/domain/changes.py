"""Undoing changes: the one operation behind /undo, its button and free-text corrections.

A change set is everything one message changed (crm_store's audit trail). Only its author may
undo it: a manager who disagrees makes a new change instead, so nobody's work silently vanishes.
"""

from __future__ import annotations

from crm_store.audit import UndoError
from crm_store.models import ChangeSet
from handlers.domain.acting import Acting
from handlers.errors import Refused
from handlers.i18n import N_


class NotYours(Refused):
    """Someone else's change: `name` is its author (the buttons that undo it are theirs)."""

    def __init__(self, name: str) -> None:
        super().__init__(N_("These buttons are for {name}."), name=name)
        self.name = name


def last_change(acting: Acting) -> ChangeSet | None:
    """The acting user's newest change that is not undone yet."""
    return acting.store.changes.last_of(acting.user.id)


def behind_its_follow_up(acting: Acting, last: ChangeSet, message: int | None) -> ChangeSet:
    """The change set of the message `message` when `last` only ticked off reminders right after it (a
    button its question offered: "Close its reminder?"), so that a correction of the message still finds
    it; `last` otherwise."""
    earlier = acting.store.changes.before(last) if message is not None and last.id != message else None
    if earlier is None or earlier.id != message:
        return last
    return earlier if acting.store.changes.only_updates(last.id, "reminders") else last


def undo_its_follow_up(acting: Acting, message: ChangeSet) -> None:
    """Undo the reminders a message's button ticked off right after it (`behind_its_follow_up`), before the
    message itself is undone or put right: they went with it."""
    newest = last_change(acting)
    if newest is None or newest.id == message.id:
        return
    if behind_its_follow_up(acting, newest, message.id) is not newest:
        undo_change(acting, newest.id)


def undo_last(acting: Acting) -> ChangeSet:
    """Undo the acting user's newest change."""
    last = last_change(acting)
    if last is None:
        raise Refused(N_("There is nothing of yours to undo."))
    return _undo(acting, last)


def undo_change(acting: Acting, change_set_id: int | None) -> ChangeSet:
    """Undo one given change set (an Undo button): only its author may."""
    change_set = acting.store.changes.get(change_set_id) if change_set_id is not None else None
    if change_set is None:
        raise Refused(N_("That button no longer works."))
    if change_set.user_id != acting.user.id:
        author = acting.store.users.get(change_set.user_id) if change_set.user_id else None
        if author is None:
            raise Refused(N_("That button no longer works."))
        raise NotYours(author.display_name)
    return _undo(acting, change_set)


def redo_change(acting: Acting, change_set_id: int) -> ChangeSet | None:
    """Put back one change set of the acting user's that was undone (a correction's question cancelled:
    the record it took back returns); None when it cannot be (not undone, or later changes are in the way)."""
    change_set = acting.store.changes.get(change_set_id)
    if change_set is None or change_set.user_id != acting.user.id:
        return None
    try:
        with acting.store.savepoint():
            return acting.store.changes.redo(change_set_id)
    except UndoError:
        return None


def _undo(acting: Acting, change_set: ChangeSet) -> ChangeSet:
    try:
        return acting.store.changes.undo(change_set.id)
    except UndoError as error:
        if str(error) == "already undone":
            raise Refused(N_("That was already undone.")) from None
        raise Refused(N_("I can't undo that: later changes depend on it.")) from None
