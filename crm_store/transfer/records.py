"""Importing customers, contacts, deals and activities from another CRM's export.

Every row ends in exactly one of: imported (a new record), merged (into a record that is
clearly the same: same id from the source system, same name including its legal form, same
phone, or the same web domain with a matching name), possible duplicate (imported and flagged
for a person to check), or skipped (with the reason). Columns with no field of ours are kept
in the record's `extra`. Each row's key (its source id, or a fingerprint of its content) is
stored in `import_keys`, so importing the same file again merges every row into what the first
import made and changes nothing.

New customers and contacts are inserted in batches (one multi-row INSERT ... RETURNING per
batch) so that sheets of 100k rows import in seconds; until its batch is written a new
customer is known by a negative placeholder key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crm_store.audit import Actor, Audit
from crm_store.errors import InvalidValue
from crm_store.limits import TEXT_LIMITS, check_amount, check_day, check_moment
from crm_store.models import TIERS, Contact, Customer, Deal, ImportKey
from crm_store.repos.activities import ActivityRepo
from crm_store.repos.base import Scope, clean_text
from crm_store.repos.customers import clean_fields
from crm_store.repos.deals import DealRepo, outcome_of
from crm_store.search.duplicates import duplicate_score
from crm_store.search.normalize import fold, legal_words, name_key, strip_legal
from crm_store.transfer.columns import ADDRESS_PARTS, ColumnMap
from crm_store.transfer.owners import UserMatcher
from crm_store.transfer.report import ImportReport
from crm_store.transfer.values import (
    BadValue,
    DateReader,
    activity_kind,
    parse_amount,
    phone_key,
    stage_lookup,
    truthy,
    value_key,
    web_domain,
)
from crm_store.types import utcnow

BATCH = 1000
DEFAULT_STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")

# (name, phone) -> [(customer id or 0 for a row of this file, existing name)]: fuzzy duplicates,
# supplied by the search layer (`Search.import_duplicates`).
DuplicateFinder = Callable[[str, str | None], list[tuple[int, str]]]


# Our import fields that are a customer's or contact's field of another name.
_RECORD_FIELDS = {
    "industry": "customers.industry", "phone": "customers.phone", "website": "customers.website",
    "notes": "customers.notes", "address": "customers.address", "contact_name": "contacts.name",
    "contact_title": "contacts.title", "contact_phone": "contacts.phone", "contact_email": "contacts.email",
}  # fmt: skip
_LIMITS = {
    **{target: TEXT_LIMITS[column] for target, column in _RECORD_FIELDS.items()},
    "name": TEXT_LIMITS["customers.name"],
    "deal_title": TEXT_LIMITS["deals.title"],
    "lost_reason": TEXT_LIMITS["deals.lost_reason"],
    "summary": TEXT_LIMITS["activities.summary"],
    "next_step": TEXT_LIMITS["activities.next_step"],
}
_LIFECYCLE_WORDS = {
    "lead": (
        "lead",
        "subscriber",
        "marketingqualifiedlead",
        "salesqualifiedlead",
        "mql",
        "sql",
        "new",
        "潜在客户",
        "线索",
        "潜在",
    ),
    "prospect": ("prospect", "opportunity", "意向客户", "意向", "商机"),
    "customer": (
        "customer",
        "customerdirect",
        "customerchannel",
        "evangelist",
        "client",
        "成交客户",
        "签约客户",
        "老客户",
        "客户",
        "已成交",
    ),
    "churned": ("churned", "formercustomer", "lost", "流失", "流失客户", "已流失"),
}
_LIFECYCLE = {value_key(w): stage for stage, words in _LIFECYCLE_WORDS.items() for w in words}


@dataclass
class ImportOptions:
    kind: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)  # --map
    stage_names: tuple[str, ...] = DEFAULT_STAGES
    stage_overrides: dict[str, str] = field(default_factory=dict)  # --stage
    default_currency: str = "USD"
    timezone: str = "UTC"
    default_owner_id: int | None = None
    source: str | None = None  # the system the ids come from; detected from the headers if None
    find_similar: DuplicateFinder | None = None


def stored_key(key: str, limit: int = 300) -> str:
    """`key` as `import_keys` holds it (at most `limit` characters, the column's size): a longer one
    becomes its start and a digest of the whole, the same every time, so looking it up finds what was
    stored and two long ids that differ only at the end stay two (cutting made them one, and the
    second import of such a file failed on the unique key)."""
    if len(key) <= limit:
        return key
    return f"{key[: limit - 41]}#{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _fingerprint(*parts: Any) -> str:
    return "row:" + hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()


class RecordImporter:
    """Adds the rows of one file to one organisation; `add_row` per row, then `flush`."""

    def __init__(
        self,
        session: Session,
        org_id: int,
        columns: ColumnMap,
        options: ImportOptions,
        report: ImportReport,
        *,
        system: str,
        dates: dict[str, DateReader],
    ) -> None:
        self.session = session
        self.org_id = org_id
        self.columns = columns
        self.options = options
        self.report = report
        self.system = system
        self.dates = dates
        self.zone = ZoneInfo(options.timezone)
        self.users = UserMatcher(session, org_id)
        self.stages = stage_lookup(options.stage_names, options.stage_overrides)
        self._headers = columns.by_field()
        # customers: every way a row can name one
        self._by_name: dict[str, int] = {}
        self._by_phone: dict[str, int] = {}
        self._by_domain: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._lines: dict[int, int] = {}  # customers this file created -> their first line
        self._source_of: dict[int, str] = {}
        self._pending: dict[int, dict[str, Any]] = {}
        self._real: dict[int, int] = {}
        # contacts: (customer key, folded name or e-mail) -> contact key
        # customer key -> {folded name or e-mail: contact key (negative until written)}
        self._contacts: dict[int, dict[str, int]] = {}
        self._contact_names: dict[int, str] = {}  # contact key -> its folded name
        self._pending_contacts: dict[int, dict[str, Any]] = {}
        # import keys: (kind, source key) -> record id (negative: a pending customer or contact)
        self._keys: dict[tuple[str, str], int] = {}
        self._keys_by_raw: dict[tuple[str, str], set[int]] = {}
        self._pending_keys: list[tuple[str, str, int]] = []
        self._load()

    # Loading what is there ---------------------------------------------------------------
    def _load(self) -> None:
        for cid, name, aliases, phone, website in self.session.execute(
            select(Customer.id, Customer.name, Customer.aliases, Customer.phone, Customer.website)
            .where(Customer.org_id == self.org_id)
            .order_by(Customer.id)  # the oldest of equals wins, the same on every database
        ):
            self._remember_customer(cid, name, aliases or [], phone, [web_domain(website)])
        for contact_id, cid, name, email in self.session.execute(
            select(Contact.id, Contact.customer_id, Contact.name, Contact.email)
            .where(Contact.org_id == self.org_id)
            .order_by(Contact.id)
        ):
            self._remember_contact(cid, contact_id, name, email)
        for kind, source_key, record_id in self.session.execute(
            select(ImportKey.kind, ImportKey.source_key, ImportKey.record_id)
            .where(ImportKey.org_id == self.org_id)
            .order_by(ImportKey.id)
        ):
            self._remember_key(kind, source_key, record_id)

    def _remember_key(self, kind: str, source_key: str, record_id: int) -> None:
        self._keys[(kind, source_key)] = record_id
        raw = source_key.split(":", 1)[-1]
        self._keys_by_raw.setdefault((kind, raw), set()).add(record_id)
        if kind == "customer":
            self._source_of.setdefault(record_id, source_key)

    def _remember_customer(
        self, key: int, name: str, aliases: list[str], phone: str | None, domains: list[str | None]
    ) -> None:
        self._names[key] = name
        for text in (name, *aliases):
            if name_key(text or ""):  # a name of punctuation only folds to nothing: no match by it
                self._by_name.setdefault(name_key(text), key)
        if number := phone_key(phone):
            self._by_phone.setdefault(number, key)
        for domain in domains:
            if domain:
                self._by_domain.setdefault(domain, key)

    def _remember_contact(self, customer_key: int, contact_key: int, name: str, email: str | None) -> None:
        known = self._contacts.setdefault(customer_key, {})
        known.setdefault(fold(name), contact_key)
        self._contact_names.setdefault(contact_key, fold(name))
        if email:
            known.setdefault(email.strip().lower(), contact_key)

    # Cells ------------------------------------------------------------------------------------
    def _cell(self, row: dict[str, str], target: str) -> str:
        for header in self._headers.get(target, ()):
            value = (row.get(header) or "").strip()
            if value:
                return value
        return ""

    def _header(self, target: str) -> str:
        return self._headers.get(target, [target])[0]

    def _extra(self, row: dict[str, str]) -> dict[str, Any]:
        extra = {h: row[h].strip() for h in self.columns.unmapped if (row.get(h) or "").strip()}
        for header, value in extra.items():  # an unmapped column obeys the longest text limit
            clean_text(header, value, limit=_LIMITS["summary"])
        if row.get("__extra__"):
            extra["(cells beyond the header)"] = row["__extra__"]
        return extra

    def _text(
        self, line: int, row: dict[str, str], target: str, extra: dict[str, Any], value: str | None = None
    ) -> str | None:
        """A cell as a field value. One over its field's limit (crm_store.limits) raises InvalidValue:
        the row is skipped with that reason, never stored cut or whole."""
        value = self._cell(row, target) if value is None else value
        if target in _RECORD_FIELDS:  # a customer's or contact's field: the repository's rules
            table, field_name = _RECORD_FIELDS[target].split(".")
            return clean_fields(table, {field_name: value})[field_name]
        return clean_text(target, value, limit=_LIMITS[target])

    def _owner(self, line: int, row: dict[str, str], target: str, extra: dict[str, Any]) -> int | None:
        text = self._cell(row, target)
        if not text:
            return self.options.default_owner_id
        user_id = self.users.match(text)
        if user_id is None:
            extra[self._header(target)] = text
            self.report.note(
                line, f"{self._header(target)} '{text}' is not a user; kept in extra, unassigned"
            )
        return user_id

    def _moment(self, line: int, row: dict[str, str], target: str, extra: dict[str, Any]) -> datetime | None:
        text = self._cell(row, target)
        header = self._header(target)
        try:
            # Within the bounds of crm_store.limits as of today (the repositories check against the
            # record's own date, which an import uses as "now").
            moment = self._dates(header).moment(text, self.zone) if text else None
            return check_moment("date", moment, utcnow())
        except BadValue as error:
            extra[header] = text
            self.report.note(line, f"{error}; kept in extra")
            return None
        except InvalidValue as error:
            extra[header] = text
            self.report.note(line, f"{header} '{text[:40]}': {error.plain()}; kept in extra")
            return None

    def _dates(self, header: str) -> DateReader:
        return self.dates.setdefault(header, DateReader(()))

    def _source_key(self, row: dict[str, str], target: str = "source_id") -> str | None:
        raw = self._cell(row, target)
        return stored_key(f"{self.system}:{raw}") if raw else None

    def _find_key(self, kind: str, source_key: str | None) -> int | None:
        if not source_key:
            return None
        found = self._keys.get((kind, source_key))
        if found is None:  # an id written by another file of the same system (other headers)
            candidates = self._keys_by_raw.get((kind, source_key.split(":", 1)[1]), set())
            found = next(iter(candidates)) if len(candidates) == 1 else None
        return None if found is None else self._real.get(found, found)

    # One row ----------------------------------------------------------------------------------
    def add_row(self, line: int, row: dict[str, str]) -> None:
        self.report.rows += 1
        if not any((value or "").strip() for value in row.values()):
            self.report.skipped.append((line, "empty row"))
            return
        handler = {
            "customers": self._customer_row,
            "contacts": self._contact_row,
            "deals": self._deal_row,
            "activities": self._activity_row,
        }[self.columns.kind]
        if any("\ufffd" in (value or "") for value in row.values()):
            self.report.note(line, "characters that are not valid text were replaced by \ufffd")
        try:
            handler(line, row)
        except InvalidValue as error:  # a value over its limit: the whole row is refused
            self.report.skipped.append((line, error.plain()))
        if len(self._pending) + len(self._pending_contacts) >= BATCH:
            self.flush()

    def _outcome(
        self, line: int, name: str, merged_into: tuple[str, str] | None, duplicate_of: int | None
    ) -> None:
        """Count the row once: merged (into, why), a possible duplicate of a customer, or imported."""
        if merged_into is not None:
            self.report.merged.append((line, name, *merged_into))
        elif duplicate_of is not None:
            key = self._real.get(duplicate_of, duplicate_of)
            self.report.possible_duplicates.append((line, name, self._names[key], self._lines.get(key)))
        else:
            self.report.imported += 1

    # Customers --------------------------------------------------------------------------------
    def _customer_row(self, line: int, row: dict[str, str]) -> None:
        name = self._cell(row, "name")
        if not name:
            self.report.skipped.append((line, "no company name"))
            return
        if len(name) > _LIMITS["name"]:
            self.report.skipped.append((line, f"company name longer than {_LIMITS['name']} characters"))
            return
        name = clean_fields("customers", {"name": name})["name"]  # control characters out, as the guard does
        for target in ("contact_name", "contact_title", "contact_phone", "contact_email"):
            if self._cell(row, target):  # a contact field over its limit skips the row before any write
                self._text(line, row, target, {})
        extra = self._extra(row)
        values = self._customer_values(line, row, extra)
        values["name"] = name
        source_key = self._source_key(row)
        domains = [
            web_domain(values.get("website")),
            web_domain(self._cell(row, "email")),
            web_domain(self._cell(row, "contact_email")),
        ]
        key, reason, flag = self._match_customer(name, values.get("phone"), domains, source_key)
        if key is not None:
            self._merge_customer(key, name, values, extra)
            self._outcome(line, name, (self._names[key], reason), None)
        else:
            key = self._create_customer(line, name, values, extra, domains)
            flag = self._similar(name, values.get("phone"), exclude=key) or flag
            self._outcome(line, name, None, flag)
        if source_key and self._find_key("customer", source_key) is None:
            self._add_key("customer", source_key, key)
        self._row_contact(line, key, row)

    def _customer_values(self, line: int, row: dict[str, str], extra: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {"name": self._cell(row, "name")}
        for target in ("industry", "phone", "website", "notes"):
            values[target] = self._text(line, row, target, extra)
        if self._cell(row, "email"):
            extra[self._header("email")] = self._cell(row, "email")
        parts = {part: self._cell(row, part) for part in ADDRESS_PARTS}
        region = " ".join(p for p in (parts["state"], parts["postal_code"]) if p)
        address = ", ".join(
            p for p in (parts["street"], parts["street2"], parts["city"], region, parts["country"]) if p
        )
        values["address"] = self._text(line, row, "address", extra, address) if address else None
        values["aliases"] = clean_fields("customers", {"aliases": split_aliases(self._cell(row, "aliases"))})[
            "aliases"
        ]
        tier = self._cell(row, "tier")
        values["tier"] = tier.upper() if tier.upper() in TIERS else None
        if tier and values["tier"] is None:
            extra[self._header("tier")] = tier
            self.report.note(line, f"tier '{tier}' is not one of {', '.join(TIERS)}; kept in extra")
        lifecycle = self._cell(row, "lifecycle")
        values["lifecycle"] = _LIFECYCLE.get(value_key(lifecycle), "lead") if lifecycle else "lead"
        if lifecycle and value_key(lifecycle) not in _LIFECYCLE:
            extra[self._header("lifecycle")] = lifecycle
            self.report.note(line, f"lifecycle '{lifecycle}' unknown; 'lead', the original kept in extra")
        values["owner_id"] = self._owner(line, row, "owner", extra)
        created = self._moment(line, row, "created", extra)
        if created is not None:
            values["created_at"] = created
        return values

    def _match_customer(
        self, name: str, phone: str | None, domains: list[str | None], source_key: str | None
    ) -> tuple[int | None, str, int | None]:
        """(customer key to merge into, why) or (None, '', key of a customer it may duplicate)."""
        key = self._find_key("customer", source_key)
        if key is not None and source_key:
            return key, f"same id {source_key.split(':', 1)[1]} in {self.system}", None
        flag = None
        key = self._by_name.get(name_key(name)) if name_key(name) else None
        if key is not None:
            key = self._real.get(key, key)
            other = self._source_of.get(key)
            if source_key and other and other != source_key:
                flag = key  # two records of the source system with one name
            else:
                return key, "same name" + self._as_line(key), None
        phone_digits = phone_key(phone)
        key = self._by_phone.get(phone_digits) if phone_digits else None
        if key is not None:
            key = self._real.get(key, key)
            if not self._legal_conflict(name, self._names[key]):
                return key, f"same phone {phone}" + self._as_line(key), None
            flag = flag or key
        for domain in domains:
            key = self._by_domain.get(domain) if domain else None
            if key is None:
                continue
            key = self._real.get(key, key)
            if self._same_core(name, self._names[key]) and not self._legal_conflict(name, self._names[key]):
                return key, f"same web domain {domain}" + self._as_line(key), None
            flag = flag or key
        return None, "", flag

    def _as_line(self, key: int) -> str:
        line = self._lines.get(key)
        return f" as line {line}" if line else ""

    @staticmethod
    def _legal_conflict(a: str, b: str) -> bool:
        """Both names carry a legal form and the forms differ: 'Williams LLC' is not 'Williams Inc'."""
        forms_a, forms_b = legal_words(fold(a)), legal_words(fold(b))
        return bool(forms_a and forms_b and forms_a != forms_b)

    @staticmethod
    def _same_core(a: str, b: str) -> bool:
        return duplicate_score(strip_legal(fold(a)), strip_legal(fold(b))) >= 92.0

    def _similar(self, name: str, phone: str | None, *, exclude: int) -> int | None:
        """The customer (key) a new one's name is close to, from the search layer's finder."""
        if self.options.find_similar is None:
            return None
        for customer_id, existing in self.options.find_similar(name, phone)[:1]:
            key = customer_id or self._by_name.get(name_key(existing))
            if key is not None and self._real.get(key, key) != self._real.get(exclude, exclude):
                return key
        return None

    def _create_customer(
        self, line: int, name: str, values: dict[str, Any], extra: dict[str, Any], domains: list[str | None]
    ) -> int:
        key = -(len(self._real) + len(self._pending) + 1)
        self._pending[key] = {**values, "extra": extra or None}
        self._lines[key] = line
        self._remember_customer(key, name, values.get("aliases", []), values.get("phone"), domains)
        self.report.count("customers")
        return key

    def _merge_customer(self, key: int, name: str, values: dict[str, Any], extra: dict[str, Any]) -> None:
        """Fill what the existing customer lacks; never overwrite what it has."""
        target: Any
        if key > 0:
            target = self.session.get(Customer, key)
            get, put = getattr, setattr
        else:
            target = self._pending[key]
            get, put = dict.get, dict.__setitem__  # type: ignore[assignment]
        for name_ in ("industry", "address", "phone", "website", "tier", "notes", "owner_id"):
            if values.get(name_) and not get(target, name_):
                put(target, name_, values[name_])
        aliases = list(get(target, "aliases") or [])
        new = [a for a in values.get("aliases", []) if a not in aliases]
        if name_key(name) != name_key(get(target, "name")) and name not in aliases + new:
            new.append(name)
        if new:
            put(target, "aliases", [*aliases, *new])
            for alias in new:
                self._by_name.setdefault(name_key(alias), key)
        old_extra = get(target, "extra") or {}
        added = {k: v for k, v in extra.items() if k not in old_extra}
        if added:
            put(target, "extra", {**old_extra, **added})

    def _customer_for_link(self, line: int, row: dict[str, str]) -> tuple[int | None, str]:
        """The customer a contact, deal or activity row names (by source id or name), created if
        it is named but not there yet; (None, reason) when the row names none."""
        source_key = self._source_key(row, "customer_source_id")
        key = self._find_key("customer", source_key)
        if key is not None:
            return key, ""
        name = clean_text("customer", self._cell(row, "customer"), limit=_LIMITS["name"]) or ""
        if not name:
            if source_key:
                return None, (
                    f"customer id {source_key.split(':', 1)[1]} is not imported yet "
                    "(import the companies file first)"
                )
            return None, "no customer named"
        found = self._by_name.get(name_key(name))
        if found is not None:
            return self._real.get(found, found), ""
        if len(name) > _LIMITS["name"]:
            return None, f"customer name longer than {_LIMITS['name']} characters"
        key = self._create_customer(
            line,
            name,
            {"name": name, "aliases": [], "lifecycle": "lead", "owner_id": self.options.default_owner_id},
            {},
            [],
        )
        if source_key:
            self._add_key("customer", source_key, key)
        self.report.note(line, f"customer '{name}' was not there; created")
        return key, ""

    def _add_key(self, kind: str, source_key: str, key: int) -> None:
        self._remember_key(kind, source_key, key)
        self._pending_keys.append((kind, source_key, key))

    # Contacts ---------------------------------------------------------------------------------
    def _row_contact(self, line: int, customer_key: int, row: dict[str, str]) -> None:
        """The contact person on a customer row; details without a name stay with the customer."""
        person = self._cell(row, "contact_name")
        if not person:
            loose = {
                self._header(t): self._cell(row, t)
                for t in ("contact_title", "contact_phone", "contact_email")
                if self._cell(row, t)
            }
            if loose:
                self._merge_customer(customer_key, self._names[customer_key], {}, loose)
                self.report.note(
                    line, "contact details without a contact name; kept with the customer (extra)"
                )
            return
        self._upsert_contact(line, customer_key, person, row, {}, None)

    def _upsert_contact(
        self,
        line: int,
        customer_key: int,
        person: str,
        row: dict[str, str],
        extra: dict[str, Any],
        source_key: str | None,
    ) -> tuple[str, str] | None:
        """Add or complete a contact; returns (customer name, reason) when it was already there."""
        email = self._cell(row, "contact_email")
        phone = self._cell(row, "contact_phone")
        mobile = self._cell(row, "contact_mobile")
        if mobile and not phone:
            phone = mobile
        elif mobile and mobile != phone:
            extra[self._header("contact_mobile")] = mobile
        values = {
            "name": self._text(line, row, "contact_name", extra, person) or person[: _LIMITS["contact_name"]],
            "title": self._text(line, row, "contact_title", extra),
            "phone": self._text(line, row, "contact_phone", extra, phone),
            "email": self._text(line, row, "contact_email", extra, email),
        }
        customer_key = self._real.get(customer_key, customer_key)
        existing = self._find_key("contact", source_key)
        reason = (
            f"same id {source_key.split(':', 1)[1]} in {self.system}"
            if existing is not None and source_key
            else ""
        )
        if existing is None:
            for probe in (fold(person), email.lower()):
                found = self._contacts.get(customer_key, {}).get(probe) if probe else None
                if found is not None and probe != fold(person) and not self._may_be(found, person):
                    found = None  # a shared inbox: two people with one address stay two people
                if found is not None:
                    existing, reason = found, "same person at this customer"
                    break
        if existing is not None:
            self._merge_contact(existing, values, extra)
            return self._names[customer_key], reason
        key = -(len(self._pending_contacts) + 1_000_000_000)
        self._pending_contacts[key] = {"customer_key": customer_key, **values, "extra": extra or None}
        self._remember_contact(customer_key, key, person, email)
        if source_key:
            self._add_key("contact", source_key, key)
        self.report.count("contacts")
        return None

    def _may_be(self, contact_key: int, person: str) -> bool:
        """Whether `person` may name the contact already known by the same e-mail: the words of one
        name are among the other's ("Mike" and "Mike Brandt"), not two names ("Mike Ocampo")."""
        known, new = set(self._contact_names.get(contact_key, "").split()), set(fold(person).split())
        return not known or not new or known <= new or new <= known

    def _merge_contact(self, key: int, values: dict[str, Any], extra: dict[str, Any]) -> None:
        key = self._real.get(key, key)
        target: Any = self.session.get(Contact, key) if key > 0 else self._pending_contacts.get(key)
        if target is None:
            return
        get, put = (getattr, setattr) if key > 0 else (dict.get, dict.__setitem__)
        for name_ in ("title", "phone", "email"):
            if values.get(name_) and not get(target, name_):
                put(target, name_, values[name_])
        old_extra = get(target, "extra") or {}
        added = {k: v for k, v in extra.items() if k not in old_extra}
        if added:
            put(target, "extra", {**old_extra, **added})

    def _contact_row(self, line: int, row: dict[str, str]) -> None:
        person = self._cell(row, "contact_name") or " ".join(
            p for p in (self._cell(row, "first_name"), self._cell(row, "last_name")) if p
        )
        if not person:
            person = self._cell(row, "contact_email")
            if not person:
                self.report.skipped.append((line, "no contact name or e-mail"))
                return
            self.report.note(line, "no contact name; the e-mail address is used as the name")
        customer_key, why = self._customer_for_link(line, row)
        if customer_key is None:
            self.report.skipped.append((line, f"contact '{person}': {why}"))
            return
        extra = self._extra(row)
        for target in ("notes", "created", "owner"):  # a contact has no such field: kept as written
            if self._cell(row, target):
                extra[self._header(target)] = self._cell(row, target)
        merged = self._upsert_contact(line, customer_key, person, row, extra, self._source_key(row))
        self._outcome(line, person, merged, None)

    # Deals ------------------------------------------------------------------------------------
    def _deal_row(self, line: int, row: dict[str, str]) -> None:
        title = self._cell(row, "deal_title")
        product = self._cell(row, "product")
        extra = self._extra(row)
        if product and title:
            extra[self._header("product")] = product
        title = title or product
        stage = self._deal_stage(row)
        if stage is None:
            their = self._cell(row, "stage") or self._cell(row, "status")
            self.report.skipped.append(
                (
                    line,
                    f"deal '{title}': stage '{their}' unknown (map it: --stage \"{their}=<our stage>\")"
                    if their
                    else f"deal '{title}': no stage",
                )
            )
            return
        customer_key, why = self._customer_for_link(line, row)
        if customer_key is None:
            self.report.skipped.append((line, f"deal '{title}': {why}"))
            return
        customer_id = self._customer_id(customer_key)
        title = title or f"{self._names[customer_key]}"
        amount_text = self._cell(row, "amount")
        currency_cell = self._cell(row, "currency").upper()
        try:
            amount, currency = parse_amount(amount_text, currency_cell or self.options.default_currency)
            amount = check_amount(amount)
        except (BadValue, InvalidValue):
            amount, currency = None, currency_cell or self.options.default_currency
            extra[self._header("amount")] = amount_text
            self.report.note(line, f"amount '{amount_text}' is not a number; kept in extra")
        if currency_cell and len(currency_cell) == 3 and currency_cell.isalpha():
            currency = currency_cell
        close_text = self._cell(row, "close_date")
        close = None
        if close_text:
            try:
                close = check_day("date", self._dates(self._header("close_date")).day(close_text),
                                  utcnow().date())  # fmt: skip
            except BadValue as error:
                extra[self._header("close_date")] = close_text
                self.report.note(line, f"{error}; kept in extra")
            except InvalidValue as error:
                extra[self._header("close_date")] = close_text
                self.report.note(line, f"close date '{close_text[:40]}': {error.plain()}; kept in extra")
        created = self._moment(line, row, "created", extra)
        owner_id = self._owner(line, row, "owner", extra)
        notes = self._cell(row, "notes")
        if notes:
            extra[self._header("notes")] = notes
        status = outcome_of(stage)
        if status != "lost" and self._cell(row, "lost_reason"):
            extra[self._header("lost_reason")] = self._cell(row, "lost_reason")
        source_key = self._source_key(row) or _fingerprint(
            "deal", customer_id, title, stage, amount, currency, close
        )
        existing = self._find_key("deal", source_key)
        if existing is not None:
            deal = self.session.get(Deal, existing)
            if deal is not None:
                self._fill(deal, {"amount": amount, "expected_close": close, "owner_id": owner_id}, extra)
                self._outcome(
                    line,
                    title,
                    (
                        self.customer_name(deal.customer_id),
                        "already imported: same " + ("id" if source_key.startswith(self.system) else "row"),
                    ),
                    None,
                )
                return
        now = datetime.now(UTC)
        at = created or now  # when it happened: a closed deal closed at its close date (noon)
        if status != "open" and close:
            at = datetime.combine(close, datetime.min.time().replace(hour=12), self.zone).astimezone(UTC)
        customer = self.session.get(Customer, customer_id)
        assert customer is not None and customer.org_id == self.org_id
        title = self._text(line, row, "deal_title", extra, title) or title[: _LIMITS["deal_title"]]
        lost_reason = self._text(line, row, "lost_reason", extra) if status == "lost" else None
        # The repository's own rules, as for every deal: status from the stage, closed_at, the
        # first row of its stage history, the customer's lifecycle moved on.
        deal = DealRepo(self._scope(owner_id, at)).add(
            customer, title=title, stage=stage, currency=currency, amount=amount, expected_close=close,
            owner_id=owner_id, lost_reason=lost_reason, extra=extra or None, created_at=created or now,
        )  # fmt: skip
        self._add_key("deal", source_key, deal.id)
        self.report.count("deals")
        self._outcome(line, title, None, None)

    def _deal_stage(self, row: dict[str, str]) -> str | None:
        status = value_key(self._cell(row, "status"))
        if status in ("won", "lost") and status in self.options.stage_names:
            return status
        closed, won = truthy(self._cell(row, "is_closed")), truthy(self._cell(row, "is_won"))
        if closed and won is not None:
            return "won" if won else "lost"
        stage = self._cell(row, "stage")
        return self.stages.get(value_key(stage)) if stage else None

    def _fill(self, record: Any, values: dict[str, Any], extra: dict[str, Any]) -> None:
        for name_, value in values.items():
            if value is not None and getattr(record, name_) is None:
                setattr(record, name_, value)
        added = {k: v for k, v in extra.items() if k not in (record.extra or {})}
        if added:
            record.extra = {**(record.extra or {}), **added}

    def customer_name(self, customer_id: int) -> str:
        return self._names.get(customer_id) or ""

    # Activities -------------------------------------------------------------------------------
    def _activity_row(self, line: int, row: dict[str, str]) -> None:
        extra = self._extra(row)
        subject, body = self._cell(row, "subject"), self._cell(row, "body")
        text = "\n".join(p for p in (subject, body) if p)
        if not text:
            self.report.skipped.append((line, "no subject or text"))
            return
        occurred = self._moment(line, row, "activity_date", extra) or self._moment(
            line, row, "created", extra
        )
        if occurred is None:
            self.report.skipped.append((line, f"'{text[:40]}': no date"))
            return
        customer_key, why = self._customer_for_link(line, row)
        if customer_key is None:
            self.report.skipped.append((line, f"'{text[:40]}': {why}"))
            return
        customer_id = self._customer_id(customer_key)
        kind_text = self._cell(row, "activity_kind")
        kind = activity_kind(kind_text) if kind_text else "note"
        if kind is None:
            kind = "note"
            extra[self._header("activity_kind")] = kind_text
            self.report.note(line, f"kind '{kind_text}' read as a note; the original kept in extra")
        summary = self._text(line, row, "summary", extra, text) or text[: _LIMITS["summary"]]
        author_id = self._owner(line, row, "author", extra)
        contact_name = self._cell(row, "contact")
        contact_id = None
        if contact_name:
            found = self._contacts.get(customer_id, {}).get(fold(contact_name))
            if found is not None and found < 0:
                self.flush()
                found = self._real.get(found)
            contact_id = found
            if contact_id is None:
                extra[self._header("contact")] = contact_name
        deal_id = self._find_key("deal", self._source_key(row, "deal_source_id"))
        source_key = self._source_key(row) or _fingerprint("activity", customer_id, occurred, kind, summary)
        existing = self._find_key("activity", source_key)
        if existing is not None:
            self._outcome(line, text[:40], (self.customer_name(customer_id), "already imported"), None)
            return
        activity = ActivityRepo(self._scope(author_id, occurred)).add(
            kind, summary, customer_id=customer_id, contact_id=contact_id, deal_id=deal_id,
            occurred_at=occurred, next_step=self._text(line, row, "next_step", extra), extra=extra or None,
        )  # fmt: skip
        self._add_key("activity", source_key, activity.id)
        self.report.count("activities")
        self._outcome(line, text[:40], None, None)

    # Writing ----------------------------------------------------------------------------------
    def _scope(self, user_id: int | None, at: datetime) -> Scope:
        """Where the deal and activity repositories write an imported record: this organisation,
        credited to its owner or author, dated when it happened; not audited (an import is a
        bulk load, reported line by line, not a chat change to /undo)."""
        actor = Actor(self.org_id, user_id, "import")
        unaudited = Audit(self.session, actor, enabled=False)
        return ImportScope(self.session, actor, self.org_id, unaudited, lambda: at)

    def _customer_id(self, key: int) -> int:
        if key < 0 and key not in self._real:
            self.flush()
        return self._real.get(key, key)

    def flush(self) -> None:
        """Write the pending batch: customers first (for their ids), then contacts, then keys."""
        self.session.flush()
        now = datetime.now(UTC)
        if self._pending:
            keys = list(self._pending)
            rows = [
                {"org_id": self.org_id, "created_at": now, "updated_at": now, **self._pending[k]}
                for k in keys
            ]
            # render_nulls: rows with different empty cells still go out as one multi-row INSERT
            ids = self.session.scalars(
                insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
                rows,
                execution_options={"render_nulls": True},
            ).all()
            for key, cid in zip(keys, ids, strict=True):
                self._real[key] = cid
                self._names[cid] = self._names[key]
                if key in self._lines:
                    self._lines[cid] = self._lines[key]
                if key in self._contacts:
                    self._contacts[cid] = self._contacts.pop(key)
            self._pending.clear()
        if self._pending_contacts:
            keys = list(self._pending_contacts)
            rows = []
            for key in keys:
                contact = dict(self._pending_contacts[key])
                customer_key = contact.pop("customer_key")
                rows.append(
                    {
                        **contact,
                        "org_id": self.org_id,
                        "customer_id": self._real.get(customer_key, customer_key),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            ids = self.session.scalars(
                insert(Contact).returning(Contact.id, sort_by_parameter_order=True),
                rows,
                execution_options={"render_nulls": True},
            ).all()
            for key, contact_id in zip(keys, ids, strict=True):
                self._real[key] = contact_id
            self._pending_contacts.clear()
        if self._pending_keys:
            rows = [
                {
                    "org_id": self.org_id,
                    "kind": kind,
                    "source_key": source_key,
                    "record_id": self._real.get(key, key),
                    "created_at": now,
                }
                for kind, source_key, key in self._pending_keys
            ]
            self.session.execute(insert(ImportKey), rows)
            for kind, source_key, key in self._pending_keys:
                if key in self._real:
                    self._keys[(kind, source_key)] = self._real[key]
            self._pending_keys.clear()


@dataclass
class ImportScope:
    """What a repository works in (`crm_store.repos.base.Scope`) while importing: a `Store`
    without the rest of it (the Store builds the transfer repository, so it cannot be used here)."""

    session: Session
    actor: Actor
    org_id: int
    audit: Audit
    now: Callable[[], datetime]


def split_aliases(text: str) -> list[str]:
    return [a.strip() for a in re.split(r"[;|/、；]", text or "") if a.strip()]
