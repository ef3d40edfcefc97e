"""A message about two customers or more: each gets the clauses about it, all shown on one card.

"zenith won! also lost sterling on price" is a win for Zenith and a loss for Sterling; a clause that
names both applies to both ("今天拜访了华为和小米", "给A和B都发了报价") unless it says which won or lost,
an amount or a date, which is then asked about rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from crm_store.search.gazetteer import Evidence
from handlers.commands.help import free_text_pointer
from handlers.context import Ctx
from handlers.domain.contacts import mentioned_contact
from handlers.errors import UserError
from handlers.messages import Reply
from handlers.understanding import lexicon as lx
from handlers.understanding.bare_mention import went_to, worth_a_note
from handlers.understanding.close_customers import apart, people_apart
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import remember
from handlers.understanding.customer_link import NAMING, Found, mentions_of
from handlers.understanding.customer_parts import split_at_names
from handlers.understanding.date_roles import REQUESTED
from handlers.understanding.deal_record import check_against_the_record
from handlers.understanding.further_customers import talked_about
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.people import details_are_not_interactions, read_news
from handlers.understanding.plan import Plan, plan_for
from handlers.understanding.preview import confirm_first
from handlers.understanding.reading import CJK, Clause, Reading, Step
from handlers.understanding.which_day import ask_which_day

_NAMING = NAMING | {Evidence.GIVEN_NAME}
_JOINER = re.compile(r"[\s,，、]*(?:\b(?:and|also|plus|&)\b|和|跟|并且|还|也)?[\s,，、]*$", re.IGNORECASE)

# The customer named as the one acting: a verb right after its name.
_ACTS = re.compile(
    r"\s+(?:[a-z]+ed|sent|said|says|signed|paid|ordered|came|wants?|needs?|asked|replied|bought|told|got)\b"
    r"|\s*(?:说|发了|发来|签了|要求|下单|回复|回了|打来)",
    re.IGNORECASE,
)


def store_each(ctx: Ctx, reading: Reading, founds: list[Found], unsure: list[str]) -> list[Reply]:
    """Two customers in one message: each gets the clauses about it ("zenith won! also lost sterling on
    price"); a clause that names both applies to both ("今天拜访了华为和小米", "给A和B都发了报价") unless it
    says which won or lost, an amount or a date, which is then asked about rather than guessed."""
    founds = sorted(founds, key=lambda f: f.start)
    # "zenith up to 220k and northwind moved to negotiation": each name's news is its own part
    reading.clauses = split_at_names(reading, [(f.start, f.end) for f in founds if f.start >= 0])
    reading.clauses = _split_apart(reading, founds)
    clauses = reading.clauses
    named, owners = _owners(ctx, reading, founds)
    # "Add: Deepa Nair, Admin Manager, Madurai …; Joseph Nair, …": the list's heading is each item's
    heading = _heading(reading, founds) if _items_of_one_each(reading, named) is not None else ""
    plans: list[Plan] = []
    said: list[Reply] = []
    for i, found in enumerate(founds):
        mine_at = [c for c, owner in enumerate(owners) if i in owner]
        first, last = mine_at[0], mine_at[-1]
        start, end = clauses[first].start, clauses[last].end
        shared = any(len(owners[c]) > 1 for c in mine_at)
        # "铭洋建材和宏图五金都说月底前签": said of each, so each deal closes then (a close said as signing;
        # "两边都要年后才决定" is no close date of either)
        each = any(
            len(owners[c]) > 1 and _BOTH.search(clauses[c].text) and _said_of_each(clauses[c].text)
            for c in mine_at
        )
        text = reading.text
        for c in range(first, last + 1):
            if c not in mine_at:  # "…，腾达赵总要看演示，华为那边没见到人": a clause of the other one
                a, b = clauses[c].start, clauses[c].end
                text = text[:a] + " " * (b - a) + text[b:]
        for other in founds:
            if other is found:
                continue
            for a, b in _named_at(ctx, reading, other, founds) + _their_people(ctx, reading, other, found):
                if start <= a < end:
                    text = _blanked(text, a, b)
        for a, b in _theirs_in_shared(reading, founds, found):  # "called acme and emailed globex"
            text = text[:a] + " " * (b - a) + text[b:]
            shared = False
        start += len(text[start:end]) - len(text[start:end].lstrip())  # the reading starts at its first word
        read = text
        for c in mine_at:  # "both revised to 45k each": each customer's amount, not a price per thing
            if len(owners[c]) > 1:
                for m in _EACH_WORD.finditer(read, clauses[c].start, clauses[c].end):
                    read = read[: m.start()] + " " * len(m.group(0)) + read[m.end() :]
        lead = heading if heading and start > len(heading) else ""
        if len(reading.original) == len(text):  # "鄧家樂": its words as typed, names stored as written
            read = "".join(
                o if r == t else r for o, r, t in zip(reading.original, read, reading.text, strict=True)
            )
        part = read_message(ctx, lead + read[start:end], reading.days_before(start))
        base = start - len(lead)  # where the part's text would start in the message
        details_are_not_interactions(part)  # "金敏email换成…": the detail changed, no e-mail had
        if shared and _changes_a_deal(
            ctx,
            reading,
            _only(text, [clauses[c] for c in mine_at if len(owners[c]) > 1]),
            start,
            end,
            each=each,
        ):
            # which of them won, or costs what, is unclear in a clause naming both ("visited umbrella + wayne
            # today. umbrella signed … 45k eur": the amount is Umbrella's own); a stage ("都发了报价") or a
            # close said of each ("都说月底前签") applies to each
            raise UserError(
                ctx._(
                    "Which customer does “{text}” change? Send one message per customer.",
                    text=reading.original,
                )
            )
        context = reading.text  # its people may be named elsewhere, not in a clause that names another one
        for c, names in enumerate(named):
            if names and i not in names:
                a, b = clauses[c].start, clauses[c].end
                context = context[:a] + " " * (b - a) + context[b:]
        mine = replace(found, start=found.start - base, end=found.end - base, context=context)
        already = check_against_the_record(ctx, part, mine)
        if already is not None:
            said.append(already)  # "…；海星那边还是没戏" when its loss is on record: nothing made up
            continue
        # a contact's news is something said ("Kylie Ambrose new mobile …, and Jess at … new mobile …")
        says_nothing = not (part.kind or part.about_deal or part.steps or read_news(part.text, part.people))
        if says_nothing and _only_talked_about(ctx, reading, founds, found):
            continue  # "…, lone star is moving their clinic to cypress creek": Lone Star's news only
        # "visited ingrid at driftless dairy then ben at driftless brewing, brewing wants 18k now": the clause
        # naming it shares the visit said before it; its own news follows in clauses of their own
        shares = (
            not says_nothing
            and part.kind is None
            and reading.kind_span is not None
            and reading.kind_span[1] <= clauses[first].start
            and _news_after(part, clauses[first].end - base)
            and not _says_its_own(part, mine)
        )
        # "called windsor heights … and then thunder bay ron wants a callback friday": "then" before its
        # name carries the interaction said before on to it, whatever else its part says
        shares = shares or (
            not says_nothing
            and part.kind is None
            and reading.kind_span is not None
            and found.start >= 0
            and reading.kind_span[1] <= found.start
            and _THEN.search(reading.text, max(0, found.start - 12), found.start) is not None
        )
        if says_nothing or shares:
            went = mine.start >= 0 and went_to(part.text, mine.start)
            # the message's kind carries over ("met acme, then globex", "…, emailed both") unless it is said
            # later, with a person of another customer ("A的X介绍了B的Y给我 今天和Y视频了一下")
            kind_at = reading.kind_span[0] if reading.kind_span else -1
            clause = reading.clause_of(kind_at) if kind_at >= end else None  # "…, emailed both" carries
            theirs = clause is not None and (
                _with_theirs(ctx, reading, clause, found, founds) or not _BOTH.search(clause.text)
            )  # "Ray at Lone Star gave me a referral — Mendez Family Dental, called her office": Mendez's
            # a part that says something of its own is not the same interaction ("…, stark sent PO")
            carried = None if theirs or _says_its_own(part, mine) else reading.kind
            part.kind = carried or ("visit" if went else "note")  # "上午去钟山化工，下午去西湖酒店"
            part.kind_guessed = None if carried else "went" if went else "default"
            if part.kind == "note" and not worth_a_note(ctx, part, mine):
                part.doubts.append(ctx._("a note about {customer}", customer=found.customer.name))
        elif (
            part.kind is None
            and not (part.steps or part.outcome)
            and mine.start >= 0
            and went_to(part.text, mine.start)
        ):  # "上午去鸿昇精密，下午去逢甲文创，两边都要报价": going there is the visit; the wish said of both
            part.kind, part.kind_guessed = "visit", "went"  # is its news, not all the part says
        if part.kind and part.occurred is None and reading.occurred is not None:
            part.occurred = reading.occurred  # "昨天跟高峰建材马丽、恒达高峰一起吃饭": yesterday for both
        # "…，白总说月底前给答复", "Travis will send the specs by friday", "都同意下周见面": another party's
        # plan or promise, said without a reminding word, is theirs: no reminder of ours, and nothing to ask
        dropped = [
            st
            for st in part.steps
            if _THEIRS.search(st.text)
            and not lx.REMIND.search(st.text)
            and not _again_on_a_day(part, st)
            and not _asked_of_us(st.text)  # "常部长说下周三要看我们的图纸": ours to get ready
        ]
        part.steps = [st for st in part.steps if st not in dropped]
        part.theirs += [w for _at, w in part.dates for st in dropped if st.due is not None and w.at == st.due]
        ask_which_day(ctx, part)
        plan = plan_for(ctx, part, mine, whole=False)

        if any(
            not s.explicit
            and not _planned_interaction(s.text)
            and not (_asked_of_us(s.text) and _of_both(s.start + base, clauses, owners))
            for s in part.steps
        ) or any(st.due is not None and lx.MEET_AGAIN.search(st.text) for st in dropped):
            # the opinions judge whole messages only: a date of theirs ("wayne meh, no budget till q2") is
            # not made a reminder of ours unasked; nor is a day they said to talk again ("兩邊都話下個禮拜四
            # 再傾"), as for one customer
            plan = replace(plan, doubts=(*plan.doubts, ctx._("whether you want a reminder")))
        plans.append(plan)
    if not plans:
        return said
    # one gate for all parts: a doubt in any part shows every part on one card, and Save stores what it
    # showed; a further customer named less clearly is a doubt too
    plans[0] = replace(plans[0], doubts=(*plans[0].doubts, *unsure))
    lines, questions = confirm_first(ctx, *plans)
    replies = [ctx.confirm("\n".join(lines))] if lines else []
    if replies:
        remember(ctx, reading.original)
    return replies + said + questions or [free_text_pointer(ctx, reading.text)]


# Right before a customer's name: the same again, next ("…, then globex", "and then thunder bay", "然后华为").
_THEN = re.compile(r"(?:\bthen|然后|之后|跟住|再去)\s*$", re.IGNORECASE)


# Talking again on a day, said by them: "再倾", "再谈", "talk again", "circle back" (not `lx.TALK_AGAIN`,
# their wish to talk again about a lost deal).


def _split_apart(reading: Reading, founds: list[Found]) -> list[Clause]:
    """The clauses, cut again where a further customer's name starts that is said apart from the one before
    it in the same clause, a contact detail between them ("金敏email换成jinmin@gmtexpo.cn 陆雨桐email换成…"):
    each one's news is its own."""
    cuts = [
        b.start
        for a, b in pairwise([f for f in founds if f.start >= 0])
        if reading.clause_of(a.start).start == reading.clause_of(b.start).start
        and (
            apart(reading, (a.start, a.end), (b.start, b.end))
            # "Divya Menon is now CTO and Neha Agarwal is now CEO": two people, each with news of their own
            or (a.field == b.field == "contact" and people_apart(reading, (a.start, a.end), (b.start, b.end)))
        )
    ]
    clauses: list[Clause] = []
    for clause in reading.clauses:
        at = clause.start
        for cut in [c for c in cuts if clause.start < c < clause.end]:
            clauses.append(Clause(at, cut, reading.text[at:cut]))
            at = cut
        clauses.append(Clause(at, clause.end, reading.text[at : clause.end]))
    return clauses


def _blanked(text: str, a: int, b: int) -> str:
    """`text` with the words at a..b blanked, same positions. Between Chinese characters the blank is no
    space, which would cut the clause there ("上午给雷鸣和文静都打了电话" without 雷鸣 is one clause)."""
    inside = a > 0 and b < len(text) and CJK.match(text[a - 1]) and CJK.match(text[b])
    return text[:a] + ("・" if inside else " ") * (b - a) + text[b:]


def _named_at(ctx: Ctx, reading: Reading, found: Found, founds: list[Found]) -> list[tuple[int, int]]:
    """Where the message names `found`'s customer: the words it was found by, and again later by its name,
    alias, the first words of its name or one of its people ("…, greg at alder wants the spec")."""
    spans = [(found.start, found.end)]
    for m in mentions_of(ctx, reading):
        mine = m.customer_id == found.customer.id and m.evidence in _NAMING and not m.edits
        taken = spans + [(f.start, f.end) for f in founds]  # "福興" inside "高雄福興" is the other one's
        if mine and m.start >= found.end and not any(a < m.end and m.start < b for a, b in taken):
            spans.append((m.start, m.end))
    return spans


def _again_on_a_day(part: Reading, step: Step) -> bool:
    """ "兩邊都話下個禮拜四再傾": talking again on a day named is a meeting of ours to come (blind writers'
    labels: a reminder), as for one customer; "下個月再傾", a period with no day, stays theirs."""
    if step.due is None or not lx.MEET_AGAIN.search(step.text):
        return False
    whens = [w for at, w in part.dates if at >= 0 and w.at == step.due]
    said = [" ".join(part.text[a:b] for a, b in w.spans).strip() for w in whens]
    return bool(said) and not any(lx.PERIOD_ONLY.search(words) for words in said)


def _planned_interaction(words: str) -> bool:
    """ "约了周四开会", "demo w/ them on the 12th": a meeting or call to come, worth its reminder."""
    return any(pattern.search(words) for pattern in KIND_PATTERNS.values())


def _of_both(at: int, clauses: list[Clause], owners: list[set[int]]) -> bool:
    """Whether the words at `at` are in a clause said of both customers ("both want the proposal resent
    tomorrow", "兩間都想下個禮拜一收報價"), not of one of them ("…, ann arbor wants a quote by fri")."""
    c = next((k for k, clause in enumerate(clauses) if clause.start <= at < clause.end), None)
    return c is not None and len(owners[c]) > 1 and _BOTH.search(clauses[c].text) is not None


def _asked_of_us(words: str) -> bool:
    """ "both want the proposal resent tomorrow", "兩間都想下個禮拜一收報價": what they asked us to send by a
    day is a task of ours, worth its reminder as it is for one customer."""
    return REQUESTED.search(words) is not None or _OUR_TASK.search(words) is not None


# A task of ours said of both in Chinese or mixed: "都要下周三发quote", "兩間都想下個禮拜一收報價",
# "兩邊都要下個禮拜一follow up" (what is ours to send, or to follow up).
_OUR_TASK = re.compile(
    r"(?:收|发|發|寄|送|交|出|睇|看)(?:个|個|份|一份|下|吓)?(?:我们的?|我們的?|我哋嘅?)?(?:新|新的)?"
    r"(?:报价|報價|quote|quotation|proposal|方案|合同|样品|樣品|资料|資料|图纸|圖紙)"
    r"|\bfollow\s*-?\s*up\b|跟进|跟進",
    re.IGNORECASE,
)


def _only(text: str, clauses: list[Clause]) -> str:
    """`text` with everything outside `clauses` blanked (same positions)."""
    return "".join(c if any(k.start <= i < k.end for k in clauses) else " " for i, c in enumerate(text))


def _changes_a_deal(ctx: Ctx, reading: Reading, shared: str, start: int, end: int, *, each: bool) -> bool:
    """Whether the clauses that name several customers (`shared`, the rest blanked) say an amount, an
    extra deal, or (unless said of each) an outcome, a close or a delay: which customer's deal is unclear."""
    said = read_message(ctx, shared[start:end], reading.days_before(start))
    once = said.outcome or said.close or said.postponed or said.repriced
    # "both revised to 50k each", "两家各5万": one amount, said of each of them (not a total to share out)
    each_amount = len(said.amounts) == 1 and _EACH_AMOUNT.search(shared[start:end]) is not None
    return bool((said.amounts and not each_amount) or said.add_on or (once and not each))


def _their_people(ctx: Ctx, reading: Reading, other: Found, found: Found) -> list[tuple[int, int]]:
    """Where the message names a person of `other`'s and not of `found`'s ("Mara Quist at Pellham Dairy
    pointed me to Brisk Ferries": Mara Quist is no new contact of Brisk Ferries)."""
    said = mentions_of(ctx, reading)
    people = [m for m in said if m.evidence in (Evidence.CONTACT, Evidence.GIVEN_NAME)]
    mine = {(m.start, m.end) for m in people if m.customer_id == found.customer.id}
    theirs = [(m.start, m.end) for m in people if m.customer_id == other.customer.id]
    return [span for span in theirs if span not in mine]


def _only_talked_about(ctx: Ctx, reading: Reading, founds: list[Found], found: Found) -> bool:
    """Whether `found` is named only in what is said of another customer of the message, named before it."""
    others = [span for o in founds if o is not found for span in _named_at(ctx, reading, o, founds)]
    return talked_about(reading, found.start, found.end, others, _named_at(ctx, reading, found, founds))


def _owners(ctx: Ctx, reading: Reading, founds: list[Found]) -> tuple[list[set[int]], list[set[int]]]:
    """For each clause, the customers (indexes into `founds`, in order of mention) it names, and those it
    is about: the ones it names, first or again ("去了腾达和华为，腾达赵总要看演示，华为那边没见到人"); a
    clause naming none goes on about the last one named before it (the first one, for words before any
    name)."""
    clauses = reading.clauses
    named: list[set[int]] = [set() for _ in clauses]
    for i, found in enumerate(founds):
        for a, _ in _named_at(ctx, reading, found, founds):
            named[clauses.index(reading.clause_of(a))].add(i)
    # a clause naming no customer but people of theirs is about those customers ("…，冒厂长那边报价改成七万");
    # people joined by a bare 和 / and are named together ("今天 call 了 顾伟 和 陶文", cut at its spaces)
    people = [
        set() if names else _whose_people(ctx, clause, founds)
        for clause, names in zip(clauses, named, strict=True)
    ]
    for k in range(1, len(clauses) - 1):
        if _JOINED.fullmatch(clauses[k].text) and people[k - 1] and people[k + 1]:
            people[k - 1] = people[k] = people[k + 1] = people[k - 1] | people[k + 1]
    items = _items_of_one_each(reading, named)
    if items is not None:
        return named, items  # "Add: Deepa Nair, Admin Manager, Madurai …; Joseph Nair, …, Mangaluru Cashew"
    owners: list[set[int]] = []
    # words before any name go on about the first customer or people named
    current = next((set(n or p) for n, p in zip(named, people, strict=True) if n or p), {0})
    so_far: set[int] = set()
    both = len(current) > 1  # the clause before was said of every customer named so far
    for clause, names, theirs in zip(clauses, named, people, strict=True):
        so_far |= names
        if theirs:
            current, both = set(theirs), len(theirs) > 1
        elif not names and _ONE_OF.search(clause.text):
            current, both = set(so_far), True  # "…，一家要降到四万", "one of them wants 55k": which one?
        elif (names and _BOTH_NAMED.search(clause.text)) or (not names and _BOTH.search(clause.text)):
            current, both = set(so_far), True  # "…，两边都要报价", "Everbright 许峰 + 盛华 林娜 both emailed"
        elif names:
            current, both = set(names), False
        elif not both:
            current = {max(current)}  # after "拜访了华为和小米", the words go on about the later one
        owners.append(set(current))  # after "两边都要年后才决定", "电话讲的" is said of both too
    return named, owners


# Where a list's items end: "A: …; B: …", one item a line.
_ITEM_END = re.compile(r"[;；\n]")


def _items_of_one_each(reading: Reading, named: list[set[int]]) -> list[set[int]] | None:
    """For a message that lists items apart (";", one a line) each naming one customer of its own, the
    customer of each clause: the one its item names, wherever in the item the name stands ("Joseph Nair,
    Purchase Manager, Mangaluru Cashew"); None when the message is no such list."""
    ends = [m.start() for m in _ITEM_END.finditer(reading.text.rstrip())]
    if not ends:
        return None
    bounds = [0, *ends, len(reading.text)]
    item_of = [sum(1 for e in ends if e < clause.start) for clause in reading.clauses]
    per_item: list[set[int]] = [set() for _ in range(len(bounds) - 1)]
    for item, names in zip(item_of, named, strict=True):
        per_item[item] |= names
    if any(len(names) != 1 for names in per_item):
        return None
    if len({next(iter(names)) for names in per_item}) != len(per_item):
        return None
    return [set(per_item[item]) for item in item_of]


# A list's heading: a few words, then a colon, before any customer is named ("Add:", "New contacts:").
_HEADING = re.compile(r"\s*([^:：;；\n]{1,24}[:：])\s*")


def _heading(reading: Reading, founds: list[Found]) -> str:
    """The heading that opens a list of items, said once for all of them; "" when there is none."""
    said = _HEADING.match(reading.text)
    first = min((f.start for f in founds if f.start >= 0), default=0)
    if said is None or said.end(1) > first:
        # "New contact Marlow Joinery: Sam …; Fenwick Dental: Nora …": the first item's customer heads its
        # item as the others' do, and the new-contact words before it are the list's heading
        before = reading.text[:first].strip(" \t-–—:：,，")
        return before + " " if before and NEW_CONTACT.fullmatch(before) else ""
    return said.group(1) + " "


# Words that only say the items are new contacts: "New contact", "new contacts", "新联系人", "add".
NEW_CONTACT = re.compile(
    r"(?:\b(?:new|add(?:ed)?)\s+(?:contacts?|people|poc)|\badd|新(?:联系人|联络人|对接人)|加(?:个|了)?联系人)",
    re.IGNORECASE,
)


# A clause that only joins two named ("和", "and", "&"): a message cut at its spaces ("顾伟 和 陶文").
_JOINED = re.compile(r"\s*(?:和|跟|与|同|及|以及|还有|\band\b|&|、|,|，)\s*", re.IGNORECASE)


def _whose_people(ctx: Ctx, clause: Clause, founds: list[Found]) -> set[int]:
    """The customers of the message (indexes into `founds`) whose contacts `clause` names: by whole name,
    given name or family name and title (冒厂长)."""
    return {i for i, found in enumerate(founds) if mentioned_contact(ctx, found.customer, clause.text)}


# A clause said of every customer named before it ("都" alone too, in a clause that names none of them).
_BOTH_NAMED = re.compile(
    r"\b(?:both|each of them|all of them|all three|either one|together|the three of us)\b"
    r"|两边|两家|两个都|双方|三家都|他们都|一起|一块|三个人|三方",
    re.IGNORECASE,
)
_BOTH = re.compile(f"{_BOTH_NAMED.pattern}|都", re.IGNORECASE)
# A clause said of one of the customers named, not saying which: what it says is asked about, not given to
# the last one named.
_ONE_OF = re.compile(
    r"\b(?:one of (?:them|em|'em|’em|the two|those|these)|either of them|one of the two)\b"
    r"|(?:其中|有)?一(?:家|间|個|个)(?!人|子|起|下|共|直|点|些|样|定|般)",
    re.IGNORECASE,
)
_SIGNED = re.compile(
    r"签|簽|成交|拿下|赢|丢|输|\b(?:sign\w*|clos\w*|won|lost|buy\w*|order\w*)\b", re.IGNORECASE
)


# A close moved to a day, said of both ("川味坊跟锦疆都推到3月底", "both pushed to end of march"): each moves.
_MOVED_TO = re.compile(
    r"(?:推|推迟|延|延期|延后|挪|改|拖)到"
    r"|\b(?:push(?:ed|ing)?|mov(?:ed|ing)|slip(?:ped|ping)?|delay(?:ed|ing)|postponed)\b(?:\s+\w+){0,2}?\s+(?:to|till|until)\b",
    re.IGNORECASE,
)
# An amount said of each of the customers named ("both revised to 50k each", "各5万", "每家五万"): each's own.
_EACH_AMOUNT = re.compile(
    r"\b(?:each|apiece|per (?:customer|account))\b|各(?!种|方面|位|类|项|个部门)(?:自|是)?|每家|每单", re.I
)

# Said by (or of) another party: "X说", "佢話", "X will", "he'll", "agreed", "同意", "上嚟".
_THEIRS = re.compile(
    r"说|(?<![电電通])[話话]|讲|講|同意|答应|答應|上嚟|上来|过来|過來"
    r"|(?<!\bi )(?<!\bwe )\b(?:said|says|will|agreed|promised)\b|\b(?:he|she|they)['’](?:ll|d)\b",
    re.IGNORECASE,
)
_EACH_WORD = re.compile(r"(?<=\d[kKmM])\s+(?:each|apiece)\b|(?<=\d)\s*(?:each|apiece)\b", re.I)


def _said_of_each(text: str) -> bool:
    """A signing, a close or an outcome in a clause said of both ("…都说月底前签", "both confirmed PO，两单都
    搞定了", "都选了别家"), or a close moved to a day ("都推到3月底"): each signs, wins, loses or moves."""
    return bool(
        _SIGNED.search(text)
        or lx.WON_WORDS.search(text)
        or lx.LOST_WORDS.search(text)
        or _MOVED_TO.search(text)
    )


def _with_theirs(ctx: Ctx, reading: Reading, clause: Clause, found: Found, founds: list[Found]) -> bool:
    """Whether `clause` names a person, or a contact of another customer of the message than `found`."""
    if any(clause.start <= at < clause.end for _, at, _ in reading.persons):
        return True
    return any(mentioned_contact(ctx, f.customer, clause.text) for f in founds if f is not found)


def _theirs_in_shared(reading: Reading, founds: list[Found], found: Found) -> list[tuple[int, int]]:
    """The stretches of a clause naming several customers that belong to another one than `found`: an
    interaction word between two customers' names starts the later one's part ("called acme and emailed
    globex": the email is Globex's, the call Acme's). Without such a word the clause is about both
    ("visited huawei and xiaomi", "给A和B都发了报价")."""
    cuts: list[tuple[int, int]] = []
    ordered = sorted(founds, key=lambda f: f.start)
    for earlier, later in pairwise(ordered):
        between = reading.text[earlier.end : later.start]
        if reading.clause_of(earlier.start) != reading.clause_of(later.start):
            continue
        kinds = [m for p in KIND_PATTERNS.values() for m in p.finditer(between)]
        clause = reading.clause_of(earlier.start)
        if not kinds:
            joiner = _each_their_kind(reading, clause, earlier, later)
            if joiner is None:
                continue
            cut = joiner
        else:
            verb = min(m.start() for m in kinds)
            cut = earlier.end + verb - len(_JOINER.search(between[:verb]).group(0))  # type: ignore[union-attr]
        if found.start <= earlier.start:  # `found` is the earlier one: the rest of the clause is theirs
            cuts.append((cut, clause.end))
        elif found is later:
            cuts.append((clause.start, cut))
    return cuts


_AND_THEN = re.compile(r"\s+(?:and|while)\s+|[,，]\s*|\s*(?:又|还|另外)", re.IGNORECASE)


def _each_their_kind(reading: Reading, clause: Clause, earlier: Found, later: Found) -> int | None:
    """Where the later customer's part starts in a clause naming two, when each has its own kind of
    interaction, the earlier's said before its name and the later's after its name ("met Saoirse at Blue
    Mountains Eco Lodge today and Gus from Launceston Timber rang"): at the last "and" between them."""
    text = reading.text
    before = [m for p in KIND_PATTERNS.values() for m in p.finditer(text, clause.start, earlier.start)]
    after = [m for p in KIND_PATTERNS.values() for m in p.finditer(text, later.end, clause.end)]
    if not before or not after:
        return None
    joins = list(_AND_THEN.finditer(text, earlier.end, later.start))
    return joins[-1].start() if joins else None


def _news_after(part: Reading, at: int) -> bool:
    """Whether all the deal news of a part is said from `at` on (its amounts, stage and outcome; other news
    read without a place counts as said anywhere)."""
    if part.close or part.reopen or part.postponed or part.repriced or part.add_on or part.relative:
        return False
    spans = [(a.start, a.end) for a in part.amounts] + [s for s in (part.stage_span, part.outcome_span) if s]
    return bool(spans) and all(a >= at for a, _ in spans)


def _says_its_own(part: Reading, found: Found) -> bool:
    """Whether a customer's part of a message says what the customer did itself, right after its name
    ("…, stark sent PO", "腾达说…"), unlike "…, then globex", "globex too" or "lakeside, both want catalogs",
    which share the interaction said before."""
    return found.start >= 0 and bool(_ACTS.match(part.text, found.end))
