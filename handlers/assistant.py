"""The one entry point: `Assistant.handle(IncomingMessage) -> list[Reply]`.

One message is one database transaction. A message id seen before is not processed
again. Bad input gets a short reply in the user's language and changes nothing; a
question (which customer?) rolls the message back and re-runs it after the answer.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from config import Settings
from crm_store.audit import Actor
from crm_store.db import Database
from crm_store.errors import InvalidValue, NotFound
from crm_store.limits import MESSAGE_LIMIT, clean_message
from crm_store.models import PendingChoice, User
from crm_store.search import BasicCustomerSearch, CustomerSearch
from crm_store.system import System
from crm_store.types import utcnow
from handlers.access import Admitted, admit, first_time
from handlers.commands.deal_upkeep import CLOSE_REMINDERS, CLOSING, reminders_of_closed_deal
from handlers.commands.due_follow_ups import DONE_OR_KEEP, DUE_FOLLOW_UPS, due_follow_ups
from handlers.commands.table import build_registry
from handlers.context import Ctx
from handlers.errors import Refused, UserError, log_failure
from handlers.home import Home, build_home
from handlers.i18n import Catalogs, Translator, language_of
from handlers.labels import field_label
from handlers.mentions import with_names
from handlers.messages import Button, IncomingMessage, Reply, Sender
from handlers.parsing.commands import split_command, split_words_command
from handlers.payloads import split_payload
from handlers.questions import (
    ANSWER,
    ANSWER_LIKE_NUMBER,
    CANCEL,
    CANCELLED,
    LEGACY_ANSWER,
    RERUN,
    FollowUp,
    NeedChoice,
    answer,
    ask,
    is_yes_or_no,
    named_choice,
    number_answer,
    pass_over,
    still_waiting,
    take_named,
    typed_answer,
    yes_no_answer,
)
from handlers.registry import Registry, as_list
from handlers.understanding import ANSWERED, FOLLOW_UP, understand
from handlers.understanding.correcting import undoes_the_last
from handlers.understanding.deal_correction import deal_named_answer
from handlers.understanding.intents import is_chit_chat
from handlers.understanding.put_off import put_off_answer
from handlers.understanding.remind_when import answer_retimed, remind_when_answer
from handlers.understanding.reminder_changes import done_beside_news, mark_done, reminder_change
from handlers.understanding.which_hour import hour_named_answer

log = logging.getLogger(__name__)

FreeTextHandler = Callable[[Ctx, str], "Sequence[Reply] | Reply"]
Listener = Callable[[Ctx, object], Reply | None]
Finish = Callable[[System, list[Reply]], None]
# How long "send me the new time" (Reschedule) waits for the user's next message.


def invalid_value_text(tr: Translator, error: InvalidValue) -> str:
    field = field_label(tr, error.field)
    if error.code == "too_long":
        return tr(
            "That {field} is too long ({length} characters; the limit is {limit}).",
            field=field,
            length=error.params.get("length"),
            limit=error.params.get("limit"),
        )
    if error.code == "out_of_range":
        return tr("That {field} looks wrong. Please check the number.", field=field)
    if error.code == "date_out_of_range":
        return tr(
            "That {field} is out of range: give one between {earliest} and {latest}.",
            field=field,
            earliest=error.params["earliest"].isoformat(),
            latest=error.params["latest"].isoformat(),
        )
    if error.code == "too_many":
        return tr("Too many {field} ({length}; the limit is {limit}).", field=field,
                  length=error.params.get("length"), limit=error.params.get("limit"))  # fmt: skip
    if error.code == "empty":
        return tr("The {field} is missing.", field=field)
    return tr("Unknown {field}. Use one of: {allowed}.", field=field, allowed=error.params.get("allowed", ""))


def cleaned(msg: IncomingMessage) -> IncomingMessage:
    """The message with every text field free of control characters and lone surrogates."""

    def clean_fields(item: Any) -> dict[str, Any]:
        return {
            f.name: clean_message(value)
            for f in fields(item)
            if isinstance(value := getattr(item, f.name), str)
        }

    return replace(msg, sender=replace(msg.sender, **clean_fields(msg.sender)), **clean_fields(msg))


def with_undo(ctx: Ctx, replies: list[Reply]) -> list[Reply]:
    """Whatever path created a customer (a command, free text, a button), the answer offers Undo."""
    change_set = ctx.store.audit.change_set
    if change_set is None or "customers" not in ctx.store.audit.created_tables:
        return replies
    if any(button.payload.startswith("undo:") for reply in replies for button in reply.buttons):
        return replies
    undo = Button(ctx._("Undo"), f"undo:{change_set.id}")
    if not replies:
        return [Reply(change_set.summary or ctx._("Done."), (undo,))]
    return [*replies[:-1], replace(replies[-1], buttons=(*replies[-1].buttons, undo))]


def fit_reply(tr: Translator, reply: Reply) -> Reply:
    """A cut reply (see `Reply`) says so in the user's language, below its "…"."""
    if not reply.cut:
        return reply
    note = tr("(cut: {count} more characters not shown)", count=reply.cut)
    return replace(reply, text=f"{reply.text}\n{note}", cut=0)


class Assistant:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        search: CustomerSearch | None = None,
        catalogs: Catalogs | None = None,
        registry: Registry | None = None,
        free_text: FreeTextHandler | None = None,
        listeners: Sequence[Listener] = (),
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.settings = settings
        self.search = search or BasicCustomerSearch()
        self.catalogs = catalogs or Catalogs()
        self.registry = registry or build_registry()
        self.free_text = free_text or understand
        self.listeners: list[Listener] = [reminders_of_closed_deal, due_follow_ups, *listeners]
        self.clock = clock
        # What answering a question does, by the question's kind (see handlers.questions).
        self.follow_ups = {
            RERUN: FollowUp(self._rerun, CANCEL, CANCELLED),
            FOLLOW_UP: ANSWERED,  # one waiting part of a free-text message
            CLOSE_REMINDERS: CLOSING,  # close a won or lost deal's open reminders?
            DUE_FOLLOW_UPS: DONE_OR_KEEP,  # a contact logged: are its due follow-ups done?
        }

    # ------------------------------------------------------------------
    def handle(self, msg: IncomingMessage) -> list[Reply]:
        """Process one message; never raises, never shows a stack trace to the user."""
        msg = cleaned(msg)
        try:
            return self.process(msg)
        except Exception as error:
            ref = secrets.token_hex(3)
            log_failure(log, "message failed", ref, error)
            tr = self.catalogs.translator(language_of(msg.sender.language, self.settings.default_locale))
            return [
                Reply(
                    tr("Sorry, something went wrong on my side and nothing was saved. (ref {ref})", ref=ref)
                )
            ]

    def process(self, msg: IncomingMessage, finish: Finish | None = None) -> list[Reply]:
        """Like `handle`, but a failure raises (the inbox retries the message), and
        `finish(system, replies)` runs inside the message's transaction just before it commits
        (the inbox records the row handled there, together with the message's effects)."""
        msg = cleaned(msg)
        try:
            return self._handle(msg, finish)
        except IntegrityError:
            # A concurrent transaction won a race (e.g. two first messages of a new user
            # provisioning them twice); everything was rolled back, so run it once more.
            log.info(
                "%s message %s conflicted with a concurrent one; retrying",
                msg.sender.platform,
                msg.message_id,
            )
            return self._handle(msg, finish)

    def _handle(self, msg: IncomingMessage, finish: Finish | None) -> list[Reply]:
        now = self.clock()
        with self.db.system() as system:
            replies = self._replies(system, msg, now)
            if finish is not None:
                finish(system, replies)
            return replies

    def _replies(self, system: System, msg: IncomingMessage, now: datetime) -> list[Reply]:
        """The chain: dedupe → admission → mentions → dispatch."""
        if not first_time(system, msg):
            return []
        admitted = admit(system, msg, self.settings, self.catalogs, now)
        if not isinstance(admitted, Admitted):
            return admitted
        if admitted.welcome:
            return admitted.welcome
        msg = with_names(system.directory, admitted.user, msg)
        return self.run(self.context(system, msg, admitted.user, now))

    def context(
        self, system: System, msg: IncomingMessage, user: User, now: datetime, *, audit: bool = True
    ) -> Ctx:
        """The one place a `Ctx` is built: for a message, or (`context_for`) for the scheduler."""
        actor = Actor(user.org_id, user.id, msg.sender.platform, msg.message_id)
        return Ctx(
            msg=msg,
            user=user,
            store=system.store(actor, audit=audit, now=lambda: now, search=self.search),
            settings=self.settings,
            system=system,
            tr=self.catalogs.translator(user.locale),
            now=now,
            catalogs=self.catalogs,
            registry=self.registry,
        )

    def context_for(self, system: System, user: User, now: datetime, *, platform: str = "scheduler") -> Ctx:
        """A handler context for talking *to* a user unprompted (reminders, digests, alerts)."""
        msg = IncomingMessage(sender=Sender(platform, str(user.id)), chat_id="")
        return self.context(system, msg, user, now, audit=False)

    def home(self, sender: Sender) -> Home:
        """The sender's home view (a platform's home screen); strangers get the refusal as a note."""
        now = self.clock()
        tr = self.catalogs.translator(language_of(sender.language, self.settings.default_locale))
        try:
            with self.db.system() as system:
                msg = IncomingMessage(sender=sender, chat_id="", is_direct=False)
                admitted = admit(system, msg, self.settings, self.catalogs, now)
                if not isinstance(admitted, Admitted):
                    refusal = "\n".join(reply.text for reply in admitted)
                    return Home("salesbot", note=refusal or tr("Sorry, I only work for my team."))
                return build_home(self.context(system, msg, admitted.user, now))
        except Exception as error:
            ref = secrets.token_hex(3)
            log_failure(log, "home view failed", ref, error)
            return Home("salesbot", note=tr("Sorry, something went wrong on my side. (ref {ref})", ref=ref))

    def run(self, ctx: Ctx) -> list[Reply]:
        """The replies to a message, each fitting one platform message (the one place replies
        are shaped: answers, questions, refusals and notices alike)."""
        return [fit_reply(ctx.tr, reply) for reply in self._outcome(ctx)]

    def _outcome(self, ctx: Ctx) -> list[Reply]:
        """Dispatch inside a savepoint, so a refusal or a question undoes every write."""
        text = (ctx.msg.text or "").strip()
        # "恒信的张伟" to "which 张伟?": looked up once, here, and taken in `dispatch`
        named = named_choice(ctx, text, self.follow_ups) if ctx.msg.payload is None else None
        answer_like = ANSWER_LIKE_NUMBER.fullmatch(text) or is_yes_or_no(text) or named is not None
        if ctx.msg.payload is None and text and not answer_like:
            waiting = still_waiting(ctx, self.follow_ups) if is_chit_chat(text) else None
            if waiting is not None:  # "ok thx" under a card: the card stays, and says so
                return [waiting]
            # outside the savepoint: a question this message asks keeps it
            dropped = pass_over(ctx, self.follow_ups)
            if dropped is not None:
                ctx.store.audit.reset()  # (the record put back is no write of this message's)
                return [dropped, *self._outcome(ctx)]
        try:
            with ctx.store.savepoint():
                replies = self.dispatch(ctx, named)
                for event in ctx.events:
                    for listener in self.listeners:
                        replies = [*replies, *as_list(listener(ctx, event))]
                return with_undo(ctx, replies)
        except NeedChoice as question:
            ctx.store.audit.reset()
            data = {"text": ctx.msg.text, "is_command": ctx.msg.is_command}
            return [ask(ctx, question, RERUN, self.follow_ups[RERUN], data)]
        except UserError as error:
            return [Reply(error.message)]
        except Refused as error:
            return [Reply(ctx._(error.msgid, **error.params))]
        except InvalidValue as error:
            return [Reply(invalid_value_text(ctx.tr, error))]
        except NotFound:
            return [Reply(ctx._("I can't find that any more. It may have been deleted."))]

    def _rerun(self, ctx: Ctx, data: dict[str, Any]) -> list[Reply]:
        """The answer to a question about a whole message: run the message again with it."""
        ctx.msg = replace(
            ctx.msg, text=data.get("text", ""), payload=None, is_command=bool(data.get("is_command"))
        )
        return self.dispatch(ctx)

    # ------------------------------------------------------------------
    def dispatch(self, ctx: Ctx, named: tuple[PendingChoice, int | str] | None = None) -> list[Reply]:
        """`named`: the choice of the question asked last that the message names (`named_choice`)."""
        msg = ctx.msg
        if msg.payload is not None:  # a button, even one whose data cleaned to nothing ("\x00")
            return self._dispatch_payload(ctx, msg.payload)
        text = (msg.text or "").strip()
        if not text:
            return [Reply(ctx._("Send me a message, or /help to see what I can do."))]
        if len(text) > MESSAGE_LIMIT:
            raise UserError(
                ctx._(
                    "That message is too long ({length} characters; the limit is "
                    "{limit}). Please split it up.",
                    length=len(text),
                    limit=MESSAGE_LIMIT,
                )
            )
        parsed = split_command(text)
        if parsed is None and msg.is_command:
            word, args = split_words_command(text)
            if self.registry.command(word):
                parsed = (word, args)
        answered = typed_answer(ctx, text)  # a command drops the question too
        if parsed is None:
            if answered is not None and (route := self.registry.payload(answered)):
                return as_list(route.handler(ctx, answered.partition(":")[2]))
            numbered = number_answer(ctx, text, self.follow_ups)  # "1" typed instead of a button
            if numbered is not None:
                return numbered
            agreed = yes_no_answer(ctx, text, self.follow_ups)  # "yes" to "Did you mean X?"
            if agreed is not None:
                return agreed
            if named is not None:  # "恒信的张伟" to "which 张伟?"
                return take_named(ctx, named, text, self.follow_ups)
            chosen = deal_named_answer(ctx, text, self.follow_ups)  # "that's the LMS one" to "Which one?"
            chosen = chosen or hour_named_answer(ctx, text, self.follow_ups)  # "pm" to "Is “at 3” …?"
            chosen = chosen or put_off_answer(ctx, text, self.follow_ups)  # "end of march" to "… to when?"
            chosen = chosen or remind_when_answer(ctx, text, self.follow_ups)  # "thu 10am" to "… remind you?"
            if chosen is not None:
                return chosen
            handled = None
            if not undoes_the_last(ctx, text):  # "改到上午10点" after a reminder set by "… remind you?"
                handled = answer_retimed(ctx, text) or reminder_change(ctx, text)
            if handled is not None:
                return as_list(handled)
            done = done_beside_news(ctx, text)
            if done is None:
                return as_list(self.free_text(ctx, text))
            # a question asked rolls both back; its answer re-runs ("" : the news was only the task done)
            news = as_list(self.free_text(ctx, done[1])) if done[1] else []
            return [*news, mark_done(ctx, done[0])]
        name, args = parsed
        command = self.registry.command(name)
        if command is None:
            raise UserError(ctx._("I don't know the command /{name}. Send /help for the list.", name=name))
        if not command.allowed(ctx.user.role):
            if command.roles == frozenset({"admin"}):
                raise UserError(ctx._("Only an admin can use /{name}.", name=name))
            raise UserError(ctx._("Only a manager or admin can use /{name}.", name=name))
        return as_list(command.handler(ctx, args))

    def _dispatch_payload(self, ctx: Ctx, payload: str) -> list[Reply]:
        parts = split_payload(payload)
        if parts is None:
            raise UserError(ctx._("That button no longer works."))
        prefix, rest = parts
        if prefix in (ANSWER, LEGACY_ANSWER):
            return answer(ctx, rest, self.follow_ups)
        route = self.registry.payload(payload)
        if route is None:
            raise UserError(ctx._("That button no longer works."))
        return as_list(route.handler(ctx, rest))

    def commands(self, role: str = "rep") -> list[tuple[str, str]]:
        """(name, English summary) for the platform command menus."""
        return [(c.name, c.summary) for c in self.registry.visible(role)]
