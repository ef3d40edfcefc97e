"""The search index follows writes made elsewhere: two `Database` + search pairs on one database stand
for two salesbot processes (one writes, the other searches), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import insert, select, update

from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.models import ChangeSet, Customer
from crm_store.repos import tenancy
from crm_store.repos.tenancy import Directory
from crm_store.search.changes import changes_since, current_revision
from crm_store.search.indexed import IndexedCustomerSearch
from crm_store.store import Store
from crm_store.transfer.importer import sheet_importer


class Process:
    """What one salesbot process holds: its own engine and its own in-memory index."""

    def __init__(self, url: str) -> None:
        self.db = Database(url)
        self.search = IndexedCustomerSearch()
        with self.db.transaction() as session:
            self.org_id = Directory(session).ensure_org(tenancy.DEFAULT_ORG, "Test Co").id

    def names(self, query: str) -> list[str]:
        with self.db.transaction() as session:
            return [m.name for m in self.search.search(session, self.org_id, query)]

    def store(self, session):  # type: ignore[no-untyped-def]
        return Store(session, Actor(self.org_id, None, "test"))


@pytest.fixture
def pair(database_url: str) -> Iterator[tuple[Process, Process]]:
    writer, reader = Process(database_url), Process(database_url)
    yield writer, reader
    writer.db.dispose()
    reader.db.dispose()


def test_a_customer_created_in_one_process_is_found_by_the_next_search_in_another(pair):
    writer, reader = pair
    assert reader.names("zenith") == []  # the reader has built its index now
    with writer.db.transaction() as session:
        writer.store(session).customers.add("Zenith Optics GmbH")
    assert reader.names("zenith") == ["Zenith Optics GmbH"]
    assert reader.names("zenit optcs") == ["Zenith Optics GmbH"]


def test_renames_contacts_aliases_and_deletions_reach_the_other_index(pair):
    writer, reader = pair
    with writer.db.transaction() as session:
        store = writer.store(session)
        store.customers.add("Zenith Optics GmbH")
        other = store.customers.add("Polaris Labs")
    assert reader.names("zenith") == ["Zenith Optics GmbH"]

    with writer.db.transaction() as session:
        store = writer.store(session)
        customer = session.scalars(select(Customer).where(Customer.name == "Zenith Optics GmbH")).one()
        store.customers.update(customer, name="Nadir Optics GmbH", aliases=["Tiefpunkt"])
        store.customers.add_contact(store.customers.require(other.id), "Paula Prism", phone="+49 30 765 4321")
    assert reader.names("zenith") == []
    assert reader.names("nadir") == ["Nadir Optics GmbH"]
    assert reader.names("tiefpunkt") == ["Nadir Optics GmbH"]
    assert reader.names("paula prism") == ["Polaris Labs"]
    assert reader.names("765 4321") == ["Polaris Labs"]

    with writer.db.transaction() as session:
        for contact in writer.store(session).customers.contacts(other.id):
            session.delete(contact)
        session.flush()
        session.delete(session.get(Customer, other.id))
    assert reader.names("polaris") == []
    assert reader.names("paula prism") == []


def test_an_undone_creation_disappears_from_the_other_index(pair):
    writer, reader = pair
    with writer.db.transaction() as session:
        Store(session, Actor(writer.org_id, None, "test", "m1")).customers.add("Ephemeral Widgets")
    assert reader.names("ephemeral") == ["Ephemeral Widgets"]
    with writer.db.transaction() as session:
        change_set = session.scalars(select(ChangeSet).order_by(ChangeSet.id.desc())).first()
        Store(session, Actor(writer.org_id, None)).changes.undo(change_set.id)
    assert reader.names("ephemeral") == []


def test_a_bulk_import_elsewhere_makes_the_index_rebuild(pair):
    writer, reader = pair
    assert reader.names("acme") == []
    with writer.db.transaction() as session:
        importer = sheet_importer(session, writer.org_id)
        for line, name in enumerate(["Acme Corp", "Globex Inc", "Initech LLC"], start=2):
            importer.add_row(line, {"name": name, "contact_name": f"{name} Buyer"})
        importer.flush()
    assert reader.names("acme") == ["Acme Corp"]
    assert reader.names("initech buyer")[0] == "Initech LLC"


def test_rolled_back_writes_change_nothing(pair):
    writer, reader = pair
    assert reader.names("ghost") == []
    with pytest.raises(RuntimeError), writer.db.transaction() as session:
        writer.store(session).customers.add("Ghost Trading")
        raise RuntimeError
    assert reader.names("ghost") == []


def test_revisions_count_committed_transactions_and_log_the_touched_customers(pair):
    writer, _ = pair
    with writer.db.engine.connect() as connection:
        start = current_revision(connection, writer.org_id)
    with writer.db.transaction() as session:
        store = writer.store(session)
        first = store.customers.add("First Co")
        second = store.customers.add("Second Co")
        with session.begin_nested():  # savepoints log with the outer transaction, once
            store.customers.add_contact(first, "Fran First")
    with writer.db.transaction() as session:
        customer = writer.store(session).customers.require(first.id)
        writer.store(session).customers.update(customer, notes="not searchable: no new revision")
    with writer.db.engine.connect() as connection:
        assert current_revision(connection, writer.org_id) == start + 1
        assert changes_since(connection, writer.org_id, start) == (start + 1, {first.id, second.id})


def test_a_bulk_update_without_an_organisation_reaches_organisations_never_logged_before(pair):
    writer, reader = pair
    with writer.db.engine.begin() as connection:  # written past the watched sessions: no revision row yet
        connection.execute(insert(Customer).values(org_id=writer.org_id, name="Quiet Quarry"))
    assert reader.names("quiet quarry") == ["Quiet Quarry"]
    with writer.db.transaction() as session:
        session.execute(update(Customer).where(Customer.name == "Quiet Quarry").values(name="Loud Lagoon"))
    assert reader.names("loud lagoon") == ["Loud Lagoon"]
    assert reader.names("quiet quarry") == []


# `slow`: started first (tests/conftest.py), while a worker's heap is still small; after a thousand
# tests each of its 30 full garbage collections walked the whole heap (15 s of CPU in all).
@pytest.mark.slow
def test_every_new_database_object_logs_its_changes_even_at_a_reused_address(sqlite_url):
    """Processes and tests create and drop `Database` objects; a new one must always be watched
    (SQLAlchemy's event registry, keyed by id(), once took a new session class for an old one)."""
    import gc

    org_id = None
    for attempt in range(30):
        db = Database(sqlite_url)
        with db.transaction() as session:
            org_id = org_id or Directory(session).ensure_org(tenancy.DEFAULT_ORG, "Test Co").id
            before = current_revision(session, org_id)
            Store(session, Actor(org_id, None, "test")).customers.add(f"Customer {attempt}")
        with db.engine.connect() as connection:
            assert current_revision(connection, org_id) == before + 1, f"not watched at attempt {attempt}"
        db.dispose()
        del db, session
        gc.collect()
