"""Which words say a contact changed: left, retired, moved to another company (and where to), promoted,
a new contact, the one to talk to now, a name spelled right."""

from __future__ import annotations

import re

from handlers.understanding.people_items import Item
from handlers.understanding.person_details import CN_DEPT, CN_ROLE_WORDS, ROLE_NOUNS

# Change words. A person who left: "left", "retired", "quit", "离职", "退休", "调走", "不在…了" ("gone with a
# competitor", "gone quiet" are no leaving).
_NOT_LEAVING = (
    r"(?!\s+(?:a|an|me|us|him|her|them|you|word|early|for\s+(?:the\s+day|lunch|the\s+airport|a\s+bit)|"
    r"vm|voicemail|messages?|msgs?|notes?|comments?|feedback|a\s+review|it|the\s+(?:meeting|call|room|"
    r"office|building|samples?|brochures?|catalog|door)|samples?|brochures?|before|after|at\s+\d)\b)"
)


_LEFT_EN = re.compile(
    r"\b(?:(?:has|have|just|already|finally|recently)\s+)*(?:left"
    + _NOT_LEAVING
    + r"|quit\b|resigned|retired|retire(?=\s*[了咗])|stepped\s+down|(?:has|have|had|just)\s+sold\b|"
    r"sold\s+up\b|"
    r"finished\s+up(?=\s+(?:at|with|there)\b|\s*[,.;!]|\s*$)|(?:has|have|had|just)\s+finished(?=\s+(?:at|with)\s+[A-Z])|(?:is\s+)?no\s+more\s+(?:with|at)\b|"
    r"(?:is\s+not|isn['’]t|['’]s\s+not)\s+(?:with|at|there)\b(?=[^,.;!?]{0,40}\bany\s*more\b)|"
    r"pulled\s+the\s+pin|called\s+it\s+quits|packed\s+it\s+in|hung\s+up\s+(?:his|her|the)\s+boots|"
    r"(?:handed|put)\s+in\s+(?:his|her|their)\s+(?:notice|resignation|papers)|"
    r"(?:been|was|got)\s+(?:sacked|poached|headhunted)|been\s+(?:let\s+go|laid\s+off|fired)|"
    r"retiring|is\s+leaving|'s\s+leaving|moved\s+on|was\s+let\s+go|(?:was|got)\s+(?:laid\s+off|fired|"
    r"let\s+go)|sold\s+(?:the|his|her|their)\s+(?:business|biz|company|shop|firm|practice)|"
    r"no\s+longer\s+(?:works?\s+)?(?:at|with|there|in)\b|"
    # "doesn't work at X anymore", "is not working there any more": the work said of them, denied
    r"(?:does\s*n[o'’]?t|doesn['’]t|is\s*n['’]?t|is\s+not|['’]s\s+not)\s+(?:work|working)\s+(?:at|for|there)\b"
    r"(?=[^,.;!?]{0,40}\bany\s*more\b)|(?:is\s+)?gone\b(?!\s+(?:with|w/|for|ahead|through|quiet|cold|dark|silent|up|down)\b)|"
    r"passed\s+away|"
    r"left\s+the\s+company|is\s+out\b(?!\s+(?:sick|today|this|until|till|til|on|for|of|next|from|all|"
    # "is out feb 3-4", "is out 24/1 to 4/2", "is out mon-wed": away on those days, not gone
    r"tomorrow|tmrw|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))|"
    r"(?P<move>(?:moved|went|switched|jumped|transferred|shifted)\s+(?:over\s+)?(?:from|to|over\s+to)\b|"
    r"(?:is\s+)?now\s+(?:works?\s+)?(?:at|with)\b|(?:is|['’]s)\s+(?:now\s+)?over\s+at\b|joined\b|"
    r"went\s+to\s+work\s+for\b))",
    re.IGNORECASE,
)


_LEFT_CN = re.compile(
    r"(?:已经|已|刚)?(?:离职|辞职|走了|退休|退了|调走|调离|被开除|被辞退|被炒|被挖走|被挖|跳槽(?!了?[去到])|不干了|不做了|"
    r"不做(?:喇|啦)|不干(?:喇|啦)|离开了?|去了别家|辞了职|离了职|(?i:resign(?:ed)?|retired?|quit)(?=\s*了)|搬了?(?:去|到)了?(?=[\u4e00-\u9fff]{2,6}))"
    r"|(?:已经|已)?不在(?:[\u4e00-\u9fff]{2,12}?)?(?:干|做|工作|上班)?了"
    r"|(?:已经|已)?(?:不再|唔再)(?:做|干|喺|在)(?=[^，。,；;]{0,6}(?:了|喇|啦|$|[，。,；;]))|(?P<move>跳槽(?:去|到)?了?|跳(?:去|到)了?|(?<![上下高低价])调(?:到|去)了?(?![\d〇零一二两三四五六七八九十百千万亿几]|[^，。,；;]{0,3}?[万千块元])|加入了?|去了?(?=[^，。,；;\s]{2,20}?(?:公司|集团|那边|上班|工作|当|做|任|担任))|转到|换到)"
)


# Where they went: "moved from Keller Industries to Keller Logistics", "跳槽去中鼎集团了", "now at X"
_JOINS = re.compile(
    r"(?:\bto|\bnow\s+(?:works?\s+)?(?:at|with)|\bjoined|\bover\s+(?:to|at)|\bat)\s+(?P<en>[^,;.!?()，。；！？\n]{2,50}?)"
    r"(?=\s+(?:as|now|last|this|since|in|and|on|from)\b|\s*[,;.!?()，。；！？\n]|$)"
    # "跳槽到荆州楚天去了": the 去了 after the name is the going, not the name
    r"|(?:跳槽|调|换|去|到|加入|转)(?:去|到|了)*(?P<cn>[\u4e00-\u9fffA-Za-z]{2,20}?)"
    r"(?:去了|去|那边|了|当|做|任|担任|上班|工作|$|[，。,；;\s])",
    re.IGNORECASE,
)


PROMOTED = re.compile(
    r"\b(?:got\s+|was\s+|been\s+|just\s+)?(?:promoted|bumped\s+up|moved\s+up|stepped\s+up|made|named|"
    r"appointed|elevated)\b|\bnew\s+(?:title|role|position|job\s+title)\b|\b(?:title|role|position)\s+is\b"
    r"|\b(?:is|['’]s)\s+now\b|\bnow\s+(?:the|our|their)\b|\bbecame\b|\bhas\s+become\b"
    # the title kept through a change said beside it: "sold his stake, stays on as General Manager"
    r"|\bstay(?:s|ing)?\s+on\s+as\b|\b(?:remains|continues)\s+as\b"
    # "Ahmad Fauzi of klang valley now CEO already": the "is" left out, as Singapore and Malaysia English does
    r"|\bnow(?=\s+(?:ceo|cfo|cto|coo|cio|cmo|cpo|gm|vp|svp|evp|md|head\s+of|chief|director)\b)"
    # ("Hew Kah Yee now Plantation Director already", "now purchasing manager")
    r"|\bnow(?=\s+(?:[\w&-]+\s+){1,2}(?:director|manager|president|officer|supervisor|controller)\b)"
    # a title put right: "Dana is actually head of ops, not buyer", "陈国栋其实是副总"
    r"|\b(?:is|['’]s)\s+(?:actually|really|in\s+fact)\b|其实(?:是|系)|实际上是|其实(?:做|当)的是"
    r"|\b(?:is|['’]s)(?=\s+(?:the\s+|their\s+|our\s+)?(?:new\s+)?[\w&/ -]{2,40}?\s+now\b)"  # "is CEO now"
    r"|升职|晋升|提拔|提升|升任|升为|升成|升到|升了|升(?=[\u4e00-\u9fffA-Za-z])|现任|改任|调任|担任|当上|转正|(?:现在|而家|宜家|依家)是|已经是"
    r"|(?:职位|职务|头衔|title)(?:改成|换成|变成|改为|是)|兼管|兼任"
    # "新 title: 供应链副总裁", "新职位：…": the new title said as a heading
    r"|新\s*(?:title|职位|职务|头衔|职称)\s*[:：]?",
    re.IGNORECASE,
)


# A new person: "new contact", "new guy in purchasing", "add", "新联系人", "新来的", "加个联系人"
NEW = re.compile(
    r"\bnew\s+(?:contacts?|guy|gal|lady|bloke|fella|fellow|chap|woman|man|person|hire|poc|point\s+of\s+contact|"
    r"[a-z]+\s+(?:contact|guy|gal|lady|bloke|fella))\b"
    r"|\b(?:add|added|adding)\b(?![\s-]*on\b)|\b(?:hired|brought\s+(?:on|in)|onboarded)\b|\b(?:\d|two|three)\s+new\s+contacts\b|\bhired\b|\bnew\b(?!\s+lead\b)"
    rf"(?=\s+(?:(?!lead\b|client\b|customer\b|deal\b)[\w&/-]+\s+){{0,3}}(?:{ROLE_NOUNS})\b)"
    rf"|新\s*(?=(?:[A-Za-z&/-]+\s+){{0,3}}(?:{ROLE_NOUNS})\b)"
    r"|\bnew\s+(?=[\u4e00-\u9fff]{1,6}\s*(?:is|是)\b)|\bcard\b|\bsignature\b|\bsig\b|\bassistant\s+is\b"
    # "also new at Acme: Tom Olsen, QA lead": someone new there, named next
    r"|\bnew\s+(?:over\s+)?(?:at|@)(?=\s*(?-i:[A-Z\u4e00-\u9fff]))"
    r"|新联系人|新联络人|新对接人|新窗口|"
    rf"新来的?|新加(?!坡)|新增|新任|新(?={CN_DEPT}?(?:副)?{CN_ROLE_WORDS})|加(?:一)?个?联系人|添加|名片|"
    r"新的(?=\S{0,6}(?:经理|总监|主管|负责人|采购|会计)|叫|是)",
    re.IGNORECASE,
)


# Who to talk to now: "replaced by", "took over", "contact is now", "ask for", "接替", "现在找"
SUCCESSOR = re.compile(
    r"\b(?:replaced\s+by|replacement(?:\s+is|\s+will\s+be)?|successor(?:\s+is)?|took\s+over|takes\s+over|"
    r"taking\s+over|is\s+stepping\s+in|stepped\s+in|"
    # "Pierre Dubois replaces her", "Tom is replacing Jane": the one said before takes the place
    r"(?:is\s+)?(?:replaces|replacing|replaced(?!\s+by))(?=\s+(?:him|her|them|(?-i:[A-Z])))|"
    # "Tom is filling in", "Erik stepped into the mill manager job", "Ana is standing in": who does it now
    r"(?:is\s+|['’]s\s+|has\s+)?(?:filling|filled|fills|standing|stood|stands)\s+in\b"
    r"(?!\s+(?:the|a|an|this|that|these|those|our|my|your|their|his|her|forms?|details)\b)|"
    r"(?:stepped|stepping|steps|moved|moving)\s+into\s+(?:the|his|her|their)\b|"
    r"(?:main\s+|new\s+|our\s+)?(?:contact|poc)\s+(?:is\s+)?now"
    r"|(?:is|'s)\s+(?:our|the)\s+(?:main\s+|new\s+)?(?:contact|poc)|ask\s+for|talk\s+to|deal\s+with|"
    r"go\s+through|covering|handles\s+(?:everything|it)|runs\s+(?:the|it)|runs\s+[^,.;]{2,40}?\s+now|"
    # "is running the place now", "is handling it now", "will handle purchase going forward", "handed it
    # over to"
    r"(?:is|'s)\s+(?:running|handling|looking\s+after)|(?:will|'ll)\s+(?:handle|look\s+after|take\s+care\s+of)|"
    r"handed\s+(?:(?!to\b)\S+\s+){0,4}?over\s+to|handed\s+over\s+(?:(?!to\b)\S+\s+){0,3}?to|in\s+charge\s+now|"
    # "sold her practice to Dr. Reyes", "her job's gone to Josh Teale": the one it went to
    r"sold\s+(?:the|his|her|their|it|out)\b[^,.;!?]{0,60}?\bto|"
    r"(?:job|role|position|seat|spot)(?:['’]s|\s+has|\s+is)?\s+(?:gone|going|went)\s+to)\b"
    r"|接替|接任|接手|顶替|由(?=\S{2,3}(?:接|负责))|换成了?|换了|现在找|改找|"
    # "以后运营那块找钱志远": who to go to from now on, for a part of the work or all of it
    r"(?:以后|之后|今后|往后)[^，,。；;\s]{0,8}?找(?=[\u4e00-\u9fff]{2,4})|对接人?(?:的)?(?:是|换成)|联系人(?:是|换成)|窗口(?:是|换成)|负责人是|"
    r"现在(?:是|由)?(?=\S{2,3}(?:负责|对接))|暂时找|先找|"
    # "而家由合夥人鍾佩琪跟", "以后由王磊跟进": who follows it now
    r"(?:现在|而家|以后|之后|今后)由(?=\S{2,8}?(?:接手|接|负责|跟进?|对接))|"
    # "采购这块现在归孙浩管", "现在是他副手钱峰在管", "盘生意交了给个仔陈家豪"
    r"(?:现在|而家|以后)?归(?=\S{2,6}?(?:管|负责|跟))|现在是(?=\S{2,6}?在?(?:管|话事|做主|说了算))|"
    r"(?:交|转|传|顶|让|卖)(?:了|咗)?(?:给|俾|畀)",
    re.IGNORECASE,
)


_RENAME = re.compile(
    r"\b(?:spell(?:ed|ing|s)?|spelt|typo|misspelled|name\s+is\s+actually|it['’]s\s+actually"
    # the whole name of a contact known by family name and title: "陳協理全名是陳建宏", "his full name is …"
    r"|full\s+name(?:\s+is|['’]s)?)\b"
    r"|拼错|打错|写错|名字(?:是|应该是|错了)|全名(?:是|叫)?",
    re.IGNORECASE,
)


def change_words(text: str) -> list[Item]:
    items: list[Item] = []
    for kind, pattern in (("left", _LEFT_EN), ("left", _LEFT_CN), ("promoted", PROMOTED), ("new", NEW),
                          ("successor", SUCCESSOR), ("rename", _RENAME)):  # fmt: skip
        for m in pattern.finditer(text):
            if m.group(0):
                moving = bool(m.groupdict().get("move"))
                items.append(Item("move" if moving else kind, m.start(), m.end(), m.group(0)))
    return items


def moved_to(text: str, change: Item) -> tuple[int, int] | None:
    """The words naming where a person who moved went: "moved from A to B" → B, "跳槽去中鼎集团了" → 中鼎集团;
    none when they are no company ("moved to proposal", "改到明天", "now at 110k")."""
    m = _JOINS.search(text, max(0, change.end - 8), min(len(text), change.end + 70))
    if m is None:
        return None
    group = "en" if m.group("en") else "cn"
    start, end = m.span(group)
    words = text[start:end]
    if group == "cn" and re.fullmatch(r"[了别家外地那边这边总部]+", words):
        return None
    # (a company typed in lower case is two to four words: "red river logistics", not "proposal" nor "the
    # extra centrifuge": "EUR 195 000 now with the extra centrifuge")
    lower_company = (
        r"(?!(?:the|a|an|our|their|his|her|its|some|more|extra|another)\b)"  # a thing, not a firm
        r"[a-z]+(?:\s+[a-z&.-]+){1,3}"
    )
    if group == "en" and not re.match(rf"[A-Z\u00c0-\u024f]|{lower_company}\s*(?:\(|$)", words):
        return None  # "moved to proposal", "now at 110k": no company
    if re.match(r"(?:[A-Za-z]{1,4}\$?|[$€£¥])\s?\d", words):
        return None  # "they are now at KSh 3.8M", "now at R$ 400k": an amount
    if _NO_PLACE.match(words) or _A_POST.search(words):
        return None
    return start, end


# A post at the same firm, not a company: "moved to Project Director post", "shifted to the CFO role".
_A_POST = re.compile(r"\b(?:post|role|position|job|title|grade)\s*$", re.IGNORECASE)


# "moved to another clinic", "went to a competitor", "跳槽去别家了", "调去总部了": gone, to no customer
# of ours
MOVED_AWAY = re.compile(
    r"\s*(?:another|a\s+new|a\s+different|the\s+competition|a\s+competitor|other|head\s+office|hq\b|"
    r"别家|别的公司|外地|竞争对手|对手那|(?:集团)?总部)",
    re.IGNORECASE,
)


_NO_PLACE = re.compile(
    r"(?:another|a\s+new|a\s+different|the\s+competition|retire|tomorrow|tmrw|today|next|mon|tue|wed|thu|fri|"
    r"sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|proposal|qualified|negotiation|won|"
    r"lost|lead|stage|\d|明天|后天|今天|下周|下个|周[一二三四五六日天]|星期|月底|年底|\d|[一二三四五六七八九十]+[月号点]|"
    r"别家|外地|那边|这边|总部)",
    re.IGNORECASE,
)
