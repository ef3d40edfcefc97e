"""Acting on notifications: the reminder buttons, /digest on demand, and /notify (where they go)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from crm_store.models import Reminder
from crm_store.reports import pipeline_from_snapshot, previous_digest_at
from crm_store.repos.notifications import TERMINAL, route_for
from handlers.commands import lists
from handlers.commands.pipeline import scope_for
from handlers.context import Ctx
from handlers.digest import digest_reply, stalled_text
from handlers.domain.reminders import cancel_reminder, complete_reminder, move_reminder, own_reminder
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.payloads import payload_id
from handlers.questions import ask_for_text
from handlers.render import reminder_line
from handlers.resolve import sure_when

SNOOZE = timedelta(hours=1)
TOMORROW_AT = time(9)
_CLOCK = re.compile(r"^(?:at\s+)?(\d{1,2})(?::(\d{2}))?$")


# Reminder buttons ---------------------------------------------------------------
def _line(ctx: Ctx, reminder: Reminder) -> str:
    return reminder_line(ctx, reminder, ctx.store.customers.get(reminder.customer_id))


def _move(ctx: Ctx, reminder: Reminder, due: datetime, *, snooze: bool) -> Reply:
    move_reminder(ctx, reminder, due, snooze=snooze)
    return ctx.confirm(ctx._("OK, I'll remind you {when}: {text}", when=ctx.when(due), text=reminder.text))


def reminder_button(ctx: Ctx, rest: str) -> Reply:
    """Payloads `rem:<action>:<id>` from a reminder notification, and `rem:at:<id>:<text>`, the
    answer to Reschedule (the user's next message)."""
    action, _, rest = rest.partition(":")
    ident, _, answer = rest.partition(":")
    reminder = own_reminder(ctx, payload_id(ident))
    if reminder.status == "cancelled":
        raise UserError(ctx._("That reminder was cancelled."))
    if action == "done":
        if reminder.status == "done":
            return Reply(ctx._("Already done: {line}", line=_line(ctx, reminder)))
        complete_reminder(ctx, reminder)
        return ctx.confirm(ctx._("Done: {text}", text=reminder.text))
    if reminder.status == "done":
        raise UserError(ctx._("That reminder is already done."))
    if action == "cancel":
        cancel_reminder(ctx, reminder)
        return ctx.confirm(ctx._("Cancelled: {text}", text=reminder.text))
    if action == "snooze":  # an hour on from when it is due: a reminder not due yet is never brought forward
        return _move(ctx, reminder, max(ctx.now, reminder.due_at) + SNOOZE, snooze=True)
    if action == "tomorrow":
        tomorrow = datetime.combine(ctx.today + timedelta(days=1), TOMORROW_AT, tzinfo=ctx.tz)
        return _move(ctx, reminder, tomorrow, snooze=True)
    if action == "later":
        question = ctx._(
            "When should I remind you about “{text}”? Send a time, e.g. tomorrow 3pm, "
            "Fri 10:00 or in 2 hours.",
            text=reminder.text,
        )
        return ask_for_text(ctx, question, f"rem:at:{reminder.id}")
    if action == "at":
        when = sure_when(ctx, answer)
        if when is None:
            raise UserError(
                ctx._(
                    "I couldn't find a time in that. Send e.g. tomorrow 3pm, Fri 10:00 or in 2 hours "
                    "(or any command to cancel)."
                )
            )
        if when.at <= ctx.now:
            raise UserError(
                ctx._("{when} is already past. When should I remind you?", when=ctx.when(when.at))
            )
        return _move(ctx, reminder, when.at, snooze=False)
    raise UserError(ctx._("That button no longer works."))


# /digest ------------------------------------------------------------------------
def _set_digest_time(ctx: Ctx, text: str) -> Reply:
    match = _CLOCK.match(text)
    try:
        if not match:
            raise ValueError
        at = time(int(match.group(1)), int(match.group(2) or 0))
    except ValueError:
        raise UserError(
            ctx._("Usage: /digest at 08:30 (when your morning message comes, weekdays)")
        ) from None
    ctx.store.users.update(ctx.user, digest_time=at)
    what = ctx._("your daily digest") if ctx.user.is_manager else ctx._("your morning overview")
    return Reply(
        ctx._(
            "OK: {what} comes at {time} on weekdays ({tz}).",
            what=what,
            time=at.strftime("%H:%M"),
            tz=ctx.user.timezone,
        )
    )


def digest(ctx: Ctx, args: str) -> Reply:
    """The digest now: `/digest` (your team, or your own deals), `/digest me`, `/digest at 08:30`."""
    text = args.strip().lower()
    if text.startswith("at ") or _CLOCK.match(text):
        return _set_digest_time(ctx, text)
    owners, whose = scope_for(ctx, args)
    previous = ctx.store.notifications.last_run(ctx.user.id, "digest")
    since = previous.created_at if previous is not None else previous_digest_at(ctx.user, ctx.now)
    source = ctx.store.reports.digest(ctx.settings, now=ctx.now, since=since, owners=owners)
    scope = frozenset(owners) if owners is not None else None
    data = source.digest(scope, since=since, today=ctx.today)
    return digest_reply(
        ctx,
        data,
        whose=whose,
        previous=pipeline_from_snapshot(previous.data) if previous is not None else None,
        previous_at=previous.created_at if previous is not None else None,
    )


_EVERY = 1_000_000


def stalled(ctx: Ctx, owners_words: str, stage: str | None) -> Reply:
    """The stalled deals of whose `owners_words` say (your team's, or your own), of one stage if given."""
    owners, whose = scope_for(ctx, owners_words)
    source = ctx.store.reports.digest(ctx.settings, now=ctx.now, since=ctx.now, owners=owners)
    scope = frozenset(owners) if owners is not None else None
    data = source.digest(scope, since=ctx.now, today=ctx.today, limit=_EVERY)  # the answer cuts its own
    text = stalled_text(ctx, data, whose=whose, stage=stage)
    if text is not None:
        return Reply(text)
    none = ctx._("No stalled deals in {whose}.", whose=whose)
    if stage is None:
        return Reply(none)
    # none past the stage's limit yet: the deals sitting at that stage, which is what was asked about
    return Reply(f"{none}\n{lists.deals(ctx, f'{owners_words} {stage}').text}")


# /notify ------------------------------------------------------------------------
def notify(ctx: Ctx, args: str) -> Reply:
    """Where reminders and digests go: `/notify telegram|slack|feishu|console`, or `/notify auto`."""
    wanted = args.strip().lower()
    accounts = ctx.store.users.identities(ctx.user.id)
    linked = sorted({a.platform for a in accounts} | {TERMINAL})
    if wanted in ("auto", "last", "自动"):
        ctx.store.users.update(ctx.user, preferred_platform=None)
    elif wanted:
        if wanted not in linked:
            raise UserError(
                ctx._(
                    "You have no {platform} account linked. Linked: {linked}.",
                    platform=wanted,
                    linked=", ".join(linked),
                )
            )
        ctx.store.users.update(ctx.user, preferred_platform=wanted)
    route = route_for(ctx.user, accounts)
    where = route[0] if route else ctx._("nowhere yet (link a chat account with /link)")
    how = (
        ctx._("you chose it")
        if ctx.user.preferred_platform
        else ctx._(
            "where you wrote last; change with /notify {options}", options=" | ".join([*linked, "auto"])
        )
    )
    return Reply(ctx._("Reminders and digests go to: {where} ({how}).", where=where, how=how))
