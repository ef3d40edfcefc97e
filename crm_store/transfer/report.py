"""What an import did with every row: the counts add up to the rows read, and every merge,
possible duplicate and skip names its line and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_SHOWN_LINES = 12  # a note shared by many rows lists this many of their lines


@dataclass
class ImportReport:
    kind: str = "customers"
    rows: int = 0
    imported: int = 0  # rows that became a new record
    created: dict[str, int] = field(default_factory=dict)  # records created, per kind (incl. linked ones)
    merged: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, name, into, reason
    # line, name, the customer it may duplicate, that customer's line when this file made it
    possible_duplicates: list[tuple[int, str, str, int | None]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # line, reason
    notes: dict[str, list[int]] = field(default_factory=dict)  # note -> lines it applies to
    mapped: dict[str, str] = field(default_factory=dict)  # their column -> our field
    unmapped: list[str] = field(default_factory=list)  # their columns kept with each record
    source: str = ""
    dry_run: bool = False
    restored: dict[str, int] = field(default_factory=dict)

    def note(self, line: int, text: str) -> None:
        self.notes.setdefault(text, []).append(line)

    def count(self, kind: str, n: int = 1) -> None:
        self.created[kind] = self.created.get(kind, 0) + n

    @property
    def flagged(self) -> int:
        return len(self.possible_duplicates)

    @property
    def accounted(self) -> int:
        return self.imported + len(self.merged) + self.flagged + len(self.skipped)

    def summary(self) -> list[str]:
        if self.restored:
            return ["restored: " + ", ".join(f"{n} {what}" for what, n in self.restored.items())]
        lines = [
            f"{self.kind}: rows read {self.rows} = imported {self.imported} + merged {len(self.merged)}"
            f" + possible duplicates {self.flagged} (imported, please check) + skipped {len(self.skipped)}"
        ]
        if self.created:
            lines.append("created: " + ", ".join(f"{n} {what}" for what, n in self.created.items()))
        if self.mapped:
            lines.append(
                "columns: " + ", ".join(f"{theirs} -> {ours}" for theirs, ours in self.mapped.items())
            )
        if self.unmapped:
            lines.append("not mapped, kept with each record (extra): " + ", ".join(self.unmapped))
        lines += [
            f"  line {line}: merged '{name}' into '{into}' ({reason})"
            for line, name, into, reason in self.merged
        ]
        lines += [
            f"  line {line}: '{name}' may be a duplicate of '{of}'"
            + (f" (line {of_line})" if of_line else "")
            + " (imported; please check)"
            for line, name, of, of_line in self.possible_duplicates
        ]
        lines += [f"  line {line}: skipped: {reason}" for line, reason in self.skipped]
        for text, where in self.notes.items():
            shown = ", ".join(str(n) for n in where[:_SHOWN_LINES])
            more = f" … ({len(where)} rows)" if len(where) > _SHOWN_LINES else ""
            lines.append(f"  note: {text} (line{'s' if len(where) > 1 else ''} {shown}{more})")
        if self.dry_run:
            lines.append("dry run: nothing was written")
        return lines

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rows": self.rows,
            "imported": self.imported,
            "created": self.created,
            "merged": [{"line": a, "name": b, "into": c, "reason": d} for a, b, c, d in self.merged],
            "possible_duplicates": [
                {"line": a, "name": b, "of": c, "of_line": d} for a, b, c, d in self.possible_duplicates
            ],
            "skipped": [{"line": a, "reason": b} for a, b in self.skipped],
            "notes": [{"note": text, "lines": where} for text, where in self.notes.items()],
            "columns": self.mapped,
            "unmapped": self.unmapped,
            "dry_run": self.dry_run,
            "restored": self.restored,
        }
