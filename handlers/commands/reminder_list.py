"""/reminders with Done / Snooze / Cancel / Reschedule buttons per item, and cancelling, moving or
completing a reminder by naming it: `/reminders cancel Acme`, `/reminders move Acme Friday 10am`, and the
phrases "cancel my acme reminder", "move my acme reminder to Friday", "取消华为的提醒",
"把华为的提醒改到周五", "ok the pipeline review is done", "华为的提醒完成了" (`reminder_phrase`, which the
assistant tries before other free text).
"""

from __future__ import annotations

import re

from crm_store.models import Reminder
from crm_store.repos.base import Page
from handlers.context import Ctx
from handlers.domain.reminders import cancel_reminder, complete_reminder, move_reminder
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.paging import Paging
from handlers.parsing.dates import find_when
from handlers.parsing.periods import coming_period
from handlers.render import period_label, reminder_line
from handlers.resolve import NeedChoice, Option, decide

PER_PAGE = 5  # four buttons each
CANCEL_WORDS = ("cancel", "delete", "remove", "drop", "取消", "删除")
MOVE_WORDS = ("move", "reschedule", "push", "change", "改到", "推迟", "挪到", "移到")
PHRASES = (
    (re.compile(r"^(?:please\s+)?(?:cancel|delete|remove|drop)\s+(?:my\s+|the\s+)?(?P<what>.+?)\s+reminders?\s*[.!]?$",
                re.I), "cancel"),
    (re.compile(r"^(?:please\s+)?(?:move|reschedule|push|change)\s+(?:my\s+|the\s+)?(?P<what>.+?)\s+reminders?\s+"
                r"(?:to|until|till)\s+(?P<when>.+)$", re.I), "move"),
    (re.compile(r"^(?:请)?(?:取消|删除|删掉)(?:我的)?(?P<what>.+?)的?提醒[。！!]?$"), "cancel"),
    (re.compile(r"^(?:请)?把?(?:我的)?(?P<what>.+?)的?提醒(?:改到|改成|推迟到|推到|挪到|移到|延到)(?P<when>.+?)[。！!]?$"),
     "move"),
)  # fmt: skip


def reminder_buttons_for(ctx: Ctx, number: int, reminder: Reminder) -> tuple[Button, ...]:
    return (
        Button(ctx._("Done {n}", n=number), f"rem:done:{reminder.id}"),
        Button(ctx._("Snooze {n}", n=number), f"rem:snooze:{reminder.id}"),
        Button(ctx._("Cancel {n}", n=number), f"rem:cancel:{reminder.id}"),
        Button(ctx._("Reschedule {n}", n=number), f"rem:later:{reminder.id}"),
    )


def reminders(ctx: Ctx, args: str, paging: Paging | None = None) -> Reply:
    """`/reminders`: yours, overdue first, five to a page with their buttons."""
    word, _, rest = args.strip().partition(" ")
    if word.lower() in CANCEL_WORDS:
        return cancel_named(ctx, rest)
    if word.lower() in MOVE_WORDS:
        return move_named(ctx, rest)
    paging = paging or Paging()
    paging.size = PER_PAGE
    everything = list(ctx.store.reminders.open_for(ctx.user.id))
    period = coming_period(args, ctx.today) if args.strip() else None
    if period is not None:  # "/reminders this week" (overdue ones too), "/reminders tomorrow" (that day)
        first, last = period.bounds(ctx.tz)
        running = period.first <= ctx.today
        everything = [r for r in everything if r.due_at <= last and (running or r.due_at > first)]
        if not everything:
            return Reply(ctx._("No open reminders for {period}.", period=period_label(ctx, period)))
    if not everything:
        return Reply(ctx._("You have no open reminders. Set one with /remind Acme call back tomorrow 3pm"))
    window = everything[paging.offset : paging.offset + paging.size]
    customers = ctx.store.customers.by_ids([r.customer_id for r in window if r.customer_id])
    lines, buttons = [], []
    for number, reminder in enumerate(window, paging.offset + 1):
        lines.append(f"  {number}. {reminder_line(ctx, reminder, customers.get(reminder.customer_id or 0))}")
        buttons.extend(reminder_buttons_for(ctx, number, reminder))
    page = Page(window, len(everything), paging.offset)
    if period is None:
        head = ctx._("Your reminders (overdue first):")
    elif running:  # overdue ones are listed too
        head = ctx._("Your reminders for {period}, overdue first:", period=period_label(ctx, period))
    else:
        head = ctx._("Your reminders for {period}:", period=period_label(ctx, period))
    reply = paging.reply(ctx, "reminders", args.strip() if period else "", page, head, lines)
    return Reply(reply.text, (*buttons, *reply.buttons))


def named_reminder(ctx: Ctx, what: str) -> Reminder:
    """The open reminder of yours that `what` names: by customer, else by its words; asks when several."""
    what = " ".join(re.sub(r"^(?:my|the|我的)\s*", "", what.strip(), flags=re.I).split())
    if not what:
        raise UserError(ctx._("Which reminder? e.g. /reminders cancel Acme"))
    mine = list(ctx.store.reminders.open_for(ctx.user.id))
    key = "reminder:" + what.lower()
    if key in ctx.picks:
        return next(r for r in mine if r.id == int(ctx.picks[key]))
    decision = decide(ctx.store.search.customers(what, limit=5))
    customer_ids = {m.customer_id for m in decision.candidates}
    if decision.winner is not None:
        customer_ids = {decision.winner.customer_id}
    found = [r for r in mine if r.customer_id in customer_ids]
    if not found:
        words = what.lower().split()
        found = [r for r in mine if all(w in r.text.lower() for w in words)]
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
        when = find_when(text, now=ctx.now, tz=ctx.tz)
        if when is None:
            raise UserError(ctx._("When to? e.g. /reminders move Acme Friday 10am"))
        what = when.strip_from(text)
    else:
        when = find_when(when_text, now=ctx.now, tz=ctx.tz)
        if when is None:
            raise UserError(ctx._("When to? e.g. /reminders move Acme Friday 10am"))
        what = text
    if when.at <= ctx.now:
        raise UserError(ctx._("{when} is already past. When should I remind you?", when=ctx.when(when.at)))
    reminder = named_reminder(ctx, what)
    at = when.at
    if not when.has_time:  # "move my acme reminder to friday": the day moves, the time of day stays
        kept = reminder.due_at.astimezone(at.tzinfo)
        at = at.replace(hour=kept.hour, minute=kept.minute, second=0, microsecond=0)
    if at <= ctx.now:
        raise UserError(ctx._("{when} is already past. When should I remind you?", when=ctx.when(at)))
    move_reminder(ctx, reminder, at, snooze=False)
    return ctx.confirm(ctx._("OK, I'll remind you {when}: {text}", when=ctx.when(at), text=reminder.text))


# A reminder said done: "ok the pipeline review is done", "done with the budget recap", "mark the acme
# reminder done", "周报的提醒完成了", "把华为的提醒标记完成".
DONE_PHRASES = (
    re.compile(r"^(?:(?:ok|okay|fyi|so|also)\b[\s,:]*)?(?:the\s+|my\s+)?(?P<what>[^,.;!?]{3,60}?)\s+"
               r"(?:is\s+|are\s+|['’]s\s+|now\s+)*(?:all\s+)?(?:done|finished|complete|completed|sorted)\s*[.!]*$",
               re.I),
    re.compile(r"^(?:(?:ok|okay|fyi)\b[\s,:]*)?(?:i['’]m\s+|i\s+am\s+)?(?:done with|finished)\s+"
               r"(?:the\s+|my\s+)?(?P<what>[^,.;!?]{3,60}?)\s*[.!]*$", re.I),
    re.compile(r"^(?:please\s+)?mark\s+(?:the\s+|my\s+)?(?P<what>.{3,60}?)\s+(?:as\s+)?(?:done|complete|completed)"
               r"\s*[.!]*$", re.I),
    re.compile(r"^(?:好的?|ok)?[，,\s]*把?(?P<what>[^，,。！!]{2,30}?)(?:已经|已)?"
               r"(?:做完了|完成了|搞定了|弄好了|办完了|处理好了|(?:标记|标|设)为?完成了?)[。！!]*$", re.I),
)  # fmt: skip
_REMINDER_WORD = re.compile(
    r"\s*(?:的)?\s*(?:reminder|提醒)\s*$|^\s*(?:reminder|提醒)\s*(?:for|about|:)?\s*", re.IGNORECASE
)


def done_named(ctx: Ctx, what: str) -> Reply | None:
    """ "ok the pipeline review is done": the one open reminder of yours whose words are all in `what`;
    "the acme reminder is done" may name it by its customer. None when none fits (the message is read as
    news: "acme visit done" logs the visit)."""
    said_reminder = bool(_REMINDER_WORD.search(what))
    what = _REMINDER_WORD.sub("", what).strip()
    if not what:
        return None
    if said_reminder:
        reminder = named_reminder(ctx, what)
    else:
        words = [w for w in re.findall(r"\w+", what.lower()) if w not in ("the", "my", "a", "an", "our")]
        found = [r for r in ctx.store.reminders.open_for(ctx.user.id) if _says_all(r.text, words)]
        if len(found) != 1 or found[0].customer_id is not None:
            return None  # a customer's reminder only when the message says "reminder": a visit done is news
        reminder = found[0]
    complete_reminder(ctx, reminder)
    return ctx.confirm(ctx._("Done: {text}", text=reminder.text))


def _says_all(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}", lowered) for w in words)


def reminder_phrase(ctx: Ctx, text: str) -> Reply | None:
    """A message that only cancels, moves or completes a reminder; None for anything else."""
    for pattern, action in PHRASES:
        match = pattern.match(text.strip())
        if match:
            if action == "cancel":
                return cancel_named(ctx, match.group("what"))
            return move_named(ctx, match.group("what"), match.group("when"))
    for pattern in DONE_PHRASES:
        match = pattern.match(text.strip())
        if match:
            return done_named(ctx, match.group("what"))
    return None
