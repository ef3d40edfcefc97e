"""Session 44, two customers in one message and what they asked of us (issue 13).

What a customer asked us to send by a day, said after the meeting in the same breath ("met Dana … she
wants the proposal resent tomorrow"), is a reminder of ours, for one customer or for each of two ("both
want …", "兩間都想…"). A contact named after words of its own customer's name ("和烟台于海波") names that
customer too; a Cantonese 傾咗 is a talk had; a time of day said well before a day ("下午…下周三发quote") is
today's, not that day's. A Latin name glued into a Chinese list beside a customer ("call咗Lee Fung同埋…")
is another customer no slot read: asked, never dropped.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

# Thu 2029-04-26 10:20 in the user's zone (two_customers): tomorrow is Fri 04-27, next Monday 04-30,
# and Labour Day (05-01) a holiday the bot asks about.
HK_CUSTOMERS = (
    "/customer add 荃灣利豐製衣廠",
    "/contact add 荃灣利豐製衣廠: 黃麗珍, title=廠長",
    "/customer add 九龍灣通達電子有限公司",
    "/contact add 九龍灣通達電子有限公司: 馮國輝, title=經理",
)
YT = "烟台苹果出口有限公司"


def _stored(app, admin, reply: str, chat) -> dict:  # type: ignore[no-untyped-def]
    """The export after the message, Save pressed if it showed a card."""
    if "I'll store" in reply or "我将保存" in reply:
        reply += texts(chat.send("1"))
    return exported(app, admin)


def _reminders(data: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((r["customer"], r["due_at"][:10]) for r in data["reminders"])


def _activities(data: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """(customer, kind) of every activity; a meeting at their place may be logged as a visit."""
    return sorted(
        (a["customer"], "meeting" if a["kind"] == "visit" else a["kind"]) for a in data["activities"]
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_what_they_want_after_the_meeting_is_a_reminder(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(
        chat.send("met dana price at lakeview freight this morning she wants the proposal resent tomorrow")
    )
    data = exported(app, admin)
    assert _activities(data) == [(LF, "meeting")], reply
    assert _reminders(data) == [(LF, "2029-04-27")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_both_want_it_tomorrow_reminds_of_each(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(
        chat.send(
            "met with 陈国栋 at 昆山宏远 and dana price at lakeview freight this morning both want the "
            "proposal resent tomorrow"
        )
    )
    data = _stored(app, admin, reply, chat)
    assert _activities(data) == sorted([(HY, "meeting"), (LF, "meeting")]), reply
    assert _reminders(data) == sorted([(HY, "2029-04-27"), (LF, "2029-04-27")]), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_cantonese_talk_with_two_and_a_quote_each_wants(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong", *HK_CUSTOMERS)
    reply = texts(chat.send("同荃灣利豐製衣廠黃廠長同九龍灣通達電子馮生都傾咗，兩間都想下個禮拜一收報價"))
    data = _stored(app, admin, reply, chat)
    names = sorted(["九龍灣通達電子有限公司", "荃灣利豐製衣廠"])
    assert _activities(data) == [(n, "meeting") for n in names], reply
    assert _reminders(data) == [(n, "2029-04-30") for n in names], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_contact_after_words_of_its_customers_name_names_it(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """烟台 is words of 烟台苹果出口's name and 于海波 its contact: the second customer of the Zoom; the
    afternoon said first is today's, tomorrow the quote's."""
    two_customers(chat, clock, "Asia/Shanghai", f"/customer add {YT}", f"/contact add {YT}: 于海波")
    reply = texts(chat.send("下午跟昆山宏远陈国栋和烟台于海波开了个Zoom都要明天发quote"))
    data = _stored(app, admin, reply, chat)
    assert _activities(data) == sorted([(YT, "meeting"), (HY, "meeting")]), reply
    assert _reminders(data) == sorted([(YT, "2029-04-27"), (HY, "2029-04-27")]), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_bare_remind_after_what_they_want_by_a_day(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Kolkata")
    reply = texts(
        chat.send("Visited Lakeview Freight (Dana) today. Dana wants revised SLA by Friday, pls remind.")
    )
    data = exported(app, admin)
    assert _activities(data) == [(LF, "meeting")], reply
    assert _reminders(data) == [(LF, "2029-04-27")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_samples_dropped_off_there_is_a_visit(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    reply = texts(
        chat.send("dropped off samples at lakeview freight and 昆山宏远 dana and 陈国栋 were both there")
    )
    kinds = [a["kind"] for a in _stored(app, admin, reply, chat)["activities"]]
    assert kinds == ["visit", "visit"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["昆山宏远陈国栋话下礼拜一想见面", "昆山宏远陈国栋今日亲自打嚟，话下礼拜一想见面"]
)
def test_a_meeting_they_want_on_a_day_is_reminded_without_a_card(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong")
    reply = texts(chat.send(text))
    assert "我将保存" not in reply, reply
    assert _reminders(exported(app, admin)) == [(HY, "2029-04-30")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_latin_name_listed_beside_a_customer_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong")
    before = exported(app, admin)
    reply = texts(chat.send("頭先call咗Lee Fung同埋昆山宏远, 兩邊都要下個禮拜一follow up"))
    asked_and_nothing_stored(app, admin, before, reply)
