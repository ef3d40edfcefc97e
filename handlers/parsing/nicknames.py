"""The short names people go by: "Tess" for Theresa, "Jojo" for Jose, "Mike" for Michael.

A rep writes the name a contact is called by, and the CRM keeps the one on the business card. The table
holds the common English (and a few Spanish and Filipino) given names and what they are shortened to.
Short names that are everyday English words ("will", "bill", "pat") name someone only when written with a
capital.
"""

from __future__ import annotations

import re
from functools import cache

from crm_store.search.everyday import is_english_word

_SHORT_NAMES = {
    "abigail": "abby", "alexander": "alex", "alexandra": "alex lexi", "andrew": "andy drew",
    "anthony": "tony", "antonio": "tony tonyo", "benjamin": "ben benny", "catherine": "cathy kate katie",
    "charles": "charlie chuck", "christina": "tina chris", "christine": "chris tina", "christopher": "chris",
    "daniel": "dan danny", "david": "dave davey", "deborah": "deb debbie", "dorothy": "dot dottie",
    "eduardo": "eddie ed", "edward": "ed eddie ted", "elizabeth": "liz lizzie beth betty betsy eliza",
    "ferdinand": "ferdie", "fernando": "nando", "francisco": "frank paco kiko", "frederick": "fred freddie",
    "gerald": "gerry jerry", "gerard": "gerry", "gregory": "greg", "james": "jim jimmy jamie",
    "jennifer": "jen jenny", "jessica": "jess jessie", "john": "jack johnny", "jonathan": "jon jonny",
    "jose": "jojo pepe", "joseph": "joe joey", "joshua": "josh", "katherine": "kate katie kathy kat",
    "kathryn": "kate katie kathy", "kenneth": "ken kenny", "lawrence": "larry", "leonard": "leo len lenny",
    "manuel": "manny", "margaret": "maggie meg peggy", "matthew": "matt", "michael": "mike mikey mick",
    "mohammed": "mo", "muhammad": "mo", "nathan": "nate", "nathaniel": "nate", "nicholas": "nick nicky",
    "patricia": "pat patty trish", "patrick": "pat paddy", "peter": "pete", "raymond": "ray",
    "rebecca": "becky becca", "ricardo": "ricky cardo", "richard": "rick ricky rich dick",
    "robert": "bob bobby rob robbie bert", "roberto": "bobby berto", "ronald": "ron ronnie",
    "samantha": "sam sammy", "samuel": "sam sammy", "stephen": "steve", "steven": "steve",
    "susan": "sue susie", "teresa": "tess tessa terry", "theresa": "tess tessa terry", "thomas": "tom tommy",
    "timothy": "tim timmy", "victoria": "vicky tori", "william": "bill billy will willie liam",
    "zachary": "zach",
}  # fmt: skip
# Short names that are everyday words too: a name only with a capital ("Will called", not "will call").
_EVERYDAY = frozenset(
    {"will", "bill", "jack", "pat", "sue", "rich", "dick", "mo", "dot", "ray", "ken", "rob", "chuck", "kat"}
    | {"meg", "drew", "frank", "art", "jerry", "tim", "ed", "len", "sam", "ben", "dan", "nick", "kate"}
)


def short_names(given: str) -> tuple[str, ...]:
    """What `given` (a first name, any case) is shortened to, in lower case: ("tess", "tessa", "terry")."""
    return tuple(_SHORT_NAMES.get(given.lower(), "").split())


@cache
def _said(short: str) -> re.Pattern[str]:
    word = re.escape(short)
    if short in _EVERYDAY:
        return re.compile(rf"(?<![\w'’-]){word[:1].upper()}{word[1:]}(?![\w'’-])")
    return re.compile(rf"(?<![\w'’-]){word}(?![\w'’-])", re.IGNORECASE)


def short_name_said(text: str, given: str) -> str | None:
    """The short name of `given` that `text` calls someone by ("ma'am Tess" for Theresa, "Funmi" for
    Funmilayo), or None."""
    return next((short for short in short_names(given) if _said(short).search(text)), None) or _clipped(
        text, given
    )


_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{3,}(?![\w'’-])")


def _clipped(text: str, given: str) -> str | None:
    """A long given name said by its first letters ("Funmi" for Funmilayo, "Chidi" for Chidiebere, "senthil"
    for Senthilnathan): four letters or more with a capital, five typed in lower case, at least two fewer
    than the name, and no English word."""
    name = given.lower()
    if len(name) < 7:
        return None
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        if len(word) < 5 and not match.group(0)[0].isupper():
            continue
        if 4 <= len(word) <= len(name) - 2 and name.startswith(word) and not is_english_word(word):
            return word
    return None
