"""Session 55, everyday wordings from the blind development halves of focus S11 and S11b (issue 13).

- "琴日去咗穗安消防见谭总" then "唔系穗安，系穗港物流，见陈生": the customer was put right but the person
  seen was dropped with the wrong customer's contact (the visit stayed with no contact, silently).
- "618当天早上9点提醒我…", "618那天有哪些要关单的？": the shopping festival's very day (asked what 当天 was;
  the question was not understood).
- "佢话618之前会覆我": their answer promised by a day, in Cantonese (asked whether to remind).
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
SHANGHAI = ZoneInfo("Asia/Shanghai")
THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=SHANGHAI)


@pytest.fixture
def reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Thursday 10 June 2032, 15:30 in Guangzhou."""
    clock.set(THURSDAY)
    out = {}
    for rep, zone, locale, setup in (
        ("麦颖珊", "Asia/Shanghai", "zh", (
            "/customer add 穗安消防设备有限公司, aliases=穗安消防", "/contact add 穗安消防设备有限公司: 谭伟棠, 总经理",
            "/customer add 穗港物流有限公司, aliases=穗港物流", "/contact add 穗港物流有限公司: 陈炳坤",
            "/customer add 穗丰食品有限公司, aliases=穗丰食品", "/contact add 穗丰食品有限公司: 曾文静",
        )),
        ("俞思远", "Asia/Shanghai", "zh", (
            "/customer add 杭州西溪电商有限公司, aliases=西溪电商",
            "/deal 杭州西溪电商有限公司 800000 CNY proposal close 2032-06-18",
            "/customer add 舟山海鲜冷链有限公司", "/deal 舟山海鲜冷链有限公司 330000 CNY proposal close 2032-06-25",
        )),
    ):  # fmt: skip
        out[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(out[rep], clock, *setup)
    return out


@SQLITE
def test_the_person_seen_comes_with_the_customer_put_right(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reps["麦颖珊"].send("琴日去咗穗安消防见谭总")
    reply = texts(reps["麦颖珊"].send("唔系穗安，系穗港物流，见陈生"))
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [("穗港物流有限公司", "陈炳坤")], reply


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [("618当天早上9点提醒我盯一下直播数据", date(2032, 6, 18), time(9)), ("618那天", date(2032, 6, 18), None),
     ("618当日下午3点", date(2032, 6, 18), time(15)), ("618坑位", None, None)],
)  # fmt: skip
def test_the_shopping_festivals_very_day(text: str, day: date | None, clock: time | None) -> None:
    when = find_when(text, now=THURSDAY, tz=SHANGHAI)
    assert (when.at.date() if when else None) == day
    assert clock is None or (when is not None and when.has_time and when.at.time() == clock)


@SQLITE
def test_which_deals_close_on_the_festivals_day(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("618那天有哪些要关单的？"))
    assert "杭州西溪电商" in reply and "舟山海鲜冷链" not in reply, reply
    assert exported(app, admin)["activities"] == [], reply


@SQLITE
def test_their_answer_promised_in_cantonese_is_no_reminder(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["麦颖珊"].send("去穗丰食品见咗曾文静，佢话618之前会覆我"))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [("穗丰食品有限公司", "曾文静")], reply
    assert data["reminders"] == [], reply
