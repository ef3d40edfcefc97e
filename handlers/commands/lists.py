"""Read-only lists, a page at a time: /customers, /deals, /contacts.

Whose records: "mine", "team" or "all" (default: a rep's own, a manager's team, an admin's
organisation). Filters are words: `/customers tier A quiet`, `/customers industry retail`,
`/deals proposal closing this month`, `/deals won last month`, `/deals team`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime, timedelta

from crm_store.models import User
from crm_store.repos.base import Page
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.labels import label
from handlers.messages import Reply
from handlers.paging import Paging
from handlers.parsing.amounts import CURRENCY_WORDS
from handlers.parsing.periods import coming_period, find_period, period_end
from handlers.parsing.vocabulary import find_stage, stage_synonyms, word_pattern
from handlers.render import contact_details, deal_line
from handlers.resolve import take_customer

MINE = ("mine", "my", "me", "我的")
TEAM = ("team", "团队", "我们团队")
EVERYONE = ("all", "everyone", "全部", "所有")
QUIET = ("quiet", "going quiet", "沉寂", "不活跃", "没联系")
WON = ("won", "赢单", "成交")
LOST = ("lost", "丢单", "输单")
CLOSED = ("closed", "已结束")
CLOSING = ("closing", "close", "预计成交", "成交于")
_TIER = re.compile(r"(?:\btier\s*[=:]?\s*|级别\s*[=:：]?\s*)([abc])\b|\b([abc])\s*(?:tier|类|级)", re.I)
_INDUSTRY = re.compile(r"(?:\bindustry\s*[=:]?|行业\s*[=:：]?)\s*(.+)$", re.I)


LIST_WORDS = ("list", "ls", "all", "列表", "列出")
# A currency a list is filtered by: its ISO code or a Chinese name ("/deals NZD", "人民币的单"); not a bare
# "dollar", which several currencies share.
_CURRENCY_NAMES = tuple(
    word
    for word, code in CURRENCY_WORDS.items()
    if (len(word) == 3 and word.isalpha() and word.isascii())
    or (len(word) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in word))
)


def currency_named(text: str) -> tuple[str | None, str]:
    """The currency `text` names (its ISO code) and the text without it."""
    word, text = _taken(_CURRENCY_NAMES, text)
    return (CURRENCY_WORDS[word] if word else None), text


def list_request(args: str) -> str | None:
    """The rest of "/customer list tier A" (a list was asked for, not a customer called "list")."""
    word, _, rest = args.strip().partition(" ")
    return rest.strip() if word.lower() in LIST_WORDS else None


def _take(words: tuple[str, ...], text: str) -> tuple[bool, str]:
    """Whether one of `words` is in `text`, and the text without it."""
    word, text = _taken(words, text)
    return word is not None, text


def _taken(words: tuple[str, ...], text: str) -> tuple[str | None, str]:
    """Which of `words` is in `text` (the longest that is), and the text without it."""
    for word in sorted(words, key=len, reverse=True):
        match = re.search(word_pattern(word), text, re.I)
        if match:
            return word, " ".join((text[: match.start()] + " " + text[match.end() :]).split())
    return None, text


# A colleague's name said as whose records: "Priya's", "priyas", "刘洋的", "for Tom".
_OWNED = r"(?:['’]s|s)?(?![A-Za-z])"
# First names that are everyday words too: a colleague is named by them in full only ("will", "may").
_WORD_NAMES = frozenset({
    "will", "mark", "bill", "grace", "may", "june", "april", "august", "rose", "joy", "hope", "faith", "art",
    "frank", "sue", "pat", "max", "ray", "rich", "chase", "dawn", "sunny", "summer", "autumn", "win", "penny",
    "bob", "don", "drew", "gene", "guy", "jack", "jean", "lance", "mike", "nick", "rob", "sandy",
})  # fmt: skip
# A colleague named as the one to tell, not as whose records: "which of my deals close in june? need to tell
# Cedric", "告诉刘洋".
_TOLD = re.compile(
    r"\b(?:tell|telling|told|inform|informing|update|updating|show|showing|let|cc|ping|message|email|"
    r"(?:send|sending|forward|forwarding)\s+(?:\w+\s+)?to)\s+$|(?:告诉|通知|转给|发给)\s*$",
    re.IGNORECASE,
)


def colleague_named(ctx: Ctx, text: str) -> tuple[User | None, str]:
    """The other user of the organisation `text` names ("what has Tom got in negotiation", "Diego's open
    deals", "刘洋手上在谈判的单") and the text without the name; (None, text) when it names none or
    several."""
    found: list[tuple[User, re.Match[str]]] = []
    for other in ctx.store.users.all():
        name = other.display_name.strip()
        if other.id == ctx.user.id or not other.active or len(name) < 2:
            continue
        pattern = rf"(?<![A-Za-z]){re.escape(name)}{_OWNED}" if name.isascii() else word_pattern(name)
        match = re.search(pattern, text, re.IGNORECASE)
        first = name.split()[0] if name.isascii() and " " in name else ""
        if match is None and len(first) >= 3 and first.lower() not in _WORD_NAMES:  # "how's sam doing"
            match = re.search(rf"(?<![A-Za-z]){re.escape(first)}{_OWNED}", text, re.IGNORECASE)
        if match and not _TOLD.search(text[: match.start()]):
            found.append((other, match))
    if len(found) != 1:
        return None, text
    other, match = found[0]
    return other, " ".join((text[: match.start()] + " " + text[match.end() :]).split())


def whose(ctx: Ctx, text: str) -> tuple[Collection[int] | None, str, str]:
    """(owner ids or None for everyone, how to say it, the rest of the text). A colleague named ("/deals
    Priya") is that colleague's records: what a rep may list with "all", and a manager with "team"."""
    user = ctx.user
    colleague, text = colleague_named(ctx, text)
    if colleague is not None:
        return [colleague.id], ctx._("{name}'s", name=colleague.display_name), text
    mine, text = _take(MINE, text)
    team, text = _take(TEAM, text)
    everyone, text = _take(EVERYONE, text)
    if mine:
        return [user.id], ctx._("yours"), text
    if everyone or (user.role == "admin" and not team):
        return None, ctx._("everyone's"), text
    if user.is_manager:
        return ctx.store.users.team_view_ids(user), ctx._("your team's"), text
    if team:
        raise UserError(ctx._("Only managers have a team list. Try /customers or /customers all."))
    return [user.id], ctx._("yours"), text


def _days_ago(ctx: Ctx, moment: datetime | None) -> str:
    if moment is None:
        return ctx._("never contacted")
    days = ctx.days_ago(moment)
    return ctx._("last contact {day}", day=ctx.day(moment.astimezone(ctx.tz).date())) + " (" + (
        ctx.tr.plural("{n} day ago", "{n} days ago", days) if days else ctx._("today")
    ) + ")"  # fmt: skip


# /customers ---------------------------------------------------------------------
def customers(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    paging = paging or Paging()
    owners, who, text = whose(ctx, args.strip())
    filters: list[str] = []
    tier = None
    match = _TIER.search(text)
    if match:
        tier = (match.group(1) or match.group(2)).upper()
        text = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
        filters.append(ctx._("tier {tier}", tier=tier))
    quiet, text = _take(QUIET, text)
    quiet_before = None
    if quiet:
        days = ctx.settings.quiet_customer_days
        quiet_before = ctx.now - timedelta(days=days)
        filters.append(ctx._("no contact for {days}+ days", days=days))
    industry = None
    match = _INDUSTRY.search(text)
    if match:
        industry, text = match.group(1).strip(), text[: match.start()].strip()
    elif text.strip():
        industry, text = text.strip(), ""  # "/customers retail": the words left name an industry
    if industry:
        filters.append(ctx._("industry “{industry}”", industry=industry))
    page = ctx.store.customers.listing(
        owner_ids=owners, tier=tier, industry=industry, quiet_before=quiet_before,
        offset=paging.offset, limit=paging.size,
    )  # fmt: skip
    described = who + (f" · {', '.join(filters)}" if filters else "")
    if not page.total:
        return Reply(ctx._("No customers ({filters}).", filters=described))
    owners_shown = owners is None or len(owners) > 1
    names = ctx.store.users.names() if owners_shown else {}
    lines = []
    for customer, last in page.items:
        facts = [customer.name]
        if customer.tier:
            facts.append(ctx._("tier {tier}", tier=customer.tier))
        if customer.industry:
            facts.append(customer.industry)
        if owners_shown and customer.owner_id in names:
            facts.append(names[customer.owner_id])
        facts.append(_days_ago(ctx, last))
        lines.append("  • " + " · ".join(facts))
    head = ctx._("Customers ({filters}), {n}:", filters=described, n=page.total)
    return paging.reply(ctx, "customers", args, page, head, lines)


# /deals -------------------------------------------------------------------------
def deals(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    paging = paging or Paging()
    owners, who, text = whose(ctx, args.strip())
    status = "open"
    filters: list[str] = []
    for words, value in ((WON, "won"), (LOST, "lost"), (CLOSED, "closed")):
        found, text = _take(words, text)
        if found:
            status = value  # ("closed": won or lost; it listed every deal, open ones too)
            filters.append(ctx._("closed") if value == "closed" else label(ctx.tr, value))
    stage = None
    hit = find_stage(text, ctx.settings.stage_names, stage_synonyms(ctx.settings.stage_synonyms))
    if hit is not None and hit[0] not in ("won", "lost"):
        stage, text = hit[0], " ".join((text[: hit[1]] + " " + text[hit[2] :]).split())
        filters.append(label(ctx.tr, stage))
    close_from = close_to = None
    named, coming = find_period(text, ctx.today), coming_period(text, ctx.today, ctx.tz)  # "closing december"
    period = named or coming
    if named is not None and coming is not None and coming.span[0] <= named.span[0] <= coming.span[1]:
        period = coming  # "closing end of this month": by its end, its words around "this month" too
    if period is not None:  # (before the currency: "closing before CNY" is Chinese New Year)
        close_from, close_to = period.first, period_end(period, ctx.today)
        text = period.strip_from(text)
    _, text = _take(CLOSING, text)
    currency, text = currency_named(text)
    if currency is not None:
        filters.append(currency)
    if close_from is not None and close_from == close_to:  # "618那天": one day
        filters.append(ctx._("close {day}", day=ctx.day(close_from)))
    elif close_from is not None and close_to is not None:
        filters.append(ctx._("close {first} – {last}", first=ctx.day(close_from), last=ctx.day(close_to)))
    if text.strip():
        raise UserError(
            ctx._(
                "Usage: /deals [mine|team|all] [stage] [won|lost] [currency] [closing this month], "
                "e.g. /deals proposal closing this month"
            )
        )
    page = ctx.store.deals.listing(owner_ids=owners, status=status, stage=stage, currency=currency,
                                   close_from=close_from, close_to=close_to,
                                   offset=paging.offset, limit=paging.size)  # fmt: skip
    described = ", ".join([who, *filters])
    what = ctx._("open deals") if status == "open" else ctx._("deals")
    if not page.total:
        return Reply(ctx._("No {what} ({filters}).", what=what, filters=described))
    customers_by_id = ctx.store.customers.by_ids([d.customer_id for d in page.items])
    names = ctx.store.users.names() if owners is None or len(owners) > 1 else {}
    lines = []
    for deal in page.items:
        customer = customers_by_id.get(deal.customer_id)
        line = deal_line(ctx, deal, with_customer=customer.name if customer else None)
        if deal.owner_id in names:
            line += f" — {names[deal.owner_id]}"
        lines.append(f"  • {line}")
    head = ctx._("Deals ({filters}), {n}:", filters=described, n=page.total)
    if status == "open":
        head = ctx._("Open deals ({filters}), {n}:", filters=described, n=page.total)
    return paging.reply(ctx, "deals", args, page, head, lines)


# /contacts ----------------------------------------------------------------------
def contacts(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    paging = paging or Paging()
    if not args.strip():
        raise UserError(ctx._("Whose contacts? e.g. /contacts Acme"))
    customer, _ = take_customer(ctx, args, offer_create=False)
    people = list(ctx.store.customers.contacts(customer.id, former=True))
    if not people:
        return Reply(
            ctx._(
                "{customer} has no contacts yet. Add one with /contact add {customer}: Jane Doe, title=CTO",
                customer=customer.name,
            )
        )
    window = people[paging.offset : paging.offset + paging.size]
    page = Page(window, len(people), paging.offset)
    lines = []
    for person in window:
        details = contact_details(person)
        gone = ""
        if person.left_at is not None:
            gone = " (" + ctx._("left {day}", day=ctx.day(person.left_at.astimezone(ctx.tz).date())) + ")"
        lines.append(f"  • {person.name}" + (f" — {details}" if details else "") + gone)
    head = ctx._("Contacts at {customer} ({n}):", customer=customer.name, n=len(people))
    return paging.reply(ctx, "contacts", args, page, head, lines)


__all__ = ["contacts", "customers", "deals", "list_request", "whose"]
