"""Corrections and reminders by cause (session 18), in words of their own: Quayside Tiles, Marrow & Finch,
云岭茶厂, 望海渔具. A correction in traditional characters, with an apology or filler after its value, a
stage or a person as the value, a person beside the customer, "scratch that, <value>", a denial that says
nothing right (taken back and asked), a correction of a message still asked about; a span of hours, a
reminder moved to a day, a colleague's plan.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from handlers.understanding.intents import (
    Correction,
    correction,
    denies_without_saying,
    drops_the_reminder,
    loose_correction,
    takes_back,
    value_after_why,
    withdraws_outcome,
)
from tests.conftest import texts
from tests.support.exported import exported

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])


# --- reading, no database ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fix"),
    [("打錯了，應該是45萬", Correction("45萬", None)), ("寫錯了，18萬應該是16萬", Correction("16萬", "18萬")),
     ("in pounds, sorry", Correction("pounds", None)), ("NOK, not euros", Correction("NOK", "euros")),
     ("是日元", Correction("日元", None)), ("that was monday btw", Correction("monday", None))],
)  # fmt: skip
def test_what_a_correction_puts_right(text, fix) -> None:
    assert correction(text) == fix


@pytest.mark.parametrize(
    ("text", "fix"),
    [("thursday, my bad", Correction("thursday", None)), ("ugh 52k*", Correction("52k", None)),
     ("scratch that, marrow and finch", Correction("marrow and finch", None))],
)  # fmt: skip
def test_a_loose_correction_without_a_leading_sorry(text, fix) -> None:
    assert loose_correction(text) == fix


@pytest.mark.parametrize(
    ("text", "denies"),
    [("nope, wrong one", True), ("hmm that's not right", True), ("不對不對", True), ("等一下，搞错", True),
     ("no", False), ("wrong number of tiles delivered", False), ("不对，是16万", False)],
)  # fmt: skip
def test_a_denial_that_says_nothing_right(text, denies) -> None:
    assert denies_without_saying(text) is denies


@pytest.mark.parametrize(
    ("text", "fix"),
    [("sorry not tue, wednesday", Correction("wednesday", "tue")), ("金额是21万", Correction("21万", None)),
     ("是47万", Correction("47万", None)), ("april 30 actually", Correction("april 30", None))],
)  # fmt: skip
def test_more_loose_corrections(text, fix) -> None:
    assert loose_correction(text) == fix


def test_i_slipped_and_what_stays_unchanged() -> None:
    said = "望海渔具进入谈判，云岭不变"
    assert correction(f"我说错了，是{said}") == Correction(said, None)
    assert correction("我打錯了，應該是12萬") == Correction("12萬", None)


def test_why_first_then_the_value_and_a_part_dropped() -> None:
    assert value_after_why("hold on, she's out tue. wednesday 3pm") == "wednesday 3pm"
    assert value_after_why("周二去不了，改成周四下午") == "周四下午"
    assert value_after_why("wait, who is this") == "who is this"  # a value only if it reads as one
    assert drops_the_reminder("ignore the reminder part, done already") and drops_the_reminder("不用提醒了")
    assert not drops_the_reminder("remind me to drop the reminder cards at quayside")


def test_take_backs_in_either_script_and_order() -> None:
    assert takes_back("撤回剛剛那條") and takes_back("不算，作废") and takes_back("撤回刚才那条记录")
    assert takes_back("nvm undo that, wrong account") and takes_back("撤回 pls，记重了")
    assert withdraws_outcome("還沒簽，撤回")
    assert not takes_back("撤回了报价的客户要重新联系")


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("tomorrow between 1 and 3", 13, 0), ("fri 10am-noon", 10, 0), ("thu 11-1pm", 11, 0),
     ("明天下午两点到三点半之间", 14, 0), ("周四上午9点至11点", 9, 0)],
)  # fmt: skip
def test_a_span_of_hours_is_planned_from_its_start(text, hour, minute) -> None:
    when = find_when(text, now=NOW, tz=ZoneInfo("Europe/Berlin"))
    assert when is not None and (when.at.hour, when.at.minute) == (hour, minute)
    assert when.spans[-1][1] >= len(text.rstrip("之间")) - 1  # the end of the span is part of it


def test_full_width_digits_are_digits() -> None:
    when = find_when("１２月３日下午３点", now=NOW, tz=ZoneInfo("Asia/Shanghai"))
    assert when is not None and (when.at.month, when.at.day, when.at.hour) == (12, 3, 15)


def test_counts_and_same_time_are_no_clock() -> None:
    assert find_when("3-4 weeks of rollout", now=NOW, tz=ZoneInfo("Europe/Berlin")) is None
    same = find_when("改到周五同一時間", now=NOW, tz=ZoneInfo("Asia/Shanghai"))
    assert same is not None and not same.has_time


# --- in the chat ---------------------------------------------------------------------------------


def _setup(chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Quayside Tiles")
    chat.send("/customer add Marrow & Finch")
    chat.send("/contact add Quayside Tiles: Ines Varga, title=buyer")
    chat.send("/contact add Quayside Tiles: Bruno Keel, title=site manager")
    chat.send("/contact add Marrow & Finch: Otto Lind, title=owner")


@on_one_backend
def test_a_stage_and_a_person_put_right(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("quayside tiles moved to negotiation")
    assert "Corrected" in texts(chat.send("actually qualified"))
    assert [(d["stage"], d["amount"]) for d in exported(app, admin)["deals"]] == [("qualified", 30000)]
    chat.send("called Ines at Quayside about grout colours")
    chat.send("I meant Bruno")
    assert [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]] == [
        ("Quayside Tiles", "Bruno Keel")
    ]


@on_one_backend
def test_the_customer_and_the_person_put_right_together(app, admin, chat) -> None:
    _setup(chat)
    chat.send("lunch with Ines from Quayside")
    chat.send("no wait, it was Otto from Marrow & Finch")
    assert [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]] == [
        ("Marrow & Finch", "Otto Lind")
    ]


@on_one_backend
def test_a_denial_saying_nothing_right_takes_back_and_asks(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("quayside tiles up to 34k")
    reply = texts(chat.send("hmm that's not right"))
    assert "Undone" in reply and "?" in reply
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [30000]


@on_one_backend
def test_scratch_that_with_a_value_corrects(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("quayside tiles up to 34k")
    chat.send("scratch that, 36k")
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [36000]


@on_one_backend
def test_a_correction_of_a_message_still_asked_about_asks_again_as_corrected(app, admin, chat) -> None:
    chat.send("/customer add Quayside Tiles")
    chat.send("/customer add Quayside Marine")
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("/deal Quayside Marine 12k lead")
    assert "Which customer" in texts(chat.send("quayside close moved to dec 18"))
    reply = texts(chat.send("sorry, dec 19"))
    assert "dec 19" in reply and "Which customer" in reply
    assert all(d["expected_close"] is None for d in exported(app, admin)["deals"])


@on_one_backend
def test_a_reminder_moved_to_a_day_keeps_its_time(app, admin, chat) -> None:
    _setup(chat)
    chat.send("remind me to call Otto at Marrow & Finch wed 10:30")
    chat.send("move my marrow reminder to thursday")
    (reminder,) = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert (due.day, due.hour, due.minute) == (26, 10, 30)


@on_one_backend
def test_a_colleagues_plan_is_not_ours(app, admin, chat, add_user) -> None:
    _setup(chat)
    add_user("Nadia Roos")
    assert "Jordan's plan" in texts(chat.send("Jordan from our team visits Ines at Quayside on friday"))
    assert "Nadia's plan" in texts(chat.send("Nadia is calling Otto at Marrow & Finch thursday"))
    assert exported(app, admin)["reminders"] == []
    assert "not yours" not in texts(chat.send("Otto at Marrow & Finch is visiting our plant thursday"))


@on_one_backend
def test_a_bare_number_the_new_amount_and_an_address_put_right(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("quayside tiles 30k -> 38k")
    chat.send("sorry, 36")  # in the unit of the amount it replaces, and the new one of "a -> b"
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [36000]
    chat.send("Otto at Marrow & Finch: email otto@marrowfinch.com")
    chat.send("no, it's otto.lind@marrowfinch.com")
    emails = {c["name"]: c["email"] for k in exported(app, admin)["customers"] for c in k["contacts"]}
    assert emails["Otto Lind"] == "otto.lind@marrowfinch.com"


@on_one_backend
def test_a_correction_of_a_message_that_changed_nothing(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    assert "already" in texts(chat.send("quayside tiles stage proposal"))
    chat.send("no wait, negotiation")
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["negotiation"]


@on_one_backend
def test_only_the_reminder_part_is_taken_back(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("quayside tiles 33k, and remind me thursday to send the tile samples")
    chat.send("ignore the reminder part, sent them already")
    data = exported(app, admin)
    assert data["reminders"] == [] and [d["amount"] for d in data["deals"]] == [33000]


@on_one_backend
def test_a_statement_again_for_another_customer_keeps_the_first_as_it_was(app, admin, chat) -> None:
    chat.send("/customer add 云岭茶厂")
    chat.send("/customer add 望海渔具")
    chat.send("/deal 云岭茶厂 8万 CNY proposal")
    chat.send("/deal 望海渔具 5万 CNY proposal")
    chat.send("云岭茶厂 进入谈判")
    chat.send("我说错了，是望海渔具进入谈判，云岭不变")
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"云岭茶厂": "proposal", "望海渔具": "negotiation"}
