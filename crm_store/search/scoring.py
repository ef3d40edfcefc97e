"""How well a typed query matches one indexed text, as a score from 0 to 100.

Scores are built so that `handlers.resolve.decide` can act on them:
  100      the same name once case, accents, punctuation and legal forms are folded away
  ~93-97   a clear fragment ("acme" for Acme Robotics), a reordered name, full pinyin
  ~88-93   one typo in a longer word; Chinese typed with a homophone (华伟 for 华为)
  < 88     short or doubtful matches (one typo in a four-letter word, two-letter initials)
Each query word is matched to one word of the name: exactly, as a prefix (the user stopped
typing), or within an edit budget that grows with the word's length (transpositions count
as one edit). The name's words that the query does not cover lower the score a little, so
the full name beats a longer name that merely starts the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial

from rapidfuzz.distance import OSA

from crm_store.search.normalize import CONNECTORS, LEGAL_SUFFIXES, fold, legal_words, name_key, strip_legal
from crm_store.search.pinyin import has_han, to_pinyin


class Kind(IntEnum):
    """What an indexed text is; decides how it is compared and how much a match counts."""

    NAME = 0
    ALIAS = 1
    CONTACT = 2
    PINYIN = 3  # full pinyin of a Chinese customer name or alias
    INITIALS = 4  # pinyin initials of a Chinese customer name or alias
    CONTACT_PINYIN = 5  # full pinyin of a Chinese contact name
    OTHER_PINYIN = 6  # full pinyin with a polyphone's less likely reading (长 as zhang)
    OTHER_INITIALS = 7  # ... and its initials


FIELD = {
    Kind.NAME: "name",
    Kind.ALIAS: "alias",
    Kind.CONTACT: "contact",
    Kind.PINYIN: "name",
    Kind.INITIALS: "name",
    Kind.CONTACT_PINYIN: "contact",
    Kind.OTHER_PINYIN: "name",
    Kind.OTHER_INITIALS: "name",
}
WEIGHT = {  # a company's own name beats a person's name or a spelling aid that matches as well
    Kind.NAME: 1.0,
    Kind.ALIAS: 0.99,
    Kind.CONTACT: 0.95,
    Kind.PINYIN: 0.97,
    Kind.INITIALS: 0.92,
    Kind.CONTACT_PINYIN: 0.9,
    Kind.OTHER_PINYIN: 0.94,
    Kind.OTHER_INITIALS: 0.89,
}
PINYIN_KINDS = frozenset(
    {Kind.PINYIN, Kind.INITIALS, Kind.CONTACT_PINYIN, Kind.OTHER_PINYIN, Kind.OTHER_INITIALS}
)
HAN_AS_PINYIN = 0.9  # Chinese query matched through its pinyin (homophone typo): never beats the exact name
TYPO_COST = 0.56  # share of a word's weight one edit costs, spread over the word's length
COVERAGE = 0.1  # how much of the score depends on covering the whole name
UNORDERED = 0.97  # words in another order than in the name
LEGAL_MISMATCH = 6.0  # "acme gmbh" when the customer is "Acme AG"
EXACT_FIRST = 1.0  # the whole name typed with its legal form ranks the company of that very name first
LENIENT = 0.93  # scores of the second, more tolerant try: rarely enough to act without asking
# The titles said after a Chinese family name to address a contact ("张经理", "王总", "林工"): the one list
# (handlers' readings build their patterns from it; a pattern tries them in this order).
CN_TITLES = (
    "经理", "总监", "总经理", "副总经理", "副总裁", "副总", "总工", "总", "先生", "女士", "小姐", "姑娘",
    "太太", "老师", "主任", "工", "董", "处长", "科长", "部长", "主管", "助理", "老板", "厂长", "院长",
    "局长", "所长", "行长", "店长", "秘书", "校长", "园长", "医生", "教授", "律师", "总裁", "书记",
    "协理", "副理", "襄理", "课长", "特助", "董事长", "博士",  # 博士: Dr. (何博士)
    "执行长", "营运长", "财务长", "技术长",  # Taiwan's chief officers (執行長 CEO, 營運長 COO, …)
    "社长", "场长", "庄主", "会长", "站长", "馆长", "矿长",  # of a co-op, a farm, a winery, an association …
    "姐", "哥",  # 刘姐, 王哥: said familiarly
)  # fmt: skip
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "hr", "fr", "mme", "mlle",
                        "monsieur", "madame", "m"})  # fmt: skip
# Japanese honorifics said after a name, joined by a hyphen ("Morita-san", "Fujii-sama") or, for the ones no
# name is spelt like, a space ("Sato sensei"; not "Eric Chan", "Li Shi"): part of the person's mention, not of
# the name. Written in lowercase.
JA_HONORIFICS = ("san", "sama", "sensei", "kun", "chan", "dono", "senpai", "shi")
_SPACED = ("san", "sama", "sensei", "kun")
_HONORIFIC_AFTER = rf"(?:[-‐](?:{'|'.join(JA_HONORIFICS)})|[ ](?:{'|'.join(_SPACED)}))(?![\w'’-])"
_JA_HONORIFIC = re.compile(rf"(?<=[A-Za-z\u00c0-\u024f]){_HONORIFIC_AFTER}$")
HONORED_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Za-z\u00c0-\u024f][a-z\u00e0-\u024f]+){_HONORIFIC_AFTER}"
)  # a name said with a Japanese honorific wherever it stands ("Nakamura-san approved")


# Malay and Indonesian courtesies go before the given name: "Puan Siti" for Siti Khadijah binti Osman,
# "Encik Azlan", "Pak Budi".
ADDRESSED_BY_GIVEN_NAME = ("puan", "encik", "cik", "tuan", "datuk", "dato", "datin", "pak", "bu", "ibu")
_GIVEN_NAME_COURTESY = re.compile(rf"^(?:{'|'.join(ADDRESSED_BY_GIVEN_NAME)})['’.]?\s+(?=\S)", re.IGNORECASE)


def without_honorific(name: str) -> str:
    """The name a person is called by without a Japanese honorific after it or a Malay courtesy before it:
    "Morita-san" → "Morita", "Sato sensei" → "Sato", "Puan Siti" → "Siti"; other names unchanged."""
    return _GIVEN_NAME_COURTESY.sub("", _JA_HONORIFIC.sub("", name))


# Legal forms spelled in pinyin, full and as initials, as they appear at the end of a typed name.
PINYIN_LEGAL = ("gufenyouxiangongsi", "youxianzerengongsi", "jituanyouxiangongsi", "youxiangongsi",
                "jituangongsi", "gongsi", "jituan", "gfyxgs", "yxzrgs", "jtyxgs", "yxgs", "jtgs")  # fmt: skip
_SCRIPT_RUNS = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)


def is_cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def words(core: str) -> list[str]:
    """Words of a folded text; Chinese and Latin runs written together are separate words."""
    parts = core.split()
    if core.isascii():
        return parts
    out: list[str] = []
    for part in parts:
        out.extend(_SCRIPT_RUNS.findall(part) if not part.isascii() else (part,))
    return out


def max_edits(length: int, cjk: bool = False, lenient: bool = False) -> int:
    """Edits a typed word of this length may contain and still match: none in short words.

    `lenient` (the second try when nothing matched well) allows one more in words of four letters or more.
    """
    if cjk:
        return 0 if length <= 2 else 1
    if length <= 3:
        return 0
    extra = 1 if lenient else 0
    if length <= 5:
        return 1 + extra
    return (2 if length <= 10 else 3) + extra


def prefix_quality(length: int, cjk: bool = False) -> float:
    """How much a prefix of this many characters says: a single Latin letter says little."""
    if cjk:
        return 0.9 if length == 1 else 1.0
    return (0.0, 0.75, 0.88, 0.95)[length] if length < 4 else 1.0


def word_match(typed: str, word: str, lenient: bool = False) -> tuple[float, int]:
    """(similarity 0..1, characters of `word` covered) of one typed word against one word of a name."""
    if typed == word:
        return 1.0, len(word)
    n, m = len(typed), len(word)
    cjk = is_cjk(typed[0])
    if m > n and word.startswith(typed):
        return prefix_quality(n, cjk), n
    best = (0.0, 0)
    if cjk and n >= 2 and typed in word:
        best = (0.9, n)
    allowed = max_edits(n, cjk, lenient)
    if not allowed:
        return best
    if abs(m - n) <= max_edits(n, cjk):  # the lenient extra edit is for typos, not for extra letters
        distance = OSA.distance(typed, word, score_cutoff=allowed)
        if distance <= allowed:
            best = max(best, (1.0 - TYPO_COST * distance / n, m))
    if m > n - allowed + 1:
        quality = prefix_quality(n, cjk)
        for end in range(max(2, n - allowed), min(m - 1, n + allowed) + 1):
            distance = OSA.distance(typed, word[:end], score_cutoff=allowed)
            if distance <= allowed:
                best = max(best, ((1.0 - TYPO_COST * distance / n) * quality, end))
    return best


def align(typed: list[str], name: list[str], lenient: bool = False) -> float:
    """Score 0..100 of typed words against a name's words, each typed word used once."""
    if not typed or not name:
        return 0.0
    pairs = []
    for i, t in enumerate(typed):
        for j, w in enumerate(name):
            similarity, covered = word_match(t, w, lenient)
            if similarity > 0:
                pairs.append((similarity * len(t), covered, i, j))
    if not pairs:
        return 0.0
    pairs.sort(reverse=True)
    used_typed: dict[int, int] = {}
    used_name: set[int] = set()
    gained = 0.0
    covered_total = 0
    for weight, covered, i, j in pairs:
        if i in used_typed or j in used_name:
            continue
        used_typed[i] = j
        used_name.add(j)
        gained += weight
        covered_total += covered
    typed_total = sum(len(t) for t in typed)
    name_total = sum(len(w) for w in name)
    score = 100.0 * gained / typed_total * (1.0 - COVERAGE + COVERAGE * min(1.0, covered_total / name_total))
    order = [used_typed[i] for i in sorted(used_typed)]
    if order != sorted(order):
        score *= UNORDERED
    return score


@dataclass
class Query:
    """A typed query, prepared once for comparing with many texts."""

    text: str
    folded: str = ""
    core: str = ""
    words: list[str] = field(default_factory=list)
    # With the legal forms and connectors: "sanders ev" may mean Sanders Evans, "baron and" Baron-Andre.
    all_words: list[str] = field(default_factory=list)
    compact: str = ""
    legal: frozenset[str] = frozenset()
    han: bool = False
    pinyin: str = ""  # a Chinese query spelled in pinyin
    compact_variants: list[str] = field(default_factory=list)  # Latin spellings to try on pinyin texts
    person: list[str] = field(default_factory=list)  # words without "Mr"/"Frau"/...
    surname: str = ""  # 张 in 张经理
    lenient: bool = False  # the second try: one more typo per word, typo look-ups for known words too

    @classmethod
    def parse(cls, text: str) -> Query:
        query = cls(text)
        typed = fold(text)
        query.folded = _repair_legal(typed)
        query.core = strip_legal(query.folded)
        query.words = words(query.core)
        query.compact = "".join(query.words)
        query.legal = legal_words(query.folded)
        every = words(typed)  # as typed: "smith cord" may be Smith Cord, not Smith Corp.
        if every != query.words:
            query.all_words = every
        query.han = has_han(query.core)
        if query.han:
            query.pinyin = to_pinyin(query.core)[0]
            if 2 <= len(query.compact) <= 4 and query.compact[1:] in CN_TITLES:
                query.surname = query.compact[0]
        elif query.compact:
            variants = [query.compact]
            variants += [
                query.compact[: -len(suffix)]
                for suffix in PINYIN_LEGAL
                if query.compact.endswith(suffix) and len(query.compact) - len(suffix) >= 2
            ][:1]
            query.compact_variants = variants
        person = [w for w in query.words if w not in HONORIFICS]
        if person and len(person) < len(query.words):
            query.person = person
        return query

    @property
    def lookup_words(self) -> list[str]:
        return self.words


_LONG_LEGAL = sorted(w for w in LEGAL_SUFFIXES if len(w) >= 4)


def _repair_legal(folded: str) -> str:
    """A typo in a trailing legal form ("gmgh", "salr") still makes it a legal form."""
    typed = folded.split()
    end = len(typed)
    while end > 1 and (
        typed[end - 1] in LEGAL_SUFFIXES or typed[end - 1] in CONNECTORS or len(typed[end - 1]) >= 4
    ):
        word = typed[end - 1]
        if word not in LEGAL_SUFFIXES and word not in CONNECTORS:
            near = [
                w
                for w in _LONG_LEGAL
                if abs(len(w) - len(word)) <= 1 and OSA.distance(word, w, score_cutoff=1) <= 1
            ]
            if not near:
                break
            typed[end - 1] = near[0]
        end -= 1
    return " ".join(typed)


def score_text(query: Query, kind: Kind, text: str) -> float:
    """0..100: how well `query` matches one indexed text of the given kind."""
    fit = partial(align, lenient=query.lenient)
    if kind in PINYIN_KINDS:
        return _score_spelling(query, kind, text) * (LENIENT if query.lenient else 1.0)
    is_name = kind in (Kind.NAME, Kind.ALIAS)
    core = strip_legal(text) if is_name else text
    if query.surname and kind == Kind.CONTACT:
        return (
            90.0 if core.startswith(query.surname) and core != query.compact else align(query.words, [core])
        )
    name = words(core)
    score = 100.0 if core == query.core else _words_score(query.words, query.compact, name, text, core, fit)
    if score == 100.0 and is_name and query.folded != query.core and name_key(text) != name_key(query.folded):
        score -= EXACT_FIRST  # 盐湖股份 typed in full: 盐湖集团 is close, but not it
    if query.person and kind == Kind.CONTACT:
        score = max(score, fit(query.person, name))
    if query.legal and is_name and not query.legal <= legal_words(text):
        score -= LEGAL_MISMATCH
    if query.all_words and score < 100.0:
        # A dropped word that starts a word of this name was a fragment, not a legal form or "and".
        dropped = set(query.all_words) - set(query.words)
        if any(w.startswith(d) for d in dropped for w in name):
            score = max(score, fit(query.all_words, name))
    return max(0.0, score * WEIGHT[kind] * (LENIENT if query.lenient else 1.0))


def _words_score(
    typed: list[str], compact: str, name: list[str], text: str, core: str, fit: Callable[..., float]
) -> float:
    score = fit(typed, name)
    if score >= 97.0:
        return score
    # Spaces typed differently: "globexcorp", "hua wei", "schmidtgmbh". Only when one side is a
    # single word: between two multi-word names it would let typos leak across word boundaries.
    for spelled in (name, words(text) if core != text else None):
        if spelled and (len(typed) == 1) != (len(spelled) == 1):
            score = max(score, fit([compact], ["".join(spelled)]) * 0.98)
    return score


def _score_spelling(query: Query, kind: Kind, text: str) -> float:
    if query.han:
        if kind in (Kind.INITIALS, Kind.OTHER_INITIALS) or not query.pinyin:
            return 0.0
        return align([query.pinyin], [text], query.lenient) * HAN_AS_PINYIN
    # the spelling as typed, legal form included, beats the same spelling without it (长青集团 over 长青股份)
    best = max(
        (
            align([v], [text], query.lenient) * (1.0 if i == 0 else 0.99)
            for i, v in enumerate(query.compact_variants)
        ),
        default=0.0,
    )
    return best * WEIGHT[kind]
