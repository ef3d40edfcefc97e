"""The message just stored, asked for again at another customer: "remind me fri 9am to send the summit bid",
then "and the gcpp one same time" (or "gcpp too", "还有恒远也一样，同一时间"): the same reminder or news at
that customer, stored beside the first, which stays as it was."""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.hanzi import simplified
from handlers.questions import NeedChoice
from handlers.resolve import decide
from handlers.understanding.context_reading import read_message
from handlers.understanding.correcting import Understand, customer_span
from handlers.understanding.corrections import just_stored
from handlers.understanding.customers import locate_customer

# Another customer, then only that it is the same: "and the gcpp one same time", "gcpp too", "same for
# gcpp", "还有恒远也一样", "恒远也要，同一时间".
_SAME_FOR = re.compile(
    r"^\s*(?:(?:and|also|plus|oh and|same for|ditto for|ditto)\s+)*(?:the\s+)?(?P<name>[^,.;!?]{2,40}?)"
    r"(?:\s+one)?\s*[,.]?\s*(?:(?:at\s+)?the\s+same\s+time|same\s+time|too|as well|also)"
    r"(?:\s*[,.]?\s*(?:same\s+time|pls|please|thanks))?\s*[.!]*$"
    r"|^\s*(?:same for|ditto for)\s+(?:the\s+)?(?P<name2>[^,.;!?]{2,40}?)(?:\s+one)?\s*[.!]*$"
    r"|^\s*(?:还有|另外|再|也给)?(?P<zname>[^，,。！!？?\s]{2,12}?)(?:的|那个|那边)?\s*[，,]?\s*"
    r"(?:也一样|也是|也要|一样)(?:[，,\s]*(?:同一时间|同样时间|时间一样))?\s*[。！!]*$",
    re.IGNORECASE,
)


# Said around it: "sorry, initech too, not just globex" (the first customer kept, no correction of it).
_NOT_JUST = re.compile(r"[\s,，]*\bnot\s+(?:just|only)\b[^,.;!?]*[.!]*\s*$", re.IGNORECASE)
_SORRY = re.compile(r"^\s*(?:sorry|oops|oh|wait)\b[\s,]*", re.IGNORECASE)


def same_for_another(ctx: Ctx, text: str, understand: Understand) -> list[Reply] | None:
    """The last stored message said again with another customer in its customer's place, stored as news of
    its own; None unless `text` only names one other customer and says it is the same."""
    said = _SAME_FOR.match(_SORRY.sub("", _NOT_JUST.sub("", simplified(text))))
    stored = just_stored(ctx) if said else None
    if said is None or stored is None:
        return None
    name = (said.group("name") or said.group("name2") or said.group("zname") or "").strip()
    winner = decide(ctx.store.search.customers(name, limit=3), name).winner if name else None
    if winner is not None and winner.field not in ("name", "alias"):
        return None  # "dana too": a person, maybe there too (`correcting._joined_too`), not a customer
    old = stored[0].data["text"]
    span = customer_span(ctx, old)
    if winner is None or span is None:
        return None
    try:
        was = locate_customer(ctx, read_message(ctx, old), needed=False)
    except NeedChoice:
        return None
    if was is None or was.customer.id == winner.customer_id:
        return None
    again = f"{old[: span[0]]}{name}{old[span[1] :]}"
    return understand(ctx, again)
