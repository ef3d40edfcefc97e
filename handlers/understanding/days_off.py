"""A plan put on a day off: a reminder, a planned visit or a signing on a holiday where the user lives.

"set a f/u with sheila for memorial day", "提醒我五月一号给雷总打电话", "下周二签合同" (Tuesday 1 May):
the day is a public holiday of the user's country (its calendar, from the user's time zone:
`holiday_calendar`), or a day of a mainland break whose 调休 is not published yet (the third of May in
the five days of 五一). Nobody works then, so the day may be a slip, or the holiday may be what is meant:
the day is asked about on the card, with the holiday's name, instead of stored. An ordinary weekend is
not asked about, nor a day said as a period's end ("end of May", "月底"), an estimate anyway.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.context import Ctx
from handlers.parsing.hanzi import simplified
from handlers.parsing.holiday_calendar import country_of
from handlers.parsing.holidays import break_named, holiday_mentions
from handlers.resolve import NeedChoice, Option
from handlers.understanding import lexicon as lx
from handlers.understanding.kinds import KIND_PATTERNS
from handlers.understanding.reading import CJK, Reading, Step, moved

# The end of a period: a close said so is an estimate, not a day picked ("end of May", "月底", "Q2末").
_PERIOD_END = re.compile(r"\bend\b|\beo[mqy]\b|底|末|之前|以前|前", re.IGNORECASE)
# A day counted inside the break ("假期第三天", "五一假期第二天", "the second day of the break"): picked in it
# knowingly (the customer said they can be reached then), not a slip.
_COUNTED_IN = re.compile(
    r"第\S{1,2}[天日]|\b(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b", re.IGNORECASE
)
# A day of the new year by its lunar count ("初五"): picked knowingly for what the new year brings (a
# 拜年 visit, a 春茗, handing out 利是); else a meeting on 初三 is asked like any day off.
_LUNAR_DAY = re.compile(r"(?<![月年])初[一二三四五六七八九十]")
_FESTIVE = re.compile(r"拜年|团拜|春茗|开年|利是|利事|红包|贺年|新年|过年|年饭")  # read simplified


def read_days_off(reading: Reading, now: datetime, tz: ZoneInfo) -> None:
    """Each planned day that is a day off where the user lives goes to the reading's date doubts, in the
    user's words with the holiday's name ("the 28th of may (Memorial Day)", "五月一号（劳动节）"). Not when
    the message speaks of the break elsewhere ("他们五一只放三天五号就上班了…五月五号那天", "调休上班"):
    the day is picked knowingly. A reminder said by its weekday alone ("禮拜一 10am", "next Tue") is the
    user's own week as they see it and is stored; a signing, or a visit, meeting or demo with the customer
    (they must be at work too: "周三下午去X谈续约", "X demo wed 2pm"), on such a day is asked all the same."""
    country = country_of(tz)
    if country is None:
        return
    planned = [
        (step.due.astimezone(tz).date(), not _with_them_there(reading, step))
        for step in reading.steps
        if step.due is not None and not _desk_work(reading, step)
    ]
    if reading.close is not None:
        planned.append((reading.close, False))
    chinese = bool(CJK.search(reading.text))
    for day, reminded in dict.fromkeys(planned):
        name = break_named(country, day, chinese)
        if name is None:
            continue
        spans = _spans_of(reading, day, tz)
        if not spans:
            continue  # not said in this message
        words = " ".join(reading.text[a:b] for a, b in spans).strip()
        if _PERIOD_END.search(words) or _COUNTED_IN.search(words) or (reminded and _weekday_only(words)):
            continue
        if reminded and _named_knowingly(reading.text, name) and _AT_AN_HOUR.search(reading.text):
            continue  # "reminder ANZAC day 9am - check in w Shane", "清明那天上午提醒我…": the holiday and an
            # hour on it chosen ("remind me good friday call kavitha", no hour: still asked, S5's writer)
        if _LUNAR_DAY.search(words) and _FESTIVE.search(simplified(reading.text)):
            continue
        if day == reading.close and _BY_THEN.search(reading.text, max(0, spans[0][0] - 16), spans[0][0]):
            continue  # "expected to sign by 5/2": a deadline, not a signing on the holiday
        if day == reading.close and reading.close_kept:
            continue  # "closing date 14/4 remains same": the close on record, said again, nothing new to ask
        if _break_said_elsewhere(reading.text, spans, now.astimezone(tz).date(), country):
            continue
        said = " ".join(reading.said(span) for span in spans)
        named = f"{said}（{name}）" if chinese else f"{said} ({name})"
        doubt = said if name in said else named  # "on Good Friday": its name said already
        if doubt not in reading.date_doubts:
            reading.date_doubts.append(doubt)


# An hour of the day said: "9am", "10:30", "上午", "下午三点", "morning".
_AT_AN_HOUR = re.compile(
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|[上下中]午|早上|晚上|[点點]"
    r"|\b(?:morning|afternoon|evening|noon)\b",
    re.IGNORECASE,
)


def _named_knowingly(text: str, name: str) -> bool:
    """Whether the message names the holiday itself ("ANZAC day" of ANZAC Day, "清明" of 清明节)."""
    said = simplified(text).casefold()
    core = re.sub(r"(?:节|節|['’]s day|\s+day)$", "", simplified(name).casefold()).strip()
    return len(core) >= 2 and core in said


# A bound said right before a day: by then, not on it ("sign by 5/2", "no later than the 5th").
_BY_THEN = re.compile(r"\b(?:by|before|no later than|ahead of|latest by)\s+(?:the\s+)?$", re.IGNORECASE)


# Being with the customer on the day: a visit, a meeting, a call, a demo ("去美佳拜访", "跟高磊开会", "call
# carla", "demo at riverbend"): they must be at work too.
_WITH_THEM = re.compile(
    "|".join(KIND_PATTERNS[k].pattern for k in ("visit", "meeting", "call"))
    + r"|\bdemo\w*|\bsite\b|\btraining\b|\bworkshop\b|演示|培训|见面|拜访|上门|过去|去(?!年|信|函|电)",
    re.IGNORECASE,
)


# Being there with the customer: a visit, a meeting, a demo, training on site (not a call,
# made from anywhere).
_THERE_WITH_THEM = re.compile(
    "|".join(KIND_PATTERNS[k].pattern for k in ("visit", "meeting"))
    + r"|\bdemo\w*|\bsite\b|\btraining\b|\bworkshop\b|演示|培训|见面|拜访|上门|开会|去(?!年|信|函|电)",
    re.IGNORECASE,
)


def _with_them_there(reading: Reading, step: Step) -> bool:
    """A planned visit, meeting or demo with the customer (not a call or a nudge to oneself)."""
    said = simplified(step.text + " " + reading.text[step.start : step.end])
    return bool(_THERE_WITH_THEM.search(said))


# Work one does alone, said as a task: "send the quote", "write up the contract", "给X发邮件", "准备方案".
_DESK_TASK = re.compile(
    r"\b(?:send|sent|email|e-?mail|mail|write|draft|prepare|prep|update|finish|review|submit|check|quote|"
    r"invoice|file|print|post|order|renew|sort|fill|put together|do)\b"
    r"|发|写|准备|整理|提交|更新|核对|报价|邮件|做|改|填|寄",
    re.IGNORECASE,
)


def _desk_work(reading: Reading, step: Step) -> bool:
    """A reminder asked for in words ("提醒我…", "remind me to…") of work the user does alone on the day
    (send the quote, write the contract up: "明天上午十点提醒我给X发邮件"): the holiday is no reason to doubt
    the day, the user may work then. Not a visit, meeting or call, which needs the customer there too."""
    if not step.explicit or not lx.REMIND.search(reading.text):
        return False
    if not _DESK_TASK.search(simplified(step.text)):
        return False  # "remind me 5/3 for X": no work said, the holiday is asked about
    return not _WITH_THEM.search(step.text) and not _WITH_THEM.search(reading.text[step.start : step.end])


def _spans_of(reading: Reading, day: date, tz: ZoneInfo) -> tuple[tuple[int, int], ...]:
    """Where this message says `day` (the first date read that falls on it), counted from its start."""
    for at, when in reading.dates:
        if at >= 0 and when.spans and when.at.astimezone(tz).date() == day:
            return moved(when, at).spans
    return ()


# A weekday, perhaps with "next"/下 and a time of day, and no day of the month or month said with it.
_WEEKDAY = re.compile(
    r"(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])|(?:周|星期|礼拜)[一二三四五六日天]", re.I
)
_DAY_OF_MONTH = re.compile(
    r"\d{1,2}\s*(?:st|nd|rd|th)\b|\d{1,2}\s*[/.-]\s*\d{1,2}|[号日月]|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


# A weekday that is part of a holiday's own name: "Good Friday", "Black Friday", "Easter Monday".
_HOLIDAY_WEEKDAY = re.compile(
    r"\b(?:good|holy|black|easter|whit|boxing|cyber|ash|maundy)\s+(?:fri|mon|thu|wed)", re.IGNORECASE
)


def _weekday_only(words: str) -> bool:
    """A day said by its weekday alone ("next Tue"), not by its date nor by a holiday's name."""
    if _HOLIDAY_WEEKDAY.search(words):
        return False
    return bool(_WEEKDAY.search(words)) and not _DAY_OF_MONTH.search(_WEEKDAY.sub(" ", words))


# The break spoken of in its own words: "放假", "假期", "调休", "上班", "放三天", "holiday", "shut".
_BREAK_WORDS = re.compile(
    r"放假|假期|长假|调休|上班|返工|开工|休息|放[一二两三四五六七八九十\d]{1,2}[天日]"
    r"|加班|值班|照常|营业|开门"  # they work on the day: "骆总端午也加班", "照常营业"
    r"|\bholidays?\b|\bshut\b|\bday off\b",
    re.I,
)


def _break_said_elsewhere(text: str, spans: tuple[tuple[int, int], ...], today: date, country: str) -> bool:
    """Whether the message names a holiday or speaks of a break outside the plan's own date words."""
    rest = text
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return bool(_BREAK_WORDS.search(simplified(rest)) or holiday_mentions(rest.lower(), today, country))


DAY_OFF_KEY = "dayoff:"  # picks under "dayoff:<ISO day>" hold the answer: keep that day after all


def confirm_day_off(ctx: Ctx, at: datetime, said: str = "") -> None:
    """A reminder about to be moved to `at` on a day off where the user lives ("push the kpp reminder to
    memorial day", "那个提醒改到五月三号"): asked first, with the holiday's name; moved once confirmed.
    Not when the user named the day by its weekday (`said`: "川运王哥那个提醒改到周四下午三点"): the day
    they chose is the one they mean, as the blind sets S16 and S17 agree (a day counted or dated is asked)."""
    if said and _weekday_only(said):
        return
    day = at.astimezone(ctx.tz).date()
    name = break_named(country_of(ctx.tz), day, ctx.tr.language == "zh")
    if name is None or DAY_OFF_KEY + day.isoformat() in ctx.picks:
        return
    question = ctx._(
        "{day} is {holiday}, a day off where you are. Set it for that day anyway?",
        day=ctx.day(day),
        holiday=name,
    )
    raise NeedChoice(
        DAY_OFF_KEY + day.isoformat(), question, [Option(ctx._("Yes, {day}", day=ctx.day(day)), "yes")]
    )


__all__ = ["DAY_OFF_KEY", "confirm_day_off", "read_days_off"]
