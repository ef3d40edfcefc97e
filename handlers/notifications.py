"""Messages the bot sends unprompted: a due reminder with its context, a complaint alert.

Each is rendered for its recipient (language, time zone) by a `Ctx` made for them
(`Assistant.context_for`); the buttons route back through `handlers.commands.followups`.
"""

from __future__ import annotations

from crm_store.models import Activity, Customer, Deal, Reminder, User
from handlers.context import Ctx
from handlers.messages import Button, Reply
from handlers.render import activity_line, deal_line

REMINDER_ACTIONS = ("done", "snooze", "tomorrow", "later")


def reminder_buttons(ctx: Ctx, reminder_id: int) -> tuple[Button, ...]:
    labels = (ctx._("Done"), ctx._("Snooze 1 h"), ctx._("Tomorrow 9:00"), ctx._("Reschedule"))
    return tuple(
        Button(text, f"rem:{action}:{reminder_id}")
        for text, action in zip(labels, REMINDER_ACTIONS, strict=True)
    )


def reminder_notice(
    ctx: Ctx,
    reminder: Reminder,
    *,
    customer: Customer | None,
    last_activity: Activity | None,
    open_deals: list[Deal],
) -> Reply:
    """ "⏰ call back Jane" with what a rep needs to act on it: customer, last activity, open deal."""
    head = ("🚨 " + ctx._("Urgent") + " · " if reminder.urgent else "⏰ ") + reminder.text
    lines = [head, ctx._("Due {when}", when=ctx.when(reminder.due_at))]
    if customer is not None:
        lines.append(ctx._("Customer: {name}", name=customer.name))
        if last_activity is not None:
            lines.append(ctx._("Last activity: {line}", line=activity_line(ctx, last_activity)))
        else:
            lines.append(ctx._("No activities logged yet."))
    linked = [d for d in open_deals if d.id == reminder.deal_id] or open_deals
    for deal in linked[:2]:
        lines.append(ctx._("Open deal: {line}", line=deal_line(ctx, deal)))
    if reminder.snooze_count:
        lines.append(ctx.tr.plural("Snoozed {n} time", "Snoozed {n} times", reminder.snooze_count))
    return Reply("\n".join(lines), reminder_buttons(ctx, reminder.id), in_thread=False)


def complaint_notice(
    ctx: Ctx, activity: Activity, *, customer: Customer | None, author: User | None, owner: User | None
) -> Reply:
    """Sent at once, whatever the hour: a complaint is answered quickly and brought to management."""
    name = customer.name if customer else ctx._("a customer")
    lines = [
        "🚨 " + ctx._("Complaint from {customer}", customer=name),
        activity.summary,
        ctx._("Logged by {author} at {when}", author=author.display_name if author else "?",
              when=ctx.when(activity.occurred_at)),
    ]  # fmt: skip
    if owner is not None and owner.id != ctx.user.id:
        lines.append(ctx._("Account owner: {name}", name=owner.display_name))
    return Reply("\n".join(lines), in_thread=False)
