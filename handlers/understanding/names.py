"""Stretches of a message that may name a customer, and the people it names.

Found before the database is asked and scored later against the CRM's own names, so this is
generous; it only keeps out what is already read (dates, amounts, kind and stage words).
"""

from __future__ import annotations

import re

from crm_store.search.gazetteer import ADDRESSED
from crm_store.search.scoring import HONORED_NAME, without_honorific
from handlers.understanding import lexicon as lx
from handlers.understanding.contact_changes import NEW as NEW_PERSON
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.known_people import everyday_pair, honorific
from handlers.understanding.person_names import company_word_inside
from handlers.understanding.reading import CJK, CLAUSE_BREAK, Candidate, Reading

_LATIN = "A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"  # letters with accents too, but no Chinese: "Acme投诉" is Acme


TOKEN = re.compile(rf"[A-Za-z0-9][{_LATIN}&'’.\-]*[{_LATIN}&]|[A-Za-z]")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_CONNECTORS = frozenset({"of", "&", "and", "the", "de", "la", "von", "van", "der", "y", "du"})


_DEAL_WORD = re.compile(r"\b(?:deal|opp|oppty|opportunity)\b|单子|商机")  # "the zenith deal: 180k …"


_CONTACT_WORDS = re.compile(r"\bcontacts?\b|联系人|对接人", re.IGNORECASE)


_LABEL = re.compile(
    r"(?:(?:quick|daily|weekly|status|deal|sales|pipeline|visit|call|meeting)\s+)?"
    r"(?:update|updates|note|notes|fyi|heads[\s-]?up|todo|to-?do|reminder|recap|summary|news|status|log|re|"
    r"btw|ps|p\.s\.|also|info|(?:logging|logged)(?:\s+(?:\d|two|three|four|both))?|"  # "logging 2: …"
    # a late entry: "forgot to log am: yesterday evening i called Nkechi …", "late log:", "for the record:"
    r"(?:(?:i\s+)?forgot\s+to\s+(?:log|add|record|enter|put\s+in)(?:\s+(?:it|this|that|am|dis|one))?)|"
    r"late\s+(?:log|entry|update)|for\s+the\s+record|"
    r"fwd?|subject|subj|from|sent|date|to|cc)"  # a pasted e-mail's header lines: "Fwd: …", "From: …"
    # the day a summary is of: "end of day: visited acme, …", "eod recap:", "今日："
    r"|(?:end[\s-]of[\s-](?:the[\s-])?day|eod|wrap[\s-]?up|today)(?:\s+(?:update|recap|summary|notes?|report))?"
    r"|今日|今天(?:情况|进展|工作)?|today so far|so far today"
    r"|(?:今天|今日|今朝)?有?(?:两|二|三|四|五|几|\d)件事(?:情)?"  # "今朝两件事：1 … 2 …"
    r"|(?:今日|今天|本周|工作)?(?:更新|备注|记录|跟进记录|拜访记录|汇报|小结|总结|日报|周报|提醒|待办)"
    r"|(?:帮我|幫我|给我|給我|请|請|麻烦|麻煩)?(?:记一下|記一下|记下|記下)|记住|备忘|備忘|补充|另外|顺便说一下|顺便|注意|转发|主题"
    r"|发件人|收件人",
    re.IGNORECASE,
)


def is_heading(text: str) -> bool:
    """A heading alone: "EOD:", "今日小结", "daily recap -"."""
    return bool(_LABEL.fullmatch(text.strip().rstrip(":：-–— ").strip()))


def without_heading(text: str) -> str:
    """ "update: …", "跟进记录：…": a heading before the message is blanked out (same positions), so that its
    words ("跟进", "reminder") are not read as what the message asks for."""
    match = re.match(r"^\s*(.{1,24}?)\s*[:：]", text)
    if (
        match
        and _LABEL.fullmatch(match.group(1).strip())
        and not _TASK_LABEL.fullmatch(match.group(1).strip())
    ):
        return " " * match.end() + text[match.end() :]
    return text


# A heading that says what the message is: a task ("todo: call stark", "待办：给华为发报价"). It is kept, so
# that what follows is read as a step to remind of, not as a call logged as done.
_TASK_LABEL = re.compile(r"todo|to-?do|reminder|(?:今日|今天|本周|工作)?(?:提醒|待办)", re.IGNORECASE)


def explicit_name(text: str) -> str | None:
    """ "Acme Corp: called Jane" names the customer before the colon (short, no digits)."""
    match = re.match(r"^\s*([^:：\d][^:：]{0,60}?)\s*[:：](?![()/|])\s*\S", text)  # not ":(" or "://"
    if not match:
        return None
    name = match.group(1).strip()
    if name[-1:].isdigit() and re.match(r"[:：]\d", text[match.end(1) :].lstrip()):
        return None  # "this evening 6:30 call back eddie": a time, not a name and a colon
    words = name.split()
    # "complaint from Northwind: ..." or "小米投诉：..." put the interaction before the colon too:
    # then the name is found inside the text, as without a colon.
    if len(words) > 5 or lx.STEP_MARKERS.search(name) or any(p.search(name) for p in KIND_PATTERNS.values()):
        return None
    if words and all(w.lower() in lx.STOPWORDS for w in words):
        return None
    if _LABEL.fullmatch(name) or lx.REMIND_PREFIX.fullmatch(name):
        # "przypomnij me: call …", "update: umbrella - …", "fyi: …", "跟进记录：…": a heading, the customer is
        # after it
        return None
    if _PERSON_AT.search(name):
        return None  # "Kyle @ Sacramento Solar: …", "Jane at Acme: …": a person and the customer, linked
    if _WHERE_THE_DAY_WAS.match(name):
        return None  # "dia en Guadalajara: comida con …", "day in Leeds: …": where the day was, not a name
    if _CONTACT_WORDS.search(name) or NEW_PERSON.search(name):
        return None  # "new contact at kessler medical: …", "rockford new buyer: …", "温岭东方新采购：…": the
        # customer is inside, found by linking
    if any(p.search(name) for p in (lx.ADD_ON, lx.NEW_DEAL, lx.WON_WORDS, lx.LOST_WORDS, _DEAL_WORD)):
        return None  # "add-on at northgate health: …", "北方汽配新商机：…": the deal words are not the name
    return name


_PERSON_AT = re.compile(r"\S\s*@\s*\S|\S\s+at\s+\S", re.IGNORECASE)
_WHERE_THE_DAY_WAS = re.compile(
    r"(?:(?:my|a|long|busy|full)\s+)?(?:day|d[ií]a|trip|tour|tag|morning|afternoon|ma[ñn]ana|tarde)\s+"
    r"(?:in|en|to|at|a|nach|around|por)\s",
    re.IGNORECASE,
)
_ADDRESSED_NAME = re.compile(r"\.?\s+[A-Z\u00c0-\u024f][\w'’-]+")


def read_persons(reading: Reading) -> None:
    text = reading.text
    seen: set[str] = set()
    chinese = honorific(reading.people)  # 张总, and 鲍总 when the organisation knows a 鲍
    for pattern in (lx.PERSON_AFTER, lx.PERSON_BEFORE, chinese):
        for m in pattern.finditer(text):
            name = m.group("name")
            if pattern is chinese and everyday_pair(name):
                continue  # 施工面积: a word, not Mr Shi the engineer
            words = name.split()
            while words and words[-1].lower() in lx.STOPWORDS:
                words.pop()
            if not words or words[0].lower() in lx.STOPWORDS:
                continue
            name = " ".join(words)
            if lx.DETERMINER_BEFORE.search(text, 0, m.start("name")) and name.lower() not in ADDRESSED:
                continue  # "met the Owner at Schlossberg", "dem Inhaber": a role said, no one's name
            if company_word_inside(name):
                continue  # "mtg w/ Zephyr Analytics": a company, offered as a new customer
            if len(words) == 1 and name.lower() in ADDRESSED:  # "called Ms. Fenwick": the title and the name
                after = _ADDRESSED_NAME.match(text, m.start("name") + len(name))
                if after is None:
                    continue
                name = text[m.start("name") : after.end()]
            if CJK.match(name) and pattern is not chinese:
                continue  # "called 华为": Chinese people are found by surname and title (张经理)
            said, name = name, without_honorific(name)  # "Morita-san": Morita, the honorific said with her
            if name not in seen:
                seen.add(name)
                start = m.start("name")
                reading.persons.append((name, start, start + len(said)))
                if CJK.match(name):
                    reading.masked.append((start, start + len(name)))  # 张经理 is a person, not a company
    _honored_people(reading)


def _honored_people(reading: Reading) -> None:
    """A name said with a Japanese honorific ("Nakamura-san approved the proposal") is a person wherever it
    stands, when it is a name the organisation's contacts have (an unknown one stays a word to ask about)."""
    parts = {p.lower() for name in reading.people.latin for p in name.split() if len(p) >= 2}
    said = {name.lower() for name, *_ in reading.persons}
    for m in HONORED_NAME.finditer(reading.text):
        name = m.group("name")
        if name.lower() in parts and name.lower() not in said:
            said.add(name.lower())
            reading.persons.append((name, m.start(), m.end()))


def latin_candidates(reading: Reading) -> list[Candidate]:
    text = reading.text
    tokens = [_Token(text, m.start(), m.end()) for m in TOKEN.finditer(text)]
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
                CLAUSE_BREAK.search(span_text)
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


def cjk_candidates(reading: Reading) -> list[Candidate]:
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
