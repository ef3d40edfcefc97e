"""Deals: reopen a won or lost one, rename, hand to another rep, delete; a deal that is won or
lost closes its open reminders."""

from __future__ import annotations

from decimal import Decimal

from crm_store.models import Deal, User
from crm_store.repos.base import UNSET
from handlers.domain.acting import Acting
from handlers.domain.customers import check_manages
from handlers.errors import Refused
from handlers.i18n import N_


def check_deal(acting: Acting, deal: Deal) -> None:
    check_manages(acting, deal.owner_id, N_("That deal belongs to {name}; ask them or their manager."))


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
    return acting.store.deals.change(
        deal,
        stage=target,
        amount=amount if amount is not None else UNSET,
        currency=currency or UNSET,
        lost_reason=None,
    )


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


def close_deal_reminders(acting: Acting, deal: Deal) -> int:
    """A deal that is won or lost needs no more chasing: its open reminders are closed (undo
    brings them back with the deal). Returns how many."""
    if deal.status == "open":
        return 0
    closed = 0
    for reminder in acting.store.reminders.open_for_deal(deal.id):
        acting.store.reminders.set_status(reminder, "cancelled")
        closed += 1
    return closed
