"""Deal and reminder changes from a message, as typed actions carried out by the domain operations;
an uncertain one waits for an answer (stored as data with its question).

A message's certain parts are stored at once. A part that needs an answer (which of two
amounts, which open deal, when to remind) becomes a follow-up question whose buttons carry
the part as data; pressing one stores just that part (`answer`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_store.models import Contact, Customer, Deal, Reminder
from crm_store.repos.reminders import OPEN_STATUSES
from handlers.context import Ctx
from handlers.domain.activities import NewActivity, log_activity
from handlers.domain.contacts import (
    CN_TITLES,
    NewContact,
    add_contact,
    contacts_in_doubt,
    contacts_named,
    family_name,
    mentioned_contact,
)
from handlers.domain.deals import (
    CHINESE_TEXT,
    YUAN_CURRENCIES,
    DealUpdate,
    NewDeal,
    calling_code,
    change_deal,
    create_deal,
    home_dollar,
    local_currency,
    local_dollar,
    local_yuan,
    only_open_deal,
)
from handlers.domain.reminders import NewReminder, move_reminder, set_reminder
from handlers.domain.which_deal import deals_meant
from handlers.errors import UserError
from handlers.i18n import N_
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.amounts import (
    KRONOR,
    Amount,
    dollar_sign_only,
    krona_sign_only,
    yen_sign_only,
    yuan_word_only,
)
from handlers.parsing.clock_times import PART_OF_DAY_CLOCKS
from handlers.parsing.hanzi import simplified
from handlers.questions import FollowUp, NeedChoice, Option, ask
from handlers.render import deal_line, reminder_line
from handlers.resolve import NEW, choose_amount, choose_deal, when_key, when_options
from handlers.understanding.contacts import ContactNews, contact_by_slip, contact_by_title, store_one
from handlers.understanding.put_off import new_close
from handlers.understanding.reminder_tasks import shares_task, task_of

FOLLOW_UP = "fill"  # the kind of question that waits for one part of a message
CHANGE = "change"


@dataclass(frozen=True)
class DealAction:
    """Create or change the deal of a customer the message names."""

    customer_id: int
    amount: Decimal | None
    alternative: Decimal | None  # the other reading of an ambiguous amount ("1.500")
    amount_text: str
    currency: str | None  # as written; a deal keeps its own otherwise
    implied: str | None  # for a new deal without a written currency
    stage: str | None
    explicit: bool
    outcome: str | None
    reason: str | None
    close: date | None
    title: str | None
    hint: str = ""  # words that may name one of several open deals
    moved: bool = True  # False: the stage word was only mentioned; it names a new deal's stage only
    reopen: bool = False  # bring back the latest closed deal
    add_on: bool = False  # a new deal next to the open one
    postponed: bool = False  # put off without a date: ask when
    repriced: bool = False  # the amount changes, to a value not said: ask how much
    marked: bool = False  # said to have changed (or asked about on the card): a big change is not asked again
    quoted: bool = False  # said only as a quote: the open deal's new figure, or another deal's?


@dataclass(frozen=True)
class ReminderAction:
    text: str
    customer_id: int | None
    deal_id: int | None
    due: datetime | None = None  # None: asked when (only for a step the user asked for outright)
    moves: int | None = None  # the open reminder this one moves ("the demo moved from wed to fri 2pm")


@dataclass(frozen=True)
class LogAction:
    """Log an interaction (or a note) with a customer; the whole message is its note."""

    kind: str
    text: str
    customer_id: int
    occurred_at: datetime
    next_step: str | None
    people: tuple[str, ...]  # the persons the message names, apart from the customer's words
    context: str = ""  # the whole message, when this is one part of it: its people may be named elsewhere


@dataclass(frozen=True)
class NewsAction:
    """What the message says about one of the customer's people (a new contact, new details, left)."""

    customer_id: int
    news: ContactNews
    text: str
    skip: str = ""  # the words that named the customer: no person


Action = DealAction | ReminderAction
Write = Action | LogAction | NewsAction  # one operation of a plan, as stored


def to_data(action: Action) -> dict[str, Any]:
    """As JSON for a pending question (the same shape as before actions were typed)."""
    if isinstance(action, ReminderAction):
        return {"do": "reminder", "text": action.text, "customer_id": action.customer_id,
                "deal_id": action.deal_id}  # fmt: skip
    return {
        "do": "deal", "customer_id": action.customer_id,
        "amount": None if action.amount is None else str(action.amount),
        "alternative": None if action.alternative is None else str(action.alternative),
        "amount_text": action.amount_text, "currency": action.currency, "implied": action.implied,
        "stage": action.stage, "explicit": action.explicit, "outcome": action.outcome,
        "reason": action.reason, "close": action.close.isoformat() if action.close else None,
        "title": action.title, "hint": action.hint, "moved": action.moved, "reopen": action.reopen,
        "add_on": action.add_on, "postponed": action.postponed,
        "repriced": action.repriced, "marked": action.marked, "quoted": action.quoted,
    }  # fmt: skip


def from_data(data: dict[str, Any]) -> Action:
    if data["do"] == "reminder":
        return ReminderAction(data["text"], data["customer_id"], data["deal_id"])

    def number(key: str) -> Decimal | None:
        return None if data.get(key) is None else Decimal(data[key])

    return DealAction(
        customer_id=data["customer_id"], amount=number("amount"), alternative=number("alternative"),
        amount_text=data["amount_text"], currency=data["currency"], implied=data["implied"],
        stage=data["stage"], explicit=data["explicit"], outcome=data["outcome"], reason=data["reason"],
        close=date.fromisoformat(data["close"]) if data["close"] else None, title=data["title"],
        hint=data.get("hint", ""), moved=data.get("moved", True), reopen=data.get("reopen", False),
        add_on=data.get("add_on", False), postponed=data.get("postponed", False),
        repriced=data.get("repriced", False), marked=data.get("marked", False),
        quoted=data.get("quoted", False),
    )  # fmt: skip


def deal_action(
    customer: Customer,
    *,
    amount: Amount | None,
    amount_text: str,
    currency: str | None,
    implied: str | None,
    stage: str | None,
    explicit: bool,
    outcome: str | None,
    reason: str | None,
    close: date | None,
    title: str | None,
    hint: str = "",
    moved: bool = True,
    reopen: bool = False,
    add_on: bool = False,
    postponed: bool = False,
    repriced: bool = False,
    marked: bool = False,
    quoted: bool = False,
) -> DealAction:
    return DealAction(
        customer_id=customer.id,
        amount=amount.value if amount else None,
        alternative=amount.alternative if amount and amount.ambiguous and amount.alternative else None,
        amount_text=amount_text,
        currency=currency,
        implied=implied,
        stage=stage,
        explicit=explicit,
        outcome=outcome,
        reason=reason,
        close=close,
        title=title,
        hint=hint,
        moved=moved,
        reopen=reopen,
        add_on=add_on,
        postponed=postponed,
        repriced=repriced,
        marked=marked,
        quoted=quoted,
    )


def reminder_action(text: str, customer: Customer | None, deal_id: int | None) -> ReminderAction:
    return ReminderAction(text, customer.id if customer else None, deal_id)


def run(ctx: Ctx, action: Action) -> tuple[str, Deal | None]:
    """Carry out one action: (confirmation line, the deal it touched). May raise `NeedChoice`."""
    if isinstance(action, DealAction):
        return run_deal(ctx, action)
    return run_reminder(ctx, action), None


# Deals ------------------------------------------------------------------------
def _amount(ctx: Ctx, action: DealAction, currency: str, deal: Deal | None = None) -> Decimal | None:
    if action.amount is None:
        return None
    amount = Amount(action.amount, None, 0, 0, action.alternative is not None, action.alternative)
    if deal is not None and action.alternative is not None:
        # "€48,500" (48,500 or 48.50?) of a €45,000 deal: the reading near the deal's amount is meant
        near = [v for v in (action.amount, action.alternative) if not _far_apart(deal, v, currency)]
        if len(near) == 1:
            return near[0]
    return choose_amount(ctx, amount, action.amount_text, currency)


def _forward(ctx: Ctx, before: str, after: str) -> bool:
    names = ctx.settings.stage_names
    return before not in names or after not in names or names.index(after) > names.index(before)


def run_deal(ctx: Ctx, action: DealAction) -> tuple[str, Deal | None]:
    customer = ctx.store.customers.require(action.customer_id)
    outcome, reason = action.outcome, action.reason
    if outcome == "lost" and not reason:
        # "pickering garden centre lost, sudbury hvac moved to negotiation": said plainly, the loss is stored
        # as said (a careful human would not ask why first); the reason can be edited in later
        reason = ctx._("no reason given")
        action = replace(action, reason=reason)
    if action.reopen:
        return _reopen(ctx, customer, action)
    deal = (
        None if action.add_on else choose_deal(ctx, customer, action.hint or action.title or "", create=True)
    )
    action = replace(action, currency=_written_currency(ctx, customer, deal, action))
    if action.postponed and action.close is None and not outcome:
        action = replace(action, close=new_close(ctx, customer, deal))  # asked to when, unless answered
    if action.repriced and action.amount is None and not outcome:
        raise UserError(
            ctx._(
                "Changed to how much? Send the new amount, e.g. “{customer} amount 45k”.",
                customer=customer.name,
            )
        )
    theirs = (
        None
        if deal or action.currency or action.implied
        else _their_currency(ctx, customer) or country_currency(ctx, customer)
    )
    currency = action.currency or (
        deal.currency if deal else action.implied or theirs or ctx.settings.default_currency
    )
    amount = _amount(ctx, action, currency, deal)
    # said to be a change, or the user just chose this amount ("1.500": 1,500 or 1.50?)
    sure = action.marked or f"amount:{action.amount_text.strip()}" in ctx.picks
    far = (
        deal is not None
        and amount is not None
        and not sure
        and (
            _far_apart(deal, amount, currency)
            or (action.quoted and _other_figure(deal, amount, currency) and not _first_quote(deal, action))
        )
    )
    if far and _changed_or_new(ctx, customer, deal, amount) == NEW:  # type: ignore[arg-type]
        deal = None  # "tablets for the ER, 15k" next to the 48k portal deal: maybe another deal
    if deal is None:
        if amount is None and action.close is None and not (outcome or action.explicit or action.add_on):
            return "", None  # a stage merely mentioned ("sent the quote") starts no deal
        new = NewDeal(customer, title=action.title or customer.name, currency=currency,
                      stage=outcome or action.stage, amount=amount, close=action.close,
                      lost_reason=reason)  # fmt: skip
        deal = create_deal(ctx, new)
        if outcome:
            return _outcome_line(ctx, customer, deal), deal
        return ctx._("New deal: {line}", line=deal_line(ctx, deal, with_customer=customer.name)), deal
    before = deal.stage
    if outcome is not None:
        update = DealUpdate(amount=amount, currency=action.currency, stage=outcome, close=action.close,
                            lost_reason=reason)  # fmt: skip
        change_deal(ctx, deal, update)
        return _outcome_line(ctx, customer, deal) + _whose(ctx, deal), deal
    stage = action.stage
    was = (deal.amount, deal.currency, deal.stage, deal.expected_close)
    if stage and stage != before and not (action.explicit or (action.moved and _forward(ctx, before, stage))):
        stage = None  # a stage merely mentioned does not move a deal, and only a move goes backwards
    change_deal(
        ctx, deal, DealUpdate(amount=amount, currency=action.currency, stage=stage, close=action.close)
    )
    if (deal.amount, deal.currency, deal.stage, deal.expected_close) == was:
        return "", deal  # the message repeats what the deal already says
    line = ctx._("Deal updated: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    if deal.stage != before:
        line += f" ({label(ctx.tr, before)} → {label(ctx.tr, deal.stage)})"
    return line + _whose(ctx, deal), deal


def _whose(ctx: Ctx, deal: Deal) -> str:
    """Said after a change of a deal another rep owns (a manager's or an admin's, who may): never silent."""
    if deal.owner_id in (None, ctx.user.id):
        return ""
    owner = ctx.store.users.get(deal.owner_id)
    return " — " + ctx._("{name}'s deal", name=owner.display_name) if owner else ""


def _their_currency(ctx: Ctx, customer: Customer) -> str | None:
    """The one currency the customer's deals are kept in ("a separate quote for their 2nd clinic, ~7.5k" for
    a customer whose deals are in AUD: AUD), None when they have none or several."""
    known = {d.currency for d in ctx.store.deals.for_customer(customer.id)}
    return known.pop() if len(known) == 1 else None


def country_currency(ctx: Ctx, customer: Customer) -> str | None:
    """The one currency the user's deals at customers of this customer's country (its phone's calling code)
    are kept in: "18k" for a new deal at a Sydney customer, from a rep whose Australian deals are all in AUD
    and whose New Zealand ones are in NZD, is AUD. Of several, the user's own dollar at a customer of their
    own place ("~8k" at a Singapore customer from a Singapore rep with deals there in SGD and USD: SGD). None
    when the phone says no country, or the user has no deal there, or deals there in several others."""
    code = calling_code(customer.phone)
    if code is None:
        return None
    kept = Counter(currency for phone, currency in ctx.store.deals.currencies_with_phones(ctx.user.id)
                   if calling_code(phone) == code)  # fmt: skip
    there = set(kept)
    if len(there) > 1 and (home := home_dollar(ctx.tz, code)) in there:
        return home
    if len(there) > 1:
        # nearly all of them in one ("26 grand" at a Glasgow customer from a London rep whose UK deals are
        # in pounds but two in dollars): that one, as a colleague reads it
        [(most, count)] = kept.most_common(1)
        return most if count >= _MOST_DEALS and count >= _NEARLY_ALL * kept.total() else None
    return there.pop() if there else None


_MOST_DEALS, _NEARLY_ALL = 4, 0.8


_YUAN_OR_YEN = ("CNY", "JPY")


def _written_currency(ctx: Ctx, customer: Customer, deal: Deal | None, action: DealAction) -> str | None:
    """The currency as written. A bare ¥ is yuan or yen: the deal's currency decides (else the customer's
    deals', else a Chinese message means yuan); with nothing to tell, it is asked, never guessed. A bare 元
    is the deal's own kind of yuan (NT$, HK$ or renminbi), else the one of the user's place."""
    if action.currency == "CNY" and yuan_word_only(action.amount_text):
        deals = [deal] if deal is not None else ctx.store.deals.for_customer(customer.id)
        known = {d.currency for d in deals}
        return known.pop() if len(known) == 1 and known <= YUAN_CURRENCIES else local_yuan(ctx.tz)
    if action.currency == "USD" and dollar_sign_only(action.amount_text):
        return _own_dollar(ctx, customer, deal) or action.currency
    if action.currency == "SEK" and krona_sign_only(action.amount_text):
        return _which_krona(ctx, customer, deal, action.amount_text.strip())
    if action.currency != "CNY" or not yen_sign_only(action.amount_text):
        return action.currency
    deals = [deal] if deal is not None else ctx.store.deals.for_customer(customer.id)
    known = {d.currency for d in deals}
    if len(known & set(_YUAN_OR_YEN)) == 1 and known <= set(_YUAN_OR_YEN):
        return known.pop()
    if not known and CHINESE_TEXT.search(action.hint):
        return "CNY"  # "¥80万" in a Chinese message
    key = f"yen:{action.amount_text.strip()}"
    if key in ctx.picks:
        return str(ctx.picks[key])
    raise NeedChoice(
        key,
        ctx._("Is {amount} in yuan (CNY) or in yen (JPY)?", amount=action.amount_text.strip()),
        [Option(ctx._("Yuan (CNY)"), "CNY"), Option(ctx._("Yen (JPY)"), "JPY")],
    )


def _own_dollar(ctx: Ctx, customer: Customer, deal: Deal | None) -> str | None:
    """A bare "$" of a deal kept in the user's own dollar ("$41,500" from a rep in Sydney for an AUD deal), or
    for a customer with no deal yet, is that dollar; None when the deal is kept in another one ("$44k" from
    Sydney for an NZD deal: asked)."""
    deals = [deal] if deal is not None else ctx.store.deals.for_customer(customer.id)
    own = local_dollar(ctx.tz)
    # a customer with no deal yet: the "$" of a rep in Sydney is the Australian dollar, as a person reads it
    return own if {d.currency for d in deals} in ({own}, set()) else None


# The krona of each country calling code: a customer's phone says whose krona its deals are likely kept in.
_KRONA_OF_CODE = {"46": "SEK", "47": "NOK", "45": "DKK"}


def _which_krona(ctx: Ctx, customer: Customer, deal: Deal | None, written: str) -> str:
    """A bare "kr" (or "kroner", 克朗) is the writer's own krona (a Stockholm rep's SEK) when the deal, or the
    customer with no deal, is kept in it and the customer is of no other krona's country; a writer from
    elsewhere means the one krona the deal is kept in. Anything else ("400 000 kr" from Stockholm for an Oslo
    customer, or for a deal kept in NOK or EUR) is asked, never guessed."""
    deals = [deal] if deal is not None else ctx.store.deals.for_customer(customer.id)
    known = {d.currency for d in deals}
    own = local_currency(ctx.tz)
    there = _KRONA_OF_CODE.get(calling_code(customer.phone) or "")
    if own in KRONOR and known in ({own}, set()) and there in (own, None):
        return own
    if own not in KRONOR and len(known) == 1 and known <= KRONOR:
        return known.pop()
    key = f"krona:{written}"
    if key in ctx.picks:
        return str(ctx.picks[key])
    raise NeedChoice(
        key,
        ctx._("Which krona is {amount}?", amount=written),
        [
            Option(ctx._("Swedish kronor (SEK)"), "SEK"),
            Option(ctx._("Norwegian kroner (NOK)"), "NOK"),
            Option(ctx._("Danish kroner (DKK)"), "DKK"),
        ],
    )


BIG_CHANGE = 3  # an amount this many times bigger or smaller than the deal's is confirmed first


def _far_apart(deal: Deal, amount: Decimal, currency: str) -> bool:
    """The amount said is far from the deal's (the same currency): a vague message may mean another deal."""
    if deal.amount is None or deal.amount <= 0 or amount <= 0 or currency != deal.currency:
        return False
    return amount >= deal.amount * BIG_CHANGE or amount * BIG_CHANGE <= deal.amount


def _first_quote(deal: Deal, action: DealAction) -> bool:
    """The quote that takes a deal still before its proposal to it ("预算批下来了，今天把报价发过去了，
    五十二万"): its figure is the deal's amount, no second deal's."""
    return deal.stage in ("lead", "qualified") and action.stage == "proposal"


def _other_figure(deal: Deal, amount: Decimal, currency: str) -> bool:
    """The deal already has a figure, and another one: a quote said of it may be a second deal's."""
    return deal.amount is not None and deal.amount > 0 and amount != deal.amount and currency == deal.currency


def _changed_or_new(ctx: Ctx, customer: Customer, deal: Deal, amount: Decimal) -> str:
    """Ask whether a far-off amount changes the deal or is a new one (the answer lands in `ctx.picks`)."""
    key = f"amount-change:{deal.id}:{amount}"
    if key in ctx.picks:
        return str(ctx.picks[key])
    raise NeedChoice(
        key,
        ctx._(
            "{customer}'s deal {title} is {old}. Change it to {new}, or is this a new deal?",
            customer=customer.name,
            title=deal.title,
            old=ctx.money(deal.amount, deal.currency),
            new=ctx.money(amount, deal.currency),
        ),
        [
            Option(ctx._("Change to {new}", new=ctx.money(amount, deal.currency)), CHANGE),
            Option(ctx._("New deal"), NEW),
        ],
    )


def _reopen(ctx: Ctx, customer: Customer, action: DealAction) -> tuple[str, Deal | None]:
    """ "reopen at 40k": the closed deal named ("the lab kits are back on"), else the latest one, goes back
    to the stage it was lost from."""
    closed = [d for d in ctx.store.deals.for_customer(customer.id) if d.status != "open"]
    if not closed:
        raise UserError(ctx._("{customer} has no closed deal to reopen.", customer=customer.name))
    named = deals_meant(closed, action.hint, customer) if len(closed) > 1 else []
    deal = named[0] if len(named) == 1 else max(closed, key=lambda d: d.id)  # the one named, else the latest
    action = replace(action, currency=_written_currency(ctx, customer, deal, action))  # "$70K": its dollar
    before = deal.stage
    history = ctx.store.deals.history(deal.id)
    earlier = [c.from_stage for c in history if c.to_stage == before and c.from_stage]
    open_names = [s.name for s in ctx.settings.open_stages]
    stage = action.stage if action.stage in open_names else None
    stage = stage or (earlier[-1] if earlier and earlier[-1] in open_names else open_names[0])
    amount = _amount(ctx, action, action.currency or deal.currency, deal)
    change_deal(
        ctx, deal, DealUpdate(amount=amount, currency=action.currency, stage=stage, close=action.close)
    )
    line = ctx._("Reopened: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    return f"{line} ({label(ctx.tr, before)} → {label(ctx.tr, stage)})" + _whose(ctx, deal), deal


def _outcome_line(ctx: Ctx, customer: Customer, deal: Deal) -> str:
    if deal.stage == "won":
        return "🎉 " + ctx._("Won: {line}", line=deal_line(ctx, deal, with_customer=customer.name))
    return ctx._(
        "Lost: {customer} · {title} — {reason}",
        customer=customer.name,
        title=deal.title,
        reason=deal.lost_reason or "",
    )


# Reminders --------------------------------------------------------------------
def run_reminder(ctx: Ctx, action: ReminderAction, due: datetime | None = None) -> str:
    if due is None:
        key = when_key(action.text)
        if key not in ctx.picks:
            raise NeedChoice(
                key,
                ctx._("When should I remind you to “{what}”?", what=action.text),
                when_options(ctx),
            )
        due = datetime.fromisoformat(ctx.picks[key])
    customer = ctx.store.customers.get(action.customer_id)
    old = ctx.store.reminders.get(action.moves) if action.moves is not None else None
    if old is not None and old.status in OPEN_STATUSES:
        moved = move_reminder(ctx, old, due, snooze=False)
        return ctx._("Reminder moved: {line}", line=reminder_line(ctx, moved, customer))
    same = _set_already(ctx, customer, due, action.text) if old is None else None
    if same is not None:  # "remind me to call shawn 7/5 at 11" with that reminder set: no second one
        return ctx._("You already have that reminder: {line}", line=reminder_line(ctx, same, customer))
    other = _set_at_another_hour(ctx, customer, due, action.text) if old is None else None
    if other is not None:  # "remind me to send the quote to Amit tomorrow 4 pm instead of 11": that one moves
        moved = move_reminder(ctx, other, due, snooze=False)
        return ctx._("Reminder moved: {line}", line=reminder_line(ctx, moved, customer))
    new = NewReminder(due, action.text, customer_id=customer.id if customer else None, deal_id=action.deal_id)
    reminder = set_reminder(ctx, new)
    return ctx._("Reminder set: {line}", line=reminder_line(ctx, reminder, customer))


def _set_already(ctx: Ctx, customer: Customer | None, due: datetime, text: str) -> Reminder | None:
    """The user's open reminder for the customer at that very moment, said again, or that day for the same
    task ("佢确认听日下昼睇现场冇问题" with "去天河科技睇现场" set for tomorrow): set once, not twice."""
    if customer is None:
        return None
    local = due.astimezone(ctx.tz)
    clock = local.time().replace(tzinfo=None)
    for reminder in ctx.store.reminders.open_for_customer(customer.id):
        at = reminder.due_at  # (aware UTC: crm_store's UTCDateTime)
        if reminder.owner_id != ctx.user.id:
            continue
        # another hour said that day is another reminder ("remind me 1500 hrs to send the LPO draft" beside
        # the 14:00 call about the LPO); a part of the day ("听日下昼") says no hour
        other_hour = (
            clock not in PART_OF_DAY_CLOCKS and at.astimezone(ctx.tz).time().replace(tzinfo=None) != clock
        )
        same_day = at.astimezone(ctx.tz).date() == local.date()
        same_moment = at == due and not _another_task(ctx, customer, reminder, text)
        if same_moment or (same_day and not other_hour and _same_task(ctx, customer, reminder, text)):
            return reminder
    return None


def _another_task(ctx: Ctx, customer: Customer, reminder: Reminder, text: str) -> bool:
    """Whether `text`, for the very moment of `reminder`, names a contact of the customer the reminder does
    not: another task ("ping tamara at wayne 3pm abt the questionaire" beside "mtg w/ lucius at wayne re the
    renewal" at 15:00 was refused as that reminder, and the task lost)."""
    named = {c.id for c in contacts_named(ctx, customer, text)}
    return bool(named) and not named & {c.id for c in contacts_named(ctx, customer, reminder.text)}


# Another time said as the one left: "… tomorrow 4 pm instead of 11", "at 3 not 2".
_INSTEAD_OF = re.compile(r"\binstead of\b|\brather than\b|\bnot\s+(?:at\s+)?\d", re.IGNORECASE)


def _set_at_another_hour(ctx: Ctx, customer: Customer | None, due: datetime, text: str) -> Reminder | None:
    """The user's open reminder for the customer that day for the same task at another hour, when the
    message says its hour is the one left ("… 4 pm instead of 11"): moved, not set twice."""
    if customer is None or not _INSTEAD_OF.search(text):
        return None
    day = due.astimezone(ctx.tz).date()
    for reminder in ctx.store.reminders.open_for_customer(customer.id):
        at = reminder.due_at
        mine = reminder.owner_id == ctx.user.id and at.astimezone(ctx.tz).date() == day and at != due
        if mine and _same_task(ctx, customer, reminder, text):
            return reminder
    return None


def _same_task(ctx: Ctx, customer: Customer, reminder: Reminder, text: str) -> bool:
    """Whether `text` says the task of `reminder` (a word of it beyond the customer's names and the kind of
    deed: "睇现场", "renewal")."""
    task = task_of(ctx, reminder)
    for name in [customer.name, *customer.aliases]:
        task = task.replace(simplified(name).lower(), " ")
    return shares_task(task, text, deeds=False)


# Logs and contact news -----------------------------------------------------------
# Said right after a person: they were not there, so the interaction was not with them.
_ABSENT = re.compile(
    r"^\W*(?:(?:is|was|were|'s|’s)\s+)?(?:still\s+)?"
    r"(?:out\b|off\b|sick\b|away\b|on (?:leave|holiday|vacation|pto)\b"
    r"|ooo\b|oof\b|not (?:in|there|around|available)\b|unavailable\b|absent\b"
    # busy elsewhere: "Dr Farrow was with a patient", "in another meeting" ("jane busy" on a call: reached)
    r"|with (?:a|another) (?:patient|client|customer)\b|in (?:a|another) meeting\b"
    r"|in surgery\b|on another call\b)"
    r"|^\W*(?:is|was|were|are)n['’]?t\s+(?:in|there|around|available|here"
    r"|on the (?:call|thread|email|line|zoom))\b"  # "joan wasn't in", "nadia wasnt on the thread"
    r"|^\s*(?:不在|请假|休假|生病|病了|没来|没在|唔喺度|唔在|冇喺度|外出|出去了|在开会)",
    re.IGNORECASE,
)
# A pronoun standing for the person just named: "stopped by Bridget's office, she wasn't in".
_PRONOUN = re.compile(r"(?:\b(?:she|he)\b|[她他](?!们))", re.IGNORECASE)


def absent(text: str, name: str, *, later: bool = False) -> bool:
    """Whether `text` says the person of that name (or of one of its words, or a Chinese family name with
    a title) was not there: "alice out sick", "jane was out", "joan wasn't in", "林总不在" for 林国栋, or
    a pronoun after the name says so ("left brochures with Bridget's team, she wasn't in"). Away later
    ("she's out next week") is not away now: a call with her was with her; with `later`, it counts too (a
    note that she will be away is not a note with her)."""
    text = simplified(text)  # 王經理沒來 as 王经理没来
    lower = text.lower()
    name = simplified(name)
    parts = [re.escape(p) for p in {name.lower(), *(p for p in name.lower().split() if len(p) >= 2)}]
    if not name[:1].isascii():  # "林总不在" says 林国栋 was not there
        parts.append(re.escape(family_name(name)) + CN_TITLES)
    for part in parts:
        for match in re.finditer(part, lower):
            if _FROM_THEM.search(lower, 0, match.start()) or _THEY_REACHED_US.match(lower, match.end()):
                continue  # "whatsapp from Charmaine, she on leave till 27 Jan": she wrote, away or not
            if _away(text[match.end() :], later) or _THEIRS_INSTEAD.search(lower, match.end()):
                return True  # "…, met his assistant only": someone of theirs was met in their place
            pronoun = _PRONOUN.search(text, match.end())
            if pronoun is not None and _away(text[pronoun.end() :], later):
                return True
    return False


# Someone of theirs seen in their place, said after them: "Manjunath …, met his assistant only", "王总不在，
# 见了他的助理".
_THEIRS_INSTEAD = re.compile(
    r"\b(?:met|saw|spoke\s+(?:to|with)|talked\s+(?:to|with)|dealt\s+with)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:assistant|secretary|deputy|pa|colleague|junior|number\s+two|2ic)\b"
    r"|(?:见|见到|碰到)了?(?:他|她)的?(?:助理|秘书|副手|同事|下属)",
    re.IGNORECASE,
)
# Said to have reached us: "… from Charmaine", "Charmaine called", "李经理发来微信".
_FROM_THEM = re.compile(r"\bfrom\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?$")
_THEY_REACHED_US = re.compile(
    r"\s*(?:called|rang|phoned|messaged|emailed|texted|whatsapped|wechatted|wrote|sent)\b|(?:打来|打來|发来|發來|来电|來電)"
)
# Away later, not now: "she's out next week", "他下周请假".
_LATER = re.compile(
    r"\s*(?:next|from|starting|later|tomorrow|tmrw|after|this coming|over the)\b"
    r"|\s*(?:下周|明天|后天|下个月|下礼拜|从)",
    re.IGNORECASE,
)


def _away(words: str, later: bool) -> bool:
    """Whether `words` (said right after a person) say the person is not there now (or, with `later`, at
    some time)."""
    match = _ABSENT.match(words)
    return match is not None and (later or not _LATER.match(words, match.end()))


def log_contact(ctx: Ctx, customer: Customer, action: LogAction) -> tuple[Contact | None, str | None]:
    """Whom the interaction was with: a known contact, else the name of a new one to add (or nobody).
    Nobody said to have been out ("called umbrella, alice out sick") is the one it was with."""
    later = action.kind == "note"  # "jane is on vacation next week": a note about her, not with her
    people = [name for name in action.people if not absent(action.text, name, later=later)]
    for name in people:  # the person met/called comes first: "jane was out, met bob"
        known = _which_of_them(ctx, customer, name) or mentioned_contact(ctx, customer, name)
        if known is not None:
            return known, None
    known = _which_of_them(ctx, customer, action.text) or mentioned_contact(ctx, customer, action.text)
    if known is None and action.context:  # "visited X then Y, met monica and gus": Monica is X's
        known = mentioned_contact(ctx, customer, action.context)
    if known is None and not people:  # "met the Inhaber at Schlossberg": their Inhaber, called by title
        known = contact_by_title(ctx, customer, action.text)
    if known is None:  # "spoke to lucious at wayne": Lucius, their only one of a name one letter off
        known = contact_by_slip(ctx, customer, action.text)
    if known is not None and not absent(action.text, known.name, later=later):
        return known, None
    for name in people:
        if name[:1].isupper() or not name.isascii():
            return None, name
    return None, None


CONTACT_KEY = "contact:"  # picks under "contact:<customer id>:<name said>": the contact chosen, by id


def _which_of_them(ctx: Ctx, customer: Customer, name: str) -> Contact | None:
    """The one of two contacts a first name fits ("call w jane": Jane Doe or Jane Park?) the user chose, or
    `NeedChoice` asking; None when the name fits one or none (trial 68: one was picked without a word)."""
    doubt = contacts_in_doubt(ctx, customer, name)
    if not doubt:
        return None
    first = doubt[0].name.split()[0]  # the name they share
    key = f"{CONTACT_KEY}{customer.id}:{first.lower()}"
    chosen = ctx.picks.get(key)
    picked = next((c for c in doubt if str(c.id) == str(chosen)), None)
    if picked is not None:
        return picked
    options = [Option(f"{c.name} · {c.title}" if c.title else c.name, str(c.id)) for c in doubt]
    question = ctx._("Which {name} at {customer}?", name=first, customer=customer.name)
    raise NeedChoice(key, question, options)


def run_log(ctx: Ctx, action: LogAction, deal: Deal | None = None) -> str:
    customer = ctx.store.customers.require(action.customer_id)
    person, new_name = log_contact(ctx, customer, action)
    if new_name is not None:
        person = add_contact(ctx, NewContact(customer, new_name))
    new = NewActivity(action.kind, action.text, customer, occurred_at=action.occurred_at, contact=person,
                      deal_id=deal.id if deal else None, next_step=action.next_step)  # fmt: skip
    log_activity(ctx, new)
    line = ctx._("Logged {kind} · {customer}", kind=label(ctx.tr, action.kind), customer=customer.name)
    if person is not None:
        line += " · " + ctx._("with {name}", name=person.name)
        if new_name is not None:
            line += " (" + ctx._("new contact") + ")"
    return line


def run_news(ctx: Ctx, action: NewsAction) -> str | None:
    return store_one(
        ctx, ctx.store.customers.require(action.customer_id), action.news, action.text, action.skip
    )


# One plan's operations ------------------------------------------------------------
@dataclass(frozen=True)
class Stored:
    """What storing a plan's operations did: one confirmation line per change, the follow-up questions of
    the parts that wait for an answer, and the writes that changed something (not one that repeats what
    the record already says, waits for an answer or is due in the past)."""

    lines: list[str]
    questions: list[Reply]
    changed: list[Write]
    # reminders waiting for their time, asked by the caller: one question for those that ask the same
    # ("星河和腾达…两边都要准备demo": when to remind of it is one answer for both)
    waiting: list[tuple[ReminderAction, NeedChoice]] = field(default_factory=list)


def execute(ctx: Ctx, operations: list[Write]) -> Stored:
    """Store a plan's operations through the domain operations (`Stored`). Contact news first, so that
    the interaction links a person the message introduces; the log names the deal the message changed;
    reminders are about that deal (or the customer's only open one)."""
    lines: list[str] = []
    questions: list[Reply] = []
    changed: list[Write] = []
    news: list[str] = []
    for op in operations:
        if isinstance(op, NewsAction) and (line := run_news(ctx, op)):
            news.append(line)
            changed.append(op)
    deal: Deal | None = None
    logs = [op for op in operations if isinstance(op, LogAction)]
    # a note that only tells the change of a deal waiting for an answer ("丽娟说结单日期定12月20号" of a
    # customer with two deals) waits with it: nothing of the message is stored before the answer
    notes = logs if logs and all(op.kind == "note" for op in logs) else []
    held: list[LogAction] = []
    for op in operations:
        if isinstance(op, DealAction):
            try:
                line, deal = run_deal(ctx, op)
                if line:
                    lines.append(line)
                    changed.append(op)
            except NeedChoice as question:
                questions.append(defer(ctx, op, question, [] if held else notes))
                held = notes
    for op in operations:
        if isinstance(op, LogAction) and op not in held:
            lines.insert(0, run_log(ctx, op, deal))
            changed.append(op)
    lines += news
    waiting: list[tuple[ReminderAction, NeedChoice]] = []
    for op in operations:
        if not isinstance(op, ReminderAction):
            continue
        customer = ctx.store.customers.get(op.customer_id) if op.customer_id else None
        open_deal = only_open_deal(ctx, customer) if customer else None
        reminder = replace(op, deal_id=deal.id if deal and deal.status == "open" else open_deal)
        if reminder.due is None:
            try:
                run_reminder(ctx, reminder)  # (stored when the day was already picked)
                changed.append(op)
            except NeedChoice as question:
                waiting.append((reminder, question))
        elif reminder.due > ctx.now:
            lines.append(run_reminder(ctx, reminder, reminder.due))
            changed.append(op)
    return Stored(lines, questions, changed, waiting)


def ask_when(ctx: Ctx, waiting: list[tuple[ReminderAction, NeedChoice]]) -> list[Reply]:
    """Ask when to remind of each waiting reminder, once for those asking the same question (the same words
    said of two customers): the one answer sets each."""
    by_key: dict[str, list[tuple[ReminderAction, NeedChoice]]] = {}
    for reminder, question in waiting:
        by_key.setdefault(question.key, []).append((reminder, question))
    return [
        defer(ctx, same[0][0], same[0][1], also=[reminder for reminder, _ in same[1:]])
        for same in by_key.values()
    ]


# Follow-up questions ----------------------------------------------------------
def resume(ctx: Ctx, data: dict[str, Any]) -> list[Reply]:
    """The answer to a follow-up question: store the part that was waiting for it (and the note that
    waited with it)."""
    action = from_data(data["action"])
    notes = [_log_from(note) for note in data.get("notes", [])]
    also = [from_data(other) for other in data.get("also", [])]
    try:
        line, deal = run(ctx, action)
    except NeedChoice as question:
        return [defer(ctx, action, question, notes, also)]
    lines = [run_log(ctx, note, deal) for note in notes] + ([line] if line else [])
    lines += [line for other in also if (line := run(ctx, other)[0])]  # the same answer for each
    return [ctx.confirm("\n".join(lines))] if lines else [Reply(ctx._("Nothing to change."))]


ANSWERED = FollowUp(resume, N_("Skip"), N_("OK, skipped."))


def defer(
    ctx: Ctx,
    action: Action,
    question: NeedChoice,
    notes: list[LogAction] | None = None,
    also: Sequence[Action] = (),
) -> Reply:
    """Keep `action` (and the `notes` that wait with it, and the actions `also` asking the same) for later
    and ask `question`; its answer comes back to `resume`."""
    data: dict[str, Any] = {"action": to_data(action)}
    if notes:
        data["notes"] = [_log_data(note) for note in notes]
    if also:
        data["also"] = [to_data(other) for other in also]
    return ask(ctx, question, FOLLOW_UP, ANSWERED, data)


def _log_data(log: LogAction) -> dict[str, Any]:
    return {"kind": log.kind, "text": log.text, "customer_id": log.customer_id,
            "occurred_at": log.occurred_at.isoformat(), "next_step": log.next_step,
            "people": list(log.people), "context": log.context}  # fmt: skip


def _log_from(data: dict[str, Any]) -> LogAction:
    occurred = datetime.fromisoformat(data["occurred_at"])
    return LogAction(data["kind"], data["text"], data["customer_id"], occurred, data["next_step"],
                     tuple(data["people"]), data.get("context", ""))  # fmt: skip
