"""The writes of a plan: what storing each of its operations does, built against the CRM.

A logged interaction (kind, when it happened, who was there), a deal change (amount, stage, outcome,
the reason a deal was lost, an add-on deal's title), the reminders and the contact news, as the typed
actions `actions.execute` stores. Nothing here writes; `writes_for` only builds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from crm_store.models import Customer, Deal, Reminder
from handlers.context import Ctx
from handlers.domain.deals import deals_mentioned, implied_currency, lakh_currency
from handlers.parsing.dates import DEFAULT_TIME
from handlers.parsing.hanzi import simplified
from handlers.render import contact_details
from handlers.understanding import actions
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import ContactNews, introduced_but_known, news_person, read_news
from handlers.understanding.customer_link import Found
from handlers.understanding.deal_amounts import said_as_more_scope, said_as_quote
from handlers.understanding.reading import CJK, Reading, Step, moved, quoted
from handlers.understanding.reminder_tasks import only_the_customer


@dataclass(frozen=True)
class Writes:
    """The writes of a plan built against the CRM, by operation."""

    log: actions.LogAction | None = None
    deal: actions.DealAction | None = None
    reminders: tuple[actions.ReminderAction | None, ...] = ()  # one per step (None: nothing to store)
    news: tuple[actions.NewsAction, ...] = ()  # one per piece of news
    open_deal: bool | None = None  # whether the customer has an open deal the deal change may change
    close_kept: bool = False  # the close date said is the one open deal's already ("still on for Feb 14")


def writes_for(ctx: Ctx, reading: Reading, found: Found | None) -> tuple[Writes, list[str]]:
    """The writes that store the message for its customer (or for none: a personal reminder), and what
    storing them shows the user: the customer and the people linked or added."""
    customer = found.customer if found else None
    log = deal = open_deal = None
    close_kept = False
    news: list[actions.NewsAction] = []
    shown: list[str] = [customer.name] if customer else []
    if customer is not None and found is not None:
        # the customer's name is no person; a contact that named the customer ("tom reyes cell: …") is one
        named = reading.text[found.start : found.end] if found.start >= 0 and found.field != "contact" else ""
        read = read_news(reading.text, reading.people)
        if named and any(n.title and (n.title in named or named in n.title) for n in read):
            # ... nor a person's title ("new contact: Tash Greenway, Freo Fish Market, …": the company)
            unnamed = reading.text[: found.start] + " " * len(named) + reading.text[found.end :]
            read = read_news(unnamed, reading.people)
        news = [
            actions.NewsAction(customer.id, _news_as_typed(reading, n), reading.text, named) for n in read
        ]
        shown += [name for n in news if (name := news_person(ctx, customer, n.news, n.text, n.skip))]
        for n in news:  # "new contact …: Lucius Fox, CFO" of the Lucius Fox on record as CTO: is it he?
            if (known := introduced_but_known(ctx, customer, n.news, n.text, n.skip)) is not None:
                reading.doubts.append(f"{known.name} ({contact_details(known)})")
        if reading.about_deal:
            opened = ctx.store.deals.for_customer(customer.id, open_only=True)
            deal = _deal_action(ctx, reading, found, opened)
            open_deal = bool(opened)
            close_kept = bool(
                deal and deal.close and len(opened) == 1 and opened[0].expected_close == deal.close
            )
        if reading.kind:
            log = _log_action(ctx, reading, found)
            person, new_name = actions.log_contact(ctx, customer, log)
            shown += [person.name] if person is not None else [new_name] if new_name else []
    reminders = [_reminder_action(ctx, reading, step, customer) for step in reading.steps]
    return Writes(log, deal, tuple(reminders), tuple(news), open_deal, close_kept), shown


def close_told_without_deal(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "met maria, she said they'd probably sign in january": a close date is all the message says of a
    deal, the customer has no open deal and an interaction is logged: it is what they said, kept in the
    log's note (like their other plans), not a new deal made up from a date."""
    deal_words = (reading.amounts, reading.stage, reading.outcome, reading.reopen, reading.add_on)
    said_only_close = reading.close is not None and not (any(deal_words) or reading.postponed)
    if not (said_only_close and reading.kind and found is not None):
        return
    if ctx.store.deals.for_customer(found.customer.id, open_only=True):
        return
    day = reading.close
    reading.theirs += [w for at, w in reading.dates if at >= 0 and w.at.date() == day]
    reading.close = None
    reading.close_doubts = []  # "they'd maybe sign in february": their words in the note, nothing asked


def move_read_as_close(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "邓丽那个推迟到后天", "acme one pushed to friday": a move with no old date and no deal word, read as a
    close date, for a customer with no open deal and one reminder of ours still to come: the reminder
    moves; no deal is made up from the date."""
    deal_words = (reading.amounts, reading.stage, reading.outcome, reading.reopen, reading.add_on)
    if reading.close is None or not reading.rescheduled or any(deal_words) or found is None or reading.steps:
        return
    if ctx.store.deals.for_customer(found.customer.id, open_only=True):
        return
    if _moved_reminder(ctx, reading, found.customer) is None:
        return
    when = next((w for at, w in reading.dates if at >= 0 and w.at.date() == reading.close), None)
    if when is None:
        return
    start, end = when.spans[0][0], when.spans[-1][1]
    reading.steps.append(Step("", when.at, when.has_time, start, end, explicit=False))
    reading.close = None


def move_read_as_deal_close(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "两江汽配改到十一月底", "荆门化工改到十一月底": a move with no old date, said of the customer's name
    and nothing of a task, of a customer with open deals: their deal's close moves, as "推到" says (which
    deal, when two are open, is asked). Of a customer with no open deal it moves their reminder
    (`move_read_as_close`); a task said ("去两江看样品改到…") is the reminder's."""
    if not reading.rescheduled or reading.close is not None or found is None or len(reading.steps) != 1:
        return
    step = reading.steps[0]
    if step.due is None or step.explicit or step.has_time:
        return
    if not ctx.store.deals.for_customer(found.customer.id, open_only=True):
        return
    if not only_the_customer(ctx, reading.text[: step.start] + step.text, found.customer.id):
        return
    reading.close = step.due.date()
    reading.steps = []


def dated_by_planned_event(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "ping me the day before the red river mtg": a reminder said relative to an event the message does
    not date is dated by the customer's one reminder of that event still to come (the one whose words name
    the event, else their only one); with none or several, the step keeps no date and the user is asked."""
    if found is None or not reading.unanchored:
        return
    ahead = [
        r
        for r in ctx.store.reminders.open_for_customer(found.customer.id)
        if r.owner_id == ctx.user.id and r.due_at > ctx.now
    ]
    for index, step in enumerate(reading.steps):
        said = [(o, e) for at, o, e in reading.unanchored if step.start <= at < max(step.end, step.start + 1)]
        if step.due is not None or not said:
            continue
        offset, event = said[0]
        named = [r for r in ahead if event and _names_event(r.text, event)]
        unnamed = len(ahead) == 1 or not any(lx.EVENT.search(r.text) for r in ahead)
        events = named or (ahead if unnamed else [])
        if len(events) != 1:
            continue
        at = offset.from_event(events[0].due_at.astimezone(ctx.tz))
        timed = offset.hours or offset.clock is not None
        if not timed:
            at = at.replace(hour=DEFAULT_TIME.hour, minute=DEFAULT_TIME.minute)
        if at > ctx.now:
            reading.steps[index] = replace(step, due=at, has_time=timed)


_SAME_EVENT = (
    {"mtg", "meeting", "会", "开会", "会议"},
    {"call", "电话", "电话会"},
    {"visit", "拜访", "参观", "来访"},
    {"demo", "演示"},
)


def _names_event(text: str, event: str) -> bool:
    """Whether a reminder's words name the event ("demo at Zenith" for "demo"; "跟张伟开会" for "开会")."""
    words = next((group for group in _SAME_EVENT if event in group), {event})
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(w)}" if w.isascii() else re.escape(w), lowered) for w in words)


_EVENT_OF = re.compile(r"^\W*(?:for|before|after|ahead of|prior to)\s+(?:the|our|my|this|that)\b", re.I)


# A day said as the latest one: "by thurs", "before friday", "no later than the 10th", "周五前", "禮拜五以前".
# ("latest friday": Nigerian and Singapore English for by friday)
_BY_BEFORE = re.compile(r"\b(?:by|before|b4|no later than|not later than|due|latest)\s*$", re.I)
_BY_AFTER = re.compile(r"^\s*(?:之前|以前|前)")


def _by_then(reading: Reading, step: Step) -> bool:
    """Whether the step's day is said as a deadline (`_BY_BEFORE`, `_BY_AFTER`)."""
    for at, when in reading.dates:
        if at >= 0 and when.spans and step.due is not None and when.at == step.due:
            start, end = moved(when, at).spans[0][0], moved(when, at).spans[-1][1]
            words = reading.text[start:end]
            return bool(
                _BY_BEFORE.search(reading.text[:start]) or _BY_AFTER.match(reading.text[end:])
                or _BY_BEFORE.match(words.split(" ")[0] + " ") or re.search(r"(?:之前|以前|前)$", words)
            )  # fmt: skip
    return False


def remind_date_of_a_task(reading: Reading) -> None:
    """ "send acme the deck by friday, remind me thursday", "年前要去一趟楚天建设，提醒我下周三": the bare
    "remind me <day>" is when to be reminded of the task said before it (whose date is its deadline): one
    reminder, not two. "for the 2pm call - remind me at 1:45 to grab his number": the 2pm is the call's,
    the reminder is the one asked for."""
    dated = [s for s in reading.steps if s.due is not None]
    asked = [s for s in dated if s.explicit and not s.text.strip()]
    tasks = [s for s in dated if s.text.strip()]
    if len(asked) == 1 and len(tasks) == 1 and tasks[0].start < asked[0].start and len(dated) == 2:
        task = tasks[0]
        reading.deadlines += [w for at, w in reading.dates if at >= 0 and w.at == task.due]
        said = reading.text[task.start : task.end].strip(" ,，。;；")  # the task with its deadline
        reading.steps = [replace(asked[0], text=said, start=task.start)]
        return
    # "X wants a quote by thurs - remind me wed 3pm to send it": the day said with "by" is the task's
    # deadline, the reminder the one asked for before it (one reminder, the deadline in its words)
    if len(dated) == 2:
        task, ask = sorted(dated, key=lambda s: s.start)
        asked_there = lx.REMIND.search(reading.text[task.start : task.end])
        if (
            ask.explicit
            and ask.text.strip()
            and not asked_there
            and task.due is not None  # (both are dated)
            and ask.due is not None
            and task.due > ask.due
            and _by_then(reading, task)
        ):
            reading.deadlines += [w for at, w in reading.dates if at >= 0 and w.at == task.due]
            said = reading.text[task.start : task.end].strip(" ,，。;；-–—")
            reading.steps = [replace(ask, text=f"{ask.text.strip()} — {said}", start=task.start)]
            return
    events = [s for s in dated if not s.explicit and _EVENT_OF.match(s.text)]
    if events and any(s.explicit and s.text.strip() for s in dated):
        reading.steps = [s for s in reading.steps if s not in events]


def sending_logged(ctx: Ctx, reading: Reading, found: Found | None) -> None:
    """ "sent lukas and the team the proposal", "方案已经发过去了": a stage said by sending it moves the deal
    when it is behind; when no open deal moves (it is there already, or there is none), the sending is what
    happened, logged as an e-mail, instead of storing nothing."""
    deal_words = (reading.amounts, reading.outcome, reading.close, reading.reopen, reading.add_on)
    if reading.stage_sent is None or reading.stage is None or reading.kind or any(deal_words):
        return
    if found is None or reading.postponed or reading.repriced:
        return
    names = ctx.settings.stage_names
    stage = reading.stage
    deals = ctx.store.deals.for_customer(found.customer.id, open_only=True)
    behind = [
        d for d in deals if d.stage in names and stage in names and names.index(d.stage) < names.index(stage)
    ]
    if behind and reading.stage_moved:
        return  # the deal moves: that is the record
    reading.kind, reading.kind_span = "email", reading.stage_sent
    reading.stage = reading.stage_span = None


def _reminder_action(
    ctx: Ctx, reading: Reading, step: Step, customer: Customer | None
) -> actions.ReminderAction | None:
    """A step with its date is reminded then; one without is asked about only when the user asked for a
    reminder outright (and nothing was won or lost: "won, follow up" is no task without a date)."""
    if step.due is None and not (step.explicit and not reading.outcome):
        return None
    text = reading.typed(step.text, step.start) if step.text else ctx._("Follow up")
    moved = _moved_reminder(ctx, reading, customer) if step.due is not None else None
    due = step.due
    if moved is not None and due is not None and not step.has_time:  # "改到周四", "thurs same time"
        at = moved.due_at.astimezone(due.tzinfo)
        due = due.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return actions.ReminderAction(
        text, customer.id if customer else None, None, due, moved.id if moved is not None else None
    )


def _moved_reminder(ctx: Ctx, reading: Reading, customer: Customer | None) -> Reminder | None:
    """The customer's one open reminder on the day a meeting moved away from: moved, not doubled. A move
    that does not say from when ("华为 改到周四") moves the customer's one open reminder still to come."""
    if customer is None or not (reading.moved_from or reading.rescheduled):
        return None
    due = [
        r
        for r in ctx.store.reminders.open_for_customer(customer.id)
        if r.owner_id == ctx.user.id
        and (
            r.due_at.astimezone(ctx.tz).date() in reading.moved_from
            if reading.moved_from
            else r.due_at.astimezone(ctx.tz) >= ctx.now.astimezone(ctx.tz)
        )
    ]
    return due[0] if len(due) == 1 else None


def rest_of(reading: Reading, found: Found) -> str:
    """The message without the words that named the customer."""
    return reading.text[: found.start] + " " + reading.text[found.end :] if found.start >= 0 else reading.text


# A meeting held from afar: over Teams, Zoom, video, online (no visit to them however "at Acme" is said).
_REMOTE = re.compile(
    r"(?<![a-z])(?:teams|zoom|webex|google meet|skype|video|online|virtual|remote)(?![a-z])"
    r"|视频|视讯|视像|线上|网上|远程|腾讯会议|钉钉",
    re.IGNORECASE,
)


def _log_action(ctx: Ctx, reading: Reading, found: Found) -> actions.LogAction:
    kind = reading.kind or "note"
    remote = reading.kind_span is not None and _REMOTE.search(reading.clause_of(reading.kind_span[0]).text)
    if kind == "meeting" and found.start >= 0 and reading.at_before(found.start) and not remote:
        kind = "visit"  # "met Jane at Acme", "去比亚迪开会": we went to them
    customer_words = set(found.customer.name.lower().split())
    people = tuple(
        reading.typed(_before_the_customer(name, start, found), start)
        for name, start, _ in reading.persons
        if not (found.start <= start < found.end) and name.lower() not in customer_words
    )
    next_steps = "; ".join(reading.typed(s.text, s.start) for s in reading.steps if s.text) or None
    text = reading.typed(reading.text)
    return actions.LogAction(
        kind, text, found.customer.id, _occurred(ctx, reading), next_steps, people, found.context
    )


def _before_the_customer(name: str, start: int, found: Found) -> str:
    """A person's name read on into the customer's ("call with Kenneth Punggol Data Hall"): the words before
    the customer's name are the person ("Kenneth"), not a new contact "Kenneth Punggol"."""
    if start < found.start < start + len(name) and (cut := name[: found.start - start].strip()):
        return cut
    return name


def _occurred(ctx: Ctx, reading: Reading) -> datetime:
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


def _deal_action(ctx: Ctx, reading: Reading, found: Found, deals: Sequence[Deal]) -> actions.DealAction:
    """The deal write of the message; `deals`: the customer's open deals."""
    amount = reading.amount
    text = reading.text
    if reading.add_on and amount is not None and not reading.reopen:
        if any(d.amount == amount.value for d in deals) and not lx.NEW_DEAL.search(text):
            # "深圳前海嘉通 加多個倉，30萬" on its 30萬 deal: the deal said again with what it covers, or a
            # second deal as big? asked ("…，另開一單", "a separate deal" say which)
            said = text[amount.start : amount.end].strip()
            reading.doubts.append(ctx._("whether {words} is a separate deal", words=reading.typed(said)))
        elif deals and _only_a_thing_counted(reading):
            # "after a quote for a second press brake, ~40k" beside the open deal: one more of a thing may
            # go on the open deal or be a deal of its own; only a word about the deal ("new deal",
            # "separate", "same deal", "total") says which
            said = text[amount.start : amount.end].strip()
            reading.doubts.append(ctx._("whether {words} is a separate deal", words=reading.typed(said)))
    return actions.deal_action(
        found.customer,
        amount=amount,
        amount_text=text[amount.start : amount.end].strip() if amount else "",
        currency=amount.currency if amount else None,
        implied=(
            implied_currency(text, amount.currency, ctx.tz)
            or lakh_currency(text[amount.start : amount.end], ctx.tz)
            if amount
            else None
        ),
        stage=reading.stage,
        explicit=reading.stage_explicit,
        moved=reading.stage_moved,
        outcome=reading.outcome,
        reason=_typed_reason(reading, found) if reading.outcome == "lost" else None,
        close=_close_as_kept(reading, deals),
        title=_typed_title(reading, found),
        hint=_deal_hint(ctx, reading, found),
        reopen=reading.reopen,
        add_on=reading.add_on and not reading.reopen,
        postponed=reading.postponed,
        repriced=reading.repriced,
        marked=reading.amount_marked or bool(reading.doubts),  # the preview card asks about a doubted one
        quoted=said_as_quote(reading) or said_as_more_scope(reading) or reading.priced_thing,
    )


def _close_as_kept(reading: Reading, deals: Sequence[Deal]) -> date | None:
    """The close date said, unless it is a month's end ("close still end of jan", "一月底签") and the one open
    deal already closes on that month's last working day (Fri 30 Jan): the same end of the month, kept.
    A close said to stay ("close date stays mid July") keeps the deal's day when it is within a week of it
    (Fri 13 July is mid July): the rep says it does not change."""
    said = reading.close
    kept = deals[0].expected_close if len(deals) == 1 else None
    if said is not None and reading.close_kept and kept is not None and abs((kept - said).days) <= 7:
        return kept
    if said is None or (said + timedelta(days=1)).day != 1 or reading.add_on or reading.reopen:
        return said
    if kept is None or not (said - timedelta(days=3) < kept < said):
        return said
    weekend = all((kept + timedelta(days=k)).weekday() >= 5 for k in range(1, (said - kept).days + 1))
    return kept if weekend else said


_SENTENCE_END = re.compile(r"[.;!?。；！？\n]")


def _deal_hint(ctx: Ctx, reading: Reading, found: Found) -> str:
    """The words that tell which deal changes: the message, or the sentence (else the clause) of the change
    when the message names two deals and only that sentence one ("fleet tracking lost to a competitor.
    spares portal still on"; "MES那单输了 仓储条码还在跟", "driver app lost, scanners still live")."""
    text = reading.text
    spans = (reading.outcome_span, reading.stage_span, reading.amount and (reading.amount.start, 0))
    at = next((span[0] for span in spans if span), None)
    deals = ctx.store.deals.for_customer(found.customer.id, open_only=True) if at is not None else []
    if at is None or len(deals) < 2 or len(deals_mentioned(deals, text, found.customer)) < 2:
        return text
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    start = max(e for e in ends if e <= at)
    sentence = text[start : min((e for e in ends if e > at), default=len(text))]
    clause = reading.clause_of(at).text
    pieces = (sentence, clause)
    return next((p for p in pieces if len(deals_mentioned(deals, p, found.customer)) == 1), text)


_PIECE_BREAK = re.compile(r"[,;:!?()，。；：！？、（）\n]|\s[-–—]+\s")
_TITLE_LEAD = re.compile(
    r"^(?:(?:at|for|with|on|of|to|the|a|an|and|is|are|also|they|he|she|wants?|needs?"
    # (Spanish and German: "otra orden de …", "quiere otra orden por …", "für die …")
    r"|de|del|para|por|con|la|el|los|las|una?|don|doña|quiere|quieren|ojalá|quizás|für|mit|der|die|das|eine?)\b\s*"
    r"|(?:要|的|了|在|是|有|个|一个|想|还|也|大概|大约|约|预计|那个|这个|那|这)\s*|[-–—:：~/\s]+)+",
    re.IGNORECASE,
)
_OTHER_DEAL = re.compile(r"^(?:from|than|apart|besides|not)\b", re.IGNORECASE)
# one more of a thing: "a second press brake", "another forklift"; "加一台", "加多两间" (the measure word
# says a thing is counted: no noun needs to follow)
_COUNTED_MORE = re.compile(
    r"(?:another|extra|additional|second|2nd)\b|(?P<measured>加(?:多[一两几]?|[一两几])[个间条台套座栋层家期])",
    re.IGNORECASE,
)
_NOUN_NEXT = re.compile(r"\s+(?!(?:phase|deal|opp|one|of|on|to|for|at|with)\b)[A-Za-z]{3,}")
_SPOILED = "\x00"  # a piece of a message with it names no deal
_COUNTED_THING = re.compile(r"\d+\s+(?:more\s+|new\s+|extra\s+)?[a-z][a-z-]+s", re.IGNORECASE)
# (and "samir @ [initech]": the person at the customer)
_UNFINISHED = re.compile(r"(?:\b(?:at|with|to|for|from|of|on|in|by|a|an|the|and)|@)$", re.IGNORECASE)


def _only_a_thing_counted(reading: Reading) -> bool:
    """The message makes the figure another deal's only by counting a thing one more ("a second press
    brake", "another forklift", "extra licences"): no word says a deal ("new deal", "separate", "phase 2")
    nor the open deal's whole ("total", "same deal")."""
    text = reading.text
    said = list(lx.ADD_ON.finditer(text))
    return (
        bool(said)
        and not lx.NEW_DEAL.search(text)
        and not _SAME_DEAL.search(text)
        and all(
            (counted := _COUNTED_MORE.fullmatch(m.group(0))) is not None
            and (counted.group("measured") is not None or _NOUN_NEXT.match(text, m.end()) is not None)
            for m in said
        )
    )


_SAME_DEAL = re.compile(
    r"\b(?:same (?:deal|quote|order|project|job)|total|all up|all in|altogether|overall"
    r"|on the (?:current|existing|open) (?:deal|quote))\b",
    re.IGNORECASE,
)


def _add_on_title(reading: Reading, found: Found) -> str:
    """The words that name an add-on deal: the first piece of the message between the customer, the
    amounts and the deal words that says something ("add-on at northgate health: tablets for the ER,
    15k, separate from the portal deal" → "tablets for the ER"; "太湖环保要加一个在线监测的项目，单独立项"
    → "在线监测的项目")."""
    text = reading.original
    said = (*lx.ADD_ON.finditer(reading.text), *lx.NEW_DEAL.finditer(reading.text))
    # a person's name typed as one ("spoke w/ Jürgen (müller)") names nobody's deal; "for dye vats" may
    # have been read as a person, but it is not typed as a name
    people = [(start, end) for _, start, end in reading.persons if text[start : start + 1].isupper()]
    # "a 2nd line", "another warehouse", "extra licences": the word that makes it an add-on stays with the
    # thing it counts, which is the title
    said = tuple(
        m for m in said if not _COUNTED_MORE.fullmatch(m.group(0)) or not _NOUN_NEXT.match(text, m.end())
    )
    cut = [(found.start, found.end), *reading.masked, *(m.span() for m in said), *people]
    for start, end in cut:
        text = text[:start] + "\n" * (end - start) + text[end:]
    # a Chinese person or the call logged spoils their piece ("吉克阿木总经理来电，…另外想加个会议室项目"):
    # "总经理来电" names no deal
    typed = reading.original
    spoiled = [(s, e) for _, s, e in reading.persons if CJK.match(typed[s : s + 1])]
    if reading.kind_span is not None and CJK.match(typed[reading.kind_span[0] : reading.kind_span[0] + 1]):
        spoiled.append(reading.kind_span)
    for start, end in spoiled:
        text = text[:start] + _SPOILED * (end - start) + text[end:]
    for piece in _PIECE_BREAK.split(text):
        if _SPOILED in piece:
            continue
        words = _TITLE_LEAD.sub("", " ".join(piece.split())).strip(" .-–—")
        if (
            _OTHER_DEAL.match(words)
            or lx.NO_CHANGE.fullmatch(words)
            or any(p.fullmatch(words) for p in (lx.DEAL_WORDS_ONLY, lx.CLOSE_MARKERS, lx.AMOUNT_CUE))
        ):
            continue  # "separate from the portal deal" names the deal this one is not; "deal", "close",
            # "budget", "不变" (the open deal's close said to stay) name nothing
        if _UNFINISHED.search(words) and _COUNTED_MORE.match(words):
            words = _UNFINISHED.sub("", words).strip()  # "2nd line at [acme]": the thing, where said
        if _UNFINISHED.search(words):
            continue  # "met hank at [globex]", "they want a [2nd]": a piece cut off before the customer
            # or the deal word it was about is not what the deal is for
        if words.casefold() in _contact_names(reading):
            continue  # "stark: pepper called, …": a contact named in lower case is who, not what
        latin = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if w.lower() not in lx.STOPWORDS]
        if latin or len(re.sub(r"[^\u4e00-\u9fff]|[的了在是有个和与及]", "", words)) >= 2:
            return words[:80]
        if _COUNTED_THING.fullmatch(words):  # "they want 50 more licences": what is counted is the deal
            return words[:80]
    kinds = [m.group(0) for m in lx.ADD_ON.finditer(reading.text) if m.group(0).lower() in lx.ADD_ON_KINDS]
    # nothing else names it: "Globex Inc expansion" rather than a bare "deal"
    return f"{found.customer.name} {kinds[0].lower()}" if kinds else found.customer.name


def _contact_names(reading: Reading) -> set[str]:
    """The organisation's contacts' whole Latin names and first names, case folded."""
    names = {name.casefold() for name in reading.people.latin}
    return names | {name.split()[0] for name in names}


def _news_as_typed(reading: Reading, news: ContactNews) -> ContactNews:
    """The news read in the folded text, its person and title as the user typed them (陳冠廷, 採購專員)."""
    start = news.span[0] if news.span else 0
    return replace(
        news,
        who=reading.typed(news.who, start),
        title=reading.typed(news.title, start) if news.title else news.title,
        renamed=reading.typed(news.renamed, start) if news.renamed else news.renamed,  # 陳建宏, not 陈建宏
    )


def _typed_title(reading: Reading, found: Found) -> str | None:
    if reading.title:
        return reading.typed(reading.title)
    if reading.add_on:
        return _add_on_title(reading, found)
    product = _PRODUCT.search(reading.text, found.end if found.start >= 0 else 0)
    if product is None:
        return None
    group = "what" if product.group("what") else "counted"
    return reading.typed(product.group(group).strip(), product.start(group))


# What they want, said right after the verb: "他们要上ERP 报价50万" → "ERP", "they want 30 more suits, maybe
# 90k" → "30 more suits": a new deal's title (a deal already open keeps its own).
_PRODUCT = re.compile(
    r"(?:要上|想上|要买|想买|要采购|准备上|准备采购|需要一套|需要一批"
    # "要訂一批刀具" → "刀具" (not 订单, 订金, 预订, 订了会议室)
    r"|(?:要|想|准备)?(?<!预)(?:訂|订)(?:購|购)?(?![单單金会會位票了])\s*(?:一批|一套|一些|些|批)?)\s*"
    r"(?P<what>[A-Za-z][\w+/-]{1,20}|[\u4e00-\u9fff]{2,6}?)(?=\s|[，,。;；!！]|报价|金额|预算|大概|大约|\d|$)"
    r"|\b(?:wants?|needs?|ordered|ordering)\s+(?P<counted>\d+\s+(?:more\s+|new\s+|extra\s+)?[a-z][a-z-]+s)\b",
    re.IGNORECASE,
)


def _typed_reason(reading: Reading, found: Found) -> str | None:
    reason = _reason(reading, found)
    return reading.typed(reason) if reason else reason


def _reason(reading: Reading, found: Found) -> str | None:
    """Why the deal was lost: the words after "because"/"因为", else what follows the lost phrase."""
    text = reading.text
    cut = [(found.start, found.end)] + [(a.start, a.end) for a in reading.amounts]
    cut += [(at, at + w.spans[0][1] - w.spans[0][0]) for at, w in reading.dates if w.spans]  # "… friday"
    cut += [(s.start, s.end) for s in reading.steps if s.explicit]  # "…没戏了，提醒我初八…": a task, no why
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
    words = _without_sighs(words)  # "lost it, pity, they went with X": the pity is no reason
    folded = simplified(words)  # "輸了" is "输了"
    if (
        _ONLY_LOST.fullmatch(folded) and not _TAKER.search(folded) and not _DESCRIBED_TAKER.search(words)
    ) or _DEAL_FILLER.fullmatch(folded):
        # "陈总说今年不做了，单子丢了": no why after it ("丢了 选了别家", "lost - gone with a Fife supplier":
        # who took it is one)
        words = ""
    if not words and _TAKER.search(reading.outcome_phrase):
        words = reading.outcome_phrase  # "被对手抢走了", "给了友商": who took it is the reason
    named = _NAMED_TAKER.search(reading.outcome_phrase)
    if not words and named:
        words = named.group(0)  # "larkspur's gone - nolan signed w/ samsara friday": who took it
    if not words and reading.outcome_span:
        words = _reason_before(reading, found, cut)  # "SGE said non, too expensive. lost"
    if not words:
        words = _quoted_reason(reading.text)  # "Fwd: '… the project has been cancelled by our HQ …' - lost"
    if not words and simplified(reading.outcome_phrase).lower() not in _PLAIN_LOSS:
        words = reading.outcome_phrase
    taker = _DESCRIBED_TAKER.search(reading.outcome_phrase)
    if words and taker and taker.group(0).lower() not in words.lower():
        words = f"{taker.group(0)}, {words}"  # "going with a local outfit, cheaper freight": who, and why
    elif words and _TAKER.search(reading.outcome_phrase) and not _TAKER.search(words):
        # "被對手搶走了 對方便宜15%": who took it (the loss phrase), and why
        words = (
            f"{reading.outcome_phrase.strip()}，{words}"
            if CJK.search(words)
            else f"{reading.outcome_phrase}, {words}"
        )
    return words or None


# A loss said with no more than its word: no reason in it ("輸了" is no reason for the loss).
_PLAIN_LOSS = ("lost", "lose", "丢单", "输单", "丢了", "输了", "黄了", "掉了", "没了", "没戏", "没戏了")


# Who took the deal, described in the loss phrase ("going with a local outfit", "went with a cheaper one"):
# part of the reason, with the words after it.
_NAMED_TAKER = re.compile(
    r"\bsigned\s+(?:with|w/|w(?=\s))\s*[a-z][\w&'’.-]*", re.IGNORECASE
)  # "… signed w/ samsara"
_DESCRIBED_TAKER = re.compile(
    rf"\b(?:local|cheaper|rival|competing|incumbent)\b(?:\s+[a-z]+)?|\b{lx.A_TAKER}|{_NAMED_TAKER.pattern}",
    re.IGNORECASE,
)


# Who took the deal, named in the loss phrase itself.
_TAKER = re.compile(r"对手|友商|别家|同行|竞品|竞争者|其他供应商|\bcompetitors?\b|\brivals?\b", re.IGNORECASE)
_SIGH_FIRST = re.compile(r"^(?:sadly|unfortunately|alas|oh well|too bad|what a (?:pity|shame))\b[\s,]*", re.I)


def _without_sighs(words: str) -> str:
    """The reason's words without the pieces that only sigh ("pity", "可惜", "too bad") and without
    the "it" of "lost it"."""
    pieces = re.split(r"(\s*[,，;；。!！]\s*|\s+[-–—]\s+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]))", words)
    words = "".join(
        _SIGH_FIRST.sub("", piece) + (pieces[i + 1] if i + 1 < len(pieces) else "")
        for i, piece in enumerate(pieces)
        if i % 2 == 0 and not lx.INTERJECTION.fullmatch(piece)
    )
    words = re.sub(r"^(?:it|them|this one|that one|the deal|deal)\b\s*[,，:：-]?\s*", "", words, flags=re.I)
    return "" if lx.INTERJECTION.fullmatch(words) else words.strip(" ,，.。;；:：-–—!！")


# Words before or after a loss that only point at the deal: "mark it lost", "单子丢了", "the deal is lost".
_DEAL_FILLER = re.compile(
    r"\s*(?:(?:so|then|pls|please|just|and)\s+)*(?:mark(?:ed)?\s+(?:it|this|that|them|the deal)?\s*(?:as)?|"
    r"it(?:['’]s| is)?|(?:the\s+)?deal(?:['’]s|\s+is)?|(?:这个|那个|这|那)?(?:单子|单|项目|案子|案)|"
    r"close (?:it|this|them)(?: out)?)?\s*",
    re.IGNORECASE,
)
_ONLY_LOST = re.compile(
    rf"(?:{_DEAL_FILLER.pattern}(?:{lx.LOST_WORDS.pattern})"
    r"|\s*(?:we|i|we['’]ve)\s+lost(?:\s+(?:it|them|this one|that one|the deal))?"
    r"|\s*(?:我们|我|咱们)(?:又|就|还是)?(?:丢了|输了|丢单了|输单了))[\s!！.。]*",
    re.IGNORECASE,
)  # "…, we lost it", "…，我们丢了": the loss said again, no reason


# Why, said in a mail or message quoted: "… the warehouse project has been cancelled by our HQ."
_QUOTED_CAUSE = re.compile(
    r"\b(?:cancel(?:l?ed)?|scrapped|shelved|on hold|postponed|no budget|budget|awarded|went with|chose|choose"
    r"|decided|price|cheaper|another (?:supplier|vendor))\b|取消|搁置|预算|选了|价格",
    re.IGNORECASE,
)
_POLITE_LEAD = re.compile(
    r"^.*?\b(?:regret to (?:inform|advise|tell) (?:you )?(?:that )?"
    r"|(?:would like|want) to (?:inform|let) you (?:know )?(?:that )?)",
    re.IGNORECASE,
)


def _quoted_reason(text: str) -> str:
    """The piece of a quoted mail or message that says why the deal is lost, without its polite lead."""
    for a, b in quoted(text):
        for piece in re.split(r"[.;,!?。；，！？\n]+", text[a + 1 : b - 1]):
            if _QUOTED_CAUSE.search(piece):
                return _POLITE_LEAD.sub("", piece).strip()
    return ""


def _reason_before(reading: Reading, found: Found, cut: list[tuple[int, int]]) -> str:
    """The clauses before a "lost" that stands on its own: they say why."""
    outcome = reading.outcome_span[0] if reading.outcome_span else 0
    clause = reading.clause_of(outcome)
    if reading.text[clause.start : outcome].strip() and not _DEAL_FILLER.fullmatch(
        reading.text[clause.start : outcome]
    ):
        return ""  # "耗材单子丢了": the words name the deal, not the reason ("mark it lost" names none)
    start = found.end if found.end <= outcome else 0
    outcome = clause.start if start < clause.start else outcome  # without its "mark it"
    words = reading.text[start:outcome]
    for a, b in sorted(cut, reverse=True):
        if start <= a and b <= outcome:
            words = words[: a - start] + " " + words[b - start :]
    words = lx.REASON_LEAD.sub("", " ".join(words.split())).strip(" ,，.。;；:：-–—!！")
    return "" if lx.INTERJECTION.fullmatch(words) else words
