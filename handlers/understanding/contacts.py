"""Contact details said in passing are stored on the contact, not only in a note.

"tom reyes cell: 503-555-0199", "华为张伟的邮箱改成 zhang.wei@huawei.com", "Jane left Acme Corp, Sarah Lee
is the new CTO", "浦江医疗赵敏升职了，现在是采购部部长", "金山软件韩磊离职了": the phone, email or title goes
on the person the message names (a known contact, or a new one when the name is written out), and a
person who left is marked as left the way /left does it (handlers.domain.contacts.contact_left): off the
current list, still named in the history.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from crm_store.models import Contact, Customer
from crm_store.repos.base import UNSET
from crm_store.search import normalize_name
from crm_store.search.normalize import unaccented
from crm_store.search.scoring import without_honorific
from handlers.context import Ctx
from handlers.domain.contacts import (
    ContactFields,
    NewContact,
    add_contact,
    contact_left,
    mentioned_contact,
    update_contact,
)
from handlers.parsing.hanzi import simplified
from handlers.questions import NeedChoice, Option
from handlers.resolve import customer_key, decide, resolve_customer
from handlers.understanding import lexicon as lx
from handlers.understanding.known_people import has_given_name, people_known_to
from handlers.understanding.people import ContactNews, read_news
from handlers.understanding.person_names import HONORIFIC
from handlers.understanding.reading import CJK

__all__ = [
    "ContactNews",
    "introduced_but_known",
    "names_customer",
    "news_person",
    "read_news",
    "store_news",
    "store_one",
]

_NAME = re.compile(
    rf"^(?:{HONORIFIC}\s+)?[A-Z\u00c0-\u024f][\w'’-]+(?:\s+[A-Z\u00c0-\u024f][\w'’-]+){{1,2}}$"
    r"|^[\u4e00-\u9fff]{2,3}$"
)


def names_customer(words: str, customer: Customer) -> bool:
    """Whether `words` ("Lumen", "monday foods") name `customer` (the start of its name or of an alias)."""
    said = normalize_name(words)
    if not said:
        return False
    names = [normalize_name(n) for n in (customer.name, *(customer.aliases or []))]
    return any(n and (n.startswith(said) or said.startswith(n)) for n in names)


def _other_person(written: str, known: str) -> bool:
    """ "Holly Quinn" written, Rory Quinn known; "Sloane Mitchell" written, Sloane Patterson known: a full
    name whose first or family name differs is someone else."""
    said, have = _bare(written).split(), _bare(known).split()
    if len(said) < 2 or len(have) < 2:
        return False
    if _in_order(said, have):  # "Paulo Henrique" of Paulo Henrique Sartori: the names they go by, in order
        return False
    first = have[0].startswith(said[0]) or said[0].startswith(have[0])
    family = have[-1].startswith(said[-1]) or said[-1].startswith(have[-1])
    return not (first and family)


def _in_order(said: list[str], have: list[str]) -> bool:
    """Whether every word said is one of the known name's words, in their order."""
    rest = iter(have)
    return all(word in rest for word in said)


# ("new purchasing officer is Bec Tranter" names the successor: only "is now", "became" say what one is)
_NOW_AS = re.compile(
    r"\b(?:(?:is|was)\s+now|became|becomes|has\s+become)\s+(?:the\s+)?(?:new\s+)?$", re.IGNORECASE
)


def _a_title_said(text: str, who: str) -> bool:
    """Whether `who` is a title said of someone ("he is now Leiter Einkauf there"): after "is now", with no
    given name in it."""
    at = text.find(who)
    return at > 0 and _NOW_AS.search(text[max(0, at - 24) : at]) is not None and not has_given_name(who)


_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+$", re.IGNORECASE)
_INTO_A_PLACE = re.compile(r"\b(?:into|across|out\s+of)\s+$", re.IGNORECASE)  # (where no one is said to go)


def _no_person(text: str, who: str, customer: Customer) -> bool:
    """Whether the words read as the person's name are the customer's name or a place ("into Delta"; not
    "brought in Nora Finch": a given name is a person's)."""
    at = text.find(who)
    before = text[max(0, at - 12) : at] if at > 0 else ""
    place = bool(_INTO_A_PLACE.search(before)) or (
        bool(_A_PLACE_BEFORE.search(before)) and not has_given_name(who)
    )
    return place or names_customer(who, customer)


def _bare(name: str) -> str:
    """The name without its honorific (Dr, Puan, -san), in lowercase, its accents dropped ("Renee" is
    Renée)."""
    plain = without_honorific(re.sub(rf"^{HONORIFIC}\s+", "", name, flags=re.IGNORECASE)).lower()
    return unaccented(plain)


# A person said with their customer after a Spanish "de" ("Irma de Lácteos", "Juan Carlos de Café Chiapas"),
# which the name reader keeps as part of the name (as in "Juan de la Cruz")
_OF_CUSTOMER = re.compile(r"(.+?)\s+(?:de|del)\s+(.+)")


def _person(
    ctx: Ctx, customer: Customer, who: str, text: str, *, left: bool = False, new: bool = False
) -> tuple[Contact | None, str | None]:
    """The known contact meant, else the name of a new one (only when written out as a name)."""
    of = _OF_CUSTOMER.fullmatch(who)
    if of and names_customer(of.group(2), customer):
        who = of.group(1)  # "hablé con Irma de Lácteos": Irma, of the customer Lácteos Chihuahua
    if who:
        known = mentioned_contact(ctx, customer, who)
        if known is not None and not _other_person(who, known.name):
            return known, None
        if not left and _no_person(text, who, customer):
            # "lunch w/ Marek, Wroclaw Elektronika. his new mobile …", "expanding into Delta. new cell …":
            # the detail is of the person the message names
            return mentioned_contact(ctx, customer, text), None
        if _a_title_said(text, who):
            return None, None  # "he is now Leiter Einkauf there": what someone named is, no new person
        if (
            _NAME.match(who)
            and who.lower() not in customer.name.lower()
            and not names_customer(who, customer)
        ):
            return None, who
        first_name = re.fullmatch(r"[A-Z\u00c0-\u024f][a-z\u00e0-\u024f'’-]+", who)
        if new and first_name and not names_customer(who, customer):
            return None, who  # "new guy, Tom something, tom.r@…": a first name is all that was said
        if not left and not who[:1].isupper() and " " not in who:
            return mentioned_contact(ctx, customer, text), None  # "priya at brightwater got promoted"
        return None, None
    return mentioned_contact(ctx, customer, text), None


# The company a leaving verb names: "Renata is there now (she left SP Metalurgica)" (not "left a voicemail").
_LEFT_A_PLACE = re.compile(
    r"\b(?:left|quit|resigned\s+from|retired\s+from)\s+"
    r"(?!(?:A|An|The|Us|Them|Him|Her|It|Today|Yesterday|Last|This|In|On|At|For)\b)((?:[A-Z][\w&'’.-]*\s*){1,4})"
)


def _left_another(text: str, news: ContactNews, customer: Customer) -> bool:
    """Whether the person is said to have left another company than `customer`: the one they left is not
    the one the message is about ("meeting at Sorocaba Autopeças, Renata is there now (she left SP
    Metalurgica)": she is at Sorocaba)."""
    place = _LEFT_A_PLACE.search(text, news.span[0], min(len(text), news.span[1] + 80))
    return place is not None and not names_customer(place.group(1).strip(), customer)


def store_news(ctx: Ctx, customer: Customer, text: str, *, skip: str = "") -> list[str]:
    """Apply what the message says about the customer's people; one line per person changed."""
    lines = [store_one(ctx, customer, news, text, skip) for news in read_news(text, people_known_to(ctx))]
    return [line for line in lines if line]


def store_one(ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str = "") -> str | None:
    """Apply one piece of contact news read from `text`; the line saying what changed, if anything did."""
    if news.joins is not None:
        return _moved(ctx, customer, news, text, skip)
    contact, new_name = _news_contact(ctx, customer, news, text, skip)
    if contact is None and new_name is None:
        return None
    if news.left:
        if contact is None or _left_another(text, news, customer):
            return None
        contact_left(ctx, contact)
        return ctx._("{name} has left {customer}", name=contact.name, customer=customer.name)
    fields = _fields(news)
    if news.title and (_piece_of_the_name(news.title, customer) or _said_in_the_name(news, text, customer)):
        del fields["title"]  # "Sioux Falls Vet is back – Carla…": "Falls Vet" is the customer's name
    if contact is not None and news.title and _same_title(news.title, contact.title):
        del fields["title"]  # "she's the GM there now" of their General Manager: nothing new
    if contact is not None and news.renamed and news.renamed != contact.name:
        fields = {"name": news.renamed, **fields}
    # a WeChat id alone is news too ("刘强 微信 liuqiang_bj"), unless it is the one kept already
    wechat_new = bool(news.wechat) and (contact is None or (contact.extra or {}).get("wechat") != news.wechat)
    if not fields and not wechat_new and not (contact is None and news.new):
        return None
    if contact is None:
        contact = add_contact(ctx, NewContact(customer, new_name or "", **_stored(fields)))
        _keep_wechat(ctx, contact, news)
        line = ctx._("New contact at {customer}: {name}", customer=customer.name, name=contact.name)
    else:
        given = ContactFields(
            name=fields.get("name", UNSET),
            title=fields.get("title", UNSET),
            phone=fields.get("phone", UNSET),
            email=fields.get("email", UNSET),
        )  # the details with a column of their own (as `_stored`)
        update_contact(ctx, contact, given)
        _keep_wechat(ctx, contact, news)
        line = ctx._("Contact updated: {name}", name=contact.name)
    shown = [str(v) for k, v in fields.items() if k != "name"] + ([news.wechat] if news.wechat else [])
    return " · ".join([line, *shown])


def contact_by_title(ctx: Ctx, customer: Customer, text: str) -> Contact | None:
    """The one contact at `customer` whom `text` calls by the title on record, with no name: "met the
    Inhaber at Schlossberg" of their Inhaber, "跟北辰精密的採購經理吃飯" of their 採購經理. None when no
    title or two contacts' titles are said."""
    plain = simplified(text).lower()
    found = []
    for contact in ctx.store.customers.contacts(customer.id):
        title = simplified(contact.title or "").strip().lower()
        if len(title) < 2:
            continue
        said = _CN_TITLE_SAID if CJK.match(title) else _TITLE_SAID
        if re.search(said.format(title=re.escape(title)), plain):
            found.append(contact)
    return found[0] if len(found) == 1 else None


def contact_by_slip(ctx: Ctx, customer: Customer, text: str) -> Contact | None:
    """The one contact at `customer` whose first name the person talked to is typed with one slip ("spoke to
    lucious at wayne" of Lucius Fox): a word of five letters or more right after a verb of talking, one
    letter off that name and no other contact's. None otherwise."""
    said = [
        m.group(1).lower()
        for m in _TALKED_TO.finditer(unaccented(text))
        if not (m.group(1)[0].isupper() and has_given_name(m.group(1)))  # "met Joanne": another name
    ]
    if not said:
        return None
    found = []
    for contact in ctx.store.customers.contacts(customer.id):
        first = unaccented(contact.name.split()[0]).lower() if contact.name.split() else ""
        if len(first) >= 5 and any(
            word[0] == first[0] and word != first and Levenshtein.distance(word, first, score_cutoff=1) <= 1
            for word in said
        ):
            found.append(contact)
    return found[0] if len(found) == 1 else None


_TALKED_TO = re.compile(
    r"\b(?:spoke|spoken|speaking|talked|talking|chatted|met|meeting|called|calling|call|rang|emailed|texted)"
    r"(?:\s+(?:to|with|w/?|w))?\s+([a-z]{5,})\b",
    re.IGNORECASE,
)


# A title said for its holder: after a determiner ("the Inhaber", "our purchasing manager"), after 的 or a
# verb of meeting ("北辰精密的採購經理", "跟採購經理吃飯"), never after a family name (张经理 is Mr Zhang).
_TITLE_SAID = rf"\b(?:{lx.DETERMINERS})\s+{{title}}\b"
_CN_TITLE_SAID = r"(?:^|[的跟和与同找见约拜访\s,，、])(?:[\u4e00-\u9fff]{{0,2}}部)?{title}"


def _same_title(said: str, held: str | None) -> bool:
    """Whether the title said is the one on record, written alike or as its initials ("GM" of "General
    Manager", "ceo" of "Chief Executive Officer")."""
    if not held:
        return False
    said, held = simplified(said).strip().lower(), simplified(held).strip().lower()
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", held) if w not in ("of", "and", "the"))
    if said == held or (said.isalpha() and len(said) >= 2 and said == initials):
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]{2,}", said) and held.endswith(said):
        return True  # "总监" of "招商总监": the title on record said short
    if _polish_title_in_english(held) == set(said.split()):
        return True  # "logistics manager" of "Kierownik Logistyki": the title on record, said in English
    # "ops manager" of "Operations Manager", "sales mgr" of "Sales Manager": each word cut short
    words, have = said.split(), held.split()
    return len(words) == len(have) > 1 and all(
        h.startswith(w.rstrip(".")) or _ABBREVIATED.get(w.rstrip(".")) == h
        for w, h in zip(words, have, strict=True)
    )


# The words of Polish titles, in English ("Kierownik Logistyki" is a logistics manager).
_POLISH_TITLE_WORDS = {
    "kierownik": "manager", "dyrektor": "director", "prezes": "president", "logistyki": "logistics",
    "zakupow": "purchasing", "operacyjny": "operations", "techniczny": "technical", "produkcji": "production",
    "floty": "fleet", "wlasciciel": "owner", "wlascicielka": "owner", "sprzedazy": "sales",
}  # fmt: skip


def _polish_title_in_english(held: str) -> set[str] | None:
    """The English words of a Polish title on record, when each of its words is in `_POLISH_TITLE_WORDS`."""
    words = [_POLISH_TITLE_WORDS.get(w) for w in unaccented(held).split()]
    return {w for w in words if w} if words and all(words) else None


_ABBREVIATED = {
    "ops": "operations", "biz": "business", "mgr": "manager", "dir": "director", "sr": "senior",
    "asst": "assistant", "eng": "engineer", "acct": "account", "mktg": "marketing", "purch": "purchasing",
}  # fmt: skip


def _fields(news: ContactNews) -> dict[str, str]:
    return {k: v for k, v in (("title", news.title), ("email", news.email), ("phone", news.phone)) if v}


def _piece_of_the_name(words: str, customer: Customer) -> bool:
    """Whether `words` are a run of the customer's name's words, each said whole or cut short ("Falls Vet" of
    "Sioux Falls Veterinary Hospital")."""
    said = words.lower().split()
    if len(said) < 2:
        return False  # one word ("Manager" of "X Management") may well be a title
    for name in (customer.name, *(customer.aliases or [])):
        have = name.lower().split()
        for i in range(len(have) - len(said) + 1):
            if all(have[i + k].startswith(w) for k, w in enumerate(said)):
                return True
    return False


def _said_in_the_name(news: ContactNews, text: str, customer: Customer) -> bool:
    """The title was read inside the customer's name as written ("紅磡理工顧問關偉業": 顧問 ends the firm's
    name "紅磡理工顧問有限公司", no one's title): each place it is said, the words before it run on the
    name."""
    title = simplified(news.title or "")
    text = simplified(text)  # the message may come simplified, the name written in traditional characters
    names = [simplified(n) for n in (customer.name, *(customer.aliases or [])) if n]
    places = [m.start() for m in re.finditer(re.escape(title), text)] if title else []
    return bool(places) and all(
        any(text[max(0, at - 2) : at + len(title)] in name for name in names) and at >= 2 for at in places
    )


def _stored(fields: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in fields.items() if k in ("name", "title", "email", "phone")}


def _keep_wechat(ctx: Ctx, contact: Contact, news: ContactNews) -> None:
    """A WeChat id has no column of its own: it is kept with the contact's other details."""
    if news.wechat:
        update_contact(ctx, contact, ContactFields(extra={**(contact.extra or {}), "wechat": news.wechat}))


def _moved(ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str) -> str | None:
    """ "Y moved from X Logistics to X Industries", "阮思远跳槽去中鼎集团了": left the one, added at the other
    (with the title said; the phone when "same cell"). The customer found for the message may be either."""
    assert news.joins is not None
    words = text[news.joins[0] : news.joins[1]]
    decision = decide(ctx.store.search.customers(words, limit=5), words)
    if decision.winner is None and customer_key(words) in ctx.picks:
        joined: Customer | None = resolve_customer(ctx, words)
    else:
        if decision.winner is None:
            _ask_if_shared(ctx, words)
        joined = ctx.store.customers.require(decision.winner.customer_id) if decision.winner else None
    if joined is not None and joined.id == customer.id:  # the message named where they went
        before = _known_elsewhere(ctx, customer, news.who)
    else:
        before, _ = _news_contact(ctx, customer, news, text, skip)
    lines = []
    if before is not None:
        contact_left(ctx, before)
        lines.append(
            ctx._("{name} has left {customer}", name=before.name, customer=_customer_name(ctx, before))
        )
    if joined is not None and (before is not None or _NAME.match(news.who)):
        name = before.name if before is not None else news.who
        same_phone = (
            before.phone
            if before is not None
            and re.search(r"same\s+(?:cell|phone|number|mobile)|手机没变|号码没变", text, re.I)
            else None
        )
        fields = {
            k: v
            for k, v in (("title", news.title), ("phone", news.phone or same_phone), ("email", news.email))
            if v
        }
        added = add_contact(ctx, NewContact(joined, name, **fields))
        _keep_wechat(ctx, added, news)
        line = ctx._("New contact at {customer}: {name}", customer=joined.name, name=added.name)
        lines.append(" · ".join([line, *fields.values(), *([news.wechat] if news.wechat else [])]))
    elif before is not None and news.wechat:  # gone to a company that is no customer: the WeChat is theirs
        _keep_wechat(ctx, before, news)
        lines[-1] = f"{lines[-1]} · {news.wechat}"
    return "\n".join(lines) or None


def _ask_if_shared(ctx: Ctx, words: str) -> None:
    """Where someone went, said in words that several customers' names share ("去了天津那家" with three in
    天津): which one is asked, never taken for nowhere (only the leaving stored)."""
    head = words.strip()[:2] if CJK.match(words.strip()) else (words.split() or [""])[0]

    if len(head) < 2:
        return
    shared = {
        m.customer_id: m
        for m in ctx.store.search.customers(head, limit=8)
        if head.casefold() in m.name.casefold()
    }
    if len(shared) < 2:
        return
    options = [Option(m.name, m.customer_id) for m in shared.values()]
    raise NeedChoice(
        customer_key(words), ctx._("Which customer do you mean by “{name}”?", name=words.strip()), options
    )


def _known_elsewhere(ctx: Ctx, customer: Customer, who: str) -> Contact | None:
    """The one current contact of another customer with this full name."""
    if not who:
        return None
    found = [c for c in ctx.store.customers.find_contacts(who) if c.customer_id != customer.id and c.current]
    exact = [c for c in found if _bare(c.name) == _bare(who)]
    return exact[0] if len(exact) == 1 else None


def _customer_name(ctx: Ctx, contact: Contact) -> str:
    return ctx.store.customers.require(contact.customer_id).name


def news_person(ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str = "") -> str | None:
    """The name of the person one piece of news is about, as it will be stored (nothing is written)."""
    contact, new_name = _news_contact(ctx, customer, news, text, skip)
    return contact.name if contact is not None else new_name


def introduced_but_known(
    ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str = ""
) -> Contact | None:
    """The known contact a "new contact" names with another title than the one on record, whose e-mail or
    phone the news would replace too ("new contact at wayne: Lucius Fox, CFO, lucius.fox@…" with a Lucius
    Fox, CTO, on record): the same person changed, or another of the name? Asked, never overwritten unseen.
    (The title on record said again with a new number is that person's news: "Werner's the new mill manager
    there, his number is …".)"""
    if not news.new or not news.title:
        return None
    contact, _ = _news_contact(ctx, customer, news, text, skip)
    if contact is None or not contact.title or _same_title(news.title, contact.title):
        return None
    said = {"email": news.email, "phone": news.phone}
    held = {"email": contact.email, "phone": contact.phone}
    changed = [
        k
        for k, v in said.items()
        if v and held[k] and simplified(v).lower() != simplified(held[k] or "").lower()
    ]
    return contact if changed else None


def _news_contact(
    ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str
) -> tuple[Contact | None, str | None]:
    """The known contact the news is about, else the name of a new one (the skipped words name no one)."""
    words = text.replace(skip, " ") if skip else text
    introduced = news.new and bool(news.email or news.phone)
    contact, new_name = _person(ctx, customer, news.who, words, left=news.left, new=introduced)
    if contact is None and new_name is None and not news.who and words != text:
        contact = mentioned_contact(ctx, customer, text)  # the customer was found by this person's name
    return contact, new_name
