"""What a plan leaves out or doubts: the gate between reading a message and storing it.

A plan is stored at once only when every content word of the message (a name, a number, a date, a
person) is used by one of its slots and nothing was read with doubt. `unused_words` and `left_out` find
the words no slot takes; `doubts` the parts read without certainty (a weak customer link, a name that
goes on past the customer's, a date the plan contradicts, a kind read from a typo); `nothing_to_close`
a win with no deal to win. Any of them sends the plan to the preview card.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from rapidfuzz.distance import Levenshtein

from crm_store.models import Customer
from crm_store.search.gazetteer import Evidence, chinese_short_forms
from crm_store.search.linker import said_for
from crm_store.search.loanwords import romaji_name_key
from crm_store.search.normalize import fold, strip_legal
from crm_store.search.pinyin import family_spellings
from handlers.context import Ctx
from handlers.domain.contacts import declined_form, family_name
from handlers.domain.customers import may_manage
from handlers.domain.deals import local_dollar
from handlers.parsing.amounts import (
    DOLLARS,
    REFERENCE_LABELS,
    counts_things,
    currencies_named,
    dollar_sign_only,
    shop_figure,
    size_said,
)
from handlers.parsing.dates import When
from handlers.parsing.hanzi import simplified
from handlers.parsing.nicknames import short_name_said
from handlers.parsing.vocabulary import ACTIVITY_WORDS
from handlers.understanding import lexicon as lx
from handlers.understanding import slot_opinion
from handlers.understanding.actions import absent, country_currency
from handlers.understanding.contact_changes import change_words
from handlers.understanding.contacts import names_customer, read_news
from handlers.understanding.customer_link import Certainty, Found
from handlers.understanding.kinds import KIND_PATTERNS, negated
from handlers.understanding.people import not_contacts, said_of_people
from handlers.understanding.person_names import full_name_after
from handlers.understanding.plan_writes import Writes
from handlers.understanding.price_held import ours_held
from handlers.understanding.reading import CJK, LIST_JOINER, Reading, part_of_day_only
from handlers.understanding.rough_days import approximated, said_before
from handlers.understanding.summaries import list_mark

_CONTENT = re.compile(
    r"(?<![\w#])(?:\d[\d.,:]*\d|\d)(?![\w])|\b[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]{1,}\b"
)
_GLOSS = re.compile(r"\s*[(（]([^()（）\d]{1,30})[)）]")
_REPLACED = re.compile(r"(?:\bnot|\binstead of|\brather than|不是|而不是)\s*$", re.IGNORECASE)
_LABELLED = re.compile(
    r"(?:#|\bno\.?|\b(?:invoice|order|po|ref|ticket|case)\s+(?:number|num|no\.?)|\binvoice|\border|\bpo|\bref|\bticket|\bcase|\bserial(?:\s+(?:number|no\.?))?|\bs/n|"
    r"\bmodel(?:\s+(?:number|no\.?))?|\bpart\s+(?:number|no\.?)|\bsku|订单|发票|编号|单号|序列号|型号"
    # a company's tax number: "統編 28123456", "税号", "tax id", "VAT no", "GST reg", "UEN", "ABN"
    r"|统编|统一编号|税号|纳税人识别号|\btax\s+(?:id|no\.?|number)|\bvat(?:\s+(?:no\.?|number|id))?|\bgst(?:\s+reg\w*)?"
    r"|\buen|\babn|\bgstin"
    r"|\bclause|\bsection|\barticle|\bitem|\bpage"  # "wants to change clause 7 of contract"
    rf"|{REFERENCE_LABELS})\s*[:#：]?\s*$",
    re.I,
)


# Chinese numerals that say a number the way digits do: with a unit of ten or more ("三十", "两百",
# "五千") or before a day/hour/money word ("三号", "两点", "五块"); not the many words built with 一
# ("一下", "一起", "一点").
_HAN_NUMBER = re.compile(
    r"[零〇一二两三四五六七八九十]*[二两三四五六七八九十][十百千万亿][零〇一二两三四五六七八九十百千万亿]*"
    r"|[零〇一二两三四五六七八九十]+[百千万亿][零〇一二两三四五六七八九十百千万亿]*"
    r"|[二两三四五六七八九十]+(?=[号点块元])"
)


def _date_spans(reading: Reading) -> list[tuple[When, tuple[tuple[int, int], ...]]]:
    """Every date the reading found, with its words counted from the start of the message."""
    out = []
    for at, when in reading.dates:
        if at < 0 or not when.spans:
            continue  # said in an earlier part of the message
        shift = at - when.spans[0][0]
        out.append((when, tuple((a + shift, b + shift) for a, b in when.spans)))
    return out


def _clause_index(reading: Reading, position: int) -> int:
    clause = reading.clause_of(position)
    return reading.clauses.index(clause) if clause in reading.clauses else 0


def _same_moment(when: When, other: When | datetime | date | None) -> bool:
    """Whether two readings name the same day (or, with a time, the same time of day)."""
    if other is None:
        return False
    if isinstance(other, When):
        return when.at.date() == other.at.date() or (when.has_time and other.has_time and when.at == other.at)
    if isinstance(other, datetime):
        return when.at.date() == other.date() or (when.has_time and when.at.time() == other.time())
    return when.at.date() == other


def _used_date(
    reading: Reading, when: When, logged: bool, dealt: bool, now: datetime | None, part_of_day: bool = False
) -> bool:
    """Whether a slot of the plan takes this date: when the logged interaction happened, the deal's
    close date, a reminder's due, or (kept in the note) another party's plan. Today without a time is
    when anything is stored anyway ("今天付了首款")."""
    if now is not None and when.at.date() == now.astimezone(when.at.tzinfo).date():
        if not when.has_time:
            return True
        if part_of_day and when.at <= now:
            return True  # "got the budget through this afternoon": today's part gone by, when it happened
    if reading.outcome and now is not None and when.at <= now and not reading.reopen:
        return True  # "signed!! PO came in this morning", "赢了，昨天签的": when the win or loss happened
    if logged and _same_moment(when, reading.occurred):
        return True
    if logged and any(_same_moment(when, t) for t in reading.theirs):
        return True  # "she's on leave till the 14th", "新店下个月开业": their plans, kept in the note
    if any(_same_moment(when, step.due) for step in reading.steps):
        return True
    if any(_same_moment(when, due) for due in reading.deadlines):
        return True  # "send acme the deck by friday, remind me thursday": Friday is in the reminder's words
    return dealt and _same_moment(when, reading.close)


def _digits(text: str, span: tuple[int, int]) -> bool:
    return any(c.isnumeric() for c in text[span[0] : span[1]])


# The first day of a range said before a date: "10–21 July", "3 to 5 Dec", "vom 10. bis 21. Juli".
_RANGE_START = re.compile(r"(?<![\w.,])(\d{1,2})\.?\s*(?:[–—-]|\b(?:to|till|bis|through)\b)\s*$", re.I)


def _from_day(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """A date's words with the day number that starts its range ("10–" of "10–21 July"): one date said."""
    if not spans or not text[spans[0][0] : spans[0][0] + 1].isdigit():
        return spans
    start = _RANGE_START.search(text[max(0, spans[0][0] - 16) : spans[0][0]])
    if start is None:
        return spans
    at = spans[0][0] - (min(spans[0][0], 16) - start.start(1))
    return ((at, at + len(start.group(1))), *spans)


def _in_reminder_words(reading: Reading, when: When, spans: tuple[tuple[int, int], ...]) -> bool:
    """Another party's date (or the user's absence) said in the words a reminder keeps ("follow up with him
    on the 7th (Kevin's in Bangkok till 6 Oct)")."""
    theirs = any(_same_moment(when, t) for t in reading.theirs)
    return theirs and any(
        s.due is not None and s.start <= spans[0][0] and spans[-1][1] <= s.end for s in reading.steps
    )


def _glosses(text: str, spans: tuple[tuple[int, int], ...], taken: list[tuple[int, int]]) -> bool:
    """A date inside parentheses right after a date the plan takes restates it in other words: "end of June
    (end of their Q1)", "6月底（他们财年Q1末）"."""
    opened = max(text.rfind("(", 0, spans[0][0]), text.rfind("（", 0, spans[0][0]))
    closed = re.search(r"[)）]", text[spans[-1][1] :])
    if opened < 0 or closed is None or re.search(r"[)）]", text[opened : spans[0][0]]):
        return False
    return any(0 <= opened - end <= 2 for _, end in taken)


# A date that is a greeting, not a slot: "happy thanksgiving", "新年快乐".
_GREETING = re.compile(r"\b(?:happy|merry)\s+$", re.IGNORECASE)
_GREETED = re.compile(r"^\s*快乐")
# A number that labels a thing ("warehouse 3,", "phase 2"), or one with a unit ("250 kW", "40 ft"),
# or a year ("the 2027 budget"): details of a note, not slots.
_LABEL_NUMBER = re.compile(r"\b([A-Za-z]{3,})\s+\d{1,2}$")
_LABEL_END = re.compile(  # "phase 1 = 10 doors", "phase 2 想加 IoT" (not "budget 30 万")
    r"^(?:\s*(?:[,.;:)!?，。；=]|$)|-\d|\s+(?![万千百亿元块毛角号点月日年周天个台套位名])[\u4e00-\u9fff])"
)
_PART_OF = re.compile(r"^\s+of\s+(?:them|those|these|which|the)\b", re.IGNORECASE)  # "3 of them in leeds"
# The number of a part of the work said to be inside the amount: "135k now w/ phase 2 in", "including stage 3"
_PART_NUMBER = re.compile(
    r"(?:\bw/|\bwith|\bincluding|\bincl\.?)\s*(?:the\s+)?(?:phase|stage|round|wave|tranche|batch|lot|module)\s+$",
    re.IGNORECASE,
)
# "ref 2026-4471", "工单号GD20270302-57": the second number of a labelled identifier (its capital letters
# glued to the digits are the code's own)
# A people's adjective before a word in lower case describes a third party ("the German supplier").
_DEMONYM = re.compile(
    r"German|French|Italian|Spanish|Dutch|Swiss|Swedish|Danish|Norwegian|Finnish|Polish|Czech|Austrian|Belgian|"
    r"Irish|Scottish|Welsh|English|British|European|American|Canadian|Mexican|Brazilian|Chinese|Japanese|Korean|"
    r"Taiwanese|Indian|Thai|Vietnamese|Malaysian|Singaporean|Indonesian|Filipino|Australian|Turkish|Russian|Asian|"
    r"African|Israeli|Emirati|Saudi"
)
# (a reference in parts: "ref 2032/TP/118")
_JOINED = re.compile(r"(?<![A-Za-z])(?:(?:[A-Z]{1,5}-?)?[\d\-/]+|(?:[A-Z\d]{1,8}[-/])+)$")
_UNIT = re.compile(r"^\s?(?!(?:to|at|on|in|or|by|and|for|of|the|per|a|an|is)\b)[A-Za-z]{1,3}\b")
_YEAR = re.compile(r"(?:19|20)\d\d")


# A span of time said after a space, standing alone ("交期 90 天", "试用 30 天"): a detail, not a date
# ("28万 周三前" is a day of the next clause).
_SPACED_SPAN = re.compile(r"^\s+(?:天|周|个月|个星期|星期|年|小时|分钟)(?![\u4e00-\u9fff])")
# A number that counts part of what was counted before it: "1,200 employees, 40 in IT", "80 staff, 12 in the
# warehouse".
_PART_IN = re.compile(r"^\s+(?:in|at|on|from|of)\s+(?:the\s+|their\s+|our\s+)?[A-Za-z]", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*")
_SPACE_GROUPED = re.compile(r"(?:[ \u00a0\u202f]\d{3})+(?!\d)")  # "40 000", "1 150 000": the rest of a number
# How many of a thing a quote or an order is for, its noun said singular as Singapore and Malaysia English
# often does: "she want quote for 3 showroom kiosk abt RM 24k", "order for 5 machine".
_QUOTED_FOR = re.compile(r"\b(?:quote|quotation|order|proposal|pricing)\s+for\s+$", re.IGNORECASE)
_SINGULAR_THING = re.compile(r"\s+([a-z]{3,}(?:\s+[a-z]{3,})?)\b")


def _quoted_count(text: str, start: int, end: int) -> bool:
    thing = _SINGULAR_THING.match(text, end)
    return bool(
        thing and _QUOTED_FOR.search(text, max(0, start - 20), start) and counts_things(f" {thing.group(1)}s")
    )


# What a count went up or down from: "up from 1800", "down from 40", "from 12 last year".
_COUNT_WAS = re.compile(r"\b(?:up|down|grown|dropped|fallen|rose|fell)?\s*from\s*$", re.IGNORECASE)


# What an amount said beside it was before: "down from 180", "instead of the 3.5 we had", "up from 40k".
_AMOUNT_WAS = re.compile(
    r"\b(?:(?:up|down|cut|dropped|reduced|lowered|raised|came\s+down)\s+from|(?:instead\s+of|rather\s+than)"
    r"(?:\s+the)?)\s*$",
    re.IGNORECASE,
)


def _count_before(text: str, start: int) -> bool:
    """A bare number said as what a count said before it was ("2,400 lambs a day now, up from 1800")."""
    if not _COUNT_WAS.search(text[max(0, start - 16) : start]):
        return False
    return any(counts_things(text[m.end() : start]) for m in _NUMBER.finditer(text, 0, start))


def _part_of_a_count(text: str, start: int, end: int) -> bool:
    if not _PART_IN.match(text[end:]):
        return False
    return any(counts_things(text[m.end() : start]) for m in _NUMBER.finditer(text, 0, start))


def _labels(text: str, start: int, end: int, *, figured: bool = False) -> bool:
    """A small number right after a noun that it labels: "warehouse 3,", "rooms 1-3" (not "or 35?"); after
    a part's name whatever follows when the message says its figure ("phase 2 for dyeing unit. New deal of
    18 lakh"; "phase 2 is cancelled, they keep phase 1" says none: what the deal is now is asked)."""
    match = _LABEL_NUMBER.search(_JOINED.sub("", text[max(0, start - 16) : start]) + text[start:end])
    if match is None or match.group(1).lower() in lx.STOPWORDS:
        return False
    return (figured and match.group(1).lower() in _PART_NAMES) or bool(_LABEL_END.match(text[end:]))


# Nouns a small number after which names a part or a place, whatever follows: "phase 2 for dyeing unit",
# "building 4 next month", "dock 3 is ready" (not "budget 30 for it").
_PART_NAMES = frozenset(
    [
        "phase",
        "stage",
        "round",
        "wave",
        "tranche",
        "batch",
        "module",
        "version",
        "gen",
        "generation",
        "level",
        "tier",
        "line",
        "plant",
        "building",
        "block",
        "gate",
        "floor",
        "hall",
        "zone",
        "site",
        "warehouse",
        "shed",
        "bay",
        "dock",
        "berth",
        "terminal",
        "wing",
        "ward",
        "unit",
        "room",
    ]
)


# A count of those the message named: "all 3 spoke", "the 2 of them".
_ALL_OF_THEM = re.compile(r"\ball\s+\d\b|\b\d\s+of\s+(?:them|those|us|these)\b", re.IGNORECASE)


def unused_words(
    reading: Reading, founds: list[Found], lines: list[str], now: datetime | None = None
) -> list[str]:
    """Names, numbers and dates of the message that no part of the plan uses.

    A word is used when a slot read it (an amount, a date in its role, the customer, a person, a
    reminder's words, a stage or an outcome) or when what will be stored shows it (a new contact's
    name). Free words have a home in a logged interaction's note, a lost deal's reason or an add-on
    deal's title, and so do the capitalised words among them (a product, a place); a number or a date
    never does: one that no slot takes would be dropped from the record, so the plan is incomplete."""
    logged = bool(reading.kind) and bool(founds)
    dealt = reading.about_deal and bool(founds)
    prose = logged or reading.add_on or (reading.outcome == "lost" and reading.outcome_span is not None)
    dates = [(when, _from_day(reading.text, spans)) for when, spans in _date_spans(reading)]
    date_words = [span for _, spans in dates for span in spans]
    used = [span for span in reading.masked if span not in date_words]
    taken = [
        when
        for when, spans in dates
        if _used_date(reading, when, logged, dealt, now, not any(_digits(reading.text, s) for s in spans))
    ]
    taken += [when for when, spans in dates if _in_reminder_words(reading, when, spans)]
    told = read_news(reading.text, reading.people)  # contact news, read once
    news = [n.span for n in told] if founds else []
    for when, spans in dates:
        restated = (
            any(  # "close early Feb, say feb 5", "明年3月签，大概3月20号": one date said twice, side by side
                (
                    abs((when.at - other.at).days) <= 7
                    or (when.at.year, when.at.month) == (other.at.year, other.at.month)
                )
                and abs(_clause_index(reading, o_spans[0][0]) - here) <= 1
                for other, o_spans in dates
                if other in taken and other is not when
                for here in [_clause_index(reading, spans[0][0])]
            )
        )
        inside_news = any(  # "retired last week": when the news happened
            a <= spans[0][0] < b or reading.clause_of(a) == reading.clause_of(spans[0][0]) for a, b in news
        )
        greeting = _GREETING.search(reading.text[: spans[0][0]]) or _GREETED.match(
            reading.text[spans[-1][1] :]
        )
        glossed = _glosses(reading.text, spans, [s for w, ss in dates if w in taken for s in ss])
        replaced = any(other is not when for other in taken) and _REPLACED.search(
            reading.text[max(0, spans[0][0] - 12) : spans[0][0]]
        )  # "signature before memorial day not end of month": the date left, said for contrast
        kept = lx.NO_CHANGE.search(reading.clause_of(spans[0][0]).text)  # "十二月底不变": said to stay
        if when in taken or restated or inside_news or greeting or glossed or replaced or kept:
            used += list(spans)
    used += [(f.start, f.end) for f in founds if f.start >= 0]
    for f in founds:  # "Rideau Property Mgmt": the customer's name said with a short form
        more = re.match(r"\s+([A-Z][A-Za-z]+\.?)", reading.text[f.end :]) if f.start >= 0 else None
        if more and _shortens(more.group(1), simplified(f.customer.name).lower()):
            used.append((f.end + more.start(1), f.end + more.end(1)))
        gloss = _GLOSS.match(reading.text, f.end) if f.start >= 0 else None
        if gloss:  # "Kölner Druckluft (Cologne) – …", "溧阳天目湖（常州）…": a gloss of the name, its place
            used.append(gloss.span(1))
    for item in told:  # "promoted to VP at Lumen": the customer's words
        if item.where and any(names_customer(reading.text[slice(*item.where)], f.customer) for f in founds):
            used.append(item.where)
        if item.joins and founds:  # "moved to Birch Tools": where they went (stored as a contact there)
            used.append(item.joins)
    if founds:  # people and their roles, contacts or not ("our 王总", "Cole's scheduling", "SVP of ops")
        used += said_of_people(reading.text, reading.people)
    used += [(s, e) for _, s, e in reading.persons]
    used += [mark] if (mark := list_mark(reading.text)) else []  # "1. visited acme": an item's number
    used += ours_held(reading.text)  # "a rival quoted them 72k, we're still at 85": ours as it stands
    steps = [(s.start, s.end) for s in reading.steps]  # a reminder keeps its words, but not a number
    text = reading.text
    listed = _listed_beside(text, founds) if CJK.search(text) else []
    stored = " ".join(lines).lower()
    unused = []

    def in_date(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in date_words)

    words = [(m.span(), m.group(0), False) for m in _CONTENT.finditer(text) if not in_date(*m.span())]
    words += [(m.span(), m.group(0), True) for m in _HAN_NUMBER.finditer(text) if not in_date(*m.span())]
    words += [(span, reading.said(span), True) for span in date_words]
    words += [(span, text[slice(*span)], False) for span in listed]  # glued to Chinese: no word boundary
    for (start, end), word, number in sorted(words):
        number = number or word[:1].isdigit()
        if any(a < end and start < b for a, b in used) or word.lower() in lx.STOPWORDS:
            continue
        if (
            not number
            and re.search(r"\d[ \t]+$", text[max(0, start - 3) : start])
            and counts_things(text[start - 1 :])
        ):
            continue  # "1,200 Mitarbeiter, 3 Werke": what a number counts, a detail the note keeps
        named_beside = any(a <= start and end <= b for a, b in listed)
        if (
            any(a <= start and end <= b for a, b in steps)
            and not number
            and (founds or start == 0)
            and not named_beside
        ):
            continue  # "nudge JB construction on the bid" with no customer found: JB may be one
        if not number and (prose or start == 0 or reading.outcome == "won") and not named_beside:
            continue  # the note/reason/title keeps a product or a place; a first word is capitalised anyway;
            # "德昌 deal won, Raymond 确认了": who said so is a detail
        if _LABELLED.search(_JOINED.sub("", text[max(0, start - 24) : start])):
            continue  # "#4471", "ref 2026-4471" are identifiers
        if not number and _DEMONYM.fullmatch(word) and re.match(r"\s+[a-z]", text[end:]):
            continue  # "the German supplier couldn't deliver": who they are, a detail the note keeps
        if word.isdigit() and len(word) == 1 and _ALL_OF_THEM.search(text[max(0, start - 8) : end + 9]):
            continue  # "all 3 spoke", "the 2 of them": how many of those named, no value
        if word.isdigit() and re.search(r"\bnet\s*$", text[max(0, start - 6) : start], re.I):
            continue  # "net 60": payment terms, kept in the note
        if word.isdigit() and _REPLACED.search(text[max(0, start - 12) : start]):
            continue  # "2 lines not 1": the number replaced, said for contrast
        if number and reading.amounts and _AMOUNT_WAS.search(text, max(0, start - 24), start):
            continue  # "agreed 172k, down from 180", "3.2M instead of the 3.5 we had": what the amount was
        if (
            word.isdigit()
            and (
                _YEAR.fullmatch(word)
                or _UNIT.match(text[end:])
                or _PART_OF.match(text[end:])
                or re.match(r"/\d", text[end:])  # "24/7 support"
                or re.search(r"\d/$", text[:start])
                or _labels(text, start, end, figured=bool(reading.amounts))
                or _PART_NUMBER.search(text, max(0, start - 24), start)
            )
        ):
            continue  # "the 2027 budget", "250 kW", "warehouse 3,", "rooms 1-3": a detail the note keeps
        grouped = _SPACE_GROUPED.match(text, end)
        if word.isdigit() and grouped and counts_things(text[grouped.end() :]):
            continue  # "40 000 tonnes per year": thousands grouped with a space, a count
        counted = re.sub(r"^(?:多|余|来|几)", "", text[end:])  # "学生三千多人": more than 3000 pupils
        if counts_things(counted, one=word in ("1", "一")) or _shown(word, stored):
            continue  # "10% off", "20 seats", "12 vans": details, not slots; a name the stored lines show
        if shop_figure(text, start):
            continue  # "GMV 破了300w", "ROI 1:4.5": the customer's own takings
        if word.replace(",", "").isdigit() and size_said(text, start):
            continue  # "headcount is 230", "crew of 22", "rooms 101-106": the size of what was named, a label
        if word.isdigit() and (_SPACED_SPAN.match(text[end:]) or _part_of_a_count(text, start, end)):
            continue  # "交期 90 天": a lead time; "1,200 employees, 40 in IT": 40 of those counted before
        if word.replace(",", "").isdigit() and _count_before(text, start):
            continue  # "2,400 lambs a day now, up from 1800": what that count was
        if word.isdigit() and _quoted_count(text, start, end):
            continue  # "quote for 3 showroom kiosk": how many, a detail the note keeps
        if word and word not in unused:
            unused.append(word)
    return unused


# Latin words of a name, two or more, said in a Chinese message ("Lee Fung", "Tsuen Wan Lee Fung").
_LATIN_RUN = re.compile(r"[A-Z][A-Za-z&'’.-]*(?:[ \t]+[A-Z][A-Za-z&'’.-]*)+")


def _listed_beside(text: str, founds: list[Found]) -> list[tuple[int, int]]:
    """Latin names of two words or more joined in a Chinese message to a customer found, as in a list of
    customers ("頭先call咗Lee Fung同埋尖沙咀名軒"): another customer is named there, one no slot read, which
    no note can keep on the customer beside it."""
    spans = [(f.start, f.end) for f in founds if f.start >= 0]
    out = []
    for m in _LATIN_RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        after = LIST_JOINER.match(text, m.end())
        before = any(
            (j := LIST_JOINER.match(text, b)) is not None and j.end() == m.start() and j.group(0).strip()
            for _, b in spans
        )
        if before or (after and after.group(0).strip() and any(a == after.end() for a, _ in spans)):
            out.append(m.span())
    return out


def left_out(
    reading: Reading,
    found: Found | None,
    shown: list[str],
    *,
    whole: bool = True,
    now: datetime | None = None,
    contacts: tuple[str, ...] = (),
) -> list[str]:
    """The content words no slot uses, and the people a logged interaction would not show.

    `shown`: what storing the plan will show the user (the customer, the people it links or adds);
    `whole`: the reading is the whole message; `contacts`: the customer's known contacts it names."""
    called = [short_name_said(reading.text, name.split()[0]) for name in shown if name.split()]
    shown = [*shown, *(short for short in called if short)]  # "met Tess": Theresa Villanueva, shown
    unused = unused_words(reading, [found] if found else [], shown, now)
    if (reading.about_deal or reading.steps) and not reading.kind:
        # "Eoin confirmed the budget, moving to negotiation", "agreed £40k, Brendan's raising the PO": a known
        # contact of theirs said as who told is a detail; "set reminder - Chai Katte, Tanvi, 1500 hrs on 7/5":
        # whom the reminder is about, at the customer it is set for
        known = {part.lower() for name in contacts for part in simplified(name).split()}
        unused = [w for w in unused if re.sub(r"['’]s$", "", w).lower() not in known]
    if reading.kind and found is not None and whole and reading.mail_from is None:
        # (the people a pasted e-mail's body names are the sender's words, kept in the note)
        people = " ".join(shown[1:])  # "met Jane and Raj" was with both: the note keeps Raj
        aliases = {fold(alias) for alias in found.customer.aliases or ()}
        unused += [
            name
            for name in _unlinked_people(reading, " ".join(shown))  # the note is not enough for a person
            if not _beside(reading.text, name, people)
            and fold(name) not in aliases  # "Rajiv Mondal of HPSL at Haldia plant": the customer's alias
        ]
        said = " ".join(shown).lower()
        unused += [  # "Gavin's assistant Denpok"
            name for name in contacts if name.lower() not in said and not _beside(reading.text, name, people)
        ]
    return unused


# joined by "and", or side by side ("张伟王强")
_AND = re.compile(r"\s*(?:(?:and|&|,|/|\+|、|和|与|跟|及|以及)\s*)?", re.IGNORECASE)


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    parts = {name, *(p for p in name.split() if len(p) >= 2)}
    return [m.span() for p in parts for m in re.finditer(re.escape(simplified(p)), text, re.IGNORECASE)]


def _beside(text: str, name: str, shown: str) -> bool:
    """Whether the contact `name` is named right beside a person the plan shows, joined by "and"
    ("lunch w/ Jane Doe and Raj Patel", "解军和苗青都在"): both were there."""
    text = simplified(text)
    others = [
        span
        for word in re.findall(r"[A-Za-z][\w'’-]+|[\u4e00-\u9fff]{2,4}", shown)
        if word.lower() not in lx.STOPWORDS
        for span in _mentions(text, word)
    ]
    return any(
        _AND.fullmatch(text[min(b, d) : max(a, c)])
        for a, b in _mentions(text, name)
        for c, d in others
        if b <= c or d <= a
    )


def doubts(
    reading: Reading,
    found: Found | None,
    *,
    now: datetime | None = None,
    contacts: tuple[str, ...] = (),
    writes: Writes | None = None,
    say: Callable[..., str] | None = None,
) -> list[str]:
    """The words read without certainty: the reading's own doubts, then the gate's, then the dates and
    amounts whose role in the plan's `writes` a learned opinion disputes (`slot_opinion`; in the user's
    language via `say`)."""
    families = doubt_families(reading, found, now=now, contacts=contacts, writes=writes, say=say)
    return [doubt for found_doubts in families.values() for doubt in found_doubts]


def doubt_families(
    reading: Reading,
    found: Found | None,
    *,
    now: datetime | None = None,
    contacts: tuple[str, ...] = (),
    writes: Writes | None = None,
    say: Callable[..., str] | None = None,
) -> dict[str, list[str]]:
    """`doubts`, by the rule that raised each (in `doubts`'s order): what the whole-plan confidence's
    records describe a plan by (`plan_signals`)."""
    disputed = slot_opinion.doubts(reading, writes, now, say) if writes and now and say else []
    return {
        "reading": [*reading.doubts, *reading.close_doubts],
        "date": list(reading.date_doubts),
        "outcome": [reading.outcome_doubt] if reading.outcome_doubt else [],
        "weak_link": _weak_link(reading, found, contacts),
        "new_by_other_name": _new_by_another_name(reading, found),
        "longer_name": _longer_name(reading, found, contacts, writes),
        "out_of_time": _out_of_time(reading, now, contacts, say, found),
        "not_a_plan": _not_a_plan(reading),
        "typed_kind": _typed_kind(reading),
        "no_task": _no_task_steps(reading, found, contacts),
        "unread_date": _unread_date_words(reading, found, contacts),
        "vague_day": _vague_days(reading),
        "role_person": _role_person(reading, found),
        "slot_opinion": [*disputed],  # (Disputed are str)
    }


def _unlinked_people(reading: Reading, stored: str) -> list[str]:
    """People the message names whom no stored line shows ("called jane, bob was there too": Bob).

    A Chinese surname and title (陈经理) is shown by the contact with that surname (陳志明)."""
    shown = simplified(stored).lower()
    out = []
    ours = not_contacts(reading.text, reading.people)  # our boss, a colleague, a competitor's rep, family
    ours += [span for _, spans in _date_spans(reading) for span in spans]  # "Tuesday's walkthrough": a day
    for name, start, end in reading.persons:
        if any(a < end and start < b for a, b in ours):
            continue
        if absent(reading.text, name, later=reading.kind in (None, "note")):
            continue  # "林总不在", "jane was out": not there, so not whom it was with
        if CJK.match(name):
            if name[0] not in shown:
                out.append(name)
            continue
        if not name[:1].isupper():
            continue  # "called mia at …": a lowercase word is too weak a sign of a person to ask about
        if name.upper() in _DEPARTMENTS:
            continue  # "will clarify with QC and revert": a department, no one to link
        if start == 0 and _describes(reading.text, end):
            continue  # "Quick WhatsApp from Ronan", "Pasting from my email to …": a first word is capitalised
            # anyway, and it says what comes next, not who
        parts = [p for p in name.lower().split() if len(p) > 1 and p not in lx.STOPWORDS]
        if parts and not any(_shown(p, shown) for p in parts):
            out.append(name)
    return out


# Departments said by their letters, as a person would be: "check with QC", "HR has it", "ask IT".
_DEPARTMENTS = frozenset({"QC", "QA", "HR", "IT", "R&D", "PMO", "MIS", "EHS", "HSE", "QHSE", "SCM"})


def _shown(word: str, stored: str) -> bool:
    """Whether the stored lines (lowercase) show `word`: as written or declined, or as the same Japanese name
    spelt another way in romaji ("Oogawa" for the contact Ogawa Hiroshi, "Katou" for Kato Rina)."""
    if word.lower() in stored or declined_form(re.sub(r"['’]s$", "", word), stored):
        return True  # (also said in another case: "u Krzysztofa Mazurka" of the contact Krzysztof Mazurek)
    key = romaji_name_key(word) if len(word) >= 3 and word.isascii() and word.isalpha() else None
    if key is not None and any(romaji_name_key(w) == key for w in re.findall(r"[a-z]{3,}", stored)):
        return True
    # "Mr Leung" shown by the contact 梁家辉: a Chinese family name spelt in letters
    return word.isascii() and any(
        word.lower() in family_spellings(name[:size])
        for name in re.findall(r"[\u4e00-\u9fff]{2,4}", stored)
        for size in (1, 2)
    )


# What a person said before "from/at/of" is followed by: the preposition right after the name, and then not
# the user's own ("Pasting from my email" names no one; "Ronan from DLMS", "Jana from the warehouse" do).
_PERSON_FROM = re.compile(r"\s*(?:from|@|at|of)\s+(?!(?:my|our)\b)", re.IGNORECASE)


def _describes(text: str, end: int) -> bool:
    """Whether a capitalised first word, read as a person before "from/at", only describes what follows it:
    another word stands between it and "from" ("Quick WhatsApp from …"), or what follows "from" is the
    user's own ("Pasting from my email"). ("Pasting from Aoife's reply: …" stays asked: with the card gone,
    its kind is read as a note, not the e-mail it is.)"""
    return _PERSON_FROM.match(text, end) is None


_NAME_GOES_ON = re.compile(r"\s+(?:(?:del|de la|de los|von|van)\s+)?([A-Z][a-z][A-Za-z&'’\-]*)")


def _longer_name(
    reading: Reading, found: Found | None, people: tuple[str, ...], writes: Writes | None = None
) -> list[str]:
    """The customer's words go on with a capitalised word its name lacks: "Lincoln Financial" is not
    Lincoln Dental Group, "ABC Supply" not ABC Plumbing. A word of the deal the message changes is that
    deal's ("Bayernwerk Getriebe slips to Ende Oktober": its Getriebe deal)."""
    if found is None or found.start < 0 or found.field not in ("name", "alias"):
        return []
    # (a joint of Spanish, German or Dutch names may come between: "Hilados del Norte" is no Hilados Poblanos)
    after = _NAME_GOES_ON.match(reading.text, found.end)
    if after is None:
        return []
    word, at = after.group(1), after.start(1)
    name = simplified(" ".join((found.customer.name, *(found.customer.aliases or [])))).lower()
    deal = writes.deal if writes else None
    deal_words = {w for t in ((deal.hint, deal.title) if deal else ()) if t for w in t.lower().split()}
    if (
        word.lower() in deal_words
        or word.lower() in name
        or any(said_for(word.lower(), w) for w in name.split())  # "Theme Parks" of Theme Park Services
        or word.lower() in lx.STOPWORDS
        or reading.is_masked(at, at + len(word))
    ):
        return []
    if CJK.match(reading.text[found.start : found.end]) or _shortens(word, name):
        return []  # "远航跨境 Amy 发了 email": a Latin word goes on no Chinese name; "Mgmt" is "Management"
    if any(s <= at < e for _, s, e in reading.persons) or any(
        word.lower() in c.lower().split() for c in people
    ):
        return []  # "甬达 Jenny Wu 邮箱改成 …": a person of theirs
    return [f"{reading.said((found.start, after.end()))} = {found.customer.name}"]


def _shortens(word: str, name: str) -> bool:
    """`word` is a short form of a word of the name: its letters in order, from the same first letter
    ("Mgmt" of Management, "Intl" of International, "Svcs" of Services)."""
    word = word.lower().rstrip(".")
    return len(word) >= 3 and any(
        part != word and part[0] == word[0] and _in_order(word, part) for part in re.findall(r"[a-z]+", name)
    )


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _out_of_time(
    reading: Reading,
    now: datetime | None,
    contacts: tuple[str, ...] = (),
    say: Callable[..., str] | None = None,
    found: Found | None = None,
) -> list[str]:
    """Dates that contradict what the plan does with them: an interaction logged as done at a time still
    to come ("wants a call at 5:30 today"), a deal won or lost with a close date still ahead ("chase
    them for the signed PO by end of week")."""
    if now is None:
        return []
    out = []
    when = reading.occurred
    if reading.kind and when is not None and when.has_time and when.at > now:
        words = " ".join(reading.said(span) for span in _spans_of(reading, when))
        if re.search(r"\d|[点點]", words):  # a clock time, not "下午" (a part of the day, which may be now)
            out.append(words)
    today = now.astimezone(when.at.tzinfo).date() if when is not None else None
    if (
        reading.kind
        and not reading.outcome
        and when is not None
        and not _talk_earlier_today(reading, when, today)
        and _elsewhere(reading, when, contacts, found)
    ):
        # (a win or a loss happened when the message says: "signed the contract this morning, … by email")
        out.append(" ".join(reading.said(span) for span in _spans_of(reading, when)))
    if (
        reading.outcome
        and reading.close is not None
        and reading.close > now.astimezone(_tz(reading, now)).date()
    ):
        out.append(_settled_later(reading, reading.close, say))
    return [w for w in out if w]


def _talk_earlier_today(reading: Reading, when: When, today: date | None) -> bool:
    """A part of today said of an interaction read in its own clause ("As discussed with Subhash ji this
    morning at Kolkata Jute Mills, … Visited their Baranagar unit."): the one logged is today either way.
    (One we cannot read there, "今早克西安北郊物流园寻郭经理", is still asked about.)"""
    spans = _spans_of(reading, when)
    if when.at.date() != today or not spans or not part_of_day_only(reading.text, when):
        return False
    clause = reading.clause_of(spans[0][0]).text
    return bool(_TALKED_WITH.search(clause)) or any(p.search(clause) for p in KIND_PATTERNS.values())


# A talk with them said without its kind: "as discussed with Subhash ji", "spoke to Jane", "跟刘总聊了".
_TALKED_WITH = re.compile(
    r"\b(?:discuss(?:ed)?|spoke|talked|chatted)\s+(?:to|with)\b|(?:跟|和|与|同)[^，,。；;]{1,12}?(?:聊|谈|沟通)",
    re.IGNORECASE,
)


def _settled_later(reading: Reading, close: date, say: Callable[..., str] | None) -> str:
    """A win or loss said with a day still to come ("legal signed off, PO coming thurs"), in the user's
    words of that day: is it won (lost) now, or only then? The card's won line shows no close date."""
    said = [spans for when, spans in _date_spans(reading) if when.at.date() == close]
    words = " ".join(reading.said(span) for spans in said[:1] for span in spans) or close.isoformat()
    if say is None:
        return words
    if reading.outcome == "lost":
        return say("whether it is lost now, not {words}", words=words)
    return say("whether it is won now, not {words}", words=words)


# A step's words that report what was done: its date is the topic talked about ("聊了 Q1 的 plan").
_DONE = re.compile(r"了|\b(?:discussed|talked|chatted|went over|covered)\b", re.IGNORECASE)
_SETTLED = re.compile(
    r"(?:定了|定好了|约了|约好了|敲定了|确定了|说好了)|(?:booked|scheduled|confirmed|set|fixed)",
    re.IGNORECASE,
)
# A clock time this early is rarely meant as morning when no am/pm says so ("a call at 5:30 today").
_AM_PM = re.compile(
    r"\b(?:a\.?m\.?|p\.?m\.?|morning|evening|tonight)\b|am\b|pm\b|上午|下午|早上|晚上|凌晨|中午", re.I
)
EARLY = 7


def _not_a_plan(reading: Reading) -> list[str]:
    """Parts read as a plan that the words do not make one: a won/lost word inside a task ("chase them for
    the signed PO by end of week"), a date in words that report what was done ("聊了 Q1 的 plan"), a clock
    time before 7 with no am/pm ("at 5:30 today")."""
    out = []
    for step in reading.steps:
        span = reading.outcome_span
        if span is not None and step.explicit and step.due is not None and step.start <= span[0] < step.end:
            out.append(reading.said(span))
        moved = reading.moved_from or reading.rescheduled  # "改到下周一上午十点了": the 了 says it is settled
        if (
            step.due is not None
            and not step.explicit
            and not moved
            and not _SETTLED.fullmatch(step.text.strip())  # "…明天下午…，定了三点": the time is settled
            and (_DONE.search(_SETTLED.sub("", step.text)) or _no_task(step.text))  # "定了…开会": arranged
        ):
            out.append(step.text)
    for at, when in reading.dates:
        words = reading.text[max(0, at - 8) : at + 16]
        if when.has_time and when.at.hour < EARLY and not _AM_PM.search(words):
            out.append(" ".join(reading.said(span) for span in _spans_of(reading, when)))
    return [w for w in out if w]


_KIND_WORDS = frozenset(w for words in ACTIVITY_WORDS.values() for w in words)


def _typed_kind(reading: Reading) -> list[str]:
    """The interaction read from a word one letter away from a kind word whose first letter differs:
    "visted" is a visit, but "security review failed" is no email (mailed); the card shows what was read."""
    if reading.kind is None or reading.kind_span is None:
        return []
    typed = reading.text[reading.kind_span[0] : reading.kind_span[1]].lower()
    if not re.fullmatch(r"[a-z]{5,}", typed) or typed in _KIND_WORDS:
        return []
    # a slip keeps the first letter ("visted"); another first letter makes another word ("failed")
    near = [w for w in _KIND_WORDS if abs(len(w) - len(typed)) <= 1 and Levenshtein.distance(w, typed) <= 1]
    if any(w[0] == typed[0] for w in near):
        return []
    return [f"{reading.said(reading.kind_span)} = {reading.kind}"]


def _no_task(text: str) -> bool:
    """Words with nothing to do in them, only particles left around a date ("Q2 的 预算" → "的")."""
    if not text.strip():
        return False  # "acme friday": a follow-up, said short
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in lx.STOPWORDS]
    return not words and not re.sub(r"[的了在是和与及呢吧啊\W\d]", "", text)


_HEADING_END = re.compile(r"[:：](?!\d)")  # (not a clock's "10:30")


def _elsewhere(
    reading: Reading, when: When, contacts: tuple[str, ...] = (), found: Found | None = None
) -> bool:
    """The date read as when the interaction happened stands in another clause that says something else
    ("met tom at blue sky, they installed 600 panels last month"): it may be when that happened. Where we
    were ("今天上午在嘉兴南湖纺织，褚经理带我看了仓库"): the customer's name is no such thing."""
    spans = _spans_of(reading, when)
    if not spans or reading.kind_span is None:
        return False
    clause = reading.clause_of(spans[0][0])
    if clause == reading.clause_of(reading.kind_span[0]):
        return False
    heading = _HEADING_END.search(clause.text)
    if heading is not None and spans[0][0] < clause.start + heading.start():
        return False  # "上午连跑两家：衢州…、丽水…": a heading that says when the list after it happened
    if any(negated(clause.text, m.start()) for p in KIND_PATTERNS.values() for m in p.finditer(clause.text)):
        return False  # "今天没空见面，改成电话沟通了": the meeting that did not happen is the call's
    rest = clause.text
    people = [(s, e) for _, s, e in reading.persons if clause.start <= s and e <= clause.end]
    if found is not None and clause.start <= found.start and found.end <= clause.end:
        people.append((found.start, found.end))
    for a, b in sorted([*spans, *people], reverse=True):
        rest = rest[: a - clause.start] + " " + rest[b - clause.start :]
    for name in contacts:  # "met 华信 马超 today": who was there, not something else
        for part in {name, *name.split()}:
            rest = re.sub(re.escape(simplified(part)), " ", rest, flags=re.IGNORECASE)
    if _WENT_THERE.fullmatch(re.sub(r"\s+", "", rest)):
        return False  # "昨儿去营口鲅鱼圈港务了": the place's prefix left over ("营口") is still going there
    words = [w for w in re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", rest) if w.lower() not in lx.STOPWORDS]
    return len([w for w in words if w not in _GOING]) > 1


# Going there, said in the clause of the date: "昨儿去鲅鱼圈港务了，宫总请吃的饭" (the meal was that visit).
_GOING = frozenset("去到在了过跑趟一")
_WENT_THERE = re.compile(r"\W*(?:又|就)?(?:去|到|跑)了?[\u4e00-\u9fff]{0,4}(?:了|过|一趟)\W*")


def _spans_of(reading: Reading, when: When) -> tuple[tuple[int, int], ...]:
    return next((spans for w, spans in _date_spans(reading) if w is when or w == when), ())


def _tz(reading: Reading, now: datetime) -> tzinfo | None:
    dates = [w for _, w in reading.dates]
    return dates[0].at.tzinfo if dates else now.tzinfo


def _weak_link(reading: Reading, found: Found | None, contacts: tuple[str, ...] = ()) -> list[str]:
    """The customer named only by part of its name, in a message that says nothing about work with it
    (no interaction, no deal, no reminder asked for): "fresh start tomorrow, today was a write-off" is
    not about Fresh Start Cleaning for sure. Not when the message names one of its contacts too ("fri 8
    oct 11am clementi clinic demo with alvin": Alvin is at Clementi Family Clinic): that settles it."""
    if found is None or found.start < 0:
        return []
    if found.weak:  # everyday words or the search index's guess: never stored unasked (the linker's word)
        return [f"{reading.said((found.start, found.end))} = {found.customer.name}"]
    if not _partial(found) or contacts:
        return []
    asked = any(s.explicit for s in reading.steps) or reading.rescheduled  # "恒通那个改到周一"
    # "Erinnerung: Freitag um 15 Uhr Vertrag Passau Donau prüfen": the heading asks for the reminder
    asked = asked or bool(reading.steps and lx.REMIND.search(reading.text))
    if reading.kind or reading.about_deal or asked or read_news(reading.text, reading.people):
        return []
    return [f"{reading.said((found.start, found.end))} = {found.customer.name}"]


# A lead said to be new: "new lead - Blenheim Wine Co", "新客户". (Not "new deal at X": a new deal of a
# customer the rep knows.)
_NEW_LEAD = re.compile(r"\bnew\s+(?:lead|prospect|customer|client|account)s?\b|新客户|新线索", re.IGNORECASE)


def _new_by_another_name(reading: Reading, found: Found | None) -> list[str]:
    """A "new lead" named by another name of a customer the CRM has ("new lead - Blenheim Wine Co", its
    former name, for Marlborough Sauvignon Exports with its open deal): the rep may not know it is one, or
    mean another company; asked, not filed as a second deal there. A short form of the customer's own name
    ("new lead at Acme") is no other name."""
    if found is None or found.start < 0 or found.field != "alias" or not _NEW_LEAD.search(reading.text):
        return []
    said = simplified(reading.said((found.start, found.end))).lower().split()
    name = simplified(found.customer.name).lower().split()
    if not said or not name or said[0] == name[0]:
        return []
    return [f"{reading.said((found.start, found.end))} = {found.customer.name}"]


def _partial(found: Found) -> bool:
    return found.certainty == Certainty.PARTIAL


def currency_guessed(ctx: Ctx, reading: Reading, customer: Customer, writes: Writes) -> list[str]:
    """A new deal's amount said with no currency, for a customer with no deal to take it from, would be kept
    in the team's default currency; when most of the user's own open deals are kept in another currency
    ("Tierklinik Rostock wants a quote, 7.5k" from a rep with deals in EUR, CHF and GBP), that is a guess:
    asked, in the words of the amount (the card shows the currency it would use)."""
    deal = writes.deal
    if deal is None or deal.amount is None or reading.amount is None:
        return []
    if not deal.add_on and ctx.store.deals.for_customer(customer.id, open_only=True):
        return []  # a change of the open deal keeps its currency
    kept = {d.currency for d in ctx.store.deals.for_customer(customer.id)}
    said = reading.said((reading.amount.start, reading.amount.end))
    if kept:
        # the customer's own deals tell, also when they are kept in the team's default currency; but a bare
        # "$" is the writer's own dollar ("otra orden por $40,000" from Mexico City, the peso, at a customer
        # whose deals are kept in USD): which is asked
        own = local_dollar(ctx.tz)
        return [said] if dollar_sign_only(deal.amount_text or said) and own not in kept else []
    if deal.currency:
        # a bare "$" is the writer's own dollar, and the dollar of the customer's country when that is
        # another ("$21k" from Sydney for a customer in New Zealand, where the rep's deals are in NZD): which?
        there = country_currency(ctx, customer)
        own = local_dollar(ctx.tz)
        dollar = dollar_sign_only(deal.amount_text) and there in DOLLARS and there != own
        return [said] if dollar else []
    if deal.implied or country_currency(ctx, customer):
        return []  # the user's deals in the customer's country are kept in one currency: that one
    mine = Counter(d.currency for d in ctx.store.deals.open_for(ctx.user.id))
    if not mine or mine.most_common(1)[0][0] == ctx.settings.default_currency:
        return []  # (a rep in Toronto with 27 deals in CAD and 3 in USD: USD is still a guess)
    return [said]


def currency_unread(ctx: Ctx, reading: Reading, customer: Customer) -> list[str]:
    """A currency named that no amount of the message takes, other than the one the customer's open deals
    are kept in: "reto wants the quote in euros now, 36k" for a CHF deal, "嘉盛要改人民币" for an HKD deal.
    Storing the amount in the deal's currency, or only a note, would drop the change the words ask for:
    asked, in the words of the currency (never converted, never guessed). A bare "dollars" is any dollar
    (`currencies_named`): the deal's own when it is kept in one, asked otherwise."""
    named = [c for c in currencies_named(reading.text, reading.amounts) if not c.left]
    if not named:
        return []
    kept = {d.currency for d in ctx.store.deals.for_customer(customer.id, open_only=True)}
    if not kept:
        return []  # no deal to change: a currency in a note ("paid the deposit in pounds") is a detail
    taken = {a.currency for a in reading.amounts if a.currency}  # "in euros now, 36k": the amount took it
    return [reading.said((c.start, c.end)) for c in named if not c.codes & (kept | taken)]


_SHARED_WORD_CANDIDATES = 20


def shared_word(ctx: Ctx, reading: Reading, found: Found, contacts: tuple[str, ...] = ()) -> list[str]:
    """A customer named by the first words of its name that another customer's name has further on: "lantern
    signed today" is Lantern Point Dental Group or Prairie Lantern Brewing Co. The linker weighs the names
    that start with the words (and asks among them); one that has them later is not weighed, so which was
    meant is asked, never guessed. A known contact of the customer named in the message tells."""
    if found.start < 0 or contacts:
        return []
    said = simplified(reading.text[found.start : found.end]).strip().lower()
    # A Chinese short form ("长盛纺织" for 彰化長盛紡織) is a partial name too: another customer may hold
    # it after a region the index does not strip (绍兴长盛纺织), and then the two tie
    chinese_short = found.certainty == Certainty.ALIAS and CJK.match(said) is not None
    if (found.certainty != Certainty.PARTIAL and not chinese_short) or len(said) < 2:
        return []
    later = re.compile(
        rf".+{re.escape(said)}"
        if CJK.match(said)
        else rf"\w[\w'’&.-]*\s+(?:[\w'’&.-]+\s+)*{re.escape(said)}\b"
    )
    # the search index finds the names with the word anywhere; reading every customer on each partial link
    # would grow with the organisation
    for other in ctx.store.search.customers(said, limit=_SHARED_WORD_CANDIDATES):
        if other.customer_id == found.customer.id or other.field not in ("name", "alias"):
            continue
        names = [simplified(name).lower() for name in (other.name, other.matched)]
        if any(name.startswith(said) for name in names):
            continue  # weighed by the linker already
        # So is a namesake the words are a whole short form of (广州海川食品 for 海川), but not one whose
        # short form only starts with them (嵊州宏远无纺布 for 宏远: 无纺布 is no trade word the index knows)
        shorts = chinese_short_forms(strip_legal(fold(other.name))) if CJK.match(said) else []
        if said in (short.lower() for short in shorts):
            continue
        # nor one the words only straddle, its place's last character and its name's first (华瑞 in
        # 金华瑞祥印务: 金华 the city, 瑞祥 the name): no word of that name
        own = [f for f in shorts if not any(t != f and f.find(t) > 0 for t in shorts)]
        if own and not any(said in f.lower() for f in own):
            continue
        if any(later.match(name) for name in names):
            return [f"{reading.said((found.start, found.end))} = {found.customer.name}"]
    return []


def someone_elses_contact(
    ctx: Ctx, reading: Reading, found: Found, contacts: tuple[str, ...] = ()
) -> list[str]:
    """A person named as the customer's ("called Tammy at hawkeye", "met ray from fox river") who is none of
    its contacts but a current contact of another customer (Tammy Voss at Cedar Rapids Millwork): that one,
    moved or named wrong, or a new person of this customer? Asked, never a new contact on a guess. Not in a
    message read again as corrected ("sorry, that was kessler medical"): the user just said whose it is."""
    if found.start < 0 or ctx.picks.get(CORRECTED):
        return []
    known = {word for name in contacts for word in simplified(name).lower().split()}
    out = []
    for name, start, end in reading.persons:
        link = _PERSON_AT.match(reading.text, end)
        if link is None or link.end() != found.start or CJK.search(name):
            continue  # only "<name> at/from <this customer>"
        words = name.lower().split()
        if any(w in known for w in words):
            continue
        if ctx.store.customers.find_contacts(name, customer_id=found.customer.id):
            continue
        theirs = [
            c
            for c in ctx.store.customers.find_contacts(name)
            if c.customer_id != found.customer.id and c.current and words[0] in c.name.lower().split()
        ]
        if theirs:
            other = ctx.store.customers.require(theirs[0].customer_id)
            out.append(f"{reading.said((start, end))} = {theirs[0].name} ({other.name})")
    return out


def namesake_elsewhere(ctx: Ctx, reading: Reading, found: Found) -> list[str]:
    """A Chinese contact of another of the rep's customers named in a message about this one
    ("老冉说江渝那单明天签": 冉启明 is 渝江船舶's, 江渝食品 has no 冉): the other customer meant (江渝 /
    渝江), or a new person here? Asked. Named by the whole name, or by the family name as 老冉 / 小冉 /
    冉总 when that family is one contact's among the rep's customers and none of this customer's; not when
    the message names that other customer too (two customers' news), nor in a message read again as
    corrected."""
    text = reading.text
    if found.start < 0 or ctx.picks.get(CORRECTED) or not CJK.search(text):
        return []
    if any(i.kind in ("left", "move", "successor") for i in change_words(text)):
        return []  # "李卓霖又跳槽，由葵涌去咗荃灣利豐": the person's move is the news
    everyone = [c for c in ctx.store.customers.find_contacts("") if c.current and CJK.match(c.name)]
    # the customers the message names by a name of theirs (not by a person: that is the doubt)
    named = {m.customer_id for m in ctx.store.search.mentions(text) if m.evidence < Evidence.CONTACT}
    here = {family_name(c.name) for c in everyone if c.customer_id == found.customer.id}
    elsewhere = [c for c in everyone if c.customer_id != found.customer.id]
    families = Counter(family_name(c.name) for c in elsewhere)
    out: list[str] = []
    for contact in elsewhere:
        family = family_name(contact.name)
        if family in here or simplified(family) not in text:
            continue  # (the family name not in the text at all: no pattern built for it)
        said = _whole_or_family(simplified(contact.name), family).search(text)
        if said is None:
            continue
        if said.group("family") and families[family] > 1:
            continue  # 王总 with a 王 at three other customers: nobody in particular, maybe someone new here
        full = full_name_after(text, said.start(), said.end()) if said.group("family") else None
        if full not in (None, contact.name):
            continue  # "王总（王建国，总经理）": named in full, someone else
        other = ctx.store.customers.require(contact.customer_id)
        if other.owner_id != ctx.user.id or other.id in named:
            continue
        out.append(f"{said.group(0)} = {contact.name} ({other.name})")
    return out


def _whole_or_family(name: str, family: str) -> re.Pattern[str]:
    family = re.escape(family)
    return re.compile(rf"{re.escape(name)}|(?P<family>(?:老|小|阿){family}|{family}(?:{lx.CN_TITLE_WORDS}))")


# A deal named by words before its noun: "about the Precision quote", "re the brewing deal".
_DEAL_NAMED = re.compile(
    r"\b(?:the|their|that|this|about|(?<!['’])re|on)\s+(?P<words>(?:[\w&'’.-]+\s+){0,2}?[\w&'’.-]+)\s+"
    r"(?P<noun>quote|deal|order|contract|proposal|project|opp(?:ortunity)?|renewal|po|thing)\b",
    re.IGNORECASE,
)


def another_customers_deal(ctx: Ctx, reading: Reading, found: Found) -> list[str]:
    """A customer found by its contact ("Met Nuala this morning …", Nuala Kenny of Athlone Credit Union) with
    a deal named by words of another customer's name and none of its own ("… about the Precision quote":
    Athlone Precision Plastics has that quote): the contact's customer, or the deal's? Asked, never logged
    on the contact's guess."""
    if found.start < 0 or found.field != "contact":
        return []
    own = " ".join(
        simplified(text).lower()
        for text in (
            found.customer.name,
            *(found.customer.aliases or []),
            *(d.title or "" for d in ctx.store.deals.for_customer(found.customer.id)),
        )
    )
    out = []
    for m in _DEAL_NAMED.finditer(reading.text):
        words = [w for w in m.group("words").lower().split() if w not in lx.STOPWORDS and len(w) > 2]
        if not words or any(w in own for w in words):
            continue
        others = [
            hit
            for hit in ctx.store.search.customers(" ".join(words), limit=_SHARED_WORD_CANDIDATES)
            if hit.customer_id != found.customer.id
            and hit.field in ("name", "alias")
            and all(re.search(rf"\b{re.escape(w)}\b", simplified(hit.matched).lower()) for w in words)
        ]
        if others:
            out.append(f"{reading.said(m.span('words'))} {m.group('noun')} = {others[0].name}")
    return out


def colleagues_customer(ctx: Ctx, customer: Customer, *, reminded: bool = True) -> list[str]:
    """A reminder, a log or a contact's change at a customer another rep looks after (one the user may not
    manage): whose it is is said and the card asks first ("remind me to drop the proposal at …", "raffles
    family office called me" at a colleague's customer: the wrong customer read, or the colleague's news?)."""
    if may_manage(ctx, customer.owner_id):
        return []
    owner = ctx.store.users.get(customer.owner_id) if customer.owner_id is not None else None
    if not reminded and (owner is None or owner.role == "admin"):
        return []  # a log at a customer the admin holds (imported, not yet handed out): anyone's to log
    name = owner.display_name if owner is not None else "?"
    return [ctx._("{customer} is {name}'s customer", customer=customer.name, name=name)]


CORRECTED = "message:corrected"  # a pick: the message is read again as the user corrected it
_PERSON_AT = re.compile(r"\s+(?:at|from|@|of)\s+(?:the\s+)?", re.IGNORECASE)


def nothing_to_close(ctx: Ctx, reading: Reading, customer: Customer) -> bool:
    """A win with no amount of a customer with no open deal ("madison events signed!"): won what?"""
    if reading.outcome != "won" or reading.amount is not None or reading.reopen or reading.add_on:
        return False  # a loss records why; a win records revenue, and a made-up deal has none
    return not ctx.store.deals.for_customer(customer.id, open_only=True)


# Words that say nothing to do on their own: a reminder kept with only these ("make it", "same", "改 吧",
# "Red River reminder") holds no task; its date most likely changes or settles another one.
_FILLER_TEXT = """make made it its that this same put set move moved change changed push pushed
    reminder reminders remind me my the a an to ok okay wait no not nope actually instead time again pls
    please scrap then so and one won't wont will would can't cant can do done is was be ll s"""
_FILLER = frozenset(_FILLER_TEXT.split())
_FILLER_ZH = re.compile(
    r"提醒我?|改成|改到|改为|改做|改(?:咗)?去|挪到|移到|调到|改|换成|一下|那个|这个|那条|这条|同一个时间|同一时间|时间|不对|不是|算了|还是|就|"
    r"[的了吧呢啊呀哦喔嗯是个]"
)


# Words that say a task is settled, not one to do: "kestrel reminder on the 2nd - done already", "不用了".
_SETTLED_TASK = re.compile(r"\b(?:done|already|no need)\b|已经|已經|搞定|不用了|唔使|完成了", re.IGNORECASE)


def _no_task_steps(reading: Reading, found: Found | None, contacts: tuple[str, ...] = ()) -> list[str]:
    """A reminder whose words hold nothing to do: "reminder monday 10am to send the docs.. wait, make it wed
    10am" keeps "make it" for Wednesday, "the Red River reminder on the 5th - done early" keeps "Red River
    reminder", "…不对 改成周四吧" keeps "吧". Those words change or settle another reminder, or say nothing;
    asked, never stored as a task. A reminder said with no words but a name ("acme friday") is a follow-up."""
    if reading.rescheduled and len(_date_spans(reading)) <= 1:
        return []  # "ferrow resched to thurs same time" moves the reminder there is (one day said, no slip)
    out = []
    names = [reading.said((found.start, found.end))] if found is not None and found.start >= 0 else []
    names += [part for name in contacts for part in (name, *name.split())]
    for step in reading.steps:
        if step.due is None or not step.text.strip():
            continue
        rest = simplified(step.text)
        if any(re.search(rf"\bpush\s+{re.escape(simplified(n))}\b", rest, re.I) for n in names if n.strip()):
            continue  # "push Luciana": chase her (Brazilian English), a task; not "push it to friday"
        for name in sorted(names, key=len, reverse=True):
            rest = re.sub(re.escape(simplified(name)), " ", rest, flags=re.IGNORECASE)
        latin = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", rest)
        words = [w for w in latin if w.lower().replace("’", "'") not in _FILLER]
        han = _FILLER_ZH.sub("", "".join(re.findall(r"[\u4e00-\u9fff]+", rest)))
        said = latin or re.search(r"[\u4e00-\u9fff]", rest)  # only the customer said: "kestrel friday"
        if (said and not words and not han) or _SETTLED_TASK.search(step.text):
            out.append(step.text.strip())
    return out


_CLOCK_END = re.compile(r"(?:\d|点|点钟|时|分|半|\b(?:am|pm|noon|o'?clock))\s*$", re.IGNORECASE)


# A part of a week or a month said before it: "early next week", "late this month", "mid next week" is read
# as a day by the date reader; "the start of next month" too.
_PART_BEFORE = re.compile(
    r"\b(?:early|late|mid|middle of|beginning of|start of|towards?(?: the)? end of)\s*-?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_A_WEEK_OR_MONTH = re.compile(r"(?:next|this|the following|coming)\s+(?:week|wk|month)", re.IGNORECASE)


def _vague_days(reading: Reading) -> list[str]:
    """The day of a reminder said only roughly ("五一前后帮我约一下王部长", "remind me around the bank
    holiday"): no day to set it on, asked in the user's words."""
    text = reading.text
    out = []
    for when, spans in _date_spans(reading):
        if not any(s.due is not None and _same_moment(when, s.due) for s in reading.steps):
            continue  # a close said as a stretch or roughly is doubted by `doubted.py`
        start, end = spans[0][0], spans[-1][1]
        if _CLOCK_END.search(text[start:end]):
            continue  # "10点左右": a rough time on a day said exactly
        if text[start:end].strip().lower() in reading.picked_days:
            continue  # "sometime next week", its day pressed
        rough = approximated(text, start, end)  # "五一前后", "端午左右", "around the bank holiday"
        part = _PART_BEFORE.search(text, max(0, start - 24), start)  # "early next week": which day of it?
        if part is not None and _A_WEEK_OR_MONTH.fullmatch(text[start:end].strip()):
            out.append(reading.said((part.start(), end)))
        elif rough or said_before(text, start):
            out.append(reading.said((start, rough.end() if rough else end)))  # "五一前后", in full
    return out


# A person named by a title alone ("call the doc", "ring the doctor re the chairs"), not by name.
_TITLE_ALONE = re.compile(r"\bthe\s+(?:doc|doctor|dr)\b(?!\.?\s+(?-i:[A-Z]))", re.IGNORECASE)
_DR = re.compile(r"dr\.?\s", re.IGNORECASE)


def _role_person(reading: Reading, found: Found | None) -> list[str]:
    """ "remind me the day before memorial day to call the doc" with no customer named, where several known
    contacts are doctors: which one is not said; asked rather than stored with nobody."""
    if found is not None or sum(1 for name in reading.people.latin if _DR.match(name)) < 2:
        return []
    return [reading.said(m.span()) for m in _TITLE_ALONE.finditer(reading.text)]


# Date words in the shape a date is said, which the reading may not have read: month and weekday names,
# an ordinal before a weekday ("second tuesday"), Chinese day words (后日, 寻晚), the 2nd Monday
# (第二个周一), a month's end or start said after it (8月尾, 月初).
_DATE_WORD = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"feb|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|weds?|thurs?|thu|fri)\b"
    r"|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|[前后今明昨听琴寻大][日晚朝早]|第[一二三四五两\d]+个?(?:周|星期|礼拜)[一二三四五六日天]?"
    r"|\d{1,2}\s*月\s*[尾底初中头末]|[月年][尾底]",
    re.IGNORECASE,
)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PART_OF_MONTH = re.compile(r"\b(?:end|late|mid|early)(?:\s+of)?\s*$", re.IGNORECASE)


def _month_of_a_day(reading: Reading, word: str, before: str) -> bool:
    """A month named alone where a day of it is said in figures too ("first week april so close more like
    5/4"): the month said first, then its day; not a part of it said otherwise ("end april … 5/4")."""
    month = word[:3].lower()
    if month not in _MONTHS or _PART_OF_MONTH.search(before):
        return False
    return any(
        when.at.month == _MONTHS.index(month) + 1 and any(_digits(reading.text, span) for span in spans)
        for when, spans in _date_spans(reading)
    )


_NAMING = re.compile(r"\b(?:the|our|their|his|her|my|its|your)\s+$", re.IGNORECASE)
# A day that comes round again: "every 2nd tuesday", "the last friday of each month", "每月第一个周一"
_EVERY_BEFORE = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?$|每(?:个|一个)?月的?$|每(?:个)?(?:季度|年)的?$", re.IGNORECASE
)
_EVERY_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|each|every)\s+(?:month|quarter)|(?:each|every)\s+(?:month|quarter)|monthly)\b", re.I
)
_NAMED = re.compile(r"\s+(?!(?:of|in|at|on|and|or|to|the)\b)[a-z]{3,}", re.IGNORECASE)


def _unread_date_words(reading: Reading, found: Found | None, contacts: tuple[str, ...] = ()) -> list[str]:
    """Date words the reading did not take (in full): "remind me first monday of feb" read as next Monday
    (feb and first left), "後日下晝三點" as today at three (後日 left), "8月尾" as 1 August (尾 left). The
    date stored would not be the one said; asked, in the user's words."""
    spans = [span for _, spans in _date_spans(reading) for span in spans]
    text = reading.text
    out = []
    for m in _DATE_WORD.finditer(text):
        a, b = m.span()
        if found is not None and found.start <= a and b <= found.end:
            continue  # a word of the customer's name ("Friday Foods")
        if any(m.group(0).lower() == part.lower() for name in contacts for part in name.split()):
            continue  # "Jun called": Jun Alcantara, their contact, not June
        inside = sum(max(0, min(b, e) - max(a, s)) for s, e in spans)
        if inside >= b - a:
            continue
        if reading.is_masked(a, b) and inside == 0:
            continue  # a name, an e-mail: not a date
        if _GREETING.search(text[:a]) or _REPLACED.search(text[max(0, a - 12) : a]):
            continue  # "happy friday"; "sign 15/3 now, not feb": the date replaced
        if " " not in m.group(0) and _NAMING.search(text[max(0, a - 8) : a]) and _NAMED.match(text[b:]):
            continue  # "send them the feb invoice schedule": the month names a thing
        if _month_of_a_day(reading, m.group(0), text[max(0, a - 12) : a]):
            continue  # "board only meet first week april so close more like 5/4": the day said of that month
        every = _EVERY_BEFORE.search(text[max(0, a - 16) : a]) or _EVERY_AFTER.match(text, b)
        if every and not reading.steps:
            continue  # "the board meets the 3rd tuesday of the month", "每月第三个周二开会": a day that comes
            # round again, their schedule told in a note; no reminder is set on it
        out.append(reading.said((a, b)))
    return out
