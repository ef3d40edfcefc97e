"""Mentions of other chat users in a platform-neutral form.

An adapter rewrites a platform mention (Slack's `<@U123>`) into the token
`<@platform:external_id>` (e.g. `<@slack:T01:U123>`), the same key as the platform identity
table. Before dispatch the assistant turns every token that belongs to a user of the
sender's organisation into `@Display Name`, so commands and logged text read naturally and
`/role @Sam Taylor manager` works the same from every platform. A token that stays in the
text names someone the bot does not know (yet).
"""

from __future__ import annotations

import re
from dataclasses import replace

from crm_store.models import User
from crm_store.repos.tenancy import Directory
from handlers.messages import IncomingMessage

TOKEN = re.compile(r"<@(?P<platform>[a-z]+):(?P<external_id>[^<>\s]+)>")


def mention_token(platform: str, external_id: str) -> str:
    return f"<@{platform}:{external_id}>"


def humanize(directory: Directory, org_id: int, text: str) -> str:
    """Replace the tokens of known users of `org_id` with `@Display Name`."""
    if "<@" not in text:
        return text

    def name_of(match: re.Match[str]) -> str:
        user = directory.user_of(match["platform"], match["external_id"])
        return f"@{user.display_name}" if user is not None and user.org_id == org_id else match.group(0)

    return TOKEN.sub(name_of, text)


def has_unknown(text: str) -> bool:
    """True when `text` still holds a token, i.e. mentions someone who never used the bot."""
    return TOKEN.search(text) is not None


def with_names(directory: Directory, user: User, msg: IncomingMessage) -> IncomingMessage:
    """The message as the handlers read it: mention tokens of known users become their names."""
    return replace(msg, text=humanize(directory, user.org_id, msg.text))
