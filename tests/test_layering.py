"""Queries live behind crm_store's repositories: the rooms above it never build one, and never
hold a database session. They open a transaction with `Database.system()` and work through
what it gives them (`system.store(actor)`, `system.directory`, `system.notifications`,
`system.inbox`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.support.imports import ROOT

ABOVE_STORAGE = ("config", "handlers", "reminders", "bot")
QUERY = re.compile(
    r"\bfrom sqlalchemy(?:\.\w+)* import [^\n]*\b(select|update|insert|delete|func)\b"
    r"|\bfrom sqlalchemy\.orm import\b"
    r"|\bsession\.(query|get|execute|scalars?|add|add_all|delete|merge)\("
)


def _files() -> list[Path]:
    return [path for package in ABOVE_STORAGE for path in sorted((ROOT / package).rglob("*.py"))]


def session_uses(source: str) -> list[str]:
    """Where code touches a database session: reads `x.session`, opens `db.transaction()` or
    `db.session()` (a session, not a System), or hands a variable called `session` to a call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "session":
            found.append(f"{node.lineno}: .session")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "transaction" and not node.args:
                found.append(f"{node.lineno}: .transaction()")
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if any(isinstance(arg, ast.Name) and arg.id == "session" for arg in arguments):
                found.append(f"{node.lineno}: {ast.unparse(func)}(session ...)")
    return found


def test_no_file_above_crm_store_builds_a_query() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if QUERY.search(line)
    ]
    assert found == []


def test_no_file_above_crm_store_touches_a_session() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{where}"
        for path in _files()
        for where in session_uses(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_checks_see_queries_and_sessions() -> None:
    assert QUERY.search("        rows = session.scalars(select(User)).all()")
    assert QUERY.search("from sqlalchemy import func, select")
    assert QUERY.search("from sqlalchemy.orm import Session")
    assert not QUERY.search("from sqlalchemy.exc import IntegrityError")
    sample = (
        "with db.transaction() as session:\n"
        "    Directory(session).user(1)\n"
        "    audit.undo(ctx.store.session, 1, 2)\n"
        "    search(query, session=session)\n"
    )
    assert sorted(where.split(":")[0] for where in session_uses(sample)) == ["1", "2", "3", "4"]
    assert session_uses("with db.system() as system:\n    system.store(actor).customers.get(1)\n") == []


WRITES = {"add", "add_contact", "update", "update_contact", "contact_left", "remove_contact", "change",
          "delete", "set_status", "reschedule"}  # fmt: skip
AGGREGATES = {"customers", "deals", "activities", "reminders"}


def aggregate_writes(source: str) -> list[str]:
    """Calls like `ctx.store.deals.change(...)`: a write to a customer, contact, deal, activity or
    reminder made directly through the organisation's store."""
    found = []
    for node in ast.walk(ast.parse(source)):
        func = node.func if isinstance(node, ast.Call) else None
        if (
            isinstance(func, ast.Attribute)
            and func.attr in WRITES
            and isinstance(func.value, ast.Attribute)
            and func.value.attr in AGGREGATES
            and isinstance(func.value.value, ast.Attribute | ast.Name)
            and getattr(func.value.value, "attr", getattr(func.value.value, "id", "")) == "store"
        ):
            found.append(f"{node.lineno}: {ast.unparse(func)}")
    return found


def test_only_the_domain_operations_write_the_crm_records() -> None:
    """handlers/domain is the one place that changes customers, contacts, deals, activities and
    reminders; commands, free text, buttons and the scheduler call it."""
    found = [
        f"{path.relative_to(ROOT)}:{where}"
        for path in _files()
        if (ROOT / "handlers" / "domain") not in path.parents
        for where in aggregate_writes(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_write_check_sees_a_write() -> None:
    assert aggregate_writes("ctx.store.deals.change(deal, stage='won')\nstore.customers.add('Acme')\n")
    assert aggregate_writes("ctx.store.deals.get(1)\nctx.store.users.update(user, locale='zh')\n") == []
