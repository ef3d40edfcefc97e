"""Doubts read by i36-doubts (session 36, issue 13), as properties of the words, in wordings of our own (no
evaluation set's); the clock is Thu 2029-04-26 10:20 local.

What made the reader certain, and what should have made it doubt (or be sure):

- a weekday said with a day of the month it does not fall on, the day written with its ordinal before the
  month ("Wednesday 10th May" when the 10th is a Thursday): which day is asked;
- a field of a record said to change with no value anywhere in its sentence, the field first or the verb
  first ("the stage has to be updated", "金额要更新一下", "结案日要改"): to what is asked, nothing noted;
- whether to change it, asked of ourselves ("could we …", "do we want to …", "可以…了吗"): asked; a request
  to us ("can you …") stays an order;
- an outcome wondered about with the writer's own belief (a tag asking to be agreed with, "没黄吧？", or
  hedged evidence beside the question): answered and asked, nothing stored;
- their not answering ("一直不回邮件") is no e-mail of ours;
- two days said with a reminder, one of them an event's ("the fair ends on the 14th, remind me on the
  16th"): the reminder is on the day said with the reminding, one reminder only; "the 15th of next month"
  is that day, not the month's first;
- two days side by side called equally fine ("周二周三都行"): which is asked;
- a date said for the close-date field named before it ("close date, it's may 31 now", "签约日期更新一下
  改到6月20号"): the close, no reminder.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, f"/deal {HY} 300000 CNY proposal", f"/deal {LF} 30000 USD proposal")


ASKED = [
    # a weekday the day does not fall on, the ordinal before the month
    (CHI, "remind me to ring dana at lakeview freight, Wednesday 10th May"),
    (CHI, "lakeview freight visit Monday 8th May, remind me"),
    # a field to change, no value in the sentence
    (CHI, "lakeview freight deal stage has to be updated"),
    (CHI, "the stage for lakeview freight needs changing"),
    (SH, "昆山宏远 金额要更新一下"),
    (SH, "昆山宏远 结案日要改"),
    # whether to change it, asked of ourselves
    (CHI, "could we bump lakeview freight to negotiation"),
    (CHI, "do we want to move lakeview freight to negotiation"),
    (SH, "昆山宏远 可以改成谈判阶段了吗"),
    # an outcome wondered about with the writer's belief
    (SH, "昆山宏远这单没黄吧？"),
    (CHI, "lakeview freight hasn't walked, right?"),
    (CHI, "did lakeview freight sign? dana's voicemail sounded like good news"),
    (SH, "昆山宏远陈总一直不回邮件，这单不会丢吧？"),
    # two days side by side, said equally fine
    (SH, "周二周三都行 提醒我给昆山宏远陈总打电话"),
    # the currency to change, none said
    (SH, "昆山宏远 币种要改一下"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_doubt_the_words_carry_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "field", "value"),
    [(CHI, "can you move lakeview freight to negotiation", "stage", "negotiation"),
     (CHI, "lakeview freight stage needs updating to negotiation", "stage", "negotiation"),
     (SH, "昆山宏远 金额更新一下 改成32万", "amount", "320000"),
     (CHI, "update lakeview freight amount, 34k now", "amount", "34000"),
     (CHI, "change the lakeview freight close date, it's may 31 now", "expected_close", "2029-05-31"),
     (CHI, "need to update the lakeview freight close date to may 31", "expected_close", "2029-05-31"),
     (SH, "昆山宏远 签约日期更新一下 改到6月20号", "expected_close", "2029-06-20"),
     (SH, "昆山宏远 签约日期 明年1月15号", "expected_close", "2030-01-15")],
)  # fmt: skip
def test_the_same_said_as_an_order_or_with_its_value_is_stored(
    app, admin, chat, clock, zone, text, field, value
) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    customer = HY if zone == SH else LF
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    got = [str(d[field]).split(".")[0][: 10 if field == "expected_close" else None] for d in deals]
    assert got == [value], replies
    assert not exported(app, admin)["reminders"], replies  # the change itself is no task


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "day"),
    [(CHI, "remind me to ring dana at lakeview freight, Thursday 10th May", "2029-05-10"),
     (CHI, "lakeview freight trade show wraps up may 14, remind me to call dana on the 16th", "2029-05-16"),
     (SH, "昆山宏远 展会5月14号结束 16号提醒我给陈总打电话", "2029-05-16"),
     (SH, "昆山宏远 董事会5月9号开会 5月11号提醒我跟进", "2029-05-11"),
     (CHI, "remind me to call dana at lakeview freight on the 15th of next month", "2029-05-15")],
)  # fmt: skip
def test_the_reminder_is_on_the_day_said_with_the_reminding(app, admin, chat, clock, zone, text, day) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    due = [r["due_at"][:10] for r in exported(app, admin)["reminders"]]
    assert due == [day], replies
    assert not [a for a in exported(app, admin)["activities"] if a["kind"] != "note"], replies
