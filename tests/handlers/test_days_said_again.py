"""Days named by what was said before them or counted from a holiday: a holiday's break said again
without its name ("佛誕之後…，假期後第一個工作日"), its nth day, the nth working day before or after it,
a customer's own break ("佢哋五一放五日，返工第一日"), "那天" / "that day", a weekday that says which
month a day is in ("Mon 28th"), and lengths of days that are no dates ("提早一日", "放五日"). Own
wordings; the clock is Thu 2029-04-26 10:20 local.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when, says_a_day_again

HK, SH, DUBLIN = ZoneInfo("Asia/Hong_Kong"), ZoneInfo("Asia/Shanghai"), ZoneInfo("Europe/Dublin")


def _day(words: str, zone: ZoneInfo, context: str = "") -> str | None:
    now = datetime(2029, 4, 26, 10, 20, tzinfo=zone)
    when = find_when(words, now=now, tz=zone, context=context)
    return when.at.date().isoformat() if when is not None else None


@pytest.mark.parametrize(
    ("context", "words", "zone", "day"),
    [("觀塘恒發話佛誕之後先覆，", "假期後第一個工作日下晝提我打電話", HK, "2029-05-22"),  # 05-20/21 off
     ("冒总说5.1放假期间也可以联系，", "假期第三天上午提醒我", SH, "2029-05-03"),
     ("熊丽说他们五一放四天，", "上班第一天上午提醒我去一趟", SH, "2029-05-07"),  # then a weekend
     ("向红梅说28号礼拜六她们加班，", "那天下午3点提醒我", SH, "2029-04-28"),
     ("", "端午前三個工作日打俾佢", HK, "2029-06-13"),  # 端午 Sat 06-16: 06-15, 06-14, 06-13
     ("", "五一假期第二天", SH, "2029-05-02"),
     ("", "是五一前最后一天", SH, "2029-04-30"),
     ("", "节后第二天下午", SH, "2029-05-08"),
     ("", "shut Mon 28th", DUBLIN, "2029-05-28"),  # the 28th of April is a Saturday
     ("", "thursday the 10th", DUBLIN, "2029-05-10")],
)  # fmt: skip
def test_a_day_said_again_or_counted_from_a_holiday_is_that_day(context, words, zone, day) -> None:
    assert says_a_day_again(words) or not context
    assert _day(words, zone, context) == day


@pytest.mark.parametrize("words", ["但會提早一日放", "佢哋放五日", "三日内回复"])
def test_a_length_of_days_is_no_date(words) -> None:
    assert _day(words, HK) is None


def test_a_break_said_again_with_no_holiday_before_it_names_no_day() -> None:
    assert _day("假期後第一個工作日提我", HK) is None
