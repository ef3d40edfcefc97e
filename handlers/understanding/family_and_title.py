"""Which customer a family name and a title name when the message names no customer: "提醒我给邢总发技术方案"
is about the customer whose contact is a 邢 (邢海涛), when exactly one customer has a contact of that family
name; with two or more (王总 at three customers) the message names none of them."""

from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.domain.contacts import family_name
from handlers.parsing.hanzi import simplified
from handlers.understanding.customer_link import Certainty, Found
from handlers.understanding.known_people import honorific
from handlers.understanding.new_customer import name_guess
from handlers.understanding.people import not_contacts
from handlers.understanding.reading import CJK, Reading


def customer_by_family_and_title(ctx: Ctx, reading: Reading) -> Found | None:
    """The one customer whose current contact has the family name of a 邢总/费厂长 the message names; none
    when the message names a company the CRM does not know ("拜访了东方航空的刘总": that company's 刘总),
    nor when that one contact's title says another rank ("刘总" of a 项目经理 刘志勇: somebody else's 刘总).
    Of two customers with such a contact neither is picked by the title (titles are said loosely), nor is
    one customer with two contacts of that family name (张总 of 张丽 采购总监 and 张力 设备部经理: which?);
    when the other customers are colleagues', the rep's own one is meant ("提醒我打給彭廠長": the 彭 of the
    rep's own customer, not of a colleague's)."""
    if name_guess(reading) is not None:
        return None
    ours = not_contacts(reading.text, reading.people)  # "我们王总": our own boss names no customer
    pattern = honorific(reading.people)
    for name, start, end in reading.persons:
        if not CJK.match(name) or not pattern.fullmatch(name) or any(a <= start < b for a, b in ours):
            continue
        family = name[:2] if name[:2] in reading.people.family else name[:1]
        everyone = ctx.store.customers.find_contacts("")  # folded here: 區志強 is a 区
        title = name[len(family) :]
        namesakes = [c for c in everyone if c.left_at is None and family_name(c.name) == family]
        customers = {c.customer_id for c in namesakes}
        if len(customers) > 1:  # a colleague's namesake too: the rep's own 彭廠長 is the one meant
            namesakes = [
                c for c in namesakes if ctx.store.customers.require(c.customer_id).owner_id == ctx.user.id
            ]
            customers = {c.customer_id for c in namesakes}
        # two namesakes at that one customer (张丽 and 张力): the title said loosely does not tell them apart
        if len(customers) == 1 and len(namesakes) == 1 and _title_fits(title, namesakes[0].title):
            customer = ctx.store.customers.require(customers.pop())
            return Found(customer, start, end, "contact", certainty=Certainty.CONTACT)
    return None


# A step of ours toward a person, said with no day: "约一下", "改天约", "拜访", "打给", "联系".
_OUR_STEP_TOWARD = re.compile(r"约|拜访|见一?下|打给|打个?电话给|联系|找一?下|跟进")


def named_at_several(ctx: Ctx, reading: Reading) -> bool:
    """Whether the message asks for a step of ours toward a 姜总/王经理 whose family name more than one
    customer has a current contact of ("改天约一下姜总" with 姜德胜 at one customer and 姜涛 at another):
    which customer is asked, not "didn't catch that"."""
    if name_guess(reading) is not None or not _OUR_STEP_TOWARD.search(reading.text):
        return False
    ours = not_contacts(reading.text, reading.people)
    pattern = honorific(reading.people)
    for name, start, _ in reading.persons:
        if not CJK.match(name) or not pattern.fullmatch(name) or any(a <= start < b for a, b in ours):
            continue
        family = name[:2] if name[:2] in reading.people.family else name[:1]
        everyone = ctx.store.customers.find_contacts("")
        customers = {c.customer_id for c in everyone if c.left_at is None and family_name(c.name) == family}
        if len(customers) > 1:
            return True
    return False


# Titles said as a courtesy, which fit anyone: 陳生 (Mr Chan), 林小姐, 黄太.
_COURTESY = frozenset({"生", "先生", "小姐", "女士", "太", "太太", "姐", "哥", "老师", "师傅", "老板"})


# What else a title said may stand for: a 总 is the boss or any director.
_ALSO = {
    "总": re.compile(r"老板|董事|主席|\b(?:ceo|coo|cfo|cto|president|owner|founder|director|gm|md)\b", re.I),
    "经理": re.compile(r"\bmanager\b", re.I),
    "工": re.compile(r"工程师|\bengineer\b", re.I),
}


# The words of a title that say a rank: a 项目经理 is a 经理, no 总.
_RANK = re.compile(
    r"总|经理|主任|主管|专员|助理|工程师|厂长|部长|科长|处长|局长|秘书|院长|校长|店长|组长|队长|医生"
    r"|\b(?:manager|director|engineer|assistant|officer|head|chief|ceo|cfo|cto|coo|president|vp)\b",
    re.IGNORECASE,
)


def _title_fits(said: str, title: str | None) -> bool:
    """Whether a contact of `title` may be called by the title `said`: a 刘总 is no 项目经理 (刘志勇); a 总
    is a 副总, a 总监 or the 老板. A courtesy title, a contact with no title or with a title that says no
    rank (采购, 财务) fits."""
    if said in _COURTESY or not title:
        return True
    title = simplified(title)
    also = _ALSO.get(said)
    if said in title or (also is not None and also.search(title) is not None):
        return True
    return _RANK.search(title) is None
