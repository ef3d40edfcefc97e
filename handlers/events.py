"""Domain events that handlers record on `Ctx.events`; listeners run in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityLogged:
    activity_id: int
    kind: str
    customer_id: int | None


@dataclass(frozen=True)
class DealChanged:
    deal_id: int
    from_stage: str | None
    to_stage: str
