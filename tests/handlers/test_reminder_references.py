"""A reminder of your own pointed at by its time of day, its day, a span of days or its deed, with no
customer ("the 3pm one", "下午四点那个提醒", "12月那个提醒", "本周那个提醒", "that reminder"): the one that
fits is changed, several that fit are asked about; a reminder closed beside news that its deed was done
("rang Edda about the reprint, no need for the reminder", "年礼已经送了，那个提醒不用了"). Own wordings and
customers; the clock is Monday 2026-11-23 09:00 UTC (Berlin).
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.handlers.reminder_setup import reminders_in_berlin

pytestmark = pytest.mark.reading


@pytest.mark.parametrize(
    ("message", "customer", "status", "due"),
    [("the 3pm one, move it to thursday", "Orchard Lane Bakery", "pending", "11-26 15:00"),
     ("下午四点那个提醒推迟一天", "杭州青禾食品有限公司", "pending", "12-03 16:00"),
     ("12月那个提醒取消", "杭州青禾食品有限公司", "cancelled", None),
     ("把周四那个提醒改到下午三点", "宁波远帆物流有限公司", "pending", "11-26 15:00"),
     ("push the december one a day later", "杭州青禾食品有限公司", "pending", "12-03 16:00"),
     ("rang Edda about the reprint, no need for the reminder", "Quillfeather Press", "done", None),
     ("年礼已经送了，那个提醒不用了", "杭州青禾食品有限公司", "done", None),
     # a day in the news ("今天已经送过去了") is when it was done, not the reminder's day
     ("青禾的年礼今天已经送过去了 那个提醒完成了", "杭州青禾食品有限公司", "done", None)],
)  # fmt: skip
def test_a_reminder_pointed_at_by_what_is_said_of_it_is_changed(
    app, admin, four_reminders, message, customer, status, due
) -> None:
    before = reminders_in_berlin(app, admin)
    four_reminders.send(message)
    after = reminders_in_berlin(app, admin)
    changed = [r for r in after if r not in before]
    assert len(changed) == 1 and changed[0][0] == customer and changed[0][2] == status, texts([])
    if due:
        assert changed[0][1] == due
    assert len(after) == len(before)


@pytest.mark.parametrize(
    "message",
    ["the 10 o'clock one, push it to friday", "本周那个提醒取消", "cancel that reminder",
     "那个提醒往后推两天", "move the call to 4pm"],
)  # fmt: skip
def test_a_reminder_pointed_at_that_fits_several_is_asked_about(app, admin, four_reminders, message) -> None:
    if message == "move the call to 4pm":
        four_reminders.send("/remind 宁波远帆物流有限公司 call 王总 about the contract fri 9am")
    before = reminders_in_berlin(app, admin)
    replies = four_reminders.send(message)
    assert reminders_in_berlin(app, admin) == before
    assert "Which reminder?" in texts(replies) or "哪个提醒" in texts(replies)


QP, OL, YF, QH = "Quillfeather Press", "Orchard Lane Bakery", "宁波远帆物流有限公司", "杭州青禾食品有限公司"


@pytest.mark.parametrize(
    ("message", "expected"),
    [("cancel the orchard lane reminder and push the quillfeather call to friday",
      {(OL, "11-25 15:00", "cancelled"), (QP, "11-27 10:00", "pending")}),
     ("远帆那个提醒取消，青禾的推迟一天", {(YF, "11-26 10:00", "cancelled"), (QH, "12-03 16:00", "pending")}),
     ("drop the reminders for Edda and the menu samples, both sorted",
      {(QP, "11-25 10:00", "cancelled"), (OL, "11-25 15:00", "cancelled")}),
     ("远帆同青禾两个提醒都取消", {(YF, "11-26 10:00", "cancelled"), (QH, "12-02 16:00", "cancelled")})],
)  # fmt: skip
def test_two_changes_in_one_message_are_both_made(app, admin, four_reminders, message, expected) -> None:
    before = reminders_in_berlin(app, admin)
    four_reminders.send(message)
    after = reminders_in_berlin(app, admin)
    assert {r for r in after if r not in before} == expected
    assert len(after) == len(before)


def test_a_deal_word_names_the_reminder_when_no_customer_is_named(app, admin, four_reminders) -> None:
    """ "签合同那个推到…": with no customer named there is no deal to move; the words name the reminder."""
    four_reminders.send("/remind 杭州青禾食品有限公司 去青禾签合同 12月9号上午10点")
    before = reminders_in_berlin(app, admin)
    four_reminders.send("签合同那个推到12月10号")
    after = reminders_in_berlin(app, admin)
    assert [r for r in after if r not in before] == [(QH, "12-10 10:00", "pending")]


@pytest.mark.parametrize(
    "message", ["Fernhill Dental meeting 改到周五下午3点", "move the fernhill dental call to friday"]
)
def test_a_customer_with_no_reminder_names_no_other_customers_reminder(
    app, admin, four_reminders, message
) -> None:
    four_reminders.send("/customer add Fernhill Dental")
    before = [r for r in reminders_in_berlin(app, admin) if r[0] != "Fernhill Dental"]
    four_reminders.send(message)
    assert [r for r in reminders_in_berlin(app, admin) if r[0] != "Fernhill Dental"] == before
