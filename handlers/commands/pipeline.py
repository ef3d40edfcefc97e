"""The pipeline by stage: count, total and stage-weighted amount. /pipeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from decimal import Decimal

from crm_store.repos.deals import StageTotal
from handlers.context import Ctx
from handlers.labels import label
from handlers.messages import Reply


def scope_for(ctx: Ctx, args: str) -> tuple[Collection[int] | None, str]:
    """Whose deals: a rep's own; a manager's team; an admin's whole organisation."""
    word = args.strip().lower()
    user = ctx.user
    if word in ("me", "mine", "my", "我"):
        return [user.id], ctx._("your deals")
    if user.role == "admin" and word not in ("team", "团队"):
        return None, ctx._("the whole organisation")
    if user.is_manager:
        return ctx.store.users.team_ids(user), ctx._("your team")
    return [user.id], ctx._("your deals")


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


def pipeline(ctx: Ctx, args: str) -> Reply:
    owners, whose = scope_for(ctx, args)
    lines = pipeline_lines(ctx, ctx.store.deals.pipeline(owners))
    if not lines:
        return Reply(ctx._("No open deals in {whose}. Add one with /deal Acme 50k proposal", whose=whose))
    return Reply("\n".join([ctx._("Pipeline of {whose}:", whose=whose), *lines]))
