"""Organisations, users and the platform identities that map chat accounts to users."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crm_store.models.base import Base, OrgScoped
from crm_store.types import utcnow

ROLES = ("rep", "manager", "admin")


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(OrgScoped, Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("org_id", "display_name"),)

    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))  # matches owners in imported files
    role: Mapped[str] = mapped_column(String(16), default="rep")
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16))
    work_start: Mapped[time] = mapped_column(Time, default=time(8))
    work_end: Mapped[time] = mapped_column(Time, default=time(20))
    digest_time: Mapped[time] = mapped_column(Time, default=time(8, 30))
    preferred_platform: Mapped[str | None] = mapped_column(String(32))
    last_platform: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")


class Identity(OrgScoped, Base):
    """One chat account (platform + its id) belonging to one user; a user may have several."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    # Where to reach the user on this platform (a DM chat id, a Slack DM channel ...).
    chat_id: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column()


class WorkspaceBinding(Base):
    """A chat workspace (e.g. a Slack team) whose members belong to one organisation."""

    __tablename__ = "workspace_bindings"
    __table_args__ = (UniqueConstraint("platform", "workspace_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AccessCode(OrgScoped, Base):
    """A one-time code: an invitation for a new user, or a link for an existing one."""

    __tablename__ = "access_codes"

    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(16))  # invite | link
    role: Mapped[str | None] = mapped_column(String(16))
    display_name: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # link: who links
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
