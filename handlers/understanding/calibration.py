"""Which decision paths may be stored at once: the calibrated store-or-ask table.

A plan the gate finds certain is still shown on the preview card first when a value on its decision
path (`decision_path.path_of`) was measured to be wrong too often on labelled messages the reading was
not tuned on. The card's "Not sure about" line names the part that value decided.

Measured with `benchmarks/understanding/paths.py` on paths recorded by `quick.py --paths`. The five
development halves were tuned on (765 messages stored at once there: 758 right, no value under 95%), so
they cannot show which paths fail; set 5's calibration half (250 messages nobody tuned on) is the
measure. On it no value reaches 99% (with 173 stored at once, no value even has the support a 99% Wilson
bound needs), and only the values below are far under the rest: the other values trade about one right
for each silent wrong they would catch (see the note of issue 13, session 15, for the curve).
"""

from __future__ import annotations

from handlers.context import Ctx
from handlers.understanding.customer_link import Found
from handlers.understanding.decision_path import Path
from handlers.understanding.reading import Reading

Row = dict[str, frozenset[str]]  # feature → values; a path matching every feature of a row is carded

# The rows that go to the preview card, with the figures they came from: messages stored at once on that
# path, right / n, on set 5's calibration half | on the five development halves (tuned on), measured on
# main@d1f844d with the second opinion held out of each set (`quick.py --uncalibrated --holdout SET`).
CARD: tuple[Row, ...] = (
    # A person is named but no word says what kind of contact it was, so it was stored as a note:
    # 0 / 12 (10 SW, 2 missed) | 6 / 6. Unseen messages say their kind in words the reader does not know
    # ("got a text", "whatsapped", "linkedin msg", "通了电化"): a note where the user meant a call or a
    # message. Without a person (a fact: "the order shipped") it stays stored at once: 0 / 1 | 6 / 6.
    # Re-measured in session 30 (focus M, L, K read halves and the own ask sets, --uncalibrated): 36 messages
    # on this path, 17 right when stored at once, 19 silently wrong. A note of what a named contact said
    # with no figure, deal word or doubting word is path kind_from "reported" (`decision_path.reported_note`),
    # not this row: 13 of the 17, none of the 19.
    {"kind_from": frozenset({"default"}), "people": frozenset({"known", "named"})},
)


def _has(path: Path, feature: str, values: frozenset[str]) -> bool:
    said = path.get(feature)
    return any(str(v) in values for v in (said if isinstance(said, tuple | list) else (said,)))


def card_reasons(path: Path, card: tuple[Row, ...] | None = None) -> list[str]:
    """The features of the first row of `card` (default: CARD) that `path` matches (empty: may be stored
    at once)."""
    for row in CARD if card is None else card:
        if row and all(_has(path, feature, values) for feature, values in row.items()):
            return list(row)
    return []


def uncertain_parts(ctx: Ctx, reading: Reading, found: Found | None, path: Path) -> list[str]:
    """The parts of the plan its path says to ask about, as the card's "Not sure about" line names them."""
    out = []
    for feature in card_reasons(path):
        if feature in ("kind_from", "kind") and found is not None and reading.kind == "note":
            out.append(ctx._("a note about {customer}", customer=found.customer.name))
        elif feature in ("kind_from", "kind") and reading.kind:
            out.append(reading.said(reading.kind_span) or reading.kind)
        elif feature == "link" and found is not None:
            out.append(f"{reading.said((found.start, found.end))} = {found.customer.name}".strip(" ="))
        elif feature == "outcome":
            out.append(reading.said(reading.outcome_span) or reading.outcome or "")
        elif feature == "amount" and reading.amount is not None:
            out.append(reading.said((reading.amount.start, reading.amount.end)))
        elif feature == "stage":
            out.append(reading.said(reading.stage_span) or reading.stage or "")
    return [part for part in out if part]
