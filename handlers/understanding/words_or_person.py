"""A customer's name that may be meant as something else: everyday words of the sentence ("fresh start
tomorrow") or a person ("call austin back", "talked to fenwick, he …": Fenwick & Sons, or a contact
of another customer called so)."""

from __future__ import annotations

import re

from crm_store.search import CustomerMatch
from crm_store.search.everyday import everyday_words
from handlers.context import Ctx
from handlers.understanding import lexicon as lx
from handlers.understanding.close_customers import by_contact, by_deal, supported_hits
from handlers.understanding.customer_link import LATIN_WORD, Certainty, Hit
from handlers.understanding.reading import CJK, Reading

# Words right before a name that make it the thing acted on ("at", "visited", "lost"), and words right
# after it that make it the one acting ("wants", "signed", "moved to", an amount, "'s", a colon).
_ACTED_ON = re.compile(
    r"\b(?:at|with|from|for|to|and|visit(?:ed)?|call(?:ed)?|met|meet|email(?:ed)?|phoned|rang|ring|ping(?:ed)?|"
    r"text(?:ed)?|chased?|saw|see|won|lost|signed|quoted|invoiced|onboarded)\s+(?:the\s+)?$"
    r"|\s[+&]\s+(?:the\s+)?$",  # "hit hawkeye + green bay fire": joined to another name like "and"
    re.IGNORECASE,
)

# A word said as one that compares, right before "than": "keener than last time" (not Keener Labs).
_COMPARED = re.compile(r"\s+than\b", re.IGNORECASE)


_ACTING = re.compile(
    r"^(?:['’]s\b|\s*[:：(（-]|\s*\d|\s+(?:\w+ed|wants?|needs?|says|said|asks|signs|renews|orders|deals?|quotes?|"
    # what a company did, in a verb not ending in -ed: "green bay fire went w/ the other guys", "… lost"
    r"lost|won|(?:went|gone|going)(?=\s+(?:with\b|w/))|chose|picked|bought|paid|moving(?=\s+to\b)|"
    r"(?:now\s+)?(?:saying|expects?|expecting|reckons?|reckoning|thinks|confirms?|promis(?:es|ing))|"
    r"contract|order|invoice|po|renewal|meeting|call|demo|pricing|proposal|account|team|people|guys|folks|"
    r"up|down|is\s+(?:in|out|on|interested|keen|happy|ready)|are\s+(?:in|out|on|interested|keen|happy|ready))\b)",
    re.IGNORECASE,
)


def in_passing(ctx: Ctx, reading: Reading, hit: Hit) -> bool:
    """A customer named with everyday words, read where those words are just words of the sentence:
    lower case, every word common English ("fresh start", "blue sky", "good day"), nothing before it
    that acts on a company and nothing after it that a company does, and none of its people or deals
    named in the message. ("Blue Sky signed", "at fresh start", "fresh start wants a quote" are names.)"""
    a, b = hit.candidate.start, hit.candidate.end
    typed = reading.text[a:b]
    if CJK.search(typed) or hit.match.field not in ("name", "alias") or hit.certainty == Certainty.TYPO:
        return False
    sentence_start = not reading.text[:a].strip() or reading.text[:a].rstrip()[-1] in ".!?。！？"
    capitals = [i for i, char in enumerate(typed) if char.isupper()]
    if capitals and capitals != ([0] if sentence_start else []):
        return False  # "Fresh Start" or "FRESH START": written as a name
    words = LATIN_WORD.findall(typed)
    if not capitals and len(words) == 1 and _COMPARED.match(reading.text, b):
        return not supported_hits(ctx, reading, [hit])  # "keener than last time": a word that compares
    if len(words) >= 3 or not everyday_words(words):
        return False  # three everyday words naming a customer are its name ("gold coast theme park")
    if _ACTED_ON.search(reading.text[max(0, a - 20) : a]) or _ACTING.match(reading.text[b:]):
        return False
    # its person or its deal named too ("on point scanners: down to 38k"): the customer is meant
    return not (
        supported_hits(ctx, reading, [hit]) or by_contact(ctx, reading, [hit]) or by_deal(ctx, reading, [hit])
    )


def people_called_so(ctx: Ctx, reading: Reading, hits: dict[int, Hit], winner: Hit) -> list[Hit]:
    """Other customers' contacts called by the very word that only starts the winner's name ("austin":
    Austin Kitchen Supply, or Austin Reyes at Bright Idea; "talked to fenwick, he …": Fenwick & Sons, or
    Alan Fenwick at Tidewater, called by his family name): as likely a person as that company. A
    customer's whole one-word name or alias counts too where the sentence speaks of a person ("Harper
    called, wants …" with Harper & Co and Harper Lewis at Beacon Roofing)."""
    if winner.certainty != Certainty.PARTIAL and not _said_of_a_person(reading, winner):
        return []
    a, b = winner.candidate.start, winner.candidate.end
    people = [
        h
        for h in hits.values()
        if h.match.customer_id != winner.match.customer_id
        and h.match.field == "contact"
        and h.candidate.start <= a
        and b <= h.candidate.end
    ]
    return people + _family_named(ctx, winner, {h.match.customer_id for h in people})


# Words after a name that a person does ("Harper called", "harper says"), and pronouns for a person.
_PERSON_ACTS = re.compile(
    r"^\s+(?:called|phoned|rang|emailed|texted|messaged|said|says|told|asked|thinks|is\s+(?:out|off|away|"
    r"sick|on\s+leave)|left\s+(?:a\s+)?(?:message|voicemail|vm))\b",
    re.IGNORECASE,
)


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|he['’]s|she['’]s)\b", re.IGNORECASE)


def _said_of_a_person(reading: Reading, winner: Hit) -> bool:
    """A customer's whole one-word name or alias used the way a person's name is ("harper called")."""
    typed = winner.candidate.text.strip()
    if winner.certainty not in (Certainty.EXACT, Certainty.ALIAS) or CJK.search(typed) or " " in typed:
        return False
    after = reading.text[winner.candidate.end :]
    return bool(_PERSON_ACTS.match(after) or _PERSON_PRONOUN.search(reading.text))


def _family_named(ctx: Ctx, winner: Hit, known: set[int]) -> list[Hit]:
    """Contacts at other customers whose family name is the winner's word ("Brandt": Hugo Brandt)."""
    word = winner.candidate.text.strip()
    if CJK.search(word) or " " in word:
        return []
    out: list[Hit] = []
    for person in ctx.store.customers.find_contacts(word):
        names = person.name.split()
        if (
            len(names) < 2
            or names[-1].lower() != word.lower()
            or person.left_at is not None
            or person.customer_id in known | {winner.match.customer_id}
        ):
            continue
        known.add(person.customer_id)
        customer = ctx.store.customers.require(person.customer_id)
        match = CustomerMatch(customer.id, customer.name, winner.match.score, person.name, "contact")
        out.append(Hit(match, winner.candidate, certainty=Certainty.CONTACT))
    return out


def work_besides(ctx: Ctx, reading: Reading, hit: Hit) -> bool:
    """Whether the message says something to store apart from the words that may name a customer."""
    rest = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
    return bool(reading.kind or reading.about_deal or reading.persons or lx.WORK_CONTENT.search(rest))
