"""Which decision paths may be stored at once: the calibrated store-or-ask table.

A plan the gate finds certain is still shown on the preview card first when a value on its decision
path (`decision_path.path_of`) is one that was measured to be wrong too often on labelled messages the
reading was not tuned on. The card's "Not sure about" line names the part that path decided.

The table is small on purpose: a value is listed only with the figures it came from (see CARD), measured
with `benchmarks/understanding/paths.py` on recorded paths (`quick.py --paths`).
"""

from __future__ import annotations

from handlers.understanding.decision_path import Path

# feature → values that go to the preview card. Figures: stored at once on that value, right/n.
CARD: dict[str, frozenset[str]] = {}


def card_reasons(path: Path, card: dict[str, frozenset[str]] = CARD) -> list[str]:
    """The features of `path` whose value is on the card list (empty: may be stored at once)."""
    out = []
    for feature, values in card.items():
        said = path.get(feature)
        said = said if isinstance(said, tuple | list) else (said,)
        if any(str(v) in values for v in said):
            out.append(feature)
    return out
