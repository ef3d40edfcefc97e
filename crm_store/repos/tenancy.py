"""Lookups that come before an organisation is known: orgs, identities, access codes, workspaces."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_store.models import AccessCode, Identity, Organization, ProcessedMessage, User, WorkspaceBinding

DEFAULT_ORG = "default"
# No 0/O/1/I/L: codes are read off one screen and typed on another.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_TTL = timedelta(days=7)


class CodeRejected(Exception):
    """An access code is unknown, expired or already used (`reason` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:64] or "org"


def _hash(code: str) -> str:
    normalised = code.strip().upper().replace("-", "").replace(" ", "")
    return hashlib.sha256(normalised.encode()).hexdigest()


class Directory:
    """The platform-wide rows (organisations, chat identities, access codes, workspace bindings,
    messages already seen), read before an organisation is known: finding the organisation is
    what they are for, so unlike the repositories behind `Store` they are not scoped to one."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def ensure_org(self, slug: str = DEFAULT_ORG, name: str | None = None) -> Organization:
        org = self.org_by_slug(slug)
        if org is None:
            org = Organization(slug=slug, name=name or slug)
            self.session.add(org)
            self.session.flush()
        return org

    def org_by_slug(self, slug: str) -> Organization | None:
        return self.session.scalars(select(Organization).where(Organization.slug == slug)).first()

    def find_identity(self, platform: str, external_id: str) -> Identity | None:
        return self.session.scalars(
            select(Identity).where(Identity.platform == platform, Identity.external_id == external_id)
        ).first()

    def link_identity(
        self, user: User, platform: str, external_id: str, chat_id: str | None = None
    ) -> Identity:
        """Attach a chat account to a user (moving it if it pointed at someone else)."""
        identity = self.find_identity(platform, external_id)
        if identity is None:
            identity = Identity(
                org_id=user.org_id,
                user_id=user.id,
                platform=platform,
                external_id=external_id,
                chat_id=chat_id,
            )
            self.session.add(identity)
        else:
            identity.org_id, identity.user_id = user.org_id, user.id
            identity.chat_id = chat_id or identity.chat_id
        self.session.flush()
        return identity

    def add_identity(
        self, user: User, platform: str, external_id: str, chat_id: str | None = None
    ) -> Identity:
        """Attach a chat account that must be new; a concurrent twin fails with IntegrityError."""
        identity = Identity(
            org_id=user.org_id, user_id=user.id, platform=platform, external_id=external_id, chat_id=chat_id
        )
        self.session.add(identity)
        self.session.flush()
        return identity

    def issue_code(
        self,
        org_id: int,
        purpose: str,
        *,
        now: datetime,
        role: str | None = None,
        display_name: str | None = None,
        user_id: int | None = None,
        created_by_id: int | None = None,
        ttl: timedelta = CODE_TTL,
    ) -> str:
        """Create a one-time code and return it in plain text (only its hash is stored)."""
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))
        self.session.add(
            AccessCode(
                org_id=org_id,
                code_hash=_hash(code),
                purpose=purpose,
                role=role,
                display_name=display_name,
                user_id=user_id,
                created_by_id=created_by_id,
                created_at=now,
                expires_at=now + ttl,
            )
        )
        self.session.flush()
        return code

    def redeem_code(self, code: str, *, now: datetime) -> AccessCode:
        """Mark a code used (single use) and return it; raise `CodeRejected` otherwise."""
        row = self.session.scalars(
            select(AccessCode).where(AccessCode.code_hash == _hash(code)).with_for_update()
        ).first()
        if row is None:
            raise CodeRejected("unknown")
        if row.used_at is not None:
            raise CodeRejected("used")
        if row.expires_at <= now:
            raise CodeRejected("expired")
        row.used_at = now
        return row

    def bind_workspace(self, org_id: int, platform: str, workspace_id: str) -> WorkspaceBinding:
        binding = self.session.scalars(
            select(WorkspaceBinding).where(
                WorkspaceBinding.platform == platform, WorkspaceBinding.workspace_id == workspace_id
            )
        ).first()
        if binding is None:
            binding = WorkspaceBinding(org_id=org_id, platform=platform, workspace_id=workspace_id)
            self.session.add(binding)
        else:
            binding.org_id = org_id
        self.session.flush()
        return binding

    def org_for_workspace(self, platform: str, workspace_id: str) -> int | None:
        return self.session.scalar(
            select(WorkspaceBinding.org_id).where(
                WorkspaceBinding.platform == platform, WorkspaceBinding.workspace_id == workspace_id
            )
        )

    def unbind_workspace(self, platform: str, workspace_id: str) -> bool:
        binding = self.session.scalars(
            select(WorkspaceBinding).where(
                WorkspaceBinding.platform == platform, WorkspaceBinding.workspace_id == workspace_id
            )
        ).first()
        if binding is None:
            return False
        self.session.delete(binding)
        return True

    def workspace_bindings(self, platform: str) -> list[tuple[str, str, str]]:
        """(workspace id, organisation slug, organisation name) of every bound workspace."""
        rows = self.session.execute(
            select(WorkspaceBinding.workspace_id, Organization.slug, Organization.name)
            .join(Organization, Organization.id == WorkspaceBinding.org_id)
            .where(WorkspaceBinding.platform == platform)
            .order_by(WorkspaceBinding.workspace_id)
        ).all()
        return [(workspace, slug, name) for workspace, slug, name in rows]

    def any_workspace_bound(self, platform: str) -> bool:
        return (
            self.session.scalar(
                select(WorkspaceBinding.id).where(WorkspaceBinding.platform == platform).limit(1)
            )
            is not None
        )

    # Users, before their organisation is known --------------------------------------
    def user(self, user_id: int | None) -> User | None:
        return self.session.get(User, user_id) if user_id is not None else None

    def user_of(self, platform: str, external_id: str) -> User | None:
        """The user behind a chat account, if the account is known."""
        identity = self.find_identity(platform, external_id)
        return self.user(identity.user_id) if identity is not None else None

    # Messages already seen ------------------------------------------------------------
    def first_time(self, platform: str, key: str) -> bool:
        """Remember `key`; False if it was seen before (platforms redeliver)."""
        try:
            with self.session.begin_nested():
                self.session.add(ProcessedMessage(platform=platform, message_key=key[:200]))
                self.session.flush()
        except IntegrityError:
            return False
        return True

    # What a message tells about its sender ---------------------------------------------
    def seen(self, user: User, platform: str) -> None:
        """`user` wrote from `platform` now: that is where they are reachable."""
        user.last_platform = platform

    def identity_seen(self, identity: Identity, now: datetime, chat_id: str | None) -> None:
        identity.last_seen_at = now
        if chat_id is not None:
            identity.chat_id = chat_id

    def code_used_by(self, code: AccessCode, user: User) -> None:
        code.used_by_id = user.id

    # Organisations and code guessing ---------------------------------------------------
    def organisations(self) -> Sequence[Organization]:
        return self.session.scalars(select(Organization).order_by(Organization.slug)).all()

    def record_code_miss(self, platform: str, external_id: str, *, now: datetime) -> None:
        """Remember one wrong, used or expired code from this sender (for throttling guessers)."""
        key = _code_miss_prefix(external_id) + secrets.token_hex(6)
        self.session.add(ProcessedMessage(platform=platform, message_key=key, created_at=now))

    def code_misses(self, platform: str, external_id: str, *, since: datetime) -> int:
        """How many codes this sender got wrong since `since`."""
        query = (
            select(func.count())
            .select_from(ProcessedMessage)
            .where(
                ProcessedMessage.platform == platform,
                ProcessedMessage.message_key.startswith(_code_miss_prefix(external_id)),
                ProcessedMessage.created_at >= since,
            )
        )
        return self.session.scalar(query) or 0


def _code_miss_prefix(external_id: str) -> str:
    return "code-miss:" + hashlib.sha256(external_id.encode("utf-8", "replace")).hexdigest()[:24] + ":"
