"""Checking a salesbot export before anything of it is restored.

Every record is held to the same limits as every other way in (`crm_store.limits`, and the
customer and contact rules of `clean_fields`): text lengths, dates within the bounds (a year
9999 or year 1, a time-zone offset no place uses), amounts, known kinds, stages and statuses,
references to records the export contains. All problems are collected, each with where it is
("customers #3 (id 17) line 4: address too long ..."), and if there is any, nothing is restored.
`checked_export` returns the export with its values cleaned and typed, ready to write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_store.errors import InvalidValue
from crm_store.limits import TEXT_LIMITS, check_amount, check_day, check_moment, clean_text, time_zone
from crm_store.models import ACTIVITY_KINDS, DEAL_STATUSES, REMINDER_STATUSES, ROLES
from crm_store.repos.customers import clean_fields
from crm_store.transfer.reading import UnreadableFile

# Real time-zone offsets run from -12:00 to +14:00; anything further is a damaged value.
MAX_OFFSET = timedelta(hours=14)
# The other system's fields kept with a record (`extra`): how many, and each as long as a note.
MAX_EXTRA_FIELDS = 200
# Problems listed one per line; beyond this many, a count of the rest.
SHOWN_PROBLEMS = 50
_CURRENCY = re.compile(r"[A-Z]{3}")
_STAGE = re.compile(r"[\w-]{1,32}")
_MAX_SNOOZES = 10_000


class ExportRefused(UnreadableFile):
    """An export with problems: all of them, one line each; nothing was restored."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        lines = [*shown, *([f"... and {more} more"] if more else [])]
        super().__init__(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the export; nothing was "
            "restored:\n" + "\n".join(f"  {line}" for line in lines)
        )
        self.problems = problems


class _Bad(Exception):
    """One field's problem, as one English line."""


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    raise _Bad(f"not text ({type(value).__name__})")


def moment(value: Any, now: datetime, *, required: bool = False) -> datetime | None:
    """An exported date-time (ISO 8601) as an aware UTC datetime within the bounds; a time without
    an offset is UTC (that is how salesbot writes them)."""
    text = _text(value)
    if not text:
        if required:
            raise _Bad("missing")
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _Bad(f"not a date and time ({text[:40]!r})") from None
    offset = parsed.utcoffset()
    if offset is not None and abs(offset) > MAX_OFFSET:
        raise _Bad(f"time-zone offset {parsed.tzname()} is not one any place uses (±14:00 at most)")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        moment_utc = parsed.astimezone(UTC)
        return check_moment("date", moment_utc, now)
    except OverflowError:  # year 1 at +05:00: before any calendar datetime can hold
        raise _Bad(f"date out of range ({text[:40]!r})") from None


def day(value: Any, now: datetime) -> date | None:
    text = _text(value)
    if not text:
        return None
    try:
        parsed = date.fromisoformat(text.strip())
    except ValueError:
        raise _Bad(f"not a date ({text[:40]!r})") from None
    return check_day("date", parsed, now.date())


def clock(value: Any) -> time | None:
    text = _text(value)
    if not text:
        return None
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise _Bad(f"not a time of day ({text[:40]!r})") from None


def amount(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise _Bad(f"not an amount ({type(value).__name__})")
    try:
        return check_amount(Decimal(str(value).strip()))
    except InvalidOperation:
        raise _Bad(f"not an amount ({str(value)[:40]!r})") from None


def extra(value: Any) -> dict[str, Any] | None:
    """An `extra` field as exported (a dict in JSON, a JSON text in CSV), each value within a note's
    length; text that is not JSON is kept as one value."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else None
        except json.JSONDecodeError:
            value = {"extra": value}
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise _Bad(f"not a set of fields ({type(value).__name__})")
    if len(value) > MAX_EXTRA_FIELDS:
        raise _Bad(f"{len(value)} fields (the limit is {MAX_EXTRA_FIELDS})")
    limit = TEXT_LIMITS["activities.summary"]
    for key, item in value.items():
        clean_text(f"extra field {str(key)[:40]!r}", str(key), limit=200)
        clean_text(
            f"extra field {str(key)[:40]!r}", item if isinstance(item, str) else str(item), limit=limit
        )
    return value


def one_of(allowed: tuple[str, ...], default: str | None = None, *,
           required: bool = False) -> Callable[[Any], str | None]:  # fmt: skip
    """A word from `allowed` (a kind, a status, a role)."""
    return matching(re.compile("|".join(map(re.escape, allowed))), "one of: " + ", ".join(allowed), default,
                    required=required)  # fmt: skip


def matching(pattern: re.Pattern[str], what: str, default: str | None = None, *,
             required: bool = False) -> Callable[[Any], str | None]:  # fmt: skip
    """Text matching `pattern` whole; empty is `default` (or "missing" when `required`)."""

    def check(value: Any) -> str | None:
        text = (_text(value) or "").strip()
        if not text:
            if required:
                raise _Bad("missing")
            return default
        if not pattern.fullmatch(text):
            raise _Bad(f"{text[:40]!r} is not {what}")
        return text

    return check


def limited(table_column: str, *, required: bool = False) -> Callable[[Any], str | None]:
    field = table_column.split(".")[1].replace("_", " ")
    return lambda value: clean_text(field, _text(value), limit=TEXT_LIMITS[table_column], required=required)


class _Checker:
    """Walks an export, cleaning each record; every problem is kept with where it is."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.problems: list[str] = []

    def field(self, where: str, key: str, value: Any, check: Callable[[Any], Any]) -> Any:
        try:
            return check(value)
        except _Bad as error:
            self.problems.append(f"{where}: {key}: {error}")
        except InvalidValue as error:
            self.problems.append(f"{where}: {_named(key, error)}")
        return None

    def record(self, where: str, item: Any, checks: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
        """`item` with each checked key cleaned (other keys kept as they are)."""
        if not isinstance(item, dict):
            self.problems.append(f"{where}: not a record ({type(item).__name__})")
            return {}
        cleaned = dict(item)
        for key, check in checks.items():
            cleaned[key] = self.field(where, key, item.get(key), check)
        return cleaned

    def section(self, data: dict[str, Any], name: str, checks: dict[str, Callable[[Any], Any]]) -> list[Any]:
        """Every record of one section of the export, checked and cleaned."""
        return [self.record(_where(name, index, item), item, checks)
                for index, item in _records(self.problems, data, name)]  # fmt: skip

    def customer_fields(self, where: str, table: str, item: dict[str, Any], keys: tuple[str, ...]) -> None:
        """The repository's own rules for a customer's or contact's fields (one problem per field)."""
        for key in keys:
            if key != "name" and item.get(key) in (None, "", []):
                continue
            value = item.get(key)
            try:
                if key == "aliases" and value is not None and not isinstance(value, list):
                    raise _Bad(f"not a list ({type(value).__name__})")
                value = value if key == "aliases" else _text(value)
                item[key] = clean_fields(table, {key: value})[key]
            except _Bad as error:
                self.problems.append(f"{where}: {key}: {error}")
            except InvalidValue as error:
                self.problems.append(f"{where}: {_named(key, error)}")


def _named(key: str, error: InvalidValue) -> str:
    """The refusal, starting with the export's own field name."""
    text = error.plain()
    field = error.field.replace("_", " ")
    if field != "date" and text.startswith(field):  # "address too long" -> "address: too long"
        text = text.removeprefix(field).lstrip(": ")
    return f"{key}: {text}"


def _where(section: str, index: int, item: Any) -> str:
    """`customers #3 (id 17, line 4)`: the record's place in the export, its id, its CSV line."""
    label = f"{section} #{index + 1}"
    if isinstance(item, dict):
        details = [
            f"id {str(item['id'])[:20]}" if item.get("id") not in (None, "") else "",
            str(item["_line"]) if item.get("_line") else "",
        ]
        if any(details):
            label += f" ({', '.join(d for d in details if d)})"
    return label


def _records(problems: list[str], data: dict[str, Any], section: str) -> Iterator[tuple[int, Any]]:
    items = data.get(section) or []
    if not isinstance(items, list):
        problems.append(f"{section}: not a list of records ({type(items).__name__})")
        return iter(())
    return iter(enumerate(items))


def checked_export(data: Any, now: datetime) -> dict[str, Any]:
    """The export with every value cleaned and typed; `ExportRefused` lists every problem."""
    if not isinstance(data, dict):
        raise UnreadableFile("not a salesbot export (not a JSON object)")
    check = _Checker(now)
    when = lambda value: moment(value, now)  # noqa: E731
    users = check.section(data, "users", {
        "name": limited("users.display_name", required=True),
        "email": limited("contacts.email"),
        "role": one_of(ROLES),
        "timezone": lambda v: _zone(_text(v)),
        "locale": matching(re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*"), "a language tag"),
        "work_start": clock, "work_end": clock, "digest_time": clock,
    })  # fmt: skip
    user_names = {user.get("name") for user in users}
    customers, customer_ids = [], set()
    for index, item in _records(check.problems, data, "customers"):
        where = _where("customers", index, item)
        customer = check.record(where, item, {"created_at": when, "updated_at": when, "extra": extra})
        check.customer_fields(
            where,
            "customers",
            customer,
            ("name", "aliases", "industry", "address", "phone", "website", "tier", "lifecycle", "notes"),
        )
        if customer.get("lifecycle") is None:
            customer["lifecycle"] = "lead"
        customer_ids.add(str(customer.get("id")))
        contacts = customer.get("contacts") or []
        if not isinstance(contacts, list):
            check.problems.append(f"{where}: contacts: not a list ({type(contacts).__name__})")
            contacts = []
        customer["contacts"] = []
        for number, person in enumerate(contacts):
            at = f"{where} contact #{number + 1}" + (
                f" ({person['_line']})" if isinstance(person, dict) and person.get("_line") else ""
            )
            contact = check.record(at, person, {"left_at": when, "removed_at": when, "extra": extra})
            check.customer_fields(at, "contacts", contact, ("name", "title", "phone", "email"))
            customer["contacts"].append(contact)
        customers.append(customer)
    deals, deal_ids = [], set()
    for index, item in _records(check.problems, data, "deals"):
        where = _where("deals", index, item)
        deal = check.record(
            where,
            item,
            {
                "title": limited("deals.title", required=True),
                "amount": amount,
                "currency": matching(_CURRENCY, "a currency code such as USD", default="USD"),
                "stage": matching(_STAGE, "a stage name", required=True),
                "status": one_of(DEAL_STATUSES, default="open"),
                "expected_close": lambda v: day(v, now),
                "lost_reason": limited("deals.lost_reason"),
                "extra": extra,
                "closed_at": when,
                "created_at": when,
                "updated_at": when,
            },
        )
        if isinstance(item, dict):
            if str(item.get("customer_id")) not in customer_ids:
                check.problems.append(
                    f"{where}: customer_id {str(item.get('customer_id'))[:20]!r} "
                    "is not a customer of the export"
                )
            if item.get("id") in (None, ""):
                check.problems.append(f"{where}: id: missing")
            deal_ids.add(str(item.get("id")))
            history = item.get("stage_history") or []
            if not isinstance(history, list):
                check.problems.append(f"{where}: stage_history: not a list ({type(history).__name__})")
                history = []
            deal["stage_history"] = [
                check.record(
                    f"{where} stage change #{number + 1}",
                    change,
                    {
                        "at": when,
                        "from_amount": amount,
                        "to_amount": amount,
                        "from_stage": matching(_STAGE, "a stage name"),
                        "to_stage": matching(_STAGE, "a stage name"),
                    },
                )
                for number, change in enumerate(history)
            ]
        deals.append(deal)
    activities = check.section(data, "activities", {
        "kind": one_of(ACTIVITY_KINDS, required=True),
        "summary": limited("activities.summary", required=True),
        "occurred_at": when,
        "next_step": limited("activities.next_step"),
        "extra": extra,
    })  # fmt: skip
    reminders = check.section(data, "reminders", {
        "due_at": lambda v: moment(v, now, required=True),
        "text": limited("reminders.text", required=True),
        "status": one_of(REMINDER_STATUSES, default="pending"),
        "snooze_count": _snoozes,
    })  # fmt: skip
    for where, name in [(f"users #{n + 1}", u.get("manager")) for n, u in enumerate(users)]:
        if name not in (None, "") and name not in user_names:
            check.problems.append(f"{where}: manager {str(name)[:40]!r} is not a user of the export")
    if check.problems:
        raise ExportRefused(check.problems)
    return {
        **data,
        "users": users,
        "customers": customers,
        "deals": deals,
        "activities": activities,
        "reminders": reminders,
    }


def _zone(name: str | None) -> str | None:
    if name and time_zone(name) is None:
        raise _Bad(f"{name[:40]!r} is not a time zone")
    return name or None


def _snoozes(value: Any) -> int:
    if value in (None, ""):
        return 0
    text = _text(value) or "0"
    if not text.strip().isascii() or not text.strip().isdigit() or int(text) > _MAX_SNOOZES:
        raise _Bad(f"not a count ({text[:40]!r})")
    return int(text)
