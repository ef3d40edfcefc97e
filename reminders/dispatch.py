"""Due reminders become outbox messages, claimed with a conditional UPDATE.

Each batch is one transaction: mark the reminders sent (only rows still pending, so of
two processes racing for a row exactly one wins it) and queue one notification per won
reminder. Either both happen or neither: a reminder is never marked sent without its
message, and never queued twice. A reminder that fell due while no process was running
is simply due now and goes out on the next tick.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.models import OutboxMessage, Reminder, User
from crm_store.repos import notifications as outbox
from crm_store.system import System
from handlers.assistant import Assistant
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.notifications import reminder_notice
from reminders.rules import in_working_hours

BATCH = 200
PER_TICK = 2000  # a burst is queued over a few ticks, so each tick (and its locks) stays short


def dispatch_due_reminders(
    db: Database,
    assistant: Assistant,
    now: datetime,
    *,
    batch: int = BATCH,
    limit: int = PER_TICK,
    queued_some: Callable[[], None] | None = None,
    lateness: Callable[[float], None] | None = None,
) -> int:
    """Queue up to `limit` reminders that are due and may be pushed now; returns how many.

    `queued_some` is called after each committed batch, so delivery can start at once.
    """
    queued = 0
    while queued < limit:
        won = _dispatch_batch(db, assistant, now, min(batch, limit - queued), lateness)
        queued += won
        if won and queued_some is not None:
            queued_some()
        if won < batch:
            break
    return queued


def _dispatch_batch(
    db: Database, assistant: Assistant, now: datetime, batch: int, lateness: Callable[[float], None] | None
) -> int:
    with db.system() as system:
        owners = system.notifications.users_by_ids(system.notifications.due_reminder_owners(now))
        awake = [u.id for u in owners.values() if u.active and in_working_hours(u, now)]
        asleep = [u.id for u in owners.values() if u.active and not in_working_hours(u, now)]
        ids = system.notifications.claim_due_reminders(now, awake=awake, urgent_ok=asleep, limit=batch)
        if not ids:
            return 0
        reminders = system.notifications.reminders_by_ids(ids)
        routes = system.notifications.routes_for(owners[r.owner_id] for r in reminders)
        replies = reminder_replies(system, assistant, reminders, owners, now)
        notices: list[outbox.Notice] = []
        for reminder in reminders:
            reply = replies[reminder.id]
            route = routes.get(reminder.owner_id)
            notices.append(
                outbox.Notice(
                    org_id=reminder.org_id,
                    user_id=reminder.owner_id,
                    kind="reminder",
                    text=reply.text,
                    buttons=tuple((b.label, b.payload) for b in reply.buttons),
                    reminder_id=reminder.id,
                    platform=route[0] if route else None,
                    chat_id=route[1] if route else None,
                )
            )
        system.notifications.enqueue(notices, now=now)
    if lateness is not None:  # after the commit: only reminders really queued count
        for reminder in reminders:
            lateness(max(0.0, (now - reminder.due_at).total_seconds()))
    return len(ids)


def reminder_replies(
    system: System,
    assistant: Assistant,
    reminders: Sequence[Reminder],
    owners: Mapping[int, User],
    now: datetime,
) -> dict[int, Reply]:
    """Each reminder's notification as of `now`: the customer, last activity and open deal as
    they are at this moment, in its owner's language and time zone."""
    by_org: dict[int, list[Reminder]] = defaultdict(list)
    for reminder in reminders:
        by_org[reminder.org_id].append(reminder)
    replies: dict[int, Reply] = {}
    for org_id, items in by_org.items():
        org = system.store(Actor(org_id, None), audit=False)
        context = org.reports.reminder_context([r.customer_id for r in items if r.customer_id])
        contexts: dict[int, Ctx] = {}
        for reminder in items:
            owner = owners[reminder.owner_id]
            ctx = contexts.get(owner.id) or contexts.setdefault(
                owner.id, assistant.context_for(system, owner, now)
            )
            replies[reminder.id] = reminder_notice(
                ctx,
                reminder,
                customer=context.customers.get(reminder.customer_id or 0),
                last_activity=context.last_activity.get(reminder.customer_id or 0),
                open_deals=context.open_deals.get(reminder.customer_id or 0, []),
            )
    return replies


def refresh_reminder_notices(
    system: System, messages: Sequence[OutboxMessage], now: datetime, *, assistant: Assistant
) -> None:
    """Re-read what a queued reminder says just before it is sent: a reminder that waited
    (owner offline, outside working hours, a platform outage) shows today's deal amount,
    stage and last activity, not those of when it was queued."""
    ids = [m.reminder_id for m in messages if m.reminder_id is not None]
    if not ids:
        return
    reminders = system.notifications.reminders_by_ids(ids)
    owners = system.notifications.users_by_ids({r.owner_id for r in reminders})
    replies = reminder_replies(system, assistant, reminders, owners, now)
    for message in messages:
        reply = replies.get(message.reminder_id or 0)
        if reply is not None:
            message.text = reply.text
            message.buttons = [[b.label, b.payload] for b in reply.buttons]
