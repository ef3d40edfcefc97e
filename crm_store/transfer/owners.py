"""Owners and authors named in an import, matched to the organisation's users.

A cell may hold a display name ("Sam Taylor", "Taylor, Sam"), an e-mail address, or an
e-mail whose local part is the name ("sam.taylor@corp.com"). Only a match to exactly one
user counts; anything else is left unassigned and the cell is kept (the report says so).
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.models import User
from crm_store.search.normalize import fold


def _name_key(text: str) -> str:
    return " ".join(sorted(fold(text).split()))


class UserMatcher:
    def __init__(self, session: Session, org_id: int) -> None:
        self._by_name: dict[str, set[int]] = {}
        self._by_email: dict[str, int] = {}
        for user_id, name, email in session.execute(
            select(User.id, User.display_name, User.email).where(User.org_id == org_id)
        ):
            self._by_name.setdefault(_name_key(name), set()).add(user_id)
            if email:
                self._by_email[email.strip().lower()] = user_id

    def match(self, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        if "@" in text:
            address = text.lower()
            if address in self._by_email:
                return self._by_email[address]
            text = re.sub(r"[._\-+]+", " ", address.split("@", 1)[0])
        found = self._by_name.get(_name_key(text.replace(",", " ")), set())
        return next(iter(found)) if len(found) == 1 else None
