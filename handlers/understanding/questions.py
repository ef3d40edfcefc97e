"""Questions about the CRM answered from it; nothing is stored.

"what's open with acme?", "华为最近怎么样", "how much is the globex deal", "who's our contact at
Kessler?" get the customer's card: open deals with amount, stage and close date, contacts, last
activities and the next reminder. "what do I have today", "what's due" and "what's open" without a
customer get the day, the reminders or the pipeline; "what did I do yesterday", "我这周拜访了哪些客户"
get your history of that period.
"""

from __future__ import annotations

import re

from crm_store.models import Customer
from handlers.commands import followups, history, lists, pipeline, reminder_list, reminders
from handlers.commands.pipeline import scope_for
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.parsing.periods import Period, coming_period, find_period, period_end
from handlers.parsing.vocabulary import find_stage, stage_synonyms
from handlers.questions import NeedChoice
from handlers.registry import as_list
from handlers.render import customer_card, deal_line, reminder_line
from handlers.resolve import MIN_SCORE
from handlers.understanding import lexicon as lx
from handlers.understanding.close_customers import decide_among
from handlers.understanding.colleague import work_asked_of
from handlers.understanding.customer_link import Found, best_hits
from handlers.understanding.customers import locate_customer
from handlers.understanding.doubted import hedged
from handlers.understanding.further_customers import other_customers
from handlers.understanding.reading import Reading

_CLOSED_SHOWN = 3
_CLOSE_SHOWN = 3
_REMINDERS_SHOWN = 5


def _card_with_closed(ctx: Ctx, customer: Customer) -> str:
    """The customer card, then the people who left ("who left prairie state?") and the latest won or lost
    deals with why they were lost ("did we lose hooli?", "天府软件为什么丢单" are answered by them)."""
    closed = [d for d in ctx.store.deals.for_customer(customer.id) if d.status != "open"]
    lines = [customer_card(ctx, customer)]
    former = [c for c in ctx.store.customers.contacts(customer.id, former=True) if c.left_at is not None]
    if former:
        left = ", ".join(f"{c.name} ({c.title})" if c.title else c.name for c in former[:_CLOSED_SHOWN])
        lines.append(ctx._("Left: {people}", people=left))
    if closed:
        lines.append(ctx._("Closed deals:"))
        for deal in closed[:_CLOSED_SHOWN]:
            line = f"  • {deal_line(ctx, deal)}"
            if deal.lost_reason:
                line += " — " + deal.lost_reason
            lines.append(line)
    return "\n".join(lines)


_CURRENCY = re.compile(
    r"币种|货币|什么币|哪种币|\bcurrenc(?:y|ies)\b|美金|美元|人民币|台币|港币|欧元|日元|英镑"
    r"|\b(?:usd|cny|rmb|ntd|twd|hkd|eur|gbp|jpy|cad|aud)\b",
    re.IGNORECASE,
)
# (said in the user's other language: Portuguese hoje, Swahili leo)
_TODAY = re.compile(r"\btoday\b|\btoday'?s\b|\bhoje\b|(?-i:\bleo\b)|今天|今日", re.IGNORECASE)
# What a question asks about: things to do (reminders, follow-ups, the agenda) or deals (closing, signing).
_DUE = re.compile(
    r"\b(due|remind\w*|follow[\s-]?ups?|f/u|to[\s-]?dos?|tasks?|agenda|schedule|plate|calendar|"
    # (Portuguese tenho, Swahili nina: I have)
    r"(?:do|did) i have|have i got|(?:what['’]?ve|what have) i got|on for|tenho|nina)\b"
    r"|提醒|待办|跟进|回访|安排|日程|计划|要做|要干|干嘛|任务",
    re.IGNORECASE,
)
_MONTH_END = re.compile(r"((?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?)(?:底|末|尾)")
# (a Latin word inside Chinese has no word boundary: "有咩deal要close")
_CLOSES = re.compile(
    r"(?<![a-z])(?:clos(?:e|es|ing)|sign(?:s|ing)?)(?![a-z])|成交|签约|签单|结案", re.IGNORECASE
)
_TASKS = re.compile(
    r"\b(?:remind\w*|follow[\s-]?ups?|f/u|to[\s-]?dos?|tasks?)\b|提醒|待办|跟进|回访|任务", re.IGNORECASE
)
_OPEN = re.compile(
    # "我有哪几单是港币的", Cantonese "边几单": which deals (not 单价, 单位, 单据)
    r"(?<![a-z])(open|pipeline|forecast|deals?)(?![a-z])|商机|漏斗|管道|预测|案子|单子|(?:哪|边)几?\s*(?:张|个)?单(?![价位据])",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?<![a-z])(deals?|opps?|opportunit(?:y|ies)|clos[a-z]*|sign[a-z]*|pipeline|forecast|commit(?:s|ted)?)(?![a-z])"
    r"|商机|单子|单|案子|签|成交|结案|漏斗|预测",
    re.IGNORECASE,
)


def _customer_answer(ctx: Ctx, text: str, customer: Customer) -> Reply:
    """One customer's card (or its reminders), with its deals' currency when that is asked."""
    if _DUE.search(text) and not _CLOSING.search(text):
        return Reply(_customer_reminders(ctx, customer))
    card = _card_with_closed(ctx, customer)
    if _CURRENCY.search(text):  # "永福贸易是什么币种": the card shows HK$, the question wants the code
        codes = sorted({d.currency for d in ctx.store.deals.for_customer(customer.id, open_only=True)})
        card = ctx._("Currency: {codes}", codes=", ".join(codes) or "—") + "\n" + card
    return Reply(card)


def _customer_reminders(ctx: Ctx, customer: Customer) -> str:
    """ "华泰重工的提醒是哪天", "when's my next follow-up with acme": the customer's open reminders."""
    due = ctx.store.reminders.open_for_customer(customer.id, limit=_REMINDERS_SHOWN)
    if not due:
        return ctx._("No open reminders for {customer}.", customer=customer.name)
    lines = [ctx._("Reminders for {customer}:", customer=customer.name)]
    lines.extend(f"  • {reminder_line(ctx, reminder)}" for reminder in due)
    return "\n".join(lines)


def _customer_of_deal_named(ctx: Ctx, text: str) -> Customer | None:
    """ "status on the managed wifi deal": the customer whose open deal's title the question names (a title
    that is more than the customer's own name), when only one customer's deals fit."""
    words = simplified(text).lower()
    owners = {
        deal.customer_id
        for deal in ctx.store.deals.open_for(ctx.user.id)
        if len(deal.title) >= 4
        and simplified(deal.title).lower() in words
        and deal.title.lower() != ctx.store.customers.require(deal.customer_id).name.lower()
    }
    return ctx.store.customers.require(owners.pop()) if len(owners) == 1 else None


# Deals asked about by how they ended or by their size: "which deals did we lose", "丢了哪些单",
# "biggest deal in my pipeline", "我最大的单是哪个".
_LOST = re.compile(r"\b(?:lost|lose|losses)\b|丢了|丢掉|丢的|输了|输掉|输的|丢单|输单|黄了", re.IGNORECASE)
_WON = re.compile(r"\b(?:won|wins|win)\b|赢了|赢的|赢单|签下|拿下", re.IGNORECASE)
_BIGGEST = re.compile(
    r"\b(?:biggest|largest|top|highest|most valuable|best|fattest)\b|最大|最高|最多|金额最|最值钱",
    re.IGNORECASE,
)


def _closing_then(ctx: Ctx, who: str, period: Period, words: str) -> list[Reply]:
    """The open deals of `who` that close in the period (said in `words`), listed; none when none does."""
    owners, _, _ = lists.whose(ctx, who)
    first, last = period.first, period_end(period, ctx.today)
    page = ctx.store.deals.listing(owner_ids=owners, status="open", close_from=first, close_to=last, limit=1)
    if not page.total:
        return []
    return [lists.deals(ctx, f"{who} closing {words}")]


def _whose(ctx: Ctx, text: str) -> str:
    """ "what has Tom got in negotiation", "刘洋的单": that colleague's deals (their name, which `lists.whose`
    reads); "my lost deals", "我最大的单": one's own; else the asker's usual scope."""
    colleague, _ = lists.colleague_named(ctx, text)
    if colleague is not None:
        return colleague.display_name
    return "mine" if re.search(r"\b(?:my|mine)\b|我(?!们)", text, re.IGNORECASE) else ""


def _colleague(ctx: Ctx, text: str) -> str:
    """The colleague's name a question asks about, or ""."""
    colleague, _ = lists.colleague_named(ctx, text)
    return colleague.display_name if colleague is not None else ""


def _biggest(ctx: Ctx, text: str) -> Reply:
    """The biggest open deals: the top three in one currency, else the biggest in each (amounts in two
    currencies are not compared); "my biggest deal" asks about one's own."""
    owners, whose = scope_for(ctx, _whose(ctx, text))
    by_currency = ctx.store.deals.largest_open(owner_ids=owners)
    if not by_currency:
        return Reply(ctx._("No open deals with an amount in {whose}.", whose=whose))
    several = len(by_currency) > 1
    deals = [d for top in by_currency.values() for d in (top[:1] if several else top)]
    head = (
        ctx._("Biggest open deal in each currency ({whose}):", whose=whose)
        if several
        else ctx._("Biggest open deals ({whose}):", whose=whose)
    )
    names = ctx.store.customers.by_ids([d.customer_id for d in deals])
    lines = [f"  • {deal_line(ctx, d, with_customer=names[d.customer_id].name)}" for d in deals]
    return Reply("\n".join([head, *lines]))


def _about_deals(ctx: Ctx, text: str) -> Reply | None:
    """ "what did we lose", "赢了哪些单", "biggest opp": the deals list or the biggest deals, if asked."""
    # (also "how much is in my negotiation stage", "谈判阶段有多少": the deals at that stage)
    if not _CLOSING.search(text) and not re.search(
        r"\bwhat\b|\bhow (?:much|many)\b|什么|哪|多少", text, re.I
    ):
        return None
    if _BIGGEST.search(text):
        return _biggest(ctx, text)
    if _LOST.search(text):
        return lists.deals(ctx, f"{_whose(ctx, text)} lost")
    if _WON.search(text):
        return lists.deals(ctx, f"{_whose(ctx, text)} won")
    stage = find_stage(text, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    if stage is not None and stage[0] in ("won", "lost") and coming_period(text, ctx.today, ctx.tz):
        return None  # "五一前要成交的单子有哪些": closing by then, not won already
    if stage is not None:
        return lists.deals(ctx, f"{_whose(ctx, text)} {stage[0]}")  # "我在谈判阶段的单子有哪些"
    return None


def _cards(ctx: Ctx, reading: Reading, found: Found) -> list[Customer]:
    """The customers a question names: "华为和东方贸易分别多少钱" asks about both."""
    try:
        others, _ = other_customers(ctx, reading, found)
    except NeedChoice:
        others = []  # a second name unclear between two customers: the first one is answered
    return [found.customer, *(o.customer for o in others if o.customer.id != found.customer.id)]


def _close_ones(ctx: Ctx, reading: Reading) -> list[Customer]:
    """The customers a question may mean when its words name several about as well ("中鼎 pipeline
    status?" with 中鼎集团 and 中鼎精工, "what's new with apex?" with two Apexes): each is answered, since an
    answer stores nothing, rather than the whole pipeline or "which customer?"."""
    hits = best_hits(ctx, reading)
    named = [h for h in hits.values() if h.match.field in ("name", "alias")]
    if len(named) < 2:
        return []
    winner, close = decide_among(ctx, reading, named)
    if winner is not None:
        return []
    ids = [h.match.customer_id for h in close if h.match.score >= MIN_SCORE + 20]
    return [ctx.store.customers.require(i) for i in dict.fromkeys(ids)][:_CLOSE_SHOWN]


# An outcome wondered about, not only asked of the record: a yes/no question on whether the deal was won
# or lost that carries the writer's own belief, as a tag asking to be agreed with ("X won't be lost,
# right?", "没丢吧？", "不会黄吧"), or as hedged evidence beside it ("did X sign? her message sounded like a
# yes", "签了吗？好像有这个意思"). The card answers what the CRM holds; what to record is asked, not guessed.
_OUTCOME_WORD = re.compile(
    r"\b(?:sign(?:ed|s)?|won|win|lost|lose|losing|walk(?:ed|ing)?|dead|award(?:ed)?)\b|签|赢|输|丢|黄|拿下|成交",
    re.IGNORECASE,
)
_BELIEF_TAG = re.compile(
    r"(?:[,，]\s*|\s)(?:right|yeah|yes|correct|surely|hopefully|innit|isn['’]?t it|did they|didn['’]?t they|"
    r"will they|won['’]?t they|have they|haven['’]?t they|has it|hasn['’]?t it)\s*[?？]*$"
    r"|(?:吧|对吧|是吧|对不对|没错吧|啩)\s*[?？]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？；;\n]+")


def outcome_wondered(text: str) -> bool:
    """Whether a question on the deal's outcome carries the writer's belief (`_BELIEF_TAG`, or a hedge said
    in another sentence of the message)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for i, part in enumerate(parts):
        if not _OUTCOME_WORD.search(part):
            continue
        tagged = text[: ends[i]] if i < len(ends) else text
        if _BELIEF_TAG.search(tagged.rstrip("?？!！ ")) or _BELIEF_TAG.search(tagged.strip()):
            return True
        if any(hedged(other) for j, other in enumerate(parts) if j != i):
            return True
    return False


def answer_question(ctx: Ctx, reading: Reading) -> list[Reply]:
    replies = _answer(ctx, reading)
    if replies and outcome_wondered(reading.text) and locate_customer(ctx, reading, needed=False):
        replies.append(
            Reply(ctx._("Nothing was saved. Has the deal changed? Tell me what happened and I'll record it."))
        )
    return replies


def _work_done(ctx: Ctx, text: str, colleague: str | None = None) -> Reply:
    """ "what did I do yesterday", "我这周拜访了哪些客户", "what have we done this week", "what did anna do
    this week": the history of the period (today when none is said), yours (or, said "we", your team's for
    a manager; or the colleague's asked about), of the kind named if one is."""
    period = find_period(text, ctx.today)
    when = text[period.span[0] : period.span[1]] if period is not None else "today"
    kinds, _ = history.kinds_named(text)
    who = colleague or ("" if re.search(r"\bwe\b|我们", text, re.IGNORECASE) else "mine")
    return history.history(ctx, " ".join([who, when, *kinds]))


# Deals that have not moved: "who is stalled?", "what's stuck in proposal", "哪些单子卡住了", "停滞的商机"
_STALLED = re.compile(
    r"\b(?:stall(?:ed|ing|s)?|stuck|not moving|no movement|gone nowhere|going nowhere)\b"
    r"|卡住|停滞|没进展|没有进展|没动静",
    re.IGNORECASE,
)


def _answer(ctx: Ctx, reading: Reading) -> list[Reply]:
    """The answer from the CRM's own views: the customer card (or its reminders; each close one's when
    the words fit several), the day, the reminders or the deals of a period ("what closes in december",
    "下周要跟进的"), else the pipeline."""
    text = reading.text
    colleague = work_asked_of(ctx, text)
    if colleague is not None:  # "what did dana do this week": the colleague, not a contact called Dana
        return [_work_done(ctx, text, colleague)]
    found = locate_customer(ctx, reading, needed=False)
    customer = found.customer if found is not None else _customer_of_deal_named(ctx, text)
    if customer is not None:
        customers = _cards(ctx, reading, found) if found is not None else [customer]
        return [_customer_answer(ctx, text, c) for c in customers]
    close = _close_ones(ctx, reading)
    if close:
        return [_customer_answer(ctx, text, c) for c in close]
    if _STALLED.search(text):  # "who is stalled at qualified stage?", "哪些单子卡住了"
        stage = find_stage(text, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
        return as_list(followups.stalled(ctx, _colleague(ctx, text), stage[0] if stage else None))
    asked = _about_deals(ctx, text)
    if asked is not None:
        return [asked]
    if lx.WORK_ASKED.search(text):
        return [_work_done(ctx, text)]
    period = coming_period(text, ctx.today, ctx.tz)
    if period is None:  # "哪些是六月底关单的": closing by the end of June, in June
        text = _MONTH_END.sub(r"\1", text)
        period = coming_period(text, ctx.today, ctx.tz)
    words = text[period.span[0] : period.span[1]] if period else ""
    closing = _CLOSING.search(period.strip_from(text)) if period is not None else None
    if closing and (not _DUE.search(text) or (_CLOSES.search(text) and not _TASKS.search(text))):
        # "what closes in december", "what do i have closing before memorial day?"
        return as_list(lists.deals(ctx, f"{_whose(ctx, text)} closing {words}"))  # "closing in december"
    colleague = _colleague(ctx, text)  # "Marlys 这周有什么安排", "what's on Marlys's plate tomorrow": theirs
    if _TODAY.search(text) and (period is None or period.key == "today") and not colleague:
        return as_list(reminders.today(ctx, ""))
    if period is not None and (_DUE.search(text) or not _OPEN.search(text)):
        # "anything due this week?", "明天有什么安排", "Lysander今個禮拜點樣": the reminders, and the deals
        # that close then (what the day or week holds), unless only the tasks are asked for
        listed = as_list(reminder_list.reminders(ctx, f"{colleague} {words}".strip()))
        if _TASKS.search(text):
            return listed
        return listed + _closing_then(ctx, colleague or "mine", period, words)
    if _DUE.search(text):
        return as_list(reminder_list.reminders(ctx, colleague) if colleague else reminders.reminders(ctx, ""))
    currency, _ = lists.currency_named(text)  # "Kirrily 的 pipeline 里 NZD 的单有哪些": that currency's
    if _OPEN.search(text) and (colleague or currency):
        return as_list(
            lists.deals(ctx, f"{_whose(ctx, text)} {currency or ''}".strip())
        )  # "Diego's open deals?": each deal named
    if _OPEN.search(text):
        return as_list(pipeline.pipeline(ctx, ""))
    return [
        Reply(
            ctx._(
                "I couldn't tell which customer you're asking about, so nothing was saved. "
                "Ask e.g. “what's open with Globex?”, or send /help to see what I can do."
            )
        )
    ]
