"""Session 38's coordinator mends (issue 13), found trying the product as a new user in the terminal.

- "ok thx" under a card ("I'll store: … Is that right?") answered "Nothing to save in that" and passed the
  card over, so "sorry, make that 60万" right after it corrected the message stored *before* the card. Small
  talk now shows the card again, still waiting, and a correction after it puts that card right.
- "sorry, make that 60万" after "Jane's new mobile is +1 415 555 0199" put 60万 into the phone number
  ("+60万9") and offered a $609,000 deal: a phone number's digits are no amount to put right, so it asks.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("small_talk", ["ok thx", "thanks!", "收到", "👍"])
def test_small_talk_under_a_card_keeps_it_for_a_correction(app, admin, chat, clock, small_talk) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/log {LF}: call with Dana about rates")
    card = texts(chat.send("昆山宏远要再加两条产线，大概50万，也许下周四前给报价"))
    assert "Save" in " ".join(b.label for b in chat.buttons), card
    again = texts(chat.send(small_talk))
    assert "50万" in again or "500,000" in again, again  # the card, shown again
    assert "Nothing to save in that" not in again
    fixed = texts(chat.send("sorry, make that 60万"))
    assert "600,000" in fixed and "rates" not in fixed, fixed
    deals = exported(app, admin)["deals"]
    assert all(d["customer"] != LF for d in deals), deals  # the stored call was not "corrected"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_phone_number_is_no_amount_to_put_right(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send(f"{LF}: Dana's new mobile is +1 415 555 0199, she's now VP ops")
    before = exported(app, admin)
    reply = texts(chat.send("sorry, make that 60k"))
    assert "60k9" not in reply and "609" not in reply, reply
    after = exported(app, admin)
    assert after["deals"] == before["deals"] == [], after["deals"]
    assert after["customers"] == before["customers"]  # Dana's number stays as she gave it
    assert "0199" in str(after["customers"]), after["customers"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("asked", "shown", "not_shown"),
    [("what did dana do this week?", "walked the dock", "my own call"),
     ("what has Dana Reyes been up to this week", "walked the dock", "my own call"),
     ("who did dana visit this week", "walked the dock", "my own call"),
     ("蔡明这周拜访了哪些客户", "看了产线", "my own call"),
     ("蔡明这周干了啥", "看了产线", "walked the dock")],
)  # fmt: skip
def test_a_colleagues_work_in_a_period_is_their_history(
    app, admin, chat, clock, add_user, asked, shown, not_shown
) -> None:  # type: ignore[no-untyped-def]
    """It answered with the asker's own reminders of the week ("what did anna do this week"), or read
    "李伟这周拜访了哪些客户" as 李伟's plan."""
    from bot.console import ConsoleChat

    two_customers(chat, clock, "America/Chicago")  # Thursday 2029-04-26
    dana, cai = (
        add_user("Dana Reyes", timezone="America/Chicago"),
        add_user("蔡明", timezone="America/Chicago"),
    )
    ConsoleChat(app.assistant, dana.id).send(f"visited {LF}, walked the dock")
    ConsoleChat(app.assistant, cai.id).send(f"拜访了{HY}，看了产线")
    chat.send(f"called {LF}, my own call")
    before = exported(app, admin)
    replies = texts(chat.send(asked))
    assert shown in replies and not_shown not in replies, replies
    assert exported(app, admin) == before  # asked, nothing stored


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "said"),
    [("把去见客户那个提醒取消了", "去见客户"), ("cancel the reminder about the site visit", "site visit"),
     ("pls delete the pricing call reminder", "pricing call")],
)  # fmt: skip
def test_a_reminder_cancelled_that_none_of_yours_fits_says_so(app, admin, chat, clock, text, said) -> None:  # type: ignore[no-untyped-def]
    """These were "I didn't catch that", "Which customer was that about?" or a note card."""
    two_customers(chat, clock, "Asia/Shanghai", f"/remind {HY} 送样品 2029-05-01 10:00")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert "None of your open reminders" in reply and f"“{said}”" in reply, reply
    assert exported(app, admin) == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_news_beside_a_cancel_that_fits_no_reminder_is_still_read(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/remind {LF} call Dana about the rates tomorrow 10am")
    chat.send(f"rang dana at {LF} already today so bin tomorrow's reminder")
    after = exported(app, admin)
    assert [a["kind"] for a in after["activities"]] == ["call"], after["activities"]
