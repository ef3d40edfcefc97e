"""Questions the bot asked with buttons, waiting for the user's choice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import update

from crm_store.models import PendingChoice
from crm_store.repos.base import Repo


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
