"""Errors meant for the user: a `UserError` is already in their language; a `Refused` (raised by
the domain operations, which know no language) is worded by whoever shows it. And how
unexpected errors are logged."""

from __future__ import annotations

import logging
import traceback


class UserError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Refused(Exception):
    """A domain operation said no: `msgid` (marked with N_) and its parameters."""

    def __init__(self, msgid: str, /, **params: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params


def log_failure(log: logging.Logger, what: str, ref: str, error: BaseException) -> None:
    """Log an unexpected error without the user's words: at ERROR the exception type and where it
    happened (file:line of each frame); the full message and traceback only at DEBUG, since
    exception messages can quote message text or SQL parameters."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " < ".join(
        f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno}" for frame in reversed(frames[-6:])
    )
    log.error("%s (ref %s): %s at %s", what, ref, type(error).__name__, where or "?")
    log.debug("%s (ref %s) in full", what, ref, exc_info=error)
