"""Rep performance for managers: /team, /team last month, /team this quarter.

Per rep: activities by kind, new deals, stage advances, win rate and won value for the
period; the same line is the digest's team section (`handlers.render.performance_line`).
"""

from __future__ import annotations

from crm_store.performance import team_totals
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.periods import find_period
from handlers.render import performance_line, period_label

MAX_REPS = 40


def team(ctx: Ctx, args: str) -> Reply:
    """`/team [period]`: a manager's reps (an admin: everyone; a rep: themselves), this month by default."""
    text = args.strip()
    period = find_period(text, ctx.today) if text else None
    if text and (period is None or period.strip_from(text)):
        raise UserError(
            ctx._(
                "Usage: /team [this week | last week | this month | last month | this quarter | last 30 days]"
            )
        )
    if period is None:
        period = find_period("this month", ctx.today)
        assert period is not None
    store = ctx.store
    if ctx.user.role == "admin":
        members = [u for u in store.users.all() if u.active]
    elif ctx.user.is_manager:
        team_ids = store.users.team_view_ids(ctx.user)
        members = [u for u in store.users.all() if u.active and u.id in team_ids]
    else:
        members = [ctx.user]
    members.sort(key=lambda u: u.display_name.lower())
    start, end = period.bounds(ctx.tz)
    source = store.reports.performance(
        ctx.settings, start=start, end=min(end, ctx.now), owners=[u.id for u in members]
    )
    rows = source.for_users(u.id for u in members)
    lines = [ctx._("Team performance, {period}:", period=period_label(ctx, period))]
    lines += [
        "  " + performance_line(ctx, user.display_name, row)
        for user, row in zip(members[:MAX_REPS], rows[:MAX_REPS], strict=True)
    ]
    if len(members) > MAX_REPS:
        lines.append("  … " + ctx._("and {n} more", n=len(members) - MAX_REPS))
    if len(members) > 1:
        lines.append("  " + performance_line(ctx, ctx._("Total"), team_totals(rows)))
    return Reply("\n".join(lines))
