"""Amounts said in a field log that are not our deal's: what the customer told, kept in the log's note.

A log reports an interaction; an amount said in it is often something the customer said about their own
money ("预算五十万左右", "budget only 30万") rather than a change of our deal. Beside an open deal, their
budget is not the deal's amount; for a customer with no deal, a budget or a deal word starts one, and an
amount said with neither is asked about rather than made a deal on a guess.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.parsing.amounts import Amount
from handlers.understanding import lexicon as lx
from handlers.understanding.customers import Found
from handlers.understanding.date_roles import TOLD
from handlers.understanding.reading import Reading

# The customer's own budget right before the amount: "budget 只有 30万", "预算五十万左右", "budget is ~40k",
# "budget for next year is around 250k".
_BUDGET = re.compile(r"(?:\bbudget\b|预算)[^,.;，。；\d]{0,28}$", re.IGNORECASE)
# Words that make an amount beside a log a deal's: "80k opportunity", "25k for the dashboard", "合同120万";
# what they are keen to do or buy ("keen on the oven monitoring pkg ~8k", "想做温控监测，大概45万"), a case
# opened ("先开一个案子", "先立个项"), a price we quoted ("报了30万") or settled on ("firm at $48,000",
# "agreed 172k", "谈好了"), or how much of a thing it is for ("sensors for 3 buildings").
_DEAL_CUE = re.compile(
    r"\b(?:wants?|order(?:ed|s)?|buy(?:ing)?|purchas\w*|needs?|opp(?:ortunity)?|budget|quote[ds]?|pric\w*|"
    r"worth|value|for the|for a|for their|keen on|interested in|package|pkg|proposal|offer(?:ed)?|"
    r"firm at|fixed at|agreed|settled on|for \d+ [a-z]{3,})\b"
    r"|要|订|采购|买|预算|报价|合同|单|项目|商机|机会|想做|想上|案子|立项|立个项|报了|报过|谈好|敲定|谈定",
    re.IGNORECASE,
)


def _doubted(reading: Reading, amount: Amount) -> bool:
    """Whether a doubt of the reading is about `amount` alone (a range, a hedge: "十七八万"), not about which
    of several amounts is the deal's ("9万美金 / 9万": the budget told is kept in the note, as before)."""
    said = reading.text[amount.start : amount.end].strip()
    others = [reading.text[a.start : a.end].strip() for a in reading.amounts if a is not amount]
    return any(
        said in doubt and (" / " not in doubt or not any(o in doubt.replace(said, "", 1) for o in others))
        for doubt in reading.doubts
    )  # ("7万到8万之间": a range of two figures is one doubt about the amount)


def _keep_in_note(reading: Reading, told: list[Amount]) -> None:
    said = [reading.text[a.start : a.end].strip() for a in told]
    reading.amounts = [a for a in reading.amounts if a not in told]
    reading.doubts = [d for d in reading.doubts if not any(d in w or w in d for w in said)]


def amounts_beside_a_log(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "岳阳众诚隋总电话，预算五十万左右" with a deal open: their budget is what they told us (kept in the
    note with the rest), not the deal's amount, also when it changed ("预算压到120万了"). "met the owner,
    4k a month": for a customer with no open deal, an amount said with no deal word is asked about."""
    if found is not None and reading.amounts:
        condition_told(reading)
    if found is not None and reading.kind_span is None and reading.kind in (None, "note") and reading.amounts:
        _budget_told(ctx, reading, found)
    if found is None or reading.kind_span is None or not reading.amounts:
        return
    if reading.outcome or reading.reopen or reading.add_on:
        return  # a deal word of ours: the amount is the deal's
    if ctx.store.deals.for_customer(found.customer.id, open_only=True):  # (a budget, whatever stage is said)
        text = reading.text
        budgets = [
            a
            for a in reading.amounts
            if _BUDGET.search(text[reading.clause_of(a.start).start : a.start])
            and (not reading.amount_marked or TOLD.search(text, 0, a.start))
        ]  # ("budget now 45k" as a line of its own is the deal's; "说预算压到120万了" is what they said)
        _keep_in_note(reading, budgets)
        return
    text = reading.text
    if reading.stage or reading.amount_marked or _DEAL_CUE.search(text) or lx.NEW_DEAL.search(text):
        return
    said = [reading.text[a.start : a.end].strip() for a in reading.amounts]
    reading.doubts += [w for w in said if w not in reading.doubts]


# An amount that is their condition: the deal it sets comes after ("价格降到三十万就签", "减到五万就落单",
# "再便宜两万就下单") or a condition word is before it in its clause ("they'll sign if we get to 48k",
# "如果能降到十七万就签", "as long as we hit 45k").
_THEN_THEY_DEAL = re.compile(
    r"\s*(?:的话)?\s*(?:就|才|便)\s*(?:能|会|可以|马上|立刻|肯定)?\s*"
    r"(?:签|下单|落单|成交|定|订|买|合作|签约|下订|采购|拍板)"
)
_IF_BEFORE = re.compile(
    r"(?:\b(?:if|as long as|provided|providing|only if|on condition|once)\b"
    r"|如果|要是|假如|只要|若是?|除非|一旦)"
    r"[^,.;!?，。；！？]{0,40}$",
    re.IGNORECASE,
)


def condition_told(reading: Reading) -> None:
    """ "汉川的汪经理说价格降到三十万就签", "wade says they'll sign if we get to 48k": the amount is the
    condition they set, not the deal's amount; beside a logged interaction it stays in the note with the
    rest (the deal is unchanged); with nothing else said the doubt on it is asked ("只要降到七十万就下单")."""
    if reading.outcome or reading.reopen or reading.add_on:
        return
    text = reading.text
    told = [
        a
        for a in reading.amounts
        if _THEN_THEY_DEAL.match(text, a.end)
        or _IF_BEFORE.search(text[reading.clause_of(a.start).start : a.start])
    ]
    if told and reading.kind_span is None:  # nothing else said: the condition is all the news, asked
        reading.amounts = [a for a in reading.amounts if a not in told]
        reading.masked.extend((a.start, a.end) for a in told)
    elif told:
        _keep_in_note(reading, told)
        reading.masked.extend((a.start, a.end) for a in told)
        if reading.kind is None:
            reading.kind, reading.kind_guessed = "note", "news"


def _budget_told(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "northwind told me their budget is 8k max", "Clare says the governors approved a budget of 25k" with a
    deal open: their budget, as they told it, is news kept in a note, not the deal's amount."""
    if reading.outcome or reading.reopen or reading.add_on or reading.amount_marked:
        return
    if not ctx.store.deals.for_customer(found.customer.id, open_only=True):
        return
    text = reading.text
    told = [
        a
        for a in reading.amounts
        if _BUDGET.search(text[reading.clause_of(a.start).start : a.start])
        and TOLD.search(text, 0, a.start)
        and not _doubted(reading, a)
    ]  # ("朱总说预算大概十七八万吧": a range or a hedge is all the news there is, asked, not noted away)
    if told:
        _keep_in_note(reading, told)
        if reading.kind is None:
            reading.kind, reading.kind_guessed = "note", "news"
