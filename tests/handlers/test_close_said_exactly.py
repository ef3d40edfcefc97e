"""A close said loosely, then the day to write down for it ("预计六月中签，写6月15号", "should close mid June,
put down 14/06"): the day written is the close, and no reminder "写" / "put down" is made."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported


@pytest.mark.parametrize(
    ("message", "close"),
    [("琴岛海运预计六月中签，写6月15号", "06-15"),
     ("琴岛海运 should close mid june, put down june 14", "06-14"),
     ("琴岛海运 closing end of june, mark it as june 27", "06-27"),
     ("琴岛海运预计六月中旬签，填6月16号", "06-16")],
)  # fmt: skip
def test_the_day_written_is_the_close(app, admin, chat, message, close) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 青岛琴岛海运有限公司")
    chat.send("/deal 青岛琴岛海运有限公司 300000 CNY proposal")
    replies = chat.send(message)
    data = exported(app, admin)
    assert [d["expected_close"][5:] for d in data["deals"]] == [close], texts(replies)
    assert not [r for r in data["reminders"] if r["status"] == "pending"]
