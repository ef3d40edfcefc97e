"""Contact people at a customer: add one, and find the one a message names."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from crm_store.models import Contact, Customer
from crm_store.repos.base import UNSET
from crm_store.search.everyday import is_english_word
from crm_store.search.gazetteer import ADDRESSED
from crm_store.search.loanwords import romaji_name_key
from crm_store.search.normalize import unaccented
from crm_store.search.pinyin import family_spellings, spaced_pinyin, to_pinyin
from crm_store.search.scoring import CN_TITLES as TITLE_WORDS
from handlers.domain.acting import Acting
from handlers.domain.customers import check_customer
from handlers.domain.fields import Changes, Unset
from handlers.parsing.hanzi import simplified
from handlers.parsing.nicknames import short_name_said

CJK = re.compile(r"[\u4e00-\u9fff]")
CN_TITLES = (  # a title after a family name, or the Cantonese 黄生 (Mr Wong), not 生产/生意
    rf"(?:{'|'.join(TITLE_WORDS)}|生(?![产意活日效成气病长命物态鲜前存]))"
)
# Family names of two characters: 欧阳总 is Manager Ouyang (欧阳倩), not someone surnamed 欧.
_TWO_CHARACTER = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 申屠 独孤 "
    "南宫 西门 百里 呼延 轩辕 澹台 公冶 太史 闻人 万俟 钟离 宗政 濮阳 单于 赫连 拓跋 东郭 淳于 "
    "范姜 张简"  # Taiwan's (范姜欣怡, 張簡)
)
COMPOUND_SURNAMES = frozenset(_TWO_CHARACTER.split())


def family_name(name: str) -> str:
    """The family name of a Chinese name: its first character, or two for 欧阳, 司马, 诸葛, … and for a
    name of four characters (two and two: 范姜欣怡, a Japanese 山形健一)."""
    name = simplified(name)
    four = len(name) == 4 and bool(_ALL_HAN.fullmatch(name))
    two = four or (name[:2] in COMPOUND_SURNAMES and len(name) >= 3)
    return name[:2] if two else name[:1]


_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class NewContact:
    customer: Customer
    name: str
    title: str | None = None
    phone: str | None = None
    email: str | None = None


def add_contact(acting: Acting, new: NewContact) -> Contact:
    return acting.store.customers.add_contact(
        new.customer, new.name, title=new.title, phone=new.phone, email=new.email
    )


@dataclass(frozen=True)
class ContactFields(Changes):
    """A contact's details; a field left UNSET is not touched, None clears it."""

    name: str | Unset = UNSET
    title: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    extra: dict[str, str] | Unset | None = UNSET  # details with no column of their own (a WeChat id)


def update_contact(acting: Acting, contact: Contact, changes: ContactFields) -> Contact:
    """Change the given details: news from free text ("her new number is …") and /edit alike."""
    return acting.store.customers.update_contact(contact, **changes.given())


_LETTER = "[a-z0-9\u00c0-\u024f]"  # a Latin name glued to Chinese ("Acme的Jane开了会") is still a word


def _named(
    text: str,
    part: str,
    given: list[str],
    family: Sequence[str] = (),
    company: Collection[str] = (),
    said: str = "",
) -> bool:
    """Whether `part` of a contact's name stands in `text` as a word, or declined as Polish declines it
    (`_declined_part`; `said`: the text as written, diacritics kept). A family name right after another
    capitalised given name is someone else's ("new contact: Holly Quinn" is not Rory Quinn), and so is a
    given name right before another capitalised family name (`family`: the contact's own; "Mara Quist at
    Pellham" is not Mara Lindqvist), unless that word opens their company's name (`company`: "Valdir
    Uberlândia Laticínios called")."""
    pattern = _case_forms(part) if _declinable(part) else re.escape(part)
    for match in re.finditer(rf"(?<!{_LETTER}){pattern}(?!{_LETTER})", text.lower()):
        if match.group(0) != part and not _declined_part(text, match, part, said):
            continue
        before = re.search(r"([A-Za-z\u00c0-\u024f]+)\s+$", text[: match.start()])
        word = before.group(1).lower() if before else ""
        if (
            given
            and before
            and before.group(1)[:1].isupper()
            and word not in given
            and word not in ADDRESSED
            and not declined_form(word, " ".join(given))
        ):
            continue  # not "Dr Fenwick" either: a title is no one's given name
        after = re.match(r"\s+([A-Z][a-z\u00c0-\u024f]+)\b", text[match.end() :])
        if (
            family
            and after
            and text[match.start()].isupper()
            and after.group(1).lower() not in family
            and not declined_form(after.group(1), " ".join(family))
            and unaccented(after.group(1).lower()) not in company
        ):
            continue
        return True
    return False


def _declinable(part: str) -> bool:
    """Whether a part of a contact's (unaccented, lowercase) name is long enough to be read in its Polish
    cases: four Latin letters or more ("pawel", "zofia"; not "li", "tan")."""
    return len(part) >= 4 and part.isascii() and part.isalpha()


def _declined_part(text: str, match: re.Match[str], part: str, said: str) -> bool:
    """Whether a word of `text` that `_case_forms` of `part` matched is that name in another case ("Pawła"
    of Paweł, "Zofii" of Zofia, "Robertem" of Robert): written with its capital, no English word ("Rose" is
    no case of Rosa, "Nine" none of Nina), and a feminine -ę written with its ogonek ("Zofię"; "Joanne" is
    another name)."""
    word = match.group(0)
    if not text[match.start()].isupper() or is_english_word(word):
        return False
    written = said[match.start() : match.end()].lower() if len(said) == len(text) else word
    return not (part.endswith("a") and word.endswith("e") and not word.endswith("ie") and written[-1:] != "ę")


# A name said with a Japanese honorific: "Oogawa-san", "Katou-sama", "Satou san".
_HONORED = re.compile(r"\b([A-Za-z]{3,})(?:-|\s)(?:san|sama|sensei|kun|chan|shi|dono)\b", re.IGNORECASE)


def _romaji_named(text: str, parts: list[str]) -> list[str]:
    """The parts of a contact's name that a name said with a Japanese honorific spells another way in
    romaji (long vowels, Kunrei or Hepburn): the same name read as kana."""
    keys = {key: p for p in parts if len(p) >= 3 and (key := romaji_name_key(p))}
    said = [romaji_name_key(m.group(1)) for m in _HONORED.finditer(text)]
    return [keys[key] for key in said if key in keys]


def mentioned_contact(acting: Acting, customer: Customer, text: str) -> Contact | None:
    """The customer's contact whose full name, or a distinctive part of it, appears in `text`."""
    named = contacts_named(acting, customer, text)
    return named[0] if named else None


def contacts_in_doubt(acting: Acting, customer: Customer, text: str) -> list[Contact]:
    """The customer's contacts `text` names equally, by the first name they share and no more ("call w
    jane" when Acme has Jane Doe and Jane Park); empty when one is named."""
    named = contacts_named(acting, customer, text)
    lower = unaccented(simplified(text)).lower()
    if len(named) < 2 or not named[0].name[:1].isascii():
        return []
    first = named[0].name.split()[0].lower()
    same = [c for c in named if c.name.split()[0].lower() == first and len(c.name.split()) > 1]
    if len(same) < 2 or any(unaccented(c.name).lower() in lower for c in same):
        return []
    rest = [unaccented(" ".join(c.name.split()[1:])).lower() for c in same]
    return [] if any(re.search(rf"\b{re.escape(r)}\b", lower) for r in rest) else same


def said_from_start(contact: Contact, text: str) -> int:
    """How many characters at the start of `text` name `contact`: the whole name, or a Chinese family name
    with a title (陆经理 for 陆建军); 0 when the text does not start with them."""
    plain, name = simplified(text).lower(), simplified(contact.name).lower()
    if plain.startswith(name):
        return len(name)
    said = None if name[:1].isascii() else re.match(re.escape(family_name(name)) + CN_TITLES, plain)
    return said.end() if said else 0


def contacts_named(acting: Acting, customer: Customer, text: str, *, former: bool = False) -> list[Contact]:
    """The customer's contacts that `text` names, the best named first: a full name, then the most
    distinctive parts of a name (first or family name, 张经理 for a 张); `former`: those who left too."""
    original = text  # (a short name that is an everyday word counts with its capital: "Will", not "will")
    text = unaccented(simplified(text))  # 陳經理 and 陈经理 are the same person, marc-andre is Marc-André
    lower = text.lower()
    company_words = set(re.split(r"[\s.]+", unaccented(customer.name.lower())))
    full: list[Contact] = []
    partly: list[tuple[int, int, Contact]] = []
    for index, person in enumerate(acting.store.customers.contacts(customer.id, former=former)):
        name = unaccented(simplified(person.name).lower())
        if name in lower or _homophone_said(text, name) or _declined(lower, name) or _in_pinyin(lower, name):
            full.append(person)
            continue
        parts = [
            p
            for p in re.split(r"[\s.]+", name)
            if len(p) >= 2 and p.replace("-", "").isalpha() and not CJK.match(p) and p not in company_words
        ]
        hits = [
            p
            for p in parts
            if _named(
                text,
                p,
                parts[:1] if p != parts[0] else [],
                parts[1:] if p == parts[0] else [],
                company_words,
                said=original,
            )
        ]
        surname = family_name(name)
        if not name[:1].isascii() and re.search(re.escape(surname) + CN_TITLES, text):
            hits.append(surname)  # 张经理, 王总, 欧阳总, 黄生: family name and title
        elif not name[:1].isascii() and person.title and surname + simplified(person.title) in text:
            hits.append(surname)  # 區校監 for 區志偉, 校監: family name and the contact's own title
        elif not name[:1].isascii() and re.search(
            rf"(?<![\d一两二三四五六七八九十几半个])[老小]{re.escape(surname)}", text
        ):
            hits.append(surname)  # 老刘 for 刘志勇, 小潘 for 潘志铭: the family name said familiarly
        elif CJK.match(name) and _spelled_with_a_courtesy(lower, surname):
            hits.append(surname)  # "Mr Leung" for 梁家輝, "Ms Chan" for 陈美玲: the family name in letters
        elif CJK.match(name) and _spelled_alone(original, surname):
            hits.append(surname)  # "Call w/ Chan at Jadepeak" for 陳嘉偉, "met Luo" for 骆晓军: capitalised
        if not hits and name[:1].isascii():
            hits += _romaji_named(text, parts)  # "Oogawa-san" for Ogawa Hiroshi, "Takahasi-san" for Takahashi
        short = short_name_said(original, parts[0]) if not hits and parts and name[:1].isascii() else None
        if short is not None:
            hits.append(short)  # "ma'am Tess" for Theresa Villanueva, "kuya jojo" for Jose Mercado
        english = None if name[:1].isascii() else _english_name(person.email)
        if english and _said_english(text, english):
            hits.append(english)  # "远航跨境Amy" for 周雅琴 <amy.zhou@…>: the English name she goes by
        if hits:
            partly.append((-len(hits), index, person))
    # of two full names, the one said first is the one dealt with ("跟华为的王芳吃饭，她透露张伟…": 王芳)
    full.sort(key=lambda person: _said_at(lower, unaccented(simplified(person.name).lower())))
    return full + [person for *_, person in sorted(partly, key=lambda p: (p[0], p[1]))]


def _said_at(lower: str, name: str) -> int:
    """Where the name is said in `lower`; a name heard otherwise (a homophone, pinyin) counts as last."""
    at = lower.find(name)
    return at if at >= 0 else len(lower)


def _in_pinyin(lower: str, name: str) -> bool:
    """Whether `lower` names the Chinese contact in pinyin, family and given name apart ("met lu jiaqi" of
    陆佳琪, "Jiaqi Lu")."""
    return any(re.search(rf"\b{re.escape(said)}\b", lower) for said in spaced_pinyin(name))


_COURTESY = rf"\b(?:{'|'.join((*ADDRESSED, 'miss', 'madam', 'mdm'))})\.?\s+"  # (Hong Kong's Madam Chan too)


def _spelled_with_a_courtesy(lower: str, family: str) -> bool:
    """Whether `lower` says a Chinese family name in English letters after Mr, Ms, Madam ("Mr Leung")."""
    spellings = "|".join(re.escape(s) for s in sorted(family_spellings(family), key=len, reverse=True))
    return bool(re.search(rf"{_COURTESY}(?:{spellings})\b", lower))


def _spelled_alone(original: str, family: str) -> bool:
    """Whether `original` writes a Chinese family name in English letters by itself, capitalised inside a
    sentence ("Call w/ Chan at Jadepeak", "lunch with Luo"): as Hong Kong and overseas colleagues call
    people. Not at a sentence's head, where "He", "So" or "To" are English words."""
    for spelled in family_spellings(family):
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(spelled.capitalize())}(?![A-Za-z])", original):
            before = original[: m.start()].rstrip()
            if before and before[-1] not in ".!?\n" and len(spelled) >= 2:
                return True
    return False


def _homophone_said(text: str, name: str) -> bool:
    """A Chinese full name of three or more characters written with a homophone after its family name, as
    voice input slips ("梁嘉仪" for 梁嘉怡): the same sounds, the same family name."""
    if len(name) < 3 or not CJK.match(name) or name[0] not in text:
        return False
    sounds = to_pinyin(name)[0]
    return any(
        text[at : at + len(name)] != name and to_pinyin(text[at : at + len(name)])[0] == sounds
        for at in (m.start() for m in re.finditer(re.escape(name[0]), text))
    )


# Polish case endings of a name ("u Krzysztofa Mazurka", "z Tomaszem Kowalczykiem"); a name ending in -a
# declines as a feminine one ("do Zofii", "z Joanną", "Joanny", "Zofię", "Zielińskiej").
_CASE_ENDINGS = r"(?:a|owi|em|iem|u|ie|y|ego|emu|i)?"
_FEMININE_ENDINGS = r"(?:a|y|i|ii|ie|e|ej|iej|o)"


def _declined(lower: str, name: str) -> bool:
    """A full Latin name said whole in another grammatical case, as Polish speakers write even in English
    ("byłem u Krzysztofa Mazurka" for Krzysztof Mazurek): each word with a case ending, a family name's
    fleeting e of -ek / -ec dropped."""
    words = name.split()
    if len(words) < 2 or not all(w.isascii() and w.replace("-", "").isalpha() for w in words):
        return False
    pattern = r"\s+".join(_case_forms(w) for w in words)
    return re.search(rf"(?<!{_LETTER}){pattern}(?!{_LETTER})", lower) is not None


def _case_forms(word: str) -> str:
    """A pattern for a name's word in any Polish case: "mazurek" → mazurek, mazurka, mazurkiem …; "pawel"
    → pawla, pawlem (the fleeting e of Paweł); "zofia" → zofii, zofie (Zofię), zofia (Zofią)."""
    if len(word) >= 4 and word.endswith("a"):
        return rf"(?:{re.escape(word)}|{re.escape(word[:-1])}{_FEMININE_ENDINGS})"
    stem = re.sub(r"e([kc])$|(?<=w)e(l)$", r"\1\2", word) if len(word) > 4 else word
    return rf"(?:{re.escape(word)}|{re.escape(stem)}){_CASE_ENDINGS}"


def declined_form(said: str, words: str) -> bool:
    """Whether the word `said` is one of `words` (lowercase) in another Polish case ("Mazurka" of Mazurek)."""
    plain = unaccented(said.lower())
    return any(re.fullmatch(_case_forms(w), plain) is not None for w in re.findall(r"[a-z]{4,}", words))


# Mailbox names that are no one's name ("sales@", "info@").
_MAILBOXES = frozenset(
    {
        *("info", "sales", "admin", "office", "contact", "contacts", "service", "support", "hello", "mail"),
        *("team", "enquiries", "enquiry", "account", "accounts", "purchasing", "procurement", "finance"),
        *("marketing", "orders", "order", "billing", "ops"),
    }
)


def _english_name(email: str | None) -> str | None:
    """The English given name a Chinese-named contact's address starts with (amy.zhou@ → "amy"), if any."""
    first = re.split(r"[._-]", (email or "").split("@")[0])[0].lower()
    if len(first) < 3 or not (first.isalpha() and first.isascii()) or first in _MAILBOXES:
        return None
    return first


def _said_english(text: str, name: str) -> bool:
    """The name said capitalised as a word of its own, also right beside Chinese ("远航跨境Amy拉了个群")."""
    return re.search(rf"(?<![A-Za-z]){name[:1].upper()}{re.escape(name[1:])}(?![A-Za-z])", text) is not None


def _customer_of(acting: Acting, contact: Contact) -> None:
    check_customer(acting, acting.store.customers.require(contact.customer_id))


def contact_left(acting: Acting, contact: Contact) -> Contact:
    """They left the company: off the current list, still named in the history."""
    return acting.store.customers.contact_left(contact)


def remove_contact(acting: Acting, contact: Contact) -> bool:
    """Off the list for good (kept as removed when activities name them); True when deleted."""
    _customer_of(acting, contact)
    return acting.store.customers.remove_contact(contact)
