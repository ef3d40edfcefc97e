"""Errors meant for the user: a `UserError` is already in their language; a `Refused` (raised by
the domain operations, which know no language) is worded by whoever shows it."""

from __future__ import annotations


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
