"""Deals and their stage/amount history."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select

from crm_store.limits import TEXT_LIMITS, check_amount, check_day
from crm_store.models import Activity, Customer, Deal, DealChange, Reminder
from crm_store.repos.base import UNSET, Page, Repo, clean_text

CLOSING_AHEAD = timedelta(days=7)
OVERDUE_LOOKBACK = timedelta(days=365)


def closing_window(today: date) -> tuple[date, date]:
    """What "closing soon" means everywhere (/today, the morning message, the digest): an
    expected close date in the next 7 days, or overdue (up to a year back)."""
    return today - OVERDUE_LOOKBACK, today + CLOSING_AHEAD


@dataclass(frozen=True)
class StageTotal:
    stage: str
    currency: str
    count: int
    total: Decimal


def outcome_of(stage: str) -> str:
    return stage if stage in ("won", "lost") else "open"


def lifecycle_after(lifecycle: str, deal_status: str) -> str | None:
    """Lifecycle follows what happens: a deal makes a lead a prospect, a win makes a customer."""
    if deal_status == "won" and lifecycle != "customer":
        return "customer"
    if deal_status == "open" and lifecycle == "lead":
        return "prospect"
    return None


class DealRepo(Repo):
    def get(self, deal_id: int | None) -> Deal | None:
        return self._get(Deal, deal_id)

    def require(self, deal_id: int) -> Deal:
        return self._require(Deal, deal_id)

    def for_customer(self, customer_id: int, *, open_only: bool = False) -> Sequence[Deal]:
        query = self._scoped(Deal).where(Deal.customer_id == customer_id)
        if open_only:
            query = query.where(Deal.status == "open")
        return self.session.scalars(query.order_by(Deal.updated_at.desc(), Deal.id.desc())).all()

    def all(self) -> Sequence[Deal]:
        return self.session.scalars(self._scoped(Deal).order_by(Deal.id)).all()

    def history(self, deal_id: int) -> Sequence[DealChange]:
        return self.session.scalars(
            self._scoped(DealChange).where(DealChange.deal_id == deal_id).order_by(DealChange.id)
        ).all()

    def add(
        self,
        customer: Customer,
        *,
        title: str,
        stage: str,
        currency: str,
        amount: Decimal | None = None,
        expected_close: date | None = None,
        owner_id: int | type[UNSET] | None = UNSET,
        lost_reason: str | None = None,
        extra: dict[str, Any] | None = None,
        created_at: datetime | None = None,
    ) -> Deal:
        """A new deal with the first row of its stage history; `extra` and `created_at` carry
        what an import brings along (the columns we have no field for, when it was created)."""
        deal = Deal(
            org_id=self.org_id,
            customer_id=customer.id,
            title=clean_text("title", title, limit=TEXT_LIMITS["deals.title"], required=True),
            amount=check_amount(amount),
            currency=currency,
            stage=stage,
            status=outcome_of(stage),
            expected_close=check_day("close date", expected_close, self.store.now().date()),
            owner_id=self.store.actor.user_id if owner_id is UNSET else owner_id,
            lost_reason=clean_text("reason", lost_reason, limit=TEXT_LIMITS["deals.lost_reason"]),
            extra=extra,
        )
        if created_at is not None:
            deal.created_at = created_at
        if deal.status != "open":
            deal.closed_at = self.store.now()
        self.store.audit.created(deal)
        self._record_change(deal, None, stage, None, deal.amount)
        self._advance_lifecycle(customer, deal.status)
        return deal

    def change(self, deal: Deal, **fields: Any) -> Deal:
        """Update a deal; stage and amount changes leave a history row, closing sets status."""
        old_stage, old_amount = deal.stage, deal.amount
        with self.store.audit.updating(deal):
            if fields.get("title", UNSET) is not UNSET:
                title = clean_text("title", fields["title"], limit=TEXT_LIMITS["deals.title"], required=True)
                deal.title = title
            if fields.get("amount", UNSET) is not UNSET:
                deal.amount = check_amount(fields["amount"])
            if fields.get("currency", UNSET) is not UNSET:
                deal.currency = fields["currency"]
            if fields.get("expected_close", UNSET) is not UNSET:
                today = self.store.now().date()
                deal.expected_close = check_day("close date", fields["expected_close"], today)
            if fields.get("owner_id", UNSET) is not UNSET:
                deal.owner_id = fields["owner_id"]
            if fields.get("lost_reason", UNSET) is not UNSET:
                limit = TEXT_LIMITS["deals.lost_reason"]
                deal.lost_reason = clean_text("reason", fields["lost_reason"], limit=limit)
            stage = fields.get("stage", UNSET)
            if stage is not UNSET and stage != deal.stage:
                deal.stage = stage
                deal.status = outcome_of(stage)
                deal.closed_at = self.store.now() if deal.status != "open" else None
                if deal.status != "lost":
                    deal.lost_reason = None
        if deal.stage != old_stage or deal.amount != old_amount:
            self._record_change(deal, old_stage, deal.stage, old_amount, deal.amount)
        if deal.stage != old_stage:
            customer = self.session.get(Customer, deal.customer_id)
            if customer is not None:
                self._advance_lifecycle(customer, deal.status)
        return deal

    def delete(self, deal: Deal) -> None:
        """Delete a deal and its stage history; its activities and reminders stay with the
        customer (unlinked). Every row is audited, so undo restores it all."""
        for model in (Activity, Reminder):
            for row in self.session.scalars(self._scoped(model).where(model.deal_id == deal.id)):
                with self.store.audit.updating(row):
                    row.deal_id = None
        for change in self.history(deal.id):
            self.store.audit.deleted(change)
        self.store.audit.deleted(deal)

    def _record_change(
        self,
        deal: Deal,
        from_stage: str | None,
        to_stage: str,
        from_amount: Decimal | None,
        to_amount: Decimal | None,
    ) -> None:
        self.store.audit.created(
            DealChange(
                org_id=self.org_id,
                deal_id=deal.id,
                changed_by_id=self.store.actor.user_id,
                changed_at=self.store.now(),
                from_stage=from_stage,
                to_stage=to_stage,
                from_amount=from_amount,
                to_amount=to_amount,
            ),
            needs_id=False,  # a history row is never looked up by id right away
        )

    def _advance_lifecycle(self, customer: Customer, status: str) -> None:
        target = lifecycle_after(customer.lifecycle, status)
        if target:
            with self.store.audit.updating(customer):
                customer.lifecycle = target

    def pipeline(self, owner_ids: Collection[int] | None) -> list[StageTotal]:
        """Open deals per stage and currency; `owner_ids=None` means the whole organisation."""
        query = (
            select(Deal.stage, Deal.currency, func.count(), func.coalesce(func.sum(Deal.amount), 0))
            .where(Deal.org_id == self.org_id, Deal.status == "open")
            .group_by(Deal.stage, Deal.currency)
        )
        if owner_ids is not None:
            query = query.where(Deal.owner_id.in_(list(owner_ids)))
        return [
            StageTotal(stage, currency, count, Decimal(total or 0))
            for stage, currency, count, total in self.session.execute(query)
        ]

    def closing_between(self, owner_ids: Collection[int] | None, start: date, end: date) -> Sequence[Deal]:
        query = self._scoped(Deal).where(
            Deal.status == "open", Deal.expected_close.is_not(None), Deal.expected_close <= end
        )
        if start is not None:
            query = query.where(Deal.expected_close >= start)
        if owner_ids is not None:
            query = query.where(Deal.owner_id.in_(list(owner_ids)))
        return self.session.scalars(query.order_by(Deal.expected_close)).all()

    def listing(
        self,
        *,
        owner_ids: Collection[int] | None,
        status: str | None = "open",
        stage: str | None = None,
        currency: str | None = None,
        close_from: date | None = None,
        close_to: date | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> Page[Deal]:
        """Deals by status (None: any; "closed": won or lost), stage, currency and expected close; soonest
        close first (open deals), latest closed first (won/lost); `owner_ids=None`: the whole organisation."""
        query = self._scoped(Deal)
        if owner_ids is not None:
            query = query.where(Deal.owner_id.in_(list(owner_ids)))
        if status == "closed":
            query = query.where(Deal.status != "open")
        elif status is not None:
            query = query.where(Deal.status == status)
        if stage is not None:
            query = query.where(Deal.stage == stage)
        if currency is not None:
            query = query.where(Deal.currency == currency)
        if close_from is not None:
            query = query.where(Deal.expected_close >= close_from)
        if close_to is not None:
            query = query.where(Deal.expected_close <= close_to)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        if status == "open":
            order: tuple[ColumnElement[Any], ...] = (
                Deal.expected_close.is_(None),
                Deal.expected_close.asc(),
                Deal.id.asc(),
            )
        else:
            order = (Deal.closed_at.is_(None), Deal.closed_at.desc(), Deal.updated_at.desc(), Deal.id.desc())
        items = self.session.scalars(query.order_by(*order).offset(offset).limit(limit)).all()
        return Page(list(items), total, offset)

    def largest_open(self, *, owner_ids: Collection[int] | None, limit: int = 3) -> dict[str, list[Deal]]:
        """The open deals with the biggest amounts, biggest first, per currency (amounts in different
        currencies are not compared); `owner_ids=None`: the whole organisation."""
        query = self._scoped(Deal).where(Deal.status == "open", Deal.amount.is_not(None))
        if owner_ids is not None:
            query = query.where(Deal.owner_id.in_(list(owner_ids)))
        currencies = sorted(set(self.session.scalars(query.with_only_columns(Deal.currency)).all()))
        return {
            currency: list(
                self.session.scalars(
                    query.where(Deal.currency == currency).order_by(Deal.amount.desc(), Deal.id).limit(limit)
                ).all()
            )
            for currency in currencies
        }

    def currencies_with_phones(self, owner_id: int) -> Sequence[tuple[str | None, str]]:
        """(the customer's phone, the deal's currency) of each of one owner's deals: where their customers
        are and what their deals there are kept in."""
        query = (
            self._scoped(Deal)
            .join(Customer, Customer.id == Deal.customer_id)
            .where(Deal.owner_id == owner_id)
            .with_only_columns(Customer.phone, Deal.currency)
        )
        return [(phone, currency) for phone, currency in self.session.execute(query).all()]

    def open_for(self, owner_id: int) -> Sequence[Deal]:
        """One owner's open deals, soonest expected close first (deals without a date last)."""
        query = self._scoped(Deal).where(Deal.status == "open", Deal.owner_id == owner_id)
        return self.session.scalars(
            query.order_by(Deal.expected_close.is_(None), Deal.expected_close, Deal.id)
        ).all()
