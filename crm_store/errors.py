"""Errors the store raises; the handlers turn them into short replies in the user's language."""

from __future__ import annotations

from typing import Any


class StoreError(Exception):
    pass


class NotFound(StoreError):
    def __init__(self, entity: str, ident: object) -> None:
        super().__init__(f"{entity} {ident} not found")
        self.entity = entity
        self.ident = ident


class InvalidValue(StoreError):
    """A value the store will not keep. `code` says why: too_long, out_of_range, empty, unknown."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code} {params or ''}".strip())
        self.field = field
        self.code = code
        self.params = params

    def plain(self) -> str:
        """One English line for the command line and import reports (chat replies are translated)."""
        field, given = self.field.replace("_", " "), self.params.get
        if self.code in ("too_long", "too_many"):
            unit = " characters" if self.code == "too_long" else ""
            return f"{field} too long ({given('length')}{unit}; the limit is {given('limit')})"
        if self.code == "date_out_of_range":
            return f"{field} out of range (between {given('earliest')} and {given('latest')})"
        if self.code == "unknown":
            return f"unknown {field} (use one of: {self.params.get('allowed', '')})"
        return f"{field}: {self.code.replace('_', ' ')}"
