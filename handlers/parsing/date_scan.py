"""One text being read for dates: the words found so far and where they are, in the order the readers found
them (a later reader may skip words an earlier one already took)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from handlers.parsing.date_order import Order, numeric_order

_BY_SUFFIX = re.compile(r"之前|以前|前(?!往|去|来)")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    day: date | None = None
    clock: time | None = None
    moment: datetime | None = None  # a full instant ("in 2 hours")
    named: bool = False  # a day a holiday names ("节后"): a date said right after it says which exactly
    loose: bool = False  # a holiday said with no before / after / on ("slipping past memorial day")
    disagrees: bool = False  # said with a weekday it does not fall on ("close friday 5/3"): which is asked
    impossible: bool = (
        False  # a day its month does not have ("31/04", "2月30号"): `day` is the month's last; asked
    )
    # 年底 said before the Spring Festival: the lunar year's end, weeks away, or December's? asked
    two_calendars: bool = False
    # an hour said with no am/pm nor part of the day ("at 3", "明天三点"), read in business hours (15:00):
    # a plan made on it is asked (`When.hour_guessed`)
    guessed: bool = False
    # a weekday said on that weekday with no this / next ("周三晚上七点" on a Wednesday): with a clock still
    # ahead today, today or in a week? asked (with none, or one gone by, the reading stands)
    on_itself: bool = False


@dataclass
class DateScan:
    text: str
    today: date
    now_local: datetime
    past: bool  # the text reports what happened: a bare weekday is the last one
    hits: list[Hit] = field(default_factory=list)
    lower: str = field(init=False)
    order: Order = field(init=False)  # how the user writes "3/2" (from the zone of `now_local`)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.order = numeric_order(self.now_local.tzinfo)

    def add(
        self,
        match: re.Match[str],
        *,
        day: date | None = None,
        clock: time | None = None,
        moment: datetime | None = None,
        named: bool = False,
        loose: bool = False,
        impossible: bool = False,
        disagrees: bool = False,
        two_calendars: bool = False,
        on_itself: bool = False,
    ) -> None:
        """A date found at `match`; a "by" said right after it (周五前, 月底之前) is part of its words."""
        end = match.end()
        suffix = _BY_SUFFIX.match(self.text, end)
        self.hits.append(
            Hit(
                match.start(),
                suffix.end() if suffix else end,
                day,
                clock,
                moment,
                named,
                loose,
                disagrees=disagrees,
                impossible=impossible,
                two_calendars=two_calendars,
                on_itself=on_itself,
            )
        )
