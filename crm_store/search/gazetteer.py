"""The names an organisation's customers are known by, for finding them anywhere in a message.

A `Gazetteer` lists, per customer, every surface form a rep may type: the name (with and without
its legal form), aliases, the distinctive short form of a Chinese name (no region prefix, legal
form or industry word: 无锡太湖环保科技有限公司 → 太湖环保), the pinyin of Chinese names, the
names of its contacts (whole names, and given names as weak evidence) and the titles of its open
deals. `crm_store.search.linker` finds these forms in free text.

Caching: one gazetteer per (search engine, organisation), tagged with the organisation's search
revision (`changes.py`). That revision is bumped by every committed change to a customer's name,
aliases, contacts or deals (title, status, owner customer), in this process or another, so
one primary-key read per message says whether the cached gazetteer is still right. When it is not,
only the customers the change log names are re-read (their forms are recomputed, the others are
kept), and the whole organisation is re-read when the log says "everything" or is too far behind.
We reuse the search index's revision rather than a second counter so that every writer that keeps
the search index fresh keeps this fresh too, with no second code path to forget.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property, lru_cache
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_store.models import Contact, Customer, Deal
from crm_store.search.changes import KEEP_REVISIONS, changes_since, current_revision
from crm_store.search.chinese_names import (
    COMPANY_WORDS,
    a_place,
    is_name,
    opening_places,
    places,
    without_region,
)
from crm_store.search.everyday import chinese_zipf, is_english_word
from crm_store.search.loanwords import romaji_key
from crm_store.search.normalize import CONNECTORS, fold, in_english, strip_legal
from crm_store.search.pinyin import has_han, person_pinyin, spaced_pinyin, to_pinyin
from crm_store.search.scoring import ADDRESSED_BY_GIVEN_NAME

# How a rep addresses a contact by the family name alone ("Dr Haddad", "Mrs. Lindqvist", German "Frau Zeller",
# Spanish "Sra. Holguín").
ADDRESSED = ("mr", "mrs", "ms", "dr", "herr", "frau", "sr", "sra")

_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
# Cities people type by their letters, at the start of a name: "KL Fintech" for Kuala Lumpur Fintech Labs,
# "HK Tradelink" for Hong Kong Tradelink
_CITY_LETTERS = dict(
    re.findall(
        r"([a-z ]+)=([a-z]+),?",
        "kuala lumpur=kl,hong kong=hk,new york=ny,los angeles=la,san francisco=sf,petaling jaya=pj,"
        "johor bahru=jb,kota kinabalu=kk,new zealand=nz,port elizabeth=pe,united kingdom=uk,ho chi minh=hcm,"
        "sao paulo=sp,rio de janeiro=rj,belo horizonte=bh,porto alegre=poa,dar es salaam=dsm,buenos aires=ba,"
        "ciudad de mexico=cdmx,abu dhabi=ad",
    )
)


class Evidence(IntEnum):
    """How a form names its customer, strongest first."""

    NAME = 0  # the whole name, with or without its legal form
    ALIAS = 1
    SHORT = 2  # a Chinese name without region, legal form or industry word; a German spelling
    CONTACT = 3  # a contact's whole name
    PINYIN = 4  # a Chinese name typed in pinyin
    DEAL = 5  # an open deal's title: supports a customer, never names it alone
    GIVEN_NAME = 6  # a contact's given name alone: supports a customer, never names it alone
    INITIALS = 7  # the initials of a name of three words or more ("ktl", "hwjs" for 华为技术): asked about
    # the capitals of a Latin name of two words or more, typed as capitals ("BCS" for Brisbane Cold Storage,
    # "LBC" for Long Beach Container Services): one customer's name when no other has them (`linker`)
    ACRONYM = 8


@dataclass(frozen=True)
class Form:
    customer_id: int
    evidence: Evidence
    key: str  # folded; Latin words joined by one space, connectors left out
    words: int  # Latin words in the key (1 for Chinese)
    shown: str  # as stored: the name, alias, contact or deal title


@dataclass(frozen=True)
class CustomerRow:
    customer_id: int
    name: str
    aliases: tuple[str, ...]
    contacts: tuple[str, ...]
    deals: tuple[str, ...]  # open deals' titles
    # every deal's title, closed ones too: a word of one said after the name is that deal ("宏远模具那单"),
    # no other company, after it was won as well
    titles: tuple[str, ...] = ()


def latin_words(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in CONNECTORS]


def forms_of(row: CustomerRow) -> list[Form]:
    """Every form that names (or supports) this customer."""
    out: list[Form] = []
    seen: set[tuple[str, Evidence]] = set()

    def add(text: str, evidence: Evidence, shown: str) -> None:
        if has_han(text):
            key = "".join(text.split())
            count = 1
        else:
            parts = latin_words(text)
            key, count = " ".join(parts), len(parts)
        if len(key) < 2 or (key, evidence) in seen:
            return
        seen.add((key, evidence))
        out.append(Form(row.customer_id, evidence, key, count, shown))

    for name, evidence in [(row.name, Evidence.NAME)] + [(a, Evidence.ALIAS) for a in row.aliases]:
        folded = fold(name)
        core = strip_legal(folded)
        add(folded, evidence, name)
        add(core, evidence, name)
        german = strip_legal(fold(name.translate(_GERMAN)))
        if german != core:
            add(german, Evidence.SHORT, name)
        for english in in_english(core):
            add(english, Evidence.SHORT, name)  # "sternwarte munich" for Sternwarte München
        if (lettered := _city_lettered(core)) is not None:
            add(lettered, Evidence.SHORT, name)
        if not has_han(core) and len(latin_words(core)) > 1:
            add("".join(latin_words(core)), Evidence.SHORT, name)  # "brightwater" for Bright Water
        if has_han(core) and (placed_first := _place_in_brackets(core)) is not None:
            add(placed_first, Evidence.SHORT, name)  # 澳门恒兴物流 for 恒興物流（澳門）
            core = placed_first
        if has_han(core):
            for short in chinese_short_forms(core):
                add(short, Evidence.SHORT, name)
            for spelled in {core, *chinese_short_forms(core)}:
                if _HAN_ONLY.fullmatch(spelled) and len(spelled) >= 2:
                    full, initials = to_pinyin(spelled)
                    add(full, Evidence.PINYIN, name)
                    if len(initials) >= 3 and not is_english_word(initials):
                        add(initials, Evidence.INITIALS, name)
        elif len(latin_words(core)) >= 3:
            initials = "".join(w[0] for w in latin_words(core))
            if not is_english_word(initials):
                add(initials, Evidence.INITIALS, name)  # "ktl" for Kessler Tool & Logistics
        if not has_han(core):
            for acronym in _acronyms(latin_words(core)):
                add(acronym, Evidence.ACRONYM, name)
    for contact in row.contacts:
        folded = fold(contact)
        add(folded, Evidence.CONTACT, contact)
        if has_han(folded):
            add(person_pinyin(folded), Evidence.CONTACT, contact)
            for spaced in spaced_pinyin(folded):  # "lu jiaqi", "jiaqi lu" for 陆佳琪
                add(spaced, Evidence.CONTACT, contact)
        else:
            person = [w for w in latin_words(folded) if w not in (*ADDRESSED, *ADDRESSED_BY_GIVEN_NAME)]
            if len(person) > 1 and len(person[0]) >= 3:  # "klara" for Dr. Klara Weiss, as for Klara Weiss
                add(person[0], Evidence.GIVEN_NAME, contact)
                for title in ADDRESSED_BY_GIVEN_NAME:
                    add(f"{title} {person[0]}", Evidence.CONTACT, contact)
            if len(person) > 1 and len(person[-1]) >= 3:
                for title in ADDRESSED:  # "dr haddad" for Dr. Amir Haddad, "ms okafor" for Ngozi Okafor
                    add(f"{title} {person[-1]}", Evidence.CONTACT, contact)
    for title in row.deals:
        add(strip_legal(fold(title)), Evidence.DEAL, title)
    return out


def _city_lettered(core: str) -> str | None:
    """The name with the city it opens with typed as its letters ("kl fintech labs"), with a word after."""
    words = latin_words(core)
    for city, letters in _CITY_LETTERS.items():
        size = city.count(" ") + 1
        if " ".join(words[:size]) == city and len(words) > size:
            return " ".join([letters, *words[size:]])
    return None


def _acronyms(words: list[str]) -> list[str]:
    """The capitals a name is typed as: every word's first letter, and of a name of four words or more also
    without its last word (Long Beach Container Services: "lbcs", "lbc"); three letters or more."""
    words = [w for w in words if w.isalpha()]
    out = ["".join(w[0] for w in words)]
    if len(words) >= 4:
        out.append("".join(w[0] for w in words[:-1]))
    return [a for a in out if len(a) >= 3]


@lru_cache(maxsize=65_536)
def _opening(key: str) -> tuple[str, ...]:
    """The places a Chinese name opens with, as its first characters (沈阳 of 沈阳重型机床): said before
    a piece of the rest of the name, they name it (`linker`: 沈阳机床)."""
    if not _HAN_ONLY.fullmatch(key):
        return ()
    return tuple(
        place for place in opening_places(key) if key.startswith(place) and len(key) - len(place) >= 2
    )


# What ends a place we do not list: a lake, a hill, an island, a bay, a harbour, a bridge, a river, a town,
# a gate, a quarter's north side (日月潭, 虹桥 of 上海虹桥新加坡企业中心, 华强北 of 深圳华强北电子元件).
_LANDMARK_END = frozenset("湖潭山岛湾港桥江河岭溪滩洲塘岗村镇街门北")


@lru_cache(maxsize=65_536)
def _landmark(key: str) -> str | None:
    """The place we do not list that a Chinese name opens with (after its city when it has one), by its
    last character, three characters before two; said alone with a deal, a trip or a person of it, it
    names the one customer there (`linker`: 日月潭那案, 去华强北)."""
    if not _HAN_ONLY.fullmatch(key) or opening_places(key):
        return None
    return next(
        (key[:size] for size in (3, 2) if len(key) - size >= 2 and key[size - 1] in _LANDMARK_END), None
    )


def _word_keys(word: str) -> list[str]:
    """A word of a Latin name, and its first letters from `SHORTENED` on ("hyd", "hyde", … of hyderabad)."""
    if word.isdigit():
        return [word]
    return [word[:size] for size in range(SHORTENED, len(word))] + [word]


def _place_in_brackets(core: str) -> str | None:
    """A Chinese name registered with its place after it in brackets (恒興物流（澳門）, 某某贸易（深圳）) —
    folded to "恒兴物流 澳门" — is said with the place first, like any other: 澳门恒兴物流, 澳门恒兴."""
    head, _, place = core.rpartition(" ")
    if not head or not _HAN_ONLY.fullmatch(place) or place not in places() or not has_han(head):
        return None
    return place + head.replace(" ", "")


_BRAND = 2  # the characters of a brand (字号) when nothing else tells where the trade starts
_PLACED_SIZES = (2, 3, 4)  # the characters of a name said after its place (天门鑫达, 深圳前海嘉通)


def chinese_short_forms(core: str) -> list[str]:
    """What a rep types for a Chinese company: without its region (北京), then without the industry
    word that ends it (太湖环保科技 → 太湖环保 → 太湖), down to two characters; and those with the place
    said before them (廊坊嘉禾 for 廊坊嘉禾食品, 深圳海川 for 深圳市海川物流: how one of a brand's namesakes
    in several cities is named).

    A name registered as place + brand + trade whose trade is no word of `COMPANY_WORDS` (余姚明珠塑料制品,
    天门鑫达塑业) is cut all the same: the brand is the two characters after the place (明珠, 鑫达), and
    the place with the first characters of what follows is how one is named among namesakes (天门鑫达,
    深圳前海嘉通). Such a brand may be another customer's whole alias: the linker asks which
    (`linker.find_mentions`)."""
    forms: list[str] = []
    regionless = without_region(core)
    current = regionless or core
    if current != core:
        forms.append(current)
    # a trade's shop, 行 after the trade word (林記包裝材料行, 永豐五金行): the trade ends the name
    if current.endswith("行") and any(current[:-1].endswith(w) for w in TRADES):
        current = current[:-1]
        forms.append(current)
    while True:
        word = next((w for w in TRADES if current.endswith(w) and len(current) - len(w) >= 2), None)
        if word is None:
            break
        current = current[: -len(word)]
        forms.append(current)
    open_trade = current == regionless and len(current) >= _BRAND + 2  # no trade word we list ends it
    if open_trade and is_name(current[:_BRAND]):
        forms.append(current[:_BRAND])  # the rest after place + brand is its trade
    trade = _brand_before_trade(core) if not forms and regionless is None else None
    if trade is not None:
        forms += [core[: _BRAND + len(trade)], core[:_BRAND]]
    forms += _inner_brands(regionless or core)
    opening = opening_places(core)
    placed = [place + short for place in opening for short in forms]
    if open_trade:
        placed += [
            place + current[:size] for place in opening for size in _PLACED_SIZES if size < len(current) - 1
        ]
    return [  # the place a name opens with is no short form of it (北京 of 北京银行), nor its trade alone
        form  # (电力设备, 电力 of 汉川电力设备: "汉江电力设备" is another company, or 汉川 misheard)
        for form in dict.fromkeys(forms + placed)
        if form != core and not (core.startswith(form) and a_place(form)) and not _trade_alone(form)
    ]


# Trades that follow a brand of two characters in a name with no place before it, not company words:
# "秦川机床配件" is said 秦川 or 秦川机床, "秦岭矿泉水" 秦岭 (such a name had no short form at all).
_TRADES_AFTER_BRAND = (
    "机床", "配件", "部件", "零部件", "矿泉水", "饮料", "文创", "陶瓷", "建筑", "装饰", "粮油", "水产",
    "服装", "模具", "塑料", "塑胶", "电缆", "阀门", "仪器", "仪表", "自动化", "机电", "光伏", "新能源",
    "锂电", "半导体", "安防", "消防", "船舶", "航运", "供应链", "电商", "连锁", "超市", "冷链",
)  # fmt: skip


def _brand_before_trade(core: str) -> str | None:
    """The trade word right after the first two characters of `core`, when those name a brand (`is_name`)."""
    rest = core[_BRAND:]
    word = next((w for w in (*_TRADES_AFTER_BRAND, *TRADES) if rest.startswith(w)), None)
    return word if word is not None and len(core) > _BRAND + 1 and is_name(core[:_BRAND]) else None


def _trade_alone(form: str) -> bool:
    """Whether `form` is trade words and nothing else (电力设备, 物流, 电子科技)."""
    while form:
        word = next((w for w in TRADES if form.endswith(w)), None)
        if word is None:
            return False
        form = form[: -len(word)]
    return True


# The trades a name ends with: the company words, and words of a trade that follow a name in a sentence
# too often to be read as another company's (物业管理, 资本管理, 检测中心: 华为管理层 is no other company).
TRADES = tuple(sorted({*COMPANY_WORDS, "管理", "资本", "物业", "中心", "配套"}, key=len, reverse=True))
_EVERYDAY_BRAND = 3.0  # an inner brand this common is a word of the sentence (度假 of 北戴河度假酒店)


def _inner_brands(rest: str) -> list[str]:
    """A brand of two characters inside a name, right before its trade word, after words we do not know as a
    place (a town, a district, a zone: 中山小榄|恒达五金|厂, 北京中关村|华创科技): said with its trade
    (恒达五金, 华创科技) or alone (华创), which is how the words before it are left out. Not two characters
    of an everyday word (度假酒店)."""
    out = []
    for at in range(4, len(rest) - 1):
        word = next((w for w in TRADES if rest.startswith(w, at)), None)
        brand = rest[at - 2 : at]
        if word is not None and chinese_zipf(brand) < _EVERYDAY_BRAND and brand not in TRADES:
            out += [brand + word, brand]
    return out


_INDEXES = ("latin", "starts", "han", "han_starts", "han_twos", "sounds", "opens", "inner")
SHORTENED = 3  # the letters a word of a name may be cut to ("hyd" for Hyderabad)


@dataclass
class Gazetteer:
    """Every form of every customer of one organisation, indexed for the linker.

    Immutable once built: `updated` makes a new one that shares what did not change, so a search
    running on the old one is never disturbed and one changed customer costs milliseconds, not a rebuild.
    """

    revision: int
    rows: dict[int, CustomerRow]
    forms: dict[int, list[Form]]
    latin: dict[str, list[Form]] = field(default_factory=dict)  # key -> forms
    starts: dict[str, list[Form]] = field(default_factory=dict)  # first words of a longer name -> forms
    prefixes: set[str] = field(default_factory=set)  # first words of every longer key: worth reading on
    han: dict[str, list[Form]] = field(default_factory=dict)
    han_starts: dict[str, list[Form]] = field(default_factory=dict)  # first half or more of a Chinese key
    han_twos: dict[str, list[Form]] = field(default_factory=dict)  # a Chinese name's first two characters
    sounds: dict[str, list[Form]] = field(default_factory=dict)  # Chinese keys by their syllables
    opens: dict[str, list[Form]] = field(default_factory=dict)  # the place a Chinese name opens with -> names
    # a word of a Latin name of two words or more (and its first letters) -> the names: words said from
    # inside a name ("Biryani House" of Hyderabad Biryani House, "Windsor Stampings")
    inner: dict[str, list[Form]] = field(default_factory=dict)
    longest_han: int = 0
    longest_latin: int = 1
    vocabulary: set[str] = field(default_factory=set)
    deletions: dict[str, list[str]] = field(default_factory=dict)  # word minus one letter -> words
    # a word of a name -> the romaji words beside it, with their kana ("sendai": medikaru, めでぃかる),
    # for English words said in their place (`loanwords`)
    loans: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def build(cls, revision: int, rows: dict[int, CustomerRow], forms: dict[int, list[Form]]) -> Gazetteer:
        gazetteer = cls(revision, rows, forms)
        for customer_forms in forms.values():
            for form in customer_forms:
                gazetteer._add(form, fresh=True)
        return gazetteer

    def updated(self, revision: int, rows: dict[int, CustomerRow | None]) -> Gazetteer:
        """A copy with these customers' rows replaced (None: the customer is gone)."""
        new = Gazetteer(
            revision,
            {**self.rows},
            {**self.forms},
            **{name: dict(getattr(self, name)) for name in _INDEXES},
            prefixes=set(self.prefixes),
            longest_han=self.longest_han,
            longest_latin=self.longest_latin,
            vocabulary=set(self.vocabulary),
            deletions=dict(self.deletions),
            loans=dict(self.loans),
        )
        for customer_id, row in rows.items():
            for form in new.forms.pop(customer_id, ()):
                new._remove(form)
            new.rows.pop(customer_id, None)
            if row is not None:
                new.rows[customer_id] = row
                new.forms[customer_id] = forms_of(row)
                for form in new.forms[customer_id]:
                    new._add(form, fresh=False)
        return new

    def _put(self, index: dict[str, list[Form]], key: str, form: Form, fresh: bool) -> None:
        if fresh:
            index.setdefault(key, []).append(form)
        else:
            index[key] = [*index.get(key, ()), form]  # shared lists stay as the old copy has them

    def _remove(self, form: Form) -> None:
        if has_han(form.key):
            keys = [form.key[:size] for size in range(2, len(form.key) + 1)] + [syllables(form.key)]
        else:
            words = form.key.split()
            keys = [" ".join(words[:count]) for count in range(1, len(words) + 1)]
            keys += [k for word in words for k in _word_keys(word)]
        for name in _INDEXES:
            index: dict[str, list[Form]] = getattr(self, name)
            for key in keys:
                forms = index.get(key)
                if forms is None or form not in forms:
                    continue
                kept = [f for f in forms if f is not form]
                if kept:
                    index[key] = kept
                else:
                    del index[key]

    def _add(self, form: Form, *, fresh: bool) -> None:
        if has_han(form.key):
            self._put(self.han, form.key, form, fresh)
            self.longest_han = max(self.longest_han, len(form.key))
            if _HAN_ONLY.fullmatch(form.key) and form.evidence != Evidence.DEAL:
                self._put(self.sounds, syllables(form.key), form, fresh)
            if form.evidence in (Evidence.NAME, Evidence.ALIAS) and len(form.key) > 2:
                self._put(self.han_twos, form.key[:2], form, fresh)
            if form.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT):
                opening = _opening(form.key)
                for size in range(max(2, (len(form.key) + 1) // 2), len(form.key)):
                    # "天津" alone starts no 天津启航, nor does "天津启" (the brand is not said)
                    if not a_place(form.key[:size]) and not any(size - len(p) < 2 for p in opening):
                        self._put(self.han_starts, form.key[:size], form, fresh)
                for place in (*opening, *filter(None, [_landmark(form.key)])):
                    self._put(self.opens, place, form, fresh)
            return
        self._put(self.latin, form.key, form, fresh)
        if form.evidence == Evidence.ACRONYM:  # read only as a word typed in capitals: no typo of one
            self.vocabulary.add(form.key)
            return
        words = form.key.split()
        self.longest_latin = max(self.longest_latin, len(words))
        for count in range(1, len(words)):
            self.prefixes.add(" ".join(words[:count]))
            if form.evidence in (Evidence.NAME, Evidence.ALIAS, Evidence.SHORT):
                self._put(self.starts, " ".join(words[:count]), form, fresh)
        for word in words:
            if word not in self.vocabulary:
                self.vocabulary.add(word)
                if len(word) >= FUZZY_LENGTH:
                    for variant in one_deletion(word):
                        self.deletions[variant] = [*self.deletions.get(variant, ()), word]
        if form.evidence in (Evidence.NAME, Evidence.ALIAS):
            self._add_loans(words)
            if len(words) > 1:
                for key in {k for word in words for k in _word_keys(word)}:
                    self._put(self.inner, key, form, fresh)

    def _add_loans(self, words: list[str]) -> None:
        """Each romaji word of a name (kemikaru; ti and marin too, though English has such words), under the
        words beside it: an English word said in its place is compared with it there only."""
        for i, word in enumerate(words):
            kana = romaji_key(word)
            if kana is None:
                continue
            for beside in words[max(0, i - 1) : i] + words[i + 1 : i + 2]:
                if (word, kana) not in self.loans.get(beside, ()):
                    self.loans[beside] = [*self.loans.get(beside, ()), (word, kana)]

    def name(self, customer_id: int) -> str:
        return self.rows[customer_id].name

    @cached_property
    def people(self) -> frozenset[str]:
        """Every contact's name as stored (current and former, not removed): the people the organisation
        knows, for reading person names in a message (their family names, how they are written)."""
        return frozenset(name for row in self.rows.values() for name in row.contacts)

    @cached_property
    def person_words(self) -> frozenset[str]:
        """Each word of a contact's name, folded: a capitalised word after a name that is a person's."""
        return frozenset(word for name in self.people for word in fold(name).split())


FUZZY_LENGTH = 5  # Latin words this long may be typed with one letter wrong


def one_deletion(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def syllables(text: str) -> str:
    """The sound of Chinese characters, one syllable per character (homophones share it)."""
    return " ".join(map(_syllable, text))


@lru_cache(maxsize=32_768)
def _syllable(char: str) -> str:
    return person_pinyin(char)


# Loading and caching -------------------------------------------------------------
_REREAD_ABOVE = 500  # more changed customers than this since the cached copy: read everything again


def _read(session: Session, org_id: int, customer_ids: Iterable[int] | None) -> dict[int, CustomerRow]:
    """The rows of these customers (all of the organisation's when None)."""
    connection = session.connection()
    ids = None if customer_ids is None else sorted(customer_ids)
    names: dict[int, tuple[str, tuple[str, ...]]] = {}
    contacts: dict[int, list[str]] = {}
    deals: dict[int, list[str]] = {}
    titles: dict[int, list[str]] = {}
    chunks = [None] if ids is None else [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        customer_q = select(Customer.id, Customer.name, Customer.aliases).where(Customer.org_id == org_id)
        contact_q = select(Contact.customer_id, Contact.name).where(
            Contact.org_id == org_id, Contact.removed_at.is_(None)
        )
        deal_q = select(Deal.customer_id, Deal.title, Deal.status).where(Deal.org_id == org_id)
        if chunk is not None:
            customer_q = customer_q.where(Customer.id.in_(chunk))
            contact_q = contact_q.where(Contact.customer_id.in_(chunk))
            deal_q = deal_q.where(Deal.customer_id.in_(chunk))
        for customer_id, name, aliases in connection.execute(customer_q):
            names[customer_id] = (name, tuple(aliases or ()))
        for customer_id, name in connection.execute(contact_q):
            contacts.setdefault(customer_id, []).append(name)
        for customer_id, title, status in connection.execute(deal_q):
            titles.setdefault(customer_id, []).append(title)
            if status == "open":
                deals.setdefault(customer_id, []).append(title)
    return {
        cid: CustomerRow(
            cid,
            name,
            aliases,
            tuple(contacts.get(cid, ())),
            tuple(deals.get(cid, ())),
            tuple(titles.get(cid, ())),
        )
        for cid, (name, aliases) in names.items()
    }


def build_gazetteer(session: Session, org_id: int) -> Gazetteer:
    revision = current_revision(session, org_id)  # read first: rows read later are at least this new
    rows = _read(session, org_id, None)
    return Gazetteer.build(revision, rows, {cid: forms_of(row) for cid, row in rows.items()})


def _refreshed(session: Session, org_id: int, old: Gazetteer, revision: int) -> Gazetteer:
    if revision - old.revision > KEEP_REVISIONS:
        return build_gazetteer(session, org_id)
    newest, changed = changes_since(session.connection(), org_id, old.revision)
    if changed is None or len(changed) > _REREAD_ABOVE:
        return build_gazetteer(session, org_id)
    fresh = _read(session, org_id, changed)
    return old.updated(max(newest, revision), {cid: fresh.get(cid) for cid in changed})


class GazetteerCache:
    """One gazetteer per organisation, refreshed when its search revision moves (see module docstring)."""

    def __init__(self) -> None:
        self._gazetteers: dict[int, Gazetteer] = {}
        self._lock = threading.Lock()

    def get(self, session: Session, org_id: int) -> Gazetteer:
        revision = current_revision(session, org_id)
        cached = self._gazetteers.get(org_id)
        if cached is not None and cached.revision >= revision:
            return cached
        with self._lock:
            cached = self._gazetteers.get(org_id)
            if cached is None:
                fresh = build_gazetteer(session, org_id)
            elif cached.revision < revision:
                fresh = _refreshed(session, org_id, cached, revision)
            else:
                return cached
            self._gazetteers[org_id] = fresh
            return fresh


_CACHES: WeakKeyDictionary[object, GazetteerCache] = WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def cache_for(owner: object) -> GazetteerCache:
    """The cache kept beside a long-lived object (the app's search engine: one per database)."""
    with _CACHES_LOCK:
        cache = _CACHES.get(owner)
        if cache is None:
            cache = _CACHES[owner] = GazetteerCache()
        return cache
