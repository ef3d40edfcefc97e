"""Reading one free-text message without the database: `read()` runs the parts in order.

The order matters: details, amounts, stage and outcome words are masked before dates, kinds and name
candidates are looked for, so one word is never read twice. Finding the customer itself needs the
search index and happens in `handlers.understanding.customers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.parsing.amounts import MIL_COUNTRIES, find_amounts
from handlers.parsing.clock_times import COUNTED_AT
from handlers.parsing.contact_details import details_spans
from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.quantities import percentages, reference_codes
from handlers.understanding import lexicon as lx
from handlers.understanding.clause_step import read_clause
from handlers.understanding.date_roles import TOLD
from handlers.understanding.days_off import read_days_off
from handlers.understanding.deal_amounts import (
    bare_ranges,
    has_multiplier,
    others_said,
    settle_amounts,
    vague_amounts,
)
from handlers.understanding.doubted import doubted_clauses
from handlers.understanding.joined_steps import join_steps
from handlers.understanding.kinds import in_person
from handlers.understanding.known_people import NOBODY, KnownPeople
from handlers.understanding.names import (
    cjk_candidates,
    explicit_name,
    latin_candidates,
    read_persons,
    without_heading,
)
from handlers.understanding.pasted_mail import without_mail_header
from handlers.understanding.planned_steps import answered, plan_goes_on, planned_not_done, then_planned
from handlers.understanding.reading import Reading, clauses_of, mask_words
from handlers.understanding.stage_and_outcome import (
    close_of_the_open_deal,
    read_outcome,
    read_postponed,
    read_reopen,
    read_repriced,
    read_stage,
    said_unchanged,
    soft_yes,
)
from handlers.understanding.step_days import after_that, back_from_away
from handlers.understanding.their_plans import (
    event_day_yields,
    their_answer_yields,
    their_period_yields,
    theirs_kept_with_reminder,
)

_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")


def _query(text: str) -> str | None:
    bare = _EMOJI.sub("", text).strip().rstrip("!！.。")
    for name, pattern in lx.QUERIES:
        if pattern.search(bare):
            return name
    return None


def _title(reading: Reading) -> None:
    named = lx.DEAL_NAMED.search(reading.text)
    if named:  # "call it the jarvis pilot": the name said, not a call
        reading.title = named.group("name").strip()
        reading.masked.append(named.span())
        return
    match = lx.TITLE_COUNT.search(reading.text)
    if match:
        reading.title = match.group(0).strip()
        reading.masked.append(match.span())


def _their_later_plan(reading: Reading, start: int) -> bool:
    """ "嘉利陳生話下年再加單", "he says they'll add a new project next year": a new deal they said they will
    bring in a later period is their plan, not a deal now."""
    clause = reading.clause_of(start)
    said = lx.THEIR_SAYING.search(reading.text, clause.start, start)
    return said is not None and bool(lx.LATER_PERIOD.search(reading.text, said.end(), clause.end))


def _pasted_mail(reading: Reading, sender: tuple[int, int]) -> None:
    """A pasted e-mail is logged as an e-mail (with its sender); what its body says will happen is the
    sender's plan ("we're good with starting the pilot in April"), not a reminder or a close date of ours,
    unless the rep asks for one."""
    reading.mail_from = sender
    if reading.kind is None:  # a pasted chat message ("[Line] …") is a message
        chat = any(bracket in reading.original[sender[0] : sender[1]] for bracket in ("[", "【"))
        reading.kind, reading.kind_span = "message" if chat else "email", sender
    theirs = [s for s in reading.steps if not s.explicit and s.due is not None]
    reading.theirs += [w for at, w in reading.dates for s in theirs if at >= 0 and w.at == s.due]
    reading.steps = [s for s in reading.steps if s not in theirs]
    if reading.close is not None and not reading.outcome:
        reading.theirs += [w for at, w in reading.dates if at >= 0 and w.at.date() == reading.close]
        reading.close = None


def _accepted_offer_explains(reading: Reading) -> None:
    """ "Actually straight to negotiation - Jonas accepted the quote", "kelvin confirmed 140k, revised quote
    accepted": an offer said accepted beside a stage or an amount says why the deal moved or what it is now,
    not that it is won (writers label these the stage or the amount; "quote accepted 🍾" alone is a win)."""
    span = reading.outcome_span
    if reading.outcome != "won" or span is None or not (reading.stage or reading.amounts):
        return
    words = reading.text[span[0] : span[1]]
    if lx.OFFER_ACCEPTED.search(words) and not lx.WON_WORDS.search(lx.OFFER_ACCEPTED.sub(" ", words)):
        reading.outcome = reading.outcome_span = None
    elif reading.stage_explicit and _APPROVAL.match(reading.text, span[0]):
        # "moved to proposal, their board signed off": the approval is why the deal moved on to the stage
        # said, not the deal won
        reading.outcome = reading.outcome_span = None


# A go-ahead that may be for the next step as well as for the whole deal.
_APPROVAL = re.compile(
    r"signed off|green[\s-]?l(?:it|ight)|gave (?:us )?the (?:green light|go[\s-]?ahead)", re.IGNORECASE
)


# The part said to be inside the amount, not a deal of its own: "135k now w/ phase 2 in", "including the
# second site", "含二期", "包括二期在内".
_INCLUDED = re.compile(
    r"(?:\bw/|\bwith|\bincluding|\bincl\.?|含|包含|包括|连同)\s*(?:the\s+)?$", re.IGNORECASE
)


def _included(text: str, start: int) -> bool:
    return _INCLUDED.search(text, max(0, start - 16), start) is not None


# The parts said to be taken as one: "一期二期一起签", "二期也一起做", "phase 2 bundled in", "both phases
# together": the amount said is the whole deal's, not a deal of the later part's own.
_TOGETHER = re.compile(
    r"一起(?:签|做|下单|订|买|上|签约|谈|算)|一并|合并|打包|合在一起|合成一单|\btogether\b|\bbundled?\b|\bcombined\b"
    r"|\bin one go\b|\bas one (?:deal|order|contract|po)\b"
    # put in with the deal there is ("并埋一齐", "并到一起"), the whole order ("成张单", "整张单", "全单")
    r"|并(?:埋|到|入|进)(?:一齐|一起|同一)?|成张单|整张单|全单|同一张单|同一单"
    r"|\bsame (?:deal|order|contract|job)\b",
    re.IGNORECASE,
)


def _priced_at(text: str, start: int, end: int) -> bool:
    """ "3 more seats @ 1200 each": a bare number said as the price of each thing counted (see lexicon)."""
    head = text[max(0, start - 40) : start]
    if not head.rstrip().endswith("@"):
        return False
    return bool(COUNTED_AT.search(head) or lx.PRICED_EACH.match(text, end))


def read(
    text: str,
    *,
    now: datetime,
    tz: ZoneInfo,
    stages: Iterable[str],
    synonyms: Mapping[str, Iterable[str]],
    said_before: Iterable[When] = (),
    picked_days: Mapping[str, date] | None = None,
    people: KnownPeople = NOBODY,
) -> Reading:
    """Everything recognisable in one message, with positions.

    `said_before`: dates of the message before this part of it (a part about one of two customers),
    which the part's own "the day after" or "下午" may be relative to. `picked_days`: the day the user
    chose for words with two readings ("next wed" on a Monday), by the words lowercased. `people`: the
    organisation's contacts, whose family names are read as names (张总, and 鲍总 when a 鲍 is known)."""
    original = " ".join(text.split(" ")).strip()
    text, sender = without_mail_header(simplified(original))
    text = without_heading(text)
    reading = Reading(text, original, people=people)
    reading.picked_days = dict(picked_days or {})
    reading.dates = [(-1, when) for when in said_before]
    reading.query = _query(text)
    if reading.query:
        return reading
    stages = tuple(stages)
    reading.explicit_name = explicit_name(text)
    reading.new_customer = bool(lx.NEW_CUSTOMER.search(text))
    if reading.new_customer:
        mask_words(reading, lx.NEW_CUSTOMER, 0, text)
    reading.clauses = clauses_of(text)
    # phone numbers, emails, reference codes ("ticket INC-30412", "型号JG-300") and shares ("百分之九十八")
    # are not amounts or dates
    details = details_spans(text) + reference_codes(text) + percentages(text)
    reading.masked.extend(details)
    reading.amounts = [
        a
        for a in find_amounts(text, mil_is_thousand=country_of(tz) in MIL_COUNTRIES)
        if (a.value > 0 or a.value < 0)
        and not any(s < a.end and a.start < e for s, e in details)
        and (
            a.currency
            or has_multiplier(text, a)
            or lx.AMOUNT_CUE.search(text[max(0, a.start - 24) : a.start])
            or _priced_at(text, a.start, a.end)
        )
    ]  # a bare number ("200间客房", "ref 4471") is money only after a money word ("deal 50000", "报价30000")
    reading.masked.extend((a.start, a.end) for a in reading.amounts)
    settle_amounts(reading)
    _title(reading)
    read_reopen(reading)  # not when said not to: "先别重开"
    # "the fleet deal 250k is now 300k, they added 20 trucks": an amount said to be the deal's new one
    # changes that deal; "added" only says why
    extra = (
        reading.amounts
        and any(not _included(text, m.start()) for m in lx.ADD_ON.finditer(text))
        and not reading.amount_marked
        and not _TOGETHER.search(text)
    )
    new_deal = [m for m in lx.NEW_DEAL.finditer(text) if not _their_later_plan(reading, m.start())]
    reading.add_on = bool(new_deal or extra)
    read_outcome(reading, stages, synonyms, now, tz)
    read_stage(reading, stages, synonyms)
    if reading.stage_span and others_said(reading, reading.stage_span[0]):
        reading.stage = reading.stage_span = None  # "competitor quoted 42k": their quote, not our stage
    _accepted_offer_explains(reading)
    said_unchanged(reading)  # "聊了 80万 proposal, nothing changed"; "amount 不变" keeps the amount only
    for clause in reading.clauses:
        read_clause(reading, clause, now, tz)
    close_of_the_open_deal(reading)
    vague_amounts(reading)  # "大概十几万", "budget mid-fifties": how much is asked
    bare_ranges(reading)  # "somewhere between 80 and 95", "报价大约一百二到一百五": which figure is asked
    if reading.outcome and reading.close is not None and reading.close <= now.astimezone(tz).date():
        reading.close = None  # "signed the contract today": the day it was won, not a new close date
    if reading.outcome == "won" and reading.close is not None and soft_yes(reading.outcome_phrase):
        # "a verbal yes … rick says the PO comes monday": the day they sign is the news, nothing is won yet
        reading.outcome = reading.outcome_span = reading.outcome_doubt = None
        reading.outcome_phrase = ""
    join_steps(reading)
    read_postponed(reading)
    read_repriced(reading)
    read_persons(reading)
    planned_not_done(reading)
    then_planned(reading)
    after_that(reading)
    back_from_away(reading)
    their_answer_yields(reading)
    event_day_yields(reading)
    their_period_yields(reading)
    theirs_kept_with_reminder(reading)
    plan_goes_on(reading)
    answered(reading)
    in_person(reading)
    read_days_off(reading, now, tz)  # a reminder or a signing on a holiday of the user's country: asked
    if sender is not None:
        _pasted_mail(reading, sender)
    if reading.theirs and reading.kind is None and not reading.about_deal and TOLD.search(text):
        reading.kind = "note"  # "X said the board meets Dec 15, follow up after": what they said is kept
    doubted_clauses(reading)  # "might be back on", "未确定", "听说…": what doubting words govern is asked
    stage_at = reading.stage_span[0] if reading.stage_span else -1
    if not reading.stage_explicit and any(s.start <= stage_at < s.end for s in reading.steps):
        reading.stage = reading.stage_span = None  # "send the proposal Friday" is a plan
    reading.candidates = latin_candidates(reading) + cjk_candidates(reading)
    if reading.explicit_name is None:
        find = lx.FIND.match(text) or lx.FIND_SUFFIX.match(text)
        own_list = find is not None and (
            lx.OWN_LIST.match(find.group("name")) or lx.LIST_NOUN.search(find.group("name"))
        )
        ruled = lx.THEIR_RULE.search(text)  # "…以后别打电话" ends in 电话: their rule, no look-up
        if find and not (reading.about_deal or reading.kind or reading.steps or own_list or ruled):
            reading.find_name = find.group("name").strip()
    return reading
