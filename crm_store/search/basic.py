"""A straightforward rapidfuzz search that reads the organisation's names on every call."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.models import Contact, Customer
from crm_store.search.base import CustomerMatch
from crm_store.search.duplicates import ImportDuplicates
from crm_store.search.normalize import digits, fold, normalize_name

DUPLICATE_SCORE = 92.0


class BasicCustomerSearch:
    def _candidates(self, session: Session, org_id: int) -> list[tuple[int, str, str, str]]:
        """(customer id, display name, text to match, field) for every searchable text."""
        rows: list[tuple[int, str, str, str]] = []
        names: dict[int, str] = {}
        for cid, name, aliases, phone in session.execute(
            select(Customer.id, Customer.name, Customer.aliases, Customer.phone).where(
                Customer.org_id == org_id
            )
        ):
            names[cid] = name
            rows.append((cid, name, name, "name"))
            rows.extend((cid, name, alias, "alias") for alias in aliases or [])
            if phone:
                rows.append((cid, name, phone, "phone"))
        for cid, contact, phone in session.execute(
            select(Contact.customer_id, Contact.name, Contact.phone).where(Contact.org_id == org_id)
        ):
            rows.append((cid, names.get(cid, ""), contact, "contact"))
            if phone:
                rows.append((cid, names.get(cid, ""), phone, "phone"))
        return rows

    def search(self, session: Session, org_id: int, query: str, limit: int = 5) -> list[CustomerMatch]:
        wanted = normalize_name(query)
        if not wanted:
            return []
        rows = self._candidates(session, org_id)
        query_digits = digits(query)
        texts = [digits(text) if field == "phone" else normalize_name(text) for _, _, text, field in rows]
        best: dict[int, CustomerMatch] = {}
        for text, score, index in process.extract(
            wanted, texts, scorer=fuzz.WRatio, limit=limit * 8, score_cutoff=50
        ):
            cid, name, original, field = rows[index]
            if field == "phone":
                if len(query_digits) < 4 or query_digits not in text:
                    continue
                score = 95.0
            elif field == "contact":
                score *= 0.95  # a company name beats a person's name that scores the same
            if cid not in best or score > best[cid].score:
                best[cid] = CustomerMatch(cid, name, round(float(score), 1), original, field)
        return sorted(best.values(), key=lambda m: (-m.score, m.name))[:limit]

    def find_duplicates(
        self, session: Session, org_id: int, name: str, phone: str | None = None
    ) -> list[CustomerMatch]:
        wanted = normalize_name(name)
        phone_digits = digits(phone or "")
        found: dict[int, CustomerMatch] = {}
        for cid, display, text, field in self._candidates(session, org_id):
            if field in ("name", "alias"):
                normalised = normalize_name(text)
                score = 100.0 if normalised == wanted else fuzz.ratio(wanted, normalised)
                if score >= DUPLICATE_SCORE:
                    found[cid] = CustomerMatch(cid, display, float(score), text, field)
            elif field == "phone" and len(phone_digits) >= 6 and digits(text) == phone_digits:
                found[cid] = CustomerMatch(cid, display, 100.0, text, "phone")
        return sorted(found.values(), key=lambda m: -m.score)

    def import_duplicates(self, session: Session, org_id: int) -> ImportDuplicates:
        existing = [
            (cid, fold(text))
            for cid, _, text, field in self._candidates(session, org_id)
            if field in ("name", "alias")
        ]
        return ImportDuplicates(session, org_id, existing)
