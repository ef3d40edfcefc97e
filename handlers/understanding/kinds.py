"""Which interaction a clause reports (call, email, meeting, visit, complaint, …).

A complaint wins over other kinds, a kind word typed with one slip still counts, and a phrase ("sent
jane the proposal") marks only its verb so the names inside it stay free for linking.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from crm_store.search.everyday import is_english_word
from crm_store.search.pinyin import to_pinyin
from handlers.parsing.vocabulary import ACTIVITY_WORDS, word_pattern
from handlers.understanding import lexicon as lx
from handlers.understanding.reading import Clause, Reading, Span, quoted

# Something sent to someone, said as done in Chinese with no kind word ("给恒信五金杨总发了资料",
# "订单号…已经发给刘建华确认了", "发咗份資料俾陳生"): a mail or message sent. Only the verb, or the 给 before
# the one it went to, is matched (the names stay free for linking); "把报价发给他" with no 了 is still to do.
_SENT_TO = (
    r"(?:给|俾|畀)(?=[^，,。；;！!？?\s]{1,20}?发(?:了|咗|过去了))"
    r"|发(?:了|咗)?(?:给|俾|畀)(?=[^，,。；;！!？?]{1,20}?(?:了|咗))"
    r"|发(?:了|咗)(?=[^，,。；;！!？?]{1,20}?(?:给|俾|畀))"
)
_SENT_TO_RE = re.compile(_SENT_TO)


def _sent_to(text: str, match: re.Match[str]) -> bool:
    said = _SENT_TO_RE.match(text, match.start())
    return said is not None and said.end() == match.end()


# Interactions of a kind counted or said done ("2 calls: …", "three visits today", "calls done - …"); a
# count after "more" / "to" / "need" is a plan or a target, not a report.
_COUNTED = (
    r"(?<![A-Za-z])(?<!more\s)(?<!to\s)(?:[1-9]|two|three|four|five|both)\s+{kind}\b(?!\s+(?:to|left|planned|booked|"
    r"lined|scheduled|tomorrow|next|this week|later)\b)|\b{kind}\s+(?:done|made|completed|today)\b"
)

# Phrasings beyond single words: "sent lukas the contract redlines" is an email; "去了" after 发/过/回
# ("方案发过去了", "回去了") is not a visit.
_KIND_PHRASES = {
    # "陳生打嚟，話要加倉位" (打来: rang us), "打嚟話…", "打过来问": a call to us, said before what they said
    # British "had a quick ring to say congrats", "gave her a ring": a call had (not a ring binder or road)
    "call": r"\b(?:had|gave|got)\s+(?:(?:him|her|them|[a-z]+)\s+)?a\s+(?:quick\s+)?ring\b"
    r"(?!\s+(?:binder|road|fence|light|main|finger))|"
    r"打(?:了)?(?:电话)?过?来(?=\s*(?:[，,。；;!！]|话|说|问|讲|找|$))"
    # a call made: 打 + the mark of a thing done, a measure word or 电话, then to whom (给, or 俾 / 畀 in
    # Hong Kong): "打咗俾黃美玲" (打了俾), "打了个电话给胡经理", "打咗電話畀梁小姐"
    r"|打(?:了)?(?:个|一个|一通|通)?(?:电话)?\s*(?:给|俾|畀)(?!\s*(?:折|个折))"
    r"|打(?:了)?(?:个|一个|一通|通)?电话去(?=[\u4e00-\u9fffA-Za-z])"  # "打咗個電話去九龍灣": called them
    # calls counted or said done, before the ones called: "Yesterday 2 calls: …", "calls done today - …"
    rf"|{_COUNTED.format(kind='calls')}",
    # "hit hawkeye + green bay fire this am", "then hit kalamazoo": went round to them (US sales talk); not
    # "hit the road", "hit a snag", "hit 50k", "hit me up"
    # "dropped off samples at kalamazoo", "dropped a two-four off at X": took them there (not "the call
    # dropped off", "interest dropped off")
    # "stopped at peoria hydraulic": called in there (not "the deal stopped at 50k", "stopped at proposal")
    # "去汉中仙毫茶业看了何老板", "看望了何老板", "去X找了Y": went there to see them (the 去 alone is matched,
    # so the customer's name stays free for linking; not 去年, 回去, 过去)
    "visit": rf"{_COUNTED.format(kind='visits')}|"
    r"(?<![回过出上下进送寄发失])去(?!年)(?=了?[\u4e00-\u9fffA-Za-z]{2,14}?(?:看(?:了|望|过)|找了))|看望|"
    # "今儿一早去中关村智能找刘总": went there this morning to see them (a 去 with no time gone by is a plan)
    r"(?:(?<=一早)|(?<=早上)|(?<=上午)|(?<=今早)|(?<=刚才)|(?<=刚刚))去(?=[\u4e00-\u9fffA-Za-z]{2,14}?找)|"
    # Shaanxi 克 (去) X 寻 (找) Y: "额今早克北郊物流园寻郭强" went there to see him (not 克 the gram: 五百克)
    r"(?<![\d一二两三四五六七八九十百千万几多])克(?=[\u4e00-\u9fffA-Za-z]{2,14}?寻)|"
    r"\bstopped\s+(?:in\s+|off\s+)?at\s+(?![\d$€£¥])(?!(?:the\s+)?(?:stage|proposal|negotiation|qualified|lead|"
    r"that|this|nothing|zero|around|about)\b)|"
    r"\bdrop(?:ped|ping)?\s+off\s+(?:(?:the|some|a|an|our|new|[\w-]+)\s+){1,3}?(?=at\b|to\b|with\b)|"
    r"\bdrop(?:ped|ping)?\s+(?:(?:the|some|a|an|our|new|[\w-]+)\s+){1,3}?off\s+(?=at\b|to\b|with\b)|"
    r"(?:^|(?<=[.;!,]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\balso\s))hit\s+(?![\d$€£¥])"
    r"(?!(?:a|an|the|me|us|him|her|them|it|my|our|their|your|this|that|up|back|reply|send|pause|snag|target|"
    r"targets|quota|number|numbers|budget|wall|ground|road|traffic|issues?|problems?)\b)",
    # a meal or a drink taken with them: eat/drink + 了/咗 + a meal word ("飲咗茶" 饮了茶, "食咗晏",
    # "吃了顿午饭", "喝了个早茶"); Hong Kong 饮茶/食晏 are a meeting over tea or lunch
    # Cantonese 倾咗 (talked), "同X傾完" (folded: 谈完): a talk with them, how not said, like 聊了聊; not
    # "倾咗个电话" or "喺电话度倾咗"; 谈完 only of a talk with someone (`_TALKED_WITH`), not "价格谈完"
    # "saw the doc today", "saw him at the expo": met them (not "saw the quote", "saw an email")
    "meeting": rf"{_COUNTED.format(kind='meetings')}|"
    r"\b(?:saw|seen)\s+(?=(?:the\s+)?(?:doc|doctor|dr|owner|boss|gm|ceo|md|manager|buyer|him|her|them)\b)|"
    # "saw Brendan at Toowoomba Ag this morning": a person by name, at their firm
    r"\b(?:saw|seen)\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:at|from|@)\s)|"
    r"(?<!电话)(?<!电话度)(?<!电话里)(?:倾(?:咗|了)|谈咗|(?:谈|聊)完)(?!\s*(?:个|一个|通|次)?\s*电话)|"
    r"(?:吃|食|喝|饮|咥)(?:了|完了?|过)?(?:个|顿|餐|一顿|一餐)?"  # 咥: eat, in Shaanxi
    r"(?:饭|晏|午饭|晚饭|早饭|早餐|早茶|下午茶|茶(?!叶)|咖啡|宵夜)",
    # "Mail an Gemma … raus" (German: a mail to her went out)
    # "Örebro Mejeri: mail today, they sign this afternoon", "got a mail from Jo": a mail came (not "mail
    # the contract", an order)
    "email": rf"\bmail\s+an\b|{_SENT_TO}|"
    r"\bmail(?=\s+(?:today|yesterday|this (?:morning|afternoon|evening)|from|back)\b)|"
    r"\bsent\s+(?:[\w()'’.&-]+\s+){0,6}?(?:the\s+|our\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:contract|proposal|quote|deck|redlines?|datasheets?|brochure|pricing|price list|specs?|slides|docs?|"
    r"documents?|invoice|one[\s-]pager|terms|agreement|nda|sow|estimate|spec sheet|order form|"
    r"case stud(?:y|ies))\b",
}


_NAMED_BEFORE = (
    "guy gal bloke fella fellow chap lady woman man girl lad person someone somebody firm company outfit"
)


_NOT_KIND = {
    "visit": re.compile(
        r"(?<=[发过回出上下进送寄])去了"
        r"|(?<=[单子户目人])跑了|跑了(?=[\d二两三四五六七八九十几好多半]|一(?!趟)|步|不了|掉)"  # "单子跑了"
        # "跑了两间", "跑了三家": went to two, three places
        r"(?![\d二两三四五六七八九十几好多半一]\s*(?:家|间|個|个|趟)(?!月|人|小时|钟))"
        # "deb just left midwest cold storage": she left the firm; "(I) just left X" is ours
        r"|(?<=[a-z] )(?<!\bi )(?<!\bwe )(?<!\bope )(?<!\bso )(?<!\bok )(?<!\bja )just left"
        # "the price was at 40k", "jan was at the expo": only the sender was there ("(I) was at X this am")
        r"|(?<=\w )(?<!\bi )(?<!\bI )(?<!\bwe )(?<!\bWe )(?<!\bjust )(?<!\bso )(?<!\bok )"
        r"(?<!\byesterday )(?<!\btoday )(?<!\bthen )(?:was|were|been) at"  # ("yesterday I was at X": ours)
        r"|(?:was|were|been) at"
        r"(?=\s*(?:[$€£¥₱]|\d|about|around|roughly|only|least|most|the (?:price|stage|point)))"
    ),
    # "想加个会议室项目": a meeting room, no meeting; "3 coffee dryers", "the breakfast buffet": a thing
    # named by the meal, not a meal taken together
    "meeting": re.compile(
        r"会议室|會議室"
        r"|(?i:(?:coffee|lunch|dinner|breakfast)\s+(?:dryers?|machines?|roast(?:ers?|ing)|beans|exporters?|farms?"
        r"|plants?|shops?|equipment|estates?|growers|co-?op|cooperative|business|industry|prices?|sector"
        r"|grinders?|makers?|bags?|cups?|pods?|capsules?|processing|harvest|crops?|trade|menus?|buffets?|service"
        r"|range|line|orders?|suppl(?:y|ies)|stock|stations?|bars?|area|room|kits?|packs?|boxes)\b)"
    ),
    # "call it 9.5k", "call it a day": a way of saying, not a call; "call it the freight tracking pilot": a
    # name given to a deal; "a young fella called Josh Teale", "a firm called Vantage": a name given, no call
    "call": re.compile(
        r"call it\b(?=\s*(?:[$€£¥]?\s*\d|even|a day|quits|done|the\s|[\"“'‘]))"
        r"|(?:" + "|".join(f"(?<={w} )" for w in _NAMED_BEFORE.split()) + r")called(?=\s+[A-Z])",
        re.IGNORECASE,
    ),
    # "has a new email dwayne@…", "email: dwayne@…": the address, a detail, not an email sent (another kind
    # word of the message is its interaction: "… - called him re the sign-off")
    "email": re.compile(r"e-?mail(?=\s*(?:address\s*)?(?:is\s+|:\s*|-\s*)?[\w.+-]+@)", re.I),
    # "鼎新包裝 掉單了 被對手用低價搶走 QQ": Taiwan's crying face (two weeping eyes) closing a line, no QQ
    # message; "发了QQ", "在QQ上说" name the messenger
    "message": re.compile(
        r"(?<![发發过過上用加在的了个個给給])(?<![发發过過上用加在的了个個给給] )"
        r"QQ(?=\s*(?:$|[!！~～。.,，…]))"
    ),
}


# A person's move said right before: "跳槽到荆州楚天去了", "调到天门鑫达去了" (the 去了 is their going).
_MOVED_THERE = re.compile(r"(?:跳槽|调|换|转)了?(?:去|到)[\u4e00-\u9fffA-Za-z]{2,20}$")


KIND_PATTERNS = {
    kind: re.compile(
        "|".join(word_pattern(w) for w in sorted(words, key=len, reverse=True))
        + (f"|{_KIND_PHRASES[kind]}" if kind in _KIND_PHRASES else ""),
        re.I,
    )
    for kind, words in ACTIVITY_WORDS.items()
}


_ALL_KIND_WORDS = frozenset(w for words in ACTIVITY_WORDS.values() for w in words)


# Kind words long enough to be recognised with one typo ("visted", "meting"): Latin words of 6+ letters.
_TYPO_WORDS = {
    w: kind for kind, words in ACTIVITY_WORDS.items() for w in words if w.isalpha() and len(w) >= 6
}


# Words right before a kind word that say the interaction did not take place.
_NEGATED = re.compile(
    r"(?:没有?|没空|没能|没法|没时间|未能|不能|无法|不方便)\s*$"
    # not answered or not done by them, no interaction of ours: "都不回消息", "一直不接电话", "没回邮件",
    # "isn't returning calls", "won't reply to my messages", "stopped answering emails"
    r"|(?:不|没有?|没再|不再)(?:回|接|理|看|复)?(?:我|我们|我的)?的?\s*$"
    r"|\b(?:won['’]?t|wouldn['’]?t|doesn['’]?t|don['’]?t|isn['’]?t|aren['’]?t|not|no longer|stopped|never)\s+"
    r"(?:replying|responding|answering|returning|reading|picking up|reply|respond|answer|return|read|pick up)"
    r"\s+(?:to\s+)?(?:my|our|any|the|his|her)?\s*$"
    r"|\b(?:didn['’]?t|did not|couldn['’]?t|could not|wasn['’]?t able to|weren['’]?t able to|never|"
    r"haven['’]?t|hasn['’]?t|have not|has not|hadn['’]?t|had not|not yet|yet to|"
    r"no time to|unable to|failed to)\s+(?:(?:get|manage|have time|find time|make it)\s+(?:to\s+)?)?$",
    re.IGNORECASE,
)


# A paper as the subject of "went out (to)": it was sent, nobody went ("quote went out to …", "the signed
# contract finally went out to them").
_PAPER_WENT = re.compile(
    r"\b(?:quote|quotation|proposal|offer|tender|bid|contract|invoice|pricing|price list|docs?|documents?|"
    r"paperwork|pack|samples?|order form|estimate)s?\s+(?:(?:just|finally|already|has|have|all)\s+)*$",
    re.IGNORECASE,
)


# The one a complaint word is aimed at is another firm, not us: "not happy with the cheaper vendor", "upset
# about their current supplier", "對現在的廠商很不滿意", "对原来的供应商不满": the talk is how it went (a
# visit, a call), their unhappiness with someone else is news, no complaint of theirs to us.
_VENDOR = (
    r"(?:[\w'’-]+\s+){0,3}?(?:vendors?|suppliers?|providers?|contractors?|integrators?|installers?|"
    r"competitors?|rivals?|incumbents?|partners?|forwarders?|carriers?|agenc(?:y|ies)|consultants?|"
    r"consultancy|outsourcers?|distributors?|resellers?|manufacturers?|makers?)\b"
)
_AT_ANOTHER_FIRM_AFTER = re.compile(
    r"^\s*(?:with|about|of|at|over|towards?)\s+(?:the|their|its|his|her|that|this|those|these)\s+" + _VENDOR,
    re.IGNORECASE,
)
_FIRM_CN = r"(?:供应商|厂商|厂家|服务商|承包商|代理商|集成商|合作方|竞争对手|对手|同行|别家|另一家|那家)"
_AT_ANOTHER_FIRM_BEFORE = re.compile(
    rf"(?:对|跟|和|与)(?:他们|她们|它们)?(?:现在|目前|原来|之前|以前|现有|旧|老)?的?[^，,。；;！!？?]{{0,8}}?{_FIRM_CN}"
    r"(?:的[^，,。；;！!？?]{0,8}?)?(?:很|非常|十分|特别|有点|有些|也|都|一直|挺|蛮|相当)*(?:不)?$"
)


def _at_another_firm(text: str, span: Span) -> bool:
    """Whether the complaint word at `span` is said of another firm (their vendor), not of us."""
    return bool(
        _AT_ANOTHER_FIRM_AFTER.search(text[span[1] : span[1] + 60])
        or _AT_ANOTHER_FIRM_BEFORE.search(text[max(0, span[0] - 24) : span[0]])
    )


# An event of theirs a time is told by: "after their board mtg", "until its budget review".
_THEIR_EVENT = re.compile(
    r"\b(?:after|before|until|till|til|following|post|ahead of|pending|once)\s+(?:their|its)\s+"
    r"(?:[\w-]+\s+){0,2}$"
    # "close date pushed, their board meeting moved": a meeting of their own body (one we sat in is ours)
    r"|(?<!\bjoined )(?<!\battended )(?<!\bin )(?<!\bat )\b(?:their|its)\s+(?:board|internal|management|mgmt|"
    r"exec|executive|budget|committee|shareholders?|agm|annual)\s+$",
    re.IGNORECASE,
)


# What they wish for, said right before the kind word in its clause: "acme wants an onsite visit before they
# sign", "they want 2 more techs on site", "asked for a demo" (no visit or demo of ours took place).
_WISHED = re.compile(
    r"\b(?:wants?|wanted|would like|['’]d like|asked for|asking for|asks for|requested|requesting|"
    r"keen on|interested in|hoping for|pushing for)\s+(?:(?:[a-z]+|\d+)\s+){0,5}$",
    re.IGNORECASE,
)


# A kind word said as done is no thing wished for: "asked for references, emailed them both".
_DONE = re.compile(r"(?:ed|\bmet|\brang|\bspoke|\bsent|\bsaw)$", re.IGNORECASE)


def _wished_at(before: str, word: str) -> bool:
    """Whether the kind `word`, right after `before` (its clause up to it), is something they wish for."""
    return bool(_WISHED.search(before)) and not _DONE.search(word)


def wished(text: str) -> bool:
    """Whether `text` says what they wish for with a kind word ("wants an onsite visit", "asked for a
    demo")."""
    return any(
        _wished_at(text[: match.start()], match.group(0))
        for pattern in KIND_PATTERNS.values()
        for match in pattern.finditer(text)
    )


def negated(text: str, start: int) -> bool:
    """Whether the kind word at `start` is said not to have happened ("没空见面", "couldn't meet")."""
    return bool(_NEGATED.search(text[max(0, start - 24) : start]))


_TALKED_WITH = re.compile(r"[跟同和与找]")  # "同港滙陳生傾完": who the talk was with


def kind_in(reading: Reading, clause: Clause) -> None:
    """The interaction this clause reports: a complaint wins, else the longest kind word."""
    found: list[tuple[bool, int, int, str, Span]] = []
    quotes = quoted(reading.text)
    for kind, pattern in KIND_PATTERNS.items():
        for match in pattern.finditer(clause.text):
            span = (clause.start + match.start(), clause.start + match.end())
            not_kind = _NOT_KIND.get(kind)
            if not_kind is not None and not_kind.match(clause.text, match.start()):
                continue
            if kind == "email" and reading.stage_span and _sent_to(clause.text, match):
                continue  # "报价今天发给邓卫星了": a stage's paper sent moves the deal (`sending_logged`)
            if kind == "visit" and _MOVED_THERE.search(clause.text[: match.start()]):
                continue  # "邓经理跳槽到荆州楚天去了": a person's move, no visit of ours
            if kind == "visit" and _PAPER_WENT.search(clause.text[: match.start()]):
                continue  # "quote went out to Café Boréal": the paper went, not us
            if negated(reading.text, span[0]):
                continue  # "没空见面", "couldn't meet", "haven't sent the quote": it did not happen
            if any(a <= span[0] < b for a, b in quotes):
                continue  # "Fwd: 'Dear Hamdan, further to our meeting …'": their words, no talk of ours today
            if kind == "complaint" and _at_another_firm(reading.text, span):
                continue  # "not happy with the cheaper vendor": unhappy with someone else, not with us
            stage = reading.stage_span
            if stage and span[0] < stage[1] and stage[0] < span[1] and _word_part(reading.text, span) != span:
                # "sent proposal today": the deal moves; that is the record, unless the deal does not move
                reading.stage_sent = reading.stage_sent or _word_part(reading.text, span)
                continue
            if _wished_at(clause.text[: match.start()], match.group(0)):
                continue  # "acme wants an onsite visit": what they want, not what we did
            if match.group(0) in ("谈完", "聊完") and not _TALKED_WITH.search(clause.text[: match.start()]):
                continue  # "价格谈完了": the price settled, no talk with someone logged
            if _THEIR_EVENT.search(reading.text[max(0, span[0] - 40) : span[0]]):
                continue  # "PO after their board mtg": their own meeting, when the deal moves; none of ours
            if not reading.is_masked(*_first_word(reading.text, _word_part(reading.text, span))):
                found.append((kind == "complaint", span[1] - span[0], -span[0], kind, span))
    if not found:  # a kind word said as wished is no typo of one either
        found = [
            f
            for f in typo_kinds(reading, clause)
            if not _wished_at(reading.text[clause.start : f[4][0]], reading.text[f[4][0] : f[4][1]])
        ]
    if not found:
        return
    topic = _TOPIC.search(clause.text)
    if topic is not None and any(f[4][1] <= clause.start + topic.start() for f in found):
        # "had a call with paul about the workshop": the workshop is what was talked about, not how
        found = [f for f in found if f[0] or f[4][1] <= clause.start + topic.start()]
    *_, kind, span = max(found)
    channel = [f for f in found if f[3] in ("message", "call", "email") and _by_channel(reading.text, f[4])]
    if kind == "meeting" and channel:
        *_, kind, span = max(channel)  # "微信上跟顾总聊了下", "chatted on whatsapp": the talk went that way
    reading.masked.extend(_word_part(reading.text, f[4]) for f in found)
    if reading.kind is None or (kind == "complaint" and reading.kind != "complaint"):
        reading.kind, reading.kind_span = kind, span


# What the talk was about, said after how it went ("about the workshop", "re the demo", "关于演示").
_TOPIC = re.compile(r"\b(?:about|(?<!['’])re|regarding|concerning)\b|关于|有关", re.IGNORECASE)


def _by_channel(text: str, span: Span) -> bool:
    """Whether a kind word is said as the way a talk went: "微信上", "电话里", "通过微信", "on whatsapp",
    "over the phone", "via teams"."""
    before = text[max(0, span[0] - 12) : span[0]]
    # "微信聊了下", "电话沟通了", "微信说": the channel right before the talk
    # ("微信语音跟锡星缪总聊了下": a voice call on WeChat)
    after = re.match(r"\s*(?:[上里中]|聊|谈|沟通|说|講|讲|语音|語音|视频|視頻)", text[span[1] : span[1] + 3])
    return bool(after or _CHANNEL_BEFORE.search(before))


_CHANNEL_BEFORE = re.compile(r"(?:在|用|通过|\b(?:on|via|over|by|through)(?:\s+the)?\s+)$", re.IGNORECASE)


def _word_part(text: str, span: Span) -> Span:
    """What of a kind match is a kind word: a phrase ("sent jane (acme) the proposal") only its verb,
    so the names inside it stay free for linking."""
    words = text[span[0] : span[1]]
    if " ".join(words.lower().split()) in _ALL_KIND_WORDS:
        return span
    return span[0], span[0] + len(words.split()[0])


def _first_word(text: str, span: Span) -> Span:
    """A kind phrase's first word: "spent the morning at acme" is a visit though its "morning" tells when."""
    return span[0], span[0] + len(text[span[0] : span[1]].split()[0])


# A phone call typed with a word that sounds like 电话: "打了电化", "通了店话" (a phone's input slip).
_CALLED_BY_SOUND = re.compile(r"(?:打|通)(?:了|过)?(?:个|一个|一通|一下)?([\u4e00-\u9fff]{2})")


def typo_kinds(reading: Reading, clause: Clause) -> list[tuple[bool, int, int, str, Span]]:
    """Kind words typed with one letter wrong, missing or extra ("visted helios solar"), and 电话 typed
    with other characters of its sound ("打了电化")."""
    found = []
    for match in _CALLED_BY_SOUND.finditer(clause.text):
        if to_pinyin(match.group(1))[0] == "dianhua":
            span = (clause.start + match.start(), clause.start + match.end())
            found.append((False, span[1] - span[0], -span[0], "call", span))
    for match in re.finditer(r"[A-Za-z]{5,}", clause.text):
        word = match.group(0).lower()
        span = (clause.start + match.start(), clause.start + match.end())
        if word in lx.STOPWORDS or word in _ALL_KIND_WORDS or reading.is_masked(*span):
            continue  # (a kind word typed right was read, or passed over, by `kind_in` already)
        if is_english_word(word):
            continue  # "graham walked me round": a word of its own, no "called" mistyped
        for known, kind in _TYPO_WORDS.items():
            if abs(len(known) - len(word)) <= 1 and Levenshtein.distance(word, known, score_cutoff=1) <= 1:
                found.append((kind == "complaint", span[1] - span[0], -span[0], kind, span))
                break
    return found


_TALKED = re.compile(r"\b(?:talked|spoke|chatted)\b", re.I)


_IN_PERSON = re.compile(
    r"\b(?:at|during)\s+(?:the|a|an|their|our)\s+(?!phone\b)\w+|\bin person\b"
    r"|\bover (?:lunch|coffee|dinner|drinks)\b",
    re.IGNORECASE,
)


_ON_PHONE = re.compile(r"\b(?:phone|call|rang|dialed|voicemail|zoom|teams)\b", re.I)


def in_person(reading: Reading) -> None:
    """ "talked w ben at the mixer": talking somewhere is a meeting; "spoke w her by phone" stays a call."""
    if reading.kind != "call" or reading.kind_span is None:
        return
    clause = reading.clause_of(reading.kind_span[0])
    word = reading.text[reading.kind_span[0] : reading.kind_span[1]]
    if not _TALKED.match(word) or _ON_PHONE.search(clause.text):
        return
    if _IN_PERSON.search(clause.text):
        reading.kind = "meeting"
    # "visited acme and talked to jane and bob": the talk was part of the visit, not a phone call
    for kind in ("visit", "meeting"):
        if KIND_PATTERNS[kind].search(clause.text):
            reading.kind = kind
            return
