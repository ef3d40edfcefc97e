"""A user's home view: today's follow-ups and their open deals, for a platform's home screen.

The content is platform-neutral (titles and text lines); an adapter only renders it (Slack
publishes it as the App Home tab).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from handlers.context import Ctx
from handlers.render import deal_line, reminder_line

MAX_LINES = 15


@dataclass(frozen=True)
class HomeSection:
    title: str
    lines: tuple[str, ...] = ()
    empty: str = ""  # shown when there are no lines


@dataclass(frozen=True)
class Home:
    title: str
    sections: tuple[HomeSection, ...] = ()
    note: str = ""

    def plain(self) -> str:
        parts = [self.title]
        for section in self.sections:
            parts.append("")
            parts.append(section.title)
            if section.lines:
                parts.extend(f"  • {line}" for line in section.lines)
            else:
                parts.append(section.empty)
        if self.note:
            parts.extend(("", self.note))
        return "\n".join(parts)


def _capped(ctx: Ctx, lines: list[str]) -> tuple[str, ...]:
    if len(lines) <= MAX_LINES:
        return tuple(lines)
    more = ctx._("…and {n} more", n=len(lines) - MAX_LINES)
    return (*lines[:MAX_LINES], more)


def build_home(ctx: Ctx) -> Home:
    store, user = ctx.store, ctx.user
    end_of_day = datetime.combine(ctx.today + timedelta(days=1), time(0), tzinfo=ctx.tz)
    due = [r for r in store.reminders.open_for(user.id) if r.due_at < end_of_day]
    deals = store.deals.open_for(user.id)
    customers = store.customers.by_ids(
        [r.customer_id for r in due if r.customer_id] + [d.customer_id for d in deals]
    )
    follow_ups = HomeSection(
        ctx._("Today's follow-ups (overdue first)"),
        _capped(ctx, [reminder_line(ctx, r, customers.get(r.customer_id or 0)) for r in due]),
        ctx._("No follow-ups due today."),
    )
    open_deals = HomeSection(
        ctx._("Your open deals ({n})", n=len(deals)),
        _capped(
            ctx,
            [
                deal_line(ctx, d, with_customer=c.name if (c := customers.get(d.customer_id)) else None)
                for d in deals
            ],
        ),
        ctx._("No open deals. Add one with /deal Acme 50k proposal"),
    )
    return Home(
        ctx._("Hello {name}! Your day, {day}", name=user.display_name, day=ctx.tr.date_long(ctx.today)),
        (follow_ups, open_deals),
        ctx._("Updated {when}. Send /help to see what I can do.", when=ctx.when(ctx.now)),
    )
