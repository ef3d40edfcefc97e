"""What a number counts, read from what follows it: "20 seats", "40 more pallet positions", "3万平".

A number is a quantity, not money, when a unit or a Chinese measure word comes right after it, or when the
English noun phrase after it ends in a plural noun ("2 more fermentation tank sensors on the quote", "his 12
vans"). The phrase is read from its shape: the words after the number up to its first plural noun, at most
four, with no function word among them. Whether the counted noun is a currency ("40 dollars") is
the money reader's to say (`amounts.counts_things`), so that one reader knows currencies.
"""

from __future__ import annotations

import re

from crm_store.search.everyday import is_english_word

# Units of measure and time: "20 seats", "3天", "10%", "3200 平米" (a Chinese unit of time only right after
# the number: after a space it starts the next clause, a date: "报价改成28万 周三前给答复" is money, then
# Wednesday).
# "pounds of" a thing that is weighed: "2 million pounds of capacity", "40,000 pounds of resin" (not "pounds
# of business / revenue / orders", which are money).
POUNDS_WEIGHED = (
    r"pounds(?=\s+of\s+(?!(?:new\s+)?(?:business|revenue|sales|orders?|work|spend|budget|funding|investment|"
    r"profit|income|savings|value|contracts?|deals?|billing|fees?|cash)\b)[a-z])"
)
UNITS = re.compile(
    rf"^(?:\s*(?:million\s+|thousand\s+)?{POUNDS_WEIGHED}|"
    r"\s*(?:seats?|users?|licen[cs]es?|people|persons?|units?|pcs|pieces|days?|weeks?|wks?|months?|"
    r"years?|yrs?|hours?|hrs?|mins?|minutes?|percent|kg|kgs|kilos?|g|grams?|t|tons?|tonnes?|lbs?|km|miles?|"
    r"pallets?|boxes|cases|cartons?|containers?|sqm|sq\s?m|sq\s?ft|sqft|m2|m²|ft²|acres?|hectares?|ha|"
    # lengths and volumes measured ("~40,000 board ft a day", "3,000 litres", "200 barrels")
    r"board\s?(?:ft|feet|foot)|ft|feet|metres?|meters?|litres?|liters?|gallons?|barrels?|bbl|cbm|teu|"
    r"square\s+(?:feet|foot|met(?:re|er)s?)|pages?|employees|staff|beds|stores|sites"
    r"|head(?=\s+of\s))(?![a-z])|\s*%|"  # "1,200 head of cattle"
    # "三十多种", "二十来个": about so many
    r"\s*(?:[多余来](?=[^万千百亿块元]))?(?:平方米|平方|平米|平(?![台均时常安稳价])|亩|公顷|公里|公斤|千克|吨|斤|米|升|"
    r"[人个台套位名家张只条辆件箱层栋间床架艘批款瓶包袋桶卷根片座所处把枚颗粒支双对副组托盘头匹棵株节户笔项场柜种]|"
    r"部(?![分门])|份(?!额)|度(?!假))"
    r"|天|周|月|年|小时|分钟|次|点|号|日)",
    re.IGNORECASE,
)

# Words that end a noun phrase (closed classes: prepositions, conjunctions, determiners, pronouns,
# auxiliaries) and words ending in s that are no plural noun.
_FUNCTION_TEXT = """
    a an the this that these those his her its their our my your some any each every no all both
    in on at to for of by with from into onto over under per via about around than as like plus minus
    after before since until till once following during without within
    and or but nor so if then while because whereas which who whom whose what when where how why
    is are was were be been being am has have had do does did will would shall should can could may might
    must it he she they we you i me him them us there here not too also only just still already"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
_NOT_PLURAL_TEXT = """this his its is was has does yes thanks plus less thus us bus gas status basis series
    news thousands millions billions hundreds grand"""
_NOT_PLURAL = frozenset(_NOT_PLURAL_TEXT.split())
_IRREGULAR_TEXT = "people staff feet children men women sheep fish personnel equipment"
_IRREGULAR = frozenset(_IRREGULAR_TEXT.split())
_PART_OF = re.compile(r"[ \t]*of[ \t]+(?:his|her|their|our|my|your|its|the|these|those)(?=[ \t])", re.I)
_WORD = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’-]*)")
_POSSESSIVE = re.compile(r"['’]s$|s['’]$")  # "vivian's", "the clients'"
# a word of another language, alone up to the end of its item: "1,200 Mitarbeiter, 3 Werke, …" (not a name
# going on, "21k oakmont hvac")
# A unit written short, letters with no vowel ("bbl", "kwh", "gpm", "psi" aside): money's multipliers are no
# unit, and a currency code ("gbp", "rmb") is the caller's to tell.
_UNIT_ABBREVIATION = re.compile(r"[ \t]*([b-df-hj-np-tv-xz]{2,4})(?![A-Za-z])", re.IGNORECASE)
_MULTIPLIER_ABBREVIATIONS = frozenset({"mm", "mn", "bn", "mil", "mln"})
_FOREIGN_WORD = re.compile(
    r"[ \t]+([A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{4,})(?![\w'’-])(?=[ \t]*(?:[,;.!?，。；、]|$))"
)  # Latin, Greek or Cyrillic letters (Chinese after a number is read by the units and measure words)


def counted_noun(after: str, *, one: bool = False) -> str | None:
    """The noun phrase a number counts when `after` is what follows the number ("more pallet positions"),
    else None: the words up to the first plural noun, with no function word before it (at most four).
    `one`: the number is 1, which counts a singular noun too ("1 more dock"). A word of another language
    right after the number is what it counts ("1,200 Mitarbeiter", "3 Werke", "50 pezzi"): no English
    plural to read, and money says its currency (the caller checks the word is none)."""
    foreign = _FOREIGN_WORD.match(after)
    if foreign and not is_english_word(foreign.group(1)):
        return foreign.group(1)
    unit = _UNIT_ABBREVIATION.match(after)
    if unit and unit.group(1).lower() not in _MULTIPLIER_ABBREVIATIONS:
        return unit.group(1)  # "2,000 bbl a year", "40 kwh", "300 gpm": a unit, written short
    phrase: list[str] = []
    part = _PART_OF.match(after)  # "2 of his engineers": a part of a group counted
    at = part.end() if part else 0
    while len(phrase) < 4:
        match = _WORD.match(after, at)
        if match is None or match.group(1).lower() in _FUNCTION:
            break
        word = match.group(1)
        phrase.append(word)
        at = match.end()
        head = word.lower()
        if head in _NOT_PLURAL or _POSSESSIVE.search(head):
            return None  # "45 grand after vivian's call": a name's possessive counts nothing
        if head in _IRREGULAR or (len(head) >= 3 and head.endswith("s") and not head.endswith("ss")):
            return " ".join(phrase)
    return " ".join(phrase) if one and phrase else None


# A reference code: letters joined to digits by hyphens ("INC-30412", "PO-2029-0412", "JG-300",
# "SW-0088"), or letters and digits run together with at least two of each ("HAP450", "A4B2"). It names a
# ticket, an order, a model: no amount, date, count, customer or title reads inside it. Not a phone's label
# or country ("tel-", "HK-").
_CODE = re.compile(
    r"(?<![A-Za-z0-9_@./-])(?!(?i:m|t|p|f|tel|mob|mobile|ph|phone|fax|cell|wa|hk|cn|us|uk|ie)-)"
    r"(?:[A-Za-z]{1,6}(?:-[A-Za-z0-9]+)*-\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*"
    r"|(?=[A-Za-z]*\d[A-Za-z]*\d)(?=\d*[A-Za-z]\d*[A-Za-z])[A-Za-z][A-Za-z\d]{3,})(?![A-Za-z0-9_@-])"
)


# Letters a number is written after that make it no code: a month or a weekday ("Jun-30"), a quarter, half or
# fiscal year ("Q3-2029", "FY2029"), a currency ("EUR45000", "HKD-88000").
_NOT_A_CODE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|q|h|fy|cy|"
    r"usd|eur|gbp|cny|rmb|jpy|chf|hkd|sgd|aud|cad|inr|krw|sek|nok|dkk|pln|czk|huf|nzd|zar|brl|mxn|twd|ntd|"
    r"thb|myr|idr|php|vnd|try|ils|aed|sar|rub|qar|omr|kwd|bhd|mop|us|hk|nt|rm|rs|k|m|mm|bn)",
    re.IGNORECASE,
)


# A Q or H whose number is no quarter or half: "報價單號Q-2033-118" is a quote number ("Q-3" and
# "H2-2034" are no codes).
_NO_QUARTER = re.compile(r"[QqHh]-\d{2,}(?:-[\dA-Za-z]+)+")


def reference_codes(text: str) -> list[tuple[int, int]]:
    """Where the message writes a reference code (a ticket, an order or a model number)."""
    out = []
    for m in _CODE.finditer(text):
        letters = re.match(r"[A-Za-z]*", m.group(0)).group(0)  # type: ignore[union-attr]
        if (
            re.search(r"\d", m.group(0))
            and (not _NOT_A_CODE.fullmatch(letters) or _NO_QUARTER.fullmatch(m.group(0)))
            and not _RAND.fullmatch(m.group(0))
        ):
            out.append(m.span())
    return out


# "R700k", "R1.2m", "P1.5M", "N45m": rand, Philippine pesos or naira, written with the currency's sign
_RAND = re.compile(r"[RPN]\d+(?:[.,]\d+)?(?:[kKmM]|bn|mil)")


# A share said before its number: "百分之九十八", "百分之 95", "九成五" (95 %): no amount, date or code reads
# inside it.
_SHARE = re.compile(
    r"百分之\s*(?:[零〇一二两三四五六七八九十百点.\d]+)|[一二三四五六七八九]成[一二三四五六七八九]?(?![^\s，。,、；;])"
)


def percentages(text: str) -> list[tuple[int, int]]:
    """Where `text` says a share in Chinese words ("合格率百分之九十八", "九成五")."""
    return [m.span() for m in _SHARE.finditer(text)]
