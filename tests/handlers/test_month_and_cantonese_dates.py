"""Dates as Hong Kong reps say them (月尾 the month's end, 後日 the day after tomorrow, 尋晚 last night,
聽晚 tomorrow night, 今個月 this month) and a close date said as a whole month (its last day: a deal
closing "in march" is open until the 31st; a reminder in a month stays its start). Own wordings and
customers; Wednesday 2028-06-28 11:05 in Hong Kong / Berlin.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_store.transfer.exporter import export_data
from handlers.parsing.dates import find_when
from handlers.parsing.hanzi import simplified
from handlers.parsing.months import month_of_words

HONG_KONG = ZoneInfo("Asia/Hong_Kong")
NOW = datetime(2028, 6, 28, 11, 5, tzinfo=HONG_KONG)


@pytest.mark.parametrize(
    ("text", "at"),
    [("份合約預計9月尾先簽", "09-30 09:00"), ("今個月尾之前覆佢", "06-30 09:00"),
     ("後日朝早十點打畀佢", "06-30 10:00"), ("後日下晝兩點傾續約", "06-30 14:00"),
     ("聽晚八點提醒我", "06-29 20:00"), ("明晚8点给他打电话", "06-29 20:00"),
     ("下個月頭再約", "07-03 09:00")],
)  # fmt: skip
def test_cantonese_date_words_are_read(text, at) -> None:
    when = find_when(simplified(text), now=NOW, tz=HONG_KONG)
    assert when is not None and when.at.strftime("%m-%d %H:%M") == at


def test_last_night_in_cantonese_is_yesterday() -> None:
    when = find_when(simplified("尋晚同佢食飯"), now=NOW, tz=HONG_KONG, past=True)
    assert when is not None and when.at.strftime("%m-%d") == "06-27"


@pytest.mark.parametrize("text", ["之後日期再定", "以後日子長", "前後日期都可以"])
def test_hou_ri_inside_other_words_is_no_date(text) -> None:
    assert find_when(simplified(text), now=NOW, tz=HONG_KONG) is None


@pytest.mark.parametrize(
    ("words", "whole"),
    [("march", True), ("to feb", True), ("in september 2028", True), ("next month", True), ("4月", True),
     ("三月份", True), ("下个月", True), ("明年2月", True), ("early feb", False), ("march 3", False),
     ("3月中", False), ("mid march", False), ("by march", False)],
)  # fmt: skip
def test_a_whole_month_is_its_last_day_as_a_close(words, whole) -> None:
    day = datetime(2028, 3, 1).date()
    assert (month_of_words(words, day) == datetime(2028, 3, 31).date()) is whole


@pytest.fixture
def berlin_deals(chat):  # type: ignore[no-untyped-def]
    for line in ("/customer add Quillfeather Press", "/deal Quillfeather Press 40000 EUR proposal",
                 "/customer add 杭州青禾食品有限公司",
                 "/deal 杭州青禾食品有限公司 300000 CNY proposal"):  # fmt: skip
        chat.send(line)
    return chat


@pytest.mark.parametrize(
    ("message", "customer", "close"),
    [("quillfeather slipped to september", "Quillfeather Press", "-09-30"),
     ("quillfeather pushed the signing to november", "Quillfeather Press", "-11-30"),
     ("青禾的签约推到10月了", "杭州青禾食品有限公司", "-10-31"),
     ("青禾嗰單推到9月尾", "杭州青禾食品有限公司", "-09-30")],
)  # fmt: skip
def test_a_close_moved_to_a_month_is_that_months_end(
    app, admin, berlin_deals, message, customer, close
) -> None:
    replies = berlin_deals.send(message)
    for reply in replies:  # a card to confirm is saved: the date is what is checked here
        save = next((b for b in reply.buttons if b.label in ("Save", "保存")), None)
        if save is not None:
            berlin_deals.press(save.label)
    with app.db.transaction() as session:
        data = export_data(session, admin.org_id, now=app.clock())
    deal = next(d for d in data["deals"] if d["customer"] == customer)
    assert (deal.get("expected_close") or "").endswith(close), [r.text for r in replies]
