"""Session 59 (issue 13): a plan on an hour whose half of the day is not said is asked about.

"meeting with Iara at 3 tomorrow", "明天三点去浙联物流开会", "tomorrow o trzeciej": 3 may be 03:00 or 15:00,
and a reminder was set at 15:00 on that guess (the S11 sets' judges count it a silent wrong write; the older
sets read 1 to 6 as the afternoon). Now the user is asked, with both times as buttons; a typed "pm", "下午",
"15:00" or "asubuhi" answers too. Said with its part of the day ("tomorrow afternoon at 3", "下午三点"), or
8 to 12 (one office-hours reading), it is stored at once; a report of what happened ("met Jane at 3") and
the move of a reminder that has its own time ("改做五点") are not asked about. Swahili "saa nne" with no
part of the day (10:00 or 22:00) gets the same question, with its buttons (it was "what exactly should I
record?"). A correction "改四点半" after "下午三点" keeps the afternoon (it was read as a bare hour).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.chatting import chat_of
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("UTC"))  # Thursday, 15:30 in London


@pytest.fixture
def rep(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    chat = chat_of(app, add_user("Rhea", timezone="Europe/London"))
    replay(chat, clock, "/customer add Salvador Bahia Hotéis S.A., aliases=Salvador Bahia",
           "/contact add Salvador Bahia Hotéis S.A.: Iara Santos",
           "/customer add 浙联物流有限公司, aliases=浙联物流",
           "/contact add 浙联物流有限公司: 何伟, title=经理",
           "/customer add Ostrava Hutní Servis a.s., aliases=Ostrava Hutni",
           "/contact add Ostrava Hutní Servis a.s.: Jana Nováková",
           "/remind Ostrava Hutní Servis a.s. 2032-06-14 13:00 call Jana about the offer")  # fmt: skip
    return chat


def _due(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    """The reminders' due times in London ("MM-DD HH:MM"), by their customer's first word."""
    return sorted(
        f"{r['customer'].split()[0]} "
        + datetime.fromisoformat(r["due_at"]).astimezone(ZoneInfo("Europe/London")).strftime("%m-%d %H:%M")
        for r in exported(app, admin)["reminders"]
    )


BASE = ["Ostrava 06-14 13:00"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [("meeting with Iara at 3 tomorrow", "“at 3” 03:00 or 15:00"),
     ("明天三点去浙联物流开会，提醒我", "“三点” 03:00 or 15:00"),
     ("meeting with Jana from Ostrava tomorrow o trzeciej, remind me", "“o trzeciej” 03:00 or 15:00"),
     ("remind me to call Iara fri around 3", "“around 3” 03:00 or 15:00"),
     ("call Iara at Salvador Bahia monday at 7", "“at 7” 07:00 or 19:00")],
)  # fmt: skip
def test_a_plan_on_a_bare_hour_is_asked_and_stores_nothing(app, admin, rep, text, asked) -> None:  # type: ignore[no-untyped-def]
    reply = texts(rep.send(text))
    assert asked in reply, reply
    assert _due(app, admin) == BASE, reply


@pytest.mark.parametrize(
    ("text", "answer", "due"),
    [("meeting with Iara at 3 tomorrow", "15:00", "Salvador 06-11 15:00"),
     ("meeting with Iara at 3 tomorrow", "03:00", "Salvador 06-11 03:00"),
     ("明天三点去浙联物流开会，提醒我", "15:00", "浙联物流有限公司 06-11 15:00")],
)  # fmt: skip
def test_the_time_pressed_is_the_plans(app, admin, rep, text, answer, due) -> None:  # type: ignore[no-untyped-def]
    rep.send(text)
    reply = texts(rep.press(answer))
    if "Is that right" in reply:  # 03:00 is an odd hour for a meeting: the card shows it once more
        reply = texts(rep.press("Save"))
    assert _due(app, admin) == sorted([*BASE, due]), reply


@pytest.mark.parametrize(
    ("text", "answer", "due"),
    [("meeting with Iara at 3 tomorrow", "pm", "Salvador 06-11 15:00"),
     ("meeting with Iara at 3 tomorrow", "3pm", "Salvador 06-11 15:00"),
     ("明天三点去浙联物流开会，提醒我", "下午", "浙联物流有限公司 06-11 15:00"),
     ("remind me to call Iara fri around 3", "15:00", "Salvador 06-11 15:00")],
)  # fmt: skip
def test_a_time_typed_as_the_answer_is_taken(app, admin, rep, text, answer, due) -> None:  # type: ignore[no-untyped-def]
    rep.send(text)
    reply = texts(rep.send(answer))
    assert _due(app, admin) == sorted([*BASE, due]), reply


def test_an_answer_that_says_more_is_a_message_of_its_own(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    rep.send("meeting with Iara at 3 tomorrow")
    reply = texts(rep.send("fri 3pm"))
    assert _due(app, admin) == BASE, reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("meeting with Iara tomorrow afternoon at 3", "Salvador 06-11 15:00"),
     ("meeting with Iara at 3pm tomorrow", "Salvador 06-11 15:00"),
     ("meeting with Iara at 10 tomorrow", "Salvador 06-11 10:00"),
     ("明天下午三点去浙联物流开会，提醒我", "浙联物流有限公司 06-11 15:00"),
     ("明天十点去浙联物流开会，提醒我", "浙联物流有限公司 06-11 10:00")],
)  # fmt: skip
def test_an_hour_with_its_half_of_the_day_is_stored_at_once(app, admin, rep, text, due) -> None:  # type: ignore[no-untyped-def]
    reply = texts(rep.send(text))
    assert _due(app, admin) == sorted([*BASE, due]), reply


def test_a_meeting_had_at_a_bare_hour_is_logged(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    reply = texts(rep.send("met Iara at Salvador Bahia at 2 today, she liked the proposal"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Salvador Bahia Hotéis S.A."], (
        reply
    )


def test_moving_a_reminder_to_a_bare_hour_keeps_its_half_of_the_day(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    reply = texts(rep.send("move my Ostrava reminder to 4"))
    assert _due(app, admin) == ["Ostrava 06-14 16:00"], reply


def test_a_swahili_hour_without_its_part_of_the_day_is_asked_with_both_times(
    app, admin, add_user, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("Africa/Nairobi")))
    chat = chat_of(app, add_user("Nyokabi", timezone="Africa/Nairobi"))
    replay(chat, clock, "/customer add Nairobi Pharma Distributors Limited, aliases=NPD",
           "/contact add Nairobi Pharma Distributors Limited: Brian Otieno")  # fmt: skip
    reply = texts(chat.send("remind me kesho saa nne to call Brian at NPD"))
    assert "“saa nne” 10:00 or 22:00" in reply, reply
    reply = texts(chat.send("asubuhi"))
    [reminder] = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2032-06-11T07:00"), reply  # 10:00 in Nairobi


def test_a_corrected_hour_keeps_the_half_of_the_day_it_replaces(app, admin, rep) -> None:  # type: ignore[no-untyped-def]
    rep.send("周五下午三点去浙联物流见何经理，提醒我")
    reply = texts(rep.send("改四点半"))
    assert _due(app, admin) == sorted([*BASE, "浙联物流有限公司 06-11 16:30"]), reply
