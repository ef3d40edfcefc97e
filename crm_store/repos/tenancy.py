"""Lookups that come before an organisation is known: orgs, identities, access codes, workspaces."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
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


def ensure_org(session: Session, slug: str = DEFAULT_ORG, name: str | None = None) -> Organization:
    org = org_by_slug(session, slug)
    if org is None:
        org = Organization(slug=slug, name=name or slug)
        session.add(org)
        session.flush()
    return org


def organisations(session: Session) -> Sequence[Organization]:
    return session.scalars(select(Organization).order_by(Organization.slug)).all()


def org_by_slug(session: Session, slug: str) -> Organization | None:
    return session.scalars(select(Organization).where(Organization.slug == slug)).first()


def find_identity(session: Session, platform: str, external_id: str) -> Identity | None:
    return session.scalars(
        select(Identity).where(Identity.platform == platform, Identity.external_id == external_id)
    ).first()


def link_identity(
    session: Session, user: User, platform: str, external_id: str, chat_id: str | None = None
) -> Identity:
    """Attach a chat account to a user (moving it if it pointed at someone else)."""
    identity = find_identity(session, platform, external_id)
    if identity is None:
        identity = Identity(
            org_id=user.org_id, user_id=user.id, platform=platform, external_id=external_id, chat_id=chat_id
        )
        session.add(identity)
    else:
        identity.org_id, identity.user_id = user.org_id, user.id
        identity.chat_id = chat_id or identity.chat_id
    session.flush()
    return identity


def add_identity(
    session: Session, user: User, platform: str, external_id: str, chat_id: str | None = None
) -> Identity:
    """Attach a chat account that must be new; a concurrent twin fails with IntegrityError."""
    identity = Identity(
        org_id=user.org_id, user_id=user.id, platform=platform, external_id=external_id, chat_id=chat_id
    )
    session.add(identity)
    session.flush()
    return identity


def _hash(code: str) -> str:
    normalised = code.strip().upper().replace("-", "").replace(" ", "")
    return hashlib.sha256(normalised.encode()).hexdigest()


def issue_code(
    session: Session,
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
    session.add(
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
    session.flush()
    return code


def redeem_code(session: Session, code: str, *, now: datetime) -> AccessCode:
    """Mark a code used (single use) and return it; raise `CodeRejected` otherwise."""
    row = session.scalars(
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


def _code_miss_prefix(external_id: str) -> str:
    return "code-miss:" + hashlib.sha256(external_id.encode("utf-8", "replace")).hexdigest()[:24] + ":"


def record_code_miss(session: Session, platform: str, external_id: str, *, now: datetime) -> None:
    """Remember one wrong, used or expired code from this sender (for throttling guessers)."""
    key = _code_miss_prefix(external_id) + secrets.token_hex(6)
    session.add(ProcessedMessage(platform=platform, message_key=key, created_at=now))


def code_misses(session: Session, platform: str, external_id: str, *, since: datetime) -> int:
    """How many codes this sender got wrong since `since`."""
    return (
        session.scalar(
            select(func.count())
            .select_from(ProcessedMessage)
            .where(
                ProcessedMessage.platform == platform,
                ProcessedMessage.message_key.startswith(_code_miss_prefix(external_id)),
                ProcessedMessage.created_at >= since,
            )
        )
        or 0
    )


def bind_workspace(session: Session, org_id: int, platform: str, workspace_id: str) -> WorkspaceBinding:
    binding = session.scalars(
        select(WorkspaceBinding).where(
            WorkspaceBinding.platform == platform, WorkspaceBinding.workspace_id == workspace_id
        )
    ).first()
    if binding is None:
        binding = WorkspaceBinding(org_id=org_id, platform=platform, workspace_id=workspace_id)
        session.add(binding)
    else:
        binding.org_id = org_id
    session.flush()
    return binding


def org_for_workspace(session: Session, platform: str, workspace_id: str) -> int | None:
    return session.scalar(
        select(WorkspaceBinding.org_id).where(
            WorkspaceBinding.platform == platform, WorkspaceBinding.workspace_id == workspace_id
        )
    )
