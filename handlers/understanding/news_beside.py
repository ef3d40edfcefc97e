"""News said beside a plan or a deal change, kept in a note so the words are not lost.

"腾达的赵总说价格太高 可能要黄 周四再去一趟" is a reminder and news; "ok w the 30k but wants net 60 payment
terms" is a deal change and terms the deal has no field for. Without a note, both would be dropped.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.parsing.amounts import currencies_named
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import Found
from handlers.understanding.known_people import chinese_people_named
from handlers.understanding.reading import CJK, Reading, moved

_WORD = re.compile(r"[A-Za-z][\w'’\-]*|[\u4e00-\u9fff]")

# What a customer said or how the deal stands: news worth a note, said beside a plan in the same message.
_NEWS = re.compile(
    r"\b(?:said|says|told|mentioned|thinks?|feels?|complain\w*|worried|concerned|unhappy|happy|interested|"
    r"wants?|needs?|asked|might|likely|unlikely|probably|too\s+(?:expensive|high|pricey|slow|much)|on hold|"
    r"delayed|postponed|push(?:ed|ing)? back|fall(?:s|ing)? through|going cold|went quiet|losing|budget|"
    r"price|pricing|competitor\w*|cheaper|discount|push(?:es|ing)? for|asking for|off)\b|\d"
    r"|说|表示|觉得|认为|反馈|提到|嫌|太[贵高低慢少]|可能|要黄|黄了|担心|不满|满意|意向|兴趣|希望|考虑|犹豫|"
    r"推迟|延期|暂停|竞争|对手|预算|价格|报价|要求|便宜|折扣|优惠|意见",
    re.IGNORECASE,
)

# What a customer said, asked for or made a condition, beside a deal change: "but wants net 60 terms".
_TERMS = re.compile(
    r"\b(?:said|says|told|mentioned|wants?|wanted|needs?|asked|asking|requires?|required|requested|insists?|"
    r"conditions?|terms|but|except|only if|as long as|provided)\b|说|表示|要求|需要|希望|条件|但是|不过|前提",
    re.IGNORECASE,
)


def keep_the_news(ctx: Ctx, reading: Reading, found: Found) -> None:
    """Make a message with no interaction of its own a note when it carries news beside its plan or beside
    its deal change (only when the customer has an open deal: a new deal's words describe that deal)."""
    plan_only = reading.steps and not (reading.kind or reading.amounts or reading.outcome)
    if plan_only and _beside_the_plan(reading, found):
        reading.kind = "note"  # "赵总说价格太高 可能要黄 周四再去一趟": the news is logged with the visit
        reading.kind_guessed = "news"
    elif (
        not (reading.kind or reading.outcome)
        and reading.about_deal
        and _beside_the_deal(reading, found)
        and ctx.store.deals.for_customer(found.customer.id, open_only=True)
    ):
        reading.kind = "note"  # "ok w the 30k but wants net 60 payment terms": the terms are kept
        reading.kind_guessed = "news"
    elif (
        not reading.kind
        and (reading.outcome == "won" or (reading.about_deal and not reading.outcome))
        and _their_dated_words(reading, found)
        and ctx.store.deals.for_customer(found.customer.id, open_only=True)
    ):
        reading.kind = "note"  # "签了，X说下周开始上线", "moved to negotiation, X wants to go over the terms
        reading.kind_guessed = (
            "news"  # next week": the deal's news, and their plan kept in a note with its day
        )


def _outside(reading: Reading, spans: list[tuple[int, int]]) -> str:
    """The message with `spans` and every date said blanked out."""
    outside = list(reading.text)
    spans = spans + [s for at, when in reading.dates if at >= 0 and when.spans for s in moved(when, at).spans]
    for start, end in spans:
        outside[start:end] = " " * (end - start)
    return "".join(outside)


def _plan_and_name(reading: Reading, found: Found) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in reading.steps] + [(found.start, found.end)] * (found.start >= 0)


def _beside_the_plan(reading: Reading, found: Found) -> bool:
    """Whether the words outside the message's reminders (and its customer's name) report something: a
    plan alone ("周四再去一趟") keeps only the reminder, but "腾达的赵总说价格太高 可能要黄 周四再去一趟" is
    news as well, and a plan that drops it is incomplete."""
    asks = [(c.start, c.end) for c in reading.clauses if _TO_ASK.match(c.text)]
    rest = _outside(reading, _plan_and_name(reading, found) + asks)
    return bool(_NEWS.search(rest)) and bool(content_words(rest))


# A clause that says what to ask or check when the plan is done: the plan's own words, no news ("提醒我给
# 王总打电话 问下预算批了没", "call jane fri, ask if the budget is approved").
_TO_ASK = re.compile(
    r"\s*(?:顺便)?(?:问下|问一下|问问|问清楚|确认下|确认一下|催下|催一下|看下|看看)"
    r"|\s*(?:and\s+)?(?:ask|check|confirm|see|find out)\b",
    re.IGNORECASE,
)


_LEFT_FOR = re.compile(r"(?:\bnot|\binstead of|\brather than|而不是|不是)\s*$", re.IGNORECASE)


def _their_dated_words(reading: Reading, found: Found) -> bool:
    """Whether beside the deal's news someone of theirs says (or wants) something with a day that is not the
    deal's close nor a reminder ("X说下周开始上线", "X wants to go over the terms next week"): the day
    would be dropped with the words."""
    steps = {s.due.date() for s in reading.steps if s.due is not None}
    close = reading.close
    dated = [
        w
        for at, w in reading.dates
        if at >= 0 and w.at.date() != close and w.at.date() not in steps
        and not _LEFT_FOR.search(reading.text, 0, at)  # "close is 9/15 not end of sept": the date left
    ]  # fmt: skip
    if not dated:
        return False
    if any(w in reading.theirs for w in dated):
        return True  # read as their plan ("俞美琴要下周过一遍条款")
    spans = _plan_and_name(reading, found) + [(a.start, a.end) for a in reading.amounts]
    return bool(_TERMS.search(_outside(reading, spans)))


def _beside_the_deal(reading: Reading, found: Found) -> bool:
    """Whether a deal change comes with news its fields do not hold: outside the customer, the amounts,
    the stage and outcome words, the dates and the reminders, a report ("wants", "said", "要求") with at
    least two words of its own ("but wants net 60 payment terms", "但是要求付款周期60天"). The deal
    keeps no words, so without a note they would be lost; "acme wants 30k" has nothing more to keep. (A win
    or a loss keeps its words as the reason.)"""
    spans = _plan_and_name(reading, found) + [(a.start, a.end) for a in reading.amounts]
    spans += [span for span in (reading.stage_span, reading.outcome_span) if span]
    spans += [(start, end) for _, start, end in reading.persons]  # who said it is no news of its own
    if reading.close is not None or (reading.stage_span is not None and reading.stage_moved):
        spans += chinese_people_named(reading.text, reading.people)  # ("进入谈判了，施雅琴说3月10号签")
    spans += [m.span() for m in _DEAL_NAMED.finditer(reading.text)]  # "那个破碎机的单子": which deal
    if found.start > 0 and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", reading.text[: found.start]):
        spans.append((0, found.start))  # "大野铜都…" read as 铜都: the first characters are the name's
    spans += reading.masked  # every word read as something else: other stage words ("进入报价阶段 不对 …")
    if reading.amounts:  # "改成人民币三十五万，苏总要求人民币结算": the currency the
        named = currencies_named(reading.text, reading.amounts)  # amount is now in, and how it is paid,
        spans += [(c.start, c.end) for c in named] + [m.span() for m in _PAID.finditer(reading.text)]
    rest = _outside(reading, spans)
    if reading.add_on or not _TERMS.search(rest):
        return False  # an extra deal's words are its title
    rest = lx.DEAL_NOUN.sub(" ", _NEWS.sub(" ", _TERMS.sub(" ", re.sub(r"\d", " ", rest))))
    rest = re.sub(r"金额|数额|总价|元|块|\b(?:amount|value|worth|deal size)\b", " ", rest, flags=re.I)
    rest = _CHANGE_WORDS.sub(" ", rest)  # "改到六月底，不是五月底": how a change is said is no news
    rest = lx.MOVE_WORDS.sub(" ", rest)  # "推进到谈判": how the stage moved
    if reading.close is not None:
        rest = lx.CLOSE_MARKERS.sub(" ", rest)  # "X说3月10号签": the close, said as theirs
    latin = [w for w in content_words(rest) if w.isascii()]
    return len(latin) + len(CJK.findall(rest)) // 2 >= 2  # two words, or four characters of Chinese


# How an amount is paid or counted: with the currency it is in, the deal's change ("要求人民币结算", "wants to
# pay in pounds").
_PAID = re.compile(r"结算|付款|支付|计价|\b(?:pay|paid|billed|bill|invoiced?|settle)\s+in\b", re.IGNORECASE)


# The words that say a value changes or which value it replaces: the change itself, not news beside it.
_CHANGE_WORDS = re.compile(
    r"改到|改成|改为|推到|延到|提前到|调到|涨到|降到|而不是|不是|\b(?:not|instead of|rather than|now|to)\b",
    re.IGNORECASE,
)


# A deal named by what it is for, which tells which deal changes, not news: "那个破碎机的单子",
# "那个冷链的单子", "the press brake deal", "their kiosk project".
_DEAL_NAMED = re.compile(
    r"(?:那个|这个|那|这|嗰个|个)[\u4e00-\u9fff]{1,8}?的?(?:单子|单|项目|案子)"
    r"|\b(?:the|that|this|their|our)\s+(?:[\w-]+\s+){1,3}?(?:deal|project|order|opp(?:ortunity)?)\b",
    re.IGNORECASE,
)


def content_words(text: str) -> list[str]:
    """The words of `text` that are no stopword: a Chinese character, a Latin word of two letters or more."""
    words = [w for w in _WORD.findall(text) if w.lower() not in lx.STOPWORDS]
    return [w for w in words if len(w) > 1 or not w.isascii()]
