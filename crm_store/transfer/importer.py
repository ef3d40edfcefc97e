"""Importing customers from a spreadsheet, and restoring a full export.

A customer sheet may hold one row per contact; rows naming the same company are merged.
A company already in the CRM (same normalised name, or same phone) is not created twice:
the row is merged into it and reported. Every row that is not taken is reported with its
line number and the reason; nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_store.errors import InvalidValue
from crm_store.models import (
    LIFECYCLES,
    ROLES,
    TIERS,
    Activity,
    Contact,
    Customer,
    Deal,
    DealChange,
    Reminder,
    User,
)  # fmt: skip
from crm_store.repos.base import clean_text
from crm_store.repos.customers import clean_fields
from crm_store.repos.deals import check_amount
from crm_store.search.normalize import digits, normalize_name
from crm_store.transfer.exporter import FORMAT
from crm_store.transfer.reading import UnreadableFile, read_table

BATCH = 1000
# The customer columns a sheet fills in as text, cleaned by the same rules as a chat edit.
TEXT_FIELDS = ("name", "industry", "address", "phone", "website", "notes")

# (line, name, existing customer's name) -> is it the same company? Lets the search layer
# add fuzzy duplicate detection without this module knowing how search works.
DuplicateFinder = Callable[[str, str | None], list[tuple[int, str]]]


@dataclass
class ImportReport:
    rows: int = 0
    customers_created: int = 0
    contacts_created: int = 0
    merged: list[tuple[int, str, str]] = field(default_factory=list)  # line, name, existing
    possible_duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # line, reason
    warnings: list[tuple[int, str]] = field(default_factory=list)
    restored: dict[str, int] = field(default_factory=dict)

    def summary(self) -> list[str]:
        lines = []
        if self.restored:
            lines.append("restored: " + ", ".join(f"{n} {what}" for what, n in self.restored.items()))
        else:
            lines.append(
                f"rows read: {self.rows}; customers imported: {self.customers_created}; "
                f"contacts imported: {self.contacts_created}; merged into existing: {len(self.merged)}; "
                f"skipped: {len(self.skipped)}; possible duplicates: {len(self.possible_duplicates)}"
            )
        lines += [f"  line {line}: merged '{name}' into existing customer '{existing}'"
                  for line, name, existing in self.merged]  # fmt: skip
        lines += [f"  line {line}: '{name}' may be a duplicate of '{existing}' (imported; please check)"
                  for line, name, existing in self.possible_duplicates]  # fmt: skip
        lines += [f"  line {line}: skipped: {reason}" for line, reason in self.skipped]
        lines += [f"  line {line}: note: {text}" for line, text in self.warnings]
        return lines

    def as_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "customers_created": self.customers_created,
            "contacts_created": self.contacts_created,
            "merged": [{"line": a, "name": b, "existing": c} for a, b, c in self.merged],
            "possible_duplicates": [
                {"line": a, "name": b, "existing": c} for a, b, c in self.possible_duplicates
            ],
            "skipped": [{"line": a, "reason": b} for a, b in self.skipped],
            "warnings": [{"line": a, "note": b} for a, b in self.warnings],
            "restored": self.restored,
        }


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in re.split(r"[;|/、；]", text or "") if a.strip()]


class CustomerImporter:
    """Adds customer rows to one organisation, merging repeats and known companies.

    New customers and contacts are inserted in batches (one multi-row INSERT ... RETURNING
    per batch) so that sheets of 100k rows import in seconds. Until its batch is written a
    new customer is known by a negative placeholder key.
    """

    def __init__(self, session: Session, org_id: int, *, default_owner_id: int | None = None,
                 find_similar: DuplicateFinder | None = None) -> None:  # fmt: skip
        self.session = session
        self.org_id = org_id
        self.default_owner_id = default_owner_id
        self.find_similar = find_similar
        self.report = ImportReport()
        self._by_name: dict[str, int] = {}
        self._by_phone: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._contacts: dict[int, set[str]] = {}
        self._pending: dict[int, dict[str, Any]] = {}  # placeholder key -> customer values
        self._pending_contacts: list[dict[str, Any]] = []
        self._real: dict[int, int] = {}  # placeholder key -> id once written
        self._existing: set[int] = set()  # customers that were there before this import
        self._users = {
            u.display_name.lower(): u.id for u in session.scalars(select(User).where(User.org_id == org_id))
        }
        for cid, name, aliases, phone in session.execute(
            select(Customer.id, Customer.name, Customer.aliases, Customer.phone).where(
                Customer.org_id == org_id
            )
        ):
            self._remember(cid, name, aliases or [], phone)
            self._existing.add(cid)
        for cid, contact in session.execute(
            select(Contact.customer_id, Contact.name).where(Contact.org_id == org_id)
        ):
            self._contacts.setdefault(cid, set()).add(contact.strip().lower())

    def _remember(self, key: int, name: str, aliases: list[str], phone: str | None) -> None:
        self._names[key] = name
        for text in (name, *aliases):
            normalised = normalize_name(text)
            if normalised:
                self._by_name.setdefault(normalised, key)
        phone_digits = digits(phone or "")
        if len(phone_digits) >= 6:
            self._by_phone.setdefault(phone_digits, key)

    def _match(self, name: str, phone: str | None) -> int | None:
        key = self._by_name.get(normalize_name(name))
        if key is None and phone and len(digits(phone)) >= 6:
            key = self._by_phone.get(digits(phone))
        return None if key is None else self._real.get(key, key)

    def add_row(self, line: int, row: dict[str, str]) -> None:
        self.report.rows += 1
        if not any(value for value in row.values()):
            self.report.skipped.append((line, "empty row"))
            return
        name = (row.get("name") or "").strip()
        if not name:
            self.report.skipped.append((line, "no company name"))
            return
        try:
            values = self._customer_values(line, row)
        except InvalidValue as error:
            self.report.skipped.append((line, f"{error.field}: {error.code.replace('_', ' ')}"))
            return
        if row.get("__extra__"):
            self.report.warnings.append((line, f"extra cells ignored: {row['__extra__'][:80]}"))
        key = self._match(name, values.get("phone"))
        if key is None:
            key = self._create(line, name, values)
        else:
            self._merge(line, key, name, values)
        self._add_contact(line, key, row)
        if len(self._pending) >= BATCH:
            self.flush()

    def _customer_values(self, line: int, row: dict[str, str]) -> dict[str, Any]:
        values = clean_fields("customers", {key: row.get(key) for key in TEXT_FIELDS})
        values["aliases"] = _split_aliases(row.get("aliases", ""))
        tier = (row.get("tier") or "").strip().upper()
        values["tier"] = None
        if tier in TIERS:
            values["tier"] = tier
        elif tier:
            self.report.warnings.append((line, f"tier '{tier}' is not one of {', '.join(TIERS)}; left empty"))
        lifecycle = (row.get("lifecycle") or "").strip().lower()
        values["lifecycle"] = "lead"
        if lifecycle in LIFECYCLES:
            values["lifecycle"] = lifecycle
        elif lifecycle:
            self.report.warnings.append((line, f"lifecycle '{lifecycle}' unknown; using 'lead'"))
        owner = (row.get("owner") or "").strip()
        values["owner_id"] = self.default_owner_id
        if owner:
            values["owner_id"] = self._users.get(owner.lower())
            if values["owner_id"] is None:
                self.report.warnings.append((line, f"owner '{owner}' is not a user; left unassigned"))
        return values

    def _create(self, line: int, name: str, values: dict[str, Any]) -> int:
        if self.find_similar is not None:
            for _, existing in self.find_similar(name, values.get("phone"))[:1]:
                self.report.possible_duplicates.append((line, name, existing))
        key = -(len(self._real) + len(self._pending) + 1)
        self._pending[key] = values
        self.report.customers_created += 1
        self._remember(key, name, values["aliases"], values.get("phone"))
        return key

    def _merge(self, line: int, key: int, name: str, values: dict[str, Any]) -> None:
        key = self._real.get(key, key)
        if key > 0:
            if key in self._existing:  # not a company this sheet added a few rows earlier
                self.report.merged.append((line, name, self._names[key]))
            target: Any = self.session.get(Customer, key)
            get, put = getattr, setattr
        else:
            target = self._pending[key]
            get, put = dict.get, dict.__setitem__  # type: ignore[assignment]
        if target is None:
            return
        for field_name in ("industry", "address", "phone", "website", "tier", "notes"):
            if values.get(field_name) and not get(target, field_name):
                put(target, field_name, values[field_name])
        aliases = list(get(target, "aliases") or [])
        new_aliases = [a for a in values.get("aliases", []) if a not in aliases]
        if normalize_name(name) != normalize_name(get(target, "name")):
            new_aliases.append(name)
        if new_aliases:
            put(target, "aliases", [*aliases, *new_aliases])

    def _add_contact(self, line: int, key: int, row: dict[str, str]) -> None:
        person = (row.get("contact_name") or "").strip()
        if not person:
            if any(row.get(k) for k in ("contact_title", "contact_phone", "contact_email")):
                self.report.warnings.append((line, "contact details without a contact name; not stored"))
            return
        key = self._real.get(key, key)
        known = self._contacts.setdefault(key, set())
        if person.lower() in known:
            return
        try:
            contact = {
                "org_id": self.org_id,
                "customer_key": key,
                "name": clean_text("contact name", person, limit=200, required=True),
                "title": clean_text("contact title", row.get("contact_title"), limit=200),
                "phone": clean_text("contact phone", row.get("contact_phone"), limit=64),
                "email": clean_text("contact email", row.get("contact_email"), limit=254),
            }
        except InvalidValue as error:
            self.report.warnings.append((line, f"contact not stored: {error.field} {error.code}"))
            return
        self._pending_contacts.append(contact)
        known.add(person.lower())
        self.report.contacts_created += 1

    def flush(self) -> None:
        """Write the pending batch: customers first (for their ids), then contacts."""
        self.session.flush()
        if self._pending:
            keys = list(self._pending)
            now = datetime.now(UTC)
            rows = [{"org_id": self.org_id, "created_at": now, "updated_at": now, **self._pending[k]}
                    for k in keys]  # fmt: skip
            # render_nulls: rows with different empty cells still go out as one multi-row INSERT
            ids = self.session.scalars(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
                rows,
                execution_options={"render_nulls": True},
            ).all()
            for key, cid in zip(keys, ids, strict=True):
                self._real[key] = cid
                self._names[cid] = self._names[key]
                self._contacts[cid] = self._contacts.pop(key, set())
            self._pending.clear()
        if self._pending_contacts:
            now = datetime.now(UTC)
            rows = []
            for contact in self._pending_contacts:
                key = contact.pop("customer_key")
                rows.append({**contact, "customer_id": self._real.get(key, key),
                             "created_at": now, "updated_at": now})  # fmt: skip
            self.session.execute(insert(Contact), rows, execution_options={"render_nulls": True})
            self._pending_contacts.clear()


def import_customers(session: Session, org_id: int, path: Path, **options: Any) -> ImportReport:
    importer = CustomerImporter(session, org_id, **options)
    headers, rows = read_table(path)
    if "name" not in headers:
        raise UnreadableFile(
            f"{path.name}: no company name column (expected a header like 'name', 'company' or '公司名称')"
        )
    for line, row in rows:
        importer.add_row(line, row)
    importer.flush()
    return importer.report


# Restoring a full export --------------------------------------------------
def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return check_amount(Decimal(str(value)))
    except InvalidOperation:
        return None


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _clock(value: Any, default: time) -> time:
    return time.fromisoformat(value) if value else default


def _flag(value: Any) -> bool:
    return value in (True, "True", "true", "1", 1, "yes")


def _keep_times(row: Customer | Deal, item: dict[str, Any]) -> None:
    for key in ("created_at", "updated_at"):
        if item.get(key):
            setattr(row, key, _moment(item[key]))


def restore(session: Session, org_id: int, data: dict[str, Any], *, default_timezone: str,
            default_locale: str, force: bool = False) -> ImportReport:  # fmt: skip
    """Re-create everything in an export; ids are new, references are kept."""
    if data.get("format") != FORMAT:
        raise UnreadableFile('not a salesbot export (missing "format": "salesbot-export")')
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
                org_id=org_id, display_name=item["name"],
                role=item.get("role") if item.get("role") in ROLES else "rep",
                timezone=item.get("timezone") or default_timezone,
                locale=item.get("locale") or default_locale,
                work_start=_clock(item.get("work_start"), time(8)),
                work_end=_clock(item.get("work_end"), time(20)),
                digest_time=_clock(item.get("digest_time"), time(8, 30)),
                active=_flag(item.get("active", True)),
            )  # fmt: skip
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
            org_id=org_id, name=item["name"], aliases=list(item.get("aliases") or []),
            industry=item.get("industry"), address=item.get("address"), phone=item.get("phone"),
            website=item.get("website"), tier=item.get("tier"),
            lifecycle=item.get("lifecycle") or "lead", owner_id=uid(item.get("owner")),
            notes=item.get("notes"),
        )  # fmt: skip
        _keep_times(customer, item)
        session.add(customer)
        session.flush()
        customer_ids[str(item.get("id"))] = customer.id
        for person in item.get("contacts") or []:
            contact = Contact(org_id=org_id, customer_id=customer.id, name=person["name"],
                              title=person.get("title"), phone=person.get("phone"),
                              email=person.get("email"))  # fmt: skip
            session.add(contact)
            session.flush()
            contacts[(customer.id, person["name"])] = contact.id
    deal_ids: dict[str, int] = {}
    history = 0
    for item in data.get("deals", []):
        deal = Deal(
            org_id=org_id, customer_id=customer_ids[str(item["customer_id"])], title=item["title"],
            amount=_decimal(item.get("amount")), currency=item.get("currency") or "USD",
            stage=item["stage"], status=item.get("status") or "open",
            expected_close=_day(item.get("expected_close")), owner_id=uid(item.get("owner")),
            lost_reason=item.get("lost_reason") or None, closed_at=_moment(item.get("closed_at")),
        )  # fmt: skip
        _keep_times(deal, item)
        session.add(deal)
        session.flush()
        deal_ids[str(item["id"])] = deal.id
        for change in item.get("stage_history") or []:
            session.add(DealChange(
                org_id=org_id, deal_id=deal.id, changed_by_id=uid(change.get("by")),
                changed_at=_moment(change.get("at")), from_stage=change.get("from_stage") or None,
                to_stage=change.get("to_stage") or None, from_amount=_decimal(change.get("from_amount")),
                to_amount=_decimal(change.get("to_amount")),
            ))  # fmt: skip
            history += 1
    for item in data.get("activities", []):
        cid = (
            customer_ids.get(str(item.get("customer_id")))
            if item.get("customer_id") not in (None, "")
            else None
        )
        session.add(Activity(
            org_id=org_id, kind=item["kind"], summary=item["summary"],
            occurred_at=_moment(item.get("occurred_at")), customer_id=cid,
            contact_id=contacts.get((cid, item.get("contact"))) if cid and item.get("contact") else None,
            deal_id=deal_ids.get(str(item.get("deal_id"))) if item.get("deal_id") not in (None, "") else None,
            author_id=uid(item.get("author")), next_step=item.get("next_step") or None,
            platform=item.get("platform") or None, message_id=item.get("message_id") or None,
        ))  # fmt: skip
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
        session.add(Reminder(
            org_id=org_id, owner_id=owner, due_at=_moment(item["due_at"]), text=item["text"],
            customer_id=cid,
            deal_id=deal_ids.get(str(item.get("deal_id"))) if item.get("deal_id") not in (None, "") else None,
            status=item.get("status") or "pending", snooze_count=int(item.get("snooze_count") or 0),
            urgent=_flag(item.get("urgent")),
        ))  # fmt: skip
    session.flush()
    report.restored = {
        "users": len(data.get("users", [])), "customers": len(customer_ids),
        "contacts": len(contacts), "deals": len(deal_ids), "stage changes": history,
        "activities": len(data.get("activities", [])), "reminders": len(data.get("reminders", [])),
    }  # fmt: skip
    return report


def read_export_folder(folder: Path) -> dict[str, Any]:
    """The CSV folder written by `export --format csv`, back in the JSON export's shape."""

    def table(name: str) -> list[dict[str, str]]:
        path = folder / f"{name}.csv"
        if not path.exists():
            return []
        _, rows = read_table(path, map_headers=name == "customers")
        return [row for _, row in rows]

    customers: dict[str, dict[str, Any]] = {}
    for row in table("customers"):
        item = customers.setdefault(row.get("id") or row["name"], {
            "id": row.get("id") or row["name"], "name": row["name"],
            "aliases": _split_aliases(row.get("aliases", "")), "contacts": [],
            **{k: row.get(k) or None for k in ("industry", "address", "phone", "website", "tier",
                                               "lifecycle", "owner", "notes", "created_at", "updated_at")},
        })  # fmt: skip
        if row.get("contact_name"):
            item["contacts"].append({
                "name": row["contact_name"], "title": row.get("contact_title") or None,
                "phone": row.get("contact_phone") or None, "email": row.get("contact_email") or None,
            })  # fmt: skip
    history: dict[str, list[dict[str, Any]]] = {}
    for row in table("deal_history"):
        history.setdefault(row["deal_id"], []).append(row)
    deals = [{**row, "stage_history": history.get(row["id"], [])} for row in table("deals")]
    return {
        "format": FORMAT, "users": table("users"), "customers": list(customers.values()),
        "deals": deals, "activities": table("activities"), "reminders": table("reminders"),
    }  # fmt: skip


def load_export(path: Path) -> dict[str, Any]:
    if path.is_dir():
        return read_export_folder(path)
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))  # type: ignore[no-any-return]
    except (OSError, json.JSONDecodeError) as error:
        raise UnreadableFile(f"cannot read {path}: {error}") from None
