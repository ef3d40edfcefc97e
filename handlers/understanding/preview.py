"""A plan that is not certain is shown before it is stored.

Every content word (a name, a number, a person) must be used by the plan (`handlers.understanding.plan`),
and nothing may be read with doubt (a range, a hedged amount). Otherwise the assistant replies with one
card, "I'll store: … [Save] [Change] [Cancel]", and stores only after Save.
"""

from __future__ import annotations

from handlers.context import Ctx
from handlers.errors import UserError
from handlers.questions import NeedChoice, Option
from handlers.understanding.plan import Plan

PREVIEW = "preview"  # the key of the answer in Ctx.picks
SAVE, CHANGE = "save", "change"


def confirm_first(ctx: Ctx, lines: list[str], plan: Plan) -> None:
    """Raise the preview card unless the plan is certain or the user already pressed Save on it: when
    a name, number or person would be left out (`plan.unused`), or when a part was read without
    certainty (`plan.doubts`: a range, a hedged or a bare small amount, several amounts)."""
    unused, doubts = plan.unused, plan.doubts
    answer = ctx.picks.get(PREVIEW)
    if answer == SAVE or not (unused or doubts) or not lines:
        return
    if answer == CHANGE:
        raise UserError(ctx._("OK, nothing was saved. Send it again the way it should be stored."))
    text = ctx._("I'll store:") + "\n" + "\n".join(f"  • {line}" for line in lines)
    if doubts:
        text += "\n" + ctx._("Not sure about: {words}. Is that right?", words=", ".join(doubts))
    if unused:
        text += "\n" + ctx._("Not used: {words}. Save anyway?", words=", ".join(unused))
    raise NeedChoice(PREVIEW, text, [Option(ctx._("Save"), SAVE), Option(ctx._("Change"), CHANGE)])
