"""A reminder already set, cancelled, moved or completed in free text, also inside a longer message
("cancel the X reminder, she has it already", "the X call on monday - push it to wed arvo",
"云帆2月2号的提醒推迟一周", "宁波恒远物流的回访取消"); one that fits several is asked about; news that only
shares a word with a reminder changes nothing. Own wordings and customers; the clock is Monday 2026-11-23
09:00 UTC (Berlin).
"""

from __future__ import annotations

import pytest

from crm_store.transfer.exporter import export_data
from tests.conftest import texts
from tests.handlers.reminder_setup import reminders_in_berlin

pytestmark = pytest.mark.reading


@pytest.mark.parametrize(
    ("message", "customer", "status", "due"),
    [("cancel the quillfeather reminder, Edda has the proofs", "Quillfeather Press", "cancelled", None),
     ("the quillfeather call on wed - push it to fri pm", "Quillfeather Press", "pending", "11-27 14:00"),
     ("my orchard lane reminder wednesday - make it 11am", "Orchard Lane Bakery", "pending", "11-25 11:00"),
     ("orchard lane reminder can be ticked off, samples went out", "Orchard Lane Bakery", "done", None),
     ("远帆物流的回访取消", "宁波远帆物流有限公司", "cancelled", None),
     ("青禾12月2号的提醒推迟一周", "杭州青禾食品有限公司", "pending", "12-09 16:00"),
     ("青禾那个提醒完成了", "杭州青禾食品有限公司", "done", None),
     ("遠帆的提醒往後延兩天", "宁波远帆物流有限公司", "pending", "11-28 10:00"),
     ("move the quillfeather call to fri same time", "Quillfeather Press", "pending", "11-27 10:00"),
     # the reason, in a clause after the change, names no day and moves nothing of ours
     ("cancel the orchard lane reminder - the owner is away until december 10", "Orchard Lane Bakery",
      "cancelled", None),
     ("取消远帆的提醒，王总说合同下个月再谈", "宁波远帆物流有限公司", "cancelled", None),
     ("scrap my quillfeather reminder, Edda says they're pushing the reprint to january",
      "Quillfeather Press", "cancelled", None),
     ("drop my orchard lane reminder, samples went out by courier", "Orchard Lane Bakery", "cancelled", None),
     # a move told as done, by them or by us; "snooze"
     ("Edda moved our quillfeather call to friday, same 2pm", "Quillfeather Press", "pending", "11-27 14:00"),
     ("远帆王总把回访挪到周五了", "宁波远帆物流有限公司", "pending", "11-27 10:00"),
     ("snooze my orchard lane reminder to 5pm", "Orchard Lane Bakery", "pending", "11-25 17:00"),
     ("青禾送年礼改咗去12月5號", "杭州青禾食品有限公司", "pending", "12-05 16:00"),
     # named loosely among your own few: what it is for, its contact, its day, no customer and no "reminder"
     ("push menu samples to thursday, same time", "Orchard Lane Bakery", "pending", "11-26 15:00"),
     ("回访王总那个改到周五", "宁波远帆物流有限公司", "pending", "11-27 10:00"),
     ("送年礼那个取消吧", "杭州青禾食品有限公司", "cancelled", None),
     ("change Edda call to friday 9am", "Quillfeather Press", "pending", "11-27 09:00"),
     ("orchard lane samples发了，reminder可以done了", "Orchard Lane Bakery", "done", None),
     # the new day said with "instead"
     ("Edda asked to do the reprint call on friday instead", "Quillfeather Press", "pending", "11-27 10:00")],
)  # fmt: skip
def test_a_reminder_already_set_is_changed_by_a_message_that_names_it(
    app, admin, four_reminders, message, customer, status, due
) -> None:
    before = reminders_in_berlin(app, admin)
    four_reminders.send(message)
    after = reminders_in_berlin(app, admin)
    changed = [r for r in after if r not in before]
    assert len(changed) == 1 and changed[0][0] == customer and changed[0][2] == status, texts([])
    if due:
        assert changed[0][1] == due
    assert len(after) == len(before)  # moved, not doubled


def test_a_day_with_two_reminders_is_asked_about(app, admin, four_reminders) -> None:
    replies = four_reminders.send("push my wednesday reminder to thursday")
    assert "Which reminder?" in texts(replies)
    four_reminders.press(next(b.label for r in replies for b in r.buttons if "menu samples" in b.label))
    assert ("Orchard Lane Bakery", "11-26 15:00", "pending") in reminders_in_berlin(app, admin)


@pytest.mark.parametrize(
    "message",
    ["quillfeather cancelled the reprint order", "orchard lane said the menu samples were great",
     "called Edda at quillfeather, cancel nothing yet", "quillfeather pushed the reprint to january"],
)  # fmt: skip
def test_news_that_shares_a_word_with_a_reminder_changes_no_reminder(
    app, admin, four_reminders, message
) -> None:
    before = [r for r in reminders_in_berlin(app, admin) if r[2] == "pending"]
    four_reminders.send(message)
    assert [r for r in reminders_in_berlin(app, admin) if r[2] == "pending" and r in before] == before


@pytest.mark.parametrize(
    ("message", "close"),
    [("远帆仓储系统签约推迟到1月底", "2027-01-31"), ("远帆的仓储系统签约推到1月底", "2027-01-31"),
     ("orchard lane POS rollout signing pushed to end of january", "2027-01-31")],
)  # fmt: skip
def test_a_signing_moved_for_a_deal_named_by_its_title_moves_the_deal_not_a_reminder(
    app, admin, four_reminders, message, close
) -> None:
    """The deal's title is also in a reminder's words ("跟王总过仓储系统合同"): a signing moved is the deal's
    close (a focus E message moved the reminder instead)."""
    four_reminders.send("/deal 宁波远帆物流有限公司 仓储系统 300000 CNY negotiation close 20 Dec 2026")
    four_reminders.send("/deal Orchard Lane Bakery POS rollout 20000 EUR negotiation close 20 Dec 2026")
    four_reminders.send("/remind 宁波远帆物流有限公司 跟王总过仓储系统合同 周五上午10点")
    four_reminders.send("/remind Orchard Lane Bakery go through the POS rollout contract with Dana fri 11am")
    before = [r for r in reminders_in_berlin(app, admin) if r[2] == "pending"]
    four_reminders.send(message)
    assert [r for r in reminders_in_berlin(app, admin) if r[2] == "pending"] == before
    with app.db.transaction() as session:
        deals = export_data(session, admin.org_id, now=app.clock())["deals"]
    moved = {(d["expected_close"] or "")[:10] for d in deals if d["title"] in ("仓储系统", "POS rollout")}
    assert close in moved
