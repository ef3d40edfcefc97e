"""Synthetic organisations and query mixes for the customer search benchmark.

Customers are built from Faker's name pools of four locales (en_US, de_DE, fr_FR, zh_CN),
combined so that normalised names stay unique even at a million customers (two or three
family names, an industry word, a city; Chinese brand + industry + legal form, sometimes a
region first). Every customer has one to three contacts and phone numbers.

Queries are drawn from the data the way reps type: exact names, one or two typos,
distinctive fragments (the shortest prefix that names only that customer) with and without a
typo, full pinyin and initials of Chinese names, and contact names. Every query has exactly
one right answer: ambiguous candidates (a fragment, initials or contact name shared by two
customers) are not used.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass, field

from faker import Faker

from crm_store.search.normalize import digits, fold, strip_legal
from crm_store.search.pinyin import to_pinyin

LOCALES = ("en_US", "de_DE", "fr_FR", "zh_CN")
QUERY_MIX = {  # share of each kind of query
    "exact": 0.15,
    "typo1": 0.15,
    "typo2": 0.10,
    "fragment": 0.15,
    "fragment_typo": 0.10,
    "pinyin": 0.10,
    "initials": 0.10,
    "contact": 0.15,
}
INDUSTRY = {
    "en_US": [
        "Logistics", "Consulting", "Software", "Systems", "Solutions", "Foods", "Motors", "Energy", "Media",
        "Labs", "Partners", "Capital", "Analytics", "Robotics", "Design", "Health", "Pharma", "Networks",
        "Textiles", "Construction", "Marine", "Aviation", "Retail",
    ],
    "de_DE": [
        "Logistik", "Maschinenbau", "Bau", "Technik", "Elektro", "Software", "Beratung", "Handel",
        "Immobilien", "Druck", "Medien", "Metallbau", "Transporte", "Versicherung", "Verwaltung",
        "Anlagenbau", "Holzbau", "Energie", "Pharma", "Textil",
    ],
    "fr_FR": [
        "Conseil", "Transports", "Logistique", "Informatique", "Industries", "Services", "Distribution",
        "Immobilier", "Construction", "Energie", "Assurances", "Alimentaire", "Technologies", "Ingenierie",
        "Communication", "Mode",
    ],
    "zh_CN": [
        "科技", "网络", "信息", "传媒", "贸易", "物流", "电子", "软件", "医药", "建设", "食品", "环保",
        "能源", "教育", "文化", "咨询", "机械", "化工", "通信", "服饰", "实业", "投资", "智能", "数据",
        "汽车", "材料", "工程", "生物", "航运", "置业",
    ],
}  # fmt: skip
SUFFIXES = {
    "en_US": ["Inc", "LLC", "Ltd", "Group", "PLC", "Corp", "Co.", ""],
    "de_DE": ["GmbH", "AG", "GmbH & Co. KG", "KG", "e.V.", "OHG", "GmbH & Co. KGaA", ""],
    "fr_FR": ["SA", "S.A.", "SARL", "S.A.S.", "et Fils", ""],
    "zh_CN": ["有限公司", "有限公司", "股份有限公司", "集团有限公司", "有限责任公司"],
}
REGIONS = ["北京", "上海", "深圳", "广州", "杭州", "南京", "成都", "武汉", "苏州", "西安"]
HAN_POOL_EXTRA = (
    "华为阿里腾讯百度京东美团小米联想海尔格力万科中兴比亚迪長城恒大碧桂园顺丰申通圆通韵达新浪网易搜狐携程"
    "金山用友浪潮东软神州数码宏图天虹永辉苏宁国美大润发红星居然盛大巨人完美三七游族恺英掌趣昆仑奇虎猎豹"
)
KEYBOARD = {  # neighbours on a QWERTY keyboard: the typos a thumb makes
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "awdz", "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
    "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
    "m": "njk",
}  # fmt: skip


@dataclass
class Person:
    name: str
    phone: str | None


@dataclass
class Company:
    name: str
    locale: str
    phone: str | None
    contacts: list[Person] = field(default_factory=list)
    core: str = ""


@dataclass(frozen=True)
class SearchQuery:
    text: str
    kind: str
    target: int  # index of the right customer in the dataset (its row number, 0-based)


class Pools:
    """Faker's name pools per locale, drawn once."""

    def __init__(self, seed: int) -> None:
        self.last: dict[str, list[str]] = {}
        self.first: dict[str, list[str]] = {}
        self.city: dict[str, list[str]] = {}
        for locale in LOCALES:
            fake = Faker(locale)
            fake.seed_instance(seed)
            self.last[locale] = sorted({fake.last_name() for _ in range(6000)})
            self.first[locale] = sorted({fake.first_name() for _ in range(6000)})
            self.city[locale] = sorted({fake.city() for _ in range(1500)})
        chinese = Faker("zh_CN")
        chinese.seed_instance(seed)
        provider = next(p for p in chinese.get_providers() if "company" in type(p).__module__)
        chars = "".join(self.first["zh_CN"]) + "".join(provider.company_prefixes) + HAN_POOL_EXTRA
        self.han = sorted({c for c in chars if "\u4e00" <= c <= "\u9fff"})


def _phone(rng: random.Random, locale: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if locale == "en_US":
        return rng.choice([f"({d(3)}) {d(3)}-{d(4)}", f"{d(3)}-{d(3)}-{d(4)}", f"+1 {d(3)} {d(3)} {d(4)}"])
    if locale == "de_DE":
        return rng.choice([f"0{d(3)} {d(7)}", f"+49 {d(2)} {d(8)}", f"0{d(4)}/{d(6)}"])
    if locale == "fr_FR":
        return f"+33 {d(1)} {d(2)} {d(2)} {d(2)} {d(2)}"
    return rng.choice([f"1{rng.choice('3589')}{d(9)}", f"0{d(2)}-{d(8)}"])


def _latin_brand(rng: random.Random, pools: Pools, locale: str) -> str:
    last = pools.last[locale]
    shape = rng.random()
    if shape < 0.30:
        return f"{rng.choice(last)} {rng.choice(INDUSTRY[locale])}"
    if shape < 0.55:
        return f"{rng.choice(last)}-{rng.choice(last)}"
    if shape < 0.70:
        joiner = {"en_US": "and", "de_DE": "&", "fr_FR": "et"}[locale]
        return f"{rng.choice(last)}, {rng.choice(last)} {joiner} {rng.choice(last)}"
    if shape < 0.85:
        return f"{rng.choice(last)} {rng.choice(last)} {rng.choice(INDUSTRY[locale])}"
    return f"{rng.choice(last)} {rng.choice(pools.city[locale])}"


def _han_brand(rng: random.Random, pools: Pools) -> str:
    size = 2 if rng.random() < 0.8 else 3
    brand = "".join(rng.choice(pools.han) for _ in range(size))
    region = rng.choice(REGIONS) if rng.random() < 0.15 else ""
    return f"{region}{brand}{rng.choice(INDUSTRY['zh_CN'])}"


def generate(size: int, seed: int = 7) -> list[Company]:
    """`size` companies with unique normalised names, each with one to three contacts."""
    rng = random.Random(seed)
    pools = Pools(seed)
    seen: set[str] = set()
    phones: set[str] = set()
    companies: list[Company] = []
    while len(companies) < size:
        locale = LOCALES[len(companies) % 4]
        if locale == "zh_CN":
            brand = _han_brand(rng, pools)
            name = brand + rng.choice(SUFFIXES[locale])
        else:
            suffix = rng.choice(SUFFIXES[locale])
            name = f"{_latin_brand(rng, pools, locale)} {suffix}".strip()
        core = strip_legal(fold(name))
        if core in seen:
            continue
        seen.add(core)
        phone = _phone(rng, locale) if rng.random() < 0.7 else None
        if phone is not None and digits(phone) in phones:
            phone = None  # the importer would rightly merge two companies with one number
        phones.add(digits(phone or ""))
        company = Company(name, locale, phone, core=core)
        for _ in range(rng.choice((1, 2, 2, 3))):
            if locale == "zh_CN":
                person = rng.choice(pools.last[locale]) + rng.choice(pools.first[locale])
            else:
                person = f"{rng.choice(pools.first[locale])} {rng.choice(pools.last[locale])}"
            company.contacts.append(Person(person, _phone(rng, locale) if rng.random() < 0.6 else None))
        companies.append(company)
    return companies


# Queries ---------------------------------------------------------------------
def typo(text: str, rng: random.Random, count: int = 1) -> str:
    """`count` thumb typos (neighbour key, dropped or doubled letter, swapped letters) inside words of
    four or more letters, never on a word's first letter."""
    chars = list(text)
    for _ in range(count):
        letters = [
            m.start() + k
            for m in re.finditer(r"[A-Za-z]{4,}", "".join(chars))
            for k in range(1, m.end() - m.start())
        ]
        if not letters:
            break
        i = rng.choice(letters)
        op = rng.random()
        lower = chars[i].lower()
        if op < 0.4 and lower in KEYBOARD:
            chars[i] = rng.choice(KEYBOARD[lower])
        elif op < 0.6:
            del chars[i]
        elif op < 0.8:
            chars.insert(i, chars[i])
        elif i + 1 < len(chars) and chars[i + 1].isalpha():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars[i] = rng.choice(KEYBOARD.get(lower, "e"))
    return "".join(chars)


class _Prefixes:
    """How many strings of a sorted list start with a prefix."""

    def __init__(self, items: list[str]) -> None:
        self.items = sorted(items)

    def count(self, prefix: str) -> int:
        lo = bisect.bisect_left(self.items, prefix)
        return bisect.bisect_left(self.items, prefix + "\uffff", lo) - lo


def _distinctive_prefix(core: str, prefixes: _Prefixes, minimum: int) -> str | None:
    """The shortest prefix of `core` (at least `minimum` letters) that starts no other name."""
    for end in range(minimum, len(core) + 1):
        if core[end - 1] == " ":
            continue
        fragment = core[:end]
        if prefixes.count(fragment) == 1:
            return fragment if end < len(core) else None
    return None


def queries(companies: list[Company], count: int, seed: int = 11) -> list[SearchQuery]:
    rng = random.Random(seed)
    latin = [i for i, c in enumerate(companies) if c.locale != "zh_CN"]
    han = [i for i, c in enumerate(companies) if c.locale == "zh_CN"]
    cores = _Prefixes([c.core for c in companies])
    spelled = {i: to_pinyin(companies[i].core) for i in han}
    pinyins = _Prefixes([full for full, _ in spelled.values()])
    initials: dict[str, int] = {}
    for _, short in spelled.values():
        initials[short] = initials.get(short, 0) + 1
    people: dict[str, int] = {}
    for company in companies:
        for person in company.contacts:
            key = fold(person.name)
            people[key] = people.get(key, 0) + 1
    out: list[SearchQuery] = []
    for kind, share in QUERY_MIX.items():
        wanted = max(1, round(count * share))
        made = 0
        attempts = 0
        while made < wanted and attempts < wanted * 50:
            attempts += 1
            pool = han if kind in ("pinyin", "initials") else latin if "typo" in kind else None
            i = rng.choice(pool) if pool else rng.randrange(len(companies))
            company = companies[i]
            text = _query_text(kind, company, i, rng, cores, pinyins, spelled, initials, people)
            if text:
                out.append(SearchQuery(text, kind, i))
                made += 1
    rng.shuffle(out)
    return out


def _query_text(kind, company, i, rng, cores, pinyins, spelled, initials, people):  # type: ignore[no-untyped-def]
    if kind == "exact":
        return company.name if rng.random() < 0.5 else company.name.lower()
    if kind == "typo1":
        return typo(company.name, rng, 1)
    if kind == "typo2":
        return typo(company.name, rng, 2)
    if kind in ("fragment", "fragment_typo"):
        minimum = 2 if company.locale == "zh_CN" else 4
        fragment = _distinctive_prefix(company.core, cores, minimum)
        if fragment is None:
            return None
        if kind == "fragment_typo":
            head, _, tail = fragment.rpartition(" ")
            if company.locale == "zh_CN" or len(head.replace(" ", "")) < 4:
                return None  # the typo goes into the complete words, not the half-typed last one
            return typo(head, rng, 1) + " " + tail
        return fragment
    if kind == "pinyin":
        full = spelled[i][0]
        if rng.random() < 0.5:
            return full
        return _distinctive_prefix(full, pinyins, 4) or full
    if kind == "initials":
        short = spelled[i][1]
        return short if initials.get(short) == 1 and len(short) >= 3 else None
    if kind == "contact":
        person = rng.choice(company.contacts)
        return person.name if people.get(fold(person.name)) == 1 else None
    raise ValueError(kind)


def csv_rows(companies: list[Company]) -> list[dict[str, str]]:
    """One row per contact, as a CRM export or a sales spreadsheet has them."""
    rows = []
    for company in companies:
        for person in company.contacts or [Person("", None)]:
            rows.append({
                "name": company.name, "phone": company.phone or "", "contact_name": person.name,
                "contact_phone": person.phone or "",
            })  # fmt: skip
    return rows
