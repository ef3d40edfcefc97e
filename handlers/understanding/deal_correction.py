"""A correction that names another deal of the same customer: "sorry, I meant the seats deal, 27k" after
"acme training package is 7k now" changes the seats deal (to 27k), and the training package is as it was.

The last message is said again about the deal the correction names: the words that named the old deal are
swapped for the title of the one meant, and what else the correction says (a new amount) is applied to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from crm_store.models import Customer, Deal
from handlers.context import Ctx
from handlers.domain.deals import deals_named
from handlers.domain.which_deal import deals_meant
from handlers.messages import Reply
from handlers.parsing.vocabulary import stage_synonyms
from handlers.questions import FollowUp, NeedChoice, answer, awaiting_typed_answer
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import WINDOW, CustomerSpan, corrected, kind_of, unchanged_said
from handlers.understanding.customers import locate_customer
from handlers.understanding.intents import Correction

# What names a deal in a correction besides its title: "the … deal", "… one", "那单", "的单子".
_DEAL_FILLER = re.compile(
    # the change verb before the value said again ("是訂房系統改成65萬"): the old message has its own
    r"^[\s,，]*(?:改成|改为|改到|变成|调到|调成)|"
    r"\b(?:i\s+meant?|meant|the|that|this|a|deal|one|other|opp|opportunity|project|not|it|was|is|for|sorry|"
    r"oops|sry|no)\b|['’]s\b|是|那单|这单|那个|这个|单子|项目|的|不是|应该|不好意思|抱歉|[\s,，.。:：;；!！-]+",
    re.IGNORECASE,
)


_THE_OTHER = re.compile(
    r"\bthe other (?:one|deal|opp|project)\b|另一个|另外一个|另外那个|另一单|另外那单", re.I
)


def another_deal(
    ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan
) -> tuple[Correction, Customer, Deal] | None:
    """The last message `old` said again about the deal `fix` names instead of the one it changed, with the
    rest of the fix applied, and that customer and deal (None when the fix names no other open deal of that
    customer)."""
    if fix.whole or fix.restates or fix.person:
        return None
    try:
        found = locate_customer(ctx, read_message(ctx, old), needed=False)
    except NeedChoice:
        return None
    if found is None or found.start < 0:
        return None
    customer = found.customer
    deals = [*ctx.store.deals.for_customer(customer.id, open_only=True), *just_closed(ctx, customer)]
    was = deals_named(deals, old, customer)
    right = unchanged_said(fix.right)  # "是耗材管理那单签了，影像系统还在谈": the other one stays
    meant = deals_named(deals, right, customer) if len(deals) > 1 else []
    if not meant and len(deals) == 2 and len(was) == 1 and _THE_OTHER.search(right):
        meant = [d for d in deals if d not in was]  # "the other one", "是另一个"
    if len(meant) != 1 or meant[0] in was:
        return None  # no deal named, or the one the message was about already
    text = old
    for deal in was:
        text = _without_title(text, deal.title, found.end)
    if meant[0].title != customer.name:  # the note "Corrected: … → …" names it; the pick chooses it
        text = f"{text[: found.end]} {meant[0].title}{text[found.end :]}"
    rest = _without_title(right, meant[0].title, 0)
    rest = _DEAL_FILLER.sub(" ", rest).strip()
    if rest and kind_of(ctx, rest) in ("amount", "currency", "date", "stage"):
        text = corrected(ctx, text, Correction(rest, None), customer_span) or text
    return Correction(" ".join(text.split()), None, whole=True), customer, meant[0]


def just_closed(ctx: Ctx, customer: Customer) -> list[Deal]:
    """The customer's deals won or lost within the correction window: "博远影像那单赢了" then "说错了，是耗材
    管理那单签了": the deal the last message closed is the one it named."""
    now = ctx.store.now().replace(tzinfo=None)
    return [
        d
        for d in ctx.store.deals.for_customer(customer.id)
        if d.status != "open" and d.closed_at is not None and now - d.closed_at.replace(tzinfo=None) <= WINDOW
    ]


def _without_title(text: str, title: str, start: int) -> str:
    """`text` without the words of the deal `title` said after `start` ("training package", "耗材")."""
    words = [re.escape(w) for w in re.findall(r"[A-Za-z][\w'’-]{2,}", title)]
    han = re.findall(r"[\u4e00-\u9fff]{2,}", title)
    pattern = "|".join([*(rf"\b{w}\b" for w in words), *map(re.escape, han)])
    if not pattern:
        return text
    return text[:start] + re.sub(pattern, " ", text[start:], flags=re.IGNORECASE)


def deal_named_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """ "sorry 是数据平台那个", "that's the LMS one" right after "Birchwood has several open deals. Which
    one?": the deal it names is chosen, as its button would be. None when no such question waits (or it
    waited too long, or was passed over) or `text` says more than which deal."""
    question = awaiting_typed_answer(ctx, follow_ups, "deal:")
    if question is None:
        return None
    key, values = str(question.data["key"]), list(question.data.get("values") or [])
    customer = ctx.store.customers.get(int(key.partition(":")[2]))
    deals = [d for v in values if isinstance(v, int) and (d := ctx.store.deals.get(v)) is not None]
    if customer is None or len(deals) < 2:
        return None
    synonyms = stage_synonyms(ctx.settings.stage_synonyms)
    meant = deals_meant(deals, text, customer, ctx.settings.stage_names, synonyms)
    if len(meant) != 1 or _DEAL_FILLER.sub("", _without_title(text, meant[0].title, 0)).strip():
        return None
    return answer(ctx, f"{question.id}:{values.index(meant[0].id)}", follow_ups)
