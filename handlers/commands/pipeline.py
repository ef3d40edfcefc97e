"""The pipeline by stage: count, total and stage-weighted amount. /pipeline."""

from __future__ import annotations

from collections.abc import Collection

from handlers.commands.lists import colleague_named
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.render import pipeline_lines


def scope_for(ctx: Ctx, args: str) -> tuple[Collection[int] | None, str]:
    """Whose deals: a colleague's when named ("/pipeline Priya"); else a rep's own; a manager's team; an
    admin's whole organisation."""
    word = args.strip().lower()
    user = ctx.user
    colleague, _ = colleague_named(ctx, args)
    if colleague is not None:
        return [colleague.id], ctx._("{name}'s", name=colleague.display_name)
    if word in ("me", "mine", "my", "我"):
        return [user.id], ctx._("your deals")
    if user.role == "admin" and word not in ("team", "团队"):
        return None, ctx._("the whole organisation")
    if user.is_manager:
        return ctx.store.users.team_view_ids(user), ctx._("your team")
    return [user.id], ctx._("your deals")


def pipeline(ctx: Ctx, args: str) -> Reply:
    owners, whose = scope_for(ctx, args)
    lines = pipeline_lines(ctx, ctx.store.deals.pipeline(owners))
    if not lines:
        return Reply(ctx._("No open deals in {whose}. Add one with /deal Acme 50k proposal", whose=whose))
    return Reply("\n".join([ctx._("Pipeline of {whose}:", whose=whose), *lines]))
