"""Users of one organisation: roles, teams, preferences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from sqlalchemy import func, select

from crm_store.errors import InvalidValue
from crm_store.limits import TEXT_LIMITS
from crm_store.models import ROLES, Activity, Customer, Deal, Identity, Reminder, User
from crm_store.repos.base import Repo, clean_text
from crm_store.teams import team_members, viewed_teams

# Who owns what: the records that change hands when a user is retired into another.
_OWNED = ((Customer, "owner_id"), (Deal, "owner_id"), (Reminder, "owner_id"), (Activity, "author_id"))


class UserRepo(Repo):
    def get(self, user_id: int | None) -> User | None:
        return self._get(User, user_id)

    def require(self, user_id: int) -> User:
        return self._require(User, user_id)

    def by_name(self, name: str) -> User | None:
        return self.session.scalars(
            self._scoped(User).where(func.lower(User.display_name) == name.strip().lower())
        ).first()

    def all(self) -> Sequence[User]:
        return self.session.scalars(self._scoped(User).order_by(User.id)).all()

    def names(self) -> dict[int, str]:
        """Every user's display name by id (for lists that show owners)."""
        return dict(
            self.session.execute(select(User.id, User.display_name).where(User.org_id == self.org_id)).all()
        )

    def managers(self) -> Sequence[User]:
        return self.session.scalars(
            self._scoped(User).where(User.role.in_(("manager", "admin")), User.active.is_(True))
        ).all()

    def unique_name(self, wanted: str) -> str:
        """`wanted`, or `wanted (2)`, ... so that names stay unique within the organisation."""
        base = clean_text("name", wanted, limit=TEXT_LIMITS["users.display_name"], required=True) or "user"
        name, n = base, 1
        while self.by_name(name) is not None:
            n += 1
            name = f"{base} ({n})"
        return name

    def add(
        self,
        name: str,
        *,
        role: str = "rep",
        timezone: str,
        locale: str,
        manager_id: int | None = None,
        work_hours: tuple[time, time] = (time(8), time(20)),
        digest_time: time = time(8, 30),
    ) -> User:
        if role not in ROLES:
            raise InvalidValue("role", "unknown", allowed=", ".join(ROLES))
        user = User(
            org_id=self.org_id,
            display_name=self.unique_name(name),
            role=role,
            manager_id=manager_id,
            timezone=timezone,
            locale=locale,
            work_start=work_hours[0],
            work_end=work_hours[1],
            digest_time=digest_time,
        )
        self.store.audit.created(user)
        return user

    def update(self, user: User, **fields: Any) -> User:
        if "role" in fields and fields["role"] not in ROLES:
            raise InvalidValue("role", "unknown", allowed=", ".join(ROLES))
        with self.store.audit.updating(user):
            for key, value in fields.items():
                setattr(user, key, value)
        return user

    def team_ids(self, manager: User) -> set[int]:
        """The manager and everyone reporting to them, directly or indirectly (whose records they manage)."""
        return set(team_members(self.all())[manager.id])

    def team_view_ids(self, manager: User) -> set[int]:
        """Whose records the manager's lists and questions show (`teams.viewed_teams`)."""
        return set(viewed_teams(self.all())[manager.id])

    def identities(self, user_id: int) -> Sequence[Identity]:
        return self.session.scalars(
            self._scoped(Identity).where(Identity.user_id == user_id).order_by(Identity.id)
        ).all()

    def retire_into(self, source: User, target: User) -> int:
        """Retire a user whose chat account moved to someone else (one person, one history).

        When an account that was provisioned automatically (a Slack workspace member) links to an
        existing user with a link code, the provisional user is left without any chat account.
        What they recorded goes to `target` (same organisation only), and `source` is
        deactivated; every change is audited, so it can be undone. Returns how many records
        changed hands.
        """
        moved = 0
        if source.org_id == target.org_id == self.org_id:
            for model, column in _OWNED:
                attribute = getattr(model, column)
                for row in self.session.scalars(self._scoped(model).where(attribute == source.id)).all():
                    with self.store.audit.updating(row):
                        setattr(row, column, target.id)
                    moved += 1
            for report in self.all():
                if report.manager_id == source.id and report.id != target.id:
                    self.update(report, manager_id=target.id)
        self.update(source, active=False)
        return moved
