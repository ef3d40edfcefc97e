"""Session 43: close dates said in other words, and details said as guesses (issue 13).

"June end" (Indian English for the end of June) is the month's last day, not its first; an English date
run straight into Chinese ("合同预计end of July签") is read as one. A signing "after the Spring Festival"
or "in the next financial year" names no day, and a title said as a guess ("head of ops I think, or
maybe ops manager") is no title to store: each is asked, nothing guessed is written.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

ASKED = ("I'll store:", "我将保存：", "?", "？")


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("customer", "text", "close"),
    [(LF, "lakeview freight expects closure by June end", "2029-06-30"),
     (LF, "lakeview - signing by sept-end as per Dana", "2029-09-30"),
     (HY, "昆山宏远陈总说合同预计end of July签", "2029-07-31")],
)  # fmt: skip
def test_a_month_end_in_other_words_is_the_close(app, admin, chat, clock, customer, text, close) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {customer} 30000 USD proposal")
    reply = texts(chat.send(text))
    if "I'll store" in reply or "我将保存" in reply:
        reply += texts(chat.send("1"))
    after = exported(app, admin)
    assert [d["expected_close"] for d in after["deals"]] == [close], reply
    assert not after["reminders"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("customer", "text"),
    [(HY, "昆山宏远陈总说过了农历新年再签"),
     (LF, "lakeview reckon they'll sign in the next fiscal year")],
)  # fmt: skip
def test_a_signing_with_no_day_is_asked(app, admin, chat, clock, customer, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {customer} 30000 USD proposal")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin) == before


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["Dana at lakeview got moved up, head of logistics I think or maybe ops manager, will confirm",
     "昆山宏远的陈国栋好像升了副总吧，我再确认下"],
)  # fmt: skip
def test_a_title_said_as_a_guess_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin)["customers"] == before["customers"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "due"),
    [("remind me to drop by lakeview friday around 9 to see Dana", "2029-04-27T01:00:00+00:00"),
     ("remind me to ring Dana at lakeview monday about 11, re the invoice", "2029-04-30T03:00:00+00:00")],
)  # fmt: skip
def test_an_hour_said_roughly_after_a_day_is_the_reminders_time(app, admin, chat, clock, text, due) -> None:  # type: ignore[no-untyped-def]
    """A bare hour after a day word is read in business hours (3 is 15:00), "around" it or not."""
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    assert [r["due_at"] for r in exported(app, admin)["reminders"]] == [due], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("sent", "customer", "text"),
    [((2030, 1, 20), HY, "昆山宏远陈总说明年春节前签合同"),  # the coming festival (Feb 3) or 2031's?
     ((2029, 4, 26), HY, "昆山宏远陈总说下半年签"),
     ((2029, 4, 26), LF, "lakeview reckon they'll close this FY"),
     ((2029, 4, 26), LF, "lakeview says they sign in the second half")],
)  # fmt: skip
def test_a_signing_in_a_stretch_with_no_day_is_asked(app, admin, chat, clock, sent, customer, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {customer} 30000 USD proposal")
    clock.set(datetime(*sent, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert any(word in reply for word in ASKED), reply
    assert exported(app, admin)["deals"] == before["deals"], reply
