"""Long lists a page at a time, with Prev / Next buttons.

The first page stores what was asked (command and arguments) as a pending question of kind
"list"; its buttons carry `page:<id>:<offset>`, short enough for Telegram's 64-byte limit.
Pressing one re-runs the list from that offset with today's data. A button of someone else,
of a list older than a day, or a payload that does not parse gets a short refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

from crm_store.repos.base import Page
from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.payloads import payload_id

PAGE_SIZE = 10
LIST_KIND = "list"
LIST_TTL = timedelta(days=1)
MAX_OFFSET = 100_000

Lister = Callable[[Ctx, str, "Paging"], Reply]


class Paging:
    """Where a list is: its offset and (once it has buttons) its stored id."""

    def __init__(self, offset: int = 0, list_id: int | None = None, size: int = PAGE_SIZE) -> None:
        self.offset = offset
        self.list_id = list_id
        self.size = size

    def reply(self, ctx: Ctx, command: str, args: str, page: Page, head: str, lines: list[str]) -> Reply:
        """The page's text ("11–20 of 45" when there is more than one page) and its buttons."""
        text = [head, *lines]
        if page.total > len(page.items) and page.items:
            text.append(
                ctx._(
                    "{first}–{last} of {total}",
                    first=page.offset + 1,
                    last=page.offset + len(page.items),
                    total=page.total,
                )
            )
        buttons: list[Button] = []
        if page.offset > 0 or page.has_next:
            if self.list_id is None:
                stored = ctx.store.pending.ask(LIST_KIND, {"command": command, "args": args})
                stored.created_at = ctx.now
                self.list_id = stored.id
            if page.offset > 0:
                back = max(page.offset - self.size, 0)
                buttons.append(Button(ctx._("◀ Prev"), f"page:{self.list_id}:{back}"))
            if page.has_next:
                following = page.offset + len(page.items)
                buttons.append(Button(ctx._("Next ▶"), f"page:{self.list_id}:{following}"))
        return Reply("\n".join(text), tuple(buttons))


def turn_page(ctx: Ctx, rest: str, listers: Mapping[str, Lister]) -> Reply:
    """A Prev/Next button: `rest` is "<list id>:<offset>"."""
    ident_text, _, offset_text = rest.partition(":")
    ident, offset = payload_id(ident_text), payload_id(offset_text) if offset_text != "0" else 0
    if ident is None or offset is None or offset > MAX_OFFSET:
        raise UserError(ctx._("That button no longer works."))
    stored = ctx.store.pending.held(ident, LIST_KIND)
    lister = listers.get(stored.data.get("command", "")) if stored is not None else None
    if stored is None or lister is None:
        raise UserError(ctx._("That button no longer works."))
    command = stored.data["command"]
    if stored.created_at < ctx.now - LIST_TTL:
        raise UserError(ctx._("That list is out of date. Send /{command} again.", command=command))
    return lister(ctx, stored.data.get("args", ""), Paging(offset, stored.id))


__all__ = ["LIST_KIND", "PAGE_SIZE", "Paging", "turn_page"]
