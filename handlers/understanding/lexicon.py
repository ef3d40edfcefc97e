"""The words that tell what a free-text message is about, in English and Chinese.

Stage synonyms and interaction-kind words live in `handlers.parsing.vocabulary`; this module
holds what only free text needs: next-step and close markers, outcome phrases, query phrases,
person patterns, and the common words that are never a customer's name.
"""

from __future__ import annotations

import re

from crm_store.search.scoring import CN_TITLES

# Events a reminder may be said relative to: "the day before the red river mtg", "开会前一天".
EVENT_EN = (
    r"mtg|meeting|call|demo|visit|review|presentation|pitch|lunch|dinner|workshop|training|walkthrough|"
    r"kick-?off|interview|appointment|appt"
)
# The deal's close-date field named ("the close date", "sign date", 签约日期, 预计成交时间): a date said
# for it is the close, and the field said to change with no date is asked.
CLOSE_FIELD_EN = r"(?:expected\s+)?(?:close|closing|signing|sign|decision)[\s-]?date"
CLOSE_FIELD_ZH = r"(?:预计)?(?:签约|签单|成交|结案|截单|结单)(?:日期|时间|日子|日)"
# Your own (or a colleague's) work in a period, asked: "what did I do yesterday", "who did i visit this
# week", "how many calls have I made", "my activities last week", "我昨天干了啥", "我这周拜访了哪些客户".
# Not "今天跑了几个客户" (a few customers visited, told).
WORK_ASKED = re.compile(
    r"\bwhat\s+(?:did|have)\s+(?:i|we)\s+(?:do|done|did|logged|log|get\s+done|got\s+done|work(?:ed)?\s+on)\b"
    r"|\bwho\s+(?:did|have)\s+(?:i|we)\s+(?:visit|visited|call|called|see|seen|meet|met|e-?mail|e-?mailed)\b"
    r"|\bhow\s+many\s+(?:calls|visits|meetings|e-?mails|activities)\s+(?:did|have)\s+(?:i|we)\b"
    r"|^\s*my\s+(?:activit(?:y|ies)|calls|visits|meetings|work)\s+(?:for\s+)?(?:today|yesterday|this|last)\b"
    r"|^\s*我(?:的|们)?[^，,。！!]{0,6}?(?:干了|做了|跑了|拜访了|见了|打了|联系了|跟进了)(?:些)?"
    r"(?:什么|啥|哪些|哪几个|多少)",
    re.IGNORECASE,
)
# A colleague's work in a period, asked: "what did anna do this week", "who has Sam called today", "what's
# Priya been up to", "李伟这周拜访了哪些客户". `who` is checked against the organisation's users.
WORK_ASKED_OF = re.compile(
    r"\bwhat\s+(?:did|has|have|'?s)\s+(?P<who>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?)\s+"
    r"(?:do|done|did|logged|log|been\s+(?:up\s+to|doing|working\s+on)|work(?:ed)?\s+on)\b"
    r"|\bwho\s+(?:did|has|have)\s+(?P<whom>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?)\s+"
    r"(?:visit|visited|call|called|see|seen|meet|met|e-?mail|e-?mailed)\b"
    r"|^\s*(?P<zh>[\u4e00-\u9fff]{2,4}?)(?:这周|本周|这个星期|这礼拜|今天|昨天|上周|这个月|本月)?"
    r"(?:都|又)?(?:干了|做了|跑了|拜访了|见了|打了|联系了|跟进了)(?:些)?(?:什么|啥|哪些|哪几个|多少)",
    re.IGNORECASE,
)
# A clause with one of these describes something still to do (a next step / reminder).
STEP_MARKERS = re.compile(
    r"\b(follow[\s-]?up|f/u|fu|next steps?|call (?:back|again)|callback|ring back|check in|check back|"
    r"touch base|"
    r"(?:talk|speak|meet|chat|catch up) again|"
    r"re?m(?:ind|nd|idn)(?:er)?|circle back|chase|ping|(?:nudge|buzz|poke) me|"
    # ours in the present for the future, as Brazilians write English: "I push her again next tuesday"
    r"i (?:push|chase|nudge|call|ring|visit|check with) (?:him|her|them)(?: again)?|"
    r"push (?:him|her|them) again|"
    r"(?:send|sending) (?:over )?(?:[\w.'’-]+ ){0,3}?(?:the |a |our |them |him |her )?"
    r"(?:proposal|quote|offer|pricing|prices|price list|contract|deck|slides|info|details|samples?|brochure|"
    r"invoice|specs?|datasheets?|docs|documents?|case stud(?:y|ies)|one[\s-]pager|materials?)|"
    r"need to|needs to|have to|has to|must|gotta|to do|to-do|i['’]ll|i will|we['’]ll|we will|"
    # ("todo bien con el pedido" is Spanish: all is well)
    r"todo(?!\s+(?:bien|el|la|los|las|lo|va|est[aá]|listo|igual|ok|en\s+orden)\b)|"
    r"i go|i dey go|make i|"  # Nigerian Pidgin: "i go send am tmrw" (I will send it)
    # ("the delivery schedule", "the schedule is fine": a timetable, nothing to do)
    r"(?<!the )(?<!delivery )(?<!project )(?<!payment )(?<!production )(?<!shipping )(?<!training )"
    r"schedule(?!\s+(?:is|was|works|looks|stays))"
    r"|set up|book|arrange|plan to|going to|prepare)\b"
    r"|\b(?:asked|wants|told|needs)\s+(?:me|us)\s+to\b"
    # a remind-me in Portuguese ("lembrete: 30/6 at 11am check …"; the Polish "przypomnij mi" is read first)
    r"|\blembrete\b|\bme\s+lembr[ae]\b"
    r"|\brecu[ée]rdame\b|\berinnere\s+mich\b"  # Spanish and German: "le marco al rato, recuérdame"
    # what we are told we should do: "he said … I should come back next week tuesday for the site visit"
    r"|\b(?:i|we)\s+(?:should|shld|shd)\s+(?:come|go|get)\s+back\b"
    # a to-do said as an order, first in its clause, for an event still to come: "note to self: …", "bring
    # samples to the X visit", "prep slides for the X meeting" (no visit or meeting is logged)
    r"|^\s*(?:note to self\b|to-?do\s*[:：-]|(?:pls\s+|please\s+)?(?:bring|prep|prepare|print|pack|draft)\s"
    r"(?=[^,.;:!?]*?\b(?:to|for|before|ahead of)\s+(?:the\s+|our\s+|my\s+)?(?:[\w&'’.-]+\s+){0,3}?"
    rf"(?:{EVENT_EN})s?\b))"
    # 准备 is a to-do ("准备方案"), not when it says when they will sign or buy ("陈总说准备九月份签")
    r"|跟进|回访|下一步|提醒|提我(?![们哋地])|我要|我需要|我们要|要去|要给|得去|准备(?![^，,。；;！!]{0,8}?(?:签|推进|下单|采购|成交|拍板|付款|上线))|安排|再联系|再打|再谈|再聊|再沟通|再议|回电|再约|(?<![签合节大契制])(?:约了|约个|约时间)|待办|记得|别忘了"
    # (not done just now: "报价刚发过去", "刚刚寄给她")
    r"|让我|叫我|要我|要求我|(?<!已)(?<!已经)(?<!刚)(?:发|寄|送)(?:过去|给)(?![^，。,;；\s]{0,8}了)"
    r"|(?<!已)(?<!已经)(?<!刚)(?:发报价|发方案|发合同)(?!了|过)",
    re.IGNORECASE,
)
# "remind me" makes a reminder even without other step words.
REMIND = re.compile(
    r"\bre?m(?:ind|nd|idn)(?:\s+me)?(?:\s+to)?\b|\b(?:nudge|ping|buzz|poke)\s+me\b(?:\s+to\b)?|提醒(?:一下我|下我|我)?(?:一下)?|记得|别忘了"
    r"|提我(?![们哋地])(?:一下)?"  # Cantonese "提我打俾…" (remind me to call …)
    r"|\bprzypomnij(?:\s+(?:mi|me))?\b"  # Polish, said in English too: "przypomnij me: call Sabine …"
    r"|\blembrete\b|\bme\s+lembr[ae]\b"  # Portuguese: "lembrete 22/6 15h30 push Rosa", "me lembra"
    r"|\brecu[ée]rdame\b|^\s*erinnerung\s*:|\berinnere\s+mich\b",  # Spanish "recuérdame"; German
    # "Erinnerung: Freitag …", "erinnere mich"
    re.IGNORECASE,
)
EVENT_ZH = r"开会|会议|会面|见面|拜访|演示|电话会|视频会|电话|饭局|吃饭|培训|评审|汇报|讲解|参观|来访"
EVENT = re.compile(rf"\b(?:{EVENT_EN})s?\b|{EVENT_ZH}", re.IGNORECASE)
REMIND_PREFIX = re.compile(
    r"^[\s,，、;；]*(?:pls\s+|please\s+)?(?:(?:set\s+(?:me\s+)?(?:a\s+)?)?reminder(?:\s+(?:for|to))?\b|re?m(?:ind|nd|idn)(?:\s+me)?(?:\s+to)?\b|(?:nudge|ping|buzz|poke)\s+me(?:\s+to)?|give\s+me\s+a\s+(?:nudge|ping|buzz|shout|reminder)(?:\s+to)?|(?:还是|也|再)?提醒(?:一下我|下我|我|额)?(?:一下)?|记得|别忘了"
    r"|提我(?![们哋地])(?:一下)?|przypomnij(?:\s+(?:mi|me))?(?:\s*:)?"  # Cantonese "提我追…"; Polish
    r"|me\s+lembr[ae](?:\s+de)?|lembrete(?:\s+de)?"  # Portuguese: "me lembra segunda 15h30 de ligar …"
    r"|recu[ée]rdame|erinnerung(?:\s*:)?)\s*",  # Spanish "recuérdame el 2 de …"; German "Erinnerung: …"
    re.I,
)

# "contract signed by Francisca today": signed by a person (a done deed), not by a day (a deadline: "signed by
# Friday", "signed by end of month").
SIGNED_BY_SOMEONE = (
    r"\s+by\s+(?:him|her|them|the\s+(?:ceo|cfo|md|owner|boss)"
    r"|(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|eod|eom|eow|cob|"
    r"noon|tomorrow|today|tonight|next|this|mid|early|late|q[1-4])\w*\b)(?-i:[A-Z][a-z]+))\b"
)
# A date in a clause with one of these is the expected close date of the deal.
CLOSE_MARKERS = re.compile(
    # (not "call him again tuesday to close details", "close the open points": things settled, not the deal)
    r"(?<![a-z0-9])(close(?!\s+(?:(?:the|all|remaining|open|last|few)\s+)*(?:details?|points?|topics?|"
    r"questions?|gaps?|items?|loop|issues?)\b)|closing|closes|sign|signing|signature|decision|decide|"
    r"assinar|assina|assinam|assinatura|"  # Portuguese in English: "vai assinar dia 22/7" (will sign on)
    # Spanish "firman el 5/10" (they sign on), "se recorre a fin de octubre" (moves to); German "verschoben"
    r"firman|firmamos|firmar|firma(?=\s+(?:el|mañana|hoy|pasado|este|esta|\d))|se\s+recorren?\s+(?:a|al|para|hasta)|verschoben\s+auf|verschiebt\s+sich\s+auf|"
    # "brisbane aged care signs fri": the day they sign (not "good signs", "signs of life")
    r"signs(?=\s+(?:on|by|before|this|next|in|at|end|early|late|mid|today|tomorrow|tmrw|mon|tue|wed|thu|fri|"
    r"sat|sun)\w*)|"
    r"(?:it|this|that|contract|deal|paperwork|po)\s+signed|signed(?=\s+(?:by|before)\b)"
    rf"(?!{SIGNED_BY_SOMEONE})|po|purchase order|"
    r"go[\s-]?live|"
    # Singapore and Malaysia: "will confirm plus chop the order tmr" (the order stamped: the close)
    r"confirm\s*(?:plus|\+|and|&)\s*chop|"
    # "wants it wrapped by Australia Day": the deal done by then
    r"(?:wrapped|wrap(?:ped)?\s+up|finali[sz]ed)(?=\s+(?:by|before)\b)|"
    # "they'll go ahead in march", "want to move fwd in Q1": when they proceed, said by a period, is the close
    r"(?:go|goes|going) ahead(?=\s+(?:in|by|early|late|mid|end|before|around)\b)|"
    r"(?:move|moves|moving) (?:fwd|forward)(?=\s+(?:in|by|early|late|mid|end|before|around)\b)|"
    # "they plan to buy in march", "will place the order by end of june": when they buy is the close too
    r"(?:buy|buys|buying|purchase|purchasing|(?:place|placing|put|putting)\s+(?:the|an|their)\s+order|"
    r"commit|commits|committing)(?=\s+(?:in|by|early|late|mid|end|before|around)\b)|"
    # "order will come next week", "the order should land by friday": the order they place is the close
    r"order\s+(?:(?:will|should|would|may|might|shall|is going to|is to)\s+)?(?:come|comes|coming|land|lands|"
    r"landing|arrive|arrives)\b|"
    r"contract|expected|expects?|expecting|target|deadline|sign-?off|award(?:ed)?|closure|"
    # the deal still going by its day: "still on track for end of May", "still on for Feb 14"
    r"on\s+track\s+for|(?<=still\s)on\s+for|"
    r"push(?:ed|es|ing)?(?: out| back)? to|slip(?:s|ped|ping)? to|delay(?:ed|ing)? to|postpon(?:ed|ing) to|"
    # "they r pushing the rollout to feb", "moved the signing back to march": the deal's date moved
    r"(?:push|pushes|pushing|pushed|slip|slips|slipping|slipped|delay|delays|delaying|delayed|move|moves|"
    r"moving|moved|postpone|postpones|postponing|postponed|bump|bumped|bumping|shift|shifted|shifting)\s+"
    r"(?:(?:the|their|our|its|this|that|whole)\s+)?(?:[\w-]+\s+){0,2}?(?:roll-?out|signing|signature|deal|"
    r"contract|go-?live|launch|close|closing|decision|project|purchase|order|po|pilot|implementation|"
    r"kick-?off|start)\s+(?:date\s+)?(?:back\s+|out\s+)?(?:to|till|until|into))\b"
    # ("采购经理", "采购部": the buyer's title or department, no purchase)
    r"|签约|签合同|签单|成交|下单|落单|拍板|定下来|落地|落实|落定|预计|有望|决定|采购(?![部经主总处科])|合同|截止|截单|签(?!到)|结单|结案|付款|(?<![票据])盖章"
    r"|(?<![a-z])(?:push(?:ed)?|delay(?:ed)?)\s*到"  # mixed: "他们说10号签不了 push到10月底"
    r"|(?<=[前底周号日])定(?=\s*(?:$|[，,。.!！；;]))"  # "说月底前定", "下周定": decided by then
    # "准备九月份推进", "打算十月再推进": pushed ahead in a month or a quarter, when they will buy
    r"|(?<=[月份度底初旬])(?:再|开始)?推进"
    r"|推迟|推到|延期|延到|延后|延迟|押后|顺延|(?<!别)拖到"  # "只係延遲到7月尾" (folded: 延迟), "拖到12月底"
    r"|(?<=[单單案])提前到|(?<=[单單案])提早到"  # "滨海重工那单提前到10月底": brought forward
    r"|(?<=[单單案])\s*改(?:到|去)"  # "嗰張單改去下個月", "那张单改到下个月": the deal's day moved
    r"|\b(?:push(?:ed|es|ing)?|slipp?(?:ed|ing|s)?|delay(?:ed|s)?|postponed?)\s*(?:到|去)",  # "pushed 到3月"
    re.IGNORECASE,
)
# Past markers: the interaction already happened even if a date word is present.
PAST_MARKERS = re.compile(
    r"\b(called|met|visited|emailed|mailed|texted|messaged|spoke|talked|had|went|was|were|did|"
    r"rang|phoned|demoed|presented|sent|dropped by|stopped by|stopped at|"
    # how an interaction went, told after it: "complained", "demo'd", "followed up"
    r"complained|demo['’]d|showed|toured|chatted|discussed|reviewed|followed up|checked in|"
    r"touched base|reached out|replied|responded|pinged|whatsapped|caught up|swung by|popped (?:in|by)|"
    r"tried|gave|took|brought|spent)\b|了|过|刚|说|表示|反馈|告诉",
    re.IGNORECASE,
)

# A paper that is signed: "the signed contract", "their countersigned order form", "the executed SOW".
_SIGNED_PAPER = (
    r"(?:counter-?)?(?:signed|executed)\s+(?:contract|agreement|order(?: form)?|po|sow|msa|quote|proposal"
    r"|offer|paperwork|docs?|documents?)\b"
)
# Another seller a deal went to: "the other vendor", "another supplier", "a local outfit", "a cheaper one",
# "the other guys"; a local / cheaper / rival one needs no noun ("going with a local").
_TAKER_NOUN = (
    r"(?:vendors?|suppliers?|compan(?:y|ies)|firms?|outfits?|providers?|guys|bidders?|partners?|shops?|"
    r"players?|distributors?|manufacturers?|contractors?|competitors?|integrators?|agenc(?:y|ies)|brands?|one)"
)
_TAKEN_BY = (
    r"someone|somebody|"
    rf"(?:(?:an?|the)\s+)?(?:local|cheaper|rival|competing|incumbent)\b(?:\s+(?:local\s+|cheaper\s+)?{_TAKER_NOUN}\b)?|"
    rf"(?:(?:an?|the)\s+)?(?:other|another|different)\s+(?:local\s+|cheaper\s+)?{_TAKER_NOUN}\b|another"
)
# Another seller of any description, by its noun: "a regional vendor", "another big outfit", "a competitor".
A_TAKER = rf"(?:an?|another|the other|some)\s+(?:[\w-]+\s+){{0,2}}?{_TAKER_NOUN.replace('|one)', ')')}\b"
# The business a taker takes: "took the contract", "won the bid", "got the job".
_THE_BUSINESS = r"(?:it|them|the (?:deal|contract|business|bid|tender|order|job|project|account|work))\b"
# Another seller in Chinese, named or described: "别家", "同行", "本地厂家", "一家更便宜的供应商",
# "平啲嘅供應商" (平些的供应商 once folded).
_CN_TAKER = (
    r"(?:(?:一家|一间|一个|家|间)?(?:本地|当地|外地|本土|国内|国外|进口|别的|其他|其它|另外的?|另一|更便宜|便宜|"
    r"平些|平一?点|更平|价格更低|价低|更低价)(?:的|些的|一?点的)?(?:一家|一间)?"
    r"(?:厂家?|工厂|厂商|公司|供应商|供货商|品牌|服务商|代理商?|经销商|同行)"
    r"|(?:第二|另一|另外一?|别)(?:间|家)(?:公司|厂家?|工厂|供应商)?"
    # any description between 一家 and the noun: "一家湖南的厂", "一间深圳嘅公司" (一间深圳的公司 folded)
    r"|(?:一家|一间)[\u4e00-\u9fff]{1,6}?的?(?:厂家?|工厂|厂商|公司|供应商|供货商|品牌|服务商|代理商?|经销商)"
    r"|别家|同行|竞争对手|对手|友商|竞品)"
)
# The order or PO come in: "PO came through", "the purchase order landed", "order received", "order is in",
# "订单今天收到了", "采购订单今天下来了", "张订单今早收到了" (not "PO should come through", "订单还没下来").
_CN_WHEN = r"(?:今天|今早|今日|今朝|刚刚|刚才|刚|已经|已|也|终于|昨天|早上|上午|下午|这边|那边|正式|都)*"
# Won / lost phrases beyond the stage synonyms, and what turns them into a plan or a negation.
WON_WORDS = re.compile(
    r"\b(won(?![’']t\b)|closed[\s-]won|signed|don\s+sign|closed the deal|deal closed|closed it|got the deal|"
    r"got the order|"
    r"po received|received the po|got the po|po came in|they signed|it'?s a win|we won|"
    r"po is in(?!\s+(?:process|progress|the\s+works|the\s+pipeline|review|approval|draft))|"
    r"deal (?:is )?done|done deal|ordered|placed (?:an?|the|their) order|said yes|yes to the \w+|"
    r"green[\s-]?lit|gave (?:us )?the green light|green light|"
    r"gave (?:us )?the go[\s-]?ahead|signed off|contract signed|closed it out"
    # Malaysia and Singapore: the order confirmed under the company's stamp ("confirm plus chop")
    r"|confirm(?:ed)?\s*(?:plus|\+|and|&)\s*chop(?:ped)?)\b"
    r"|\bclosed(?=\s*!)"  # "brightwater closed!"
    # Spanish and German: "ya firmaron", "firmó", "ganamos Aceros", "hat unterschrieben", "Auftrag erhalten"
    r"|\b(?:firmaron|firm[óo]|ganamos|unterschrieben)\b|\bauftrag\s+(?:erhalten|bekommen)\b"
    # the order come in: "PO came through", "purchase order landed", "order received", "order is in"
    # (the determiner is the subject's: "their order came through"; an order that "came in" may be goods)
    r"|\b(?:(?:the|their|its|his|her)\s+)?(?:po|p\.o\.|purchase order)\s+"
    r"(?:(?:just|finally|already|has|have|['’]s)\s+)*"
    r"(?:(?:came|come)\s+(?:in|through|thru)|landed|arrived|showed up"
    # Nigerian Pidgin "PO land this morning" (landed; "PO go land Friday" is to come)
    r"|land(?=\s*(?:this\s+(?:morning|afternoon)|today|yesterday|already|[.!]|$)))\b"
    # the PO said to be in, ending its clause: "confirm already, PO in", "PO in!" ("PO in process" is not)
    r"|\b(?:po|p\.o\.)\s+(?:already\s+)?in\b(?=\s*(?:[.!,;]|$))"
    r"|\b(?:(?:the|their|its|his|her)\s+)?order\s+(?:(?:just|finally|has|['’]s)\s+)*(?:came|come)\s+(?:through|thru)\b"
    r"|\b(?:(?:the|their|its|his|her)\s+)?(?:po|p\.o\.|purchase order|order)\s+"
    # ("PO is in process", "order is in the works": on its way, no win)
    r"(?:is\s+in\b(?!\s+(?:process|progress|the\s+works|the\s+pipeline|review|approval|draft|the\s+system)\b)"
    r"|(?:was\s+|has been\s+|got\s+)?received\b)"
    r"|\breceived\s+(?:the|their|an?|our)\s+(?:po|p\.o\.|purchase order|order)\b"
    # the PO sent to us ("X sent PO today": a win when they sent it, see stage_and_outcome) or in hand
    r"|\b(?:sent|e-?mailed|mailed)\s+(?:us\s+|me\s+)?(?:over\s+)?(?:the\s+|their\s+|a\s+|an\s+)?"
    r"(?:po|p\.o\.|purchase order)\b"
    r"|\b(?:po|p\.o\.|purchase order|signed contract)\s+(?:is\s+)?(?:now\s+)?in hand\b"
    # their PO sent with a covering line: "Please find attached PO No. VS/PO/118 …", "PFA our purchase order"
    r"|\b(?:(?:please\s+|pls\s+|kindly\s+)?find\s+(?:attached|enclosed)|pfa|attached\s+(?:is|are|herewith))"
    r"\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:signed\s+)?(?:po|p\.o\.|purchase order)\b"
    # "X is a go": the deal goes ahead ("a no-go" is not this)
    r"|\b(?:is|are|['’]s|['’]re)\s+a\s+go\b(?![-\w])"
    # the go said by them: "tammy says go", "said go ahead" ("says maybe go" is no go; "go ahead with the
    # demo" is an event's)
    r"|\b(?:says|said|gave (?:us )?)\s+(?:it['’]?s\s+a\s+)?go(?:[\s-]?ahead)?\b(?![-'’\w])"
    r"(?!\s+(?:to|for|and|back|see|through|over|on|out|into|check|visit|by|home|away|down|up|get|look|ahead)\b)"
    r"(?!\s+with\b(?!\s+(?:us|it|the (?:deal|order|contract|purchase|project))\b))"
    # the order said to be settled: "order is fixed!", "the deal's confirmed", "PO is finalised", and
    # "confirmed the PO" ("almost confirmed", "confirmed?" are no win)
    r"|\b(?:order|deal|contract|po|purchase(?: order)?)\s+(?:is|was|has been|got|['’]s)\s+"
    r"(?:now\s+|finally\s+|officially\s+|all\s+)?(?:confirmed|fixed|decided|finali[sz]ed|locked(?:\s+in)?|secured)\b"
    # "X confirm the order", "order confirmed today"
    r"|(?<!please )(?<!pls )\bconfirm(?:s|ed)?\s+(?:the\s+|their\s+)?(?:po|order|purchase order)\b"
    r"(?!\s+(?:intent|intention|is\s+coming|will|next|soon))"  # "we confirm order intent": no order yet
    r"|\b(?:po|order|purchase order)\s+(?:now\s+|finally\s+|officially\s+)?confirmed\b"
    # a signed paper that came to us: "marc sent (back) the signed contract", "the signed PO came back"
    r"|\b(?:sent|returned|e-?mailed|mailed|gave us|handed over)\s+(?:us\s+|me\s+)?(?:back\s+|over\s+)?"
    rf"(?:the|their)\s+{_SIGNED_PAPER}"
    rf"|\b{_SIGNED_PAPER}\s+(?:(?:came|has come|is|was)\s+(?:back|in)|arrived|received)\b"
    # an English verb with the Chinese mark of a thing done ("sign咗" = "sign了": signed), or the deal
    # noun with "closed" ("嗰單 closed")
    r"|(?<![a-z])(?:sign(?:ed)?|win|won)\s*了|(?:单|单子|合同)\s*(?:已经?|都|也)?\s*closed\b(?![\s-]*lost)"
    # "we got acme!", "closed globex at 78k", "landed initech - final 15k": a customer won, said with its verb
    r"|(?:^|\b(?:we|i|we['’]ve|finally|just|officially|and)\s+)(?:closed|landed|bagged|nailed|won|got)"
    r"(?=\s+(?!(?:the|a|an|them|it|him|her|back|to|some|no|an?other|our|their|in|on|off|out|up|through|\d)\b)"
    r"[\w&'’.-]+(?:\s+[\w&'’.-]+){0,2}?\s*(?:!|\bat\s+[$€£¥]?\d|\bfor\s+[$€£¥]?\d|[-–—:,]\s*(?:final|signed|po\b)))"
    r"|赢单|成交了|签约了|签了|签单了|拿下|中标|签下|已签约|已成交|下单了|已下单|搞定了|(?<!总包)(?<!方案)(?<!价格)(?<!预算)(?<!型号)(?<!规格)(?<!配置)定了(?![^，,。；;]{0,3}(?:[点號号时]|时间|日子|周|星期|礼拜|明天|后天|下午|上午|晚上))(?![^。.!！?？]*签)|同意采购|合同签了|签好了"
    # ("竹科設備確定了，禮拜五簽": settled, the signing still to come: its day is the close; "总包定了": their
    # main contractor is chosen, "方案定了", "价格定了": a thing of the deal settled, not the deal won)
    # 下訂(單)了: Taiwan for placing the order
    r"|拿到了?(?:订单|合同|单子)|(?:订单|合同|单子)到手|签回来了|签下来了|下订单了|下订了|已下订"
    # the PO or order has come in: "PO收到", "PO到了", "订单下来了" (not "PO收到后", "PO下周才下来")
    # (its number may come between: "PO no. 4500098123 收到了")
    rf"|(?:(?<![a-z])po|订单|采购单)(?:\s*(?:no\.?|#|号)?\s*[a-z]*-?\d[\d-]*)?\s*{_CN_WHEN}(?:收到(?!后|之后|以后|再|没|吗|了吗|了没)了?|到了(?!吗|没)|到手了?"
    # Cantonese "PO 收咗" (folded: 收了), "收咗PO喇": the PO received
    r"|收了(?![吗没么未])"
    r"|下来了(?!吗|没))"
    # the PO sent back: "今天回了PO", "回咗PO" (folded: 回了), "PO回了" (not "回PO了吗", "等他回PO")
    r"|(?<![等要会没未])回了\s*(?:po|订单|采购单)(?![a-z])(?!\s*(?:吗|没))|(?<![a-z])po\s*回了(?![吗没])"
    r"|(?<![等要会没未])回\s*(?:po|订单|采购单)\s*了(?![吗没])"
    # the order said to be settled: "订单落实了", "单子敲定了", "合同确定了"
    r"|(?:订单|单子|合同|这单|那单|采购单)(?:已经?|也|终于|正式|都)?(?:落实|敲定|确定|确认)(?:了|咗|喇|啦)(?![吗没么嘛未])"
    # the contract stamped (signed, in Chinese business): "合同已经盖章了", "协议盖好章了" (not "发票盖章")
    r"|(?:合同|协议|订单|采购单|po|单子)(?:已经?|都|也|终于)?(?:盖(?:了|好|完|咗)章|盖章(?:了|咗|喇|啦))(?![吗没么嘛未])"
    # ... or by whom and when, the contract understood: "王建邦今天已经盖完章", "赵总刚盖好章" (not
    # "发票已经盖章了", "这周内盖章")
    r"|(?<!票)(?:已经?|今天|刚刚?|都|也|终于)+(?:盖(?:好|完|咗)章|盖章(?:了|咗|喇|啦))(?![吗没么嘛未])"
    # ... or by the customer's boss, named by title: "赵厂长盖章了", "王总盖好章了"
    r"|(?:厂长|总|经理|主任|部长|老板|董事长|主管|处长|科长|院长|校长|局长|老总)(?:已经?|今天|刚刚?|都|也|终于)*"
    r"(?:盖(?:好|完|咗)章|盖章(?:了|咗|喇|啦))(?![吗没么嘛未])"
    # signed by hand, said of when or by whom: "郑总刚签字", "今天已经签好字", "王总签字了" (not "等签字",
    # "要签字", "签字了吗")
    r"|(?:已经?|今天|刚刚?|终于)+签(?:好|完|了|咗)?字(?![吗没么嘛未])"
    r"|(?:厂长|总|经理|主任|部长|老板|董事长|主管|老总)(?:已经?|今天|都|也|终于)*"
    r"(?:签(?:好|完|咗|了)字|签字(?:了|咗|喇|啦))(?![吗没么嘛未])"
    # the stamped contract come back to us: "合同盖章回来了", "盖好章寄回来了" (not "发票盖章回来了")
    r"|(?<!票)盖(?:好|完|了|咗)?章(?:寄|发|送|拿)?回来(?:了|咗|喇|啦)(?![吗没么嘛未])"
    r"|已签|合同(?:正式)?生效|赢了|签合同了|签了合同|谈成了|(?:那|这)?(?:单|单子)(?:也|就|终于)?成了"
    # Hong Kong: 落單 (落咗單 → 落了单) is placing the order; 喇/啦 end a sentence as 了 does
    r"|落(?:了)?单(?:了|喇|啦)|落了单|(?:签|簽)了(?:喇|啦)"
    # 傾掂(咗): talked through, agreed ("仲未傾掂": not yet, guarded; "傾唔掂" is not it)
    r"|倾掂"
    r"|(?<![收签])收了\s*(?:po|p\.o\.|订单|采购单)(?![a-z])(?!\s*(?:后|之后|以后))"
    # German inside English: "hat unterschrieben", "hat zugesagt" ("… unterschrieben werden" is to come)
    r"|\b(?:unterschrieben|zugesagt)\b(?!\s+(?:werden|wird|sein|ist\s+noch))"
    # our offer taken: "quote accepted", "they accepted the proposal", "报价被接受了", "接受了我们的方案"
    r"|\b(?:quote|quotation|proposal|offer|estimate|bid)\s+(?:(?:was|has\s+been|got|is|now|just|finally|been)\s+)*"
    r"accepted\b|\baccepted\s+(?:the|our|my)\s+(?:revised\s+|new\s+|final\s+)?(?:quote|quotation|proposal|offer|estimate|bid)\b"
    r"|(?:报价|方案|提案)(?:已经?|也|终于)?(?:被)?(?:客户)?(?:接受|采纳)了|接受了(?:我们|我司)?的?(?:报价|方案|提案)",
    re.IGNORECASE,
)
# Our offer taken, said alone a win (in WON_WORDS); said with a stage or an amount it is why the deal moved
# there ("straight to negotiation - Jonas accepted the quote", "confirmed 140k, revised quote accepted").
OFFER_ACCEPTED = re.compile(
    r"\b(?:quote|quotation|proposal|offer|estimate|bid)\b|\baccepted\b|报价|方案|提案|接受|采纳",
    re.IGNORECASE,
)
LOST_WORDS = re.compile(
    # "went / has gone / they're going with a competitor": the choice is made ("might go with" is guarded)
    # (Spanish "perdimos Lácteos", "se fueron con la competencia"; German "ist verloren", "Wettbewerber")
    r"\b(lost|closed[\s-]lost|perdimos|se\s+fueron\s+con\s+(?:la\s+competencia|otro\s+proveedor)|verloren|"
    r"(?:go|went|goes)\s+with\s+(?:a|the)\s+wettbewerber|"
    r"(?:(?:went|gone|going|goes)|(?:decided|chose|opted) to go)\s+(?:with|w/|w(?=\s))\s*(?:a |the )?"
    r"(?:competitor|someone else|somebody else|another vendor)|"
    # another seller, described: "went w/ the other vendor", "going with a local supplier", "a cheaper one"
    rf"(?:(?:went|gone|going|goes)|(?:decided|chose|opted) to go)\s+(?:with|w/|w(?=\s))\s*(?:{_TAKEN_BY})|"
    r"chose (?:a |the )?(?:competitor|someone else|another vendor)|picked (?:a )?competitor|"
    r"dropped out|not moving forward|deal is dead|dead deal|killed the deal|no deal|"
    r"(?:is|['’]s)\s+(?:dead in the water|a dead end|dead)|"  # "acme is dead": the deal, or a person? (asked)
    r"cancel+ed the deal|walked away|turned (?:us|it) down|declined|rejected (?:us|our|the)|"
    # (not "said no budget til jan", nor what we refused: "he want us to match but I said no")
    r"(?<!\bi )(?<!\bwe )said no(?=\s*(?:[,.;!:)]|[-–—]|$|to\b|thanks|thank you|again\b))|"
    r"pulled out|passed on (?:it|us|the deal)|(?:went|gone|going|goes) with \w+ instead|"
    r"chose \w+ instead|signed with (?:a |the )?(?:competitor|someone else|\w+ instead)|"
    # someone of theirs signed with another company: "nolan signed w/ samsara" (not "we signed with acme",
    # "just signed with acme!", "signed with us")
    r"(?<=[a-z] )(?<!\bwe )(?<!\bi )(?<!\bjust )(?<!\bfinally )(?<!\bofficially )(?<!\band )(?<!\balso )"
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bto )(?<!\bthen )(?<!\bwe['’]ve )(?<!\bi['’]ve )"
    r"signed\s+(?:with|w/|w(?=\s))\s*(?!(?:us|me|our|the\s+(?:deal|contract|po|order))\b)[a-z][\w&'’.-]*|"
    # chose another seller: "chose other company", "picked another supplier", "went for a different vendor"
    r"(?:chose|chosen|picked|selected|went for|gone for|going for|opted for|decided on|signed with|"
    r"switched to|(?:decided|chose|opted) to (?:use|buy from|work with|order from|sign with))\s+"
    r"(?:an?\s+|the\s+)?(?:other|another|different|cheaper|local|rival|competing)\s+(?:\w+\s+)?"
    r"(?:company|companies|vendors?|suppliers?|providers?|partners?|firms?|bidders?|agenc(?:y|ies)|"
    r"integrators?|manufacturers?|brands?|solutions?|products?|platforms?|systems?|tools?|offers?|quotes?)|"
    r"not going ahead|won'?t (?:be )?going ahead|not proceeding|decided not to (?:go ahead|proceed|buy|sign)|"
    r"pulled the plug|(?:project|deal|order|contract) (?:was |got |is )?cancel+ed|going in-house|"
    r"passed(?=\s*(?:[,.;!]|[-–—]|$))|"  # "umbrella health passed, timing not right"
    # "kingsway walked. ravi called …": the customer walked away (not "walked me through", "walked the site")
    r"walked(?=\s*(?:[,.;!]|[-–—]|$)))\b"
    r"|丢单|输单|丢了|输给|输了|黄了|没戏|飞单|选了竞争对手|选择了竞争对手|不做了|放弃了|取消了合作|(?:说|决定)放弃"
    # "宏昇掉了，许总说…", "那单掉了": the deal dropped, said at the clause's end (not "价格掉了",
    # "电话掉线了", "掉了一个模块")
    r"|掉单|(?<![价钱额算话号线量数率点格度分])掉了(?=\s*(?:[，,。.!！;；～~]|$))"
    # chose another seller: "选了别的公司", "揀咗第二間" (拣了第二间), "签了别家"
    rf"|(?:选|选择|拣|挑|用|找|定|签|跟|换|转)(?:了|成)(?:一家|一间)?{_CN_TAKER}"
    # signed with another seller: "同第二间公司签了", "最后跟一家本地厂签约了"
    rf"|(?:跟|同|和|与){_CN_TAKER}(?:签|合作|成交|下单)"
    r"|(?:选|选择|拣|挑|用|找|定|签|跟)了(?:别家|另(?:一|外一?)(?:家|间)|第二(?:间|家)"
    r"|(?:别的|其他|其它|另外的?)(?:公司|供应商|厂家|厂商|品牌|服务商|家))"
    # Hong Kong: "唔做喇" (不做喇), "嗰單冇咗" (那单没了): not going ahead, the deal is gone
    r"|不做(?:喇|啦)|(?:(?<![价货清账菜名])单|单子|生意|项目)(?:都|也)?没了"
    r"|没谈成|谈崩了|没成交|不合作了|(?:项目|单子|订单|采购|合作)(?:被)?取消了|决定自己(?:开发|做)"
    # taken by another vendor, or not got: "被对手抢走了", "单子给了友商", "那单没拿到", "没中标", "落标"
    r"|(?:被|让|给)[^，,。；;!！]{0,6}?(?:对手|友商|别家|同行|别人|竞品|竞争者|其他供应商|"
    rf"{_CN_TAKER})[^，,。；;!！]{{0,3}}?"
    rf"(?:抢走|抢|拿走|拿下|拿去|截胡|撬走|撬|挖走|签走)|给了{_CN_TAKER}"
    # given to someone else to do: "那单给别人做了", "交给别家了"
    r"|(?:给|交给|让)了?(?:别人|别家|同行|对手|友商)(?:做|干|接)?了"
    r"|(?:单|项目|订单|合同|标)[^，,。；;!！还]{0,3}?(?<!还)没(?:拿到|拿下|签下|签成|做成)"
    r"|(?<!还)没(?:拿到|拿下|签下)(?:这个|那个|这|那)?(?:单子?|项目|订单|合同)|没中标|未中标|落标"
    # not got, said as settled at the clause's end: "确定没拿到，…", "最后没拿下。" (not "还没拿到",
    # "PO没拿到")
    r"|(?:确定|确认|肯定|最后|最终|结果|终究)(?:还是)?没(?:拿到|拿下|签下|签成|做成|中标)(?=\s*(?:[，,。.!！;；～~]|$))"
    r"|\b(?:competitors?|rivals?|the other (?:vendor|guys?|bidder)|another vendor)\s+"
    r"(?:took|stole|snagged|grabbed|won|got)\s+"
    r"(?:it|them|the (?:deal|contract|business|bid|tender|order|job))\b"
    # another seller, described, took it: "a rival took the contract", "another outfit won the bid"
    # (what it did on the way may stand between: "a competitor undercut us and got the deal")
    rf"|\b(?:{_TAKEN_BY}|{A_TAKER})\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:took|stole|snagged|grabbed|won|got|landed|walked off with)\s+{_THE_BUSINESS}"
    # chose another seller of any description: "picked a regional vendor", "signed with a bigger outfit"
    r"|\b(?:chose|chosen|picked|selected|went for|gone for|opted for|decided on|signed with|switched to|"
    r"(?:went|gone|going|goes) (?:with|w/)|(?:decided|chose|opted) to (?:go with|use|buy from|work with|"
    rf"order from|sign with))\s+{A_TAKER}"
    rf"|\b(?:gave|given|handed|awarded)\s+{_THE_BUSINESS}\s+to\s+(?:{_TAKEN_BY}|{A_TAKER}|(?:the\s+)?competitors?)"
    r"|\b(?:we\s+)?(?:didn['’]?t|did not)\s+(?:get|win|land)\s+"
    r"the (?:deal|contract|bid|tender|order|job|business)\b"
    r"|\bawarded\s+(?:it|the (?:contract|deal|bid|tender|job|business))\s+to\b"
    r"|\bwent to (?:a |the )?(?:competitor|rival|another vendor|someone else)\b",
    re.IGNORECASE,
)
# A loss said of the customer itself, which may as well be news about a person ("acme is dead", "bob is
# dead"): read as a loss, shown on the card to be confirmed; said of the deal ("the deal is dead") it is sure.
UNSURE_LOSS = re.compile(r"(?:is|['’]s)\s+dead\b", re.IGNORECASE)
SURE_LOSS_SUBJECT = re.compile(
    r"\b(?:deal|opp|oppty|opportunity|project|order|it|that one)\s*$", re.IGNORECASE
)
# "signed the NDA" is paperwork, not a won deal.
OUTCOME_AFTER_GUARD = re.compile(r"\s*(?:the\s+|an?\s+)?(?:nda|loi|mou|form|forms|docs?|documents?)\b", re.I)
OUTCOME_GUARD = re.compile(
    r"(\b(expect(?:ed|ing)? to|will|going to|hope to|hoping to|plan to|should|could|might|may|about to|"
    r"to|not|n't|never|almost|nearly|if|before|might|once|when|until|likely|probably|maybe|considering|"
    r"thinking|leaning|tempted)\s+(?:\w+\s+)?$)"
    r"|\bbe\s+$|['’]ll\s+(?:\w+\s+)?$"  # "it'll be signed by the end of next week": to come
    r"|\b(?:the|a|an|their|our|his|her|its|my|your)\s+$"  # "chase them for the signed PO": a describing word
    r"|\b(?:wants?|wanted|needs?|needed|asks?|asked|expects?|hopes?|waiting for)\s+(?:[\w'’-]+\s+){0,3}$"
    # what is to be checked, not news: "check if the Manaus PO arrived", "see whether their order came in"
    r"|\b(?:if|whether|unless)\s+(?:[\w'’.-]+\s+){0,3}$"
    r"|(预计|准备|计划|将|要|会|能|能够|可以|争取|希望|有望|可能|还没|没有|没|未|不|快|即将|如果)\s*$"
    # German: "noch nicht unterschrieben", "wird … unterschreiben", "soll morgen zugesagt werden"
    r"|\b(?:nicht|kein|keine|nie|noch|wird|werden|soll|sollen|will|bald|fast|vielleicht|wenn|falls)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
REASON_LEAD = re.compile(
    r"^\s*(?:[-–—:,，：]\s*)*(?:(?:it|them|the deal|deal)\s+)?(?:(?:to|because(?: of)?|due to|since|as|on|"
    r"reason:?|bc|b/c|cause)\b|因为|由于|原因是?|理由是?|输给了?|败给了?)\s*",
    re.IGNORECASE,
)
# A sigh or a pity said with an outcome; no reason, no content: "lost it, pity, …", "丢了 唉 可惜".
INTERJECTION = re.compile(
    r"(?:唉|哎|哎呀|算了|可惜|太可惜了|真可惜|遗憾|很遗憾|没办法|ugh|sigh|damn|dang|oh well|too bad|bummer|"
    r"pity|what a pity|shame|what a shame|sadly|sad|so sad|unfortunately|alas|meh|oh|argh|:\(|[\W_])*",
    re.IGNORECASE,
)
REASON_MARK = re.compile(r"\b(because(?: of)?|due to|reason:?|bc|b/c)\b|因为|由于|原因是?|理由是?", re.I)
# A lost (or won) deal coming back: "reopen at 40k", "Hooli is back on", "重新打开".
REOPEN = re.compile(
    r"\b(re-?open(?:ed|ing)?|revived?|back from the dead|resurrected|un-?lost"
    # "circle back on the 16th", "get back on friday": we get in touch again, nothing comes back
    r"|(?<!circle )(?<!get )(?<!come )(?<!call )(?<!check )(?<!touch )(?<!ring )(?<!reach )"
    r"(?<!push )(?<!pushes )(?<!pushed )(?<!pushing )(?<!pushback )"  # "pushing back on price": no reopen
    r"back on(?: the table)?)\b"
    r"|\bback in (?:play|the game|business)\b|\balive again\b|\bcame back to life\b"
    r"|\brestart(?:ed|ing|s)?\s+(?:the\s+|their\s+|that\s+)?(?:talks|negotiations?|discussions?|deal|project)\b"
    # the deal named by a word of its own before the noun: "restart the yacht thing", "the kiln one"
    r"|\brestart(?:ed|ing|s)?\s+(?:the|their|that)\s+(?:[\w-]+\s+){1,3}?(?:thing|one|project|deal|order|contract)\b"
    r"|\bback open\b"
    # an English word inside Chinese has no word boundary before it: "那个deal又reopen了"
    r"|(?<![A-Za-z])re-?open(?:ed|ing)?(?![A-Za-z])"
    r"|重新打开|重新开启|重新启动|重启|重开|又有戏|复活(?!节)|恢复(?:跟进|商机)?|重新谈|重新倾|又活了|活过来了|起死回生|死灰复燃"
    # opened again: "重新开起来", "重新開返", "open their deal again", "open it back up"
    r"|重新(?:开起来|开返|开回)|(?:单|单子|商机|项目|案子)[^，,。；;]{0,3}重新开|\bopen(?:ed|ing)?\s+(?:it|them|(?:the|their|that|this)\s+(?:deal|opp(?:ortunity)?|one))"
    r"\s+(?:again|back up)\b"
    r"|又回来找(?:我们|我)|回头找(?:我们|我)|又找(?:回来|上门)了?|又(?:来|跑来|过来)找(?:我们|我)"
    # "Niagara Icewine is back, the US importer fell through": the customer came back to us
    r"|\b(?:is|are)\s+back(?=\s*(?:[,.;!–—-]|$|\s+again\b|\s+with\s+us\b))"
    # the case opened again: "重新開案60萬", "重新立项了"
    r"|重新(?:开|立)(?:案|项)"
    # Portuguese and Polish: "Recife reabriu!", "reabrir a negociação", "wznowili rozmowy", "katowice
    # gornictwo wróciło!" (came back)
    r"|\b(?:reabri(?:u|ram|r|mos)|reaberto|reaberta|wznowi(?:li|ł|ła|ć)|wróciło|wrócili|wrócił|wróciła)(?!\w)"
    # open again, in English, German and Spanish: "Linzer Stahlguss is wieder offen!", "is open again",
    # "se reabrió"
    r"|\b(?:is|are|ist|sind)\s+(?:wieder\s+offen|open\s+again)\b|\b(?:se\s+)?reabri(?:ó|o|eron)\b",
    re.IGNORECASE,
)
# An interaction said as not to be had, a standing rule of theirs: "no calls after 2pm", "never ring before
# 10", "don't visit on mondays", "下午三点以后别打电话", "中午不要打电话", "周一不方便拜访".
THEIR_RULE = re.compile(
    r"\b(?:no|never|don['’]?t|do\s+not|avoid)\s+(?:any\s+|more\s+)?"
    r"(?:calls?|calling|ring(?:ing|s)?|phon(?:e|ing)|visits?|visiting|meetings?|e-?mails?|texts?|texting|messages?"
    r"|whatsapps?|contact(?:ing)?|drop-?ins?)\b"
    r"|(?:别|不要|不能|不用|勿|避免|不方便|不好)(?:再|去|来)?(?:打电话|打给|打过去|来电|联系|拜访|上门|过去|发微信|打扰)"
    r"|不接电话"
    # their preference, with its time: "prefers afternoon visits", "only takes calls on tuesdays",
    # "只接受上午拜访"
    r"|\b(?:prefers?|preferred|prefer(?:s|red)?\s+to|only\s+(?:takes?|accepts?|does|available|free))\b"
    r"|只接受|只接|只在|只有[^，,。；;]{0,6}?(?:有空|方便)|偏好|更喜欢|比较喜欢|喜欢在|习惯在",
    re.IGNORECASE,
)
# A meeting with us they want or we arranged, on a day ("梁老闆話下個禮拜二想見面", "禮拜五約咗佢開會",
# "she wants to meet thursday"): a reminder of ours, whatever the learned opinions make of their saying it
# (simplified).
# Talking again ("禮拜一再聊", "下個禮拜四再傾", "talk again thursday"): a meeting of ours to come, on the day
# said with it.
MEET_AGAIN = re.compile(
    r"再(?:倾|傾|谈|談|聊|约|約|见|見|联系|聯繫|沟通|溝通|跟进|跟進|follow|跟)"
    r"|\b(?:talk|speak|chat|meet|catch\s+up|call\s+(?:him|her|them))\s+again\b|\bcircle\s+back\b",
    re.IGNORECASE,
)
# A period with no day in it: "next week", "next month", "下周", "下个月" (its first day is a guess).
PERIOD_ONLY = re.compile(
    r"(?:(?:sometime|some time|early|later|within|by)\s+)?"
    r"(?:next|coming|the following)\s+(?:week|wk|month|mth)"
    r"|下\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜|月)(?:内|之内|以内|初|中)?(?!\s*[一二三四五六日天末1-7])",
    re.IGNORECASE,
)
MEETING_WITH_US = re.compile(
    r"想(?:约|见|谈|聊|倾)|约(?:了|咗|好)(?:佢|他|她|他们|佢哋)?(?:开会|见面|饮茶|食饭|吃饭|倾|谈|聊)"
    r"|\b(?:wants?|keen|would like|asked)\s+to\s+(?:meet|catch up|see (?:us|me))\b",
    re.IGNORECASE,
)


# They want to talk again ("灣仔利達話想再傾過", "wants to talk again", "想重新谈谈"): the lost deal comes
# back when the customer has no open deal and its last one was lost (`deal_record`); of a customer with
# an open deal it is only what they said.
TALK_AGAIN = re.compile(
    r"(?:想|要|愿意|希望|打算|肯)(?:再|重新)(?:倾|谈|聊)(?:过|返|一下|下|谈|聊)?"
    r"|\b(?:wants?|wanted|would like|keen|ready|willing)\s+(?:to\s+)?(?:talk|speak|chat)\s+"
    r"(?:to us\s+|with us\s+)?again\b"
    r"|\b(?:wants?|wanted|would like|keen|ready|willing)\s+to\s+(?:revisit|reconsider|re-?engage)\b"
    # they came back, said as news: "又回来了", "又返嚟了", "came back to us" (a person back from a trip is
    # "张总回来了", with no 又, and "back from …")
    r"|又(?:回来|返嚟|返来|返咗嚟|回头)了?"
    r"|\b(?:came|come|coming|comes)\s+back\s+(?:to us|to the table|around)\b",
    re.IGNORECASE,
)
# The message says the deal stays as it is: its amount or stage words only describe it.
NO_CHANGE = re.compile(
    r"\b(?:nothing (?:changed|changes|new|concrete|to change)|no change|unchanged|no news|same as before|"
    r"as (?:is|before)|still (?:the same|on track)|(?:is|are|stays?|remains?)\s+still"
    # "board will decide end of july like planned"
    # ("as agreed" may be news: "will sign by 20th as agreed")
    r"|(?:like|as)\s+(?:planned|scheduled|we\s+planned))\b"
    r"|没变|不变|没有变化|没什么变化|照旧|维持原样|还是老样子",
    re.IGNORECASE,
)
# An extra deal next to the open one: "add-on quote 5k", "another 10k for training", "追加".
ADD_ON = re.compile(
    r"\b(add-?on|additional|another|extra|separate|(?:second|2nd|next) phase|second|2nd|upsell|expansion|"
    # "30k on top" is more money beside the open deal, as "12k extra"
    r"phase (?:2|two|ii)|on top(?: of)?|"
    r"in addition to|(?:its|their) own deal|keep (?:it|this|them) (?:apart|separate)|"
    r"apart from the (?:current|existing|other)|leave the (?:current|existing|other) (?:one|deal|quote))\b"
    # Spanish and German: "otra orden de Muebles Michoacán", "neuer Auftrag"
    r"|\b(?:otra\s+orden|otro\s+pedido|nuevo\s+pedido|weiterer\s+auftrag|neuer\s+auftrag)\b"
    r"|\bnew (?:deal|opp|oppty|opportunity|order|case|"
    r"project(?!\s+(?:manager|director|lead|engineer|head|coordinator)))\b"
    # 新项目经理: a new project manager, no new project
    r"|追加|加购|增购|另一个|另外一个|另外|二期|扩容|新项目(?!经理|总监|主管|负责人|助理|专员|工程师)|新单|新商机|新机会|加一个|加个|再加一单|单独立项|单独|分开"
    # one more of a thing counted: "加多個倉" (加多个仓), "加多间分店", "加一条灌装线", "再加两台"
    r"|加(?:多[一两几]?|[一两几])(?:个|间|条|台|套|座|栋|层|家|期)(?!联系人|人)"
    r"|新建一个|另建一个|另开一个"
    # another order at a customer: "鼎泰又要一單", "又下了一单", "年底要再訂一批禮盒"
    r"|又(?:下了?|要|来了?)一[单批]|再(?:订|下|要)一[单批]",
    re.IGNORECASE,
)
# A title piece that names nothing ("deal", "new opp", "项目"), and the ADD_ON words that say what kind of
# deal it is, so they can name it when nothing else does ("Globex Inc expansion").
DEAL_WORDS_ONLY = re.compile(
    r"(?:(?:new|the|a|an|this|that)\s+)*(?:deals?|opps?|oppty|opportunit(?:y|ies)|projects?|orders?|new)"
    r"|单子|单|项目|商机|新",
    re.IGNORECASE,
)
ADD_ON_KINDS = frozenset(
    {"add-on", "addon", "upsell", "expansion", "phase 2", "phase two", "phase ii", "二期", "扩容"}
    | {"2nd phase", "second phase", "next phase"}  # "stark wants a 2nd phase, ~80k": no deal titled "phase"
)
# A new deal said as their plan for a later period ("嘉利陳生話下年再加單", "says they'll add an order next
# year"): what they said, no deal yet.
THEIR_SAYING = re.compile(r"说|话|讲|表示|提到|\b(?:says?|said|mentioned|told)\b", re.IGNORECASE)
LATER_PERIOD = re.compile(
    r"下年|明年|下半年|年底|年后|下个?季度|\bnext\s+(?:year|quarter|fy)\b|\blater\s+this\s+year\b",
    re.IGNORECASE,
)
# A deal put off: with a date that date is the close; without one the bot asks when ("bosi 的单子推迟了").
POSTPONED = re.compile(
    r"\b(?:postponed|push(?:ed|es|ing)? (?:(?:the|their|our|it|this|that|[a-z-]+ing|decision|date|start|"
    r"signing|deal|close|contract|order|po|project|go-?live)\s+){0,2}(?:back|out)|delayed|slipp(?:ed|ing)|"
    r"on hold|put(?:ting)? (?:(?:it|the \w+)\s+)?off|"
    # "pushed the close", "the signing got pushed": put off, said without back/out (a date, if any, is read)
    r"push(?:ed|es)? (?:the|their|our) (?:close|closing|close date|signing|decision|go-?live|start)|"
    # "push the Granger close date back": the customer's name between
    r"push(?:ed|es|ing)? (?:the|their|our) (?:[\w&'’.-]+\s+){1,3}?(?:close|closing|signing|decision|go-?live"
    r"|thing|one|deal|project|order)(?:\s+date)?\s+(?:back|out)|"  # "push the Sligo thing out a bit"
    r"(?:got|was|been|being) pushed|"
    # "close date pushed", "the signing has moved": the deal's day moved, to when is not said (a date, if
    # any, is read as the close)
    r"(?:close|closing|signing|decision|go-?live)(?:\s+date)?\s+(?:has\s+|have\s+|was\s+|got\s+|is\s+)?"
    r"(?:pushed|moved|shifted|slipped|changed|delayed|postponed)(?!\s+(?:up|forward|ahead)\b)"
    # "close date needs to change", "the signing date will move": to when is not said
    r"|(?:close|closing|signing)\s+date\s+(?:needs?\s+to|has\s+to|will|must|is\s+going\s+to)\s+"
    r"(?:change|move|shift|slip|be\s+(?:changed|moved|pushed))"
    r")\b"
    r"|推迟|延期|延后|往后推|推后|搁置|往后拖|拖后|拖延|推到|延到|拖到|延迟|往后挪|往后移|挪后|顺延"
    # the deal's day said to change ("截單日期要改", "签约日期要延"): to when is not said
    r"|(?:截单|签约|签单|成交|结案)(?:日期|时间|日子)[^，,。.；;！!？?\d]{0,4}?(?<![不没未别无])(?:改|延|推|变|调)"
    # the verb before the deal's day, the customer between: "push the X close date", "move the Y close date"
    # (or with no article, chat style: "change sembawang close date", "update X's close date")
    r"|\b(?:push|move|bump|slide|shift|change|update|delay|amend|edit|modify|alter|adjust|tweak|fix|correct|revise)"
    r"\s+(?:(?:the|their|our)\s+)?(?:[\w&'’.-]+\s+){0,4}?"
    r"(?:close|closing|signing|go-?live)\s+date\b"
    r"(?!\s+(?:to|till|until|in|into|as|is)\b|\s+(?:for|on)\s+\d|\s*[:=]?\s*\d)"  # "for X" names the deal
    # the verb before the day, in Chinese: "改一下X的成交日期", "更新下X的签约时间" (to when is not said)
    r"|(?:改|更新|调整|修改|变更|挪)(?:一下|下)?[^，,。.；;！!？?\d]{0,14}?的?(?:截单|签约|签单|成交|结案)(?:日期|时间|日子)"
    r"(?![^，,。.；;！!？?]{0,4}\d)",
    re.IGNORECASE,
)
# A deal's amount said to change, with no new value in the message ("金额要调整", "那个金额要变一下",
# "个银码要改", "the amount will change", "value on the deal needs updating"): to how much is asked, not
# guessed. Not a change denied ("金额不变", "price won't change", "no change to the amount").
AMOUNT_TO_CHANGE = re.compile(
    r"(?:金额|价格|价钱|价|报价|预算|银码|总价|合同额|单价)(?:[^，,。.；;！!？?\d]{0,6}?)"
    r"(?<![不没未别无])(?:调整|调一调|调|改动|更改|修改|改|变动|变化|变|重新算|重算|涨|降|加|减|压"
    # given way on or talked over again: "金额可能要让一点", "价格要重新谈"
    r"|让(?:一)?(?:点|些|步)|让利|打折|打个折|重新谈|重谈|再谈|重新倾|再倾)"
    r"|\b(?:amount|price|pricing|value|figure|number|budget|quote|numbers)\b(?:(?!\b(?:not|no|never|won['’]?t|"
    r"doesn['’]?t|don['’]?t|isn['’]?t|unchanged|same)\b)[^,.;!?\d]){0,40}?"
    r"\b(?:change[sd]?|changing|revised|revising|updated|updating|adjusted|adjusting|"
    r"go(?:es|ing)? (?:up|down)|went (?:up|down)|move[sd]?|moving|shift(?:s|ed|ing)?|lowered|reduced|"
    r"cut|dropped|raised|redone|come (?:down|up)|coming (?:down|up)|renegotiat(?:e|ed|ing|ion))\b"
    # the verb before the noun: "想减价", "要改报价", "要求降价" (a wish to change it: to how much?)
    r"|(?<![不没未别无])(?:想|要|要求|希望)(?:再)?(?:调整|调|改|降|减|压|涨|加)(?:一下|下)?(?:价格|价钱|报价|金额|价)"
    # a discount wished, how much not said: "要打折", "想打个折", "want a discount", "renegotiate the price"
    r"|(?<![不没未别无])(?:想|要|要求|希望|得|需要)(?:再)?(?:打个?折|给个?折扣|打点折)"
    r"|\b(?:wants?|wanted|asking for|asked for|asks for|requested|requesting|pushing for|looking for|"
    r"need|needs)\s+"
    r"(?:a|some|another|an extra|a bigger|more of a)\s+discount\b"
    r"|\brenegotiat(?:e|ed|ing)\s+(?:the\s+|their\s+|our\s+)?(?:price|pricing|amount|quote|figure)\b"
    # the English noun with the Chinese verb: "amount maybe 再加一点", "price 要调整"
    r"|\b(?:amount|price|pricing|value|budget|quote)\b[^,.;!?\d，。；！？]{0,12}?(?<![不没未别无])"
    r"(?:调整|调|改|涨|降|加|减)"
    # the verb before the noun, no value after it: "update the heartland amount", "revise the X number"
    # (or with no article, chat style: "update clementi amount", "change X's value")
    r"|\b(?:update|change|revise|adjust|redo|rework|fix|correct|lower|raise|bump|amend|edit|modify|alter|tweak)"
    r"\s+(?:(?:the|their|our)\s+)?"
    r"(?:[\w&'’.-]+\s+){0,4}?(?:amount|price|pricing|number|figure|quote|value)\b"
    r"(?!\s+(?:to|at|of|from|is|as)\b|\s+(?:for|on)\s+[$€£¥]?\d|\s*[:=]?\s*[$€£¥]?\s*\d)"
    # a price wanted without a part of it: "wants the price w/o the spa stuff", "去掉安装费重新报价"
    r"|\b(?:price[ds]?|pricing|quote[ds]?|re-?quoted?)\s+(?:without|w/o|minus|less|excluding|sans)\b"
    r"|(?:去掉|不含|拿掉|减掉|去除|扣掉|不要)[^，,。.；;！!？?\d]{1,10}?重新(?:报价|报|算|做)",
    re.IGNORECASE,
)
DEAL_NOUN = re.compile(
    r"\b(?:deals?|signing|close|closing|decision|contract|go-?live|project|rollout)\b"
    r"|单子|单|项目|签约|签合同|合同|商机|采购|下单|上线|案子|截单|结案",
    re.IGNORECASE,
)
# A new deal said outright, with or without an amount: "new opp at helios", "新商机", "cascade - new lead".
# The deal nouns after a word that makes them one more ("second project", "另开一个商机", "又来一个单子").
NEW_DEAL = re.compile(
    r"\b(?:new|another|second|2nd|separate|additional|one more|extra|add-?on)\s+"
    # (its amount may come first: "a new 12k pilot")
    r"(?:[$€£¥]?\d[\d.,]*\s?[km]?\s+)?"
    r"(?:lead|opp|oppty|opportunity|deal|pilot|poc|project(?!\s+(?:manager|director|lead|engineer|head|coordinator))|"
    r"case)s?\b"
    r"|(?:新的?|另|又|再)(?:开|来|有|起|立|增|加|签)?了?(?:一个|一|个)?(?:新的?)?"
    # 新项目经理: a new project manager, no new project
    r"(?:商机|项目(?!经理|总监|主管|负责人|助理|专员|工程师)|单子|单(?![价独据位号元])|线索)|(?:新|另)(?:开|来|有)?了?(?:一个|一|个)?(?:新的?)?机会"
    r"|(?:追加|加|多)了?(?:一个|一|个)(?:新的?)?(?:商机|项目|单子|单(?![价独据位号元])|机会)",
    re.IGNORECASE,
)
# Words that name the deal's money (in text folded to simplified characters): "amount", "budget", "报价".
MONEY_WORDS = re.compile(
    r"(?<![A-Za-z])(?:amount|budget|price|pricing|quote|value)(?![A-Za-z])|金额|报价|预算|价格|价钱|银码|总价",
    re.IGNORECASE,
)
# Words after which a bare number is money: "deal 50000", "budget 12000", "报价30000".
AMOUNT_CUE = re.compile(
    r"\b(deal|worth|budget|amount|price[ds]?|pricing|quote[ds]?|quoted|offer|value|valued|revenue|total|"
    r"po|order value|contract|renewal|arr|mrr|at|for|to|now)\b[^\d]{0,8}$"
    r"|(?:金额|报价|预算|价格|合同|单子|商机|总价|总额|改成|改为|调到|涨到|降到|到|单价|每台|每套|每件"
    r"|每平方米|每平米|每平方|每平|每坪|每吨)[^\d]{0,4}$",
    re.IGNORECASE,
)
# A bare number priced per thing by "@": after things counted (clock_times.COUNTED_AT: "3 seats @ 1200") or
# with "each" / "per …" after it ("@ 1200 each"); "call bob @ 10 tomorrow" is a time, no money.
PRICED_EACH = re.compile(r"\s*(?:each|apiece|ea|per\s+[a-z]+)\b", re.IGNORECASE)
# ("new company Zephyr Analytics": a company's name right after; "moved to a new company" is no customer)
NEW_CUSTOMER = re.compile(
    r"\bnew (?:customer|client|prospect|lead|account)\b|\bnew company\b(?=\s*[:：,-]?\s*(?-i:[A-Z]))"
    r"|新客户|新线索",
    re.IGNORECASE,
)

# Explicit stage moves may go backwards; a stage merely mentioned only moves a deal forward.
MOVE_WORDS = re.compile(
    r"\b(moved?|moving|advanced?|progressed|now (?:in|at)|stage|is in|went to|(?:back )?to\s*$)|进\s*$"
    r"|进入|推进到?|转到|到了|阶段|退回到?|退到|回到|推到\s*$"  # "deal 推到 proposal 了": pushed on to it
    # "deal push到negotiation", "deal go negotiation", "we're into negotiation": moved on to it
    r"|(?<![a-z])push(?:ed|es)?\s*(?:到|to|into)\s*$|\bgo(?:es)?\s+(?:into\s+|to\s+)?$"
    r"|(?:\bdeal|单子?|商机|项目)\s*去\s*$"  # "deal 去 negotiation": the deal went on to it
    r"|去到\s*$"  # Cantonese: "新馬路餅家嗰單去到negotiation" went on to it
    # Spanish and German: "pasa a negociación", "ya entramos a negociación", "ist jetzt in Verhandlung"
    r"|\b(?:pasa|pas[óo]|pasamos|entramos|entr[óo]|entra)\s+(?:a|en)\s+(?:la\s+)?$|\bjetzt\s+in\s+(?:der\s+)?$"
    r"|\b(?:we|they)(?:['’]re|\s+are)\s+(?:now\s+)?in(?:to)?\s+$|\binto\s+$"
    # "we entered negotiation", Nigerian Pidgin "we don enter negotiation proper": gone on into it
    r"|\b(?:enter(?:ed|s|ing)?|don\s+enter)\s+$"
    # "升到谈判", "降回线索", "晋级到方案", "升咗去談判" (升了去): moved to the stage said right after
    r"|(?:[升降晋](?:级|了)?\s*(?:到|至|回|去)|晋级)\s*$"
    # Cantonese "轉做議價" (turned into), "入咗proposal" (went into it)
    r"|(?:转做|转成|转去)\s*$|(?<![进收加输深投出录写])入(?:咗|了)?\s*$"
    # "deal 拉到 negotiation 了" (pulled on to it), "拉进方案阶段"
    r"|拉(?:到|进|入|去)\s*$"
    # "改 negotiation", "改成方案阶段": changed to the stage said next ("改方案" is revising the proposal)
    r"|改(?:成|为|到|去)\s*$|改\s+$",
    re.IGNORECASE,
)
# A stage word with one of these around it reports the step as done ("sent the proposal", "报价发了"):
# the deal moves forward. A stage word merely mentioned ("the quote is still in review") moves nothing.
STAGE_DONE_BEFORE = re.compile(
    r"(?:\b(?:sent|submitted|gave|delivered|presented|emailed|sending|send|quoted|lodged|handed in|put in)\b"
    r"[^,.;!?]{0,16}"
    # (出了报价: a quote issued, "即场出咗quote俾佢"; Portuguese "enviei a proposta", Polish "wysłałem
    # ofertę")
    r"|(?:发了|提交了|给了|递交了|发送了|已发|发|提交|给|出了|报了)[^，。；！？]{0,4}"
    r"|\b(?:enviei|enviamos|mandei|wysłałem|wysłałam|wysłaliśmy)\b[^,.;!?]{0,8}"
    # Spanish "le mandé la cotización", "envié la cotización"
    r"|\b(?:mandé|mande|envié|mandamos)\b[^,.;!?]{0,16})$",
    re.IGNORECASE,
)
STAGE_DONE_AFTER = re.compile(
    r"^\s*(?:(?:is |was |has been )?(?:sent|submitted|out|delivered|went out)\b"
    r"|(?:已)?(?:发了|发过去|提交了|已发|给了)"
    r"|(?:enviada|enviado|wysłana|wysłany)\b)",
    re.IGNORECASE,
)
# A stage said to have been sent ("sent lukas and the team the proposal", "方案已经发过去了"): the sending
# is an interaction of its own (an e-mail) when the deal does not move.
SENT_BEFORE = re.compile(
    r"(?:\b(?P<verb>sent|emailed|e-mailed|submitted|delivered|shot|fired off|forwarded|lodged|handed in|"
    r"put in)\b[^,.;!?]{0,60}"
    r"|(?P<cn>发了|发过|已发|已经发|提交了|已提交|递交了|寄了)[^，。；！？]{0,6})$",
    re.IGNORECASE,
)
SENT_AFTER = re.compile(
    r"^\s*(?:(?:is |was |has been |got )?(?:now |just |finally )?(?:已经?|都|也)?\s*"
    r"(?P<verb>(?:sent|submitted|delivered|went out|emailed|e-mailed|lodged|handed in|in)\b|send(?=\s*了))"
    r"(?!\s+(?:the|a|an)\b)"
    # a day or a time of day may come between ("标书昨天递交了", "报价上午已经发了")
    # (its number may come between: "报价单号Q-2033-118 今天寄出去了")
    r"|[单书稿]?(?:号\s*[:：#]?\s*[A-Za-z0-9][A-Za-z0-9-]*)?\s*(?:昨天|前天|今天|今早|上午|下午|早上|刚刚|刚才|刚|上周|上星期|昨晚)?\s*(?:已经?|都|也)?"
    r"(?P<cn>发了|发过去|发出|发给[^，。；！？]{1,20}?了|提交了|交了|寄了|寄过去|寄出|递交了|投了|交上去了|递了|送过去了"
    r"|递上去了|送上去了|入了))",  # "份標書入咗" (入了): the tender is in
    re.IGNORECASE,
)

# Whole-message questions: my day, the pipeline, my reminders, help, undo, find a customer.
QUERIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "today",
        re.compile(
            r"^(what'?s|what is|whats|show|show me)?\s*(on|up|my|for)?\s*(for\s+)?(my\s+)?"
            r"(today|day|agenda|plan for today|schedule today|today'?s plan)\s*\??$"
            r"|^what do i have( today| on today)?\s*\??$|^(my )?agenda\??$"
            r"|^今天(有什么安排|有啥安排|有什么|有啥|的安排|安排|干什么|做什么|要做什么|的任务|的待办|要干嘛)?[？?]?$"
            r"|^我的一天$|^今日安排$",
            re.IGNORECASE,
        ),
    ),
    (
        "pipeline",
        re.compile(
            r"^(show\s+(me\s+)?)?(my\s+|the\s+|team\s+|our\s+)?(pipeline|forecast|funnel)\s*(status|pls|please)?\??$"
            r"|^how'?s (my|the|our) (pipeline|forecast)( looking)?\??$"
            r"|^(我的|团队的?)?(销售)?(漏斗|管道|商机|预测|业绩预测|pipeline)[？?]?$",
            re.IGNORECASE,
        ),
    ),
    (
        "reminders",
        re.compile(
            r"^(show\s+)?(my\s+)?(reminders|follow[\s-]?ups|to[\s-]?dos?|tasks|open reminders)\s*\??$"
            r"|^(我的)?(提醒|提醒列表|待办|待办事项|跟进事项)[？?]?$",
            re.IGNORECASE,
        ),
    ),
    (
        "help",
        re.compile(
            r"^(help|\?+|what can you do\??|how does this work\??|帮助|怎么用[？?]?|你能做什么[？?]?)$", re.I
        ),
    ),
    ("undo", re.compile(r"^(undo|undo that|undo last|撤销|撤回|撤销上一步)[!！.。]?$", re.IGNORECASE)),
)
FIND = re.compile(
    r"^\s*(?:find|search(?: for)?|look ?up|lookup|show(?: me)?|info(?: on| about)?|details (?:on|for|of)|"
    r"who is (?:at|in)|contacts? (?:at|of|for)|查一下|查查|查找|查询|搜索|搜一下|找一下|找|查|看看|显示)"
    r"\s*(?P<name>.+?)\s*[?？]?$",
    re.IGNORECASE,
)
# "show me my lost deals", "查一下我的提醒": one's own list, not a customer to find.
OWN_LIST = re.compile(r"(?:my|our|all|all of my|team'?s?)\b|我的|我们的|所有|全部", re.IGNORECASE)
# "show me 下周的 reminders", "看看我下周的提醒", "show me this weeks reminders pls": a list of one's own by
# its name, not a customer to find (nor to create).
LIST_NOUN = re.compile(
    r"\b(?:reminders?|deals|opps|opportunities|pipeline|tasks|to-?dos|follow-?ups)\b|提醒|待办|任务|商机|跟进",
    re.IGNORECASE,
)
# (one clause: "去佳木斯稻香米业，…，姜老板要看烘干机的资料" is news, no look-up)
FIND_SUFFIX = re.compile(
    r"^\s*(?P<name>[^，,。；;！!]+?)(?:的)?(?:联系人|电话|信息|资料|情况|详情)\s*[?？]?$"
)

# Persons: "met Jane at Acme", "call with Bob", "张经理", "王总".
PERSON_AFTER = re.compile(
    r"\b(?i:met(?: with)?|meeting with|call(?:ed)? with|called|rang|phoned|spoke (?:with|to)|"
    r"talked (?:with|to)|"
    r"emailed|e-?mailed|texted|messaged|lunch with|dinner with|coffee with|demo (?:for|to|with)|"
    r"with|w/?|ask(?:ed)?|told|for)\s+(?P<name>[^\W\d_][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
)
# A determiner right before a capitalised word: a role or a thing ("the Owner", "dem Inhaber", "the Mähwerk
# option": German nouns have capitals), no one's name.
DETERMINERS = r"the|our|their|his|her|its|dem|den|der|die|das|el|la|los|las"
DETERMINER_BEFORE = re.compile(rf"(?<![\w'’])(?i:{DETERMINERS})\s+$")
PERSON_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:from|@|at|of)\s+")
CN_SURNAMES = (
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧"
    "赖简柯施洪游詹翁温庄萧连卓"  # common in Taiwan
)
CN_TITLE_WORDS = "|".join(CN_TITLES)  # "张经理", "王总": a family name and a title

# Things that are counted, for a deal title like "20 seats" or "100台服务器".
# A deal given its name: "call it the freight tracking pilot", "let's name it 'Project Falcon'".
DEAL_NAMED = re.compile(
    r"\b(?:call|name|title)\s+it\s+(?:the\s+)?[\"“'‘]?(?P<name>(?!(?:a day|quits|done|even)\b)[A-Za-z]"
    r"[^,.;!?\"”'’\n]{1,40}?)[\"”'’]?\s*(?=$|[,.;!?\n]|\s+(?:and|pls|please|thx)\b)",
    re.IGNORECASE,
)
TITLE_COUNT = re.compile(
    r"\b\d+\s*(?:seats?|licen[cs]es?|users?|units?|servers?|machines?|laptops?|devices?|modules?|"
    r"subscriptions?|trucks?|robots?|sensors?|terminals?)\b"
    r"|\d+\s*(?:台|套|个|份|辆|件|路|块)[\u4e00-\u9fff]{1,4}",
    re.IGNORECASE,
)

# Not about work at all: greetings, thanks, moods ("morning all ☕", "早上好", "辛苦了").
SMALL_TALK = re.compile(
    r"^(?:(?:hi|hey|hello|yo|thanks|thank you|thx|ty|ok|okay|cool|nice|great|lol|haha+|good morning|morning|"
    r"good night|good evening|good afternoon|gm|gn|bye|cheers|see you|later|happy (?:monday|friday|weekend)|"
    r"have a (?:good|nice|great) (?:day|weekend|one)|tgif|coffee time|lunch time|brb|np|no worries|"
    r"you(?:'re| are) (?:the best|great)|well done|nice work|good job|sounds good|got it|noted|roger|"
    r"how far|how now|how body|how (?:are|r) (?:you|u|things)|how'?s it going|"  # Nigerian "how far": hi
    r"test(?:ing)?|"
    r"你好|您好|嗨|谢谢|多谢|好的|好|收到|哈哈+|早上好|早安|早|中午好|下午好|晚上好|"
    r"晚安|再见|拜拜|在吗|在不在|"
    r"大家好|辛苦了|辛苦|周末愉快|加油|厉害|赞|棒|明白|了解|知道了|没问题|测试)"
    r"(?:\s*(?:all|everyone|team|guys|folks|y'?all|people|again|so much|a lot|mate|bot|boss|oga|"
    r"大家|各位|啦|呀|哦|啊|了|呢|!|！)*)"
    r"[\s!！.。~,，]*)+$",
    re.IGNORECASE,
)

# Signs that a message naming a customer carries something worth a note: a number, a note marker, someone
# saying or wanting something, a work noun. "好运来了挡都挡不住😂" (a customer's name in a joke) has none.
WORK_CONTENT = re.compile(
    r"\d|\b(?:notes?|fyi|heads[\s-]?up|update|said|says|told|tells|asked|asks|mentioned|wants?|wanted|needs?|"
    r"needed|plans?|planning|considering|interested|evaluating|moving|install\w*|orders?|ordered|invoices?|"
    r"ship\w*|deliver\w*|paid|payment|pric\w+|budget|contracts?|quotes?|proposal|project|products?|feedback|"
    r"complain\w*|issues?|problems?|clos(?:e|es|ing)|sign(?!al)\w*|renew\w*|expan\w+|hiring|offices?|headcount|"
    r"switch\w*|vendors?|competitors?|merg\w+|acqui\w+|layoffs?|reorg|audit|trial|pilot|demo|samples?|"
    # where the deal stands, unchanged: "calder still deciding", "宏达还在谈"
    r"decid\w*|decision|thinking|on the fence|waiting|reviewing|negotiat\w*|in talks)\b"
    r"|记一下|备注|记录|说|表示|反馈|提到|要|想|需要|打算|计划|准备|订单|发货|到货|价格|报价|合同|项目|产品|预算|付款|"
    r"回款|投诉|问题|需求|意见|采购|签|装修|翻新|扩|招|搬|换|试用|样品|审计|合并|收购|裁员|重组|在谈|考虑|犹豫|观望|"
    r"等(?:消息|回复|通知|答复|审批|批)",
    re.IGNORECASE,
)

# The rep's own time off: "weekend 去西湖 hiking", "下周休假，去天平山看红叶", "long weekend at granite lake".
# A customer's name read there is a place of the same name (West Lake, a mountain), unless someone of
# theirs or work is named too (`bare_mention`).
LEISURE = re.compile(
    r"\b(?:weekends?|vacation|vacay|holidays?|day off|days off|pto|hik(?:e|ed|es|ing)|camping|ski(?:ed|ing)?|"
    r"fishing|beach|sightseeing|road trip|with the kids|with my (?:wife|husband|partner|family|kids)|"
    r"family trip)\b"
    r"|周末|假期|休假|度假|放假|旅游|旅行|爬山|爬了|徒步|露营|钓鱼|滑雪|看红叶|赏花|踏青|带娃|遛娃|一家人|全家",
    re.IGNORECASE,
)

# Chinese words that split a run of characters into name candidates; never part of a name.
CN_BREAKS = re.compile(
    r"什么时候|什么|怎么样|怎么|多少|哪天|几号|几点|是不是|有没有|为什么|"  # question words
    r"上次见|见过|见到|去见|约见|"
    r"的|了|和|跟|与|在|去|到|给|对|说|把|被|从|向|让|请|也|又|再|还|就|都|很|太(?=[贵高低少多好差慢快忙难大小远晚早久累])|刚|已经|我们|我|他们|他|她们|她|"
    r"今天|昨天|明天|后天|客户|公司那边|那边|这边|方面|一下|一起|这个|那个|这次|上次|下次|"
    r"拜访|上门|到访|走访|开会|会议|见面|面谈|演示|见了|打电话|电话|致电|通话|邮件|发邮件|微信|短信|留言|"
    r"投诉|抱怨|不满|跟进|回访|下一步|提醒|需要|准备|安排|联系|预计|合同|报价|方案|提案|价格|金额|"
    r"谈判|商务|签约|签单|成交|赢单|丢单|输单|竞争对手|对手|原因|因为|由于|项目|采购|需求|产品|意向|"
    r"反馈|满意|不错|顺利|问题|确认|阶段|进入|推进|月底|月初|下周|本周|这周|星期|礼拜|上午|下午|晚上|中午|早上|"
    r"说是|觉得|表示|希望|打算|计划|可能|应该|大概|左右|想要|选了|选择|输给|丢了|签了|拿下|没戏|黄了|"
    r"有兴趣|感兴趣|资料|样品|回复|没人接|无人接听|没接|查一下|查|找|搜索|看看|显示|联系人|联络人|信息|详情|情况",
)
CJK = re.compile(r"[\u4e00-\u9fff]")

# Common English words that are never taken as a customer's name on their own (lower case).
_STOPWORD_TEXT = """
abt thx fyi bc w/ btw imo tbh fw fwd
a about above after again against all almost already also am an and another any anyone anything are
around as ask asked asking at away back bad be because been before being below best better between big
both but by call called calling calls came can cannot cant can't come coming could couldn't day days did
didn't do does doesn't doing done don't down during each early either else end enough even ever every
everything few for from full further get gets getting give given go goes going gone good got great guy
guys had has have having he her here hers him his how however i i'd i'll i'm i've if in into is isn't it
it's its just keep kind know last later least less let like likely little long look looks lot lots made
make many may maybe me might more most much must my need needs never new next nice no nor not nothing
now of off often ok okay on once one only or other our out over own per perhaps please pls put quite
rather re really right said same say says see seems seen she should since so some something soon still
such sure take taken than thanks that that's the their them then there these they they'd they'll they're
they've thing things think this those though through till to today told tomorrow too took toward under
until up upon us use used very via want wanted wants was wasn't way we we'd we'll we're we've well went
were what when where whether which while who whom why will with within without won't would wouldn't yes
yet you your yesterday tonight week weeks month months year years morning afternoon evening noon eod eow
eom asap mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun
sunday jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december met meet meeting meetings visit visited visiting onsite site
office demo demoed presentation workshop lunch dinner coffee call called calling phone phoned rang
voicemail answer email emailed mail mailed message messaged texted text whatsapp wechat sms dm note
notes complaint complained complaining complain angry upset unhappy issue issues problem problems bug
bugs delay delays delayed late support deal deals opportunity oppty opp stage pipeline forecast proposal
quote quoted offer pricing price prices priced budget discount contract contracts order orders po
invoice payment paid renewal renew upsell seats seat licences licenses license licence users user units
unit servers negotiation negotiating negotiate nego qualified qualify lead leads won win lost lose
closed close closing sign signed signing competitor competitors competition cheaper expensive cost costs
follow followup follow-up fu f/u step steps remind reminder reminders todo task tasks send sent sending
share shared review reviewed check checking confirm confirmed interested interest wants liked love loved
happy went goes going told asked said says think thinks thought decided decision positive negative good
great went well smooth fine ok hmm hm yeah yep nope about around approx approximately roughly maybe
expect expected expecting target likely customer customers client clients account accounts company
prospect prospects contact contacts team boss manager cto ceo cfo coo vp head director procurement
purchasing buyer it dept department find search show lookup look info details who where what moved move
moving advanced progressed stage now pushed again also still just really pretty very quite k m mm usd
eur gbp rmb cny jpy inr rs rm dollars euros bucks
liao lah leh lor meh hor sia abeg wahala sha dem
qué que tengo pendiente pendientes junta cita llamada visita cotización cotizacion entrega logística logistica
factura pedido contrato
vertrag angebot termin halle vorstand rechnung auftrag bestellung lieferung besuch erinnerung einkauf firma
kunde nochmal bitte
"""  # (the rupee's "Rs" and the ringgit's "RM" name no one;
# Singapore and Nigerian English particles: "Q3 end Fri liao" names no 廖; then Spanish and German
# words a rep types beside a name, German nouns capitalised: "Vertrag Passau Donau prüfen" names no other
# company, "la logística de entrega" no Logística Bajío; no day words: a day dropped is asked about, and
# these words are never "not used")
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# A figure said as a span around it, right after it: "二十万上下", "60万左右", "二十万出头", "40k-ish".
ROUGHLY_AFTER = re.compile(r"\s*(?:左右|上下|出头|开外|-?ish\b|\bor so\b|\bgive or take\b|\bodd\b)", re.I)

# Said right before a figure: about that much ("大概十萬", "大约一万五", "roughly 60k"; not "~18k").
ROUGHLY_BEFORE = re.compile(
    r"(?:大概|大约|约莫|大致|估计|差不多|(?<![签预节合契邀制条公大])约)\s*$|\b(?:roughly|around|about|approximately|approx\.?|ballpark)\s*$",
    re.IGNORECASE,
)
