"""Which words of a message are a person's details: a title (words ending in a role noun, "purchasing
mgr", "VP Purchasing", 采购经理), an email, a phone number, a WeChat id. A value said to be wrong ("电话不是
138…", "not 0016") is no detail."""

from __future__ import annotations

import re

from handlers.parsing.contact_details import EMAIL, details_spans
from handlers.understanding import lexicon as lx
from handlers.understanding.known_people import KnownPeople, has_given_name, is_family_name
from handlers.understanding.people_items import Item, outermost, overlaps

# Role nouns: a title ends with one ("purchasing manager", "head baker", "VP Purchasing" ends with VP's
# department; "head of procurement" continues after "of").
ROLE_NOUNS = (
    "manager|mgr|director|dir|head|lead|chief|vp|svp|evp|president|ceo|cfo|cto|coo|cio|cmo|cpo|cso|gm|"
    "buyer|purchaser|engineer|officer|owner|co-owner|founder|co-founder|assistant|admin|administrator|"
    "accountant|coordinator|specialist|rep|representative|analyst|controller|supervisor|partner|"
    "secretary|agent|planner|clerk|deputy|baker|chef|superintendent|principal|bursar|receptionist|foreman|"
    "estimator|consultant|executive|treasurer|counsel|attorney|nurse|doctor|dentist|pharmacist|"
    "orthodontist|technician|designer|architect|editor|producer|trainer|teacher|librarian|registrar|"
    "dean|chair|chairman|chairwoman|chairperson|bookkeeper|dispatcher|scheduler|recruiter|"
    "master|operator|inspector|steward|concierge|sommelier|pharmacist|veterinarian|vet|"
    "(?-i:MD)"  # a managing director, written in capitals (a lowercase "md" is too many other things)
)


_DEPARTMENTS = (
    "purchasing|procurement|sourcing|billing|payroll|credit|admissions|it|ops|operations|finance|financial|sales|marketing|hr|facilities|facility|"
    "eng|engg|mktg|biz|dev|"
    "maintenance|logistics|fleet|supply|chain|warehouse|production|plant|office|project|program|product|"
    "quality|engineering|technical|tech|accounts?|payable|receivable|ap|ar|legal|compliance|security|"
    "business|development|general|regional|area|district|senior|junior|sr|jr|deputy|associate|assistant|"
    "acting|interim|managing|executive|medical|clinical|nursing|practice|store|branch|site|shop|kitchen|"
    "category|import|export|customer|service|services|events|food|beverage|f&b|leasing|property|"
    "portfolio|claims|risk|data|digital|information|research|training|safety|transport|shipping|"
    "overseas|international|national|global|commercial|strategic|key|account|it's|head|vice|new|chief"
)


_PLAIN_STOP = (
    "(?:"
    + "|".join(sorted((re.escape(w) for w in lx.STOPWORDS if w.isalpha()), key=len, reverse=True))
    + "|s)"
)


ACRONYM_TITLES = r"ceo|cfo|cto|coo|cio|cmo|cpo|cso|gm|vp|svp|evp|avp|md"


# "VP Purchasing", "head of procurement", "director of IT", "purchasing mgr", "office manager", "CFO"
EN_TITLE = re.compile(
    rf"\b(?:(?:{_DEPARTMENTS})[ \t]+){{0,3}}"
    rf"(?:(?!{_PLAIN_STOP}\b)(?-i:[a-z][a-z&/-]+|[A-Z][a-z]+(?=[ \t]+[A-Z])|[A-Z][A-Z&]{{1,3}})[ \t]+)?"
    rf"(?:{ROLE_NOUNS})\b"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?!the[ \t]+(?:company|business)\b)[a-z&/-]+"
    rf"(?:[ \t]+(?!at\b|@|now\b)[a-z&/-]+){{0,2}}"
    # "VP Purchasing", "GM Operations": an acronym's department after it
    rf"|(?:(?<=vp|gm|md)|(?<=svp|evp))[ \t]+(?:of[ \t]+)?(?:{_DEPARTMENTS})(?:[ \t]+(?:{_DEPARTMENTS}))?)?",
    re.IGNORECASE,
)


# Chinese titles: a department, then a role ("物流部经理", "设备科科长", "采购总监", "副总", "财务")
CN_DEPT = (
    r"(?:采购|财务|技术|销售|市场|行政|人事|人力|运营|营运|生产|物流|设备|质量|品质|质检|工程|项目|研发|供应链|仓储|仓库|"
    r"客服|前台|信息|IT|HR|法务|商务|业务|售后|后勤|总务|营销|企划|战略|投资|审计|安全|设计|医务|护理|"
    r"区域|大区|华东|华南|华北|华中|西南|西北|东北|海外|国际|外贸|门店|分店|办公室|总经办)"
)


CN_ROLE_WORDS = (
    r"(?:总经理|副总经理|经理|总监|主管|主任|助理|工程师|专员|部长|科长|处长|组长|校长|院长|厂长|店长|老板|"
    r"秘书|总裁|副总裁|董事长|董事|负责人|会计|出纳|前台|顾问|总工|副总|总|采购|财务|行政|班长|课长|"
    r"领班|合伙人|创始人|协理|副理|襄理|特助|CEO|CFO|CTO|COO|CIO|VP|GM)"
)


CN_TITLE = re.compile(
    rf"(?:{CN_DEPT}(?:(?:及|和|与|、|/){CN_DEPT})?(?:部|科|处|室|中心|组)?)?(?:副)?{CN_ROLE_WORDS}(?<!(?<![副])总)"
)


_PHONE_LABEL = r"(?:m|t|p|tel|mob|mobile|cell|ph|phone|direct|office|work)\s*[:.]"


_WECHAT = re.compile(
    r"(?:微信号?|wechat(?:\s*id)?|weixin|\bwx(?:id)?\b|\bvx\b)\s*(?:号|id|ID)?\s*(?:是|为|:|：|-)?\s*"
    r"(?P<id>[A-Za-z][A-Za-z0-9_-]{4,24})",
    re.IGNORECASE,
)


# After a word in letters only, a sentence going on (a word, not another detail's label): the word began
# what was said on WeChat ("WeChat: payment 已经安排了", "wechat: thanks for the quote"), it is no id.
_SAID_ON_AFTER = re.compile(
    r"(?:\s*[,，]\s*|\s+)(?!(?:电话|手机|邮箱|座机|email|e-mail|phone|tel|mobile|cell|mob)\b|电话|手机|邮箱|座机)"
    r"(?:[\u4e00-\u9fff]|[A-Za-z]{2,})",
    re.IGNORECASE,
)


# A title written as one word set apart before the name it goes with, its department one the list above does
# not know ("樓面經理 鄭家輝", "船務主任 林嘉欣"): the word before the role is part of it.
_TITLE_WORD = re.compile(r"(?:^|[\s:：,，、])([\u4e00-\u9fff]{1,3})$")
_NAME_AFTER = re.compile(r"[ \t]+[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])")


# A title in Portuguese or Spanish, as Latin American users write it in English: "Diretora de Compras",
# "gerente comercial", "Jefe de Planta", "coordenador de logística" (its role, then its kind or department).
_ROMANCE_TITLE = re.compile(
    r"\b(?:diretor|diretora|directora|gerente|coordenador|coordenadora|coordinador|coordinadora|jefe|jefa|"
    r"chefe|supervisora|compradora?|presidente|engenheir[oa]|ingenier[oa]|analista)"
    r"(?=\s+(?:geral|general|comercial|financeir[oa]|financier[oa]|industrial|t[ée]cnic[oa]|administrativ[oa]|"
    r"executiv[oa]|de|da|do|del)\b)"
    r"(?:\s+(?:geral|general|comercial|financeir[oa]|financier[oa]|industrial|t[ée]cnic[oa]|administrativ[oa]|"
    r"executiv[oa]))?"
    r"(?:\s+(?:de|da|do|del)\s+(?:la\s+)?[^\W\d_]{3,})?",
    re.IGNORECASE,
)


# Details ---------------------------------------------------------------------------------------------
def read_details(text: str, names: list[tuple[int, int]], known: KnownPeople) -> list[Item]:
    items: list[Item] = []
    for a, b in details_spans(text):
        word = text[a:b]
        if word.startswith("(") and ")" not in word:
            a, word = a + 1, word[1:]  # "(212-555-0188)": the bracket is not part of the number
        if _WRONG_VALUE.search(text[max(0, a - 12) : a]) or _WRONG_AFTER.match(text, b):
            continue  # "电话不是138…，是139…", "not 0016", "the old one 212…": the wrong one
        items.append(Item("email" if EMAIL.fullmatch(word) else "phone", a, b, word.strip()))
    for m in _WECHAT.finditer(text):
        if m.group("id").isalpha() and _SAID_ON_AFTER.match(text, m.end("id")):
            continue  # "丘总 WeChat：payment 已经安排了": what was said on WeChat, no id
        if not any(i.start <= m.start("id") < i.end for i in items):
            items.append(Item("wechat", m.start("id"), m.end("id"), m.group("id")))
    items += _listed_departments(text, items)
    taken = [(i.start, i.end) for i in items]
    for m in EN_TITLE.finditer(text):
        if any(a <= m.start() < b for a, b in names):  # "tariq bello head of sourcing": after the name
            later = EN_TITLE.search(text, next(b for a, b in names if a <= m.start() < b))
            if later is None:
                continue
            m = later
        start = _after_a_surname(text, m.start(), known)
        end = min([m.end()] + [a for a, _ in taken if start < a < m.end()])
        value = text[start:end].rstrip()
        if not EN_TITLE.fullmatch(value):  # "head of sourcing tariq@…": the address ends it
            value = re.sub(r"\s+\S+$", "", value)
        end = start + len(value)
        bare_word = value.lower() in ("rep", "head", "lead", "owner", "chief", "partner")
        owner_said_new = value.lower() in ("owner", "partner") and re.search(
            r"\bnew\s+$", text[: m.start()], re.I
        )
        if overlaps((start, end), taken) or (bare_word and not owner_said_new):
            continue  # "head" alone is no title; "the new owner is …" is
        value = re.sub(r"^(?:(?:new|the|our|their|a|an|it's|actually|really)\s+)+", "", value, flags=re.I)
        if _NOT_THE_TITLE.search(text[max(0, end - len(value) - 14) : end - len(value)]):
            continue  # "Dana is actually head of ops, not buyer": the title said wrong
        items.append(Item("title", end - len(value), end, value))
    for m in _ROMANCE_TITLE.finditer(text):  # "now she is Diretora de Compras", "gerente comercial"
        if not overlaps(m.span(), [(i.start, i.end) for i in items]):
            items.append(Item("title", m.start(), m.end(), m.group(0)))
    for m in CN_TITLE.finditer(text):
        if overlaps(m.span(), taken):
            continue
        before = text[max(0, m.start() - 1) : m.start()]
        if before and is_family_name(before, known) and len(m.group(0)) <= 2:
            continue  # 张总, 王经理: a person named by family name and title, not a title
        start = m.start()
        if _NOT_THE_TITLE.search(text[max(0, start - 6) : start]):
            continue  # "陈总其实是副总，不是总经理": the title said wrong
        if (whole := _TITLE_WORD.search(text, 0, start)) and _NAME_AFTER.match(text, m.end()):
            start = whole.start(1)  # "樓面經理 鄭家輝": the title is the whole word before the name
        items.append(Item("title", start, m.end(), text[start : m.end()]))
    return outermost(items)


def _after_a_surname(text: str, start: int, known: KnownPeople) -> int:
    """Where a title starts when its first word is the family name of a name said right before it ("Lucius
    Fox CTO", "Maria Lopez VP Sales": a first name alone before a capitalised word the title took as its
    kind, or a contact's whole name); "Jess Polk Dispatch Manager" keeps its kind."""
    m = re.match(r"([A-Z][a-z\u00e0-\u024f'’-]+)[ \t]+(?=\S)", text[start:])
    before = re.search(r"(\S*)[ \t]+([A-Z][a-z\u00e0-\u024f'’-]+)[ \t]+$", " " + text[:start])
    if m is None or before is None or re.fullmatch(_DEPARTMENTS, m.group(1), re.I):
        return start
    first, family = before.group(2), m.group(1)
    alone = not re.match(r"[A-Z]", before.group(1))
    if f"{first} {family}" in known.latin or (alone and has_given_name(first)):
        return start + m.end()
    return start


# A department standing alone as an item of a contact's listing, right before its phone or email: "brent
# kowalchuk, purchasing, 807-555-0143", "lisa moreno, sales ops, lisa@…": the title it is listed with.
_LISTED = re.compile(
    rf"[,，;]\s*((?:{_DEPARTMENTS})(?:[ \t]+(?:{_DEPARTMENTS})){{0,2}})\s*[,，;]\s*$", re.IGNORECASE
)


def _listed_departments(text: str, details: list[Item]) -> list[Item]:
    out = []
    for item in details:
        if item.kind not in ("phone", "email"):
            continue
        m = _LISTED.search(text[max(0, item.start - 48) : item.start])
        if m:
            start = max(0, item.start - 48) + m.start(1)
            out.append(Item("title", start, start + len(m.group(1)), m.group(1)))
    return out


_WRONG_VALUE = re.compile(
    r"(?:不是|并非|而不是|\bnot|\binstead\s+of|\bwas|\bold(?:\s+one)?(?:\s+is)?|旧的?是?)\s*[:：]?\s*$", re.I
)


# A title said to be wrong: "not buyer", "不是总经理", "instead of the buyer"
_NOT_THE_TITLE = re.compile(r"(?:不是|并非|而不是|\bnot(?:\s+the)?|\binstead\s+of(?:\s+the)?)\s*$", re.I)
_WRONG_AFTER = re.compile(r"\s*(?:是错的|错了|不对|is\s+wrong|is\s+old|was\s+wrong)", re.I)


def is_title_word(word: str) -> bool:
    lower = word.lower()
    return bool(re.fullmatch(rf"(?:{ROLE_NOUNS}|{ACRONYM_TITLES})", lower)) or (
        word.isupper() and len(word) <= 5
    )
