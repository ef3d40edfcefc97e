"""/help and /start for known users, and the pointer for messages that are not about work."""

from __future__ import annotations

from handlers.context import Ctx
from handlers.messages import Reply


def help_text(ctx: Ctx, topic: str = "") -> str:
    registry = ctx.registry
    wanted = registry.command(topic.strip().lstrip("/")) if topic.strip() else None
    if wanted is not None:
        lines = [f"/{wanted.name} — {ctx._(wanted.summary)}"]
        if wanted.usage:
            lines.append(ctx._("Usage: {usage}", usage=ctx._(wanted.usage)))
        if wanted.example:
            lines.append(ctx._("Example: {example}", example=ctx._(wanted.example)))
        return "\n".join(lines)
    lines = [ctx._("I keep your customers, deals and follow-ups. Commands:")]
    for command in registry.visible(ctx.user.role):
        lines.append(f"/{command.name} — {ctx._(command.summary)}")
    lines.append(ctx._("Send /help <command> for details, e.g. /help deal."))
    lines.append(
        ctx._(
            "Or just tell me what happened, e.g. “met Jane at Acme, they want 20 seats ~$24k, "
            "follow up next Tue”."
        )
    )
    return "\n".join(lines)


def help_command(ctx: Ctx, args: str) -> Reply:
    return Reply(help_text(ctx, args))


def start(ctx: Ctx, args: str) -> Reply:
    return Reply(ctx._("Hello {name}! ", name=ctx.user.display_name) + help_text(ctx))


def free_text_pointer(ctx: Ctx, text: str) -> Reply:
    return Reply(
        ctx._(
            "I didn't catch that. Tell me about a customer, e.g. “called Globex, no answer”, "
            "or send /help to see what I can do."
        )
    )


def small_talk_reply(ctx: Ctx) -> Reply:
    """Greetings, thanks, "ok 👍": a friendly line that also says nothing was stored (not "didn't catch
    that", which reads as an error)."""
    return Reply(
        ctx._("👍 Nothing to save in that. Tell me about a customer whenever you like, or send /help.")
    )
