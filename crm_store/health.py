"""`DatabaseHealth`: a stream of database errors becomes two log lines per outage.

When the database stops answering, every part of a process (adapters storing updates, the
inbox worker, the scheduler) reports the error here instead of logging a traceback per
message: the outage is logged once when it starts and once, with its duration, when the
next call succeeds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class DatabaseHealth:
    """Whether the database answers, as the last database call found it; logs each outage once."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.down_since: float | None = None
        self.outages = 0
        self.last_outage_seconds: float | None = None

    @property
    def up(self) -> bool:
        return self.down_since is None

    def failed(self, error: BaseException) -> None:
        if self.down_since is not None:
            return
        self.down_since = self.clock()
        self.outages += 1
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()
        log.error(
            "database unreachable: %s; holding updates until it is back", reason[0] if reason else error
        )

    def absorbed(self, error: BaseException) -> bool:
        """True if `error` is the database being away (then recorded as an outage, not to be logged again)."""
        from crm_store.db import is_transient

        if is_transient(error):
            self.failed(error)
            return True
        return False

    def ok(self) -> None:
        if self.down_since is None:
            return
        self.last_outage_seconds = self.clock() - self.down_since
        self.down_since = None
        log.warning("database reachable again after %.1f s", self.last_outage_seconds)
