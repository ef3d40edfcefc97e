"""A follow-up that names no customer, sent right after a write, is about the record just written.

"hawkeye 38k -> 41k" is stored; "oh and close end of june" names no customer, so on its own it would be
asked "which customer?". Sent right after, it says more about the deal just written: the two are one
message ("hawkeye 38k -> 41k, close end of june"), stored again in place of the first (one record, one
Undo). When it puts a value of that message right ("Apologies, €78k not 80", "my mistake, it's in CAD,
they pay from the canadian office") it is a correction of it. Only the clauses that say something a deal
holds (an amount, a currency, a stage, an outcome, a close) count; the words around them (an apology
first, a reason after) are left out. A follow-up with no such clause ("long day, heading home"), or with
news that names its own customer, is separate news and is read on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Ctx
from handlers.domain.contacts import mentioned_contact
from handlers.messages import Reply
from handlers.parsing.amounts import find_amounts
from handlers.parsing.contact_details import details_spans
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.questions import NeedChoice
from handlers.understanding import lexicon as lx
from handlers.understanding.context_reading import read_message
from handlers.understanding.corrections import (
    CustomerSpan,
    corrected,
    just_stored,
    names_a_currency,
    said_unchanged,
)
from handlers.understanding.customers import locate_customer
from handlers.understanding.intents import Correction
from handlers.understanding.people import read_news
from handlers.understanding.reading import CJK

Understand = Callable[[Ctx, str], list[Reply]]
Correct = Callable[[Ctx, Correction, Understand], list[Reply]]
CorrectionIn = Callable[[Ctx, str], "Correction | None"]

# Clause breaks: a comma, stop, semicolon or dash; not a point or comma between digits ("3.8万", "2,500,000").
_CLAUSE = re.compile(r"(?<!\d)[,.;!?](?!\d)|[，。；！？、]|\s[-–—]\s|[–—]|\s+-(?=\S)|(?<=\S)-\s+")
# What joins a follow-up to the message: "and", "also", "btw", "对了", "还有", "仲有" (folded: 还有) …
_JOIN = re.compile(
    r"^\s*(?:(?:oh|and|also|plus|btw|ps|p\.s\.|forgot to say|forgot to mention)\b[\s,.:;-]*)+"
    r"|^\s*(?:(?:对了|还有|另外|忘了说|哦|噢|仲有|补充一下|补充)[\s,，:：]*)+",
    re.IGNORECASE,
)


def said_of_the_last(
    ctx: Ctx,
    text: str,
    understand: Understand,
    fixes: tuple[CustomerSpan, CorrectionIn, Correct, Callable[[Ctx], str | None]],
) -> list[Reply] | None:
    """The follow-up `text` (no customer of its own) read as part of the message just stored, when it says
    something that message's deal holds; None when there is no such message or nothing of the kind.
    `fixes`: where a message names its customer, the correction a text makes, how it is applied, and the
    message whose card still waits."""
    customer_span, correction_in, apply_correction, card_text = fixes
    said = card_text(ctx)  # a card still waiting: the follow-up is about its message ("哦 是美金")
    if said is None:
        stored = just_stored(ctx)
        last = stored[0] if stored is not None else said_unchanged(ctx)  # "没有要改的" said: that message
        said = last.data["text"] if last is not None else None
    if said is None:
        return None
    if said in (ctx.msg.text or ""):
        return None  # a line of the same message (a day summary's "3、下午回公司写方案"): no follow-up
    if _a_subject_of_its_own(text) or _NEW_CUSTOMER.search(text):
        return None  # "zenith telecom won! also lost sterling pharma", "新客户 蓝鲸科技，…": another's news
    try:
        named = customer_span(ctx, said)
    except NeedChoice:
        return None
    if named is None or _met_someone_else(ctx, said, text):
        return None
    clauses = deal_clauses(ctx, said[named[0] : named[1]], text)
    if not clauses:
        details = _details_added(ctx, said, text)  # "oh and his email is …" after "X new contact: …"
        if details is None:
            return None
        return apply_correction(ctx, Correction(details, None, whole=True), understand)
    chinese = bool(CJK.search(said))
    core = ("，" if chinese else ", ").join(clauses)
    fix = correction_in(ctx, core)
    if fix is not None and not fix.whole and corrected(ctx, said, fix, customer_span) not in (None, said):
        return apply_correction(ctx, fix, understand)  # "Apologies, €78k not 80": a value put right
    joined = f"{said.rstrip(' ，,。.')}{'，' if chinese else ', '}{core}"
    return apply_correction(ctx, Correction(joined, None, whole=True), understand)


def _met_someone_else(ctx: Ctx, said: str, text: str) -> bool:
    """Whether the follow-up tells of an interaction with someone who is no contact of the last message's
    customer ("跟赵总开会了，…一期先做18万" after "把东方贸易的提醒改到周四上午10点"): news of its own, not
    more of that message (its amount was joined on to the reminder's move, and the meeting lost)."""
    reading = read_message(ctx, text)
    if reading.kind is None or not reading.persons:
        return False
    try:
        found = locate_customer(ctx, read_message(ctx, said), needed=False)
    except NeedChoice:
        return False
    if found is None:
        return False
    return not any(mentioned_contact(ctx, found.customer, name) for name, _start, _end in reading.persons)


# A customer said to be new: its news is not the last message's ("新客户 蓝鲸科技，…大概25万，年后签").
_NEW_CUSTOMER = re.compile(
    r"新客户|新客戶|新的客户|新开发的客户|\bnew\s+(?:customer|client|prospect|lead|account)\b", re.IGNORECASE
)


# Words that may stand before an outcome in a follow-up of the last message ("deal won", "they signed!").
_NO_SUBJECT = frozenset(
    {"oh", "and", "also", "btw", "ps", "deal", "the", "that", "this", "it", "its", "it's", "they", "we",
     "one", "finally", "just", "already", "so", "ok", "okay", "yes", "yay", "great", "update"}
)  # fmt: skip


def _a_subject_of_its_own(text: str) -> bool:
    """Whether the text opens with words of its own before a win or a loss ("zenith telecom won!"): the
    news of a company it names, which is no follow-up of the message before ("they signed!", "deal won")."""
    outcome = lx.WON_WORDS.search(text) or lx.LOST_WORDS.search(text)
    if outcome is None:
        return False
    words = re.findall(r"[A-Za-z][\w&'’-]*", text[: outcome.start()])
    return 0 < len(words) <= 4 and any(w.lower() not in _NO_SUBJECT for w in words)


# A reason given on its own for a loss just stored: "please add reason: …", "reason - …", "because …",
# "原因：…", "补充丢单原因：…" (simplified, without the joining words).
_REASON_ONLY = re.compile(
    r"^\s*(?:(?:pls|please|can you|could you|can u)\s+)?(?:(?:add|put|set|note|record|log|put in)\s+)?"
    r"(?:the\s+|a\s+)?(?:lost\s+|loss\s+)?reason(?:\s+(?:is|was|being))?\s*(?:[:：\-–—=]|(?=\s))"
    r"|^\s*(?:because|bc|b/c|due to|cause)\b"
    r"|^\s*(?:请|麻烦)?(?:补充|补上|加上|加个|加一下|备注|写上)?(?:一下)?(?:丢单|输单|失单|丢的|输的)?(?:原因|理由)(?:是|系|为)?\s*[:：]?"
    r"|^\s*(?:因为|由于)",
    re.IGNORECASE,
)


# The reason joined on by `reason_for_the_loss` ("…, reason: …", "…，原因：…").
_GIVEN_REASON = re.compile(r", reason: |，原因：")


def reason_for_the_loss(ctx: Ctx, text: str) -> Correction | None:
    """ "please add reason: …" right after "X lost" was stored: the loss is stored again with that reason
    (one record, one Undo), in place of "no reason given"; None when the text gives no reason on its own
    or the last message stored no loss."""
    bare = _JOIN.sub("", simplified(text))
    lead = _REASON_ONLY.match(bare)
    if lead is None or not bare[lead.end() :].strip(" :：,，.。-"):
        return None
    stored = just_stored(ctx)
    if stored is None:
        return None
    said = stored[0].data["text"]
    rest = bare[lead.end() :]
    try:
        lost = read_message(ctx, said)
        if lost.outcome != "lost":
            return None
        theirs = locate_customer(ctx, lost, needed=False)
        named = locate_customer(ctx, read_message(ctx, rest), needed=False)
    except NeedChoice:
        return None
    if named is not None and named.start >= 0 and (theirs is None or named.customer.id != theirs.customer.id):
        return None  # "because of the rain, acme's demo moved to friday": news of another customer
    reason = text[-len(rest) :] if len(simplified(text)) == len(text) else rest  # as typed (traditional kept)
    chinese = bool(CJK.search(said))
    reason = reason.strip(" :：,，.。-–—")
    said = _GIVEN_REASON.split(said, maxsplit=1)[0]  # a second reason sent replaces the first one sent
    joined = f"{said.rstrip(' ，,。.')}{'，原因：' if chinese else ', reason: '}{reason}"
    return Correction(joined, None, whole=True)


def deal_clauses(ctx: Ctx, name: str, text: str) -> list[str]:
    """The clauses of `text` that, said of the customer `name`, say something its deal holds (see
    `_says_of_a_deal`), without the words that join them on ("oh and", "对了", "仲有")."""
    clauses = (_JOIN.sub("", c).strip() for c in _clauses(text))
    return [c for c in clauses if c and _says_of_a_deal(ctx, name, c)]


def _clauses(text: str) -> list[str]:
    parts, at = [], 0
    for brk in _CLAUSE.finditer(text):
        parts.append(text[at : brk.start()])
        at = brk.end()
    parts.append(text[at:])
    return [p.strip() for p in parts if p.strip()]


def _says_of_a_deal(ctx: Ctx, name: str, clause: str) -> bool:
    """Whether `clause`, said of the customer `name`, says an amount, a currency, a stage, an outcome or a
    close ("close end of june", "€78k not 80", "it's in CAD"); not an apology or a reason ("they pay from the
    canadian office")."""
    if names_a_currency(clause):
        return True
    try:
        reading = read_message(ctx, f"{name} {clause}")
    except NeedChoice:
        return False
    return reading.about_deal


# Words that say the follow-up puts something right rather than adds to it: a slip, an apology, "actually",
# a denial, "back to" ("改返六月尾", folded: 改返).
_PUT_RIGHT = re.compile(
    r"(?<![a-z])(?:sorry|actually|no|nope|wait|my bad|my mistake|oops|correction|i mean|i meant|meant|"
    r"make (?:that|it)|should be|wrong|not|btw)(?![a-z])"
    r"|不对|不是|错了|看错|听错|写错|记错|说错|搞错|弄错|打错|其实|应该|改返|改回|唔系|唔啱",
    re.IGNORECASE,
)
# What is said to be wrong: "not today", "不是五月尾" (left out when the right value is looked for).
_NOT_THIS = re.compile(r"(?<![a-z])not\s+[^,.;!?，。；]*|不是[^,.;!?，。；]*", re.IGNORECASE)


# A day changed to another in one message: "close date 12月31 改成 11月30", "from the 3rd -> the 10th".
_CHANGED_TO = re.compile(
    r"\s*(?:->|→|=>|改成|改为|改到|推到|挪到|变成|moved to|changed to)\s*", re.IGNORECASE
)


def _changed_to(ctx: Ctx, said: str, end: int) -> str | None:
    """The day the message changed its first day to, said right after it ("12月31 改成 11月30": 11月30): that
    is the one stored and the one a day put right replaces; None when it changed none."""
    to = _CHANGED_TO.match(said, end)
    when = find_when(said[to.end() :], now=ctx.now, tz=ctx.tz) if to is not None else None
    if to is None or when is None or not when.spans or when.spans[0][0] != 0:
        return None
    return said[to.end() : to.end() + when.spans[0][1]]


def value_put_right(ctx: Ctx, said: str, text: str, *, unsaid: bool = False) -> Correction | None:
    """The value of the message just written that the follow-up `text` puts right, whatever its words: one
    amount said in place of the one amount it said ("是十三万五 我看错了" after "价格改十五万"), a day in
    place of its one day ("Actually she said end of July" after "close by end of June", "改返六月尾"), or a
    day said for what it told without one ("the meeting was yesterday btw, not today" after "Met Declan at
    …": the day put after the first clause). Only with words that put right (`_PUT_RIGHT`); an addition
    ("oh and close end of june") is joined instead. `unsaid`: only a day the message did not say."""
    bare = simplified(text)
    if not _PUT_RIGHT.search(bare):
        return None
    for denied in _NOT_THIS.finditer(
        bare
    ):  # "not the scanners, the driver app – 18k": another thing, not a value
        words = re.sub(r"^(?:not|不是)\s*", "", denied.group(0), flags=re.IGNORECASE)
        if words.strip() and not find_amounts(words) and find_when(words, now=ctx.now, tz=ctx.tz) is None:
            return None
    right = _NOT_THIS.sub(lambda m: " " * len(m.group(0)), bare)  # "…, not today": today is the wrong one
    new_amounts, old_amounts = find_amounts(right), find_amounts(simplified(said))
    if new_amounts:
        if (
            unsaid
            or len(new_amounts) != 1
            or len(old_amounts) != 1
            or new_amounts[0].value == old_amounts[0].value
        ):
            return None
        new, old = new_amounts[0], old_amounts[0]
        return Correction(text[new.start : new.end], said[old.start : old.end])
    when = find_when(right, now=ctx.now, tz=ctx.tz, past=True)
    if when is None or not when.day_said or when.doubt:
        return None
    day = " ".join(text[a:b] for a, b in when.spans).strip()
    before = find_when(said, now=ctx.now, tz=ctx.tz)
    if before is not None and len(before.spans) == 1 and before.day_said and not unsaid:
        wrong = _changed_to(ctx, said, before.spans[0][1]) or said[before.spans[0][0] : before.spans[0][1]]
        return Correction(day, wrong) if simplified(wrong) != simplified(day) else None
    if before is not None or not read_message(ctx, said).kind:
        return None  # (a day said for what was told without one: a call, a visit, a meeting)
    cut = _CLAUSE.search(said)
    at = cut.start() if cut else len(said)
    chinese = bool(CJK.search(said))
    return Correction(f"{said[:at]}{'' if chinese else ' '}{day}{said[at:]}", None, whole=True)


def _details_added(ctx: Ctx, said: str, text: str) -> str | None:
    """The contact news just written with the e-mail addresses and phone numbers the follow-up gives ("oh
    and his email is …", "对了 他电话是…", "sorry，佢個email係…"), when it tells of a contact and does not
    say them yet; None otherwise."""
    spans = details_spans(text)
    if not spans:
        return None
    reading = read_message(ctx, said)
    if not read_news(reading.text, reading.people):
        return None
    new = [text[a:b].strip() for a, b in spans if simplified(text[a:b].strip()) not in simplified(said)]
    if not new:
        return None
    chinese = bool(CJK.search(said))
    return f"{said.rstrip(' ，,。.')}{'，' if chinese else ', '}{('，' if chinese else ', ').join(new)}"


# The loss's reason put right: "更正：不是价格问题，是他们项目砍了", "not the price, they cut the project",
# "wasn't about price - their budget got pulled": the reason said wrong (`wrong`), then the right one.
_REASON_REPLACED = re.compile(
    r"^\s*(?:(?:更正|纠正|订正|sorry|correction|oops|actually)\s*[:：,，.\-–—]?\s*)*"
    r"(?:(?:并?不是|不是因为|跟|和)(?P<cn>[^，,。；;]{1,12}?)(?:的)?(?:问题|原因|的事)?(?:无关|没关系)?\s*[，,；;]\s*"
    r"(?:而?是因为|而是|是|其实是)(?P<cn_right>[^。]+)"
    r"|(?:it\s+)?(?:wasn['’]?t|was\s+not|not|isn['’]?t)\s+(?:about\s+|because\s+of\s+|due\s+to\s+)?(?:the\s+)?"
    r"(?P<en>[\w'’ -]{2,24}?)\s*(?:,|;|\s[-–—]\s)\s*(?:it\s+was\s+|it['’]s\s+|it\s+is\s+|but\s+|rather\s+)?"
    r"(?P<en_right>.+))$",
    re.IGNORECASE,
)
_TOPIC_TAIL = re.compile(r"(?:问题|原因|的事|\s+(?:issue|thing|reason|problem))$", re.IGNORECASE)


def reason_put_right(ctx: Ctx, text: str) -> Correction | None:
    """The reason of the loss just stored put right ("光谷云联丢了，价格太高" then "更正：不是价格问题，
    是他们项目砍了"): the clause of the stored message that gave the reason said wrong (it names the same
    topic, 价格) is replaced by the right one, the loss stored again with it (one record, one Undo). None
    when the last message stored no loss or no clause of it names what is said wrong."""
    said_fix = _REASON_REPLACED.match(text)
    stored = just_stored(ctx) if said_fix else None
    if said_fix is None or stored is None:
        return None
    wrong = _TOPIC_TAIL.sub("", (said_fix.group("cn") or said_fix.group("en") or "").strip()).strip()
    right = (said_fix.group("cn_right") or said_fix.group("en_right") or "").strip(" ，,。.!！")
    said = stored[0].data["text"]
    if len(wrong) < 2 or not right:
        return None
    try:
        if read_message(ctx, said).outcome != "lost":
            return None
    except NeedChoice:
        return None
    said = _GIVEN_REASON.split(said, maxsplit=1)[0]
    clauses = [c for c in re.split(r"(?<=[，,；;])\s*", said) if c]
    kept = [c for c in clauses if simplified(wrong).lower() not in simplified(c).lower()]
    if len(kept) == len(clauses) or not kept:
        return None  # what is said wrong is no clause of its own beside the loss
    chinese = bool(CJK.search(said))
    joined = "".join(kept).rstrip(" ，,；;。.")
    return Correction(f"{joined}{'，原因：' if chinese else ', reason: '}{right}", None, whole=True)
