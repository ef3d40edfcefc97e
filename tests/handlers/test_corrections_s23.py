"""Corrections of session 23 (i23-fix), each the rule of a family written first (own/fix_s23.json).

- A bare number right after a message with one clock time puts that time right ("make that 4" after "tmrw
  3pm" is 4pm, "make that 1" after "11am" is 1pm); it never replaces a name. A number that may be the day or
  the hour ("no, 4" after "the 3rd at 2pm") changes nothing.
- The answer to "which customer?" that names one choice first and says more after a comma or dash ("quayside
  marine, talked to otto") is read with the message asked about: its day and kind are kept.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from handlers.understanding.intents import value_after_why
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


def _setup(chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Marrow & Finch")
    chat.send("/contact add Marrow & Finch: Otto Lind, title=owner")
    chat.send("/customer add Quayside Tiles")
    chat.send("/customer add Quayside Marine")
    chat.send("/contact add Quayside Marine: Ines Varga, title=buyer")


def _due(app, admin) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    (reminder,) = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    return due.hour, due.minute, reminder["text"]


@pytest.mark.parametrize(
    ("first", "fix", "hour"),
    [
        ("remind me to call Otto at Marrow & Finch tmrw 3pm", "make that 4", 16),
        ("remind me to call Otto at Marrow & Finch friday 10am", "actually 11", 11),
        ("remind me to call Otto at Marrow & Finch tuesday 11am", "make that 1", 13),
        ("remind me tmrw 4pm to email Otto at Marrow & Finch the list", "make it 5 instead", 17),
        ("明天下午3点提醒我给Marrow & Finch的Otto打电话", "改成4", 16),
        ("提醒我周五上午10点去Marrow & Finch找Otto", "不对，11", 11),
    ],
)
def test_a_bare_number_puts_the_clock_time_right(app, admin, chat, first, fix, hour) -> None:
    _setup(chat)
    chat.send(first)
    reply = texts(chat.send(fix))
    assert _due(app, admin)[:2] == (hour, 0), reply
    assert "Otto" in _due(app, admin)[2], reply  # the number replaced no name


def test_a_bare_number_that_may_be_the_day_or_the_hour_changes_nothing(app, admin, chat) -> None:
    _setup(chat)
    chat.send("remind me to call Otto at Marrow & Finch on the 3rd at 2pm")
    chat.send("no, 4")
    assert _due(app, admin)[:2] == (14, 0)


def test_an_answer_naming_the_choice_and_saying_more_keeps_the_message_asked_about(app, admin, chat) -> None:
    _setup(chat)
    assert "Which customer" in texts(chat.send("called quayside yesterday"))
    reply = texts(chat.send("quayside marine, talked to ines"))
    (activity,) = exported(app, admin)["activities"]
    assert activity["customer"] == "Quayside Marine" and activity["kind"] == "call", reply
    assert activity["occurred_at"][:10] == "2026-11-22", activity  # yesterday, as the first message said
    assert activity.get("contact") == "Ines Varga", activity


def test_an_answer_that_names_no_single_choice_first_is_a_message(app, admin, chat) -> None:
    _setup(chat)
    assert "Which customer" in texts(chat.send("called quayside yesterday"))
    chat.send("called Otto at Marrow & Finch, he wants a quote")
    (activity,) = exported(app, admin)["activities"]
    assert activity["customer"] == "Marrow & Finch"


@pytest.mark.parametrize(
    ("fix", "customer", "amount"),
    [
        ("sorry, quayside marine - 38k", "Quayside Marine", 38000),
        ("ugh no - quayside marine, 38k", "Quayside Marine", 38000),
        ("不对，是Quayside Marine，38k", "Quayside Marine", 38000),
    ],
)
def test_the_right_customer_and_a_value_put_right_together(app, admin, chat, fix, customer, amount) -> None:
    _setup(chat)
    chat.send("/deal Quayside Tiles 30k proposal")
    chat.send("/deal Quayside Marine 12k proposal")
    chat.send("quayside tiles now 32k")
    reply = texts(chat.send(fix))
    deals = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert deals == {"Quayside Tiles": 30000, customer: amount}, reply


def test_a_decimal_point_is_no_clause_break(backend) -> None:  # type: ignore[no-untyped-def]
    assert value_after_why("不对，是侨乡陈皮，3.8万") == "3.8万"
    assert value_after_why("wait he's out wed. thursday 9am") == "thursday 9am"


@pytest.mark.parametrize(
    "news",
    [
        "done w the marrow & finch pricing call, otto was happy with the numbers",
        "sent otto the revised quote, tick off the marrow & finch reminder",
        "给孙悦然打电话催合同的事搞定了，她说这周内盖章",
    ],
)
def test_a_reminder_said_done_beside_news_is_done_and_the_news_logged(app, admin, chat, news) -> None:
    _setup(chat)
    chat.send("/customer add 深圳蓝鲸科技有限公司, alias=蓝鲸")
    chat.send("/contact add 深圳蓝鲸科技有限公司: 孙悦然, title=CTO")
    if "孙悦然" in news:
        chat.send("/remind 深圳蓝鲸科技有限公司 给孙悦然打电话催合同 tomorrow 10am")
    else:
        chat.send("/remind Marrow & Finch pricing call with Otto tomorrow 10am")
    reply = texts(chat.send(news))
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]] == ["done"], reply
    assert len(data["activities"]) == 1, reply
    assert all(d["status"] == "open" for d in data["deals"]), reply  # 搞定了 is the task done, no deal won


def test_done_of_a_task_no_reminder_has_leaves_the_reminders(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/remind Marrow & Finch pricing call with Otto tomorrow 10am")
    chat.send("site visit at marrow & finch done, otto showed us the warehouse")
    assert [r["status"] for r in exported(app, admin)["reminders"]] != ["done"]


def test_the_customer_named_only_with_the_reminder_stays_for_the_news(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/customer add Marrow Freight")
    chat.send("/contact add Marrow Freight: Otto Berg, title=buyer")
    chat.send("/remind Marrow & Finch send revised quote to Otto tomorrow 10am")
    reply = texts(chat.send("sent otto the revised quote already, cross off the marrow & finch reminder"))
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]] == ["done"], reply
    assert [a["customer"] for a in data["activities"]] == ["Marrow & Finch"], reply


@pytest.mark.parametrize(
    ("first", "change", "when"),
    [
        (
            "/remind Marrow & Finch pricing call with Otto 2026-11-25 10am",
            "marrow pricing call is now thursday 2pm",
            (26, 14),
        ),
        (
            "/remind Marrow & Finch pricing call with Otto 2026-11-25 10am",
            "can u snooze the marrow call on wed till 11",
            (25, 11),
        ),
        (
            "/remind Marrow & Finch pricing call with Otto 2026-11-25 3pm",
            "push the marrow & finch reminder to 4",
            (25, 16),
        ),
        (
            "/remind Marrow & Finch 跟Otto确认报价 2026-11-25 10am",
            "Marrow & Finch确认报价的提醒推到11",
            (25, 11),
        ),
        (
            "/remind Marrow & Finch contract call with Otto 2026-11-25 10am",
            "marrow contract call slipped a day, same time",
            (26, 10),
        ),
        (
            "/remind Marrow & Finch 倉庫系統演示 2026-11-25 3pm",
            "Marrow & Finch個倉庫系統演示押後一日",
            (26, 15),
        ),
    ],
)
def test_a_reminder_moved_in_other_words_moves(app, admin, chat, first, change, when) -> None:
    _setup(chat)
    chat.send(first)
    reply = texts(chat.send(change))
    (reminder,) = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert (due.day, due.hour) == when, reply


@pytest.mark.parametrize(
    ("news", "reminders"),
    [
        ("call w marrow & finch, otto will send the artwork next week", 0),
        ("called otto at marrow & finch, marrow & finch is going to confirm the order next week", 0),
        ("call w otto at marrow & finch, will send him the artwork next week", 1),
        ("called otto at marrow & finch, I'll send the price list next week", 1),
    ],
)
def test_their_plan_for_a_period_with_a_named_subject_is_no_reminder(
    app, admin, chat, news, reminders
) -> None:
    _setup(chat)
    reply = texts(chat.send(news))
    if reminders:  # our own task in a week with no day: which day of it is asked, then it is stored
        assert "Which day" in reply, reply
        reply = texts(chat.press("Mon"))
    data = exported(app, admin)
    assert len(data["activities"]) == 1, reply
    assert len(data["reminders"]) == reminders, reply


def test_a_days_reminder_moved_to_a_bare_hour(app, admin, chat) -> None:
    _setup(chat)
    chat.send("/remind Marrow & Finch pricing call with Otto tomorrow 10am")
    reply = texts(chat.send("move tomorrow's reminder to 11"))
    assert _due(app, admin)[:2] == (11, 0), reply


def test_a_yes_with_the_cards_words_is_a_yes(app, admin, add_user) -> None:  # type: ignore[no-untyped-def]
    chat = ConsoleChat(
        app.assistant, add_user("李雷", role="admin", timezone="Asia/Shanghai", locale="zh").id
    )
    chat.send("/customer add 惠州雅居装饰工程有限公司, alias=雅居装饰")
    chat.send("/deal 惠州雅居装饰工程有限公司 180000 CNY proposal")
    chat.send("/lost 惠州雅居装饰工程有限公司 价格太高")
    assert "保存" in texts(chat.send("惠州雅居装饰 重新开，18万"))
    reply = texts(chat.send("对，就是雅居装饰"))
    assert any(d["status"] == "open" and d["amount"] == 180000 for d in exported(app, admin)["deals"]), reply
    assert exported(app, admin)["activities"] == [], reply  # not read again as a note
