"""The date reader keeps the hits of the texts it read last (a message is read for dates several times
over). The key must hold the zone: two zones' clocks at one instant compare equal, yet read two countries'
holidays ("after labor day" is a US day, nothing in London)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from handlers.parsing.dates import find_when, forget_read_texts

NOW = datetime(2029, 4, 10, 12, 0, tzinfo=UTC)  # Apr 10 in London and in Chicago


def test_the_same_instant_in_two_zones_reads_each_zones_holidays() -> None:
    forget_read_texts()
    chicago = find_when("call them after labor day", now=NOW, tz=ZoneInfo("America/Chicago"))
    london = find_when("call them after labor day", now=NOW, tz=ZoneInfo("Europe/London"))
    assert chicago is not None and chicago.at.date().isoformat() == "2029-09-04"
    assert london is None


def test_a_text_read_again_gives_what_it_gave_first() -> None:
    forget_read_texts()
    first = find_when("demo next tue 3pm, 下周三再跟进", now=NOW, tz=ZoneInfo("Asia/Shanghai"))
    again = find_when("demo next tue 3pm, 下周三再跟进", now=NOW, tz=ZoneInfo("Asia/Shanghai"))
    assert first == again and first is not None
