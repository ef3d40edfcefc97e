"""A message that names a person who has left the customer it is about: asked, not stored on a guess.

"Victor Lang emailed, wants the contract" when Victor left Meridian Labs: is he writing from his new
company, did he come back, or is it somebody else of that name? A careful rep would not file it under
Meridian without a word, so the plan is shown first. News of the leaving itself ("Victor left, Paula
is the new contact") and a name a current contact answers to as well ("Victor" when Victor Chen works
there now) are no doubt.
"""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.domain.contacts import contacts_named, family_name
from handlers.parsing.hanzi import simplified
from handlers.understanding.customer_link import Found
from handlers.understanding.people import read_news
from handlers.understanding.reading import CJK, Reading


def left_the_customer(ctx: Ctx, reading: Reading, found: Found) -> list[str]:
    """Doubts for the people the message names who left `found`'s customer (none when it says so)."""
    customer = found.customer
    outside = reading.text
    if found.field != "contact" and found.start >= 0:  # found by the person's own name: it is theirs
        outside = reading.text[: found.start] + " " + reading.text[found.end :]
    current = contacts_named(ctx, customer, outside)
    gone = [c for c in contacts_named(ctx, customer, outside, former=True) if c.left_at is not None]
    # somebody who works there now answers to the words said of the one who left ("Victor" when Victor Chen
    # works there now); another current contact named beside ("Sunil wants…, and Leah says…") is no answer
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", outside)}
    now = {part.lower() for c in current for part in c.name.split()}
    gone = [c for c in gone if not ({p.lower() for p in c.name.split()} & words & now) and c not in current]
    # the same for a Chinese way of address: "孙总" names 孙悦然, who works there, as well as 孙强, who left
    # (only the one who left said in full is about them)
    families = {family_name(c.name) for c in current if CJK.match(c.name)}
    said = simplified(outside)
    gone = [
        c
        for c in gone
        if not (CJK.match(c.name) and family_name(c.name) in families and simplified(c.name) not in said)
    ]
    if not gone:
        return []
    told = " ".join(n.who.lower() for n in read_news(reading.text, reading.people) if n.left or n.joins)
    return [
        ctx._("{name} has left {customer}", name=person.name, customer=customer.name)
        for person in gone
        if not any(part in told for part in person.name.lower().split())
        and not replaced(reading.text, person.name)
    ]


# The one a newcomer replaces: "priya, qa manager (tom's replacement)", "replaces Tom", "接替王建斌"
_REPLACED_AFTER = (
    r"(?:['’]s\s+(?:replacement|successor|old\s+(?:job|role|seat))|的(?:接替者|接班人|继任者|位置|职位))"
)
_REPLACES_BEFORE = (
    r"(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)|in\s+place\s+of|instead\s+of|(?:took|taking|takes)\s+over"
    r"\s+from|接替|顶替|代替|接任)\s*"
)


def replaced(text: str, name: str) -> bool:
    """The message names the person who left only as the one a newcomer replaces: no doubt about them."""
    for part in (p for p in re.split(r"\s+", name) if len(p) >= 2):
        said = re.escape(part)
        if re.search(rf"{said}{_REPLACED_AFTER}|{_REPLACES_BEFORE}{said}", text, re.IGNORECASE):
            return True
    return False
