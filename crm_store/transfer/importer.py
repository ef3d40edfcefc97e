"""Importing another CRM's export (see `records`), and restoring a full salesbot export."""

from __future__ import annotations

import hashlib
import json
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_store.models import Activity, Contact, Customer, Deal, DealChange, Reminder, User
from crm_store.transfer.columns import ColumnMap, detect_vendor, fields_of, map_columns
from crm_store.transfer.exporter import FORMAT, unquoted_cell, without_text_mark
from crm_store.transfer.reading import UnreadableFile, read_file, read_table
from crm_store.transfer.records import ImportOptions, RecordImporter, split_aliases
from crm_store.transfer.report import ImportReport
from crm_store.transfer.restore_checks import checked_export
from crm_store.transfer.values import DateReader
from crm_store.types import utcnow


def import_file(
    session: Session, org_id: int, path: Path, options: ImportOptions | None = None, *, dry_run: bool = False
) -> ImportReport:
    """Import one CSV export (customers, contacts, deals or activities; decided from its headers
    unless `options.kind` says). With `dry_run` everything runs and is reported, then rolled back."""
    options = options or ImportOptions()
    headers, cells = read_table(path, map_headers=False)
    rows = [(line, {key: without_text_mark(value) for key, value in row.items()}) for line, row in cells]
    columns = map_columns(headers, kind=options.kind, overrides=options.overrides)
    required = {
        "customers": ("name",),
        "contacts": ("contact_name", "first_name", "last_name", "contact_email"),
        "deals": ("stage", "status", "is_won"),
        "activities": ("subject", "body"),
    }[columns.kind]
    if not set(required) & set(columns.fields.values()):
        wanted = " or ".join(repr(f) for f in required)
        raise UnreadableFile(
            f"{path.name}: read as {columns.kind}, but no column maps to {wanted} "
            f'(name it with --map "Their Column={required[0]}")'
        )
    system = (
        options.source
        or detect_vendor(headers)
        or "file-" + hashlib.sha1("\x1f".join(sorted(headers)).encode()).hexdigest()[:8]
    )
    report = ImportReport(
        kind=columns.kind,
        mapped=dict(columns.fields),
        unmapped=list(columns.unmapped),
        source=system,
        dry_run=dry_run,
    )
    date_fields = {"created", "close_date", "activity_date"}
    dates = {
        header: DateReader(row.get(header, "") for _, row in rows)
        for header, target in columns.fields.items()
        if target in date_fields
    }
    for header, reader in dates.items():
        if reader.undecided:
            report.note(0, f"dates in '{header}' read as month/day/year (no day above 12 tells)")
    savepoint = session.begin_nested() if dry_run else None
    importer = RecordImporter(session, org_id, columns, options, report, system=system, dates=dates)
    for line, row in rows:
        importer.add_row(line, row)
    importer.flush()
    if savepoint is not None:
        savepoint.rollback()
    return report


def sheet_importer(session: Session, org_id: int, kind: str = "customers",
                   options: ImportOptions | None = None) -> RecordImporter:  # fmt: skip
    """An importer for rows a program builds, keyed by our own field names (name, phone,
    contact_name, ...): `add_row(line, row)` for each, then `flush()`."""
    options = options or ImportOptions()
    columns = ColumnMap(kind, fields={name: name for name in fields_of(kind)})
    report = ImportReport(kind=kind, mapped=dict(columns.fields), source="salesbot")
    return RecordImporter(session, org_id, columns, options, report, system="salesbot", dates={})


# Restoring a full export --------------------------------------------------
def _flag(value: Any) -> bool:
    return value in (True, "True", "true", "1", 1, "yes")


def _keep_times(row: Customer | Deal, item: dict[str, Any]) -> None:
    for key in ("created_at", "updated_at"):
        if item.get(key):
            setattr(row, key, item[key])


def restore(
    session: Session,
    org_id: int,
    data: dict[str, Any],
    *,
    default_timezone: str,
    default_locale: str,
    force: bool = False,
) -> ImportReport:
    """Re-create everything in an export; ids are new, references are kept. Every record is
    checked first (`checked_export`): one problem anywhere, and nothing is restored."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UnreadableFile('not a salesbot export (missing "format": "salesbot-export")')
    data = checked_export(data, utcnow())
    existing = session.scalar(select(func.count()).select_from(Customer).where(Customer.org_id == org_id))
    if existing and not force:
        raise UnreadableFile(
            f"the organisation already has {existing} customers; restoring into it would duplicate "
            "them (use an empty database, or --force)"
        )
    report = ImportReport()
    users = {u.display_name: u for u in session.scalars(select(User).where(User.org_id == org_id))}
    for item in data.get("users", []):
        if item["name"] not in users:
            user = User(
                org_id=org_id,
                display_name=item["name"],
                email=item.get("email") or None,
                role=item.get("role") or "rep",
                timezone=item.get("timezone") or default_timezone,
                locale=item.get("locale") or default_locale,
                work_start=item.get("work_start") or time(8),
                work_end=item.get("work_end") or time(20),
                digest_time=item.get("digest_time") or time(8, 30),
                active=_flag(item.get("active", True)),
            )
            session.add(user)
            users[item["name"]] = user
    session.flush()
    for item in data.get("users", []):
        if item.get("manager") in users:
            users[item["name"]].manager_id = users[item["manager"]].id

    def uid(name: Any) -> int | None:
        return users[name].id if name in users else None

    customer_ids: dict[Any, int] = {}
    contacts: dict[tuple[int, str], int] = {}
    for item in data.get("customers", []):
        customer = Customer(
            org_id=org_id,
            name=item["name"],
            aliases=list(item.get("aliases") or []),
            industry=item.get("industry"),
            address=item.get("address"),
            phone=item.get("phone"),
            website=item.get("website"),
            tier=item.get("tier"),
            lifecycle=item.get("lifecycle") or "lead",
            owner_id=uid(item.get("owner")),
            notes=item.get("notes"),
            extra=item.get("extra"),
        )
        _keep_times(customer, item)
        session.add(customer)
        session.flush()
        customer_ids[str(item.get("id"))] = customer.id
        for person in item.get("contacts") or []:
            contact = Contact(
                org_id=org_id,
                customer_id=customer.id,
                name=person["name"],
                title=person.get("title"),
                phone=person.get("phone"),
                email=person.get("email"),
                extra=person.get("extra"),
                left_at=person.get("left_at"),
                removed_at=person.get("removed_at"),
            )
            session.add(contact)
            session.flush()
            contacts[(customer.id, person["name"])] = contact.id
    deal_ids: dict[str, int] = {}
    history = 0
    for item in data.get("deals", []):
        deal = Deal(
            org_id=org_id,
            customer_id=customer_ids[str(item["customer_id"])],
            title=item["title"],
            amount=item.get("amount"),
            currency=item.get("currency") or "USD",
            stage=item["stage"],
            status=item.get("status") or "open",
            expected_close=item.get("expected_close"),
            owner_id=uid(item.get("owner")),
            lost_reason=item.get("lost_reason") or None,
            extra=item.get("extra"),
            closed_at=item.get("closed_at"),
        )
        _keep_times(deal, item)
        session.add(deal)
        session.flush()
        deal_ids[str(item["id"])] = deal.id
        for change in item.get("stage_history") or []:
            session.add(
                DealChange(
                    org_id=org_id,
                    deal_id=deal.id,
                    changed_by_id=uid(change.get("by")),
                    changed_at=change.get("at"),
                    from_stage=change.get("from_stage") or None,
                    to_stage=change.get("to_stage") or None,
                    from_amount=change.get("from_amount"),
                    to_amount=change.get("to_amount"),
                )
            )
            history += 1
    for item in data.get("activities", []):
        cid = (
            customer_ids.get(str(item.get("customer_id")))
            if item.get("customer_id") not in (None, "")
            else None
        )
        session.add(
            Activity(
                org_id=org_id,
                kind=item["kind"],
                summary=item["summary"],
                occurred_at=item.get("occurred_at"),
                customer_id=cid,
                contact_id=contacts.get((cid, item.get("contact"))) if cid and item.get("contact") else None,
                deal_id=deal_ids.get(str(item.get("deal_id")))
                if item.get("deal_id") not in (None, "")
                else None,
                author_id=uid(item.get("author")),
                next_step=item.get("next_step") or None,
                platform=item.get("platform") or None,
                message_id=item.get("message_id") or None,
                extra=item.get("extra"),
            )
        )
    for item in data.get("reminders", []):
        owner = uid(item.get("owner"))
        if owner is None:
            report.skipped.append((0, f"reminder '{item.get('text')}' has no known owner"))
            continue
        cid = (
            customer_ids.get(str(item.get("customer_id")))
            if item.get("customer_id") not in (None, "")
            else None
        )
        session.add(
            Reminder(
                org_id=org_id,
                owner_id=owner,
                due_at=item["due_at"],
                text=item["text"],
                customer_id=cid,
                deal_id=deal_ids.get(str(item.get("deal_id")))
                if item.get("deal_id") not in (None, "")
                else None,
                status=item.get("status") or "pending",
                snooze_count=item.get("snooze_count") or 0,
                urgent=_flag(item.get("urgent")),
            )
        )
    session.flush()
    report.restored = {
        "users": len(data.get("users", [])),
        "customers": len(customer_ids),
        "contacts": len(contacts),
        "deals": len(deal_ids),
        "stage changes": history,
        "activities": len(data.get("activities", [])),
        "reminders": len(data.get("reminders", [])),
    }
    return report


def read_export_folder(folder: Path) -> dict[str, Any]:
    """The CSV folder written by `export --format csv`, back in the JSON export's shape."""

    def table(name: str) -> list[dict[str, Any]]:
        """The rows of `<name>.csv`, each with its line (`_line`, for the problems a restore reports)."""
        path = folder / f"{name}.csv"
        if not path.exists():
            return []
        _, rows = read_table(path, map_headers=False)  # our own export: headers are our field names
        return [{**{k: unquoted_cell(v) for k, v in row.items()}, "_line": f"{path.name}:{line}"}
                for line, row in rows]  # fmt: skip

    names = ("users", "customers", "deals", "deal_history", "activities", "reminders")
    if not any((folder / f"{name}.csv").exists() for name in names):
        raise UnreadableFile(f"{folder} is not a salesbot export folder (it has none of "
                             f"{', '.join(name + '.csv' for name in names)})")  # fmt: skip
    customers: dict[str, dict[str, Any]] = {}
    for row in table("customers"):
        item = customers.setdefault(
            row.get("id") or row["name"],
            {
                "id": row.get("id") or row["name"],
                "name": row["name"],
                "_line": row["_line"],
                "aliases": split_aliases(row.get("aliases", "")),
                "contacts": [],
                **{
                    k: row.get(k) or None
                    for k in (
                        "industry",
                        "address",
                        "phone",
                        "website",
                        "tier",
                        "lifecycle",
                        "owner",
                        "notes",
                        "extra",
                        "created_at",
                        "updated_at",
                    )
                },
            },
        )
        if row.get("contact_name"):
            item["contacts"].append(
                {
                    "name": row["contact_name"],
                    "title": row.get("contact_title") or None,
                    "phone": row.get("contact_phone") or None,
                    "email": row.get("contact_email") or None,
                    "extra": row.get("contact_extra") or None,
                    "_line": row["_line"],
                }
            )
    history: dict[str, list[dict[str, Any]]] = {}
    for row in table("deal_history"):
        history.setdefault(row["deal_id"], []).append(row)
    deals = [{**row, "stage_history": history.get(row["id"], [])} for row in table("deals")]
    return {
        "format": FORMAT,
        "users": table("users"),
        "customers": list(customers.values()),
        "deals": deals,
        "activities": table("activities"),
        "reminders": table("reminders"),
    }


def load_export(path: Path) -> dict[str, Any]:
    if path.is_dir():
        return read_export_folder(path)
    try:
        return json.loads(read_file(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UnreadableFile(f"cannot read {path}: {type(error).__name__}: {str(error)[:120]}") from None
