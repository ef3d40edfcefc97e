"""A benchmark's tap on what the understanding records at DEBUG (decision paths, customer links)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class _Collect(logging.Handler):
    def __init__(self, key: str) -> None:
        super().__init__(logging.DEBUG)
        self.key = key
        self.items: list[Any] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.items.append(record.__dict__[self.key])


@contextmanager
def tapped(log: logging.Logger, key: str) -> Iterator[list[Any]]:
    """What `log` records while the block runs: each record's `extra[key]`, in order."""
    handler = _Collect(key)
    level = log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        yield handler.items
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
