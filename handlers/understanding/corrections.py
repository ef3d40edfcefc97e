"""Corrections change the record just written: "sorry, I meant …", "X not Y", "不是…是…", "make that 3pm".

The last free-text message that stored something is remembered with its change set. A correction
rewrites that message (the amount, the time or date, the customer, the interaction or the words it
names are swapped for the right ones), undoes what the old message stored and stores the rewritten
one in its place, in the same transaction, so nothing is recorded twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from crm_store.models import ChangeSet, PendingChoice
from handlers.context import Ctx
from handlers.domain import changes
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.amounts import CURRENCY_WORDS, find_amounts
from handlers.parsing.contact_details import details_spans
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import ACTIVITY_WORDS, detect_kind
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import read_news
from handlers.understanding.intents import Correction
from handlers.understanding.known_people import KnownPeople, people_known_to
from handlers.understanding.reading import CJK

# Where a message names its customer: (start, end of the name, end of a person named right after it).
CustomerSpan = Callable[[Ctx, str], "tuple[int, int, int] | None"]
SAID = "said"  # pending-record kind: the last stored message of a user
WINDOW = timedelta(hours=2)  # a correction refers to a message this recent
_SAME_TIME = re.compile(
    r"\s*(?:,\s*)?\b(?:same time|at the same time)\b|同一时间|时间不变|同样时间", re.IGNORECASE
)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # amount | date | time | kind | text


def remember(ctx: Ctx, text: str) -> None:
    """Note the message whose writes are in the current change set, for a later correction."""
    change_set = ctx.store.audit.change_set
    if change_set is None:
        return
    old = ctx.store.pending.latest(SAID)
    if old is not None:
        old.resolved_at = ctx.now
    ctx.store.pending.ask(SAID, {"text": text, "change_set": change_set.id, "at": ctx.now.isoformat()})


def kind_of(ctx: Ctx, words: str) -> str:
    """What a correction's words are: an amount, a currency, a date and/or time, an interaction, or a name."""
    bare = simplified(words)
    if currency_of(bare) is not None:
        return "currency"
    amounts = find_amounts(bare)
    if amounts and amounts[0].end - amounts[0].start >= len(bare.strip()) - 2:
        return "amount"
    when = find_when(_SAME_TIME.sub("", bare), now=ctx.now, tz=ctx.tz)
    if when is not None:
        covered = sum(end - start for start, end in when.spans)
        if covered >= len(_SAME_TIME.sub("", bare).strip()) - 3:
            return "time" if len(when.spans) == 1 and _only_clock(bare, when.spans[0]) else "date"
    if detect_kind(bare, "") and len(bare.strip()) <= 12:
        return "kind"
    return "text"


def _said_as(ctx: Ctx, old: str, spans: list[_Span], wrong: str, kind: str) -> _Span | None:
    """The span of the old message that says the same amount, day or time as `wrong` in other words
    ("thursday" for "thurs", "14:00" for "2pm"), if it has one."""
    bare = simplified(old)
    if kind == "amount":
        value = find_amounts(simplified(wrong))[0].value
        same = [s for s in spans if s.kind == "amount" and _amount_of(bare[s.start : s.end]) == value]
        return same[0] if same else None
    wanted = find_when(simplified(wrong), now=ctx.now, tz=ctx.tz)
    if wanted is None:
        return None
    for span in spans:
        if span.kind not in ("date", "time"):
            continue
        said = find_when(bare[span.start : span.end], now=ctx.now, tz=ctx.tz)
        if said is None:
            continue
        if kind == "time" and said.has_time and said.at.time() == wanted.at.time():
            return span
        if kind == "date" and said.at.date() == wanted.at.date():
            return span
    return None


def _amount_of(words: str) -> object:
    found = find_amounts(words)
    return found[0].value if found else None


def _only_clock(text: str, span: tuple[int, int]) -> bool:
    piece = text[span[0] : span[1]]
    return bool(re.search(r"\d\s*(?:am|pm|:)|[点点:：]|\bnoon\b", piece, re.I)) and not re.search(
        r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|周|星期|明天|今天|后天|月|号|日)", piece, re.I
    )


def _spans(ctx: Ctx, text: str) -> list[_Span]:
    bare = simplified(text)
    spans = [_Span(a.start, a.end, "amount") for a in find_amounts(bare)]
    when = find_when(bare, now=ctx.now, tz=ctx.tz)
    if when is not None:
        for index, (start, end) in enumerate(when.spans):
            is_clock = _only_clock(bare, (start, end))
            spans.append(_Span(start, end, "time" if is_clock else "date"))
            if index == 0 and len(when.spans) == 1 and not is_clock:
                break
    return spans


def corrected(ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan) -> str | None:
    """The old message with the correction applied, or None when it is unclear what to change."""
    fix = _value_before_why(ctx, fix)
    text = _corrected(ctx, old, fix, customer_span)
    if text is not None and fix.more:  # "I mean redwood medical group, not urgent care. 140k"
        text = _corrected(ctx, text, Correction(fix.more, None), customer_span) or text
    return text


_PIECE = re.compile(r"(?<!\d)[,.;，。；](?!\d)")
_VALUES = ("amount", "currency", "date", "time", "kind")


def _value_before_why(ctx: Ctx, fix: Correction) -> Correction:
    """ "make that 32k, they added the second location", "wait that was Tuesday, forgot to log it then",
    "哦不，五十五万，又加了两个校区": the value comes first and the rest says why; the value is the fix."""
    if fix.restates or fix.person or kind_of(ctx, fix.right) != "text":
        return fix
    first = _PIECE.split(fix.right, maxsplit=1)[0].strip()
    if first and first != fix.right.strip() and kind_of(ctx, first) in _VALUES:
        return replace(fix, right=first)
    return fix


def _corrected(ctx: Ctx, old: str, fix: Correction, customer_span: CustomerSpan) -> str | None:
    if fix.restates:  # the statement again, about the same customer
        named = customer_span(ctx, old)
        return f"{old[named[0] : named[1]]}: {fix.right}" if named else None
    if fix.person:  # "spelling: Jon Ellison", "名字打错了 是汪磊": the person the old message names
        who = _person_in(old, people_known_to(ctx))
        at = old.lower().find(who.lower()) if who else -1
        return old[:at] + fix.right + old[at + len(who) :] if who and at >= 0 else None
    kind = kind_of(ctx, fix.right)
    if (
        kind == "currency"
    ):  # "sorry, euros not dollars", "是美元不是人民币": the old amounts, in that currency
        return _in_currency(old, currency_of(simplified(fix.right)) or "")
    right = _SAME_TIME.sub("", fix.right).strip(" ,，")
    spans = _spans(ctx, old)
    lower = simplified(old).lower()
    if fix.wrong:
        wrong = simplified(fix.wrong).lower()
        at = lower.find(wrong)
        if at < 0 and lower.find(_bare(wrong)) >= 0:  # "the wifi deal not the network refresh"
            wrong, right = _bare(wrong), _bare(right)
            at = lower.find(wrong)
        if at >= 0 and any(s <= at < e for s, e in details_spans(old)):  # "尾号是1112，不是1111"
            return old[:at] + right + old[at + len(wrong) :]
        if at >= 0:
            end = at + len(wrong)
            named = customer_span(ctx, old) if kind == "text" else None
            if named and named[0] <= at < named[1]:
                said_after = old[named[1] :].strip()
                if said_after and right.endswith(said_after) and len(right) > len(said_after):
                    right = right[: -len(said_after)].strip()  # "是开门红赢了 不是好运来" after "好运来 赢了"
                return old[: named[0]] + right + old[named[1] :]  # "sterling pharma, not paper"
            for span in spans:  # the whole date or amount the wrong words are part of
                if span.start <= at < span.end and kind in (span.kind, "date" if span.kind == "time" else ""):
                    at, end = min(at, span.start), max(end, span.end)
            if kind == "amount":
                right = _with_currency(old[at:end], right)
            return old[:at] + right + old[end:]
        wrong_kind = kind_of(ctx, fix.wrong)
        if wrong_kind in ("amount", "date", "time"):
            said = _said_as(ctx, old, spans, fix.wrong, wrong_kind)
            if said is None:
                return None  # "make that friday not thurs" after a message with no Thursday: not that one
            if kind == "amount":
                right = _with_currency(old[said.start : said.end], right)
            return old[: said.start] + right + old[said.end :]
    if kind in ("amount", "date", "time"):
        same = [s for s in spans if s.kind == kind or (kind == "date" and s.kind == "time" and not fix.wrong)]
        same = [s for s in same if s.kind == kind] or same
        if same:
            span = same[0]
            if kind == "amount":
                right = _with_currency(old[span.start : span.end], right)
            return old[: span.start] + right + old[span.end :]
        if kind == "amount":
            return None
        if kind == "date" and CJK.match(old.lstrip()[:1] or " "):
            return f"{right} {old}"  # "和蓝鲸于总吃饭" / "是昨天的事": it happened then
        return f"{old} {right}"
    if kind == "text":
        span = customer_span(ctx, old)  # "wrong one, redwood capital": the customer was wrong
        if span is None:
            return None
        says = customer_span(ctx, right)  # "是金山软件韩磊": the person named after the customer too
        end = span[2] if says is not None and says[2] > says[1] else span[1]
        return old[: span[0]] + right + old[end:]
    if kind == "kind":
        found = detect_kind(old, "")
        if found:
            for word in sorted(ACTIVITY_WORDS[found], key=len, reverse=True):
                at = lower.find(word)
                if at >= 0:
                    return old[:at] + right + old[at + len(word) :]
    return None


_ARTICLE = re.compile(
    r"^(?:the|a|an|that|this|our|their)\s+|\s+(?:deal|one|opp|opportunity|project)$|^那个|的?单子$"
)


def _bare(words: str) -> str:
    """ "the wifi deal" → "wifi": the words that name the thing, as an old message would say them."""
    return _ARTICLE.sub("", _ARTICLE.sub("", words.strip())).strip() or words


# What a correction says before a currency named alone: "euros", "in USD", "it's pounds", "是美元", "用欧元".
_CURRENCY_LEAD = re.compile(
    r"^\s*(?:(?:it(?:'s| is| was| should be)|in|should be|currency)\s+)?(?:us\s+)?", re.IGNORECASE
)
_CN_CURRENCY_LEAD = re.compile(r"^(?:应该)?(?:是|用|按)?|(?:结算|计价)$")
_SYMBOLS = re.compile(
    r"[$€£¥￥]|(?<![A-Za-z])(?:usd|eur|gbp|cny|rmb|hkd|jpy)(?![A-Za-z])|美元|美金|欧元|英镑|人民币|港币|日元",
    re.IGNORECASE,
)


_MORE_CURRENCY = {"yen": "JPY", "dollars": "USD", "us dollars": "USD", "us dollar": "USD"}


def currency_of(words: str) -> str | None:
    """The currency code of words that name a currency and nothing else; "元"/"块" alone are no correction."""
    said = _CN_CURRENCY_LEAD.sub("", _CURRENCY_LEAD.sub("", words, count=1).strip(" .!。！"))
    said = said.lower()
    return CURRENCY_WORDS.get(said) or _MORE_CURRENCY.get(said) if said not in ("元", "块") else None


def _in_currency(old: str, code: str) -> str | None:
    """The old message with each amount said in `code` instead ("28k" → "28k EUR", "$28k" → "28k EUR")."""
    amounts = find_amounts(simplified(old))
    if not amounts or not code:
        return None
    text = old
    for amount in reversed(amounts):
        number = _SYMBOLS.sub("", text[amount.start : amount.end]).strip()
        text = f"{text[: amount.start]}{number} {code}{text[amount.end :]}"
    return text


def _with_currency(replaced: str, right: str) -> str:
    """ "£8k" corrected by "18k" stays in pounds: the old amount's currency when the new one names none."""
    before, after = find_amounts(simplified(replaced)), find_amounts(right)
    if after and after[0].currency is None and before and before[0].currency:
        return f"{right} {before[0].currency}"
    return right


def _person_in(text: str, known: KnownPeople) -> str | None:
    """The one person a message names: a contact it adds or changes, else the person met or called."""
    people = [n.who for n in read_news(text, known) if n.who]
    if not people:
        found = [m.group("name") for m in lx.PERSON_AFTER.finditer(text)]
        people = [n for n in found if n.split()[0].lower() not in lx.STOPWORDS]
    return people[0] if len(set(people)) == 1 else None


def just_stored(ctx: Ctx) -> tuple[PendingChoice, ChangeSet] | None:
    """The user's last free-text message and its change set, when that is their last change and recent."""
    said = ctx.store.pending.latest(SAID)
    last = changes.last_change(ctx)
    recent = said is not None and ctx.now - datetime.fromisoformat(said.data["at"]) <= WINDOW
    if said is None or last is None or last.id != said.data.get("change_set") or not recent:
        return None
    return said, last


def correct(
    ctx: Ctx, fix: Correction, understand: Callable[[Ctx, str], list[Reply]], customer_span: CustomerSpan
) -> list[Reply]:
    """Undo the last stored message and store it again as corrected."""
    stored = just_stored(ctx)
    if stored is None:
        raise UserError(ctx._("I have no recent change of yours to correct. What should I store?"))
    said, last = stored
    text = corrected(ctx, said.data["text"], fix, customer_span)
    if text is None or text == said.data["text"]:
        raise UserError(
            ctx._(
                "What should I change in “{text}”? "
                "Send it again as it should be and press Undo on the old one.",
                text=said.data["text"],
            )
        )
    changes.undo_change(ctx, last.id)
    said.resolved_at = ctx.now
    replies = understand(ctx, text)
    note = ctx._("Corrected: “{old}” → “{new}”", old=said.data["text"], new=text)
    if replies and replies[0].buttons and replies[0].buttons[-1].payload.startswith("undo:"):
        return [Reply(f"{note}\n{replies[0].text}", replies[0].buttons), *replies[1:]]
    return [Reply(note), *replies]
