"""Which customer a family name and a title name when the message names no customer: "提醒我给邢总发技术方案"
is about the customer whose contact is a 邢 (邢海涛), when exactly one customer has a contact of that family
name; with two or more (王总 at three customers) the message names none of them."""

from __future__ import annotations

from handlers.context import Ctx
from handlers.domain.contacts import family_name
from handlers.understanding.customer_link import Certainty, Found
from handlers.understanding.known_people import honorific
from handlers.understanding.new_customer import name_guess
from handlers.understanding.people import not_contacts
from handlers.understanding.reading import CJK, Reading


def customer_by_family_and_title(ctx: Ctx, reading: Reading) -> Found | None:
    """The one customer whose current contact has the family name of a 邢总/费厂长 the message names; none
    when the message names a company the CRM does not know ("拜访了东方航空的刘总": that company's 刘总)."""
    if name_guess(reading) is not None:
        return None
    ours = not_contacts(reading.text, reading.people)  # "我们王总": our own boss names no customer
    pattern = honorific(reading.people)
    for name, start, end in reading.persons:
        if not CJK.match(name) or not pattern.fullmatch(name) or any(a <= start < b for a, b in ours):
            continue
        family = name[:2] if name[:2] in reading.people.family else name[:1]
        everyone = ctx.store.customers.find_contacts("")  # folded here: 區志強 is a 区
        customers = {c.customer_id for c in everyone if c.left_at is None and family_name(c.name) == family}
        if len(customers) == 1:
            customer = ctx.store.customers.require(customers.pop())
            return Found(customer, start, end, "contact", certainty=Certainty.CONTACT)
    return None
