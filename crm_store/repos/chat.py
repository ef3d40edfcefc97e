"""Questions the bot asked with buttons, waiting for the user's choice."""

from __future__ import annotations

from typing import Any

from crm_store.models import PendingChoice
from crm_store.repos.base import Repo


class PendingChoiceRepo(Repo):
    def ask(self, kind: str, data: dict[str, Any]) -> PendingChoice:
        user_id = self.store.actor.user_id
        assert user_id is not None, "only a user can be asked"
        choice = PendingChoice(org_id=self.org_id, user_id=user_id, kind=kind, data=data)
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
