"""What a message says about people: who is named, and which title, phone, email, WeChat id or change
(left, retired, moved to another company, promoted, replaced, a new contact, a name spelled right) goes
with whom.

One general reader instead of one pattern per phrasing. The message is read as items in order: people
(a capitalised name, a name after a cue word such as "new buyer:" or 叫, a Chinese name right before a
detail or a change word, 张总-style family name + title, a pronoun), details (email, phone, WeChat id,
a title: words ending in a role noun, 采购经理) and change words. Each detail then goes to the person it
is said of: the nearest one before it in the same sentence, else the one right after it ("the new owner
is Marty Kemp"), else the person a pronoun points back to. People who are not the customer's contacts
(the rep's boss or colleague, a competitor's rep, family) take no detail.

The parts, each in the module named for what it decides: `person_names` (which words name a person),
`person_details` (which are a title, phone, email, WeChat id), `contact_changes` (which say a contact
changed), `no_contact` (who named is no contact), `whose_news` (which person each is said of). Nothing
here queries the database: what the organisation knows comes in as `known` (its contacts' names, from
`known_people`), and `contacts.py` links each person to a known contact or adds a new one.
"""

from __future__ import annotations

import re

from handlers.parsing.hanzi import simplified
from handlers.understanding.contact_changes import change_words, moved_to
from handlers.understanding.known_people import NOBODY, KnownPeople, has_given_name
from handlers.understanding.people_items import ContactNews, Item, overlaps
from handlers.understanding.person_details import CN_DEPT, read_details
from handlers.understanding.person_names import lowercase_names, named_people
from handlers.understanding.reading import DETAIL_LABELS, Reading
from handlers.understanding.whose_news import assemble

__all__ = [
    "ContactNews",
    "details_are_not_interactions",
    "not_contacts",
    "pasted_signature",
    "read_news",
    "said_of_people",
]


def not_contacts(text: str, known: KnownPeople = NOBODY) -> list[tuple[int, int]]:
    """Where the message names people who are no contacts of the customer: our boss, a colleague, a
    competitor's rep, family ("今天跟我们王总一起去拜访了…", "her husband Marc")."""
    return [(i.start, i.end) for i in _items(simplified(text), known) if i.kind == "person" and i.blocked]


def said_of_people(text: str, known: KnownPeople = NOBODY) -> list[tuple[int, int]]:
    """Where the message says something about people: the contact news (its details, and everyone named
    beside it) and the people named who are no contacts ("our 王总"): words the reader understood."""
    items = _items(simplified(text), known)
    news = read_news(text, known)
    spans = [(i.start, i.end) for i in items if i.kind == "person" and (i.blocked or news)]
    for one in news:  # with news, the others named are its context ("Luke's still the main guy")
        spans += one.details
        for start, _ in one.details:  # "Tel. +49 …", "Mobile: 0412 …": the label of a detail
            label = _DETAIL_LABEL.search(text, max(0, start - 16), start)
            if label:
                spans.append(label.span())
    return spans


_DETAIL_LABEL = re.compile(
    r"\b(?:tel|telephone|mob|mobile|cell|ph|phone|direct|office|work|fax|e-?mail|mail|whatsapp)\b\.?\s*[:：]?\s*$",
    re.IGNORECASE,
)


def pasted_signature(text: str, known: KnownPeople = NOBODY) -> bool:
    """A pasted signature block: a line that is a person's name alone, with a phone number, an email or a
    WeChat id on one of the few lines after it ("--\nMarcia Oyelaran\nSenior Buyer\nm: (402) 555-0187")."""
    plain = simplified(text)
    items = _items(plain, known)
    for person in (i for i in items if i.kind == "person" and not i.blocked):
        start = plain.rfind("\n", 0, person.start) + 1
        end = plain.find("\n", person.end)
        end = len(plain) if end < 0 else end
        if plain[start:end].strip(" \t-–—") != plain[person.start : person.end]:
            continue
        below = "\n".join(plain[end:].split("\n")[:6])
        if any(i.kind in ("email", "phone", "wechat") and end <= i.start < end + len(below) for i in items):
            return True
    return False


def read_news(text: str, known: KnownPeople = NOBODY) -> list[ContactNews]:
    """The people the message says something about, with what it says, in the order said. `known`: the
    organisation's contacts (`known_people.people_known_to`), whose family names are read as names."""
    plain = _HAS_LEFT.sub("  ", simplified(text))  # same length: positions hold
    names = frozenset(n.lower() for n in known.latin | known.chinese)
    return assemble(plain, text, _items(plain, known), names)


# "kylie brennan's left parramatta steel": "'s" is "has", not whose (blanked, so that the name ends there)
_HAS_LEFT = re.compile(
    r"(?<=[a-z])['’]s(?=\s+(?:left|quit|resigned|retired|moved\s+on|gone)\b)", re.IGNORECASE
)


def _items(plain: str, known: KnownPeople) -> list[Item]:
    named = lowercase_names(plain)
    items = read_details(plain, [(p.start, p.end) for p in named], known) + change_words(plain)
    places = [span for i in items if i.kind == "move" and (span := moved_to(plain, i))]
    people = named_people(plain, items, known)  # "去了桦林工具": no 林工 in the company's name
    items += [p for p in people if not overlaps((p.start, p.end), places)]
    items = _signature_titles(plain, items)
    items = _department_of(plain, items)
    items.sort(key=lambda i: (i.start, -i.end))
    return items


def _signature_titles(plain: str, items: list[Item]) -> list[Item]:
    """A person's fields listed on one line, set apart by "|" (a pasted signature: "Dr. Katrin Vogelsang |
    Leiterin Einkauf | +49 …") or by commas ("New contact at X: Marta Nowak, Kierownik Zakupów, marta@…,
    +48 …"): one person, named in its first field that names someone. The field right after the name that
    reads as a name with no first name in it is that person's title in another language ("Leiterin
    Einkauf", "Kierownik Zakupów", "Einkaufsleiterin", "Gerente de Compras"); on a "|" line any field read
    as a name after it is (no second person signs one line), and so is the field right after the name when
    it holds nothing else read ("Directrice des achats")."""
    out = list(items)
    for line in re.finditer(r"[^\n]+", plain):
        for bar in (True, False):
            out = _listed_title(plain, line.start(), line.group(), out, bar)
    return out


def _listed_title(plain: str, offset: int, line: str, items: list[Item], bar: bool) -> list[Item]:
    fields = [
        (offset + m.start() + len(m.group()) - len(m.group().lstrip()), offset + m.end())
        for m in re.finditer(r"[^|｜]+" if bar else r"[^,，;；|｜]+", line)
    ]
    fields = [(a, a + len(plain[a:b].rstrip())) for a, b in fields]
    end = offset + len(line)
    if len(fields) < 3 or not any(
        i.kind in ("phone", "email", "wechat") and offset <= i.start < end for i in items
    ):
        return items
    out = items
    for k, (a, b) in enumerate(fields[:-1]):
        signer = next((i for i in out if i.kind == "person" and a <= i.start and i.end == b), None)
        if signer is None:
            continue
        c, d = fields[k + 1]
        inside = [i for i in out if c <= i.start < d]
        as_name = bool(inside) and all(i.kind == "person" for i in inside) and inside[0].start == c
        if bar:
            titled = any(i.kind == "title" and offset <= i.start < end for i in out)
            if (as_name or (not inside and not titled)) and re.search(r"[^\W\d_]", plain[c:d]):
                out = [i for i in out if i not in inside] + [Item("title", c, d, plain[c:d])]
            # further fields read as names are no second signer: the company ("… | Galway Bay Software | …")
            later = fields[k + 2 :]
            out = [i for i in out if not (i.kind == "person" and any(i.start == f[0] for f in later))]
        elif (as_name or _title_then_kind(inside, c, d)) and not has_given_name(plain[c:d]):
            out = [i for i in out if i not in inside] + [Item("title", c, d, plain[c:d])]
        break
    return out


def _title_then_kind(inside: list[Item], c: int, d: int) -> bool:
    """The listed field is a title the list of departments does not know the kind of ("VP Growth",
    "Director Devrel"): its role read as a title, the rest read as a name; the field is the title."""
    return (
        len(inside) == 2
        and inside[0].kind == "title"
        and inside[0].start == c
        and inside[1].kind == "person"
        and inside[1].end == d
    )


# "以后找采购部的沈佳", "搵IT部嘅張家明": the department a person is said to be of is their title
_OF_DEPARTMENT = re.compile(rf"({CN_DEPT})(?:部|科|处|室|组|中心)(?=(?:的|嘅|之)$)")


def _department_of(plain: str, items: list[Item]) -> list[Item]:
    out = list(items)
    for person in (i for i in items if i.kind == "person" and not i.blocked):
        m = _OF_DEPARTMENT.search(plain, max(0, person.start - 12), person.start)
        if m is None:
            continue
        out = [i for i in out if not (i.kind == "title" and overlaps((i.start, i.end), [m.span()]))]
        out.append(Item("title", m.start(), m.end(1), m.group(1)))  # the department: 采购, IT
    return out


def details_are_not_interactions(reading: Reading) -> None:
    """ "jane's new email is …", "袁部长电话换了：…": the kind word names the detail being changed;
    "裴玉离职了，去了永胜包装当销售经理": the word of a move to another company is no visit."""
    news = read_news(reading.text, reading.people) if reading.kind_span is not None else []
    if not news or reading.kind_span is None:
        return
    start, end = reading.kind_span
    word = reading.text[start:end].lower()
    moved = any(n.joins and n.span[0] <= start and end <= n.joins[0] for n in news)
    # the channel the news of a known contact came by, not the detail changed: "罗斌发微信，新手机号…",
    # "孟经理微信说换邮箱了" (someone new introduced so stays a detail: tried in session 49, a held message
    # with a new contact was stored wrong)
    sent = not any(n.new for n in news) and bool(
        _SENT_BY.search(reading.text[max(0, start - 12) : start]) or _SENT_THAT_WAY.match(reading.text, end)
    )
    # a reply that came, whoever it brings: "羅營運長 email回來了，說之後新的窗口是 周柏翰" (the email is how)
    sent = sent or bool(
        _A_REPLY_CAME.match(reading.text, end) or _REPLIED_BY.search(reading.text[max(0, start - 4) : start])
    )
    if (word in DETAIL_LABELS and not sent) or moved:  # "去了永胜包装当销售经理": a move, no visit
        reading.kind = reading.kind_span = None


# A channel said as how the news came: "发微信", "微信发了新邮箱", "微信说换邮箱了", "WhatsApp'd me his new
# email".
# "打了个电话，他换手机号了", "加了微信，手机号…", "got a mail from Ronan", "Kemi whatsapp me, … new number"
_SENT_BY = re.compile(
    r"(?:发了?|回了?|通过|用|打了?(?:一?个|一?通)?|加了?|(?:got|received|had)\s+(?:an?\s+)?)$", re.IGNORECASE
)
_SENT_THAT_WAY = re.compile(
    r"(?:发|说|講|讲|告诉|聊|里|上|留言|语音|消息|'?d\b|ed\b|\s+(?:me|us|from)\b)", re.IGNORECASE
)
# A message come back by that channel: "email回來了" (folded: 回来了), "邮件回过来了", "回email了",
# "emailed back".
_A_REPLY_CAME = re.compile(r"\s*(?:回来|回過来|回过来|回复|过来|来了)|\s+back\b", re.IGNORECASE)
_REPLIED_BY = re.compile(r"回了?\s*$")
