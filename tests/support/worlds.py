"""The small world several understanding chat tests start from: two customers with a contact each, at the
evaluation sets' clock (Thu 2029-04-26 10:20 in the user's own zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.console import ConsoleChat
from tests.support.clock import FakeClock

HY, LF = "昆山宏远精密有限公司", "Lakeview Freight"


def two_customers(chat: ConsoleChat, clock: FakeClock, zone: str, *more: str) -> None:
    """The clock and the user's zone set, 昆山宏远 (陈国栋) and Lakeview Freight (Dana Price) added, then
    `more` commands sent in order."""
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(zone)))
    chat.send(f"/tz {zone}")
    for name in (HY, LF):
        chat.send(f"/customer add {name}")
    chat.send(f"/contact add {HY}: 陈国栋, title=总经理")
    chat.send(f"/contact add {LF}: Dana Price, title=Buyer")
    for command in more:
        chat.send(command)
