"""A close put off with no new date ("globex pushed the close", "华为那单要推迟了"): asked to when.

The ends of the next three months (after the close on record) are its buttons; a date typed in answer
("end of march", "推到三月中", "the 20th of jan") is taken as its button would be, so the user need not say
the whole message again (a bare date was "I didn't catch that": trial 64 M16).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from crm_store.models import Customer, Deal
from handlers.context import Ctx
from handlers.messages import Reply
from handlers.parsing.calendar_math import month_end
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.questions import FollowUp, NeedChoice, Option, answer_with_value, awaiting_typed_answer

PUT_OFF_KEY = "put_off:"  # picks under "put_off:<deal id>": the new close chosen, ISO


def new_close(ctx: Ctx, customer: Customer, deal: Deal | None) -> date:
    """The close chosen for the deal put off, or `NeedChoice` asking to when."""
    key = f"{PUT_OFF_KEY}{deal.id if deal else 0}"
    if isinstance(chosen := ctx.picks.get(key), str):
        return date.fromisoformat(chosen)
    today = ctx.local_now.date()
    after = max(today, deal.expected_close) if deal and deal.expected_close else today
    ends = [month_end(after, ahead) for ahead in (1, 2, 3)]
    question = ctx._("{customer}: put off to when? Pick a date or type one.", customer=customer.name)
    raise NeedChoice(key, question, [Option(ctx.day(end), end.isoformat()) for end in ends])


# Words around a date typed in answer: "推到", "改到", "to", "pushed to", "it's", "maybe"
_AROUND = re.compile(
    r"^\s*(?:(?:推迟?到|延到|延期到|改到|挪到|到|是|大概|可能|to|till|until|pushed\s+to|moved\s+to|it['’]?s|"
    r"probably|maybe|prob)\s*)*|[\s.!。！,，]+$",
    re.IGNORECASE,
)


def put_off_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """A date typed right after "put off to when?": chosen as a button would be. None when no such question
    waits, or `text` says more than a date."""
    question = awaiting_typed_answer(ctx, follow_ups, PUT_OFF_KEY) if len(text) <= 40 else None
    if question is None:
        return None
    said = _AROUND.sub("", simplified(text))
    when = find_when(said, now=ctx.now, tz=ctx.tz) if said else None
    if when is None or sum(end - start for start, end in when.spans) < len(said) - 2:
        return None
    day = when.at.astimezone(ctx.tz).date()
    if day < ctx.local_now.date():
        return None  # a day gone by is no close to put it off to
    return answer_with_value(ctx, question, day.isoformat(), ctx.day(day), follow_ups)
