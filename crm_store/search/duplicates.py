"""Likely duplicates: the same company entered twice, e.g. "Schmidt Maschinenbau GmbH" and
"Schmitt Maschinenbau". Names are compared whole, after normalisation: the same name, the
same words in another order, or one edit apart (two in long names). A fragment is not a
duplicate ("Acme" is not "Acme Robotics"), nor are short names one letter apart ("Li" / "Lin").

`ImportDuplicates` is the importer's `find_similar` callback. It blocks names by their first
and last four letters (one edit cannot change both) and by their sorted words, so each row
costs a couple of dictionary lookups and one rapidfuzz scan of a short list: fast enough for
sheets of 100k rows, checked against the organisation's customers and the rows before them.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.models import Customer
from crm_store.search.normalize import fold, strip_legal

LIKELY_DUPLICATE = 90.0
_BLOCK_LIMIT = 96  # names kept per blocking key; more only happens for very common openings


def edit_budget(length: int) -> int:
    """Edits two spellings of one company name may differ by."""
    return 0 if length < 5 else 1 if length < 20 else 2


def duplicate_score(core: str, other: str) -> float:
    """100 same name, 98 same words reordered, 96/92 one/two edits apart; 0 otherwise."""
    if core == other:
        return 100.0
    if not core or not other:
        return 0.0
    if sorted(core.split()) == sorted(other.split()):
        return 98.0
    a, b = core.replace(" ", ""), other.replace(" ", "")
    budget = edit_budget(min(len(a), len(b)))
    if not budget:
        return 100.0 if a == b else 0.0
    distance = OSA.distance(a, b, score_cutoff=budget)
    return 100.0 - 4.0 * distance if distance <= budget else 0.0


def _blocks(compact: str) -> tuple[str, ...]:
    return ("^" + compact[:4], "$" + compact[-4:]) if len(compact) >= 5 else ("=" + compact,)


class ImportDuplicates:
    """Callable `(name, phone) -> [(customer id, existing name)]` for `ImportOptions.find_similar`.

    Same normalised names and phones are merged by the importer itself; this finds the close
    ones. A match with a row imported earlier in the same sheet has id 0.
    """

    def __init__(self, session: Session, org_id: int, existing: list[tuple[int, str]]) -> None:
        """`existing`: (customer id, folded name) of every customer name and alias."""
        self.session = session
        self.org_id = org_id
        self._blocks: dict[str, tuple[list[str], list[tuple[int, str]]]] = {}
        self._words: dict[str, tuple[int, str]] = {}
        for customer_id, folded in existing:
            self._remember(folded, (customer_id, ""))

    def _remember(self, folded: str, ref: tuple[int, str]) -> None:
        for spelling in dict.fromkeys((strip_legal(folded), folded)):  # "Acme Corporatoin" vs "Acme Corp"
            compact = spelling.replace(" ", "")
            for key in _blocks(compact):
                compacts, refs = self._blocks.setdefault(key, ([], []))
                if len(compacts) < _BLOCK_LIMIT:
                    compacts.append(compact)
                    refs.append(ref)
        core = strip_legal(folded)
        if " " in core:
            self._words.setdefault(" ".join(sorted(core.split())), ref)

    def __call__(self, name: str, phone: str | None = None) -> list[tuple[int, str]]:
        folded = fold(name)
        if not folded:
            return []
        found = self._find(strip_legal(folded)) or self._find(folded)
        self._remember(folded, (0, name))
        if found is None:
            return []
        customer_id, display = found
        if customer_id:
            display = (
                self.session.scalar(
                    select(Customer.name).where(Customer.org_id == self.org_id, Customer.id == customer_id)
                )
                or ""
            )
        return [(customer_id, display)] if display else []

    def _find(self, core: str) -> tuple[int, str] | None:
        if " " in core:
            same_words = self._words.get(" ".join(sorted(core.split())))
            if same_words is not None:
                return same_words
        compact = core.replace(" ", "")
        budget = edit_budget(len(compact))
        for key in _blocks(compact):
            block = self._blocks.get(key)
            if block is None:
                continue
            best = extractOne(compact, block[0], scorer=OSA.distance, score_cutoff=budget)
            if best is not None:
                return block[1][best[2]]
        return None
