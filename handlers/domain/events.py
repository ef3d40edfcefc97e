"""Domain events, recorded by the domain operations; listeners run in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityLogged:
    activity_id: int
    kind: str
    customer_id: int | None


@dataclass(frozen=True)
class DealChanged:
    """A deal was created (`from_stage` None) or moved to another stage."""

    deal_id: int
    from_stage: str | None
    to_stage: str
