"""Who, among the people a message names, is no contact of the customer: the rep's own people (our boss,
a colleague), a competitor's rep, family, unless named as the one to talk to now."""

from __future__ import annotations

import re

from handlers.understanding.contact_changes import NEW, SUCCESSOR
from handlers.understanding.people_items import Item

_NOT_A_CONTACT = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:boss|manager|mgr|colleague|coworker|co-worker|teammate|team|se|ae|sdr|"
    r"intern|vp|ceo|cfo|cto|director|lead|rep|partner|engineer|guy|gal)\b|\bcolleague\b|\bcoworker\b|"
    r"\b(?:husband|wife|son|daughter|kid|kids|brother|sister|mom|dad|mother|father|girlfriend|boyfriend|"
    r"partner|spouse|cousin|uncle|aunt|nephew|niece)\b|\b(?:competitor|competitor's|rival)\b|"
    r"\brep\s+(?:from|at)\b|\bthe\s+\w+\s+rep\b|"
    r"同事|我(?:们)?(?:的)?(?:老板|领导|经理|总监|主管|上司)|我老板|领导|老公|老婆|爱人|儿子|女儿|太太|先生的|"
    r"妻子|丈夫|哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|竞争对手|竞品|对手",
    re.IGNORECASE,
)


# A role that is the relative's now: "采购经理现在是她儿子", "而家係佢個仔", "the manager's now her son".
_ROLE_NOW = re.compile(r"(?:现在|而家|宜家|依家)是|(?:['’]s|\bis)\s+now\b", re.IGNORECASE)


_FAMILY = re.compile(
    r"\b(?:husband|wife|son|daughter|brother|sister|nephew|niece|cousin)\b|儿子|女儿|老公|老婆|侄子|女婿|弟弟|妹妹",
    re.IGNORECASE,
)


def not_a_contact(text: str, person: Item) -> bool:
    """Our boss, a colleague, a competitor's rep, family: named, but no contact of the customer (unless
    named as the one to talk to now: "现在找他儿子储明")."""
    before = text[max(0, person.start - 48) : person.start]
    if re.search(r"(?:我们|咱们|我|本公司)的?$|\b(?:my|our)\s+$", before, re.I):
        return True  # "跟我们王总一起去", "our Dave": our own people
    clause = re.split(r"[,，;；.。\n]", before)[-1]
    if not _NOT_A_CONTACT.search(clause):
        return False
    if SUCCESSOR.search(clause) or NEW.search(clause) or _ROLE_NOW.search(clause):
        return False  # "new 厂长 is his nephew 伍小军", "现在找他儿子储明", "采购经理现在是她儿子…": the one
        # to talk to now
    # "his daughter Kayla … she's taking over, kayla@…": named with her own details
    if _FAMILY.search(clause) and _FAMILY_WITH_DETAIL.search(text, person.end):
        return False
    # "his son Aditya Sharma is new MD": a relative named in full as holding the role now (a given name
    # alone may be a known contact of another customer's: "his son Amit is new MD" stays family)
    named = text[person.start : person.end].strip()
    in_full = len(named.split()) >= 2 or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", named) is not None
    return not (_FAMILY.search(clause) and in_full and _NEW_IN_ROLE.match(text, person.end))


# Right after a relative's name: they hold a role now ("is new MD", "is now the new owner", "是新厂长").
_NEW_IN_ROLE = re.compile(r"\s*(?:(?:is|['’]s)\s+(?:now\s+)?(?:the\s+|our\s+)?new\b|是新)", re.IGNORECASE)


# After a relative's name, in the same sentence: a detail or a successor word of theirs
_FAMILY_WITH_DETAIL = re.compile(
    r"[^.;。；\n]{0,80}?(?:@|\b(?:taking\s+over|takes\s+over|took\s+over|stepped\s+in|runs|running|will\s+run|"
    r"in\s+charge|(?:is|['’]s)\s+(?:handling|looking\s+after)|will\s+(?:handle|look\s+after))\b|接班|接手|接替|接管|负责|"
    r"(?<![不没])跟进?(?:$|[，。,;；\s])|在?管(?:$|[，。,;；\s]))",
    re.IGNORECASE,
)
