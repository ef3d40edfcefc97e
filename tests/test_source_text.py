"""The source holds no control characters: a backslash escape typed into a non-raw string ("\\b" meant as
a regex word boundary, written by a script that edited the file) becomes a backspace that no text ever
holds, and the pattern silently never matches (the rule asking about a contact moved to their head office
never fired this way)."""

from __future__ import annotations

import re

from tests.support.imports import PACKAGES, ROOT

# Backspace, bell, vertical tab, form feed, and the other C0 controls but tab, newline and carriage return.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_control_characters_in_the_source() -> None:
    found = []
    for folder in (*PACKAGES, "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if CONTROL.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()!r}")
    assert not found, "\n".join(found)
