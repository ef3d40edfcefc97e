"""Follow-ups that are not forgotten: /remind, /today, /reminders."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from crm_store.repos.deals import closing_window
from handlers.context import Ctx
from handlers.domain.deals import only_open_deal
from handlers.domain.reminders import NewReminder, set_reminder
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.parsing.dates import When, day_choices
from handlers.questions import NeedChoice
from handlers.render import deal_line, reminder_line
from handlers.resolve import ask_day, optional_customer, picked_days, sure_when, when_key, when_options

URGENT = re.compile(r"(^|\s)(urgent|asap|!!+|紧急|急)(?=\s|$)", re.IGNORECASE)
LEADING = re.compile(r"^(me\s+)?(to\s+)?", re.IGNORECASE)


def remind(ctx: Ctx, args: str) -> Reply:
    if not args.strip():
        raise UserError(
            ctx._("Usage: /remind [customer] <what> <when>, e.g. /remind Acme call back tomorrow 3pm")
        )
    text = args
    urgent = bool(URGENT.search(text))
    text = URGENT.sub(" ", text)
    customer, rest = optional_customer(ctx, text)
    when = sure_when(ctx, rest)
    if when is not None:
        when = _the_day_meant(ctx, rest, when)
    key = when_key(rest)
    if when is None:
        if key not in ctx.picks:
            raise NeedChoice(key, ctx._("When should I remind you?"), when_options(ctx))
        due = datetime.fromisoformat(ctx.picks[key])
        what = rest
    else:
        due = when.at
        what = when.strip_from(rest)
    what = LEADING.sub("", what.strip(" ,;:-")) or ctx._("Follow up")
    if due <= ctx.now:
        raise UserError(ctx._("{when} is already past. When should I remind you?", when=ctx.when(due)))
    reminder = set_reminder(
        ctx,
        NewReminder(
            due,
            what,
            customer_id=customer.id if customer else None,
            deal_id=only_open_deal(ctx, customer) if customer else None,
            urgent=urgent,
        ),
    )
    return ctx.confirm(ctx._("Reminder set: {line}", line=reminder_line(ctx, reminder, customer)))


def _the_day_meant(ctx: Ctx, text: str, when: When) -> When:
    """ "/remind Larchmont 2/3 call Colette" in Toronto (2 Mar or 3 Feb) or "next wed" on a Monday: the day
    pressed for those words, else both days are offered, as in free text (`dates.day_choices`)."""
    for start, end in when.spans:
        words = text[start:end].strip()
        days = day_choices(words, ctx.local_now.date(), ctx.tz, hour=ctx.local_now.hour)
        if not days:
            continue
        picked = picked_days(ctx).get(words.lower())
        if picked not in days:
            raise ask_day(ctx, words, days)
        return When(when.at + (picked - when.at.date()), when.has_time, when.spans)
    return when


def _reminder_lines(ctx: Ctx, only_until: datetime | None) -> list[str]:
    store = ctx.store
    reminders = [
        r for r in store.reminders.open_for(ctx.user.id) if only_until is None or r.due_at < only_until
    ]
    customers = store.customers.by_ids([r.customer_id for r in reminders if r.customer_id])
    return [f"  • {reminder_line(ctx, r, customers.get(r.customer_id or 0))}" for r in reminders]


def day_overview(ctx: Ctx) -> tuple[str, bool]:
    """Today's and overdue follow-ups and the deals closing soon; the flag says if there is any."""
    end_of_day = datetime.combine(ctx.today + timedelta(days=1), time(0), tzinfo=ctx.tz)
    lines = [ctx._("Your day, {day}", day=ctx.tr.date_long(ctx.today))]
    due = _reminder_lines(ctx, end_of_day)
    lines.append(ctx._("Follow-ups (overdue first):") if due else ctx._("No follow-ups due today."))
    lines.extend(due)
    closing = ctx.store.deals.closing_between([ctx.user.id], *closing_window(ctx.today))
    if closing:
        lines.append(ctx._("Deals closing soon:"))
        names = ctx.store.customers.by_ids([d.customer_id for d in closing])
        for item in closing:
            customer = names.get(item.customer_id)
            lines.append(f"  • {deal_line(ctx, item, with_customer=customer.name if customer else None)}")
    return "\n".join(lines), bool(due or closing)


def today(ctx: Ctx, args: str) -> Reply:
    return Reply(day_overview(ctx)[0])


def reminders(ctx: Ctx, args: str) -> Reply:
    lines = _reminder_lines(ctx, None)
    if not lines:
        return Reply(ctx._("You have no open reminders. Set one with /remind Acme call back tomorrow 3pm"))
    more = [ctx._("…and {n} more", n=len(lines) - 30)] if len(lines) > 30 else []
    return Reply("\n".join([ctx._("Your reminders (overdue first):"), *lines[:30], *more]))
