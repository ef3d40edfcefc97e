"""Reading one free-text message without the database: what it asks for and where each piece is.

`read()` splits the message into clauses and finds amounts, dates (each with its role: when it
happened, the expected close, or when to follow up), the interaction kind, stage words, won/lost,
next steps, people and the spans that may name a customer. Finding the customer itself needs
the search index and happens in `handlers.understanding.customers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from rapidfuzz.distance import Levenshtein

from handlers.parsing.amounts import CURRENCY_WORDS, Amount, find_amounts
from handlers.parsing.contact_details import details_spans
from handlers.parsing.dates import When, find_offset, find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import ACTIVITY_WORDS, find_stage, find_stages, word_pattern
from handlers.understanding import lexicon as lx

Span = tuple[int, int]
# Clause boundaries: sentence punctuation, a comma or full stop not inside a number, a dash
# between words, and a space between two Chinese characters.
_CLAUSE_BREAK = re.compile(
    r"[;!?，。；！？、\n]+|(?<!\d)[,.]+|[,.]+(?!\d)|\s+[-–—]+\s+|\s+(?:and then|then|but|and will)\s+"
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)
_LATIN = "A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"  # letters with accents too, but no Chinese: "Acme投诉" is Acme
_TOKEN = re.compile(rf"[A-Za-z0-9][{_LATIN}&'’.\-]*[{_LATIN}&]|[A-Za-z]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
CJK = re.compile(r"[\u4e00-\u9fff]")
_CONNECTORS = frozenset({"of", "&", "and", "the", "de", "la", "von", "van", "der", "y", "du"})
# Phrasings beyond single words: "sent lukas the contract redlines" is an email; "去了" after 发/过/回
# ("方案发过去了", "回去了") is not a visit.
_KIND_PHRASES = {
    "email": r"\bsent\s+(?:[\w()'’.-]+\s+){0,3}?(?:the\s+|our\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:contract|proposal|quote|deck|redlines?|datasheets?|brochure|pricing|price list|specs?|slides|docs?|"
    r"documents?|invoice|one[\s-]pager|"
    r"case stud(?:y|ies))\b",
}
_NOT_KIND = {"visit": re.compile(r"(?<=[发过回出上下进送寄])去了")}
_KIND_PATTERNS = {
    kind: re.compile(
        "|".join(word_pattern(w) for w in sorted(words, key=len, reverse=True))
        + (f"|{_KIND_PHRASES[kind]}" if kind in _KIND_PHRASES else ""),
        re.I,
    )
    for kind, words in ACTIVITY_WORDS.items()
}
_ALL_KIND_WORDS = frozenset(w for words in ACTIVITY_WORDS.values() for w in words)
# Kind words long enough to be recognised with one typo ("visted", "meting"): Latin words of 6+ letters.
_TYPO_WORDS = {
    w: kind for kind, words in ACTIVITY_WORDS.items() for w in words if w.isalpha() and len(w) >= 6
}
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")
_AT_BEFORE = re.compile(
    r"(?:\b(?:at|@|in)\s*|\b(?:went|go|going|drove|flew|came|been|headed|trip)\s+to\s*|[@去到在])$", re.I
)


_DEAL_WORD = re.compile(r"\b(?:deal|opp|oppty|opportunity)\b|单子|商机")  # "the zenith deal: 180k …"
_CONTACT_WORDS = re.compile(r"\bcontacts?\b|联系人|对接人", re.IGNORECASE)
# Words that name a contact detail, not an interaction: "jane's email is now …", "电话换了：…"
DETAIL_LABELS = frozenset(
    {"email", "e-mail", "mail", "phone", "cell", "mobile", "number", "line", "tel"}
    | {"电话", "邮箱", "手机", "邮件"}
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that may name a customer; strong ones look like names."""

    text: str
    start: int
    end: int
    strong: bool
    cut: bool = False  # a piece cut out of a longer run of Chinese characters


@dataclass(frozen=True)
class Step:
    """Something to do next: the words without the date, and when (None: the user did not say)."""

    text: str
    due: datetime | None
    has_time: bool
    start: int
    end: int
    explicit: bool  # "remind me ..." or a follow-up word, not just a future date


@dataclass
class Reading:
    text: str  # as typed, traditional characters folded to simplified ones (same positions)
    original: str = ""  # as typed
    query: str | None = None  # today | pipeline | reminders | help | undo
    find_name: str | None = None
    explicit_name: str | None = None  # "Acme: ..." names the customer outright
    new_customer: bool = False
    kind: str | None = None
    kind_span: Span | None = None
    occurred: When | None = None  # a past date: when the interaction happened
    amounts: list[Amount] = field(default_factory=list)
    stage: str | None = None
    stage_explicit: bool = False
    stage_moved: bool = False  # moved, sent or stated tersely: an existing deal may move
    amount_marked: bool = False  # the message says the amount changed ("降到100万", "revised to 30k")
    stage_span: Span | None = None
    reopen: bool = False  # a closed deal comes back
    postponed: bool = False  # the deal is put off, to a date the message does not give
    add_on: bool = False  # an extra deal, not a change of the open one
    outcome: str | None = None  # won | lost
    outcome_span: Span | None = None
    outcome_phrase: str = ""
    close: date | None = None
    title: str | None = None
    steps: list[Step] = field(default_factory=list)
    persons: list[tuple[str, int, int]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    masked: list[Span] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # words read without certainty: ask before storing
    theirs: list[When] = field(default_factory=list)  # dates of other people's plans ("she's away next week")
    dates: list[tuple[int, When]] = field(default_factory=list)  # every date read, by where it starts
    date_doubts: list[str] = field(default_factory=list)  # dates that may mean another day: shown first
    carried: list[When] = field(default_factory=list)  # parts of a day on the day said before ("下午")

    @property
    def amount(self) -> Amount | None:
        return self.amounts[0] if self.amounts else None

    @property
    def about_deal(self) -> bool:
        said = (self.amounts, self.stage, self.outcome, self.close, self.reopen, self.postponed, self.add_on)
        return any(said)

    @property
    def about_work(self) -> bool:
        return bool(self.kind or self.about_deal or self.steps or self.explicit_name or self.new_customer)

    def clause_of(self, position: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= position < clause.end:
                return clause
        return self.clauses[-1] if self.clauses else Clause(0, len(self.text), self.text)

    def days_before(self, position: int) -> list[When]:
        """The dates said before `position` that name a day (not "下午" alone), for a part of the message."""
        before = [(at, w) for at, w in self.dates if 0 <= at < position]
        return [w for at, w in before if not _part_of_day_only(self.text, _moved(w, at))]

    def is_masked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masked)

    def at_before(self, start: int) -> bool:
        """Whether the words just before `start` put the meeting at that place ("at Acme", "去华为")."""
        return bool(_AT_BEFORE.search(self.text[max(0, start - 12) : start]))


def clauses_of(text: str) -> list[Clause]:
    clauses: list[Clause] = []
    position = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > position:
            clauses.append(Clause(position, match.start(), text[position : match.start()]))
        position = match.end()
    if position < len(text):
        clauses.append(Clause(position, len(text), text[position:]))
    return [c for c in clauses if c.text.strip()] or [Clause(0, len(text), text)]


def _query(text: str) -> str | None:
    bare = _EMOJI.sub("", text).strip().rstrip("!！.。")
    for name, pattern in lx.QUERIES:
        if pattern.search(bare):
            return name
    return None


def _explicit_name(text: str) -> str | None:
    """ "Acme Corp: called Jane" names the customer before the colon (short, no digits)."""
    match = re.match(r"^\s*([^:：\d][^:：]{0,60}?)\s*[:：](?![()/|])\s*\S", text)  # not ":(" or "://"
    if not match:
        return None
    name = match.group(1).strip()
    words = name.split()
    # "complaint from Northwind: ..." or "小米投诉：..." put the interaction before the colon too:
    # then the name is found inside the text, as without a colon.
    if len(words) > 5 or lx.STEP_MARKERS.search(name) or any(p.search(name) for p in _KIND_PATTERNS.values()):
        return None
    if words and all(w.lower() in lx.STOPWORDS for w in words):
        return None
    if _CONTACT_WORDS.search(name):
        return None  # "new contact at kessler medical: …": the customer is inside, found by linking
    if any(p.search(name) for p in (lx.ADD_ON, lx.NEW_DEAL, lx.WON_WORDS, lx.LOST_WORDS, _DEAL_WORD)):
        return None  # "add-on at northgate health: …", "北方汽配新商机：…": the deal words are not the name
    return name


def _went(reading: Reading, clause: Clause) -> bool:
    """Whether the next clause says how the interaction of this one went ("…at 2, went fine")."""
    later = [c for c in reading.clauses if c.start >= clause.end]
    if not later or not any(p.search(clause.text) for p in _KIND_PATTERNS.values()):
        return False
    after = later[0].text
    return bool(lx.PAST_MARKERS.search(after)) and not any(p.search(after) for p in _KIND_PATTERNS.values())


def _date_role(reading: Reading, clause: Clause, when: When, now: datetime) -> str:
    """What a date in this clause means: "past" (it happened), "close", "close again" (the close date said
    exactly) or "step"."""
    local_now = now.astimezone(when.at.tzinfo)
    text = clause.text
    is_future = when.at.date() > local_now.date() or (when.has_time and when.at > local_now)
    if not is_future:
        today = when.at.date() == local_now.date() and not when.has_time
        if today and lx.CLOSE_MARKERS.search(text) and not lx.PAST_MARKERS.search(text):
            return "close"  # "小米月底签约" on the 30th: the close date is today
        return "past"
    if lx.REMIND.search(text):
        return "step"
    if when.at.date() == local_now.date() and _went(reading, clause):
        return "past"  # "quick zoom w orbit labs at 2, went fine": today at 2, it happened
    if (
        _part_of_day_only(clause.text, when)
        and when not in reading.carried
        and not lx.STEP_MARKERS.search(text)
        and not _IMPERATIVE.match(text)
    ):
        return "past"  # "onsite at falcon all morning", "上午去钟山化工，下午去西湖酒店": today, it happened
    first, last = when.spans[0][0], when.spans[-1][1]
    step = [m.span() for m in lx.STEP_MARKERS.finditer(text)] + [m.span(1) for m in _THEN_DO.finditer(text)]
    close = [m.span() for m in lx.CLOSE_MARKERS.finditer(text)]

    def distance(spans: list[tuple[int, int]]) -> int:
        return min((max(a - last, first - b, 0) for a, b in spans), default=10_000)

    if _STARTS_TASK.match(text):
        return "step"  # "chase whitcomb for the PO friday": the clause is our task, the PO its topic
    if step or close:
        theirs = [m.span() for m in _THEIRS.finditer(text)] if not _US.search(text) else []
        if theirs and distance(theirs) < min(distance(step), distance(close)):
            cue = min(theirs, key=lambda span: distance([span]))
            between = (min(cue[1], first), max(cue[0], last))
            if not any(between[0] <= a < between[1] for a, _ in step):
                return "theirs"  # "she's on leave next week so f/u on the 14th": next week is hers
        return "step" if distance(step) <= distance(close) else "close"
    if _theirs(text):
        return "theirs"  # "the board meets Dec 15", "她下周出差": their plans, kept in the note, not ours
    previous = [c for c in reading.clauses if c.end <= clause.start]
    bare = _FILLER.sub("", _without(text, [(a, b) for a, b in when.spans]))
    if previous and not bare and lx.CLOSE_MARKERS.search(previous[-1].text):
        return "close again"  # "expected to close early Feb, say feb 5": the same date, said exactly
    if any(clause.start <= a.start < clause.end for a in reading.amounts):
        return "close"
    return "step"


# Somebody else's plans and absences: not a task of ours unless the words say what we do.
_OURS = re.compile(
    r"\b(?:we|we['’]ll|we['’]re|us|our|me|my|i|i['’]m|i['’]ll|again|back)\b|我|咱|再(?!说)|回头|给"
    r"|\b(?:want|wants|wanted|asked|asks|like|likes|keen)\s+(?:to\s+|for\s+|a\s+|an\s+|another\s+|\w+\s+)?"
    r"(?:talk|call|meet|mtg|meeting|chat|catch|see|visit|demo|hear|speak|follow)"
    r"|\b(?:get back|reply|respond|answer|confirm|let (?:us|me|you) know|revert)\b"
    r"|想(?:约|见|谈|聊)|约|答复|回复|回话|给消息|给信儿?|反馈|确认|通知",
    re.IGNORECASE,
)
_THEIRS = re.compile(
    r"\b(?:on (?:\w+ )?(?:leave|vacation|holiday|pto|break)|out of (?:the )?office|ooo|away|off sick|"
    r"traveling|travelling|travels|off (?:until|till|next|this)|out (?:until|till|next|sick)|closed|board|"
    r"internally|internal|moving|relocating|fiscal year|budget (?:year|cycle|resets?)|audit|"
    r"holidays? (?:until|till)|(?:is|are|be|['’]s|['’]re) back|returns?|shutdown|trade show)\b"
    r"|出差|休假|请假|放假|不在|开会(?:讨论|研究|商量|决定)|内部|董事会|研究一下|商量|出国|回老家|搬家|停产|盘点|年假|病假|回来",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(
    r"^\s*(?:she|he|they|it)\b|\b(?:she|he|they)(?:['’]s|['’]re|['’]ll| is| are| will| has| have)\b"
    r"|^\s*(?:the|their|his|her)\s+\w+|\b(?:said|says|mentioned|told)\s+(?:that\s+)?(?:the|their|his|her|she|he|they)\b"
    r"|\b(?:wants?|needs?|requested|asked for|is asking for)\s+(?:the\s+|their\s+|some\s+|a\s+|an\s+)?\w+"
    r"|\b(?:said|says|mentioned)\b|^\s*[她他]|他们|她们|对方|说|表示",
    re.IGNORECASE,
)


_THEN_DO = re.compile(
    r"\b(?:so|and|then|pls|please)\s+((?:call|ring|email|e-mail|text|ping|visit|meet|send|see)\b)",
    re.IGNORECASE,
)
_STARTS_TASK = re.compile(
    r"\s*(?:(?:i\s+)?(?:need|have|got)\s+to\s+(?!close|sign|decide|be\b)|must\s+(?!close|sign)|remember\s+to\s+)"
    r"|\s*(?:pls\s+|please\s+)?"
    r"(?:(?:chase|follow[\s-]?up|f/u|ping|remind|check in|touch base|circle back|send)\b"
    r"|跟进|催|提醒|记得|别忘了)",
    re.IGNORECASE,
)
_TOLD = re.compile(r"\b(?:said|says|told|mentioned|tells)\b|说|表示|告诉|提到", re.IGNORECASE)
_US = re.compile(r"\b(?:we|us|our|me|i)\b|我|咱", re.IGNORECASE)


def _inside_theirs(text: str, kind: re.Match[str]) -> bool:
    """Whether the kind word is part of what they plan ("罗总说明天要开会讨论"), not how they told us
    ("罗老板微信说新店下个月开业", "Pepper called: she's on leave next week")."""
    if lx.PAST_MARKERS.search(kind.group(0)):
        return False
    cues = [m.start() for p in (_TOLD, _THEIRS, _THIRD_PARTY) for m in [p.search(text)] if m is not None]
    return bool(cues) and kind.start() >= min(cues)


def _theirs(text: str) -> bool:
    """Whether a future date in this clause is somebody else's plan ("she's on leave next week", "她下周出差",
    "the board meets Dec 15", "wants training dates in Jan") rather than something for us to do."""
    if _IMPERATIVE.match(text) or lx.REMIND.search(text):
        return False
    if _THEIRS.search(text):
        return not _US.search(text)
    third = _THIRD_PARTY.search(text)
    rest = text[third.start() :] if third else ""  # what they do: "whatsapp w gemma: need 30 crates by jan"
    return bool(third) and not _OURS.search(rest) and not any(p.search(rest) for p in _KIND_PATTERNS.values())


_FILLER = re.compile(
    r"\b(?:say|like|maybe|probably|around|about|roughly|or so|i think|prob)\b|大概|估计|左右|吧|\W", re.I
)
_PART_OF_DAY = re.compile(
    r"(?:all |this |in the )?(?:morning|afternoon|evening|noon|midday)|上午|下午|中午|晚上|早上|傍晚|今早",
    re.I,
)
_IMPERATIVE = re.compile(r"\s*(?:pls |please )?(?:call|email|e-mail|text|ping|visit|meet|send|see)\b", re.I)


def _part_of_day_only(text: str, when: When) -> bool:
    return all(_PART_OF_DAY.fullmatch(text[a:b].strip()) for a, b in when.spans)


def _mask_words(reading: Reading, pattern: re.Pattern[str], offset: int, text: str) -> list[re.Match[str]]:
    found = list(pattern.finditer(text))
    reading.masked.extend((offset + m.start(), offset + m.end()) for m in found)
    return found


_HEDGE = re.compile(
    r"\b(?:not sure|unsure|or so|between|give or take|tbd|to be confirmed)\b"
    r"|不确定|也可能|还没定|没定|说不准|不好说|之间|或者|来着|记不清",
    re.IGNORECASE,
)
_MAYBE = re.compile(r"\b(?:maybe|might be|perhaps|possibly|could be|if at all)\b|可能|说不定|不一定", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:到|至|-|–|~|or|或|to)\s*", re.IGNORECASE)
# The amount that is the deal's value when a message names several: "25万改30万", "预算加了5万 现在30万",
# "200 licenses @ $45 = 9k", "from 200k to 180k", "最终金额280万".
_NEW_VALUE = re.compile(
    r"(?:现在|目前|改成|改为|改到|变成|调到|涨到|降到|减到|缩减到|加到|总共|总计|合计|一共|最终(?:金额)?(?:是|为)?|"
    r"\bnow\b|=|→|->|\btotal(?: of)?\b|\bto\b|\bfinal(?: amount)?\b|\bin total\b|改)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# Words saying a deal's amount changed: a big change said this way is stored without asking.
_CHANGED = re.compile(
    r"\b(?:revised|revise|updated?|adjusted|raised|increased?|decreased?|reduced|lowered|cut|bumped|dropped|"
    r"went (?:up|down)|goes (?:up|down)|up to|down to|instead|new (?:amount|price|quote|value|budget)|"
    r"renegotiated|discount(?:ed)?)\b|涨|降|调整|调到|改|增加|减少|追加|砍|缩减|打折|优惠|变成|提高|压到",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s*(?:total|in total|all in|overall|altogether|总共|合计|总计|一共|总价)", re.I)
_RATE_AFTER = re.compile(
    r"\s*(?:per\s+\w+|each|apiece|an?\s+(?:month|year|week|unit|seat|user|head|piece)\b|monthly|yearly|"
    r"/\s*(?:mo|month|yr|year|unit|seat|user|pc)\b|每|一个月|一年|/月|/年|/台|/个)",
    re.I,
)
_CURRENCY_WORD = re.compile(
    r"(?<![A-Za-z])(?:usd|eur|gbp|cny|rmb|hkd|jpy|dollars?|euros?|pounds|sterling)(?![A-Za-z])"
    r"|美元|美金|欧元|英镑|人民币|港币|日元|[$€£¥]",
    re.I,
)
_RANGE_FROM = re.compile(r"\d[\d.,]*\s*(?:到|至|-|–|~|or|或|to)\s*$", re.IGNORECASE)
# A number too small to be money on its own where money is meant: "ferro closed at 50", "金额改成50".
_BARE_MONEY = re.compile(
    r"(?:\b(?:closed|closing|deal|worth|budget|amount|price|pricing|quote[ds]?|value)\s+(?:at|is|of|to)?"
    r"|金额|报价|预算|价格|改成|改为|改到)\s*(?:是|为|[:：])?\s*"
    r"(?P<n>\d{1,3}(?:\.\d+)?)(?![\d.,]|\s*(?:[kKmMwW](?![a-z])|万|千|亿|%|美元|元|块|dollars|euros|bucks"
    r"|月|号|日|点|时|[:/-]\d))",  # "改到 12月20号" is a date
    re.IGNORECASE,
)
_OLD_VALUE = re.compile(
    r"(?:\binstead of|\brather than|\bnot|\bwas|而不是|不是|原来|之前)\s*$", re.IGNORECASE
)


def _settle_amounts(reading: Reading) -> None:
    """Which amount is the deal's, and whether the message is sure of it.

    A range ("200 到 300万", "90 or 100k") or a hedge ("not sure", "也可能更少") is asked about; so is
    a bare small number ("closed at 50": 50 what?). Of several amounts the one marked as the new value
    comes first ("25万改30万"); several unmarked ones are asked about."""
    text = reading.text
    reading.doubts.extend(
        m.group("n") for m in _BARE_MONEY.finditer(text) if not reading.is_masked(*m.span("n"))
    )
    amounts = sorted(reading.amounts, key=lambda a: a.start)
    if not amounts:
        return
    reading.amount_marked = any(
        _NEW_VALUE.search(text[max(0, a.start - 12) : a.start])
        or _CHANGED.search(reading.clause_of(a.start).text)
        for a in amounts
    )
    written = [text[a.start : a.end].strip() for a in amounts]
    for amount in amounts:
        low = _RANGE_FROM.search(text[max(0, amount.start - 16) : amount.start])
        if low:  # "200到300万": from a bare number to an amount
            reading.doubts.append(text[amount.start - len(low.group(0)) : amount.end].strip())
    for left, right in pairwise(amounts):
        if _RANGE_JOIN.fullmatch(text[left.end : right.start]):
            reading.doubts.append(f"{text[left.start : right.end].strip()}")
    if _HEDGE.search(text):
        reading.doubts.extend(w for w in written if w not in " ".join(reading.doubts))
    for amount, words in zip(amounts, written, strict=False):
        if _MAYBE.search(reading.clause_of(amount.start).text) and words not in " ".join(reading.doubts):
            reading.doubts.append(words)  # "maybe 18k": not yet an amount ("~18k" and "大概18万" are)
    for amount, words in zip(amounts, written, strict=False):
        if amount.currency is None and not _has_multiplier(text, amount) and abs(amount.value) < 1000:
            reading.doubts.append(words)
    if len(amounts) == 1 and len(_currencies_named(text)) > 1 and written[0] not in reading.doubts:
        reading.doubts.append(written[0])  # "签了 50万 港币还是美金来着": which currency?
    if len(amounts) < 2 or reading.doubts:
        return
    new = [
        a
        for a in amounts
        if _NEW_VALUE.search(text[max(0, a.start - 12) : a.start]) or _TOTAL_AFTER.match(text[a.end :])
    ]
    old = [a for a in amounts if _OLD_VALUE.search(text[max(0, a.start - 12) : a.start])]
    rates = [a for a in amounts if _RATE_AFTER.match(text[a.end :])]  # "1,200 per unit", "£3.2k a month"
    chosen = new[-1:] or [a for a in amounts if a not in old and old][:1]
    if not chosen and len(amounts) - len(rates) == 1:
        chosen = [a for a in amounts if a not in rates]
    if chosen:
        value = chosen[0]
        currencies = {a.currency for a in amounts if a.currency}
        if value.currency is None and len(currencies) == 1:  # "£3.2k a month … = 38.4k total": pounds
            value = replace(value, currency=currencies.pop())
        reading.amounts = [value] + [a for a in reading.amounts if a is not chosen[0]]
    else:
        reading.doubts.append(" / ".join(written))


def _currencies_named(text: str) -> set[str]:
    return {CURRENCY_WORDS[w.lower()] for w in _CURRENCY_WORD.findall(text)}


def _has_multiplier(text: str, amount: Amount) -> bool:
    """Written like money: with a multiplier or unit ("24k", "50万") or grouped ("1.500", "24,000")."""
    written = text[amount.start : amount.end]
    return not re.fullmatch(r"[\d\s,.'’-]+", written) or bool(re.search(r"\d[,.'’]\d{3}\b", written))


def _expected(clause: Clause, now: datetime, tz: ZoneInfo) -> bool:
    """A date from today on in the clause makes "签约"/"sign" an expectation (a close date), not a win:
    "月底签约" said on the 30th is still a plan; "签了" and "signed" stay wins (checked by the caller)."""
    when = find_when(clause.text, now=now, tz=tz)
    return when is not None and when.at.date() >= now.astimezone(tz).date()


def _outcome(
    reading: Reading,
    stages: Iterable[str],
    synonyms: Mapping[str, Iterable[str]],
    now: datetime,
    tz: ZoneInfo,
) -> None:
    """Won or lost, unless the words are a plan ("expected to sign", "月底签约") or a negation ("还没签")."""
    text = reading.text
    found: list[tuple[int, int, str]] = []
    for outcome, pattern in (("won", lx.WON_WORDS), ("lost", lx.LOST_WORDS)):
        found += [(m.start(), m.end(), outcome) for m in pattern.finditer(text)]
    for outcome in ("won", "lost"):
        if outcome in stages:
            hit = find_stage(text, [outcome], synonyms)
            if hit is not None:
                found.append((hit[1], hit[2], outcome))
    for start, end, outcome in sorted(found):
        if text[end : end + 2] in ("'t", "’t") or lx.OUTCOME_AFTER_GUARD.match(text, end):
            continue  # won't; signed the NDA
        clause = reading.clause_of(start)
        before = text[clause.start : start]
        if lx.OUTCOME_GUARD.search(before[-24:]) or re.search(r"预计|准备|计划|争取|希望|有望", before):
            continue
        if (
            outcome == "won"
            and _expected(clause, now, tz)
            and not re.search(r"了|已|\bsigned\b|\bwon\b", text[start:end])
        ):
            continue  # "月底签约", "closing next week": when it should close
        reading.outcome, reading.outcome_span = outcome, (start, end)
        reading.outcome_phrase = text[start:end]
        reading.masked.append((start, end))
        return


# A stage word marked as where the deal is now: "they want to negotiate now", "qualified -> proposal".
_STAGE_NOW_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,1}(?:now|at this point)\b|^\s*(?:了|阶段了)?\s*(?:现在|目前)", re.I
)
_STAGE_NOW_BEFORE = re.compile(
    r"(?:\bnow\b|现在|目前|->|→|=>|\bto\b|改成|改为|变成|转为|进入|推进到)[^,.;!?，。；！？]{0,12}$", re.I
)


def _marked_stage(text: str, hits: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """Of several stage words, the last one marked as the stage now; else the first one."""
    if len(hits) == 1:
        return hits[0]
    marked = [
        h
        for h in hits
        if _STAGE_NOW_AFTER.match(text[h[2] : h[2] + 16])
        or _STAGE_NOW_BEFORE.search(text[max(0, h[1] - 16) : h[1]])
    ]
    return marked[-1] if marked else hits[0]


def _stage(reading: Reading, stages: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> None:
    open_stages = [s for s in stages if s not in ("won", "lost")]
    span = reading.outcome_span
    hits = [
        h
        for h in find_stages(reading.text, open_stages, synonyms)
        if not (span and span[0] <= h[1] < span[1])
    ]
    if not hits:
        return
    # "quote 27,600 GBP, budget confirmed": a stage word right before an amount may only label it
    labels = [h for h in hits if any(0 <= a.start - h[2] <= 3 for a in reading.amounts)]
    if len(labels) < len(hits):
        hits = [h for h in hits if h not in labels]
    stage, start, end = _marked_stage(reading.text, hits)
    clause = reading.clause_of(start)
    text = reading.text
    # "moved to negotiation", "进入谈判阶段": the move words sit right before the stage (or 阶段 after it)
    explicit = bool(lx.MOVE_WORDS.search(text[max(clause.start, start - 20) : start])) or bool(
        re.match(r"\s*(?:stage|阶段)", text[end:], re.I)
    )
    done = bool(
        lx.STAGE_DONE_BEFORE.search(text[clause.start : start])
        or lx.STAGE_DONE_AFTER.match(text[end:])
        or re.search(r"了|已|\bconfirmed\b", text[start:end])  # "确认了预算", "budget confirmed": it happened
    )
    words = [w for w in _TOKEN.findall(clause.text) if w.lower() not in lx.STOPWORDS]
    terse = len(words) <= 3 and not CJK.search(clause.text)  # "Acme 30k proposal"
    now = (stage, start, end) != hits[0] or bool(_STAGE_NOW_AFTER.match(text[end : end + 16]))
    reading.masked.extend((s, e) for _, s, e in hits)
    reading.stage, reading.stage_span = stage, (start, end)
    reading.stage_explicit = explicit
    # "报价还在走流程", "proposal revised down": a stage merely mentioned names a new deal's stage
    # but does not move an existing one.
    reading.stage_moved = explicit or done or terse or now


def _persons(reading: Reading) -> None:
    text = reading.text
    seen: set[str] = set()
    for pattern in (lx.PERSON_AFTER, lx.PERSON_BEFORE, lx.CN_PERSON):
        for m in pattern.finditer(text):
            name = m.group("name")
            words = name.split()
            while words and words[-1].lower() in lx.STOPWORDS:
                words.pop()
            if not words or words[0].lower() in lx.STOPWORDS:
                continue
            name = " ".join(words)
            if CJK.match(name) and pattern is not lx.CN_PERSON:
                continue  # "called 华为": Chinese people are found by surname and title (张经理)
            if name not in seen:
                seen.add(name)
                start = m.start("name")
                reading.persons.append((name, start, start + len(name)))
                if CJK.match(name):
                    reading.masked.append((start, start + len(name)))  # 张经理 is a person, not a company


def _latin_candidates(reading: Reading) -> list[Candidate]:
    text = reading.text
    tokens = [_Token(text, m.start(), m.end()) for m in _TOKEN.finditer(text)]
    free = [not reading.is_masked(m.start(), m.end()) for m in tokens]
    candidates: list[Candidate] = []
    for i, first in enumerate(tokens):
        if not (free[i] and _name_word(first.group(0))):
            continue
        for j in range(i, min(i + 4, len(tokens))):
            last = tokens[j]
            if not free[j]:
                break
            span_text = text[first.start() : last.end()]
            if j > i and (
                _CLAUSE_BREAK.search(span_text)
                or not re.fullmatch(r"[\w&'’.\- ]+", span_text)
                or any(
                    t.group(0).lower() in lx.STOPWORDS and t.group(0).lower() not in _CONNECTORS
                    for t in tokens[i + 1 : j]
                )
            ):
                break
            if not _name_word(last.group(0)):
                continue
            words = span_text.split()
            strong = any(w[:1].isupper() for w in words) or reading.at_before(first.start())
            candidates.append(Candidate(span_text, first.start(), last.end(), strong))
    return candidates


class _Token:
    """A word, without a possessive "'s" ("jane's email" names Jane)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        if end - start > 3 and text[end - 2 : end] in ("'s", "’s"):
            end -= 2
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text[self._start : self._end]


def _name_word(word: str) -> bool:
    lower = word.lower()
    if lower in lx.STOPWORDS or lower.isdigit():
        return False
    if len(word) < 3:
        return word.isupper() and len(word) == 2  # "HP", "GE"
    return True


def _cjk_candidates(reading: Reading) -> list[Candidate]:
    candidates: list[Candidate] = []
    for run in _CJK_RUN.finditer(reading.text):
        position = run.start()
        for piece in re.split(f"({lx.CN_BREAKS.pattern})", run.group(0)):
            start, end = position, position + len(piece)
            position = end
            if not piece or lx.CN_BREAKS.fullmatch(piece) or len(piece) < 2:
                continue
            if reading.is_masked(start, end):
                candidates.extend(_unmasked_windows(reading, start, end))
                continue
            candidates.extend(_windows(reading, piece, start))
    return candidates


def _unmasked_windows(reading: Reading, start: int, end: int) -> list[Candidate]:
    out: list[Candidate] = []
    piece_start = None
    for index in range(start, end + 1):
        free = index < end and not reading.is_masked(index, index + 1)
        if free and piece_start is None:
            piece_start = index
        elif not free and piece_start is not None:
            if index - piece_start >= 2:
                out.extend(_windows(reading, reading.text[piece_start:index], piece_start))
            piece_start = None
    return out


def _windows(reading: Reading, piece: str, start: int) -> list[Candidate]:
    """The whole piece, then its prefixes and suffixes (names sit at the edges of a piece)."""
    strong = reading.at_before(start) or reading.text[start + len(piece) : start + len(piece) + 1] == "的"
    spans = [(0, len(piece))]
    for size in range(min(len(piece) - 1, 6), 1, -1):
        spans += [(0, size), (len(piece) - size, len(piece))]
    seen: set[tuple[int, int]] = set()
    out = []
    for a, b in spans:
        if (a, b) not in seen:
            seen.add((a, b))
            out.append(
                Candidate(piece[a:b], start + a, start + b, strong and a == 0, (a, b) != (0, len(piece)))
            )
    return out


def _title(reading: Reading) -> None:
    match = lx.TITLE_COUNT.search(reading.text)
    if match:
        reading.title = match.group(0).strip()
        reading.masked.append(match.span())


def read(
    text: str,
    *,
    now: datetime,
    tz: ZoneInfo,
    stages: Iterable[str],
    synonyms: Mapping[str, Iterable[str]],
    said_before: Iterable[When] = (),
) -> Reading:
    """Everything recognisable in one message, with positions.

    `said_before`: dates of the message before this part of it (a part about one of two customers),
    which the part's own "the day after" or "下午" may be relative to."""
    original = " ".join(text.split(" ")).strip()
    text = simplified(original)
    reading = Reading(text, original)
    reading.dates = [(-1, when) for when in said_before]
    reading.query = _query(text)
    if reading.query:
        return reading
    stages = tuple(stages)
    reading.explicit_name = _explicit_name(text)
    reading.new_customer = bool(lx.NEW_CUSTOMER.search(text))
    if reading.new_customer:
        _mask_words(reading, lx.NEW_CUSTOMER, 0, text)
    reading.clauses = clauses_of(text)
    details = details_spans(text)  # phone numbers and emails are not amounts or dates
    reading.masked.extend(details)
    reading.amounts = [
        a
        for a in find_amounts(text)
        if (a.value > 0 or a.value < 0)
        and not any(s < a.end and a.start < e for s, e in details)
        and (
            a.currency
            or _has_multiplier(text, a)
            or lx.AMOUNT_CUE.search(text[max(0, a.start - 24) : a.start])
        )
    ]  # a bare number ("200间客房", "ref 4471") is money only after a money word ("deal 50000", "报价30000")
    reading.masked.extend((a.start, a.end) for a in reading.amounts)
    _settle_amounts(reading)
    _title(reading)
    reading.reopen = bool(_mask_words(reading, lx.REOPEN, 0, text))
    reading.add_on = bool(lx.NEW_DEAL.search(text) or (reading.amounts and lx.ADD_ON.search(text)))
    _outcome(reading, stages, synonyms, now, tz)
    _stage(reading, stages, synonyms)
    for clause in reading.clauses:
        _read_clause(reading, clause, now, tz)
    _join_steps(reading)
    _postponed(reading)
    _persons(reading)
    _planned_not_done(reading)
    _in_person(reading)
    if reading.theirs and reading.kind is None and not reading.about_deal and _TOLD.search(text):
        reading.kind = "note"  # "X said the board meets Dec 15, follow up after": what they said is kept
    stage_at = reading.stage_span[0] if reading.stage_span else -1
    if not reading.stage_explicit and any(s.start <= stage_at < s.end for s in reading.steps):
        reading.stage = reading.stage_span = None  # "send the proposal Friday" is a plan
    reading.candidates = _latin_candidates(reading) + _cjk_candidates(reading)
    if reading.explicit_name is None:
        find = lx.FIND.match(text) or lx.FIND_SUFFIX.match(text)
        if find and not (reading.about_deal or reading.kind or reading.steps):
            reading.find_name = find.group("name").strip()
    return reading


def _kind_in(reading: Reading, clause: Clause) -> None:
    """The interaction this clause reports: a complaint wins, else the longest kind word."""
    found: list[tuple[bool, int, int, str, Span]] = []
    for kind, pattern in _KIND_PATTERNS.items():
        for match in pattern.finditer(clause.text):
            span = (clause.start + match.start(), clause.start + match.end())
            not_kind = _NOT_KIND.get(kind)
            if not_kind is not None and not_kind.match(clause.text, match.start()):
                continue
            stage = reading.stage_span
            if stage and span[0] < stage[1] and stage[0] < span[1] and _word_part(reading.text, span) != span:
                continue  # "sent proposal today": the deal moves; that is the record, not an email
            if not reading.is_masked(*_word_part(reading.text, span)):
                found.append((kind == "complaint", span[1] - span[0], -span[0], kind, span))
    if not found:
        found = _typo_kinds(reading, clause)
    if not found:
        return
    *_, kind, span = max(found)
    reading.masked.extend(_word_part(reading.text, f[4]) for f in found)
    if reading.kind is None or (kind == "complaint" and reading.kind != "complaint"):
        reading.kind, reading.kind_span = kind, span


def _word_part(text: str, span: Span) -> Span:
    """What of a kind match is a kind word: a phrase ("sent jane (acme) the proposal") only its verb,
    so the names inside it stay free for linking."""
    words = text[span[0] : span[1]]
    if " ".join(words.lower().split()) in _ALL_KIND_WORDS:
        return span
    return span[0], span[0] + len(words.split()[0])


def _typo_kinds(reading: Reading, clause: Clause) -> list[tuple[bool, int, int, str, Span]]:
    """Kind words typed with one letter wrong, missing or extra ("visted helios solar")."""
    found = []
    for match in re.finditer(r"[A-Za-z]{5,}", clause.text):
        word = match.group(0).lower()
        span = (clause.start + match.start(), clause.start + match.end())
        if word in lx.STOPWORDS or reading.is_masked(*span):
            continue
        for known, kind in _TYPO_WORDS.items():
            if abs(len(known) - len(word)) <= 1 and Levenshtein.distance(word, known, score_cutoff=1) <= 1:
                found.append((kind == "complaint", span[1] - span[0], -span[0], kind, span))
                break
    return found


def _without(text: str, spans: list[Span]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    text = re.sub(r"\b(on|at|by|before|until|due|(?<!check )in)\s*$", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.split())


def _read_clause(reading: Reading, clause: Clause, now: datetime, tz: ZoneInfo) -> None:
    """Dates in this clause and what they mean; a step when the clause plans something."""
    text = clause.text
    remaining = text
    whens: list[When] = []
    told = (
        bool(lx.PAST_MARKERS.search(text))
        and any(p.search(text) for p in _KIND_PATTERNS.values())
        and not lx.STEP_MARKERS.search(text)
    )  # "visited them on fri": last Friday
    noun_report = not told and _noun_report(text)  # "mtg with jane friday, intro to our platform"
    while True:
        when = find_when(remaining, now=now, tz=tz, past=told or noun_report)
        if when is None or not when.spans:
            break
        if noun_report:
            when = _nearer_weekday(reading, remaining, when, now, tz)
        whens.append(_same_day(reading, text, when, now))
        remaining = _blank(reading, clause, remaining, when.spans)
        if len(whens) >= 3:
            break
    anchored = _anchored(reading, clause, remaining, whens)
    if anchored is not None:
        whens.append(anchored[1])
        remaining = _blank(reading, clause, remaining, anchored[1].spans)
    reading.dates.extend((clause.start + w.spans[0][0], w) for w in whens if w.spans)
    _mask_words(reading, lx.STEP_MARKERS, clause.start, text)
    kind_match = None
    for pattern in _KIND_PATTERNS.values():
        kind_match = pattern.search(text)
        if kind_match:
            break
    if kind_match is None:
        typo = _typo_kinds(reading, clause)
        if typo:
            kind_match = re.compile(re.escape(reading.text[typo[0][4][0] : typo[0][4][1]])).search(text)
    explicit_step = bool(lx.STEP_MARKERS.search(text))
    past = bool(lx.PAST_MARKERS.search(text))
    said = _TOLD.search(text)
    after_said = text[said.end() :] if said else ""
    if kind_match and said and kind_match.start() >= said.end() and not lx.PAST_MARKERS.search(after_said):
        past = False  # "王经理说下个月来工厂参观": the visit is what they said, still to come
    step_due: When | None = None
    theirs = False
    for when in whens:
        role = _date_role(reading, clause, when, now)
        if role == "past":
            if reading.occurred is None:
                reading.occurred = when
        elif role == "close":
            if reading.close is None:
                reading.close = when.at.date()
        elif role == "close again":
            reading.close = when.at.date()
        elif role == "theirs":
            reading.theirs.append(when)
            theirs = True
        elif kind_match is not None and past and not explicit_step:
            continue  # "visited them, meeting was moved to Friday": no plan of ours
        elif step_due is None:
            step_due = when
    reported = kind_match is not None and past  # "sent follow-up email", "约了见面": already done
    is_step = step_due is not None or (
        explicit_step and not reported and not _only_deal_words(reading, clause)
    )
    if is_step:
        if reported and step_due is not None:
            # "黄经理电话说下个月再谈": the call happened; the plan starts at its date.
            _kind_in(reading, clause)
            offset = min(step_due.spans[0][0], text.find(kind_match.group(0)) + len(kind_match.group(0)))
            text = " " * offset + text[offset:]
        words = _without(text, [span for when in whens if when not in reading.theirs for span in when.spans])
        words = lx.REMIND_PREFIX.sub("", words)
        words = _clean_step(words)
        if anchored is not None and step_due is anchored[1] and _earlier_step(reading, *anchored, words):
            return  # "把合同发过去 提前一天提醒我": the same task, reminded a day before
        reading.steps.append(
            Step(
                words,
                step_due.at if step_due else None,
                step_due.has_time if step_due else False,
                clause.start,
                clause.end,
                explicit_step,
            )
        )
        return
    if kind_match is not None and not (theirs and _inside_theirs(text, kind_match)):
        _kind_in(reading, clause)  # "他们明天要开会讨论": their meeting, not an interaction of ours


_TALKED = re.compile(r"\b(?:talked|spoke|chatted)\b", re.I)
_IN_PERSON = re.compile(
    r"\b(?:at|during)\s+(?:the|a|an|their|our)\s+(?!phone\b)\w+|\bin person\b"
    r"|\bover (?:lunch|coffee|dinner|drinks)\b",
    re.IGNORECASE,
)
_ON_PHONE = re.compile(r"\b(?:phone|call|rang|dialed|voicemail|zoom|teams)\b", re.I)


def _in_person(reading: Reading) -> None:
    """ "talked w ben at the mixer": talking somewhere is a meeting; "spoke w her by phone" stays a call."""
    if reading.kind != "call" or reading.kind_span is None:
        return
    clause = reading.clause_of(reading.kind_span[0])
    word = reading.text[reading.kind_span[0] : reading.kind_span[1]]
    if _TALKED.match(word) and _IN_PERSON.search(clause.text) and not _ON_PHONE.search(clause.text):
        reading.kind = "meeting"


def _same_day(reading: Reading, text: str, when: When, now: datetime) -> When:
    """ "tomorrow 上午 call 华科, 下午 visit 科讯": a part of the day alone is on the day said before it."""
    earlier = [w for at, w in reading.dates if at < 0 or not _part_of_day_only(reading.text, _moved(w, at))]
    if not earlier or not _part_of_day_only(text, when):
        return when
    day = earlier[-1].at.date()
    if day == when.at.date() or day <= now.astimezone(when.at.tzinfo).date():
        return when
    carried = When(datetime.combine(day, when.at.timetz()), when.has_time, when.spans)
    reading.carried.append(carried)
    return carried


def _moved(when: When, at: int) -> When:
    """`when` with its spans counted from the start of the message (it starts at `at`)."""
    shift = at - when.spans[0][0]
    return When(when.at, when.has_time, tuple((a + shift, b + shift) for a, b in when.spans))


_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)


def _nearer_weekday(reading: Reading, text: str, when: When, now: datetime, tz: ZoneInfo) -> When:
    """A bare weekday in a report without tense: the last one when it was at most three days ago (on a
    Monday, "mtg with jane friday" was last Friday); else the coming one is as likely: that one, asked
    about on the preview card."""
    start, end = when.spans[0]
    words = text[start:end]
    if not _BARE_WEEKDAY.fullmatch(words.strip()) or (now.astimezone(tz).date() - when.at.date()).days <= 3:
        return when
    ahead = find_when(words, now=now, tz=tz)
    if ahead is None:
        return when
    reading.date_doubts.append(words.strip())
    return When(ahead.at, ahead.has_time, when.spans)


def _blank(reading: Reading, clause: Clause, text: str, spans: Iterable[Span]) -> str:
    """`text` with the date words blanked out (and masked for name finding)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
        reading.masked.append((clause.start + start, clause.start + end))
    return text


def _anchored(
    reading: Reading, clause: Clause, remaining: str, whens: list[When]
) -> tuple[When, When] | None:
    """A date said relative to another date of the message ("the board meets Dec 15, follow up the day
    after", "12月10号前把合同发过去 提前一天提醒我"): (the date it is relative to, the date it names)."""
    offset = find_offset(remaining)
    if offset is None:
        return None
    # "two days before the trial on the 15th": the date it is relative to may follow in the same clause
    after = [w for w in whens if w.spans and w.spans[0][0] >= offset.span[1] and offset.delta]
    before = [(at, w) for at, w in reading.dates] + [
        (clause.start + w.spans[0][0], w) for w in whens if w.spans and w.spans[0][0] < offset.span[0]
    ]
    if after:
        anchor = min(after, key=lambda w: w.spans[0][0])
        whens.remove(anchor)  # only the point of reference: the trial's day is not a date of ours
        reading.dates.append((clause.start + anchor.spans[0][0], anchor))
    elif before:
        anchor = max(before, key=lambda pair: pair[0])[1]
    else:
        return None
    has_time = anchor.has_time or offset.hours
    return anchor, When(anchor.at + offset.delta, has_time, (offset.span,))


def _earlier_step(reading: Reading, anchor: When, shifted: When, words: str) -> bool:
    """A bare "remind me a day before" moves the reminder of the task it is relative to."""
    if lx.REMIND.sub("", words).strip(" ,，。;；:："):
        return False
    for index, step in enumerate(reading.steps):
        if step.due is not None and step.due == anchor.at:
            reading.steps[index] = replace(step, due=shifted.at, has_time=shifted.has_time, explicit=True)
            return True
    return False


_FUTURE = re.compile(
    r"\b(?:will|['’]ll|going to|gonna|next|coming|upcoming|scheduled|planned|booked|tomorrow|tmrw|tmr|"
    r"tonight|later|soon|need to|want to|wants?|wanted|asked|asks|needs?|would like|let['’]?s|can|could|"
    r"shall|should|pls|please|if)\b|\d\s*(?:am|pm)\b|\d:\d\d|\bat\s+\d",
    re.IGNORECASE,
)


def _noun_report(text: str) -> bool:
    """ "mtg with jane (acme) friday, intro to our platform": an interaction named by a noun with a bare
    weekday, no time of day and no word of planning reads as a report of the last such day."""
    if CJK.search(text) or _IMPERATIVE.match(text) or lx.STEP_MARKERS.search(text) or _FUTURE.search(text):
        return False
    return any(p.search(text) for p in _KIND_PATTERNS.values())


def _postponed(reading: Reading) -> None:
    """ "bosi 的单子推迟了", "signing pushed back": the deal is put off, but to when? (asked, not guessed)"""
    if reading.close is not None or reading.outcome or reading.kind:
        return  # "…电话，说冷库项目延期": the call is logged with its words; nothing to ask
    for match in lx.POSTPONED.finditer(reading.text):
        clause = reading.clause_of(match.start())
        planned = any(clause.start <= s.start < clause.end for s in reading.steps)
        if lx.DEAL_NOUN.search(clause.text) and not planned:
            reading.postponed = True
            reading.masked.append(match.span())
            return


def _planned_not_done(reading: Reading) -> None:
    """ "周三上午十点半 彭经理来公司", "call 小米 李娜 tmrw 3pm": a future interaction is the plan (the
    reminder), not something that happened: no activity unless a word says it already did."""
    if not reading.kind_span or reading.occurred is not None or lx.PAST_MARKERS.search(reading.text):
        return
    at = reading.kind_span[0]
    for step in reading.steps:  # the interaction is inside the plan, or the plan is its date alone
        words = step.text
        for name, _start, _end in reading.persons:
            words = words.replace(name, " ")
        # "call 小米 李娜 tmrw 3pm": the plan is a name and the date, right after the interaction
        follows = reading.clause_of(at).end <= step.start and not any(
            at < c.start and c.end <= step.start for c in reading.clauses if c.text.strip()
        )
        alone = not step.explicit and (
            not words.strip(" ,;:-") or (follows and _a_name(words.strip(" ,;:-")))
        )
        if step.due is not None and (step.start <= at < step.end or alone):
            if alone and (follows or not step.text):  # the reminder says what to do: "call 小米 李娜"
                clause = reading.clause_of(at)
                words = _clean_step(f"{clause.text} {step.text}")
                reading.steps[reading.steps.index(step)] = replace(step, text=words, start=clause.start)
            reading.kind = reading.kind_span = None
            return


def _a_name(words: str) -> bool:
    """One word that can only be somebody's name: "Jane", "李娜"."""
    if CJK.match(words):
        return bool(re.fullmatch(rf"[{lx.CN_SURNAMES}][\u4e00-\u9fff]{{1,2}}", words))
    return bool(re.fullmatch(r"[A-Z][a-z]+", words)) and words.lower() not in lx.STOPWORDS


def _same_day_steps(steps: list[Step]) -> list[Step]:
    """ "bill wants pricing by wed. send it wed 9am": one follow-up that day, at the time given."""
    timed_days = {s.due.date() for s in steps if s.due is not None and s.has_time}
    return [s for s in steps if s.due is None or s.has_time or s.due.date() not in timed_days]


def _join_steps(reading: Reading) -> None:
    """ "remind me: prepare the deck, Wednesday 9am": the date in its own clause belongs to the step."""
    joined: list[Step] = []
    for step in reading.steps:
        previous = joined[-1] if joined else None
        if previous and previous.due is None and step.due is not None and not step.text:
            joined[-1] = Step(previous.text, step.due, step.has_time, previous.start, step.end, True)
        elif previous and previous.due is not None and step.due is None and not step.explicit:
            continue
        elif (
            previous
            and previous.due is not None
            and step.due is not None
            and not (step.text or step.explicit)
        ):
            # "she wants to talk again after the holidays, jan 5": the bare date says exactly when
            joined[-1] = replace(previous, due=step.due, has_time=step.has_time, end=step.end)
        else:
            joined.append(step)
    reading.steps = _same_day_steps(joined)


def _only_deal_words(reading: Reading, clause: Clause) -> bool:
    """ "need to close by Friday" is about the deal's close, not a reminder."""
    return any(clause.start <= a.start < clause.end for a in reading.amounts) and not re.search(
        r"follow|跟进|remind|提醒|call|send|发", clause.text, re.I
    )


def _clean_step(words: str) -> str:
    words = re.sub(r"^\s*(?:and|then|also|pls|please|&)\s+", "", words.strip(), flags=re.I)
    words = re.sub(r"^(?:让我|叫我|要我|要求我|我们|咱们)\s*", "", words)
    words = re.sub(r"^(?:再|要|需要|然后)(?=[\u4e00-\u9fff]{2})", "", words)
    return words.strip(" ,;:-–—~。，；：!！")
