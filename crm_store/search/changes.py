"""Which customers changed since an index was built: the cheap change check behind the search index.

Writers: `watch(sessionmaker)` hooks the sessions of one `Database`. After each flush it
notes the customers whose searchable text changed (name, aliases, phone, their contacts, their
open deals' titles, which the free-text gazetteer links by: `gazetteer.py`);
bulk statements on those tables mark the whole organisation. Just before the outermost
commit it bumps the organisation's revision and logs the touched customer ids with it
(see `crm_store.models.search` for why the revisions commit in order).

Readers: `current_revision()` is one primary-key read; `changes_since()` lists what to reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from weakref import WeakSet

from sqlalchemy import Connection, bindparam, delete, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction, sessionmaker

from crm_store.models import Contact, Customer, Deal, Organization, SearchChange, SearchRevision

EVERYTHING: None = None  # a change-log entry without a customer id: reload the organisation
KEEP_REVISIONS = 5000  # log entries older than this many revisions are pruned
_PRUNE_EVERY = 200
_TOUCHED = "search_touched"  # session.info key: {org_id: set of customer ids, or None for everything}
_TABLES = {Customer.__table__.name, Contact.__table__.name, Deal.__table__.name}  # type: ignore[attr-defined]
_CUSTOMER_FIELDS = ("name", "aliases", "phone", "org_id")
_CONTACT_FIELDS = ("name", "phone", "customer_id", "org_id", "removed_at")
_DEAL_FIELDS = ("title", "status", "customer_id", "org_id")
_WATCHED: WeakSet[sessionmaker[Session]] = WeakSet()


def watch(sessions: sessionmaker[Session]) -> None:
    """Log customer changes made through these sessions (idempotent)."""
    # Not `event.contains()`: it answers from a registry keyed by id(), so a new sessionmaker whose
    # session class reuses the address of a collected one looks watched when it is not.
    if sessions in _WATCHED:
        return
    _WATCHED.add(sessions)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _bulk_statement)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_transaction_end", _forget)


def _touched(session: Session) -> dict[int | None, set[int] | None]:
    return session.info.setdefault(_TOUCHED, {})


def _mark(session: Session, org_id: int | None, customer_ids: list[int | None]) -> None:
    """Remember touched customers; a None id (or org) means the whole organisation (or all of them)."""
    touched = _touched(session)
    if org_id is None or None in customer_ids:
        touched[org_id] = None
    elif org_id not in touched:
        touched[org_id] = {cid for cid in customer_ids if cid is not None}
    elif (seen := touched[org_id]) is not None:
        seen.update(cid for cid in customer_ids if cid is not None)


def _changed(obj: Any, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[f].history.has_changes() for f in fields)


def _old(obj: Any, field: str) -> Any:
    deleted = inspect(obj).attrs[field].history.deleted
    return deleted[0] if deleted else None


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, Customer):
            _mark(session, obj.org_id, [obj.id])
        elif isinstance(obj, Contact | Deal):
            _mark(session, obj.org_id, [obj.customer_id])
    for obj in session.dirty:
        if isinstance(obj, Customer) and _changed(obj, _CUSTOMER_FIELDS):
            _mark(session, obj.org_id, [obj.id])
            if _old(obj, "org_id") is not None:
                _mark(session, _old(obj, "org_id"), [obj.id])
        elif (isinstance(obj, Contact) and _changed(obj, _CONTACT_FIELDS)) or (
            isinstance(obj, Deal) and _changed(obj, _DEAL_FIELDS)
        ):
            _mark(session, obj.org_id, [obj.customer_id, _old(obj, "customer_id") or obj.customer_id])


def _bulk_statement(state: ORMExecuteState) -> None:
    """INSERT/UPDATE/DELETE statements on customers or contacts bypass the flush: reload those orgs."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is None or table.name not in _TABLES:
        return
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    orgs = {row.get("org_id") for row in rows if isinstance(row, dict)}
    if not state.is_insert or not orgs or None in orgs:
        _mark(state.session, None, [])
        return
    for org_id in orgs:
        _mark(state.session, org_id, [None])


def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # the outermost commit logs everything once
    session.flush()
    touched = session.info.pop(_TOUCHED, None)
    if not touched:
        return
    if None in touched:  # a bulk statement without a known organisation: every organisation reloads
        org_ids = list(session.scalars(select(Organization.id)))
        touched = {**{org_id: None for org_id in org_ids}, **{k: v for k, v in touched.items() if k}}
    for org_id in sorted(touched):  # a fixed order, so two writers never wait on each other in a cycle
        _log(session, org_id, touched[org_id])


def touched_now(session: Session, org_id: int) -> set[int] | None:
    """The organisation's customers whose searchable text this transaction changed, not yet committed (the
    index sees them only after the commit); None: all may have."""
    session.flush()
    touched = _touched(session)
    return touched.get(org_id, set()) if None not in touched else None


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # a savepoint ending keeps what the outer transaction touched
        session.info.pop(_TOUCHED, None)


def _bump(session: Session, org_id: int) -> int:
    """Next revision of the organisation; locks its row until this transaction ends."""
    revision = session.execute(
        update(SearchRevision)
        .where(SearchRevision.org_id == org_id)
        .values(revision=SearchRevision.revision + 1)
        .returning(SearchRevision.revision)
    ).scalar()
    if revision is not None:
        return int(revision)
    from sqlalchemy.dialects import postgresql, sqlite

    upsert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = upsert(SearchRevision).values(org_id=org_id, revision=1)
    statement = statement.on_conflict_do_update(
        index_elements=[SearchRevision.org_id], set_={"revision": SearchRevision.revision + 1}
    )
    return int(session.execute(statement.returning(SearchRevision.revision)).scalar_one())


def _log(session: Session, org_id: int, customer_ids: set[int] | None) -> None:
    revision = _bump(session, org_id)
    ids: Sequence[int | None] = sorted(customer_ids) if customer_ids is not None else [EVERYTHING]
    session.execute(
        insert(SearchChange), [{"org_id": org_id, "revision": revision, "customer_id": cid} for cid in ids]
    )
    if revision % _PRUNE_EVERY == 0:
        session.execute(
            delete(SearchChange).where(
                SearchChange.org_id == org_id, SearchChange.revision <= revision - KEEP_REVISIONS
            )
        )


# Readers ---------------------------------------------------------------------
_REVISION = select(SearchRevision.revision).where(SearchRevision.org_id == bindparam("org"))


def current_revision(connection: Session | Connection, org_id: int) -> int:
    if isinstance(connection, Session):
        connection = connection.connection()  # Core: a fraction of the ORM's per-statement overhead
    return int(connection.execute(_REVISION, {"org": org_id}).scalar() or 0)


def changes_since(connection: Connection, org_id: int, revision: int) -> tuple[int, set[int] | None]:
    """(newest revision seen, customers changed after `revision`); None means reload everything."""
    newest = revision
    customers: set[int] | None = set()
    for rev, customer_id in connection.execute(
        select(SearchChange.revision, SearchChange.customer_id).where(
            SearchChange.org_id == org_id, SearchChange.revision > revision
        )
    ):
        newest = max(newest, int(rev))
        if customer_id is None:
            customers = None
        elif customers is not None:
            customers.add(int(customer_id))
    return newest, customers
