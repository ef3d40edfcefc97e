"""The further customers a message names beside the first one, for messages about two customers or more.

Each is named as clearly as a name can be (whole name or alias, or the first words of its name starting
a clause of their own); one named less clearly is a doubt, not dropped unseen; one only talked about
("he recommended us to X") is the first one's note; "A or B" asks which.
"""

from __future__ import annotations

import re

from crm_store.search.everyday import is_english_word
from handlers.context import Ctx
from handlers.resolve import (
    CLEAR_MARGIN,
    EXACT_SCORE,
    MIN_SCORE,
)
from handlers.understanding import link_log
from handlers.understanding.close_customers import supported_hits
from handlers.understanding.customer_link import LATIN_WORD, Found, Hit, best_hits
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.link_features import link_features
from handlers.understanding.people import read_news
from handlers.understanding.reading import CJK, Reading
from handlers.understanding.which_customer import ask
from handlers.understanding.words_or_person import in_passing


def other_customers(ctx: Ctx, reading: Reading, found: Found) -> tuple[list[Found], list[str]]:
    """Further customers the message names as clearly as a name can be (whole name or alias, apart from
    the first one and from people), for messages about two customers at once.

    A further customer named less clearly (a slip, the first words of a longer name, a name two
    customers share) is not stored on a guess, nor dropped unseen: its words go to `reading.doubts`,
    so the plan is shown before anything is stored ("called globex and umbrela")."""
    if found.start < 0:
        return []
    persons = [(s, e) for _, s, e in reading.persons]
    moved_to = [n.joins for n in read_news(reading.text, reading.people) if n.joins]  # a contact went there
    others: dict[int, Found] = {}
    unsure: list[str] = []
    taken = [(found.start, found.end)]
    hits = list(best_hits(ctx, reading).values())
    supported = supported_hits(
        ctx, reading, hits
    )  # "greta (schlumbach)": her company, named by its first word
    for hit in sorted(hits, key=lambda h: -h.match.score):
        a, b = hit.candidate.start, hit.candidate.end
        mine = hit.match.customer_id == found.customer.id
        if not mine and hit.match.score >= MIN_SCORE + 20 and _either_or(reading, found, hit):
            if found.field == "picked":
                return []  # answered: the one picked, not both
            first = next((h for h in hits if h.match.customer_id == found.customer.id), None)
            ask(ctx, reading, [h for h in (first, hit) if h is not None])
        if (
            mine
            or hit.match.field not in ("name", "alias")
            or in_passing(ctx, reading, hit)  # "won acme, good day all round": Good Day Ltd is not meant
            or _talked_about(reading, found, hit)  # "…, he recommended us to X": X is what was said
            or any(s < b and a < e for s, e in taken + moved_to)
            or any(s < b and a < e and not _the_name_itself(hit, s, e) for s, e in persons)
        ):
            continue
        rivals = [
            h
            for h in hits
            if h.match.customer_id != hit.match.customer_id and h.candidate.start < b and a < h.candidate.end
        ]
        if (
            hit.match.score < EXACT_SCORE - 4.5
            or (hit.partial and hit not in supported and not _own_first_words(reading, found, hit))
            or any(r.match.score >= hit.match.score - CLEAR_MARGIN and r.edits <= hit.edits for r in rivals)
        ):  # "umbrela", "summit" for Summit Partners, "acme" when two customers are called so
            named = hit.match.score >= MIN_SCORE + 20 and hit.candidate.strong and _a_slip_of(hit)
            if named and hit.match.customer_id not in others:
                unsure.append(f"{reading.original[a:b].strip()} = {hit.match.name}")
                taken.append((a, b))
            continue
        customer = ctx.store.customers.require(hit.match.customer_id)
        if link_log.recording():
            features = link_features(reading, {h.match.customer_id: h for h in hits}, [], hit)
            link_log.record({**features, "decision": "stored_other"})
        others[customer.id] = Found(customer, a, b, hit.match.field, certainty=hit.certainty)
        taken.append((a, b))
    return list(others.values()), list(dict.fromkeys(unsure))


# Words that report what somebody said or did about a company: "he recommended us to X", "Laura mentioned
# X", "姜总说X也在找供应商" (not "introduced": the people introduced are often met together).
_REPORTED = re.compile(
    r"\b(?:mention(?:ed|s)?|recommend(?:ed|s)?|referr?(?:ed|s)?|suggest(?:ed|s)?|said|says|told (?:me|us)|"
    r"thinks?|heard|hears)\b|说|提到|推荐|听说|透露",
    re.IGNORECASE,
)


def _talked_about(reading: Reading, found: Found, hit: Hit) -> bool:
    """A further customer named only in what somebody said about it, after the customer the message is
    about, with nothing of its own to store (no interaction, amount, outcome, stage or date in its
    clause): its words are the first customer's note, no record of its own ("lunch with dev from quarry
    hill, he recommended us to brandt outdoor"). "hank at globex said initech signed" keeps Initech's win."""
    a, b = hit.candidate.start, hit.candidate.end
    if found.start < 0 or a < found.end or not _REPORTED.search(reading.text[found.end : a]):
        return False
    clause = reading.clause_of(a)
    if not _REPORTED.search(reading.text[clause.start : a]):
        return False  # the report is said in an earlier clause: this one may be news of its own
    start, end = clause.start, clause.end
    rest = reading.text[b:end]
    inside = [
        *(x.start for x in reading.amounts),
        *(at for at, _ in reading.dates),
        *(step.start for step in reading.steps),
        *(span[0] for span in (reading.outcome_span, reading.stage_span, reading.kind_span) if span),
    ]
    if any(start <= at < end for at in inside):
        return False
    return not any(pattern.search(rest) for pattern in KIND_PATTERNS.values())


def _own_first_words(reading: Reading, found: Found, hit: Hit) -> bool:
    """The first words of a longer name, as written, that are no English words, starting a clause of
    their own ("pinecrest 28k, bayline 45k": Pinecrest Foods): read as that clause alone, the name would
    be linked as in any message, when no other customer shares the words (the caller checks that).
    "summit" or "harbor" may be words of the sentence; "northwind traders and zenvia both emailed" shares
    one clause, where a piece of a name is less clear."""
    words = LATIN_WORD.findall(hit.candidate.text)
    clause = reading.clause_of(hit.candidate.start)
    return (
        not hit.edits
        and not CJK.search(hit.candidate.text)
        and bool(words)
        and not any(is_english_word(w) or len(w) < 4 for w in words)
        and clause != reading.clause_of(found.start)
        and not reading.text[clause.start : hit.candidate.start].strip()
    )


def _the_name_itself(hit: Hit, start: int, end: int) -> bool:
    """ "called acme, emailed globex": the "person" emailed is a customer's whole name or alias (or in it)."""
    inside = hit.candidate.start <= start and end <= hit.candidate.end
    return inside and hit.match.score >= EXACT_SCORE and not hit.partial


def _a_slip_of(hit: Hit) -> bool:
    """Whether words that name a customer less clearly look meant as its name: not English words of their
    own ("video" is no Vireo, "signature" no Signature Homes, "pacific rim" may be the ocean's), not a
    common two-character Chinese word ("顺利" is no 顺利物流), and a slip starts as the name does
    ("calder" is no Alder)."""
    words = hit.candidate.text.strip()
    if CJK.match(words):
        return len(words) >= 3
    if all(is_english_word(w) for w in words.split()):
        return False
    return not hit.edits or words[:1].lower() == hit.match.name[:1].lower()


_EITHER_OR = re.compile(
    r"[\s.…,，]*(?:还是说|还是|或者是|或者|或是|或|\bor\b(?:\s+(?:was\s+it|is\s+it|maybe|perhaps))?|/)[\s.…,，]*",
    re.IGNORECASE,
)


def _either_or(reading: Reading, found: Found, hit: Hit) -> bool:
    """ "金鼎还是金顶来着": the user is not sure which of two customers it was."""
    a, b = sorted([(found.start, found.end), (hit.candidate.start, hit.candidate.end)])
    return bool(_EITHER_OR.fullmatch(reading.text[a[1] : b[0]]))
