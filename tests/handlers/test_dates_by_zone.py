"""Dates that depend on where the writer is: "3/2" is 3 Feb in Sydney or London, Mar 2 in New York or
Shanghai, and asked about in Toronto or Hong Kong; a time said in another zone ("10am NZ time", "11am
Pacific", "东京时间下午3点") is converted to the user's own; a zone the words do not tell ("2pm her time")
is asked about. Own wordings and customers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.date_order import numeric_order
from handlers.parsing.dates import day_choices, find_when
from tests.conftest import texts
from tests.support.exported import exported

FRIDAY = datetime(2028, 1, 21, 7, 20, tzinfo=UTC)  # a Friday evening in Sydney, morning in Europe


def _when(text: str, zone: str):  # type: ignore[no-untyped-def]
    return find_when(text, now=FRIDAY, tz=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("zone", "order"),
    [("Australia/Sydney", "day_first"), ("Europe/London", "day_first"), ("Pacific/Auckland", "day_first"),
     ("Asia/Singapore", "day_first"), ("America/Sao_Paulo", "day_first"), ("America/New_York", "month_first"),
     ("America/Indiana/Indianapolis", "month_first"), ("Asia/Shanghai", "month_first"),
     ("Asia/Taipei", "month_first"), ("UTC", "month_first"), ("America/Toronto", "either"),
     ("America/Vancouver", "either"), ("Asia/Hong_Kong", "either")],
)  # fmt: skip
def test_the_order_of_a_numeric_date_comes_from_where_the_user_is(zone, order) -> None:
    assert numeric_order(ZoneInfo(zone)) == order


@pytest.mark.parametrize(
    ("text", "zone", "day"),
    [("ring the harbour office on 3/2", "Australia/Sydney", date(2028, 2, 3)),
     ("ring the harbour office on 3/2", "Europe/Berlin", date(2028, 2, 3)),
     ("ring the harbour office on 3/2", "America/Chicago", date(2028, 3, 2)),
     ("3/2提醒我跟进", "Asia/Shanghai", date(2028, 3, 2)),
     ("send the quote by 25/2", "America/Chicago", date(2028, 2, 25)),  # one reading only
     ("send the quote by 2/25", "Australia/Sydney", date(2028, 2, 25)),
     ("24/7 support line", "Australia/Sydney", None)],
)  # fmt: skip
def test_a_numeric_date_is_read_in_the_users_order(text, zone, day) -> None:
    when = _when(text, zone)
    assert (when.at.date() if when else None) == day


@pytest.mark.parametrize(
    ("words", "zone", "choices"),
    [("2/3", "America/Toronto", (date(2028, 2, 3), date(2028, 3, 2))),
     ("on 4/2", "Asia/Hong_Kong", (date(2028, 4, 2), date(2028, 2, 4))),
     ("2/3", "Australia/Sydney", None), ("2/3", "America/New_York", None),
     ("3/3", "America/Toronto", None), ("2/15", "America/Toronto", None)],
)  # fmt: skip
def test_where_both_orders_are_written_a_date_that_reads_two_ways_has_two_choices(
    words, zone, choices
) -> None:
    assert day_choices(words, date(2028, 1, 21), ZoneInfo(zone)) == choices


@pytest.mark.parametrize(
    ("text", "zone", "at", "left"),
    [("mon 10am NZ time ring the mill", "Australia/Sydney", "2028-01-24 08:00", "ring the mill"),
     ("thursday 4pm perth time - call re tender", "Australia/Sydney", "2028-01-27 19:00", "call re tender"),
     ("11am Pacific on Monday call the clinic", "America/Toronto", "2028-01-24 14:00", "call the clinic"),
     ("wed 9am vancouver time, callback", "America/Toronto", "2028-01-26 12:00", "callback"),
     ("call at 3pm (EST) tomorrow", "Europe/London", "2028-01-22 20:00", "call"),
     ("周一东京时间下午3点开视频会", "Asia/Shanghai", "2028-01-24 14:00", "开视频会"),
     ("禮拜二日本時間早上10點開會", "Asia/Taipei", "2028-01-25 09:00", "開會"),
     ("纽约时间周一早上9点提醒我给Kevin打电话", "Asia/Shanghai", "2028-01-24 22:00", "提醒我给Kevin打电话"),
     ("东京时间明天下午3点跟田中开视频会", "Asia/Shanghai", "2028-01-22 14:00", "跟田中开视频会"),
     ("倫敦時間下禮拜三上午10點打給Tom", "Asia/Taipei", "2028-01-26 18:00", "打給Tom"),
     ("the central office at 3pm monday", "America/Toronto", "2028-01-24 15:00", "the central office")],
)  # fmt: skip
def test_a_time_said_in_another_zone_is_converted_to_the_users_own(text, zone, at, left) -> None:
    when = _when(text, zone)
    assert when is not None and when.doubt is None
    assert when.at.strftime("%Y-%m-%d %H:%M") == at
    assert when.strip_from(text) == left


@pytest.mark.parametrize(
    ("text", "zone", "words"),
    [("call the mill tues 2pm her time", "Australia/Sydney", "her time"),
     ("demo at 10am local time on friday", "Europe/London", "local time"),
     ("周五美国时间上午9点开会", "Asia/Shanghai", "美国时间")],
)  # fmt: skip
def test_a_zone_the_words_do_not_tell_is_a_doubt(text, zone, words) -> None:
    when = _when(text, zone)
    assert when is not None and when.doubt == words


def _reminder_days(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    return sorted(r["due_at"][:10] for r in data["reminders"])


def test_a_date_that_reads_two_ways_in_toronto_is_asked_and_the_day_pressed_is_stored(
    app, admin, add_user
) -> None:
    from bot.console import ConsoleChat

    rep = ConsoleChat(app.assistant, add_user("Colette", timezone="America/Toronto").id)
    rep.send("/customer add Larchmont Dairy")  # hers: a reminder at a colleague's customer goes to the card
    replies = rep.send("follow up with larchmont dairy on 2/3 about the cooler")
    labels = [b.label for r in replies for b in r.buttons]
    assert any("Feb 3" in lab for lab in labels) and any("Mar 2" in lab for lab in labels), texts(replies)
    assert _reminder_days(app, admin) == []
    rep.press("Mar 2")
    assert [day[5:] for day in _reminder_days(app, admin)] == ["03-02"]


def test_a_time_in_her_zone_is_not_stored_on_a_guess(app, admin, add_user) -> None:
    from bot.console import ConsoleChat

    ConsoleChat(app.assistant, admin.id).send("/customer add Larchmont Dairy")
    rep = ConsoleChat(app.assistant, add_user("Kiri", timezone="Australia/Sydney").id)
    replies = rep.send("call Maeve at larchmont dairy tues 2pm her time")
    assert "her time" in texts(replies)
    assert _reminder_days(app, admin) == []


@pytest.mark.parametrize(
    ("zone", "press", "day"), [("America/Toronto", "Feb 3", "02-03"), ("Asia/Hong_Kong", "3月2日", "03-02")]
)
def test_a_remind_command_with_a_date_that_reads_two_ways_asks_like_free_text(
    app, admin, add_user, zone, press, day
) -> None:
    from bot.console import ConsoleChat

    ConsoleChat(app.assistant, admin.id).send("/customer add Larchmont Dairy")
    locale = "zh" if zone == "Asia/Hong_Kong" else "en"
    rep = ConsoleChat(app.assistant, add_user("Colette", timezone=zone, locale=locale).id)
    replies = rep.send("/remind Larchmont Dairy 2/3 10am call about the cooler")
    labels = [b.label for r in replies for b in r.buttons]
    assert len(labels) >= 2 and _reminder_days(app, admin) == [], texts(replies)
    rep.press(press)
    assert [d[5:] for d in _reminder_days(app, admin)] == [day]


def test_a_remind_command_reads_a_numeric_date_in_the_users_order_without_asking(
    app, admin, add_user
) -> None:
    from bot.console import ConsoleChat

    ConsoleChat(app.assistant, admin.id).send("/customer add Larchmont Dairy")
    rep = ConsoleChat(app.assistant, add_user("Emma", timezone="Australia/Sydney").id)
    rep.send("/remind Larchmont Dairy 2/3 3pm call about the cooler")  # 04:00 UTC, the same day
    assert [d[5:] for d in _reminder_days(app, admin)] == ["03-02"]
