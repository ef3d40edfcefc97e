"""Quarters and the year's end: "end of q1", "Q3 2027", "next quarter", "til q2", "after q2", "EOY",
"明年Q1", "第三季度", "季度末", "年底"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from handlers.parsing.calendar_math import add_months
from handlers.parsing.calendar_words import CN_WEEKDAYS
from handlers.parsing.date_scan import DateScan
from handlers.parsing.holidays import spring_festival

_UNTIL = re.compile(r"\b(until|till|til|before|b4)\s+$")
_AFTER = re.compile(r"\b(?:after|post)\s+$")


def read_quarters_and_years(scan: DateScan) -> None:
    """The end of a quarter or of the year (the day before or after it, when said so)."""
    lower, today, add = scan.lower, scan.today, scan.add
    festival = spring_festival(today.year)
    before_festival = festival is not None and today < festival
    for m in re.finditer(r"\b(?:eoy|end of (?:the |this )?year)\b|年底|年末|年尾|今年底", lower, re.ASCII):
        # a Chinese year's end said before the Spring Festival may be the lunar year's (年尾前 = before
        # 春节, weeks away) or December's: which is asked; 今年底 says December's
        said_year = m.start() > 0 and lower[m.start() - 1] in "今明去"
        lunar = before_festival and m.group(0)[0] == "年" and not said_year
        add(m, day=date(today.year, 12, 31), two_calendars=lunar)
    quarter_end_said = r"\b(?:eoq|end of (?:the |this )?(?:quarter|kwartaal))\b|季度末|本季度末|季末"
    for m in re.finditer(quarter_end_said, lower, re.ASCII):
        quarter_end = ((today.month - 1) // 3 + 1) * 3
        add(m, day=date(today.year, quarter_end, calendar.monthrange(today.year, quarter_end)[1]))
    for m in re.finditer(
        r"(?:(明年|下一?年|next year'?s?\s*|今年|this year'?s?\s*)\s*)?(?:\b(?:end of |eo)?(?:the )?)?"
        r"(?:(?<![a-z0-9])q([1-4])(?:\s*(20\d\d))?(?![a-z0-9])|(?:第?([一二三四1-4])季度)(?:末|底)?)",
        lower,
    ):
        quarter = int(m.group(2)) if m.group(2) else CN_WEEKDAYS[m.group(4)] + 1
        year = (
            int(m.group(3))
            if m.group(3)
            else today.year + (1 if m.group(1) and m.group(1)[0] in "明下n" else 0)
        )
        end = date(year, quarter * 3, calendar.monthrange(year, quarter * 3)[1])
        if end < today and not m.group(1) and not m.group(3):
            end = date(year + 1, quarter * 3, calendar.monthrange(year + 1, quarter * 3)[1])
        until = _UNTIL.search(lower, 0, m.start())
        if until:  # "budget frozen til q2": until Q2 starts; "before q3": the day before it does
            start = date(end.year, end.month - 2, 1)
            end = max(today, start - timedelta(days=1) if until.group(1) in ("before", "b4") else start)
        elif _AFTER.search(lower, 0, m.start()):  # "after q2": once Q2 is over
            end = end + timedelta(days=1)
        add(m, day=end)
    for m in re.finditer(r"\bnext quarter\b|下个?季度", lower, re.ASCII):
        next_end = add_months(date(today.year, ((today.month - 1) // 3) * 3 + 1, 1), 6) - timedelta(days=1)
        add(m, day=next_end)
