"""The audit trail records every change and undoes a whole change set; orgs never mix."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_store import audit
from crm_store.audit import Actor
from crm_store.models import AuditEntry, Customer, DealChange
from crm_store.repos.tenancy import Directory
from crm_store.store import Store


def test_undo_reverts_creates_and_updates(app, admin) -> None:
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        customer = store.customers.add("Undo AG", industry="Retail")
        customer_id = customer.id
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        customer = store.customers.require(customer_id)
        store.customers.update(customer, industry="Software", tier="A")
        deal = store.deals.add(customer, title="Pilot", stage="lead", currency="USD", amount=Decimal(500))
        store.deals.change(deal, stage="proposal", amount=Decimal(900))
        change_set_id = store.audit.change_set.id
        entries = session.scalars(select(AuditEntry).where(AuditEntry.change_set_id == change_set_id)).all()
        assert {e.action for e in entries} == {"create", "update"}
    with app.db.transaction() as session:
        Store(session, Actor(admin.org_id, admin.id)).changes.undo(change_set_id)
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        customer = store.customers.require(customer_id)
        assert (customer.industry, customer.tier, customer.lifecycle) == ("Retail", None, "lead")
        assert store.deals.for_customer(customer_id) == []
        assert session.scalars(select(DealChange)).all() == []
        with pytest.raises(audit.UndoError):
            store.changes.undo(change_set_id)


def test_stage_history_and_lifecycle(app, admin) -> None:
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        customer = store.customers.add("History Ltd")
        deal = store.deals.add(customer, title="X", stage="lead", currency="USD", amount=Decimal(10))
        assert customer.lifecycle == "prospect"
        store.deals.change(deal, stage="negotiation")
        store.deals.change(deal, amount=Decimal(20))
        store.deals.change(deal, expected_close=None)  # no stage/amount change: no history row
        store.deals.change(deal, stage="won")
        history = [
            (h.from_stage, h.to_stage, h.from_amount, h.to_amount) for h in store.deals.history(deal.id)
        ]
        assert history == [
            (None, "lead", None, Decimal("10.00")),
            ("lead", "negotiation", Decimal("10.00"), Decimal("10.00")),
            ("negotiation", "negotiation", Decimal("10.00"), Decimal("20.00")),
            ("negotiation", "won", Decimal("20.00"), Decimal("20.00")),
        ]
        assert (deal.status, customer.lifecycle) == ("won", "customer")
        assert deal.closed_at is not None


def test_repositories_never_cross_organisations(app, admin) -> None:
    with app.db.transaction() as session:
        other = Directory(session).ensure_org("other", "Other Co")
        theirs = Store(session, Actor(other.id, None)).customers.add("Secret Customer")
        theirs_id = theirs.id
    with app.db.transaction() as session:
        mine = Store(session, Actor(admin.org_id, admin.id))
        assert mine.customers.get(theirs_id) is None
        assert all(c.name != "Secret Customer" for c in mine.customers.all())
        assert mine.deals.pipeline(None) == []
        assert app.search.search(session, admin.org_id, "Secret Customer") == []
        assert session.get(Customer, theirs_id).org_id != admin.org_id
