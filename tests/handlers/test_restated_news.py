"""Corrections that restate the news, close dates said beside Chinese, questions by a period (i25-changes).

- "不对，X的还在…，是Y…" / "no wait, X is still …, it's Y that …" right after a change at X: X's change is
  undone and made at Y.
- "sorry, Thursday not Wednesday" after "the Wednesday after <holiday>": the weekday only is put right.
- "X close date改到…" moves the deal's close, not the customer's reminder.
- "what do i have closing <period>?" lists deals; "我聽日有咩提醒" lists reminders.
Own wordings and customers; the clock is Monday 2026-11-23 09:00 UTC (Berlin).
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


YF, SX, HL, HP = "宁波远帆物流有限公司", "绍兴远帆纺织有限公司", "Harbor Lane Dental", "Harbor Point Marine"


def _setup(chat) -> None:  # type: ignore[no-untyped-def]
    for name in (YF, SX, HL, HP):
        chat.send(f"/customer add {name}")
    for line in (f"/deal {YF} 80000 CNY proposal", f"/deal {SX} 50000 CNY qualified",
                 f"/deal {HL} 30000 EUR qualified", f"/deal {HP} 60000 EUR proposal",
                 f"/remind {YF} 回访王总 周四上午10点"):  # fmt: skip
        chat.send(line)


def _stages(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize(
    ("first", "fix", "right", "kept"),
    [("绍兴远帆进方案了", "不对，绍兴的还在初步阶段，是宁波远帆进谈判了", YF, SX),
     ("绍兴远帆进方案了", "不对不对，绍兴的还是初步阶段，是宁波远帆进谈判了", YF, SX),
     ("harbor lane moved to proposal",
      "no wait, harbor lane is still qualified, it's harbor point that moved to negotiation", HP, HL)],
)  # fmt: skip
def test_a_correction_that_restates_the_news_moves_the_change(app, admin, chat, first, fix, right, kept):  # type: ignore[no-untyped-def]
    _setup(chat)
    before = _stages(app, admin)
    chat.send(first)
    reply = texts(chat.send(fix))
    after = _stages(app, admin)
    assert after[kept] == before[kept], reply
    assert after[right] == "negotiation", reply


def test_a_close_date_said_beside_chinese_moves_the_close_not_the_reminder(app, admin, chat) -> None:
    _setup(chat)
    reminders = exported(app, admin)["reminders"]
    chat.send("宁波远帆物流close date改到12月20号")
    data = exported(app, admin)
    assert data["reminders"] == reminders
    closes = {d["customer"]: (d["expected_close"] or "")[:10] for d in data["deals"]}
    assert closes[YF].endswith("12-20")


def test_a_weekday_put_right_after_a_holiday_keeps_the_holiday(app, admin, chat) -> None:
    _setup(chat)
    chat.send("remind me to call Dana at Harbor Lane Dental the Tuesday after christmas")
    chat.send("sorry, Thursday not Tuesday")
    (reminder,) = [r for r in exported(app, admin)["reminders"] if r["customer"] == HL]
    assert reminder["due_at"][:10] > "2026-12-26"  # after the holiday, not the coming Thursday


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what do i have closing in december?", "Harbor Point Marine"),
        ("我聽日有咩提醒", "回访王总"),
        ("我這個禮拜有咩提醒", "回访王总"),
    ],
)
def test_a_question_by_a_period_is_answered(app, admin, chat, question, says) -> None:
    _setup(chat)
    chat.send("/deal Harbor Point Marine close 15 Dec 2026")
    before = exported(app, admin)
    if question.startswith("我聽日"):
        chat.send("/remind 宁波远帆物流有限公司 送资料 明天上午10点")
        says = "送资料"
        before = exported(app, admin)
    reply = texts(chat.send(question))
    assert says in reply
    assert exported(app, admin) == before
