"""Which of a customer's open deals a message means, when it has several.

A rep tells deals apart the way they see them in the list: by a word of the title ("the licenses"), by the
amount the deal is known by ("the 40k one", "50万那单"), by the stage it is at ("the one in negotiation",
"报价阶段的那单") or by its size ("the bigger one", "小单"). Only a description that fits exactly one deal
picks it; anything else is asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from crm_store.models import Customer, Deal
from handlers.domain.deals import deals_named
from handlers.parsing.amounts import find_amounts
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import STAGE_SYNONYMS, find_stages

# The words a deal is called by after its amount or stage: "the 40k one", "30万的单子", "谈判阶段的那个".
_DEAL_NOUN = r"(?:one|deal|opp|oppty|opportunity|project|contract|order|quote|lead)s?\b"
_CN_DEAL_NOUN = r"(?:单子|单|项目|合同|商机|订单|生意|案子|案)"  # 案子: Taiwan's word for a deal
_CALLED_AFTER = re.compile(
    rf"^\s*(?:[\w'’&.-]+\s+){{0,2}}?{_DEAL_NOUN}"
    rf"|^\s*(?:阶段)?\s*的?\s*(?:那|这)\s*(?:一)?\s*(?:个|笔|单)?\s*{_CN_DEAL_NOUN}?"
    rf"|^\s*(?:阶段)?\s*的\s*(?:一)?\s*(?:个|笔)?\s*{_CN_DEAL_NOUN}",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s*[$€£¥]?\s*$", re.IGNORECASE)

# A stage said as where a deal is, not where it goes: "the one in negotiation", "the proposal deal".
_IN_STAGE_BEFORE = re.compile(
    rf"\b(?:{_DEAL_NOUN}|the)\s+(?:(?:that|which)(?:['’]s| is)\s+)?(?:still\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THE_STAGE_DEAL = re.compile(rf"^\s*(?:stage\s+)?{_DEAL_NOUN}", re.IGNORECASE)
_STAGE_MOVED = re.compile(
    r"(?:\b(?:moved?|moving|went|going|pushed|advanced|progressed|now|to|into)\b|进入|推进|到了?|改成|改为|变成)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_NOW_AFTER = re.compile(r"^\s*(?:stage\s+)?(?:now|already)\b|^\s*了", re.IGNORECASE)

_BIGGER = re.compile(
    rf"\b(?:bigger|biggest|larger|largest|big)\s+{_DEAL_NOUN}|大的那|金额大的|大单|大项目|大合同|大的单",
    re.IGNORECASE,
)
_SMALLER = re.compile(
    rf"\b(?:smaller|smallest|small|little)\s+{_DEAL_NOUN}|小的那|金额小的|小单|小项目|小合同|小的单",
    re.IGNORECASE,
)


def deals_meant(
    deals: Sequence[Deal],
    text: str,
    customer: Customer,
    stages: Iterable[str] = (),
    synonyms: Mapping[str, Iterable[str]] = STAGE_SYNONYMS,
) -> list[Deal]:
    """The deals `text` tells apart from the customer's other open `deals`: by title words (of several,
    those naming the most), else the one deal the amount, stage or size said fits. [] when nothing does."""
    titled = deals_named(deals, text, customer)
    if titled:
        return titled
    for picked in (
        by_amount(deals, text),
        by_stage(deals, text, stages, synonyms),
        by_size(deals, text),
    ):
        if len(picked) == 1:
            return picked
    return []


def by_amount(deals: Sequence[Deal], text: str) -> list[Deal]:
    """The deal whose amount the message calls it by: "the 40k one", "the 12k wayne deal", "50万那单"."""
    folded = simplified(text)
    picked: list[Deal] = []
    for amount in find_amounts(folded):
        called = _CALLED_AFTER.match(folded[amount.end :]) or _THE_BEFORE.search(folded[: amount.start])
        if not called:
            continue
        picked += [
            d
            for d in deals
            if d.amount == amount.value
            and (amount.currency is None or amount.currency == d.currency)
            and d not in picked
        ]
    return picked


def by_stage(
    deals: Sequence[Deal],
    text: str,
    stages: Iterable[str],
    synonyms: Mapping[str, Iterable[str]] = STAGE_SYNONYMS,
) -> list[Deal]:
    """The deal at the stage the message calls it by: "the one in negotiation", "the proposal deal",
    "报价阶段的那单"; not a stage it moves to ("moved to negotiation", "进入谈判阶段")."""
    open_stages = [s for s in stages if s not in ("won", "lost")]
    if not open_stages:
        return []
    folded = simplified(text)
    hits = find_stages(folded, open_stages, synonyms)
    said: set[str] = set()
    for stage, start, end in hits:
        if stage_calls_a_deal(folded, start, end):
            said.add(stage)
    return [d for d in deals if d.stage in said]


def stage_calls_a_deal(text: str, start: int, end: int) -> bool:
    """Whether the stage word at `start`:`end` names a deal by where it is ("the one in negotiation", "the
    proposal deal", "报价阶段的那单", "谈判的那个"), rather than saying where a deal is or goes."""
    before, after = text[max(0, start - 40) : start], text[end : end + 24]
    if _STAGE_MOVED.search(before) or _NOW_AFTER.match(after):
        return False
    if re.match(r"[A-Za-z]", text[start:end]):
        return bool(
            _IN_STAGE_BEFORE.search(before) or (_THE_BEFORE.search(before) and _THE_STAGE_DEAL.match(after))
        )
    return bool(re.match(r"^\s*(?:阶段)?\s*的", after) and _CALLED_AFTER.match(after))


def by_size(deals: Sequence[Deal], text: str) -> list[Deal]:
    """The bigger or the smaller of the deals, by amount, when the message says which ("小单签了")."""
    folded = simplified(text)
    bigger, smaller = _BIGGER.search(folded), _SMALLER.search(folded)
    if bool(bigger) == bool(smaller) or any(d.amount is None for d in deals):
        return []
    currencies = {d.currency for d in deals}
    if len(currencies) != 1:
        return []  # "the bigger one" of a deal in euros and one in dollars: not told by a number
    pick = max if bigger else min
    size = pick(d.amount for d in deals if d.amount is not None)
    return [d for d in deals if d.amount == size]
