"""Every place a message names one of the organisation's customers, found against its `Gazetteer`.

Instead of guessing which stretch of a message is a name and searching for it, the message is
scanned for the forms the CRM knows: Latin words (one typo allowed in words of five letters or
more), the first words of a longer name ("bayview" for Bayview Marina), Chinese names as written
anywhere in a run of characters, Chinese names typed with a homophone (永鑫 for 永信) and pinyin
typed for a Chinese name ("bosi" for 博思). Each mention carries a score on the search scale
(`crm_store.search.scoring`: 100 the whole name, below 88 doubtful), ordered by evidence:
exact name > alias > short name > contact > pinyin > fuzzy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from crm_store.search.chinese_names import TRADE_NOUNS, a_place
from crm_store.search.everyday import BUSINESS_WORDS, chinese_zipf, zipf
from crm_store.search.gazetteer import (
    COMPANY_WORDS,
    FUZZY_LENGTH,
    SHORTENED,
    TRADES,
    CustomerRow,
    Evidence,
    Form,
    Gazetteer,
    latin_words,
    one_deletion,
)
from crm_store.search.hanzi import simplified
from crm_store.search.loanwords import katakana_key, may_sound_alike, same_loan
from crm_store.search.normalize import CONNECTORS, LEGAL_SUFFIXES, fold
from crm_store.search.pinyin import person_pinyin
from crm_store.search.scoring import CN_TITLES

BASE = {
    Evidence.NAME: 100.0,
    Evidence.ALIAS: 99.8,
    Evidence.SHORT: 99.6,
    Evidence.CONTACT: 97.0,
    Evidence.PINYIN: 95.0,
    Evidence.DEAL: 90.0,
    Evidence.GIVEN_NAME: 90.0,
    Evidence.INITIALS: 82.0,  # below a clear match: only ever a question ("Did you mean …?")
    Evidence.ACRONYM: 82.0,  # ... unless typed in capitals and no other customer's (`_acronym`)
}
TYPO = 7.0  # one letter wrong: a clear match only when nothing else comes close
PARTIAL = 3.0  # the first words of a longer name; each further word left out costs 2 more
PARTIAL_TYPO = 4.0  # ... typed with a slip as well ("whitcom" for Whitcomb Engineering): a doubt, asked
HOMOPHONE = 10.0  # Chinese typed with the wrong characters of the same sound
SHORT_HOMOPHONE = 20.0  # ... in a two-character name: a doubt, asked about
# the place a Chinese name opens with, then a piece of the rest (沈阳机床 for 沈阳重型机床): as clear as the
# name's own short form, a little less
PLACE_AND_PIECE = 4.0
HAN_PARTIAL = 5.0  # the first characters of a longer Chinese name; each one left out costs 1 more
TWO_CHAR_SHORT = 3.5  # 华为 for 华为技术: a brand cut down to two characters
# A name run straight into an aspect particle and on ("好运来了挡都挡不住": good luck has come) reads as
# words of a sentence, not as a company: a doubt. At the end of a clause ("给华为了") it is a name.
VERB_TAIL = 15.0
WORD_INSIDE = 15.0  # see `_doubt`
OTHER_COMPANY = 15.0
# Characters after which a name often starts (去华科, 和顺利物流, 给德昌, 是华科): verbs and prepositions, and
# the measure word of a trip (去了趟腾达, 跑一趟华科).
_NAME_BEFORE = frozenset("去到在和跟给与找约见访联系是说把被向从对为帮替问请叫让拜趟")
# ... and verbs with 了 before a name (拜访了腾达, 见了星河, 联系了华科): what the verb was done to.
_DONE_TO = ("拜访了", "见了", "约了", "联系了", "去了", "找了", "问了", "打给了", "拜会了", "回访了", "跑了")
_VERB_TAIL = re.compile(r"[了着过][\u4e00-\u9fff]")
_LETTERS = "A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"
_TOKEN = re.compile(rf"[{_LETTERS}]+(?:['’][{_LETTERS}]+)*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ALNUM = re.compile(rf"[{_LETTERS}]")
MAX_PATHS = 6
_NAMES = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT})


@dataclass(frozen=True)
class Mention:
    customer_id: int
    start: int
    end: int
    evidence: Evidence
    score: float
    shown: str  # the form matched, as stored
    partial: bool = False  # only the first words of a longer name
    edits: int = 0
    alone: bool = False  # only the place its name opens with, said where a deal, a trip or a person of it is


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    typed: str


def _tokens(text: str) -> list[_Token]:
    out = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if end - start > 3 and text[end - 2 : end] in ("'s", "’s"):
            end -= 2  # "Jenna Wright's line": Jenna Wright
        folded = fold(text[start:end]).replace(" ", "")
        if folded and folded not in CONNECTORS:
            out.append(_Token(folded, start, end, text[start:end]))
    return out


def _variants(gazetteer: Gazetteer, word: str) -> list[tuple[str, int]]:
    """The known words this typed word may be: itself, and words one letter off (two in long words).
    A known word keeps its neighbours: "kingsley medical" may be Kinsley Medical typed with a slip."""
    exact = [(word, 0)] if word in gazetteer.vocabulary else []
    if len(word) < FUZZY_LENGTH or word.isdigit():
        return exact
    budget = 2 if len(word) >= 9 and not exact else 1
    found: dict[str, int] = {}
    for variant in one_deletion(word):
        for known in gazetteer.deletions.get(variant, ()):
            if known not in found and known != word:
                distance = OSA.distance(word, known, score_cutoff=budget)
                if distance <= budget:
                    found[known] = distance
    return exact + sorted(found.items(), key=lambda item: item[1])[:3]


def _loaned(gazetteer: Gazetteer, word: str, beside: set[str]) -> list[str]:
    """The romaji words of names, standing beside one of these words in a name, that this English word is
    the katakana loanword of ("chemical" beside "yokohama": kemikaru)."""
    candidates = [
        pair
        for near in beside
        for pair in gazetteer.loans.get(near, ())
        if pair[0] != word and may_sound_alike(word, pair[0])
    ]
    if not candidates or len(word) < 3 or word.isdigit():
        return []
    kana = katakana_key(word)
    return list(dict.fromkeys(romaji for romaji, key in candidates if kana and same_loan(key, kana)))


def _latin(gazetteer: Gazetteer, text: str, skip: frozenset[str]) -> list[Mention]:
    tokens = _tokens(text)
    variants = [_variants(gazetteer, t.word) for t in tokens]
    for j, token in enumerate(tokens):  # "Sendai Medical Supply": Sendai Medikaru Supply, beside its words
        beside = {word for k in (j - 1, j + 1) if 0 <= k < len(tokens) for word, _ in variants[k]}
        if beside and token.word not in skip and (loaned := _loaned(gazetteer, token.word, beside)):
            variants[j] = variants[j] + [(word, 0) for word in loaned if (word, 0) not in variants[j]]
    out: list[Mention] = []
    for i, first in enumerate(tokens):
        paths: list[tuple[tuple[str, ...], int]] = [((), 0)]
        for j in range(i, min(len(tokens), i + gazetteer.longest_latin)):
            grown: list[tuple[tuple[str, ...], int]] = []
            for words, edits in paths:
                for variant, cost in variants[j]:
                    key_words = (*words, variant)
                    key = " ".join(key_words)
                    total = edits + cost
                    single = j == i
                    if not single or _can_stand_alone(first, skip):
                        end = tokens[j].end
                        forms = gazetteer.latin.get(key, ())
                        found = [
                            _mention(form, first.start, end, total, len(key_words))
                            for form in forms
                            if form.evidence != Evidence.PINYIN or (not total and len(key) >= 4)
                            if form.evidence != Evidence.INITIALS or not total
                            if form.evidence != Evidence.ACRONYM
                        ]
                        if single and not total:
                            found += _acronym(text, first, forms)
                        if not single or len(first.word) >= 4:  # "ab" does not start Ab Logistics
                            found += [
                                _mention(form, first.start, end, total, len(key_words))
                                for form in gazetteer.starts.get(key, ())
                            ]
                        out += [_another_company(gazetteer, text, tokens, i, j, m, skip) for m in found]
                    if key in gazetteer.prefixes:
                        grown.append((key_words, total))
            paths = grown[:MAX_PATHS]
            if not paths:
                break
    return out + _inside_names(gazetteer, text, tokens, skip) + _pinyin_apart(gazetteer, tokens)


def _pinyin_apart(gazetteer: Gazetteer, tokens: list[_Token]) -> list[Mention]:
    """Pinyin typed with spaces between its words ("zhongguancun huachuang" for 中关村华创): the words
    run together are the name's pinyin."""
    out = []
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + _INNER_WORDS)):
            key = "".join(t.word for t in tokens[i : j + 1])
            for form in gazetteer.latin.get(key, ()):
                if form.evidence == Evidence.PINYIN:
                    score = BASE[form.evidence]
                    out.append(
                        Mention(
                            form.customer_id, tokens[i].start, tokens[j].end, form.evidence, score, form.shown
                        )
                    )
    return out


INNER = (
    4.0  # words from inside a name ("Biryani House" of Hyderabad Biryani House); each more left out costs 2
)
SHORTENED_WORD = 2.0  # ... each of them cut short ("Hyd pharma") or said in the plural ("theme parks")
_INNER_WORDS = 3  # the most words read together this way
_RARE = 3.0  # wordfreq's zipf below which a word is no everyday one ("biryani", "hyd")


def _inside_names(
    gazetteer: Gazetteer, text: str, tokens: list[_Token], skip: frozenset[str]
) -> list[Mention]:
    """Two or three words said together that are all words of one name of several words, in its order, some
    of its words left out ("Biryani House" for Hyderabad Biryani House, "Windsor Stampings" for Windsor Auto
    Stampings, "Hyd pharma"): that name, read as the first words of a name are. A word may be cut short (three
    letters or more: "hyd"), clipped ("Freo Fish Market", "Newcastle Hospo") or said in the plural ("Theme
    Parks"). The words are said as a name: each capitalised, or one of them no everyday word. Several names
    fitting alike are asked; words going on as another company's name are none of these."""
    out: list[Mention] = []
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + _INNER_WORDS)):
            said = tokens[i : j + 1]
            if any(t.word in skip or t.word in _NO_NAME_WORD or not t.word.isalpha() for t in said):
                break
            if not (all(t.typed[:1].isupper() for t in said) or any(zipf(t.word) < _RARE for t in said)):
                continue
            found = _names_holding(gazetteer, said)
            if found and j + 1 < len(tokens) and _names_holding(gazetteer, [*said, tokens[j + 1]]):
                continue  # "Fish Market Co …": the longer words decide, read next
            if found and _goes_on_as_a_name(gazetteer, text, tokens[j + 1 : j + 3], said[-1], found):
                continue  # "Sharma Castings & Forgings": another company of the same words
            if found and i > 0 and _name_before(gazetteer, text, tokens[i - 1], said[0], found):
                continue  # "Cedar Valley Machine Works": another company ending in the same words
            out += found
    return out


# Words that are a name's only as its legal form or a joint ("S.A. de C.V.", "Bank of …"): said among other
# words they name nothing ("la logística de entrega" is no Logística Bajío Express S.A. de C.V.)
_NO_NAME_WORD = LEGAL_SUFFIXES | CONNECTORS | frozenset(["de", "del", "la", "el", "of", "the", "von", "der"])
_JOINED_ON = re.compile(r"\s*(?:&|\+|and\s)?\s*")
# Capitalised words that go on a sentence after a name, not the name: when, and who is there.
_WHEN = (
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight this next last"
    " mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec january"
    " february march april may june july august september october november december"
)
_AFTER_A_NAME = frozenset(_WHEN.split())


def _goes_on_as_a_name(
    gazetteer: Gazetteer, text: str, after: list[_Token], last: _Token, found: list[Mention]
) -> bool:
    """The words go on with a capitalised word none of the names found has: joined to them ("& Forgings",
    "Machine Works of Iowa"), a word for a kind of business ("Supplies"), or a word that is no person the
    organisation knows and no day or month ("Fish Market Co Perth": another company's name)."""
    if not after:
        return False
    nxt = after[0]
    if nxt.word == "of" and len(after) > 1:
        last, nxt = nxt, after[1]  # "Machine Works of Iowa"
    joined = _JOINED_ON.match(text, last.end)
    if joined is None or joined.end() != nxt.start or not nxt.typed[:1].isupper():
        return False
    if (
        not joined.group().strip()
        and nxt.word not in BUSINESS_WORDS
        and (nxt.word in gazetteer.person_words or nxt.word in _AFTER_A_NAME)
    ):
        return False  # "Biryani House Irfan rang": a person after the name; "… Monday": when
    return all(
        not any(said_for(nxt.word, w) for w in latin_words(fold(gazetteer.rows[m.customer_id].name)))
        for m in found
    )


def _name_before(
    gazetteer: Gazetteer, text: str, before: _Token, first: _Token, found: list[Mention]
) -> bool:
    """Right before the words, a capitalised word of the same name said ("Valley Machine Works"), none of the
    names found has, and not the first word of a sentence ("Visited Biryani House" is no other name)."""
    if not (_next_to(text, before, first) and before.typed[:1].isupper()):
        return False
    if _beside_a_name(gazetteer, before):
        return False
    opening = text[: before.start].rstrip()
    if not opening or opening[-1] in ".!?:;,-–—\n":
        return False
    return all(
        not any(said_for(before.word, w) for w in latin_words(fold(gazetteer.rows[m.customer_id].name)))
        for m in found
    )


# A word clipped to its first syllable and a familiar ending, as Australians and others say names: Freo
# (Fremantle), Hospo (hospitality), Brissie, Tassie; or a plural (Theme Parks for Theme Park Services).
_ENDINGS = ("o", "ie", "y", "s")


def _stems(said: str) -> list[str]:
    """The first letters of a word a clipped word keeps: without its ending, and without the doubled
    consonant before it (brissie: bris)."""
    out = []
    for ending in _ENDINGS:
        stem = said[: -len(ending)]
        if said.endswith(ending) and len(stem) >= SHORTENED:
            out.append(stem)
            if len(stem) > SHORTENED and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                out.append(stem[:-1])
    return out


def said_for(said: str, word: str) -> bool:
    """`said` is this word of a name as people say it: itself, its plural, or clipped to its first syllable
    and a familiar ending (hospo for hospitality, freo for fremantle, brissie for brisbane; see
    `_ENDINGS`)."""
    if said in (word, word + "s", word + "es"):
        return True
    return len(said) < len(word) and any(word.startswith(stem) for stem in _stems(said))


def _key_of(gazetteer: Gazetteer, word: str) -> str:
    """What a said word is looked up by among the words of names (see `_ENDINGS`)."""
    if word in gazetteer.inner:
        return word
    return next((stem for stem in _stems(word) if stem in gazetteer.inner), word)


def _names_holding(gazetteer: Gazetteer, said: list[_Token]) -> list[Mention]:
    keys = [_key_of(gazetteer, t.word) for t in said]
    found = [gazetteer.inner.get(key, []) for key in keys]
    if not all(found):
        return []
    common = set.intersection(*({id(f) for f in forms} for forms in found))
    out = []
    for form in (f for f in found[0] if id(f) in common):
        words = form.key.split()
        at, cut = 0, 0
        for key in keys:  # each said word a word of the name after the one before
            k = next((k for k in range(at, len(words)) if words[k].startswith(key)), None)
            if k is None:
                break
            cut += words[k] != key
            at = k + 1
        else:
            left_out = form.words - len(keys)
            if cut == 0 and (left_out < 1 or " ".join(words[: len(keys)]) == " ".join(keys)):
                continue  # the whole name, or its first words: read as such
            score = BASE[form.evidence] - SHORTENED_WORD * cut
            if left_out:
                score -= INNER + 2 * (left_out - 1)
            start, end = said[0].start, said[-1].end
            out.append(Mention(form.customer_id, start, end, form.evidence, score, form.shown, True))
    return out


def _another_company(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[_Token],
    i: int,
    j: int,
    mention: Mention,
    skip: frozenset[str],
) -> Mention:
    """A short name or the first words of a name, written as a name, inside a longer name of capitalised
    words that are not its own names another company: a doubt, asked about. After it, a word for a kind of
    business ("ABC Supply" when ABC is ABC Plumbing's alias, "Lincoln Financial" when the CRM knows Lincoln
    Dental Group); after the first words of a longer name, any such word past its own ("Blue Pottery" is no
    Blue Mountains Eco Lodge, "Grand Rapids Furniture Outlet" no Grand Rapids Office Furniture Co); before
    the first words, one that does not open the sentence ("Reef Charters Cairns" is no Cairns Tropical Fruit
    Exporters). A place, a person or a day beside the name is not ("Cyberdyne HQ", "Acme UK")."""
    if mention.evidence not in _NAMES or (mention.evidence == Evidence.NAME and not mention.partial):
        return mention  # the whole name: "Lincoln Dental Group Tyler" is Tyler of Lincoln Dental Group
    row = gazetteer.rows[mention.customer_id]
    # a word of its deal's title is no other company's: "Bayernwerk Getriebe" is Bayernwerk's Getriebe deal
    said_of_it = (row.name, *row.aliases, *row.contacts, *row.titles)
    own = {w for name in said_of_it for w in latin_words(fold(name))}
    if mention.partial and j + 1 < len(tokens) and _next_to(text, tokens[j], tokens[j + 1]):
        facility = tokens[j + 1].word
        if facility in _FACILITIES and not _own_word(facility, own):
            # "moved to the Pune office", "visited the Hunter plant": a site in that place, whose site?
            return replace(mention, score=mention.score - OTHER_COMPANY)
    if not all(t.typed[:1].isupper() for t in tokens[i : j + 1]):
        return mention
    k = j + 1
    while mention.partial and k < len(tokens) and _next_to(text, tokens[k - 1], tokens[k]):
        if not _own_word(tokens[k].word, own) or not tokens[k].typed[:1].isupper():
            break
        k += 1  # "Grand Rapids Furniture …": its own words said, one left out
    if k < len(tokens) and _next_to(text, tokens[k - 1], tokens[k]):
        nxt = tokens[k]
        foreign = nxt.typed[:1].isupper() and not _own_word(nxt.word, own) and nxt.word not in skip
        if foreign and (
            nxt.word in BUSINESS_WORDS
            if k == j + 1 and not mention.partial
            else mention.partial and not _beside_a_name(gazetteer, nxt)
        ):
            return replace(mention, score=mention.score - OTHER_COMPANY)
    before = tokens[i - 1] if i > 0 else None
    if (
        mention.partial
        and before is not None
        and before.word not in skip
        and _name_before(gazetteer, text, before, tokens[i], [mention])
    ):
        return replace(mention, score=mention.score - OTHER_COMPANY)
    return mention


# A site of a company, said after the place it is in: the first words of a customer's name that are a place
# are then where the site is, not the customer.
_FACILITIES = frozenset(
    {
        "office",
        "offices",
        "branch",
        "plant",
        "site",
        "warehouse",
        "factory",
        "depot",
        "facility",
        "campus",
        "hq",
    }
)


def _own_word(said: str, own: set[str]) -> bool:
    """`said` is one of these words as people say it, cut short ("Hazelton Chiro", "Hyd Pharma") or
    written as its abbreviation ("Pkg" for packaging, "Mfg", "Intl")."""
    return any(said_for(said, w) or (len(said) >= SHORTENED and _shortened(said, w)) for w in own)


def _shortened(said: str, word: str) -> bool:
    """Letters of `word` in its order, from its first one on ("pkg" of packaging, "hyd" of hyderabad)."""
    if said[0] != word[0]:
        return False
    letters = iter(word)
    return all(char in letters for char in said)


def _next_to(text: str, before: _Token, after: _Token) -> bool:
    return not text[before.end : after.start].strip()


def _beside_a_name(gazetteer: Gazetteer, token: _Token) -> bool:
    """A capitalised word beside a name that is no word of another name: a person the organisation knows, a
    day or a month, an acronym of three letters or less ("HQ", "UK", "NSW"), a legal form ("Pty", "Ltd") or
    a number."""
    return (
        token.word in gazetteer.person_words
        or token.word in LEGAL_SUFFIXES
        or token.word in _AFTER_A_NAME
        or (token.typed.isupper() and len(token.word) <= 3)
        or not token.word.isalpha()
    )


def _can_stand_alone(token: _Token, skip: frozenset[str]) -> bool:
    """A single word names something only if it is not a common word and, when short, typed as an acronym."""
    if token.word in skip or token.typed.lower() in skip:
        return False
    return len(token.word) >= 3 or (token.typed.isupper() and len(token.word) == 2)


# Capitals a rep types that are no customer's: trade words, times, currencies, places ("send the RFQ",
# "PO by EOD", "in USD", "the NSW site")
_TRADE_WORDS = (
    "asap eod eow cob fyi lmk pfa tbd tbc ooo wfh eta etd poc rfq rfp rfi sla nda mou loi sow bom moq "
    "sku oem odm erp crm api kpi roi qbr agm ceo cfo cto coo cio gm vp hr gst vat tds fob cif exw ddp "
    "emi usd aud nzd cad inr sgd hkd cny rmb twd jpy eur gbp myr mxn usa uae nsw qld wa uk eu apac emea "
    "anz ncr"
)
_TRADE_ACRONYMS = frozenset(_TRADE_WORDS.split())


_CODE_MARK = re.compile(r"[/#_\-\d]")  # beside a word, it is part of a code ("KJM/PUR/2030/889", "BCS-22")


def _acronym(text: str, token: _Token, forms: Iterable[Form]) -> list[Mention]:
    """A word typed in capitals that is a name's capitals ("BCS won't make fri"): its customer's short name
    when no other customer has them, else a question among those that do. Not inside a code
    ("KJM/PUR/2030/889"), not a trade word."""
    acronyms = [f for f in forms if f.evidence == Evidence.ACRONYM]
    typed = token.typed
    if (
        not acronyms
        or not (typed.isalpha() and typed.isupper() and len(typed) >= 3)
        or token.word in _TRADE_ACRONYMS
        or _CODE_MARK.match(text, token.end)
        or _CODE_MARK.match(text, token.start - 1)
    ):
        return []
    whose = {f.customer_id for f in acronyms}
    evidence = Evidence.SHORT if len(whose) == 1 else Evidence.INITIALS
    return [
        Mention(f.customer_id, token.start, token.end, evidence, BASE[evidence], f.shown) for f in acronyms
    ]


def _mention(form: Form, start: int, end: int, edits: int, typed_words: int) -> Mention:
    score = BASE[form.evidence] - TYPO * edits
    partial = typed_words < form.words
    if partial:
        score -= PARTIAL + 2 * (form.words - typed_words - 1) + (PARTIAL_TYPO if edits else 0)
    return Mention(form.customer_id, start, end, form.evidence, score, form.shown, partial, edits)


def _han(gazetteer: Gazetteer, text: str) -> list[Mention]:
    lowered = text.lower() if len(text.lower()) == len(text) else text
    out: list[Mention] = []
    longest = gazetteer.longest_han
    sounds: list[str] | None = None
    for i, char in enumerate(lowered):
        han = bool(_HAN.match(char))
        if not han and not (_ALNUM.match(char) and (i == 0 or not _ALNUM.match(lowered[i - 1]))):
            continue
        for size in range(min(longest, len(lowered) - i), 1, -1):
            piece = lowered[i : i + size]
            forms = gazetteer.han.get(piece)
            starts = gazetteer.han_starts.get(piece)
            if han and (opened := gazetteer.opens.get(piece)):
                out.extend(_place_and_piece(gazetteer, lowered, i, size, opened))
                out.extend(_place_alone(gazetteer, lowered, i, size, opened))
            if not (forms or starts):
                continue
            if _ALNUM.match(piece[-1]) and i + size < len(lowered) and _ALNUM.match(lowered[i + size]):
                continue  # "tcl" inside "tclx"
            tail = VERB_TAIL if _VERB_TAIL.match(lowered, i + size) else 0.0
            for form in forms or ():
                score = BASE[form.evidence] - tail - _other_company(gazetteer, lowered, i + size, form, size)
                if form.evidence == Evidence.SHORT:
                    score -= _doubt(lowered, i, size) + (TWO_CHAR_SHORT if size == 2 else 0)
                out.append(Mention(form.customer_id, i, i + size, form.evidence, score, form.shown))
            for form in starts or ():  # 东方 starts 东方国际 as well as naming 东方贸易
                score = BASE[form.evidence] - tail - HAN_PARTIAL - (len(form.key) - size)
                score -= _doubt(lowered, i, size) + _other_company(gazetteer, lowered, i + size, form, size)
                score -= _cut_inside_a_word(lowered, i + size, form.key[size:])
                out.append(Mention(form.customer_id, i, i + size, form.evidence, score, form.shown, True))
        if han:
            if sounds is None:
                sounds = [person_pinyin(c) if _HAN.match(c) else "" for c in lowered]
            out.extend(_homophones(gazetteer, lowered, sounds, i))
    return out


def _place_and_piece(gazetteer: Gazetteer, text: str, i: int, size: int, opened: list[Form]) -> list[Mention]:
    """A Chinese name said as the place it opens with and a piece of what follows, the words between left
    out: a descriptor, a district, a zone or a town (沈阳机床 for 沈阳重型机床, 长春座椅 for
    长春汽开区座椅配套, 葵涌码头 for 葵涌货柜码头服务, 天津港湾检测 for 天津滨海港湾检测中心).
    The piece is the longest run of two characters or more after the place that is in the rest of the
    name; several names fitting are asked (each scores alike)."""
    out = []
    after = i + size
    for form in opened:
        rest = form.key[size:]
        k = 2
        while after + k <= len(text) and k <= len(rest) and text[after : after + k] in rest:
            k += 1
        k -= 1
        if k < 2 and (short := _initials(rest)) and short == text[after : after + 2]:
            k = 2  # 牡丹江林机 for 牡丹江林业机械: the first character of each of two words
        elif k < 2 or not _ends_a_word(rest, text[after : after + k]):
            continue
        tail = VERB_TAIL if _VERB_TAIL.match(text, after + k) else 0.0
        # a company word the name lacks after the piece: another company (济南泉城医药 is no 济南泉城智能装备)
        score = BASE[Evidence.SHORT] - PLACE_AND_PIECE - tail
        score -= _other_company(gazetteer, text, after + k, form, len(form.key))
        score -= _cut_inside_a_word(text, after + k, rest[rest.find(text[after : after + k]) + k :])
        out.append(Mention(form.customer_id, i, after + k, Evidence.SHORT, score, form.shown))
    return out


def _initials(rest: str) -> str:
    """The short a name's next two words make of their first characters (林业机械 → 林机), or ""."""
    return rest[0] + rest[2] if len(rest) >= 4 and all(_HAN.match(c) for c in rest[:4]) else ""


PLACE_ALONE = 20.0  # only the place a name opens with, said as "that side": a doubt, always asked
# "青岛那边", "天津嗰间": the customer over there, its name left out
_OVER_THERE = re.compile(r"(?:那边|那家|那间|那头|那里|那儿|嗰边|嗰间|嗰度|那个客户|那家客户)")
# What tells that a place said alone is a customer's: its deal said after it (彰化那案, 华强北那单,
# 日月潭 quote), or a trip there said before it (去海口, 拜访了番禺) that ends with the place (not
# 去海口机场).
_ITS_DEAL = re.compile(
    r"\s*(?:(?:那|的)(?:两|兩|几|幾)?(?:个|個|张|張|笔|筆)?[单單案]|(?:quote|deal|order|po)\b"
    # its deal's figure changed, said straight after the place: "攀枝花改成美金17万", "彰化金額改成80萬"
    r"|(?:的?(?:金额|金額|报价|報價))?(?:改成|改为|改為)\s*(?:美金|美元|人民币|人民幣|台币|台幣|日币|日幣)?\s*\d"
    # its money said straight after the place: "榆林预算三四百个", "宝鸡报价五十个"
    r"|的?(?:预算|預算|金额|金額|报价|報價|合同额|合同額)(?=\s*[\d一二两三四五六七八九十几]))"
)
# "丹东那边五月八号签合同": the one customer over there signs or orders: its deal, no city's
_SIGNS_THERE = re.compile(
    r"(?:那边|那家|那头|嗰边|嗰间)[^，,。；;！!？?]{0,8}?(?:签合同|签约|签单|下单|落单|出PO|给PO|付款|回款|报价|合同)",
    re.IGNORECASE,
)
_TRIP_TO = re.compile(r"(?:去了?|飞|跑|拜访了?|visit|go to|fly to)\s*$")
_TRIP_ENDS = re.compile(r"$|[^\u4e00-\u9fff]|[见看找拜开谈签送对交出一了]")


def _place_alone(gazetteer: Gazetteer, text: str, i: int, size: int, opened: list[Form]) -> list[Mention]:
    """A place said as where a customer is ("青岛那边让我后天过去"): each customer whose name opens with it,
    at a score that is asked about (with two of them, which one; with one, whether it is meant). Said
    where a deal, a trip or a person of the one customer there is (华强北那单, 去海口, 汕头林总), it names
    that customer as clearly as the place with a piece of its name; with several there, which is asked."""
    if (
        i
        and _HAN.match(text[i - 1])
        and text[i - 1] not in _NAME_BEFORE
        and not text.endswith(_DONE_TO, 0, i)
    ):
        return []
    end = i + size
    ids = list(dict.fromkeys(form.customer_id for form in opened))
    one = len(ids) == 1
    # a trip to a city several customers share is a trip: only one customer there makes it a visit
    trip = (
        one
        and _TRIP_TO.search(text, max(0, i - 8), i) is not None
        and _TRIP_ENDS.match(text, end) is not None
    )
    said = (
        _ITS_DEAL.match(text, end) is not None
        or trip
        or (one and _its_person(gazetteer.rows[ids[0]], text, i, end))
        or (one and _SIGNS_THERE.match(text, end) is not None)
    )
    if not said and not _OVER_THERE.match(text, end):
        return []
    alone = said and one
    score = BASE[Evidence.SHORT] - (PLACE_AND_PIECE if alone else PLACE_ALONE)
    return [Mention(cid, i, end, Evidence.SHORT, score, gazetteer.rows[cid].name, alone=alone) for cid in ids]


def _its_person(row: CustomerRow, text: str, start: int, end: int) -> bool:
    """A contact of the customer said right next to the place, by name or by family name and title (汕头林总,
    林总 汕头 for 林少鹏)."""
    after, before = (
        simplified(text[end : end + 8]).lstrip(),
        simplified(text[max(0, start - 8) : start]).rstrip(),
    )
    for contact in map(fold, row.contacts):
        if not _HAN.match(contact[:1]):
            continue
        family = re.escape(contact[:2] if len(contact) > 3 else contact[:1])
        if re.match(rf"(?:{re.escape(contact)}|{family}(?:{_TITLES}))", after) or re.search(
            rf"(?:{re.escape(contact)}|{family}(?:{_TITLES}))$", before
        ):
            return True
    return False


_TITLES = "|".join(sorted(CN_TITLES, key=len, reverse=True))


# A single character that ends a Chinese name's trade (五金厂, 海味行, 百货店)
_TRADE_END = frozenset("厂店行社")


def _ends_a_word(rest: str, piece: str) -> bool:
    """The piece of a name ends where a word of it ends: at the name's end or before its trade word (机床 of
    重型机床, 码头 of 货柜码头服务), not inside a word (重型机 of 重型机床: 沈阳重型机械 is another name)."""
    at = rest.find(piece) + len(piece)
    after = rest[at:]
    return not after or after in _TRADE_END or any(after.startswith(w) for w in TRADES)


def _doubt(text: str, i: int, size: int) -> float:
    """Two characters of a cut-down Chinese name inside a sentence, after a word that does not lead to a
    name, are a word of the sentence ("谈得很顺利", "一切顺利" are not 顺利物流)."""
    before = text[i - 1] if i else ""
    if text.endswith(_DONE_TO, 0, i):  # "拜访了腾达的王总": a verb done to someone, then the name
        return 0.0
    if before == "的" and _ITS_DEAL.match(text, i + size):  # "黎志锋的长安那两单": whose deals there
        return 0.0
    return WORD_INSIDE if size == 2 and _HAN.match(before) and before not in _NAME_BEFORE else 0.0


# What, said right after a Chinese name, makes it another company's: a company word or a trade's noun.
_ANOTHER_TRADE = tuple(sorted({*COMPANY_WORDS, *TRADE_NOUNS}, key=len, reverse=True))


def _other_company(gazetteer: Gazetteer, text: str, end: int, form: Form, size: int) -> float:
    """A name followed by a company word or a trade its customer does not have names another company:
    "华科电子" is not 华科精密仪器, whose alias is 华科; nor is "星河科技医疗" 北京星河科技, though 科技 is
    its own (each company word said in a row is weighed), nor "冰城啤酒" 哈尔滨冰城冷链. Weighed
    where the form ends and, when the message goes on with more of the name, after that
    ("塞上枸杞酒业" is not 银川塞上枸杞). A word of one of its deals' titles is that deal
    ("宏远模具那单": the 模具 deal of 昆山宏远)."""
    own = _folded_own(gazetteer.rows[form.customer_id])
    said = text[end - size : end]
    goes_on = own[0][own[0].find(said) + size :] if said in own[0] else form.key[size:]
    more = next((k for k in range(len(goes_on), 1, -1) if text.startswith(goes_on[:k], end)), 0)
    after_more = _trade_after(own, "", text, end + more) if more else 0.0
    return max(_trade_after(own, form.key[size:], text, end), after_more)


@lru_cache(maxsize=8192)
def _folded_own(row: CustomerRow) -> tuple[str, ...]:
    """The customer's name and its deals' titles, folded (once per row: the linker asks per candidate)."""
    return (fold(row.name), *(fold(title) for title in row.titles))


def _trade_after(own: tuple[str, ...], rest: str, text: str, at: int) -> float:
    while (word := next((w for w in _ANOTHER_TRADE if text.startswith(w, at)), None)) is not None:
        if not (rest.startswith(word) or any(word in words for words in own)):
            return OTHER_COMPANY
        rest = rest[len(word) :] if rest.startswith(word) else ""
        at += len(word)
    return 0.0


CUT_WORD = 3.0  # Chinese zipf of two characters across a cut at or above which they are one word


def _cut_inside_a_word(text: str, end: int, goes_on: str) -> float:
    """The first characters of a longer name, cut where the message's character makes a word with the next
    one that the name does not have (长城汽|车 where 长城汽配 goes on 配: 汽车; 中原粮|油; 崂山啤酒|厂: 酒厂):
    another company whose name starts alike."""
    if end >= len(text) or not goes_on or text[end] == goes_on[0] or not _HAN.match(text[end]):
        return 0.0
    return OTHER_COMPANY if chinese_zipf(text[end - 1 : end + 1]) >= CUT_WORD else 0.0


def _placed_elsewhere(gazetteer: Gazetteer, text: str, mention: Mention) -> Mention:
    """A place said right before a Chinese name that is none of its own (旺角利豐五金 for 觀塘利豐五金,
    上海华创 for 北京中关村华创): another company of that place, as `_other_company` is one of another
    trade. A place is one we list, or one a customer's name opens with (旺角, 观塘)."""
    if not _HAN.match(text[mention.start : mention.start + 1]) or mention.evidence not in _PLACED:
        return mention
    name = fold(gazetteer.rows[mention.customer_id].name)
    for size in (3, 2):
        before = simplified(text[max(0, mention.start - size) : mention.start])
        if len(before) == size and (before in gazetteer.opens or a_place(before)) and before not in name:
            return replace(mention, score=mention.score - OTHER_COMPANY)
    return mention


_PLACED = frozenset({Evidence.NAME, Evidence.ALIAS, Evidence.SHORT, Evidence.PINYIN})


def _followed_as_another(gazetteer: Gazetteer, text: str, mention: Mention) -> bool:
    word = next((w for w in COMPANY_WORDS if text.startswith(w, mention.end)), None)
    return word is not None and word not in fold(gazetteer.rows[mention.customer_id].name)


def _homophones(gazetteer: Gazetteer, text: str, sounds: list[str], i: int) -> list[Mention]:
    out = []
    for size in range(2, min(gazetteer.longest_han, len(text) - i) + 1):
        if not sounds[i + size - 1]:
            break
        piece = text[i : i + size]
        for form in gazetteer.sounds.get(" ".join(sounds[i : i + size]), ()):
            if form.key == piece or form.evidence in (Evidence.DEAL, Evidence.GIVEN_NAME):
                continue
            if _a_word_of_its_own(piece, form.key):
                continue
            cost = HOMOPHONE if size >= 3 else SHORT_HOMOPHONE
            score = min(BASE[form.evidence], BASE[Evidence.PINYIN]) - cost
            out.append(Mention(form.customer_id, i, i + size, Evidence.PINYIN, score, form.shown))
    return out


OWN_WORD = 3.5  # wordfreq's zipf: 恒星 (4.0, "star") is a word of its own; 永鑫, 信义 (3.1) may be slips


def _a_word_of_its_own(typed: str, known: str) -> bool:
    """Characters typed where a name has others of the same sound that make an everyday word the name does
    not have (天津恒星电子 for 天津恒兴电子: 恒星 is a star): another name, not the known one mistyped."""
    return any(
        typed[k : k + 2] != known[k : k + 2] and chinese_zipf(typed[k : k + 2]) >= OWN_WORD
        for k in range(len(typed) - 1)
    )


def find_mentions(gazetteer: Gazetteer, text: str, *, skip: frozenset[str] = frozenset()) -> list[Mention]:
    """Every mention of a known customer (or its contact, or its open deal) in `text`, best first.

    `skip`: common words that never name anything on their own ("the", "call", "today").
    """
    if not text:
        return []
    found = _latin(gazetteer, text, skip)
    if _HAN.search(text):
        found += _han(gazetteer, text)
    whole = [m for m in found if not m.partial]
    found = [  # "大丰" of 大丰收 where the message says 大丰收: the whole name is the reading
        m
        for m in found
        if not m.partial
        or not any(
            w.customer_id == m.customer_id
            and w.start <= m.start
            and m.end <= w.end
            and w.end - w.start > m.end - m.start
            for w in whole
        )
    ]
    best: dict[tuple[int, int, int, Evidence], Mention] = {}
    for mention in found:
        key = (mention.customer_id, mention.start, mention.end, mention.evidence)
        if key not in best or mention.score > best[key].score:
            best[key] = mention
    lowered = text.lower() if len(text.lower()) == len(text) else text
    placed = [_placed_elsewhere(gazetteer, lowered, m) for m in _alone_or_named(list(best.values()))]
    shared = _shared_forms(gazetteer, lowered, placed)
    return sorted(shared, key=lambda m: (-m.score, m.start))


CLEAR = 88.0  # see `crm_store.search.scoring`: below, a doubt


def _alone_or_named(mentions: list[Mention]) -> list[Mention]:
    """A place said alone names its one customer only when the message names no other customer: "去番禺
    见了白云物流梁晓明" is where the visit to 白云物流 was. Naming it, it outweighs what is read inside it
    (华强 of 华强北: 华强精密模具 is not there)."""
    alone = [m for m in mentions if m.alone]
    if not alone:
        return mentions
    others = [
        m
        for m in mentions
        if not m.alone
        and m.score >= CLEAR
        and all(m.customer_id != a.customer_id for a in alone)
        and not any(a.start <= m.start and m.end <= a.end for a in alone)
    ]
    if others:
        return [m for m in mentions if not m.alone]
    return [m for m in mentions if m.alone or not any(a.start <= m.start and m.end <= a.end for a in alone)]


def _shared_forms(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """Words that are one customer's short form and another's alias or name (永联 cut from 江门永联物业 and
    the alias of 江门永联集团) name both alike: neither outweighs the other, so which is asked. Each takes
    the lowest score of the words' naming readings (a short form's doubts are the alias's too). A reading
    followed by a company word its customer's name lacks (永联集团 for 永联物业) names another company and
    shares nothing: that doubt is its own (`_other_company`), not the other readings'."""
    naming = [
        m
        for m in mentions
        if m.evidence in _NAMES and not m.partial and not _followed_as_another(gazetteer, text, m)
    ]
    lowest: dict[tuple[int, int], float] = {}
    for span in {(m.start, m.end) for m in naming}:
        same = [m for m in naming if (m.start, m.end) == span]
        if len({m.customer_id for m in same}) > 1 and any(m.evidence == Evidence.SHORT for m in same):
            lowest[span] = min(m.score for m in same)
    return [
        replace(m, score=lowest[(m.start, m.end)]) if m in naming and (m.start, m.end) in lowest else m
        for m in mentions
    ] + _brand_opening_another(gazetteer, text, naming)


_OWN_SUFFIX = re.compile(r"集团|控股|股份|有限|公司")  # company words a name may be said with


def _brand_opening_another(gazetteer: Gazetteer, text: str, naming: list[Mention]) -> list[Mention]:
    """Two Chinese characters that are one customer's brand cut short (长安 of 长安航空部件) and open another
    customer's name as well (长安古城文创, where they are a place too): a rep says them for either, so they
    name the other alike, and which is asked. Not where a longer name is said there (永联集团)."""
    out: list[Mention] = []
    for short in naming:
        if short.evidence != Evidence.SHORT or short.end - short.start != 2:
            continue
        forms = gazetteer.han_twos.get(text[short.start : short.end], ())
        if (suffix := _OWN_SUFFIX.match(text, short.end)) and suffix.group(0) in short.shown:
            continue  # "永联集团": its own name said with its company word, not another's opening
        if any(text.startswith(form.key, short.start) for form in forms):
            continue
        named = {m.customer_id for m in naming if (m.start, m.end) == (short.start, short.end)}
        for form in forms:
            if form.customer_id not in named and form.evidence in (Evidence.NAME, Evidence.ALIAS):
                named.add(form.customer_id)
                out.append(
                    Mention(
                        form.customer_id, short.start, short.end, form.evidence, short.score, form.shown, True
                    )
                )
    return out
