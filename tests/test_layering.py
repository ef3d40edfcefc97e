"""Queries live behind crm_store's repositories: the rooms above it never build one."""

from __future__ import annotations

import re

from tests.support.imports import ROOT

ABOVE_STORAGE = ("config", "handlers", "reminders", "bot")
QUERY = re.compile(
    r"\bfrom sqlalchemy(?:\.\w+)* import [^\n]*\b(select|update|insert|delete|func)\b"
    r"|\bsession\.(query|get|execute|scalars?|add|add_all|delete|merge)\("
)


def test_no_file_above_crm_store_builds_a_query() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for package in ABOVE_STORAGE
        for path in sorted((ROOT / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if QUERY.search(line)
    ]
    assert found == []


def test_the_check_sees_a_query() -> None:
    assert QUERY.search("        rows = session.scalars(select(User)).all()")
    assert QUERY.search("from sqlalchemy import func, select")
    assert not QUERY.search("from sqlalchemy.orm import Session")
