"""How an adapter's API layer tells its callers that the platform wants them to come back later."""

from __future__ import annotations


class RateLimited(Exception):
    """The platform said "too many requests" and the caller did not want to wait (`after` seconds)."""

    def __init__(self, after: float) -> None:
        super().__init__(f"rate limited; retry after {after}s")
        self.after = after


class Unavailable(Exception):
    """The platform could not be reached, or kept failing, and the caller did not want to wait longer."""
