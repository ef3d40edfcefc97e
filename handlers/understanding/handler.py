"""The free-text handler: what a rep types without a command, understood and stored in one change set.

One reply confirms everything stored from the message, with one Undo button for all of it.
Parts that need an answer (see `actions`) are asked about in follow-up questions; a customer
that is unclear is asked about first, because every part depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crm_store.models import Contact, Deal
from handlers.commands import account, customers, pipeline, reminders
from handlers.commands.help import free_text_pointer, help_command, small_talk_reply
from handlers.context import Ctx
from handlers.domain.activities import NewActivity, log_activity
from handlers.domain.contacts import NewContact, add_contact, mentioned_contact
from handlers.domain.deals import implied_currency, only_open_deal
from handlers.errors import UserError
from handlers.labels import label
from handlers.messages import Reply
from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import stage_synonyms
from handlers.questions import NeedChoice
from handlers.registry import as_list
from handlers.render import customer_card
from handlers.understanding import actions
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import read_news, store_news
from handlers.understanding.corrections import SAID, correct, just_stored, kind_of, remember
from handlers.understanding.customers import (
    Found,
    keep_known_names,
    locate_customer,
    other_customers,
    require_customer,
)
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
)
from handlers.understanding.plan import plan_of
from handlers.understanding.preview import confirm_first
from handlers.understanding.questions import answer_question
from handlers.understanding.reader import read
from handlers.understanding.reading import DETAIL_LABELS, Reading

QUERIES = {
    "today": reminders.today,
    "pipeline": pipeline.pipeline,
    "reminders": reminders.reminders,
    "help": help_command,
    "undo": account.undo,
}
_WORD = re.compile(r"[A-Za-z][\w'’\-]*|[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


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
    if is_chit_chat(text):
        return [small_talk_reply(ctx)]
    if is_data_request(text):
        raise UserError(
            ctx._(
                "I don't delete, merge or rename from a chat message. Which command did you mean? See /help."
            )
        )
    if takes_back(text) and just_stored(ctx) is not None:
        return [account.undo(ctx, "")]  # "…, scratch that", "别动": the last message is taken back whole
    if _WITHDRAWN.search(text) and ctx.store.pending.latest(SAID) is not None:
        return [Reply(ctx._("OK, I left it as it was."))]  # "哦不对 是博斯精密…算了 博思智能是对的 不用改"
    fix = name_correction(text) or correction(text) or _loose_correction(ctx, text) or _restated(ctx, text)
    if fix is not None:
        return correct(ctx, fix, understand, _customer_span)
    reading = read_message(ctx, text)
    _details_are_not_interactions(reading)
    if reading.query:
        return as_list(QUERIES[reading.query](ctx, ""))
    if reading.find_name:
        return as_list(customers.find(ctx, reading.find_name))
    reports = bool(reading.kind or reading.amounts or reading.stage or reading.outcome)
    if is_question(reading.text, about_work=reading.about_work, reports=reports):
        return answer_question(ctx, reading)
    if (
        about_the_day(reading.text)
        and not (reading.persons or reading.amounts or reading.stage or reading.outcome)
        and locate_customer(ctx, reading, needed=False) is None
    ):
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
    others = other_customers(ctx, reading, found)  # asks when the message names one customer or another
    if is_unsure(reading.text) and not ctx.picks:
        raise UserError(
            ctx._(
                "You don't sound sure which it was, so nothing was saved. "
                "Which was it? Send it again once you know."
            )
        )
    if others:
        return _store_each(ctx, reading, [found, *others])
    if found is not None and not (reading.kind or reading.about_deal or reading.steps):
        if read_news(reading.text):
            return _store(ctx, reading, found)  # "tom reyes cell: 503-555-0199": the contact only
        if not _leftover_words(reading, found) and not _DIGIT.search(_rest(reading, found)):
            return [Reply(customer_card(ctx, found.customer))]  # a bare name; a number says a fact: a note
        # "上午去钟山化工", "onsite at falcon": being at the customer is a visit; else a note
        reading.kind = (
            "visit" if _WENT_TO.search(reading.text[max(0, found.start - 12) : found.start]) else "note"
        )
        if reading.kind == "note" and not _worth_a_note(ctx, reading, found):
            reading.doubts.append(ctx._("a note about {customer}", customer=found.customer.name))
    return _store(ctx, reading, found)


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


def _loose_correction(ctx: Ctx, text: str) -> Correction | None:
    """ "sterling pharma, not paper" corrects the last message only if that message said "paper"."""
    fix = loose_correction(text)
    said = ctx.store.pending.latest(SAID) if fix is not None else None
    if fix is None or said is None:
        return None
    if fix.wrong is not None:
        return fix if fix.wrong.lower() in said.data["text"].lower() else None
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


_INTERJECTION = re.compile(r"(?:唉|哎|哎呀|算了|可惜|ugh|sigh|damn|oh well|too bad|bummer|[\W_])*", re.I)
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
    rest = _rest(reading, found)
    if reading.persons or lx.WORK_CONTENT.search(rest):
        return True
    return mentioned_contact(ctx, found.customer, rest) is not None


def _rest(reading: Reading, found: Found) -> str:
    """The message without the words that named the customer."""
    return reading.text[: found.start] + " " + reading.text[found.end :] if found.start >= 0 else reading.text


def _leftover_words(reading: Reading, found: Found) -> list[str]:
    """Words of the message that are not the customer's name, known vocabulary or punctuation."""
    text = _rest(reading, found)
    words = [w for w in _WORD.findall(text) if w.lower() not in lx.STOPWORDS]
    return [w for w in words if len(w) > 1 or not w.isascii()]


def _store(ctx: Ctx, reading: Reading, found: Found | None, original: str | None = None) -> list[Reply]:
    """Store the plan, confirm it in one reply with one Undo; follow-up questions come after it."""
    lines, questions = _write(ctx, reading, found)
    if not lines and not questions and reading.doubts:
        raise UserError(_how_much(ctx, reading))  # "美达 大概 200 到 300万之间吧" when the deal is 300万
    confirm_first(ctx, lines, plan_of(reading, found, lines))
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if not replies and not questions:
        return [free_text_pointer(ctx, reading.text)]
    remember(ctx, original or reading.original)
    return replies + questions


def _store_each(ctx: Ctx, reading: Reading, founds: list[Found]) -> list[Reply]:
    """Two customers in one message: each gets the clauses about it ("zenith won! also lost sterling on
    price"); a clause that names both applies to both ("今天拜访了华为和小米", "给A和B都发了报价") unless it
    says which won or lost, an amount or a date, which is then asked about rather than guessed."""
    founds = sorted(founds, key=lambda f: f.start)
    clauses = reading.clauses
    index = [clauses.index(reading.clause_of(f.start)) for f in founds]
    lines: list[str] = []
    questions: list[Reply] = []
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
        part = read_message(ctx, text[start:end], reading.days_before(start))
        if shared and (part.amounts or part.outcome or part.close or part.add_on or part.postponed):
            # which of them won, or costs what, is unclear; a stage ("都发了报价") applies to each
            raise UserError(
                ctx._(
                    "Which customer does “{text}” change? Send one message per customer.",
                    text=reading.original,
                )
            )
        mine = Found(found.customer, found.start - start, found.end - start, found.field, reading.text)
        if not (part.kind or part.about_deal or part.steps):
            went = mine.start >= 0 and _WENT_TO.search(part.text[max(0, mine.start - 12) : mine.start])
            part.kind = reading.kind or ("visit" if went else "note")  # "上午去钟山化工，下午去西湖酒店"
        more_lines, more_questions = _write(ctx, part, mine)
        confirm_first(ctx, more_lines, plan_of(part, mine, more_lines, whole=False))
        lines += more_lines
        questions += more_questions
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if replies:
        remember(ctx, reading.original)
    return replies + questions or [free_text_pointer(ctx, reading.text)]


def _write(ctx: Ctx, reading: Reading, found: Found | None) -> tuple[list[str], list[Reply]]:
    customer = found.customer if found else None
    lines: list[str] = []
    questions: list[Reply] = []
    deal: Deal | None = None
    news: list[str] = []
    if customer is not None:  # first, so that the activity links a contact the message introduces
        # the customer's name is no person; a contact that named the customer ("tom reyes cell: …") is one
        named = (
            reading.text[found.start : found.end]
            if found and found.start >= 0 and found.field != "contact"
            else ""
        )
        news = store_news(ctx, customer, reading.text, skip=named)
    if customer is not None and reading.about_deal:
        try:
            line, deal = actions.run(ctx, _deal_action(reading, found))  # type: ignore[arg-type]
            if line:
                lines.append(line)
        except NeedChoice as question:
            questions.append(actions.defer(ctx, _deal_action(reading, found), question))  # type: ignore[arg-type]
    if customer is not None and reading.kind:
        lines.insert(0, _log(ctx, reading, found, deal))  # type: ignore[arg-type]
    lines += news
    open_deal = only_open_deal(ctx, customer) if customer else None
    deal_id = deal.id if deal and deal.status == "open" else open_deal
    for step in reading.steps:
        text = step.text or ctx._("Follow up")
        action = actions.reminder_action(text, customer, deal_id)
        if step.due is None:
            if step.explicit and not reading.outcome:
                try:
                    actions.run_reminder(ctx, action)
                except NeedChoice as question:
                    questions.append(actions.defer(ctx, action, question))
            continue
        if step.due > ctx.now:
            lines.append(actions.run_reminder(ctx, action, step.due))
    return lines, questions


def _deal_action(reading: Reading, found: Found) -> actions.Action:
    amount = reading.amount
    text = reading.text
    return actions.deal_action(
        found.customer,
        amount=amount,
        amount_text=text[amount.start : amount.end].strip() if amount else "",
        currency=amount.currency if amount else None,
        implied=implied_currency(text, amount.currency) if amount else None,
        stage=reading.stage,
        explicit=reading.stage_explicit,
        moved=reading.stage_moved,
        outcome=reading.outcome,
        reason=_reason(reading, found) if reading.outcome == "lost" else None,
        close=reading.close,
        title=reading.title or (_add_on_title(reading, found) if reading.add_on else None),
        hint=text,
        reopen=reading.reopen,
        add_on=reading.add_on and not reading.reopen,
        postponed=reading.postponed,
        marked=reading.amount_marked or bool(reading.doubts),  # the preview card asks about a doubted one
    )


_PIECE_BREAK = re.compile(r"[,;:!?()，。；：！？、（）\n]|\s[-–—]+\s")
_TITLE_LEAD = re.compile(
    r"^(?:(?:at|for|with|on|of|to|the|a|an|and|is|are|wants?|needs?|要|的|了|在|是|有|个|一个|想|还)\b\s*"
    r"|[-–—:：\s]+)+",
    re.IGNORECASE,
)
_OTHER_DEAL = re.compile(r"^(?:from|than|apart|besides|not)\b", re.IGNORECASE)


def _add_on_title(reading: Reading, found: Found) -> str:
    """The words that name an add-on deal: the first piece of the message between the customer, the
    amounts and the deal words that says something ("add-on at northgate health: tablets for the ER,
    15k, separate from the portal deal" → "tablets for the ER"; "太湖环保要加一个在线监测的项目，单独立项"
    → "在线监测的项目")."""
    text = reading.original
    cut = [(found.start, found.end), *reading.masked, *(m.span() for m in lx.ADD_ON.finditer(reading.text))]
    for start, end in cut:
        text = text[:start] + "\n" * (end - start) + text[end:]
    for piece in _PIECE_BREAK.split(text):
        words = _TITLE_LEAD.sub("", " ".join(piece.split())).strip(" .-–—")
        if _OTHER_DEAL.match(words) or lx.DEAL_WORDS_ONLY.fullmatch(words):
            continue  # "separate from the portal deal" names the deal this one is not; "deal" names nothing
        latin = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if w.lower() not in lx.STOPWORDS]
        if latin or len(re.sub(r"[的了在是有个和与及\W\d]", "", words)) >= 2:
            return words[:80]
    kinds = [m.group(0) for m in lx.ADD_ON.finditer(reading.text) if m.group(0).lower() in lx.ADD_ON_KINDS]
    # nothing else names it: "Globex Inc expansion" rather than a bare "deal"
    return f"{found.customer.name} {kinds[0].lower()}" if kinds else found.customer.name


def _reason(reading: Reading, found: Found) -> str | None:
    """Why the deal was lost: the words after "because"/"因为", else what follows the lost phrase."""
    text = reading.text
    cut = [(found.start, found.end)] + [(a.start, a.end) for a in reading.amounts]
    start = reading.outcome_span[0] if reading.outcome_span else 0
    mark = lx.REASON_MARK.search(text)
    before = reading.outcome_span[1] if reading.outcome_span else 0
    end = len(text)
    if mark and not text[mark.end() :].strip(" ,，.。!！") and mark.start() > before:
        start, end = before, mark.start()  # "输了 价格原因": the reason is written before 原因
    elif mark:
        start = mark.end()
    elif reading.outcome_span:
        start = reading.outcome_span[1]
        if found.start >= start and found.start - start <= 3:
            start = found.end
    words = text[start:end]
    for a, b in sorted(cut, reverse=True):
        if start <= a and b <= end:
            words = words[: a - start] + " " + words[b - start :]
    words = lx.REASON_LEAD.sub("", " ".join(words.split()))
    words = re.sub(r"^(?:了|的|单|单子|这单|这个单)\s*[，,]?\s*", "", words).strip(" ,，.。;；:：-–—!！")
    if _INTERJECTION.fullmatch(words):
        words = ""  # "美达电器选了竞争对手 唉": the sigh is no reason
    if not words and reading.outcome_span:
        words = _reason_before(reading, found, cut)  # "SGE said non, too expensive. lost"
    if not words and reading.outcome_phrase.lower() not in ("lost", "丢单", "输单", "丢了", "lose"):
        words = reading.outcome_phrase
    return words or None


def _reason_before(reading: Reading, found: Found, cut: list[tuple[int, int]]) -> str:
    """The clauses before a "lost" that stands on its own: they say why."""
    outcome = reading.outcome_span[0] if reading.outcome_span else 0
    clause = reading.clause_of(outcome)
    if reading.text[clause.start : outcome].strip():
        return ""  # "耗材单子丢了": the words before name the deal, not the reason
    start = found.end if found.end <= outcome else 0
    words = reading.text[start:outcome]
    for a, b in sorted(cut, reverse=True):
        if start <= a and b <= outcome:
            words = words[: a - start] + " " + words[b - start :]
    words = lx.REASON_LEAD.sub("", " ".join(words.split())).strip(" ,，.。;；:：-–—!！")
    return "" if _INTERJECTION.fullmatch(words) else words


def _contact(ctx: Ctx, reading: Reading, found: Found) -> tuple[Contact | None, bool]:
    """The person the message names at this customer: a known contact, or a new one."""
    customer_words = set(found.customer.name.lower().split())
    people = [
        (name, start)
        for name, start, _ in reading.persons
        if not (found.start <= start < found.end) and name.lower() not in customer_words
    ]
    for name, _ in people:  # the person met/called comes first: "jane was out, met bob"
        known = mentioned_contact(ctx, found.customer, name)
        if known is not None:
            return known, False
    known = mentioned_contact(ctx, found.customer, reading.text)
    if known is None and found.context:  # "visited X then Y, met monica and gus": Monica is X's
        known = mentioned_contact(ctx, found.customer, found.context)
    if known is not None:
        return known, False
    for name, _ in people:
        if name[:1].isupper() or not name.isascii():
            return add_contact(ctx, NewContact(found.customer, name)), True
    return None, False


def _log(ctx: Ctx, reading: Reading, found: Found, deal: Deal | None) -> str:
    customer = found.customer
    kind = reading.kind or "note"
    if kind == "meeting" and found.start >= 0 and reading.at_before(found.start):
        kind = "visit"  # "met Jane at Acme", "去比亚迪开会": we went to them
    person, new_person = _contact(ctx, reading, found)
    next_steps = "; ".join(s.text for s in reading.steps if s.text) or None
    new = NewActivity(kind, reading.text, customer, occurred_at=_occurred(ctx, reading), contact=person,
                      deal_id=deal.id if deal else None, next_step=next_steps)  # fmt: skip
    log_activity(ctx, new)
    line = ctx._("Logged {kind} · {customer}", kind=label(ctx.tr, kind), customer=customer.name)
    if person is not None:
        line += " · " + ctx._("with {name}", name=person.name)
        if new_person:
            line += " (" + ctx._("new contact") + ")"
    return line


def _occurred(ctx: Ctx, reading: Reading):  # type: ignore[no-untyped-def]
    """When it happened: the past date the message names (at the time it gives), else when sent."""
    sent = ctx.message_time
    when = reading.occurred
    if when is None:
        return sent
    if when.has_time:
        moment = when.at
    else:
        local = sent.astimezone(ctx.tz)
        moment = local.replace(year=when.at.year, month=when.at.month, day=when.at.day)
    return min(moment, sent)
