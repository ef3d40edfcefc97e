"""The further customers a message names beside the first one, for messages about two customers or more.

Each is named as clearly as a name can be (whole name or alias, or the first words of its name starting
a clause of their own); one named less clearly is a doubt, not dropped unseen; one only talked about
("he recommended us to X") is the first one's note; "A or B" asks which.
"""

from __future__ import annotations

import re

from crm_store.models import Customer
from crm_store.search.everyday import is_english_word
from crm_store.search.normalize import normalize_name
from handlers.context import Ctx
from handlers.parsing.hanzi import simplified
from handlers.resolve import (
    CLEAR_MARGIN,
    EXACT_SCORE,
    MIN_SCORE,
    decide,
)
from handlers.understanding import link_log
from handlers.understanding.close_customers import people_apart, supported_hits, whole_contact
from handlers.understanding.customer_link import (
    LATIN_WORD,
    NAMING,
    Found,
    Hit,
    best_hits,
    mentions_of,
    said_as_a_former_employer,
    said_as_a_place,
    said_as_a_title,
)
from handlers.understanding.customer_parts import JOINER, cut_between, deal_news
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.link_features import link_features
from handlers.understanding.people import read_news
from handlers.understanding.reading import CJK, LIST_JOINER, Reading
from handlers.understanding.which_customer import FALLBACK_SCORE, ask, meant_as_name
from handlers.understanding.words_or_person import in_passing


def other_customers(ctx: Ctx, reading: Reading, found: Found) -> tuple[list[Found], list[str]]:
    """Further customers the message names as clearly as a name can be (whole name or alias, apart from
    the first one and from people), for messages about two customers at once.

    A further customer named less clearly (a slip, the first words of a longer name, a name two
    customers share) is not stored on a guess, nor dropped unseen: its words go to `reading.doubts`,
    so the plan is shown before anything is stored ("called globex and umbrela")."""
    if found.start < 0:
        return [], []
    persons = [(s, e) for _, s, e in reading.persons]
    news = read_news(reading.text, reading.people)
    moved_to = [n.joins for n in news if n.joins]  # a contact went there
    # people with news of their own ("Sal Pellegrini's is sal.p@…", "陆雨桐手机换成139…"), by name
    with_news = {
        simplified(n.who).lower()
        for n in news
        if n.email or n.phone or n.title or n.left or n.new or n.renamed
    }
    others: dict[int, Found] = {}
    unsure: list[str] = []
    taken = [(found.start, found.end)]
    hits = list(best_hits(ctx, reading).values())
    said = mentions_of(ctx, reading)
    named = [(found.start, found.end)] + [
        (m.start, m.end) for m in said if m.customer_id == found.customer.id
    ]

    def named_again(a: int, b: int) -> bool:
        """Whether a customer already taken is named again there by a form it holds ("觀塘恒發，恒發李主任…":
        its brand, which a namesake holds too, said after its whole name)."""
        held = {found.customer.id, *others}
        return any(
            m.customer_id in held and m.evidence in NAMING and m.start <= a and b <= m.end and a > found.end
            for m in said
        )

    def theirs(hit: Hit) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in said if m.customer_id == hit.match.customer_id]

    supported = supported_hits(
        ctx, reading, hits
    )  # "greta (schlumbach)": her company, named by its first word
    for hit in sorted(hits, key=lambda h: -h.match.score):
        a, b = hit.candidate.start, hit.candidate.end
        mine = hit.match.customer_id == found.customer.id
        if not mine and hit.match.score >= MIN_SCORE + 20 and _either_or(reading, found, hit):
            if found.field == "picked":
                return [], []  # answered: the one picked, not both
            first = next((h for h in hits if h.match.customer_id == found.customer.id), None)
            ask(ctx, reading, [h for h in (first, hit) if h is not None])
        # the contact news stores the move: where they went, and where they came from ("韩冬从包头稀土跳到…")
        read_as_a_move = any(s < b and a < e for s, e in moved_to) or (
            bool(moved_to) and bool(_FROM.search(reading.text[max(0, a - 6) : a]))
        )
        if not mine and read_as_a_move and found.start in [s for s, _ in moved_to]:
            taken.append((a, b))
            continue
        if not mine and not read_as_a_move and _moved_between(reading, found, hit):
            # "王芳从东方贸易跳槽去了渤海钢铁" not read as a contact's move: no interaction at either: asked
            unsure.append(reading.original[found.start : b].strip())
            taken.append((a, b))
            continue
        # (a person who moved between the customers named is one contact's move, not two customers' news)
        person = not mine and not moved_to and _person_of_another(ctx, reading, hit, taken)
        if (
            mine
            or (hit.match.field not in ("name", "alias") and not person)
            or in_passing(ctx, reading, hit)  # "won acme, good day all round": Good Day Ltd is not meant
            or (
                # "…, he recommended us to X": what was said; not a person of X with news of their own
                not (person and simplified(hit.candidate.text).lower() in with_news)
                and talked_about(reading, a, b, named, theirs(hit))
            )
            or any(s < b and a < e for s, e in taken + moved_to)
            or named_again(a, b)
            or any(s < b and a < e and not _the_name_itself(hit, s, e) for s, e in persons)
            or said_as_a_former_employer(reading.text, a)
            or said_as_a_title(reading.text, a)
        ):
            continue
        rivals = [
            h
            for h in hits
            if h.match.customer_id != hit.match.customer_id and h.candidate.start < b and a < h.candidate.end
        ]
        told = _told_by_its_people(hit, rivals, supported) or hit in supported
        if hit.partial and not told and said_as_a_place(reading.text, a):
            continue  # "a packaging fair in Poznań": the town, not Poznań Meble (the note keeps it)
        if person:
            pass  # "Kylie Ambrose new mobile …, and Jess at Wollongong Surf …": her own customer's news
        elif _fits_others_too(ctx, hit) and not told:
            # "…, indore, mumbai - all 3 spoke", "承德热河和青岛": words that name another customer as well
            # as this one (Mumbai Textiles, Navi Mumbai Cold Storage) are asked about, never one taken
            unsure.append(f"{reading.original[a:b].strip()} = {hit.match.name}")
            taken.append((a, b))
            continue
        elif (
            # (the first words of its name beside one of its people are enough: "Krzysztof Mazurek (Lublin
            # Agro)" for Lublin Agro Sp. z o.o.)
            (
                hit.match.score < EXACT_SCORE - 4.5
                and not _chinese_name_start(hit)
                and not (told and hit.partial and _beside_its_person(reading.text, a))
            )
            or (
                hit.partial
                and hit not in supported
                and not _own_first_words(reading, found, hit)
                and not _chinese_name_start(hit)
                and not _most_of_the_name(hit)
            )
            or (
                any(r.match.score >= hit.match.score - CLEAR_MARGIN and r.edits <= hit.edits for r in rivals)
                and not _told_by_its_people(hit, rivals, supported)
            )
        ):  # "umbrela", "summit" for Summit Partners, "acme" when two customers are called so
            slip = hit.match.score >= MIN_SCORE + 20 and hit.candidate.strong and _a_slip_of(hit)
            slip = slip or _joined_name_start(reading, taken, hit)  # "called northwind and zenith"
            slip = slip or _shared_by_namesakes(hit, rivals)  # "打給立揚…" with four 立揚: which one?
            if slip and hit.match.customer_id not in others:
                unsure.append(f"{reading.original[a:b].strip()} = {hit.match.name}")
                taken.append((a, b))
            continue
        customer = ctx.store.customers.require(hit.match.customer_id)
        if link_log.recording():
            features = link_features(reading, {h.match.customer_id: h for h in hits}, [], hit)
            link_log.record({**features, "decision": "stored_other"})
        others[customer.id] = Found(customer, a, b, hit.match.field, certainty=hit.certainty)
        taken.append((a, b))
    for sibling in _siblings(ctx, reading, found, taken):
        others.setdefault(sibling.customer.id, sibling)  # "bluegum parramatta up to 21k, newcastle …"
    unsure += _listed_unclear(ctx, reading, taken)  # "承德热河矿泉水和青岛": which 青岛?
    unsure += _slips_listed(ctx, reading, taken, {found.customer.id, *others})  # "called globx and initek"
    return list(others.values()), list(dict.fromkeys(unsure))


def _slips_listed(ctx: Ctx, reading: Reading, taken: list[tuple[int, int]], held: set[int]) -> list[str]:
    """A stretch listed beside a customer taken ("called globx and initek") that no known form of any
    customer matched but the search index finds one for (a heavier typo, as `ask_fallback` finds for a
    message naming no customer): asked as that one, never dropped unseen."""
    out = []
    for candidate in reading.candidates:  # ("called initek and globx": "initek" was read as a person called)
        a, b = candidate.start, candidate.end
        if any(s < b and a < e for s, e in taken) or not meant_as_name(candidate):
            continue
        if not any(_listed_with(reading.text, (a, b), other) for other in taken):
            continue
        top = next(iter(ctx.store.search.customers(candidate.text, limit=3)), None)
        if top is None or top.score < FALLBACK_SCORE or top.field not in ("name", "alias"):
            continue
        if top.customer_id in held:
            continue
        out.append(f"{reading.typed(candidate.text, a)} = {top.name}")
        taken.append((a, b))
    return out


def _listed_with(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two stretches of `text` stand side by side as items of one list ("globx and initek")."""
    first, second = sorted((one, other))
    gap = LIST_JOINER.match(text, first[1])
    return gap is not None and gap.end() == second[0]


# A customer said right after a person of its own: "Krzysztof Mazurek (Lublin Agro)", "Ana from Recife
# Açúcar"; not where they were before ("她之前在信義醫材", "she used to be at X").
_BESIDE_A_PERSON = re.compile(r"[^\W\d_]\s*[(（]\s*$|[^\W\d_]\s+(?:from|of|at|@)\s+$", re.IGNORECASE)
_BEFORE_NOW = re.compile(r"之前|以前|原来|used to|previously|formerly|\bex-?\b", re.IGNORECASE)


def _beside_its_person(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_BESIDE_A_PERSON.search(before)) and not _BEFORE_NOW.search(before)


# A joiner of a Chinese list of customers: "A和B", "A同B", "A、B", "A还有B".
_CJK_LIST_JOINER = re.compile(r"\s*(?:和|同|跟|与|及|、|还有|還有)\s*")
_CJK_RUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}")
_CJK_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,8}$")


def _listed_unclear(ctx: Ctx, reading: Reading, taken: list[tuple[int, int]]) -> list[str]:
    """A Chinese list item joined to a customer found ("承德热河矿泉水和青岛", "华创和邯郸钢管") whose
    words are a part of two customers' names or more, and of no one name more than another ("青岛" of
    青岛海港机械 and 青岛崂山啤酒): one of them is meant, which is asked, never dropped unseen."""
    text = reading.text
    out: list[str] = []
    for a, b in list(taken):
        after = _CJK_LIST_JOINER.match(text, b)
        if after is not None and (run := _CJK_RUN_AFTER.match(text, after.end())) is not None:
            words = _longest_named(ctx, [run.group(0)[:n] for n in range(len(run.group(0)), 1, -1)])
            start = run.start()
            if words and not any(s < start + len(words) and start < e for s, e in taken):
                out.append(reading.original[start : start + len(words)])
        before = None
        for joiner in _CJK_LIST_JOINER.finditer(text, max(0, a - 3), a):
            if joiner.end() == a:
                before = joiner
        if before is not None and (run := _CJK_RUN_BEFORE.search(text, 0, before.start())) is not None:
            said = run.group(0)
            words = _longest_named(ctx, [said[-n:] for n in range(len(said), 1, -1)])
            start = before.start() - len(words or "")
            if words and not any(s < before.start() and start < e for s, e in taken):
                out.append(reading.original[start : before.start()])
    return out


def _longest_named(ctx: Ctx, pieces: list[str]) -> str | None:
    """The longest of `pieces` (longest first) that is written inside some customer's name; returned only
    when it is inside two names or more (which one is unclear), else None."""
    for piece in pieces:
        folded = simplified(piece)
        names = {
            m.customer_id
            for m in ctx.store.search.customers(piece, limit=5)
            if m.field in ("name", "alias") and folded in simplified(m.name)
        }
        if names:
            return piece if len(names) > 1 else None
    return None


def _person_of_another(ctx: Ctx, reading: Reading, hit: Hit, taken: list[tuple[int, int]]) -> bool:
    """A contact of another customer named by whole name in a clause that names no customer taken
    ("Kylie Ambrose new mobile …, and Jess at Wollongong Surf new mobile …", "金敏email换成… 陆雨桐email
    换成…"): a further customer, the one of that person."""
    if not whole_contact(ctx, reading, hit):
        return False
    if _after_words_of_its_name(reading, hit, taken):
        return True
    return all(people_apart(reading, (a, b), (hit.candidate.start, hit.candidate.end)) for a, b in taken)


def _after_words_of_its_name(reading: Reading, hit: Hit, taken: list[tuple[int, int]]) -> bool:
    """A contact named right after two Chinese characters or more of its own customer's name, joined to a
    customer taken ("跟亦庄华创刘海燕和烟台于海波开了个Zoom", "見咗西環海味行陳生同埋雅悅張美玲"): its
    customer is named too, by the words its people are known by."""
    start = hit.candidate.start
    run = _CJK_RUN_BEFORE.search(reading.text, 0, start)
    if run is None:
        return False
    name = simplified(hit.match.name)
    said = run.group(0)
    piece = next((said[-n:] for n in range(len(said), 1, -1) if said[-n:] in name), None)
    if piece is None or any(a < start and start - len(piece) < b for a, b in taken):
        return False
    before = reading.text[: start - len(piece)]
    return bool(_CJK_LIST_JOINER.search(before[-3:])) or before.endswith(tuple("和跟同及、"))


def _fits_others_too(ctx: Ctx, hit: Hit) -> bool:
    """Whether the words that found a further customer (not its whole name or alias as known) name another
    customer's name as well as they name its: searched on their own they have no clear winner ("mumbai"
    for Mumbai Textiles and Navi Mumbai Cold Storage, "华创" for 中关村华创 and 亦庄华创)."""
    words = hit.candidate.text
    if not hit.partial and hit.match.score >= EXACT_SCORE:
        return False
    folded = simplified(words).lower()
    found = ctx.store.search.customers(words, limit=5)
    names = [m for m in found if m.field in ("name", "alias") and folded in simplified(m.name).lower()]
    if not any(m.customer_id == hit.match.customer_id for m in names):
        return False  # only words of its name as written count, not a slip or a sound alike
    return len({m.customer_id for m in names}) > 1 and decide(names, words).winner is None


def _told_by_its_people(hit: Hit, rivals: list[Hit], supported: list[Hit]) -> bool:
    """Of namesakes named by the same words, the only one whose contact (or open deal) the message names as
    well ("…还有周五打给盛达汽配敖勇": 敖勇 is 自贡盛达汽配's)."""
    ids = {h.match.customer_id for h in supported}
    return hit.match.customer_id in ids and not any(r.match.customer_id in ids for r in rivals)


def _shared_by_namesakes(hit: Hit, rivals: list[Hit]) -> bool:
    """A name several customers hold alike, read in a clause of its own: one of them is meant, which is
    asked, never the first customer's by default ("…还有礼拜一打给立扬" with four 立扬)."""
    return (
        hit.match.field in ("name", "alias")
        and not hit.edits
        and hit.match.score >= EXACT_SCORE - 4.5
        and any(r.match.field in ("name", "alias") and r.match.score >= hit.match.score for r in rivals)
    )


# The words that start a clause: "newcastle moved to proposal", "and logistics down to 15k".
_CLAUSE_LEAD = re.compile(r"[\s,，、;；&+/]*(?:(?:and|but|plus|while)\s+)?((?:[A-Za-z][\w&'’-]*\s*){1,3})")


def _siblings(ctx: Ctx, reading: Reading, found: Found, taken: list[tuple[int, int]]) -> list[Found]:
    """A customer named by the words that set it apart from the first one's, at the start of a clause of its
    own that tells a deal's news ("kessler medical up to 65k, logistics moved to negotiation": Kessler
    Logistics; "bluegum parramatta up to 21k, newcastle moved to proposal": Bluegum Physio Newcastle). The
    first one's leading words and the words said name one customer clearly, another one than the first."""
    if found.start < 0:
        return []
    family = found.customer.name.split()
    out: list[Found] = []
    for clause in reading.clauses:
        if clause.start <= found.start < clause.end or any(clause.start <= a < clause.end for a, _ in taken):
            continue
        lead = _CLAUSE_LEAD.match(clause.text)
        if lead is None or not lead.group(1).strip():
            continue
        said = lead.group(1).split()
        start = clause.start + lead.start(1)
        for n in range(len(said), 0, -1):
            words = said[:n]
            end = start + len(" ".join(words))
            if reading.text[start:end].lower() != " ".join(words).lower():
                continue  # several spaces between: not read as one name
            if not deal_news(reading, end, clause.end, dates=False):
                continue
            sibling = _sibling_named(ctx, family, words, found)
            if sibling is not None:
                out.append(Found(sibling, start, end, "name", certainty=found.certainty))
                break
    return out


def _sibling_named(ctx: Ctx, family: list[str], words: list[str], found: Found) -> Customer | None:
    """The one customer whose name is the first word(s) of `family` followed by `words` (the next words of
    its name, each as written or its start of four letters or more), other than `found`'s."""
    for k in range(len(family) - 1, 0, -1):
        query = " ".join([*family[:k], *words])
        winner = decide(ctx.store.search.customers(query, limit=5), query).winner
        if winner is None or winner.customer_id == found.customer.id:
            continue
        name = winner.name.split()
        rest = name[k : k + len(words)]
        same_family = [w.lower() for w in name[:k]] == [w.lower() for w in family[:k]]
        if (
            same_family
            and len(rest) == len(words)
            and all(_starts(w, r) for w, r in zip(words, rest, strict=True))
        ):
            return ctx.store.customers.require(winner.customer_id)
    return None


def _starts(typed: str, word: str) -> bool:
    typed, word = typed.lower(), word.lower()
    return typed == word or (len(typed) >= 4 and word.startswith(typed))


# Words that report what somebody said or did about a company: "he recommended us to X", "Laura mentioned
# X", "姜总说X也在找供应商" (not "introduced": the people introduced are often met together).
_REPORTED = re.compile(
    r"\b(?:mention(?:ed|s)?|recommend(?:ed|s)?|referr?(?:ed|s)?|suggest(?:ed|s)?|said|says|told (?:me|us)|"
    r"thinks?|heard|hears)\b|说|提到|推荐|听说|透露",
    re.IGNORECASE,
)


# Only joining words between two names: "acme and globex", "华为和小米", "acme, globex": both are meant alike.
_JOINED = re.compile(
    r"(?:['’]s|的)?[\s,，、&+/]*(?:\b(?:and|&|plus|also|or)\b|和|跟|与|及|还有|同埋|同)?[\s,，、&+/]*",
    re.IGNORECASE,
)


# An introduction brings the two together: "博远费厂长介绍了长江新材鲁总", "jane introduced us to globex".
_INTRODUCED = re.compile(
    r"介绍|引荐|牵线|\b(?:introduc\w*|connected (?:me|us)|put (?:me|us) in touch)\b", re.IGNORECASE
)


def talked_about(
    reading: Reading, start: int, end: int, others: list[tuple[int, int]], again: list[tuple[int, int]]
) -> bool:
    """Whether the customer named at `start`:`end` is only talked about: named in what somebody said ("lunch
    with dev from quarry hill, he recommended us to brandt outdoor"), or in news of another customer named
    before it in the same clause (`others`: where the message names that one; "side note lone star is
    moving their clinic to cypress creek"), with nothing of its own to store (no interaction, amount,
    outcome, stage or date in its clause, and not named again elsewhere, by name or by one of its people:
    `again`): its words are the other's note, no record of its own. "hank at globex said initech signed"
    keeps Initech's win; "acme and globex both want catalogs" names both alike; "小米的李娜介绍了kessler的mia
    给我 今天和mia视频了一下" goes on about Kessler."""
    clause = reading.clause_of(start)
    if any(not (clause.start <= a < clause.end) for a, _ in again):
        return False
    upto = min((a for a, _ in others if a >= clause.end), default=len(reading.text))
    if any(pattern.search(reading.text[clause.end : upto]) for pattern in KIND_PATTERNS.values()):
        return False  # "…pointed me to Brisk Ferries, phoned their office today": the call is theirs
    lead = reading.text[clause.start : start]
    earlier = [(a, b) for a, b in others if clause.start <= a and b <= start]
    reported = any(b <= start for _, b in others) and _REPORTED.search(lead)
    about_other = any(
        not _JOINED.fullmatch(between := _past_their_person(reading, b, start))
        and not _INTRODUCED.search(between)
        for _, b in earlier
    )
    if not (reported or about_other):
        return False
    inside = [
        *(x.start for x in reading.amounts),
        *(at for at, _ in reading.dates),
        *(step.start for step in reading.steps),
        *(span[0] for span in (reading.outcome_span, reading.stage_span, reading.kind_span) if span),
    ]
    if any(clause.start <= at < clause.end for at in inside):
        return False
    return not any(pattern.search(reading.text[end : clause.end]) for pattern in KIND_PATTERNS.values())


def _past_their_person(reading: Reading, end: int, start: int) -> str:
    """The words between a customer named (ending at `end`) and the next one (at `start`), past a person
    said right after the first one's name ("同荃灣利豐黃廠長同九龍灣通達馮生都傾咗": 同 joins the two)."""
    at = max((b for _, a, b in reading.persons if a == end and b <= start), default=end)
    return reading.text[at:start]


# "<person> 从/由/from <customer> 跳槽去了/转去/moved to <customer>": somebody changing jobs.
_FROM = re.compile(r"(?:从|由|\bfrom)\s*$", re.IGNORECASE)
_MOVED = re.compile(
    r"\s*(?:[了咗]\s*)?(?:跳槽|离职|辞职|调|转|换|加入|\b(?:moved|switched|jumped|went|transferred|left)\b)"
    r"[^，。,;；.!?！？]{0,8}?(?:去|到|\bto|\bfor)\s*(?:了\s*)?$",
    re.IGNORECASE,
)


def _moved_between(reading: Reading, found: Found, hit: Hit) -> bool:
    """Whether the message says somebody went from `found`'s customer to `hit`'s ("王芳从东方贸易跳槽去了渤海
    钢铁", "由東方貿易轉咗去渤海鋼鐵"): news of a person, not two interactions."""
    if found.start < 0 or hit.candidate.start <= found.end:
        return False
    before = reading.text[max(0, found.start - 6) : found.start]
    between = reading.text[found.end : hit.candidate.start]
    return bool(_FROM.search(before)) and bool(_MOVED.fullmatch(between))


def _own_first_words(reading: Reading, found: Found, hit: Hit) -> bool:
    """The first words of a longer name, as written, that are no English words, starting a clause of
    their own ("pinecrest 28k, bayline 45k": Pinecrest Foods): read as that clause alone, the name would
    be linked as in any message, when no other customer shares the words (the caller checks that).
    "summit" or "harbor" may be words of the sentence; "northwind traders and zenvia both emailed" shares
    one clause, where a piece of a name is less clear. An English word ("zenith") counts only as the subject
    of a deal's news said right after it, in a part of its own: "zenith up to 220k and northwind moved to
    negotiation", "called northwind and zenith - zenith went with someone cheaper" (said again there)."""
    words = LATIN_WORD.findall(hit.candidate.text)
    if hit.edits or CJK.search(hit.candidate.text) or not words or any(len(w) < 4 for w in words):
        return False
    english = any(is_english_word(w) for w in words)
    typed = re.escape(hit.candidate.text.strip())
    again = [m.start() for m in re.finditer(rf"(?<!\w){typed}(?!\w)", reading.text, re.IGNORECASE)]
    for at in again or [hit.candidate.start]:
        end = at + len(hit.candidate.text.strip())
        clause = reading.clause_of(at)
        start, own_news = clause.start, False
        if clause == reading.clause_of(found.start):
            # one clause, each name followed by news of its own
            (_, earlier_end), (later_start, _) = sorted([(found.start, found.end), (at, end)])
            cut = cut_between(reading, earlier_end, later_start)
            if cut is None:
                continue
            start, own_news = (cut if at >= cut else clause.start), True
        lead = reading.text[start:at]
        if lead.strip() and not JOINER.fullmatch(lead) and not _OUTCOME_LEAD.fullmatch(lead):
            continue
        if own_news or not english or deal_news(reading, end, clause.end, dates=False):
            return True
    return False


# An outcome said first of the name it is about: "Won Kölner 58k and Ennis Dairy moved to negotiation"
_OUTCOME_LEAD = re.compile(r"\s*(?:and\s+)?(?:won|lost|signed|closed|landed)\s+", re.IGNORECASE)


# An explicit joining word between two names: "northwind and zenith", "blue heron vet & north shore".
_AND = re.compile(r"\s*,?\s*(?:\band\b|&|\+|\bplus\b|和|跟|与|及)\s*", re.IGNORECASE)


def _joined_name_start(reading: Reading, taken: list[tuple[int, int]], hit: Hit) -> bool:
    """The first word(s) of a customer's name as written, English words, joined by "and" right after a
    customer named ("called northwind and zenith, good chats"): too weak a name to store on, too clear to
    drop unseen, so it is shown on the card."""
    typed = hit.candidate.text.strip().lower()
    if hit.edits or not hit.partial or not hit.match.name.lower().startswith(typed):
        return False
    return any(_AND.fullmatch(reading.text[end : hit.candidate.start]) for _, end in taken)


def _most_of_the_name(hit: Hit) -> bool:
    """Two words or more of a name as written, leaving out at most its last word (its legal form apart):
    "green bay fire" of Green Bay Fire Protection, "setouchi marin" of Setouchi Marin Supply KK. As clear as
    the whole name; "zenith" of Zenith Partners or "green" of Green Bay Fire Protection is not."""
    typed = normalize_name(hit.candidate.text).split()
    name = normalize_name(hit.match.name).split()
    return not hit.edits and len(typed) >= 2 and name[: len(typed)] == typed and len(name) - len(typed) <= 1


def _chinese_name_start(hit: Hit) -> bool:
    """The first four characters or more of a Chinese name, as written ("台南嘉順" of 台南嘉順食品股份
    有限公司): a place and a brand, as clear as a short name (a shared one has a rival read alike)."""
    typed = simplified(hit.candidate.text.strip())
    return (
        not hit.edits
        and len(typed) >= 4
        and bool(CJK.fullmatch(typed[0]))
        and simplified(hit.match.name).startswith(typed)
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
