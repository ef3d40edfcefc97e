"""Who acts: what every domain operation is given (a handler's `Ctx` is one)."""

from __future__ import annotations

from typing import Protocol

from config import Settings
from crm_store.models import User
from crm_store.store import Store


class Acting(Protocol):
    store: Store  # the acting user's organisation, in the current transaction
    user: User
    settings: Settings
    events: list[object]  # domain events, for listeners that run in the same transaction
