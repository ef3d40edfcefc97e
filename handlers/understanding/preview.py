"""A plan that is not certain is shown before it is stored.

Every content word (a name, a number, a person) must be used by the plan (`handlers.understanding.plan`),
and nothing may be read with doubt (a range, a hedged amount). Otherwise the assistant replies with one
card, "I'll store: … [Save] [Change] [Cancel]", and stores only after Save.
"""

from __future__ import annotations

from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.questions import NeedChoice, Option
from handlers.understanding import plan_log
from handlers.understanding.actions import ask_when, execute
from handlers.understanding.decision_path import record
from handlers.understanding.plan import Plan, judged

PREVIEW = "preview"  # the key of the answer in Ctx.picks
SAVE, CHANGE = "save", "change"


def confirm_first(ctx: Ctx, *plans: Plan) -> tuple[list[str], list[Reply]]:
    """Store the plan (`actions.execute`) and return its confirmation lines and follow-up questions,
    unless it is not certain and the user has not pressed Save on it: when a name, number, date or
    person would be left out (`plan.unused`), or when a part was read without certainty (`plan.doubts`:
    a range, a hedged or a bare small amount, several amounts, a date that may mean another day), or when
    the learned kind opinion disputes what storing it changed (`plan.judged`).
    Then the card shows exactly what storing it writes, and the message's savepoint rolls it back.

    Several plans (one per customer of a message about two) are stored each on its own and gated
    together: a doubt in any of them shows all of them on one card, and Save stores what it showed."""
    lines: list[str] = []
    questions: list[Reply] = []
    stored_plans = []
    waiting = []
    for plan in plans:
        stored = execute(ctx, plan.writes())
        lines += stored.lines
        questions += stored.questions
        waiting += stored.waiting
        stored_plans.append(judged(ctx, plan, stored.changed))  # the kind opinion on what changed
    questions += ask_when(ctx, waiting)
    plans = tuple(stored_plans)
    unused = list(dict.fromkeys(word for plan in plans for word in plan.unused))
    doubts = list(dict.fromkeys(doubt for plan in plans for doubt in plan.doubts))
    # the same words doubted by two rules, one taking in the other: said once ("…估计没戏了")
    doubts = [d for d in doubts if not any(d != other and d in other for other in doubts)]
    answer = ctx.picks.get(PREVIEW)
    if answer == SAVE or all(plan.certain for plan in plans) or not lines:
        decision = "saved" if answer == SAVE else "stored" if lines else "nothing"
        for plan in plans:
            record("write", plan.path, decision=decision)
        _described(plans, decision, doubts, unused)
        return lines, questions
    for plan in plans:
        record("write", plan.path, decision="card")
    _described(plans, "card", doubts, unused)
    if answer == CHANGE:
        raise UserError(ctx._("OK, nothing was saved. Send it again the way it should be stored."))
    raise Card(ctx, lines, doubts, unused)


def _described(plans: tuple[Plan, ...], decision: str, doubts: list[str], unused: list[str]) -> None:
    """The gate's decision with each plan's signals, for a benchmark that records plans (`plan_log`)."""
    if plan_log.recording():
        plan_log.record(
            {
                "decision": decision,
                "doubts": len(doubts),
                "unused": len(unused),
                "plans": [p.signals for p in plans],
            }
        )


class Card(NeedChoice):
    """The preview card: what storing the message writes (`lines`), what is unsure and what is unused."""

    def __init__(self, ctx: Ctx, lines: list[str], doubts: list[str], unused: list[str]) -> None:
        text = ctx._("I'll store:") + "\n" + "\n".join(f"  • {line}" for line in lines)
        if doubts:
            text += "\n" + ctx._("Not sure about: {words}. Is that right?", words=ctx.listed(doubts))
        if unused:
            text += "\n" + ctx._("Not used: {words}. Save anyway?", words=ctx.listed(unused))
        options = [Option(ctx._("Save"), SAVE), Option(ctx._("Change"), CHANGE)]
        super().__init__(PREVIEW, text, options, yes_is_first=True)  # the card asks whether to store it
        self.lines, self.doubts, self.unused = lines, doubts, unused
