"""Contact details said in passing are stored on the contact, not only in a note.

"tom reyes cell: 503-555-0199", "华为张伟的邮箱改成 zhang.wei@huawei.com", "Jane left Acme Corp, Sarah Lee
is the new CTO", "浦江医疗赵敏升职了，现在是采购部部长", "金山软件韩磊离职了": the phone, email or title goes
on the person the message names (a known contact, or a new one when the name is written out), and a
person who left keeps their history with their title marked as former.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_store.models import Contact, Customer
from handlers.context import Ctx
from handlers.domain.contacts import ContactFields, NewContact, add_contact, mentioned_contact, update_contact
from handlers.parsing.contact_details import EMAIL, details_spans

# "Jane left", "bill lumbergh left initech", "韩磊离职了"
_LEFT = re.compile(
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]*(?:\s+[A-Za-z\u00c0-\u024f][\w'’-]*)?)\s+"
    r"(?:has\s+|just\s+)?(?:left|quit|resigned|retired|is leaving|no longer (?:works )?(?:at|with|there))\b"
    r"|(?P<cn>[\u4e00-\u9fff]{2,4}?)(?:已经|已)?(?:离职|辞职|走了|退休)",
    re.IGNORECASE,
)
# "Sarah Lee is the new CTO", "peter is our new buyer"
_NEW_TITLE = re.compile(
    r"(?P<who>[A-Za-z\u00c0-\u024f][\w'’-]*(?:\s+[A-Za-z\u00c0-\u024f][\w'’-]*)?)\s+"
    r"(?:is|has become|became)\s+"
    r"(?:the|our|their)\s+new\s+(?P<title>[A-Za-z][\w &/-]{1,40}?)(?=\s+(?:at|of|for)\b|[,.;!]|$)",
    re.IGNORECASE,
)
# "met the new procurement lead at falcon aerospace, Jim Halpert"
_TITLE_THEN_NAME = re.compile(
    r"\bnew\s+(?P<title>[a-z][\w &/-]{1,30}?)\s+(?:at|from|of)\s+[^,]+,\s*"
    r"(?P<who>[A-Z\u00c0-\u024f][\w'’-]+\s+[A-Z\u00c0-\u024f][\w'’-]+)",
)
# "赵敏升职了，现在是采购部部长", "王芳改任销售总监"
_CN_TITLE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,3}?)(?:升职了?|调岗了?)?[，,\s]*(?:现在是|现任|改任|升任|调任|担任|当上了?)"
    r"(?P<title>[\u4e00-\u9fffA-Za-z]{2,12})"
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


def read_news(text: str) -> list[ContactNews]:
    news: list[ContactNews] = []
    for match in _LEFT.finditer(text):
        news.append(ContactNews((match.group("who") or match.group("cn")).strip(), left=True))
    for pattern in (_NEW_TITLE, _TITLE_THEN_NAME, _CN_TITLE):
        for match in pattern.finditer(text):
            news.append(ContactNews(match.group("who").strip(), title=match.group("title").strip()))
    email = EMAIL.search(text)
    phones = [text[a:b] for a, b in details_spans(text) if not EMAIL.fullmatch(text[a:b])]
    if email or phones:
        target = next((n for n in news if not n.left), None)
        if target is None:
            target = ContactNews("")
            news.append(target)
        target.email = email.group(0) if email else None
        target.phone = phones[0].strip() if phones else None
    return news


def _person(ctx: Ctx, customer: Customer, who: str, text: str) -> tuple[Contact | None, str | None]:
    """The known contact meant, else the name of a new one (only when written out as a name)."""
    if who:
        known = mentioned_contact(ctx, customer, who)
        if known is not None:
            return known, None
        return None, who if _NAME.match(who) and who.lower() not in customer.name.lower() else None
    return mentioned_contact(ctx, customer, text), None


def store_news(ctx: Ctx, customer: Customer, text: str, *, skip: str = "") -> list[str]:
    """Apply what the message says about the customer's people; one line per person changed."""
    lines: list[str] = []
    for news in read_news(text):
        contact, new_name = _person(ctx, customer, news.who, text.replace(skip, " ") if skip else text)
        if contact is None and new_name is None:
            continue
        if news.left:
            if contact is None:
                continue
            was = contact.title or ""
            title = ctx._("former {title}", title=was) if was else ctx._("left the company")
            update_contact(ctx, contact, ContactFields(title=title))
            lines.append(ctx._("{name} has left {customer}", name=contact.name, customer=customer.name))
            continue
        fields = {k: v for k, v in (("title", news.title), ("email", news.email), ("phone", news.phone)) if v}
        if not fields:
            continue
        if contact is None:
            contact = add_contact(ctx, NewContact(customer, new_name or "", **fields))
            lines.append(
                ctx._("New contact at {customer}: {name}", customer=customer.name, name=contact.name)
            )
        else:
            update_contact(ctx, contact, ContactFields(**fields))
            lines.append(ctx._("Contact updated: {name}", name=contact.name))
        lines[-1] += " · " + " · ".join(str(v) for v in fields.values())
    return lines
