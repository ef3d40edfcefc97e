"""Days counted from today: "tomorrow", "yesterday", "last night", "in 3 days", "two weeks ago",
"a fortnight", "明天", "后天", "前两天", "3天后", "半小时后"; Beijing's 今儿, 明儿, 昨儿, 后儿."""

from __future__ import annotations

import re
from datetime import time, timedelta

from handlers.parsing.calendar_math import add_months
from handlers.parsing.calendar_words import CN_NUM, DAYS_SAID_ABROAD, WORD_NUMBERS, cn_number, said_abroad
from handlers.parsing.date_scan import DateScan
from handlers.parsing.holiday_calendar import country_of

# The words of today that name no evening ("tonight" does).
_TODAY_NOT_EVENING = frozenset(
    {"today", "今天", "今日", "今儿", "今儿个", "heute", "hoy", "leo", *DAYS_SAID_ABROAD}
)


# Swahili "jana" (yesterday), where Swahili is spoken ("jana I met mzee Samuel …", "jana jioni"); written
# lower case at the head of a sentence and not before a capitalised word, as "Jana Nováková" is a name.
_SWAHILI_COUNTRIES = frozenset({"KE", "TZ", "UG", "RW", "BI"})
_SWAHILI_YESTERDAY = re.compile(r"\bjana\b(?!\s+[A-Z][a-zà-ž])")


def read_named_days(scan: DateScan) -> None:
    """Today, tonight, tomorrow, the day after, yesterday, last night ("明早", "后天", "昨晚")."""
    lower, today, hits, add = scan.lower, scan.today, scan.hits, scan.add
    # "後日" (Cantonese, 后日 once folded) too, not inside 之后日期 / 以后日子
    after_tomorrow = (
        r"\b(the\s+)?day after tomorrow\b|\b(?:übermorgen|uebermorgen|kesho\s+kutwa)\b|"
        r"\bdepois\s+de\s+amanh[ãa](?!\w)|\bpasado\s+mañana(?!\w)|"
        r"大后天|后天|后儿(?:个)?|(?<![之以今往然最随前日])后日(?!子|常|期)"
    )
    for m in re.finditer(after_tomorrow, lower):
        add(m, day=today + timedelta(days=3 if m.group(0) == "大后天" else 2))
    # German "morgen" (not "guten Morgen", "heute Morgen": a morning), "morgen früh" its morning
    for m in re.finditer(
        # Swahili "kesho", Portuguese "amanhã", Spanish "mañana" said in an English message
        rf"\b(tomorrow|tmrw?|tmr|tomorow|tommorow|tomoz|2moro|2morrow|{said_abroad('tomorrow')}"
        r"|(?<!la )mañana)(?!\w)"
        r"|明天|明日|明早|明晚|明儿(?:个)?|"
        r"(?<!guten )(?<!heute )(?<!am )\bmorgen\b(?:\s+früh)?",
        lower,
    ):
        if not any(h.start <= m.start() < h.end for h in hits):
            early = m.group(0) == "明早" or m.group(0).endswith("früh")
            clock = time(9) if early else time(19) if m.group(0) == "明晚" else None
            add(m, day=today + timedelta(days=1), clock=clock)
    for m in re.finditer(r"\blast\s+(?:night|nite|evening)\b|昨晚|昨天晚上|昨天夜里|昨儿(?:个)?晚上", lower):
        add(m, day=today - timedelta(days=1), clock=time(19))
    # "前日" (Cantonese and written Chinese), not in 提前日期 / 目前日程
    before_yesterday = (
        r"\b(?:the\s+)?day before yesterday\b|大前天|(?<![提大])前天|前儿个"
        r"|(?<![提大目之以日])前日(?![子期程])"
    )
    for m in re.finditer(before_yesterday, lower):
        add(m, day=today - timedelta(days=3 if m.group(0) == "大前天" else 2))
    yesterday = (
        rf"\b(yesterday|yday|ystd|ystday|yesterdy|yest|{said_abroad('yesterday')}|ayer)\b"
        r"|昨天|昨日|昨儿(?:个)?"
    )
    for m in re.finditer(yesterday, lower):
        if not any(h.start <= m.start() < h.end for h in hits):
            add(m, day=today - timedelta(days=1))
    if (country_of(scan.now_local.tzinfo) or "") in _SWAHILI_COUNTRIES:
        for m in _SWAHILI_YESTERDAY.finditer(scan.text):
            before = scan.text[: m.start()].rstrip()
            if not before or before[-1] in ".,;:!?":
                add(m, day=today - timedelta(days=1))
    today_words = (  # ("today morning", Indian English for this morning: `read_this_part_of_day`)
        r"\b(today(?!\s+(?:morning|afternoon|evening)\b)|tonight|tonite|2nite|tonigh|heute(?:\s+abend)?|hoy|leo(?=\s+saa\b)|"
        rf"{said_abroad('today')})\b"
        r"|今天|今日|今晚|今儿(?:个)?"
    )
    for m in re.finditer(today_words, lower):
        evening = m.group(0) not in _TODAY_NOT_EVENING
        add(m, day=today, clock=time(19) if evening else None)


def read_days_ago(scan: DateScan) -> None:
    """ "the other day", "3 days ago", "两周前", "前几天": days counted back from today."""
    text, lower, today, add = scan.text, scan.lower, scan.today, scan.add
    for m in re.finditer(
        r"(?<!提)前两天|(?<!提)前几天|\bthe other day\b|\ba couple (?:of )?days ago\b", lower
    ):
        add(m, day=today - timedelta(days=3 if m.group(0) == "前几天" else 2))
    for m in re.finditer(
        r"\b(\d+|an?|one|two|three|four|five|six|seven|ten|couple(?: of)?)\s+(days?|weeks?|wks?)\s+ago\b",
        lower,
    ):
        count_text = m.group(1).replace(" of", "")
        count = int(count_text) if count_text.isdigit() else WORD_NUMBERS.get(count_text, 1)
        add(m, day=today - timedelta(days=count * (7 if m.group(2).startswith("w") else 1)))
    for m in re.finditer(rf"({CN_NUM})\s*(天|个?星期|周)(?:前|以前|之前)", text):
        count = cn_number(m.group(1))
        add(m, day=today - timedelta(days=count * (1 if m.group(2) == "天" else 7)))


def read_this_part_of_day(scan: DateScan) -> None:
    """ "this morning", "this afternoon", "today morning", "今早", "一早": today at that part of the day."""
    lower, today, add = scan.lower, scan.today, scan.add
    for m in re.finditer(
        r"\b(?:this|today) (morning|afternoon|arvo|evening|am|pm)\b"
        r"|今早|(?:今天|今儿|今日)一早|(?<![周期拜天日儿一二三四五六七八九十号])一早(?!上)",
        lower,
    ):
        word = m.group(1) or "morning"
        clocks = {
            "morning": time(9),
            "am": time(9),
            "afternoon": time(14),
            "arvo": time(14),  # Australian "afternoon"
            "pm": time(14),
            "evening": time(18),
        }
        add(m, day=today, clock=clocks[word])


_OUT = re.compile(
    r"\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|wks?)\s+out\b"
    r"(?!\s+(?:from|of|to|before|after|on|at|in|for)\b)"
)


# Days ahead said in Polish inside English: "za tydzień" (in a week), "za dwa tygodnie", "za 3 dni", "za
# miesiąc" (in a month).
_POLISH_COUNTS = {"jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "piec": 5,
                  "sześć": 6, "szesc": 6}  # fmt: skip
_POLISH_UNITS: dict[str, int | str] = {
    **dict.fromkeys(("dzień", "dzien", "dni"), 1),
    **dict.fromkeys(("tydzień", "tydzien", "tygodnie", "tygodni"), 7),
    **dict.fromkeys(("miesiąc", "miesiac", "miesiące", "miesiace", "miesięcy", "miesiecy"), "month"),
}
_POLISH_ONE = frozenset({"dzień", "dzien", "tydzień", "tydzien", "miesiąc", "miesiac"})
_POLISH_AHEAD = re.compile(
    rf"\bza\s+(?:(\d{{1,2}}|{'|'.join(_POLISH_COUNTS)})\s+)?({'|'.join(_POLISH_UNITS)})(?!\w)"
)


def read_days_ahead(scan: DateScan) -> None:
    """ "in 3 days", "two weeks from now", "in a fortnight", "in 2 hours", "3天后", "半小时后"."""
    text, lower, today, now_local, add = scan.text, scan.lower, scan.today, scan.now_local, scan.add
    for m in re.finditer(
        r"\b(\d+|an?|one|two|three|four|five|six)\s+(days?|weeks?)\s+from\s+(now|today|tomorrow|tmrw)\b",
        lower,
    ):
        count = int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS.get(m.group(1), 1)
        start = today + timedelta(days=1 if m.group(3).startswith("t") and m.group(3) != "today" else 0)
        add(m, day=start + timedelta(days=count * (7 if m.group(2).startswith("week") else 1)))
    # "3 weeks out", "ten days out": that far from today ("out from the launch", "2 days out of 5": not)
    for m in _OUT.finditer(lower):
        count = int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS.get(m.group(1), 1)
        add(m, day=today + timedelta(days=count * (7 if m.group(2).startswith("w") else 1)))
    for m in re.finditer(r"\b(?:in\s+)?a\s+fortnight\b", lower):
        add(m, day=today + timedelta(days=14))
    unit_seconds = {"min": 60, "minute": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800}
    for m in re.finditer(
        r"\bin\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|couple(?: of)?)\s+"
        r"(mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?)\b",
        lower,
    ):
        count_text = m.group(1).replace(" of", "")
        count = int(count_text) if count_text.isdigit() else WORD_NUMBERS.get(count_text, 1)
        unit = m.group(2).rstrip("s").replace("wk", "week")
        if unit.startswith("month"):
            add(m, day=add_months(today, count))
        elif unit in ("day", "week"):
            add(m, day=today + timedelta(seconds=count * unit_seconds[unit]))
        else:
            add(m, moment=now_local + timedelta(seconds=count * unit_seconds[unit.rstrip("ute")]))
    for m in _POLISH_AHEAD.finditer(lower):  # "za tydzień", "za dwa tygodnie": in a week, in two weeks
        if m.group(1) is None and m.group(2) not in _POLISH_ONE:
            continue  # "za tygodnie" says no count
        count = int(m.group(1)) if (m.group(1) or "").isdigit() else _POLISH_COUNTS.get(m.group(1) or "", 1)
        unit = _POLISH_UNITS[m.group(2)]
        add(
            m, day=today + timedelta(days=count * unit) if isinstance(unit, int) else add_months(today, count)
        )
    for m in re.finditer(
        # (Cantonese "半個鐘之後", "一個鐘後": 个钟 is an hour)
        rf"({CN_NUM}|半)\s*(分钟|个?小时|个?钟头|个钟|天|个?星期|周|个?月)(?:后|以后|之后)",
        text,
    ):
        amount = 0.5 if m.group(1) == "半" else cn_number(m.group(1))
        unit = m.group(2).lstrip("个")
        if unit == "月" and amount == 0.5:  # 半个月: about two weeks, not this month's same day
            add(m, day=today + timedelta(days=15))
        elif unit == "月":
            add(m, day=add_months(today, int(amount)))
        elif unit in ("天",):
            add(m, day=today + timedelta(days=amount))
        elif unit in ("星期", "周"):
            add(m, day=today + timedelta(weeks=amount))
        elif unit == "分钟":
            add(m, moment=now_local + timedelta(minutes=amount))
        else:
            add(m, moment=now_local + timedelta(hours=amount))


# A day said again as "that day": "29号周日调休上班，那天上午10点提醒我", "返工第一日…，提醒我嗰日下晝跟進",
# "she's back on the 14th, call her that day".
# ("that morning at 8": that day's morning with its clock; with no clock it is an offset, see event_offsets)
# ("PO expected same day": the day of the signing said before it)
THAT_DAY = re.compile(
    r"那天|那日|当天|同一天|\bthat (?:same )?(?:day|morning|afternoon|evening)\b|\b(?:the )?same day\b",
    re.IGNORECASE,
)


def read_that_day(scan: DateScan) -> None:
    """ "那天", "that day": the day of the latest date said before it (run after every other reader)."""
    for m in THAT_DAY.finditer(scan.lower):
        before = [h for h in scan.hits if h.end <= m.start() and h.day is not None]
        if before and not any(h.start <= m.start() < h.end for h in scan.hits):
            scan.add(m, day=max(before, key=lambda h: h.end).day)
