"""The gazetteer follows committed changes to customers, contacts and open deals (both databases)."""

from __future__ import annotations

from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.repos import tenancy
from crm_store.repos.tenancy import Directory
from crm_store.search.gazetteer import Evidence
from crm_store.search.indexed import IndexedCustomerSearch
from crm_store.store import Store


def test_new_deals_contacts_and_renames_are_linked_by_the_next_message(database_url: str) -> None:
    db = Database(database_url)
    search = IndexedCustomerSearch()  # one per app: the gazetteer cache lives beside it
    try:
        with db.transaction() as session:
            org_id = Directory(session).ensure_org(tenancy.DEFAULT_ORG, "Test Co").id
            store = Store(session, Actor(org_id, None, "test"), search=search)
            customer_id = store.customers.add("Saltmarsh Dairy").id

        def found(text: str) -> set[tuple[Evidence, str, bool]]:
            with db.transaction() as session:
                store = Store(session, Actor(org_id, None, "test"), search=search)
                return {(m.evidence, m.shown, m.partial) for m in store.search.mentions(text)}

        def evidence(text: str) -> set[Evidence]:
            return {e for e, _, _ in found(text)}

        assert evidence("saltmarsh dairy: herd sensors, odile says yes") == {Evidence.NAME}
        with db.transaction() as session:
            store = Store(session, Actor(org_id, None, "test"), search=search)
            customer = store.customers.require(customer_id)
            store.deals.add(customer, title="herd sensors", stage="lead", currency="EUR")
            store.customers.add_contact(customer, "Odile Brandt")
        assert evidence("saltmarsh dairy: herd sensors, odile says yes") == {
            Evidence.NAME,
            Evidence.DEAL,
            Evidence.GIVEN_NAME,
        }
        with db.transaction() as session:
            store = Store(session, Actor(org_id, None, "test"), search=search)
            store.customers.require(customer_id).name = "Saltmarsh Creamery"
        assert found("saltmarsh dairy") == {(Evidence.NAME, "Saltmarsh Creamery", True)}  # "saltmarsh" only
        assert (Evidence.NAME, "Saltmarsh Creamery", False) in found("saltmarsh creamery")
    finally:
        db.dispose()
