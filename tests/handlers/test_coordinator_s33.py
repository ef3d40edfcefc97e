"""Session 33's coordinator mends (issue 13), found trying the product as a new user would.

- A person who *tells* that somebody else will take over is not the one who takes over: "陈生话之后换人
  接手" is asked (followed by whom?), not read as 陈生 introduced as a new contact, which stored nothing
  and answered "I didn't catch that".
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远陈国栋说之后会换人接手"),
     ("Asia/Hong_Kong", "昆山宏遠陳生話之後換人接手"),
     ("Asia/Shanghai", "昆山宏远的陈总讲下个月换人接替"),
     ("America/Chicago", "lakeview freight: dana said someone else takes over")],
)  # fmt: skip
def test_the_one_who_tells_of_a_handover_is_not_the_successor(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_successor_named_before_the_takeover_word_is_still_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    replies = texts(chat.send("昆山宏远陈总说他女儿陈佳接手了"))
    assert "陈佳" in str(exported(app, admin)["customers"]), replies
