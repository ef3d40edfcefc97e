"""The records a test stored, read back the one way: what `/export` writes for the organisation."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import App
from crm_store.models import User
from crm_store.transfer.exporter import export_data


def exported(app: App, of: User | int | None = None) -> dict[str, Any]:
    """The export of an organisation (a user's, one given by id, else the app's own) at the app's clock."""
    org_id = of.org_id if isinstance(of, User) else of
    if org_id is None:
        org_id = app.org().id
    with app.db.transaction() as session:
        return export_data(session, org_id, now=app.clock())


def due_times(app: App, admin: User, zone: ZoneInfo) -> list[str]:
    """Every reminder's due time in `zone`, "YYYY-MM-DD HH:MM", in the export's order."""
    return [
        f"{datetime.fromisoformat(r['due_at']).astimezone(zone):%Y-%m-%d %H:%M}"
        for r in exported(app, admin)["reminders"]
    ]


def people_of(app: App, admin: User) -> dict[tuple[str, str], dict[str, Any]]:
    """Every contact exported, by (customer name, contact name)."""
    data = exported(app, admin)
    return {(c["name"], p["name"]): p for c in data["customers"] for p in c["contacts"]}


def asked_and_nothing_stored(app: App, admin: User, before: dict[str, Any], replies: str) -> None:
    """The reply asks (a question mark) and no deal, activity, customer or reminder changed since `before`."""
    after = exported(app, admin)
    for table in ("deals", "activities", "customers", "reminders"):
        assert after[table] == before[table], replies
    assert "?" in replies or "？" in replies, replies
