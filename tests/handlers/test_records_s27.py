"""Session 27's record mechanisms, read alone (no database; the chat is checked by the own set
benchmarks/understanding/own/records_s27.json). Fresh customers and wordings (not the own set's or focus
J's)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.understanding.reading import Reading
from tests.support.reading import reading_at

NOW = datetime(2027, 3, 9, 15, 0, tzinfo=UTC)  # a Tuesday afternoon


def reading_of(text: str, tz: str = "Asia/Shanghai") -> Reading:
    return reading_at(text, NOW, tz)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("松柏家居 定咗 33萬", None),
     ("松柏家居陳生話定咗九萬五", None),
     ("松柏家居 最后敲定了 二十八万", None),
     ("松柏家居那边谈定了十二万", None),
     ("松柏家居 落咗單，33萬", "won"),
     ("松柏家居 签了 二十八万", "won"),
     ("松柏家居的单子定了", "won"),
     ("松柏家居定了下周三签约", None)],
)  # fmt: skip
def test_a_figure_settled_is_the_amount_not_a_win(text: str, outcome: str | None) -> None:
    reading = reading_of(text, "Asia/Hong_Kong")
    assert reading.outcome == outcome
