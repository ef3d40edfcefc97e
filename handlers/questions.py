"""One way to ask: ask → pending choice → answer.

A handler that must ask raises `NeedChoice`. Whoever catches it stores the question with
`ask`, together with the data its follow-up needs; the buttons carry `pick:<question>:<option>`.
The answer (`answer`) takes the pending choice (only the user it was asked of can: anyone else
gets a `notice` that the buttons are not theirs, and the question stays), adds the
chosen value to `Ctx.picks` under the question's key, and runs the follow-up registered for the
question's kind: the assistant re-runs the whole message ("pick"), free text stores the one part
that was waiting ("fill").

A number typed instead of pressing a button (a chat where the buttons are not at hand, or the
console run one line at a time) answers the newest open question (`number_answer`), numbered as the
console shows its buttons; a number that fits none of them, a question left waiting longer than
`TYPED_WAIT`, or one the user went past by sending something else (`pass_over`), shows that question
again rather than guessing. A bare "yes"/"no" ("是"/"不是") answers a yes-or-no question ("Did you
mean X?") the same way (`yes_no_answer`); to any other question, or a stale one, it answers nothing.

Some answers are typed, not chosen ("When should I remind you?"): `ask_for_text` stores the
question the same way, with the button payload its answer completes; the user's next plain
message within `TYPED_WAIT` is that answer (`typed_answer`), and any command drops the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from crm_store.models import PendingChoice
from handlers.context import Ctx
from handlers.domain.changes import redo_change
from handlers.domain.which_deal import by_amount
from handlers.errors import UserError
from handlers.i18n import N_
from handlers.messages import Button, Reply
from handlers.parsing.amounts import find_amounts
from handlers.parsing.hanzi import simplified
from handlers.payloads import choice_index, payload_id

ANSWER = "pick"  # the payload prefix of every question's buttons
LEGACY_ANSWER = "fill"  # buttons of free-text questions asked before there was one prefix
DISMISS = "x"
RERUN = "pick"  # the kind of question whose answer re-runs the whole message
TYPED = "await"  # the kind of a question answered by the next plain message (stored name kept)
TYPED_WAIT = timedelta(minutes=30)
TYPED_NUMBER = re.compile(r"[1-9][0-9]{0,2}")  # ASCII digits only, as the console reads them
# a small whole number typed alone, also "0", "-1", "+7": meant as a button's number even when it fits
# none (a longer number alone may be an amount, and goes on to be read as a message)
ANSWER_LIKE_NUMBER = re.compile(r"[-+]?[0-9]{1,3}")
# The button that drops a question about a whole message (RERUN), and the reply to it.
CANCEL, CANCELLED = N_("Cancel"), N_("OK, cancelled. Nothing was saved.")
# The pick naming a change set undone for the question's message (a correction takes the wrong record back
# before it asks about the message as corrected): dropping the question puts that record back.
RESTORES = "restores"


@dataclass(frozen=True)
class Option:
    label: str
    value: Any


class NeedChoice(Exception):
    """Ask the user; `key` names the answer in `Ctx.picks` when the question is followed up."""

    def __init__(self, key: str, question: str, options: list[Option], *, yes_is_first: bool = False) -> None:
        super().__init__(question)
        self.key = key
        self.question = question
        self.options = options
        self.yes_is_first = yes_is_first  # a typed "yes" picks the first option ("Is that right?" → Save)


@dataclass(frozen=True)
class FollowUp:
    """What answering a question of one kind does: `run(ctx, data)` with the stored data."""

    run: Callable[[Ctx, dict[str, Any]], list[Reply]]
    dismiss: str  # msgid: the label of the button that drops the question
    dismissed: str  # msgid: the reply to that button


def ask(ctx: Ctx, question: NeedChoice, kind: str, follow_up: FollowUp, data: dict[str, Any]) -> Reply:
    """Store `question` (with `data` for its follow-up) and return it with its buttons."""
    labels = [o.label for o in question.options]
    pending = ctx.store.pending.ask(
        kind,
        {
            **data,
            "picks": ctx.picks,
            "key": question.key,
            "values": [o.value for o in question.options],
            "question": question.question,  # to show it again (`number_answer`)
            "labels": labels,
            "yes_is_first": question.yes_is_first,
        },
    )
    return Reply(question.question, _buttons(ctx, pending.id, labels, follow_up))


def _buttons(ctx: Ctx, pending_id: int, labels: list[str], follow_up: FollowUp) -> tuple[Button, ...]:
    buttons = [Button(label, f"{ANSWER}:{pending_id}:{i}") for i, label in enumerate(labels)]
    buttons.append(Button(ctx._(follow_up.dismiss), f"{ANSWER}:{pending_id}:{DISMISS}"))
    return tuple(buttons)


def _no_run(ctx: Ctx, data: dict[str, Any]) -> list[Reply]:
    raise UserError(ctx._("That question was already answered."))  # answered by the assistant's RERUN


_ABOUT_A_MESSAGE = FollowUp(_no_run, CANCEL, CANCELLED)  # its labels; the assistant runs the answer


def ask_about(ctx: Ctx, question: NeedChoice, text: str) -> Reply:
    """`question` asked about the free-text message `text` instead of the one being handled (a message as
    corrected): its answer re-runs `text`. For a handler that keeps what it wrote before asking (a
    correction takes the wrong record back first), which raising `question` would roll back."""
    return ask(ctx, question, RERUN, _ABOUT_A_MESSAGE, {"text": text, "is_command": False})


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
        return [_dismissed(ctx, pending, follow_up)]
    values = pending.data.get("values", [])
    chosen = choice_index(index, len(values))
    if chosen is None:
        raise UserError(ctx._("That button no longer works."))
    ctx.picks = {**pending.data.get("picks", {}), pending.data["key"]: values[chosen]}
    return follow_up.run(ctx, pending.data)


def _dismissed(ctx: Ctx, pending: PendingChoice, follow_up: FollowUp) -> Reply:
    """The reply to a question dropped; the record a correction took back for it is put back (`RESTORES`)."""
    restores = pending.data.get("picks", {}).get(RESTORES)
    back = redo_change(ctx, restores) if restores is not None else None
    if back is None:
        return Reply(ctx._(follow_up.dismissed))
    return Reply(ctx._("OK, cancelled. It is back as it was: {summary}", summary=back.summary))


def number_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """A bare number typed as the answer to the question asked last: its option of that number (the
    last number drops the question, as its last button does). None when `text` is not a bare number.

    Only the question asked last is answered so, never an earlier one it replaced (nor, once it is
    answered, the one before it): that is the one the user sees. When the number fits none of its
    buttons, or it has waited longer than `TYPED_WAIT` (a stray "1" must not answer this morning's
    preview card), the question is shown again."""
    if not ANSWER_LIKE_NUMBER.fullmatch(text):
        return None
    asked = ctx.store.pending.newest_of(follow_ups)
    if not asked or asked[0].resolved_at is not None:  # only the question shown last is answered so
        return [
            Reply(
                ctx._(
                    "No question is waiting for an answer, so “{number}” means nothing on its own. "
                    "Tell me about a customer, or send /help.",
                    number=text,
                )
            )
        ]
    newest = asked[0]
    asked_after = ctx.now - TYPED_WAIT
    count = len(newest.data.get("values", [])) + 1
    fits = TYPED_NUMBER.fullmatch(text) is not None and int(text) <= count
    if fits and newest.created_at > asked_after and not newest.data.get(PASSED):
        choice = DISMISS if int(text) == count else str(int(text) - 1)
        return answer(ctx, f"{newest.id}:{choice}", follow_ups)
    if newest.data.get(PASSED):
        why = "passed"  # a message came between: the number may not be meant for it
    elif newest.created_at <= asked_after:
        why = "old"
    elif any(q.resolved_at is None and q.created_at > asked_after for q in asked[1:]):
        why = "replaced"  # it fits none of this question's buttons, but may have fitted the one before
    else:
        why = ""
    return [_ask_again(ctx, newest, follow_ups[newest.kind], why=why)]


PASSED = "passed_over"  # set on an open question when the user sent something else instead of answering
_YES = re.compile(
    r"(?:yes|y|yep|yeah|yup|ya|sure|correct|right|that'?s (?:right|it|the one)|yes please|"
    r"是|是的|对|对的|对啊|没错|是这个|就是它|嗯|嗯嗯|好|好的|可以)[\s.!。！👍]*",
    re.IGNORECASE,
)
_NO = re.compile(
    r"(?:no|n|nope|nah|no thanks|wrong|neither|不是|不对|不|否|都不是|错了)[\s.!。！]*", re.IGNORECASE
)
# Said while a question or card waits, these drop it: the card is what the user sees last, so "undo" there
# means "don't store that", not "take back the change stored before it". Once the user has gone past the
# question, they mean what they say elsewhere (undo the last stored change).
_DROP = re.compile(
    r"(?:cancel|undo|undo that|forget it|never ?mind|scrap that|撤销|撤回|撤消|取消|算了|不用了)[\s.!。！]*",
    re.IGNORECASE,
)


def pass_over(ctx: Ctx, follow_ups: Mapping[str, FollowUp]) -> Reply | None:
    """The user sent a new message instead of answering the question asked last: a typed "1" or "yes"
    later must not answer it (it is shown again instead); its buttons still work when pressed.

    A question about a correction holds the record the correction took back (`RESTORES`): gone past, it
    is dropped and the record put back, and the user told so (the returned notice). A record undone by a
    correction left unanswered was lost for good, also when the "correction" was misread (trial 68 H2:
    garbage read as one deleted a saved contact)."""
    asked = ctx.store.pending.newest_of(follow_ups, limit=1)
    if not asked or asked[0].resolved_at is not None or asked[0].data.get(PASSED):
        return None
    question = asked[0]
    question.data = {**question.data, PASSED: ctx.now.isoformat()}
    restores = question.data.get("picks", {}).get(RESTORES, question.data.get(RESTORES))
    back = redo_change(ctx, restores) if restores is not None else None
    if back is None:
        return None
    question.resolved_at = ctx.now
    dropped = N_("The correction you left unanswered is dropped. Back as it was: {summary}")
    return Reply(ctx._(dropped, summary=back.summary))


# A yes, then the words of what the card shows: "对，就是雅居装饰", "係呀，華興印刷",
# "yes pembury print, that's right".
_YES_AND_WORDS = re.compile(
    r"(?:yes|yep|yeah|yup|ya|sure|correct|right|是|是的|是呀|是啊|对|对的|对啊|对呀|没错|嗯|啱|啱呀|啱啊)"
    r"[\s,，.。!！:：-]+(?P<rest>\S.{0,40})",
    re.IGNORECASE,
)
_ALSO_YES = re.compile(
    r"\b(?:that'?s (?:right|it|the one)|right|correct|yes)\b|就是|就|没错|啱|呀|啊", re.IGNORECASE
)


def is_yes_or_no(text: str) -> bool:
    bare = text.strip()
    return bool(
        _YES.fullmatch(bare)
        or _NO.fullmatch(bare)
        or _DROP.fullmatch(simplified(bare))
        or _YES_AND_WORDS.fullmatch(simplified(bare))
    )


def _yes_naming_it(text: str, question: str) -> bool:
    """A yes followed only by words the question shows ("对，就是雅居装饰" to a card about 惠州雅居装饰…)."""
    said = _YES_AND_WORDS.fullmatch(simplified(text.strip()))
    if said is None:
        return False
    words = _ANSWER_FILLER.sub(" ", _ALSO_YES.sub(" ", said["rest"].lower())).split()
    shown = simplified(question).lower()
    return bool(words) and all(word in shown for word in words)


def yes_no_answer(ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]) -> list[Reply] | None:
    """ "yes" to the question just asked when it is a yes-or-no one (one choice, or "Did you mean X?"
    naming its first choice): that choice; "no": the question is dropped. None when `text` is no yes or
    no, or the question was asked over `TYPED_WAIT` ago: the message is then read as any other. A
    question the user went past is not answered (they are told so); one with several choices is shown
    again."""
    yes, no = _YES.fullmatch(text.strip()), _NO.fullmatch(text.strip())
    drop = _DROP.fullmatch(simplified(text.strip()))
    if not (yes or no or drop or _YES_AND_WORDS.fullmatch(simplified(text.strip()))):
        return None
    asked = ctx.store.pending.newest_of(follow_ups, limit=1)
    if not asked or asked[0].resolved_at is not None:
        return None
    newest = asked[0]
    labels = newest.data.get("labels") or []
    question = newest.data.get("question") or ""
    if drop:
        if newest.data.get(PASSED) or newest.created_at <= ctx.now - TYPED_WAIT or not labels:
            return None
        return answer(ctx, f"{newest.id}:{DISMISS}", follow_ups)
    if not (yes or no):  # "对，就是雅居装饰": a yes only when its words are the question's
        if not _yes_naming_it(text, question):
            return None
        yes = _YES_AND_WORDS.fullmatch(simplified(text.strip()))
    if newest.created_at <= ctx.now - TYPED_WAIT or not labels:
        return None  # hours ago: "好的" today is no answer to yesterday's question
    if newest.data.get(PASSED):
        return [
            Reply(
                ctx._(
                    "My earlier question was left when you sent something else, so “{word}” answers "
                    "nothing. Press its buttons, or send the message again.",
                    word=text.strip(),
                )
            )
        ]
    if not (len(labels) == 1 or labels[0] in question or newest.data.get("yes_is_first")):
        return [_ask_again(ctx, newest, follow_ups[newest.kind])]
    return answer(ctx, f"{newest.id}:{0 if yes else DISMISS}", follow_ups)


def still_waiting(ctx: Ctx, follow_ups: Mapping[str, FollowUp]) -> Reply | None:
    """Small talk ("ok thx", "好的 👍") sent while the question asked last still waits: the question again,
    headed so, and not passed over (a correction after it still puts that card right). "ok" is no "yes":
    nothing is saved on it. None when no recent question waits."""
    asked = ctx.store.pending.newest_of(follow_ups, limit=1)
    if not asked:
        return None
    newest = asked[0]
    if newest.resolved_at is not None or newest.data.get(PASSED) or newest.created_at <= ctx.now - TYPED_WAIT:
        return None
    return _ask_again(ctx, newest, follow_ups[newest.kind], why="waiting")


def _ask_again(ctx: Ctx, pending: PendingChoice, follow_up: FollowUp, *, why: str = "") -> Reply:
    """The open question once more, as a new one (so its wait starts again), its old buttons closed,
    headed with why it is asked again (`why`: passed | old | replaced | waiting | "": the number fits no
    button)."""
    question, labels = pending.data.get("question"), pending.data.get("labels")
    if question is None or labels is None:  # asked before questions kept their words
        return Reply(ctx._("Please press one of the buttons under my question to answer it."))
    ctx.store.pending.take(pending.id)
    again = ctx.store.pending.ask(pending.kind, pending.data)
    n = len(labels) + 1
    if why == "passed":
        head = ctx._(
            "You sent another message after this question, so here it is again; answer with 1–{n}:", n=n
        )
    elif why == "old":
        head = ctx._("I asked this a while ago, so here it is again; answer with 1–{n}:", n=n)
    elif why == "waiting":
        head = ctx._("👍 Nothing is saved yet: this still waits for your answer (1–{n}):", n=n)
    elif why == "replaced":
        head = ctx._("Your earlier question was replaced by this one; answer with 1–{n}:", n=n)
    else:
        head = ctx._("Please answer with 1–{n}:", n=n)
    return Reply(f"{head}\n{question}", _buttons(ctx, again.id, labels, follow_up))


# Words around a name typed as the answer to "which customer?": "I meant Dana Whitaker, Northwind Freight",
# "the one at Northwind Freight", "恒信的张伟", "是恒信那个".
_ANSWER_FILLER = re.compile(
    r"\b(?:i\s+meant|i\s+mean|meant|it\s+was|it'?s|its|the\s+one\s+(?:at|from|of)|at|from|of|the|one|sorry)\b"
    r"|我说的是|我是说|应该是|是|的|那个|那家|那边|那间|这个|嗰[个间家边度]|[,，、.。:：()（）!！]",
    re.IGNORECASE,
)


# The choice the answer rules out, said beside it: "sorry the NZ one, not AU", "是恒远物流，不是恒远科技".
_NOT_THAT = re.compile(r"(?:^|[,，;；\s])\s*(?:\bnot\b|不是)[^,，;；]*", re.IGNORECASE)


def awaiting_typed_answer(ctx: Ctx, follow_ups: Mapping[str, FollowUp], prefix: str) -> PendingChoice | None:
    """The question asked last, when its key starts with `prefix` and a typed answer may still answer it:
    not answered yet, asked within `TYPED_WAIT`, and not passed over by an earlier message."""
    asked = ctx.store.pending.newest_of(follow_ups, limit=1)
    if not asked or asked[0].resolved_at is not None:
        return None
    question = asked[0]
    old = question.created_at <= ctx.now - TYPED_WAIT
    passed = question.data.get(PASSED, ctx.now.isoformat()) != ctx.now.isoformat()  # by an earlier message
    if not str(question.data.get("key", "")).startswith(prefix) or passed or old:
        return None
    return question


def named_choice(
    ctx: Ctx, text: str, follow_ups: Mapping[str, FollowUp]
) -> tuple[PendingChoice, int | str] | None:
    """The "which customer?" question asked last and the index of its choice, when `text` is a typed answer
    to it that names one of its choices and no other: every word of `text` (but the filler of an answer) is
    in that choice's label ("Dana Whitaker, Northwind Freight" for "Northwind Freight LLC (Dana Whitaker)";
    "恒信的张伟" for "杭州恒信科技有限公司 (张伟)"), or is the amount of that choice's open deal ("outfitters,
    12k", "养老那边，90万", "the 45k one"). A message that says more ("Dana Whitaker signed") is a
    message, unless it names the choice first and says the more after a comma or dash (`_news_after`).
    Looked up once per message: the caller keeps it to tell an answer from a new message, then takes it
    with `take_named`."""
    if len(text) > 200:
        return None
    asked = ctx.store.pending.newest_of(follow_ups, limit=1)
    if not asked or asked[0].resolved_at is not None:
        return None
    newest = asked[0]
    if newest.created_at <= ctx.now - TYPED_WAIT or newest.data.get(PASSED):
        return None
    typed = _label_typed(ctx, newest, text, follow_ups)
    if typed is not None:  # "保留" to "[1] 完成 [2] 保留", "the 17th" to "[1] Thu, Dec 10 [2] Thu, Dec 17"
        return newest, typed
    if not str(newest.data.get("key", "")).startswith("customer:"):
        return None
    fits = _choices_named(ctx, newest, text) if len(text) <= 80 else []
    if len(fits) == 1:
        return newest, fits[0]
    first, news = _news_after(text)
    if not news or newest.kind != RERUN or not isinstance(newest.data.get("text"), str):
        return None
    if newest.data.get("is_command") or str(newest.data["text"]).lstrip().startswith("/"):
        return None  # a command asked about takes no news
    fits = _choices_named(ctx, newest, first)
    return (newest, fits[0]) if len(fits) == 1 else None


# The choice named first, then what the answer says more: "顺德雅居，见了梁伟", "the pharmacy, talked to
# jolene", "halden facility - uwe was there".
_NEWS_AFTER = re.compile(r"\s*(?:[,，、;；]|\s[-–—]+\s)\s*")  # not "X: news", the form of a new message
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _news_after(text: str) -> tuple[str, str]:
    """The answer's first piece, and the rest (empty when it says no more)."""
    parts = _NEWS_AFTER.split(text.strip(), maxsplit=1)
    return (parts[0], parts[1].strip()) if len(parts) == 2 else (text, "")


def _folded(words: str) -> str:
    """Words as a button's label is compared with them: no spaces or marks, nor a particle said after a
    choice ("关闭吧", "保留啊", "keep pls")."""
    bare = re.sub(r"[\s.,!?，。！？“”\"']+", "", simplified(words).casefold())
    return re.sub(r"(?:吧|啊|呀|了|哈|嘛|pls|please|thanks|thx)+$", "", bare) or bare


DAY_KEY = "day:"  # picks under "day:<words lowercased>" hold the ISO day chosen for those words (`resolve`)


# A day of the month typed alone: "the 17th", "17", "17号", "17日"
_DAY_TYPED = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})\s*[号日號]", re.IGNORECASE)


# A choice typed by its place in the list: "第二个", "第2个", "the second one", "2nd".
_ORDINAL_TYPED = re.compile(
    r"(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+one)?"
    r"|第\s*([一二两三四五1-5])\s*(?:个|個|项|項|条|條)?(?:吧|啊)?"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "5th": 5, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
}  # fmt: skip
# A weekday typed alone: "週四", "星期四", "礼拜四", "thu", "Thursday".
_WEEKDAY_TYPED = re.compile(
    r"(?:周|星期|礼拜)([一二三四五六日天])|(mon|tue|wed|thu|fri|sat|sun)[a-z]*", re.IGNORECASE
)


def _weekday_typed(text: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday typed alone, else None."""
    said = _WEEKDAY_TYPED.fullmatch(re.sub(r"[\s.!。！吧]+$", "", simplified(text).strip().lower()))
    if said is None:
        return None
    if said.group(1):
        return "一二三四五六".find(said.group(1)) if said.group(1) not in "日天" else 6
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(said.group(2))


def _iso_weekday(value: str) -> int | None:
    try:
        return datetime.fromisoformat(value).weekday()
    except ValueError:
        return None


def _label_typed(
    ctx: Ctx, asked: PendingChoice, text: str, follow_ups: Mapping[str, FollowUp]
) -> int | str | None:
    """The button of `asked` that `text` types out: its label as shown (or the label of the button that drops
    the question), or, for a day asked, the one day of the month typed ("the 17th") that only one label
    holds. None when it types none, or more than one."""
    said = _folded(text)
    if not said or len(text) > 40:
        return None
    labels = [str(label) for label in asked.data.get("labels") or []]
    same = [i for i, label in enumerate(labels) if _folded(label) == said]
    if len(same) == 1:
        return same[0]
    follow_up = follow_ups.get(asked.kind)
    if follow_up is not None and _folded(ctx._(follow_up.dismiss)) == said:
        return DISMISS
    ordinal = _ORDINAL_TYPED.fullmatch(simplified(text).strip().lower())
    if ordinal is not None:  # "第二个", "the second one" to a list of choices
        place = _ORDINALS.get(ordinal.group(1) or ordinal.group(2) or "", 0)
        return place - 1 if 0 < place <= len(labels) else None
    if not str(asked.data.get("key", "")).startswith(DAY_KEY):
        return None
    weekday = _weekday_typed(text)
    if weekday is not None:  # "週四" to "[1] 12月14日周一 … [4] 12月17日周四"
        values = [str(v) for v in asked.data.get("values") or []]
        on_it = [i for i, v in enumerate(values) if _iso_weekday(v) == weekday]
        return on_it[0] if len(on_it) == 1 else None
    day = _DAY_TYPED.fullmatch(text.strip())
    if day is None:
        return None
    number = day.group(1) or day.group(2)
    holding = [i for i, label in enumerate(labels) if re.search(rf"(?<![\d:]){int(number)}(?![\d:])", label)]
    return holding[0] if len(holding) == 1 else None


def _choices_named(ctx: Ctx, asked: PendingChoice, text: str) -> list[int]:
    """The choices of `asked` whose label holds every word of `text` (but an answer's filler), or whose open
    deal is at the amount it says."""
    words = _ANSWER_FILLER.sub(" ", _NOT_THAT.sub(" ", simplified(text).lower())).split()
    if not words:
        return []
    labels = [simplified(label).lower() for label in asked.data.get("labels") or []]
    values = list(asked.data.get("values") or [])
    values += [None] * (len(labels) - len(values))
    return [
        i
        for i, label in enumerate(labels)
        if all(word in label or _its_deal_amount(ctx, values[i], word) for word in words)
    ]


def _its_deal_amount(ctx: Ctx, customer_id: object, word: str) -> bool:
    """Whether `word` is the amount of one of the customer's open deals, alone or called a deal ("12k",
    "90万", "38万那单"): a choice told apart the way the deals list shows it."""
    if not isinstance(customer_id, int):
        return False  # "New customer …", "Cancel"
    amounts = find_amounts(word)
    deals = ctx.store.deals.for_customer(customer_id, open_only=True)
    if len(amounts) != 1 or not any(d.amount == amounts[0].value for d in deals):
        return False
    alone = not (word[: amounts[0].start] + word[amounts[0].end :]).strip()
    return alone or bool(by_amount(deals, word))


def take_named(
    ctx: Ctx, named: tuple[PendingChoice, int | str], text: str, follow_ups: Mapping[str, FollowUp]
) -> list[Reply]:
    """The choice a typed answer `text` names (see `named_choice`), taken as if its button was pressed; what
    the answer says more is read as said after the message asked about ("昨天去了蓝海" + "蓝海云，见了孙悦然":
    the visit was yesterday, with 孙悦然), not as a message of its own."""
    newest, index = named
    news = _news_after(text)[1]
    if news and len(_choices_named(ctx, newest, text)) != 1:
        said = str(newest.data["text"]).rstrip(" .。!！")
        joint = "，" if CJK_CHAR.search(said[-1:] + news[:1]) else ", "
        newest.data = {**newest.data, "text": said + joint + news}
    return answer(ctx, f"{newest.id}:{index}", follow_ups)


def answer_with_value(
    ctx: Ctx, question: PendingChoice, value: str, label: str, follow_ups: Mapping[str, FollowUp]
) -> list[Reply]:
    """Answer `question` with `value` typed by the user, as its button would: a value none of the buttons
    holds ("end of march" to "put off to when?", "周四上午十点" to "When should I remind you?") is added to
    the question's choices first."""
    values = [str(v) for v in question.data.get("values") or []]
    if value not in values:
        labels = [*question.data.get("labels", []), label]
        question.data = {**question.data, "values": [*values, value], "labels": labels}
        values.append(value)
    return answer(ctx, f"{question.id}:{values.index(value)}", follow_ups)


def ask_for_text(ctx: Ctx, question: str, payload: str) -> Reply:
    """Ask for a typed answer: the user's next plain message completes `payload` (`payload:text`)."""
    ctx.store.pending.ask(TYPED, {"payload": payload})
    return Reply(question)


def typed_answer(ctx: Ctx, text: str) -> str | None:
    """The payload that `text` answers, if a typed question waits for this user (it is taken:
    whatever the message is, the question is answered or dropped)."""
    pending = ctx.store.pending.take_newest(TYPED, asked_after=ctx.now - TYPED_WAIT)
    return f"{pending.data['payload']}:{text}" if pending is not None else None
