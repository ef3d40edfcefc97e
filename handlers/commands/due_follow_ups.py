"""A follow-up made: logging a call, visit, meeting, e-mail or message with a customer while one of the
user's reminders about that customer is already due lists it and asks whether it is done.

Without this, a rep who calls Jane as planned and tells the bot about the call keeps "Follow up with
Jane" overdue until they open /reminders: the reminder list, the morning's "your day" and the
manager's digest ("1 overdue follow-up") then count work that was done as work forgotten. Nothing is
closed without the tap: a call that reached nobody, or a visit about something else, may not be the
follow-up the reminder meant."""

from __future__ import annotations

from typing import Any

from crm_store.repos.reminders import OPEN_STATUSES
from handlers.context import Ctx
from handlers.domain.events import ActivityLogged, DealChanged
from handlers.domain.reminders import complete_reminder
from handlers.i18n import N_
from handlers.messages import Reply
from handlers.questions import FollowUp, NeedChoice, Option, ask

# Activities that reach the customer; a note or a complaint logged is not the follow-up done.
CONTACT_KINDS = ("call", "meeting", "visit", "email", "message")


def due_follow_ups(ctx: Ctx, event: object) -> Reply | None:
    """Listener: the acting user's open reminders about the customer of a contact just logged that are
    due by now (overdue, or due earlier today) are listed with a "Done" button. Once per customer and
    message; a reminder of a deal this message won or lost is left to that deal's own question."""
    if not isinstance(event, ActivityLogged) or event.customer_id is None or event.kind not in CONTACT_KINDS:
        return None
    earlier = ctx.events[: ctx.events.index(event)]
    if any(isinstance(e, ActivityLogged) and e.customer_id == event.customer_id for e in earlier):
        return None
    closed = {e.deal_id for e in ctx.events if isinstance(e, DealChanged) and e.to_stage in ("won", "lost")}
    due = [
        r
        for r in ctx.store.reminders.open_for_customer(event.customer_id)
        if r.owner_id == ctx.user.id and r.due_at <= ctx.now and r.deal_id not in closed
    ]
    if not due:
        return None
    customer = ctx.store.customers.require(event.customer_id)
    question = NeedChoice(
        DUE_FOLLOW_UPS,
        ctx.tr.plural(
            "You had a follow-up due with {customer}: {texts}. Mark it done?",
            "You had {n} follow-ups due with {customer}: {texts}. Mark them done?",
            len(due),
            customer=customer.name,
            texts="; ".join(f"{r.text} ({ctx.when(r.due_at)})" for r in due),
        ),
        [Option(ctx._("Done"), "done")],
    )
    return ask(ctx, question, DUE_FOLLOW_UPS, DONE_OR_KEEP, {"reminders": [r.id for r in due]})


def mark_listed_done(ctx: Ctx, data: dict[str, Any]) -> list[Reply]:
    """The user's "Done": the reminders listed then that are still open are marked done."""
    done = []
    for reminder_id in data["reminders"]:
        reminder = ctx.store.reminders.get(reminder_id)
        if reminder is not None and reminder.owner_id == ctx.user.id and reminder.status in OPEN_STATUSES:
            complete_reminder(ctx, reminder)
            done.append(reminder.text)
    if not done:
        return [Reply(ctx._("Those reminders are no longer open."))]
    return [
        ctx.confirm(
            ctx.tr.plural(
                "Marked {n} reminder done: {texts}",
                "Marked {n} reminders done: {texts}",
                len(done),
                texts="; ".join(done),
            )
        )
    ]


DUE_FOLLOW_UPS = "due-follow-ups"  # the kind (and answer key) of the question under a contact logged
DONE_OR_KEEP = FollowUp(mark_listed_done, N_("Keep"), N_("OK, the reminders stay open."))
