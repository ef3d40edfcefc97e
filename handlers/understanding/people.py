"""What a message says about people: who is named, and which title, phone, email, WeChat id or change
(left, retired, moved to another company, promoted, replaced, a new contact, a name spelled right) goes
with whom.

One general reader instead of one pattern per phrasing. The message is read as items in order: people
(a capitalised name, a name after a cue word such as "new buyer:" or 叫, a Chinese name right before a
detail or a change word, 张总-style family name + title, a pronoun), details (email, phone, WeChat id,
a title: words ending in a role noun, 采购经理) and change words. Each detail then goes to the person it
is said of: the nearest one before it in the same sentence, else the one right after it ("the new owner
is Marty Kemp"), else the person a pronoun points back to. People who are not the customer's contacts
(the rep's boss or colleague, a competitor's rep, family) take no detail. Nothing here asks the CRM:
`contacts.py` links each person to a known contact or adds a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from handlers.parsing.contact_details import EMAIL, details_spans
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from handlers.understanding.known_people import (
    NOBODY,
    KnownPeople,
    everyday_pair,
    honorific,
    is_family_name,
    wide_family_names,
)


@dataclass
class ContactNews:
    """What the message says about one person."""

    who: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    wechat: str | None = None
    left: bool = False
    new: bool = False  # introduced as a new contact: the name alone is worth storing
    renamed: str | None = None  # the name spelled right ("it's Lorraine Pyke not Pike")
    span: tuple[int, int] = (0, 0)  # the words it was read from
    where: tuple[int, int] | None = None  # words naming the company: "(monday foods)", "at Lumen"
    joins: tuple[int, int] | None = None  # words naming the company they moved to
    details: list[tuple[int, int]] = field(default_factory=list)  # where each detail was written


# Role nouns: a title ends with one ("purchasing manager", "head baker", "VP Purchasing" ends with VP's
# department; "head of procurement" continues after "of").
_ROLE_NOUNS = (
    "manager|mgr|director|dir|head|lead|chief|vp|svp|evp|president|ceo|cfo|cto|coo|cio|cmo|cpo|cso|gm|"
    "buyer|purchaser|engineer|officer|owner|co-owner|founder|co-founder|assistant|admin|administrator|"
    "accountant|coordinator|specialist|rep|representative|analyst|controller|supervisor|partner|"
    "secretary|agent|planner|clerk|deputy|baker|chef|superintendent|principal|bursar|receptionist|foreman|"
    "estimator|consultant|executive|treasurer|counsel|attorney|nurse|doctor|dentist|pharmacist|"
    "orthodontist|technician|designer|architect|editor|producer|trainer|teacher|librarian|registrar|"
    "dean|chair|chairman|chairwoman|chairperson|bookkeeper|dispatcher|scheduler|recruiter|"
    "master|operator|inspector|steward|concierge|sommelier|pharmacist|veterinarian|vet"
)
_DEPARTMENTS = (
    "purchasing|procurement|sourcing|billing|payroll|credit|admissions|it|ops|operations|finance|financial|sales|marketing|hr|facilities|facility|"
    "maintenance|logistics|fleet|supply|chain|warehouse|production|plant|office|project|program|product|"
    "quality|engineering|technical|tech|accounts?|payable|receivable|ap|ar|legal|compliance|security|"
    "business|development|general|regional|area|district|senior|junior|sr|jr|deputy|associate|assistant|"
    "acting|interim|managing|executive|medical|clinical|nursing|practice|store|branch|site|shop|kitchen|"
    "category|import|export|customer|service|services|events|food|beverage|f&b|leasing|property|"
    "portfolio|claims|risk|data|digital|information|research|training|safety|transport|shipping|"
    "overseas|international|national|global|commercial|strategic|key|account|it's|head|vice|new"
)
_PLAIN_STOP = (
    "(?:"
    + "|".join(sorted((re.escape(w) for w in lx.STOPWORDS if w.isalpha()), key=len, reverse=True))
    + "|s)"
)
_ACRONYM_TITLES = r"ceo|cfo|cto|coo|cio|cmo|cpo|cso|gm|vp|svp|evp|md"
# "VP Purchasing", "head of procurement", "director of IT", "purchasing mgr", "office manager", "CFO"
_EN_TITLE = re.compile(
    rf"\b(?:(?:{_DEPARTMENTS})[ \t]+){{0,3}}"
    rf"(?:(?!{_PLAIN_STOP}\b)(?-i:[a-z][a-z&/-]+|[A-Z][a-z]+(?=[ \t]+[A-Z])|[A-Z][A-Z&]{{1,3}})[ \t]+)?"
    rf"(?:{_ROLE_NOUNS})\b"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?!the[ \t]+(?:company|business)\b)[a-z&/-]+"
    rf"(?:[ \t]+(?!at\b|@|now\b)[a-z&/-]+){{0,2}}"
    rf"|(?<=vp)[ \t]+(?:of[ \t]+)?(?:{_DEPARTMENTS})(?:[ \t]+(?:{_DEPARTMENTS}))?)?",
    re.IGNORECASE,
)
# Chinese titles: a department, then a role ("物流部经理", "设备科科长", "采购总监", "副总", "财务")
_CN_DEPT = (
    r"(?:采购|财务|技术|销售|市场|行政|人事|人力|运营|生产|物流|设备|质量|品质|质检|工程|项目|研发|供应链|仓储|"
    r"客服|前台|信息|IT|HR|法务|商务|业务|售后|后勤|总务|营销|企划|战略|投资|审计|安全|设计|医务|护理|"
    r"区域|大区|华东|华南|华北|华中|西南|西北|东北|海外|国际|外贸|门店|分店|办公室|总经办)"
)
_CN_ROLE_WORDS = (
    r"(?:总经理|副总经理|经理|总监|主管|主任|助理|工程师|专员|部长|科长|处长|组长|校长|院长|厂长|店长|老板|"
    r"秘书|总裁|副总裁|董事长|董事|负责人|会计|出纳|前台|顾问|总工|副总|总|采购|财务|行政|班长|课长|"
    r"领班|合伙人|创始人|协理|副理|襄理|特助|CEO|CFO|CTO|COO|CIO|VP|GM)"
)
_CN_TITLE = re.compile(
    rf"(?:{_CN_DEPT}(?:(?:及|和|与|、|/){_CN_DEPT})?(?:部|科|处|室|中心|组)?)?(?:副)?{_CN_ROLE_WORDS}(?<!(?<![副])总)"
)

_PHONE_LABEL = r"(?:m|t|p|tel|mob|mobile|cell|ph|phone|direct|office|work)\s*[:.]"
_WECHAT = re.compile(
    r"(?:微信号?|wechat(?:\s*id)?|weixin|\bwx(?:id)?\b|\bvx\b)\s*(?:号|id|ID)?\s*(?:是|为|:|：|-)?\s*"
    r"(?P<id>[A-Za-z][A-Za-z0-9_-]{4,24})",
    re.IGNORECASE,
)

# Change words. A person who left: "left", "retired", "quit", "离职", "退休", "调走", "不在…了".
_NOT_LEAVING = (
    r"(?!\s+(?:a|an|me|us|him|her|them|you|word|early|for\s+(?:the\s+day|lunch|the\s+airport|a\s+bit)|"
    r"vm|voicemail|messages?|msgs?|notes?|comments?|feedback|a\s+review|it|the\s+(?:meeting|call|room|"
    r"office|building|samples?|brochures?|catalog|door)|samples?|brochures?|before|after|at\s+\d)\b)"
)
_LEFT_EN = re.compile(
    r"\b(?:(?:has|have|just|already|finally|recently)\s+)*(?:left"
    + _NOT_LEAVING
    + r"|quit\b|resigned|retired|"
    r"retiring|is\s+leaving|'s\s+leaving|moved\s+on|was\s+let\s+go|(?:was|got)\s+(?:laid\s+off|fired|"
    r"let\s+go)|sold\s+(?:the|his|her|their)\s+(?:business|biz|company|shop|firm|practice)|"
    r"no\s+longer\s+(?:works?\s+)?(?:at|with|there|in)\b|(?:is\s+)?gone\b|passed\s+away|"
    r"left\s+the\s+company|is\s+out\b(?!\s+(?:sick|today|this|until|till|on|for|of))|"
    r"(?P<move>(?:moved|went|switched|jumped|transferred)\s+(?:over\s+)?(?:from|to|over\s+to)\b|"
    r"(?:is\s+)?now\s+(?:works?\s+)?(?:at|with)\b|joined\b|went\s+to\s+work\s+for\b))",
    re.IGNORECASE,
)
_LEFT_CN = re.compile(
    r"(?:已经|已|刚)?(?:离职|辞职|走了|退休|退了|调走|调离|被开除|被辞退|跳槽|不干了|不做了|离开了?|去了别家)"
    r"|(?:已经|已)?不在(?:[\u4e00-\u9fff]{2,12}?)?(?:干|做|工作|上班)?了"
    r"|(?P<move>跳槽(?:去|到)?了?|调(?:到|去)了?|加入了?|去了?(?=[^，。,；;\s]{2,20}?(?:公司|集团|那边|上班|工作|当|做|任|担任))|转到|换到)"
)
# Where they went: "moved from Keller Industries to Keller Logistics", "跳槽去中鼎集团了", "now at X"
_JOINS = re.compile(
    r"(?:\bto|\bnow\s+(?:works?\s+)?(?:at|with)|\bjoined|\bover\s+to|\bat)\s+(?P<en>[^,;.!?()，。；！？\n]{2,50}?)"
    r"(?=\s+(?:as|now|last|this|since|in|and|on)\b|\s*[,;.!?()，。；！？\n]|$)"
    r"|(?:跳槽|调|换|去|到|加入|转)(?:去|到|了)*(?P<cn>[\u4e00-\u9fffA-Za-z]{2,20}?)(?:了|当|做|任|担任|上班|工作|$|[，。,；;\s])",
    re.IGNORECASE,
)
_PROMOTED = re.compile(
    r"\b(?:got\s+|was\s+|been\s+|just\s+)?(?:promoted|bumped\s+up|moved\s+up|stepped\s+up|made|named|"
    r"appointed|elevated)\b|\bnew\s+(?:title|role|position|job\s+title)\b|\b(?:title|role|position)\s+is\b"
    r"|\b(?:is|['’]s)\s+now\b|\bnow\s+(?:the|our|their)\b|\bbecame\b|\bhas\s+become\b"
    r"|升职|晋升|提拔|提升|升任|升为|升成|升到|升了|升(?=[\u4e00-\u9fffA-Za-z])|现任|改任|调任|担任|当上|转正|现在是|已经是"
    r"|(?:职位|职务|头衔|title)(?:改成|换成|变成|改为|是)|兼管|兼任",
    re.IGNORECASE,
)
# A new person: "new contact", "new guy in purchasing", "add", "新联系人", "新来的", "加个联系人"
_NEW = re.compile(
    r"\bnew\s+(?:contacts?|guy|gal|lady|person|hire|poc|point\s+of\s+contact|[a-z]+\s+(?:contact|guy|gal|lady))\b"
    r"|\b(?:add|added|adding)\b(?![\s-]*on\b)|\b(?:hired|brought\s+on|onboarded)\b|\b(?:\d|two|three)\s+new\s+contacts\b|\bhired\b|\bnew\b(?!\s+lead\b)"
    rf"(?=\s+(?:(?!lead\b|client\b|customer\b|deal\b)\w+\s+){{0,3}}(?:{_ROLE_NOUNS})\b)"
    r"|\bnew\s+(?=[\u4e00-\u9fff]{1,6}\s*(?:is|是)\b)|\bcard\b|\bsignature\b|\bsig\b|\bassistant\s+is\b"
    r"|新联系人|新联络人|新对接人|新窗口|"
    rf"新来的?|新加|新增|新任|新(?={_CN_DEPT}?(?:副)?{_CN_ROLE_WORDS})|加(?:一)?个?联系人|添加|名片|"
    r"新的(?=\S{0,6}(?:经理|总监|主管|负责人|采购|会计)|叫|是)",
    re.IGNORECASE,
)
# Who to talk to now: "replaced by", "took over", "contact is now", "ask for", "接替", "现在找"
_SUCCESSOR = re.compile(
    r"\b(?:replaced\s+by|replacement(?:\s+is|\s+will\s+be)?|successor(?:\s+is)?|took\s+over|takes\s+over|"
    r"taking\s+over|is\s+stepping\s+in|stepped\s+in|(?:main\s+|new\s+|our\s+)?(?:contact|poc)\s+(?:is\s+)?now"
    r"|(?:is|'s)\s+(?:our|the)\s+(?:main\s+|new\s+)?(?:contact|poc)|ask\s+for|talk\s+to|deal\s+with|"
    r"go\s+through|covering|handles\s+(?:everything|it)|runs\s+(?:the|it))\b"
    r"|接替|接任|接手|顶替|由(?=\S{2,3}(?:接|负责))|换成了?|换了|现在找|改找|对接人(?:是|换成)|联系人(?:是|换成)|窗口(?:是|换成)|负责人是|"
    r"现在(?:是|由)?(?=\S{2,3}(?:负责|对接))|暂时找|先找",
    re.IGNORECASE,
)
_RENAME = re.compile(
    r"\b(?:spell(?:ed|ing|s)?|spelt|typo|misspelled|name\s+is\s+actually|it['’]s\s+actually)\b"
    r"|拼错|打错|写错|名字(?:是|应该是|错了)",
    re.IGNORECASE,
)
_NOT_A_CONTACT = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:boss|manager|mgr|colleague|coworker|co-worker|teammate|team|se|ae|sdr|"
    r"intern|vp|ceo|cfo|cto|director|lead|rep|partner|engineer|guy|gal)\b|\bcolleague\b|\bcoworker\b|"
    r"\b(?:husband|wife|son|daughter|kid|kids|brother|sister|mom|dad|mother|father|girlfriend|boyfriend|"
    r"partner|spouse|cousin|uncle|aunt|nephew|niece)\b|\b(?:competitor|competitor's|rival)\b|"
    r"\brep\s+(?:from|at)\b|\bthe\s+\w+\s+rep\b|"
    r"同事|我(?:们)?(?:的)?(?:老板|领导|经理|总监|主管|上司)|我老板|领导|老公|老婆|爱人|儿子|女儿|太太|先生的|"
    r"妻子|丈夫|哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|竞争对手|竞品|对手",
    re.IGNORECASE,
)
_FAMILY = re.compile(
    r"\b(?:husband|wife|son|daughter|brother|sister|nephew|niece|cousin)\b|儿子|女儿|老公|老婆|侄子|女婿|弟弟|妹妹",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:she|he|her|his|him|they|their|them)\b|(?<![其])[他她](?!们)", re.IGNORECASE)
# Capitalised words that start a sentence or name a thing, not a person
_NOT_NAMES_TEXT = """
    new met called call add added card fyi btw update spelling fix fixed note re also just got the our
    their his her she he they it its we i my me you your a an and or but so then after before today
    tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
    thur thurs fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec mobile cell phone tel email e-mail direct
    office contact contacts title role m t p e w ok okay yes no hi hey thanks quick lunch coffee dinner
    meeting visit email emailed texted heads sorry oops actually correction ps p.s. dr mr mrs ms prof
    sir madam ext x inc llc ltd co corp gmbh plc group systems industries services partners solutions
    holdings company clinic bakery hvac
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_EN_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"[A-Z\u00c0-\u024f][a-z\u00e0-\u024f]+(?:['’](?!s\b)[A-Za-z]+|-[A-Z][a-z]+)?"
    r"(?:[ \t]+(?:(?:van|von|de|del|da|di|le|la|o['’])[ \t]*)?[A-Z\u00c0-\u024f][A-Za-z\u00e0-\u024f]+"
    r"(?:['’](?!s\b)[A-Za-z]+|-[A-Z][a-z]+)?){0,2}"
)
# A lowercase name after a cue that introduces a person ("new guy in purchasing, tom ruiz", "her
# replacement is dev singh", "new contact at X: jon ellis")
_CUED_NAME = re.compile(
    r"(?:[:：]|\b(?:is|named|called|by)\b|\s[-–—]|,)\s*"
    r"(?P<name>[a-z][a-z'’-]{1,14}(?:\s+(?!is\b|was\b|at\b|from\b|and\b|now\b|the\b|in\b|to\b|for\b|with\b)"
    r"[a-z][a-z'’.-]{0,14})?)\b"
)
_LOWER_CUE = re.compile(
    r"(?:\bnew\s+(?:contact|guy|gal|lady|person|poc|\w+)\b[^:：,]{0,40}[:：,-]|\breplacement\s+is|\breplaced\s+by|"
    r"\bsuccessor\s+is|\bnamed|\bcalled|\bcontact\s+is\s+now|\bnew\s+[a-z&/ ]{2,30}\s+is|"
    r"\b(?:hired|brought\s+on|onboarded|took\s+on)\b[^:：,.;]{0,40}[:：,-])\s*$",
    re.IGNORECASE,
)
_CN_NAME_CHARS = r"[\u4e00-\u9fff]"
_CN_STOP_CHARS = set(
    "换改升调退离辞跳系的了是在从和跟与说到去来把被给为就都也还又很再已将要会能可这那个们我你他她它吗呢吧啊呀嘛哦喔么"
)
# Right after a Chinese name: a change word, a detail label, 的, a title, or the end of the words
_CN_AFTER = re.compile(
    r"(?:的|已经|已|刚|也|又|现在|目前|之前|从|升|晋|提|调|退|离|辞|走|跳|不在|换|改|新|手机|电话|号码|座机|"
    r"邮箱|邮件|email|e-mail|mail|微信|wechat|是|现任|担任|当|接|负责|left|promoted|retired|quit|moved|"
    r"phone|cell|mobile|tel|[\s,，:：;；()（）|/\-]|$)",
    re.IGNORECASE,
)
_CN_BEFORE_CUE = re.compile(
    r"(?:叫|名叫|是|为|找|由|接替她的是|接替他的是|联系人|对接人|联络人|[:：，,\s、;；]|^)$"
)
_SENTENCE = re.compile(
    r"\n|[;；。!?！？]+|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)\.\s|\s+but\s|\s+and\s+(?=[A-Z])|->|→|、(?=\S*\s*1\d{10})"
)


@dataclass
class _Item:
    kind: str  # person, pronoun, email, phone, wechat, title, left, joins, promoted, new, successor, rename
    start: int
    end: int
    value: str = ""
    blocked: bool = False  # a person who is no contact (our boss, a competitor's rep, family)


def not_contacts(text: str, known: KnownPeople = NOBODY) -> list[tuple[int, int]]:
    """Where the message names people who are no contacts of the customer: our boss, a colleague, a
    competitor's rep, family ("今天跟我们王总一起去拜访了…", "her husband Marc")."""
    return [(i.start, i.end) for i in _items(simplified(text), known) if i.kind == "person" and i.blocked]


def said_of_people(text: str, known: KnownPeople = NOBODY) -> list[tuple[int, int]]:
    """Where the message says something about people: the contact news (its details, and everyone named
    beside it) and the people named who are no contacts ("our 王总"): words the reader understood."""
    items = _items(simplified(text), known)
    news = read_news(text, known)
    spans = [(i.start, i.end) for i in items if i.kind == "person" and (i.blocked or news)]
    for one in news:  # with news, the others named are its context ("Luke's still the main guy")
        spans += one.details
    return spans


def pasted_signature(text: str, known: KnownPeople = NOBODY) -> bool:
    """A pasted signature block: a line that is a person's name alone, with a phone number, an email or a
    WeChat id on one of the few lines after it ("--\nMarcia Oyelaran\nSenior Buyer\nm: (402) 555-0187")."""
    plain = simplified(text)
    items = _items(plain, known)
    for person in (i for i in items if i.kind == "person" and not i.blocked):
        start = plain.rfind("\n", 0, person.start) + 1
        end = plain.find("\n", person.end)
        end = len(plain) if end < 0 else end
        if plain[start:end].strip(" \t-–—") != plain[person.start : person.end]:
            continue
        below = "\n".join(plain[end:].split("\n")[:6])
        if any(i.kind in ("email", "phone", "wechat") and end <= i.start < end + len(below) for i in items):
            return True
    return False


def read_news(text: str, known: KnownPeople = NOBODY) -> list[ContactNews]:
    """The people the message says something about, with what it says, in the order said. `known`: the
    organisation's contacts (`known_people.people_known_to`), whose family names are read as names."""
    plain = simplified(text)  # same length: positions hold
    return _assemble(plain, text, _items(plain, known))


def _items(plain: str, known: KnownPeople) -> list[_Item]:
    named = _lowercase_names(plain)
    items = _details(plain, [(p.start, p.end) for p in named], known) + _changes(plain)
    places = [span for i in items if i.kind == "move" and (span := _moved(plain, i))]
    people = _people(plain, items, known)  # "去了桦林工具": no 林工 in the company's name
    items += [p for p in people if not _overlaps((p.start, p.end), places)]
    items.sort(key=lambda i: (i.start, -i.end))
    return items


# Details ---------------------------------------------------------------------------------------------
def _details(text: str, names: list[tuple[int, int]], known: KnownPeople) -> list[_Item]:
    items: list[_Item] = []
    for a, b in details_spans(text):
        word = text[a:b]
        if word.startswith("(") and ")" not in word:
            a, word = a + 1, word[1:]  # "(212-555-0188)": the bracket is not part of the number
        if _WRONG_VALUE.search(text[max(0, a - 12) : a]) or _WRONG_AFTER.match(text, b):
            continue  # "电话不是138…，是139…", "not 0016", "the old one 212…": the wrong one
        items.append(_Item("email" if EMAIL.fullmatch(word) else "phone", a, b, word.strip()))
    for m in _WECHAT.finditer(text):
        if not any(i.start <= m.start("id") < i.end for i in items):
            items.append(_Item("wechat", m.start("id"), m.end("id"), m.group("id")))
    taken = [(i.start, i.end) for i in items]
    for m in _EN_TITLE.finditer(text):
        if any(a <= m.start() < b for a, b in names):  # "tariq bello head of sourcing": after the name
            m = _EN_TITLE.search(text, next(b for a, b in names if a <= m.start() < b))  # type: ignore[assignment]
            if m is None:
                continue
        end = min([m.end()] + [a for a, _ in taken if m.start() < a < m.end()])
        value = text[m.start() : end].rstrip()
        if not _EN_TITLE.fullmatch(value):  # "head of sourcing tariq@…": the address ends it
            value = re.sub(r"\s+\S+$", "", value)
        end = m.start() + len(value)
        bare_word = value.lower() in ("rep", "head", "lead", "owner", "chief", "partner")
        owner_said_new = value.lower() in ("owner", "partner") and re.search(
            r"\bnew\s+$", text[: m.start()], re.I
        )
        if _overlaps((m.start(), end), taken) or (bare_word and not owner_said_new):
            continue  # "head" alone is no title; "the new owner is …" is
        value = re.sub(r"^(?:new|the|our|their|a|an|it's)\s+", "", value, flags=re.I)
        items.append(_Item("title", end - len(value), end, value))
    for m in _CN_TITLE.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        before = text[max(0, m.start() - 1) : m.start()]
        if before and is_family_name(before, known) and len(m.group(0)) <= 2:
            continue  # 张总, 王经理: a person named by family name and title, not a title
        items.append(_Item("title", m.start(), m.end(), m.group(0)))
    return _outermost(items)


_WRONG_VALUE = re.compile(
    r"(?:不是|并非|而不是|\bnot|\binstead\s+of|\bwas|\bold(?:\s+one)?(?:\s+is)?|旧的?是?)\s*[:：]?\s*$", re.I
)
_WRONG_AFTER = re.compile(r"\s*(?:是错的|错了|不对|is\s+wrong|is\s+old|was\s+wrong)", re.I)


def _outermost(items: list[_Item]) -> list[_Item]:
    items = sorted(items, key=lambda i: (i.start, -(i.end - i.start)))
    kept: list[_Item] = []
    for item in items:
        if not any(k.start <= item.start and item.end <= k.end for k in kept):
            kept.append(item)
    return kept


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _changes(text: str) -> list[_Item]:
    items: list[_Item] = []
    for kind, pattern in (("left", _LEFT_EN), ("left", _LEFT_CN), ("promoted", _PROMOTED), ("new", _NEW),
                          ("successor", _SUCCESSOR), ("rename", _RENAME)):  # fmt: skip
        for m in pattern.finditer(text):
            if m.group(0):
                moving = bool(m.groupdict().get("move"))
                items.append(_Item("move" if moving else kind, m.start(), m.end(), m.group(0)))
    return items


# People ----------------------------------------------------------------------------------------------
def _people(text: str, items: list[_Item], known: KnownPeople) -> list[_Item]:
    taken = [(i.start, i.end) for i in items if i.kind in ("email", "phone", "wechat", "title")]
    people: list[_Item] = []
    for m in _EN_NAME.finditer(text):
        name = _trim_name(m.group(0))
        if not name or _overlaps((m.start(), m.start() + len(name)), taken):
            continue
        start = m.start()
        possessive = text[start + len(name) : start + len(name) + 2] in ("'s", "’s")
        if _company_word_after(text, start + len(name)) or (
            _preceded_by_place_word(text, start) and not possessive
        ):
            continue  # "at Granger", "Keller Industries": the company, not a person
        if re.search(
            r"(?:&|\band|英文名叫?|英文名字?是?|\baka|a\.k\.a\.|\bgoes\s+by|\bnickname)\s*$",
            text[:start],
            re.I,
        ) or (_in_brackets_after_someone(text, start, people)):
            continue  # "Brandt & Vogel", "Bridget Lam (Tahoe PM)": the company
        people.append(_Item("person", start, start + len(name), name))
    people += [
        p
        for p in _lowercase_names(text)
        if not _overlaps((p.start, p.end), [(q.start, q.end) for q in people])
    ]
    people += _chinese_people(text, items, people, known)
    for m in _PRONOUN.finditer(text):
        people.append(_Item("pronoun", m.start(), m.end(), m.group(0)))
    ours: set[str] = set()
    for person in sorted(people, key=lambda p: p.start):
        if person.kind == "person":
            name = text[person.start : person.end]
            person.blocked = name in ours or _not_a_contact(text, person)
            if person.blocked:
                ours.add(name)  # "…我们王总…，王总对这个客户很重视": the same person again
    return people


def _in_brackets_after_someone(text: str, start: int, people: list[_Item]) -> bool:
    opened = re.search(r"\(\s*$", text[:start])
    return bool(opened) and any(0 <= opened.start() - p.end <= 1 for p in people)


def _lowercase_names(text: str) -> list[_Item]:
    """Names written in lowercase right after a cue that introduces a person ("new contact is tariq bello",
    "her replacement is dev singh")."""
    people = []
    taken = [span for span in details_spans(text)]
    for m in _CUED_NAME.finditer(text):
        name, start = m.group("name"), m.start("name")
        words = name.split()
        if len(words) != 2 or _overlaps((start, start + len(name)), taken):
            continue
        if any(
            w in lx.STOPWORDS or w in _NOT_NAMES or _is_title_word(w) for w in words
        ) or _EN_TITLE.fullmatch(name):
            continue
        if _LOWER_CUE.search(text[max(0, start - 60) : start]):
            people.append(_Item("person", start, start + len(name), name.title()))
    return people


def _title_spans(items: list[_Item]) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in items if i.kind == "title"]


def _trim_name(name: str) -> str:
    words = name.split()
    while words and (words[0].lower().rstrip(".") in _NOT_NAMES or _is_title_word(words[0])):
        if words[0].lower().rstrip(".") in ("dr", "mr", "mrs", "ms", "prof") and len(words) > 1:
            break
        words.pop(0)
    while words and (words[-1].lower() in _NOT_NAMES or _is_title_word(words[-1])):
        words.pop()
    if not words or (words[0].lower() in lx.STOPWORDS and len(words) == 1):
        return ""
    joined = " ".join(words)
    return joined if len(joined) >= 2 else ""


def _is_title_word(word: str) -> bool:
    lower = word.lower()
    return bool(re.fullmatch(rf"(?:{_ROLE_NOUNS}|{_ACRONYM_TITLES})", lower)) or (
        word.isupper() and len(word) <= 5
    )


_COMPANY_AFTER = re.compile(
    r"\s+(?:inc|llc|ltd|co|corp|gmbh|group|systems|industries|services|partners|solutions|holdings|"
    r"logistics|freight|auto|bakery|clinic|plumbing|hvac|roofing|dental|medical|insurance|realty|"
    r"schools?|lab|law|capital|timber|catering|athletics|marina|mutual|authority|waste|water)\b",
    re.IGNORECASE,
)


def _company_word_after(text: str, end: int) -> bool:
    """ "Keller Industries", "Northwind Freight": a company's word after the name, or as its last word."""
    last = re.search(r"\S+$", text[:end])
    return bool(_COMPANY_AFTER.match(text, end)) or bool(
        last and _COMPANY_AFTER.fullmatch(" " + last.group(0))
    )


def _preceded_by_place_word(text: str, start: int) -> bool:
    """ "at Granger", "@ NRMC", "from Corbin", "to Keller Logistics": a company, not a person."""
    return bool(
        re.search(r"(?:\b(?:at|from|to|with|of|for|joined)|@|\bover\s+to)\s+$", text[:start], re.I)
    ) and not (re.search(r"\b(?:talk\s+to|ask\s+for|replaced\s+by|with)\s+$", text[:start], re.I))


def _chinese_people(text: str, items: list[_Item], found: list[_Item], known: KnownPeople) -> list[_Item]:
    """Chinese names: a family name and one or two characters, at a cue (叫, 是, a colon, a space) or right
    before a change word or a detail; 张总/王经理 (family name + title) too. A family name is one of the
    common ones or one the organisation's contacts have; any family name where the message introduces the
    name outright (叫孔伟, a signature line)."""
    people: list[_Item] = []
    taken = [(i.start, i.end) for i in found] + [(i.start, i.end) for i in items if i.kind == "title"]
    for m in honorific(known, after_name=False).finditer(text):
        if not _overlaps(m.span(), taken) and not everyday_pair(m.group(0)):
            people.append(_Item("person", m.start(), m.end(), m.group(0)))
    taken += [(p.start, p.end) for p in people]
    detailed = any(i.kind in ("email", "phone", "wechat") for i in items)
    for run in re.finditer(rf"{_CN_NAME_CHARS}+", text):
        for index in range(run.start(), run.end() - 1):
            familiar = is_family_name(text[index], known)
            if not familiar and not _introduced_name(text, index, run.end(), detailed):
                continue
            for size in (3, 2):
                end = index + size
                if end > run.end() and not (size == 2 and end == run.end() + 0):
                    continue
                name = text[index:end]
                if len(name) < size or any(c in _CN_STOP_CHARS for c in name[1:]):
                    continue
                if _overlaps((index, end), taken):
                    continue
                before_ok = bool(_CN_BEFORE_CUE.search(text[max(0, index - 6) : index])) or _after_company(
                    text, index
                )
                after_ok = bool(_CN_AFTER.match(text, end)) or bool(_CN_TITLE.match(text, end))
                if size == 3 and _CN_AFTER.match(text, end - 1) and not after_ok:
                    continue
                if size == 3 and _COMPANY_END.search(text[: index + 1]):
                    continue  # "果园贸易严冬": 易 ends the company's name
                if before_ok and after_ok:
                    people.append(_Item("person", index, end, name))
                    taken.append((index, end))
                    break
    return people


# Words that introduce a name outright: after them any family name is read as one (叫孔伟, 姓名：蔺芳)
_NAMES_IT = re.compile(r"(?:叫|叫做|名叫|名字是|名字叫|姓名\s*[:：]?)\s*$")


def _introduced_name(text: str, index: int, run_end: int, detailed: bool) -> bool:
    """A name of a family name outside the common ones, said where a name must stand: right after 叫 or
    姓名, or alone on its line in a signature (the message gives a phone, email or WeChat id)."""
    if text[index] not in wide_family_names():
        return False
    if _NAMES_IT.search(text[max(0, index - 6) : index]):
        return True
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return detailed and line.strip() == text[index:run_end] and 2 <= run_end - index <= 3


# The last word of a Chinese company name: a name written right after it starts after it ("果园贸易严冬")
_COMPANY_END = re.compile(
    r"(?:公司|集团|科技|医疗|电子|物流|软件|精工|建材|包装|食品|五金|塑胶|纺织|花卉|茶业|水产|钢构|粮油|货运|模具|"
    r"火锅|教育|贸易|百货|药业|酒店|银行|医院|工厂|工业|机械|汽配|照明|化工|器械|服装|印务|陶瓷|环保|餐饮|实业|"
    r"商贸|置业|地产|传媒|文化|咨询|制造|设备|材料|能源|汽车|船配|冷链|装饰|超市|商场|诊所|学校)$"
)


def _after_company(text: str, index: int) -> bool:
    """ "中鼎精工祝海波", "康瑞医疗阮思远": a company's words right before the name."""
    return bool(_COMPANY_END.search(text[:index]) or re.search(r"[\u4e00-\u9fff]{2}的?$", text[:index]))


def _not_a_contact(text: str, person: _Item) -> bool:
    """Our boss, a colleague, a competitor's rep, family: named, but no contact of the customer (unless
    named as the one to talk to now: "现在找他儿子储明")."""
    before = text[max(0, person.start - 28) : person.start]
    if re.search(r"(?:我们|咱们|我|本公司)的?$|\b(?:my|our)\s+$", before, re.I):
        return True  # "跟我们王总一起去", "our Dave": our own people
    clause = re.split(r"[,，;；.。\n]", before)[-1]
    if not _NOT_A_CONTACT.search(clause):
        return False
    if _SUCCESSOR.search(clause) or _NEW.search(clause):
        return False  # "new 厂长 is his nephew 伍小军", "现在找他儿子储明": the one to talk to now
    # "his daughter Kayla … she's taking over, kayla@…": named with her own details
    return not (_FAMILY.search(clause) and _FAMILY_WITH_DETAIL.search(text, person.end))


# After a relative's name, in the same sentence: a detail or a successor word of theirs
_FAMILY_WITH_DETAIL = re.compile(
    r"[^.;。；\n]{0,80}?(?:@|\b(?:taking\s+over|takes\s+over|runs|will\s+run|in\s+charge)\b|接班|接手|负责)",
    re.IGNORECASE,
)


# Putting it together ---------------------------------------------------------------------------------
def _sentence_of(text: str, position: int) -> int:
    return len(_SENTENCE.findall(text[:position]))


def _assemble(plain: str, text: str, items: list[_Item]) -> list[ContactNews]:
    people = [i for i in items if i.kind == "person"]
    details = [i for i in items if i.kind in ("email", "phone", "wechat", "title")]
    news: dict[int, ContactNews] = {}  # by the person's first mention
    keys: dict[str, int] = {}

    def record(person: _Item | None) -> ContactNews:
        if person is None:
            key = -1
            if key not in news:
                news[key] = ContactNews("", span=(len(text), len(text)))
            return news[key]
        name = person.value or text[person.start : person.end]
        if simplified(name) == plain[person.start : person.end]:
            name = text[person.start : person.end]  # as written (traditional characters kept)
        folded = name.lower()
        key = keys.setdefault(folded, person.start)
        if key not in news:
            news[key] = ContactNews(name, span=(person.start, person.end))
        return news[key]

    def owner(item: _Item) -> _Item | bool | None:
        """The person a detail or change is said of; False: of someone who is no contact."""
        sentence = _sentence_of(plain, item.start)
        before = [
            p
            for p in items
            if p.kind in ("person", "pronoun")
            and p.end <= item.start
            and _sentence_of(plain, p.start) == sentence
        ]
        after = [p for p in people if p.start >= item.end and _sentence_of(plain, p.start) == sentence]
        if item.kind == "title" and before and _whose_role(plain, before[-1], item):
            if not _COPULA_BEFORE.search(plain[: before[-1].start]):
                return False  # "waiting on their new CFO": someone in that role, not the person named
            before = before[:-1]  # "she's their new CFO": the subject's title
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
                return _antecedent(items, nearest)
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

    promoted = any(i.kind == "promoted" for i in items)  # a title said of no one named is news only so
    uncued: set[int] = set()  # news whose title was said with no change word: kept only beside a detail
    for item in details:
        if item.kind == "title" and not _title_said_of_someone(plain, item):
            continue
        who = owner(item)
        if who is False:
            continue
        target = record(who if isinstance(who, _Item) else None)
        if item.kind == "title":
            cued = _cued(plain, items, item)
            if target.title is None or (cued and id(target) in uncued):
                target.title = text[item.start : item.end]
                uncued.discard(id(target))
                if not cued:
                    uncued.add(id(target))
            elif cued and _PROMOTED.search(plain, max(0, item.start - 8), item.start):
                target.title = text[
                    item.start : item.end
                ]  # "兼管采购了，职位改成销售及采购总监": the last word
        elif getattr(target, item.kind) is None:
            setattr(target, item.kind, text[item.start : item.end].strip())
        target.details.append((item.start, item.end))
        target.span = (min(target.span[0], item.start), max(target.span[1], item.end))
    for item in items:
        if item.kind in ("left", "move"):
            subject = _subject(plain, items, item)
            moved = _moved(plain, item) if item.kind == "move" else None
            away = item.kind == "move" and moved is None and _MOVED_AWAY.match(plain, item.end)
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
        elif item.kind == "rename":
            _rename(plain, text, items, item, record)
    for n in news.values():
        bare = id(n) in uncued or (not n.who and not promoted)
        if bare and not (n.email or n.phone or n.wechat or n.new):
            n.title = None  # "the trainer no-showed", "鲍文不在，把样品留给前台了": a role said, no news
    result = [n for n in news.values() if _says_something(n)]
    for n in result:
        n.where = _where(plain, n)
    return sorted(result, key=lambda n: n.span[0])


def _whose_role(text: str, pronoun: _Item, title: _Item) -> bool:
    """ "their new CFO", "his old boss": a possessive right before a title says whose role it is, not who."""
    if pronoun.kind != "pronoun" or pronoun.value.lower() not in ("their", "his", "her"):
        return False
    between = text[pronoun.end : title.start]
    return bool(re.fullmatch(r"\s+(?:(?:new|current|old|former|interim|acting|last)\s+)?", between, re.I))


_COPULA_BEFORE = re.compile(r"(?:\bis|['’]s|\bwas|\bas|\bbecame|\bbecome|\bnow)\s+$", re.I)


_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|asked|asks|wants|wanted|thinks|mentioned|mentions|they|we|i)\b"
    r"|说|讲|告诉|问|觉得|认为|他们|她们|我们|我",
    re.IGNORECASE,
)


def _cued(text: str, items: list[_Item], title: _Item) -> bool:
    """A change word in the title's sentence: promoted, new, the successor, is now."""
    sentence = _sentence_of(text, title.start)  # or the one before: "got promoted!! she's SVP of ops now"
    return any(
        i.kind in ("promoted", "new", "successor", "move")
        and _sentence_of(text, i.start) in (sentence, sentence - 1)
        for i in items
    )


# The post changed hands: its title is the newcomer's, not the leaver's
_CHANGED_HANDS = re.compile(
    r"\s*(?:也|又)?(?:换人|换了人|换了个人|换了一个人|changed\s+hands|is\s+changing)", re.I
)


def _says_something(news: ContactNews) -> bool:
    return bool(
        news.email or news.phone or news.title or news.wechat or news.left or news.new or news.renamed
    )


def _introduces(text: str, title: _Item, person: _Item) -> bool:
    """ "new owner is Marty Kemp", "新来的采购经理叫孔伟", "card: Fleet Coordinator\nDana…" no: a title
    with a cue word (new, is, 叫, a colon) right before the person it names."""
    between = text[title.end : person.start]
    if len(between) > 28 or re.search(r"[;；。\n]", between):
        return False
    before = text[max(0, title.start - 24) : title.start].lower()
    introduced = re.search(
        r"(?:\bnew|\bthe|\bour|\btheir|\ba|\ban|['’]s|新来的|新任|新的|新|现任)\s*$|\bnew\s+\w+\s+$", before
    )
    between = re.sub(r"\b(?:is|was)\s+(?:his|her|their|our)\s+\w+\s*$", "is", between)  # "is his nephew"
    cue = re.search(
        r"^(?:\s+(?:at|@|for|of|from)\s+[^,:;]{1,30})?\s*(?:is|was|will be|[:：,，\-–—]|叫|是|为|名叫)\s*$",
        between,
    )
    return bool(cue) and (bool(introduced) or bool(re.search(r"^\s*(?:[:：]|叫|名叫)", between)))


def _right_before(text: str, title: _Item, person: _Item) -> bool:
    """ "副总林海", "CFO Beth Carver", "厂长换成了周建": the title names the person
    right after it."""
    between = text[title.end : person.start]
    return bool(re.fullmatch(r"[ \t]?|\s*(?:换成了?|换了|是|为|变成了?|由)\s*", between))


def _title_said_of_someone(text: str, title: _Item) -> bool:
    """A title word in a sentence about a deal or a meeting is not news ("sent the proposal to the
    purchasing manager"); one beside a name, a detail or a change word is. "从厂长升成副总": the old
    title is not stored."""
    if re.search(r"\b(?:my|our)\s+(?:\w+\s+)?$", text[max(0, title.start - 20) : title.start], re.I):
        return False  # "my manager Dave": our own people's titles are not the customer's
    before = text[max(0, title.start - 2) : title.start]
    return not (
        before.endswith("从") or re.search(r"\bfrom\s+$", text[max(0, title.start - 6) : title.start], re.I)
    )


def _close(text: str, item: _Item, person: _Item) -> bool:
    between = text[item.end : person.start]
    return len(between) <= 30 and not re.search(r"[;；。\n]", between)


def _antecedent(items: list[_Item], pronoun: _Item) -> _Item | None:
    earlier = [p for p in items if p.kind == "person" and p.end <= pronoun.start and not p.blocked]
    return earlier[-1] if earlier else None


def _subject(text: str, items: list[_Item], change: _Item) -> _Item | None:
    """Who left / moved: the person right before the change word in its sentence (or a pronoun's)."""
    sentence = _sentence_of(text, change.start)
    before = [
        p
        for p in items
        if p.kind in ("person", "pronoun")
        and p.end <= change.start
        and _sentence_of(text, p.start) == sentence
    ]
    if not before:
        return _words_before(text, change)
    nearest = before[-1]
    between = text[nearest.end : change.start]
    if len(between) > 40:
        return None
    if re.search(r"(?:\b(?:talk|spoke|spoken|met|called|emailed|told|said|says)\b|说|讲)", between, re.I):
        return None  # "Tom said Jane left": Jane (the nearer one) is meant; a verb between leaves it
    return _antecedent(items, nearest) if nearest.kind == "pronoun" else nearest


def _words_before(text: str, change: _Item) -> _Item | None:
    """ "sean gallagher has left …", "ruth calder (monday foods) retired": a name written in lowercase at the
    start of the sentence (the CRM says whether it is someone's)."""
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, change.start)), default=0)
    words = text[start : change.start]
    m = re.match(
        r"\s*(?P<name>[a-z\u00e0-\u024f][\w'’-]+(?:\s+[a-z\u00e0-\u024f][\w'’-]+)?)"
        r"(?:\s*\([^()]{2,40}\)|\s+(?:at|from|@)\s+[^,;]{2,40}?)?\s*(?:has\s+|have\s+|just\s+|already\s+)*$",
        words,
    )
    if m is None or any(w in lx.STOPWORDS or w in _NOT_NAMES for w in m.group("name").split()):
        return None
    return _Item("person", start + m.start("name"), start + m.end("name"), m.group("name"))


def _moved(text: str, change: _Item) -> tuple[int, int] | None:
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
    if group == "en" and not re.match(r"[A-Z\u00c0-\u024f]|[a-z]+\s+[a-z]+\s*(?:\(|$)", words):
        return None  # "moved to proposal", "now at 110k": no company
    if _NO_PLACE.match(words):
        return None
    return start, end


# "moved to another clinic", "went to a competitor", "跳槽去别家了": gone, to no customer of ours
_MOVED_AWAY = re.compile(
    r"\s*(?:another|a\s+new|a\s+different|the\s+competition|a\s+competitor|other|别家|别的公司|外地|竞争对手|对手那)",
    re.IGNORECASE,
)
_NO_PLACE = re.compile(
    r"(?:another|a\s+new|a\s+different|the\s+competition|retire|tomorrow|tmrw|today|next|mon|tue|wed|thu|fri|"
    r"sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|proposal|qualified|negotiation|won|"
    r"lost|lead|stage|\d|明天|后天|今天|下周|下个|周[一二三四五六日天]|星期|月底|年底|\d|[一二三四五六七八九十]+[月号点]|"
    r"别家|外地|那边|这边|总部)",
    re.IGNORECASE,
)


def _introduced(text: str, items: list[_Item], cue: _Item) -> list[_Item]:
    """The people a new-contact or successor cue introduces: those after it in its sentence (and in the
    list it opens: "2 new contacts: A …; B …")."""
    sentence = _sentence_of(text, cue.start)
    listing = bool(re.search(r"[:：]\s*$", text[cue.end : cue.end + 30].split("\n")[0])) or bool(
        re.search(r"\d|two|three|两|2|3", text[max(0, cue.start - 8) : cue.end])
    )
    out = []
    for p in items:
        if p.kind != "person" or p.start < cue.end or p.blocked:
            continue
        if _sentence_of(text, p.start) != sentence and not listing:
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
            and _sentence_of(text, before[-1].start) == sentence
            and cue.value.lower().startswith(
                (
                    "took",
                    "takes",
                    "taking",
                    "is stepping",
                    "stepped",
                    "is our",
                    "'s our",
                    "is the",
                    "'s the",
                    "covering",
                    "handles",
                    "runs",
                )
            )
        ):
            out.append(before[-1])  # "Yvonne took over", "Ben is our contact now"
    return out


def _rename(text: str, original: str, items: list[_Item], cue: _Item, record) -> None:  # type: ignore[no-untyped-def]
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
    news = record(_Item("person", subject.start, subject.end) if subject else None)
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
