"""Times of day as reps type them: "3pm", "15:30", "at 3", "half past 3", "3ish", "EOD",
"morning", "between 2 and 4", "下午3点", "十点半", "两点到四点". A time said without am/pm is read in
business hours."""

from __future__ import annotations

import re
from datetime import time

from handlers.parsing.calendar_words import CN_NUM, cn_number
from handlers.parsing.date_scan import Hit

DEFAULT_TIME = time(9, 0)

# Where "half three" is said for 14:30 (Dutch "half drie", German "halb drei", Swedish "halv tre", and
# the languages of central and northern Europe alike): a bare "half 3" from a user there may be either
# half hour, the English one (15:30) or their own (14:30), and is asked (`half_hour_unsure`).
_HALF_BEFORE_COUNTRIES = frozenset(
    {"NL", "BE", "DE", "AT", "CH", "LU", "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR",
     "RU", "UA", "EE", "LV", "LT"}
)  # fmt: skip
_BARE_HALF = re.compile(
    r"(?:at\s+|@\s*|um\s+)?(?:half|halb)\s+(?!past|after|to|till|til|an?\b|hour)[a-z0-9]", re.IGNORECASE
)
# German "halb vier" (half to four: 15:30 in German, 16:30 read as English "half four"), "um halb 3": read
# as "half 3" is, the English way, and asked where the writer's own language counts the half hour to the
# next one (`half_hour_unsure`: "Is halb vier 15:30 or 16:30?")
_GERMAN_HOURS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12,
}  # fmt: skip
_GERMAN_HALF = re.compile(r"\b(?:um\s+)?halb\s+(" + "|".join(_GERMAN_HOURS) + r"|1[0-2]|[1-9])(?![\w:.])")
END_OF_DAY = time(17, 0)
# The clocks a part of the day is read as ("morning" 9:00, "下昼" 14:00, "evening" 18:00): no hour said
PART_OF_DAY_CLOCKS = frozenset({DEFAULT_TIME, time(12), time(14), END_OF_DAY, time(18)})


def _clock(hour: int, minute: int, meridiem: str | None) -> time | None:
    meridiem = (meridiem or "").lower().replace(".", "")
    if meridiem in ("pm", "下午", "晚上", "傍晚", "今晚", "明晚", "昨晚") and hour < 12:
        hour += 12
    elif meridiem in ("am", "上午", "早上", "早晨", "凌晨") and hour == 12:
        hour = 0
    elif meridiem == "中午" and hour < 6:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


_CN_CLOCK = re.compile(  # no minutes in "三点三方电话" (at three, a three-way call)
    # (a colon only with minutes after it: "Q2 :(" is a quarter and a sad face, no 2 o'clock)
    rf"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|[今明昨]晚)?\s*({CN_NUM})\s*(?:[点點时]|[:：](?=\s*\d))\s*"
    # no minutes in "下午两点 5月10号" either: a number before 月/号 is a date's
    rf"(半|一刻|三刻|({CN_NUM})(?:分|(?![方家个個位人次名台套件月号號日\d零一二三四五六七八九十两])))?"
)


# What follows "N点" when it counts points, not hours: "两点意见", "三点要求", "一点小事", "一点都不贵".
_POINTS_OF = re.compile(
    r"\s*(?:意见|建议|要求|问题|想法|看法|顾虑|担心|担忧|疑问|疑虑|原因|理由|需求|不满|误会|变化|进展|"
    r"优惠|折扣|兴趣|小事|小问题|东西|时间|钱|心意|经验|道理|都不|也不|都没|也没|[点儿些小])"
)
# A word before "一点"/"两点" that makes it "a little": "有一点贵", "再低一点", "快一点", "便宜一点", and a
# verb of haggling or sizing ("再砍一点", "压一点", "松一点", "涨一点").
_A_LITTLE_AFTER = re.compile(
    r"(?:有|再|多|少|快|慢|早|晚|贵|高|低|大|小|好|差|便宜|稍微|稍|这|那|一|了|得|加|减|降|让|便宜"
    r"|砍|压|松|涨|宽|紧|短|长|省|优惠)\s*$"
)


def _is_a_clock(text: str, m: re.Match[str], dates: list[Hit]) -> bool:
    """Whether a bare "N点" is an hour. "一点"/"两点" are also "a little" and "two points": with no part of
    the day, no date just before it and no 钟/半/minutes after it, "一点小事", "两点意见", "有一点贵",
    "价格再低一点" are no times; "明天一点", "下午一点", "一点钟", "两点开会" are."""
    if re.match(r"[间候]", text[m.end() :]) and m.group(0).endswith("时"):
        return False  # "同一时间", "一时候": "time", no hour
    if m.group(1) or m.group(3) or re.match(r"\s*[钟鐘整]", text[m.end() :]):
        return True
    if any(d.end <= m.start(2) and not text[d.end : m.start(2)].strip() for d in dates):
        return True
    if _POINTS_OF.match(text, m.end()):
        return False
    return not (m.group(2) in ("一", "两") and _A_LITTLE_AFTER.search(text, 0, m.start(2)))


def _cn_clock_matches(text: str, dates: list[Hit]) -> list[re.Match[str]]:
    """Chinese clock times ("十点半", "下午3点"). A numeral that runs on from a date's last character is
    read from where the date ends: "周三十点" is Wednesday at ten (三 + 十点), not a "三十点" that no
    clock has; "周二十一点" is Tuesday at eleven."""
    out: list[re.Match[str]] = []
    for m in _CN_CLOCK.finditer(text):
        straddled = next((d for d in dates if d.start <= m.start(2) < d.end < m.end(2)), None)
        if straddled is not None:
            rest = _CN_CLOCK.match(text, straddled.end)
            if rest is None:
                continue
            m = rest
        if _is_a_clock(text, m, dates):
            out.append(m)
    return out


_WORD_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_CLOCK_NUMBER = r"(?:1[0-2]|0?[1-9]|" + "|".join(_WORD_HOURS) + ")"


def _business_hour(hour: int, minutes: int) -> time | None:
    """An hour said without am/pm during business hours: 1 to 7 is the afternoon ("half past 3": 15:30)."""
    if not 0 <= hour <= 23:
        return None
    return time(hour + 12 if 1 <= hour <= 7 else hour, minutes)


def _guessed(hour: int) -> bool:
    """Whether an hour said bare is read by guess: 1 to 7 may be either half of the day ("at 3": 15:00 in
    business hours, but a plan on it is asked); 8 to 11 are the morning's, 12 is noon (one office-hours
    reading, so said bare they are sure)."""
    return 1 <= hour <= 7


# A span of hours is planned from its start: "between 2 and 4", "from 9am to 11", "2-4pm", "10am-noon",
# "下午两点到四点之间", "9点至11点". Its end is part of it, not another time.
_EN_RANGE = re.compile(
    r"(?P<lead>\bbetween\s+)?(?<![\d:/.-])(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
    r"\s*(?:and|to|till|until|-|–|~)\s*"
    r"(?:(?P<h2>\d{1,2})(?::[0-5]\d)?\s*(?P<ap2>a\.?m\.?|p\.?m\.?)?|noon)(?![\d/.:-])(?![a-z])"
)
_CN_RANGE = re.compile(
    rf"(?P<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*(?P<h>{CN_NUM})\s*[点點时:：]\s*(?P<half>半)?"
    rf"\s*(?:到|至|-|–|~)\s*(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?\s*{CN_NUM}\s*[点點时:：]\s*半?(?:之间|左右)?"
)


def _range_hits(text: str) -> list[Hit]:
    """Spans of hours, each read as its start (see `_EN_RANGE`)."""
    hits: list[Hit] = []
    lower = text.lower()
    for m in _EN_RANGE.finditer(lower):
        meridiem = m.group("ap") or m.group("ap2")
        if not (m.group("lead") or meridiem or "noon" in m.group(0)):
            continue  # "3-4 weeks", "2 to 3 people": no clock said
        hour, end = int(m.group("h")), int(m.group("h2") or 12)
        if meridiem and not m.group("ap") and meridiem.startswith("p") and hour > end:
            meridiem = "am"  # "11-1pm": from 11 in the morning
        minute = int(m.group("m") or 0)
        clock = _clock(hour, minute, meridiem) if meridiem else _business_hour(hour, minute)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in _CN_RANGE.finditer(text):
        hour = cn_number(m.group("h"))
        meridiem = m.group("part") or ("下午" if 1 <= hour <= 6 else None)
        clock = _clock(hour, 30 if m.group("half") else 0, meridiem)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    return hits


# Things counted, then "@" their price: "6 kits @" (a price follows, not a time; the reader's money too).
COUNTED_AT = re.compile(r"\d\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*@\s*$", re.IGNORECASE)
# A deal said to go ahead, settle or come back "at" a figure: "go ahead at 20", "settled at 45", "came back
# at 40" (the unit left out); a bare "at N" after these is no clock time.
_PRICED_AT = re.compile(
    r"\b(?:go(?:es|ing)?\s+ahead|went\s+ahead|agreed|settled|signed|came\s+(?:back|in)|"
    r"landed|pitched|quoted|priced|offered|valued|sold|capped|budgeted|"
    r"topped out)\s*$"
)


def half_hour_unsure(said: str, country: str | None) -> bool:
    """`said` is a bare "half 3" from a user whose own language counts the half hour to the next one."""
    return (country or "").partition("-")[0] in _HALF_BEFORE_COUNTRIES and bool(_BARE_HALF.match(said))


# Swahili time counts the hours from 6 o'clock (saa moja, "hour one", is 7): "saa nne asubuhi" is 10:00,
# "saa nane mchana" 14:00, "saa kumi jioni" 16:00, "saa mbili usiku" 20:00. Said without its part of the
# day ("kesho saa nne") it is morning or evening, and asked (`swahili_hour_unsure`).
_SWAHILI_HOURS = {
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
    "kumi": 10, "kumi na moja": 11, "kumi na mbili": 12,
}  # fmt: skip
_SWAHILI_CLOCK = re.compile(
    r"\bsaa\s+(?P<h>kumi\s+na\s+(?:moja|mbili)|moja|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi)"
    r"(?:\s+na\s+(?P<m>nusu|robo))?(?:\s+(?P<part>asubuhi|mchana|alasiri|jioni|usiku))?\b"
)


def _swahili_clock(m: re.Match[str]) -> time:
    hour = (_SWAHILI_HOURS[" ".join(m.group("h").split())] + 6) % 12
    if m.group("part") in ("alasiri", "jioni", "usiku") or (m.group("part") == "mchana" and hour < 7):
        hour += 12  # (saa sita mchana is noon: 12 % 12 is 0, and noon is 12)
    hour = 12 if hour == 0 and m.group("part") == "mchana" else hour
    return time(hour, {"nusu": 30, "robo": 15}.get(m.group("m") or "", 0))


def swahili_hour_unsure(said: str) -> bool:
    """`said` is a Swahili hour with no part of the day ("saa nne": 10:00 or 22:00)."""
    m = _SWAHILI_CLOCK.fullmatch(said.lower())
    return m is not None and m.group("part") is None


# Polish hours said as ordinals: "o trzeciej" (at three), "o piętnastej" (at 15:00).
_POLISH_HOURS = {
    "pierwszej": 1, "drugiej": 2, "trzeciej": 3, "czwartej": 4, "piątej": 5, "szóstej": 6, "siódmej": 7,
    "ósmej": 8, "dziewiątej": 9, "dziesiątej": 10, "jedenastej": 11, "dwunastej": 12, "trzynastej": 13,
    "czternastej": 14, "piętnastej": 15, "szesnastej": 16, "siedemnastej": 17, "osiemnastej": 18,
}  # fmt: skip
_POLISH_CLOCK = re.compile(r"\bo\s+(" + "|".join(_POLISH_HOURS) + r")\b")


_SPANISH_CLOCK = re.compile(
    r"\b(?:a|antes\s+de|despu[ée]s\s+de|desde|hasta)\s+las?\s+(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?(?:\s*(?:hrs?|horas)\b)?"
    r"(?:\s+(?:de|en)\s+la\s+(?P<part>mañana|tarde|noche))?(?![\d:.,]|\s*(?:a\.?m|p\.?m))"
)


# A time said by lunch: "after lunch" (13:30), "before lunch" (11:00), "午饭后", "吃完午饭", "午饭前".
_AROUND_LUNCH = re.compile(
    r"\b(?:(?P<before>before)|after)\s+lunch(?:\s*time)?\b"
    r"|(?:午饭|午餐|吃完午饭|吃完中饭|中饭|午休)(?:(?P<before_cn>前)|后|过后|之后)"
)


def time_hits(text: str, dates: list[Hit] | None = None) -> list[Hit]:
    hits: list[Hit] = _range_hits(text)
    lower = text.lower()
    for m in _POLISH_CLOCK.finditer(lower):
        hour = _POLISH_HOURS[m.group(1)]
        clock = _business_hour(hour, 0)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=_guessed(hour)))
    hits += [Hit(m.start(), m.end(), clock=_swahili_clock(m)) for m in _SWAHILI_CLOCK.finditer(lower)]
    # "3ish tomorrow": about 3 o'clock; "the 10 o'clock one"
    for m in re.finditer(r"\b(1[0-2]|0?[1-9])\s*(?:-?ish|o['’]?\s?clock)\b", lower):
        clock = _business_hour(int(m.group(1)), 0)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=_guessed(int(m.group(1)))))
    for m in re.finditer(r"\bfirst thing(?: in the morning)?\b|(?<![周期拜])一早(?!上)|一大早", lower):
        hits.append(Hit(m.start(), m.end(), clock=time(9)))  # "first thing tomorrow": the start of the day
    for m in re.finditer(
        r"\b(?:by\s+)?(?:eod|end of (?:the )?day|cob|close of business|(?:end|close) of play|eop)\b|下班前",
        lower,
    ):
        hits.append(Hit(m.start(), m.end(), clock=END_OF_DAY))  # "by cob thursday": Thursday 17:00
    for m in re.finditer(
        r"(?:\b(?:tomorrow|tmrw?|tmr|today|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*)\.?)\s+(am|pm)\b",
        lower,
    ):  # "tmrw am", "friday pm": a part of the day
        hits.append(Hit(m.start(1), m.end(1), clock=time(9) if m.group(1) == "am" else time(14)))
    for m in re.finditer(
        rf"\b(?:at\s+|@\s*)?(?:(half|quarter)\s+(past|after|to|till|til)|(half))\s+({_CLOCK_NUMBER})\b"
        r"(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?",
        lower,
    ):  # "half past 3", "quarter to four", British "half 3" (3:30)
        hour = _WORD_HOURS.get(m.group(4)) or int(m.group(4))
        minutes = 30 if (m.group(1) or m.group(3)) == "half" else 15
        if m.group(2) in ("to", "till", "til"):
            hour, minutes = hour - 1, 60 - minutes
        clock = _clock(hour, minutes, m.group(5)) if m.group(5) else _business_hour(hour, minutes)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=not m.group(5) and _guessed(hour)))
    for m in re.finditer(
        r"(?<![a-z0-9:.])(?:at\s+|@\s*|um\s+|a\s+las?\s+|(?:上午|下午|晚上|早上|中午)\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*"
        r"(a\.?m\.?|p\.?m\.?|uhr)(?![a-z])",
        lower,
    ):  # German "14 Uhr", "um 9 Uhr", "10:30 Uhr": a clock of 24 hours (1 to 6 in business hours); "下午3pm"
        if m.group(3) == "uhr":
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            clock = _business_hour(hour, minute) if 1 <= hour <= 6 else _clock(hour, minute, None)
        else:
            clock = _clock(int(m.group(1)), int(m.group(2) or 0), m.group(3))
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(
        # (not a span of hours: "in 2h", "spent 3h", "a 2h meeting", "24h support")
        r"(?<![\w.,:])(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bevery )(?<!\bper )(?<!\ba )(?<!\bspent )"
        r"(?<!\btook )(?:at\s+|@\s*|às\s+|as\s+)?(\d{1,2})h(\d{2})?(?![\w])"
        r"(?!\s*(?:shifts?|ago|later|ahead|behind|turnaround|service|support|a day|per|/|long|drive|trip"
        r"|meeting|session|workshop|training|flight|of\b))",
        lower,
    ):  # Brazilian, French, Spanish "15h30", "9h", "às 10h": a clock of 24 hours (1 to 6 in business hours)
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        clock = _business_hour(hour, minute) if 1 <= hour <= 6 else _clock(hour, minute, None)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"(?<![\w.,:])(?:at\s+|@\s*)?([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|hours)\b", lower):
        # military and Gulf office time: "1500 hrs", "0930 hours" (a clock of 24 hours)
        clock = _clock(int(m.group(1)), int(m.group(2)), None)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"\bkl\.?\s?(\d{1,2})(?:[:.](\d{2}))?(?![\d:])", lower):
        # Nordic "kl. 10", "kl 14.30" (klockan, klokken): a clock of 24 hours (1 to 6 in business hours)
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        clock = _business_hour(hour, minute) if 1 <= hour <= 6 else _clock(hour, minute, None)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(
        r"\b(?P<part>morning|afternoon|arvo|evening|tonight|tonite)\s+(?:at\s+|@\s*)?"
        r"(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\b"
        r"|\b(?:at\s+)?(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?\s+(?:this|in the)\s+"
        r"(?P<part2>morning|afternoon|arvo|evening)\b",
        lower,
    ):  # "tomorrow afternoon 3", "this evening 6:30", "3 this afternoon": the hour in that part of the day
        part = m.group("part") or m.group("part2")
        clock = _clock(int(m.group("h") or m.group("h2")), int(m.group("m") or m.group("m2") or 0),
                       "am" if part == "morning" else "pm")  # fmt: skip
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in re.finditer(r"(?<![\d:])(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", lower):
        if not any(h.start <= m.start() < h.end for h in hits):
            hour = int(m.group(1))
            if 1 <= hour <= 6 and not m.group(1).startswith("0"):
                hour += 12  # "a call at 5:30" during business hours is 17:30 ("07:30" is written as meant)
            hits.append(Hit(m.start(), m.end(), clock=time(hour, int(m.group(2)))))
    for m in _GERMAN_HALF.finditer(lower):
        hour = _GERMAN_HOURS.get(m.group(1)) or int(m.group(1))
        clock = _business_hour(hour, 30)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in _SPANISH_CLOCK.finditer(lower):
        # Spanish "a las 6 de la tarde" (18:00), "a la 1", "a las 10:30", "a las 8 de la mañana"; bare, in
        # business hours as "at 3" is ("a las 10am" is read above, by its am)
        if any(h.start <= m.start("h") < h.end for h in hits):
            continue
        hour, minute, part = int(m.group("h")), int(m.group("m") or 0), m.group("part")
        if part is None:
            clock, guessed = _business_hour(hour, minute), _guessed(hour)
        else:
            clock, guessed = _clock(hour, minute, "am" if part == "mañana" else "pm"), False
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=guessed))
    # "at 17,500" is an amount with its thousands, not 17:00; so is "at 18 L", "at 40 k" (its multiplier);
    # "call bob @ 10" is at ten, "3 kits @ 20 each" a price
    for m in re.finditer(
        r"(?:\b(?:at|um|o)\s+|(?<![\w.])@\s*)(\d{1,2})\b(?![:.\d]|,\d|\s*(?:am|pm|%)|\s*(?:k|l|cr|lakhs?|lacs?|crores?"
        r"|grand|thousand|million|mn|bn|each|apiece|ea|per)\b)",
        lower,
    ):  # German "um 8", Polish "o 11"
        hour = int(m.group(1))
        if _PRICED_AT.search(lower, 0, m.start()) or COUNTED_AT.search(lower, 0, m.start() + 1):
            continue  # "go ahead at 20", "came back at 40", "6 kits @ 15": a figure without its unit
        if hour <= 23 and not any(h.start <= m.start() < h.end for h in hits):
            guessed = _guessed(hour)
            hour = hour + 12 if guessed else hour  # "at 3" during business hours is 15:00
            hits.append(Hit(m.start(), m.end(), clock=time(hour), guessed=guessed))
    for m in re.finditer(
        # (Polish "jutro rano", "po południu", said in English too)
        # ("afternoon tea w Clementine", Australian "morning tea": a meeting over tea, no time of day)
        r"\b(noon|midday|in the morning|morning(?!\s+tea)|in the afternoon|afternoon(?!\s+tea)|arvo"
        r"|in the evening|evening"
        r"|rano|po południu)\b",
        lower,
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            word = m.group(1).split()[-1]
            clock = {
                "noon": time(12),
                "midday": time(12),
                "morning": time(9),
                "rano": time(9),
                "południu": time(14),
                "afternoon": time(14),
                "arvo": time(14),  # Australian "afternoon"
                "evening": time(18),
            }[word]
            hits.append(Hit(m.start(), m.end(), clock=clock))
    for m in _AROUND_LUNCH.finditer(lower):  # "remind me 9/10 after lunch", "明天午饭后"
        if not any(h.start <= m.start() < h.end for h in hits):
            before = m.group("before") or m.group("before_cn")
            hits.append(Hit(m.start(), m.end(), clock=time(11) if before else time(13, 30)))
    for m in _cn_clock_matches(text, dates or []):
        if m.group(1) is None and re.match(r"\s*\d{1,2}:\d", m.group(0)):
            continue  # "7:30" without a Chinese part of the day: read above, in business hours
        minute_text = m.group(3) or ""
        minute = (
            30
            if minute_text == "半"
            else 15
            if minute_text == "一刻"
            else 45
            if minute_text == "三刻"
            else (cn_number(m.group(4)) if m.group(4) else 0)
        )
        hour = cn_number(m.group(2))
        meridiem = m.group(1) or ("下午" if 1 <= hour <= 6 else None)
        clock = _clock(hour, minute, meridiem)
        if clock:
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=not m.group(1) and _guessed(hour)))
    for m in re.finditer(r"(上午|下午|中午|晚上|早上)(?!\s*[0-9零一二两三四五六七八九十])", text):
        clock = {"上午": time(9), "早上": time(9), "中午": time(12), "下午": time(14), "晚上": time(19)}[
            m.group(1)
        ]
        hits.append(Hit(m.start(), m.end(), clock=clock))
    # "at 10.30", "om 14.30", "monday 10.30": a clock written with a dot (British, Dutch, German), after "at"
    # or a day word (not "priced at 10.50k", "10.30 per unit": a figure)
    for m in re.finditer(
        r"(?:\b(?:at|om|um|from|by|around|before|after|till|until)\s+|@\s*|(?<=[a-z.] ))"
        r"([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,%]|\s*(?:k|m|mn|bn|eur|euros?|usd|dollars?|per|each|ea)\b)",
        lower,
    ):
        after_day = any(d.end == m.start() - 1 and lower[d.start].isalpha() for d in dates or [])
        if _PRICED_AT.search(lower, 0, m.start()) or not (m.start() < m.start(1) or after_day):
            continue  # (nothing before it but a day word: "monday 10.30")
        if not any(h.start <= m.start(1) < h.end for h in hits):
            hour = int(m.group(1))
            if 1 <= hour <= 6 and not m.group(1).startswith("0"):
                hour += 12  # "at 3.30" during business hours is 15:30
            hits.append(Hit(m.start(), m.end(), clock=time(hour, int(m.group(2)))))
    # "tmrw 10", "fri 3", "friday around 2": a bare hour right after an English day word (roughly or not),
    # nothing after it but a break
    for m in re.finditer(
        r"(?<=[a-z.] )(?:(?:around|about|abt|approx|roughly)\s+|~\s*)?(\d{1,2})"
        r"(?=\s*(?:$|[,;.!?)]|\s-|\s(?:and|then|to|for|w/?|with|re)\b))",
        lower,
    ):
        after_day = any(d.end == m.start() - 1 and lower[d.start].isalpha() for d in dates or [])
        clock = _business_hour(int(m.group(1)), 0)
        if after_day and clock and not any(h.start <= m.start() < h.end for h in hits):
            hits.append(Hit(m.start(), m.end(), clock=clock, guessed=_guessed(int(m.group(1)))))
    return hits
