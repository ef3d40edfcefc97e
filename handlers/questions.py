"""One way to ask: ask → pending choice → answer.

A handler that must ask raises `NeedChoice`. Whoever catches it stores the question with
`ask`, together with the data its follow-up needs; the buttons carry `pick:<question>:<option>`.
The answer (`answer`) takes the pending choice (only the user it was asked of can: anyone else
gets a `notice` that the buttons are not theirs, and the question stays), adds the
chosen value to `Ctx.picks` under the question's key, and runs the follow-up registered for the
question's kind: the assistant re-runs the whole message ("pick"), free text stores the one part
that was waiting ("fill").

Some answers are typed, not chosen ("When should I remind you?"): `ask_for_text` stores the
question the same way, with the button payload its answer completes; the user's next plain
message within `TYPED_WAIT` is that answer (`typed_answer`), and any command drops the question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from handlers.context import Ctx
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.payloads import choice_index, payload_id

ANSWER = "pick"  # the payload prefix of every question's buttons
LEGACY_ANSWER = "fill"  # buttons of free-text questions asked before there was one prefix
DISMISS = "x"
TYPED = "await"  # the kind of a question answered by the next plain message (stored name kept)
TYPED_WAIT = timedelta(minutes=30)


@dataclass(frozen=True)
class Option:
    label: str
    value: Any


class NeedChoice(Exception):
    """Ask the user; `key` names the answer in `Ctx.picks` when the question is followed up."""

    def __init__(self, key: str, question: str, options: list[Option]) -> None:
        super().__init__(question)
        self.key = key
        self.question = question
        self.options = options


@dataclass(frozen=True)
class FollowUp:
    """What answering a question of one kind does: `run(ctx, data)` with the stored data."""

    run: Callable[[Ctx, dict[str, Any]], list[Reply]]
    dismiss: str  # msgid: the label of the button that drops the question
    dismissed: str  # msgid: the reply to that button


def ask(ctx: Ctx, question: NeedChoice, kind: str, follow_up: FollowUp, data: dict[str, Any]) -> Reply:
    """Store `question` (with `data` for its follow-up) and return it with its buttons."""
    pending = ctx.store.pending.ask(
        kind,
        {**data, "picks": ctx.picks, "key": question.key, "values": [o.value for o in question.options]},
    )
    buttons = [Button(o.label, f"{ANSWER}:{pending.id}:{i}") for i, o in enumerate(question.options)]
    buttons.append(Button(ctx._(follow_up.dismiss), f"{ANSWER}:{pending.id}:{DISMISS}"))
    return Reply(question.question, tuple(buttons))


def not_yours(ctx: Ctx, asker: str) -> Reply:
    """Only the one a question (or a change) was for may press its buttons; others are told so."""
    return Reply(ctx._("These buttons are for {name}.", name=asker), notice=True)


def answer(ctx: Ctx, rest: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply]:
    """A question's button (`rest` is `<question>:<option>`): run its follow-up with the choice."""
    choice_id, _, index = rest.partition(":")
    ident = payload_id(choice_id)
    pending = ctx.store.pending.take(ident) if ident is not None else None
    if pending is None and ident is not None:
        asker = ctx.store.users.get(ctx.store.pending.asked_of(ident))
        if asker is not None and asker.id != ctx.user.id:
            return [not_yours(ctx, asker.display_name)]
    follow_up = follow_ups.get(pending.kind) if pending is not None else None
    if pending is None or follow_up is None:
        raise UserError(ctx._("That question was already answered."))
    if index == DISMISS:
        return [Reply(ctx._(follow_up.dismissed))]
    values = pending.data.get("values", [])
    chosen = choice_index(index, len(values))
    if chosen is None:
        raise UserError(ctx._("That button no longer works."))
    ctx.picks = {**pending.data.get("picks", {}), pending.data["key"]: values[chosen]}
    return follow_up.run(ctx, pending.data)


def ask_for_text(ctx: Ctx, question: str, payload: str) -> Reply:
    """Ask for a typed answer: the user's next plain message completes `payload` (`payload:text`)."""
    ctx.store.pending.ask(TYPED, {"payload": payload})
    return Reply(question)


def typed_answer(ctx: Ctx, text: str) -> str | None:
    """The payload that `text` answers, if a typed question waits for this user (it is taken:
    whatever the message is, the question is answered or dropped)."""
    pending = ctx.store.pending.take_newest(TYPED, asked_after=ctx.now - TYPED_WAIT)
    return f"{pending.data['payload']}:{text}" if pending is not None else None
