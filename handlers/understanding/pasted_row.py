"""A row pasted from a spreadsheet ("Umbrella Health GmbH,Healthcare,+49 30 …,B,Olivia Hart,…,"45,000"") is
data without a sentence: its columns' meaning is unknown, so nothing of it is stored (trial 68 H4: its
last figure replaced the open deal's amount without a question).
"""

from __future__ import annotations

import csv
import re

_MIN_FIELDS = 5  # a sentence may list three or four things with commas; a row has columns
_PROSE_WORDS = 4  # a field of this many words is a clause, not a cell
_DELIMITERS = (",", "\t", ";", "|")


def is_pasted_row(text: str) -> bool:
    """Whether `text` is one line of delimited cells, none of them a clause of a sentence."""
    line = text.strip()
    if "\n" in line or not line:
        return False
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < _MIN_FIELDS - 1:
            continue
        if delimiter == "," and len(re.findall(r",(?=\S)", line)) < line.count(",") - 1:
            continue  # a message lists with ", " ("acme 24k, globex 120k, …"); a sheet's row does not
        cells = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))
        filled = [c.strip() for c in cells if c.strip()]
        if len(cells) < _MIN_FIELDS or len(filled) < _MIN_FIELDS - 1 or any(map(_a_clause, filled)):
            continue
        if any(_RECORD_CELL.fullmatch(c) for c in filled):  # a cell only a record holds, typed alone
            return True
    return False


# A date, a phone number, an e-mail address or a code, typed as a cell: "2026-12-07", "+49 30 5550 1200",
# "12/07/2026", "jane@acme.example", "ID-0042" (a list typed in a chat names customers and figures).
_RECORD_CELL = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\+?\d[\d\s()-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Z]{1,4}-?\d{3,}"
)


def _a_clause(cell: str) -> bool:
    """A cell that reads as words of a message: several words, or Chinese of some length."""
    words = [w for w in cell.split() if re.search(r"[^\W\d_]", w)]  # (a phone number's groups are none)
    return len(words) >= _PROSE_WORDS or len(re.findall(r"[\u4e00-\u9fff]", cell)) >= 12
