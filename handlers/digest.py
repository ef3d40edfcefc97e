"""The manager's digest as a reply: readable text everywhere, plus the funnel chart as an image.

The data comes from `crm_store.reports`; this module only words and draws it, in the
reader's language and time zone. `/digest` and the scheduled morning digest both use it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from crm_store.reports import DealEvent, DealInfo, Digest, Listing, MemberActivity, QuietCustomer, StalledDeal
from crm_store.repos.deals import StageTotal
from handlers.charts import FunnelPanel, FunnelStep, funnel_png
from handlers.context import Ctx
from handlers.labels import label
from handlers.messages import Image, Reply
from handlers.render import performance_line, pipeline_lines

MAX_CHANGES = 15
MAX_MEMBERS = 25


def _signed_money(ctx: Ctx, amount: Decimal, currency: str) -> str:
    sign = "+" if amount >= 0 else "−"
    return sign + ctx.money(abs(amount).quantize(Decimal(1)), currency)


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else f"−{-number}" if number < 0 else "±0"


def _more(ctx: Ctx, shown: int, total: int) -> list[str]:
    return [f"  … {ctx._('and {n} more', n=total - shown)}"] if total > shown else []


def _amounts(ctx: Ctx, by_currency: dict[str, Decimal]) -> str:
    return " + ".join(ctx.money(v.quantize(Decimal(1)), c) for c, v in sorted(by_currency.items()) if v)


def _owner(ctx: Ctx, digest: Digest, owner_id: int | None) -> str:
    name = digest.user_names.get(owner_id or 0)
    return f" — {name}" if name else ""


def _credit(ctx: Ctx, digest: Digest, event: DealEvent) -> str:
    """Who made the change (the audit actor); the owner too when it was someone else's deal."""
    actor = digest.user_names.get(event.actor_id or 0)
    if not actor:
        return _owner(ctx, digest, event.owner_id)
    owner = digest.user_names.get(event.owner_id or 0)
    if owner and event.owner_id != event.actor_id:
        return " — " + ctx._("{actor} (deal of {owner})", actor=actor, owner=owner)
    return f" — {actor}"


def _customer(digest: Digest, customer_id: int) -> str:
    return digest.customer_names.get(customer_id, "?")


def _deal_text(ctx: Ctx, digest: Digest, deal: DealInfo) -> str:
    return " · ".join(
        (
            f"{_customer(digest, deal.customer_id)} · {deal.title}",
            ctx.money(deal.amount, deal.currency),
            label(ctx.tr, deal.stage),
        )
    )


def pipeline_change(ctx: Ctx, now: list[StageTotal], before: list[StageTotal], since: datetime) -> str:
    """One line: how the open pipeline moved since the previous digest, stage by stage."""
    counts: dict[str, int] = defaultdict(int)
    amounts: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for sign, rows in ((1, now), (-1, before)):
        for row in rows:
            counts[row.stage] += sign * row.count
            amounts[(row.stage, row.currency)] += sign * row.total
    order = {stage.name: index for index, stage in enumerate(ctx.settings.pipeline_stages)}
    parts: list[str] = []
    for stage in sorted({s for s, _ in amounts} | set(counts), key=lambda s: (order.get(s, 99), s)):
        money = [_signed_money(ctx, v, c) for (s, c), v in sorted(amounts.items()) if s == stage and v]
        if not counts[stage] and not money:
            continue
        count = _signed(counts[stage])
        parts.append(f"{label(ctx.tr, stage)} {count}" + (f" ({', '.join(money)})" if money else ""))
    when = ctx.when(since)
    if not parts:
        return ctx._("No change since the previous digest ({when}).", when=when)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for (_, currency), value in amounts.items():
        totals[currency] += value
    total = ", ".join(_signed_money(ctx, v, c) for c, v in sorted(totals.items()))
    return ctx._(
        "Since the previous digest ({when}): total {total} · {stages}",
        when=when,
        total=total,
        stages="; ".join(parts),
    )


def _event_line(ctx: Ctx, digest: Digest, event: DealEvent) -> str:
    deal = f"{_customer(digest, event.customer_id)} · {event.title}"
    amount = ctx.money(event.to_amount, event.currency)
    who = _credit(ctx, digest, event)
    if event.kind == "new":
        return "🆕 " + ctx._("New: {deal} · {amount} · {stage}", deal=deal, amount=amount,
                            stage=label(ctx.tr, event.to_stage)) + who  # fmt: skip
    if event.kind == "won":
        return "✅ " + ctx._("Won: {deal} · {amount}", deal=deal, amount=amount) + who
    if event.kind == "lost":
        reason = f" — {event.lost_reason}" if event.lost_reason else ""
        return "❌ " + ctx._("Lost: {deal} · {amount}", deal=deal, amount=amount) + reason + who
    if event.kind == "moved":
        return "➡️ " + ctx._("Moved: {deal}: {before} → {after} · {amount}", deal=deal,
                             before=label(ctx.tr, event.from_stage), after=label(ctx.tr, event.to_stage),
                             amount=amount) + who  # fmt: skip
    return "💲 " + ctx._("Amount: {deal}: {before} → {after}", deal=deal,
                        before=ctx.money(event.from_amount, event.currency), after=amount) + who  # fmt: skip


def _closing_line(ctx: Ctx, digest: Digest, deal: DealInfo) -> str:
    assert deal.expected_close is not None
    late = deal.expected_close < ctx.today
    mark = "⚠️ " if late else ""
    close = ctx._("close {day}", day=ctx.day(deal.expected_close))
    return f"{mark}{_deal_text(ctx, digest, deal)} · {close}{_owner(ctx, digest, deal.owner_id)}"


def _stalled_line(ctx: Ctx, digest: Digest, item: StalledDeal) -> str:
    days = ctx.days_ago(item.last_touch, now=digest.now)
    quiet = ctx.tr.plural("{n} day without activity", "{n} days without activity", days)
    limit = ctx._("limit {days}", days=item.limit_days)
    return (
        f"{_deal_text(ctx, digest, item.deal)} · {quiet} ({limit}){_owner(ctx, digest, item.deal.owner_id)}"
    )


def stalled_text(
    ctx: Ctx, digest: Digest, *, whose: str, stage: str | None = None, shown: int = 30
) -> str | None:
    """The digest's stalled deals alone ("who is stalled at qualified?"), of one stage when one is said;
    None when there are none. `digest` holds them all (its listing's limit is not the answer's)."""
    items = [s for s in digest.stalled.items if stage is None or s.deal.stage == stage]
    if not items:
        return None
    heading = ctx._(
        "Stalled deals in {whose}, no activity beyond the stage's limit ({n}):", whose=whose, n=len(items)
    )
    rows = [f"  {_stalled_line(ctx, digest, item)}" for item in items[:shown]]
    return "\n".join([heading, *rows, *_more(ctx, len(rows), len(items))])


def _quiet_line(ctx: Ctx, digest: Digest, item: QuietCustomer) -> str:
    days = ctx.days_ago(item.last_contact, now=digest.now)
    ago = ctx.tr.plural("last contact {n} day ago", "last contact {n} days ago", days)
    parts = [_customer(digest, item.customer_id), ago]
    if any(item.won.values()):
        parts.append(ctx._("won {amount}", amount=_amounts(ctx, item.won)))
    if any(item.open.values()):
        parts.append(ctx._("open {amount}", amount=_amounts(ctx, item.open)))
    return " · ".join(parts) + _owner(ctx, digest, item.owner_id)


def _member_line(ctx: Ctx, digest: Digest, member: MemberActivity) -> str:
    name = digest.user_names.get(member.user_id, "?")
    late = ctx.tr.plural("{n} overdue follow-up", "{n} overdue follow-ups", member.overdue)
    return f"{performance_line(ctx, name, member.performance)} · {'⚠️ ' if member.overdue else ''}{late}"


def _section(ctx: Ctx, digest: Digest, heading: str, empty: str, listing: Listing,
             line: Callable[[Ctx, Digest, Any], str]) -> list[str]:  # fmt: skip
    if not listing.total:
        return ["", empty]
    rows = [f"  {line(ctx, digest, item)}" for item in listing.items]
    return ["", heading, *rows, *_more(ctx, len(listing.items), listing.total)]


def digest_text(
    ctx: Ctx,
    digest: Digest,
    *,
    whose: str,
    previous: list[StageTotal] | None = None,
    previous_at: datetime | None = None,
) -> str:
    """The whole digest as plain text (what every platform can show)."""
    lines = [ctx._("📊 Digest for {whose} · {day}", whose=whose, day=ctx.tr.date_long(ctx.today))]

    lines += ["", ctx._("Pipeline by stage:")]
    stage_lines = pipeline_lines(ctx, digest.pipeline)
    lines += [f"  {line}" for line in stage_lines] or ["  " + ctx._("No open deals.")]
    if previous is not None and previous_at is not None:
        lines.append("  " + pipeline_change(ctx, digest.pipeline, previous, previous_at))

    since = ctx.when(digest.since)
    lines += ["", ctx._("What changed since {when}:", when=since)]
    if digest.changes:
        lines += [f"  {_event_line(ctx, digest, e)}" for e in digest.changes[:MAX_CHANGES]]
        lines += _more(ctx, min(len(digest.changes), MAX_CHANGES), len(digest.changes))
    else:
        lines.append("  " + ctx._("No new deals, stage moves, wins or losses."))

    lines += _section(
        ctx,
        digest,
        ctx._("Closing in the next 7 days or overdue ({n}):", n=digest.closing.total),
        ctx._("Nothing closing in the next 7 days or overdue."),
        digest.closing,
        _closing_line,
    )
    lines += _section(
        ctx,
        digest,
        ctx._("Stalled deals, no activity beyond the stage's limit ({n}):", n=digest.stalled.total),
        ctx._("No stalled deals."),
        digest.stalled,
        _stalled_line,
    )
    lines += _section(ctx, digest, ctx._("Customers going quiet, no contact for {days}+ days ({n}):",
                                         days=ctx.settings.quiet_customer_days, n=digest.quiet.total),
                      ctx._("No customers going quiet."), digest.quiet, _quiet_line)  # fmt: skip

    lines.append("")
    if digest.big:
        counts = "; ".join(
            ctx._("{big} of {all} customers", big=big, all=total)
            + (f" ({cur})" if len(digest.big_counts) > 1 else "")
            for cur, (big, total) in digest.big_counts.items()
        )
        lines.append(ctx._("Big customers, 80% of won revenue: {counts}", counts=counts))
        for item in digest.big[:10]:
            share = f"{round(item.share * 100)}%"
            lines.append(
                f"  ⭐ {_customer(digest, item.customer_id)} · {ctx.money(item.won, item.currency)} ({share})"
            )
        lines += _more(ctx, min(len(digest.big), 10), len(digest.big))
    else:
        lines.append(ctx._("No won revenue yet, so no big customers."))

    lines += ["", ctx._("Team performance (last 7 days) and overdue follow-ups:")]
    for member in digest.team[:MAX_MEMBERS]:
        lines.append("  " + _member_line(ctx, digest, member))
    lines += _more(ctx, min(len(digest.team), MAX_MEMBERS), len(digest.team))
    return "\n".join(lines)


def funnel_panels(ctx: Ctx, digest: Digest) -> list[FunnelPanel]:
    """One funnel per currency (amounts in different currencies are never added up), biggest
    first, each with every open stage. A bar is as wide as the open money that has reached
    that stage or a later one, so the funnel narrows as deals move on; it is labelled with the
    stage's own deals and amount."""
    totals = {(row.stage, row.currency): row for row in digest.pipeline}
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in digest.pipeline:
        by_currency[row.currency] += row.total
    panels = []
    for currency in sorted(by_currency, key=lambda c: (-by_currency[c], c)):
        steps: list[FunnelStep] = []
        reached = Decimal(0)
        for stage in reversed(ctx.settings.open_stages):
            found = totals.get((stage.name, currency))
            count, total = (found.count, found.total) if found else (0, Decimal(0))
            reached += total
            steps.insert(
                0,
                FunnelStep(
                    label=f"{label(ctx.tr, stage.name)} · {count}",
                    value=reached,
                    text=ctx.money(total.quantize(Decimal(1)), currency),
                ),
            )
        panels.append(FunnelPanel(currency, steps))
    return panels


def funnel_chart(ctx: Ctx, digest: Digest, whose: str) -> Image:
    """The open pipeline as a funnel chart; the title says how currencies are shown."""
    panels = funnel_panels(ctx, digest)
    if len(panels) > 1:
        title = ctx._("Pipeline of {whose}, per currency (not converted)", whose=whose)
    else:
        currency = panels[0].heading if panels else ctx.settings.default_currency
        title = ctx._("Pipeline of {whose} ({currency})", whose=whose, currency=currency)
    note = ctx._("Bar width: open amount at this stage or a later one") if panels else ""
    png = funnel_png(title, panels, note=note, empty_text=ctx._("No open deals."))
    return Image(png, filename=f"pipeline-{ctx.today.isoformat()}.png", alt=title)


def digest_reply(
    ctx: Ctx,
    digest: Digest,
    *,
    whose: str,
    previous: list[StageTotal] | None = None,
    previous_at: datetime | None = None,
    chart: bool = True,
) -> Reply:
    text = digest_text(ctx, digest, whose=whose, previous=previous, previous_at=previous_at)
    return Reply(text, image=funnel_chart(ctx, digest, whose) if chart else None)
