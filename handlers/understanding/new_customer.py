"""Words nobody knows that look like a company's name: offered to create as a new customer, nothing else
("quick note", "新客户", "今天跑了三家" are no company)."""

from __future__ import annotations

import re
from dataclasses import replace

from crm_store.models import Customer
from crm_store.search import normalize_name
from crm_store.search.gazetteer import COMPANY_WORDS
from crm_store.search.linker import said_for
from crm_store.search.normalize import CJK_SUFFIXES, LEGAL_SUFFIXES, in_english
from handlers.context import Ctx
from handlers.questions import NeedChoice, Option
from handlers.resolve import (
    NEW,
    customer_key,
)
from handlers.understanding import lexicon as lx
from handlers.understanding.customer_link import Hit, mentions_of, ordered
from handlers.understanding.reading import CJK, Candidate, Reading

_LATIN_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "la", "von", "van", "der", "y", "du", "und"})


# Characters that carry a sentence, not a name: "的人来", "参观了", "去", "在".
SENTENCE_WORDS = re.compile(r"[的了来去在是和跟说要们把被给过着]")
_CJK_LEGAL_ENDS = ("有限公司", "有限责任公司", "有限責任公司", "股份公司", "集团", "集團")
_CJK_COMPANY_ENDS = tuple(sorted({*CJK_SUFFIXES, *COMPANY_WORDS}, key=len, reverse=True))


def looks_like_company(text: str, reading: Reading, start: int) -> bool:
    """Whether words nobody knows look like a company's name, worth offering to create: several
    capitalised words ("Zephyr Analytics"), a name with its legal form ("zephyr gmbh"), one capitalised
    word inside a sentence ("visited Zephyr"; people are left out before), or Chinese ending in a company
    word (蓝鲸科技, 蓝鲸有限公司).
    Not "quick note", "新客户", "今天跑了三家", "globex chose a competitor"."""
    if CJK.search(text):
        return len(text) >= 4 and text.endswith(_CJK_COMPANY_ENDS)
    words = [w for w in text.split() if w.lower() not in _LATIN_CONNECTORS]
    if not words or all(w.lower() in lx.STOPWORDS for w in words):
        return False
    if words[-1].lower().strip(".") in LEGAL_SUFFIXES and len(words) > 1:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    sentence_start = not reading.text[:start].strip() or reading.text[:start].rstrip()[-1] in ".!?。！？"
    return capitalised and (len(words) > 1 or not sentence_start or reading.at_before(start))


def name_guess(reading: Reading) -> str | None:
    """The stretch most likely to be a new customer's name, for the offer to create it; only text
    that looks like a company's name (see `looks_like_company`), or any strong stretch after
    "new customer"."""
    person_spans = [(s, e) for _, s, e in reading.persons]
    legal = [c for c in ordered(reading.candidates) if len(c.text) >= 6 and c.text.endswith(_CJK_LEGAL_ENDS)]
    if legal:  # "去了苏州恒信精密机械有限公司，…想上MES": the company named with its legal form, not "MES"
        return reading.typed(legal[0].text, legal[0].start)
    for candidate in ordered(reading.candidates):
        company = looks_like_company(candidate.text, reading, candidate.start)
        # "新客户 蓝鲸科技，…": after "new customer", Chinese words ending in a company word, though weak
        if not (candidate.strong or (reading.new_customer and company and CJK.search(candidate.text))):
            continue
        if not (reading.new_customer or company):
            continue
        if any(s <= candidate.start and candidate.end <= e for s, e in person_spans):
            continue
        return reading.typed(candidate.text, candidate.start)
    return None


def offer_new(ctx: Ctx, reading: Reading) -> None:
    name = name_guess(reading)
    if name is None:
        return
    raise NeedChoice(
        customer_key(name),
        ctx._("I don't know a customer called “{name}” yet. Create it?", name=name),
        [Option(ctx._("Create “{name}”", name=name), NEW)],
    )


# Said to be a new company, not a new deal: "new customer", "新客户" (a "new lead" may be a new deal at a
# known one)
_NEW_COMPANY = re.compile(r"\bnew\s+(?:customer|client|account|company)\b|新客户", re.IGNORECASE)


# The words that say a customer is new, and nothing else: a heading of them names none ("新客户：蓝鲸科技")
_ONLY_SAID_NEW = re.compile(
    r"\s*(?:(?:a|another|one\s+more)\s+)?new\s+(?:customer|client|account|company|lead|prospect)s?\s*"
    r"|\s*(?:又一个|一个)?(?:新客户|新客戶|新的客户|新线索|新線索|潜在客户)\s*",
    re.IGNORECASE,
)


def only_said_new(words: str) -> bool:
    return bool(_ONLY_SAID_NEW.fullmatch(words))


def said_new_but_known(ctx: Ctx, reading: Reading, hit: Hit) -> Hit | None:
    """A customer the message calls new ("new customer Kobe Kitchen Work", "hawkeye ag supplies inc - new
    lead", "新客户 仙桃鑫达无纺布厂") that an existing one's name matches, though not as the user typed
    it: the company's whole name as typed (the match and the name words around it) is not the known name
    or an alias, so it may be that one misspelt or another company. Returns the hit over the name as
    typed, to ask "Did you mean …?" with the new company as a choice; None when the name is typed as known
    ("new lead: Hawkeye Ag Supply, 20k" is a new deal there) or, after "new lead", only its first words."""
    if not reading.new_customer:
        return None
    if hit.match.field in ("name", "alias"):
        typed = _as_typed(reading, hit.candidate)
    else:  # "new customer: Cheltnam Spa Hotel Group, met Gemma": found by Gemma, the company named apart
        named = _company_named(reading, hit.candidate)
        if named is None:
            return None
        typed = named
    said = normalize_name(reading.typed(typed.text, typed.start))
    customer = ctx.store.customers.require(hit.match.customer_id)
    company = bool(_NEW_COMPANY.search(reading.text))
    if not said or any(_named_so(said, known, whole=company) for known in _names(customer)):
        return None
    return replace(hit, candidate=typed)


def _company_named(reading: Reading, found_by: Candidate) -> Candidate | None:
    """The company the message calls new, when the customer was found by other words (a contact): the
    first strong stretch of name words apart from those and from people's names."""
    person_spans = [(s, e) for _, s, e in reading.persons]
    for candidate in ordered(reading.candidates):
        if not candidate.strong or (candidate.start < found_by.end and found_by.start < candidate.end):
            continue
        if any(s < candidate.end and candidate.start < e for s, e in person_spans):
            continue
        if looks_like_company(candidate.text, reading, candidate.start):
            return candidate
    return None


def _as_typed(reading: Reading, candidate: Candidate) -> Candidate:
    """The longest stretch of name words holding the matched ones: "hawkeye ag supplies inc"."""
    holding = [c for c in reading.candidates if c.start <= candidate.start and candidate.end <= c.end]
    return max(holding, key=lambda c: (c.end - c.start, -c.start), default=candidate)


def _names(customer: Customer) -> list[str]:
    """The customer's name and aliases, folded, and each with a place in it written the English way
    ("sternwarte munich" for the alias Sternwarte München)."""
    names = [n for n in (normalize_name(x) for x in (customer.name, *(customer.aliases or []))) if n]
    return [*names, *(english for name in names for english in in_english(name))]


def _named_so(said: str, known: str, *, whole: bool) -> bool:
    """`said` is the known name, or (unless the whole name is needed) its first words."""
    if said == known or whole:
        return said == known
    return known.startswith(said if CJK.match(said) else said + " ")


# After a Chinese name the stretch of name characters ends at a word that is no name's: a possessive, a
# demonstrative, a place word ("永和鮮豆漿公司的…", "…冷凍那家", "…那边").
_CJK_NAME_ENDS = frozenset("的那这邊边家裡里")
# A heading that opens the message: the customer's name as the writer typed it, then a dash or a colon
_HEADING_END = re.compile(r"\s*(?:[—–:：,，]|-\s|\.\.)")
_LATIN_NAME_WORD = re.compile(r"[^\W\d_]+")
# Words after a name that say a part or the people of the company, not another name ("acme team - …")
_PART_OF_IT = frozenset(
    {"team", "folks", "guys", "people", "crew", "staff", "side", "office", "offices", "site", "hq", "account",
     "end", "lot", "update", "deal", "deals", "branch", "group"}
)  # fmt: skip
_JOINED = re.compile(r"\S\s*(?:&|\+|\band\b)\s*\S", re.IGNORECASE)


def named_otherwise(ctx: Ctx, reading: Reading, hit: Hit) -> Hit | None:
    """A known customer found by the first words of its name (or by a contact) where the message names the
    company in full, otherwise than any known name: the same start, then other words where the known name
    goes on ("salt lake ski & board" for Salt Lake Ski Rentals, "Ancoats Print Co" beside Zara of Ancoats
    Printworks Studio, "湛江海鲜冷冻" for 湛江海鲜冷链, "永和鮮豆漿公司" for 永和鮮豆坊). It may be that one
    misspelt, renamed or misremembered, or another company: asked ("Did you mean …?"), never stored on the
    one found. Words of its deals' titles or its people after the name are no other name ("惠州仲恺储能柜",
    "Cardiff Bay LIMS"). Returns the hit over the name as typed; None when the name is typed as known."""
    if reading.new_customer:
        return said_new_but_known(ctx, reading, hit)
    customer = ctx.store.customers.require(hit.match.customer_id)
    if hit.match.field == "contact":
        return _company_beside(reading, hit, customer)
    if hit.match.field not in ("name", "alias"):
        return None
    matched = hit.candidate
    if CJK.match(matched.text):
        return _cjk_other_name(ctx, reading, hit, customer)
    typed = _as_typed(reading, matched)
    typed = _before_the_next_one(ctx, reading, matched, typed)
    said, known_start = normalize_name(typed.text).split(), normalize_name(matched.text).split()
    if not known_start or said[: len(known_start)] != known_start or not _name_like(reading, typed, matched):
        return None
    if not _goes_on_otherwise(ctx, customer, said, len(known_start), _complete(typed.text)):
        return None
    return replace(hit, candidate=typed)


def explicit_named_otherwise(ctx: Ctx, name: str, customer: Customer) -> bool:
    """A heading ("Harlow Mill Co: …") that the search took for a known customer, though after the words
    they share it goes on otherwise than the known name (see `named_otherwise`)."""
    if CJK.search(name):
        return False
    said = normalize_name(name).split()
    names = _names(customer)
    if not said or not names:
        return False
    words = names[0].split()
    shared = 0
    while shared < min(len(said), len(words)) and said[shared] == words[shared]:
        shared += 1
    return shared > 0 and _goes_on_otherwise(ctx, customer, said, shared, _complete(name))


def ask_named_otherwise(ctx: Ctx, reading: Reading, customer: Customer, typed: str) -> None:
    """ "Did you mean X?", with the company as typed to create as the other choice."""
    raise NeedChoice(
        customer_key(typed),
        ctx._("Did you mean {name}?", name=customer.name),
        [Option(customer.name, customer.id), Option(ctx._("New customer “{name}”", name=typed), NEW)],
    )


def _complete(typed: str) -> bool:
    """The name typed ends with its legal form ("… Co", "… Ltd"): its last word is no word cut short."""
    words = typed.lower().replace(".", " ").split()
    return len(words) > 1 and words[-1] in LEGAL_SUFFIXES


def _goes_on_otherwise(ctx: Ctx, customer: Customer, said: list[str], start: int, complete: bool) -> bool:
    """After the first `start` words, shared with a known name, the name typed goes on with other words
    than the known name: none of them its own words (all, some left out, or shortened), its deals' titles,
    its people or a part of the company."""
    words = [w for w in said[start:] if w not in _PART_OF_IT]
    extra = [w for w in words if w not in _record_words(ctx, customer)]
    if not extra or len(extra) < len(words):
        return False
    for known in _names(customer):
        known_words = known.split()
        if known_words[:start] != said[:start] or len(known_words) == start:
            return False  # the whole known name typed, then words of the sentence
        rest = known_words[start:]
        last = len(extra) - 1
        if all(
            said_for(a, b) or (i == last and not complete and b.startswith(a))
            for i, (a, b) in enumerate(zip(extra, rest, strict=False))
        ):
            return False
        if _in_order(extra, rest):
            return False  # words of the known name, some left out: "Exeter Vets" for Exeter Valley Vets
        if len(extra) == len(rest) and all(_shortened(a, b) for a, b in zip(extra, rest, strict=True)):
            return False  # "Tampines Precision Engg"
        initials = [w[0] for w in rest if w]
        if len(extra) == 1 and len(extra[0]) >= 2 and _in_order(list(extra[0]), initials):
            return False  # initials of the rest: "Bendigo CU" for Bendigo Community Credit Union
    return True


# A list's joiner between two names: "visited Sharma Precision and Kochi Spice", "Travis from Wichita Avionics
# and Sal from Rockford Tool".
_LIST_JOINER = re.compile(r"\s*(?:,\s*)?\band\s+", re.IGNORECASE)


def _before_the_next_one(ctx: Ctx, reading: Reading, matched: Candidate, typed: Candidate) -> Candidate:
    """The name typed ends before "and" when what follows the "and" is another known customer or person (a
    list of two, not one name going on: "Sharma Precision and Kochi Spice", "… Avionics and Sal from …");
    "Smith and Sons" with no one known after the "and" stays one name."""
    for joiner in _LIST_JOINER.finditer(reading.text, matched.end, typed.end):
        after = joiner.end()
        if any(m.start == after for m in mentions_of(ctx, reading)) or any(
            at == after for _, at, _ in reading.persons
        ):
            words = reading.text[typed.start : joiner.start()].rstrip(" ,")
            return replace(typed, text=words, end=typed.start + len(words))
    return typed


def _name_like(reading: Reading, typed: Candidate, matched: Candidate) -> bool:
    """The words typed past the known start are a company's name words: the stretch looks like a company
    (capitalised words, a legal form), or it joins two trades ("ski & board") in the heading that opens
    the message."""
    heading = typed.start == 0 and _HEADING_END.match(reading.text, typed.end) is not None
    if heading and _JOINED.search(reading.text[max(0, matched.end - 1) : typed.end]):
        return True
    original = reading.original or reading.text
    past = reading.text[matched.end : typed.end].strip()
    return bool(past) and looks_like_company(original[typed.start : typed.end], reading, typed.start)


def _shortened(short: str, word: str) -> bool:
    """An abbreviation: the first letter, then letters of the word in order ("engg", "intl", "mfg")."""
    return short[:1] == word[:1] and len(short) < len(word) and _in_order(list(short[1:]), list(word[1:]))


def _in_order(words: list[str], within: list[str]) -> bool:
    found = iter(within)
    return all(w in found for w in words)


def _record_words(ctx: Ctx, customer: Customer) -> set[str]:
    """The words of the customer's open deals' titles and of its people's names, lowercased."""
    texts = [d.title or "" for d in ctx.store.deals.for_customer(customer.id, open_only=True)]
    texts += [c.name for c in ctx.store.customers.contacts(customer.id)]
    return {w.lower() for t in texts for w in _LATIN_NAME_WORD.findall(t)}


def _company_beside(reading: Reading, hit: Hit, customer: Customer) -> Hit | None:
    """Found by a contact, beside a company named apart that starts like the contact's customer but is not
    its name ("Ancoats Print Co — …, Zara, …" with Zara at Ancoats Printworks Studio)."""
    named = _company_named(reading, hit.candidate)
    if named is None:
        return None
    said = normalize_name(reading.typed(named.text, named.start))
    if not said or any(_named_so(said, known, whole=False) for known in _names(customer)):
        return None
    cjk = bool(CJK.match(said))
    first = said[:2] if cjk else said.split()[0] + " "
    if not any(known.startswith(first) for known in _names(customer)):
        return None
    return replace(hit, candidate=named)


def _cjk_other_name(ctx: Ctx, reading: Reading, hit: Hit, customer: Customer) -> Hit | None:
    """A Chinese name matched by its first characters, then a company word or a trade of the same start
    that the known name does not go on with, ending the name: "永和鲜豆|浆公司的…" (永和鲜豆坊),
    "湛江海鲜|冷冻 …" (湛江海鲜冷链)."""
    matched = hit.candidate
    text, end = reading.text, matched.end
    after = ""
    for char in text[end : end + 6]:
        if not CJK.match(char):
            break
        after += char
    if len(after) < 2:
        return None
    titles = "".join(d.title or "" for d in ctx.store.deals.for_customer(customer.id, open_only=True))
    for known in _names(customer):
        at = known.find(matched.text)
        if at < 0:
            continue
        rest = known[at + len(matched.text) :]
        if not rest:
            return None  # the whole name, then the sentence: "顺德家电配件金额…"
        for size in range(2, len(after) + 1):
            piece = after[:size]
            if rest.startswith(piece) or piece in titles:
                return None
            ends = (size == len(after) and (end + size >= len(text) or not CJK.match(text[end + size]))) or (
                size < len(after) and after[size] in _CJK_NAME_ENDS
            )
            if not ends:
                continue
            core = next((piece[: -len(w)] for w in CJK_SUFFIXES if piece.endswith(w)), piece)
            if SENTENCE_WORDS.search(core):
                return None  # "华为的人来公司", "华为参观了工厂": the sentence goes on, no name
            company = bool(core) and not rest.startswith(core) and piece.endswith(_CJK_COMPANY_ENDS)
            same_trade = size == 2 and len(rest) >= 2 and piece[0] == rest[0]
            if company or same_trade:
                typed = Candidate(text[matched.start : end + size], matched.start, end + size, True)
                return replace(hit, candidate=typed)
        return None
    return None
