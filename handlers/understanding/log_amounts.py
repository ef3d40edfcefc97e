"""Amounts said in a field log that are not our deal's: what the customer told, kept in the log's note.

A log reports an interaction; an amount said in it is often something the customer said about their own
money ("预算五十万左右", "budget only 30万", "they pay 3.2k a month now") rather than a change of our deal.
Only a deal word of ours (a stage, a win or loss, a new deal, "now 34k", "改成…") makes it one.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.parsing.amounts import Amount
from handlers.understanding.customers import Found
from handlers.understanding.reading import Reading

# The customer's own budget right before the amount: "budget 只有 30万", "预算五十万左右", "budget is ~40k".
_BUDGET = re.compile(r"(?:\bbudget\b|预算)[^,.;，。；\d]{0,12}$", re.IGNORECASE)


def _ours(reading: Reading) -> bool:
    """Deal words of ours beside the amounts: a stage, an outcome, a reopen, a new deal, a change said."""
    return bool(
        reading.stage or reading.outcome or reading.reopen or reading.add_on or reading.amount_marked
    )


def _keep_in_note(reading: Reading, told: list[Amount]) -> None:
    said = [reading.text[a.start : a.end].strip() for a in told]
    reading.amounts = [a for a in reading.amounts if a not in told]
    reading.doubts = [d for d in reading.doubts if not any(d in w or w in d for w in said)]


def budget_in_a_log(reading: Reading) -> None:
    """ "岳阳众诚隋总电话，预算五十万左右": a budget said in a call or a meeting is what they told us (kept in
    the note with the rest), not our deal's amount; "brightwater qualified, budget ~15k" (no interaction)
    still is."""
    if reading.kind_span is None or _ours(reading):
        return
    text = reading.text
    told = [a for a in reading.amounts if _BUDGET.search(text[reading.clause_of(a.start).start : a.start])]
    _keep_in_note(reading, told)


# Words that make an amount a purchase of theirs: "wants 1.500 licences at $1.500", "要订200台".
_WANTS = re.compile(r"\b(?:wants?|order(?:ed|s)?|buy(?:ing)?|purchas\w*|need(?:s)?)\b|要|订|采购|买", re.I)


def amount_told_without_deal(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "met the owner of X, 4k a month is roughly it": an amount beside a logged interaction, for a customer
    with no open deal, no deal word of ours and no purchase said, may be a new deal or only what was said
    (labelled logs never make one): it is asked about on the card, not made a deal on a guess."""
    if found is None or reading.kind_span is None or not reading.amounts or _ours(reading):
        return
    if _WANTS.search(reading.text) or ctx.store.deals.for_customer(found.customer.id, open_only=True):
        return
    said = [reading.text[a.start : a.end].strip() for a in reading.amounts]
    reading.doubts += [w for w in said if w not in reading.doubts]
