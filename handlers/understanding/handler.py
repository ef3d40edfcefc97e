"""The free-text handler: what a rep types without a command, understood and stored in one change set.

One reply confirms everything stored from the message, with one Undo button for all of it.
Parts that need an answer (see `actions`) are asked about in follow-up questions; a customer
that is unclear is asked about first, because every part depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from crm_store.models import PendingChoice
from handlers.commands import account, customers, pipeline, reminders
from handlers.commands.help import free_text_pointer, help_command, small_talk_reply
from handlers.context import Ctx
from handlers.domain.contacts import mentioned_contact
from handlers.errors import UserError
from handlers.messages import Button, Reply
from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import stage_synonyms
from handlers.questions import PASSED, RERUN, TYPED_WAIT, NeedChoice
from handlers.registry import as_list
from handlers.render import customer_card, deal_line
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import read_news
from handlers.understanding.corrections import SAID, correct, corrected, just_stored, kind_of, remember
from handlers.understanding.customers import (
    Found,
    keep_known_names,
    locate_customer,
    other_customers,
    require_customer,
)
from handlers.understanding.decision_path import record
from handlers.understanding.intents import (
    Correction,
    about_the_day,
    correction,
    is_chit_chat,
    is_data_request,
    is_question,
    is_unsure,
    loose_correction,
    name_correction,
    restatement,
    takes_back,
    withdraws_outcome,
)
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.plan import Plan, plan_for
from handlers.understanding.plan_writes import rest_of
from handlers.understanding.preview import PREVIEW, SAVE, Card, confirm_first
from handlers.understanding.questions import answer_question
from handlers.understanding.reader import read
from handlers.understanding.reading import DETAIL_LABELS, Clause, Reading, moved
from handlers.understanding.summaries import summary_items

QUERIES = {
    "today": reminders.today,
    "pipeline": pipeline.pipeline,
    "reminders": reminders.reminders,
    "help": help_command,
    "undo": account.undo,
}
_WORD = re.compile(r"[A-Za-z][\w'’\-]*|[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def read_message(ctx: Ctx, text: str, said_before: Iterable[When] = ()) -> Reading:
    def reread(words: str) -> Reading:
        return read(
            words,
            now=ctx.now,
            tz=ctx.tz,
            stages=ctx.settings.stage_names,
            synonyms=stage_synonyms(ctx.settings.stage_synonyms),
            said_before=said_before,
        )

    return keep_known_names(ctx, reread(text), reread)


def understand(ctx: Ctx, text: str) -> list[Reply]:
    """Default handler for text that is not a command."""
    items = _updates_of(ctx, summary_items(text) or [])
    if items is not None:
        return _understand_each(ctx, items)  # "EOD:\n- visited acme …\n- globex 130k now"
    if is_chit_chat(text):
        record("chit_chat")
        return [small_talk_reply(ctx)]
    colleague = _addressed_to(ctx, text)
    if colleague is not None:
        record("chit_chat")
        return [
            Reply(
                ctx._(
                    "That reads as a message to {name}, so I stored nothing. To hand a customer's deal "
                    "over, send e.g. /reassign Acme to {name}.",
                    name=colleague,
                )
            )
        ]
    if is_data_request(text):
        raise UserError(
            ctx._(
                "I don't delete, merge or rename from a chat message. Which command did you mean? See /help."
            )
        )
    if takes_back(text) and just_stored(ctx) is not None:
        return [account.undo(ctx, "")]  # "…, scratch that", "别动": the last message is taken back whole
    if withdraws_outcome(text) and _outcome_just_stored(ctx, text):
        return [account.undo(ctx, "")]  # "not signed yet, my bad" right after "acme signed!"
    if _WITHDRAWN.search(text) and ctx.store.pending.latest(SAID) is not None:
        return [Reply(ctx._("OK, I left it as it was."))]  # "哦不对 是博斯精密…算了 博思智能是对的 不用改"
    fix = name_correction(text) or correction(text) or _loose_correction(ctx, text) or _restated(ctx, text)
    if fix is not None and fix.wrong and _wrong_customer_elsewhere(ctx, fix):
        raise UserError(
            ctx._(
                "Your last message did not say “{words}”, so I changed nothing. "
                "Send it again as it should be.",
                words=fix.wrong,
            )
        )
    if fix is not None:
        record("correction")
        card = _card_waiting(ctx)
        if card is not None:
            return _correct_the_card(ctx, card, fix)
        return correct(ctx, fix, understand, _customer_span)
    reading = read_message(ctx, text)
    _details_are_not_interactions(reading)
    if reading.query:
        return as_list(QUERIES[reading.query](ctx, ""))
    if reading.find_name:
        return as_list(customers.find(ctx, reading.find_name))
    reports = bool(reading.kind or reading.amounts or reading.stage or reading.outcome)
    if is_question(reading.text, about_work=reading.about_work, reports=reports):
        record("question")
        return answer_question(ctx, reading)
    if (
        about_the_day(reading.text)
        and not (reading.persons or reading.amounts or reading.stage or reading.outcome)
        and locate_customer(ctx, reading, needed=False) is None
    ):
        record("chit_chat")
        return [small_talk_reply(ctx)]  # "long day of demos, heading home": how the day went, no one named
    needs_customer = bool(
        reading.kind or reading.about_deal or reading.explicit_name or reading.new_customer
    ) or bool(read_news(reading.text))
    found = require_customer(ctx, reading) if needs_customer else locate_customer(ctx, reading, needed=False)
    if found is None and reading.doubts:
        raise UserError(
            ctx._(
                "Which customer's deal is “{words}” for, and in what unit? Send it again with both, "
                "e.g. “Acme 50k” or “华为 50万”.",
                words=", ".join(reading.doubts),
            )
        )  # "金额改成50"
    if found is None and not reading.steps:
        return [free_text_pointer(ctx, text)]
    if found is None:
        return _without_customer(ctx, reading)
    if reading.doubts and not reading.amounts:
        raise UserError(_how_much(ctx, reading))
    others, unsure = other_customers(ctx, reading, found)  # asks when it names one customer or another
    if is_unsure(reading.text) and not ctx.picks:
        raise UserError(
            ctx._(
                "You don't sound sure which it was, so nothing was saved. "
                "Which was it? Send it again once you know."
            )
        )
    if others:
        return _store_each(ctx, reading, [found, *others], unsure)
    reading.doubts += unsure  # "called globex and umbrela": the second customer is not dropped unseen
    if (
        not (reading.kind or reading.amounts or reading.outcome)
        and reading.steps
        and _news_beside_the_plan(reading, found)
    ):
        reading.kind = "note"  # "赵总说价格太高 可能要黄 周四再去一趟": the news is logged with the visit
        reading.kind_guessed = "news"
    elif (
        not (reading.kind or reading.outcome)
        and reading.about_deal
        and _news_beside_the_deal(reading, found)
        and ctx.store.deals.for_customer(found.customer.id, open_only=True)  # a new deal's words describe it
    ):
        reading.kind = "note"  # "ok w the 30k but wants net 60 payment terms": the terms are kept
        reading.kind_guessed = "news"
    if reading.not_before is not None and reading.close is None:
        _not_before(ctx, reading, found)
    changes = (
        reading.amount_marked
        and _SAID_TO_CHANGE.search(reading.text)
        and not (reading.add_on or reading.reopen or reading.outcome)
    )
    if changes and not ctx.store.deals.for_customer(found.customer.id, open_only=True):
        # "the fleet deal 250k is now 300k" when that deal is won: a change of which deal? not a new one
        reading.doubts.append(ctx._("{customer} has no open deal to change", customer=found.customer.name))
    if reading.outcome == "lost" and not (reading.reopen or reading.add_on):
        already = _lost_without_open_deal(ctx, reading, found)
        if already is not None and not (reading.kind or reading.about_deal or reading.steps):
            return [already]  # "hooli lost" when its deal is lost already: said so, nothing made up
    if found is not None and not (reading.kind or reading.about_deal or reading.steps):
        if read_news(reading.text):
            return _store(ctx, reading, found)  # "tom reyes cell: 503-555-0199": the contact only
        if not _leftover_words(reading, found) and not _DIGIT.search(rest_of(reading, found)):
            return [Reply(customer_card(ctx, found.customer))]  # a bare name; a number says a fact: a note
        # "上午去钟山化工", "onsite at falcon": being at the customer is a visit; else a note
        reading.kind = (
            "visit" if _WENT_TO.search(reading.text[max(0, found.start - 12) : found.start]) else "note"
        )
        reading.kind_guessed = "went" if reading.kind == "visit" else "default"
        if reading.kind == "note" and not _worth_a_note(ctx, reading, found):
            reading.doubts.append(ctx._("a note about {customer}", customer=found.customer.name))
    return _store(ctx, reading, found)


def _lost_without_open_deal(ctx: Ctx, reading: Reading, found: Found) -> Reply | None:
    """A loss told of a customer with no open deal. When a deal of theirs is lost already, that loss is on
    record: no second lost deal is made up (the reply says so; the rest of the message is stored). When
    they have none, the lost opportunity is recorded as a lost deal with its reason: the rep said it was
    lost, and the win rate and the churn warnings count it (a lost deal needs no amount)."""
    deals = ctx.store.deals.for_customer(found.customer.id)
    if any(d.stage not in ("won", "lost") for d in deals):
        return None
    lost = [d for d in deals if d.stage == "lost"]
    if not lost:
        return None
    reading.outcome = reading.outcome_span = None  # the rest of the message is stored as it says
    line = deal_line(ctx, lost[-1], with_customer=found.customer.name)
    line += f" — {lost[-1].lost_reason}" if lost[-1].lost_reason else ""  # why, as it was recorded
    return Reply(ctx._("That loss is on record already, so nothing changed: {line}", line=line))


# An amount said to replace the deal's ("is now 300k", "改成30万"), not only the one that counts ("= 9k").
_SAID_TO_CHANGE = re.compile(
    r"\b(?:is now|now|revised|changed|instead of|went up|goes up|went down|goes down|increased|decreased|"
    r"raised|lowered|bumped)\b|改成|改为|调到|涨到|降到|变成|->|→",
    re.IGNORECASE,
)


def _not_before(ctx: Ctx, reading: Reading, found: Found) -> None:
    """ "acme won't sign before jan": what they said is kept in a note; when the open deal's close date is
    earlier than that, the close is moved to it, shown on the card first (it is the earliest they said,
    not a day they named). A deal with no close date, or a later one, keeps it."""
    if not reading.kind:
        reading.kind, reading.kind_guessed = "note", "news"
    deals = ctx.store.deals.for_customer(found.customer.id, open_only=True)
    day = reading.not_before
    if len(deals) != 1 or day is None or deals[0].expected_close is None or deals[0].expected_close >= day:
        return
    said = next((reading.clause_of(at) for at, w in reading.dates if at >= 0 and w.at.date() == day), None)
    reading.close = day
    reading.doubts.append(reading.said((said.start, said.end)) if said else reading.original)


_AT_SOMEONE = re.compile(r"^\s*@(?!\s)")


def _addressed_to(ctx: Ctx, text: str) -> str | None:
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


def _updates_of(ctx: Ctx, items: list[str]) -> list[str] | None:
    """The updates of a summary: an item that names no customer but reports work ("- budget 30k") goes
    on with the update before it; None when fewer than two items name a customer ("acme wants 2 options:
    1. cloud 2. on-prem" is one message, not a summary)."""
    updates: list[str] = []
    named = 0
    for item in items:
        reading = read_message(ctx, item)
        try:
            found = locate_customer(ctx, reading, needed=False) is not None
        except NeedChoice:
            found = True  # named, if unclearly: asked about when the item is read
        reports = bool(
            reading.kind
            or reading.amounts
            or reading.outcome
            or reading.close
            or reading.persons
            or reading.steps
        )
        if not found and updates and reports and not lx.REMIND.search(item):
            updates[-1] = f"{updates[-1]}; {item}"
            continue
        named += found
        updates.append(item)
    return updates if named >= 2 else None


def _understand_each(ctx: Ctx, items: list[str]) -> list[Reply]:
    """A summary of the day, one item per line: each read on its own, all gated together like the parts of
    a two-customer message (one card shows every item's writes when any item is unsure; Save stores them
    all). An item that names no customer and stores nothing ("expenses done") is said to be left out."""
    stored: list[str] = []
    undo: tuple[Button, ...] = ()
    cards: list[Card] = []
    left: list[str] = []
    others: list[Reply] = []
    for item in items:
        try:
            replies = understand(ctx, item)
        except Card as card:
            cards.append(card)  # its writes stay in this message's savepoint until the whole card is answered
            continue
        except UserError:
            left.append(item)
            continue
        nothing = (free_text_pointer(ctx, item).text, small_talk_reply(ctx).text)
        for reply in replies:
            if reply.buttons and reply.buttons[-1].payload.startswith("undo:"):
                stored.append(reply.text)
                undo = (reply.buttons[-1],)
            elif reply.text in nothing:
                left.append(item)
            else:
                others.append(reply)  # a follow-up question, an answer
    if cards and ctx.picks.get(PREVIEW) != SAVE:
        lines = [line for text in stored for line in text.splitlines()]
        lines += [line for card in cards for line in card.lines]
        doubts = [d for c in cards for d in c.doubts]
        unused = [u for c in cards for u in c.unused]
        raise Card(ctx, lines, list(dict.fromkeys(doubts)), list(dict.fromkeys(unused)))
    replies = [Reply("\n".join(stored), undo)] if stored else []
    if left:
        words = "; ".join(f"“{item}”" for item in left)
        replies.append(Reply(ctx._("Not stored (no customer or nothing to record): {items}", items=words)))
    return replies + others or [free_text_pointer(ctx, " ".join(items))]


def _how_much(ctx: Ctx, reading: Reading) -> str:
    words = ", ".join(reading.doubts)
    return ctx._("How much is “{words}”? Send it with its unit, e.g. 50k or 50万.", words=words)


def _details_are_not_interactions(reading: Reading) -> None:
    """ "jane's new email is …", "袁部长电话换了：…": the kind word names the detail being changed."""
    if reading.kind_span is None or not read_news(reading.text):
        return
    word = reading.text[reading.kind_span[0] : reading.kind_span[1]].lower()
    if word in DETAIL_LABELS:
        reading.kind = reading.kind_span = None


def _customer_span(ctx: Ctx, text: str) -> tuple[int, int, int] | None:
    """Where `text` names its customer, and where a person named right after it ends ("金山电子许静"),
    so that "是金山软件韩磊" replaces both."""
    reading = read_message(ctx, text)
    found = locate_customer(ctx, reading, needed=False)
    if found is None or found.start < 0:
        return None
    end = found.end
    for _name, start, person_end in reading.persons:
        if 0 <= start - end <= 1:
            end = person_end
    if end == found.end:
        rest = reading.original[end:]
        known = mentioned_contact(ctx, found.customer, rest)
        if known is not None and simplified(rest).lower().startswith(simplified(known.name).lower()):
            end += len(known.name)
    return found.start, found.end, end


def _outcome_just_stored(ctx: Ctx, text: str) -> bool:
    """Whether the user's last change is a message that won or lost a deal, of the customer this one names
    (or it names none)."""
    stored = just_stored(ctx)
    if stored is None:
        return False
    old = read_message(ctx, stored[0].data["text"])
    if old.outcome is None:
        return False
    try:
        named = locate_customer(ctx, read_message(ctx, text), needed=False)
        was = locate_customer(ctx, old, needed=False)
    except NeedChoice:
        return False
    return named is None or (was is not None and named.customer.id == was.customer.id)


def _card_waiting(ctx: Ctx) -> PendingChoice | None:
    """The preview card of the user's last message, when it is still waiting for Save and nothing was
    stored or sent since: a correction now ("sorry make that 58k") is about that card, not about the
    message stored before it."""
    card = ctx.store.pending.latest(RERUN)
    said = ctx.store.pending.latest(SAID)
    if card is None or card.data.get("key") != PREVIEW or card.data.get("is_command"):
        return None
    if card.data.get(PASSED, ctx.now.isoformat()) != ctx.now.isoformat():
        return None  # passed over by an earlier message than this one
    if card.created_at <= ctx.now - TYPED_WAIT or (said is not None and said.id > card.id):
        return None
    return card


def _correct_the_card(ctx: Ctx, card: PendingChoice, fix: Correction) -> list[Reply]:
    """The card's message as corrected, read again (a new card, or stored when it is certain now); the old
    card is closed."""
    old = card.data["text"]
    text = corrected(ctx, old, fix, _customer_span)
    if text is None or text == old:
        raise UserError(
            ctx._(
                "Nothing of “{text}” is saved yet. Press Change on its card, or send it again as it "
                "should be.",
                text=old,
            )
        )
    ctx.store.pending.take(card.id)
    ctx.msg = replace(ctx.msg, text=text)  # a new card re-runs the corrected message on Save
    replies = understand(ctx, text)
    note = ctx._("Changed before saving: “{old}” → “{new}”", old=old, new=text)
    if not replies:
        return [Reply(note)]
    return [Reply(f"{note}\n{replies[0].text}", replies[0].buttons), *replies[1:]]


def _wrong_customer_elsewhere(ctx: Ctx, fix: Correction) -> bool:
    """ "sorry i meant umbrella not initech" after a message about Stark: what it calls wrong is another
    customer than the last message's, so it corrects nothing that was stored (it replaced Stark)."""
    said = ctx.store.pending.latest(SAID)
    if said is None or not fix.wrong:
        return False
    if simplified(fix.wrong).lower() in simplified(said.data["text"]).lower():
        return False
    try:
        wrong = locate_customer(ctx, read_message(ctx, fix.wrong), needed=False)
        old = locate_customer(ctx, read_message(ctx, said.data["text"]), needed=False)
    except NeedChoice:
        return False
    return wrong is not None and wrong.start >= 0 and (old is None or wrong.customer.id != old.customer.id)


def _last_said(ctx: Ctx) -> str | None:
    """The user's last message a correction may be about: the one whose card waits, else the last stored."""
    card = _card_waiting(ctx)
    said = ctx.store.pending.latest(SAID)
    return card.data["text"] if card is not None else said.data["text"] if said is not None else None


def _loose_correction(ctx: Ctx, text: str) -> Correction | None:
    """ "sterling pharma, not paper" corrects the last message only if that message said "paper"."""
    fix = loose_correction(text)
    said = _last_said(ctx) if fix is not None else None
    if fix is None or said is None:
        return None
    if fix.wrong is not None:
        return fix if fix.wrong.lower() in said.lower() else None
    if kind_of(ctx, fix.right) == "text" and _customer_span(ctx, fix.right) is None:
        return None  # "sorry, running late": no value and no customer to put in place of another
    return fix


def _restated(ctx: Ctx, text: str) -> Correction | None:
    """ "no wait, still proposal, it's the close date that moved: dec 18" right after "quillon moved to
    negotiation": the last message said again as it should be. Only when it names no customer of its own,
    says something to store, and keeps every kind of part the last message had (a logged call is not
    dropped by a correction about the deal)."""
    rest = restatement(text)
    said = ctx.store.pending.latest(SAID) if rest else None
    if rest is None or said is None or _customer_span(ctx, rest) is not None:
        return None
    new, old = read_message(ctx, rest), read_message(ctx, said.data["text"])
    if not new.about_work or (old.kind and not new.kind) or (old.steps and not new.steps):
        return None
    return Correction(rest, None, restates=True)


# A correction taken back in the same message: nothing changes.
_WITHDRAWN = re.compile(
    r"不用改|不改了|没错，?不用|\bnever ?mind\b|\bnvm\b|\bignore that\b|\bforget it\b", re.IGNORECASE
)
_WENT_TO = re.compile(r"(?:[去到在]|来到|\b(?:onsite|on site|over|went|drove|flew)\s+(?:at|to))\s*$", re.I)
_SOMEONE = re.compile(
    r"\b(them|him|her|they|he|she|their|client|customer|back)\b|他们|她们|他|她|对方|客户|回个?电话|回电",
    re.IGNORECASE,
)


def _without_customer(ctx: Ctx, reading: Reading) -> list[Reply]:
    """A plan that names no customer: a personal reminder ("remind me to submit expenses friday") is
    stored; one about somebody ("call them back tmrw", "蔡经理说下周来") asks who; a date alone
    ("中午吃啥") stores nothing."""
    someone = bool(reading.persons) or any(_SOMEONE.search(s.text) for s in reading.steps)
    if someone or reading.kind:
        raise UserError(
            ctx._(
                "Which customer is that about? Send it again with the name, e.g. “call Acme back tomorrow”."
            )
        )
    if not (lx.REMIND.search(reading.text) and all(s.explicit for s in reading.steps)):
        return [free_text_pointer(ctx, reading.text)]
    return _store(ctx, reading, None)


def _worth_a_note(ctx: Ctx, reading: Reading, found: Found) -> bool:
    """Whether a message that names a customer and nothing else to store says something about it: a
    person, a number, a note marker or a work word. Otherwise ("好运来了挡都挡不住😂": a customer's name
    inside a joke) the note is shown on the preview card first, not stored on a guess: a careful assistant
    neither files the joke nor drops a real note."""
    rest = rest_of(reading, found)
    if reading.persons or lx.WORK_CONTENT.search(rest):
        return True
    return mentioned_contact(ctx, found.customer, rest) is not None


# What a customer said or how the deal stands: news worth a note, said beside a plan in the same message.
_NEWS = re.compile(
    r"\b(?:said|says|told|mentioned|thinks?|feels?|complain\w*|worried|concerned|unhappy|happy|interested|"
    r"wants?|needs?|asked|might|likely|unlikely|probably|too\s+(?:expensive|high|pricey|slow|much)|on hold|"
    r"delayed|postponed|push(?:ed|ing)? back|fall(?:s|ing)? through|going cold|went quiet|losing|budget|"
    r"price|pricing|competitor\w*|cheaper|discount|push(?:es|ing)? for|asking for|off)\b|\d"
    r"|说|表示|觉得|认为|反馈|提到|嫌|太[贵高低慢少]|可能|要黄|黄了|担心|不满|满意|意向|兴趣|希望|考虑|犹豫|"
    r"推迟|延期|暂停|竞争|对手|预算|价格|报价|要求|便宜|折扣|优惠|意见",
    re.IGNORECASE,
)


def _news_beside_the_plan(reading: Reading, found: Found) -> bool:
    """Whether the words outside the message's reminders (and its customer's name) report something: a
    plan alone ("周四再去一趟") keeps only the reminder, but "腾达的赵总说价格太高 可能要黄 周四再去一趟" is
    news as well, and a plan that drops it is incomplete."""
    outside = list(reading.text)
    spans = [(s.start, s.end) for s in reading.steps] + [(found.start, found.end)] * (found.start >= 0)
    spans += [span for at, when in reading.dates if at >= 0 and when.spans for span in moved(when, at).spans]
    for start, end in spans:
        outside[start:end] = " " * (end - start)
    rest = "".join(outside)
    return bool(_NEWS.search(rest)) and bool(_content_words(rest))


# What a customer said, asked for or made a condition, beside a deal change: "but wants net 60 terms".
_TERMS = re.compile(
    r"\b(?:said|says|told|mentioned|wants?|wanted|needs?|asked|asking|requires?|required|requested|insists?|"
    r"conditions?|terms|but|except|only if|as long as|provided)\b|说|表示|要求|需要|希望|条件|但是|不过|前提",
    re.IGNORECASE,
)


def _news_beside_the_deal(reading: Reading, found: Found) -> bool:
    """Whether a deal change comes with news its fields do not hold: outside the customer, the amounts,
    the stage and outcome words, the dates and the reminders, a report ("wants", "said", "要求") with at
    least two words of its own ("but wants net 60 payment terms", "但是要求付款周期60天"). The deal
    keeps no words, so without a note they would be lost; "acme wants 30k" has nothing more to keep. (A win
    or a loss keeps its words as the reason.)"""
    outside = list(reading.text)
    spans = [(s.start, s.end) for s in reading.steps] + [(found.start, found.end)] * (found.start >= 0)
    spans += [(a.start, a.end) for a in reading.amounts]
    spans += [span for span in (reading.stage_span, reading.outcome_span) if span]
    spans += reading.masked  # every word read as something else: other stage words ("进入报价阶段 不对 …")
    spans += [span for at, when in reading.dates if at >= 0 and when.spans for span in moved(when, at).spans]
    for start, end in spans:
        outside[start:end] = " " * (end - start)
    rest = "".join(outside)
    if reading.add_on or not _TERMS.search(rest):
        return False  # an extra deal's words are its title
    rest = lx.DEAL_NOUN.sub(" ", _NEWS.sub(" ", _TERMS.sub(" ", re.sub(r"\d", " ", rest))))
    rest = re.sub(r"金额|数额|总价|元|块|\b(?:amount|value|worth|deal size)\b", " ", rest, flags=re.I)
    latin = [w for w in _content_words(rest) if w.isascii()]
    return len(latin) + len(CJK_CHAR.findall(rest)) // 2 >= 2  # two words, or four characters of Chinese


def _leftover_words(reading: Reading, found: Found) -> list[str]:
    """Words of the message that are not the customer's name, known vocabulary or punctuation."""
    return _content_words(rest_of(reading, found))


def _content_words(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text) if w.lower() not in lx.STOPWORDS]
    return [w for w in words if len(w) > 1 or not w.isascii()]


def _store(ctx: Ctx, reading: Reading, found: Found | None, original: str | None = None) -> list[Reply]:
    """Plan the message, show the plan first unless it is certain, then store it; one reply confirms it
    with one Undo; follow-up questions come after it."""
    plan = plan_for(ctx, reading, found)
    lines, questions = confirm_first(ctx, plan)
    if not lines and not questions and reading.doubts:
        raise UserError(_how_much(ctx, reading))  # "美达 大概 200 到 300万之间吧" when the deal is 300万
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if not replies and not questions:
        if found is not None and "deal" in plan.actions():
            return [_nothing_changed(ctx, found)]  # "globex 120k negotiation" when it is so already
        return [free_text_pointer(ctx, reading.text)]
    remember(ctx, original or reading.original)
    return replies + questions


def _nothing_changed(ctx: Ctx, found: Found) -> Reply:
    deals = ctx.store.deals.for_customer(found.customer.id, open_only=True)
    if len(deals) == 1:
        line = deal_line(ctx, deals[0], with_customer=found.customer.name)
        return Reply(ctx._("Nothing to change, the deal already says so: {line}", line=line))
    return Reply(ctx._("Nothing to change: {customer}'s deal already says so.", customer=found.customer.name))


def _with_theirs(ctx: Ctx, reading: Reading, clause: Clause, found: Found, founds: list[Found]) -> bool:
    """Whether `clause` names a person, or a contact of another customer of the message than `found`."""
    if any(clause.start <= at < clause.end for _, at, _ in reading.persons):
        return True
    return any(mentioned_contact(ctx, f.customer, clause.text) for f in founds if f is not found)


_JOINER = re.compile(r"[\s,，、]*(?:\b(?:and|also|plus|&)\b|和|跟|并且|还|也)?[\s,，、]*$", re.IGNORECASE)


def _theirs_in_shared(reading: Reading, founds: list[Found], found: Found) -> list[tuple[int, int]]:
    """The stretches of a clause naming several customers that belong to another one than `found`: an
    interaction word between two customers' names starts the later one's part ("called acme and emailed
    globex": the email is Globex's, the call Acme's). Without such a word the clause is about both
    ("visited huawei and xiaomi", "给A和B都发了报价")."""
    cuts: list[tuple[int, int]] = []
    ordered = sorted(founds, key=lambda f: f.start)
    for earlier, later in pairwise(ordered):
        between = reading.text[earlier.end : later.start]
        if reading.clause_of(earlier.start) != reading.clause_of(later.start):
            continue
        kinds = [m for p in KIND_PATTERNS.values() for m in p.finditer(between)]
        if not kinds:
            continue
        verb = min(m.start() for m in kinds)
        cut = earlier.end + verb - len(_JOINER.search(between[:verb]).group(0))  # type: ignore[union-attr]
        clause = reading.clause_of(earlier.start)
        if found.start <= earlier.start:  # `found` is the earlier one: the rest of the clause is theirs
            cuts.append((cut, clause.end))
        elif found is later:
            cuts.append((clause.start, cut))
    return cuts


def _says_its_own(part: Reading, found: Found) -> bool:
    """Whether a customer's part of a message says what the customer did itself, right after its name
    ("…, stark sent PO", "腾达说…"), unlike "…, then globex", "globex too" or "lakeside, both want catalogs",
    which share the interaction said before."""
    return found.start >= 0 and bool(_ACTS.match(part.text, found.end))


# The customer named as the one acting: a verb right after its name.
_ACTS = re.compile(
    r"\s+(?:[a-z]+ed|sent|said|says|signed|paid|ordered|came|wants?|needs?|asked|replied|bought|told|got)\b"
    r"|\s*(?:说|发了|发来|签了|要求|下单|回复|回了|打来)",
    re.IGNORECASE,
)


def _store_each(ctx: Ctx, reading: Reading, founds: list[Found], unsure: list[str]) -> list[Reply]:
    """Two customers in one message: each gets the clauses about it ("zenith won! also lost sterling on
    price"); a clause that names both applies to both ("今天拜访了华为和小米", "给A和B都发了报价") unless it
    says which won or lost, an amount or a date, which is then asked about rather than guessed."""
    founds = sorted(founds, key=lambda f: f.start)
    clauses = reading.clauses
    index = [clauses.index(reading.clause_of(f.start)) for f in founds]
    plans: list[Plan] = []
    for i, found in enumerate(founds):
        first = 0 if i == 0 else index[i]  # words before the first customer belong to it
        nxt = index[i + 1] if i + 1 < len(founds) else len(clauses)
        last = max(first, nxt - 1) if nxt != index[i] else index[i]
        start, end = clauses[first].start, clauses[last].end
        shared = any(index[j] in range(first, last + 1) for j in range(len(founds)) if j != i)
        text = reading.text
        for other in founds:
            if other is not found and start <= other.start < end:
                text = text[: other.start] + " " * (other.end - other.start) + text[other.end :]
        for a, b in _theirs_in_shared(reading, founds, found):  # "called acme and emailed globex"
            text = text[:a] + " " * (b - a) + text[b:]
            shared = False
        start += len(text[start:end]) - len(text[start:end].lstrip())  # the reading starts at its first word
        part = read_message(ctx, text[start:end], reading.days_before(start))
        if shared and (part.amounts or part.outcome or part.close or part.add_on or part.postponed):
            # which of them won, or costs what, is unclear; a stage ("都发了报价") applies to each
            raise UserError(
                ctx._(
                    "Which customer does “{text}” change? Send one message per customer.",
                    text=reading.original,
                )
            )
        mine = replace(found, start=found.start - start, end=found.end - start, context=reading.text)
        if not (part.kind or part.about_deal or part.steps):
            went = mine.start >= 0 and _WENT_TO.search(part.text[max(0, mine.start - 12) : mine.start])
            # the message's kind carries over ("met acme, then globex", "…, emailed both") unless it is said
            # later, with a person of another customer ("A的X介绍了B的Y给我 今天和Y视频了一下")
            kind_at = reading.kind_span[0] if reading.kind_span else -1
            clause = reading.clause_of(kind_at) if kind_at >= end else None  # "…, emailed both" carries
            theirs = clause is not None and _with_theirs(ctx, reading, clause, found, founds)
            # a part that says something of its own is not the same interaction ("…, stark sent PO")
            carried = None if theirs or _says_its_own(part, mine) else reading.kind
            part.kind = carried or ("visit" if went else "note")  # "上午去钟山化工，下午去西湖酒店"
            part.kind_guessed = None if carried else "went" if went else "default"
            if part.kind == "note" and not _worth_a_note(ctx, part, mine):
                part.doubts.append(ctx._("a note about {customer}", customer=found.customer.name))
        plans.append(plan_for(ctx, part, mine, whole=False))
    # one gate for all parts: a doubt in any part shows every part on one card, and Save stores what it
    # showed; a further customer named less clearly is a doubt too
    plans[0] = replace(plans[0], doubts=(*plans[0].doubts, *unsure))
    lines, questions = confirm_first(ctx, *plans)
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if replies:
        remember(ctx, reading.original)
    return replies + questions or [free_text_pointer(ctx, reading.text)]
