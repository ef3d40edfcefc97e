"""A message said to a colleague ("@sam can u take the wayne renewal?"): nothing happened with a customer."""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.messages import Reply

_AT_SOMEONE = re.compile(r"^\s*@(?!\s)")


def addressed_to(ctx: Ctx, text: str) -> str | None:
    """The colleague a message starts by addressing ("@sam can u take the wayne renewal?"), by the name
    of a user of the organisation (whole, or the first name): it is said to them, nothing happened with a
    customer. A mention of the bot itself, or of a name that is no user, is read as usual."""
    if not _AT_SOMEONE.match(text):
        return None
    said = text.lstrip()[1:].lower()
    for user in ctx.store.users.all():
        if user.id == ctx.user.id or not user.display_name:
            continue
        name = user.display_name.lower()
        for form in (name, name.split()[0]):
            if said.startswith(form) and not said[len(form) : len(form) + 1].isalnum():
                return user.display_name
    return None


def stored_nothing(ctx: Ctx, colleague: str) -> Reply:
    """The reply to a message addressed to `colleague`: nothing stored, and how to hand a deal over."""
    return Reply(
        ctx._(
            "That reads as a message to {name}, so I stored nothing. To hand a customer's deal "
            "over, send e.g. /reassign Acme to {name}.",
            name=colleague,
        )
    )
