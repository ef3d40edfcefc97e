"""Where a deal stands: won or lost, the stage it is at now, or put off without a date.

Plans ("月底签约", "expected to sign") and negations are not outcomes, and a stage merely mentioned
names a new deal's stage without moving an existing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.domain.which_deal import stage_calls_a_deal
from handlers.parsing.amounts import counts_things, currencies_named
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.vocabulary import ACTIVITY_WORDS, find_stage, find_stages
from handlers.understanding import lexicon as lx
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.known_people import honorific
from handlers.understanding.names import TOKEN
from handlers.understanding.reading import CJK, Clause, Reading


def _expected(clause: Clause, now: datetime, tz: ZoneInfo) -> bool:
    """A date from today on in the clause makes "签约"/"sign" an expectation (a close date), not a win:
    "月底签约" said on the 30th is still a plan; "签了" and "signed" stay wins (checked by the caller)."""
    when = find_when(clause.text, now=now, tz=tz)
    return when is not None and when.at.date() >= now.astimezone(tz).date()


# Whether to mark it so, asked: "要不要标成赢单？", "该不该算输单？", "should I mark acme as won?".
_ASKED_TO_MARK = re.compile(
    r"要不要|该不该|需不需要|是不是(?:要|该|可以)|可不可以|能不能|\b(?:should|shall|do|can)\s+(?:i|we)\b",
    re.IGNORECASE,
)
# Set to it, said with a question mark: "mark it lost?", "改成输单？" (whether to, asked); "to"/"as" only
# before the stage's own name ("Lone Star to won?", not "did they get to sign?").
_TO_THE_STAGE = re.compile(r"\b(?:to|as)\s*$", re.IGNORECASE)
_MARKED_AS = re.compile(
    r"(?:\b(?:mark(?:ed)?(?:\s+(?:it|this|that|them|the\s+deal|this\s+one))?(?:\s+as)?|set(?:\s+it)?\s+to"
    r"|move(?:\s+it)?\s+to)\s*"
    r"|(?:改成|改为|改做|转为|转成|转做|标成|标为|标记为|算|变成|设为|设成|转入|转去)\s*)$",
    re.IGNORECASE,
)


# Said right after an outcome word, the outcome is asked: "dead?", "lost??", "成交嗎", "签了吗？".
_ASKED_AFTER = re.compile(r"\s*(?:了|咗)?\s*(?:[?？]|(?:吗|嗎|么|麼)(?![\u4e00-\u9fff]))")
# A question about what the CRM holds or what happened, not whether to mark it: "is X still lost?",
# "did they sign?", "has acme signed yet?".
_ASKS_THE_RECORD = re.compile(
    r"^\s*(?:is|are|was|were|did|does|do|has|have|had)\b|\b(?:still|already|yet)\b|还是|是不是|已经"
    r"|\b(?:which|what|how many|how much|who)\b|哪些|哪个|哪几|什么|多少|几个|几单",  # "which did we lose?"
    re.IGNORECASE,
)
# An English outcome said as a participle, with "?" after it: "order confirmed?", "signed?" (of the record).
_PARTICIPLE = re.compile(r"[a-z]ed$", re.IGNORECASE)
# The customer said dead, asked: "summit roofing dead?", "X dead in the water?" (a loss to confirm).
_LOSS_ASKED = re.compile(r"(?<!\bis )(?<!['’]s )\bdead(?:\s+in\s+the\s+water)?(?=\s*[?？])", re.IGNORECASE)


# A loss said to be coming, right before its word: "gonna walk", "about to pull out", "要黄了", "快丢了"
# (feared, not told: asked). Not a negation ("not going to walk", "不会丢").
_LOSS_COMING = re.compile(
    r"(?<!\bnot )(?<!n['’]t )\b(?:gonna|going to|about to|likely to|set to|ready to|threatening to|will|"
    r"['’]ll)\s+(?:just\s+|probably\s+|prob\s+|likely\s+)?$"
    r"|(?<![不没别])(?:要|快要|快|就要|即将|会)\s*$",
    re.IGNORECASE,
)
# Leaving said as to come, no loss word of its own ("kingsway's gonna walk", "about to bail on us", "will
# jump ship"); the verb is the loss word, its coming is read by `_LOSS_COMING`.
_WALK_TO_COME = re.compile(
    r"\b(?:gonna|going to|about to|likely to|set to|ready to|threatening to|will|['’]ll)\s+(?:just\s+)?"
    r"(?P<v>walk(?:\s+away)?|bail(?:\s+on\s+us)?|jump\s+ship|go\s+elsewhere|pull\s+out|pull\s+the\s+plug)\b"
    r"(?!\s+(?:them|him|her|me|you|through|thru|over|around|in|into|to|the)\b)",
    re.IGNORECASE,
)

# The same in Chinese, a bare loss verb said as to come at the clause's end ("怕是要丢", "看样子要黄",
# "估计会输"): the verb is the loss word (丢了/黄了 are told, read by lexicon.LOST_WORDS), its coming by
# `_LOSS_COMING`.
_CN_LOSS_TO_COME = re.compile(
    r"(?<![不没别])(?:要|快要|快|就要|即将|会)(?P<v>丢|黄|输)(?:掉)?(?:啦|咯|喽)?(?=\s*(?:[，,。.!！;；～~?？]|$))"
)

# A loss word that is a person's quitting when said right after the person ("张伟不做了", "陈总不干了").
_QUITS = re.compile(r"[不唔](?:做|干|幹)(?:了|喇|啦|咗)?")


def _a_person_just_before(reading: Reading, start: int) -> bool:
    """A contact the organisation knows, or a family name and title, ends the text right before `start`."""
    before = simplified(reading.text[max(0, start - 6) : start])
    if any(before.endswith(name) for name in reading.people.chinese):
        return True
    return any(m.end() == len(before) for m in honorific(reading.people).finditer(before))


# A part of the deal as the subject of a loss word: "二期先不做了", "第二期取消了", "phase 2 is cancelled".
_A_PART_BEFORE = re.compile(
    r"(?:(?:第?[一二三四五两2-5])期(?:工程|项目)?|(?<![a-z])(?:phase|stage|lot)\s*(?:\d|two|three|ii)\b"
    r"(?:\s+(?:is|was|has been|got))?)\s*(?:先|也|就|暂时|都|就先|暂|\bnow\b|\bjust\b)?\s*$",
    re.IGNORECASE,
)


def read_outcome(
    reading: Reading,
    stages: Iterable[str],
    synonyms: Mapping[str, Iterable[str]],
    now: datetime,
    tz: ZoneInfo,
) -> None:
    """Won or lost, unless the words are a plan ("expected to sign", "月底签约") or a negation ("还没签")."""
    text = reading.text
    found: list[tuple[int, int, str]] = []
    for outcome, pattern in (("won", lx.WON_WORDS), ("lost", lx.LOST_WORDS)):
        found += [(m.start(), m.end(), outcome) for m in pattern.finditer(text)]
    found += [(m.start(), m.end(), "won") for m in _CHOSE_US.finditer(text)]  # "picked us", "是我们的了"
    found += [(m.start(), m.end(), "lost") for m in _LOSS_ASKED.finditer(text)]  # "summit roofing dead?"
    found += [(m.start("v"), m.end("v"), "lost") for m in _WALK_TO_COME.finditer(text)]  # "gonna walk"
    found += [(m.start("v"), m.end("v"), "lost") for m in _CN_LOSS_TO_COME.finditer(text)]  # "怕是要丢"
    for outcome in ("won", "lost"):
        if outcome in stages:
            hit = find_stage(text, [outcome], synonyms)
            if hit is not None:
                found.append((hit[1], hit[2], outcome))
    # a win's words that a loss's longer words go on from ("they signed" of "they signed w/ samsara"): a loss
    found = [
        (a, b, said)
        for a, b, said in found
        if said != "won" or not any(o == "lost" and x < b <= y and b < y for x, y, o in found)
    ]
    # the longer phrase first where two start together: "signed w/ samsara" (lost) over "signed" (won)
    for start, end, outcome in sorted(found, key=lambda f: (f[0], -f[1])):
        if text[end : end + 2] in ("'t", "’t") or lx.OUTCOME_AFTER_GUARD.match(text, end):
            continue  # won't; signed the NDA
        question = _ASKED_AFTER.match(text, end)
        clause = reading.clause_of(start)
        if question or _ASKED_TO_MARK.search(text, clause.start, start):
            stage_name = text[start:end].lower() in ("won", "lost")
            if (
                _ASKED_TO_MARK.search(text, clause.start, start)
                or _MARKED_AS.search(text, clause.start, start)
                or (stage_name and _TO_THE_STAGE.search(text, clause.start, start))
                or (
                    question
                    and not _ASKS_THE_RECORD.search(text, clause.start, start)
                    and not _PARTICIPLE.search(text, start, end)
                )  # "order confirmed?", "signed?": whether it happened, a question about the record
            ):  # "要不要标成赢单？", "should I mark it won?", "Lone Star to won?", "改成输单？", "X dead?",
                # "那單可以直接成交嗎", "能不能标成赢单": whether to mark it so is asked
                reading.outcome, reading.outcome_span = outcome, (start, end)
                reading.outcome_phrase = text[start:end]
                reading.outcome_doubt = text[clause.start : end].strip()  # a question or an order: asked
                reading.mark_asked = not _ASKS_THE_RECORD.search(text, clause.start, start)
                return
            if re.match(r"\s*[?？]", text[end:]):
                continue  # "is the acme deal still lost?": a question about the record
        if _SENT_PAPER.match(text, start) and not _THEIR_SUBJECT.search(before_in_clause(reading, start)):
            continue  # "sent the signed proposal to jana", "I sent the signed contract": we sent it
        if _GO_SAID_OF_AN_EVENT.search(text[max(0, start - 48) : end]):
            continue  # "the demo is a go", "thursday's site visit is a go": the event happens, no deal won
        if (
            outcome == "won"
            and _YES_TO_AN_INVITATION.search(text[max(0, start - 120) : end])
            and not re.match(r"\s+to\b", text[end:])
        ):
            continue  # "sent the webinar invite, he said yes": they come; nothing is won
        if outcome == "lost" and _A_CHECK_PASSED.search(text[max(0, start - 48) : end]):
            continue  # "audit passed, close end of July": the check passed, the customer did not pass on us
        if _NAMES_A_DAY.match(text, end):
            continue  # "签约日期往后推了", "signing date moved": it names the deal's day, not an outcome
        if outcome == "won" and _STILL_TO_COME.match(text, end):
            continue  # "confirmed PO expected 30/6": the PO is to come then (the close date), not won
        if outcome == "lost" and _QUITS.fullmatch(text[start:end]) and _a_person_just_before(reading, start):
            continue  # "华为张伟不做了", "陈总不干了": the person quits (a contact's news), no deal lost
        if outcome == "lost" and _A_PART_BEFORE.search(before_in_clause(reading, start)):
            if not reading.amounts:  # "只做一期，二期先不做了": the deal shrinks, to how much? (asked)
                reading.repriced = True
                reading.masked.append((start, end))
            continue  # a part of the deal dropped ("phase 2 is off"), not the deal lost
        if outcome == "won" and _said_of_a_part(text, start, end):
            continue  # "价格定了三十五万八", "ben signed off on the extra taps": a price or a part agreed
        if outcome == "won" and _settles_a_figure(reading, start, end):
            continue  # "定咗 62萬", "敲定了二十七万": the figure is what was settled, not the deal
        if outcome == "won" and _SETTLING.search(text[start:end]) and _A_THING_CHOSEN.match(text, end):
            continue  # "定了三条线", "定了B方案": what they chose, the deal's size; nothing is won
        if outcome == "won" and _SETTLING.search(text[start:end]):
            bare = _BARE_NUMBER.match(text, end)
            if bare is not None and not counts_things(text[bare.end() :]):
                # "那边定了15": a number settled with no unit (15 machines, 15万, 15%?), not the deal won
                reading.doubts.append(reading.said((start, bare.end())))
                continue
        clause = reading.clause_of(start)
        before = text[clause.start : start]
        if _HEDGED.search(before[-24:]):  # "好像黄了", "估计要黄", "likely won", "looks like it's dead"
            reading.outcome, reading.outcome_span = outcome, (start, end)
            reading.outcome_phrase = text[start:end]
            reading.outcome_doubt = text[clause.start : end].strip()  # asked on the card, not stored
            reading.masked.extend((a, b) for a, b, said in found if said == outcome and a >= start)
            return
        if outcome == "lost" and _LOSS_COMING.search(before[-24:]):
            reading.outcome, reading.outcome_span = outcome, (start, end)  # "pretty sure X is gonna walk",
            reading.outcome_phrase = text[start:end]  # "about to bail", "那单要黄了": feared, not told
            reading.outcome_doubt = text[clause.start : end].strip()  # asked on the card, not stored
            reading.masked.extend((a, b) for a, b, said in found if said == outcome and a >= start)
            return
        if text[start:end].lower() in ("won", "lost") and _TO_THE_STAGE.search(before):
            pass  # "kendal vets to won": the stage's name after "to" is a change, not a plan ("to sign")
        elif lx.OUTCOME_GUARD.search(before[-24:]) or re.search(r"预计|准备|计划|争取|希望|有望", before):
            continue
        if outcome == "won" and _DETERMINER.search(before) and re.match(r"\s+[A-Za-z]", text[end:]):
            continue  # "chase them for the signed PO": a signed paper to get, not a deal won
        if outcome == "won" and (_PRICE_AFTER.match(text, end) or _NOT_SIGNED_YET.search(text, end)):
            continue  # "成交价135万，还没签": the price it will close at, not signed yet
        if outcome == "won" and (
            _STILL_PENDING.search(text, end) or _not_official(text, end) or _of_a_part(text, start, end)
        ):
            # "老板说这单定了，不过法务还在审合同", "is a go, but their lawyers are still reviewing": won, or
            # still in its last stage until the paper is through? Asked on the card, not stored
            reading.outcome, reading.outcome_span = outcome, (start, end)
            reading.outcome_phrase = text[start:end]
            reading.outcome_doubt = text[clause.start : end].strip()
            reading.masked.extend((a, b) for a, b, said in found if said == outcome and a >= start)
            return
        if (
            outcome == "won"
            and _expected(clause, now, tz)
            # "countersigned" too; a go or a settled order is said, not expected ("says go, paperwork mon"),
            # unless a day to come is its deadline ("signed by end of the month")
            and (
                not _SAID_SETTLED.search(text[start:end])
                or (_BY_A_DAY.match(text, end) and not _SIGNED_BY_SOMEONE.match(text, end))
            )
        ):
            continue  # "月底签约", "closing next week": when it should close
        reading.outcome, reading.outcome_span = outcome, (start, end)
        reading.outcome_phrase = text[start:end]
        sure_too = any(
            said == outcome and a > start and not lx.UNSURE_LOSS.match(text, a) for a, _, said in found
        )
        if (
            lx.UNSURE_LOSS.match(text, start)
            and not lx.SURE_LOSS_SUBJECT.search(before)
            and not _marked_after(reading, found, outcome, end)
            and not sure_too  # "Prairie Wind is dead. lost it to a competitor": said plainly after
        ):
            reading.outcome_doubt = text[clause.start : end].strip()  # "acme is dead": asked on the card
        # the same news said again in other words is read too ("is a go, marc sent the signed contract": the
        # signed contract sent is the win, no e-mail to log)
        reading.masked.extend((a, b) for a, b, said in found if said == outcome and a >= start)
        return
    _not_yet_a_win(reading, stages, synonyms)


def _marked_after(reading: Reading, found: list[tuple[int, int, str]], outcome: str, after: int) -> bool:
    """The user marks the deal so further on, as an order, not a question ("X is dead, they're staying
    with their vendor, mark it lost", "…，标成输单"): what they were unsure of is said for certain."""
    text = reading.text
    for start, end, said in found:
        if said != outcome or start < after or _ASKED_AFTER.match(text, end):
            continue
        clause = reading.clause_of(start)
        if _MARKED_AS.search(text, clause.start, start) and not _ASKED_TO_MARK.search(
            text, clause.start, start
        ):
            return True
    return False


def _not_yet_a_win(reading: Reading, stages: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> None:
    """A yes that is not yet the deal won ("gave us a verbal yes", "agreed in principle", "sent over an
    LOI", "PO to follow", "agreed to a pilot", "quote OK", "口頭答應", "答應先試用", "這單穩了"): won, a
    stage, or nothing yet? Asked on the card, never stored as a win; when the message says the stage it is at
    ("報價OK，進入議價"), that stage is the news and nothing is asked."""
    text = reading.text
    soft = _SOFT_YES.search(text)
    if reading.reopen:
        return  # "now the price ok for them. reopen the moulding deal at 52k": why the lost deal comes back
    if soft is None or any(KIND_PATTERNS[k].search(text) for k in KIND_PATTERNS if k != "note"):
        return  # "邮件回复了，同意试用": the e-mail is logged with it, nothing is won by it
    others = find_stages(text, [s for s in stages if s not in ("won", "lost")], synonyms)
    if any(not (soft.start() <= a < soft.end()) for _stage, a, _b in others):
        return  # (the 报价 of "报价OK" is no stage said)
    clause = reading.clause_of(soft.start())
    if reading.stage_span is not None and soft.start() <= reading.stage_span[0] < soft.end():
        reading.stage, reading.stage_span = None, None
    reading.outcome, reading.outcome_span = "won", soft.span()
    reading.outcome_phrase = soft.group()
    reading.outcome_doubt = text[clause.start : soft.end()].strip()


# They chose us, said as done: "picked us", "went with us", "chose us", "这案子是我们的了", "选了我们".
_CHOSE_US = re.compile(
    r"\b(?:picked|chose|selected|went with|awarded(?: it)? to)\s+us\b"
    r"|\b(?:it|the deal|the job|the contract)\s+(?:is|['’]s)\s+ours\b"
    r"|是我们的了|选了我们|选择了我们|选定了我们|定了我们",
    re.IGNORECASE,
)

# A yes short of the deal won (see `_not_yet_a_win`).
_SOFT_YES = re.compile(
    r"\bverbal(?:ly)?\s+(?:yes|ok(?:ay)?|agree\w*|commit\w*|go[\s-]?ahead|approv\w*|confirm\w*)"
    r"|\bverbally\s+(?:said\s+)?(?:yes|ok(?:ay)?|agreed|committed|confirmed|approved)"
    r"|\b(?:yes|agreed?|ok(?:ay)?|approv\w*|go[\s-]?ahead)\s+in\s+principle\b|\bin\s+principle\b"
    r"|\bletter\s+of\s+intent\b|\bLOI\b"
    r"|\bpo\s+(?:to\s+follow|will\s+follow|(?:is\s+)?(?:coming|promised|on\s+(?:the|its)\s+way))"
    r"|\bpromised\s+(?:us\s+)?(?:the|a|their)\s+po\b"
    r"|\b(?:agreed|signed\s+up|committed|said\s+yes|go(?:ing)?\s+ahead)\s+(?:to|with)\s+(?:a|the)\s+"
    r"(?:pilot|trial|poc|proof\s+of\s+concept)\b"
    r"|\b(?:quote|quotation|pricing|price|proposal)\s+(?:is\s+|was\s+)?(?:ok(?:ay)?|fine|accepted|approved)\b"
    r"|\bin\s+the\s+bag\b|\bas\s+good\s+as\s+(?:won|done|signed|ours)\b"
    r"|口头(?:上)?(?:答应|同意|确认|说好|承诺|ok|okay)|原则上(?:同意|答应|没问题|ok)|意向书"
    r"|(?:答应|同意|愿意|决定)(?:先)?(?:试用|试点|试做|小批量)"
    r"|(?:报价|价格|价钱)\s*(?:ok|okay|可以|没问题|接受|通过)(?![a-z])"  # (a 技术方案 approved: no price yes)
    r"|(?:这单|这个单|单子|这案子|这个案子)?稳了",  # (any 稳了: "…稳了" of the talks is no win either)
    re.IGNORECASE,
)


def soft_yes(phrase: str) -> bool:
    """Whether the outcome's words are a yes short of the deal won (`_not_yet_a_win`: "a verbal yes")."""
    return bool(phrase) and _SOFT_YES.fullmatch(phrase) is not None


# The win said not to be final yet: "not official yet", "unofficially", "还没正式", "还没确认".
_NOT_OFFICIAL = re.compile(
    r"\bnot\s+(?:official|final|confirmed|signed)\b|\bunofficial(?:ly)?\b|\bisn['’]?t\s+(?:official|final)\b"
    r"|还没正式|没正式|未正式|还不是正式|非正式|还没(?:确认|定下来)",
    re.IGNORECASE,
)


def _not_official(text: str, end: int) -> bool:
    """Whether the win is said not to be official or final yet, after its words or just before them."""
    return bool(_NOT_OFFICIAL.search(text, end) or _NOT_OFFICIAL.search(text[max(0, end - 40) : end]))


# The win said of a part of what the deal covers: "signed for half the units only", "signed for 2 of the 5
# sites", "rest maybe next yr", "先签了一半", "只签了其中两个厂，其余的还在谈".
_PART_AFTER = re.compile(
    r"\s*(?:for|on)\s+(?:only\s+|just\s+)?(?:half|part|some|a\s+(?:part|portion|few)|one\s+of|two\s+of|"
    r"three\s+of|\d+\s+(?:of|out\s+of)|the\s+first)\b"
    r"|\s*(?:了)?\s*(?:一半|部分|其中|一期|第一期)",
    re.IGNORECASE,
)
_REST_LATER = re.compile(
    r"\b(?:the\s+)?(?:rest|remainder|remaining\s+\w+)\b(?!\s+of\b)[^.;!?]{0,30}?"
    r"\b(?:pending|later|next|still|tbd|maybe|open|undecided|not\s+yet)\b"
    r"|剩下的?[^。，,]{0,8}(?:还|再|待|下次|明年)|其余的?[^。，,]{0,8}(?:还|再|待|下次|明年)",
    re.IGNORECASE,
)
_ONLY_BEFORE = re.compile(r"(?:只|\bonly\s+)\s*$", re.IGNORECASE)


def _of_a_part(text: str, start: int, end: int) -> bool:
    """Whether the win is said of a part of the deal (see `_PART_AFTER`): won at what amount, the rest a
    new deal? Asked."""
    return bool(
        _PART_AFTER.match(text, end) or _REST_LATER.search(text, end) or _ONLY_BEFORE.search(text[:start])
    )


# A deadline right after the outcome word: "signed by end of the month", "签约 by friday"
_BY_A_DAY = re.compile(r"\s*(?:by|before|no later than)\b", re.IGNORECASE)
_SIGNED_BY_SOMEONE = re.compile(lx.SIGNED_BY_SOMEONE, re.IGNORECASE)  # "signed by Francisca today": done


# A win said as done or decided, never only expected: "签了", "signed", "says go", "order is confirmed".
# (the order come in: "PO came through this morning", "order received today")
_SAID_SETTLED = re.compile(
    r"了|已|咗|signed\b|\bwon\b|\bgo\b|confirmed|decided|fixed|finali[sz]ed|locked|unterschrieben|zugesagt"
    r"|\b(?:firm[óo]|firmaron|ganamos)\b"  # "Textiles Puebla firmó hoy": signed today, the Spanish past
    r"|\b(?:came|landed|arrived|received|showed up|is in|sent|e-?mailed|mailed|in hand)\b",
    re.IGNORECASE,  # "KEYSTONE SIGNED 🎉 MSA executed this am": said in capitals, still signed
)


# The writer's guess right before an outcome word: the outcome is asked, not stored and not dropped
# ("好像黄了", "应该签了吧", "看样子签了", "likely won", "probably lost", "looks like it's dead").
_HEDGED = re.compile(
    r"(?:\b(?:likely|probably|maybe|perhaps|possibly|might|may|could|seems?(?: to)?|looks like|apparently|"
    r"i think|i guess|(?:pretty|fairly|quite|almost)\s+sure)"
    r"\s+(?:(?:be|have|has|been|it['’]?s|it is|is|we|they|we['’]ve|they['’]ve|already)"
    r"\s+){0,2}(?:it|they|we)?"
    r"|(?:好像|好似|可能|估计|似乎|大概|应该|看样子|看来|貌似|恐怕|怕是|八成|多半)"
    r"(?:是|会|要|能|能够|可以|已经|已|就)?\s*)$",  # "应该能 win 吧"
    re.IGNORECASE,
)


# What a settling word may be said of besides the deal: its price, a part of it or its terms ("价格定了",
# "单价谈定了", "價錢傾掂咗", "price 定了", "pricing signed off"): the value changes, nothing is won.
_PART_SUBJECT = re.compile(
    r"(?:价格|价钱|价位|单价|总价|报价|金额|价|折扣|优惠|数量|规格|配置|型号|方案|交期|货期|付款方式|账期|条款|细节"
    # a check or a step of the work done ("消防验收搞掂咗": the fire inspection passed, nothing won)
    r"|验收|测试|检测|认证|安装|调试|交货|发货|样品|样板|试产|试用"
    r"|\b(?:price|prices|pricing|rate|rates|discount|number|figure|amount|spec|specs|scope|terms|design|layout))"
    r"\s*(?:(?:is|was|has been|got|也|都|已经|已|终于|基本上?|就|这么|这样|那样|算是|总算|now|finally|all)"
    r"\s*)*$",
    re.IGNORECASE,
)
# "signed off on <a part>": the part is approved ("the extra taps", "the design"), not the deal; signed off on
# the deal, the order, the contract, the PO, the quote or the proposal is a win.
_THE_DEAL_ITSELF = re.compile(
    r"\s+(?:(?:the|their|our|this|that|its|whole|entire|full|final|revised|new|updated)\s+)*"
    r"(?:deal|contract|order|po|p\.o\.|purchase|proposal|quote|quotation|agreement|it|everything|us|thing|"
    r"lot|package|renewal)\b",
    re.IGNORECASE,
)


def _said_of_a_part(text: str, start: int, end: int) -> bool:
    """Whether the win word settles a price or a part of the deal, not the deal: "价格定了", "单价谈定了",
    "ben signed off on the extra taps" (its subject before it, or the thing signed off on after it)."""
    said = text[start:end].lower()
    if said.startswith("signed"):
        # "signed off on the extra taps", also with no "on": "signed off the revised layout"
        on = re.match(
            r"\s+on\b|(?=\s+(?:the|their|our|this|that|its)\b)"
            if said.endswith("off")
            else r"\s+off(?:\s+on\b|(?=\s+(?:the|their|our|this|that|its)\b))",
            text[end:],
            re.IGNORECASE,
        )
        if on:
            return not _THE_DEAL_ITSELF.match(text, end + on.end())
    before = re.split(r"[,;.!?，。；！？、\n]", text[max(0, start - 16) : start])[-1]
    return bool(_PART_SUBJECT.search(re.sub(r"(?:谈|谈得|敲|确|商量|说|讲|倾)$", "", before)))


# A settling word ("定了", "敲定", "谈定", "倾掂"; the text is folded: 咗 → 了) whose object is a figure: the
# amount is agreed ("東莞恒信 定咗 62萬"); "定咗單" (the order), "签了 三十二万" and a bare "定了" stay wins.
_SETTLING = re.compile(r"(?:敲|谈|说|讲|倾|确)?定(?:了|下来了?)?$|倾掂(?:了)?$")
# What a settling word may have chosen, right after it: a count of things or an option ("三条线", "两台",
# "B方案", "那个型号"); the order itself ("定了单") is a win.
_A_THING_CHOSEN = re.compile(
    r"\s*(?:[一二两三四五六七八九十百\d]+\s*(?:条|台|套|个|件|款|种|部|批|项|家|间|座|辆)"
    r"|[A-Za-z0-9]{1,3}\s*(?:方案|版|款|型)|(?:这个|那个|哪个|新的|高配|低配|标准)?(?:方案|型号|规格|配置|款式|版本|套餐))"
)
# A bare number right after a settling word, nothing after it that says what it counts or its unit.
_BARE_NUMBER = re.compile(r"[\s了在为成到做]*\d+(?:\.\d+)?(?![\d.,%％]|\s*(?:[万萬千百亿億kKwW]|[a-zA-Z]))")
_BEFORE_THE_FIGURE = re.compile(r"[\s了在为成到做]*(?:(?:价格|价钱|价|金额|总价)\s*)?(?:是|为)?\s*")


def _settles_a_figure(reading: Reading, start: int, end: int) -> bool:
    text = reading.text
    if not _SETTLING.search(text[start:end]):
        return False
    gap = _BEFORE_THE_FIGURE.match(text, end)
    at = gap.end() if gap else end
    return any(a.start == at for a in reading.amounts)


# A signed paper sent: a win only when they sent it ("marc sent the signed contract"), named before the verb.
_SENT_PAPER = re.compile(r"(?:sent|returned|e-?mailed|mailed|gave us|handed over)\b", re.IGNORECASE)
_THEIR_SUBJECT = re.compile(
    r"(?<![\w'’-])(?!(?:i|we|and|then|just|also|already|so|ok)\b)[A-Za-z][\w'’.-]*\s+(?:(?:just|already|finally)\s+)?$",
    re.IGNORECASE,
)


def before_in_clause(reading: Reading, start: int) -> str:
    return reading.text[reading.clause_of(start).start : start]


# "X is a go" said of an interaction or an event, not of the deal or the customer.
_EVENT_WORDS = sorted(
    {w for words in ACTIVITY_WORDS.values() for w in words if w.isascii() and " " not in w}
    | {"trip", "tour", "trial", "training", "launch", "event", "kickoff", "kick-off", "install", "session"},
    key=len,
    reverse=True,
)
_GO_SAID_OF_AN_EVENT = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _EVENT_WORDS))})"
    r"(?:\s+(?:at|with|for|in|to)\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}?)?"  # "the site visit at acme is a go"
    r"(?:['’]s|\s+(?:is|are))\s+a\s+go\b",
    re.IGNORECASE,
)
# A bare yes after an invitation in its clause ("emailed bill the Q1 webinar invite, he said yes", "asked
# her to the golf day, she says yes"): a yes to come, not to the deal ("said yes to the pilot" is a win).
_YES_TO_AN_INVITATION = re.compile(
    r"\b(?:invite[sd]?|invitations?|webinar|seminar|workshop|conference|expo|trade\s*show|roundtable|rsvp"
    r"|dinner|lunch|breakfast|drinks|golf(?:\s+day)?|party)\b"
    r"[^.!?;]*?\b(?:said|says|saying)\s+yes\Z",
    re.IGNORECASE,
)
# "passed" said of a check, a test or an event ("audit passed", "the salt spray test has passed", "site
# inspection passed"): it went well; "Sligo Harbour Hotel passed" (the customer) is a loss. No word a
# company's name may end in ("Testing", "Design", "Check"): "Fukuoka Semicon Testing passed" is their no.
_CHECKS = sorted(
    set(_EVENT_WORDS)
    | {"audit", "audits", "test", "tests", "inspection", "validation", "review", "assessment",
       "qualification", "evaluation", "certification", "approval", "vetting", "screening", "fat", "sat",
       "uat", "pilot", "poc"},
    key=len,
    reverse=True,
)  # fmt: skip
_A_CHECK_PASSED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _CHECKS))})\s+(?:(?:has|have|was|were|all|just|finally|now)\s+)*passed$",
    re.IGNORECASE,
)
# A win word said as still to come: "PO expected 30/6", "signature due friday", "PO coming next week".
_STILL_TO_COME = re.compile(
    r"\s*(?:is\s+|are\s+|now\s+)?(?:expected|due|coming|to\s+come|arriving|will\s+come|should\s+come)\b",
    re.IGNORECASE,
)
# A day word right after an outcome word makes it the name of that day: "签约日期", "成交时间", "signed date".
_NAMES_A_DAY = re.compile(r"\s*(?:日期|时间|日子|\b(?:date|day)\b)", re.IGNORECASE)
# A price word right after a win word ("成交价", "成交金额", "closing price"), or "not signed yet" said later.
_PRICE_AFTER = re.compile(r"\s*(?:价|金额|额|\s+price\b|\s+amount\b)", re.IGNORECASE)
_NOT_SIGNED_YET = re.compile(
    r"还没签|尚未签|还没有签|没签呢|\bnot (?:yet )?signed(?: yet)?\b|\b(?:hasn|haven)['’]?t signed\b",
    re.IGNORECASE,
)
# After a win, a "but" and a step of theirs still under way: "不过法务还在审合同", "but legal is still …".
_STILL_PENDING = re.compile(
    r"(?:但是?|不过|可是|只是)[^。.!！?？]{0,12}?(?:还在|仍在|还要|还得|还需要?)[^。.!！?？]{0,4}?"
    r"(?:审|看|走|过|批|签字|盖章)"
    r"|\b(?:but|though|although|however)\b[^.!?]{0,40}?\b(?:still|yet to)\s+(?:be\s+)?"
    r"(?:review|reviewing|reviewed|checking|looking|going over|approv|sign|pending|in)\w*",
    re.IGNORECASE,
)
# "先别重开", "don't reopen yet": a reopen said not to be done.
_NOT_REOPEN = re.compile(
    r"(?:先别|别|不要|不用|先不|暂时不|还不|暂不|\bdon['’]?t|\bdo not|\bnot|\bno need to|\bwon['’]?t)"
    r"\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)


# The price talked over again, not the deal: "价格要重新谈", "价钱重新谈好了，10万" (the deal is open; its
# amount is what changes).
_PRICE_TALKED_OVER = re.compile(
    r"(?:金额|价格|价钱|报价|银码|总价|单价|价)[^，,。；;！!？?\d]{0,4}(?:重新|再)(?:谈|倾)$"
)


def read_reopen(reading: Reading) -> None:
    """A lost deal coming back ("reopen at 40k", "重新打开"), unless said not to ("先别重开", "don't reopen
    yet"): then the rest of the message is what happened, and nothing is reopened."""
    hits = [
        m for m in lx.REOPEN.finditer(reading.text) if not _PRICE_TALKED_OVER.search(reading.text, 0, m.end())
    ]
    said = [m for m in hits if not _NOT_REOPEN.search(reading.text[max(0, m.start() - 16) : m.start()])]
    reading.masked.extend(m.span() for m in hits)
    # "说想重新谈，先别重开": talking again, said not to be reopened yet, reopens nothing (trial 67 #27)
    held_back = len(said) < len(hits)
    reading.reopen = bool(said) and not held_back
    again = [m for m in lx.TALK_AGAIN.finditer(reading.text)]
    reading.talk_again = not held_back and any(
        not _NOT_REOPEN.search(reading.text[max(0, m.start() - 16) : m.start()]) for m in again
    )


_DETERMINER = re.compile(r"\b(?:the|a|an|their|our|his|her|my|your|its|this|that)\s+$", re.IGNORECASE)


# A stage word marked as where the deal is now: "they want to negotiate now", "qualified -> proposal".
_STAGE_NOW_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,1}(?:now|at this point)\b|^\s*(?:了|阶段了)?\s*(?:现在|目前)", re.I
)


_LED_TO = (
    r"(?:\bso\b|\bhence\b|\bwhich (?:puts|moves|takes) (?:it|us) (?:in|into|to)\b|所以|因此)\s*"
    r"(?:it['’]?s\s+|we['’]?re\s+)?(?:in\s+|at\s+|进|进入)?$"
)
_STAGE_NOW_BEFORE = re.compile(
    r"(?:\bnow\b|现在|目前|->|→|=>|\bto\b|改成|改为|改到|改|变成|转为|进入|推进到)[^,.;!?，。；！？]{0,12}$"
    # what it comes to: "accepted the quote on the oven so negotiation", "报价确认了，所以进谈判"
    rf"|{_LED_TO}"
    r"|(?:\bi mean|\bi meant|\bsorry|\boops|\brather|\bactually|不对|说错了|应该是)[^,.;!?，。；！？]{0,12}$",
    re.I,
)  # the stage said last after a slip counts: "moved to proposal oops i mean negotiation"


def _own_clause_before(text: str, start: int) -> str:
    """The words before `start` back to the last clause break, at most 20 characters."""
    before = text[max(0, start - 20) : start]
    return re.split(r"[,;.!?，。；！？、\n]", before)[-1]


def _marked_stage(text: str, hits: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """Of several stage words, the last one marked as the stage now; else the first one."""
    if len(hits) == 1:
        return hits[0]
    marked = [
        h
        for h in hits
        if _STAGE_NOW_AFTER.match(text[h[2] : h[2] + 16])
        or _STAGE_NOW_BEFORE.search(text[max(0, h[1] - 16) : h[1]])
        # "预算确认了 … 进方案阶段", "budget confirmed, now moving to proposal": the stage it moved to
        or lx.MOVE_WORDS.search(_own_clause_before(text, h[1]))
        or re.match(r"\s*(?:stage|阶段)", text[h[2] :], re.I)
        # "预算确认完，今天把方案发过去了": the proposal sent is where it is now, past the budget
        or lx.SENT_AFTER.match(text[h[2] :])
    ]
    return marked[-1] if marked else hits[0]


# A sending said not to have happened yet, before the stage word: the stage does not move, nothing was sent.
# A stage said not to be there at all: "nothing to quote yet", "no need for a proposal", "too early to
# quote", "还不到报价的时候", "不用报价".
_NONE_OF_IT = re.compile(
    r"(?:\b(?:nothing|no\s+need|too\s+early|not\s+ready)\s+(?:to|for)(?:\s+(?:a|an|the|any))?"
    r"|还不到|不用|不需要|没必要|暂时不)\s*$",
    re.IGNORECASE,
)


_UNDONE = re.compile(
    r"\b(?:haven['’]?t|hasn['’]?t|have not|has not|hadn['’]?t|had not|didn['’]?t|did not|not yet|never|yet to"
    r"|still to)\b|还没|尚未|没有?(?:发|提交|给|递交|寄)|未(?:发|提交)",
    re.IGNORECASE,
)


_STAGE_WISHED = re.compile(
    r"\b(?:wants?|wanted|asked(?:\s+for)?|asking(?:\s+for)?|asks(?:\s+for)?|needs?|requested|request(?:ing)?"
    r"|would\s+like|waiting\s+for|expect(?:s|ing)?)\s+(?:(?:a|an|the|our|us\s+for|us\s+(?:a|the)|new|updated"
    r"|formal|revised|written|full|first)\s+)*$"
    r"|(?:想要|要求|需要|等着?|想|要)(?:我们|我哋)?(?:出|做|给|俾|发)?(?:一份|个|份)?$",
    re.IGNORECASE,
)
_STATE_REACHED = re.compile(r"\s*(?:阶段)?\s*(?:了(?!解)|咗|中(?![国文心间]))")
_GOING_ON = re.compile(r"(?:正在|在|开始)\s*$")


def read_stage(reading: Reading, stages: Iterable[str], synonyms: Mapping[str, Iterable[str]]) -> None:
    open_stages = [s for s in stages if s not in ("won", "lost")]
    span = reading.outcome_span
    hits = [
        h
        for h in find_stages(reading.text, open_stages, synonyms)
        if not (span and span[0] <= h[1] < span[1])
        and not stage_calls_a_deal(reading.text, h[1], h[2])  # "需求确认阶段的那个单子报价了": which deal
    ]
    if not hits:
        return
    # "quote 27,600 GBP, budget confirmed": a stage word right before an amount may only label it
    labels = [
        h
        for h in hits
        if any(0 <= a.start - h[2] <= 3 and not re.search(r"[了咗，,。;；]", reading.text[h[2] : a.start])
               for a in reading.amounts)
    ]  # fmt: skip  # (not "进谈判了，150w不变": a clause of its own before the figure)
    if len(labels) < len(hits):
        hits = [h for h in hits if h not in labels]
    stage, start, end = _marked_stage(reading.text, hits)
    clause = reading.clause_of(start)
    text = reading.text
    if _NONE_OF_IT.search(text, max(clause.start, start - 24), start):
        reading.masked.append((start, end))
        return  # "nothing to quote yet", "no need for a proposal", "还不到报价": no stage, nothing moves
    if (
        reading.outcome == "won"
        and span is not None
        and start >= span[1]
        and re.search(_LED_TO, text[max(0, start - 16) : start], re.IGNORECASE)
    ):
        # "accepted the quote on the curing oven so negotiation": what the yes led to is the stage, no win
        reading.outcome = reading.outcome_span = reading.outcome_doubt = None
        reading.outcome_phrase = ""
    # "moved to negotiation", "进入谈判阶段": the move words sit right before the stage (or 阶段 after it)
    explicit = bool(lx.MOVE_WORDS.search(text[max(clause.start, start - 20) : start])) or bool(
        re.match(r"\s*(?:stage|阶段)", text[end:], re.I)
    )
    done = bool(
        lx.STAGE_DONE_BEFORE.search(text[clause.start : start])
        or lx.STAGE_DONE_AFTER.match(text[end:])
        or re.search(r"了|已|\bconfirmed\b", text[start:end])  # "确认了预算", "budget confirmed": it happened
    )
    # "到议价了", "议价中", "講緊價" said of the deal, "在砍价": the stage it is in now (a state reached:
    # 了 / 咗 after it; an action going on: 中 after it, 在 / 正在 before a bargaining word)
    done = done or bool(
        _STATE_REACHED.match(text, end)
        or re.search("[紧緊]", text[start:end])
        or (stage == "negotiation" and _GOING_ON.search(text[clause.start : start]))
    )
    undone = bool(_UNDONE.search(text[clause.start : start]))  # "haven't sent the quote yet", "还没发报价"
    done = done and not undone
    words = [w for w in TOKEN.findall(clause.text) if w.lower() not in lx.STOPWORDS]
    terse = len(words) <= 3 and not CJK.search(clause.text) and not undone  # "Acme 30k proposal"
    now = (stage, start, end) != hits[0] or bool(_STAGE_NOW_AFTER.match(text[end : end + 16]))
    now = now or bool(re.search(_LED_TO, text[max(0, start - 16) : start], re.IGNORECASE))
    reading.masked.extend((s, e) for _, s, e in hits)
    reading.stage, reading.stage_span = stage, (start, end)
    reading.stage_explicit = explicit
    # "报价还在走流程", "proposal revised down": a stage merely mentioned names a new deal's stage
    # but does not move an existing one.
    # "they asked the proposal for the 3 hotels", "they want proposal for silos": a stage wished for is
    # still ahead (the deal moves when it is sent)
    wished = bool(_STAGE_WISHED.search(text[clause.start : start])) and not explicit
    reading.stage_moved = (explicit or done or terse or now) and not wished
    before = None if undone else lx.SENT_BEFORE.search(text[clause.start : start])
    after = lx.SENT_AFTER.match(text[end:])
    sent = before or after
    if sent is not None and not explicit:  # "方案发过去了": sent, an e-mail when the deal does not move
        at = clause.start if before else end
        verb = "verb" if sent.group("verb") else "cn"
        reading.stage_sent = (at + sent.start(verb), at + sent.end(verb))
        reading.stage_moved = reading.stage_moved or sent is after  # "方案已经发过去了": done, so it moves


def read_postponed(reading: Reading) -> None:
    """ "bosi 的单子推迟了", "signing pushed back": the deal is put off, but to when? (asked, not guessed)"""
    if reading.close is not None or reading.outcome or reading.kind:
        return  # "…电话，说冷库项目延期": the call is logged with its words; nothing to ask
    for match in lx.POSTPONED.finditer(reading.text):
        clause = reading.clause_of(match.start())
        planned = any(clause.start <= s.start < clause.end for s in reading.steps)
        stage = reading.stage_span
        if stage is not None and 0 <= stage[0] - match.end() <= 2:
            continue  # "deal 推到 negotiation 了": pushed on to a stage, not put off
        # "push the Sligo thing out a bit": the thing of a customer is its deal
        thing = re.search(r"\b(?:thing|one)\s+(?:back|out)\b", match[0], re.IGNORECASE)
        if (lx.DEAL_NOUN.search(clause.text) or thing) and not planned:
            reading.postponed = True
            at = match.start()
            words = [(at + w.start(), at + w.end()) for w in re.finditer(r"\S+", match[0])]
            # "push the Granger close date back": the words between may name the customer
            reading.masked.extend([words[0], words[-1]] if len(words) > 3 else [match.span()])
            return


# A figure said to be the deal's no longer: "quote no longer 26k", "price not 32k any more", "已经不是30万了".
_NO_LONGER_BEFORE = re.compile(
    r"(?:\bno longer|不再是|已经不是|已不是)\s*(?:at\s+)?[$€£¥]?\s*$", re.IGNORECASE
)
_NOT_BEFORE = re.compile(r"(?:\bnot|\bisn['’]?t|不是)\s*(?:at\s+)?[$€£¥]?\s*$", re.IGNORECASE)
_ANY_MORE_AFTER = re.compile(r"\s*(?:any\s?more\b|any longer\b|了|啦)", re.IGNORECASE)


def _no_longer(reading: Reading) -> bool:
    """The message's amounts all said to be the deal's no longer: dropped (no value to store), and True."""
    text = reading.text
    gone = [
        a
        for a in reading.amounts
        if _NO_LONGER_BEFORE.search(text[max(0, a.start - 16) : a.start])
        or (_NOT_BEFORE.search(text[max(0, a.start - 10) : a.start]) and _ANY_MORE_AFTER.match(text, a.end))
    ]
    if not gone or len(gone) < len(reading.amounts):
        return False  # "no longer 26k, now 22k": the new one is said
    reading.amounts = []
    return True


def read_repriced(reading: Reading) -> None:
    """ "温岭东方泵业的金额要调整，等我们新报价", "the amount will change, new figure next week", "quote no
    longer 26k": the deal's amount changes, but to how much? (asked, not guessed; an interaction logged keeps
    the words instead)"""
    gone = _no_longer(reading)
    if reading.amounts or reading.outcome or reading.reopen or reading.relative or reading.kind_span:
        return
    if gone:
        reading.repriced = True
        return
    for match in lx.AMOUNT_TO_CHANGE.finditer(reading.text):
        clause = reading.clause_of(match.start())
        if any(clause.start <= s.start < clause.end for s in reading.steps):
            continue  # "报价要改一下明天发": a plan of ours
        reading.repriced = True
        reading.masked.append(match.span())
        return


# The field a "no change" is said of: "amount 不变", "portal number unchanged", "价格不变".
_AMOUNT_UNCHANGED = re.compile(
    r"(?:\b(?:amount|price|pricing|number|value|figure)|金额|价格|价钱|数字|总额|总价)\s*"
    r"(?:is|stays?|remains?|还是|都)?\s*"
    # "金额先按200万不变": the figure it stays at said between
    r"(?:(?:先|就|暂时|还|仍)?(?:按|是|维持|保持|为|at)?\s*[$€£¥]?\s*\d[\d.,]*\s*(?:[万千kKmM]|w)?\s*)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?。；！？\n]")


_NEXT_TO = re.compile(r"[\s,，]*(?:[a-z]+\s+){0,2}", re.IGNORECASE)


def _of_currency(reading: Reading, match: re.Match[str]) -> bool:
    """Whether the "no change" is said of a currency named next to it ("pays in swiss francs as before, 37k",
    "照旧人民币结算，14万"): the currency stays, the amount said is news."""
    text = reading.text
    return any(
        (c.end <= match.start() and _NEXT_TO.fullmatch(text[c.end : match.start()]))
        or (match.end() <= c.start and _NEXT_TO.fullmatch(text[match.end() : c.start]))
        for c in currencies_named(text, reading.amounts)
        if not c.left
    )


def close_of_the_open_deal(reading: Reading) -> None:
    """ "四十万那单十二月底不变，另外…另开一单八万": the close said to stay is the open deal's, no close of
    the new one (which was given the open deal's day); "end of july like planned": no close to change."""
    match = lx.NO_CHANGE.search(reading.text)
    if match is None or reading.close is None:
        return
    clause = reading.clause_of(match.start())
    if any(
        clause.start <= at < clause.end
        and when.at.date() == reading.close
        and (reading.add_on or at < match.start())
        for at, when in reading.dates
    ):  # and of a deal as it stands: "board will decide end of july like planned" (which deal, if two?
        reading.close = None  # nothing changes in either)


# The close said in the clause that stays as it is: "7月15号签不变", "close unchanged", "签约日期不变".
_CLOSE_WORD = re.compile(r"(?<![a-z])(?:clos(?:e|ing)|sign(?:ing)?)(?![a-z])|签|交期|日期", re.IGNORECASE)


def _close_stays(reading: Reading, start: int, end: int) -> bool:
    """Whether the clause from `start` to `end` says a day or the close ("7月15号签不变", "close不变")."""
    return any(start <= at < end for at, _ in reading.dates) or bool(
        _CLOSE_WORD.search(reading.text, start, end)
    )


def said_unchanged(reading: Reading) -> None:
    """ "聊了 80万 proposal, nothing changed": the deal is said as it stands, no change of it. A "no change"
    said of the amount ("amount 不变", "portal number unchanged") leaves the rest of the message (a stage
    moved, another amount said in another sentence) as it is."""
    text = reading.text
    match = lx.NO_CHANGE.search(text)
    if match is None or reading.amount_marked or reading.outcome or _of_currency(reading, match):
        return
    clause = reading.clause_of(match.start())
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    start = max(e for e in ends if e <= match.start())
    end = min((e for e in ends if e > match.start()), default=len(text))
    # "our quote is still 18": the number said to stay is used by saying so
    numbers = re.finditer(r"\d[\d.,]*", text[start:end])
    reading.masked.extend((start + m.start(), start + m.end()) for m in numbers)
    if "still" in match.group(0).lower():  # "Sullivan's is still a no": only its own clause stays as it is
        unchanged = [a for a in reading.amounts if clause.start <= a.start < clause.end]
        if reading.stage_span and clause.start <= reading.stage_span[0] < clause.end:
            reading.stage = reading.stage_span = None
    elif _AMOUNT_UNCHANGED.search(text[clause.start : match.start()]) or (
        reading.stage_explicit
        and any(
            clause.start <= a.start and a.end <= match.start() and not text[a.end : match.start()].strip()
            for a in reading.amounts
        )
    ):  # "直接进谈判了，150w不变": the figure said to stay is the amount's, the stage moved to still moves
        # (not "卢布报价他们认，一千二百万不变": the quote they accept is the deal as it stands)
        unchanged = [a for a in reading.amounts if start <= a.start < end]
    elif reading.add_on or _close_stays(reading, clause.start, clause.end):
        # "四十万那单十二月底不变，另外…另开一单八万": the new deal's amount is its own;
        # "报价确认18万5，7月15号签不变", "close不变": the close stays, the figure said before it is news
        unchanged = [a for a in reading.amounts if clause.start <= a.start < clause.end]
    else:
        unchanged = list(reading.amounts)
        reading.stage = reading.stage_span = None
    said = [text[a.start : a.end].strip() for a in unchanged]
    reading.doubts = [d for d in reading.doubts if not any(d in w or w in d for w in said)]
    reading.amounts = [a for a in reading.amounts if a not in unchanged]
