"""Which amount is the deal's value, and whether the message is sure of it.

A range, a hedge, a bare small number or several unmarked amounts become doubts to ask about:
an amount is never guessed, because a wrong deal value is stored silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from handlers.parsing.amounts import Amount, counts_things, currencies_named, dollar_sign_only, find_amount
from handlers.parsing.numerals import cn_integer
from handlers.parsing.quantities import counted_noun
from handlers.understanding import lexicon as lx
from handlers.understanding.price_held import ours_held
from handlers.understanding.reading import Reading

_HEDGE = re.compile(
    r"\b(?:not sure|unsure|or so|between|give or take|tbd|to be confirmed|not certain|not 100%)\b"
    # "between" said in Spanish or German before its two ends: "entre 2 y 3 mdp", "zwischen 15 und 20 T€"
    r"|\b(?:entre\s+\d[\d.,]*\s+y|zwischen\s+\d[\d.,]*\s+und)\b"
    # the amount said, then that it may be otherwise: "around 40k, maybe less", "二十萬，可能少啲"
    r"|\b(?:maybe|possibly|perhaps|could be|might be|probably)\s+(?:a\s+(?:bit|little|touch)\s+|slightly\s+)?"
    r"(?:less|more|lower|higher|under|over|below|above)\b|可能(?:会)?(?:更)?(?:少|多|低|高)|或者更(?:少|多|低|高)"
    r"|不确定|也可能|还没定|没定|说不准|不好说|说不好|拿不准|之间|或者|来着|记不清|不太?肯定|唔太?肯定|没把握|冇把握"
    # how many is not known yet: the price said is of one ("一台设备报8千，数量还没说")
    r"|数量(?:还)?(?:没|未)|\bquantity (?:tbd|not (?:yet )?(?:known|confirmed|set))",
    re.IGNORECASE,
)


# A hope or a guess in Spanish or German: "ojalá … como 100k dlls", "quizás", "tal vez", "vielleicht".
_HOPE_ABROAD = r"ojal[áa]|quiz[áa]s?|tal\s+vez|a\s+lo\s+mejor|vielleicht|eventuell"
_MAYBE = re.compile(
    r"\b(?:maybe|might be|perhaps|possibly|could be|if at all)\b|可能|说不定|不一定|也许|或许"
    # the writer's own guess beside the amount: "could do 6k i think", "好像是13万"
    r"|\bi (?:think|guess|believe|reckon|suppose)\b|\biirc\b|\bif i (?:remember|recall)\b|好像|貌似|印象中"
    rf"|\b(?:{_HOPE_ABROAD})\b",
    re.I,
)
# A hope or a guess that opens the message covers all of it: "ojalá … otra orden …, como 100k dlls".
_HEDGE_FIRST = re.compile(rf"\s*(?:{_HOPE_ABROAD}|hopefully|fingers crossed|maybe|perhaps)\b", re.IGNORECASE)
# What they might do, not what is agreed: "might stretch to 30k", "might do 6k". ("they'd go to 17k" is their
# word, stored: focus G en030's writer.)
# So is what they can or could do, said with a modal before the verb that moves the amount ("could go up to
# 38k", "could probably stretch to 42k", "可以加到五萬", "预算能涨到五万"): a ceiling, not the value.
_MIGHT_DO = re.compile(
    r"\b(?:might|could|may)\s+(?:\w+\s+){0,2}?"
    r"(?:go|stretch|do|pay|accept|take|sign|settle|come|meet|consider|agree|spend|afford|move|offer|give)\b"
    r"[^,.;!?]{0,24}$"
    # "can" only with a verb that moves the amount ("can stretch to 42k"; "can do 40k" is a price agreed)
    r"|\bcan\s+(?:\w+\s+){0,2}?(?:go|stretch|come|move|spend|afford)\b[^,.;!?]{0,24}$"
    # "可以加到五萬", "能涨到", "出到", Cantonese "去到" (not "可以做到40万", a price they agree to)
    r"|(?:可以|能够?|应该能|可)(?:再|还)?(?:加|涨|提|升|出|去|降|减|压|砍)(?:到|去|至)[^，,。；;\d]{0,4}$",
    re.IGNORECASE,
)


# A bound said of an amount, not its value: "under 50k", "目标10万以内", "不超过20万"; "up to 45k" when it is
# what they can or would spend ("can spend up to 45k", "budget up to 45k"), not a change ("up to 28k now").
# So is a floor: "north of 45k", "upwards of 50k", "at least 40k", "至少八万", "八万以上", "45k+".
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:under|below|at most|max(?:imum)?|no more than|not more than|less than|capped at|a cap of|"
    r"a ceiling of|north of|south of|upwards of|in excess of|at least|no less than|not less than|more than|"
    r"min(?:imum)?(?: of)?|a floor of|(?:just|a (?:little|bit|touch)|slightly)\s+(?:over|above))\s*[:：]?|"
    r"不超过|不高于|上限|封顶|控制在|至少|最少|起码|"
    r"不低于|不少于|超过|高于|(?<![大减缩变])小"
    # a ceiling with the giving verb between: "最多给到二十七万", "顶多十七万", "最高能出到七十五万"
    r"|(?:最多|最高|顶多|至多|充其量)\s*(?:只)?(?:能|可以|会|肯)?\s*(?:给|出|开|俾|付|批|去|接受)?\s*(?:到)?"
    r")\s*[$€£¥]?\s*$",  # "小三十万": just under 30万
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(
    r"\s*(?:以内|以下|之内|封顶|为上限|以上|起步|起|出头|开外|挂零|多(?![少个]))|\+|"
    r"\s*\b(?:max|tops|or less|or under|at most|or more|or above|plus|and up|at least|minimum)\b",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"\bup to\s*[$€£¥]?\s*$", re.IGNORECASE)
_WOULD_SPEND = re.compile(
    r"\b(?:can|could|would|will|willing|able|happy|prepared|allowed|approved|authori[sz]ed|budget\w*|spend|"
    r"pay|afford|stretch)\b",
    re.IGNORECASE,
)


# A figure that is the value of a limit or a goal of theirs, not a price of ours: said as what the noun
# is ("their max is 38k", "target number: 18k", "心理价位是三十万", "目标价一百五十万"), as the noun's
# size ("a 60k cap", "an 18k target", "三十万的上限"), or pointed back to ("wants us at 30k, that's their
# target"). Not "our target" (a goal of ours is read as an estimate elsewhere).
_LIMIT_NOUN = (
    r"(?:cap|ceiling|limit|max(?:imum)?|target|walk-?away|top (?:number|figure|price|end)|"
    r"(?:spend(?:ing)?|budget|price) (?:cap|ceiling|limit|target))"
)
_LIMIT_BEFORE = re.compile(
    rf"(?<!\bour )(?<!\bmy )\b{_LIMIT_NOUN}\b(?:\s+(?:number|figure|price|amount|point))?"  # (not "cape")
    r"(?:\s+(?:is|was|of|at|now|would be|will be|sits at|set at|stands at|=)\b|\s*=)*\s*[:：]?\s*(?:only\s+)?"
    r"|(?:心理价位?|心理价格|目标价(?:位|格)?|期望价(?:格|位)?|预期价(?:格|位)?|底价|底线|最高价|封顶价)"
    r"(?:是|为|在|只有|只能到|大概|大约|约)?\s*[:：]?\s*"
    r"$",
    re.IGNORECASE,
)
_LIMIT_AFTER = re.compile(
    rf"\s*(?:\b{_LIMIT_NOUN}\b|的?(?:上限|封顶|心理价位?|目标价)|(?:为|是)上限)", re.IGNORECASE
)
_LIMIT_POINTED = re.compile(
    r"\b(?:that['’]?s|that is|which is|it['’]?s)\s+(?:their|his|her|the client['’]?s|the customer['’]?s)\s+"
    rf"(?:{_LIMIT_NOUN}|budget|number|figure)\b|(?:这|那|這)是(?:他们|他|她|客户|對方|对方)的?(?:预算|上限|目标价|心理价位?)",
    re.IGNORECASE,
)


def _bound(reading: Reading, amount: Amount) -> bool:
    """Whether `amount` is said as a limit ("under 50k", "10万以内", "a 60k cap", "their max is 38k"), so the
    deal's value is not known."""
    text = reading.text
    before = text[max(0, amount.start - 24) : amount.start]
    if _BOUND_BEFORE.search(before) or _BOUND_AFTER.match(text[amount.end :]):
        return True
    if _LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(text, amount.end):
        return True
    if _LIMIT_POINTED.search(text, amount.end, _sentence_end(text, amount.end)):
        return True
    clause = reading.clause_of(amount.start)
    return bool(_UP_TO.search(before)) and bool(_WOULD_SPEND.search(text[clause.start : amount.start]))


def _sentence_end(text: str, at: int) -> int:
    mark = _SENTENCE_MARK.search(text, at)
    return mark.start() if mark else len(text)


# The currency said to be unknown: "no currency on it", "doesn't say which dollars", "currency unclear",
# "币种没写", "不知道是什么币".
_CURRENCY_WORD = r"(?:currenc(?:y|ies)|which\s+dollars?|what\s+dollars?)"
_CURRENCY_UNKNOWN = re.compile(
    rf"\b(?:no|without|missing|unclear|unknown|unspecified|doesn['’]?t\s+say|didn['’]?t\s+say|not\s+sure\s+"
    rf"(?:of|about|on|what|which)?|don['’]?t\s+know|no\s+idea\s+(?:of|about|on|what|which)?)\s*(?:the\s+)?"
    rf"{_CURRENCY_WORD}"
    rf"|\b{_CURRENCY_WORD}\s+(?:is\s+|was\s+|still\s+)*(?:unclear|unknown|(?:not|(?:is|was)n['’]?t)\s+(?:stated|"
    r"said|given|specified|clear|known|confirmed|shown|on it)|tbc|tbd|missing|\?)"
    r"|(?:币种|币别|货币)(?:还|也)?(?:没写|没说|没注明|没标|不明|不清楚|未知|未定|待定|不确定)"
    r"|(?:没写|没说|没注明|没标|不知道|不清楚|不确定)(?:是)?(?:什么|哪种|哪个|哪国)?(?:币种|币别|货币|币)",
    re.IGNORECASE,
)


_RANGE_JOIN = re.compile(r"\s*(?:到|至|-|–|~|or|或|to)\s*", re.IGNORECASE)
# A figure said with "-ish" right after it: "30k-ish", "40k ish" (a guess; "~18k" is the rep's amount).
_ISH_AFTER = re.compile(r"\s?-?\s?ish\b", re.IGNORECASE)


# The amount that is the deal's value when a message names several: "25万改30万", "预算加了5万 现在30万",
# "200 licenses @ $45 = 9k", "from 200k to 180k", "最终金额280万".
_NEW_VALUE = re.compile(
    r"(?:现在|目前|改成|改为|改到|变成|调到|调成|调为|涨到|降到|减到|缩减到|加到|总共|总计|合计|一共|最终(?:金额)?(?:是|为)?|"
    r"\bnow\b|=|→|->|\btotal(?: of)?\b|\bto\b|\bfinal(?: amount)?\b|\bin total\b|改"
    # what a change comes to: "cut 1万, 即係47万", "8k more, so 62k", "that's 47k", "making it 62k"
    r"|即係|即系|即是|也就是|\bso\b|\bthat['’]s\b|\bmaking it\b)\s*[:：]?\s*$",
    re.IGNORECASE,
)


def said_as_new(text: str, start: int) -> bool:
    """Whether the amount starting at `start` is said as a deal's new value ("up to 45k", "改成30万", "15k ->
    26k"), not as the amount the deal has had."""
    return bool(_NEW_VALUE.search(text[max(0, start - 12) : start]))


# Words saying a deal's amount changed: a big change said this way is stored without asking.
_CHANGED = re.compile(
    r"\b(?:revised|revise|updated?|adjusted|raised|increased?|decreased?|reduced|lowered|cut|bumped|dropped|"
    r"went (?:up|down)|goes (?:up|down)|up to|down to|instead|new (?:amount|price|quote|value|budget)|"
    r"renegotiated|discount(?:ed)?|"
    # "make the figure 28k now not 26k": the open deal's figure put in the old one's place
    r"make (?:the )?(?:figure|amount|price|number|total|value|deal|it)|now,?\s+not)\b"
    r"|涨|降|调整|调到|调成|调为|改|增加|减少|追加|砍|缩减|打折|优惠|变成|提高|压到|更新|上调|下调",
    re.IGNORECASE,
)


# An amount said as a quote, with nothing saying whose: "X quote 58k", "€41k quote", "估价 105万", "报了个价
# 18万". For a customer whose open deal has another figure it may be that deal's new figure or a second
# deal's (asked when the deal is chosen). Said as the deal's own quote it is not in doubt: revised or
# redone ("requote", "重新报价"), put in the old one's place ("replaces", "替换", "原来的作废"), settled
# ("final", "确定", "定了"), or the quote already known ("the quote", "our quote", "我们的报价", "报价单").
_QUOTE_WORD = re.compile(r"(?<![A-Za-z-])quot(?:e[sd]?|ation|ing)(?![A-Za-z])|报价|估价|报了?个?价", re.I)
_QUOTE_NEAR = 16  # characters before the amount (after it: half) where the quote word must stand
_THE_QUOTE = re.compile(
    r"\b(?:re-?quot\w*|replac\w*|supersed\w*|in (?:place|lieu) of|final|firm|agreed|confirmed|accepted"
    r"|fixed)\b"
    r"|\b(?:the|our|my|that|this|its|their)\s+(?:\w+\s+)?(?:quote|quotation|offer)\b"
    r"|\b(?:we|i)\s+(?:had\s+|have\s+)?quoted\b"  # "two thirds of what we quoted, so 20k": our quote, known
    r"|替换|取代|代替|作废|重新|确定|定了|定在|最终|确认|同意|接受|我们的报价|报价单"
    # the quote made anew: "我们新报价105万", "revised quote 48k", "new price is 52k"
    r"|新报价|新的报价|最新报价|\b(?:new|revised|updated|latest)\s+(?:quote|quotation|price|pricing|offer)\b"
    # the figure to go by: "报价按25万走", "就按这个价报", "按18万来" (the deal's quote, set)
    r"|报价按|就按|按[^，,。；;！!？?]{1,8}?(?:走|来|算|报|签)",
    re.IGNORECASE,
)


def said_as_quote(reading: Reading) -> bool:
    """The deal's amount is said only as a quote, neither as the deal's new figure nor as another deal's
    (the message's words would settle it: `amount_marked`, an add-on, `_THE_QUOTE`)."""
    amount = reading.amount
    if amount is None or reading.amount_marked or reading.add_on or reading.reopen or reading.outcome:
        return False
    text = reading.text
    near = text[max(0, amount.start - _QUOTE_NEAR) : amount.end + _QUOTE_NEAR // 2]
    return bool(_QUOTE_WORD.search(near)) and not _THE_QUOTE.search(text)


# A thing said to be wanted on top, with its figure: "wants the canning line as well, NZ$18k", "also after
# a quote for the mezzanine, 20k", "仲要加埋條輸送帶 8萬", "还要加一套 5万". Added to the open deal or a
# deal of its own is not said: the figure is the open deal's new one or another deal's (asked when the deal
# is chosen).
_MORE_SCOPE = re.compile(
    r"\b(?:as well|also|too|in addition|additionally|on top)\b|还要|还想要?|也要|也想要?|仲要|仲想要?|加埋",
    re.IGNORECASE,
)


def said_as_more_scope(reading: Reading) -> bool:
    """The deal's amount is said as the price of something wanted on top (`_MORE_SCOPE` in its sentence),
    neither as the deal's new figure ("so 62k total", "same deal") nor as another deal's ("separate")."""
    amount = reading.amount
    if amount is None or reading.amount_marked or reading.add_on or reading.reopen or reading.outcome:
        return False
    text = reading.text
    start, end = amount.start, amount.end
    while start > 0 and not _SENTENCE_MARK.match(text, start - 1):
        start -= 1
    return bool(_MORE_SCOPE.search(text, start, _sentence_end(text, end)))


_TOTAL_AFTER = re.compile(r"\s*(?:total|in total|all in|overall|altogether|总共|合计|总计|一共|总价)", re.I)
# The whole said right before the amount: "total now 100k", "total of 46k", "总共140万", "一共7.8万".
_TOTAL_BEFORE = re.compile(
    r"(?:\btotal(?:\s+(?:amount|price|value|figure|cost))?|\ball in|\baltogether"
    r"|总共|合计|总计|一共|总价|总额|总金额|总报价|总价格|总价钱)"
    r"(?:\s*(?:now|is|of|comes to|at|=|:|：|is now|now at|是|为|变成|达到))*\s*$",
    re.IGNORECASE,
)


def said_as_total(text: str, amount: Amount) -> bool:
    """ "+£9k so 38k total now", "total now 100k", "加10万，总共140万": the amount is the deal's whole value
    after an add-on, not an add-on of its own."""
    return bool(
        _TOTAL_AFTER.match(text[amount.end :])
        or _TOTAL_BEFORE.search(text[max(0, amount.start - 20) : amount.start])
    )


_RATE_AFTER = re.compile(
    r"\s*(?:per\s+\w+|each|apiece|an?\s+(?:month|year|week|unit|seat|user|head|piece)\b|monthly|yearly|"
    r"/\s*(?:mo|month|yr|year|unit|seat|user|pc)\b|每|一个月|一年|/月|/年|/台|/个)",
    re.I,
)


# The low end of a range said before an amount: a bare number in digits, Chinese numerals or English words
# ("30-40k", "十五到十八萬", "五至六萬", "sixty to sixty-five thousand", "40 or 45k").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_RANGE_FROM = re.compile(
    rf"(?:\d[\d.,]*|[一二两三四五六七八九十廿卅百千]+|"
    rf"\b{_NUMBER_WORD}(?:[\s-]{_NUMBER_WORD})*)\s*(?:到|至|-|–|~|or|或|to)\s*$",
    re.IGNORECASE,
)


# A number too small to be money on its own where money is meant: "ferro closed at 50", "金额改成50".
_BARE_MONEY = re.compile(
    r"(?:\b(?:closed|closing|deal|worth|budget|amount|price|pricing|quote[ds]?|value|order(?:s|ed)?)\s+"
    r"(?:at|is|of|to)?"
    r"|金额|报价|预算|价格|改成|改为|改到)\s*(?:是|为|[:：])?\s*"
    r"(?P<n>\d{1,3}(?:\.\d+)?)(?![\d.,]|\s*(?:[kKmMwW](?![a-z])|万|千|亿|%|美元|元|块|dollars|euros|bucks"
    r"|月|号|日|点|时|[:/-]\d"  # "改到 12月20号" is a date, so is "closing 15 June" (not "15 may go up")
    r"|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may(?!\s+[a-z])|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))",
    re.IGNORECASE,
)


_OLD_VALUE = re.compile(
    r"(?:\binstead of|\brather than|\bnot|\bwas|而不是|不是|原来|之前)\s*$", re.IGNORECASE
)


# A rate and how long it runs: "2.5k/mo for 12 months", "$3k per month, 2 year contract", "每月2万，签一年".
_PER_MONTH = r"(?:/\s*(?:mo|mth|month)|per\s+(?:mo|mth|month)|an?\s+month|monthly|pm\b|/月|每月|一个月|月付)"
_PER_YEAR = r"(?:/\s*(?:yr|year)|per\s+(?:yr|year|annum)|an?\s+year|yearly|annually|p\.?a\.?|/年|每年|一年)"
_PER_QUARTER = r"(?:/\s*(?:qtr|quarter)|per\s+(?:qtr|quarter)|an?\s+quarter|quarterly|/季|每季度?|按季)"
_QUARTER_BEFORE = re.compile(
    r"(?:每个?季度?|季付|按季付?|\bquarterly(?:\s+fee)?)\s*[:：]?\s*$", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(r"(?:每个?月|月付|月租|月费|\bmonthly(?:\s+fee)?)\s*[:：]?\s*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"(?:每年|年付|年费|\b(?:yearly|annual(?:ly)?)(?:\s+fee)?)\s*[:：]?\s*$", re.IGNORECASE
)
_TERM_NUMBER = (
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|six|twelve|eighteen|twenty-?four|"
    r"thirty-?six)"
)
_TERM = re.compile(
    rf"(?:\b(?:for|over|x|×)\s+|签约?|签了|为期|合同期?|周期)?\s*{_TERM_NUMBER}\s*"
    r"(?:[-\s]?(?P<unit>months?|mos?|mths?|years?|yrs?)\b|个?(?P<cn>月|年)(?![份底初中前后内]))"
    r"(?:\s*(?:contract|term|deal|agreement|commitment|合同|期))?",
    re.IGNORECASE,
)
_TERM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18,
               "twentyfour": 24, "thirtysix": 36}  # fmt: skip


def _rate_months(text: str, amount: Amount, end: int | None = None) -> tuple[int, tuple[int, int]] | None:
    """How many months the amount is the price of (1 a month, 12 a year) and where that is said (after
    `end`, when a price per thing was said first: "$45 per user per month"); None when it is no rate."""
    end = amount.end if end is None else end
    after, before = text[end : end + 16], text[max(0, amount.start - 16) : amount.start]
    for months, per, lead in (
        (1, _PER_MONTH, _MONTH_BEFORE),
        (3, _PER_QUARTER, _QUARTER_BEFORE),
        (12, _PER_YEAR, _YEAR_BEFORE),
    ):
        said = re.match(rf"\s*{per}", after, re.I)
        if said:
            return months, (end, end + said.end())
        said = lead.search(before)
        if said:
            return months, (amount.start - len(before) + said.start(), amount.start)
    return None


def _term_months(match: re.Match[str]) -> int | None:
    said = match.group("n").lower().replace("-", "")
    number = int(said) if said.isdigit() else _TERM_WORDS.get(said) or cn_integer(said)
    if not number:
        return None
    unit = (match.group("unit") or match.group("cn") or "").lower()
    return number * (12 if unit.startswith(("y", "年")) else 1)


# A price per thing, and how many things: "1.2k per seat, 50 seats", "每台3000元，共20台", "12 chiller
# controllers at £3,900 each", "10 kits @ 2,400", "要八台，一台4万5".
_NOT_PER = (
    r"(?!(?:mo|mth|month|yr|year|annum|week|day|quarter|hour|hr|cent|the|our|their|your|his|her|my|contract|"
    r"agreement|email|call|quote)\b)"
)
_PER_THING = re.compile(
    r"\s*(?:/\s*|per\s+|an?\s+|(?:for\s+)?each\s+)(?P<noun>seat|user|licen[cs]e|unit|device|machine|server|terminal|"
    r"robot|sensor|truck|laptop|module|subscription|piece|item|head|sq\s*m|sqm|m2|sq\s*ft|square\s+(?:metre|meter|foot|"
    r"feet)|tonne|ton|bin|pallet|room|bed)\b|\s*(?:for\s+)?(?:each|apiece|ea)\b(?!\s+(?:month|year|week|day))"
    r"|\s*per\s+" + _NOT_PER + r"(?P<per>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s*(?:[,;.!?，。；)]|$|\s+(?:and|"
    r"but|so|with|for|number|quantity|count|qty|tbc|tbd)\b))"
    r"|\s*per\s+" + _NOT_PER + r"(?P<per1>[a-z]+)\b"
    r"|\s*/\s*(?:台|套|个|辆|件|人|部|平方米|平米|平方|平|㎡|坪|吨|米|箱)",
    re.IGNORECASE,
)
_PER_THING_BEFORE = re.compile(
    r"(?:每(?:[台套个辆件人位部张只箱坪吨米条]|平方米|平米|平方|平)[\u4e00-\u9fff]{0,3}?|单价)"
    r"(?:大约|大概|约|报价?|是|为)?\s*[:：]?\s*$"
    # the price of one, said first in its clause: "，一台4万5", "一套 USD 4,000", "一台报4万5" (not "买了一套
    # 系统 30万": one system bought, its price)
    r"|(?:^|(?<=[\s，,。；;：:、]))(?P<one>一(?:[台套辆件部张只箱条]))(?:报价?|是|为|要|卖|价格?|单价)?\s*[:：]?\s*$"
    # in English, the price of each said before it: "unit price 2,400", "each one is 2,400", "2,400 a unit"
    r"|\b(?:unit\s+(?:price|cost)|price\s+per\s+(?:unit|piece|item)|each\s+(?:one\s+)?(?:is|costs?|at|runs?|=))"
    r"\s*[:：]?\s*(?:of\s+)?$",
    re.IGNORECASE,
)
# A count, then its price per thing: "10 crew tablet kits @ 2,400", "12 x £3,900", "8台 × 4万5".
_TIMES_BEFORE = re.compile(r"\s*(?:@|[x×*]|at\s+(?=[$€£¥]))\s*$", re.IGNORECASE)
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_EN_COUNT = re.compile(
    r"(?<![\w.,$€£¥/:#-])(?P<n>\d{1,5}|" + "|".join(_COUNT_WORDS) + r")(?=\s+[A-Za-z])", re.IGNORECASE
)
# what a number counts that is no thing bought: a time, a share, a time of day
_NOT_THINGS = re.compile(
    r"(?:days?|weeks?|wks?|months?|mos|mths?|years?|yrs?|hours?|hrs?|minutes?|mins?|times|percent|am|pm|"
    r"phases?|stages?|parts?|rounds?|calls?|visits?|meetings?|emails?|quotes?|deals?|options?|versions?)$",
    re.IGNORECASE,
)
_CN_COUNT = re.compile(
    r"(?<![\d.,第])(?P<cn>\d{1,5}|[一二两三四五六七八九十百]{1,4})\s*"
    r"(?P<unit>台(?![中北南东湾币])|套|辆|件|部(?![分门])|张|只|箱|条|个(?!月|星期|礼拜|小时|钟|季度|工作日|多月|半月)|"
    r"平方米|平米|平方|平(?![台均时常安稳价])|坪|吨)"
)


_ANY_THING = frozenset({"piece", "item", "unit", "one", "pop", "head"})
_PER_UNIT = re.compile(r"每(?:平方米|平米|平方|平|[台套个辆件人位部张只箱坪吨米条])")
_AREA = re.compile(r"平方米|平米|平方|平|㎡")


def _unit_of(words: str) -> str:
    """The unit a Chinese count or price is of ("3000平方米", "每平" → 平; "20台", "每台" → 台)."""
    unit = re.sub(r"[\d\s每共一总要买订]", "", words)
    return "平" if _AREA.fullmatch(unit) else unit


def _stem(noun: str) -> str:
    """An English noun's last word, singular ("chiller controllers" → "controller", "boxes" → "box")."""
    word = noun.split()[-1].lower()
    for end, put in (("ies", "y"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)] + put
    return word


@dataclass(frozen=True)
class _Count:
    number: int
    unit: str  # a Chinese measure word, or an English noun's last word in the singular
    start: int
    end: int


def _thing_counts(reading: Reading, amount: Amount) -> list[_Count]:
    """How many things the message says, each with what it counts: "12 chiller controllers", "10 kits",
    "八台", "12套" (not a time, a share, a date or the amount itself)."""
    text = reading.text
    out: list[_Count] = []
    for m in _EN_COUNT.finditer(text):
        said = m.group("n").lower()
        number = int(said) if said.isdigit() else _COUNT_WORDS[said]
        noun = counted_noun(text[m.end() :])
        if noun is None or _NOT_THINGS.search(noun) or not counts_things(text[m.end() :]):
            continue
        out.append(_Count(number, _stem(noun), m.start(), m.end() + text[m.end() :].find(noun) + len(noun)))
    for m in _CN_COUNT.finditer(text):
        said = m.group("cn")
        number = int(said) if said.isdigit() else (cn_integer(said) or 0)
        out.append(_Count(number, _unit_of(m.group("unit")), m.start(), m.end()))
    return [
        c
        for c in out
        if c.number >= 2  # "一台" before a price is the thing priced, not a count
        and not any(a.start < c.end and c.start < a.end for a in reading.amounts)
        and not (c.start <= amount.start < c.end)
    ]


def _per_thing_total(reading: Reading, index: int, amount: Amount) -> int | None:
    """ "1.2k per seat, 50 seats" is 60k: a price per thing times the one count of things said; where the
    price per thing ends (None: no price per thing, or no single count). The price of one thing with no
    count to multiply is no deal's value ("1.8k each", "每部機大約兩萬", "3 of them, 8k each"): a doubt.
    A price per thing is said after the amount ("each", "per kit", "/台"), before it ("每台", "单价", "一台"
    first in its clause, "unit price"), or after a count ("10 kits @ 2,400", "12 x 3,900")."""
    text = reading.text
    after = _PER_THING.match(text, amount.end)
    before = _PER_THING_BEFORE.search(text, max(0, amount.start - 12), amount.start)
    counts = _thing_counts(reading, amount)
    times = _TIMES_BEFORE.search(text, max(0, amount.start - 6), amount.start)
    counted = [c for c in counts if times and not text[c.end : times.start()].strip()] if times else []
    if after is None and before is None and not counted:
        return None
    unit = None
    if before is not None:
        per = _PER_UNIT.search(before.group(0)) or (
            re.search(r"一(.)", before.group("one")) if before.group("one") else None
        )
        unit = _unit_of(per.group(0)) if per is not None else None
    elif after is not None and (after.group("noun") or after.group("per") or after.group("per1")):
        unit = _stem(after.group("noun") or after.group("per") or after.group("per1"))
        unit = None if unit in _ANY_THING else unit  # "£5,000 a piece", "per unit": of whatever is counted
    elif after is not None and (chinese := re.search(r"[\u4e00-\u9fff]+", after.group(0))):
        unit = _unit_of(chinese.group(0))
    if counted:
        counts = counted
    elif unit is not None:  # "厂房有3000平方米，…每套1万2": a count of another unit multiplies nothing
        counts = [c for c in counts if c.unit == unit or (len(c.unit) > 1 and c.unit.endswith(unit))]
    number = counts[0].number if len(counts) == 1 else 0
    if number < 2:  # no count, or two: not multiplied on a guess
        reading.doubts.append(text[amount.start : (after.end() if after else amount.end)].strip())
        return None
    total = amount.value * number
    total = total.to_integral_value() if total == total.to_integral_value() else total
    reading.amounts[index] = replace(amount, value=total, ambiguous=False, alternative=None)
    if after is None:
        return amount.end
    reading.masked.append(after.span())
    return after.end()


# A monthly rate named by what it is the fee of: "3万5 的月费方案", "a 3.5k monthly plan".
_MONTHLY_AFTER = re.compile(r"\s*(?:的)?\s*(?:月费|月租|月付|monthly\b)", re.IGNORECASE)
# A sum said for a term beside the rate: "一年算42万", "一年共42万", "42k for the year", "so 42k a year".
_SUM_FOR_TERM = re.compile(
    r"(?:一年|全年|每年|年度?|(?P<n>[一二两三四五六七八九十\d]{1,3})(?:个月|年))(?:下来)?(?:就是|算|共|总共|合计|一共|是|总计)?\s*$"
    r"|(?:\b(?:so|that's|thats|which is|=)\s*)$",
    re.IGNORECASE,
)
_SUM_AFTER = re.compile(
    r"\s*(?:for\s+the\s+year|a\s+year|per\s+year|/\s*yr|annually|a\s+yr)\b", re.IGNORECASE
)


def _rate_beside_its_sum(reading: Reading) -> None:
    """A monthly rate said beside the sum it comes to over a term ("报价调成 3万5 的月费方案，一年算42万",
    "3.5k a month, so 42k a year"): the sum is the deal's value, the rate a detail of it. Only where the sum
    is the rate times the months said (12 for a year), so nothing is guessed; where it is not, asked."""
    text = reading.text
    first, second = sorted(reading.amounts, key=lambda a: a.start)
    monthly = _rate_months(text, first) or (
        (1, (first.end, first.end + m.end())) if (m := _MONTHLY_AFTER.match(text, first.end)) else None
    )
    if monthly is None or monthly[0] != 1:
        return
    before = text[max(0, second.start - 12) : second.start]
    term = _SUM_FOR_TERM.search(before)
    after = _SUM_AFTER.match(text, second.end)
    if term is None and after is None:
        return
    said = term.group("n") if term is not None else None
    months = 12
    if said and term is not None:
        number = int(said) if said.isdigit() else cn_integer(said)
        months = (number or 0) * (12 if "年" in term.group(0) else 1)
    if months < 2:
        return
    if second.value != first.value * months:  # "3k a month, 40k for the year": which is it?
        reading.doubts.append(text[first.start : second.end].strip())
        return
    reading.amounts = [second]
    reading.masked.append((first.start, first.end))


def per_period_total(reading: Reading) -> None:
    """A rate said with how long it runs is the deal's total: "2.5k/mo for 12 months" is 30k, "每月2万，
    签一年" 24万; so is a price per thing with how many ("1.2k per seat, 50 seats"). The term's words are
    used by the amount; a rate without a term stays as it is, and so does a rate said next to another
    amount (the total may be that one: "200 licenses @ $45 = 9k")."""
    text = reading.text
    if len(reading.amounts) == 2:
        _rate_beside_its_sum(reading)
    if len(reading.amounts) != 1:
        return
    for index, amount in enumerate(reading.amounts):
        end = _per_thing_total(reading, index, amount)
        said = _rate_months(text, amount, end)
        if said is None:
            continue
        amount = reading.amounts[index]  # the price of all the things, when they were counted
        rate, per = said
        terms = [
            (m, months)
            for m in _TERM.finditer(text)
            if not reading.is_masked(*m.span("n"))
            and (months := _term_months(m))
            and months % rate == 0
            and months > rate
            and not (m.start() <= amount.start < m.end())
        ]
        if not terms and rate in (1, 3) and not _TERM.search(text):
            # "wants to go month-to-month at 4k/mo", "每月一万五", "每季三万": a month's or a quarter's price
            # with no term said is not what the deal is worth; how much is asked, not stored or noted away
            reading.doubts.append(text[min(amount.start, per[0]) : max(amount.end, per[1])].strip())
            return
        if len(terms) != 1:
            continue  # no term, or two: not summed on a guess
        term, months = terms[0]
        total = amount.value * (months // rate)
        total = total.to_integral_value() if total == total.to_integral_value() else total
        reading.amounts[index] = replace(amount, value=total, ambiguous=False, alternative=None)
        reading.masked += [term.span(), per]
        return


# The first of several parts named, with a figure: "一期80万", "第一階段60萬", "phase one is 20k".
_FIRST_PART = re.compile(
    r"(?:第?一|首)(?:期|阶段|部分|批)|\b(?:phase|stage|part)\s*(?:1|one|i)\b|\bfirst\s+(?:phase|stage|part)\b",
    re.IGNORECASE,
)
# A later part, or the rest: "二期", "第二阶段", "后面的", "phase 2", "the rest".
_LATER_PART = re.compile(
    r"(?:第?[二三]|后|後)(?:期|阶段|部分|批)|后面的?|剩下的?|其余|\b(?:phase|stage|part)\s*(?:2|two|ii)\b"
    r"|\b(?:second|next)\s+(?:phase|stage|part)\b|\bthe\s+rest\b",
    re.IGNORECASE,
)
# Settled, with the later part dropped or both agreed: "同意先做一期", "二期不要了", "phase 2 is cancelled".
_PARTS_SETTLED = re.compile(
    r"同意|答应|谈定|定了|确定了|签了|不要了|不做了|取消|砍掉|砍了|一起签|一共|总共|合计"
    r"|\b(?:agreed|signed|confirmed|dropped|cancel(?:l)?ed|scrapped|cut|total|all in)\b",
    re.IGNORECASE,
)


def one_part_of_several(reading: Reading) -> None:
    """A figure said for the first of several parts while a later one is left open
    ("一期80万，二期看明年预算", "phase one is 20k, the rest we'll see"): the first part's price is
    neither the deal's whole value nor clearly a deal of its own; which is asked. Settled (the later part
    dropped, both agreed, a total said) it is the value as said. A later part said alone ("二期 新商机
    28万") is a new deal as always."""
    text = reading.text
    for amount in reading.amounts:
        first = _FIRST_PART.search(text, max(0, amount.start - 16), amount.start)
        if first is None:
            continue
        later = [m for m in _LATER_PART.finditer(text, amount.end) if not reading.is_masked(*m.span())]
        if not later or _PARTS_SETTLED.search(text):
            continue
        if any(a.start > later[0].start() for a in reading.amounts):
            continue  # "一期60万，二期40万": each part with its price (a total is read elsewhere)
        words = text[first.start() : amount.end].strip()
        if words not in " ".join(reading.doubts):
            reading.doubts.append(words)
        return


# A price somebody else gave: "竞争对手报了十万", "competitor quoted 42k", "the other vendor came in at 38k".
_OTHERS_PRICE = re.compile(
    r"(?:竞争对手|对手|竞品|友商|别家|别的供应商|其他供应商|另一家|同行)[^，,。；;]{0,8}?$"
    r"|\b(?:competitors?|competition|rivals?|concorrentes?|concorr[êe]ncia|competencia|competidor(?:es)?|"
    r"konkurencja|konkurent|wettbewerber|konkurrenz|"  # Spanish, Polish, German
    r"other (?:vendors?|suppliers?|guys?|bidders?|mob)|another "
    r"(?:vendor|supplier|bidder))(?:['’]s?)?\b[^,.;]{0,24}$"
    # what they pay today: "current vendor charges them 3.2k", "他们现在用的系统一年八万" (i18-log)
    r"|\b(?:current|existing|incumbent|present|old|previous)\s+(?:vendors?|suppliers?|providers?|systems?|"
    r"solutions?|contracts?|platforms?)(?:['’]s?)?\b[^,.;]{0,24}$"
    r"|\b(?:they(?:['’]re| are)?|currently)\s+(?:pay(?:ing)?|spend(?:ing)?)\b[^,.;]{0,16}$"
    r"|(?:现在|目前|现有|原来|之前|以前|老)(?:在?用|合作)?的?[^，,。；;]{0,4}?(?:供应商|系统|方案|厂家|服务商)"
    r"[^，,。；;]{0,8}?$"
    # a price they ask of us: "高磊问我们能不能做到110万", "asked if we could do 40k" (not agreed yet)
    r"|(?:问|问我们|问我)[^，,。；;]{0,6}?(?:能不能|能否|可不可以|可否|行不行)[^，,。；;]{0,6}?$"
    r"|\b(?:asked|asking|asks|wants? to know)\s+(?:us\s+|me\s+)?(?:if|whether)\s+(?:we|i)\s+(?:can|could)\b"
    r"[^,.;]{0,16}$"
    # somebody else quoted it: "a local guy quoted his place 14k" (not "we quoted")
    r"|\b(?:guy|company|shop|outfit|vendor|supplier|firm|someone|somebody)\s+"
    r"(?:quoted|bid|offered|came in at)\b(?:(?!\b(?:our|ours|we|us)\b)[^,.;]){0,24}$",
    re.IGNORECASE,
)
_OURS_PRICE = re.compile(
    r"(?:我们|我方|咱们|我司)[^，,。；;]{0,6}$|\b(?:we|our|ours|us)\b[^,.;]{0,24}$", re.IGNORECASE
)
# Two neighbouring digits before a unit: "二三十万" is 20万 to 30万, "七八千" 7000 to 8000.
_ABOUT_RANGE = re.compile(r"[一二两三四五六七八九]{2}(?=[十百千万亿])")


# Said after the amount: "a 70k bid from a competitor", "40k quote from the other vendor" (i18-log).
_OTHERS_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:from|by)\s+(?:a|an|the|their|another|one)?\s*(?:competitors?|competition|rivals?|"
    r"(?:other|another|local|cheaper|different)\s+(?:vendors?|suppliers?|guys?|bidders?|company|companies|shop|outfit)"
    r"|current (?:vendor|supplier|provider))\b"
    r"|\s*(?:all in\s+)?(?:vs\.?|versus|compared to|against)\s+(?:our|ours|us)\b",  # "6500 all in vs our 8k"
    re.IGNORECASE,
)


# A threshold of their rule, not a price: "HQ signs off on anything over ¥5M", "purchases above 50k need two
# signatures", "超过500万的单子都要总部批", "20万以上的采购要走招标": the amount bounds what the rule covers.
_RULE_WORDS = (
    r"\b(?:anything|everything|whatever|any(?:\s+\w+)?|all\s+\w+|orders?|deals?|purchases?|contracts?|invoices?|"
    r"pos?|spend(?:ing)?|projects?)\s+(?:that(?:['’]s|\s+is|\s+are)\s+|which\s+(?:is|are)\s+)?"
    r"(?:over|above|beyond|exceeding|more\s+than|greater\s+than|bigger\s+than|larger\s+than|north\s+of|"
    r"in\s+excess\s+of)\s*"
)
_RULE_OVER = re.compile(_RULE_WORDS + r"[$€£¥]?\s*$", re.IGNORECASE)
_RULE_OVER_CJK = re.compile(r"(?:超过|超出|高于|大于)\s*$")
_RULE_COVERS = re.compile(
    r"\s*(?:以上)?的(?:单子?|订单|采购|合同|项目|案子|都|要|需|得|必须)|\s*以上(?:都|要|需|得|必须)"
)
# The whole threshold, for a look at the words that is not the reading's ("anything over ¥5M").
THRESHOLD = re.compile(
    _RULE_WORDS + r"[$€£¥]?\s*\d[\d,.]*\s*(?:[kKmM]\b|万|千|百万|亿)?"
    r"|(?:超过|超出|高于|大于)\s*\d[\d,.]*\s*(?:万|千|百万|亿|[kKmM])?\s*(?:元|块)?"
    r"(?=\s*(?:以上)?的(?:单子?|订单|采购|合同|项目|案子|都|要|需|得|必须))"
    r"|\d[\d,.]*\s*(?:万|千|百万|亿|[kKmM])?\s*(?:元|块)?"
    r"(?=\s*以上(?:的(?:单子?|订单|采购|合同|项目|案子|都|要|需|得|必须)|都|要|需|得|必须))",
    re.IGNORECASE,
)


def threshold_said(text: str, amount: Amount) -> bool:
    """Whether `amount` is the threshold of a rule they told ("anything over ¥5M needs HQ")."""
    before = text[max(0, amount.start - 40) : amount.start]
    if _RULE_OVER.search(before):
        return True
    covers = _RULE_COVERS.match(text, amount.end)
    return covers is not None and (bool(_RULE_OVER_CJK.search(before)) or "以上" in covers.group(0))


# The figure said not to be ours, later in its sentence: "the RM 2.1m budget he mention is for whole group,
# not for us", "那50万不是给我们的".
_NOT_OURS = re.compile(
    r"[^.!?。！？\n]{0,60}?(?:\bnot\s+(?:for|with)\s+us\b|\bnot\s+ours\b|\bnot\s+our\s+(?:deal|project|scope)\b"
    r"|不是给我们的?|跟我们(?:无关|没关系))",
    re.IGNORECASE,
)


def others_prices(reading: Reading) -> None:
    """Amounts somebody else named (a competitor's price), or the threshold of a rule of theirs, are what
    they said, kept in the note: no amount of our deal."""
    held = ours_held(reading.text)  # "…, we're holding at 180": the deal's as it stands, no new amount
    theirs = [
        a
        for a in reading.amounts
        if others_said(reading, a.start)
        or _OTHERS_AFTER.match(reading.text, a.end)
        or threshold_said(reading.text, a)
        or any(s <= a.start < e for s, e in held)
        or _NOT_OURS.match(reading.text, a.end)
    ]
    reading.amounts = [a for a in reading.amounts if a not in theirs]
    for amount in reading.amounts if theirs else []:  # beside a competitor's price, ours only when said so
        if not _OURS_PRICE.search(reading.text[max(0, amount.start - 24) : amount.start]):
            reading.doubts.append(reading.text[amount.start : amount.end].strip())


def others_said(reading: Reading, position: int) -> bool:
    """Whether the words at `position` are what a competitor offered ("competitor quoted 42k")."""
    return bool(_OTHERS_PRICE.search(reading.text[reading.clause_of(position).start : position]))


def settle_amounts(reading: Reading) -> None:
    """Which amount is the deal's, and whether the message is sure of it.

    A range ("200 到 300万", "90 or 100k") or a hedge ("not sure", "也可能更少") is asked about; so is
    a bare small number ("closed at 50": 50 what?). Of several amounts the one marked as the new value
    comes first ("25万改30万"); several unmarked ones are asked about."""
    text = reading.text
    others_prices(reading)
    base_amounts_out(reading)
    reading.relative = any(r.done for r in relatives(reading))
    per_period_total(reading)
    one_part_of_several(reading)
    reading.doubts.extend(
        m.group("n")
        for m in _BARE_MONEY.finditer(text)
        if not reading.is_masked(*m.span("n")) and not counts_things(text[m.end() :])  # "order 500 units"
    )
    amounts = sorted(reading.amounts, key=lambda a: a.start)
    if not amounts:
        return
    reading.amount_marked = any(
        said_as_new(text, a.start)
        or _CHANGED.search(reading.clause_of(a.start).text)
        or said_as_total(text, a)
        for a in amounts
    )
    written = [text[a.start : a.end].strip() for a in amounts]
    for amount in amounts:
        low = _RANGE_FROM.search(text[max(0, amount.start - 16) : amount.start])
        if low:  # "200到300万", "30-40k": from a bare number to an amount (its low end is said in the doubt)
            reading.doubts.append(text[amount.start - len(low.group(0)) : amount.end].strip())
            reading.masked.append((amount.start - len(low.group(0)), amount.start))
    for left, right in pairwise(amounts):
        if _RANGE_JOIN.fullmatch(text[left.end : right.start]):
            reading.doubts.append(f"{text[left.start : right.end].strip()}")
    if _HEDGE.search(text):
        reading.doubts.extend(w for w in written if w not in " ".join(reading.doubts))
    for amount, words in zip(amounts, written, strict=False):
        if _bound(reading, amount) and words not in " ".join(reading.doubts):
            reading.doubts.append(words)  # "目标10万以内", "can spend up to 45k": a limit, not the value
        ish = _ISH_AFTER.match(text, amount.end)
        if ish and words not in " ".join(reading.doubts):
            reading.doubts.append(text[amount.start : ish.end()].strip())  # "30k-ish": about, not the value
    for amount, words in zip(amounts, written, strict=False):
        clause = reading.clause_of(amount.start)
        maybe = (
            _MAYBE.search(clause.text)
            or _MIGHT_DO.search(text[clause.start : amount.start])
            or _HEDGE_FIRST.match(text)  # "ojalá Tequilera nos dé otra orden en noviembre, como 100k dlls"
        )
        if maybe and words not in " ".join(reading.doubts):
            reading.doubts.append(words)  # "maybe 18k", "might stretch to 30k": not yet an amount ("~18k" is)
    for words in written:
        if _ABOUT_RANGE.search(words) and words not in " ".join(reading.doubts):
            reading.doubts.append(words)  # "预算二三十万吧": about 20万 to 30万, not 30万
    for amount, words in zip(amounts, written, strict=False):
        if amount.currency is None and not has_multiplier(text, amount) and abs(amount.value) < 1000:
            reading.doubts.append(words)
        elif abs(amount.value) < 1 and words not in reading.doubts:
            reading.doubts.append(words)  # "0.000001k", "$0.4": less than one of anything is no deal's value
            reading.amounts = [a for a in reading.amounts if a is not amount]  # asked: how much?
    if (
        len(amounts) == 1
        and _currencies_said(text, amounts) > 1
        and written[0] not in reading.doubts
        and not currency_chosen(text, amounts[0])
    ):
        reading.doubts.append(written[0])  # "签了 50万 港币还是美金来着": which currency?
    if _CURRENCY_UNKNOWN.search(text):
        reading.doubts.extend(w for w in written if w not in " ".join(reading.doubts))  # "currency unclear"
    if len(amounts) < 2 or reading.doubts:
        return
    new = [a for a in amounts if said_as_new(text, a.start) or said_as_total(text, a)]
    old = [a for a in amounts if _OLD_VALUE.search(text[max(0, a.start - 12) : a.start])]
    rates = [a for a in amounts if _RATE_AFTER.match(text[a.end :])]  # "1,200 per unit", "£3.2k a month"
    chosen = new[-1:] or [a for a in amounts if a not in old and old][:1]
    if not chosen and len(amounts) - len(rates) == 1:
        chosen = [a for a in amounts if a not in rates]
    if chosen:
        value = chosen[0]
        currencies = {a.currency for a in amounts if a.currency}
        if value.currency is None and len(currencies) == 1:  # "£3.2k a month … = 38.4k total": pounds
            value = replace(value, currency=currencies.pop())
        reading.amounts = [value] + [a for a in reading.amounts if a is not chosen[0]]
    else:
        reading.doubts.append(" / ".join(written))


# An amount said only roughly, with no figure to store: "十几万", "廿幾萬", "几十万", "high 40s",
# "mid-fifties", "forty-something k".
_VAGUE_AMOUNT = re.compile(
    r"(?:\d+|[一二两三四五六七八九十廿卅]*)[几幾][十百千万]*[百千万]"
    # "二十来万", "20来万", "十来万": some ten thousands more than said
    r"|(?:\d*0|[一二两三四五六七八九]?十)来[百千万]"
    r"|\b(?:high|low|mid)[- ]?"
    r"(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:something|odd|ish)\b",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    r"(?<![A-Za-z])(?:deal|budget|amount|price|pricing|quote|value|worth|contract|k)(?![A-Za-z])"
    r"|金额|报价|预算|价格|价钱|合同|单子|总价|银码|块|元",
    re.IGNORECASE,
)


# Said as what something is, right before a rough figure: "should be 20ish", "it'll be forty-something k",
# "金额大概几十万" (beside a logged visit the figure is then the deal's, not a detail of the note; their
# budget, "预算几十万", stays in the note).
_SAID_AS_VALUE = re.compile(
    r"(?:\b(?:should|would|will|could|might|must|gonna|going to)\s+(?:\w+\s+)?be"
    r"|\b(?:is|it['’]s|be|at|comes? to)"
    r"|(?:金额|报价|价格|总价|单子|合同)\s*(?:是|在|大概|大约|估计|应该)*)\s*$",
    re.IGNORECASE,
)


def vague_amounts(reading: Reading) -> None:
    """An amount said only roughly ("当阳玉泉那个deal大概十几万", "budget mid-fifties", "预算小三十万") is a
    doubt when no figure is said beside it: how much is asked, nothing is noted away on a guess. A loss keeps
    it as its reason ("差了十几万"), a logged interaction in its note unless the figure is said as what the
    deal is ("visited X, they want the module, should be 20ish": asked); a count is no money ("几万平米")."""
    if reading.amounts or reading.outcome:
        return
    logged = reading.kind_span is not None
    text = reading.text
    for match in _VAGUE_AMOUNT.finditer(text):
        if counts_things(text[match.end() :]) or reading.is_masked(*match.span()):
            continue
        value = _SAID_AS_VALUE.search(text, reading.clause_of(match.start()).start, match.start())
        if logged and not value:
            continue  # an interaction logged keeps the words in its note ("买了几百块的礼品")
        currency = any(0 <= c.start - match.end() <= 1 for c in currencies_named(text, []))  # "十几万美金"
        if (
            currency
            or value
            or match.group(0).endswith("万")  # "大概60幾萬": tens of thousands of nothing counted is money
            or _MONEY_WORD.search(reading.clause_of(match.start()).text)
            or _MONEY_WORD.match(text, match.end())
        ):
            reading.doubts.append(text[match.start() : match.end()].strip())


# Two bare numbers said as the ends of a span: "somewhere between 80 and 95", "in the 50 to 70 range",
# "报价大约一百二到一百五" (no unit said, so neither end was read as an amount; a day or an hour is none).
_BARE_RANGE = re.compile(
    r"(?<![\d.,/:])(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)\s*(?:到|至|~|–|-|\bto\b|\band\b)\s*"
    r"(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)(?![\d.,/:])"
    r"(?!\s*(?:号|日|点|月|天|周|星期|个|\b(?:am|pm|weeks?|days?|hours?|months?|mins?|minutes?|o['’]clock|"
    r"th|st|nd|rd|people|seats?|users?|units?|licen[cs]es?|sites?|staff)\b))",
    re.IGNORECASE,
)
# Said before such a span: a guess at where it lies, or the figure it is ("quote", "报价", "大约").
_SOMEWHERE = re.compile(r"\bsomewhere\s+(?:between|in the|from)\s*$", re.IGNORECASE)
_SPAN_GUESSED = re.compile(r"\b(?:somewhere|between|in the)\b|大约|大概|估计|差不多|约", re.IGNORECASE)


def bare_ranges(reading: Reading) -> None:
    """A figure said as a span of two bare numbers ("muskoka quote somewhere between 80 and 95",
    "报价大约一百二到一百五") where no amount was read: which figure is asked, nothing stored or noted away.
    Not in a message asking for a reminder ("call her tmrw between 2 and 4")."""
    if reading.amounts or reading.outcome or lx.REMIND.search(reading.text):
        return
    text = reading.text
    for match in _BARE_RANGE.finditer(text):
        clause = reading.clause_of(match.start())
        head = text[clause.start : match.start()]
        somewhere = _SOMEWHERE.search(head)  # a span of a figure, read as hours or days or not
        if counts_things(text[match.end() :]) or (reading.is_masked(*match.span()) and not somewhere):
            continue
        if _SPAN_GUESSED.search(head) or _MONEY_WORD.search(clause.text):
            reading.doubts.append(text[match.start() : match.end()].strip())


# Any of several will do: "美金人民币都行", "两种币都可以", "either works", "whichever".
_ANY_WILL_DO = re.compile(
    r"都(?:行|可以|ok|好|没问题)|哪个都|随便"
    r"|\b(?:either (?:is|works|way|one)|whichever|both (?:work|are fine))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[，,。.;；!！?？\n]")
_SENTENCE_MARK = re.compile(r"[!?。！？;；\n]|\.(?!\d)")


def currency_chosen(text: str, amount: Amount) -> bool:
    """Whether the amount's own currency is one chosen from currencies said before it to be options ("钱总说
    美金人民币都行 那就报六十万人民币吧"): every other currency named apart from it sits in a clause that
    says any will do, before the amount; or none is named and such a clause comes before it in its sentence
    ("Frank说都行，那就报六十万人民币吧")."""
    if amount.currency is None:
        return False
    others = [c for c in currencies_named(text, [amount]) if amount.currency not in c.codes]
    for currency in others:
        ends = [m.start() for m in _CLAUSE_END.finditer(text, currency.end)]
        end = min([e for e in ends if e < amount.start], default=amount.start)
        if currency.end > amount.start or not _ANY_WILL_DO.search(text, currency.end, end):
            return False
    if not others:  # "Frank说都行，那就报六十万人民币吧": any will do, then the one said with the amount
        start = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, amount.start)), default=0)
        return _ANY_WILL_DO.search(text, start, amount.start) is not None
    return True


_PESOS = frozenset({"MXN", "PHP"})  # the currencies "pesos" names (`currencies_named`) that write "$"


def _currencies_said(text: str, amounts: list[Amount]) -> int:
    """How many currencies the message says: its amounts' own and those named apart from them (the one
    reader, `currencies_named`; a bare "dollars" beside a dollar amount is that currency again)."""
    # a bare "$" is the peso's sign too: "$380 mil pesos" says one currency
    said = [
        frozenset({a.currency, *(_PESOS if dollar_sign_only(text[a.start : a.end]) else ())})
        for a in amounts
        if a.currency
    ]
    said += [c.codes for c in currencies_named(text, amounts)]
    distinct: list[frozenset[str]] = []
    for codes in said:
        if not any(codes & other for other in distinct):
            distinct.append(codes)
    return len(distinct)


def has_multiplier(text: str, amount: Amount) -> bool:
    """Written like money: with a multiplier or unit ("24k", "50万") or grouped ("1.500", "24,000")."""
    written = text[amount.start : amount.end]
    return not re.fullmatch(r"[\d\s,.'’-]+", written) or bool(re.search(r"\d[,.'’]\d{3}\b", written))


# A relative change of the amount: "10% off the 60k", "打了八折", "个价减咗一成", "报价降了5%", "cut by 20%".
_PCT = r"(?<![\d.,])(?P<p>\d{1,2}(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b)"  # "12,5%": a decimal comma
_CN_DIGIT = "一二两三四五六七八九"
_RELATIVE = re.compile(
    rf"{_PCT}\s*(?:(?:knocked|taken|shaved|lopped|chopped)\s+)?(?:off|discount|less|lower|cheaper)\b"
    rf"(?:\s+(?:the|on the|from the|of the)\s+(?P<base>[$€£¥]?\s?\d[\d.,]*\s?[kKmM万]?))?"
    rf"|(?:打|给|做|算|按)(?:了|咗|个|個)?(?P<z1>[{_CN_DIGIT}\d])(?P<z2>[{_CN_DIGIT}五\d])?折"
    rf"|(?P<verb>\b(?:cut|down|reduced|lowered|dropped|discounted|slashed|trimmed|decreased|up|raised|"
    rf"increased|bumped(?: up)?)\s+(?:by\s+)?"
    rf"|(?:降|减|砍|少|下调|便宜|压|缩减|涨|加|提高|上调|增加)(?:了|咗)?)"
    rf"(?:(?<![\d.,])(?P<q>\d{{1,2}}(?:[.,]\d+)?)\s*(?:%|percent\b)|(?P<c>[{_CN_DIGIT}])成)",
    re.IGNORECASE,
)
_UP = re.compile(r"up|raised|increased|bumped|涨|加|提高|上调|增加", re.IGNORECASE)
_MONEY_SUBJECT = re.compile(
    r"\b(?:price[ds]?|pricing|quote[ds]?|deal|amount|fee|fees|contract|offer|budget)\b"
    r"|报价|价|金额|合同|单|费用|预算|budget",
    re.IGNORECASE,
)
_BUDGET = re.compile(r"\bbudget|预算", re.IGNORECASE)
# Verbs of a wish or a demand of theirs: what follows is asked for, not agreed.
_WISH_VERB = (
    r"(?:asking|asks|asked|ask|pushing|pushes|push|wants?|wanted|(?:would|['’]d) (?:like|love)|needs?|needed|"
    r"demand(?:s|ed|ing)?|request(?:s|ed|ing)?|expects?|expected|expecting|hoping|hope|seeking|seeks?|after|"
    r"angling)"
)
_ASKED_FOR = re.compile(
    r"\b(?:asking|asks|asked|ask|pushing|pushes|push|wants?|wanted|would like|hoping|hope|looking|"
    r"request(?:s|ed|ing)?)\s+(?:\w+\s+)?for\b|\b(?:if|whether) we\b"
    # the wish verb right before the discount: "want 10% discount", "need 10% off", "demanding 15 percent
    # off", "要打九五折" (not "gave them 10% off", "最后打了九折")
    rf"|\b{_WISH_VERB}\s+(?:(?:a|an|another|extra|further|more|at least|min(?:imum)?)\s+)*$"
    # the wish with who is to give it between: "wants us to knock 10% off", "asked me to take 5% off"
    rf"|\b{_WISH_VERB}\s+(?:us|me|you|them)?\s*to\s+(?:[a-z]+\s+){{1,2}}$"
    r"|要求|想要|希望|想|能不能|能否|可不可以|问|(?:还|也|都|就)?要(?:再)?$"
    # a quote they ask us for: "说给他们报个打八折的价", "要我们给个八五折", "让我们打个九折"
    r"|报(?:个|一个)$|(?:要|让|叫)(?:我们|我|咱们)(?:给|报|打)?(?:个|一个)?$",
    re.IGNORECASE,
)


# The wish said right after the discount: "12 % discount asked on anything", "10% off requested".
_ASKED_AFTER = re.compile(
    r"\s*(?:is\s+|was\s+|being\s+)?(?:asked|requested|wanted|demanded|expected)\b(?!\s+(?:us|me|them)\b)",
    re.IGNORECASE,
)


# A rival's offer: "competitor is offering 12,5% off", "对手打了八折" (their price, none of ours).
_A_RIVALS = re.compile(
    r"\b(?:competitors?|competition|rivals?|other (?:supplier|vendor|bidder)s?)\b|竞争对手|竞品|对手|同行",
    re.IGNORECASE,
)


# A copula right before "N% cheaper / lower / less": how two prices compare, not a change of ours.
_COMPARED = re.compile(
    r"\b(?:were|was|are|is|be|being|['’]re|['’]s)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Relative:
    """A relative change of the amount said: the factor (0.9 for 10% off, 九折), where it is said, whether it
    is said as given (not only asked for), whether it is their budget, and the base said ("off the 52k")."""

    factor: Decimal
    start: int
    end: int
    done: bool
    budget: bool
    base: Amount | None


def _cn_digit(char: str) -> int:
    return int(char) if char.isdigit() else cn_integer(char) or 0


def relatives(reading: Reading) -> list[Relative]:
    """Every relative change of an amount the message says (not "捕捞量下降15%": a money word must be in its
    clause unless the words are a discount's own, "% off", 打折)."""
    text = reading.text
    out = []
    for m in _RELATIVE.finditer(text):
        clause = reading.clause_of(m.start())
        before = text[clause.start : m.start()]
        if m.group("p") and _COMPARED.search(before):
            continue  # "they were 10% cheaper", "the other quote is 5% lower": a comparison, no change
        if _A_RIVALS.search(before):
            continue  # "competitor is offering 12,5% off": their price, not a change of ours
        if m.group("p"):
            factor = 1 - Decimal(m.group("p").replace(",", ".")) / 100
        elif m.group("z1"):
            tenths = Decimal(_cn_digit(m.group("z1"))) / 10
            factor = tenths + (Decimal(_cn_digit(m.group("z2"))) / 100 if m.group("z2") else 0)
        else:
            if not _MONEY_SUBJECT.search(clause.text):
                continue  # "捕捞量下降15%", "usage up 20%": not money
            said = m.group("q")
            part = Decimal(said.replace(",", ".")) / 100 if said else Decimal(_cn_digit(m.group("c"))) / 10
            factor = 1 + part if _UP.match(m.group("verb").strip()) else 1 - part
        if not 0 < factor < 2:
            continue
        said = find_amount(m.group("base")) if m.group("base") else None
        base = replace(said, start=m.start("base"), end=m.end("base")) if said else None
        budget = bool(_BUDGET.search(before) or _BUDGET.search(text[m.end() : clause.end]))
        asked = _ASKED_FOR.search(before) or _ASKED_AFTER.match(text, m.end())
        out.append(Relative(factor, m.start(), m.end(), not asked, budget, base))
    return out


def base_amounts_out(reading: Reading) -> None:
    """The amount a relative change is taken off ("10% off the 52k") is the deal's old value, not its new
    one: it is no amount of the message's own."""
    bases = [(r.base.start, r.base.end) for r in relatives(reading) if r.base is not None]
    reading.amounts = [a for a in reading.amounts if not any(s <= a.start < e for s, e in bases)]
