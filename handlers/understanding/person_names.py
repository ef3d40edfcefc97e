"""Which words of a message name a person: a capitalised name (not a company's: "at Granger", "Keller
Industries"), a lowercase name after a cue that introduces someone, a Chinese name (a family name the
organisation knows or a common one, at a cue; any family name where the name is introduced outright),
张总-style family name + title, a pronoun."""

from __future__ import annotations

import re

from crm_store.search.everyday import BUSINESS_WORDS, everyday_chinese
from handlers.parsing.contact_details import details_spans
from handlers.understanding import lexicon as lx
from handlers.understanding.known_people import (
    KnownPeople,
    everyday_pair,
    honorific,
    is_family_name,
    wide_family_names,
)
from handlers.understanding.no_contact import not_a_contact
from handlers.understanding.people_items import SENTENCE, Item, overlaps
from handlers.understanding.person_details import CN_TITLE, EN_TITLE, is_title_word

_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|they|their|them)\b|(?<![其])[他她](?!们)", re.IGNORECASE)


# Capitalised words that start a sentence or name a thing, not a person
_NOT_NAMES_TEXT = """
    new met called call add added card fyi btw update spelling fix fixed note re also just got the our
    their his her she he they it its we i my me you your a an and or but so then after before today
    tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
    thur thurs fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec mobile cell phone tel email e-mail direct
    office contact contacts title role m t p e w ok okay yes no hi hey thanks quick lunch coffee dinner
    meeting visit email emailed texted heads sorry oops actually correction ps p.s. dr mr mrs ms prof ing
    sir madam ext x inc llc ltd co corp gmbh plc group systems industries services partners solutions
    holdings company clinic bakery hvac visited visiting rang phoned messaged pinged spoke talked saw dropped
    stopped popped toured went drove chatted
"""


_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
# Honorifics a written name may start with ("Dr.", "Ing." of a German or Polish engineer, "Mme", "Dott.").
HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Prof|Ing|Dipl\.-Ing|Mag|Mme|Herr|Frau|Dott|Sr|Sra)\.?"
_HONORIFICS = frozenset(
    ["dr", "mr", "mrs", "ms", "prof", "ing", "dipl.-ing", "mag", "mme", "herr", "frau", "dott", "sr", "sra"]
)


_EN_NAME = re.compile(
    # (never from inside a word: "KSh 3.8M" names no "Sh")
    rf"(?<![A-Za-z\u00c0-\u024f])(?:{HONORIFIC}\s+)?"
    # "Marc-André", "Anne-Sophie": a hyphenated given name, accents and all, read whole
    # an Irish or Scottish "O'", "Mc", "Mac" is part of the name it starts ("O'Brien Hardware", "Seán
    # O'Brien", "McCarthy's"), not a word of its own
    r"(?:(?:O['’]|Mc|Mac)(?=[A-Z]))?"
    r"[A-Z\u00c0-\u024f][a-z\u00e0-\u024f]+(?:['’](?!s\b)[A-Za-z]+|-[A-Z\u00c0-\u024f][a-z\u00e0-\u024f]+)?"
    r"(?:[ \t]+(?:(?:van|von|de|del|da|di|le|la|o['’]|O['’](?=[A-Z]))[ \t]*)?"
    r"[A-Z\u00c0-\u024f][A-Za-z\u00e0-\u024f]+"
    r"(?:['’](?!s\b)[A-Za-z]+|-[A-Z\u00c0-\u024f][a-z\u00e0-\u024f]+)?){0,2}"
    r"(?![A-Za-z\u00c0-\u024f])"  # nor ending inside one: "WhatsApp" names no "Whats"
)


# A lowercase name after a cue that introduces a person ("new guy in purchasing, tom ruiz", "her
# replacement is dev singh", "new contact at X: jon ellis", "X: new contact jon ellis")
_CUED_NAME = re.compile(  # (a lookahead: cues may overlap, ", his son matt lindqvist")
    r"(?=(?:[:：]|\b(?:is|named|called|by|son|daughter|nephew|niece|brother|sister|wife|husband)\b|\s[-–—]|,"
    r"|\bnew\s+(?:contact|poc)\b|\badd(?:ed)?\s+(?:a\s+)?(?:new\s+)?contact\b)\s*"
    r"(?P<name>[a-z][a-z'’-]{1,14}(?:\s+(?!is\b|was\b|at\b|from\b|and\b|now\b|the\b|in\b|to\b|for\b|with\b)"
    r"[a-z][a-z'’.-]{0,14})?)\b)"
)


_LOWER_CUE = re.compile(
    r"(?:\bnew\s+(?:contact|guy|gal|lady|person|poc|\w+)\b[^:：,]{0,40}[:：,-]|\breplacement\s+is|\breplaced\s+by|"
    # "add contact at thunder bay timberworks: brent kowalchuk, purchasing, …"
    r"\b(?:add|added|adding)\s+(?:a\s+)?(?:new\s+)?(?:contacts?|person|poc)\b[^:：,]{0,40}[:：,-]|"
    r"\bsuccessor\s+is|\bnamed|\bcalled|\bcontact\s+is\s+now|\bnew\s+[a-z&/ ]{2,30}\s+is|"
    r"\b(?:hired|brought\s+on|onboarded|took\s+on)\b[^:：,.;]{0,40}[:：,-]|"
    r"\b(?:his|her|their)\s+(?:son|daughter|nephew|niece|brother|sister|wife|husband)|"
    # the name right after the cue: "globex: new contact jane smith, …", "add contact tom lee"
    r"\bnew\s+(?:contact|poc)|\badd(?:ed)?\s+(?:a\s+)?(?:new\s+)?contact)\s*$",
    re.IGNORECASE,
)


_CN_NAME_CHARS = r"[\u4e00-\u9fff]"


_CN_STOP_CHARS = set(
    "换改升调退离辞跳系的了是在从和跟与说到去来把被给为就都也还又很再已将要会能可这那个们我你他她它吗呢吧啊呀嘛哦喔么管"
)


# Right after a Chinese name: a change word, a detail label, 的, a title, or the end of the words
_CN_AFTER = re.compile(
    r"(?:的|已经|已|刚|也|又|现在|目前|之前|从|升|晋|提|调|退|离|辞|走|跳|顶替|不在|不干|不做|不再|唔再|唔做|被(?:挖|炒|开除|辞退)|换|改|新|跟|搬|去|在管|管|"
    r"手机|电话|号码|座机|"
    r"邮箱|邮件|email|e-mail|mail|微信|wechat|是|现任|担任|当|接|负责|left|promoted|retired|quit|moved|"
    r"phone|cell|mobile|tel|[\s,，:：;；()（）|/\-]|$)",
    re.IGNORECASE,
)


_CN_BEFORE_CUE = re.compile(
    r"(?:叫|名叫|是|为|找|由|换成|改成|变成|接替她的是|接替他的是|联系人|对接人|联络人|[:：，,\s、;；]|^)$"
)


# People ----------------------------------------------------------------------------------------------
def named_people(text: str, items: list[Item], known: KnownPeople) -> list[Item]:
    taken = [(i.start, i.end) for i in items if i.kind in ("email", "phone", "wechat", "title")]
    people: list[Item] = []
    company_end = -1  # where the last capitalised run read as a company ends
    # a known contact's given name that is also a common word ("Per showed me the workshop")
    given = {name.split()[0] for name in known.latin if " " in name}
    folded = {" ".join(name.lower().split()) for name in known.latin if " " in name}
    for m in _EN_NAME.finditer(text):
        name = _trim_name(m.group(0)) or (m.group(0) if m.group(0) in given else "")
        # "Add Olivia Chen": the name starts after the words trimmed off its front
        start = m.start() + max(0, m.group(0).find(name))
        known_first = _known_name_first(name, folded)
        if known_first:  # "Girish Hiremath Hampi Granite called": the contact, then the company
            name = name[:known_first]
            company_end = m.end()  # (the words read on after it are the company's, "Granite" too)
        if not name or overlaps((start, start + len(name)), taken):
            continue
        possessive = text[start + len(name) : start + len(name) + 2] in ("'s", "’s")
        if (
            _company_word_after(text, start + len(name))
            or (_preceded_by_place_word(text, start) and not possessive)
            or _the_place_left(text, start, start + len(name))
        ):
            company_end = m.end()
            continue  # "at Granger", "Keller Industries": the company, not a person
        if (
            re.search(
                r"(?:&|英文名叫?|英文名字?是?|\baka|a\.k\.a\.|\bgoes\s+by|\bnickname)\s*$",
                text[:start],
                re.I,
            )
            or (re.search(r"\band\s*$", text[:start], re.I) and " " not in name)
            or _in_brackets_after_someone(text, start, people)
            or _a_name_then_or_now(text, start, start + len(name))
        ):
            continue  # "Brandt & Vogel", "Smith and Sons", "Bridget Lam (Tahoe PM)": the company
        if lx.DETERMINER_BEFORE.search(text, 0, start):
            continue  # "the Mähwerk option", "met the Owner": a thing or a role, no name
        if company_end == start or _COMPANY_RUN.fullmatch(text, company_end, start):
            company_end = start + len(name)
            continue  # "at Bendigo Community Credit Union": the company's last word, written on
        if company_word_inside(name):
            continue  # "St. Paul Medical Devices": a company's word inside the run
        people.append(Item("person", start, start + len(name), name))
    people += [
        p for p in lowercase_names(text) if not overlaps((p.start, p.end), [(q.start, q.end) for q in people])
    ]
    people += [
        p
        for p in _known_names(text, known)
        if not overlaps((p.start, p.end), [(q.start, q.end) for q in people] + taken)
    ]
    people += _chinese_people(text, items, people, known)
    people = _other_names_of_the_same(text, people)
    for m in _PRONOUN.finditer(text):
        people.append(Item("pronoun", m.start(), m.end(), m.group(0)))
    ours: set[str] = set()
    for person in sorted(people, key=lambda p: p.start):
        if person.kind == "person":
            name = text[person.start : person.end]
            person.blocked = name in ours or not_a_contact(text, person)
            if person.blocked:
                ours.add(name)  # "…我们王总…，王总对这个客户很重视": the same person again
    return people


def _known_name_first(name: str, folded: set[str]) -> int:
    """Where a contact's whole name ends when the run of capitalised words starts with it and goes on (0 when
    it does not): looked up by the run's first words, not by each name the organisation knows."""
    ends = [m.end() for m in re.finditer(r"\S+", name)][:-1]  # (the run itself is no longer name)
    return next((end for end in reversed(ends) if " ".join(name[:end].lower().split()) in folded), 0)


_NAME_THEN_OR_NOW = re.compile(
    r"\(\s*(?:formerly|ex|was)\s+(?P<old>[^()]+?)\s*\)|\(\s*(?P<new>[^()]+?)\s+now\s*\)", re.IGNORECASE
)


def _a_name_then_or_now(text: str, start: int, end: int) -> bool:
    """Whether the name is a company's, new or old, said in brackets: "(Curitiba Logistica now)", "(formerly
    Transparaná)" (not a person that "she is COO now" points back to)."""
    return any(
        m.start(g) <= start and end <= m.end(g)
        for m in _NAME_THEN_OR_NOW.finditer(text)
        for g in ("old", "new")
        if m.group(g)
    )


def _other_names_of_the_same(text: str, people: list[Item]) -> list[Item]:
    """A name in brackets right after a person's name is what that person is also called ("林凯文 (Kevin)",
    "Zhang Wei (David)"), and so is an English given name right before or after a Chinese name ("鄺嘉樂
    Kelvin", "Jacky 陳家俊"): one person, named by the Chinese name, not a second one."""
    ordered = sorted(people, key=lambda p: p.start)
    out: list[Item] = []
    for person in ordered:
        full = full_name_after(text, person.start, person.end)
        if full is not None:
            person.value = full  # "王总（王建国，总经理）": 王总 is 王建国, named in full
        before = out[-1] if out else None
        gap = text[before.end : person.start] if before else ""
        closing = re.match(r"\s*[)）]", text[person.end :])
        if before is not None and re.fullmatch(r"\s*[(（]\s*", gap) and closing:
            before.value = before.value or text[before.start : before.end]
            before.end = person.end + closing.end()
            continue
        if (
            before is not None
            and re.fullmatch(r"[ \t]+", gap)
            and _english_beside_chinese(text, before, person)
        ):
            chinese = before if re.match(_CN_NAME_CHARS, text[before.start]) else person
            before.value = chinese.value or text[chinese.start : chinese.end]
            before.end = person.end
            continue
        out.append(person)
    return out


# A whole Chinese name in brackets right after someone addressed by family name and title: "王总（王建国，…"
_FULL_NAME_IN_BRACKETS = re.compile(r"\s*[(（]\s*([\u4e00-\u9fff]{2,3})(?=\s*[,，、)）\s])")


def full_name_after(text: str, start: int, end: int) -> str | None:
    """The whole name written in brackets right after the family name and title at `start`…`end` ("王总
    （王建国，总经理）": 王建国), of the same family; None when there is none."""
    said = text[start:end]
    full = _FULL_NAME_IN_BRACKETS.match(text, end)
    if full is None or not re.fullmatch(rf"{_CN_NAME_CHARS}{{2,4}}", said) or full.group(1)[0] != said[0]:
        return None
    return full.group(1)


def _english_beside_chinese(text: str, first: Item, second: Item) -> bool:
    """One of two people written side by side is a Chinese name, the other one English given name."""
    words = (text[first.start : first.end], text[second.start : second.end])
    chinese = [w for w in words if re.fullmatch(rf"{_CN_NAME_CHARS}{{2,4}}", w)]
    english = [w for w in words if re.fullmatch(r"[A-Z][a-z]{1,12}", w)]
    return len(chinese) == 1 and len(english) == 1


def _known_names(text: str, known: KnownPeople) -> list[Item]:
    """The organisation's contacts named however they are written: "talked to ruth calder", "RUTH CALDER"."""
    lower = text.lower()
    # "韦雪梅上周从…辞职了": a whole Chinese name the CRM knows (3 characters: no shorter one inside)
    found = [
        Item("person", m.start(), m.end(), name)
        for name in known.chinese
        if len(name) >= 3 and name in text
        for m in re.finditer(re.escape(name), text)
    ]
    for name in known.latin:
        words = r"\s+".join(re.escape(w) for w in name.lower().split())
        for m in re.finditer(rf"(?<![\w'’-]){words}(?![\w'’-])", lower):
            found.append(Item("person", m.start(), m.end(), name))
    return found


def _in_brackets_after_someone(text: str, start: int, people: list[Item]) -> bool:
    opened = re.search(r"\(\s*$", text[:start])
    return opened is not None and any(0 <= opened.start() - p.end <= 1 for p in people)


def lowercase_names(text: str) -> list[Item]:
    """Names written in lowercase right after a cue that introduces a person ("new contact is tariq bello",
    "her replacement is dev singh")."""
    people: list[Item] = []
    taken = [span for span in details_spans(text)]
    for m in _CUED_NAME.finditer(text):
        name, start = m.group("name"), m.start("name")
        words = name.split()
        if len(words) != 2 or overlaps((start, start + len(name)), taken):
            continue
        if any(w in lx.STOPWORDS or w in _NOT_NAMES or is_title_word(w) for w in words) or EN_TITLE.fullmatch(
            name
        ):
            continue
        cued = _LOWER_CUE.search(text[max(0, start - 60) : start]) or _new_role_after(text, start + len(name))
        if cued and not overlaps((start, start + len(name)), [(p.start, p.end) for p in people]):
            people.append(Item("person", start, start + len(name), name.title()))
    for m in _ADDRESS_OF_TWO_WORDS.finditer(text):
        first, family = m.group("first"), m.group("family")
        name = rf"(?<![\w@.]){re.escape(first)}\s+{re.escape(family)}(?![\w@.])"
        for said in re.finditer(name, text, re.I):
            span = said.span()
            if said.group(0).islower() and not overlaps(span, taken + [(p.start, p.end) for p in people]):
                people.append(Item("person", *span, said.group(0).title()))
    return people


# An email address made of a given and a family name ("pierre.dubois@sgo.fr"): the two words said in
# lowercase elsewhere in the message are the person's name ("call with pierre dubois at sgo, …")
_ADDRESS_OF_TWO_WORDS = re.compile(
    r"(?<![\w.+-])(?P<first>[a-z]{2,})[._-](?P<family>[a-z]{2,})@[\w-]+\.", re.IGNORECASE
)


# "maria lopez is their new VP sales": the role said right after the name introduces the person ("our new …"
# is our own staff: no contact)
_NEW_ROLE = re.compile(r"\s+(?:is|[’']s)\s+(?:now\s+)?(?:their|the)\s+new\s+", re.IGNORECASE)


# "milton waddams took over as VP ops", "sara lind is taking over from him": someone's successor
_TAKES_OVER = re.compile(
    r"\s+(?:(?:has|will|is|['’]s)\s+)?(?:took|takes|taking|take|taken)\s+over\b"
    r"|\s+(?:(?:is|will)\s+)?(?:replaces|replaced|replacing|replace)\s+(?:him|her|them)\b"
    r"|\s+(?:steps|stepped|is\s+stepping)\s+in\b",
    re.IGNORECASE,
)


def _new_role_after(text: str, end: int) -> bool:
    """The name is followed by "is their new <title>" (a title, not "is their new priority") or says the
    person took someone's place ("took over", "replaces him")."""
    m = _NEW_ROLE.match(text, end)
    return bool(m and EN_TITLE.match(text, m.end())) or bool(_TAKES_OVER.match(text, end))


def _trim_name(name: str) -> str:
    words = name.split()
    while words and (words[0].lower().rstrip(".") in _NOT_NAMES or is_title_word(words[0])):
        if words[0].lower().rstrip(".") in _HONORIFICS and len(words) > 1:
            break
        words.pop(0)
    while words and (words[-1].lower() in _NOT_NAMES or is_title_word(words[-1])):
        words.pop()
    if not words or (words[0].lower() in lx.STOPWORDS and len(words) == 1):
        return ""
    joined = " ".join(words)
    return joined if len(joined) >= 2 else ""


_COMPANY_AFTER = re.compile(
    r"\s+(?:inc|llc|ltd|co|corp|gmbh|group|systems|industries|services|partners|solutions|holdings|"
    r"logistics|freight|auto|bakery|clinic|plumbing|hvac|roofing|dental|medical|insurance|realty|"
    r"schools?|lab|law|capital|timber|catering|athletics|marina|mutual|authority|waste|water)\b",
    re.IGNORECASE,
)


# Between a company's words read and a capitalised word right after them: a space (the name goes on)
_COMPANY_RUN = re.compile(r"[ \t]+")

# The business words (crm_store.search.everyday.BUSINESS_WORDS) that are family names as well ("Jane Law",
# "Ray Power"): no company's word after a first name.
_SURNAMES_TOO = frozenset(
    [
        "law",
        "power",
        "press",
        "print",
        "home",
        "homes",
        "care",
        "design",
        "market",
        "store",
        "spa",
        "school",
        "studio",
        "bank",
    ]
)
# Words that name a company's trade, not a person, inside a capitalised run ("Paul Medical Devices")
_COMPANY_WORDS = (BUSINESS_WORDS - _SURNAMES_TOO) | frozenset(
    [
        "devices",
        "packaging",
        "products",
        "supply",
        "supplies",
        "processors",
        "processing",
        "exports",
        "exporters",
        "traders",
        "trading",
        "foods",
        "hotels",
        "crafts",
        "components",
        "fittings",
        "converters",
        "machinery",
        "engineering",
        "pharma",
        "textiles",
        "storage",
        "charters",
        "fabrication",
        "coatings",
        "avionics",
        "meatpacking",
        "elevators",
        "collective",
        "cooperative",
        "academy",
        "brewing",
        "cooperage",
        "analytics",
        "tours",
        "fragrances",
        "semicon",
        "labs",
        "weavers",
        "pottery",
        "edutech",
        "fintech",
        "foundry",
        "resorts",
        "malting",
        "furniture",
        "stampings",
        "handling",
        "genetics",
        "credit",
        "union",
        "hospitality",
        "dairy",
        "logistics",
        "freight",
    ]
)


def company_word_inside(name: str) -> bool:
    """Whether a word after the first of `name` is a company's ("Zephyr Analytics", "St. Paul Medical")."""
    return any(w.lower() in _COMPANY_WORDS for w in name.split()[1:])


def _company_word_after(text: str, end: int) -> bool:
    """ "Keller Industries", "Northwind Freight": a company's word after the name, or as its last word."""
    last = re.search(r"\S+$", text[:end])
    return bool(_COMPANY_AFTER.match(text, end)) or bool(
        last and _COMPANY_AFTER.fullmatch(" " + last.group(0))
    )


# "has left Kochi Spice Traders", "quit Fargo Sugarbeet": the words a leaving verb takes are the place left
# ("left Jane a voicemail": a message left for her, she is named)
_LEAVING_BEFORE = re.compile(r"\b(?:left|quit|leaving|resigned\s+from|retired\s+from)\s+$", re.IGNORECASE)
_LEFT_FOR_SOMEONE = re.compile(r"\s+(?:a|an|the|vm|voicemail|messages?|msgs?|word|notes?)\b", re.IGNORECASE)


def _the_place_left(text: str, start: int, end: int) -> bool:
    return bool(_LEAVING_BEFORE.search(text[:start])) and not _LEFT_FOR_SOMEONE.match(text, end)


def _preceded_by_place_word(text: str, start: int) -> bool:
    """ "at Granger", "@ NRMC", "from Corbin", "to Keller Logistics": a company, not a person."""
    return bool(
        re.search(r"(?:\b(?:at|from|to|with|of|for|joined)|@|\bover\s+to)\s+$", text[:start], re.I)
    ) and not (
        re.search(
            r"\b(?:(?:talk|talked|talking|spoke|spoken|speaking|chatted|chatting|wrote|emailed|texted|messaged|"
            r"replied|reached\s+out|got\s+through)\s+to|ask\s+for|replaced\s+by|with|over\s+to|(?:gone|going|went|sold\b.{0,60}?)\s+to"
            # "took over from Elodie Martin": the one whose place was taken
            r"|(?:took|takes|taking|taken)\s+over\s+from)\s+$"
            # "new direct line for Tonya", "updated email (id) for Priya": the detail is the person's
            r"|\b(?:number|no\.?|line|mobile|cell|phone|(?:e-?)?mail(?:\s+id)?|address|title|details?|"
            r"contact\s+details|whatsapp)\s+for\s+$",
            text[:start],
            re.I,
        )
        or re.match(rf"{HONORIFIC}\s", text[start:])
    )


def _chinese_people(text: str, items: list[Item], found: list[Item], known: KnownPeople) -> list[Item]:
    """Chinese names: a family name and one or two characters, at a cue (叫, 是, a colon, a space) or right
    before a change word or a detail; 张总/王经理 (family name + title) too. A family name is one of the
    common ones or one the organisation's contacts have; any family name where the message introduces the
    name outright (叫孔伟, a signature line)."""
    people: list[Item] = []
    taken = [(i.start, i.end) for i in found] + [(i.start, i.end) for i in items if i.kind == "title"]
    for m in honorific(known, after_name=False).finditer(text):
        if not overlaps(m.span(), taken) and not everyday_pair(m.group(0)):
            people.append(Item("person", m.start(), m.end(), m.group(0)))
    taken += [(p.start, p.end) for p in people]
    details = [i.start for i in items if i.kind in ("email", "phone", "wechat")]
    for run in re.finditer(rf"{_CN_NAME_CHARS}+", text):
        for index in range(run.start(), run.end() - 1):
            if text[index] in "万千百亿" and _NUMERAL_BEFORE.search(text, 0, index):
                continue  # "欧元九万不变": 万 counts the figure, no family name
            if text[index] in "成为" and index > 0 and text[index - 1] in "换改变":
                continue  # 换成李娜: 成 is the verb's
            familiar = is_family_name(text[index], known)
            introduced = None if familiar else _introduced_name(text, index, run.end(), details)
            if introduced is False:
                continue
            for size in (3, 2):
                end = index + size
                if end > run.end() and not (size == 2 and end == run.end() + 0):
                    continue
                if introduced is not None and introduced is not True and end != introduced:
                    continue  # "应该是 138…": a name before its number is all the words there
                name = text[index:end]
                if len(name) < size or any(c in _CN_STOP_CHARS for c in name[1:]):
                    continue
                if overlaps((index, end), taken):
                    continue
                cued = bool(_CN_BEFORE_CUE.search(text[max(0, index - 6) : index]))
                everyday = size == 2 and introduced is None and everyday_chinese(name)
                if everyday and not cued and name not in known.chinese:
                    continue  # "要一份英文版方案 另外…": 方案 is a plan, no Mr Fang
                before_ok = cued or _after_company(text, index)
                after_ok = bool(_CN_AFTER.match(text, end)) or bool(CN_TITLE.match(text, end))
                # "李明接替王芳了": the one whose place is taken, named last in the sentence
                after_ok = after_ok or bool(
                    PLACE_TAKEN.search(text, 0, index) and re.match(r"了?(?:[。！!.]|$)", text[end:])
                )
                if size == 3 and _CN_AFTER.match(text, end - 1) and not after_ok:
                    continue
                if size == 3 and _COMPANY_END.search(text[: index + 1]):
                    continue  # "果园贸易严冬": 易 ends the company's name
                if before_ok and after_ok:
                    people.append(Item("person", index, end, name))
                    taken.append((index, end))
                    break
    return people


# A taking-over word with the one whose place is taken named right after it: "Pierre replaces Elodie Martin",
# "Tom took over from Jane", "李明接替王芳" (`whose_news`: that one has left)
PLACE_TAKEN = re.compile(
    r"(?:is\s+)?(?:replaces|replacing|replaced)\s+$|(?:took|takes|taking|has\s+taken)\s+over\s+from\s+$"
    r"|(?:接替|顶替|接任)了?$",
    re.IGNORECASE,
)
_NUMERAL_BEFORE = re.compile(r"[\d〇零一二两三四五六七八九十百千]\s*$")

# Words that introduce a name outright: after them any family name is read as one (叫孔伟, 姓名：蔺芳)
_NAMES_IT = re.compile(r"(?:叫|叫做|名叫|名字是|名字叫|姓名\s*[:：]?)\s*$")


def _introduced_name(text: str, index: int, run_end: int, details: list[int]) -> bool | int:
    """A name of a family name outside the common ones, said where a name must stand: right after 叫 or
    姓名 (True), or written alone (2 or 3 characters, its end returned) right before its phone, email or
    WeChat id ("财务 易小川 137…") or on its own line of a signature that gives one; False otherwise."""
    if text[index] not in wide_family_names():
        return False
    if _NAMES_IT.search(text[max(0, index - 6) : index]):
        return True
    if not (2 <= run_end - index <= 3 and details) or everyday_chinese(text[index:run_end]):
        return False  # "成本 1370…": an everyday word before a number is no name
    gap = _BEFORE_ITS_NUMBER.match(text[run_end:])
    if run_end + (gap.end() if gap else 0) in details:
        return run_end  # the name and its number: "财务 易小川 13711112222"
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    alone = line.strip() == text[index:run_end] and any(at >= line_start for at in details)
    return run_end if alone else False


# Between a name and its number: spaces, a comma, a label ("季晓峰，手机139…", "易小川 电话: 137…").
_BEFORE_ITS_NUMBER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]{1,12}(?=[ \t:：,，]))?"  # the English name they go by: "鄺嘉樂 Kelvin，電話…"
    r"[ \t:：,，]*(?:(?:手机号?码?|电话(?:号码)?|联系电话|微信号?|邮箱|tel|mobile|mob|cell|phone|email)"
    r"[ \t:：]*)?",
    re.IGNORECASE,
)


# The last word of a Chinese company name: a name written right after it starts after it ("果园贸易严冬")
_COMPANY_END = re.compile(
    r"(?:公司|集团|科技|医疗|电子|物流|软件|精工|建材|包装|食品|五金|塑胶|纺织|花卉|茶业|水产|钢构|粮油|货运|模具|"
    r"火锅|教育|贸易|百货|药业|酒店|银行|医院|工厂|工业|机械|汽配|照明|化工|器械|服装|印务|陶瓷|环保|餐饮|实业|"
    r"商贸|置业|地产|传媒|文化|咨询|制造|设备|材料|能源|汽车|船配|冷链|装饰|超市|商场|诊所|学校)$"
)


def _after_company(text: str, index: int) -> bool:
    """ "中鼎精工祝海波", "康瑞医疗阮思远": a company's words right before the name."""
    return bool(_COMPANY_END.search(text[:index]) or re.search(r"[\u4e00-\u9fff]{2}的?$", text[:index]))


def words_before(text: str, change: Item) -> Item | None:
    """ "sean gallagher has left …", "ruth calder (monday foods) retired": a name written in lowercase at the
    start of the sentence (the CRM says whether it is someone's)."""
    start = max((m.end() for m in SENTENCE.finditer(text, 0, change.start)), default=0)
    start = max(start, text.rfind(":", start, change.start) + 1, text.rfind("：", start, change.start) + 1)
    dashes = [m.end() for m in re.finditer(r"\s[-–—]+\s", text[start : change.start])]
    start += dashes[-1] if dashes else 0  # "omaha stockyards - wade left": a heading before a dash too
    words = text[start : change.start]  # "twin ports: erik retired": the heading before a colon is no name
    m = re.match(
        r"\s*(?P<name>[a-z\u00e0-\u024f][\w'’-]+(?:\s+[a-z\u00e0-\u024f][\w'’-]+)?)"
        r"(?:\s*\([^()]{2,40}\)|\s+(?:at|from|@)\s+[^,;]{2,40}?)?\s*(?:has\s+|have\s+|just\s+|already\s+)*$",
        words,
    )
    if m is None or any(w in lx.STOPWORDS or w in _NOT_NAMES for w in m.group("name").split()):
        return None
    return Item("person", start + m.start("name"), start + m.end("name"), m.group("name"))
