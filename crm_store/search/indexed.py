"""`IndexedCustomerSearch`: the customer search the app uses, over per-organisation in-memory indexes.

Freshness: every call reads the organisation's revision (one primary-key read, see
`changes.py`). If another transaction, in this process or any other, committed customer
changes since the index was built, the changed customers are re-read into a small overlay
index that shadows their old entries; when the overlay grows large (or a bulk import asks
for it) the organisation's index is rebuilt. So a customer created anywhere is findable
by the next search everywhere.

Everything runs in the caller's thread and transaction (handlers run in a worker thread);
snapshots are immutable, so concurrent searches never see a half-built index.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from crm_store.models import Contact, Customer
from crm_store.search.base import CustomerMatch
from crm_store.search.changes import KEEP_REVISIONS, changes_since, current_revision
from crm_store.search.duplicates import LIKELY_DUPLICATE, ImportDuplicates, duplicate_score
from crm_store.search.index import KeyBuilder, Match, OrgIndex
from crm_store.search.normalize import digits, fold, strip_legal
from crm_store.search.pinyin import has_han, person_pinyin, to_pinyin
from crm_store.search.scoring import FIELD, Kind, Query, is_cjk, score_text

CANDIDATES = 32  # keys scored in full per lookup channel (best pre-scores first)
SIDE_CANDIDATES = 12  # ... for the secondary channels (pinyin, compact spelling, honorifics)
RETRY_BELOW = 88.0  # no match this good: try again, more tolerant of typos
PHONE_QUERY = re.compile(r"[\d\s()+\-./]+")
PHONE_KIND = -1  # pseudo kind for phone matches
BATCH = 20_000  # rows read and normalised at a time while building
# Display rows by primary key ("org_id = ? AND id IN ..." would make SQLite scan the organisation);
# built once, as building a statement costs more than running it.
_CUSTOMERS_BY_ID = select(
    Customer.id, Customer.org_id, Customer.name, Customer.aliases, Customer.phone
).where(Customer.id.in_(bindparam("ids", expanding=True)))
_CONTACTS_OF = select(Contact.customer_id, Contact.org_id, Contact.name, Contact.phone).where(
    Contact.customer_id.in_(bindparam("ids", expanding=True))
)


@dataclass(frozen=True)
class Snapshot:
    """One organisation's index at one revision: the main index plus an overlay of changed customers."""

    revision: int
    base: OrgIndex  # as built from the database
    main: OrgIndex  # `base` with the changed customers hidden
    overlay: OrgIndex | None = None
    changed: dict[int, tuple[str, list[str], str | None, list[tuple[str, str | None]]] | None] = field(
        default_factory=dict
    )  # customer id -> (name, aliases, phone, contacts), None when deleted

    @property
    def indexes(self) -> list[OrgIndex]:
        return [self.main] if self.overlay is None else [self.main, self.overlay]


@dataclass(frozen=True)
class _Hit:
    score: float
    kind: int
    text: str


class IndexedCustomerSearch:
    def __init__(self) -> None:
        self._snapshots: dict[int, Snapshot] = {}
        self._locks: dict[int, threading.Lock] = {}
        self._guard = threading.Lock()

    # Keeping the index fresh ----------------------------------------------------
    def snapshot(self, session: Session, org_id: int) -> Snapshot:
        """The organisation's index, brought up to the newest committed revision."""
        revision = current_revision(session, org_id)
        snapshot = self._snapshots.get(org_id)
        if snapshot is not None and snapshot.revision >= revision:
            return snapshot
        with self._guard:
            lock = self._locks.setdefault(org_id, threading.Lock())
        with lock:
            snapshot = self._snapshots.get(org_id)
            if snapshot is None or snapshot.revision < revision:
                snapshot = self._refresh(session, org_id, snapshot, revision)
                self._snapshots[org_id] = snapshot
            return snapshot

    def _refresh(self, session: Session, org_id: int, old: Snapshot | None, revision: int) -> Snapshot:
        if old is None or revision - old.revision > KEEP_REVISIONS:
            return build_snapshot(session, org_id)
        newest, customer_ids = changes_since(session.connection(), org_id, old.revision)
        if customer_ids is None:
            return build_snapshot(session, org_id)
        changed = {**old.changed, **_load_customers(session, org_id, customer_ids)}
        if len(changed) > max(1000, old.base.customers // 50):
            return build_snapshot(session, org_id)
        builder = KeyBuilder()
        for customer_id, row in changed.items():
            if row is not None:
                _add_row(builder, customer_id, row)
        overlay = OrgIndex.build(builder) if builder.customers else None
        return Snapshot(max(newest, old.revision), old.base, old.base.without(changed), overlay, changed)

    # Searching -------------------------------------------------------------------
    def search(self, session: Session, org_id: int, query: str, limit: int = 5) -> list[CustomerMatch]:
        parsed = Query.parse(query)
        if not parsed.folded:
            return []
        snapshot = self.snapshot(session, org_id)
        hits: dict[int, _Hit] = {}
        number = digits(query)
        if len(number) >= 4 and PHONE_QUERY.fullmatch(query.strip()):
            self._phone_hits(snapshot, number, hits)
        else:
            for index in snapshot.indexes:
                self._text_hits(index, parsed, hits)
            if max((hit.score for hit in hits.values()), default=0.0) < RETRY_BELOW:
                lenient = replace(parsed, lenient=True)  # more typos, also in words that exist
                for index in snapshot.indexes:
                    self._text_hits(index, lenient, hits)
        best = sorted(hits.items(), key=lambda item: -item[1].score)[: limit + 3]
        return self._matches(session, org_id, best, number)[:limit]

    def _text_hits(self, index: OrgIndex, query: Query, hits: dict[int, _Hit]) -> None:
        words = query.all_words or query.words
        keys = [index.candidates(self._word_matches(index, words, query.lenient), CANDIDATES)]
        side: list[str] = []
        if len(query.words) > 1:
            side.append(query.compact)
        side += query.compact_variants[1:]
        if query.pinyin:
            side.append(query.pinyin)
        for spelling in side:
            keys.append(index.candidates([index.match_word(spelling, query.lenient)], SIDE_CANDIDATES))
        if query.person:
            keys.append(
                index.candidates(self._word_matches(index, query.person, query.lenient), SIDE_CANDIDATES)
            )
        if query.surname:
            keys.append(index.keys_starting(query.surname, {Kind.CONTACT}, CANDIDATES))
        for key in np.unique(np.concatenate(keys)).tolist():
            kind = int(index.kind[key])
            text = index.text(key)
            score = score_text(query, Kind(kind), text)
            owner = int(index.owner[key])
            if score > 0 and (owner not in hits or score > hits[owner].score):
                hits[owner] = _Hit(score, kind, text)

    @staticmethod
    def _word_matches(index: OrgIndex, typed_words: list[str], lenient: bool = False) -> list[Match]:
        matches = [index.match_word(w, lenient) for w in typed_words]
        for w in typed_words:  # Chinese: each character also finds the names containing it
            if len(w) > 1 and is_cjk(w[0]):
                for char in dict.fromkeys(w):
                    i = index.exact(char)
                    if i is not None:
                        matches.append(Match(np.array([i]), np.array([1.0])))
        return matches

    @staticmethod
    def _phone_hits(snapshot: Snapshot, number: str, hits: dict[int, _Hit]) -> None:
        for typed in dict.fromkeys((number, number.lstrip("0"))):  # 030 123 vs +49 30 123
            if len(typed) < 4:
                continue
            for index in snapshot.indexes:
                for owner, full in index.phone_matches(typed, 200):
                    score = 100.0 if full == number else 70.0 + 25.0 * len(typed) / len(full)
                    if owner not in hits or score > hits[owner].score:
                        hits[owner] = _Hit(score, PHONE_KIND, full)
            if hits:
                break

    def _matches(
        self, session: Session, org_id: int, best: list[tuple[int, _Hit]], number: str
    ) -> list[CustomerMatch]:
        """Scored customers as `CustomerMatch`es, with names read from the database (so never stale)."""
        if not best:
            return []
        ids = [customer_id for customer_id, _ in best]
        connection = session.connection()
        customers = {
            row.id: row for row in connection.execute(_CUSTOMERS_BY_ID, {"ids": ids}) if row.org_id == org_id
        }
        people: dict[int, list[tuple[str, str | None]]] = {}
        wanted = [cid for cid, hit in best if hit.kind in (Kind.CONTACT, Kind.CONTACT_PINYIN, PHONE_KIND)]
        if wanted:
            for customer_id, contact_org, name, phone in connection.execute(_CONTACTS_OF, {"ids": wanted}):
                if contact_org == org_id:
                    people.setdefault(customer_id, []).append((name, phone))
        matches = []
        for customer_id, hit in best:
            row = customers.get(customer_id)
            if row is None:
                continue  # deleted since the index saw it
            matched, field_name = _matched_text(row, people.get(customer_id, []), hit, number)
            matches.append(CustomerMatch(customer_id, row.name, round(hit.score, 1), matched, field_name))
        return matches

    # Duplicates ------------------------------------------------------------------
    def find_duplicates(
        self, session: Session, org_id: int, name: str, phone: str | None = None
    ) -> list[CustomerMatch]:
        """Customers with the same normalised name or phone, or a very close name (typos, word order)."""
        snapshot = self.snapshot(session, org_id)
        hits: dict[int, _Hit] = {}
        number = digits(phone or "")
        if len(number) >= 6:
            for index in snapshot.indexes:
                for owner, full in index.phone_matches(number, 50):
                    if full == number:
                        hits[owner] = _Hit(100.0, PHONE_KIND, full)
        query = Query.parse(name)
        if query.core:
            for index in snapshot.indexes:
                keys = index.candidates(self._word_matches(index, query.words), CANDIDATES)
                for key in keys.tolist():
                    if index.kind[key] not in (Kind.NAME, Kind.ALIAS):
                        continue
                    text = index.text(key)
                    score = max(
                        duplicate_score(query.core, strip_legal(text)), duplicate_score(query.folded, text)
                    )
                    owner = int(index.owner[key])
                    if score >= LIKELY_DUPLICATE and (owner not in hits or score > hits[owner].score):
                        hits[owner] = _Hit(score, int(index.kind[key]), text)
        best = sorted(hits.items(), key=lambda item: -item[1].score)
        return self._matches(session, org_id, best, number)

    def import_duplicates(self, session: Session, org_id: int) -> ImportDuplicates:
        """The importer's `find_similar`, seeded with the organisation's names."""
        snapshot = self.snapshot(session, org_id)
        existing = [
            (owner, text)
            for index in snapshot.indexes
            for owner, text in index.texts({Kind.NAME, Kind.ALIAS})
        ]
        return ImportDuplicates(session, org_id, existing)


def build_snapshot(session: Session, org_id: int) -> Snapshot:
    """Read the organisation's customers and contacts and index them."""
    revision = current_revision(session, org_id)  # read first: rows read later are at least this new
    connection = session.connection()  # Core rows: no ORM overhead for 100k+ rows
    builder = KeyBuilder()
    customers = connection.execute(
        select(Customer.id, Customer.name, type_coerce(Customer.aliases, String), Customer.phone)
        .where(Customer.org_id == org_id)
        .execution_options(yield_per=BATCH)
    )
    for rows in customers.partitions():
        builder.add_customers(rows)
    contacts = connection.execute(
        select(Contact.customer_id, Contact.name, Contact.phone)
        .where(Contact.org_id == org_id)
        .execution_options(yield_per=BATCH)
    )
    for people in contacts.partitions():
        builder.add_contacts(people)
    index = OrgIndex.build(builder)
    return Snapshot(revision, index, index)


def _load_customers(
    session: Session, org_id: int, customer_ids: Iterable[int]
) -> dict[int, tuple[str, list[str], str | None, list[tuple[str, str | None]]] | None]:
    ids = sorted(customer_ids)
    rows: dict[int, tuple[str, list[str], str | None, list[tuple[str, str | None]]] | None] = dict.fromkeys(
        ids
    )
    connection = session.connection()
    for start in range(0, len(ids), 500):
        chunk = {"ids": ids[start : start + 500]}
        for customer_id, customer_org, name, aliases, phone in connection.execute(_CUSTOMERS_BY_ID, chunk):
            if customer_org == org_id:
                rows[customer_id] = (name, list(aliases or []), phone, [])
        for customer_id, _, name, phone in connection.execute(_CONTACTS_OF, chunk):
            row = rows.get(customer_id)
            if row is not None:
                row[3].append((name, phone))
    return rows


def _add_row(
    builder: KeyBuilder,
    customer_id: int,
    row: tuple[str, list[str], str | None, list[tuple[str, str | None]]],
) -> None:
    name, aliases, phone, contacts = row
    builder.add_customers([(customer_id, name, aliases, phone)])
    builder.add_contacts([(customer_id, person, number) for person, number in contacts])


def _matched_text(row, people: list[tuple[str, str | None]], hit: _Hit, number: str) -> tuple[str, str]:
    """The text the user will recognise as what matched, and its field name."""
    if hit.kind == PHONE_KIND:
        for phone in [row.phone, *(p for _, p in people)]:
            if phone and hit.text in digits(phone):
                return phone, "phone"
        return hit.text, "phone"
    if hit.kind == Kind.ALIAS:
        for alias in row.aliases or []:
            if fold(alias) == hit.text or (
                has_han(alias) and to_pinyin(strip_legal(fold(alias)))[0] == hit.text
            ):
                return alias, "alias"
        return row.name, "name"
    if hit.kind in (Kind.CONTACT, Kind.CONTACT_PINYIN):
        for person, _ in people:
            folded = fold(person)
            if folded == hit.text or (hit.kind == Kind.CONTACT_PINYIN and person_pinyin(folded) == hit.text):
                return person, "contact"
        return row.name, "name"
    return row.name, FIELD[Kind(hit.kind)]
