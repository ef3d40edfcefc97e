"""Logged interactions: calls, meetings, visits, emails, messages, notes, complaints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from crm_store.errors import InvalidValue
from crm_store.limits import TEXT_LIMITS, check_moment
from crm_store.models import ACTIVITY_KINDS, Activity
from crm_store.repos.base import Repo, clean_text


class ActivityRepo(Repo):
    def get(self, activity_id: int | None) -> Activity | None:
        return self._get(Activity, activity_id)

    def add(
        self,
        kind: str,
        summary: str,
        *,
        customer_id: int | None,
        contact_id: int | None = None,
        deal_id: int | None = None,
        occurred_at: datetime | None = None,
        next_step: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Activity:
        if kind not in ACTIVITY_KINDS:
            raise InvalidValue("kind", "unknown", allowed=", ".join(ACTIVITY_KINDS))
        actor = self.store.actor
        activity = Activity(
            org_id=self.org_id,
            kind=kind,
            summary=clean_text("summary", summary, limit=TEXT_LIMITS["activities.summary"], required=True),
            occurred_at=check_moment("date", occurred_at, self.store.now()) or self.store.now(),
            customer_id=customer_id,
            contact_id=contact_id,
            deal_id=deal_id,
            author_id=actor.user_id,
            next_step=clean_text("next_step", next_step, limit=TEXT_LIMITS["activities.next_step"]),
            platform=actor.platform,
            message_id=actor.message_id,
            extra=extra,
        )
        self.store.audit.created(activity)
        return activity

    def update(
        self,
        activity: Activity,
        *,
        summary: str | None = None,
        kind: str | None = None,
        occurred_at: datetime | None = None,
    ) -> Activity:
        """Correct what was logged: its text, its kind or its day."""
        if kind is not None and kind not in ACTIVITY_KINDS:
            raise InvalidValue("kind", "unknown", allowed=", ".join(ACTIVITY_KINDS))
        with self.store.audit.updating(activity):
            if summary is not None:
                limit = TEXT_LIMITS["activities.summary"]
                activity.summary = clean_text("summary", summary, limit=limit, required=True)
            if kind is not None:
                activity.kind = kind
            if occurred_at is not None:
                activity.occurred_at = check_moment("date", occurred_at, self.store.now())
        return activity

    def delete(self, activity: Activity) -> None:
        self.store.audit.deleted(activity)

    def latest(self, author_id: int, *, customer_id: int | None = None) -> Activity | None:
        """The newest activity this user logged (about this customer)."""
        query = self._scoped(Activity).where(Activity.author_id == author_id)
        if customer_id is not None:
            query = query.where(Activity.customer_id == customer_id)
        return self.session.scalars(
            query.order_by(Activity.created_at.desc(), Activity.id.desc()).limit(1)
        ).first()

    def recent(self, customer_id: int, limit: int = 3) -> Sequence[Activity]:
        return self.session.scalars(
            self._scoped(Activity)
            .where(Activity.customer_id == customer_id)
            .order_by(Activity.occurred_at.desc(), Activity.id.desc())
            .limit(limit)
        ).all()

    def all(self) -> Sequence[Activity]:
        return self.session.scalars(self._scoped(Activity).order_by(Activity.id)).all()

    def last_contact_at(self, customer_id: int) -> datetime | None:
        return self.session.scalar(
            select(func.max(Activity.occurred_at)).where(
                Activity.org_id == self.org_id, Activity.customer_id == customer_id
            )
        )
