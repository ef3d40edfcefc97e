"""Migrations create exactly the models' schema, on SQLite and PostgreSQL; storage rules hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from crm_store.audit import Actor
from crm_store.db import Database, DatabaseUnavailable
from crm_store.migrate import is_current, upgrade
from crm_store.models import Base
from crm_store.store import Store


def test_migrations_match_models(app) -> None:
    with app.db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert is_current(app.db)


def test_upgrade_twice_is_harmless(app) -> None:
    upgrade(app.db)
    upgrade(app.db)
    assert is_current(app.db)


def test_money_is_exact_decimal_and_times_are_utc(app, admin) -> None:
    berlin_evening = datetime(2026, 3, 29, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        customer = store.customers.add("Exact GmbH")
        deal = store.deals.add(customer, title="big", stage="lead", currency="EUR",
                               amount=Decimal("123456789012.34"))  # fmt: skip
        reminder = store.reminders.add(admin.id, berlin_evening, "call")
        ids = deal.id, reminder.id
    with app.db.transaction() as session:
        store = Store(session, Actor(admin.org_id, admin.id))
        deal = store.deals.require(ids[0])
        reminder = store.reminders.get(ids[1])
        assert deal.amount == Decimal("123456789012.34") and isinstance(deal.amount, Decimal)
        assert reminder.due_at == datetime(2026, 3, 29, 21, 30, tzinfo=UTC)
        assert reminder.due_at.tzinfo is not None
        totals = store.deals.pipeline(None)
        assert totals[0].total == Decimal("123456789012.34")


def test_naive_datetimes_are_refused(app, admin) -> None:
    with pytest.raises(Exception, match="naive"), app.db.transaction() as session:
        Store(session, Actor(admin.org_id, admin.id)).reminders.add(admin.id, datetime(2026, 1, 1), "x")


def test_unreachable_database_is_one_line() -> None:
    database = Database("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(DatabaseUnavailable) as raised:
        database.check()
    assert "\n" not in str(raised.value)
    assert "cannot open database" in str(raised.value)
