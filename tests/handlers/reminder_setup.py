"""The reminders read back as the user of the reminder-change tests sees them, in Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from crm_store.transfer.exporter import export_data

BERLIN = ZoneInfo("Europe/Berlin")


def reminders_in_berlin(app, admin) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Every reminder of the organisation as (customer, due in Berlin "%m-%d %H:%M", status), sorted."""
    with app.db.transaction() as session:
        data = export_data(session, admin.org_id, now=app.clock())
    return sorted(
        (r["customer"] or "", datetime.fromisoformat(r["due_at"]).astimezone(BERLIN).strftime("%m-%d %H:%M"),
         r["status"])
        for r in data["reminders"]
    )  # fmt: skip
