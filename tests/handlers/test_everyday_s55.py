"""Session 55, everyday wordings from the blind development halves of focus S11 and S11b (issue 13).

- "琴日去咗穗安消防见谭总" then "唔系穗安，系穗港物流，见陈生": the customer was put right but the person
  seen was dropped with the wrong customer's contact (the visit stayed with no contact, silently).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
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
