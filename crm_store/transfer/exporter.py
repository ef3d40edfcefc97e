"""Export everything of one organisation: customers, contacts, deals with history, activities,
reminders and users, as one JSON document or a folder of CSV files.

Amounts are written as JSON numbers with at most two decimals; they round-trip exactly
because every amount we store fits in 15 significant digits (see `crm_store.repos.deals`).
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.models import Activity, Contact, Customer, Deal, DealChange, Organization, Reminder, User

FORMAT = "salesbot-export"
VERSION = 1


def _value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _rows(session: Session, model: Any, org_id: int) -> list[Any]:
    return list(session.scalars(select(model).where(model.org_id == org_id).order_by(model.id)))


def _contact(person: Contact) -> dict[str, Any]:
    """A contact; one who left the company or was removed says since when (kept for history)."""
    row: dict[str, Any] = {"id": person.id, "name": person.name, "title": person.title,
                           "phone": person.phone, "email": person.email, "extra": person.extra}  # fmt: skip
    for key in ("left_at", "removed_at"):
        if getattr(person, key) is not None:
            row[key] = _value(getattr(person, key))
    return row


def export_data(session: Session, org_id: int, *, now: datetime) -> dict[str, Any]:
    org = session.get(Organization, org_id)
    users = _rows(session, User, org_id)
    names = {u.id: u.display_name for u in users}
    customers = _rows(session, Customer, org_id)
    customer_names = {c.id: c.name for c in customers}
    contacts_by_customer: dict[int, list[Contact]] = {}
    contact_names: dict[int, str] = {}
    for contact in _rows(session, Contact, org_id):
        contacts_by_customer.setdefault(contact.customer_id, []).append(contact)
        contact_names[contact.id] = contact.name
    history: dict[int, list[DealChange]] = {}
    for change in _rows(session, DealChange, org_id):
        history.setdefault(change.deal_id, []).append(change)
    deals = _rows(session, Deal, org_id)
    deal_titles = {d.id: d.title for d in deals}

    def user(ident: int | None) -> str | None:
        return names.get(ident) if ident is not None else None

    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _value(now),
        "organization": {"name": org.name if org else "", "slug": org.slug if org else ""},
        "users": [
            {
                "id": u.id,
                "name": u.display_name,
                "email": u.email,
                "role": u.role,
                "manager": user(u.manager_id),
                "timezone": u.timezone,
                "locale": u.locale,
                "work_start": _value(u.work_start),
                "work_end": _value(u.work_end),
                "digest_time": _value(u.digest_time),
                "active": u.active,
            }
            for u in users
        ],
        "customers": [
            {
                "id": c.id,
                "name": c.name,
                "aliases": list(c.aliases or []),
                "industry": c.industry,
                "address": c.address,
                "phone": c.phone,
                "website": c.website,
                "tier": c.tier,
                "lifecycle": c.lifecycle,
                "owner": user(c.owner_id),
                "notes": c.notes,
                "extra": c.extra,
                "created_at": _value(c.created_at),
                "updated_at": _value(c.updated_at),
                "contacts": [_contact(p) for p in contacts_by_customer.get(c.id, [])],
            }
            for c in customers
        ],
        "deals": [
            {
                "id": d.id,
                "customer_id": d.customer_id,
                "customer": customer_names.get(d.customer_id),
                "title": d.title,
                "amount": _value(d.amount),
                "currency": d.currency,
                "stage": d.stage,
                "status": d.status,
                "expected_close": _value(d.expected_close),
                "owner": user(d.owner_id),
                "lost_reason": d.lost_reason,
                "extra": d.extra,
                "created_at": _value(d.created_at),
                "updated_at": _value(d.updated_at),
                "closed_at": _value(d.closed_at),
                "stage_history": [
                    {
                        "at": _value(h.changed_at),
                        "by": user(h.changed_by_id),
                        "from_stage": h.from_stage,
                        "to_stage": h.to_stage,
                        "from_amount": _value(h.from_amount),
                        "to_amount": _value(h.to_amount),
                    }
                    for h in history.get(d.id, [])
                ],
            }
            for d in deals
        ],
        "activities": [
            {
                "id": a.id,
                "kind": a.kind,
                "summary": a.summary,
                "occurred_at": _value(a.occurred_at),
                "customer_id": a.customer_id,
                "customer": customer_names.get(a.customer_id) if a.customer_id else None,
                "contact": contact_names.get(a.contact_id) if a.contact_id else None,
                "deal_id": a.deal_id,
                "deal": deal_titles.get(a.deal_id) if a.deal_id else None,
                "author": user(a.author_id),
                "next_step": a.next_step,
                "platform": a.platform,
                "message_id": a.message_id,
                "extra": a.extra,
            }
            for a in _rows(session, Activity, org_id)
        ],
        "reminders": [
            {
                "id": r.id,
                "owner": user(r.owner_id),
                "due_at": _value(r.due_at),
                "text": r.text,
                "customer_id": r.customer_id,
                "customer": customer_names.get(r.customer_id) if r.customer_id else None,
                "deal_id": r.deal_id,
                "status": r.status,
                "snooze_count": r.snooze_count,
                "urgent": r.urgent,
            }
            for r in _rows(session, Reminder, org_id)
        ],
    }


# CSV ---------------------------------------------------------------------
CUSTOMER_COLUMNS = [
    "id", "name", "aliases", "industry", "address", "phone", "website", "tier", "lifecycle", "owner",
    "notes", "extra", "contact_name", "contact_title", "contact_phone", "contact_email", "contact_extra",
    "created_at", "updated_at",
]  # fmt: skip


# Text a spreadsheet would run as a formula (=HYPERLINK(...), +cmd|..., @SUM, -2+3) is written
# with a leading ' so Excel shows it as text (`_spreadsheet_safe`, as each cell is written);
# restoring the folder takes it off (`unquoted_cell`). Text that already starts with ' before
# such a character gets one more, so every value comes back exactly.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def _cell(value: Any) -> str:
    value = _value(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _spreadsheet_safe(text: str) -> str:
    return "'" + text if _FORMULA.match(text) else text


def unquoted_cell(text: str) -> str:
    """A cell of our CSV export as it was before `_cell` protected it from spreadsheets."""
    return text[1:] if text.startswith("'") and _FORMULA.match(text[1:]) else text


# What a spreadsheet would turn into a number or a date: "0123 4567", "00042", "(020) 7946 0000".
_NUMBER_LIKE = re.compile(r"[0-9(][0-9 ()./,:\-]*")


def without_text_mark(text: str) -> str:
    """A cell of another program's CSV without the one ' a spreadsheet (or an exporter guarding against
    formulas, ours included) puts first to keep the value text: only before what would run as a formula
    ('=SUM(A1), '+44 20 7946 0000) or turn into a number or date ('0123 4567, '00042). Anywhere else
    the ' belongs to the value ("'s-Hertogenbosch Foods", "'t Hofje") and stays."""
    if text.startswith("'") and (_FORMULA.match(text[1:]) or _NUMBER_LIKE.fullmatch(text[1:])):
        return text[1:]
    return text


def customer_rows(data: dict[str, Any]) -> list[dict[str, str]]:
    """One row per contact (or one per customer without contacts): the import format."""
    rows = []
    for customer in data["customers"]:
        base = {key: _cell(customer.get(key)) for key in CUSTOMER_COLUMNS if not key.startswith("contact_")}
        for contact in customer["contacts"] or [{}]:
            rows.append(
                {
                    **base,
                    "contact_name": _cell(contact.get("name")),
                    "contact_title": _cell(contact.get("title")),
                    "contact_phone": _cell(contact.get("phone")),
                    "contact_email": _cell(contact.get("email")),
                    "contact_extra": _cell(contact.get("extra")),
                }
            )
    return rows


def _write(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel reads UTF-8
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _spreadsheet_safe(_cell(row.get(key))) for key in columns})


def write_csv_folder(data: dict[str, Any], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    target = folder / "customers.csv"
    _write(target, customer_rows(data), CUSTOMER_COLUMNS)
    written.append(target)
    tables = {
        "users": [k for k in data["users"][0]] if data["users"] else ["name"],
        "deals": [k for k in (data["deals"][0] if data["deals"] else {"id": 0}) if k != "stage_history"],
        "activities": list(data["activities"][0]) if data["activities"] else ["id"],
        "reminders": list(data["reminders"][0]) if data["reminders"] else ["id"],
    }
    for table, columns in tables.items():
        target = folder / f"{table}.csv"
        _write(target, data[table], columns)
        written.append(target)
    history = [
        {"deal_id": deal["id"], **change} for deal in data["deals"] for change in deal["stage_history"]
    ]
    target = folder / "deal_history.csv"
    _write(target, history, ["deal_id", "at", "by", "from_stage", "to_stage", "from_amount", "to_amount"])
    written.append(target)
    return written
