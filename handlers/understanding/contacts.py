"""Contact details said in passing are stored on the contact, not only in a note.

"tom reyes cell: 503-555-0199", "华为张伟的邮箱改成 zhang.wei@huawei.com", "Jane left Acme Corp, Sarah Lee
is the new CTO", "浦江医疗赵敏升职了，现在是采购部部长", "金山软件韩磊离职了": the phone, email or title goes
on the person the message names (a known contact, or a new one when the name is written out), and a
person who left is marked as left the way /left does it (handlers.domain.contacts.contact_left): off the
current list, still named in the history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_store.models import Contact, Customer
from crm_store.search import normalize_name
from handlers.context import Ctx
from handlers.domain.contacts import (
    ContactFields,
    NewContact,
    add_contact,
    contact_left,
    mentioned_contact,
    update_contact,
)
from handlers.parsing.contact_details import EMAIL, details_spans
from handlers.understanding import lexicon as lx

# "Jane left", "bill lumbergh left initech", "ruth calder (monday foods) retired", "韩磊离职了"; not
# "jane left a voicemail" or "bob left early": what follows "left" says whether someone left the company.
_NOT_LEAVING = (
    r"(?!\s+(?:a|an|me|us|him|her|them|you|word|early|for\s+(?:the\s+day|lunch|the\s+airport|a\s+bit)|"
    r"vm|voicemail|messages?|msgs?|notes?|comments?|feedback|a\s+review|it|the\s+(?:meeting|call|room|office))\b)"
)
_LEFT = re.compile(
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]*(?:\s+[A-Za-z\u00c0-\u024f][\w'’-]*)?)"
    r"(?:\s*\((?P<where_paren>[^()]{2,40})\)|\s+(?:at|from|@)\s+(?P<where_at>[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}?))?\s+"
    r"(?:has\s+|have\s+|just\s+|already\s+|finally\s+)*(?:left" + _NOT_LEAVING + r"|quit|resigned|retired|"
    r"is (?:leaving|retiring)|moved on|was (?:let go|laid off)|got (?:fired|laid off)|"
    r"no longer (?:works )?(?:at|with|there))\b"
    r"|(?P<cn>(?:(?!的)[\u4e00-\u9fff]){2,4}?)(?:已经|已)?(?:离职|辞职|走了|退休)"
    r"|(?P<cn_away>(?:(?!的)[\u4e00-\u9fff]){2,4}?)(?:已经|已)?不在(?:[\u4e00-\u9fff]{2,12}?)?(?:干|做|工作)?了",
    re.IGNORECASE,
)
_WHO = (
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]*"
    r"(?:\s+(?!(?:got|was|has|had|just|is|now|also|finally|been|at|from)\b)[A-Za-z\u00c0-\u024f][\w'’-]*)?"
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3})"
)
# not inside "jane.doe@…"; a Chinese word after an English title ends it ("promoted to CTO 了")
_TITLE_END = r"(?=\s*[\u4e00-\u9fff]|\s+(?:at|@|with|for|now)\b|\s*[,;!(]|\.(?!\w)|\s*$)"
# "Sarah Lee is the new CTO", "peter is our new buyer", "Derek Shaw got promoted to VP Engineering",
# "Nate Brody's title is Director of IT now", "Priya is now head of ops"
_NEW_TITLE = re.compile(
    rf"{_WHO}(?:\s+(?:at|from|@)\s+(?P<where_at>[\w&'’.-]+(?:\s+[\w&'’.-]+){{0,2}}?))?"
    rf"\s+(?:(?:is|has become|became)\s+(?:the|our|their)\s+new\s+"
    rf"|(?:got\s+|was\s+|has\s+been\s+|just\s+)?promoted(?:\s+to\s+(?:be\s+)?(?:the\s+)?"
    rf"|[,\s]+(?:(?:she|he|they)(?:['’]s|\s+is|\s+are)\s+)?now\s+(?:the\s+)?)"
    rf"|is\s+now\s+(?:the\s+|our\s+|their\s+)?)"
    rf"(?P<title>[A-Za-z][A-Za-z\u00c0-\u024f0-9 &/-]{{1,40}}?){_TITLE_END}"
    rf"|{_WHO.replace('who', 'who2')}(?:'s|’s)\s+(?:new\s+)?(?:title|role|position)\s+is\s+(?:now\s+)?"
    r"(?P<title2>[A-Za-z][\w &/-]{1,40}?)(?=\s+now\b|\s*[,;!]|\.(?!\w)|\s*$)",
    re.IGNORECASE,
)
# "our new buyer at helios solar is Amy Chen", "helios solar's new buyer is amy chen"; not "new contact
# is …" (that says who, not a title: _NEW_CONTACT_IS)
_PERSON_WORD = (
    r"(?:contact|contact person|point of contact|poc|person|guy|lady|rep|对接人|联系人|联络人|窗口)"
)
_NEW_TITLE_IS = re.compile(
    rf"\bnew\s+(?!{_PERSON_WORD}\s+(?:at|for|of|is)\b)(?P<title>[a-z][\w &/-]{{1,30}}?)"
    r"(?:\s+(?:at|for|of)\s+[^,]+?)?\s+is\s+"
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]+\s+[A-Za-z\u00c0-\u024f][\w'’-]+)",
    re.IGNORECASE,
)
# "new contact at kessler medical: Sarah Lee, CTO, …", "add contact to X: Marco Diaz, F&B manager",
# "add Priscilla Moon, CFO at Ironbridge Capital, …", "小米 new contact: Kevin Zhou, kevin@…"
_ADD_CONTACT = re.compile(
    r"(?:\b(?:add(?:\s+a)?(?:\s+new)?\s+contact|new\s+contact)\b[^:：]{0,60}?[:：]\s*"
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]+\s+[A-Za-z\u00c0-\u024f][\w'’-]+)"
    r"|(?:\b(?:add(?:\s+a)?(?:\s+new)?\s+contact|new\s+contact)\b[^:：]{0,60}?[:：,]?|\badd\b)\s*"
    r"(?-i:(?P<who2>[A-Z\u00c0-\u024f][\w'’-]+\s+[A-Z\u00c0-\u024f][\w'’-]+)))"
    r"(?:\s*,\s*(?P<title>[A-Za-z][\w &/-]{1,40}?)(?=\s+(?:at|@)\s|\s*,|\s*$))?",
    re.IGNORECASE,
)
_CN_ROLE = (
    r"[\u4e00-\u9fffA-Za-z]{0,6}?(?:经理|总监|主管|主任|助理|工程师|专员|部长|科长|处长|组长|校长|院长|厂长|店长|"
    r"老板|秘书|总裁|董事长|董事|负责人|采购|财务|会计|出纳|行政|前台|顾问|总经理|总工|总|协理|副理|襄理|课长|特助)"
)
# "东方贸易新联系人：李明，采购主管", "西湖酒店加个联系人 孙悦 前台经理", "新对接人是周涛，供应链总监"
_CN_ADD = re.compile(
    r"(?:联系人|联络人|对接人|窗口)(?:是|叫|为)?[：:\s，,]*(?:[\u4e00-\u9fff]{2,10}[\s，,]+)?"
    r"(?P<who>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
    rf"(?:[，,\s]+(?P<title>{_CN_ROLE})(?![\u4e00-\u9fff]))?"
)
# "新来的采购经理叫胡斌", "新的技术总监叫马骏", "新任财务总监是钱琳"
_CN_TITLE_NAME = re.compile(
    rf"(?:新来的|新的|新任|新)(?P<title>{_CN_ROLE})(?:叫|是|为|[\s:：，,]+)(?P<who>[\u4e00-\u9fff]{{2,3}})(?![\u4e00-\u9fff])"
)
# A title, then a name, then a phone or an email: a contact written as a card ("财务 易小川 137…").
_CN_CARD = re.compile(
    rf"(?<![\u4e00-\u9fff])(?![{lx.CN_SURNAMES}](?:{lx.CN_TITLE_WORDS})[\s:：])(?P<title>{_CN_ROLE})[\s:：]+"
    r"(?!新|电话|手机|邮箱|微信|号码|座机|联系)(?P<who>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
    r"(?=[\s,，:：]*(?:\+?\d[\d\s-]{6,}|[\w.+-]+@))"
)
# "张伟升总裁了", "李娜晋升为采购总监", "王芳提拔成财务经理"
_CN_PROMOTED = re.compile(
    rf"(?P<who>(?:(?!的)[\u4e00-\u9fff]){{2,3}}?)(?:升职|晋升|提拔|升)(?:为|成|到|任)?了?(?P<title>{_CN_ROLE})"
)
# "met the new procurement lead at falcon aerospace, Jim Halpert"
# "new buyer at acme: Linda Park", "globex has a new office manager - Tom Reyes": a role, then the name
_ROLE_NOUN = (
    r"(?:manager|buyer|purchaser|director|head|lead|vp|cto|ceo|cfo|coo|cio|cmo|engineer|officer|president|"
    r"owner|founder|assistant|admin|administrator|accountant|coordinator|specialist|rep|representative|"
    r"analyst|controller|supervisor|partner|secretary|gm|agent|planner|procurement|purchasing|contact)"
)
_TITLE_THEN_NAME = re.compile(
    rf"\bnew\s+(?P<title>(?i:(?:[a-z][\w&/-]*\s+){{0,3}}?{_ROLE_NOUN}\b(?:\s+[a-z]+)?))"
    r"(?:\s+(?:at|from|of|for)\s+[^,:：;]+?)?\s*(?:[,:：]|\s[-–—]|\s+(?:is|called|named))\s*"
    r"(?P<who>[A-Z\u00c0-\u024f][\w'’-]+\s+[A-Z\u00c0-\u024f][\w'’-]+)",
)
# A pasted signature: "Maria Lopez | Purchasing Manager | Kessler Logistics | (312) 555-0142"
_SIGNATURE = re.compile(
    r"(?P<who>[A-Z\u00c0-\u024f][\w'’-]+\s+[A-Z\u00c0-\u024f][\w'’-]+)\s*[|•·]\s*"
    rf"(?P<title>(?i:(?:[\w&/-]+\s+){{0,4}}?{_ROLE_NOUN}\b(?:\s+(?:of|for)\s+[\w&/ -]+?)?))\s*(?=[|•·,]|$)"
)
# "赵敏升职了，现在是采购部部长", "王芳改任销售总监"
_CN_TITLE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,3}?)(?:升职了?|调岗了?)?[，,\s]*(?:现在是|现任|改任|升任|调任|担任|当上了?)"
    r"(?P<title>[\u4e00-\u9fffA-Za-z]{2,12})"
)
# "her replacement is Dev Singh, buyer", "replaced by Dev Singh (buyer)", "Dev Singh is taking over as buyer",
# "接替她的是马骏，技术总监", "由马骏接手"
_WHO_ANY = r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]+\s+[A-Za-z\u00c0-\u024f][\w'’-]+)"
_ROLE_AFTER = (
    r"(?:\s*[,(]\s*(?:the\s+|a\s+|our\s+|new\s+)*(?P<title>[A-Za-z][\w &/-]{1,40}?)\)?(?=\s*[,;.!)]|\s*$))?"
)
_REPLACEMENT = re.compile(
    rf"\breplacement\s+(?:is|will be)\s+{_WHO_ANY}{_ROLE_AFTER}"
    rf"|\breplaced\s+by\s+{_WHO_ANY.replace('who', 'who2')}{_ROLE_AFTER.replace('title', 'title2')}"
    rf"|{_WHO_ANY.replace('who', 'who3')}\s+(?:is\s+taking|took|takes|will\s+take|is\s+stepping\s+in)\s+over"
    r"(?:\s+as\s+(?:the\s+|our\s+|their\s+)?(?P<title3>[A-Za-z][\w &/-]{1,40}?)(?=\s*[,;.!]|\s*$))?",
    re.IGNORECASE,
)
_CN_REPLACEMENT = re.compile(
    r"(?:接替|接任|接手|顶替)(?:他|她|他的|她的|的)*(?:人)?(?:是|为)(?P<who>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
    rf"(?:[，,\s]+(?P<title>{_CN_ROLE})(?![\u4e00-\u9fff]))?"
    r"|由(?P<who2>[\u4e00-\u9fff]{2,3}?)(?:接替|接任|接手|顶替)"
    rf"|(?:接替|接任|接手|顶替)(?:他|她|的)*(?:人)?(?:是|为)(?P<title3>{_CN_ROLE})(?P<who3>[\u4e00-\u9fff]{{2,3}})(?![\u4e00-\u9fff])"
)
# After the news, the place it happened: "promoted to VP Engineering at Lumen" — words that must name the
# customer found for the message (else they are not used and the preview card shows them).
_WHERE = re.compile(
    r"\s*(?:\bat|@|\bwith|\bfrom|\bof)\s+(?P<where>[^,;.!?()，。；！？]{2,40}?)\s*(?=[,;.!?()，。；！？]|\bnow\b|$)"
)
_NAME = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w'’-]+\s+[A-Z\u00c0-\u024f][\w'’-]+|[\u4e00-\u9fff]{2,3})$")


@dataclass
class ContactNews:
    """What the message says about one person."""

    who: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    left: bool = False
    span: tuple[int, int] = (0, 0)  # the words it was read from
    where: tuple[int, int] | None = None  # words naming the company: "(monday foods)", "at Lumen"


_TIME_AFTER = r"(?:last|this|yesterday|today|on|in|and|to|for|after|a|an|two|three|\d)\b"
# "jane left acme last week": the company right after "left"/"quit"
_WHERE_LEFT = re.compile(
    rf"\s+(?!{_TIME_AFTER}|the\s+company\b)(?P<where>[^,;.!?()，。；！？]{{2,40}}?)\s*(?=\s{_TIME_AFTER}|[,;.!?()，。；！？]|$)",
    re.IGNORECASE,
)


# "new contact is happy hogan head of security", "the new contact at stark is Happy Hogan, head of security"
_ROLE_WORD = (
    r"(?:head|director|vp|vice president|manager|chief|lead|cto|ceo|cfo|coo|cio|cmo|buyer|engineer|officer|"
    r"president|owner|founder|purchasing|procurement|it|ops|operations|sales|marketing|finance|hr)"
)
_NEW_CONTACT_IS = re.compile(
    rf"\bnew\s+{_PERSON_WORD}(?:\s+(?:at|for|of)\s+[^,]+?)?\s+is\s+{_WHO_ANY}"
    rf"(?:\s*,\s*|\s+)(?P<title>{_ROLE_WORD}\b[A-Za-z &/-]{{0,40}}?)(?=\s*[,;.!(]|\s+\S+@|\s*$)"
    rf"|\bnew\s+{_PERSON_WORD}(?:\s+(?:at|for|of)\s+[^,]+?)?\s+is\s+{_WHO_ANY.replace('who', 'who2')}",
    re.IGNORECASE,
)

# patterns that name a person outright
_INTRODUCING = (_ADD_CONTACT, _REPLACEMENT, _NEW_TITLE_IS, _NEW_CONTACT_IS, _TITLE_THEN_NAME, _SIGNATURE)


def _where(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    for group in ("where_paren", "where_at"):
        if match.groupdict().get(group):
            return match.span(group)
    after = _WHERE.match(text, match.end())
    if after is None and match.groupdict().get("who") and re.search(r"(?:left|quit)$", match.group(0), re.I):
        after = _WHERE_LEFT.match(text, match.end())
    return after.span("where") if after else None


def names_customer(words: str, customer: Customer) -> bool:
    """Whether `words` ("Lumen", "monday foods") name `customer` (the start of its name or of an alias)."""
    said = normalize_name(words)
    if not said:
        return False
    names = [normalize_name(n) for n in (customer.name, *(customer.aliases or []))]
    return any(n and (n.startswith(said) or said.startswith(n)) for n in names)


def read_news(text: str) -> list[ContactNews]:
    news: list[ContactNews] = []
    for match in _LEFT.finditer(text):
        who = match.group("who") or match.group("cn") or match.group("cn_away")
        news.append(ContactNews(who.strip(), left=True, span=match.span(), where=_where(text, match)))
    seen: set[str] = set()
    patterns = (_ADD_CONTACT, _NEW_CONTACT_IS, _NEW_TITLE, _NEW_TITLE_IS, _TITLE_THEN_NAME, _SIGNATURE,
                _REPLACEMENT, _CN_ADD, _CN_TITLE_NAME, _CN_CARD, _CN_PROMOTED, _CN_TITLE,
                _CN_REPLACEMENT)  # fmt: skip
    for pattern in patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            who = next((v for k, v in groups.items() if k.startswith("who") and v), "").strip()
            title = next((v for k, v in groups.items() if k.startswith("title") and v), "").strip() or None
            if pattern in _INTRODUCING and who.islower() and len(who.split()) == 2:
                who = who.title()  # "new contact at X: jon ellis", "her replacement is dev singh"
            if (
                who
                and who.lower() not in seen
                and not any(n.who.lower() == who.lower() and n.left for n in news)
            ):
                seen.add(who.lower())
                news.append(ContactNews(who, title=title, span=match.span(), where=_where(text, match)))
    email = EMAIL.search(text)
    phones = [text[a:b] for a, b in details_spans(text) if not EMAIL.fullmatch(text[a:b])]
    if email or phones:
        target = next((n for n in news if not n.left), None)  # the person the message introduces
        if target is None:
            target = ContactNews("")
            news.append(target)
        target.email = email.group(0) if email else None
        target.phone = phones[0].strip() if phones else None
    return news


def _other_person(written: str, known: str) -> bool:
    """ "Holly Quinn" written, Rory Quinn known: a full name whose first name differs is someone else."""
    said, have = written.lower().split(), known.lower().split()
    if len(said) < 2 or len(have) < 2:
        return False
    return not (have[0].startswith(said[0]) or said[0].startswith(have[0]))


def _person(
    ctx: Ctx, customer: Customer, who: str, text: str, *, left: bool = False
) -> tuple[Contact | None, str | None]:
    """The known contact meant, else the name of a new one (only when written out as a name)."""
    if who:
        known = mentioned_contact(ctx, customer, who)
        if known is not None and not _other_person(who, known.name):
            return known, None
        if _NAME.match(who) and who.lower() not in customer.name.lower():
            return None, who
        if not left:  # "priya at brightwater energy got promoted": the words before were not the person
            return mentioned_contact(ctx, customer, text), None
        return None, None
    return mentioned_contact(ctx, customer, text), None


def store_news(ctx: Ctx, customer: Customer, text: str, *, skip: str = "") -> list[str]:
    """Apply what the message says about the customer's people; one line per person changed."""
    lines = [store_one(ctx, customer, news, text, skip) for news in read_news(text)]
    return [line for line in lines if line]


def store_one(ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str = "") -> str | None:
    """Apply one piece of contact news read from `text`; the line saying what changed, if anything did."""
    contact, new_name = _news_contact(ctx, customer, news, text, skip)
    if contact is None and new_name is None:
        return None
    if news.left:
        if contact is None:
            return None
        contact_left(ctx, contact)
        return ctx._("{name} has left {customer}", name=contact.name, customer=customer.name)
    fields = {k: v for k, v in (("title", news.title), ("email", news.email), ("phone", news.phone)) if v}
    if not fields:
        return None
    if contact is None:
        contact = add_contact(ctx, NewContact(customer, new_name or "", **fields))
        line = ctx._("New contact at {customer}: {name}", customer=customer.name, name=contact.name)
    else:
        update_contact(ctx, contact, ContactFields(**fields))
        line = ctx._("Contact updated: {name}", name=contact.name)
    return line + " · " + " · ".join(str(v) for v in fields.values())


def news_person(ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str = "") -> str | None:
    """The name of the person one piece of news is about, as it will be stored (nothing is written)."""
    contact, new_name = _news_contact(ctx, customer, news, text, skip)
    return contact.name if contact is not None else new_name


def _news_contact(
    ctx: Ctx, customer: Customer, news: ContactNews, text: str, skip: str
) -> tuple[Contact | None, str | None]:
    """The known contact the news is about, else the name of a new one (the skipped words name no one)."""
    words = text.replace(skip, " ") if skip else text
    contact, new_name = _person(ctx, customer, news.who, words, left=news.left)
    if contact is None and new_name is None and not news.who and words != text:
        contact = mentioned_contact(ctx, customer, text)  # the customer was found by this person's name
    return contact, new_name
