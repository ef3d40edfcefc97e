"""Money amounts as people type them: 24k, $24,000, 24.000 €, 1.2m, 50万, 5千, ¥300000."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from handlers.parsing.hanzi import simplified
from handlers.parsing.numerals import cn_integer
from handlers.parsing.quantities import POUNDS_WEIGHED, UNITS, counted_noun

CURRENCY_WORDS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dlls": "USD",  # Mexican Spanish: "58,500 dlls", "100k dls" (US dollars; a bare "$" there is the peso)
    "dls": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "美元": "USD",
    "美金": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "欧元": "EUR",
    "欧": "EUR",  # after a Chinese amount: "一万二欧" (not 欧洲, 欧美: see _WORD_AFTER)
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "quid": "GBP",
    "bucks": "USD",
    "英镑": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "元": "CNY",
    "块": "CNY",
    "人民币": "CNY",
    "jpy": "JPY",
    "日元": "JPY",
    "yen": "JPY",
    # other currencies' own names, so that a number before them is money, not a count of them
    "franken": "CHF",
    "zloty": "PLN",
    "złoty": "PLN",
    "kronor": "SEK",  # the Swedish plural; "kroner" is Norway's and Denmark's
    # a bare "kr" (and "kroner", 克朗) says a krona but not whose: read as SEK, then settled by the writer's
    # place and the customer's (`krona_sign_only`)
    "kr": "SEK",
    "kr.": "SEK",
    "kroner": "SEK",
    "克朗": "SEK",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "chf": "CHF",
    "hk$": "HKD",
    "hkd": "HKD",
    "港币": "HKD",
    "sgd": "SGD",
    "s$": "SGD",
    "rm": "MYR",
    "aud": "AUD",
    "a$": "AUD",
    "cad": "CAD",
    "c$": "CAD",
    "inr": "INR",
    "₹": "INR",
    "rs": "INR",  # "Rs 5 lakh", "Rs. 45,000"
    "rs.": "INR",
    "nz$": "NZD",
    "au$": "AUD",
    "港纸": "HKD",  # 港紙 as typed in Hong Kong
    "蚊": "HKD",  # "三千蚊": Cantonese for dollars, said in Hong Kong
    "krw": "KRW",
    "₩": "KRW",
    "₱": "PHP",
    "mop": "MOP",  # written in capitals only (`_CODE`): "mop" is a word
    "mop$": "MOP",
    "dhs": "AED",  # "250K dhs", "AED 250k"
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "rial": "OMR",  # Oman's rial (Saudi and Qatari money is spelt riyal)
    "rials": "OMR",
    "澳门币": "MOP",
    "澳门元": "MOP",
    "葡币": "MOP",
    "卢布": "RUB",
    "韩元": "KRW",
    "韩币": "KRW",
    "₦": "NGN",
    "naira": "NGN",
    "ksh": "KES",
    "ksh.": "KES",
    "kshs": "KES",
    "kshs.": "KES",
    "bob": "KES",
    "shilling": "KES",  # the Kenyan one unless its country is said ("UGX", "TZS")
    "shillings": "KES",
}
# Other ISO codes written next to a number ("1.2m SEK", "NOK 400k").
CURRENCY_WORDS.update(
    {
        code: code.upper()
        for code in (
            "sek",
            "nok",
            "dkk",
            "pln",
            "czk",
            "huf",
            "nzd",
            "zar",
            "brl",
            "mxn",
            "twd",
            "thb",
            "myr",
            "idr",
            "php",
            "vnd",
            "try",
            "ils",
            "aed",
            "sar",
            "rub",
            "qar",
            "omr",
            "kwd",
            "bhd",
            "ngn",
            "kes",
            "ugx",
            "tzs",
        )
    }
)
CURRENCY_WORDS.update(
    {"nt$": "TWD", "ntd": "TWD", "r$": "BRL", "zł": "PLN", "kč": "CZK", "台币": "TWD", "新台币": "TWD"}
)
# Sizes that say their currency: Swedish "420 tkr" (thousand kronor), "3,1 MSEK", "2,5 mkr" (million); Mexican
# "3.4 mdp" (millones de pesos), "1.2 mdd" (millones de dólares); German "240 TEUR" (thousand euros)
_CURRENCY_SIZES = {"tkr": "SEK", "MSEK": "SEK", "Mkr": "SEK", "mkr": "SEK", "TEUR": "EUR"}
_CURRENCY_SIZES_ANY_CASE = {"mdp": "MXN", "mdd": "USD"}
MULTIPLIERS = {
    "tkr": Decimal(1_000),
    "TEUR": Decimal(1_000),
    "mdp": Decimal(1_000_000),
    "mdd": Decimal(1_000_000),
    # German thousands: "52 T€", "240 Tsd. EUR", "15 Tsd." ("T" only right before € or EUR)
    "T": Decimal(1_000),
    "tsd": Decimal(1_000),
    "tsd.": Decimal(1_000),
    "MSEK": Decimal(1_000_000),
    "Mkr": Decimal(1_000_000),
    "mkr": Decimal(1_000_000),
    "k": Decimal(1_000),
    "K": Decimal(1_000),
    "grand": Decimal(1_000),
    "千": Decimal(1_000),
    "w": Decimal(10_000),
    "万": Decimal(10_000),
    "m": Decimal(1_000_000),
    "M": Decimal(1_000_000),
    "mm": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mio": Decimal(1_000_000),
    "mil": Decimal(1_000_000),  # "1.2 mil", "3 mln": a million said short
    "mln": Decimal(1_000_000),
    "mld": Decimal(1_000_000_000),  # Polish miliard
    "tys": Decimal(1_000),  # Polish tysięcy: "PLN 250 tys."
    "mi": Decimal(1_000_000),  # Portuguese milhões, after a real only: "R$ 1,2 mi"
    "bi": Decimal(1_000_000_000),  # Portuguese bilhões: "R$ 1,5 bi"
    "百万": Decimal(1_000_000),
    "千万": Decimal(10_000_000),
    "b": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "亿": Decimal(100_000_000),
    # spelled after digits: "4.8 million yen", "3 thousand", "1.2 billion"
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "millions": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    # the Indian system: a lakh is 100,000, a crore 10,000,000 ("12 lakh", "1.5 Cr", "Rs 45L")
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lac": Decimal(100_000),
    "lacs": Decimal(100_000),
    "l": Decimal(100_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
    "cr": Decimal(10_000_000),
}
# (RM: the Malaysian ringgit's own sign, glued to its figure: "RM50k", "RM 12,000"; R, the rand's, a capital
# before a figure that says money: "R700k", "R1.2m", "R450 000", not "R2" or "R&D")
_SYMBOL = (
    r"(?:us\$|hk\$|nt\$|nz\$|au\$|r\$|s\$|a\$|c\$|(?<![a-z])rm(?=\s?\d)|(?<![a-z])rs\.?(?=\s?\d)|[$€£¥￥₹₩]"
    r"|(?<![a-z&])(?-i:R)(?=\s?(?:\d+(?:[.,]\d+)?\s?(?:[kKmM]|mil|bn)\b|\d{1,3}(?:[ ,]\d{3})+\b|\d{4,}\b))"
    # the Philippine peso's P, only before a sized or grouped figure ("P1.5M", "P350,000"; not "P4471")
    r"|(?<![a-z&])(?-i:P)(?=\s?(?:\d+(?:[.,]\d+)?\s?(?:[kKmM]|mil|bn)\b|\d{1,3}(?:,\d{3})+\b))"
    # the naira's N, likewise only before a sized figure ("N45m", "N2.5bn", "N800k")
    r"|(?<![a-z&])(?-i:N)(?=\s?\d+(?:[.,]\d+)?\s?(?:[kKmM]|mil|bn)\b)"
    # the Kenyan shilling's "KSh", "Ksh", "Kshs", the złoty's "zł" and the koruna's "Kč" before a figure
    r"|(?<![a-z])kshs?\.?(?=\s?\d)|(?<![a-z])zł(?=\s?\d)|(?<![a-z])kč(?=\s?\d)"
    r"|(?-i:MOP)\$|₱|₦)"
)
_CODE = (
    r"(?:usd|eur|gbp|cny|rmb|jpy|chf|hkd|sgd|aud|cad|inr|krw|sek|nok|dkk|pln|czk|huf|nzd|zar|brl|mxn|twd|ntd|"
    r"thb|myr|idr|php|vnd|try|ils|aed|sar|rub|qar|omr|kwd|bhd|ngn|kes|ugx|tzs|(?-i:MOP))"
)
_WORD_AFTER = (
    r"(?:dollars?|dlls|dls|d[óo]lares|euros?|pounds|sterling|quid|bucks|yen|zł|kč|dhs|dirhams?|riyals?|rials?|naira|kronor|"
    r"kroner|kr\.?(?![a-z])|"
    r"shillings?|(?-i:bob)\b|"  # "2.4M bob": Kenyan shillings, as said in Nairobi
    r"瑞典克朗|挪威克朗|丹麦克朗|克朗|"
    r"美元|美金|欧元|欧(?![洲美盟式])|英镑|人民币|元|块|日元|港币|港纸|蚊|新台币|台币|澳门币|澳门元|葡币|卢布|韩元|韩币)"
)
# Labels of a reference number: "nº", "nr 118", a Brazilian invoice "NF 88213", a container "MSCU 448812-3"
# (its owner code ends in U). No amount, and no figure the plan leaves out (`gate._LABELLED`).
# (an M-Pesa till or paybill, an account number: "deposit goes to M-Pesa till 884120")
REFERENCE_LABELS = (
    r"n[º°]|\bnr\.?|\bnf(?:-?e)?|\bcontainer|\btracking|(?-i:\b[A-Z]{3}U)"
    r"|\bm-?pesa\s+till|\btill\s+(?:number|no\.?)|\bpaybill(?:\s+(?:number|no\.?))?|\ba/c"
    r"|\bacc(?:oun)?t?\s+(?:number|no\.?)|\bacct|\biban"
    # Spanish "factura 88213", "folio 2231", "licitación no. 2033-OP-117"; "報價單號Q-2033-118"
    r"|\bfactura|\bfolio|\blicitaci[óo]n|報價單號|报价单号"
    # a code they give us: "vendor code 700214 shared", "customer id 8812", "供应商编码 700214"
    r"|\b(?:vendor|supplier|customer|client|party)\s+(?:code|id)|\bcode|编码|代码|代號|代号"
    r"|\binv\.?"  # "inv 20931 is paid": an invoice's number
)
# A number that labels something is not money: "invoice #4471", "order no. 88123", "PO 4471", "ext 204".
_LABEL_BEFORE = re.compile(
    r"(?:#|\bno\.?|\bnumber|\bnum|\binvoice|\binv|\border|\bpo|\bref|\bticket|\bcase|\broom|\bext|\bversion|"
    r"\bv|\bid|\bunit|\bbuilding|\bfloor|\bsuite|\bbooth|\bgate|\bflight|\bline|\btel|\bphone|\bmodel|"
    r"\bsku|\bpart|\bitem|\bstep|\bpage|\bclause|\bsection|\bbatch|\blot|订单号?|发票号?|编号|单号|号码|型号|工号|"
    rf"{REFERENCE_LABELS}|第)\s*[:#：]?\s*$",
    re.IGNORECASE,
)
# A label and what it is of, then "is": "their vendor no. for us is 88213", "account no. with them is 4471".
_LABEL_IS = re.compile(
    rf"(?:\bno\.?|#|\bid|\bcode|{REFERENCE_LABELS})(?:\s+(?:for|of|with|at)\s+\w+)?"
    r"\s*(?:is|was|=|:|：)\s*$",
    re.IGNORECASE,
)
# (a group of thousands never starts with a lone 0: "0.000001k" is a fraction, not 0,000,001)
_NUMBER = (
    r"(?!0[,.\s'’])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"  # grouped the Indian way: 12,00,000; 1,25,50,000
    r"|(?!0[,.\s'’])\d{1,3}(?:[,.\s'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
_MULT = (
    r"(?:千万|百万|millions?|thousand|billion|lakhs?|lacs?|crores?|cr|mio|mil|mln|mld|tys(?=\.|\b)|tsd\.?|mm|mn|bn|grand|"
    r"(?:(?<=\d)|(?<=\d\s))(?:mi|bi)(?=\s|$|[,.;!?)])|(?-i:T)(?=\s?(?:€|EUR\b))|"
    rf"{'|'.join(_CURRENCY_SIZES_ANY_CASE)}|(?-i:{'|'.join(_CURRENCY_SIZES)})|"
    r"[kK](?![čČ])|[mMbw万千亿]"  # (the koruna's "Kč" is no thousand)
    r"|(?:(?<=\d)|(?<=\d\s))(?-i:L|Cr)(?=\s|$|[,.;!?)]))"  # "45L", "57 L", "1.2Cr": lakh, crore (capitals)
)  # "45 grand"
# "18K US for their bottling line": US dollars, written in capitals (a lower-case "us" after a figure is
# the pronoun: "50k to us"); not in CURRENCY_WORDS, whose words are looked for alone elsewhere.
_US_AFTER = r"(?-i:US)(?![A-Za-z$])"
_WORD_BEFORE = r"(?:美元|美金|欧元|英镑|人民币|日元|港币|港纸|新台币|台币|卢布|韩元|(?-i:[Kk]r)\.?(?=\s?\d))"
AMOUNT_RE = re.compile(
    # a code may be glued to its number ("USD45,000"), not inside a word
    rf"(?P<pre>{_SYMBOL}|(?<![a-z]){_CODE}(?![a-z])|{_WORD_BEFORE})?\s?"
    rf"(?P<num>{_NUMBER})"
    rf"(?:\s?(?P<mult>{_MULT})(?:(?<=[万千亿])|(?![a-zA-Z])))?"  # ("125万OK": 万, then English)
    rf"(?:\s?(?P<post>{_SYMBOL}|{_CODE}\b|{_WORD_AFTER}|{_US_AFTER}))?",
    re.IGNORECASE,
)
# Where "mil" counts thousands (Portuguese, Spanish): "R$ 450 mil" is R$ 450,000 (in English "1.2 mil" is a
# million).
MIL_IS_THOUSAND = frozenset({"BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU"})
# Countries whose language counts "mil" in thousands (Portuguese, Spanish): a Brazilian rep's "US$ 380 mil" is
# US$380,000 (`understanding.reader`), and "450 mil" for a US-dollar deal may be reais (asked).
MIL_WORD = re.compile(r"\bmil\b", re.IGNORECASE)
MIL_COUNTRIES = frozenset(
    {"BR", "PT", "ES", "MX", "AR", "CL", "CO", "PE", "UY", "PY", "BO", "EC", "VE", "CR", "GT", "PA", "DO"}
)
_PESOS_AFTER = re.compile(r"\s*(?:pesos?|reais|reales)\b", re.IGNORECASE)
# Dollars said in Spanish, read with the amount: "20 mil dólares", "380 mil dlls" (mil is a thousand there)
_SPANISH_DOLLARS_READ = re.compile(r"(?:d[óo]lares|dlls|dls)\s*$", re.IGNORECASE)
_DATE_OR_TIME_AROUND = re.compile(r"[:/\-]\d|\d[:/\-]")
_RANGE_FROM = re.compile(r"(?<![\d:/.-])\d+(?:[.,]\d+)?\s*[-–~]\s*$")


def _size_currency(mult: str | None) -> str | None:
    """The currency a size says by itself: "tkr" the krona, "mdp" the peso, "TEUR" the euro."""
    return _CURRENCY_SIZES.get(mult or "") or _CURRENCY_SIZES_ANY_CASE.get((mult or "").lower())


def _range_end(text: str, start: int, end: int, mult: str | None) -> bool:
    """Whether the amount is the upper end of a range said with a dash ("6-7萬", "30-40k"): a multiplier
    after it says money, which no date or time has; nothing date-like follows it."""
    return (
        bool(mult)
        and bool(_RANGE_FROM.search(text[max(0, start - 12) : start]))
        and not re.match(r"[:/\-]\d", text[end : end + 2])
    )


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None
    start: int
    end: int
    ambiguous: bool = False  # e.g. "1.500" could be 1.5 or 1500
    alternative: Decimal | None = None


# Currencies whose figures are written with a dot between thousands where they are used, and that have no
# third decimal: "R$ 95.000", "95.000 zł", "Rp 150.000" are thousands.
_DOT_GROUPED = frozenset(
    {
        "EUR",
        "CHF",
        "BRL",
        "PLN",
        "CZK",
        "DKK",
        "NOK",
        "SEK",
        "HUF",
        "IDR",
        "ARS",
        "CLP",
        "COP",
        "TRY",
        "VND",
        "RUB",
    }
)


def _to_decimal(
    number: str, has_multiplier: bool, currency: str | None
) -> tuple[Decimal, bool, Decimal | None]:
    """Read thousands and decimal separators the way the writer most likely meant them."""
    text = re.sub(r"[\s'’]", "", number)
    ambiguous, alternative = False, None
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", text):
        return Decimal(text.replace(",", "")), False, None  # 12,00,000: twelve lakh
    if "," in text and "." in text:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        text = text.replace(group_sep, "").replace(decimal_sep, ".")
    elif "," in text or "." in text:
        sep = "," if "," in text else "."
        parts = text.split(sep)
        grouped = len(parts) > 2 or (len(parts[-1]) == 3 and not has_multiplier)
        if grouped and all(len(p) == 3 for p in parts[1:]):
            as_thousands = Decimal("".join(parts))
            as_decimal = Decimal(f"{parts[0]}.{parts[1]}") if len(parts) == 2 else None
            # "$1.500" may be 1.5 or 1,500; "€9,500" is 9,500 (nobody writes €9.50 with a third decimal), and
            # so is a figure in a currency of the places that group thousands with a dot ("R$ 95.000")
            if sep == "." and len(parts) == 2 and currency not in _DOT_GROUPED:
                ambiguous, alternative = True, as_decimal
            return as_thousands, ambiguous, alternative
        text = text.replace(sep, ".")
    return Decimal(text), ambiguous, alternative


def _looks_like_year(value: Decimal) -> bool:
    return value == value.to_integral_value() and 1990 <= value <= 2100


def _currency(token: str | None) -> str | None:
    if token == "US":
        return "USD"
    if token == "R":
        return "ZAR"
    if token == "P":
        return "PHP"
    if token == "N":
        return "NGN"
    return CURRENCY_WORDS.get(token.lower()) if token else None


# Chinese ways of writing an amount: "一百二十万", "四百五十万", "3万5" (35,000), "十二万半" (125,000),
# "3万5千", "1亿2000万", "1亿2千万" and "一亿两千万" (120,000,000: one amount, not 1亿 and 2千万).
# Not "几十万" (some 10万s).
_CN_AMOUNT = re.compile(
    rf"(?:(?P<pre>{_WORD_BEFORE})(?:报价|报|是)?\s?)?"  # "卢布报价八百五十万", "美金三十万"
    r"(?<![几幾])(?P<big>\d+|[一二两三四五六七八九十廿卅][零一二两三四五六七八九十百千]*)(?P<unit>万|亿)"
    r"(?:(?P<rest>\d{1,4}|[一二两三四五六七八九]|半(?![年月天日个個小钟鐘价價折]))(?P<rest_unit>千万|百万|千|万)?)?"
    r"(?![\d万千亿])"
    rf"(?:\s?(?P<post>{_WORD_AFTER}|(?i:{_CODE})(?![A-Za-z])))?"  # "四十万 HKD", "三十万人民币"
)


# Thousands in Chinese numerals, money only with its currency said after: "八千欧", "三千五百英镑".
_CN_THOUSANDS = re.compile(
    r"(?<![几幾\d零一二两三四五六七八九十百千万])(?P<big>[一二两三四五六七八九])千"
    r"(?:(?P<hundreds>[一二两三四五六七八九])百|(?P<rest>[一二两三四五六七八九])(?![十百]))?"
    rf"\s?(?P<post>{_WORD_AFTER})"
)


# Money counted in 个 for 万, as said in Shaanxi and the north-west ("报价三十个" is 30万, "再降五个，两百
# 三十五个"): only right after a word that names the deal's money or another such figure, and with nothing
# counted after the 个 ("三十个人", "五个点").
_GE_FOR_WAN = re.compile(
    r"(?<![\d零一二两三四五六七八九十百])(?P<num>\d{1,4}|[一二两三四五六七八九十][零一二两三四五六七八九十百]*)"
    r"个(?P<half>半)?(?=\s*(?:$|[，,。.!！;；～~]|没问题|左右|吧|了|上下|的样子))"
)
_GE_ROUGHLY = re.compile(r"大概|大约|估计|差不多|左右|上下")
_GE_CUE = re.compile(
    r"(?:报价|金额|价格|改成|改为|改到|降到|涨到|加到|降|涨|单|签|[一二两三四五六七八九十\d]个)[^。；;!！]{0,4}$"
)


def _cn_amounts(text: str) -> list[Amount]:
    out = []
    for match in _GE_FOR_WAN.finditer(text):
        count = cn_integer(match.group("num"))
        cue = _GE_CUE.search(text, max(0, match.start() - 8), match.start())
        if count and cue and not _GE_ROUGHLY.search(cue.group(0)):  # "大概七十个": how much is asked
            value = Decimal(count) * 10_000 + (5_000 if match.group("half") else 0)
            out.append(Amount(value, None, match.start("num"), match.end()))
    for match in _CN_THOUSANDS.finditer(text):
        small = match.group("hundreds") or match.group("rest")
        hundreds = (cn_integer(small) or 0) if small else 0
        value = Decimal(cn_integer(match.group("big")) or 0) * 1000 + Decimal(hundreds) * 100
        out.append(Amount(value, _currency(match.group("post")), match.start(), match.end()))
    for match in _CN_AMOUNT.finditer(text):
        big = cn_integer(match.group("big"))
        if big is None or (not match.group("big").isdigit() and match.group("rest") is None and big == 0):
            continue
        unit = MULTIPLIERS[match.group("unit")]
        value = Decimal(big) * unit
        rest = match.group("rest")
        if rest == "半":
            value += unit / 2  # "十二万半" is 12.5万
        elif rest is not None:
            small = cn_integer(rest) or 0
            if match.group("rest_unit") in ("万", "千万", "百万"):
                value += Decimal(small) * MULTIPLIERS[match.group("rest_unit")]
            elif match.group("rest_unit") == "千" or (len(rest) == 1 and unit == MULTIPLIERS["万"]):
                value += Decimal(small) * 1000  # "3万5" is 3.5万
            elif unit == MULTIPLIERS["亿"] and not match.group("rest_unit"):
                continue  # "1亿2000" is unclear
            else:
                value += Decimal(small)
        if match.group("big").isdigit() and rest is None:
            continue  # "50万" is read by AMOUNT_RE
        if not match.group("post") and UNITS.match(text[match.end() :]):
            continue  # "三万平米", "两万吨": a count
        currency = _currency(match.group("post")) or _currency(match.group("pre"))
        out.append(Amount(value, currency, match.start("big"), match.end()))
    return out


# English amounts in words: "twenty grand", "forty-five thousand", "a million", "half a million".
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES = {w: i + 1 for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_WORD_UNITS = {"grand": 1_000, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mil": 1_000_000,
               "billion": 1_000_000_000, "bn": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000,
               "crore": 10_000_000, "crores": 10_000_000}  # fmt: skip
_WORD = rf"(?:{'|'.join(_TENS)}|{'|'.join(_ONES)}|hundred|{'|'.join(_WORD_UNITS)})"
# A run of number words, hyphens and "and" between them: "ten thousand five hundred", "twenty-one k".
_WORD_AMOUNT = re.compile(
    rf"\b(?P<words>(?:half\s+an?|an?|{'|'.join(_TENS)}|{'|'.join(_ONES)})"
    rf"(?:(?:\s+and)?[\s-]+(?:{_WORD}|a\s+half))*)\b"
    rf"(?:\s?(?P<post>{_CODE}\b|{_WORD_AFTER}))?",
    re.IGNORECASE,
)


# A number below a thousand said in words, no unit: "fifty eight", "sixty-two", "a hundred and ten", "one
# twenty" (a hundred and twenty, said as people say prices: "one fifty five" is 155).
_ONES_RE = "|".join(sorted(_ONES, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
WORD_NUMBER = (
    rf"\b(?:(?:{_ONES_RE}|a)\s+hundred(?:\s+and)?(?:[\s-]+(?:{_TENS_RE}))?(?:[\s-]+(?:{_ONES_RE}))?"
    rf"|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:{_TENS_RE})(?:[\s-]+(?:one|two|three|four|five|six|seven|"
    rf"eight|nine))?"
    rf"|(?:{_TENS_RE})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|(?:{_ONES_RE}))\b"
)


def words_number(words: str) -> Decimal | None:
    """The number `WORD_NUMBER` words say ("fifty eight" 58, "one twenty" 120, "a hundred and ten" 110)."""
    tokens = [w for w in re.split(r"[\s-]+", words.lower()) if w and w != "and"]
    if not tokens or any(t not in _WORD_VALUES and t not in ("a", "hundred") for t in tokens):
        return None
    if "hundred" in tokens:
        at = tokens.index("hundred")
        head = tokens[:at]
        hundreds = 1 if head in ([], ["a"]) else _WORD_VALUES.get(head[0], 0) if len(head) == 1 else 0
        rest = sum(_WORD_VALUES[t] for t in tokens[at + 1 :])
        return Decimal(hundreds * 100 + rest) if hundreds else None
    if len(tokens) >= 2 and tokens[0] in _ONES[:9] and tokens[1] in _TENS:  # "one twenty", "one fifty five"
        return Decimal(_WORD_VALUES[tokens[0]] * 100 + sum(_WORD_VALUES[t] for t in tokens[1:]))
    return Decimal(sum(_WORD_VALUES[t] for t in tokens))


def _words_value(words: list[str]) -> Decimal | None:
    """The number a run of number words says (None below a thousand): "ten thousand five hundred" → 10500,
    "two hundred grand" → 200000, "half a million" → 500000, "fifteen hundred" → 1500, "thirty one five"
    → 31500."""
    if (
        len(words) == 3 and words[0] in _TENS and all(w in _ONES[:9] for w in words[1:])
    ):  # a price said the short way: "thirty one five" is 31,500, "sixty six three" 66,300
        return Decimal(
            (_WORD_VALUES[words[0]] + _WORD_VALUES[words[1]]) * 1000 + _WORD_VALUES[words[2]] * 100
        )
    head, unit = words[:-1], words[-1]
    if (
        unit in _WORD_UNITS
        and 2 <= len(head) <= 3
        and head[0] in _ONES[:9]
        and head[1] in _TENS
        and all(w in _ONES[:9] for w in head[2:])
    ):  # the hundred left out, as prices are said: "three forty K" is 340,000, "one twenty five k" 125,000
        said = _WORD_VALUES[head[0]] * 100 + sum(_WORD_VALUES[w] for w in head[1:])
        return Decimal(said * _WORD_UNITS[unit])
    hundreds = [i for i, w in enumerate(words) if w == "hundred"]
    if (
        not any(w in _WORD_UNITS for w in words)
        and not (  # "forty five hundred" is 4,500
            hundreds and sum(_WORD_VALUES.get(w, 0) for w in words[: hundreds[0]]) >= 10
        )
    ):
        return None
    total, current = Decimal(0), Decimal(0)
    for word in words:
        if word == "half":
            current += Decimal("0.5")
        elif word in ("a", "an"):
            current = current or Decimal(1)
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "hundred":
            current = (current or Decimal(1)) * 100
        elif word != "and":
            total += (current or Decimal(1)) * _WORD_UNITS[word]
            current = Decimal(0)
    return total + current


def _mil_is_a_thousand(currency: str | None, text: str, end: int, *, said_here: bool) -> bool:
    """Whether "mil" counts thousands: after a real or a peso ("R$ 450 mil", "80 mil pesos"), or said where
    Portuguese or Spanish is spoken (`said_here`: a Brazilian rep's "US$ 380 mil" is US$380,000); in English
    "1.2 mil" is a million."""
    return (
        said_here
        or currency in MIL_IS_THOUSAND
        or bool(_PESOS_AFTER.match(text, end) or _SPANISH_DOLLARS_READ.search(text, 0, end))
    )


def _word_amounts(text: str, *, mil_is_thousand: bool = False) -> list[Amount]:
    out = []
    for match in _WORD_AMOUNT.finditer(text):
        words = match.group("words").lower().replace("-", " ").split()
        if set(words[:-1]) <= {"a", "an", "half"} and not match.group("post"):
            continue  # "a grand total of 5k", "thanks a million": only "a million dollars" is money
        value = _words_value(words)
        if value is None or (not match.group("post") and counts_things(text[match.end() :])):
            continue  # "forty thousand square feet": a count
        currency = _currency(match.group("post"))
        if (
            "mil" in words
            and mil_is_thousand
            and not _mil_is_a_thousand(currency, text, match.end(), said_here=False)
        ):
            value /= (
                1000  # "three hundred mil" from São Paulo (a real or a peso said keeps the word's million)
            )
        value = value.to_integral_value() if value == value.to_integral_value() else value
        out.append(Amount(value, currency, match.start(), match.end()))
    return out


_YEN_SIGN = re.compile(r"[¥￥]")


def yen_sign_only(written: str) -> bool:
    """The amount's currency is only a ¥ sign, which is yuan or yen: "¥3.8M" (not "¥300元", "RMB ¥5k")."""
    if not _YEN_SIGN.search(written):
        return False
    rest = _YEN_SIGN.sub("", written)
    return not any(_currency(token) for token in re.findall(rf"{_CODE}\b|{_WORD_AFTER}", rest, re.I))


# A "$" with no country before it: "$41,500", "$25k" (not "US$", "A$", "NT$", "HK$").
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


def dollar_sign_only(written: str) -> bool:
    """The amount's currency is only a bare "$", which is the dollar of the writer's place ("$41,500" from a
    rep in Sydney is Australian dollars), not a "US$", "usd" or "dollars" said outright."""
    if not _BARE_DOLLAR.search(written):
        return False
    rest = _BARE_DOLLAR.sub("", written)
    tokens = re.findall(rf"{_SYMBOL}|{_CODE}\b|{_WORD_AFTER}|{_WORD_BEFORE}", rest, re.I)
    return not any(_currency(token) for token in tokens)


# A krona said without its country: "400 000 kr", "kr 85 000", "250 000 kroner", "八十万克朗" ("kronor" is
# Swedish, "NOK", "挪威克朗", "tkr" and "MSEK" say theirs).
_BARE_KRONA = re.compile(r"(?<![A-Za-z])(?:kr\.?(?![a-z])|kroner\b)|(?<![典威麦])克朗", re.IGNORECASE)
KRONOR = frozenset({"SEK", "NOK", "DKK"})


def krona_sign_only(written: str) -> bool:
    """The amount's currency is only a bare "kr" or "kroner", which says a krona but not whose."""
    return bool(_BARE_KRONA.search(written)) and not re.search(r"(?i:sek|nok|dkk)", written)


_YUAN_WORD = re.compile(r"[元块]")
_CURRENCY_IN_YUAN = re.compile(r"(?:美|港|日|欧|澳|加|新|台|新台币|新加坡|英)元")


def yuan_word_only(written: str) -> bool:
    """The amount's currency is only 元 or 块 ("38万元"), which is whatever dollar the writer's place counts
    in (NT$ in Taipei), not necessarily renminbi (not "人民币38万元", "¥38万元")."""
    written = simplified(written)
    if not _YUAN_WORD.search(written) or _YEN_SIGN.search(written):
        return False
    if _CURRENCY_IN_YUAN.search(written):
        return False  # "300万美元", "8万港元": the 元 of another currency's name
    rest = _YUAN_WORD.sub("", written)
    tokens = re.findall(rf"{_SYMBOL}|{_CODE}\b|{_WORD_AFTER}|{_WORD_BEFORE}", rest, re.I)
    return not any(_currency(token) for token in tokens)


# labelled identifiers' second numbers ("ref 2026-4471") left out of the look before a number
_JOINED_LABEL = re.compile(r"[\d\-/]+$")
# A number said as the size of something named right before it: "their headcount is 230", "crew of 22",
# "service team is 35", "员工总数是850", "车队规模是45", "仓库面积是3000": a count (a detail the note keeps),
# not a figure for a slot ("the budget is 230", "the number is 35" still are).
_SIZE_OF = re.compile(
    r"(?<![A-Za-z])(?:head\s?count|staff(?:ing)?|team|crew|fleet|workforce|capacity|volume|population|enrol(?:l)?ment|"
    r"membership|user\s?base|patient\s?base|footprint|floor\s?space|square\s?footage|"
    r"人数|员工数?|总数|规模|面积|产量|产能|数量|人手|车队|团队)"
    r"(?:\s+(?:is|are|was|were|of|at|around|about|now|now\s+at|totals?|hits?|of\s+about|"
    # grown or shrunk to it: "headcount going up to 220", "fleet growing to 60", "员工要涨到1200"
    r"going|gone|goes|grown|growing|grows|grew|rising|rose|risen|climbing|climbed|jumping|jumped|dropping|dropped|"
    r"falling|fell|shrinking|shrunk|increasing|increased|expanding|expanded|up|down|to|will\s+be|by)"
    r"|\s*(?:[:=：]|是|为|有|达到?|约|要|会|将|明年|今年|年底|已经|(?:涨|增加|增长|扩|扩大|降|减少?|减到|升|提高)[到至]?))*"
    r"\s*(?:总共|一共|大概)?\s*$",
    re.IGNORECASE,
)
# Their own shop's takings and returns, said by a live stream or a store: "GMV 破了300w", "流水过了80万",
# "ROI 1:4.5".
_SHOP_FIGURE = re.compile(
    r"(?:(?<![A-Za-z])(?:gmv|roi)|销售额|营业额|流水|业绩)\s*"
    r"(?:[:=：]|是|为|有|达到?|破了?|突破了?|过了|冲到|约|大概|\s)*$",
    re.IGNORECASE,
)


# The 618 shopping festival named by its number, with what belongs to it: "618排期", "618大促", "618之前".
FESTIVAL = re.compile(
    r"618\s*(?:排期|档期|大促|活动|备货|直播|预售|期间|当天|之前|以前|前|之后|以后|后|坑位|会场|节|狂欢|的)"
)


def shop_figure(text: str, start: int) -> bool:
    """A figure right after the customer's own takings ("GMV 破了300w"): theirs, no price of ours."""
    return _SHOP_FIGURE.search(simplified(text[max(0, start - 16) : start])) is not None


# A noun of numbered places before a number of up to four digits ("rooms 101-106", "suites 300-340",
# "berths 12-15", "bay 210"): labels of places, kept in the note.
_PLACE_LABEL = re.compile(
    r"(?<![A-Za-z])(?:rooms?|suites?|units?|bays?|berths?|docks?|gates?|floors?|levels?|buildings?|blocks?|lots?|"
    r"aisles?|wards?|booths?|stalls?|platforms?|halls?|offices?|desks?|doors?|racks?|zones?)\s+(?:#|no\.\s?)?$",
    re.IGNORECASE,
)


# Grown or shrunk to a bare number ("扩到100", "growing to 90"): after a count said earlier in the message
# ("技术部68个人，明年扩到100", "they run 40 trucks, growing to 55"), the new size of what was counted.
_GROWN_TO = re.compile(
    r"(?:扩|扩大|扩充|扩张|增加|增长|增|涨|升|降|减少?|缩减?|加)[到至]\s*$"
    r"|(?<![A-Za-z])(?:grow(?:s|ing|n)?|grew|expand(?:s|ing|ed)?|(?:go(?:es|ing)?|gone|went)\s+up|"
    r"increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|climb(?:s|ed|ing)?|shrink(?:s|ing)?|shrunk|"
    r"(?:go(?:es|ing)?|gone|went)\s+down|cut(?:ting)?|drop(?:s|ped|ping)?)\s+to\s*$",
    re.IGNORECASE,
)
_EARLIER_NUMBER = re.compile(r"\d[\d,]*")


def size_said(text: str, start: int) -> bool:
    """A number after the noun whose size it says, or after a noun of numbered places, or a count said
    earlier grown or shrunk to it."""
    before = simplified(_JOINED_LABEL.sub("", text[max(0, start - 32) : start]))
    if _SIZE_OF.search(before) or _PLACE_LABEL.search(before):
        return True
    if not _GROWN_TO.search(before):
        return False
    return any(counts_things(text[m.end() : m.end() + 16]) for m in _EARLIER_NUMBER.finditer(text, 0, start))


def counts_things(after: str, *, one: bool = False) -> bool:
    """Whether a number followed by `after` counts things, not money: a unit or a measure word ("3万平",
    "200个库位"), or a noun phrase that names no currency ("40 more pallet positions"; not "40 US dollars").
    `one`: the number is 1, which counts a singular noun too."""
    if UNITS.match(simplified(after[:40])):  # room for "pounds of <what>"
        return True
    if _MORE_OF_THEM.match(after):  # "the cranes are old, they want 2 extra so …": more of the things said
        return True
    phrase = counted_noun(after, one=one)
    return phrase is not None and not _CURRENCY_NAMED.search(phrase) and not _currency(phrase.split()[-1])


_MORE_OF_THEM = re.compile(
    r"\s*(?:extra|more|additional|spare|others)\b"
    r"(?=\s*(?:$|[,.;!?)]|(?:so|and|but|too|as well|then|now|for)\b))",
    re.IGNORECASE,
)
_MEASURED = re.compile(r"\s*(?:of|per|each|a\s+(?:day|week|month|year)|/)\b", re.IGNORECASE)


def _litres(text: str, start: int, mult_start: int, end: int) -> bool:
    """Whether the "L" after a figure is litres, not lakh. Glued to the figure ("20L drums"), any word after
    it makes it litres; written apart ("9.5 L sent to her", "26 L, kindly create"), only what is measured
    after it does: things counted ("5 L bottles"), "of" ("2 L of milk"), a rate ("40 L per hour"), or one
    thing the figure is the size of ("a 20 L drum")."""
    after = text[end:]
    if not text[mult_start - 1 : mult_start].isspace():
        return bool(re.match(r"\s*[^\W\d_]", after))
    if _MEASURED.match(after) or counts_things(after):
        return True
    return bool(re.search(r"\b(?:a|an|one|each|per)\s+$", text[max(0, start - 8) : start], re.IGNORECASE))


_WEIGHED = re.compile(r"\s*" + POUNDS_WEIGHED, re.IGNORECASE)


def find_amounts(text: str, *, mil_is_thousand: bool = False) -> list[Amount]:
    """Every money-like number in `text`, strongest evidence first (320萬 and 新台幣 as 320万, 新台币).
    `mil_is_thousand`: the writer is where "mil" counts thousands (`MIL_COUNTRIES`)."""
    text = simplified(text)
    strong: list[Amount] = _cn_amounts(text) + _word_amounts(text, mil_is_thousand=mil_is_thousand)
    weak: list[Amount] = []
    taken = [(a.start, a.end) for a in strong]
    for match in AMOUNT_RE.finditer(text):
        start = match.start("pre") if match.group("pre") else match.start("num")
        end = match.end()
        if any(a < end and start < b for a, b in taken):
            continue
        before = text[max(0, start - 1) : start]
        after = text[end : end + 2]
        if before.isalpha() and before.isascii() and not match.group("pre"):
            continue  # part of a word like "Q3" or "v2"
        bare = not (match.group("pre") or match.group("mult") or match.group("post"))
        if bare and (
            _LABEL_BEFORE.search(text[max(0, start - 16) : start])
            or _LABEL_IS.search(text[max(0, start - 40) : start])
        ):
            continue  # "invoice #4471": a label, not an amount ("final number 15k", "processing line 85000
            # EUR" are ones)
        if not (match.group("mult") or match.group("post")) and re.match(r"[A-Za-z]", text[end : end + 1]):
            continue  # "500kg", "4471abc": glued to a unit or a code
        negative = (
            not match.group("pre")
            and text[max(0, start - 1) : start] in ("-", "−")
            and (start < 2 or not text[start - 2].isalnum())
        )
        around = text[start if negative else max(0, start - 1) : end + 1]
        if _DATE_OR_TIME_AROUND.search(around) and not (
            match.group("pre") or match.group("post") or _range_end(text, start, end, match.group("mult"))
        ):
            continue  # 15:00, 2026-12-15, 12/15
        mult = match.group("mult")
        currency = _currency(match.group("pre")) or _currency(match.group("post")) or _size_currency(mult)
        if (match.group("post") or "").lower() == "pounds" and _WEIGHED.match(text, match.start("post")):
            continue  # "2 million pounds of capacity", "500 pounds of resin": a weight, not money
        if not currency and UNITS.match(text[end:]):
            continue  # "3.5w吨", "2k units": a count, not money
        if mult == "L" and currency != "INR" and _litres(text, start, match.start("mult"), end):
            continue  # "20L drums", "5L bottles": litres; "45L" alone or "Rs 45L" is 45 lakh
        if mult in ("mi", "bi") and currency != "BRL":
            continue  # "5 mi from here": miles, not a real's millions
        multiplier = MULTIPLIERS.get(mult or "", MULTIPLIERS.get((mult or "").lower(), Decimal(1)))
        if (mult or "").lower() == "mil" and _mil_is_a_thousand(
            currency, text, end, said_here=mil_is_thousand
        ):
            multiplier = Decimal(1_000)  # "R$ 450 mil", "80 mil pesos": mil is a thousand there
        if mult and mult in "mM" and not currency and after[:1].isalpha():
            continue  # "5 months" was caught as "5 m"
        try:
            value, ambiguous, alternative = _to_decimal(match.group("num"), bool(mult), currency)
        except InvalidOperation:
            continue
        if negative:
            value, start = -value, start - 1  # "-5000": a negative amount, refused later
        amount = Amount(
            value * multiplier,
            currency,
            start,
            end,
            ambiguous,
            alternative * multiplier if alternative is not None else None,
        )
        if shop_figure(text, start):
            continue  # "GMV 破了300w", "流水过了80万": the customer's own takings, no price of ours
        if currency or mult:
            strong.append(amount)
        elif (
            not counts_things(text[end:])
            and abs(value) >= 100
            and not _looks_like_year(value)
            and not size_said(text, start)  # "技术部68个人，明年扩到100", "headcount is 230": a size
            and not FESTIVAL.match(text, start)  # "催618排期": the 618 shopping festival
        ):
            weak.append(amount)
    found = strong + sorted(weak, key=lambda a: -a.value)
    return [_minus_said(text, a) for a in found]


def _minus_said(text: str, amount: Amount) -> Amount:
    """ "金额 负五万": the amount with its minus said in a word (a negative amount, refused later)."""
    if amount.value > 0 and text[max(0, amount.start - 1) : amount.start] == "负":
        return replace(amount, value=-amount.value, start=amount.start - 1)
    return amount


def find_amount(text: str) -> Amount | None:
    amounts = find_amounts(text)
    return amounts[0] if amounts else None


# The one reader of a currency named by itself, apart from any amount: "wants to pay in euros now", "billed in
# US dollars", "改用港幣", "in dollars instead of pesos". Single characters (元, 块) and signs are left to the
# amounts they stand by. A currency that says its country is that one; a bare "dollars" (or "bucks") says a
# dollar but not whose: it is every dollar currency, so it agrees with a deal kept in any of them and is never
# taken as the US dollar by itself ("fifty five thousand kiwi dollars" is NZD, a Canadian's "dollars" CAD).
DOLLARS = frozenset({"USD", "CAD", "HKD", "SGD", "AUD", "NZD", "TWD"})
# A bare "pesos" is likewise whose? Mexico's or the Philippines' ("6.2 million pesos" from Manila is PHP):
# the writer's own when it is one of them (`own_of`), never Mexico's by default.
PESOS = frozenset({"MXN", "PHP"})
_OTHER_CODES = (
    *("SEK", "NOK", "DKK", "PLN", "CZK", "ZAR", "BRL", "THB", "MYR", "IDR", "INR", "KRW", "AED", "SAR"),
    *("QAR", "MOP", "RUB", "NGN", "KES", "UGX", "TZS"),
)
_NAMED_CODES = (*sorted(DOLLARS), "EUR", "GBP", "CHF", "MXN", "JPY", "CNY", *_OTHER_CODES)
_CODE_WORDS = {code: "CNY|RMB" if code == "CNY" else code for code in _NAMED_CODES}  # how a code is written
_CHOICE_CODES = "|".join(_CODE_WORDS.values())
_CURRENCY_NAMES = (
    ("USD", r"\bus\s*dollars?\b|\bamerican dollars?\b|\bus\$|美元|美金"),
    ("CAD", r"\bcanadian dollars?\b|加币|加元"),
    ("HKD", r"\b(?:hk|hong kong) dollars?\b|港币|港元|港纸"),
    ("SGD", r"\bsing(?:apore)? dollars?\b|新币|新加坡元"),
    ("AUD", r"\b(?:aussie|australian) dollars?\b|澳元|澳币"),
    ("TWD", r"\bnt dollars?\b|新台币|台币"),
    ("NZD", r"\b(?:kiwi|nz|new zealand) dollars?\b|纽币"),
    ("EUR", r"\beuros?\b|欧元"),
    ("GBP", r"\bpounds(?: sterling)?\b|\bsterling\b|\bquid\b|英镑"),
    ("CHF", r"\b(?:swiss )?francs?\b|瑞郎|瑞士法郎|法郎"),
    ("MXN", r"\bmexican pesos?\b|墨西哥比索"),
    ("JPY", r"\byen\b|日元|日币"),
    ("CNY", r"\b(?:yuan|renminbi)\b|人民币|(?<=\bin )rmb\b|(?<=\bto )rmb\b|(?<=\binto )rmb\b"),
    # the other codes by their names ("ringgit or sgd not decided yet"; "won", "rand", "real" are words)
    ("MYR", r"\bringgits?\b|马币|令吉|林吉特"),
    ("IDR", r"\brupiahs?\b|印尼盾"),
    ("THB", r"\bbaht\b|泰铢"),
    ("INR", r"\b(?:indian )?rupees?\b|卢比"),
    ("KRW", r"\bkorean won\b|韩元|韩币"),
    ("AED", r"\bdirhams?\b|迪拉姆"),
    ("SAR", r"\b(?:saudi )?riyals?\b|沙特里亚尔|里亚尔"),
    ("OMR", r"\b(?:omani )?rials?\b|阿曼里亚尔"),
    ("MOP", r"\bpatacas?\b|澳门币|澳门元|葡币"),
    ("PHP", r"\bphilippine pesos?\b|菲律宾比索"),
    ("RUB", r"\b(?:roubles?|rubles?)\b|卢布"),
    ("NGN", r"\bnaira\b|奈拉"),
    ("UGX", r"\bugandan shillings?\b|乌干达先令"),
    ("TZS", r"\btanzanian shillings?\b|坦桑尼亚先令"),
    ("KES", r"\b(?:kenyan |kenya )?shillings?\b|肯尼亚先令|先令"),  # after Uganda's and Tanzania's
    ("BRL", r"\breais\b|巴西雷亚尔|雷亚尔"),
    ("PLN", r"\bzlot(?:y|ys|ies)\b|złot(?:y|ych)|兹罗提"),
    # a dollar's or euro's sign by itself as what it is kept in: "wants to be quoted in NZ$ now, 150k"
    ("NZD", r"(?<![\w$])nz\$(?![\d.,])"),
    ("HKD", r"(?<![\w$])hk\$(?![\d.,])"),
    ("AUD", r"(?<=\bin )au?\$(?![\d.,])"),
    ("CAD", r"(?<=\bin )c\$(?![\d.,])"),
    ("SGD", r"(?<=\bin )s\$(?![\d.,])"),
    ("EUR", r"(?<=\bin )€(?![\d.,])"),
    ("GBP", r"(?<=\bin )£(?![\d.,])"),
    # a code only as what it is kept in: "in EUR", "billed in USD", "switch to CHF", or the other of a choice
    # ("before CNY" is the new year, "for the SGD deal" names a deal, "try"/"php" are words)
    *(
        (
            code,
            rf"(?<=\bin )(?i:{code})\b|(?<=\bto )(?i:{code})\b|(?<=\binto )(?i:{code})\b"
            # or as the other of a choice: "30k USD, or was it EUR", "50万 USD还是HKD", "RMB定HKD" (定, 定係:
            # Cantonese "or")
            rf"|(?<=\bor )(?i:{words})\b|(?<=\bor was it )(?i:{words})\b|(?<=还是)(?i:{words})(?![A-Za-z])"
            rf"|(?<=还是 )(?i:{words})(?![A-Za-z])"
            rf"|(?:(?<=[A-Za-z]{{3}}定)|(?<=[A-Za-z]{{3}}定系)|(?<=[A-Za-z]{{3}}或)|(?<=[A-Za-z]{{3}}/))"
            rf"(?i:{words})(?![A-Za-z])"
            # or as the first of a choice: "MYR or USD not confirmed", "RMB定HKD未confirm"
            rf"|(?<![A-Za-z])(?i:{words})(?=\s*(?:or|/|还是|定系|定|或者|或)\s*(?i:{_CHOICE_CODES})(?![A-Za-z]))",
        )
        for code, words in _CODE_WORDS.items()
    ),
    ("dollars", r"\b(?:dollars?|bucks)\b"),  # last: "us dollars", "canadian dollars" are read above
    ("pesos", r"\bpesos?\b|比索"),  # after "mexican pesos", "philippine pesos"
)
_CURRENCY_NAMED = re.compile(
    "|".join(f"(?P<{code}{i}>{words})" for i, (code, words) in enumerate(_CURRENCY_NAMES)), re.IGNORECASE
)
# The currency left: "in euros instead of francs", "not in pesos", "no more pounds", "而不是人民币".
_LEFT_CURRENCY = re.compile(
    r"(?:\binstead of|\brather than|\bnot(?: in)?|\bfrom|\bno more|\bno longer in"
    r"|而不是|不是|不用|不再用|从)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedCurrency:
    """A currency named apart from any amount: the codes it can be (one, or every dollar for "dollars"),
    where it is said, and whether it is the one left ("instead of francs")."""

    codes: frozenset[str]
    start: int
    end: int
    left: bool


# Every word `_CURRENCY_NAMED` can match holds one of these, at most `_KEY_LEAD` characters after the match's
# start ("new zealand dollars": 12). `_CURRENCY_NAMED` is hundreds of alternatives with lookarounds, tried at
# every position: a scan of a 90-character message took about 1.9 ms, the parse benchmark's whole tail. It is
# now tried only at the few positions just before one of these words (`_currency_matches`), with the same
# matches in the same order as a scan of the whole text.
_CURRENCY_KEY = re.compile(
    r"(?i:" + "|".join(_NAMED_CODES) + r"|rmb|dollar|buck|euro|pound|sterling|quid|franc|peso|yen|yuan"
    r"|renminbi|ringgit|rupiah|baht|rupee|korean|dirham|zlot|złot|naira|shilling|reais|\bus(?=\s|\$)"
    r"|(?:nz|hk|au|a|c|s)\$|€|£)"
    r"|美元|美金|加币|加元|港币|港元|港纸|新币|新加坡元|澳元|澳币|台币|纽币|欧元|英镑|瑞郎|法郎|比索|日元|日币|人民币"
    r"|马币|令吉|林吉特|印尼盾|泰铢|卢比|韩元|韩币|迪拉姆|兹罗提|奈拉|先令|雷亚尔"
)
_KEY_LEAD = len("new zealand ")


def _currency_matches(text: str) -> list[re.Match[str]]:
    """`_CURRENCY_NAMED.finditer(text)`, tried only where a currency word is near."""
    out: list[re.Match[str]] = []
    done = 0  # matches do not overlap: the next starts at or after the last one's end
    for key in _CURRENCY_KEY.finditer(text):
        for start in range(max(done, key.start() - _KEY_LEAD), key.start() + 1):
            match = _CURRENCY_NAMED.match(text, start)
            if match:
                out.append(match)
                done = match.end()
                break
    return out


def currencies_named(text: str, amounts: list[Amount]) -> list[NamedCurrency]:
    """The currencies `text` names apart from its `amounts` ("17k USD" is the amount's own), in order."""
    text = simplified(text)
    out = []
    for match in _currency_matches(text):
        if any(a.start < match.end() and match.start() < a.end for a in amounts):
            continue
        code = (match.lastgroup or "").rstrip("0123456789")
        left = bool(_LEFT_CURRENCY.search(text[max(0, match.start() - 16) : match.start()]))
        codes = DOLLARS if code == "dollars" else PESOS if code == "pesos" else frozenset({code})
        out.append(NamedCurrency(codes, match.start(), match.end(), left))
    return out
