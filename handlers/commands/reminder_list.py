"""/reminders with Done / Snooze / Cancel / Reschedule buttons per item, and cancelling or moving a
reminder by naming it: `/reminders cancel Acme`, `/reminders move Acme Friday 10am`. `reminders_named` is
the one way words name an open reminder, here and in free text (`understanding.reminder_changes`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from crm_store.models import Reminder
from crm_store.repos.base import Page
from handlers.commands.lists import colleague_named
from handlers.context import Ctx
from handlers.domain.reminders import cancel_reminder, move_reminder
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.paging import Paging
from handlers.parsing.dates import find_when
from handlers.parsing.periods import Period, coming_period
from handlers.render import period_label, reminder_line
from handlers.resolve import NeedChoice, Option, sure_when

PER_PAGE = 5  # four buttons each
CANCEL_WORDS = ("cancel", "delete", "remove", "drop", "取消", "删除")
MOVE_WORDS = ("move", "reschedule", "push", "change", "改到", "推迟", "挪到", "移到")


def reminder_buttons_for(ctx: Ctx, number: int, reminder: Reminder) -> tuple[Button, ...]:
    return (
        Button(ctx._("Done {n}", n=number), f"rem:done:{reminder.id}"),
        Button(ctx._("Snooze {n}", n=number), f"rem:snooze:{reminder.id}"),
        Button(ctx._("Cancel {n}", n=number), f"rem:cancel:{reminder.id}"),
        Button(ctx._("Reschedule {n}", n=number), f"rem:later:{reminder.id}"),
    )


def reminders(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    """`/reminders`: yours, overdue first, five to a page with their buttons. A colleague named
    ("/reminders Marlys this week", what a manager asks as "Marlys 这周有什么安排") lists theirs, read
    only: the buttons act on one's own reminders."""
    word, _, rest = args.strip().partition(" ")
    if word.lower() in CANCEL_WORDS:
        return cancel_named(ctx, rest)
    if word.lower() in MOVE_WORDS:
        return move_named(ctx, rest)
    colleague, said = colleague_named(ctx, args)
    owner = colleague or ctx.user
    paging = paging or Paging()
    paging.size = PER_PAGE
    everything = list(ctx.store.reminders.open_for(owner.id))
    period = coming_period(said, ctx.today, ctx.tz) if said.strip() else None
    if period is not None:  # "/reminders this week" (overdue ones too), "/reminders tomorrow" (that day)
        first, last = period.bounds(ctx.tz)
        running = period.first <= ctx.today
        everything = [r for r in everything if r.due_at <= last and (running or r.due_at > first)]
        if not everything:
            if colleague is not None:
                return Reply(
                    ctx._(
                        "{name} has no open reminders for {period}.",
                        name=colleague.display_name,
                        period=period_label(ctx, period),
                    )
                )
            return Reply(ctx._("No open reminders for {period}.", period=period_label(ctx, period)))
    if not everything:
        if colleague is not None:
            return Reply(ctx._("{name} has no open reminders.", name=colleague.display_name))
        return Reply(ctx._("You have no open reminders. Set one with /remind Acme call back tomorrow 3pm"))
    window = everything[paging.offset : paging.offset + paging.size]
    customers = ctx.store.customers.by_ids([r.customer_id for r in window if r.customer_id])
    lines: list[str] = []
    buttons: list[Button] = []
    for number, reminder in enumerate(window, paging.offset + 1):
        lines.append(f"  {number}. {reminder_line(ctx, reminder, customers.get(reminder.customer_id or 0))}")
        if colleague is None:
            buttons.extend(reminder_buttons_for(ctx, number, reminder))
    page = Page(window, len(everything), paging.offset)
    head = _head(
        ctx, colleague.display_name if colleague else None, period, running=period is not None and running
    )
    kept = args.strip() if period or colleague else ""
    reply = paging.reply(ctx, "reminders", kept, page, head, lines)
    return Reply(reply.text, (*buttons, *reply.buttons))


def _head(ctx: Ctx, name: str | None, period: Period | None, *, running: bool) -> str:
    """The list's heading: whose reminders, for which period (overdue ones listed too while it runs)."""
    if name is not None:
        if period is None:
            return ctx._("{name}'s reminders (overdue first):", name=name)
        if running:
            return ctx._(
                "{name}'s reminders for {period}, overdue first:", name=name, period=period_label(ctx, period)
            )
        return ctx._("{name}'s reminders for {period}:", name=name, period=period_label(ctx, period))
    if period is None:
        return ctx._("Your reminders (overdue first):")
    if running:
        return ctx._("Your reminders for {period}, overdue first:", period=period_label(ctx, period))
    return ctx._("Your reminders for {period}:", period=period_label(ctx, period))


def reminders_named(ctx: Ctx, what: str, *, day: date | None = None) -> list[Reminder]:
    """The open reminders of yours that `what` names: those of a customer it names (by name, short name,
    alias or contact, anywhere in the words), else those whose own words are all in it; `day` keeps the
    ones due that day (all of them when no words name one). The one way free text and `/reminders
    cancel|move` find a reminder."""
    what = " ".join(re.sub(r"^(?:my|the|我的)\s*", "", what.strip(), flags=re.I).split())
    mine = list(ctx.store.reminders.open_for(ctx.user.id))
    if day is not None:
        mine = [r for r in mine if r.due_at.astimezone(ctx.tz).date() == day]
    if not what:
        return mine if day is not None else []  # "my monday reminder": the day's
    customer_ids = {m.customer_id for m in ctx.store.search.mentions(what)}
    found = [r for r in mine if r.customer_id in customer_ids]
    words = [w for w in re.findall(r"\w+", what.lower()) if w not in ("the", "my", "a", "an", "our")]
    if not found:
        return [r for r in mine if _says_all(r.text, words)]
    # of the customer's several, the one said word for word ("the die maintenance visit", a deal's title
    # too, names the visit's reminder, not the press quote's)
    worded = [r for r in found if set(re.findall(r"\w+", r.text.lower())) == set(words)]
    return worded if len(worded) == 1 else found


def named_reminder(ctx: Ctx, what: str, *, day: date | None = None) -> Reminder:
    """The one open reminder of yours that `what` names (`reminders_named`); asks when several."""
    what = " ".join(re.sub(r"^(?:my|the|我的)\s*", "", what.strip(), flags=re.I).split())
    said = find_when(what, now=ctx.now, tz=ctx.tz) if day is None else None
    if said is not None and said.spans:  # "push my monday reminder to tuesday": the day names it
        day, what = said.at.date(), said.strip_from(what)
    if not what and day is None:
        mine = list(ctx.store.reminders.open_for(ctx.user.id))
        if len(mine) == 1:
            return mine[0]  # "move my reminder to wednesday" with one reminder open: that one
        raise UserError(ctx._("Which reminder? e.g. /reminders cancel Acme"))
    key = "reminder:" + what.lower()
    if key in ctx.picks:
        picked = [r for r in ctx.store.reminders.open_for(ctx.user.id) if r.id == int(ctx.picks[key])]
        if picked:
            return picked[0]
    found = reminders_named(ctx, what, day=day)
    if not found:
        raise UserError(ctx._("None of your open reminders is about “{what}”. See /reminders", what=what))
    if len(found) == 1:
        return found[0]
    customers = ctx.store.customers.by_ids([r.customer_id for r in found if r.customer_id])
    options = [Option(reminder_line(ctx, r, customers.get(r.customer_id or 0)), r.id) for r in found[:6]]
    raise NeedChoice(key, ctx._("Which reminder?"), options)


def cancel_named(ctx: Ctx, what: str) -> Reply:
    reminder = named_reminder(ctx, what)
    cancel_reminder(ctx, reminder)
    return ctx.confirm(ctx._("Cancelled: {text}", text=reminder.text))


def move_named(ctx: Ctx, text: str, when_text: str | None = None) -> Reply:
    if when_text is None:
        when = sure_when(ctx, text)
        if when is None:
            raise UserError(ctx._("When to? e.g. /reminders move Acme Friday 10am"))
        what = when.strip_from(text)
    else:
        when = sure_when(ctx, when_text)
        if when is None:
            raise UserError(ctx._("When to? e.g. /reminders move Acme Friday 10am"))
        what = text
    if when.at <= ctx.now:
        raise UserError(ctx._("{when} is already past. When should I remind you?", when=ctx.when(when.at)))
    return move_to(ctx, named_reminder(ctx, what), when.at, keep_time=not when.has_time)


def move_to(ctx: Ctx, reminder: Reminder, at: datetime, *, keep_time: bool) -> Reply:
    """`reminder` moved to `at`; `keep_time`: only the day was said ("move my acme reminder to friday"),
    so the reminder keeps its time of day."""
    if keep_time:
        kept = reminder.due_at.astimezone(at.tzinfo)
        at = at.replace(hour=kept.hour, minute=kept.minute, second=0, microsecond=0)
    if at <= ctx.now:
        raise UserError(ctx._("{when} is already past. When should I remind you?", when=ctx.when(at)))
    move_reminder(ctx, reminder, at, snooze=False)
    return ctx.confirm(ctx._("OK, I'll remind you {when}: {text}", when=ctx.when(at), text=reminder.text))


def _says_all(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}", lowered) for w in words)
