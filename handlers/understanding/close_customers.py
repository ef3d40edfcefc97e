"""Which of several customers the message names about as well is meant, or none (then it is asked).

A company's own alias typed in full beats names that merely start with it; names read from the same
words are unclear; a customer whose contact or open deal the message names as well is the one; a
group's short name also starts its companies' names (asked); several customers each named clearly by
their own words are a message about all of them. Where the words name several alike, what a careful
colleague would go by picks one: the only one whose name opens with the place said just before ("保定的
嘉禾食品"), the only one with a reminder set for what the message says ("the heartland pricing call"),
the only one whose open deal the message calls by its amount ("the 30k one", "56万那单"), the only one
whose person named is still there (the other one left), the only one that is the user's own account (a
rep's "华鼎" is their 華鼎, not a colleague's); else it is asked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from crm_store.models import Contact
from crm_store.search import normalize_name
from crm_store.search.chinese_names import opening_places
from crm_store.search.everyday import zipf
from crm_store.search.gazetteer import Evidence
from crm_store.search.normalize import fold, strip_legal
from handlers.context import Ctx
from handlers.domain.contacts import CN_TITLES, family_name, mentioned_contact
from handlers.domain.deals import deals_named
from handlers.domain.which_deal import by_amount
from handlers.parsing.amounts import find_amounts
from handlers.parsing.hanzi import simplified
from handlers.resolve import (
    CLEAR_MARGIN,
    CLEAR_SCORE,
    EXACT_SCORE,
    MIN_SCORE,
    decide,
)
from handlers.understanding.contact_changes import change_words
from handlers.understanding.customer_link import SUPPORT, Certainty, Hit, mentions_of
from handlers.understanding.deal_amounts import said_as_new
from handlers.understanding.reading import Reading
from handlers.understanding.reminder_tasks import shares_task, task_of


def supported_hits(ctx: Ctx, reading: Reading, hits: list[Hit]) -> list[Hit]:
    """The close customers the message also names by a contact or an open deal's title
    ("bayview wifi upgrade": only Bayview Hotel has a deal called wifi upgrade)."""
    mentions = mentions_of(ctx, reading)
    out = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        a, b = hit.candidate.start, hit.candidate.end
        if any(
            m.customer_id == hit.match.customer_id and m.evidence in SUPPORT and (m.end <= a or b <= m.start)
            for m in mentions
        ):
            out.append(hit)
    return out


def typed_in_full(hit: Hit) -> bool:
    """The stretch is the customer's whole alias (or name), as written or in pinyin ("huawei")."""
    return hit.match.field in ("alias", "name") and hit.match.score >= EXACT_SCORE - 0.5


def _shared_prefix(winner: Hit, others: list[Hit]) -> bool:
    """ "acme" with Acme Corp and Acme Industrial Supply: the typed words start two names.

    The winner's own alias typed in full ("华为" for 深圳市华为技术有限公司) is not shared.
    """
    query = normalize_name(winner.candidate.text)
    if winner.match.field == "alias" and typed_in_full(winner):
        return False
    return any(
        o.match.score >= MIN_SCORE + 20 and normalize_name(o.match.name).startswith(query) for o in others
    )


# Words between a place and the brand said after it: "保定的嘉禾食品", "自贡那边的天禾", "天津嗰間嘉禾".
_OF_PLACE = r"(?:市|省|区|县)?\s*(?:那边|这边|那家|这家|那个|这个|嗰间|嗰边|嘅|的)*\s*$"


def by_place(reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one whose name opens with the place said just before the words that
    name them ("去了保定的嘉禾食品" among 保定/唐山/天津嘉禾食品; "自贡那边的天禾")."""
    text = simplified(reading.text)
    placed = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        places = opening_places(strip_legal(fold(hit.match.name)))
        before = text[: hit.candidate.start]
        if places and re.search(rf"(?:{'|'.join(map(re.escape, places))}){_OF_PLACE}", before):
            placed.append(hit)
    return placed[0] if len(placed) == 1 else None


def by_contact(ctx: Ctx, reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one with a contact the message names ("met bob at acme"); of several
    with a contact of the family name said, the only one whose contact has the title said ("正泰兴阮老板":
    阮永健 is the 老板, 阮嘉伟 a buyer)."""
    with_contact: list[tuple[Hit, Contact]] = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        customer = ctx.store.customers.require(hit.match.customer_id)
        outside = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
        contact = mentioned_contact(ctx, customer, outside)
        if contact is not None:
            with_contact.append((hit, contact))
    if len(with_contact) > 1:
        with_contact = [(hit, c) for hit, c in with_contact if _title_said(c, reading.text)]
    return with_contact[0][0] if len(with_contact) == 1 else None


def _title_said(contact: Contact, text: str) -> bool:
    """The message calls this Chinese contact by family name and a title the contact has (阮老板, 王总)."""
    if not contact.title or contact.name[:1].isascii():
        return False
    said = re.search(re.escape(family_name(simplified(contact.name))) + f"({CN_TITLES})", simplified(text))
    return said is not None and said.group(1) in simplified(contact.title)


def by_deal(ctx: Ctx, reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one with an open deal the message names ("bayview wifi upgrade")."""
    with_deal = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        customer = ctx.store.customers.require(hit.match.customer_id)
        outside = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
        if deals_named(ctx.store.deals.for_customer(customer.id, open_only=True), outside, customer):
            with_deal.append(hit)
    return with_deal[0] if len(with_deal) == 1 else None


def decide_among(ctx: Ctx, reading: Reading, hits: list[Hit]) -> tuple[Hit | None, list[Hit]]:
    hits = sorted(hits, key=lambda h: (-h.match.score, h.match.name))
    decision = decide([h.match for h in hits])
    close = [h for h in hits if h.match.score >= hits[0].match.score - CLEAR_MARGIN * 2][:5]
    members = _members(hits[0], hits[1:])
    if members:
        return None, [hits[0], *members]  # "远大 赢了": 远大集团, or its 远大物业?
    if decision.winner is not None and _shared_prefix(hits[0], hits[1:]):
        decision = replace(decision, winner=None)
        close = [hits[0], *(h for h in hits[1:] if h.match.score >= MIN_SCORE + 20)][:5]
    if (
        decision.winner is None
        and hits[0].match.field == "alias"
        and typed_in_full(hits[0])
        and all(h.match.score < EXACT_SCORE - 2 for h in hits[1:])
    ):
        return hits[0], hits  # "华为" is 深圳市华为技术有限公司's own alias; 华为终端 merely starts with it
    if decision.winner is None and len(close) > 1:
        separate = _each_clear_on_its_own(close)
        if separate is not None:
            return separate, hits  # "今天拜访了华为和小米": two customers, the first one leads
        people = _people_of_each(ctx, reading, close)
        if people is not None:
            return people, hits  # "金敏email换成… 陆雨桐email换成…": each one's own customer, the first leads
        # each read with a doubt ("Blue Pottery House Jaipur": Blue Mountains Eco Lodge? Jaipur Blue
        # Pottery?): only what the message says of one may pick it; which is the user's own, or which is
        # still there, breaks ties between clear readings only
        doubted = all(h.match.score < CLEAR_SCORE for h in close)
        shortened = _next_word_shortened(reading, close)
        if shortened is not None:
            return shortened, close  # "Hazelton Chiro": Hazelton Chiropractic, not Hazelton Catering
        supported = supported_hits(ctx, reading, close)
        if len(supported) == 1:
            return supported[0], close
        if all(h.match.field == "contact" for h in close):
            # "talked to João today, he wants the proposal revised": two customers' Joãos, no customer
            # named; a word of one's deal or reminder is no sign of which João (two blind writers ask)
            found = by_place(reading, close) or by_contact(ctx, reading, close)
            return found or (None if doubted else _still_there(ctx, close) or _own(ctx, close)), close
        return (
            by_place(reading, close)
            or by_contact(ctx, reading, close)
            or by_deal(ctx, reading, close)
            or by_reminder(ctx, reading, close)
            or by_deal_amount(ctx, reading, close)
            or _at_its_amount(ctx, reading, close)
            or (None if doubted else _still_there(ctx, close) or _own_as_named(ctx, close))
        ), close
    if decision.winner is None and close:  # one candidate, read unsure ("信誼" of 信誼牙醫): its person too?
        return by_contact(ctx, reading, close) or by_deal(ctx, reading, close), close
    if decision.winner is None:
        return None, close
    return hits[0], hits


def by_reminder(ctx: Ctx, reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one with an open reminder whose task the message says in a word
    other than a kind of deed ("prep for the heartland pricing call": only Heartland Cold Storage has a
    pricing call set; "call heartland tomorrow" tells neither)."""
    with_task = []
    for hit in {h.match.customer_id: h for h in hits}.values():
        outside = reading.text[: hit.candidate.start] + " " + reading.text[hit.candidate.end :]
        reminders = ctx.store.reminders.open_for_customer(hit.match.customer_id)
        if any(shares_task(task_of(ctx, r), outside, deeds=False) for r in reminders):
            with_task.append(hit)
    return with_task[0] if len(with_task) == 1 else None


def by_deal_amount(ctx: Ctx, reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one with an open deal the message calls by its amount ("copperleaf,
    the 30k one, is now 34k", "长青 56万那单改成60万"): the amount the deal is known by, not a new one."""
    with_deal = [
        hit
        for hit in {h.match.customer_id: h for h in hits}.values()
        if by_amount(ctx.store.deals.for_customer(hit.match.customer_id, open_only=True), reading.text)
    ]
    return with_deal[0] if len(with_deal) == 1 else None


def _at_its_amount(ctx: Ctx, reading: Reading, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one with an open deal at an amount the news says ("merdeka signed
    52k", "启航38万签了", "trier 15k -> 26k" when only one of them has a deal at that amount). An amount
    said as the new value ("up to 45k", "改成38万", the 26k of "15k -> 26k") is what a deal becomes, not
    which one it is; an amount no close customer's deal has tells nothing (asked)."""
    text = simplified(reading.text)
    said = [a for a in find_amounts(text) if not said_as_new(text, a.start)]
    if not said:
        return None
    at_amount = [
        hit
        for hit in {h.match.customer_id: h for h in hits}.values()
        if any(
            d.amount == a.value and (a.currency is None or a.currency == d.currency)
            for d in ctx.store.deals.for_customer(hit.match.customer_id, open_only=True)
            for a in said
        )
    ]
    return at_amount[0] if len(at_amount) == 1 else None


def _still_there(ctx: Ctx, hits: list[Hit]) -> Hit | None:
    """Close customers found by a person's name: the only one where that person still works ("oliver rang"
    when the other Oliver has left his company)."""
    said = [h for h in hits if not a_slip(h)]  # ("pool heater" read as Heather, a letter off: no person said)
    people = {h.match.customer_id: h for h in said if h.match.field == "contact"}
    if len(people) < 2 or any(h.match.field != "contact" for h in said):
        return None
    there = [
        hit
        for cid, hit in people.items()
        if any(c.name == hit.match.matched for c in ctx.store.customers.contacts(cid))
    ]
    return there[0] if len(there) == 1 else None


def _own(ctx: Ctx, hits: list[Hit]) -> Hit | None:
    """Among close customers, the only one that is the user's own account: a rep's "华鼎" or "Kevin" is the
    one they look after, not a colleague's of the same name (a manager's, owning neither, is asked)."""
    mine = [
        hit
        for hit in {h.match.customer_id: h for h in hits}.values()
        if ctx.store.customers.require(hit.match.customer_id).owner_id == ctx.user.id
    ]
    return mine[0] if len(mine) == 1 else None


def _own_as_named(ctx: Ctx, hits: list[Hit]) -> Hit | None:
    """The user's own account among close customers (`_own`), unless only a colleague's is named in full by
    the words: "张氏五金" for the rep's 張氏五金有限公司 beside a colleague's 张氏五金（天津）is theirs, but
    "acme" for the rep's Acme Logistics LLC beside a colleague's Acme Corporation (alias Acme) is a name two
    customers share, asked (the visit went to Acme Logistics without a word: trial 67 H1)."""
    own = _own(ctx, hits)
    if own is None or (own.partial and not all(h.partial for h in hits)):
        return None
    return own


_GROUP = re.compile(r"集团|控股|\b(?:group|holdings?)\b", re.IGNORECASE)


def _members(top: Hit, others: list[Hit]) -> list[Hit]:
    """A group's short name ("远大" of 远大集团) also starts the names of the group's companies (远大物业):
    those companies, read from the same words."""
    if not _GROUP.search(top.match.name) or top.partial:
        return []
    a, b = top.candidate.start, top.candidate.end
    return [
        o
        for o in others
        if o.match.customer_id != top.match.customer_id
        and o.partial
        and not o.edits
        and (o.candidate.start, o.candidate.end) == (a, b)
        and o.match.score >= MIN_SCORE + 20
    ]


# A contact detail said between two people: each has news of their own.
_DETAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[\d\s-]{5,}\d")


def apart(reading: Reading, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two names of a message are said apart: in clauses of their own, or with a contact detail
    between them ("金敏email换成jinmin@gmtexpo.cn 陆雨桐email换成…")."""
    if reading.clause_of(one[0]).start != reading.clause_of(other[0]).start:
        return True
    first, second = sorted([one, other])
    return _DETAIL.search(reading.text, first[1], second[0]) is not None


def people_apart(reading: Reading, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two people named are said apart (`apart`), or the first with news of its own before the
    second is named ("Divya Menon is now CTO and Neha Agarwal is now CEO"): each with their own news."""
    first, second = sorted([one, other])
    return apart(reading, one, other) or bool(change_words(reading.text[first[1] : second[0]]))


def whole_contact(ctx: Ctx, reading: Reading, hit: Hit) -> bool:
    """Whether `hit` is a contact of its customer named by the contact's whole name ("Kylie Ambrose",
    "陆雨桐"), not by a given name or a family name and title."""
    return hit.match.field == "contact" and any(
        m.customer_id == hit.match.customer_id
        and (m.start, m.end) == (hit.candidate.start, hit.candidate.end)
        and m.evidence == Evidence.CONTACT
        and m.score >= EXACT_SCORE - 4.5
        for m in mentions_of(ctx, reading)
    )


def _people_of_each(ctx: Ctx, reading: Reading, close: list[Hit]) -> Hit | None:
    """The first of several customers each found only by one of its people, named by whole name in a clause
    of its own ("佟国庆升了 现在是副总 郭志刚也升了 现在是总工"): each person's news is their customer's."""
    if len({h.match.customer_id for h in close}) != len(close) or len(close) < 2:
        return None
    if not all(whole_contact(ctx, reading, h) for h in close):
        return None
    spans = sorted((h.candidate.start, h.candidate.end) for h in close)
    if not all(people_apart(reading, a, b) for a, b in pairwise(spans)):
        return None
    return min(close, key=lambda h: h.candidate.start)


def _each_clear_on_its_own(close: list[Hit]) -> Hit | None:
    """The first of several customers each named clearly by its own stretch of the message."""

    def overlap(a: Hit, b: Hit) -> bool:
        return a.candidate.start < b.candidate.end and b.candidate.start < a.candidate.end

    # Where a stretch is one customer's own alias ("华为"), names that merely start with it step aside,
    # and so does a look-alike read with a slip or a homophone from words that name another customer
    # exactly ("galloway printing" is Galloway Printing, not Calloway Printing one letter off; "金鼎建材"
    # is 金鼎建材, not 金顶建材 said the same way).
    owned = [h for h in close if (h.match.field == "alias" and typed_in_full(h)) or named_exactly(h)]
    kept = [
        h
        for h in close
        if h in owned or not any(overlap(h, o) and (a_slip(h) or o.match.field == "alias") for o in owned)
    ]
    strong = [h for h in kept if h.match.field in ("name", "alias") and h.match.score >= EXACT_SCORE - 4.5]
    if len(strong) < 2 or len(strong) != len(kept):
        return None
    if any(overlap(a, b) for i, a in enumerate(strong) for b in strong[i + 1 :]):
        return None  # two customers read from the same words: unclear
    return min(strong, key=lambda h: h.candidate.start)


_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z]{2,})\.?")


def _next_word_shortened(reading: Reading, close: list[Hit]) -> Hit | None:
    """The one of several names starting with the typed words whose next word the message goes on with,
    shortened to its first letters and no common word of its own ("Hazelton Chiro" is Hazelton
    Chiropractic among four Hazeltons; "hazelton met …" is no Metal Fabrication), read as typed in full."""
    fits = []
    for hit in close:
        typed, name = hit.candidate.text.split(), hit.match.name.split()
        after = _NEXT_WORD.match(reading.text, hit.candidate.end)
        if not (hit.partial and after and len(name) > len(typed) and not hit.edits):
            continue
        word, full = after.group(1).lower(), name[len(typed)].lower()
        same_start = [w.lower() for w in name[: len(typed)]] == [w.lower() for w in typed]
        if same_start and full.startswith(word) and len(word) < len(full) and zipf(word) < _COMMON_WORD:
            shortened = replace(
                hit.candidate, text=reading.text[hit.candidate.start : after.end(1)], end=after.end(1)
            )
            fits.append(replace(hit, candidate=shortened))
    return fits[0] if len({h.match.customer_id for h in fits}) == 1 else None


_COMMON_WORD = (
    4.5  # wordfreq's zipf: "met", "cat" are words of the sentence, "chiro", "fab", "med" shortened names
)


def a_slip(hit: Hit) -> bool:
    """Read with letters wrong, or from how the words sound (pinyin, a homophone): not as written."""
    return bool(hit.edits) or hit.certainty == Certainty.TYPO


def named_exactly(hit: Hit) -> bool:
    return hit.match.field == "name" and not hit.partial and hit.match.score >= EXACT_SCORE
