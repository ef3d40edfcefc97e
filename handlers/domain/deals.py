"""Deals: create one, change it (amount, currency, stage, close date), and who may.

Every deal write of the chat goes through here, so the rules hold for commands, free text
and buttons alike: reps change their own deals, a lost deal has a reason, a new deal starts
at the first open stage unless told, and each new or moved deal records a `DealChanged`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from decimal import Decimal

from crm_store.models import Customer, Deal, User
from crm_store.repos.base import UNSET
from crm_store.search.normalize import fold
from handlers.domain.acting import Acting
from handlers.domain.customers import check_manages
from handlers.domain.events import DealChanged
from handlers.errors import Refused
from handlers.i18n import N_, region_currency
from handlers.parsing.holiday_calendar import country_of

CHINESE_TEXT = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class NewDeal:
    customer: Customer
    title: str
    currency: str
    stage: str | None = None  # None: the first open stage
    amount: Decimal | None = None
    close: date | None = None
    lost_reason: str | None = None  # required when the deal starts as lost


@dataclass(frozen=True)
class DealUpdate:
    """What to change; None leaves a field as it is."""

    amount: Decimal | None = None
    currency: str | None = None
    stage: str | None = None
    close: date | None = None
    clear_close: bool = False  # forget the expected close date
    lost_reason: str | None = None  # stored when the deal is (or becomes) lost; required then


# Where a bare 万 or 元 in a Chinese message is the local dollar, not the renminbi (by the user's time zone).
_LOCAL_YUAN = {"Asia/Taipei": "TWD", "Asia/Hong_Kong": "HKD", "Asia/Macau": "MOP"}
YUAN_CURRENCIES = frozenset({"CNY", *_LOCAL_YUAN.values()})


def local_yuan(tz: tzinfo | None) -> str:
    """What 元 means to a user in `tz`: NT$ in Taipei, HK$ in Hong Kong, else yuan."""
    return _LOCAL_YUAN.get(str(tz), "CNY")


_CANADA = (
    "Toronto",
    "Vancouver",
    "Montreal",
    "Edmonton",
    "Winnipeg",
    "Halifax",
    "St_Johns",
    "Regina",
    "Moncton",
)
_LOCAL_DOLLAR = {
    "Asia/Hong_Kong": "HKD", "Asia/Singapore": "SGD", "Asia/Taipei": "TWD", "Pacific/Auckland": "NZD",
    "Pacific/Chatham": "NZD", **{f"America/{city}": "CAD" for city in _CANADA},
}  # fmt: skip


def local_currency(tz: tzinfo | None) -> str | None:
    """The currency of the country whose clock `tz` is (PHP in Manila, AED in Dubai), or None (UTC)."""
    return region_currency(country_of(tz))


# The calling code of each local dollar's one country (none for CAD: +1 is the United States' code too).
_DOLLAR_CALLING_CODE = {"AUD": "61", "HKD": "852", "NZD": "64", "SGD": "65", "TWD": "886"}


def home_dollar(tz: tzinfo | None, code: str) -> str | None:
    """The user's own dollar when `code` (a customer phone's calling code) is of the user's own place: SGD
    for a Singapore rep's customer on +65; None elsewhere, or where several countries share the code."""
    own = local_dollar(tz)
    return own if _DOLLAR_CALLING_CODE.get(own) == code else None


def local_dollar(tz: tzinfo | None) -> str:
    """What a bare "$" means to a user in `tz`: the dollar of their place (A$ in Sydney, C$ in Toronto, NZ$
    in Auckland), the peso in Mexico (where "$" is written for pesos, "dlls" or "USD" for dollars), else the
    US dollar."""
    zone = str(tz)
    if zone.startswith("Australia/"):
        return "AUD"
    if country_of(tz) == "MX":
        return "MXN"
    return _LOCAL_DOLLAR.get(zone, "USD")


# Country calling codes of one digit (North America, Russia/Kazakhstan) and of two; every other is three.
_ONE_DIGIT_CODES = frozenset("17")
_TWO_DIGIT_CODES = frozenset({
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
    "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
    "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
})  # fmt: skip


def calling_code(phone: str | None) -> str | None:
    """The country calling code of an international phone number ("+61 6100 1000": 61, "+852 …": 852,
    "+1 …": 1), None when it is written without one."""
    digits = re.match(r"\s*(?:\+|00)\s*(\d[\d\s().-]*)", phone or "")
    if digits is None:
        return None
    number = re.sub(r"\D", "", digits.group(1))
    for size in (1, 2, 3):
        code = number[:size]
        if len(number) > size and (
            (size == 1 and code in _ONE_DIGIT_CODES) or (size == 2 and code in _TWO_DIGIT_CODES) or size == 3
        ):
            return code
    return None


# A figure counted in lakh or crore ("9.5 L", "1.2 Cr", "12 lakh") is in the rupee of the writer's place.
_LAKH_COUNTED = re.compile(r"lakhs?|lacs?\b|crores?|\d\s?(?:L|Cr)\b|\d\s?cr\b", re.IGNORECASE)
_LOCAL_RUPEE = {"Asia/Karachi": "PKR", "Asia/Dhaka": "BDT", "Asia/Kathmandu": "NPR", "Asia/Colombo": "LKR"}


def lakh_currency(amount_text: str, tz: tzinfo | None) -> str | None:
    """The currency of a figure counted in lakh or crore and written with none: INR (PKR in Karachi,
    BDT in Dhaka, …); None for a figure counted otherwise."""
    return _LOCAL_RUPEE.get(str(tz), "INR") if _LAKH_COUNTED.search(amount_text) else None


def implied_currency(text: str, written: str | None, tz: tzinfo | None = None) -> str | None:
    """The currency of a new deal's amount: as written, else the local yuan in a Chinese message (50万:
    CNY in Shanghai, TWD in Taipei)."""
    if written:
        return written
    return local_yuan(tz) if CHINESE_TEXT.search(text) else None


# Words too general to tell one deal of a customer from another by its title.
_GENERIC_TITLE_WORDS = frozenset({
    "and", "the", "for", "with", "new", "deal", "deals", "project", "projects", "order", "orders",
    "opportunity", "oppty", "add", "add-on", "addon", "another", "extra", "separate", "second",
})  # fmt: skip
_GENERIC_TITLE_PAIRS = frozenset({"项目", "合同", "商机", "单子", "订单", "新单", "那个", "这个", "公司"})
_LATIN_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _singular(word: str) -> str:
    """A title word and its plural are one mark: "the gateway close" names the "edge gateways" deal."""
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
    return word[:-1] if plural else word


_GENERIC_MARKS = frozenset({_singular(w) for w in _GENERIC_TITLE_WORDS} | _GENERIC_TITLE_PAIRS)


def _title_marks(text: str) -> set[str]:
    """What names a deal in `text`: its Latin words (folded) and each pair of adjacent Chinese characters."""
    text = fold(text)
    words = {_singular(w) for w in _LATIN_WORD.findall(_HAN_RUN.sub(" ", text)) if len(w) > 2}
    pairs = {run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}
    return words | pairs


def deals_named(deals: Sequence[Deal], text: str, customer: Customer) -> list[Deal]:
    """The deals whose title the message names by a distinctive word ("the wifi upgrade", "冷链那个",
    "维保合同"); of several, those naming the most. Words of the customer's own name and general words
    ("deal", "项目") tell no deal apart."""
    scored = _scored(deals, text, customer)
    best = max((score for score, _ in scored), default=0)
    named = [d for score, d in scored if score and score == best]
    if len(named) > 1:  # "排班系統" of 員工排班 and 訂房系統: the word that says which, not the kind of thing
        specific = [d for score, d in _scored(named, text, customer, weak=_KIND_OF_THING) if score]
        named = specific if len(specific) == 1 else named
    return named


def deals_mentioned(deals: Sequence[Deal], text: str, customer: Customer) -> list[Deal]:
    """Every deal `text` names by a distinctive word of its title, not only those naming the most."""
    return [d for score, d in _scored(deals, text, customer) if score]


# Words that say what kind of thing a deal sells, not which one: a system, a platform, software.
_KIND_OF_THING = frozenset({
    "system", "platform", "software", "solution", "service", "upgrade",
    "系统", "平台", "软件", "设备", "服务",
})  # fmt: skip


def _scored(
    deals: Sequence[Deal], text: str, customer: Customer, weak: frozenset[str] = frozenset()
) -> list[tuple[int, Deal]]:
    """How many distinctive title words of each deal `text` says. A word two of the deals share ("系统" of
    "保安系統" and "停車場系統") tells neither apart."""
    said = _title_marks(text)
    common = _title_marks(customer.name) | _GENERIC_MARKS | weak
    marks = [_title_marks(d.title) - common for d in deals]
    shared = {m for i, mine in enumerate(marks) for m in mine if any(m in other for other in marks[i + 1 :])}
    return [(len((mine - shared) & said), d) for mine, d in zip(marks, deals, strict=True)]


def only_open_deal(acting: Acting, customer: Customer) -> int | None:
    """The customer's open deal when there is exactly one (an activity or reminder belongs to it)."""
    deals = acting.store.deals.for_customer(customer.id, open_only=True)
    return deals[0].id if len(deals) == 1 else None


def check_deal(acting: Acting, deal: Deal) -> None:
    """Reps change their own (or unowned) deals; managers their team's; admins all."""
    check_manages(acting, deal.owner_id, N_("That deal belongs to {name}; ask them or their manager."))


def create_deal(acting: Acting, new: NewDeal) -> Deal:
    stage = new.stage or acting.settings.open_stages[0].name
    if stage == "lost" and not new.lost_reason:
        raise Refused(N_("A new deal cannot start as lost."))
    deal = acting.store.deals.add(
        new.customer,
        title=new.title,
        stage=stage,
        currency=new.currency,
        amount=new.amount,
        expected_close=new.close,
    )
    if stage == "lost":
        acting.store.deals.change(deal, lost_reason=new.lost_reason)
    acting.events.append(DealChanged(deal.id, None, stage))
    return deal


def change_deal(acting: Acting, deal: Deal, update: DealUpdate) -> Deal:
    """Amount, currency, stage, close date: the one way a deal moves (and `DealChanged` says so)."""
    check_deal(acting, deal)
    lost = (update.stage or deal.stage) == "lost"
    if update.stage == "lost" and not (update.lost_reason or (deal.stage == "lost" and deal.lost_reason)):
        customer = acting.store.customers.require(deal.customer_id)
        raise Refused(N_("Why was it lost? e.g. /lost {title}: price too high"), title=customer.name)
    before = deal.stage
    acting.store.deals.change(
        deal,
        amount=update.amount if update.amount is not None else UNSET,
        currency=update.currency or UNSET,
        stage=update.stage or UNSET,
        expected_close=None if update.clear_close else update.close or UNSET,
        lost_reason=update.lost_reason if lost and update.lost_reason else UNSET,
    )
    if deal.stage != before:
        acting.events.append(DealChanged(deal.id, before, deal.stage))
    return deal


def stage_before_closing(acting: Acting, deal: Deal) -> str:
    """The open stage a closed deal was in before it was won or lost (else the first one)."""
    open_names = {s.name for s in acting.settings.open_stages}
    for change in reversed(acting.store.deals.history(deal.id)):
        if change.to_stage == deal.stage and change.from_stage in open_names:
            return change.from_stage
    return acting.settings.open_stages[0].name


def reopen_deal(acting: Acting, deal: Deal, *, amount: Decimal | None = None, currency: str | None = None,
                stage: str | None = None) -> Deal:  # fmt: skip
    """A won or lost deal is open again, at the stage it left (or `stage`), maybe with a new amount."""
    check_deal(acting, deal)
    if deal.status == "open":
        raise Refused(N_("{title} is still open."), title=deal.title)
    target = stage or stage_before_closing(acting, deal)
    before = deal.stage
    acting.store.deals.change(
        deal,
        stage=target,
        amount=amount if amount is not None else UNSET,
        currency=currency or UNSET,
        lost_reason=None,
    )
    acting.events.append(DealChanged(deal.id, before, deal.stage))
    return deal


def rename_deal(acting: Acting, deal: Deal, title: str) -> Deal:
    check_deal(acting, deal)
    return acting.store.deals.change(deal, title=title)


def reassign_deal(acting: Acting, deal: Deal, owner: User) -> Deal:
    check_deal(acting, deal)
    if not owner.active:
        raise Refused(N_("{name} is no longer active."), name=owner.display_name)
    return acting.store.deals.change(deal, owner_id=owner.id)


def delete_deal(acting: Acting, deal: Deal) -> None:
    check_deal(acting, deal)
    acting.store.deals.delete(deal)


def close_deal_reminders(acting: Acting, deal: Deal, reminder_ids: Iterable[int]) -> list[str]:
    """Close the listed open reminders of a won or lost deal (the owner said so: a closed deal is
    not always done with, e.g. the contract still has to be sent). Returns the closed ones' texts;
    nothing when the deal is open again."""
    if deal.status == "open":
        return []
    wanted = set(reminder_ids)
    closed = []
    for reminder in acting.store.reminders.open_for_deal(deal.id):
        if reminder.id in wanted:
            acting.store.reminders.set_status(reminder, "cancelled")
            closed.append(reminder.text)
    return closed
