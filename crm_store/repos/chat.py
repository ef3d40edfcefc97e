"""Questions the bot asked with buttons, waiting for the user's choice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import ORMExecuteState, Session

from crm_store.models import PendingChoice
from crm_store.repos.base import Repo

# Reading one message asks "the user's newest open X?" a score of times (the card waiting, the message
# just stored, the question without a name…), with nothing written in between. The answer is kept in the
# session until anything is flushed, a statement updates or deletes rows, or a transaction or savepoint
# ends: then the database is asked again, so the kept answer is always what the query would return.
_LATEST = "pending_latest"  # session.info key: {(org, user, kind): newest open choice or None}


def _forget_latest(session: Session, *_: object) -> None:
    session.info.pop(_LATEST, None)


def _forget_after_writing(state: ORMExecuteState) -> None:
    if state.is_update or state.is_delete or state.is_insert:
        _forget_latest(state.session)


for _name in ("after_flush", "after_transaction_end", "after_soft_rollback"):
    event.listen(Session, _name, _forget_latest)
event.listen(Session, "do_orm_execute", _forget_after_writing)


class PendingChoiceRepo(Repo):
    def ask(self, kind: str, data: dict[str, Any]) -> PendingChoice:
        user_id = self.store.actor.user_id
        assert user_id is not None, "only a user can be asked"
        choice = PendingChoice(
            org_id=self.org_id, user_id=user_id, kind=kind, data=data, created_at=self.store.now()
        )
        self.session.add(choice)
        self.session.flush()
        return choice

    def take(self, choice_id: int) -> PendingChoice | None:
        """The open question with this id, asked of this user; marks it answered."""
        choice = self._get(PendingChoice, choice_id)
        if choice is None or choice.user_id != self.store.actor.user_id or choice.resolved_at:
            return None
        choice.resolved_at = self.store.now()
        return choice

    def held(self, choice_id: int, kind: str) -> PendingChoice | None:
        """This user's open question of `kind` with this id, left open (a list's pages can be
        turned again and again)."""
        choice = self._get(PendingChoice, choice_id)
        if choice is None or choice.kind != kind or choice.user_id != self.store.actor.user_id:
            return None
        return None if choice.resolved_at else choice

    def latest(self, kind: str) -> PendingChoice | None:
        """This user's newest open record of `kind` (e.g. the last free-text message that stored)."""
        kept: dict[tuple[int, int | None, str], PendingChoice | None]
        kept = self.session.info.setdefault(_LATEST, {})
        key = (self.org_id, self.store.actor.user_id, kind)
        if key in kept and _still_open(self.session, kept[key]):
            return kept[key]
        newest = self._newest_open(kind)
        self.session.info.setdefault(_LATEST, {})[key] = newest  # the query's autoflush may have cleared it
        return newest

    def _newest_open(self, kind: str) -> PendingChoice | None:
        return self.session.scalars(
            self._scoped(PendingChoice)
            .where(
                PendingChoice.user_id == self.store.actor.user_id,
                PendingChoice.kind == kind,
                PendingChoice.resolved_at.is_(None),
            )
            .order_by(PendingChoice.id.desc())
            .limit(1)
        ).first()

    def newest_of(self, kinds: Iterable[str], *, limit: int = 2) -> list[PendingChoice]:
        """This user's newest records of these kinds, answered or not, newest first."""
        return list(
            self.session.scalars(
                self._scoped(PendingChoice)
                .where(PendingChoice.user_id == self.store.actor.user_id, PendingChoice.kind.in_(list(kinds)))
                .order_by(PendingChoice.id.desc())
                .limit(limit)
            )
        )

    def asked_of(self, choice_id: int) -> int | None:
        """The user an open question of this organisation waits for (None: no such open question)."""
        choice = self._get(PendingChoice, choice_id)
        return choice.user_id if choice is not None and not choice.resolved_at else None

    def take_newest(self, kind: str, *, asked_after: datetime) -> PendingChoice | None:
        """Take this user's newest open question of `kind`, if it was asked after `asked_after`.

        Older open ones of that kind are closed too: only the newest one waits.
        """
        newest = self.latest(kind)
        if newest is None:
            return None
        self.session.execute(
            update(PendingChoice)
            .where(
                PendingChoice.org_id == self.org_id,
                PendingChoice.user_id == self.store.actor.user_id,
                PendingChoice.kind == kind,
                PendingChoice.resolved_at.is_(None),
            )
            .values(resolved_at=self.store.now())
            .execution_options(synchronize_session="fetch")
        )
        return newest if newest.created_at > asked_after else None


def _still_open(session: Session, choice: PendingChoice | None) -> bool:
    """A kept answer holds unless it was answered or deleted since, not yet flushed."""
    if choice is None:
        return True
    state = inspect(choice)
    gone = state.deleted or state.detached or choice in session.deleted
    return choice.resolved_at is None and not gone
