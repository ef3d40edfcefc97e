"""Deals: create one, change it (amount, currency, stage, close date), and who may.

Every deal write of the chat goes through here, so the rules hold for commands, free text
and buttons alike: reps change their own deals, a lost deal has a reason, a new deal starts
at the first open stage unless told, and each new or moved deal records a `DealChanged`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crm_store.models import Customer, Deal
from crm_store.repos.base import UNSET
from handlers.domain.acting import Acting
from handlers.domain.events import DealChanged
from handlers.errors import Refused
from handlers.i18n import N_

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
    lost_reason: str | None = None  # stored when the stage is "lost" (and required then)


def implied_currency(text: str, written: str | None) -> str | None:
    """The currency of a new deal's amount: as written, else yuan in a Chinese message (50万)."""
    if written:
        return written
    return "CNY" if CHINESE_TEXT.search(text) else None


def only_open_deal(acting: Acting, customer: Customer) -> int | None:
    """The customer's open deal when there is exactly one (an activity or reminder belongs to it)."""
    deals = acting.store.deals.for_customer(customer.id, open_only=True)
    return deals[0].id if len(deals) == 1 else None


def check_permission(acting: Acting, deal: Deal) -> None:
    """Reps change their own (or unowned) deals; managers their team's; admins all."""
    user = acting.user
    if deal.owner_id in (None, user.id) or user.role == "admin":
        return
    if user.role == "manager" and deal.owner_id in acting.store.users.team_ids(user):
        return
    owner = acting.store.users.get(deal.owner_id)
    raise Refused(
        N_("That deal belongs to {name}; ask them or their manager."),
        name=owner.display_name if owner else "?",
    )


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
    check_permission(acting, deal)
    if update.stage == "lost" and not update.lost_reason:
        customer = acting.store.customers.require(deal.customer_id)
        raise Refused(N_("Why was it lost? e.g. /lost {title}: price too high"), title=customer.name)
    before = deal.stage
    acting.store.deals.change(
        deal,
        amount=update.amount if update.amount is not None else UNSET,
        currency=update.currency or UNSET,
        stage=update.stage or UNSET,
        expected_close=update.close or UNSET,
        lost_reason=update.lost_reason if update.stage == "lost" else UNSET,
    )
    if deal.stage != before:
        acting.events.append(DealChanged(deal.id, before, deal.stage))
    return deal
