"""What a whole message asks of the bot before any of it is read as a record.

A question ("what's open with acme?", "华为最近怎么样") is answered from the CRM; chit-chat
("morning all ☕", "早上好") gets a friendly pointer; a correction ("sorry, I meant …",
"不是…是…", "make that 3pm not 2pm") changes the record just written. None of these store a
new record of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.parsing.amounts import CURRENCY_WORDS
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx

EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d\u2b50\u2705]+")


class _Said:
    """A correction pattern's match read on the simplified fold of `text` ("說錯了，是東方國際貿易的陳靜"
    reads like 说错了…), its parts cut from `text` itself, so they keep the user's characters."""

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match, self._text = match, text

    def group(self, name: str) -> str | None:
        start, end = self._match.span(name)
        return None if start < 0 else self._text[start:end]

    def part(self, name: str) -> str:
        """The group's text; "" when it took no part in the match."""
        return self.group(name) or ""

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self._match.groupdict()}


def _said(pattern: re.Pattern[str], text: str, *, search: bool = False) -> _Said | None:
    """`pattern` matched (or searched) on the simplified fold of `text` (same length, same positions)."""
    folded = simplified(text)
    match = pattern.search(folded) if search else pattern.match(folded)
    return _Said(match, text) if match else None


_QUESTION_START = re.compile(
    # (a greeting or "now" first: "sasa what do I have kesho?", Swahili; "bom dia, what …")
    r"^\s*(?:hey\s+|so\s+|ok\s+|btw\s+|sasa\s+|oya\s+|quick q(?:uestion)?:?\s+)?"
    # (thumb-typed too: "hw much is the GMS conveyor deal sitting at", "wats open at acme")
    # ("what a day, visited acme": an exclamation)
    # ("whats con Sergio": Mexican Spanish for a WhatsApp with him, no question)
    r"(?:(?:what|wat|wot)(?!\s+an?\b)(?!s\s+con\b)(?:'s|s| is| are| was| were| do| did| does| about)?|wetin|"
    r"who(?:'s|s| is| are)?|whose|whom|how(?:'s|s| is| are| much| many| long| did| does| do)?|"
    # ("hw much", "hw many": how, thumb-typed)
    r"hw (?:much|many|long|is|are|did)|"
    r"when(?:'s| is| are| do| did| does| will)?|where(?:'s| is| are| do| did)?|which|why|"
    r"any|anything|(?:can|could) (?:you|u) (?:pls |please )?(?:tell|show|find|check|look|see)|"
    # ("give me a nudge / a shout on 8/1 to call Aoife" asks for a reminder)
    r"tell me|give me(?!\s+a\s+(?:nudge|ping|buzz|shout|reminder)\b)|show me|"
    # Portuguese said to the bot: "quais reminders eu tenho amanhã?", "qual o status da Sorocaba?"
    r"quais|qual|quantos|quantas|quanto|quem|o que|cad[eê]|"
    # Spanish: "qué tengo pendiente mañana?", "cuánto es lo de Aceros?", "quién es el contacto en …?"
    r"qu[ée](?!\s+onda\b)|cu[áa]nto|cu[áa]ntos|cu[áa]ntas|cu[áa]les|cu[áa]l|qui[ée]n|cu[áa]ndo|"
    r"remind me (?:what|when|who|which|how|where)|status (?:of|on|for)|update on|"
    r"latest (?:on|with|from)|news (?:on|from|about)|"
    # "Kindly share status of all my deals closing this month", "pls send me an update on X"
    r"(?:kindly\s+|pls\s+|please\s+)?(?:share|send(?:\s+me)?|provide|give)\s+(?:me\s+)?(?:the\s+|an?\s+)?"
    r"(?:status|update|list|summary|overview))\b"
    r"|^\s*(?:请|帮我|麻烦)?(?:给我|帮我)?(?:看下|看一下|看看|列一下|列出|查下|查一下|查查|显示|说下|说一下)"
    r"(?=.*(?:哪些|什么|多少|几|要|的[？?]?\s*$))",
    re.IGNORECASE,
)
# "last time we talked to globex?", "email for priya nair?": a fact asked for by its name, with a "?"
_ASKS_FOR = re.compile(
    r"^\s*(?:(?:the )?last time (?:we|i|you|they|anyone)|"
    r"(?:e-?mail|phone|number|cell|mobile|title|address|contact|owner)(?: number| address)? (?:for|of|at))\b",
    re.I,
)
# "did acme sign?", "has Jane replied": a question when it reports nothing or ends in "?".
# "did 3 demos for acme", "had a call with X": the verb itself, not an auxiliary asking something.
_AUXILIARY_START = re.compile(
    r"^\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|should)\b"
    r"(?!\s+(?:\d|a|an|the|some|two|three|four|five|several|lunch|coffee|dinner|drinks|breakfast)\b)",
    re.I,
)
# Words that make a "can you …" message a request to store something after all ("remind me what's due"
# and "提醒我一下明天有什么安排" ask to be told, not reminded later).
_STORE_REQUEST = re.compile(
    r"\b(?:remind(?!\s+me\s+(?:what|when|who|which|how|where|if|whether)\b)|log|note down|add|set|create|"
    r"schedule|record|save|book)\b"
    r"|(?<!什么)(?<!啥)(?<!咩)(?<!哪些)(?<!的)提醒我?(?!一下.{0,12}(?:什么|哪|几|多少|吗))|记一下|记录|帮我记|新建|添加",
    re.IGNORECASE,
)
_CN_QUESTION = re.compile(
    r"(?:怎么样|怎样|咋样|咋个样|如何|多少|好多钱|什么|啥|咩|谁|哪个|哪些|哪家|哪位|哪里|几个|几家|几单|几笔|是否|有没有|有无|"
    r"进展如何|进展怎样|到哪一?步|到哪(?:儿|里)?了|什么阶段|什么情况|啥情况|谁负责|联系人是谁|为什么|为啥|怎么会|"
    r"干嘛|干啥|做啥|"
    # Cantonese 边 (which): "今个月底到期嘅单有边几张", "边个跟", "边间"
    r"边几|边个|边间|边家|边度|边张|边单|边啲|边些|"
    r"哪天|哪一天|几号|几点|几时|何时|多久|是不是|能不能|会不会|还在不在)"
    r"|[吗嘛呢][？?]?\s*$|(?:了|过)没有?[？?]?\s*$"
)
# A message that ends on what it asks for ("华为上次拜访是什么时候", "刘洋的电话多少", "邮箱是什么")
# is a question even when it names an interaction: the interaction is what it asks about.
_CN_ASKS_AT_END = re.compile(
    r"(?:什么时候|哪天|哪一天|几号|几点|多少钱?|好多钱|是什么|是啥|是多少|是谁|是哪位|为什么[^，,。]*|为啥[^，,。]*|怎么样|如何|"
    r"咋个样|"  # Sichuanese: "蓉城智造最近咋个样"
    r"(?:了|过)没有?|哪些|哪几[个家单笔位张]|边几[个家单笔位张]|边啲|边些|几[个家单笔张]|要?(?:干嘛|干啥|做啥|做什么)|到哪(?:一?步|儿|里)?了?)(?:单子?|商机|项目|客户|订单)?"
    r"[？?。\s]*$"
)
# "明天有什么安排", "本周有哪些要跟进的", "我这个月有几单要签": what there is, asked from the start; also
# of someone named first, then the period ("Marlys 这周有什么安排", "刘洋明天有啥安排").
_CN_PERIOD = (
    r"今天|明天|后天|本周|[这下]个?(?:周|星期|礼拜)|本月|这个月|下个?月|最近|近期|"
    r"(?:下|这|本|上)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天1-7]|[0-9一二三四五六七八九十]{1,2}[号日]|"
    r"[0-9一二三四五六七八九十]{1,2}月份?"
)
_CN_WHAT_IS_ON = re.compile(
    rf"^(?:(?:[A-Za-z][A-Za-z'.-]*(?:\s+[A-Za-z][A-Za-z'.-]*)?|[\u4e00-\u9fff]{{2,3}})\s*(?:的|嘅)?\s*"
    rf"(?=(?:{_CN_PERIOD})))?"
    rf"(?:我|我们|还|都|{_CN_PERIOD})*有(?:什么|啥|咩|哪些|几个|几单|几家|多少)"
)
# A list asked for at the end, after the question: "Q1 commit 有哪些? 列一下", "哪些单卡住了，发我看看".
_CN_LIST_ASKED = re.compile(
    r"(?:(?:帮我|给我)?(?:列一下|列下|列出来|列个(?:清单|单子|表)|拉一下|拉下|拉个(?:清单|单子|表)|查一下|查下)"
    r"|发我(?:一下|看看)|给我看看)[吧。.!！\s]*$"
)
# A closing 呢 that says a thing is still going on, not asked: "合同在他们法务那儿过呢", "正谈着呢", "还早呢".
_STILL_GOING = re.compile(r"(?:正在|在)[^，,。；;！!？?吗]{1,14}呢\s*$|(?:着|还早|还没)呢\s*$")
_CN_REPORTED = re.compile(r"问|询问|打听|咨询|想知道|关心|说|表示|告诉")
# Not settled yet, right before the question word: "还没确定是谁", "未定几号" (news that it is not known).
_CN_NOT_DECIDED = re.compile(
    r"(?:还|仍|尚|都)?(?:没|未)有?(?:确定|定|决定|敲定|落实|讲|说)(?:好|下来)?(?:是|在)?$"
)
# One's own deals, then which of them (Mandarin or Cantonese): "我的单子哪些是六月底关单的", "我嘅open deals
# 邊啲係六月close", "我手上的商机哪几个下个月签".
_MY_DEALS_WHICH = re.compile(
    r"^\s*(?:我|我们|我哋)(?:的|嘅)?\s*(?:手上|手头|名下)?(?:的|嘅)?\s*(?:open\s+|在跟的?|未成交的?)?"
    r"(?:deals?|opps?|opportunities|pipeline|单子|单|商机|订单|项目)\s*(?:入面|里面|里|中|当中)?\s*"
    r"(?:有)?(?:哪些|哪几[个单笔]?|哪个|边啲|边些|边个|边几[个单]?|几多[个单]?|几[个单笔])"
)


# News someone told, said back with a tag that asks to be agreed with ("X says we can sign now, right?",
# "Y reckons it closes this month, yeah?", "X说可以签了吧？", "Y说下周下单，对吧？"): the writer is unsure of
# what was told, which is no question to the CRM (asked about as news, not answered with a card).
_TAG_ASKED = re.compile(
    r"(?:[,，]\s*|\s)(?:right|yeah|yes|correct|no|innit|isn['’]?t (?:it|that)|aren['’]?t (?:we|they)|"
    r"don['’]?t (?:we|they)|can['’]?t (?:we|they)|won['’]?t (?:we|they)|yah|ya|eh|hor|ah|true)\s*[?？]+\s*$"
    r"|(?:吧|对吧|是吧|对不对|是不是|没错吧|对嘛|係咪|啱唔啱|系咪)\s*[?？]+\s*$",
    re.IGNORECASE,
)
_WH_WORD = re.compile(r"\b(?:what|when|who|whom|which|how|where|why)\b", re.IGNORECASE)
# A saying reported (by whom is not asked): "says", "reckons", "说", "讲", "话" (Cantonese), "表示".
_SAID_BY = re.compile(
    r"\b(?:says?|said|reckons?|told (?:me|us)|mentioned|confirmed|thinks?)\b"
    r"|(?<![听再])说|讲|(?<![电])话|表示|讲过|认为",
    re.IGNORECASE,
)


def said_back_unsure(text: str) -> bool:
    """News someone told, said back with a tag asking to be agreed with ("X says we can sign, right?")."""
    tag = _TAG_ASKED.search(text)
    if tag is None or not _SAID_BY.search(text, 0, tag.start()):
        return False
    before = text[: tag.start()]
    return not (_CN_QUESTION.search(before) or _WH_WORD.search(before))  # "…说的报价是多少，对吧？" asks


# Requests to change the data itself, which free text never does on a guess: "delete Pied Piper".
_DATA_REQUEST = re.compile(
    r"^\s*(?:pls\s+|please\s+|can you\s+)?(?:delete|remove|erase|merge|rename|archive|deactivate)\b"
    r"|^\s*(?:请|帮我)?(?:删除|删掉|删了|合并|改名|归档|移除)"
    r"|把.{1,24}?(?:删了|删掉|删除|合并了?|移除|归档)",
    re.IGNORECASE,
)


# The writer is not sure of a part: "galloway or calloway, whichever rang me", "… or was it lotus bridge",
# "金鼎还是金顶来着", "50万 港币还是美金来着". Nothing is stored on a guess; they are asked.
_UNSURE = re.compile(
    r"\bor was it\b|\bwhichever\b|\bnot sure (?:which|who|if it was|whether it was)\b|"
    r"\bcan'?t remember (?:which|who|if|whether)\b|\bforgot (?:which|who)\b"
    r"|还是[^，,。！？!?]{1,12}来着|记不清|不记得是|忘了是"
    # a choice said, then that the writer cannot tell: "荆州那个楚天还是荆门那个楚天我也搞混了",
    # "Athlone Precision or Athlone Credit Union, I always mix them up"
    r"|还是[^。！？!?]{1,16}?(?:搞混|弄混|(?:搞|分|说|讲)(?:不|唔)清|不确定|拿不准)"
    r"|\bor\b[^.!?]{1,40}?\b(?:mix(?:ed)? (?:them|those|the two) up|"
    r"(?:can'?t|cannot|don'?t) (?:remember|recall|tell)(?: which| them apart)?)\b",
    re.IGNORECASE,
)


def is_unsure(text: str) -> bool:
    return bool(_UNSURE.search(text))


def is_data_request(text: str) -> bool:
    return bool(_DATA_REQUEST.match(text) or (_DATA_REQUEST.search(text, 1) and "把" in text))


@dataclass(frozen=True)
class Correction:
    """ "sorry, I meant X" / "X not Y" / "不是Y是X": `right` replaces `wrong` (None: not said)."""

    right: str
    wrong: str | None
    restates: bool = False  # `right` is the whole statement again, without its customer
    person: bool = False  # `right` is the right spelling of the person the last message named
    more: str | None = None  # a further fix said after the first ("…, not urgent care. 140k")
    whole: bool = False  # `right` is the whole message as corrected (a part of it dropped)
    about: str | None = None  # the words that name the message corrected ("the acme one", "东方贸易那条")
    which: tuple[str, ...] = ()  # `right` could put right any of these clauses of the last message: asked
    kept: bool = False  # asked which with the last message kept as stored (a detail of one of its people)


# "spelling: Jon Ellison", "name's Jon Ellison", "名字打错了 是汪磊", "姓名应该是汪磊"
_NAME_FIX = re.compile(
    r"^\s*(?:(?:sorry|oops|typo|correction|my bad|my mistake)[\s,.!:;-]*)*"
    r"(?:(?:the\s+)?spelling(?:\s+is)?|spelt|spelled|(?:her|his|the|their)?\s*name(?:'s|\s+is|\s+should\s+be)?|"
    r"(?:名字|姓名|名字写|名字打)(?:打错了?|写错了?|错了)?(?:应该)?)"
    r"[\s,.:;：，。]*(?:是|应该是|should be|is)?\s*"
    r"(?P<right>[A-Za-z\u00c0-\u024f][\w'’-]+(?:\s+[A-Za-z\u00c0-\u024f][\w'’-]+)?|[\u4e00-\u9fff]{2,3})[.!。！]*\s*$",
    re.IGNORECASE,
)


def name_correction(text: str) -> Correction | None:
    match = _said(_NAME_FIX, EMOJI.sub(" ", text))
    return Correction(match.part("right"), None, person=True) if match else None


# "no wait, still proposal, it's the close date that moved: dec 18", "不对，还是方案阶段，签约推到12月18号":
# a clear correction word, then the statement as it should have been (its customer is the last message's).
_RESTATE = re.compile(
    r"^\s*(?:(?:no wait|wait,? no|no|nope|sorry|oops|correction|my bad|my mistake|scratch that|hold on|"
    r"不对|错了|搞错了?|弄错了?|改错了?|说错了?|写错了?|打错了?|记错了?|更正|哦不对|哦不|等等|(?:等下|等一下)(?=[,.!:;，。！：、-]))[\s,.!:;，。！：、-]+)+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_ADDS = re.compile(r"\b(?:also|too|as well|additionally|plus)\b|另外|还有|也", re.IGNORECASE)


# "不是谈判，退回qualified了", "not negotiation, back to qualified": what was said is denied, then the
# statement as it should be follows (trusted only when the last message said the denied words).
_DENIED = re.compile(
    r"^\s*(?:不是|not\s+)(?P<wrong>[^，,。.;；\s][^，,。.;；]{0,11}?)\s*[，,。.;；]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def denied_then_said(text: str) -> tuple[str, str] | None:
    """The denied words and the statement after them (see `_DENIED`)."""
    match = _said(_DENIED, EMOJI.sub(" ", text))
    if match is None or _ADDS.search(match.part("rest")):
        return None
    return match.part("wrong").strip(), match.part("rest").strip()


def restatement(text: str) -> str | None:
    """The statement after a correction word, unless it only adds to the last message ("no, and also…")."""
    match = _said(_RESTATE, _I_SLIPPED.sub("", EMOJI.sub(" ", text).strip()))  # "我打错了，…" too
    if match is None or _ADDS.search(match.part("rest")):
        return None
    return match.part("rest").strip()


# Work talked about in bulk, as a rep talks about the day, not one interaction to record:
# "long day of demos", "back to back calls all day", "visited 4 customers today", "今天跑了三家",
# "一天开了四个会", "明天还要见客户".
_THE_DAY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|so many|lots of|loads of|tons of|"
    r"a bunch of|a few|few|couple of|multiple|endless|back[\s-]to[\s-]back|full day of|day of|days of|"
    r"whole day of|afternoon of|morning of|more)\s+(?:\w+\s+)?"
    r"(?:calls|meetings|mtgs|demos|visits|customers|clients|accounts|prospects|emails|presentations|pitches|"
    r"dials|zooms)\b"
    r"|\b(?:calls|meetings|demos|visits|emails|zooms)\s+all\s+(?:day|morning|afternoon|week)\b"
    r"|[两三四五六七八九十几好多]+(?:家(?!公司)|个客户|位客户|个会|场会|通电话|个电话|个拜访)"
    r"|(?:见|拜访|跑|陪)了?(?:一天|一整天|一上午|一下午)?的?(?:客户|市场)(?![\u4e00-\u9fff])",
    re.IGNORECASE,
)


def about_the_day(text: str) -> bool:
    """Work counted or in bulk with no one named: how the day went, not a record (see `_THE_DAY`)."""
    return bool(_THE_DAY.search(EMOJI.sub(" ", text)))


# A greeting said first, as a sentence of its own: "how far. logging 2: …", "morning all! acme signed".
_GREETING_FIRST = re.compile(r"^\s*(?P<greeting>[^.!?！。，,:：]{1,30}?)\s*[.!！。,，]+\s+(?=\S)")


def without_greeting(text: str) -> str:
    """`text` without a greeting said first as a sentence of its own ("how far. visit to Babatunde at …": the
    "how" asked nothing)."""
    first = _GREETING_FIRST.match(text)
    if first is None or not lx.SMALL_TALK.match(first.group("greeting")):
        return text
    return text[first.end() :]


def is_chit_chat(text: str) -> bool:
    bare = EMOJI.sub(" ", text).strip()
    if not re.search(r"[^\W_]", bare):
        return True  # emoji or punctuation only
    return bool(lx.SMALL_TALK.match(bare))


# A question asked by naming what is wanted, with no question word: "acme deal status", "globex pipeline?",
# "status on the wifi deal", "deals closing this month", "华为那单进展", "下个月要成交的单子", "本周跟进清单".
# The message is one noun phrase: no clause break, the head noun last (or first, followed only by what it
# is about), and no word that reports or qualifies it ("good progress", "有新进展", "no update" say
# something).
_STATUS_NOUN = (
    r"(?:status|update|updates|progress|pipeline|forecast|overview|summary|rundown|run-down|snapshot|"
    r"numbers|situation|history|standing|list|agenda|schedule|to-?dos?|follow[\s-]?ups|reminders|tasks|"
    r"deals|opps|opportunities)"
)
_NOUN_LAST = re.compile(
    rf"^(?P<head>(?:[\w'’&.\-/]+\s+){{0,5}}?)(?:the\s+)?{_STATUS_NOUN}\s*[?？]*\s*$", re.IGNORECASE
)
_NOUN_FIRST = re.compile(
    rf"^\s*(?:my\s+|our\s+|the\s+|team\s+|open\s+)*{_STATUS_NOUN}\s+"
    r"(?:for|on|of|with|at|in|re|about|this|next|closing|due|expiring|signing|coming|from|by)\b"
    r"[^,;:!\n]{1,50}$",
    re.IGNORECASE,
)
# The list named, then only the day it is wanted for: "my reminders tomorrow?", "reminders tmrw", "tasks
# fri?".
_NOUN_THEN_DAY = re.compile(
    r"^\s*(?:my\s+|our\s+|the\s+|team\s+|open\s+)*(?:agenda|schedule|to-?dos?|follow[\s-]?ups|reminders|tasks)\s+"
    r"(?:for\s+)?(?:today|tod|tomorrow|tmrw?|tmw|tonight|tonite|this\s+week|next\s+week|"
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?)\s*[?？]*\s*$",
    re.IGNORECASE,
)
# What makes the head a statement: a judgement or quantity of the noun, or a verb of telling.
_QUALIFIED = re.compile(
    r"\b(?:good|great|nice|some|no|little|slow|steady|real|made|making|big|major|positive|negative|any|"
    r"quick|short|brief|small|sent|send|sending|gave|give|giving|shared|share|got|get|need|needs|fyi|"
    r"heads[\s-]?up|price|pricing|contact|shopping|packing)\s*$",
    re.IGNORECASE,
)
_CN_NOUN_LAST = re.compile(
    r"^(?P<head>[^，,。；;！!：:\n]{1,24}?)"
    r"(?P<noun>进展|进度|近况|现状|情况|状态|清单|列表|名单|汇总|概况|"
    r"的(?:安排|日程|提醒|待办|单子|商机|订单|项目|单|客户))[？?呢]*\s*$"
)
# A day to come, then asking someone: "两周后再问一下柴敏那边的进度", "下周催一下X的进度": a task for that
# day, not a question to the CRM.
_CN_ASK_AHEAD = re.compile(
    r"(?:[一二两三四五六七八九十\d]+\s*个?(?:天|周|星期|礼拜|月)(?:后|以后|之后)|明天|后天|下个?(?:周|星期|礼拜|月)"
    r"|月底|月初|\d{1,2}[号日])[^，,。；;]*?(?:再|去)?(?:问|催|跟进|了解|确认|打听|核实)"
)
_CN_QUALIFIED = re.compile(
    r"(?:[有没无新大点些很好]|取得|不错|了解|沟通|说明|介绍|反馈|确认|询问|交流|讨论|汇报)$|[了过]"
)


def asks_by_naming(text: str, *, reports: bool) -> bool:
    """A request for the CRM's view of something, typed as the name of that view (see `_STATUS_NOUN`).

    `reports`: the message says an interaction, an amount, a stage or an outcome, so a noun at its end
    is what it reports about ("called acme re the update") — except a Chinese noun after 的, whose
    modifiers may be verbs ("下个月要成交的单子")."""
    bare = EMOJI.sub(" ", text).strip()
    if re.search(r"\d[\d,.]*\s*(?:k|m|万|w|元|块|[$€£¥])|[$€£¥]\s*\d", bare, re.IGNORECASE):
        return False  # an amount: something to store
    english = _NOUN_LAST.match(bare)
    if english and not reports and not _QUALIFIED.search(english.group("head")):
        return True
    if (_NOUN_FIRST.match(bare) or _NOUN_THEN_DAY.match(bare)) and not reports:
        return True
    chinese = _CN_NOUN_LAST.match(bare)
    if (
        chinese is None
        or _CN_QUALIFIED.search(chinese.group("head"))
        or _CN_ASK_AHEAD.search(chinese.group("head"))
    ):
        return False
    return not reports or chinese.group("noun").startswith("的")


# A few words named first, then a break: "initech? …", "acme - …", "globex: …".
_NAME_FIRST = re.compile(r"^\s*[^\s?？:：,，-]+(?:\s+[^\s?？:：,，-]+){0,2}\s*(?:[?？:：,，]+|\s-+)\s*")


# A contact detail asked for by its name: "Northwind Freight contact email?", "jane's cell?", "acme phone
# number?" ("email" there names the detail, not an e-mail sent).
_DETAIL_ASKED = re.compile(
    r"^(?:[\w'’&.\-]+\s+){1,5}?(?:(?:main|direct|contact|their|her|his|the)\s+)*"
    r"(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|number|cell|mobile|address|wechat|contact)\s*[?？]+\s*$",
    re.IGNORECASE,
)


# A contact detail asked to be sent: "send me the number for X", "can u text me sofia's email",
# "陈志远的手机发我一下", "发一下海润的联系方式给我". Not a detail told ("sent me her new mobile: …")
# or changed ("改成…"), nor one someone else said they would send ("陈总说明天把邮箱发我"): the request
# ends the message, or starts it.
_DETAIL_WORD = r"(?:电话|手机|号码|邮箱|联系方式|地址|微信)"
_SEND_ME = re.compile(
    r"^\s*(?:pls\s+|please\s+|(?:can|could)\s+(?:you|u)\s+(?:pls\s+|please\s+)?)?"
    r"(?:send|text|dm|msg|forward)\s+me\s+(?:[\w'’&.@-]+\s+){0,5}?"
    r"(?:phone|number|cell|mobile|e-?mail|address|contact details|contact info|wechat)\b"
    rf"|{_DETAIL_WORD}(?:号码?)?[^，,。\d]{{0,4}}?(?:发给?|给|告诉|send)\s*(?:我|me)\s*(?:一下|下)?[吧呗哈啊]?"
    r"[。.!！?？\s]*$"
    rf"|^\s*(?:请|麻烦)?(?:发我|告诉我|发一下|发下)[^，,。\d]{{0,16}}?{_DETAIL_WORD}",
    re.IGNORECASE,
)


# A deal's state wondered about, and nothing else said: "not sure if feldberg's deal is still open",
# "wonder if pendle valley is still going ahead", "唔知中環金融嗰單仲有冇得傾". Asked of the CRM, answered
# from it; a message that goes on ("…, chase them friday") or reports something is read as such.
_WONDER = re.compile(
    r"^\s*(?:i'?m\s+|im\s+|i\s+)?(?:not sure|unsure|no idea|wonder(?:ing)?|dunno|don'?t know)"
    r"\s+(?:if|whether)\b"
    r"|^\s*我?也?(?:不知道?|不晓得|唔知|唔肯定|不确定|不清楚|不肯定)",  # 唔知 read as 不知
    re.IGNORECASE,
)


def wonders(text: str) -> bool:
    """The message only wonders about something (see `_WONDER`), in one clause: what it names there (a call,
    a signing, an amount) is what it asks about, not news ("wonder if kelvin called back", "not sure if
    acme signed"). Not sure which one it was ("not sure if it was acme or globex") is `is_unsure`."""
    one_clause = not re.search(r"[,，;；。!！]\s*\S", text.strip())
    return bool(_WONDER.match(text)) and one_clause and not is_unsure(text)


def asks_for_a_detail(text: str) -> bool:
    """ "send me the number for X", "陈志远的手机发我一下": a contact detail the user asks to be sent."""
    match = _SEND_ME.search(text)
    return match is not None and not _CN_REPORTED.search(text[: match.start()])


# Swahili asks with its question word late, then "?": "nina reminders gani kesho?", "deal ya NFD iko wapi?"
_SWAHILI_ASKS = re.compile(r"\b(?:gani|nini|lini|nani|wapi|ngapi)\b[^.!]{0,30}[?？]\s*$", re.IGNORECASE)


# Which of two, asked of a customer and nothing more: "聚星是美金还是人民币", "华鼎是台币还是美金？".
_EITHER_ASKED = re.compile(r"^[^\d，,。]{1,12}?是[^\d，,。]{1,6}还是[^\d，,。]{1,6}[？?]?$")


# A short remark first, then the question in a sentence of its own: "Q3 end Fri liao. which deals …?", "busy
# week! what's open with acme?" (four words at most: a report before a question is a report).
_ASIDE_FIRST = re.compile(r"^\s*(?:[^\s.!?。！？]+\s+){0,3}[^\s.!?。！？]+\s*[.!。！]+\s+(?=\S)")


_ASKED_WITH_A_PARTICLE = re.compile(
    r"\b(?:what|which|who|when|how|where)\b[^.!?]*\s(?:ah|hor|meh|or\s+not)\s*[?？]*\s*$", re.IGNORECASE
)


def without_aside(text: str) -> str:
    """The question of a message that makes a short remark first (`_ASIDE_FIRST`), else the message."""
    aside = _ASIDE_FIRST.match(text)
    if aside and _QUESTION_START.match(text[aside.end() :]) and not lx.STEP_MARKERS.search(aside.group(0)):
        return text[aside.end() :]
    return text


def is_question(text: str, *, about_work: bool, reports: bool = False) -> bool:
    """A request for information, not a report.

    A message that starts like a question is one ("what's open with acme"), unless it asks the bot
    to store something ("can you remind me …"). A message that merely ends in "?" is a question only
    when it reports nothing (no interaction, amount or plan: "met Jane, can we do 20% off?" is a log).
    Chinese question words count unless someone else asked them ("他问价格是多少" is a report).
    """
    bare = EMOJI.sub(" ", text).strip()
    if _STORE_REQUEST.search(bare):
        return False
    if asks_for_a_detail(bare):
        return True  # "send me the number for X", "陈志远的手机发我一下": a detail asked for
    if wonders(bare):
        return True  # "not sure if feldberg's deal is still open": asked of the CRM
    if lx.WORK_ASKED.search(bare):
        return True  # "我昨天干了啥", "my calls this week": your work in a period, asked
    if _QUESTION_START.match(bare) or asks_by_naming(bare, reports=reports) or _DETAIL_ASKED.match(bare):
        return True
    if _EITHER_ASKED.match(bare):
        return True  # "聚星是美金还是人民币": which of two, asked
    if _SWAHILI_ASKS.search(bare):
        return True  # "nina reminders gani kesho?": which reminders do I have tomorrow
    named = _NAME_FIRST.match(bare)
    if named and not reports and _QUESTION_START.match(bare[named.end() :]):
        return True  # "initech? whats the status", "acme - what's open": the name, then the question
    if _ASKED_WITH_A_PARTICLE.search(bare):
        return True  # "Korbinian this week what closing ah": a question word, the Singapore question's "ah"
    if without_aside(bare) != bare:
        return True  # "Q3 end Fri liao. which deals closing this Fri across the team?": a remark, then asked
    ends_asking = bool(re.search(r"[?？]\s*$", bare))
    if ends_asking and _ASKS_FOR.match(bare):
        return True
    if said_back_unsure(bare):
        return (
            False  # "X says we can sign now, right?", "X说可以签了吧？": their news, the writer unsure of it
        )
    if _AUXILIARY_START.match(bare) and (ends_asking or not about_work):
        return True
    if ends_asking and not about_work:
        return True
    if _MY_DEALS_WHICH.match(simplified(bare)):
        return True  # "我嘅open deals邊啲係六月close", "我的单子哪些是六月底关单的": which of mine, asked
    match = _CN_QUESTION.search(bare)
    what_is_on = _CN_WHAT_IS_ON.match(simplified(bare))  # "我下個禮拜有咩提醒"
    asks = (
        not about_work
        or _CN_ASKS_AT_END.search(bare)
        or ends_asking
        or what_is_on
        or _CN_LIST_ASKED.search(bare)
    )
    particle = re.search(r"[吗呢][？?]?\s*$", bare)
    if particle and match and match.start() == particle.start() and _STILL_GOING.search(simplified(bare)):
        particle = None  # "合同在他们法务那儿过呢": the 呢 of a thing going on, no question word in it
    if match and (asks or particle):
        if _CN_NOT_DECIDED.search(simplified(bare[: match.start()])):
            return False  # "好像要换窗口，还没确定是谁": who is not known yet, news told, not asked
        return not _CN_REPORTED.search(bare[: match.start()])
    return False


# What a correction says is wrong, named before the right value: "the amount's wrong, should be 140k",
# "wrong amount, it's 90k", "金额不对 应该是65万", "时间错了，是三点".
_EN_FIELD = r"(?:amount|number|figure|price|value|total|date|time|day|name|stage|customer|contact)"
_FIELD_WRONG = (
    rf"(?:(?:the\s+)?{_EN_FIELD}(?:['’]s|\s+is|\s+was)?\s+(?:wrong|off|incorrect|not right)"
    rf"|wrong\s+(?:{_EN_FIELD}|one|guy|person|club|store|shop|site|branch|office|location|company|account|"
    r"client|clinic|plant|deal|opp|number|day|date|time))"
)
_CN_FIELD = r"(?:金额|价格|报价|数字|数额|单价|总价|时间|日期|名字|客户|联系人|阶段|币种|货币)"
_CN_SORRY = (
    r"(?:不好意思|抱歉|对不起|sorry|更正|纠正|说错了?|写错了?|打错了?|搞错了?|弄错了?|改错了?|记错了?|错了|不对|等等|哦不对"
    r"|(?:刚才|刚刚|头先|啱啱)(?:说|写|打|讲|记)错了?|讲错了?"  # "刚才说错了", Cantonese "講錯" (讲错)
    rf"|{_CN_FIELD}(?:也|又)?(?:不对|错了|有误|写错了?|打错了?|搞错了?|弄错了?|改错了?))"
)
_SORRY = (
    r"(?:sorry|oops|whoops|correction|my bad|wait|actually|no|nope|nah|typo|scratch that|i mean|"
    r"espera|perd[oó]n|perdona|"  # Spanish: "no espera, wrong customer, fue José Manuel de Grupo Tapatío"
    rf"i meant|ugh|argh|oh|oh no|hmm+|erm?|um+|damn|dang|{_FIELD_WRONG})"
)
# The currency put right, with what chat adds around it: "that's USD btw, not CAD. Gordie quoted in US
# dollars", "yen obviously, not dollars lol", "£ not $ obvs"; the sentences after it say why.
_NOT_ALONE = ("元", "块", "try")  # said alone these are no currency put right
_CURRENCY = (
    r"(?:us\s+dollars?|(?:us|ca|au|hk|nt)\$|dollars?|euros?|yen|"
    + "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True) if w not in _NOT_ALONE)
    + ")"
)
_BY_THE_WAY = r"(?:\s+(?:obviously|obvs|btw|lol|haha|of course|ofc|fyi|this time))*"
_CORRECTIONS = (
    re.compile(
        rf"^\s*(?:(?:sorry|oops|no|wait|that'?s|that is|it'?s|it is|it was|should be|in)[\s,]+)*"
        rf"(?:(?:(?:币种|货币)(?:应该)?是|应该是|应该用|是|用|按)\s*)?"
        rf"(?P<right>{_CURRENCY}){_BY_THE_WAY}"
        rf"(?:[\s,]*(?:not|instead of|不是)\s*(?P<wrong>{_CURRENCY}){_BY_THE_WAY})?\s*(?:[.;!。；！].*)?$",
        re.IGNORECASE,
    ),
    # the value was another customer's, after a slip word: "no wait that's the Driftwood number. harvest moon
    # stays 42", "oops that was for Umbrella Health", "不对，这是东方国际的数，东方贸易不变"
    re.compile(
        rf"^\s*(?:{_SORRY}[\s,.!:;—–-]+)+(?:that'?s|that is|that was|this is|those are|it'?s|it was)\s+"
        r"(?!(?:the\s+)?(?:wrong|right|same|other|new|last|correct|old)\b)(?:the\s+)?"
        r"(?P<right>[^,.;—–]+?)(?:['’]s?)?\s+(?:number|numbers|amount|figure|price|date|quote)"
        r"(?:\s+actually)?\s*(?:[,.;—–-]\s*.*)?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*(?:{_SORRY}[\s,.!:;—–-]+)+(?:that|it|this)(?:'s| is| was)\s+(?:meant\s+)?for\s+"
        r"(?P<right>[^,.;—–]+?)"
        r"(?:[\s,]+(?:not|instead of)\s+(?P<wrong>[^,.;—–]+?))?\s*[.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*(?:{_CN_SORRY}[，,：:\s]*)+(?:这|那)个?是(?P<right>[^，,。的]{{2,16}}?)的?"
        r"(?:数字|数|金额|价格|日期|报价|单子|那单)(?:[，,。；;]\s*.*)?$"
    ),
    # the message named by what it was about: "sorry — the acme one was a visit, not a call",
    # "东方贸易那条写错了，是东方国际贸易陈静", "光谷那个也不对，应该是周四"
    re.compile(
        rf"^\s*(?:{_SORRY}[\s,.!:;—–-]*)*the\s+(?P<about>[^\s,.;:][^,.;:]{{0,30}}?)\s+(?:one|msg|message|entry|log)"
        r"\s+(?:was|is|should be|should have been)\s+(?:actually\s+)?(?P<right>[^,.;]+?)"
        r"(?:[\s,]+(?:not|instead of|rather than)\s+(?P<wrong>[^,.;]+?))?\s*[.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\s*(?P<about>[^\s，,。：:][^，,。：:]{0,11}?)(?:那条|那个|这条|这个|那则)(?:消息|记录|提醒)?(?:也|又)?"
        r"(?:(?:说|写|打|搞|弄|记)错了?|错了|不对|有误)[，,：:\s]*(?:应该|其实)?(?:是|改成|改为)?\s*(?P<right>[^，,。].*?)"
        r"(?:[，,\s]*不是(?P<wrong>.+?))?[。！!]*$"
    ),
    # "sorry, I meant kessler medical not kessler logistics", "make that 3pm not 2pm"
    re.compile(
        rf"^\s*(?:{_SORRY}[\s,.!:;—–-]*)*(?:i\s+)?"
        rf"(?:meant|mean|make (?:that|it)|change (?:that|it) to|should be|"
        rf"it(?:'s| is| was)(?: actually)?|th(?:at|is) (?:was|is|should be)(?: actually)?|fue|era)"
        rf"\s*:?\s+(?P<right>.+?)"
        rf"(?:(?:[\s,]+(?:not|instead of|rather than)\s+|[\s,，]*不是)(?P<wrong>.+?))?\s*[.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^\s*{_SORRY}[\s,.!:;—–-]+(?P<right>.+?)"
        r"(?:[\s,]+(?:not|instead of)\s+|[\s,，]*不是)(?P<wrong>.+?)\s*[.!]*$",
        re.IGNORECASE,
    ),
    # "是1月20号，不是12月"
    re.compile(
        rf"^\s*(?:{_CN_SORRY}[，,：:\s]*)*(?:{_CN_FIELD}|尾号|号码|手机|电话|邮箱|微信)?(?:应该)?是(?P<right>[^，,]+?)"
        r"[，,\s]*(?:而)?不是(?P<wrong>.+?)[。！!]*$"
    ),
    # "不是2点，是3点", "不好意思，不是A是B", "不对不对 不是A 是B", "说错了，是B", "更正：B"
    re.compile(
        r"^\s*(?:(?:不好意思|抱歉|对不起|sorry|更正|纠正|改一下|刚才|不对|不對|(?:说|說|搞|写|寫)?错了|(?:说|說|搞|写|寫)?錯了"
        r"|哦|啊|等等)[，,：:\s!！]*)*"
        # the field first: "电话不是139 1234 5678，是139 1234 5679", "金额不是45万是54万"
        rf"(?:{_CN_FIELD}|尾号|号码|手机号?|电话|邮箱|微信号?)?不是(?P<wrong>.+?)[，,\s]*(?:而)?是(?P<right>.+?)[。！!]*$"
    ),
    re.compile(
        rf"^\s*(?:(?:不好意思|抱歉|对不起|sorry|等等|哦|刚才|刚刚|头先|啱啱)[，,\s]*)*"
        # the field said wrong, also with words before it: "签约日期说错了", "币种写错了"
        rf"(?:[\u4e00-\u9fff]{{0,4}}?{_CN_FIELD}(?:也|又)?(?:不对|错了|有误)?[，,\s]*(?=(?:说|写|打|搞|弄|改|记)错|更正|纠正)"
        rf"|{_CN_FIELD}(?:也|又)?(?:不对|错了|有误)?[，,\s]*)?"
        r"(?:(?:说|写|打|搞|弄|改|记|讲)错(?:了|字)?|更正|纠正|改一下|应该是|改成|改为|(?<=[对误了])(?=[，,\s]*是))"
        r"[，,：:\s]*(?:应该)?(?:是|改成|改为)?"
        r"(?P<right>.+?)"
        r"(?:[，,\s]*不是(?P<wrong>.+?))?[。！!]*$"
    ),
)


# Only right after a stored message: "sterling pharma, not paper", "wrong one, redwood capital";
# an interjection and the right value alone: "no wait, thursday", "sorry, 95k", "不对，是闽江茶叶进出口",
# "搞错了，是宏达物流郑主管", "改到周五", "时间改成下午四点" (what it replaces is found in the old message).
# A value a message says, as a correction names it again: a number, a day, a time ("32万", "周五", "3pm").
_VALUE = (
    r"(?:(?:[明后今昨前]天|\d{1,2}月)?(?:上午|下午|晚上)?(?:[$€£¥]?\d[\d,.]*\s*(?:k|m|w|万|千|元|块|am|pm|点半?|号|日)?"
    r"|[一二三四五六七八九十两]+点半?)"
    r"|(?:下下|下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天1-7]|[明后今昨前]天(?:[上下]午|晚上)?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)"
)
_LOOSE = (
    re.compile(r"^\s*\*\s*(?P<right>[^*\s][^*]{0,39}?)\s*$|^\s*(?P<right2>[^*\s][^*]{0,39}?)\s*\*\s*$"),
    # "sorry not fri, monday", "no, not 45k — 54k": what was wrong, then what is right
    re.compile(
        r"^\s*(?:(?:sorry|oops|no|nope|wait|actually|my bad|my mistake|ugh)\b[\s,.!:;-]*)*"
        # (a number's own commas and points are no break: "Not 3,000,000. 3,300,000 yen please")
        r"not\s+(?P<wrong>(?:[^,;.—–-]|(?<=\d)[,.](?=\d)){1,25}?)"
        r"\s*(?:[;—–-]|[,.](?!\d))+\s*(?:(?:it'?s|it was|but|make it|should be)\s+)?"
        # (room for a person with their company: "sorry not Brian, it was Achieng from Kisumu lakeside")
        r"(?P<right>(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?)\s*(?:please|pls|thanks)?\s*[.!]*$",
        re.IGNORECASE,
    ),
    re.compile(  # (a number's own commas: "2,500,000 not 2,600,000")
        r"^\s*(?P<right>(?:[^,.;!?]|(?<=\d)[,.](?=\d)){2,40}?)[\s,.]+not\s+"
        r"(?P<wrong>(?:[^,.;!?]|(?<=\d)[,.](?=\d)){2,30}?)\s*[.!]*$",
        re.I,
    ),
    re.compile(
        r"^\s*wrong (?:one|customer|company|account|person|time|day|deal|opp|opportunity)[\s,.:;-]+"
        r"(?P<right>.+?)\s*[.!]*$",
        re.I,
    ),
    # "是另一單，設備採購那個", "no, the other one": another deal of the last message's customer
    re.compile(
        r"^\s*(?:(?:sorry|oops|no|nope|nah|wait|不对|不是|抱歉)\b[\s,，.!:;-]*)*"
        r"(?P<right>(?:是|应该是)?(?:the other (?:one|deal|opp)|另一[个单]|另外(?:一个|那个|那单)).{0,30}?)"
        r"[。！!.]*$",
        re.IGNORECASE,
    ),
    # "wrong redwood — Daniel at Redwood Capital": the word of the last message that was wrong, then the right
    re.compile(
        r"^\s*(?:(?:sorry|oops|ugh|argh|nah|no|damn)\b[\s,.!:;-]*)*wrong\s+(?P<wrong>[^\s,.;:—–-][^,.;:—–-]{0,24}?)"
        r"\s*[,.:;—–-]+\s*(?:(?:it(?:'s| is| was)|i meant|should be)\s+)?(?P<right>\S.{0,60}?)\s*[.!]*$",
        re.I,
    ),
    re.compile(
        rf"^\s*(?:(?:sorry|oops|no wait|wait|no|nope|actually|correction|my bad|my mistake|typo|scratch that|"
        rf"{_FIELD_WRONG})"
        r"[\s,.!:;-]+)+(?:(?:it|that)(?:'s| is| was| should be)\s+|make it\s+|should be\s+)?"
        r"(?P<right>(?:\S+\s*){1,4}?)\s*[.!]*$",
        re.I,
    ),
    re.compile(
        r"^\s*(?:(?:不对|错了|搞错了?|弄错了?|改错了?|说错了?|写错了?|打错了?|记错了?|讲错了?|抱歉|不好意思|对不起|sorry"
        r"|刚才|刚刚|头先|啱啱)[，,。！!：:\s]*)+"
        r"(?:应该)?是\s*(?P<right>[^，,。]{2,40}?)[。！!]*$"
    ),
    re.compile(
        r"^\s*(?:是)?(?P<right>[^，,。\s]{1,12})[，,\s]+(?:而)?不是(?P<wrong>[^，,。]{1,12}?)[。！!]*$"
    ),
    re.compile(
        r"^\s*(?:其实|哦|噢)?[，,\s]*是(?P<right>[^，,。\s]{1,10}?)(?:的事(?:情|儿)?|那天|的时候)[。！!]*$"
    ),
    re.compile(
        r"^\s*(?:(?:不对|抱歉|不好意思|sorry)[，,：:\s]*)*(?:时间|日期|金额|价格|报价|客户|联系人)?"
        # Cantonese 改咗(去) (folded: 改了(去)) before a day or a time: "改咗下晝兩點"
        r"(?:改到|改成|改为|换成|推到|挪到|提前到|改了?去|改了?(?=\s*[上下早中晚今明后周星礼0-9一二三四五六七八九十两]))"
        r"(?P<right>[^，,。]{1,16}?)"
        # what stays as it was, said after it: "时间改四点半，地点一样", "改到周五，其他不变"
        r"(?:[，,。\s]+(?:地点|地方|内容|其他|其它|别的|其余)(?:都|也)?(?:一样|不变|照旧|照常|没变))?[。！!]*$"
    ),
    # a reminder just set, moved: "push that to thursday", "move it to fri 10am", "bump it to 4"
    re.compile(
        r"^\s*(?:(?:actually|sorry|oops|ok|okay|no|wait|hmm|and)\b[\s,.!:;-]*)*"
        r"(?:pls\s+|please\s+|can you\s+)?(?:push|move|bump|shift|change|reschedule|resched)\s+"
        r"(?:that|it|this|the\s+(?:time|day|date))(?:\s+one|\s+reminder)?"
        r"(?:\s+(?:back|out|up))?\s+(?:to|till|until)\s+(?P<right>[^,.;!?]{1,25}?)\s*[.!]*$",
        re.IGNORECASE,
    ),
    # the field named, then its value: "金额是18万", "时间应该是三点", "the amount is 18k"
    re.compile(
        rf"^\s*(?:(?:{_CN_FIELD}(?:应该)?(?:是|为))"
        rf"|(?:the\s+)?(?:close\s+)?{_EN_FIELD}\s+(?:is|should be|was)\s+)"
        r"\s*(?P<right>[^，,。;；]{1,24}?)[。！!.]*$",
        re.IGNORECASE,
    ),
    # a value alone after 是: "是58万", "应该是周四", "其实是三点"
    re.compile(rf"^\s*(?:其实|哦|噢|应该)?是\s*(?P<right>{_VALUE})[。！!]*$"),
    # the wrong words first, then the right ones: "the 65k was wrong, 56k", "周五改成周四", "32万不对 是35万"
    re.compile(
        # (a figure's own point is no break: "the 32.4k was wrong, 32.8k")
        r"^\s*(?:the\s+)?(?P<wrong>(?:[^,.;!?]|(?<=\d)\.(?=\d)){1,30}?)"
        r"\s+(?:was|is)\s+(?:wrong|a typo|incorrect|off)"
        r"\s*[,.:;-]+\s*(?:it(?:'s| is| was| should be)\s+|should be\s+|make it\s+)?"
        r"(?P<right>(?:[^,.;!?]|(?<=\d)\.(?=\d)){1,30}?)\s*[.!]*$",
        re.I,
    ),
    re.compile(
        rf"^\s*(?P<wrong>{_VALUE})\s*(?:不对|错了|写错了?|打错了?|有误)[，,。\s]*(?:应该)?是?"
        r"(?P<right>[^，,。\s][^，,。]{0,15}?)[。！!]*$"
    ),
    re.compile(
        rf"^\s*(?P<wrong>{_VALUE})\s*(?:改成|改为|改到|换成|挪到)\s*(?P<right>[^，,。]{{1,16}}?)[。！!]*$"
    ),
    re.compile(rf"^\s*(?P<wrong>{_VALUE})\s*(?:->|→)\s*(?P<right>[^,;!?\s]{{1,20}}?)\s*[.!]*$", re.I),
)


# An apology said after the value: "in euros, sorry", "friday my bad", "55k sry", "是周五，不好意思".
_SORRY_AFTER = re.compile(
    r"(?:[\s,.;:!-]+(?:sorry|sry|soz|my bad|oops|apologies|my mistake|lol|actually)"
    # (blaming the slip: "是天府粮仓 王总 语音输错了")
    r"|[，,。\s]*(?:抱歉|不好意思|sorry|(?:语音|语音输入)?(?:输|打|写|说|搞|弄|听)错了))"
    r"[\s.!。！]*$",
    re.IGNORECASE,
)


# Chat filler after the value: "that was yesterday btw", "euros obvs", "5 instead", "Tuesday 10:00 please".
_FILLER_AFTER = re.compile(
    r"(?:[\s,.;!-]+(?:btw|fyi|obvs|obviously|lol|haha|ofc|of course|then|really|instead"
    r"|please|pls|plz|thanks|abeg|o|sha|lah|la|leh|ah|eh))+[\s.!]*$",  # (Nigerian, Singaporean: "5pm abeg")
    re.IGNORECASE,
)


_I_SLIPPED = re.compile(r"^我(?=(?:说|写|打|搞|记|弄|改)[错錯])")  # "我说错了，…"
# A sound said first: "eh make it 4pm", "ah sorry, friday", "abeg make am 5pm".
# ("算了 改到後天下午三點": never mind what was said, move it; not "算了" alone, which takes the message back)
_FILLER_BEFORE = re.compile(
    r"^(?:(?:eh|ah|oh|hmm+|abeg|aiyo|alamak)\b[\s,.!:;-]*|算了[\s,，.。!！]*(?=改))+", re.IGNORECASE
)


def _bare(text: str) -> str:
    """A correction's text without emoji, chat filler and an apology said after it."""
    said = _FILLER_BEFORE.sub("", _FILLER_AFTER.sub("", EMOJI.sub(" ", text).strip()).strip())
    bare = _I_SLIPPED.sub("", said)
    return _SORRY_AFTER.sub("", bare).strip() or bare


_INTERJECTIONS = re.compile(
    r"^(?:(?:(?:sorry|oops|whoops|ugh|argh|no|nope|nah|wait|actually|my bad|my mistake|typo)\b"
    r"|哦|啊|呃|不对|抱歉|不好意思)"
    r"[\s,.!:;，。！：-]*)+",
    re.IGNORECASE,
)


def loose_correction(text: str) -> Correction | None:
    """A correction without "sorry": to be trusted only when the words it replaces were just written."""
    bare = _bare(text)
    for pattern in _LOOSE:
        match = _said(pattern, bare)
        if match:
            wrong = match.groupdict().get("wrong")
            right = match.groupdict().get("right") or match.groupdict().get("right2") or ""
            right = _INTERJECTIONS.sub("", right.strip()) or right  # "oops 48k*"
            right = _CHANGED_TO.sub("", right) or right  # "no wait, 改成下午两点": the value is after 改成
            return Correction(right.strip(" ,.，。"), wrong.strip(" ,.，。") if wrong else None)
    said = _FILLER_AFTER.sub("", EMOJI.sub(" ", text).strip()).strip()
    marked = said.startswith("*") or said.endswith("*")  # "oops 48k*": the chat mark of a correction
    value = _INTERJECTIONS.sub("", bare.strip("* ")).strip(" ,.，。")
    if (marked or _SORRY_AFTER.search(said)) and value and len(value.split()) <= 4 and len(value) <= 30:
        return Correction(value, None)  # "friday, sorry", "55k my bad", "oops 48k*"
    return None


_CHANGED_TO = re.compile(r"^\s*(?:改成|改到|改为|改為|换成|換成|挪到|推到|改做)\s*")


# Both sides said after the correction word: "22万应该是25万", "the 44k should be 48k", "周四改成周五".
_WRONG_THEN_RIGHT = re.compile(
    r"^(?:the\s+)?(?P<wrong>[^,，。]{1,20}?)\s*(?:应该是|应是|改成|改为|->|→|should be|should have been|"
    r"should've been|is actually|was actually)\s*(?P<right>\S.{0,30})$",
    re.IGNORECASE,
)


# Why first, then the value: "wait he's out wed. thursday 9am", "周四去不了，改成下周一上午". A slip word or a
# can't-make-it first; the last clause is the value put right.
_WHY_FIRST = re.compile(
    r"^\s*(?:(?:wait|sorry|actually|oops|no|nope|hmm+|ugh|hold on|不对|等等|等一下|哦|噢|抱歉|不好意思)\b"
    r"|不是\s*(?=[A-Za-z，,])"  # "唔係 negotiation, stage 唔變, amount 改做 18萬" (folded: 不是)
    r"|.{0,20}?(?:can['’]?t make it|cannot make it|is out|he['’]s out|she['’]s out|they['’]re out|"
    r"去不了|来不了|不行|没空|有事|出差))",
    re.IGNORECASE,
)
_LAST_CLAUSE = re.compile(  # a point between digits is a decimal point ("3.8万"), no clause break
    r"(?:(?<!\d)\.|\.(?!\d)|[;!。；！，,—–])\s*(?:so\s+|then\s+)?"
    r"(?:(?:the\s+)?(?:amount|price|金额|价钱|价格|报价)\s*[:：]?\s*(?:is\s+|to\s+|改了?做|改成|改为|改到)?\s*)?"
    r"(?:make it\s+|move it to\s+|改成|改到|改为|换成|挪到|推到)?"
    r"(?P<value>(?:[^.;!。；！，,—–]|(?<=\d)\.(?=\d)){1,20}?)\s*[.!。！]*$",
    re.IGNORECASE,
)


def value_after_why(text: str) -> str | None:
    """The value said last, after why the last message was wrong (see `_WHY_FIRST`)."""
    bare = _bare(text)
    if not _said(_WHY_FIRST, bare):
        return None
    last = _said(_LAST_CLAUSE, bare, search=True)
    return (last.group("value") or "").strip() or None if last else None


def correction(text: str) -> Correction | None:
    bare = _bare(text)
    for pattern in _CORRECTIONS:
        match = _said(pattern, bare)
        if match and match.part("right").strip():
            wrong, more = match.groupdict().get("wrong"), None
            if wrong and _SENTENCE_BREAK.search(wrong):  # "not urgent care. 140k": a second fix follows
                wrong, more = (part.strip() for part in _SENTENCE_BREAK.split(wrong, maxsplit=1))
            right = match.part("right").strip(" ,.，。")
            right = _value_clause(right) if wrong and re.search(r"\d", wrong) else right
            said_of = _SAID_OF.fullmatch(right) if wrong else None
            right = said_of.group("value") if said_of else right  # "the call is 14:30 not 15:30"
            inside = None if wrong else _said(_WRONG_THEN_RIGHT, right)  # "写错了，22万应该是25万"
            if inside is not None:
                wrong, right = inside.group("wrong"), (inside.group("right") or "").strip(" ,.，。")
            about = match.groupdict().get("about")
            about = about.strip(" ,.，。") if about else None
            wrong = wrong.strip(" ,.，。") if wrong else None
            right, wrong = _with_its_dot(right, bare), _with_its_dot(wrong, bare) if wrong else None
            return Correction(right, wrong, more=more or None, about=about)
    return None


_SENTENCE_BREAK = re.compile(r"(?<!\d)[.;。；!！](?!\d)\s*|\s+[-–—]+\s+")  # "lost - priyanka just signed"
_DAY_FIRST_END = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}$")


def _with_its_dot(value: str, text: str) -> str:
    """ "meant 31.8.": a day-first date keeps its last dot (not the sentence's end: "31.8" is a number)."""
    return value + "." if _DAY_FIRST_END.search(value) and value + "." in text else value


_COMMA = re.compile(r"(?<!\d)[,，](?!\d)\s*")
# A value said of what it is the value of: "the call is 14:30", "it's 38.5k", "the amount should be 40k".
_SAID_OF = re.compile(
    r"(?:(?:the|that|this|our|my|it|its)\s+)?(?:[a-z]+\s+){0,2}?(?:is|['’]s|should be|will be|was)\s+"
    rf"(?P<value>(?:at\s+)?(?:\d{{1,2}}:\d\d|{_VALUE})(?:\s*(?:am|pm|eur|usd|gbp|cny|rmb))?)",
    re.IGNORECASE,
)


def _value_clause(right: str) -> str:
    """ "about that, €47k" (of "Sorry about that, €47k not 48") → "€47k": the clause with the figure put in
    place of the wrong one, when the clauses before it have none ("I meant the deck ovens, 64k": both)."""
    pieces = _COMMA.split(right)
    last = pieces[-1].strip()
    if len(pieces) > 1 and re.fullmatch(_VALUE, last) and not re.search(r"\d", "".join(pieces[:-1])):
        return last  # a value alone; not "美景冇输，只係延期去7月尾" (the statement again)
    return right


# The last message taken back whole: "…, scratch that", "ignore that", "别动", "当我没说", "剛剛那則不算"
# (則: a message, as 條).
_UNDO_LAST = re.compile(
    r"\bscratch that\s*[.!]*\s*$"
    r"|(?:^|[,.;!]\s*)(?:ignore|disregard|undo|cancel|delete|scratch)\s+"
    r"(?:that|the last(?: one)?|my last(?: message)?)"
    r"\s*[.!]*\s*$"
    r"|^\W*(?:(?:no+|wait|oh|oops|nope)\W+)*(?:don['’]?t|do not) do (?:that|it)\W*$"
    r"|^\W*(?:pls\s+|please\s+)?(?:ignore|disregard|undo|cancel|delete|scratch)\s+(?:the\s+|my\s+)?"
    r"(?:last\s+(?:msg|message|one)|that\s+(?:msg|message|one))\W*$"
    r"|(?:刚才|刚刚|上一[条则]|上[条则])(?:那[条则]|的)?(?:发错了|发错人了|发错群了)"
    r"|别动|当我(?:没|冇|無|无)(?:说|讲|講)过?|(?:刚才|刚刚|上一[条则]|上[条则]|前面)(?:那[条则个]|的|说的)?(?:撤回|作废|不算)|^\W*(?:撤回|作废)\W*$"
    r"|^\W*(?:(?:不算|撤回|作废|不作数)(?:吧|了|啊|哈)?\W*)+$"
    # (also with the verb in English, as Hong Kong writes: "ignore 上一條")
    r"|^\W*(?:请|帮我|pls\s+|please\s+)?(?:撤回|作废|删掉|删除|取消|忽略|ignore|disregard|undo|cancel|delete)(?:一下)?"
    r"\W*(?:刚才|刚刚|上一[条则]|上[条则]|前面|这[条则]|那[条则])"
    r"(?:那[条则]|这[条则]|那个|的|发的|说的|记的|消息|记录)*\W*$"
    # "算了 这条不用记", "那条别记了", "唔使记": the last message need not be kept
    r"|^\W*(?:(?:算了|算啦|冇事|没事|哦|噢)\W*)?(?:这[条则个]|那[条则个]|上一?[条则]|刚才那?[条则个]?)?(?:就|都)?"
    r"(?:不用|不要|别|唔使|唔好|无需|不必)(?:记|记录|记了|记下|记低)(?:了|啦|吧|喇)?\W*$",
    re.IGNORECASE,
)


# A take-back said first, then why ("ignore that, wrong customer", "ignore last msg, wrong chat", "undo that，
# 还没确认"); not when what follows says what instead ("scratch that, it was 45k": a correction).
_UNDO_FIRST = re.compile(
    # (Malaysian and Singaporean sounds first too: "eh ignore that wrong chat", "alamak ignore")
    r"^\W*(?:(?:nvm|never ?mind|oh|oops|sorry|wait|ugh|hmm+|actually|no+|nah|hold on"
    r"|eh|ah|aiyo|aiya|alamak)\W+)*"
    r"(?:pls\s+|please\s+)?"
    r"(?:ignore|disregard|undo|cancel|delete|scratch|scrap|forget|don['’]?t do|do not do)"
    # "ignore this, i mixed up with other client", "forget it, no need, she will call me"
    r"(?:\s+(?:that|this|it|(?:the\s+|my\s+)?last(?:\s+(?:msg|message|one))?"
    r"|th(?:at|is)\s+(?:msg|message|one)))?"
    r"(?:\s+(?:please|pls))?"  # "Please ignore, I will confirm first", "Ignore that please, …"
    r"(?:\s+(?:lah|leh|lor|hor|ah))?"  # "eh ignore that lah, wrong person"
    # unpunctuated, as thumbs type it: "no wait don't do that ignore that I was thinking of something else"
    r"(?P<why>(?:\s*[,.;:!，。；：！-]|\s+(?=(?:ignore|forget|i was|wrong|my bad|sorry)\b)).*)$"
    # "先别记，我再确认一下"
    r"|^\W*(?:撤回|作废|删掉|删了|取消|先(?:别|不要|不)(?:记|存|录)|(?:别|不要)(?:记|存|录)了?)"
    r"(?:\s*(?:pls|please|一下|吧|哈|啊|了))?(?P<cn_why>\s*[,.;:!，。；：！-].*)$"
    # said twice, then why with no stop: "撤回撤回 她只是随便问问价"
    r"|^\W*(?:撤回|作废)\s*(?:撤回|作废)(?P<twice_why>\s+\S.*)$",
    re.IGNORECASE,
)
_SAYS_INSTEAD = re.compile(r"\d|\b(?:meant|mean|should|make|instead|change)\b|改成|改为|应该", re.IGNORECASE)
# The why says the record stays as it was, a figure only restating it: "ignore that, it stays at 900",
# "scratch that, amount unchanged", "撤回，金额还是90万不变": the take-back is whole.
_STAYS_AS_IT_WAS = re.compile(
    r"\b(?:stays?|staying|remains?|unchanged|same as before|as (?:it was|before))\b|不变|照旧|维持原|保持原",
    re.IGNORECASE,
)


def says_it_stays(words: str) -> bool:
    """Whether `words` say a record stays as it was ("Dresden stays as is", "金额还是90万不变")."""
    return bool(_STAYS_AS_IT_WAS.search(simplified(words)))


# The last message said to be wrong, and nothing said of what is right: "sorry, wrong one", "that's not
# right", "不对不对", "搞错了". Nothing known to be wrong may stay stored, and nothing is guessed: the last
# message is taken back and the user asked what it should say.
_VAGUE_DENIAL = re.compile(
    r"^\W*(?:(?:sorry|oops|whoops|no+|nope|wait|hold on|hmm+|ugh|argh|oh|my bad|my mistake|actually|"
    r"no wait)\W+)*"
    r"(?:(?:that'?s|that is|that was|it'?s|it was)\s+)?(?:wrong(?:\s+(?:one|customer|deal|amount|number|date|"
    r"day|time|person|contact|account|company|stage))?|not right|incorrect|a mistake|my mistake|typo|"
    r"not (?:that|this) one)\W*$"
    r"|^\W*(?:(?:哦|啊|呃|等等|等一下|sorry|抱歉|不好意思)\W*)*"
    r"(?:(?:不对|错了|搞错了?|弄错了?|改错了?|说错了?|写错了?|打错了?|记错了?|有误|不是这个|不是这家|不是这样)\W*)+"
    r"(?:(?:不好意思|抱歉|sorry)\W*)?$",
    re.IGNORECASE,
)


def denies_without_saying(text: str) -> bool:
    """Whether the message only says the last one was wrong (see `_VAGUE_DENIAL`)."""
    return bool(_VAGUE_DENIAL.match(simplified(EMOJI.sub(" ", text)).strip()))


# One part of the last message taken back: "ignore the reminder part, already sent it", "不用提醒了".
_DROPS_REMINDER = re.compile(
    r"^\W*(?:pls\s+|please\s+)?(?:ignore|drop|skip|forget|cancel|scratch|remove|delete|no need for)\s+"
    r"(?:the\s+|that\s+)?(?:reminder|follow[- ]?up|task)(?:\s+(?:part|bit))?\b"
    r"|^\W*(?:(?:actually|ok|oh|nah|no|wait)[\s,]+)*(?:don['’]?t|do not) bother\b"  # "actually don't bother"
    r"|^\W*(?:(?:算了|还是|哦|噢|啊|嗯|欸)\W*)*(?:这个|那个|这条|那条)?(?:提醒|跟进)(?:那部分|那个|那条)?(?:就|先)?"
    r"(?:不要了|不用了|去掉|删掉|取消|算了)"
    r"|^\W*(?:(?:算了|还是|哦|噢|啊|嗯|欸)\W*)*(?:不用|不要|去掉|删掉|取消)(?:这个|那个|这条|那条)?提醒",
    re.IGNORECASE,
)


def drops_the_reminder(text: str) -> bool:
    """Whether the message takes back only the reminder part of the last one (see `_DROPS_REMINDER`)."""
    return bool(_DROPS_REMINDER.search(simplified(EMOJI.sub(" ", text))))


# What a take-back says was meant instead: "Ignore that, my mistake - it's Tayside we lost, not Fife",
# "刚才那条不算，是中科启航的", "上一条作废，是黔云的": the words after the take-back and its sorry, when
# they say a customer or a value in place of the last message's.
_TAKE_BACK_LEAD = re.compile(
    r"^\W*(?:(?:nvm|never ?mind|oh|oops|sorry|wait|ugh|actually|no+|nah|hold on)\W+)*(?:pls\s+|please\s+)?"
    r"(?:ignore|disregard|scratch|scrap)\s+(?:that|(?:the\s+|my\s+)?last(?:\s+(?:msg|message|one))?)"
    r"|^\W*(?:刚才|刚刚|上一[条则]|上[条则]|前面)(?:那[条则个]|的|说的)?(?:撤回|作废|不算)(?:了|吧)?",
    re.IGNORECASE,
)
_SORRY_LEAD = re.compile(
    r"^(?:[\s,.;:!，。；：！—–-]|my (?:mistake|bad)|sorry|wrong (?:one|customer|deal)|oops"
    r"|说错了|搞错了|写错了|不好意思)+",
    re.IGNORECASE,
)


def said_after_take_back(text: str) -> str | None:
    """The words after a take-back that say what was meant instead (see `_TAKE_BACK_LEAD`), or None."""
    bare = simplified(EMOJI.sub(" ", text))
    lead = _TAKE_BACK_LEAD.match(bare)
    if lead is None:
        return None
    rest = _SORRY_LEAD.sub("", text[lead.end() :]).strip()
    if rest and re.match(r"^(?:是|係|系)", rest):
        return f"不对，{rest}"  # read as the denial it is: "不对，是中科启航的"
    return rest if rest and _IT_WAS_LEAD.match(rest) else None


_IT_WAS_LEAD = re.compile(r"^(?:it['’]s|it\s+(?:was|is)|that\s+was|I\s+meant)\b", re.IGNORECASE)


def takes_back(text: str) -> bool:
    bare = simplified(EMOJI.sub(" ", text))
    first = _UNDO_FIRST.match(bare)
    if _UNDO_LAST.search(bare):
        return True
    if first is None:
        return False
    why = first.group("why") or first.group("cn_why") or first.group("twice_why")
    return not _SAYS_INSTEAD.search(why) or bool(_STAYS_AS_IT_WAS.search(why))


# The win or loss just stored, said not to have happened: "not signed yet, my bad", "scratch the win",
# "撤回，还没丢", "搞错了 还没签".
_OUTCOME_WITHDRAWN = re.compile(
    r"\b(?:scratch|undo|cancel|ignore|forget|disregard|take back|revert|delete)\s+(?:the\s+|that\s+|my\s+)?"
    r"(?:win|loss|won|lost|close|signing)\b"
    r"|\bnot\s+(?:signed|won|lost|closed|dead|done)\s+(?:yet|after all)\b"
    r"|\b(?:hasn['’]?t|haven['’]?t|didn['’]?t|has not|did not|have not)\s+(?:signed|sign|closed|close)\b"
    r"|\b(?:still open|not a (?:win|loss)|keep (?:it|the deal|that one) open)\b"
    # "Ah, not lost. Only postponed", "hmm actually scratch that, not lost - its on hold"
    r"|^\W*(?:(?:wait|sorry|oops|oh|ah|hmm+|no|nope|actually|hold on|my bad|scratch that)\W+)*"
    r"(?:it'?s\s+|we'?re\s+)?not\s+(?:lost|won|signed|closed|dead)\s*(?:[,.;!，。；！–—-]|$)"
    r"|还没(?:有)?(?:签|丢|成交|定|黄|输)|没(?:签|丢)成|不算(?:赢|丢|成交)|没有丢|没丢|没签"
    # said alone right after the win or loss: "wait no, not yet", "不对 还没"
    r"|^\W*(?:(?:wait|no|nope|sorry|oops|actually|hold on)\W+)*not yet\W*$"
    r"|^\W*(?:不对|等等|搞错了?|错了)?\W*还没(?:有)?\W*$",
    re.IGNORECASE,
)


def withdraws_outcome(text: str) -> bool:
    """Whether the message says a win or loss did not happen (undoing the one just stored, if any)."""
    return bool(_OUTCOME_WITHDRAWN.search(simplified(EMOJI.sub(" ", text))))
