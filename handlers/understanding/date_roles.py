"""What a date means where it is said: when it happened, the expected close, a step of ours, or
somebody else's plan ("she's on leave next week").

The same date words can be any of these; only the words around them tell, and a wrong role is a
silently wrong write, so the cues (tense, our/their words, tasks, close words) are kept together here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.parsing.dates import Offset, When, find_offset, find_when
from handlers.parsing.months import month_of_words
from handlers.understanding import lexicon as lx
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.known_people import chinese_people_named, honorific
from handlers.understanding.reading import (
    CJK,
    Clause,
    Reading,
    Span,
    moved,
    part_of_day_only,
    time_of_day_only,
)

# Words that say there is nothing to do: "nothing to do till then", "no need to follow up", "不用跟进".
_NO_TASK = re.compile(
    r"\b(?:nothing|no|don['’]?t|doesn['’]?t|not|never)\s+(?:(?:for|on)\s+(?:us|me|our end)\s+)?"
    r"(?:need\s+)?(?:to\s+)?$"
    r"|(?:不用|不需要|无需|不必|没必要|暂时不用|先不用|不要|先别|暂时别|先不|暂时不)\s*再?\s*$",
    re.IGNORECASE,
)


# A reminder set before, named: "那个 reminder 之后", "周六的回电提醒不变", "after my 3pm reminder" (its words
# are no task of their own).
_A_REMINDER_NAMED = re.compile(
    r"(?:(?:那个|那条|这个|这条)[^，,。；;]{0,8}?|的[\u4e00-\u9fff]{0,4}?|['’]s\s*|"
    r"\b(?:the|my|that|this)\s+(?:[\w:-]+\s+){0,3}?)(?:reminder|提醒)(?!我|一下|下我)",
    re.IGNORECASE,
)


def step_markers(text: str) -> list[re.Match[str]]:
    """The words of `text` that make it a task of ours (`lexicon.STEP_MARKERS`), unless they are said not
    to be one ("nothing to do until then", "no need to follow up", "暂时不用跟进") or name a reminder set
    before ("今天下午3点那个 reminder 之后")."""
    named = [n.span() for n in _A_REMINDER_NAMED.finditer(text)]
    return [
        m
        for m in lx.STEP_MARKERS.finditer(text)
        if not _NO_TASK.search(text[: m.start()]) and not any(a <= m.start() < b for a, b in named)
    ]


def _went(reading: Reading, clause: Clause) -> bool:
    """Whether the next clause says how the interaction of this one went ("…at 2, went fine")."""
    later = [c for c in reading.clauses if c.start >= clause.end]
    if not later or not any(p.search(clause.text) for p in KIND_PATTERNS.values()):
        return False
    after = later[0].text
    return bool(lx.PAST_MARKERS.search(after)) and not any(p.search(after) for p in KIND_PATTERNS.values())


# Right before a date: the date is the one left for another ("not end of May", "不是五月底", "instead of
# friday").
_LEFT_FOR = re.compile(r"(?:\bnot|\binstead of|\brather than|而不是|不是)\s*$", re.IGNORECASE)


# A clause that only gives a new day: "new date 18/6", "新日期 6月18号".
_NEW_DATE = re.compile(r"(?:the)?new(?:date|day|deadline)|新(?:的)?(?:日期|时间)", re.IGNORECASE)


# A clause that gives a day as where something is now: "9/30 now", "现在是7月15".
_NOW_ONLY = re.compile(r"(?:now|instead|现在是?|改为)", re.IGNORECASE)


def date_role(reading: Reading, clause: Clause, when: When, now: datetime) -> str:
    """What a date in this clause means: "past" (it happened), "close", "close again" (the close date said
    exactly), "not before" (the deal will not close before it), "theirs" or "step"."""
    local_now = now.astimezone(when.at.tzinfo)
    text = clause.text
    is_future = when.at.date() > local_now.date() or (when.has_time and when.at > local_now)
    if not is_future:
        if _names_a_thing(text, when.spans[-1][1]):
            return "theirs"  # "投诉了，上个月的货还没到": when the goods were, not when the news came
        if _incident(text, when):
            return "theirs"  # "called to complain the trainer no-showed thursday": the complaint is today
        today = when.at.date() == local_now.date() and not when.has_time
        if today and _close_words(text) and not lx.PAST_MARKERS.search(text):
            return "close"  # "小米月底签约" on the 30th: the close date is today
        told = TOLD.search(text, when.spans[-1][1])
        if len(reading.clauses) > 1 and _theirs(text) and not (told and _theirs(text[told.end() :])):
            # "met rosa, they opened 3 depots last month": when they did it, not when we met; "殷总昨晚微信说
            # 老板出差了": when they told us, what they told is theirs
            return "theirs"
        return "past"
    if _LEFT_FOR.search(text[: when.spans[0][0]]):
        return "theirs"  # "签约改到六月底，不是五月底", "end of June not end of May": the date left
    if _NAMES_A_REMINDER.match(text, when.spans[-1][1]):
        return "theirs"  # "今天下午3点那个 reminder 之后，5pm 再 remind me …": the reminder there is already
    remind = lx.REMIND.search(text)
    if remind and not (remind.start() >= when.spans[-1][1] and _for_the_close_field(reading, clause, when)):
        return "step"  # ("close date march 15th and remind me monday …": the close, then the reminder's day)
    if _for_the_close_field(reading, clause, when):
        # "close date has to be changed to 30 Nov", "签约日期更新一下 改到11月15号": the close said exactly,
        # over a day said before it only as where the deal slips ("拖到年后 结单日期改2月15号")
        return "close again"
    if _STAYS_AFTER.match(text, when.spans[-1][1]):
        return "close"  # "四十万那单十二月底不变", "close 31/10 stays": the close said again, no task
    if _ASKED_ABOUT.search(text[: when.spans[0][0]]):
        return "theirs"  # "都打电话来问年底活动", "called asking about the xmas promo": what they asked
    if when.at.date() == local_now.date() and _went(reading, clause):
        return "past"  # "quick zoom w orbit labs at 2, went fine": today at 2, it happened
    if (
        part_of_day_only(clause.text, when)
        # "call with Jo this afternoon" said at 10: a call still to come (not "下午在华为，谈得不错")
        and not (when.at.hour >= 12 > local_now.hour and _NOUN_WITH.match(text))
        and when not in reading.carried
        and not step_markers(text)
        and not _ordered(without_spans(text, list(when.spans)))  # "this afternoon send …", "下午给她打电话"
    ):
        return "past"  # "onsite at falcon all morning", "上午去钟山化工，下午去西湖酒店": today, it happened
    first, last = when.spans[0][0], when.spans[-1][1]
    step = [m.span() for m in step_markers(text)] + [m.span(1) for m in _THEN_DO.finditer(text)]
    step += [m.span() for m in REQUESTED.finditer(text)]  # "wants contract draft by dec 10": ours to do
    close = _close_words(text)

    def distance(spans: list[tuple[int, int]]) -> int:
        return min((max(a - last, first - b, 0) for a, b in spans), default=10_000)

    if _STARTS_TASK.match(_NAME_FIRST.sub("", text) if reading.explicit_name else text):
        return "step"  # "chase whitcomb for the PO friday": the clause is our task, the PO its topic
    if not close and their_promise(reading, clause):
        return "theirs"  # "Travis will send the specs by friday", "王工说周五前把图纸发过来": their word
    if not step and _comes_then(text, first, last):
        before = text[max(0, first - 32) : first]
        expected = _EXPECTED.search(before) or _CAN_COME.match(text, last)  # ("采购单下礼拜一能下来")
        if _ORDER_COMES.search(before) and expected:
            return "close"  # "石家庄冀中的PO预计6月底下来": when they are expected to order is the close
        return "theirs"  # "环评报告下周出", "their rollout kicks off next week": it happens then
    if not step and not close and _closing_denied(text):
        return "not before"  # "月底前不会签": no close date then, no task; the note keeps it
    if step or close:
        theirs = [m.span() for m in _THEIRS.finditer(text)] if not _US.search(text) else []
        if theirs and distance(theirs) < min(distance(step), distance(close)):
            cue = min(theirs, key=lambda span: distance([span]))
            between = (min(cue[1], first), max(cue[0], last))
            if not any(between[0] <= a < between[1] for a, _ in step):
                return "theirs"  # "she's on leave next week so f/u on the 14th": next week is hers
        return "step" if distance(step) <= distance(close) else "close"
    if _theirs(text) or _theirs_before(reading, clause):
        return "theirs"  # "the board meets Dec 15", "她下周出差": their plans, kept in the note, not ours
    previous = [c for c in reading.clauses if c.end <= clause.start]
    bare = _FILLER.sub("", without_spans(text, [(a, b) for a, b in when.spans]))
    if previous and not bare and lx.CLOSE_MARKERS.search(previous[-1].text):
        return "close again"  # "expected to close early Feb, say feb 5": the same date, said exactly
    if _NEW_DATE.fullmatch(bare) and any(lx.CLOSE_MARKERS.search(c.text) for c in previous):
        return "close again"  # "signature slipping, she is traveling. new date 18/6": the close's new day
    if _NOW_ONLY.fullmatch(bare) and previous and lx.POSTPONED.search(previous[-1].text):
        return "close again"  # "FV slipped again. 9/30 now": where the slip put the close
    if any(clause.start <= a.start < clause.end for a in reading.amounts):
        return "close"
    return "step"


# A date said to stay: "十二月底不变", "31/10 stays", "end of oct unchanged".
_STAYS_AFTER = re.compile(
    r"\s*(?:(?:close|closing|the close)(?: date)?|签约(?:日期|时间)?|成交日期)?\s*(?:还是|仍然|依然)?"
    r"\s*(?:不变|没变|照旧|不动|维持不变|stays(?: the same)?|remains?(?: the)?(?: same)?|unchanged"
    r"|still stands)",
    re.IGNORECASE,
)


# A date said to stay, before it: "close date stays mid July", "close still end of june", "签约还是月底".
_STAYS_BEFORE = re.compile(
    r"(?:\bstays?|\bremains?|\bstill(?: is)?|\bunchanged(?: at)?|还是|仍然是?|依然是?|照旧)"
    r"\s*(?:at|as|on|in|for|around)?\s*$",
    re.IGNORECASE,
)


def said_to_stay(text: str, when: When) -> bool:
    """Whether the date is said to stay as it is ("close date stays mid July", "31/10 stays", "月底不变")."""
    return bool(_STAYS_AFTER.match(text, when.spans[-1][1]) or _STAYS_BEFORE.search(text[: when.spans[0][0]]))


# The deal's close day named as the field a date is said for: "close date … to 30 Nov", "签约日期 … 改到…".
CLOSE_FIELD = re.compile(rf"\b{lx.CLOSE_FIELD_EN}\b|{lx.CLOSE_FIELD_ZH}", re.IGNORECASE)
# A clause that only says what it changes to: "改到11月15号", "to 30 Nov".
_TO_A_DAY = re.compile(
    r"^\s*(?:改|推|延|挪|调|换)?(?:到|成|为|至)|^\s*(?:to|moved to|changed to|now)\b", re.IGNORECASE
)


# Nothing but the day said, in a clause after the field: "it's 30 nov now", "明年1月15号", "now the 20th".
_ONLY_THE_DAY = re.compile(
    r"[\s,，:：-]*(?:(?:it['’]?s|it is|is|now|new one|new date|actually|then"
    r"|改|成|到|为|是|了|吧|定|在|明年|今年)[\s,，:：-]*)*",
    re.IGNORECASE,
)


def _for_the_close_field(reading: Reading, clause: Clause, when: When) -> bool:
    """Whether the date is said for the close-date field named before it, in its clause or in the clause
    right before one that only says what it changes to."""
    field = CLOSE_FIELD.search(clause.text)
    if field is not None:
        return field.end() <= when.spans[0][0]
    earlier = [c for c in reading.clauses if c.end <= clause.start]
    if not earlier or not CLOSE_FIELD.search(earlier[-1].text):
        return False
    rest = without_spans(clause.text, list(when.spans))
    return bool(_TO_A_DAY.match(clause.text) or _ONLY_THE_DAY.fullmatch(rest))


# A date that names a reminder set before: "today's 3pm reminder", "下午3点那个提醒", "3点那个 reminder".
_NAMES_A_REMINDER = re.compile(
    # ("后天提醒一下我…", "周五提醒下我…" ask to be reminded then)
    # (nor a heading that says when: "COB reminder: send Octavius the case studies", "周五提醒：…")
    r"\s*(?:的)?\s*(?:那个|那条|这个|这条)?\s*(?:[\u4e00-\u9fff]{1,4}?的?)?\s*(?:reminder|提醒)(?!我|一下|下我|\s*[:：])",
    re.IGNORECASE,
)


# Something that comes or starts on the date, nobody of ours doing it: "PO 下周出", "采购流程下周启动",
# "the report's out next week", "shipment arrives thurs". An event of theirs, kept in the note.
_COMES_AFTER = re.compile(
    r"^\s*(?:(?:就|会|才|能|应该|可能|估计|大概)\s*){0,2}(?:出来?|下来?|启动|开始|到货?|批(?:下来)?|公布|上线|开标|招标|"
    r"出结果|发布|开工|投产"
    # their paying: "下周开始走付款流程 🎉", "月底打款" (theirs; "提醒我月底催款" is ours, a step marker)
    r"|(?:开始)?(?:走[\u4e00-\u9fff]{0,4}流程|付款|打款|付钱|汇款))(?:了|吧|啊|呢)?\W*$"
)
_COMES_BEFORE = re.compile(
    r"(?:\b(?:is|are|will be|should be)\s+|['’]s\s+|['’]re\s+)out\s+(?:on\s+|by\s+|in\s+)?$"
    r"|\b(?:(?:is|are|will be|should be|['’]s|['’]re)\s+)?(?:comes? out|coming out|comes? through|"
    r"arrives?|arriving|lands?|landing|starts?|starting|kicks? off|kicking off|begins?|beginning|"
    r"goes live|going live|gets? approved|published|released)\s+(?:on\s+|by\s+|in\s+)?$"
    # their answer, when it comes: "she need approval from board, answer maybe in 2 weeks"
    # (not one they want from us: "mere wants an answer mon", "I answer on monday")
    r"|(?<!\ban\s)(?<!\bi\s)\b(?:answer|reply|response|feedback|verdict)\s+"
    r"(?:(?:maybe|probably|expected|due|comes?|coming)\s+)?"
    r"(?:(?:in|by|on|within)\s+)?$",
    re.IGNORECASE,
)


# Their order is what comes: "the PO comes through by", "PO预计", "订单下周": the deal closes then.
_ORDER_COMES = re.compile(
    r"(?:(?<![a-z])po(?![a-z])|p\.o\.|purchase order|订单|采购单)[^,，。;；]{0,24}$", re.IGNORECASE
)
# ... said as expected ("PO预计6月底下来", "the PO should come through by …"): not "PO下周出", their news
_EXPECTED = re.compile(r"预计|估计|预期|\bexpect(?:ed|s|ing)?\b|\bshould\b|\bby\s*$", re.IGNORECASE)


# ... or said to be able to come then, after the day: "采购单下礼拜一能下来", "订单月底应该会下来"
_CAN_COME = re.compile(r"\s*(?:就|才)?(?:能|会|可以|应该会?|应能)(?:够)?\s*下来")


def _comes_then(text: str, first: int, last: int) -> bool:
    """Whether the date (at `first`…`last` in the clause) is when something of theirs comes or starts."""
    if _US.search(text) or step_markers(text):
        return False
    return bool(_COMES_AFTER.match(text[last:]) or _COMES_BEFORE.search(text[:first]))


_PAST_VERB = re.compile(r"\b[a-z][\w-]*[a-z]ed\b", re.IGNORECASE)
_OF = re.compile(r"\s*(?:的|['’]s\s+)")
_THING_END = re.compile(
    r"[，,。.;；:：!！?？]|\s+(?:at|with|w/|in|on|for|from|to|was|is|went|still)\b", re.IGNORECASE
)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether a past day said right before "的" or "'s" names a thing ("上周的发票", "last month's
    shipment"): the day the thing was, not the day of what the message logs. Not an event ("昨天的会",
    "yesterday's demo"): that day is when it happened."""
    of = _OF.match(text, end)
    if of is None:
        return False
    thing = _THING_END.split(text[of.end() : of.end() + 24], maxsplit=1)[0]  # "site visit" of "… at granger"
    return not (lx.EVENT.search(thing) or thing.startswith(("会", "事")))


def _incident(text: str, when: When) -> bool:
    """Whether the date is when the thing complained about happened, said after the complaint with its own
    verb ("complained their widget double-booked 2 massages on Saturday"), not when the complaint came."""
    complaint = KIND_PATTERNS["complaint"].search(text, 0, when.spans[0][0])
    if complaint is None:
        return False
    between = text[complaint.end() : when.spans[0][0]]
    return bool(_PAST_VERB.search(between)) and len(between.split()) >= 2


# What they asked us to send or do by a date: our task, also when it names a close word ("wants contract
# draft by dec 10"); not a close they want ("wants the contract signed by dec 10").
REQUESTED = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|asked for|asking for|requested|waiting (?:for|on)|expects?)\s+"
    r"(?:(?:a|an|the|our|us|me|some|new|revised|updated|final|written|formal|signed|\d+|[\w-]+\s+)\s*){0,3}"
    r"(?:quotes?|quotations?|proposals?|pricing|prices|price list|deck|slides|contracts?|samples?|specs?|"
    r"spec sheets?|estimates?|offers?|sow|drafts?|breakdown|brochures?|references?|case stud(?:y|ies)|"
    r"answers?|info|information|details|figures|numbers)\b"
    r"(?!\s+(?:signed|sign|signing|closed|done|executed|in place|finali[sz]ed|countersigned)\b)"
    r"|(?:要|需要|想要|等着?|催)(?:我们|咱们)?(?:一份|一个|一下|个|份)?(?:新的|最新的|正式的?)?"
    r"(?:报价单?|方案|合同|样品|资料|清单|PPT|演示|答复)(?!签|盖章|落地)",
    re.IGNORECASE,
)


# Somebody else's plans and absences: not a task of ours unless the words say what we do.
_OURS = re.compile(
    r"\b(?:we|we['’]ll|we['’]re|us|our|me|my|i|i['’]m|i['’]ll|again|back)\b|我|咱|再(?!说|看|考虑|研究|决定|定)|回头|给"
    r"|\b(?:want|wants|wanted|asked|asks|like|likes|keen)\s+(?:to\s+|for\s+|a\s+|an\s+|another\s+|\w+\s+)?"
    r"(?:talk|call|meet|mtg|meeting|chat|catch|see|visit|demo|hear|speak|follow)"
    r"|\b(?:get back|reply|respond|answer|confirm|let (?:us|me|you) know|revert)\b"
    r"|想(?:约|见|谈|聊)|约|答复|回复|回话|给消息|给信儿?|反馈|确认|通知"
    # they come to us: a meeting of ours ("说下周三过来聊合同", "she'll come by friday")
    r"|过来|来(?:公司|我们|我司|工厂|拜访|参观|面谈)|\b(?:come|coming|drop|dropping|stop|stopping)\s+(?:by|over|in)\b"
    # ("the LOI will come by this Friday": by a day, no visit to us)
    r"(?!\s+(?:this|next|end|the\s+end|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|early|mid|late"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)\w*\b)"
    r"|\bvisit(?:ing)?\s+us\b"
    # what they asked us to send: "he wants a quote by thurs", "needs the revised deck before friday"
    rf"|{REQUESTED.pattern}",
    re.IGNORECASE,
)


_THEIRS = re.compile(
    r"\b(?:on (?:\w+ )?(?:leave|vacation|holiday|pto|break)|out of (?:the )?office|ooo|away|off sick|"
    r"traveling|travelling|travels|off (?:until|till|next|this)|out (?:until|till|next|sick)|closed|shut|"
    r"board|"
    # (not the close itself moving: "close moving to end of July")
    r"internally|internal|(?<!close )(?<!closing )(?<!date )(?<!signing )(?<!deal )moving|relocating|"
    r"fiscal year|budget (?:year|cycle|resets?)|audit|"
    r"holidays? (?:until|till)|(?:is|are|be|['’]s|['’]re) back|returns?|shutdown|trade show|"
    # their money: "no budget till april", "budget freeze till march", "funds free up after feb"
    r"no budget|budget (?:freeze|frozen|approval|gets approved|is approved|comes through|opens|frees up)|"
    r"funds? (?:free|frees|freeing|come|comes|coming) (?:up|in|through)|funding|"
    # a contact's change of job, from a day on: "is promoted to Quality Director from May", "retires in June"
    r"promoted|promotion|retir(?:es|ing|ed|ement)|steps? down|stepping down|takes over|taking over)\b"
    # away somewhere until a day: "Kevin's in Bangkok till 6 Oct"
    # away on a day: "Imogen's off Good Friday", "Bridget is out monday", "she'll be out the 12th"
    r"|(?:['’]s|\bis|\bare|['’]re|\bwill\s+be|['’]ll\s+be)\s+(?:off|out|away|ooo)\b"
    r"(?!\s+(?:of|to|for|with|on\s+(?:the\s+)?(?:deal|price|pricing|budget)|and)\b)"
    r"|\b(?:is|are|['’]s|['’]re|will be)\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
    r"(?:until|till|til|thru|through)\b"
    r"|升职|晋升|升任|退休|调走|调岗|接任|上任|入职|离职|搬(?!运|货|东西)"  # "太仓那边仓库下个月搬": theirs
    r"|预算(?!表|方案|报价|清单)|出差|休假|请假|放假|放[一二两三四五六七八九十\d]{1,2}[天日]|不在|开会(?:讨论|研究|商量|决定)|内部|董事会|研究一下|商量|出国|回老家|搬家|停产|盘点|年假|病假|回来|休息(?!一下|下)"
    r"|到期|期满|届满|\b(?:expir(?:es|ing)|runs?\s+out|lapses)\b",
    re.IGNORECASE,
)


# They asked about something, the date just after is part of it: "打电话来问年底活动", "来电咨询下周的展会",
# "called asking about the year-end promo", "emailed to ask about next week's webinar".
_ASKED_ABOUT = re.compile(
    r"(?:(?:来|来电|打来|过来|问起|问了问|问了)(?:问|询问|咨询|打听|了解)?|问起)(?:一下|了一下|下)?(?:关于)?$"
    r"|问(?:能不能|可不可以|可否|是否|要不要|能否|可以)$"  # "问能不能年后再报价": what they asked
    r"|\b(?:asked|asking|inquired|inquiring|enquired|enquiring|wanted to know|wants to know)\s+"
    r"(?:us\s+|me\s+)?(?:about|re|regarding)\s+(?:the\s+|our\s+|their\s+)?$",
    re.IGNORECASE,
)


_THIRD_PARTY = re.compile(
    r"^\s*(?:she|he|they|it)\b|\b(?:she|he|they)(?:['’]s|['’]re|['’]ll| is| are| will| has| have)\b"
    r"|^\s*(?:the|their|his|her)\s+\w+|\b(?:said|says|mentioned|told)\s+(?:that\s+)?(?:the|their|his|her|she|he|they)\b"
    r"|\b(?:wants?|needs?|requested|asked for|is asking for)\s+(?:the\s+|their\s+|some\s+|a\s+|an\s+)?\w+"
    r"|\b(?:said|says|mentioned)\b|^\s*[她他]|他们|她们|他哋|对方|说|(?<=[理总生姐太板])话|表示",
    re.IGNORECASE,
)


# A close word that is what a talk is about ("过来聊合同", "discuss the contract"): a topic, not a close.
_TALKED_ABOUT = re.compile(
    r"(?:聊|谈|讨论|商量|商讨|沟通|过一遍|过|看一下|看看|看|研究|审核|审|读|改)(?:一下|下)?(?:这个|那个|新的?)?\s*$"
    r"|\b(?:discuss(?:ing)?|talk(?:ing)? (?:about|through)|go(?:ing)? (?:over|through)|review(?:ing)?|"
    r"read(?:ing|s)?|look(?:ing|s)? (?:at|over)|check(?:ing|s)?|study(?:ing)?|"
    r"questions? (?:about|on)|chat about)\s+(?:the\s+|our\s+|their\s+|a\s+|new\s+)*$"
    # what a meeting is about: "visit tmrw 2pm re service contract", "关于合同细节"
    # ("they're signing": the 're of they're is no "re")
    r"|(?:(?<!['’])\bre\b:?|\babout|\bregarding|\bconcerning|关于)\s*(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _close_words(text: str) -> list[Span]:
    """Where the clause speaks of closing the deal; "过来聊合同", "discuss the contract" do not, nor a close
    said not to happen ("月底前不会签", "won't sign before jan")."""
    return [
        m.span()
        for m in lx.CLOSE_MARKERS.finditer(text)
        if not (
            _TALKED_ABOUT.search(text[: m.start()])
            or _NOT_CLOSING.search(text[: m.start()])
            # (a PO is theirs to send: "he will send the PO on 18/6" is when they order, the close)
            or (_SENT_THING.search(text[: m.start()]) and not _AN_ORDER.fullmatch(m.group(0)))
            or _CONDITION.search(text[: m.start()])
            or _SENT_AWAY.match(text, m.end())
            or _EXPIRES.match(text, m.end())
            or _meeting_moved(text, m)
            or _bid_deadline(text, m)
        )
    ]


# A tender's own deadline: "标书下周一截止", "RFQ deadline is friday", "bids due 3/4": the day bids are in,
# not the day the deal closes.
_BID = re.compile(r"标书|投标|招标|竞标|询价|\b(?:tender|bids?|rfq|rfp|rfi|submissions?)\b", re.IGNORECASE)
_DEADLINE_WORD = re.compile(r"截止|\bdeadline\b", re.IGNORECASE)


def _bid_deadline(text: str, marker: re.Match[str]) -> bool:
    return bool(_DEADLINE_WORD.fullmatch(marker.group(0))) and _BID.search(text[: marker.start()]) is not None


# A contract's end said after it: "合同5月20号到期", "contract expires 4/30", "lease runs out 6/1": the day it
# lapses (a renewal's anchor), not the day it is signed.
_EXPIRES = re.compile(
    r"[^，,。;；.!?]{0,16}?(?:到期|期满|届满|过期|失效|\b(?:expir(?:es|ed|ing|y)|runs?\s+out|lapses?|ends)\b)",
    re.IGNORECASE,
)


_MOVE = re.compile(
    r"推迟|推到|延期|延到|延后|延迟|押后|顺延|拖到|提前到|提早到|\b(?:push|slip|delay|postpone|move|bump|shift)",
    re.IGNORECASE,
)
_MEETING_SAID = re.compile(rf"{lx.EVENT.pattern}|的会\s*$|[开见]会", re.IGNORECASE)


def _meeting_moved(text: str, marker: re.Match[str]) -> bool:
    """ "华为的会推到下周三", "明天的会推到周四": what moves is a meeting said before the move word, no deal's
    thing: a meeting moved, not the close."""
    before = text[: marker.start()]
    if not (_MOVE.match(marker.group(0)) and _MEETING_SAID.search(before)):
        return False
    return not lx.DEAL_NOUN.search(text[: marker.end()])  # "call w hank they pushed the signing to march"


# A contract (or PO) that is a document we send, not the signing: "我周四把合同发给他", "send the PO form".
_SENT_THING = re.compile(
    r"(?:把|将)\s*(?:新的?|最新的?|正式的?)?\s*$"
    r"|\b(?:send|sending|sent|email|emailing|emailed|forward|forwarding|forwarded|mail|mailed|courier)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:the\s+|a\s+|our\s+|their\s+|draft\s+|revised\s+)*$",
    re.IGNORECASE,
)
_AN_ORDER = re.compile(r"po|purchase order", re.IGNORECASE)
_SENT_AWAY = re.compile(r"\s*(?:草稿|初稿|模板|范本)?\s*(?:发|寄|送|传|递)(?!票)")


# A close said as a condition of theirs: "15% off if they sign before july", "要是月底前签就送培训".
_CONDITION = re.compile(
    r"\b(?:if|unless|provided|as long as)\s+(?:[\w'’]+\s+){0,3}$|(?:如果|要是|只要|假如)[^，。；,;]{0,8}$",
    re.IGNORECASE,
)


_NOT_CLOSING = re.compile(
    r"(?:不会|不能|不可能|没法|无法|不|没|还没|别)\s*$"
    r"|\b(?:won['’]?t|will not|not going to|can['’]?t|cannot|not|never|don['’]?t|do not|doesn['’]?t)\s+"
    r"(?:be\s+)?(?:\w+\s+)?$",  # "dont expect anything til march": no close then
    re.IGNORECASE,
)


def _closing_denied(text: str) -> bool:
    """ "月底前不会签", "won't sign before jan": what they said about the close, kept in the note."""
    return any(_NOT_CLOSING.search(text[: m.start()]) for m in lx.CLOSE_MARKERS.finditer(text))


_THEN_DO = re.compile(
    r"\b(?:so|and|then|pls|please)\s+((?:call|ring|email|e-mail|text|ping|visit|meet|send|see)\b)",
    re.IGNORECASE,
)


_STARTS_TASK = re.compile(
    r"\s*(?:(?:i\s+)?(?:need|have|got)\s+to\s+(?!close|sign|decide|be\b)|must\s+(?!close|sign)|remember\s+to\s+)"
    r"|\s*(?:pls\s+|please\s+)?"
    r"(?:(?:chase|follow[\s-]?up|f/u|ping|remind|check in|touch base|circle back|send)\b"
    r"|跟进|催|提醒|记得|别忘了)",
    re.IGNORECASE,
)


def starts_a_task(text: str) -> re.Match[str] | None:
    """The words that open the clause as a task of ours ("chase …", "need to …", "跟进…"), if they do."""
    return _STARTS_TASK.match(text)


_NAME_FIRST = re.compile(r"^\s*[^:：]{1,60}[:：]\s*")  # "Brinell: chase them …": the task after the name
TOLD = re.compile(r"\b(?:said|says|told|mentioned|tells)\b|说|表示|告诉|提到", re.IGNORECASE)


_US = re.compile(r"\b(?:we|us|our|me|i)\b|我|咱", re.IGNORECASE)


# Who will do it, said as the subject of a future or a promise: "Travis will send …", "she'll courier …",
# "their engineer is going to …", "Ben promised …", "he'd get …" ("I'll", "we're going to" are ours).
_WILL = (
    r"(?:\s+will|['’]ll|['’]d|\s+would|\s+(?:is|are)\s+(?:going\s+to|gonna)|['’](?:s|re)\s+(?:going\s+to|gonna)"
    r"|\s+(?:promised|agreed|offered|undertook)(?:\s+to)?)\b"
    # not a wish or a need of theirs, which asks something of us: "would like the quote", "will need it by"
    r"(?!\s+(?:like|love|prefer|want|need|require|expect|appreciate|wait|be\s+(?:waiting|expecting|needing)))"
)
_SUBJECT_WILL = re.compile(
    rf"(?:\b(?P<det>the|their|his|her|our|my)\s+)?\b(?P<subj>[A-Za-z][\w-]*)(?={_WILL})"
)
_NOT_THIRD = frozenset(
    ("i", "we", "you", "u", "it", "this", "that", "there", "who", "which", "what", "one", "someone")
)
# The user as who does it, or asked to: "we'll review", "wants us to …", "asked me to …".
_WE_ASKED = re.compile(
    r"\b(?:i|we)\b|\b(?:asked|asks|wants|told|needs|would like|expects?)\s+(?:me|us)\s+to\b", re.IGNORECASE
)
# A Chinese teller or promiser: "王工说", "佢话", "她答应", "对方会", "他们也说" (不: "我说", "会议").
_THIRD_ZH = r"(?:他们|她们|他哋|佢哋|他|她|佢|对方)"
_SAYS_ZH = re.compile(
    r"(?P<cue>[也还都就又刚]?(?:说|讲|(?<![电通])话|表示|答应|承诺|保证|会(?![议面谈计员场上长所])))"
)
# What they say comes to us: "把图纸发过来", "寄样板过嚟", "发给我": the doer is them.
_TO_US_ZH = re.compile(
    r"(?:发|寄|送|传|交|拿|带|递|给|俾|畀|快递|邮)(?:[^，,。；;]{0,8}?)(?:过来|过嚟|过嚟|来|给我|俾我|畀我|返嚟)"
)
# Their answer awaited on a day ("李总说下周三给答复", "she'll get back to us thursday"): the day to look for
# it is a follow-up of ours (the other rules keep it so).
_ANSWER = re.compile(
    r"答复|回复|回话|给消息|给信|反馈|回音|确认"
    r"|\b(?:get back|reply|respond|answer|confirm|let (?:us|me|you) know|revert|decide)\b",
    re.IGNORECASE,
)
# Ours in what they said: "让我/叫我/要我…", "我们…", "你们…" (us, in their words), "我…" as the subject
# (not "给我", "跟我", "问我").
_OURS_ZH = re.compile(r"(?<![给跟和同找问帮诉俾畀覆回])(?:我|你|咱)|[让叫要请]我")
# A meeting of ours, or they come to us: left to the other rules ("下周三过来聊合同", "都同意下周见面").
_MEET_ZH = re.compile(
    r"过来|过嚟|上来|上嚟|来(?:公司|我们|我司|工厂|拜访|参观|面谈)"
    r"|见面|面谈|开会|拜访|参观|吃饭|饮茶|碰(?:个|一)?面|\b(?:come|coming|drop|stop|pop|swing)\w*\s+(?:by|over|in)\b"
    # ("the LOI will come by this Friday": by a day, no visit to us)
    r"(?!\s+(?:this|next|end|the\s+end|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|early|mid|late"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)\w*\b)"
    r"|\bvisit(?:ing)?\s+us\b|\b(?:meet|see)\s+(?:us|me)\b",
    re.IGNORECASE,
)


# The user says not to follow up: "先别跟进了", "暂时不用催", "no need to chase", "hold off on following up".
_NO_FOLLOW_UP = re.compile(
    r"(?:先别|暂时别|先不|暂时不|不用|不需要|无需|不必)\s*(?:再\s*)?(?:跟进|跟|催|追|联系)"
    r"|\b(?:no need to|don['’]?t|do not|hold off on)\s+(?:follow(?:ing)?[\s-]?up|chas(?:e|ing)|ping|push)",
    re.IGNORECASE,
)


def their_promise(reading: Reading, clause: Clause) -> bool:
    """Whether the clause tells what another party will do: its subject is a third person ("Travis will send
    the specs by friday", "she'll courier the samples monday", "their engineer's going to ship it") or what
    they said has them do it ("王工说周五前把图纸发过来", "佢话听日寄样板过嚟").
    Their promise is kept in the note, never a task of ours the user did not ask for; a request of us
    ("wants the quote by fri", "让我周五发过去"), something we do ("we'll review it"), or a meeting with us
    is not theirs alone."""
    text = clause.text
    if _ANSWER.search(text) and _NO_FOLLOW_UP.search(reading.text):
        return True  # "她说下周一给答复，先别跟进了": their answer awaited, and the user chases nothing
    if _WE_ASKED.search(text) or REQUESTED.search(text) or _ANSWER.search(text):
        return False
    if _MEET_ZH.search(_TO_US_ZH.sub(" ", text)):
        return False
    if any(p.search(text) for kind, p in KIND_PATTERNS.items() if kind in ("visit", "meeting")):
        return False
    for m in _SUBJECT_WILL.finditer(text):
        subj, det = m.group("subj"), (m.group("det") or "").lower()
        if det in ("our", "my") or subj.lower() in _NOT_THIRD:
            continue
        if det or subj.lower() in ("he", "she", "they") or _known(reading, subj):
            return True
        start = clause.start + m.start("subj")
        if subj[0].isupper() and reading.text[:start].rstrip()[-1:] not in ("", ".", "!", "?"):
            return True  # a name, not the first word of a sentence ("Quote will go out friday")
    for m in _SAYS_ZH.finditer(text):
        before = text[: m.start()]
        if not (re.search(rf"{_THIRD_ZH}$", before) or _named_before(reading, clause, m.start())):
            continue
        said = text[m.end() :]
        if _OURS_ZH.search(said):
            return False
        if m.group("cue").lstrip("也还都就又刚") in ("答应", "承诺", "保证", "会") or _TO_US_ZH.search(said):
            return True
    return False


def _known(reading: Reading, word: str) -> bool:
    """Whether the word is a part of a contact's name the organisation knows ("travis" of Travis Kemp)."""
    word = word.lower()
    return any(word == part.lower() for name in reading.people.latin for part in name.split())


def _named_before(reading: Reading, clause: Clause, at: int) -> bool:
    """Whether a person is named right before `at` in the clause ("王工", "邱总", "韦雪梅", a word or two
    of the channel between: "邱总微信里说")."""
    end = clause.start + at
    named = [(a, b) for _, a, b in reading.persons] + chinese_people_named(reading.text, reading.people)
    named += [m.span() for m in honorific(reading.people).finditer(reading.text, max(0, end - 9), end)]
    return any(0 <= end - b <= 4 and "我" not in reading.text[b:end] for a, b in named)


def inside_theirs(text: str, kind: re.Match[str]) -> bool:
    """Whether the kind word is part of what they plan ("罗总说明天要开会讨论"), not how they told us
    ("罗老板微信说新店下个月开业", "Pepper called: she's on leave next week")."""
    if lx.PAST_MARKERS.search(kind.group(0)):
        return False
    cues = [m.start() for p in (TOLD, _THEIRS, _THIRD_PARTY) for m in [p.search(text)] if m is not None]
    return bool(cues) and kind.start() >= min(cues)


def _theirs_before(reading: Reading, clause: Clause) -> bool:
    """ "They're ready but waiting on their new CFO who starts on the 15th": a clause after "but" with no
    subject of its own goes on with the subject of the clause before it."""
    previous = [c for c in reading.clauses if c.end <= clause.start]
    if not previous or not _BUT.fullmatch(reading.text[previous[-1].end : clause.start]):
        return False
    if _SUBJECT.match(clause.text):
        return False
    return _theirs(f"{previous[-1].text} {clause.text}")


_BUT = re.compile(r"\s+(?:but|and will)\s+", re.IGNORECASE)
_SUBJECT = re.compile(r"\s*(?:i|we|you|he|she|they|it|i['’]\w+|we['’]\w+)\b", re.IGNORECASE)


# The user's own absence: "I'm out till wed", "we're off until thursday", "我这周三之前都在外地": no task on
# those days (the day to remind on is said apart: "thursday morning remind me …").
_MY_ABSENCE = re.compile(
    r"\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?:(?:gonna|going\s+to)\s+be\s+)?"
    r"(?:off|out|away|ooo|out\s+of\s+(?:the\s+)?(?:office|station)|on\s+(?:\w+\s+)?(?:leave|vacation|holiday|pto)|"
    r"traveling|travelling)\b(?!\s+to\b)"
    r"|^\s*(?:off|out|away|ooo|out\s+of\s+station)\s+(?:until|till|til|thru|through)\b"
    r"|我(?:们)?[^，,。；;！!?？]{0,10}?(?:在外地|在外面|出差|休假|请假|放假|外出|休(?=到|息)|不在(?:公司|办公室)?(?!乎))",
    re.IGNORECASE,
)


def my_absence(text: str) -> bool:
    """Whether the clause says the user will be away ("I'm out till wed", "我国庆休到7号")."""
    return bool(_MY_ABSENCE.search(text)) and not step_markers(text)


def close_when(reading: Reading, text: str, when: When) -> When:
    """The close date `when` names in `text`: a whole month said ("slipped to march", "推到4月") is its last
    day, the day a deal closing in that month is due by (the reading's dates say so too); any other date is
    itself."""
    day = month_of_words(" ".join(text[a:b] for a, b in when.spans), when.at.date())
    if day == when.at.date():
        return when
    moved = replace(when, at=when.at.replace(day=day.day))
    reading.dates = [(at, moved if w is when else w) for at, w in reading.dates]
    return moved


# A celebration of the news by the user ("drinks tonight to celebrate", "今晚飲返杯", "晚上庆功"): no task to
# be reminded of, like the user's own absence.
_CELEBRATION = re.compile(
    r"\bcelebrat\w*|\b(?:a|some|few|couple of)\s+(?:drinks?|beers?|bevvies)\b|\bdrinks?\s+(?:tonight|after)"
    r"|\b(?:pop(?:ping)?|crack(?:ing)?)\s+(?:the\s+|a\s+)?(?:champagne|bubbly)"
    r"|庆祝|庆功|慶祝|慶功|(?:喝|饮|飲)(?:返|番)?(?:一|两|兩)?杯|干杯|乾杯|开香槟|開香檳",
    re.IGNORECASE,
)


def my_celebration(text: str) -> bool:
    """Whether the clause says the user celebrates the news ("今晚飲返杯🥂"): no task (with a kind of
    interaction said, "drinks tonight to celebrate" may be a meeting with them: left as it is read)."""
    return (
        bool(_CELEBRATION.search(text))
        and not lx.REMIND.search(text)
        and not any(p.search(text) for p in KIND_PATTERNS.values())
    )


def their_plan(text: str) -> bool:
    """Whether a clause tells somebody else's plan or absence (`_theirs`): "amanda's away until feb 14"."""
    return _theirs(text)


def _theirs(text: str) -> bool:
    """Whether a future date in this clause is somebody else's plan ("she's on leave next week", "她下周出差",
    "the board meets Dec 15", "wants training dates in Jan") or the user's own absence ("I'm out till wed"),
    rather than something for us to do."""
    if _IMPERATIVE.match(text) or lx.REMIND.search(text):
        return False
    if my_absence(text) or my_celebration(text):
        return True
    if _THEIRS.search(text):
        return not _US.search(text)
    third = _THIRD_PARTY.search(text)
    rest = text[third.start() :] if third else ""  # what they do: "whatsapp w gemma: need 30 crates by jan"
    return bool(third) and not _OURS.search(rest) and not any(p.search(rest) for p in KIND_PATTERNS.values())


_FILLER = re.compile(
    r"\b(?:say|like|maybe|probably|around|about|roughly|or so|i think|prob)\b|大概|估计|左右|吧|啦|\W"
    # the day to write down for it: "寫6月15號", "填6月16号", "put down 14/06", "mark it as june 27", and
    # the day settled on after a hedge: "就定9月29号吧", "就寫9月29號啦", "咁就定"
    r"|^\s*(?:(?:那|咁)?就\s*)?(?:[写填记定](?:成|为|上|做|在)?|(?:put|mark|set)(?:\s+it)?(?:\s+(?:down|in))?"
    r"(?:\s+(?:as|for|to))?\b)"
    # the day to count it as: "按12月31号算", "就按6月15號計", "以3月20号为准"
    r"|^\s*(?:(?:那|咁)?就\s*)?(?:按照?|以)|(?:来|嚟)?(?:算|计|為準|为准)(?=[吧啦啊\W]*$)",
    re.I,
)


# An interaction said by its noun and whom it is with: "call with Dr Weiss", "lunch w/ Jo", "meeting with X".
_NOUN_WITH = re.compile(
    r"\s*(?:(?:a|quick|short)\s+)?(?:call|meeting|mtg|lunch|coffee|dinner|demo|catch-?up)\s+(?:with|w/|w)\b",
    re.IGNORECASE,
)
# ("call with Dr Weiss this morning": the noun of a call had, no order to call)
_IMPERATIVE = re.compile(
    r"\s*(?:pls |please )?(?:call(?!\s+(?:with|w/|w)\b)|email|e-mail|text|ping|visit|meet|send|see)\b", re.I
)
# The same order in Chinese, said without a subject: "给她打电话", "跟王总联系", "回访一下" (not
# "去…": "下午去西湖酒店" reports where one was).
_ORDER_ZH = re.compile(r"\s*再?(?:(?:给|跟|和|找)[^，,。；;]{0,10}?(?:打|发|回|寄|联系|沟通)|联系|跟进|回访)")


def _ordered(text: str) -> bool:
    """Whether the words (a date taken out) tell the rep what to do, not what was done."""
    return bool(_IMPERATIVE.match(text) or (_ORDER_ZH.match(text) and not lx.PAST_MARKERS.search(text)))


def without_spans(text: str, spans: list[Span]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    text = re.sub(
        r"\b(on|at|by|b4|before|until|due|(?<!check )in)\s*$", "", text.strip(), flags=re.IGNORECASE
    )
    return " ".join(text.split())


def same_day(reading: Reading, text: str, when: When, now: datetime, *, told: bool = False) -> When:
    """ "tomorrow 上午 call 华科, 下午 visit 科讯": a part of the day alone is on the day said before it; so
    is a part of the day of a clause that reports something done after a past day ("昨天上午…签了，下午去了
    汉川银河", "yesterday morning called ray, in the afternoon visited tammy"). Today said before stays."""
    earlier = [w for at, w in reading.dates if at < 0 or not time_of_day_only(reading.text, moved(w, at))]
    if not earlier or not time_of_day_only(text, when):
        return when
    day = earlier[-1].at.date()
    today = now.astimezone(when.at.tzinfo).date()
    if day == when.at.date() or (day <= today and not (told and day < today)):
        return when
    carried = When(datetime.combine(day, when.at.timetz()), when.has_time, when.spans)
    reading.carried.append(carried)
    return carried


_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?|(?:周|星期|礼拜)[一二三四五六日天]|周末",
    re.IGNORECASE,
)


def nearer_weekday(
    reading: Reading,
    text: str,
    when: When,
    now: datetime,
    tz: ZoneInfo,
    *,
    told_after: bool = False,
    told_nothing: bool = False,
) -> When:
    """A bare weekday in a report without tense: the last one when it was at most three days ago (on a
    Monday, "mtg with jane friday" was last Friday), or when what follows tells how it went ("site visit
    thurs, Hattie gave us the floor plan"); else the coming one is as likely: that one, asked about on the
    preview card. `told_nothing`: the message says nothing but the meeting, its people and its day ("coffee
    with raúl monday", "周一跟黄总吃饭"): nothing says it happened, so the last one is asked about too."""
    start, end = when.spans[0]
    words = text[start:end]
    today = now.astimezone(tz).date()
    if CJK.search(words) and _BARE_WEEKDAY.fullmatch(words.strip()) and when.at.date() > today:
        last = when.at - timedelta(days=7)  # "周五视讯" on a Monday: the Friday just gone
        if (today - last.date()).days > 3:
            return when
        if told_nothing:
            reading.date_doubts.append(words.strip())
        return When(last, when.has_time, when.spans)
    if not _BARE_WEEKDAY.fullmatch(words.strip()) or told_after:
        return when
    if (today - when.at.date()).days <= 3:
        if told_nothing and (today - when.at.date()).days > 0:
            reading.date_doubts.append(words.strip())  # "lunch with cheryl monday" said on a Wednesday
        return when
    ahead = find_when(words, now=now, tz=tz)
    if ahead is None:
        return when
    reading.date_doubts.append(words.strip())
    return When(ahead.at, ahead.has_time, when.spans)


def anchored_date(
    reading: Reading, clause: Clause, remaining: str, whens: list[When], offset: Offset | None = None
) -> tuple[When, When] | None:
    """A date said relative to another date of the message ("the board meets Dec 15, follow up the day
    after", "12月10号前把合同发过去 提前一天提醒我"): (the date it is relative to, the date it names).
    `offset`: one found (and blanked) before the clause's dates were read ("the morning after")."""
    offset = offset or find_offset(remaining)
    if offset is None:
        return None
    # "two days before the trial on the 15th": the date it is relative to may follow in the same clause
    # (a clock alone after it is the offset's own: "the day before at 9" is no event at 9)
    after = [
        w
        for w in whens
        if w.spans and w.spans[0][0] >= offset.span[1] and offset.delta
        and not time_of_day_only(clause.text, w)
    ]  # fmt: skip
    before = [(at, w) for at, w in reading.dates] + [
        (clause.start + w.spans[0][0], w) for w in whens if w.spans and w.spans[0][0] < offset.span[0]
    ]
    if after:
        anchor = min(after, key=lambda w: w.spans[0][0])
        whens.remove(anchor)  # only the point of reference: the trial's day is not a date of ours
        reading.dates.append((clause.start + anchor.spans[0][0], anchor))
    elif before:
        at, anchor = max(before, key=lambda pair: pair[0])
        if anchor.spans and offset.delta < timedelta(0):
            said = reading.text[at : at + anchor.spans[0][1] - anchor.spans[0][0]].strip()
            if _A_MONTH.fullmatch(said):  # "合同下个月到期，提前一周提醒我": a week before which day of it?
                reading.doubts.append(said)
        if (
            anchor in whens
        ):  # "on vacation all next week ping me the monday after": next week is no date of ours
            whens.remove(anchor)
            reading.dates.append((clause.start + anchor.spans[0][0], anchor))
    else:
        return None
    event = anchor.at
    words = " ".join(clause.text[a:b] for a, b in anchor.spans) if anchor.spans else ""
    if _A_WEEK.fullmatch(words.strip()) and offset.delta >= timedelta(0) and offset.weekday is not None:
        event += timedelta(days=6 - event.weekday())  # "all next week … the tuesday after": after its Sunday
    has_time = (anchor.has_time or offset.hours or offset.clock is not None) and offset.weekday is None
    return anchor, When(offset.from_event(event), has_time and not offset.week, (offset.span,))


# A whole month said as the point of reference, no day of it: "next month", "下个月", "in April", "4月份".
_A_MONTH = re.compile(
    r"(?:in\s+|by\s+)?(?:next|the following|the coming|coming|this)\s+month|(?:下下?|这|本)个?月"
    r"|(?:in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|[一二三四五六七八九十\d]{1,3}月份?",
    re.I,
)


# A whole week said as the point of reference: "next week", "下周".
_A_WEEK = re.compile(
    r"(?:all\s+)?(?:next|the following|the coming|coming|this)\s+week|(?:下下?|这|本)个?(?:周|星期|礼拜)",
    re.I,
)


# (a day's "first thing" is the start of a day to come: "first thing thurs email katrin")
_FUTURE = re.compile(
    r"\b(?:will|['’]ll|going to|gonna|next|coming|upcoming|scheduled|planned|booked|tomorrow|tmrw|tmr|"
    r"tonight|later|soon|need to|want to|wants?|wanted|asked|asks|needs?|would like|let['’]?s|can|could|"
    r"shall|should|pls|please|if|first thing)\b|\d\s*(?:am|pm)\b|\d:\d\d|\bat\s+\d"
    r"|\ba\s+las?\s+\d|\bum\s+\d|\d\s*uhr\b",  # Spanish "a las 6", German "um 8", "15 Uhr": a time of day
    re.IGNORECASE,
)


def is_noun_report(text: str) -> bool:
    """ "mtg with jane (acme) friday, intro to our platform": an interaction named by a noun with a bare
    weekday, no time of day and no word of planning reads as a report of the last such day."""
    if CJK.search(text) or _IMPERATIVE.match(text) or lx.STEP_MARKERS.search(text) or _FUTURE.search(text):
        return False
    return any(p.search(text) for p in KIND_PATTERNS.values())
