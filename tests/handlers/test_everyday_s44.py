"""Session 44, an everyday mix of field messages (issue 13).

- A close said to come in a quarter with no day is asked, not stored as the quarter's end.
- A visit said done in Cantonese (去咗…見) is no doubt of the learned opinion.
- "提醒一下我" asks for a reminder on the day said before it; "telecon" is a call.
- A serial number is an identifier, not a figure to ask about; an assistant's number is not the contact's.
- A customer's news said with no one is a note, not a learned meeting.
- A state's holiday (NSW's King's Birthday) is asked about as the federal ones are; so is a lunar year-end
  day (年廿八); "马总那边说…" and "saw the doc today" ask which customer.
- "same time" keeps a moved reminder's hour; "雅悅個提醒唔使喇" cancels it.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.worlds import HY, LF, two_customers

# Thu 2029-04-26 10:20 in the user's zone (two_customers): the day after tomorrow is Sat 04-28.
CARD = ("I'll store", "我将保存")


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply or any(c in reply for c in CARD)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["Lakeview Freight says they'll sign in Q2", "昆山宏远那边说三季度签"])
def test_a_close_in_a_quarter_with_no_day_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Shanghai", f"/deal {LF} 50000 USD proposal", f"/deal {HY} 200000 CNY proposal"
    )
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert _asked(reply) and "how much" not in reply.lower() and "多少" not in reply, reply
    assert exported(app, admin)["deals"] == before["deals"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_cantonese_visit_with_a_new_figure_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong", f"/deal {HY} 1200000 HKD proposal")
    reply = texts(chat.send("今朝去咗昆山宏远見陈国栋，佢哋想加多兩部機，報價調到135萬"))
    data = exported(app, admin)
    assert not any(c in reply for c in CARD), reply
    assert [a["kind"] for a in data["activities"]] == ["visit"], reply
    assert [str(d["amount"]) for d in data["deals"]] == ["1350000"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["后天提醒一下我给昆山宏远陈国栋报价", "后天提醒下我给昆山宏远陈国栋报价"])
def test_remind_me_said_with_yixia_after_its_day(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2029-04-28"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_telecon_is_a_call(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    reply = texts(chat.send("telecon with Dana from Lakeview Freight, all fine"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_serial_number_is_no_figure_to_ask_about(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(chat.send("Dana from Lakeview Freight called about a warranty claim, serial number 4471-B"))
    assert not any(c in reply for c in CARD), reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_assistants_number_is_not_the_contacts(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    reply = texts(chat.send("Called Dana Price @ Lakeview Freight, her assistant's number is 98260 11223"))
    assert not people_of(app, admin)[(LF, "Dana Price")].get("phone"), reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_their_news_with_no_one_is_a_note_not_a_learned_meeting(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Australia/Sydney")
    reply = texts(
        chat.send("Lakeview Freight putting everything on hold till their expansion's done, nothing to chase")
    )
    if any(c in reply for c in CARD):
        reply += texts(chat.send("1"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["note"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_meeting_on_a_states_holiday_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """11 June 2029 is the King's Birthday in New South Wales (Sydney), not a federal holiday."""
    two_customers(chat, clock, "Australia/Sydney")
    before = exported(app, admin)
    reply = texts(chat.send("meeting w Dana at Lakeview Freight on 11 June"))
    assert "King" in reply, reply
    assert exported(app, admin)["reminders"] == before["reminders"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    [
        "年廿八約咗昆山宏远陈国栋食飯",
        "saw the doc today re the new rooms, went well",
        "马总那边说可以先签个框架协议",
    ],
)
def test_a_day_or_a_customer_that_is_unclear_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, reply)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_moved_to_a_day_at_the_same_time(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/remind {LF} call Dana about the renewal 30 Apr 10am")
    reply = texts(chat.send("push the Lakeview Freight reminder to the 20th same time"))
    assert [r["due_at"] for r in exported(app, admin)["reminders"]] == ["2029-05-20T15:00:00+00:00"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_not_needed_any_more_in_cantonese_is_cancelled(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong", f"/remind {HY} 4月30日下午3点 同陈国栋傾合約")
    reply = texts(chat.send("昆山宏远個提醒唔使喇，陈国栋話今個禮拜冇時間"))
    reminders = exported(app, admin)["reminders"]
    assert all(r.get("status") != "open" for r in reminders), (reply, reminders)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_phase_number_is_a_label_not_a_figure(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    reply = texts(
        chat.send(
            "Spoke with Dana at Lakeview Freight, they want phase 2 for the cold store. New deal of 18k USD"
        )
    )
    data = exported(app, admin)
    assert not any(c in reply for c in CARD), reply
    assert [str(d["amount"]) for d in data["deals"]] == ["18000"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_letter_they_say_will_come_by_a_day_is_theirs(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata", f"/deal {LF} 50000 USD negotiation")
    reply = texts(
        chat.send(
            "Called Dana at Lakeview Freight, she confirmed LOI will come by this Friday. "
            "Kindly update closing to 31st May."
        )
    )
    data = exported(app, admin)
    assert data["reminders"] == [], reply
    assert [d["expected_close"] for d in data["deals"]] == ["2029-05-31"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_delivery_brought_forward_moves_no_close_a_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai", f"/deal {HY} 200000 CNY negotiation")
    reply = texts(chat.send("上午给昆山宏远陈国栋打了电话他们想把交付提前合同推到5月28号签"))
    if any(c in reply for c in CARD):
        reply += texts(chat.send("1"))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2029-05-28"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_share_the_status_of_my_deals_is_a_question(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata", f"/deal {LF} 50000 USD negotiation close 30 Apr 2029")
    before = exported(app, admin)
    reply = texts(chat.send("Kindly share status of all my deals closing this month"))
    assert LF in reply, reply
    assert exported(app, admin) == before, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_signing_by_a_holiday_is_a_deadline_not_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """28 May 2029 is Memorial Day; "by" it is a deadline, not a signing on the holiday."""
    two_customers(chat, clock, "America/Chicago", f"/deal {LF} 50000 USD negotiation")
    reply = texts(chat.send("Lakeview Freight expected to sign by 5/28, pls update"))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2029-05-28"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_new_title_of_an_acronym_and_its_department(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    reply = texts(chat.send("Dana from Lakeview Freight called, she is now GM Operations for both sites."))
    assert people_of(app, admin)[(LF, "Dana Price")].get("title") == "GM Operations", reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "fix"),
    [("昆山宏远金额改成9万", "搞错了 金额不变 是进到谈判阶段"),
     ("Lakeview Freight amount now 90k", "sorry, amount unchanged, it moved to negotiation")],
)  # fmt: skip
def test_amount_kept_and_the_stage_set_instead(app, admin, chat, clock, first, fix) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, "Asia/Shanghai", f"/deal {HY} 80000 CNY proposal", f"/deal {LF} 80000 USD proposal"
    )
    reply = texts(chat.send(first)) + texts(chat.send(fix))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] in first or d["customer"][:4] in first]
    assert [(str(d["amount"]), d["stage"]) for d in deals] == [("80000", "negotiation")], reply
