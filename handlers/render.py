"""Text views shared by several commands and the digest (customer card, deal and reminder lines,
the pipeline by stage)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from crm_store.limits import shorten
from crm_store.models import Activity, Contact, Customer, Deal, Reminder
from crm_store.performance import RepPerformance
from crm_store.repos.deals import StageTotal
from handlers.context import Ctx
from handlers.labels import kind_count, label
from handlers.parsing.periods import Period


def contact_details(contact: Contact) -> str:
    """A contact's title, phone, e-mail and WeChat id (kept with the other details), as one line."""
    wechat = (contact.extra or {}).get("wechat")
    return " · ".join(v for v in (contact.title, contact.phone, contact.email, wechat) if v)


def deal_line(ctx: Ctx, deal: Deal, *, with_customer: str | None = None) -> str:
    parts = [deal.title]
    if with_customer:
        parts[0] = f"{with_customer} · {deal.title}"
    parts.append(ctx.money(deal.amount, deal.currency))
    parts.append(label(ctx.tr, deal.stage))
    if deal.expected_close and deal.status == "open":
        parts.append(ctx._("close {day}", day=ctx.day(deal.expected_close)))
    return " · ".join(parts)


def period_label(ctx: Ctx, period: Period) -> str:
    """A period as a heading names it, with its days: "tomorrow (Wed 25 Nov)", "this week (…)"; a
    weekday or a month named by the user is only its days ("Thu 26 Nov")."""
    names = {
        "this_week": ctx._("this week"),
        "last_week": ctx._("last week"),
        "this_month": ctx._("this month"),
        "last_month": ctx._("last month"),
        "this_quarter": ctx._("this quarter"),
        "last_quarter": ctx._("last quarter"),
        "this_year": ctx._("this year"),
        "last_year": ctx._("last year"),
        "today": ctx._("today"),
        "yesterday": ctx._("yesterday"),
        "tomorrow": ctx._("tomorrow"),
        "next_week": ctx._("next week"),
        "next_month": ctx._("next month"),
    }
    span = ctx.day(period.first) if period.first == period.last else (
        f"{ctx.day(period.first)} – {ctx.day(period.last)}"
    )  # fmt: skip
    if period.key in ("day", "month", "until"):
        return span
    name = names.get(period.key) or ctx.tr.plural("the last {n} day", "the last {n} days",
                                                   (period.last - period.first).days + 1)  # fmt: skip
    return f"{name} ({span})"


def reminder_line(ctx: Ctx, reminder: Reminder, customer: Customer | None = None) -> str:
    overdue = reminder.due_at < ctx.now
    mark = "⚠️ " if overdue else ""
    where = f" ({customer.name})" if customer else ""
    return f"{mark}{ctx.when(reminder.due_at)} — {shorten(reminder.text)}{where}"


def activity_line(ctx: Ctx, activity: Activity) -> str:
    day = ctx.day(activity.occurred_at.astimezone(ctx.tz).date())
    return f"{day} · {label(ctx.tr, activity.kind)}: {shorten(activity.summary)}"


def customer_card(ctx: Ctx, customer: Customer) -> str:
    store = ctx.store
    lines = [customer.name]
    facts = [label(ctx.tr, customer.lifecycle)]
    if customer.tier:
        facts.append(ctx._("tier {tier}", tier=customer.tier))
    if customer.industry:
        facts.append(customer.industry)
    owner = store.users.get(customer.owner_id)
    if owner:
        facts.append(ctx._("owner {name}", name=owner.display_name))
    lines.append(" · ".join(facts))
    for value in (customer.phone, customer.website, customer.address):
        if value:
            lines.append(shorten(value))
    if customer.aliases:
        lines.append(ctx._("Also known as: {names}", names=shorten(", ".join(customer.aliases))))
    contacts = store.customers.contacts(customer.id)
    if contacts:
        lines.append(ctx._("Contacts:"))
        for contact in contacts[:8]:
            details = contact_details(contact)
            lines.append(shorten(f"  • {contact.name}" + (f" — {details}" if details else "")))
    deals = store.deals.for_customer(customer.id, open_only=True)
    if deals:
        lines.append(ctx._("Open deals:"))
        lines.extend(f"  • {deal_line(ctx, deal)}" for deal in deals[:8])
    recent = store.activities.recent(customer.id, limit=3)
    if recent:
        lines.append(ctx._("Last activities:"))
        lines.extend(f"  • {activity_line(ctx, activity)}" for activity in recent)
    else:
        lines.append(ctx._("No activities logged yet."))
    upcoming = store.reminders.next_for_customer(customer.id)
    if upcoming:
        lines.append(ctx._("Next reminder: {line}", line=reminder_line(ctx, upcoming)))
    return "\n".join(lines)


def pipeline_lines(ctx: Ctx, totals: list[StageTotal]) -> list[str]:
    by_stage: dict[str, list[StageTotal]] = defaultdict(list)
    for row in totals:
        by_stage[row.stage].append(row)
    lines: list[str] = []
    grand: dict[str, Decimal] = defaultdict(Decimal)
    weighted_total: dict[str, Decimal] = defaultdict(Decimal)
    for stage in ctx.settings.open_stages:
        rows = by_stage.pop(stage.name, [])
        count = sum(r.count for r in rows)
        if not count:
            continue
        amounts = " + ".join(ctx.money(r.total, r.currency) for r in rows)
        weighted = " + ".join(
            ctx.money((r.total * stage.probability).quantize(Decimal(1)), r.currency) for r in rows
        )
        for r in rows:
            grand[r.currency] += r.total
            weighted_total[r.currency] += r.total * stage.probability
        stage_label = label(ctx.tr, stage.name)  # not inside the call: Babel's extractor reads `tr` there
        lines.append(
            ctx.tr.plural(
                "{stage}: {n} deal · {amount} · weighted {weighted}",
                "{stage}: {n} deals · {amount} · weighted {weighted}",
                count,
                stage=stage_label,
                amount=amounts,
                weighted=weighted,
            )
        )
    for name, rows in by_stage.items():  # stages no longer configured
        lines.append(f"{name}: {sum(r.count for r in rows)}")
    if grand:
        total = " + ".join(ctx.money(v, c) for c, v in sorted(grand.items()))
        weighted = " + ".join(ctx.money(v.quantize(Decimal(1)), c) for c, v in sorted(weighted_total.items()))
        lines.append(ctx._("Total: {total} · weighted forecast {weighted}", total=total, weighted=weighted))
    return lines


def _money_list(ctx: Ctx, by_currency: dict[str, Decimal]) -> str:
    return " + ".join(ctx.money(v.quantize(Decimal(1)), c) for c, v in sorted(by_currency.items()) if v)


def performance_line(ctx: Ctx, name: str, figures: RepPerformance) -> str:
    """ "Sam: 3 activities (2 visits, 1 call) · 1 new deal · 2 stage advances · won 1 of 2 (50%), $45,000"."""
    total = figures.activity_total
    if total:
        kinds = ", ".join(
            kind_count(ctx.tr, kind, n)
            for kind, n in sorted(figures.activities.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        parts = [ctx.tr.plural("{n} activity", "{n} activities", total) + f" ({kinds})"]
    else:
        parts = [ctx._("no activities")]
    parts.append(ctx.tr.plural("{n} new deal", "{n} new deals", figures.new_deals))
    parts.append(ctx.tr.plural("{n} stage advance", "{n} stage advances", figures.advances))
    rate = figures.win_rate
    if rate is None:
        parts.append(ctx._("no deals closed"))
    else:
        won = ctx._(
            "won {won} of {closed} ({rate}%)",
            won=figures.won,
            closed=figures.won + figures.lost,
            rate=round(rate * 100),
        )
        value = _money_list(ctx, figures.won_value)
        parts.append(f"{won}, {value}" if value else won)
    return f"{name}: " + " · ".join(parts)
