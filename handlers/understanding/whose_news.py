"""Which person each detail and change word is said of, put together as one `ContactNews` per person:
the nearest person before it in its sentence, a title introducing the person after it ("the new owner is
Marty Kemp"), else the person already being described, else a pronoun's antecedent. People who are no
contacts take nothing; a title said with no change word is news only beside another detail."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handlers.parsing.contact_details import phone_digits
from handlers.parsing.hanzi import simplified
from handlers.understanding.contact_changes import MOVED_AWAY, PROMOTED, moved_to
from handlers.understanding.people_items import ContactNews, Item, sentence_of
from handlers.understanding.person_names import PLACE_TAKEN, words_before

# Where someone who left went, said after the leaving: "left acme, he's now … at X", "left, joined X".
# (in one clause, or the next said of them: "left acme, he's now …"; not "Basil is out at Orchard, Nora
# Finch does the buying now")
_GONE_ON_TO = re.compile(
    r"[^,.;!?，。；！？]{0,30}?(?:,\s*(?:and\s+)?(?:he|she|they)\b[^,.;!?]{0,12}?)?"
    r"\b(?:now|joined|went\s+to|moved\s+to|over\s+to|works?\s+at)\b",
    re.IGNORECASE,
)


def assemble(
    plain: str, text: str, items: list[Item], known: frozenset[str] = frozenset()
) -> list[ContactNews]:
    """The news about each person, in the order said (`plain`: the text simplified, same positions;
    `known`: the organisation's contacts' names, in lowercase)."""
    people = [i for i in items if i.kind == "person"]
    details = [i for i in items if i.kind in ("email", "phone", "wechat", "title")]
    news: dict[int, ContactNews] = {}  # by the person's first mention
    keys: dict[str, int] = {}

    def record(person: Item | None) -> ContactNews:
        if person is None:
            key = -1
            if key not in news:
                news[key] = ContactNews("", span=(len(text), len(text)))
            return news[key]
        name = person.value or text[person.start : person.end]
        at = plain.find(person.value, person.start, person.end) if person.value else -1
        if at >= 0:
            name = text[at : at + len(person.value)]  # "鄺嘉樂 Kelvin": the Chinese name, as written
        elif simplified(name) == plain[person.start : person.end]:
            name = text[person.start : person.end]  # as written (traditional characters kept)
        folded = name.lower()
        # "Zofia Kaczmarek Gdynia Rybolowstwo": a known contact's name run into the customer's, cut back to it
        longer = [k for k in known if folded.startswith(f"{k} ")]
        if longer:
            name = name[: len(max(longer, key=len))]
            folded = name.lower()
        key = keys.setdefault(folded, person.start)
        if key not in news:
            news[key] = ContactNews(name, span=(person.start, person.end))
        return news[key]

    def owner(item: Item) -> Item | bool | None:
        """The person a detail or change is said of; False: of someone who is no contact."""
        sentence = sentence_of(plain, item.start)
        before = _people_before(plain, items, item.start)
        if (
            before
            and before[-1].kind == "person"
            and _PLACE_OR_TOPIC_BEFORE.search(plain, 0, before[-1].start)
        ):
            before = before[:-1] or before  # "he sold his stake in North Shore Marine, stays on as GM": his
        after = [p for p in people if p.start >= item.end and sentence_of(plain, p.start) == sentence]
        if item.kind == "title" and before and _someones_new(plain, before[-1], item):
            if after and _introduces(plain, item, after[0]):
                return after[0]  # "Athlone Credit Union's new manager is Pádraic Lyons": the one it names
            return False  # "Amélie's new chef wants the system": her new chef, someone else
        if item.kind == "title" and before and _whose_role(plain, before[-1], item):
            if (
                after
                and (_right_before(plain, item, after[0]) or _introduces(plain, item, after[0]))
                and not after[0].blocked
            ):
                return after[0]  # "introduced their new CFO Meera Kapoor", "their new CFO is Meera Kapoor"
            named = [p for p in before[:-1] if p.kind == "person"]
            apposed = bool(named) and _APPOSITION.fullmatch(plain[named[-1].end : before[-1].start])
            if apposed and not named[-1].blocked:
                return named[-1]  # "Hamish Ortiz, their practice manager": said of the name before it
            if not _COPULA_BEFORE.search(plain[: before[-1].start]):
                return False  # "waiting on their new CFO": someone in that role, not the person named
            before = before[:-1]  # "she's their new CFO": the subject's title
        leaver_next = bool(after) and any(
            i.kind in ("left", "move") and 0 <= i.start - after[0].end <= 2 for i in items
        )  # "信息部经理换了 郝文静调走了 新的叫孙立新": the one named next is the one who went
        if item.kind == "title" and (
            _CHANGED_HANDS_BEFORE.search(plain[max(0, item.start - 12) : item.start])
            or (leaver_next and _CHANGED_HANDS.match(plain, item.end))
        ):
            later = [p for p in people if p.start >= item.end and not p.blocked]
            return later[-1] if later else False  # "换了采购经理 汪海涛调走了 新的叫郑小兵": the newcomer's
        if (
            item.kind == "title"
            and after
            and (_introduces(plain, item, after[0]) or _right_before(plain, item, after[0]))
        ):
            return after[0]
        if item.kind == "title" and _CHANGED_HANDS.match(plain, item.end):
            later = [p for p in people if p.start >= item.end and not p.blocked]
            return later[-1] if later else False  # "IT总监换人了 谭志远走了 新来的叫蒋涛": the newcomer's
        if before:
            nearest = before[-1]
            if item.kind == "title" and _SPEECH.search(plain[nearest.end : item.start]):
                return False  # "房总说他们董事长…", "Cole said the rep…": someone else's title
            if nearest.kind == "pronoun":
                return _antecedent(items, nearest, plain)
            return False if nearest.blocked else nearest
        if after and not after[0].blocked and _close(plain, item, after[0]):
            return after[0]
        earlier = [p for p in people if p.end <= item.start]
        described = [p for p in earlier if text[p.start : p.end].lower() in keys]  # already news: its details
        plain_mentions = [
            p for p in earlier if plain[p.end : p.end + 2] not in ("'s", "’s")
        ]  # not "Cole's x"
        for pool in (described, plain_mentions):
            if pool:
                return False if pool[-1].blocked else pool[-1]
        return None

    # "Pierre replaces Elodie, pierre@…", "李明接替了王芳，电话…": the details said after the one replaced are
    # the successor's (who left gives no new number)
    successor_of = {
        gone.start: taker[0]
        for cue in items
        if cue.kind == "successor"
        and (gone := _replaced(plain, items, cue)) is not None
        and (taker := _introduced(plain, items, cue))
    }
    promoted = any(i.kind == "promoted" for i in items)  # a title said of no one named is news only so
    uncued: set[int] = set()  # news whose title was said with no change word: kept only beside a detail
    for item in details:
        if item.kind == "title" and not _title_said_of_someone(plain, item):
            continue
        if item.kind in ("phone", "email", "wechat") and _SOMEONE_ELSES.search(
            plain, max(0, item.start - 32), item.start
        ):
            continue  # "his assistant's number is 98260 11223": not the contact's own
        who = owner(item)
        if who is False:
            continue
        if isinstance(who, Item) and who.start in successor_of:
            who = successor_of[who.start]
        target = record(who if isinstance(who, Item) else None)
        if item.kind == "title":
            cued = _cued(plain, items, item)
            # "rockford new buyer: Maria Okonjo, purchasing, maria@…": the field right after the name is
            # the title it gives, over a role said before the name
            field = isinstance(who, Item) and bool(_FIELD_AFTER.fullmatch(plain[who.end : item.start]))
            if target.title is None or (cued and id(target) in uncued) or field:
                target.title = text[item.start : item.end]
                uncued.discard(id(target))
                if not cued:
                    uncued.add(id(target))
            elif cued and PROMOTED.search(plain, max(0, item.start - 8), item.start):
                target.title = text[
                    item.start : item.end
                ]  # "兼管采购了，职位改成销售及采购总监": the last word
        elif getattr(target, item.kind) is None:
            value = text[item.start : item.end].strip()
            setattr(target, item.kind, phone_digits(value) if item.kind == "phone" else value)
        target.details.append((item.start, item.end))
        target.span = (min(target.span[0], item.start), max(target.span[1], item.end))
    for item in items:
        if item.kind in ("left", "move"):
            subject = _subject(plain, items, item)
            # (left, then where they are now: "left acme, he's now purchasing mgr at red river logistics")
            gone_on = None if item.kind == "move" else _GONE_ON_TO.match(plain, item.end)
            if item.kind == "move":
                moved = moved_to(plain, item)
            else:  # where they are now, said after the leaving
                moved = moved_to(plain, replace(item, end=gone_on.end())) if gone_on else None
            away = item.kind == "move" and moved is None and MOVED_AWAY.match(plain, item.end)
            if subject is None or subject.blocked or (item.kind == "move" and moved is None and not away):
                continue
            target = record(subject)
            target.left = True
            target.span = (min(target.span[0], item.start), max(target.span[1], item.end))
            if moved is not None:
                target.joins = moved
        elif item.kind in ("new", "successor"):
            for person in _introduced(plain, items, item):
                target = record(person)
                target.new = True
                target.span = (min(target.span[0], item.start), max(target.span[1], person.end))
            if (predecessor := _replaced(plain, items, item)) is not None:
                target = record(predecessor)
                target.left = True
                target.span = (min(target.span[0], item.start), max(target.span[1], predecessor.end))
        elif item.kind == "rename":
            _rename(plain, text, items, item, record)
    _successors_named(plain, items, record, news.values(), known)
    for n in news.values():
        bare = id(n) in uncued or (not n.who and not promoted)
        if bare and not (n.email or n.phone or n.wechat or n.new):
            n.title = None  # "the trainer no-showed", "鲍文不在，把样品留给前台了": a role said, no news
    result = [n for n in news.values() if _says_something(n)]
    for n in result:
        n.where = _where(plain, n)
    return sorted(result, key=lambda n: n.span[0])


def _replaced(plain: str, items: list[Item], cue: Item) -> Item | None:
    """The person whose place the successor takes, named right after the cue; they are gone."""
    after = [p for p in items if p.kind == "person" and not p.blocked and p.start >= cue.start]
    if not after or after[0].start - cue.end > 7:
        return None
    return after[0] if PLACE_TAKEN.search(plain[cue.start : after[0].start]) else None


def _successors_named(
    text: str,
    items: list[Item],
    record: Callable[[Item | None], ContactNews],
    told: object,
    known: frozenset[str] = frozenset(),
) -> None:
    """After someone is said to have left, a person named in full later in the message is the one who follows
    them ("Hitesh Desai left Surat Synthetics. Ketan Shah has replaced him as GM", "…, Jo Bright is the owner
    now", "…厂里现在是他侄子姜涛说了算"), unless named as someone spoken to or who told it."""
    leavings = [i for i in items if i.kind == "left"]
    if not leavings:
        return
    gone = {n.who.lower() for n in told if isinstance(n, ContactNews) and n.left}  # type: ignore[attr-defined]
    gone_words = {w for name in gone for w in re.findall(r"[^\W\d_]{2,}", name)} - {"dr", "mr", "mrs", "ms"}
    for person in items:
        if person.kind != "person" or person.blocked or person.start < leavings[0].end:
            continue
        name = text[person.start : person.end]
        whole = re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or re.fullmatch(r"\S+(?:\s+\S+)+", name)
        if not whole or name.lower() in gone or (person.value or "").lower() in gone:
            continue
        if {name.lower(), (person.value or "").lower()} & known or set(name.lower().split()) & gone_words:
            continue  # a contact the organisation knows, or the one who left named again ("Trent … Trent M.")
        spoken_to = _SPOKEN_TO.search(text[max(0, person.start - 16) : person.start])
        if spoken_to or _TOLD_AFTER.match(text, person.end):
            continue
        target = record(person)
        if not (target.left or target.joins):
            target.new = True


# Before a name: it is someone spoken to or about ("I spoke to Jane Smith", "ask Ravi Kumar", "cc'd Ann Lee"),
# or a place ("took over Sapporo Baio Famu", "at Tugs")
_SPOKEN_TO = re.compile(
    r"\b(?:to|with|told|tell|asked|ask|cc|cc['’]d|copied|spoke|emailed|called|rang|messaged|texted|met|from|by|"
    r"via|thanks?|over|at|of|for|in|joined|runs?|running)\s+$|(?:跟|和|与|同|问|告诉|找|给|打给|约)\s*$",
    re.IGNORECASE,
)
# After a name: they told it ("Ravi Kumar said …", "姜涛说…"; 说了算 is their say, they decide)
_TOLD_AFTER = re.compile(
    r"\s*(?:said|says|told|tells|mentioned|reckons|thinks|confirmed|emailed|called|rang)\b|\s*(?:说(?!了算)|讲|话|告诉)",
    re.IGNORECASE,
)


def _whose_role(text: str, pronoun: Item, title: Item) -> bool:
    """ "their new CFO", "his old boss": a possessive right before a title says whose role it is, not who."""
    if pronoun.kind != "pronoun" or pronoun.value.lower() not in ("their", "his", "her"):
        return False
    between = text[pronoun.end : title.start]
    return bool(re.fullmatch(r"\s+(?:(?:new|current|old|former|interim|acting|last)\s+)?", between, re.I))


# "<name>'s new <title>" with something said of it after ("Carla's new practice manager likes it"): the
# name's possessive, a person in that role; "Carla's the new practice manager", "Carla's new practice manager
# now" (is) are hers.
_POSSESSIVE_NEW = re.compile(
    r"(?:-?(?:san|sama|kun|sensei))?['’]s\s+(?:new|current|old|former|interim|acting)\s+$", re.IGNORECASE
)
_SAID_OF_IT = re.compile(r"\s+(?!(?:now|too|as well|also|at|from|since|in|of)\b)[a-z]+", re.IGNORECASE)


def _someones_new(text: str, person: Item, title: Item) -> bool:
    return (
        person.kind != "pronoun"
        and bool(_POSSESSIVE_NEW.fullmatch(text[person.end : title.start]))
        and bool(_SAID_OF_IT.match(text, title.end))
    )


_FIELD_AFTER = re.compile(r"\s*[,，|]\s*")
_APPOSITION = re.compile(r"\s*(?:[,，]|\s[-–—])\s*")
_COPULA_BEFORE = re.compile(r"(?:\bis|['’]s|\bwas|\bas|\bbecame|\bbecome|\bnow)\s+$", re.I)


_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|asked|asks|wants|wanted|thinks|mentioned|mentions|they|we|i)\b"
    r"|说|讲|告诉|问|觉得|认为|他们|她们|我们|我",
    re.IGNORECASE,
)


def _cued(text: str, items: list[Item], title: Item) -> bool:
    """A change word in the title's sentence: promoted, new, the successor, is now."""
    sentence = sentence_of(text, title.start)  # or the one before: "got promoted!! she's SVP of ops now"
    return any(
        i.kind in ("promoted", "new", "successor", "move")
        and sentence_of(text, i.start) in (sentence, sentence - 1)
        for i in items
    )


# The post changed hands: its title is the newcomer's, not the leaver's ("采购经理换人了", "换了采购经理",
# "changed their purchasing manager")
_CHANGED_HANDS_BEFORE = re.compile(
    r"(?:换了|换)(?:个|一个|新的?)?\s*$|\bchanged\s+(?:their|the|its)\s+$", re.I
)
_CHANGED_HANDS = re.compile(
    r"\s*(?:也|又)?(?:换人|换了人|换了个人|换了一个人|换了(?=[\s，,。；;]|$)|changed\s+hands|is\s+changing)",
    re.I,
)


def _says_something(news: ContactNews) -> bool:
    return bool(
        news.email or news.phone or news.title or news.wechat or news.left or news.new or news.renamed
    )


def _introduces(text: str, title: Item, person: Item) -> bool:
    """ "new owner is Marty Kemp", "新来的采购经理叫孔伟", "card: Fleet Coordinator\nDana…" no: a title
    with a cue word (new, is, 叫, a colon) right before the person it names."""
    # "the new controller at Windsor Heights Insurance this morning Dana Kowal": when it was said, like a
    # comma, ends where the person was met
    between = _WHEN_MET.sub(",", text[title.end : person.start])
    if len(between) > 44 or re.search(r"[;；。\n]", between):
        return False
    before = text[max(0, title.start - 24) : title.start].lower()
    introduced = re.search(
        r"(?:\bnew|\bthe|\bour|\btheir|\ba|\ban|['’]s|新来的|新任|新的|新|现任)\s*$|\bnew\s+\w+\s+$", before
    )
    between = re.sub(r"\b(?:is|was)\s+(?:his|her|their|our)\s+\w+\s*$", "is", between)  # "is his nephew"
    between = _RELATIVE.sub(" ", _RELATIVE_ZH.sub("", between))  # "现在是她儿子", "'s now her son": is
    if _NOW_IS.fullmatch(between):
        return True  # "shop manager's now Cody Reinholt", "their director is now …", "采购经理现在是韦立军"
    cue = re.search(
        r"^(?:\s+(?:at|@|for|of|from)\s+[^,:;]{1,40})?(?:\s+(?:there|here|now))?"
        r"\s*(?:is|was|will be|[:：,，\-–—]|叫|是|为|名叫)\s*$",
        between,
    )
    return bool(cue) and (bool(introduced) or bool(re.search(r"^\s*(?:[:：]|叫|名叫)", between)))


_WHEN_MET = re.compile(
    r"\s+(?:today|yesterday|this\s+(?:morning|afternoon|arvo|evening|week)|last\s+(?:week|night)|"
    r"on\s+(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*)\b,?\s*$",
    re.IGNORECASE,
)


# A role said to be someone's now, the copula and "now" between the title and the name: the name's.
_NOW_IS = re.compile(
    r"\s*(?:['’]s|\bis|\bwill\s+be)\s+now\s+|\s+now\s+(?:is\s+)?|\s*(?:现在|而家|宜家|依家|目前)(?:是|换成了?|由)\s*",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<=now)\s+(?:his|her|their)\s+(?:son|daughter|nephew|niece|wife|husband|brother|sister|cousin)\s+$",
    re.I,
)
_RELATIVE_ZH = re.compile(
    r"(?<=是)(?:他|她)?(?:的|个)?(?:儿子|女儿|仔|女|侄子|侄女|女婿|外甥|太太|老婆|老公)$"
)


def _right_before(text: str, title: Item, person: Item) -> bool:
    """ "副总林海", "CFO Beth Carver", "厂长换成了周建", "采购部的沈佳": the title names the person right
    after it."""
    between = text[title.end : person.start]
    if re.fullmatch(r"(?:部|科|处|室|组|中心)(?:的|嘅|之)", between):
        return True  # "采购部的沈佳": of that department
    return bool(re.fullmatch(r"[ \t]?|\s*(?:换成了?|换了|是|为|变成了?|由)\s*", between))


def _title_said_of_someone(text: str, title: Item) -> bool:
    """A title word in a sentence about a deal or a meeting is not news ("sent the proposal to the
    purchasing manager"); one beside a name, a detail or a change word is. "从厂长升成副总": the old
    title is not stored."""
    if re.search(r"\b(?:my|our)\s+(?:\w+\s+)?$", text[max(0, title.start - 20) : title.start], re.I):
        return False  # "my manager Dave": our own people's titles are not the customer's
    before = text[max(0, title.start - 2) : title.start]
    if _PROMOTED_FROM.match(text, title.end):
        return False  # "项目经理升项目总监了": the title left behind
    return not (
        before.endswith("从") or re.search(r"\bfrom\s+$", text[max(0, title.start - 6) : title.start], re.I)
    )


# A title said right before the promotion from it: "项目经理升项目总监了", "厂长升成副总".
_PROMOTED_FROM = re.compile(r"\s*(?:升(?!级|温|值)|晋升|提拔|调任|改任)")


def _close(text: str, item: Item, person: Item) -> bool:
    between = text[item.end : person.start]
    return len(between) <= 30 and not re.search(r"[;；。\n]", between)


def _antecedent(items: list[Item], pronoun: Item, plain: str) -> Item | None:
    """The person a pronoun stands for: the last named before it, but for words read as a name that are
    where or what the talk was ("rang re Sligo Wind, his mobile …", "met Jane at Acme, her …") or that run
    on from a name ("called Zofia Kaczmarek Gdynia Rybolowstwo, her …": the customer's name after hers)."""
    earlier = [p for p in items if p.kind == "person" and p.end <= pronoun.start and not p.blocked]
    if pronoun.value.lower() not in _ONE_PERSON:
        return earlier[-1] if earlier else None  # "their": the company's, named last
    people = [
        p
        for i, p in enumerate(earlier)
        if not _PLACE_OR_TOPIC_BEFORE.search(plain, 0, p.start)
        and not (i and earlier[i - 1].end < p.start and not plain[earlier[i - 1].end : p.start].strip())
    ]
    chosen = people or earlier
    return chosen[-1] if chosen else None


_ONE_PERSON = frozenset({"he", "she", "his", "her", "him", "hers"})
# "re Sligo Wind", "about Acme", "at Acme", "in Lublin": a place or a topic, not someone
_PLACE_OR_TOPIC_BEFORE = re.compile(r"\b(?:re|about|regarding|at|in)[:\s]+$|@\s*$", re.IGNORECASE)


def _people_before(text: str, items: list[Item], at: int) -> list[Item]:
    """The persons and pronouns that end before `at`, in its sentence, but for those named in an aside that
    closed before it ("Tran Van Minh, logistics manager (Lan's backup), minh@…": the address is Minh's)."""
    sentence = sentence_of(text, at)
    return [
        p
        for p in items
        if p.kind in ("person", "pronoun")
        and p.end <= at
        and sentence_of(text, p.start) == sentence
        and not _aside_closed(text, p, at)
    ]


def _aside_closed(text: str, person: Item, at: int) -> bool:
    """The person is named inside brackets that close before `at`."""
    opened = max(text.rfind("(", 0, person.start), text.rfind("（", 0, person.start))
    closed = max(text.rfind(")", 0, person.start), text.rfind("）", 0, person.start))
    return opened > closed and re.search(r"[)）]", text[person.end : at]) is not None


# A number or address said as somebody else's, right before it: "his assistant's number is …", "PA's email",
# "秘书的电话", "助理手机".
_SOMEONE_ELSES = re.compile(
    r"\b(?:assistant|secretary|pa|receptionist|reception|colleague|boss|wife|husband|son|daughter|deputy|"
    r"front\s+desk|office\s+manager)(?:['’]s)?\s+(?:direct\s+)?(?:number|no\.?|mobile|cell|phone|line|"
    r"email|e-mail|mail|whatsapp|wechat|contact)\b[^,;.\d]{0,12}$"
    r"|(?:秘书|助理|前台|老婆|太太|老公|同事|副手)的?(?:电话|手机|号码|邮箱|微信)[^，,;；。\d]{0,6}$",
    re.IGNORECASE,
)


def _subject(text: str, items: list[Item], change: Item) -> Item | None:
    """Who left / moved: the person right before the change word in its sentence (or a pronoun's)."""
    before = _people_before(text, items, change.start)
    if not before:
        return words_before(text, change)
    nearest = before[-1]
    between = text[nearest.end : change.start]
    if len(between) > 40:
        return None
    if re.search(r"(?:\b(?:talk|spoke|spoken|met|called|emailed|told|said|says)\b|说|讲)", between, re.I):
        return None  # "Tom said Jane left": Jane (the nearer one) is meant; a verb between leaves it
    return _antecedent(items, nearest, text) if nearest.kind == "pronoun" else nearest


# Chinese words for taking over said after the one who takes over ("他女儿沈佳接手", "佢個仔陳浩文接手")
_TAKES_OVER_ZH = ("接手", "接替", "接任", "顶替", "接管")
_TAKES_OVER_EN = (
    "took over",
    "takes over",
    "taking over",
    "stepped in",
    "is stepping in",
    "runs",
    "replaces",
    "replacing",
    "is replacing",
    "replaced",
    *(
        f"{be}{verb}"
        for be in ("", "is ", "'s ", "’s ", "has ")
        for verb in ("filling", "filled", "fills", "standing", "stood", "stands")
    ),
    *(f"{verb} into" for verb in ("stepped", "stepping", "steps", "moved", "moving")),
)
# A verb of telling between a person and a taking-over word said after them: they told it, they do not
# take over ("张经理说之后会换人接手", "Jim says someone else takes over").
_TOLD_BETWEEN = re.compile(r"\b(?:said|says|told|tells|mentioned)\b|说|讲|话", re.IGNORECASE)


def _introduced(text: str, items: list[Item], cue: Item) -> list[Item]:
    """The people a new-contact or successor cue introduces: those after it in its sentence (and in the
    list it opens: "2 new contacts: A …; B …")."""
    sentence = sentence_of(text, cue.start)
    right_before = [
        p
        for p in items
        if p.kind == "person" and not p.blocked and p.end <= cue.start and not text[p.end : cue.start].strip()
    ]
    if right_before and cue.value.lower().startswith((*_TAKES_OVER_ZH, *_TAKES_OVER_EN)):
        return right_before[-1:]  # "陈浩文接替陈志辉", "Kato Daiki took over Sapporo…": the one said first
    listing = bool(re.search(r"[:：]\s*$", text[cue.end : cue.end + 30].split("\n")[0])) or bool(
        re.search(r"\d|two|three|两|2|3", text[max(0, cue.start - 8) : cue.end])
    )
    out = []
    for p in items:
        if p.kind != "person" or p.start < cue.end or p.blocked:
            continue
        if sentence_of(text, p.start) != sentence and not listing:
            break
        if text[cue.end : p.start].count("\n") > 6:
            break
        out.append(p)
        if not listing:
            break
    if not out and cue.kind == "successor":
        before = [p for p in items if p.kind == "person" and p.end <= cue.start and not p.blocked]
        if (
            before
            and sentence_of(text, before[-1].start) == sentence
            and not _TOLD_BETWEEN.search(text[before[-1].end : cue.start])
            and cue.value.lower().startswith(
                (
                    "took",
                    "takes",
                    "taking",
                    "is stepping",
                    "stepped",
                    "replac",
                    "is replac",
                    "is our",
                    "'s our",
                    "is the",
                    "'s the",
                    "covering",
                    "handles",
                    "runs",
                    "is running",
                    "'s running",
                    "is handling",
                    "'s handling",
                    "is looking after",
                    "'s looking after",
                    "will ",
                    "'ll ",
                    "in charge",
                    "is filling",
                    "'s filling",
                    "filling",
                    "filled",
                    "fills",
                    "is standing",
                    "'s standing",
                    "standing",
                    "stood",
                    "stands",
                    "stepped into",
                    "stepping into",
                    "steps into",
                    "moved into",
                    "moving into",
                    *_TAKES_OVER_ZH,
                )
            )
        ):
            out.append(before[-1])  # "Yvonne took over", "Ben is our contact now", "他女儿沈佳接手"
    if not out and cue.kind == "new":
        before = [p for p in items if p.kind == "person" and p.end <= cue.start and not p.blocked]
        if before and _NAME_IS_THE_NEW.fullmatch(text[before[-1].end : cue.start]):
            out.append(before[-1])  # "Bec Lowry is the new co-op manager", "韦东是新来的总经理"
    return out


# Between a name and a new-person cue that says it of them: "<name> is the new …", "<name> 是新…"
_NAME_IS_THE_NEW = re.compile(
    r"\s+(?:is|was)\s+(?:the|their|our)\s+|['’]s\s+(?:the|their|our)\s+|\s*是", re.IGNORECASE
)


def _rename(
    text: str, original: str, items: list[Item], cue: Item, record: Callable[[Item | None], ContactNews]
) -> None:
    """ "spelling: it's Lorraine Pyke not Pike", "名字打错了 是汪磊": the name as it should be."""
    people = [p for p in items if p.kind == "person" and not p.blocked]
    right = re.search(
        r"(?:it['’]?s|is|spelled|spelt|是|应该是|叫)\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[\u4e00-\u9fff]{2,3})"
        r"(?:\s*(?:,\s*)?(?:not|instead\s+of)\s+(?P<wrong>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?",
        text[cue.start : cue.start + 80] if cue.start > 0 else text[:80],
    )
    if right is None:
        right = re.search(r"spelled\s+(?P<name>[A-Z][\w'’-]+)", text)
    if right is None:
        return
    offset = cue.start if cue.start > 0 else 0
    name = right.group("name")
    start = offset + right.start("name")
    wrong = right.groupdict().get("wrong")
    subject = next((p for p in people if p.start < start and text[p.start : p.end] != name), None)
    target_name = None
    if subject is not None:
        target_name = text[subject.start : subject.end]
    elif wrong:
        target_name = wrong
    if target_name is None:
        return
    if " " not in name and " " in target_name:  # "Theresa Kline … spelled Teresa": the first name only
        given, family = target_name.split(" ", 1)
        name = f"{name} {family}" if name[:1].lower() == given[:1].lower() else f"{given} {name}"
    news = record(Item("person", subject.start, subject.end) if subject else None)
    if subject is None:
        news.who = target_name
    news.renamed = name
    news.span = (min(news.span[0], cue.start), max(news.span[1], start + len(right.group("name"))))
    del original


_WHERE = re.compile(
    r"\s*(?:\bat|@|\bwith|\bfrom|\bof)\s+(?P<where>[^,;.!?()，。；！？\n]{2,40}?)\s*(?=[,;.!?()，。；！？\n]|\bnow\b|\bas\b|$)"
    r"|\s*\((?P<paren>[^()]{2,40})\)",
    re.IGNORECASE,
)


def _where(text: str, news: ContactNews) -> tuple[int, int] | None:
    """Words right after the person or the change that name their company ("(monday foods)", "at Lumen")."""
    if not news.who:
        return None
    start = news.span[0] + len(news.who)
    m = _WHERE.match(text, start)
    if m is None:
        m = _WHERE.match(text, news.span[1])
    if m is None:
        return None
    return m.span("where") if m.group("where") else m.span("paren")
