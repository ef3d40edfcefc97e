"""Typed "change these fields" inputs: a field left UNSET is not touched, None clears it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from crm_store.repos.base import UNSET

Unset = type[UNSET]


@dataclass(frozen=True)
class Changes:
    """Base of the frozen dataclasses that say which fields of a record to change."""

    def given(self) -> dict[str, Any]:
        """The fields to write, by name (the UNSET ones left out)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {key: value for key, value in values.items() if value is not UNSET}
