"""What a clause that carries doubt governs: the slots it says are questions, not values to store.

A hedge ("might be back on", "可能下个月"), a not-yet ("nothing firm yet", "未确定", "还没敲定") or hearsay
("heard through the grapevine", "听说", "聽講") says the writer does not know. Every slot the doubting words
govern (an amount, a close date, a stage, an outcome, a reopen) is then asked about, never stored; and a note
that would keep only the words is asked about too when the words are the deal's news (a hedged "they may come
back to us" stored as a note drops the doubt and keeps a guess). Which words govern which slots:

- a hedge governs its own clause; a not-yet or a condition governs its clause, or, said on its own
  ("，未确定", ", tbc", "然后又说不一定": a clause that is nothing but the doubt, said of the sentence by a
  connective, a saying word or the customer's people), the sentence it ends; a not-yet said of the deal's
  price ("X price is still negotiating, around 2.5 million") governs its sentence; hearsay governs the
  rest of its sentence;
- a yes still missing ("Maeve hasn't signed off", "老板还没签字"), a price still talked about ("under
  discussion", "仲倾紧") and a figure with nothing committed are not-yets; "could", "looks like", "应该能"
  are a hedge and an estimate; "if" is a condition unless it asks ("see if", "asked if");
- a close date said with an estimate only ("probably end of June", "估计1月15号能签") is a close date as
  always (an expected close is an estimate): only a possibility or a not-yet doubts it.

Two more ways to say a time nobody can store: by reference to a day the CRM does not know ("same time
as last year", "跟去年一样的时间") and a deferral to an event ("等过了端午再说", "wait till after the
summer"), in a message that records no interaction; a meeting said inside the deferral is theirs, not one
of ours ("等他们开完会再说", "decision will be after their board meeting"). A change of the contact person
with nobody named ("换了对接人", "new contact at X, colleen's handing off"). A value said in a question
("要不要改成negotiation？", "12 million is OK?"; not a request to us, "can you move X to …?") and a wish
of theirs about the currency with the figure said before it ("quote 50k, they want it in US dollars")
are asked. A note with nothing else read whose doubted words are the deal's news (its money, its
signing, its order, a figure: "要是老板点头就签", "they could go to 40 if we throw in servicing") is
asked too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from crm_store.search.normalize import unaccented
from handlers.parsing.amounts import NamedCurrency, currencies_named
from handlers.parsing.dates import When
from handlers.parsing.months import names_whole_month
from handlers.understanding import lexicon as lx
from handlers.understanding.people import read_news
from handlers.understanding.reading import Reading, Span
from handlers.understanding.rough_days import after_a_holiday, mid_of_a_named_month, rough_words

# A possibility: the writer does not know whether it happens.
_MAYBE = re.compile(
    r"\b(?:might|maybe|possibly|perhaps|could(?!\s+(?:you|u|ya|not|never)\b)|may(?=\s+(?:well\s+)?(?:be|come|go|move|sign|"
    r"close|slip|want|need|reopen|restart|end up|still|have|get|push|switch)\b))\b"
    r"|可能|也许|或许|说不定|不一定|有机会|未必"
    # the writer's own doubt: "I think", "not sure", "50/50", "we'll see", "我觉得悬", "唔肯定"
    r"|\b(?:i think|i guess|i reckon|i believe|not sure|unsure|not certain|no idea|who knows|we['’]ll see|"
    # (a hope is no plan: "fingers crossed" beside a day they sign: three blind writers ask)
    r"iffy|touch and go|fifty-fifty|fingers crossed)\b|\b50/50\b"
    r"|我觉得|我感觉|我猜|猜测|悬|没把握|没底|说不准|说不好|"
    r"难说|不好说|不确定|不肯定|唔肯定|唔知|拿不准|睇下点|睇吓点|走着瞧"
    # waiting to see what comes of it: "let's see", "let us see" (not "let's see the demo")
    r"|\blet(?:['’]?s|\s+us)\s+see\b(?!\s+(?:the|a|an|them|him|her|you|it|each|what)\b)"
    # a saying denied, the outcome it names neither said nor denied: "wouldn't say X is dead",
    # "不能说X就没戏了"
    r"|\b(?:wouldn['’]?t|would not|can['’]?t|cannot|couldn['’]?t|won['’]?t|shouldn['’]?t)\s+"
    r"(?:really\s+|yet\s+)?"
    r"(?:say|call|count|consider|write off|rule out)\b|(?:不能|不敢|没法|不好|不会)(?:说|讲|算)"
    # a figure only put forward: "threw out 48k", "countered at 44k", "还价到十六万"
    r"|\b(?:floated|threw out|tossed out|counter(?:ed|-?offer(?:ed)?)|ball-?park(?:ed)?)\b|还价|还了个价"
    # a lean, not a decision: "leaning toward signing", "minded to sign", "倾向于年中前签"
    r"|\b(?:leaning|leans?|tilting|minded|inclined)\s+(?:toward|towards|to)\b|倾向|偏向"
    # let's see whether, a figure with a guessing 吧: "看看能不能重新启动", "金额十五万吧"
    r"|看看?能不能|看能否|(?<=[万千百\dkK])吧|(?<=[万千百\dkK]\s)吧|(?<=[万千百\dkK]左右)吧|(?<=[万千百\dkK]上下)吧"
    # a yes only roughly: "报价差不多就行" (to which figure?)
    r"|差不多就(?:行|可以|好|得)"
    # a saying denied both ways: "not saying X won't sign, just not saying they will either", "不是说X不签，
    # 也没说一定签", "我没说X丢了"
    r"|\b(?:i['’]?m\s+|am\s+)?not\s+saying\b|(?:^|(?<=[，,。\s]))(?:我|他|她|他们)?(?:不是说|没说)(?=[^，,。；;]{2,})"
    r"|也(?:没有?|不是|没)说"
    # the same in German inside English ("budget vielleicht 25k", "könnte 70k werden", "dann wären's 150k")
    r"|\b(?:vielleicht|eventuell|möglicherweise|könnten?|wären?|wär['’]?s|unsicher)\b|\bevtl\b",
    re.IGNORECASE,
)
# A figure settled on, said with a "let's" 吧: "那就报六十万人民币吧", "就按五十万吧" (not "五十万吧" alone).
_SETTLED_ON = re.compile(r"那就|那么就|那我们就|就按|那按|就报|就定|就这么|就用|就写")
# Said mockingly, the writer believing the opposite: "yeah right, X's signing friday 🙄", "oh sure", "呵呵，…
# 下周签，鬼才信", "信你个鬼", "…才怪". Whatever the message would store is asked about.
_MOCKING = re.compile(
    r"🙄|😒|🙃|\b(?:yeah|yea|ya)\s+right\b|\boh\s+sure\b|\bas\s+if\b(?!\s+(?:it|they|he|she|we)\s+(?:were|was)\b)"
    r"|(?:^|(?<=[，,。\s]))呵呵|信你个鬼|信(?:你|他|她|他们)个鬼|信(?:你|他|她|他们)?才怪|鬼才信|骗鬼|(?<=[了签单吧的])才怪",
    re.IGNORECASE,
)
# Said, then taken back: "said yes then backtracked", "后来又反悔了", "changed her mind": what the sentence
# said before it is in doubt.
_TAKEN_BACK = re.compile(
    r"\bback-?track(?:ed|ing)?\b|\bback-?pedal(?:l?ed|l?ing)?\b|\bchanged (?:their|his|her|its) minds?\b"
    r"|\bgot cold feet\b|反悔|变卦|改口|又不(?:签|要|买|做)了",
    re.IGNORECASE,
)
# A yes with nothing said of what it was to: "Kevin said yes", "she says yes" (not "said yes to the pilot",
# "said yes to the quote, PO next week").
_BARE_YES = re.compile(r"\b(?:said|says|saying)\s+yes\b(?!\s+to\b)", re.IGNORECASE)
_YES_TO_WHAT = re.compile(
    r"\b(?:deal|contract|order|po|p\.o\.|proposal|quote|quotation|pricing|price|offer|terms|pilot|renewal|"
    r"sign(?:s|ed|ing)?|purchase|buy|go[\s-]?ahead|upgrade|expansion|extension)\b",
    re.IGNORECASE,
)
# An estimate: doubts an outcome, a reopen, a stage or an amount said with it, not a close date (which is
# an estimate anyway).
_ESTIMATE = re.compile(
    r"\b(?:probably|prob|likely|hopefully|looks like|seems(?: like)?)\b"
    # how it came across, not what was said: "sounded like a yes", "sounds like they're in", "听起来要签"
    r"|\b(?:sounds?|sounded|sounding|felt|feels?)\s+like\b|\b(?:appears?|appeared)\s+to\b|听起来|看起来|看来"
    # sure only so far: "pretty sure they'll walk", "fairly sure it's 30k" (not "sure", "make sure")
    r"|\b(?:pretty|fairly|reasonably|quite|almost|nearly)\s+(?:sure|certain|confident)\b"
    r"|估计|估摸|好像|似乎|看样子|恐怕|八成|多半|大概率|争取"
    # basically so, not quite: "基本定了", "基本上没问题" (not "基本功能", "基本款")
    r"|基本(?:上)?(?=(?:已经?|都|算|就)?(?:定|成|搞定|谈妥|谈好|敲定|签|落实|没问题|ok|okay|同意|答应|确定))"
    # a goal, not a value: "goal is to get X to 110k", "aim is", "trying to get X up to", "目标是把X做到"
    r"|\b(?:goal|aim|target|objective)(?:\s+(?:is|was|for|here))?\s*(?:[:：]|\bto\b|\bis\b|\bfor\b)"
    r"|\b(?:trying|hoping|want|wanting|aiming)\s+to\s+(?:get|push|bring|grow|take)\b"
    r"|目标|力争|想办法(?:把|让)"
    # "应该会", also with how soon between ("应该很快会进入方案阶段", "應該好快會…"); not "应该是26万"
    # (a value put right)
    # ("应该这个月能签下来", "应该年底会定": a time said between)
    r"|应该(?=(?:[这今下本明后上]?[个個]?(?:月|周|星期|礼拜|季度|季|年)(?:底|初|内|中|前)?|今天|明天|后天|节前|节后)?"
    r"(?:很快|马上|快要?|好快|就|也|都|还)*(?:能|会|可以|没问题|问题不大))"
    # German in English: "wahrscheinlich so 250k", "eher 150k" (more like), "dürfte 40k sein"
    r"|\b(?:wahrscheinlich|vermutlich|voraussichtlich|dürften?|eher)\b",
    re.I,
)
# Not decided yet: "nothing firm yet", "not confirmed", "tbc", "未确定", "还没敲定", "未 confirm", "仲未落实".
_NOT_YET = re.compile(
    r"\bnothing(?:['’]s|\s+is)?\s+(?:firm|final|committed|confirmed|definite|concrete|official|settled|decided|fixed|"
    r"set|locked|agreed)\b"
    r"|\bnot\s+(?:yet\s+)?(?:firm|final|finali[sz]ed|confirmed|definite|official|settled|decided|fixed|"
    r"locked in|set in stone|agreed|100%)\b"
    r"|\b(?:tbc|tbd|unconfirmed|to be (?:confirmed|decided|determined|agreed))\b"
    # a yes still missing: "Maeve hasn't signed off", "head office has not approved", "老板还没签字"
    r"|\b(?:has|have|had|is|are)(?:n['’]?t|\s+not)\s+(?:yet\s+)?(?:signed|approved|agreed|committed|confirmed|"
    r"decided|finali[sz]ed|settled|locked (?:it )?in|made up (?:their|his|her|its) minds?|"
    r"given (?:the )?(?:go-?ahead|green light|ok))\b"
    r"|(?:还|尚|仍|仲)(?:没有?|未)(?:签字|签|同意|点头|答应|盖章)"
    # the price still talked about: "still under discussion", "仲倾紧"
    r"|\b(?:under|up for)\s+(?:discussion|negotiation)\b|仲?(?:在)?倾紧|还在倾|仲(?:在)?倾"
    r"|\bno (?:firm\s+)?(?:commitment|confirmation|decision)\b"
    r"|(?:未|还未|尚未|仍未|仲未|还没有?|暂时没有?|暂未|没有?)\s*(?:最后|最终|正式|真正)?\s*"
    r"(?:确定|确认|定下来|定|落实|敲定|拍板|决定|准信|谱|confirm|final|firm|落定)"
    r"|待定|待确认|待落实"
    # no word given that holds: "没把话说死", "话还没说死", "didn't commit to a number"
    r"|(?:没|未|还没|仲未)(?:有)?(?:把话)?说死|话(?:还|都)?(?:没|未)说死|没(?:有)?说定|\bdidn['’]?t commit\b"
    # said as provisional or still open: "pencilled in", "暂定", "初步定在", "还在考虑", "领导还没批"
    r"|\b(?:tentative(?:ly)?|pencil(?:l)?ed in|provisional(?:ly)?|pending|awaiting)\b"
    r"|\bstill\s+(?:waiting|deciding|thinking|considering|discussing|negotiating|to be)\b"
    # the figure still being worked out: "still crunching the numbers", "还在算", "仲喺度計"
    r"|\bstill\s+(?:crunching|running|working out|doing|calculating|figuring(?: out)?|costing)\b"
    # the same in the passive: "still being negotiated", "terms still being worked out", "being hammered out"
    r"|\b(?:still\s+)?(?:being|getting)\s+(?:negotiated|discussed|worked out|hammered out|ironed out|"
    r"thrashed out|finali[sz]ed|sorted(?: out)?|haggled over)\b"
    r"|\b(?:have|has)?\s*yet to\b"
    r"|暂定|暂估|先抓|先估|先按[^，,。；;]{0,6}?估|初步(?:定|确定|商定|谈定)|还要再谈|还要再看|还在(?:考虑|等|谈|商量|评估|议价|议|磋商|协商|讨价还价|算|核算|核|计算|估算|测算|盘算)|仍在考虑|(?:还|仲|尚)?(?:没|未)(?:有)?(?:批|审批|批准)"
    r"|待批|审批中"
    # nearly there, still weighing it: "close to signing", "差不多签了", "快签了", "considering going up to"
    r"|\b(?:almost|nearly|close to)\s+(?:signing|signed|closing|closed|there|done|final|a deal|the line)\b"
    r"|差不多(?=签|搞定|成|定|谈妥)|快(?:要)?(?:签|成交|定了|搞定)"
    r"|\b(?:considering|thinking about|mulling(?: over)?|weighing(?: up)?)\b|在考虑|考虑中"
    # a wait with no end said: "现在又说要再等等", "holding off for now"
    r"|再等等|先等等|等一等|还要等|要再等|\bhold(?:ing)? off\b|\bwait and see\b"
    # one step still missing: "就差盖章", "只差老板签字", "still just need their signature", "all but signed"
    r"|(?:就|只|还)差(?=[^，,。；;！!？?\s\d]{1,8})"
    r"|\b(?:just|only|still)\s+(?:need|needs|needing|waiting\s+(?:on|for))\s+(?:the\s+|their\s+|a\s+|his\s+|her\s+)?"
    r"(?:[a-z]+['’]s\s+)?(?:signature|sign-?off|stamp|approval|po|p\.o\.|paperwork|go-?ahead|green light)\b"
    r"|\ball but (?:signed|done|closed)\b",
    re.IGNORECASE,
)
# The paper still to come ("awaiting PO", "pending signature"): no win yet, but the figure and the close said
# beside it stand.
_AWAITED_PAPER = re.compile(
    r"(?:pending|awaiting)\s+(?:the\s+|their\s+|a\s+|client['’]?s?\s+)?(?:po|p\.o\.|purchase\s+order|signature|"
    r"sign-?off|paperwork|contract|countersignature)\b",
    re.IGNORECASE,
)
# A condition: the slot holds only if something else happens ("subject to board approval", "要看董事会批不批",
# "視乎老闆批唔批", "depending on the grain prices", "if so we'd close end of June").
_CONDITION = re.compile(
    r"\b(?:subject to|depending on|depends on|dependent on|contingent on|assuming|provided that|as long as|"
    r"if so|provided|only if|unless|on condition|"
    r"once (?:they|the board|legal|finance|budget|[a-z]+) (?:gets?|approves?|signs? off|agrees?|confirms?))\b"
    # a change after something still to happen, its verb in the present: "once the partners sign off", "as
    # soon as legal clears it" ("once they signed" is what happened)
    r"|\b(?:once|as soon as)\s+(?:(?:the|their|our|his|her|its|[a-z]+['’]s|[a-z]+)\s+){1,3}?"
    r"(?:get|gets|approve|approves|sign|signs|agree|agrees|confirm|confirms|clear|clears|ok|oks|okay|okays"
    r"|decide|decides|finish|finishes|pay|pays|is|are|has|have)\b(?!\s+(?:been|had)\b)"
    # "if the pilot goes well", not an indirect question ("see if", "asked if", "not sure if")
    r"|(?<!\bsee )(?<!\bask )(?<!\basked )(?<!\basking )(?<!\bcheck )(?<!\bknow )(?<!\bsure )"
    r"(?<!\bwonder )(?<!\bwondering )(?<!\bwondered )(?<!\bout )\bif\b"
    # ("要看董事会批不批", "要看预算"; not "姜老板要看烘干机的资料": he wants to see them)
    r"|要看(?=[^，,。；;！!？?]{0,14}?(?:([\u4e00-\u9fff])不\1|怎么|是否|能否|情况|结果|意思|决定|反馈|态度|预算|批|定))"
    r"|看情况|取决于|视乎|看(?:董事会|老板|领导|预算|他们)|如果|要是|假如|前提是|除非|只要|一旦"
    # whatever someone says or decides: "看范经理下周怎么说", "看老板的意思", "看客户反馈"
    r"|看[^，,。；;！!？?\d]{1,12}?(?:怎么说|怎么讲|怎么定|怎么决定|的意思|意见|决定|反馈|态度|答复)"
    r"|(?<=[\u4e00-\u9fff])的话"  # "要下单的话大概4万5": if they order
    r"|等(?=[^，,。；;！!？?\s]{1,14}?就)"  # "等预算批下来就签": when that happens, not now
    r"|等(?=[^，,。；;！!？?\s]{1,14}?(?:之后|以后|后|了再|再))",  # "等合伙人签字后进谈判": after, not now
    re.IGNORECASE,
)
# Hearsay: what the writer heard, not what the customer told or did ("heard back from" is a reply).
_HEARSAY = re.compile(
    r"\b(?:heard|hearing|i hear)\b(?!\s+(?:back|from|nothing|about)\b)|\bword is\b|\bword on the street\b"
    # from nobody of theirs: "heard from a friend at the clinic", "heard from someone" ("heard from jane" is
    # her reply)
    r"|\bheard\s+(?:it\s+)?from\s+(?:a|an|some|someone|somebody|one of|my|our|people|friends?|a mate)\b"
    r"|\brumou?r(?:s|ed)?\b|\bapparently\b|\bsupposedly\b|\ballegedly\b|\bgrapevine\b"
    r"|听说|听讲|听人(?:说|讲|话)|听别人(?:说|讲)|据说|据闻|传闻|传言|听闻|有人说",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?。！？；;\n]+(?!\d)")

# The deal's news said without a value: they may come back, the order or price may change.
_RETURN = re.compile(
    r"(?:回来|回头|返|又|再)\s*(?:想)?\s*(?:找|搵)(?:返|回)?\s*(?:我们|我哋|我)|(?:找|搵)(?:返|回)(?:我们|我哋|我)"
    r"|重新考虑|救回来|挽回|\bcome back to us\b|\bback to us\b|\breconsider(?:ing)?\b|\btalk to us again\b",
    re.IGNORECASE,
)
# The deal's order, beside its money words (`lx.MONEY_WORDS`).
_ORDER = re.compile(r"(?<![A-Za-z])(?:order|po)(?![A-Za-z])|订单|单子|加单|下单", re.IGNORECASE)
_DEAL_WORDS = (lx.MONEY_WORDS, _ORDER, lx.DEAL_NOUN)

# A share or a multiple of a figure the message does not give, or a figure matched to another's: the value
# is the other's, which is not said. What it is of is money: a quote, a price, what someone paid.
_MONEY_OF = (
    r"(?:quote[ds]?|quoting|proposed|proposal|price[ds]?|pricing|paid|pays?|paying|charged?|spent|spend|"
    r"order|job|deal|amount|contract|invoice|offer|bid|figure|number|fee|budget|signed for|got)"
)
_SHARE_OF = (
    r"\b(?:half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|one\s+quarter|three\s+quarters|twice|"
    r"double|triple|three\s+times|(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b))"
    r"\s+(?:(?:of|off|on|above|below|over|under)\s+)?(?:what|whatever|the|our|their|his|her|its|last|that|this)\b"
    rf"[^,.;!?]{{0,30}}?\b{_MONEY_OF}\b"
    rf"|\bmatch(?:es|ed|ing)?\s+(?:it|that|this|the\s+\w+)?\s*(?:to\s+|with\s+)?(?:what|whatever)\b[^,.;!?]{{0,24}}?\b{_MONEY_OF}\b"
    rf"|\b(?:mirror(?:s|ed|ing)?|in\s+line\s+with|same\s+as|equal\s+to|as\s+much\s+as)\s+(?:what|whatever)\b"
    rf"[^,.;!?]{{0,24}}?\b{_MONEY_OF}\b"
    rf"|\b(?:price|quote|amount|value)\s+(?:it|them|this|that)\s+(?:the\s+)?same\s+as\b"
    # what another paid or got, as the value: "wants what napa got", "charge them whatever X is paying"
    r"|\b(?:wants?|wanting|give|get|charge|bill)\s+(?:them\s+|us\s+|him\s+|her\s+)?what(?:ever)?\s+"
    r"(?:[\w'’&-]+\s+){1,3}(?:got|gets|paid|pays|is\s+paying|was\s+paying|are\s+paying|signed\s+for)\b"
    r"|(?:按|照|是|为|做到?)[^，,。；;！!？?\d]{0,8}?(?:报价|价格?|金额|合同|单子?|那单|付的|给的|签的)的?"
    r"(?:一半|半价|[一二两三四五六七八九]分之[一二两三四五六七八九]|[一二两三四五六七八九]成|[一二两三四]倍)"
)


# A time said by reference to a day the CRM does not hold: "same time as last year", "跟去年一样的时间".
_BY_REFERENCE = re.compile(
    r"\bsame (?:time|date|day|week|month)(?: as)?(?: (?:last|the last|previous|before|usual))?\b"
    r"|\bsame as (?:last (?:time|year)|before|usual)\b|\blike last (?:year|time)\b|\bas (?:last year|usual)\b"
    r"|(?:跟|和|同|与)(?:去年|上次|往年|以前|之前)一样|(?:去年|上次|往年)(?:那个|同一个|同样的?)?时间|老时间|照旧的?时间"
    # a value by reference: "the same price as last time", "价格按上次的来"
    r"|(?P<value>\bsame (?:price|amount|number|figure|rate|terms|pricing)\b(?: as (?:last|before|the last))?"
    # the same figure as another's: "the same deal size as X's", "same money as the X job"
    r"|\bsame\s+(?:deal\s+|order\s+|contract\s+)?(?:size|value|money|budget|spend)\s+as\b"
    r"|(?:按|照)(?:上次|之前|以前|原来|原价|去年)(?:的|那个|报的|谈的)?(?:来|价格?|价钱|数|金额|报价)?)"
    # a value as a share or a multiple of another, or the same as another's, with no figure: "half of what
    # we quoted", "a third off our quote", "75% of the original quote", "twice last year's order", "match
    # it to whatever X paid", "按报价的一半来", "去年的两倍"
    r"|(?P<share>" + _SHARE_OF + r")",
    re.IGNORECASE,
)


def _value_known(reading: Reading, m: re.Match[str]) -> bool:
    """A value said by reference that names its value: the figure said right after or before it
    ("按原来8万做", "1200萬照原價"), or the deal's own former value when the message reopens it ("reopen了，
    按原价做": a reopened deal keeps its amount)."""
    if m.group("share") is not None:
        return bool(reading.amounts)  # "half what we proposed, so 23k": the figure is said
    if m.group("value") is None:
        return False
    return (
        reading.reopen
        or reading.talk_again
        or any(0 <= a.start - m.end() <= 2 for a in reading.amounts)
        # "日幣1200萬照原價", "8.5M JPY 照原價": the figure said right before it, as it stands
        or any(0 <= m.start() - a.end <= 2 for a in reading.amounts)
    )


# A time said only vaguely, for a close: "sometime later this year", "过阵子再签", "遲啲先落單".
_VAGUE_TIME = re.compile(
    r"\b(?:sometime|some time|later (?:this|in the|next) (?:year|month|quarter)|later on|eventually|"
    r"at some point|down the (?:road|line)|in (?:a few|a couple of|some) (?:weeks|months)|"
    # their next financial year, whose start differs by country and company: "sign in the new FY"
    r"(?:the\s+|their\s+|this\s+|the\s+current\s+)?(?:new|next|coming|this|current)\s+(?:financial|fiscal)\s+year"
    r"|(?:new|next|this|current)\s+fy|"
    # a half of the year: "in the second half", "H2", "下半年"
    r"(?:in\s+)?the\s+(?:first|second|back|latter)\s+half(?:\s+of\s+(?:the|this|next)\s+year)?|h[12])\b"
    r"|过阵子|过一阵|过段时间|迟些|迟点|晚点|晚些|迟啲|改天|回头再|新财年|下个?财年|新的财年|本财年|今个?财年"
    r"|(?:明年|今年)?(?:上|下)半年",
    re.IGNORECASE,
)
_PLACE_ORDER = re.compile(r"落单|落單")
# A signing bounded by an event the CRM cannot date: "wants to sign before the summer holidays", "sign
# before their fiscal year ends", "倾向于年中前签" (a bound the date reader read, "端午前签", is a day).
_BOUND = re.compile(
    r"\b(?:before|by|after|until|till|til|around|ahead of|in time for|no later than)\s+(?=\S)"
    r"(?!(?:them|him|her|us|me|you|it|everyone|everybody|all)\b)"  # "fine by them": a person, no event
    r"|(?:之前|以前|前|之后|以后|后)(?=[^，,。；;！!？?\s]{0,3}?(?:签|成交|落单|下单|定下来|拍板))",
    re.IGNORECASE,
)
# The deal's news in a note: money, the deal, its signing or ordering, a figure ("could go to 40").
_BUY = re.compile(
    r"\b(?:buy|buying|purchase|order|ordering|pull the trigger|go for it|go ahead|commit|proceed|sign)\b"
    r"|\b(?:agreed|said yes)\b|答应|同意|点头|买|订货|落单|\d|[一二两三四五六七八九十廿]+[十百千万]",
    re.IGNORECASE,
)


# The deal's size changed by a factor or a share, no figure said: "might double the order", "could halve the
# budget", "可能翻倍", "可能要砍一半预算", "縮細一半". Doubted, it is a value to come, also beside a logged
# visit.
_BY_A_FACTOR = re.compile(
    r"\b(?:double[sd]?|doubling|triple[sd]?|tripling|halve[sd]?|halving"
    r"|cut\s+(?:it\s+|that\s+|the\s+\w+\s+)?in\s+half)\b"
    r"|翻(?:一|两|几)?(?:倍|番)|加倍|减半|(?:砍|减|少|缩|缩小|缩细|降)(?:掉|咗|了)?(?:一半|一半左右|一成|三成|两成|一倍)",
    re.IGNORECASE,
)


# Their budget, and the year it is for ("2029年的预算", "their 2030 budget", "budget for 2029")
_BUDGET = re.compile(
    r"(?<![A-Za-z])budgets?(?![A-Za-z])|预算|(?<!\d)(?:19|20)\d\d(?=\s*(?:年|财年|budget))"
    r"|\b(?:fy|in|for)\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _budget_only(region: str) -> bool:
    """Whether the deal's news in `region` is only their budget ("他们2029年的预算还没批下来", "budget still
    pending"): a status of theirs to note, no value or signing of the deal still to come."""
    return bool(_BUDGET.search(region)) and not _deal_news(_BUDGET.sub(" ", region))


def hedged(text: str) -> bool:
    """Whether `text` says anything only as a guess, a not-yet, a condition or hearsay ("might", "可能",
    "not confirmed", "如果", "听说")."""
    return any(p.search(text) for p in (_MAYBE, _ESTIMATE, _NOT_YET, _CONDITION, _HEARSAY))


def _deal_news(region: str) -> bool:
    return any(p.search(region) for p in (lx.MONEY_WORDS, _ORDER, lx.DEAL_NOUN, lx.CLOSE_MARKERS, _BUY))


# Whether to do it, asked of ourselves (the mood of a question, with or without its mark): permission or
# advice sought ("can we move X to …", "could I mark it lost", "do we want to bump …", "is it time to …",
# "we should move …", "should the X deal go to …"), "该不该", "需不需要", "能不能" (not "能不能帮我": a
# request), "可以…吗" ("可以改成议价了吗"), "是否要". A request to us ("can you …", "帮我…") is an order.
_WHETHER_TO = (
    r"|\b(?:can|could|may|might|shall|should)\s+(?:i|we)\b|\b(?:i|we)\s+(?:should|could|might)\b"
    r"|\bdo\s+we\s+(?:want|wanna|need|have)\s+to\b|\bis\s+it\s+time\s+to\b"
    r"|(?:^|[.!?;]\s*)(?:should|shall|can|could)\s+(?:the|this|that|it|they)\b"
    r"|该不该|需不需要|能不能(?!帮)|是否(?:要|该|可以|需要)|可以[^，,。.;；！!?？]{0,16}?(?:吗|[?？])"
)
# A question about a value, not an order: "要不要改成negotiation？", "Tomoe amount 12 million is OK?", "should
# I move X to negotiation" (a request to us is an order: "can you move X to negotiation?", "帮我改成…").
_ASKING = re.compile(
    r"要不要|好不好|行不行|可不可以|是不是|对不对|对吗|\b(?:should|shall)\s+(?:i|we)\b"
    r"|\bis\s+(?:that|it|this)\s+(?:right|ok|okay|correct)\b" + _WHETHER_TO,
    re.IGNORECASE,
)
_WHETHER = re.compile(_WHETHER_TO[1:] + r"|要不要|\b(?:should|shall)\s+(?:i|we)\b", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:pls|plz|please)\b|帮我|帮忙|麻烦|请|能不能帮|可以帮",
    re.IGNORECASE,
)
_QUESTION_MARK = re.compile(r"[?？]|吗(?=\s*(?:$|[，,。.!！;；]))")
# An order to us that asks its own alternative: "… or should we wait for kylie", "… or is it too early?",
# "…，还是先不动？" (whether to is asked, not done).
_OR_NOT_YET = re.compile(
    r"\bor\s+(?:should|shall|do|would|is it|better|wait|hold|leave|keep|not)\b"
    r"|还是(?:先|等|不|别|暂时|再|保持|维持|留着)",
    re.IGNORECASE,
)
# What they told us to do, said after their words in the same sentence ("he said the order is now 65k and I
# should come back next week tuesday"): their wish reported, no question of ours.
_TOLD_TO = re.compile(
    r"\b(?:said|says|told\s+(?:me|us)|asked\s+(?:me|us)|wants?\s+(?:me|us)|advised)\b[^.!?;。！？；]*$",
    re.IGNORECASE,
)
# A wish of theirs about the currency is a request, not the deal's currency: "they want it in US dollars".
_WISH = re.compile(
    r"\b(?:wants?|wanted|would like|would prefer|would rather|prefers?|asking for|asked for|requests?|"
    r"requested)\b"
    r"|想要|要求|希望|想(?=把|将|改|换|用)",
    re.IGNORECASE,
)
# A contact handing over, the successor not named: "colleen's handing off", "向总不管了".
_HANDING_OFF = re.compile(
    r"(?:['’]s|\s+is|\s+are)\s+(?:handing\s+(?:it\s+|us\s+|things\s+)?(?:off|over)|"
    r"stepping\s+(?:back|down|aside|away)|moving on|leaving|retiring)\b|不管了|不负责了|交接(?:出去)?了",
    re.IGNORECASE,
)
# A deferral to an event, no day given: "等过了端午再说", "wait till after the summer", "等忙完这阵子再谈".
_DEFERRED = re.compile(
    r"等[^，,。；;！!？?]{1,14}?(?:再说|再谈|再聊|再倾|再看|再定|再讲|再算|再议|先算|先倾|先谈|先定|再决定|先决定|才决定|才定)"
    # a reminder put off to their event: "等他们预算会开完，再提醒我…", "等招标结束了到时候提醒我"
    r"|等[^。；;！!？?]{1,24}?(?:完|好|了|以后|之后|后|结束|下来)[，,\s]*(?:再|到时候?|那时候?)\s*(?:提醒|remind|叫我)"
    r"|\b(?:wait(?:ing)?|hold(?:ing)? off)\s+(?:un)?till?\s+(?:after\s+)?[^,.;!?]{1,30}?\s+"
    r"(?:to|and|then|before)\s+(?:decide|talk|revisit|look|see|pick)\b"
    r"|\b(?:revisit|circle back|pick (?:it|this) up)\s+(?:\w+\s+){0,2}?after\b"
    # a decision put off to their event: "decision will be after their board meeting", "will decide after
    # their board meets"
    r"|\b(?:decision|decide[sd]?|deciding|answer|go-?ahead)\b[^,.;!?]{0,25}?\b(?:after|till|until|following)\s+"
    r"(?:their|the|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|meets|review|board|audit|trip|holidays?|"
    r"conference|visit|call)\b",
    re.IGNORECASE,
)
# The contact person changed, nobody named: "换了对接人", "負責人換咗", "contact changed".
_ROLE = r"(?:对接人|对接的人|联系人|联络人|负责人|负责的人|窗口|采购)"
_PERSON_CHANGED = re.compile(
    rf"(?:换|转|变)(?:了|咗)?(?:个|一个)?{_ROLE}|{_ROLE}(?:那边)?(?:也|又)?(?:换|转|变)(?:了|咗|人)"
    r"|\b(?:contact|point of contact|buyer|account manager|person in charge)\s+(?:has\s+|have\s+)?"
    r"(?:changed|switched|moved on)\b|\bchanged\s+(?:the\s+|their\s+)?(?:contact|buyer|point of contact)\b",
    re.IGNORECASE,
)

# A contact moved inside the customer's own group (to its group company, head office, parent): still our
# contact there, someone to follow elsewhere, or gone? "冀中孙总监调到集团去了", "raj moved to head office".
_MOVED_IN_GROUP = re.compile(
    r"调(?:到|去|回)了?(?:集团|总部|总公司|母公司|上级公司)"
    r"|\b(?:moved|transferred|shifted|posted|promoted)\s+(?:up\s+)?(?:to|into)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:group|head\s+office|hq|headquarters|parent\s+company|corporate)\b",
    re.IGNORECASE,
)

# Someone else will follow the account, nobody named, said by whoever is named: "陈总说要换人跟",
# "换个人对接", "之后会换人", "someone else will take over the account".
_HANDED_ON = re.compile(
    r"换(?:了|咗)?(?:个|一个|另一个|其他)?人(?:来|去)?(?:跟进?|对接|负责|接手|接|管)|(?:要|会|将)换人(?![\u4e00-\u9fff])"
    r"|\b(?:someone|somebody|another person)\s+else\s+(?:(?:will|is going to|['’]ll|is|['’]s)\s+)?"
    r"(?:be\s+)?(?:takes?|taking|looks?|looking|handles?|handling)\s+(?:over|after|it|the)\b",
    re.IGNORECASE,
)


# A meeting or call said moved, to no day: "demo moved, pete will let me know when", "电话改期了".
_MOVED_AFTER = re.compile(
    r"\s*(?:(?:has|have|had)\s+been|got|was|is|been|has|'s)?\s*(?:moved|postponed|pushed(?:\s+(?:back|out))?|"
    r"rescheduled|delayed|bumped|shifted|put off)\b|\s*(?:被|也|又)?(?:改期|推迟|延期|延后|改时间|往后推|挪)",
    re.IGNORECASE,
)
_MOVED_BEFORE = re.compile(
    r"\b(?:moved|postponed|rescheduled|pushed|bumped|shifted)\s+(?:the|our|their|my)?\s*$", re.IGNORECASE
)
# The new day still to come: "pete will let me know when", "new date tbc", "时间再定", "等通知".
_DAY_TO_COME = re.compile(
    r"\b(?:let (?:me|us) know|tell (?:me|us)|get back to (?:me|us)|confirm|come back to (?:me|us))\b"
    r"[^.;!?]{0,16}?\b(?:when|date|day|time)\b|\b(?:tbc|tbd|to be confirmed)\b"
    r"|待定|再通知|另行通知|等通知|另约|再约时间|时间再定|再定时间|时间未定|时间待定",
    re.IGNORECASE,
)
# A change they want with no value said: "要换个方案", "重新报价？", "want a different package".
_CHANGE_WANTED = re.compile(
    r"(?:换|改|调整|重新|重做|重出)(?:个|一个|一下|下|过)?(?:方案|报价|价|合同|条款|配置)"
    r"|\b(?:different|another|other)\s+(?:package|proposal|quote|pricing|price|plan|scope|offer|config)\b"
    r"|\b(?:re-?quote|re-?price|redo the (?:quote|proposal))\b",
    re.IGNORECASE,
)


# A deal to be split in parts ("split the 66k into two POs", "break it into 2 phases", "那个案子要拆成两个",
# "这单分成两单签"): which parts, at how much each, is not said; asked, not noted away. Paying or delivering
# in parts ("pay in two instalments", "分两批交货", "分两期付款") is no split of the deal.
_SPLIT = re.compile(
    r"\b(?:split|splitting|break|breaking|divide|dividing|carve|carving|separate|separating)\s+"
    r"(?:(?:it|this|that|the|their|our|deal|order|contract|project|po|[$€£¥]?\d[\w.,]*)\s+){0,3}?"
    r"(?:up\s+)?(?:in|into)\s+(?:two|2|three|3|several|multiple|separate|smaller)\b"
    r"|(?:拆|拆分|分拆|切|分)(?:成|为|开成|开)?(?:两|二|2|三|3|几|多)(?:个|单|期|份|张|笔|部分|块|段|个单子?)"
    r"|拆单|拆开签|分开签",
    re.IGNORECASE,
)
_PAID_IN_PARTS = re.compile(
    r"\b(?:pay|paid|paying|payments?|instal+ments?|invoice[sd]?|invoicing|bill(?:ed|ing)?|deliver(?:y|ed|ies)?|"
    r"ship(?:ped|ments?)?|batch(?:es)?|tranches?)\b|付|款|交货|发货|交付|到货|送货|批(?!准)",
    re.IGNORECASE,
)


# A price per unit too small to be read as an amount ("每平35", "35元/平米", "每坪120"): a rate with nothing
# it comes to, no deal value; how much the deal is, is asked (a rate read as an amount is `deal_amounts`').
_SMALL_RATE = re.compile(
    r"每(?:[台套个件坪吨米箱]|平方米|平米|平方|平|小时)[^\d，,。；;！!？?]{0,3}?(?P<n>\d[\d.,]*)(?![\d.,]*\s*[万千亿kKwW])"
    r"|(?P<m>\d[\d.,]*)\s*(?:元|块)?\s*/\s*(?:平方米|平米|平方|平|㎡|坪|吨|米|箱|小时)"
)


# A customer named only as the other one of a kind: "the other HVAC one", "the other dental place", "另一家
# 做陶瓷的", "另外那家" (which one of them? not the customer named before).
_THE_OTHER_ONE = re.compile(
    r"\bthe other\s+(?:[\w&'’-]+\s+){1,3}?"
    r"(?:one|ones|place|shop|guys|company|account|client|customer|outfit)\b"
    # (not a bare "the other one": "dana says the other one let them down" is the rival they left)
    r"|另(?:一|外)(?:一)?家|另外那(?:一)?家|另一个客户|另外一个客户",
    re.IGNORECASE,
)


# A choice of a seller right before "另一家" / "the other company" ("选了另一家", "went with the other
# company"): the one chosen over us.
_CHOSE = re.compile(
    r"(?:选|选择|挑|拣|找|用|换|转|签|跟|给)(?:了|成|给)?\s*$"
    r"|\b(?:chose|picked|went with|signed with|gone with|going with|opted for|switched to)\s+$",
    re.IGNORECASE,
)


# A figure given as a span of bare numbers, or said given with no figure read: "48到52之间", "somewhere
# between 30 and 35", "给了个数", "came back with a number" (not a time: "between 2 and 3pm").
_FIGURE_GIVEN = re.compile(
    r"\d+(?:\.\d+)?\s*(?:到|至|-|~|～)\s*\d+(?:\.\d+)?\s*(?:之间|中间|左右|上下)"
    r"|\bbetween\s+\d+(?:\.\d+)?\s+and\s+\d+(?:\.\d+)?\b(?!\s*(?:am|pm|a\.m|p\.m|o['’]clock|:|点|号))"
    r"|(?:给|报|开|出)了?(?:个|一个)(?:数|价|数字|价钱)|\b(?:gave|give|came back with|threw)\s+(?:me|us)?\s*"
    r"(?:a|some|their)\s+(?:number|figure|price)\b",
    re.IGNORECASE,
)


_STAGE_CHANGED = re.compile(
    r"\bstage\s+(?:has\s+|have\s+|was\s+)?(?:changed|moved|updated|shifted)\b(?!\s+to\b)"
    r"|阶段(?:也|又)?(?:变了|改了|换了|调整了|变咗|改咗)"
    # the stage to be changed, no stage said: "update the stage on X", "need to change X's stage",
    # "X的阶段要改一下", "改一下X的阶段"
    r"|\b(?:change|update|move|fix|adjust|switch|bump|correct)\s+(?:the\s+|their\s+|its\s+|\S+['’]s\s+)?"
    r"(?:deal\s+)?stage\b(?!\s+to\b)"
    r"|阶段(?:要|得|需要|该|也要|也得)(?:改|调整|变|换|更新|动)|(?:改|调整|更新|换)(?:一下|下)?[^，,。；;\d]{0,10}?的?阶段",
    re.IGNORECASE,
)


# What may stand before a doubting word that is said of the sentence, not of a subject of its own: a
# connective, a pronoun, the customer's people ("但是领导还没批", "they're still deciding", "朱总还在考虑").
# ("华翔还在等财务" after news of 锦绣 is said of 华翔 only.)
_NO_SUBJECT = re.compile(
    r"(?:\b(?:but|and|though|although|however|so|still|they|they['’]re|he|she|it|we|their|the board|board|"
    r"legal|finance|management|head office|hq|headquarters|then|later|again|said|says|say|told us|now)\b"
    r"|但是?|不过|可是|只是|而且|我|觉得|感觉|现在|本来|他们|他|她|对方|领导|老板娘|老板|董事会|老细|上面|总部|总公司|上级|上头|然后|后来|之后|跟住|又|再|也|说|话|讲|[\s,，。.;；:：'’-])*",
    re.IGNORECASE,
)


def _of_the_sentence(reading: Reading, start: int, at: int) -> bool:
    head = reading.text[start:at]
    for _, a, b in sorted(reading.persons, reverse=True):
        if start <= a and b <= at:
            head = head[: a - start] + " " + head[b - start :]
    if _PRICE_SUBJECT.search(head):  # "Sendai Medical price is still negotiating, around 2.5 million"
        return True
    return _NO_SUBJECT.fullmatch(head) is not None or _known_person(reading, head)


def _known_person(reading: Reading, head: str) -> bool:
    """Whether `head` is only one of the customer's people, by a name the CRM holds, said as the subject
    ("…, dana hasn't finalised it", "Lionel's still crunching the numbers"): their doubt, like "they"."""
    words = [_folded(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"['’]s\b", " ", head))]
    if not words or len(words) > 2 or not reading.people.latin:
        return False
    names = {_folded(w) for name in reading.people.latin for w in name.split()}
    return all(w in names for w in words) and bool(_NO_SUBJECT.fullmatch(re.sub(r"[^\W\d_]+", " ", head)))


def _folded(word: str) -> str:
    return unaccented(word.lower())


# The deal's price as the subject of a not-yet: what it says is of every figure of its sentence.
_PRICE_SUBJECT = re.compile(
    r"(?<![A-Za-z])(?:price|pricing|amount|quote|figure|number|numbers|terms|deal|contract)(?![A-Za-z])"
    r"\s*(?:is|are|was)?\s*(?:still)?\s*$"
    r"|(?:价格|价钱|金额|报价|银码|总价|条款|合同)\s*(?:都|也|方面)?\s*$",
    re.IGNORECASE,
)
# What may follow a doubting word in a clause that says nothing else: "然后又说不一定", "then said maybe not".
_DOUBT_TAIL = re.compile(
    # (a chance said with it: "i think 90%", "maybe 70% sure")
    r"(?:\b(?:not|yet|though|tho|really|sure|at all|anymore|now|chance|likely)\b|(?<![\d.,])\d{1,2}\s*%"
    r"|吧|的|了|啊|呢|哦|喔|啦|咯|嘅|喎|噃|[\s,，。.!！?？~-])*",
    re.IGNORECASE,
)


def _sentence(text: str, position: int) -> Span:
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text) if m.end() <= position)]
    ends = [m.start() for m in _SENTENCE_BREAK.finditer(text) if m.start() >= position]
    return max(starts), min(ends, default=len(text))


def _has_slot(reading: Reading, start: int, end: int) -> bool:
    return any(start <= a < end for a, _ in _slots(reading, estimate=True))


def _slots(reading: Reading, *, estimate: bool) -> Iterator[Span]:
    """Where the reading's slots stand: amounts, the close date, a moved stage, an outcome, a reopen."""
    yield from ((a.start, a.end) for a in reading.amounts)
    if not estimate:
        yield from _close_spans(reading)
    if reading.stage_span is not None and reading.stage_moved:
        yield reading.stage_span
    if reading.outcome_span is not None:
        yield reading.outcome_span
    if reading.reopen or reading.talk_again:
        yield from (m.span() for m in lx.REOPEN.finditer(reading.text))
        yield from (m.span() for m in lx.TALK_AGAIN.finditer(reading.text))
        yield from (m.span() for m in _STARTED_AGAIN.finditer(reading.text))


# Beside their wish to talk again, the deal started over in plain words ("maybe restart things", "might pick
# it back up", "可能重新开始"): what a doubting word before them governs is the reopen.
_STARTED_AGAIN = re.compile(
    r"\b(?:restart(?:ed|ing)?|start(?:ing)?\s+(?:over|again|afresh)|pick(?:ing)?\s+(?:it|things)\s+(?:back\s+)?up"
    r"|re-?start\s+things|revive)\b|重新开始|从头再来|重来|再启动",
    re.IGNORECASE,
)


def _close_spans(reading: Reading) -> Iterator[Span]:
    if reading.close is None:
        return
    for at, when in reading.dates:
        if at >= 0 and when.spans and when.at.date() == reading.close:
            shift = at - when.spans[0][0]
            yield from ((a + shift, b + shift) for a, b in when.spans)


def _regions(reading: Reading) -> Iterator[tuple[Span, bool, str]]:
    """Each stretch of the message a doubting word governs, whether it is an estimate only, and its kind."""
    text = reading.text
    for pattern, kind in ((_MAYBE, "maybe"), (_ESTIMATE, "estimate")):
        for m in pattern.finditer(text):
            clause = reading.clause_of(m.start())
            if m.group(0) == "吧" and _SETTLED_ON.search(text, clause.start, m.start()):
                continue  # "那就报六十万人民币吧": a figure settled on, 吧 the "let's" of it, no guess
            alone = (
                _of_the_sentence(reading, clause.start, m.start())
                and _DOUBT_TAIL.fullmatch(text, m.end(), clause.end) is not None
            )
            if alone:  # "说下下周签 然后又说不一定": a clause that is only the doubt doubts its sentence
                yield _sentence(text, m.start()), kind == "estimate", kind
            else:
                yield (clause.start, clause.end), kind == "estimate", kind
    said = [
        (m, "paper" if _AWAITED_PAPER.match(text, m.start()) else "not_yet") for m in _NOT_YET.finditer(text)
    ]
    said += [(m, "if") for m in _CONDITION.finditer(text)]
    stage = reading.stage_span
    for m, kind in said:
        if m.group(0) in ("还在谈", "还在磋商", "还在协商") and not _PRICE_SAID.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue  # "欧元十一万五，还在谈": in talks, like "還在議價中" below (谈 alone names no stage)
        if stage is not None and m.start() < stage[1] and stage[0] < m.end():
            # "恒达傾緊價", "三十二萬，還在議價中": the words that name the negotiation doubt neither it
            # nor the figure beside them (the deal's figure while negotiated: set 14's writers store it)
            continue
        clause = reading.clause_of(m.start())
        own = _has_slot(reading, clause.start, clause.end) or _RETURN.search(clause.text)
        if own or not _of_the_sentence(reading, clause.start, m.start()):
            yield (clause.start, clause.end), False, kind
        else:  # "，未确定", ", nothing firm yet", "但是领导还没批": said of the sentence it is in
            yield _sentence(text, m.start()), False, kind
    for m in _HEARSAY.finditer(text):
        yield (m.start(), _sentence(text, m.start())[1]), False, "hearsay"
    for m in _TAKEN_BACK.finditer(text):
        yield (_sentence(text, m.start())[0], m.end()), False, "maybe"
    if not _YES_TO_WHAT.search(text):
        for m in _BARE_YES.finditer(text):  # "Kevin said yes": yes to what? a win read from it is a guess
            yield _sentence(text, m.start()), False, "maybe"


_PRICE_SAID = re.compile(
    r"价格|价钱|价|金额|报价|数"
)  # "价格还在谈": the figure is what is still talked over


def doubted_clauses(reading: Reading) -> None:
    """The slots a doubting clause governs become doubts (asked on the card, in the user's words); so does
    a note that would keep the doubted news only. See the module docstring."""
    text = reading.text
    for m in _DEFERRED.finditer(text):
        if reading.kind_span and m.start() <= reading.kind_span[0] < m.end():
            reading.kind = reading.kind_span = None  # "等他们开完会再说": their meeting, not one of ours
    logged = reading.kind_span is not None  # an interaction said: its note keeps what they said
    bare = not logged and not reading.steps  # only a note would be stored
    # not even a value beside the note (a deal put off is asked "to when?": "那单推迟了，老板还没批")
    nothing = bare and not reading.postponed and not any(_slots(reading, estimate=False))
    for (start, end), estimate, kind in _regions(reading):
        said = reading.said((start, end))
        closes = set(_close_spans(reading)) if not estimate else set()
        inside = [span for span in _slots(reading, estimate=estimate) if start <= span[0] < end]
        if inside and all(span in closes for span in inside):
            if said not in reading.close_doubts:
                reading.close_doubts.append(said)  # only the close: kept in a note when there is no deal
        elif inside and kind != "paper":  # "final value USD 80,000, awaiting PO": the order is what waits
            _doubt(reading, said)
        if reading.outcome_span and start <= reading.outcome_span[0] < end and not reading.outcome_doubt:
            reading.outcome_doubt = said
        planned = [s for s in reading.steps if start <= s.start < end and not s.explicit]
        if kind == "if" and any(lx.CLOSE_MARKERS.search(s.text) for s in planned):
            _doubt(reading, said)  # "如果六月份资金到位就签合同": a signing on a condition is no plan
        region = text[start:end]
        if kind == "hearsay" and not logged:
            _doubt(reading, said)  # a note of what was heard keeps a rumour as news
        elif (
            # a bare note: they may come back; a maybe, a not-yet or a condition about the deal, its
            # money or its order ("订单可能…", "要是老板点头就签", "if the pilot goes well they'll order"); an
            # estimate of it when nothing else is read ("they'll probably pull the trigger"); not a status
            # told beside a reminder ("预算还没批 … 下周再问问")
            (bare and kind != "estimate" and _RETURN.search(region))
            or (bare and kind == "maybe" and any(p.search(region) for p in _DEAL_WORDS))
            or (nothing and _deal_news(region) and not (kind == "not_yet" and _budget_only(region)))
            or (nothing and kind in ("maybe", "hearsay"))  # "eau claire might walk": a guess as news
            # "will sign if the owner approves, 40k", "要是董事会通过就签，30万": a signing on a condition
            or (not logged and kind == "if" and lx.CLOSE_MARKERS.search(region))
            # (an estimate of a change with no figure too: "the price will probably come down a bit")
            or (
                (kind != "estimate" or not any(start <= a.start < end for a in reading.amounts))
                and (lx.AMOUNT_TO_CHANGE.search(region) or _BY_A_FACTOR.search(region))
            )
        ):
            _doubt(
                reading, said
            )  # "amount maybe 再加一点", "可能會重新考慮我哋": a value or an outcome to come
    _details_guessed(reading)
    _asked_not_told(reading)
    _rough_days(reading, nothing)
    _rough_figures(reading, theirs_only=logged)
    if not logged:
        for pattern in (_BY_REFERENCE, _DEFERRED):
            for m in pattern.finditer(text):
                clause = reading.clause_of(m.start())
                timed = any(clause.start <= s.start < clause.end and s.due for s in reading.steps)
                # ("will sign on 28/6, PO expected same day": the day said before it, no earlier one)
                again = m.group(0).lower() == "same day" and any(at < m.start() for at, _ in reading.dates)
                if not (timed or again) and not (pattern is _BY_REFERENCE and _value_known(reading, m)):
                    _doubt(reading, reading.said(m.span()))  # when is that? asked, nothing noted away
        for m in _VAGUE_TIME.finditer(text):
            clause = reading.clause_of(m.start())
            closing = lx.CLOSE_MARKERS.search(clause.text) or _PLACE_ORDER.search(clause.text)
            if closing and reading.close is None:
                _doubt(reading, reading.said(m.span()))  # "wants to sign sometime later this year": when?
    if reading.close is None:
        _undated_bounds(reading)
    _quarter_alone(reading)
    for m in LUNAR_YEAR_END.finditer(reading.text):
        _doubt(reading, reading.said(m.span()))  # "年廿八約咗Nuno食飯": which day is that this year? asked
    _moved_to_no_day(reading)
    if nothing and reading.stage_sent is None:  # ("sent them another proposal" is news told)
        for m in _CHANGE_WANTED.finditer(text):
            _doubt(reading, reading.said(m.span()))  # "鑫达的胡经理说要换个方案": to what? asked
    for m in _SMALL_RATE.finditer(text):
        at = m.start("n") if m.group("n") else m.start("m")
        if not any(a.start <= at < a.end for a in reading.amounts):
            _doubt(reading, reading.said(m.span()))  # "每平35": a rate, the deal's value not said; asked
    for m in _SPLIT.finditer(text):
        start, end = _sentence(text, m.start())
        # (a meeting told, with the split as its news and no figure: "跟赵经理开会了，…想分两期做" logs it)
        if not _PAID_IN_PARTS.search(text, start, end) and (reading.amounts or not logged):
            _doubt(reading, reading.said((start, end)))  # "要拆成两个": which parts, how much each? asked
    for m in _MOCKING.finditer(text):
        _doubt(reading, reading.said(_sentence(text, m.start())))  # "yeah right, … 🙄": the opposite is meant
    for m in _THE_OTHER_ONE.finditer(text):
        if _CHOSE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "他们选了另一家": the seller they chose instead of us, no customer of ours
        _doubt(reading, reading.said(m.span()))  # "the other HVAC one wants a call": which customer is that?
    if nothing:
        for m in _FIGURE_GIVEN.finditer(text):
            _doubt(reading, reading.said(m.span()))  # "给了个数，48到52之间": which figure? asked, not noted
    _field_without_value(reading)
    for amount in reading.amounts:
        if _PRICE_WISHED.search(text, 0, amount.start):
            _doubt(reading, reading.said((amount.start, amount.end)))  # "老细想压到八十万": their ask
    if reading.stage is None:
        for m in _STAGE_CHANGED.finditer(text):
            _doubt(reading, reading.said(m.span()))  # "stage changed after today's meeting": to which?
    changed = [] if reading.persons else list(_PERSON_CHANGED.finditer(text))
    if changed and not read_news(text, reading.people):  # "换了对接人，新的是孔令辉" names the new one
        for m in changed:
            _doubt(reading, reading.said(m.span()))  # changed to whom? asked
    for m in _MOVED_IN_GROUP.finditer(text):
        _doubt(reading, reading.said(m.span()))  # moved within their group: still ours, or gone? asked
    handed = list(_HANDED_ON.finditer(text))
    if handed and not read_news(text, reading.people):  # "要换人跟，新的是李明" names the new one
        for m in handed:
            _doubt(reading, reading.said(m.span()))  # followed by whom? asked
    for m in _HANDING_OFF.finditer(text):
        leaving = text[max(0, m.start() - 30) : m.start()].split()[-1:] if m.group(0)[0] in "'’ " else []
        news = [n.who for n in read_news(text, reading.people)]
        others = [w for w in news if not leaving or leaving[0].lower() not in w.lower()]
        if not others:  # "new contact at X, colleen's handing off": handed to whom? asked
            _doubt(reading, reading.said(_sentence(text, m.start())))


# How a person's detail is said as a guess, beside the possibilities of `_MAYBE`: "好像", "似乎", "应该是",
# "大概是", "…吧", "or maybe", "will confirm", "我再确认下", "tbc".
_GUESSED = re.compile(
    r"好像|似乎|应该是|大概是|吧(?=\s*(?:$|[，,。.!！;；]))|(?:再|还要|还得|回头)确认|待确认|有待确认"
    r"|\bor\s+maybe\b|\b(?:i['’]?ll|will|to|need\s+to)\s+(?:re)?confirm\b|\btbc\b|\bto be confirmed\b",
    re.IGNORECASE,
)


def _details_guessed(reading: Reading) -> None:
    """A person's title, number or e-mail said inside a possibility or a not-yet ("plant manager I think or
    maybe GM", "new mobile, not confirmed yet"), or in a sentence that says it is a guess ("陈国栋好像升了副总
    吧，我再确认下") is a guess: asked, never stored."""
    text = reading.text
    regions = [span for span, _, kind in _regions(reading) if kind in ("maybe", "not_yet")]
    regions += [_sentence(text, m.start()) for m in _GUESSED.finditer(text)]
    if not regions:
        return
    for news in read_news(text, reading.people):
        for at, _ in news.details:
            region = next(((a, b) for a, b in regions if a <= at < b), None)
            if region is not None:
                _doubt(reading, reading.said(region))


# A field of a record said to change, in either order, with its value nowhere in the sentence: "the stage
# needs updating", "amount has to be changed", "金额要更新一下", "结案日要改", "更新一下X的签约日期",
# "fix the close date on X", "X's mobile number is wrong". To what is asked; nothing is noted away. The
# field: a deal's amount, stage or close day, a person's number or e-mail. The change: a verb of changing
# or a word saying the value is wrong, not denied ("doesn't need changing", "金额不用改").
_FIELD_EN = (
    rf"(?:deal\s+)?(?:amount|value|figure|stage)|{lx.CLOSE_FIELD_EN}"
    r"|(?:phone|mobile|cell|contact)\s+(?:number|no\.?|#)|e-?mail(?:\s+address)?|currency"
)
_CHANGE_EN = (
    r"(?:update|updating|updated|change|changing|changed|amend|amending|amended|revise|revising|revised|"
    r"fix|fixing|fixed|correct|correcting|corrected|adjust|adjusting|adjusted|edit|editing|edited|"
    r"modify|modifying|modified|redo|redone|refresh|refreshing|refreshed)"
)
_FIELD_ZH = (
    rf"金额|总价|合同额|合同金额|阶段|{lx.CLOSE_FIELD_ZH}"
    r"|手机号码?|电话号码|联系电话|号码|邮箱|电邮|邮件地址|币别|币种|货币"
)
_CHANGE_ZH = r"(?:更新|修改|更改|变更|调整|改|调|变动|换|不对|有误|错了|过时)"
_FIELD_TO_CHANGE = re.compile(
    # the field first: "stage needs updating", "the amount for X has to be changed", "close date is wrong"
    rf"\b(?:{_FIELD_EN})(?:\s+(?:for|on|of|at)\s+(?:[\w&'’.-]+\s+){{1,4}}?)?\s*"
    r"(?:(?:needs?|has|have|had|got|gets|is|are|was|will|must|should|to|be|been|being|also|still|just|"
    r"probably|definitely)\s+){0,3}"
    rf"(?:{_CHANGE_EN}\b|wrong\b|out of date\b|outdated\b|off\b)"
    # the verb first: "update the stage for X", "need to fix the close date on X"
    # ("the revised drawings but the figure stays": a conjunction between starts the figure's own clause)
    rf"|\b{_CHANGE_EN}\s+(?:(?:the|their|our|its|this|that)\s+)?(?:(?!(?:but|and|so|or|yet)\b)[\w&'’.-]+\s+)"
    rf"{{0,4}}?(?:{_FIELD_EN})\b"
    # 字段在前: "金额要更新一下", "结案日要改" (not denied: "金额不用改", "阶段没变")
    rf"|(?:{_FIELD_ZH})[^，,。.；;！!？?\d不没别无未甭]{{0,6}}?{_CHANGE_ZH}"
    rf"|{_CHANGE_ZH}(?:一下|下)?[^，,。.；;！!？?\d]{{0,14}}?的?(?:{_FIELD_ZH})",
    re.IGNORECASE,
)


def _field_without_value(reading: Reading) -> None:
    """A field said to change (`_FIELD_TO_CHANGE`) whose value the sentence does not give: asked."""
    text = reading.text
    for m in _FIELD_TO_CHANGE.finditer(text):
        start, end = _sentence(text, m.start())
        rest = text[m.end() : end]
        named = list(_FIELD_ANY.finditer(m.group(0)))  # the field's own words: first (said first) or last
        words = named[0 if named and named[0].start() == 0 else -1].group(0) if named else ""
        kind = _FIELD_KIND.search(words)
        field = kind.lastgroup if kind else ""
        if field == "amount":  # (a new amount not given that the reader saw asks "Changed to how much?")
            given = (
                any(start <= a.start < end for a in reading.amounts) or reading.relative or reading.repriced
            )
        elif field == "stage":
            given = reading.stage is not None
        elif field == "close":
            given = reading.close is not None or any(start <= at < end for at, _ in reading.dates)
        elif field == "currency":
            given = any(start <= c.start < end for c in currencies_named(text, reading.amounts))
        elif field == "phone":  # (given later in the message too: "she changed number, new one is …")
            given = bool(re.search(r"\d{5}", text[start:].replace(" ", "").replace("-", "")))
        else:
            given = "@" in text[start:]
        if not given and not _VALUE_AFTER.match(rest):
            _doubt(reading, reading.said((m.start(), m.end())))


_FIELD_ANY = re.compile(rf"\b(?:{_FIELD_EN})\b|{_FIELD_ZH}", re.IGNORECASE)
_FIELD_KIND = re.compile(
    r"(?P<stage>stage|阶段)|(?P<close>date|日期|时间|日子|日)|(?P<phone>number|no\b|#|号码|电话|手机号?|手機號?)"
    r"|(?P<email>mail|邮箱|电邮)|(?P<currency>currency|币别|币种|货币)|(?P<amount>amount|value|figure|金额|总价|合同额)",
    re.IGNORECASE,
)
# A value said right after the field's words, which the reader may not have taken ("to tbc" is none).
_VALUE_AFTER = re.compile(
    r"\s*(?:to|as|into|=|:|：|为|成|到)\s*(?!tbc|tbd|待定|be\b|reflect|match)\S", re.IGNORECASE
)


# Whose figure: theirs, told ("X说", "Y reckons") or their budget.
_THEIR_FIGURE = re.compile(r"\b(?:reckons?|thinks?|figures?|estimates?|budget)\b|预算", re.IGNORECASE)


# A meeting, call or visit, or the day of one: what is said moved ("push the video call", "会要改时间").
_MEETING = re.compile(
    r"\b(?:meeting|mtg|call|visit|demo|review|tour|presentation|catch-?up|appointment|session|workshop|"
    r"training|lunch|dinner)s?\b|会议|会|见面|拜访|电话|视频|演示|评审|培训|饭局",
    re.IGNORECASE,
)
# Said moved, in the clause after the meeting ("site visit postponed", "demo got pushed", "会议推迟了",
# "评审要挪一下") or as a wish before it ("push the video call", "need to move the review").
_MOVED_LATER_IN_CLAUSE = re.compile(
    r"\b(?:moved|postponed|pushed|rescheduled|delayed|bumped|shifted|put off)\b"
    r"|改期|推迟|延期|延后|往后推|往后挪|挪(?:一下|下|个时间|一挪)?|改(?:个|一下)?(?:时间|日期|日子)|(?:改|挪|推|延|调)到",
    re.IGNORECASE,
)
_MOVE_WISHED_BEFORE = re.compile(
    r"\b(?:push|move|reschedule|postpone|delay|bump|shift|put off)\b(?!\s+(?:on|ahead|forward)\b)",
    re.IGNORECASE,
)
# A day of the thing itself to change, said with no day: "博远那边要改个日期", "need to change the date".
_DATE_TO_CHANGE = re.compile(
    r"(?:要|得|需要|想)(?:改|换|调|调整|挪)(?:个|一下|下)?(?:日期|时间|日子)"
    r"|\b(?:change|move|shift)\s+the\s+(?:date|day|time)\b(?!\s+to\b)",
    re.IGNORECASE,
)
# A week with no day in it ("next week", "下周"); a deferral with nothing fixed ("下周再说", "will confirm").
# Someone's word or view: a saying ("说", "話", "says") or an opinion ("reckons", "thinks", "觉得").
_THEIR_VIEW = re.compile(
    lx.THEIR_SAYING.pattern
    + r"|\b(?:reckons?|reckoned|thinks?|thought|believes?|figures?|feels?)\b|觉得|认为|估计",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?。！？；;\n]")


def _sentence_start(text: str, position: int) -> int:
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


_WEEK_ONLY = re.compile(
    r"(?:(?:next|this|the following|coming)\s+week|(?:下下?|这|本)个?(?:周|星期|礼拜))$", re.IGNORECASE
)
_NOTHING_FIXED = re.compile(
    r"再说|再定|再约|再通知|改天|\blater\b|\bwill confirm\b|\btbc\b|\btbd\b", re.IGNORECASE
)


def _moved_to_no_day(reading: Reading) -> None:
    """ "rockford demo moved, pete will let me know when": the meeting moved, its new day still to come, is
    no meeting held and no day to set; asked, not logged. So is a meeting said moved with nothing else
    said ("pasir panjang site visit postponed", "push the video call", "会议推迟了 下周再说", "要改个日期"):
    to when? ("stark meeting moved, Pepper apologised" logs the meeting and her apology.)"""
    _moved_alone(reading)
    if (
        reading.kind_span is None
        or any(at >= 0 for at, _ in reading.dates)
        or not _DAY_TO_COME.search(reading.text)
    ):
        return  # ("stark meeting moved, Pepper apologised" logs the meeting and her apology)
    start, end = reading.kind_span
    after = _MOVED_AFTER.match(reading.text, end)
    before = _MOVED_BEFORE.search(reading.text[max(0, start - 24) : start])
    if after or before:
        _doubt(
            reading,
            reading.said((start - len(before.group(0)) if before else start, after.end() if after else end)),
        )


def _week_only(reading: Reading, at: int, when: When) -> bool:
    spans = when.spans
    return bool(_WEEK_ONLY.search(reading.text[at : at + spans[-1][1] - spans[0][0]].strip()))


def _moved_alone(reading: Reading) -> None:
    """A meeting (or the day of one) said moved, no day said for it (a week is none), and nothing else told
    but that its day is still to come: to when? Asked, no meeting logged."""
    said = [(at, w) for at, w in reading.dates if at >= 0]
    if any(not _week_only(reading, at, w) for at, w in said) or reading.amounts or reading.outcome:
        return
    moved = None
    for clause in reading.clauses or [reading.clause_of(0)]:
        change = _DATE_TO_CHANGE.search(clause.text)
        if change:
            moved = (clause, clause.start + change.start(), clause.start + change.end())
            break
        for meeting in _MEETING.finditer(clause.text):
            later = _MOVED_LATER_IN_CLAUSE.search(clause.text, meeting.end())
            wished = _MOVE_WISHED_BEFORE.search(clause.text, 0, meeting.start())
            if later or wished:
                start = clause.start + (wished.start() if wished else meeting.start())
                end = clause.start + (later.end() if later else meeting.end())
                moved = (clause, start, end)
                break
        if moved:
            break
    if moved is None:
        return
    clause, start, end = moved
    for other in reading.clauses:
        if other.start == clause.start:
            continue
        words = other.text.strip(" ,，。.;；-–—~!！")
        short = len(words.split()) <= 1 and len(re.findall(r"[\u4e00-\u9fff]", words)) <= 4
        week = any(other.start <= at < other.end for at, _ in said)
        if not (short or week or _NOTHING_FIXED.search(words) or _DAY_TO_COME.search(words)):
            return  # something else told: "stark meeting moved, Pepper apologised"
    _doubt(reading, reading.said((start, end)))


# What is wished or still to come in the sentence: "想改用台币付", "wants to…", "大概会压到", "will come in".
_WISHED_OR_TO_COME = re.compile(
    # (a quote wanted is a change to come: "新竹米粉要報價，大概50萬上下")
    r"想|希望|要求|打算|准备|重新|[说讲]要|要(?:个|份|個)?(?:报价|報價|quote|quotation)"
    r"|(?<![开约见聚例晚早机社学])会(?![议面上谈开后客员计])"
    r"|\b(?:wants?|wanted|would like|hoping|hopes?|will|gonna|going to)\b|\w['’]ll\b",
    re.IGNORECASE,
)
# The price they want to bring us down to, right before the figure: "佢哋老细想压到八十万", "they want to push
# it down to 80k": what they ask, not the deal's amount agreed (not "说报价要降到55万": what was said is so).
_PRICE_WISHED = re.compile(
    r"(?:想|希望|要求|打算)(?:再)?(?:压|砍|降|减|谈)(?:价)?(?:到|至|去)\s*$"
    # their "要" is their demand: "他们要降价到25万", "客户要砍到20万" (not "报价要降到55万")
    r"|(?:他们|他|她|客户|对方|老板|老细|佢哋|佢|they)\s*(?:还|也|都|又)?要(?:再)?(?:压|砍|降|减)(?:价)?(?:到|至)\s*$"
    r"|\b(?:wants?|would like|hoping|trying)\s+to\s+(?:push|bring|get|knock|beat)\s+"
    r"(?:it|us|the\s+price|that)\s+down\s+to\s*$",
    re.IGNORECASE,
)
# A figure for a whole of which our deal is one part: "approved 80k for the whole refresh (we're one piece of
# that)", "总预算两百万，我们只是其中一块".
_PART_OF_A_WHOLE = re.compile(
    r"\bwe(?:['’]re| are)\s+(?:just\s+|only\s+)?(?:one|a|the)\s+(?:small\s+)?(?:piece|part|portion|slice|bit|"
    r"component|line item)\b|\bfor\s+(?:the\s+whole|all\s+of\s+it|the\s+entire|everything)\b"
    r"|我们只是其中|只是其中(?:一|的一)?(?:块|部分|项)|整体预算|总预算",
    re.IGNORECASE,
)


def _rough_figures(reading: Reading, *, theirs_only: bool = False) -> None:
    """Their figure said as a span around it, in a message that logs no interaction ("朱总说预算大约二十万
    上下", "陆俊说预算60万左右"): no amount to store, and a note would keep a guess as their number. Asked.
    So is any figure said roughly in a sentence of what is wished or still to come ("想改用台币付，大概180万",
    "想重新谈，大概十万上下", "will probably come in around 30k"): the rough figure of a change not yet made.
    And a figure for a whole of which our deal is only one part. (`theirs_only`, beside a logged
    interaction: their figure said as a span is kept in its note, no amount ("去咗清远鸡…佢话预算大概三十万
    左右" made a deal of it); the rep's own "~18k" is an amount.)"""
    text = reading.text
    whole = None if theirs_only else _PART_OF_A_WHOLE.search(text)
    for amount in reading.amounts:
        if whole:
            _doubt(reading, reading.said((amount.start, amount.end)))
            continue
        clause = reading.clause_of(amount.start)
        head = text[clause.start : amount.start]
        after = lx.ROUGHLY_AFTER.match(text, amount.end)
        before = lx.ROUGHLY_BEFORE.search(head)
        if lx.THEIR_SAYING.search(head) or _THEIR_FIGURE.search(head):
            if after and theirs_only:  # beside the visit it is their budget, kept in its note: no amount
                reading.amounts = [a for a in reading.amounts if a is not amount]
                reading.masked.append((amount.start, after.end()))
            elif after:  # ("冒厂长讲预算大概十二万" is their figure, said as they said it)
                _doubt(reading, reading.said((amount.start, after.end())))
            continue
        if theirs_only:
            continue
        start, end = _sentence(text, amount.start)
        if (after or before) and _WISHED_OR_TO_COME.search(text, start, end):
            words = (
                clause.start + before.start() if before else amount.start,
                after.end() if after else amount.end,
            )
            _doubt(reading, reading.said(words))


def _undated_bounds(reading: Reading) -> None:
    """A signing bounded by an event no date was read for ("wants to sign before the summer holidays",
    "倾向于年中前签"): when is that? Asked, not noted away or logged as a call."""
    text = reading.text
    dated = [(a + at - w.spans[0][0], b + at - w.spans[0][0]) for at, w in reading.dates if at >= 0
             for a, b in w.spans]  # fmt: skip
    for m in _BOUND.finditer(text):
        clause = reading.clause_of(m.start())
        if m.group(0)[0].isascii():  # "sign before the summer holidays": the event is after the word
            event = (m.end(), clause.end)
            closing = lx.CLOSE_MARKERS.search(text, clause.start, m.start())
        else:  # "年中前签": the event is before it
            event = (max(clause.start, m.start() - 2), m.start())
            closing = lx.CLOSE_MARKERS.search(text, m.end(), clause.end) or _PLACE_ORDER.search(
                text, m.end(), clause.end
            )
        if not closing or event[0] >= event[1] or any(a < event[1] and event[0] < b for a, b in dated):
            continue
        if any(clause.start <= a and b <= clause.end for a, b in dated):
            continue  # the clause's day is its when: "remind me thurs 9am to read the contract before…"
        won = reading.outcome_span
        if reading.outcome and won is not None and clause.start <= won[0] < clause.end:
            continue  # done, not bounded: "contract signed at €26,500 after a small discount"
        _doubt(reading, reading.said((min(m.start(), event[0]), max(m.end(), event[1]))))


# A quarter named bare ("Q3", "第三季度", "明年Q1"), not its end ("end of Q3", "Q1 end", "三季度末").
_BARE_QUARTER = re.compile(
    r"(?:(?:明年|下一?年|今年|next year'?s?|this year'?s?)\s*)?(?:q[1-4](?:\s*20\d\d)?|第?[一二三四1-4]季度)"
    # a quarter named from today: "next quarter", "下个季度", "下季度"
    r"|(?:the\s+)?(?:next|this|following|coming)\s+(?:qtr|quarter)|(?:下|本|这)(?:个|一个)?季度?",
    re.IGNORECASE,
)
_QUARTER_END_AFTER = re.compile(r"\s*(?:end\b|末|底|尾)", re.IGNORECASE)
# A date said as the new value of a change, right before it: "改成 ", "push 去 ", "pushed to ", "moved into ".
_MOVED_TO_IT = re.compile(
    r"(?:改成|改到|改去|改做|改为|推到|推去|推迟到|延到|延后到|\b(?:push|pushed|pushing|move|moved|moving|slip|"
    r"slipped|slips|shift|shifted|bump|bumped)(?:\s+(?:it|back|out))?"
    # what is moved, said between: "pushing decision to Q1", "pushed the signing back to Q2"
    r"(?:\s+(?:the\s+|their\s+)?(?:decision|signing|signature|close|closing|timeline|start|go-?live|kick-?off|"
    r"rollout|order|po|deal|project)(?:\s+(?:back|out))?)?\s*(?:to|into|去|到))\s*$",
    re.IGNORECASE,
)
# Said after a month or a quarter: its day is not known yet ("具体哪天还不知道", "日期还没定", "date tbd").
_DAY_UNKNOWN = re.compile(
    r"(?:具体|确切|实际)?(?:哪天|哪一天|日期|日子|几号)(?:还|仲|都)?(?:不知道|不确定|没定|未定|没确定|待定|唔知|未知|说不准)"
    r"|未定(?:日子|日期)|\b(?:exact\s+|actual\s+)?(?:date|day)\s+(?:is\s+|still\s+)*(?:tbd|tbc|unknown|not\s+"
    r"(?:set|fixed|known|confirmed)(?:\s+yet)?)\b|\bno\s+(?:exact\s+|fixed\s+)?(?:date|day)\s+yet\b",
    re.IGNORECASE,
)


def _bare_quarter(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a quarter as a whole (no end said of it)."""
    words = " ".join(text[start:end].split()).strip(" ,.;")
    return bool(_BARE_QUARTER.fullmatch(words)) and not _QUARTER_END_AFTER.match(text, end)


# A whole month only guessed at: "签约时间大概3月吧", "大约六月份" (a month's last day is no day said).
_MONTH_GUESSED = re.compile(r"大概|大约|大致|约莫|估摸|(?<=[月份])\s*吧")


# The middle or the end of a stretch: no day a reminder asked for can be set on ("remind me mid next week",
# "下旬提醒我"); its start is ("下个月初提醒我": the 1st).
_AFTER_THE_START = re.compile(r"\b(?:mid|middle|late)|中|下旬", re.IGNORECASE)


# A step said to be done before the end of a period ("提醒我月底前打给他", "remind me before end of month to
# call"): the end is a deadline, no day to be reminded on (which day before it?).
_BEFORE_AN_END = re.compile(
    r"(?:月底|月末|月尾|年底|年末|周末|週末|季度末|季末)\s*(?:前|之前|以前)"
    r"|\b(?:before|by)\s+(?:the\s+)?end\s+of\b",
    re.IGNORECASE,
)


# The week after next, said with no day: "下下周", "下下个礼拜", "za dwa tygodnie", "in two weeks' time".
_WEEK_AFTER_NEXT = re.compile(
    r"\s*(?:下下\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜)|za\s+dwa\s+tygodnie|the\s+week\s+after\s+next)\s*",
    re.IGNORECASE,
)


def _rough_days(reading: Reading, nothing: bool) -> None:
    """A day said as a stretch or roughly ("close sometime in june", "推到5月中旬", "端午前后") is no day
    to store: as the close, as the day of a step nobody asked for ("要等五一后再说 大概五月中吧"), or in
    a note of nothing else, which would drop it ("下个月初就能定"; see `rough_days`)."""
    text = reading.text
    said_days = []
    # days a step is set on, said as after a holiday (no reminder asked for) or before a period's end
    unclear_days: set[date] = set()
    for at, when in reading.dates:
        if at >= 0 and when.spans:  # not said in an earlier part of the message
            shift = at - when.spans[0][0]
            start, end = when.spans[0][0] + shift, when.spans[-1][1] + shift
            rough = rough_words(text, start, end)
            whole_month = rough is None and names_whole_month(text[start:end])
            if whole_month:  # "prob slips to jan": which day?
                clause = reading.clause_of(start).text
                guessed = _ESTIMATE.search(clause) or _MONTH_GUESSED.search(clause)  # "大概4月吧"
                rough = (start, end) if guessed else None
            quarter = rough is None and _bare_quarter(text, start, end)
            guessed_quarter = quarter and (
                _ESTIMATE.search(reading.clause_of(start).text)
                or _MONTH_GUESSED.search(reading.clause_of(start).text)
            )
            if guessed_quarter:
                rough = (start, end)  # "签约时间大概三季度吧": a quarter guessed at, which day of it?
            elif quarter and _MOVED_TO_IT.search(text, max(0, start - 40), start):
                rough = (start, end)  # "close date 改成 Q3", "pushed to Q2": which day of it?
            elif (whole_month or quarter) and rough is None and _DAY_UNKNOWN.search(text, end, end + 40):
                rough = (start, end)  # "下个月签，具体哪天还不知道": the writer says no day is set
            holiday = after_a_holiday(text, start, end)
            before_end = _BEFORE_AN_END.search(
                text, max(0, start - 16), min(len(text), end + 3)
            ) and lx.REMIND.search(reading.clause_of(start).text)  # not "decision by end of month"
            day = when.at.date()
            due = [s for s in reading.steps if s.due and s.due.date() == day]
            if before_end and due:
                unclear_days.add(day)  # "提醒我月底前打给他": a deadline, which day to remind?
            # a step after a holiday: which day, unless a reminder was asked for ("after deepavali remind me",
            # "节后提醒我": the first working day after, as set 13's and 12's writers store it)
            if due and not lx.REMIND.search(text) and holiday:
                # "book a call after Easter", "五一后再约韦总", "年后再约": which day? (a reminder asked for
                # after it, "节后提醒我…", is the first working day after, as earlier sets' writers store it)
                unclear_days.add(day)
            if rough is None and (day in unclear_days or (holiday and reading.close == day)):
                rough = (start, end)  # "崔经理说估计得拖到年后了": the close after the holiday, which day?
            if rough is not None and reading.close == when.at.date() and mid_of_a_named_month(text, rough):
                rough = None  # "推到11月中", "pushed to mid march": the close on the 15th, as said
            if (
                rough is None
                and reading.close == when.at.date()
                and (
                    (
                        (_WEEK_ONLY.search(text[start:end].strip()) or whole_month)
                        and lx.THEIR_SAYING.search(text, reading.clause_of(start).start, start)
                    )
                    or (
                        _WEEK_ONLY.search(text[start:end].strip())
                        and _THEIR_VIEW.search(text, _sentence_start(text, start), start)
                    )
                )
            ):
                # "说下周签", "李总说下个月签", "reckons they'll sign next week", "話應該冇問題，下星期簽":
                # their word or view, a week or a month, no day (the user's "contract next week" is Monday)
                rough = (start, end)
            if (
                rough is None
                and reading.close == when.at.date()
                and _WEEK_AFTER_NEXT.fullmatch(text[start:end])
            ):
                rough = (start, end)  # "舟山海鲜冷链下下周签约": which day of that week?
            if rough is not None and text[rough[0] : rough[1]].strip().lower() in reading.picked_days:
                rough = None  # "他说下禮拜簽約", its day picked when asked: that day, not asked again
            said_days.append((when.at.date(), rough))
    named = {day for day, rough in said_days if rough is None}  # "六月中签，写6月15号": the day named
    for day, rough in said_days:
        if rough is None or day in named or _when_news_happened(reading, day, rough):
            continue
        said = reading.said(rough)
        if reading.close is not None and day == reading.close:
            if said not in reading.close_doubts:
                reading.close_doubts.append(said)
        elif nothing or any(
            s.due
            and s.due.date() == day
            and (not s.explicit or _AFTER_THE_START.search(said) or day in unclear_days)
            for s in reading.steps
        ):
            _doubt(reading, said)  # a note of nothing but "下个月初就能定": the day is its news


def _when_news_happened(reading: Reading, day: date, rough: Span) -> bool:
    """ "Imogen resigned from Marlow Joinery last week", "上个月退休了": a stretch gone by, said in the clause
    that tells a contact's news, is when it happened (kept with the news), no day to ask about."""
    if reading.occurred is None or reading.occurred.at.date() != day:
        return False
    clause = reading.clause_of(rough[0])
    return any(clause.start <= n.span[0] < clause.end for n in read_news(reading.text, reading.people))


def _asked_not_told(reading: Reading) -> None:
    """A value said in a question ("要不要改成negotiation？", "12 million is OK?") or said as their wish about
    the currency ("they want it in US dollars") is asked about, not stored; a request to us is an order."""
    text = reading.text
    slots = list(_slots(reading, estimate=False))
    asked = [
        _sentence(text, m.start()) for m in _ASKING.finditer(text) if not _TOLD_TO.search(text, 0, m.start())
    ]
    asked += [_sentence(text, m.start()) for m in _OR_NOT_YET.finditer(text)]
    asked += [_sentence(text, max(0, m.start() - 1)) for m in _QUESTION_MARK.finditer(text)]
    for start, end in asked:
        if not any(start <= a < end for a, _ in slots):
            continue
        if _REQUEST.search(text, start, end) and not _OR_NOT_YET.search(text, start, end):
            continue  # "can you move X to proposal?" is an order ("… or should we wait?" asks whether to)
        _doubt(reading, reading.said((start, end)))
        if _WHETHER.search(text, start, end):
            reading.mark_asked = True  # whether to change it is asked: no question about the record
    if not reading.amounts:
        return  # a wished currency with no figure is weighed by the gate against the deal's own currency
        # (`gate.currency_unread`: "she wants pricing in USD only" for a USD deal changes nothing)
    for clause in reading.clauses:
        wish = _WISH.search(clause.text)
        named = currencies_named(text, reading.amounts)
        start, end = _sentence(text, clause.start)
        after = any(clause.start + wish.end() <= a.start < end for a in reading.amounts) if wish else False
        wished = [c for c in named if wish and clause.start + wish.end() <= c.start < clause.end]
        said_with = all(_said_with_the_amount(reading, c, named) for c in wished)
        if wished and not after and not said_with:
            # "quote 50k, they want it in US dollars": 50k in which? ("wants it in EUR now: 40k" is told)
            _doubt(reading, reading.said((start, end)))
        elif wished and not said_with and not any(wished[0].start <= a.start < end for a in reading.amounts):
            # the figure they have, wished in another currency with no new figure in it ("wants the 95k in
            # SGD instead", "希望那六万改用台币报"): converted or only relabelled? asked
            _doubt(reading, reading.said((start, end)))


def _said_with_the_amount(reading: Reading, wished: NamedCurrency, named: list[NamedCurrency]) -> bool:
    """Whether the currency they wish for is the one the amount is said in ("改成人民币三十五万，苏总要求
    人民币结算": the wish is the reason for the change, no question which currency)."""
    for amount in reading.amounts:
        if amount.currency in wished.codes:
            return True
        beside = [c for c in named if -1 <= amount.start - c.end <= 1 or -1 <= c.start - amount.end <= 1]
        if any(c.codes & wished.codes for c in beside):
            return True
    return False


# A quarter named alone, not its end: "Q2 签", "PO说是Q3", "closing next quarter", "三季度下单" (not
# "end of Q3", "Q3 end", "季度末", "三季度底").
QUARTER_ALONE = re.compile(
    r"(?<![A-Za-z0-9-])(?<!end of )(?<!end of the )(?<!eo)"
    r"(?:q[1-4]|(?:the\s+)?(?:next|this|coming)\s+quarter)"
    r"(?![A-Za-z0-9-])(?!\s*(?:end|close|-end))"
    r"|(?<![末底尾])(?:第?[一二三四1-4]|下个?|本|这个?)季度?(?=[^末底尾]|$)(?<=度)",
    re.IGNORECASE,
)


# A year said with the quarter: "明年Q1", "2027年一季度", "next year's Q2"; "Q1 2027", "Q3 FY27".
_YEAR_BEFORE = re.compile(
    r"(?:明年|今年|后年|\d{4}\s*年?|\bnext\s+year['’]?s?)\s*(?:的)?\s*第?$", re.IGNORECASE
)
_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?(?:fy\s*)?['’]?\d{2,4}\b", re.IGNORECASE)
# A purchase order, glued to Chinese as often as not ("冀中的PO说是Q3"): its coming is the close.
_PO = re.compile(r"(?<![A-Za-z])(?:PO|po|P\.O\.)(?![A-Za-z])")


# A day at the end of the lunar year ("年廿八", "年廿九"): its date hangs on whether the twelfth lunar month
# has 29 or 30 days, which the reader does not know, so it is asked, not read as the eve or dropped.
LUNAR_YEAR_END = re.compile(r"年廿[一二三四五六七八九]")


def _quarter_alone(reading: Reading) -> None:
    """A signing, close or order said to come in a quarter with no day ("Pacific Rim 那边说 Q2 签",
    "PO说是Q3"): which day of the quarter is asked; its end is a guess (and a financial quarter is not a
    calendar one everywhere)."""
    for m in QUARTER_ALONE.finditer(reading.text):
        if _YEAR_BEFORE.search(reading.text, 0, m.start()) or _YEAR_AFTER.match(reading.text, m.end()):
            continue  # "华为明年Q1签", "Q1 2027": the quarter of a year named, its end the close (issue 13)
        clause = reading.clause_of(m.start())
        if (
            lx.CLOSE_MARKERS.search(clause.text)
            or _PLACE_ORDER.search(clause.text)
            or _PO.search(clause.text)
        ):
            _doubt(reading, reading.said(m.span()))


def _doubt(reading: Reading, words: str) -> None:
    if words and not any(words in d or d in words for d in reading.doubts):
        reading.doubts.append(words)
