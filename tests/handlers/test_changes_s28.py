"""Changes read by i28-changes (session 28). Own wordings, not an evaluation set's; the clock is Thu
2029-04-26 10:20 local.

- A day its month does not have ("signing on the 31/04", "2月30号签合同", "close 6/31", "Feb 29" in 2029) is
  asked about, never dropped; the same words with a real day are the close.
- A reminder said done loosely, pointed at ("嗰個", "那个", "tick it off", "提醒") with no news beside
  ("昆山宏远打俾陈国栋嗰個搞掂咗", "dana rates call done, tick it off"): done, no call logged, no deal won.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at
from tests.support.worlds import HY, LF, two_customers

_NOW = datetime(2029, 4, 26, 10, 20)


@pytest.mark.parametrize(
    ("zone", "text", "doubt", "close"),
    [("Europe/Dublin", "Lakeview Freight signing on the 31/04", "31/04", None),
     ("America/Chicago", "lakeview wants to close 6/31", "6/31", None),
     ("Asia/Shanghai", "昆山宏远 2月30号签合同", "2月30号", None),
     ("Asia/Shanghai", "昆山宏远 6月31日 定", "6月31日", None),
     ("Europe/London", "Lakeview decision on 30 Feb", "30 Feb", None),
     ("Europe/Dublin", "Lakeview Freight signing on the 30/04", None, "2029-04-30"),
     ("America/Chicago", "lakeview wants to close 6/30", None, "2029-06-30"),
     ("Asia/Shanghai", "昆山宏远 5月30号签合同", None, "2029-05-30")],
)  # fmt: skip
def test_a_day_its_month_does_not_have_is_asked(zone, text, doubt, close) -> None:  # type: ignore[no-untyped-def]
    reading = reading_at(text, _NOW.replace(tzinfo=ZoneInfo(zone)), zone)
    assert reading.doubts == ([doubt] if doubt else [])
    if close:
        assert str(reading.close) == close


@pytest.mark.parametrize("text", ["提醒我2月29号给陈国栋打电话", "2029-02-30", "Feb 29"])
def test_a_feb_29_or_30_that_the_year_lacks_is_a_doubted_day(text) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo("Asia/Shanghai")
    when = find_when(text, now=_NOW.replace(tzinfo=zone), tz=zone)
    assert when is not None and when.doubt


@pytest.mark.parametrize("text", ["24/7 support", "13/45", "50/50 chance"])
def test_numbers_that_are_no_month_and_day_are_no_date(text) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo("Europe/Dublin")
    assert find_when(text, now=_NOW.replace(tzinfo=zone), tz=zone) is None


def _reminders(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/remind {HY} 打电话给陈国栋 催合同 4月26日下午5点",
        f"/remind {LF} call Dana about the rates 30 Apr 11am",
    )


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer"),
    [("Asia/Hong_Kong", "昆山宏远打俾陈国栋嗰個搞掂咗", HY),
     ("Asia/Shanghai", "昆山宏远那个催合同的提醒 已经弄完了", HY),
     ("Asia/Shanghai", "给陈国栋打电话那个办完了 划掉吧", HY),
     ("America/Chicago", "dana rates call done, tick it off", LF),
     ("America/Chicago", "Lakeview - the Dana call is sorted, cross it off", LF),
     ("America/Chicago", "done w/ the dana call, all done ✅", LF)],
)  # fmt: skip
def test_a_reminder_said_done_loosely_is_done_and_no_news(
    app, admin, chat, clock, zone, text, customer
) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    done = [r["customer"] for r in data["reminders"] if r["status"] == "done"]
    assert done == [customer], reply
    assert data["activities"] == [], reply
    assert all(d["status"] == "open" for d in data["deals"]), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "called dana at lakeview about the rates, she wants a discount"),
     ("Asia/Shanghai", "今天给昆山宏远陈国栋打了电话，合同6月10号签")],
)  # fmt: skip
def test_a_deed_told_with_no_pointing_at_a_reminder_stays_news(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, zone)
    reply = texts(chat.send(text))
    assert exported(app, admin)["activities"], reply


_CURRENCY = {"Asia/Shanghai": "CNY", "Asia/Hong_Kong": "HKD"}


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = _CURRENCY.get(zone, "USD")
    two_customers(
        chat, clock, zone, f"/deal {HY} 200000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "customer", "field", "value"),
    [("America/Chicago", "Dana at Lakeview says close by end of June", "Actually she said end of August",
      LF, "expected_close", "2029-08-31"),
     ("Asia/Shanghai", "昆山宏远陈国栋说预计六月底签", "不对，他说的是七月底", HY, "expected_close",
      "2029-07-31"),
     ("Asia/Hong_Kong", "昆山宏远 close date 改做五月尾", "唔係，改返七月尾", HY, "expected_close",
      "2029-07-31"),
     ("Asia/Shanghai", "昆山宏远价格改成二十五万", "是二十三万五 我看错了", HY, "amount", "235000"),
     ("America/Chicago", "lakeview freight now 34k", "sorry my mistake, 33.5k", LF, "amount", "33500")],
)  # fmt: skip
def test_a_value_of_the_record_just_written_put_right_in_loose_words(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, customer, field, value
) -> None:
    _deals(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert str(deal[field]).removesuffix(".00") == value, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "day"),
    [("America/Chicago", "Met Dana at Lakeview Freight, she wants a quote",
      "the meeting was yesterday btw, not today", "2029-04-25"),
     ("Europe/London", "Met Dana at Lakeview Freight, they want a revised quote",
      "sorry, that was on tuesday not today", "2029-04-24")],
)  # fmt: skip
def test_the_day_of_a_meeting_just_logged_put_right(app, admin, chat, clock, zone, first, then, day) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    (activity,) = exported(app, admin)["activities"]
    local = datetime.fromisoformat(activity["occurred_at"]).astimezone(ZoneInfo(zone))
    assert local.date().isoformat() == day, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_addition_is_still_joined_not_put_in_place(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    chat.send("lakeview freight now 34k")
    reply = texts(chat.send("oh and close end of june"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert (str(deal["amount"]).removesuffix(".00"), deal["expected_close"]) == ("34000", "2029-06-30"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "then"),
    [("met dana price at lakeview freight, they liked the demo", "sorry wrong dana - dana chua at serangoon"),
     ("met dana at lakeview, they liked the demo", "sorry wrong dana - Dana Chua at Serangoon Aircon")],
)  # fmt: skip
def test_the_wrong_person_at_the_wrong_customer_put_right_moves_the_record(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, first, then
) -> None:
    two_customers(
        chat, clock, "America/Chicago", "/customer add Serangoon Aircon",
        "/contact add Serangoon Aircon: Dana Chua, title=Owner",
    )  # fmt: skip
    chat.send(first)
    reply = texts(chat.send(then))
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [("Serangoon Aircon", "Dana Chua")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "kind"),
    [("America/Chicago", "Had a Teams meeting with Dana at Lakeview Freight", "meeting"),
     ("America/Chicago", "zoom with dana at lakeview, went over the rates", "meeting"),
     ("Asia/Shanghai", "和昆山宏远陈国栋开了个视频会议", "meeting"),
     ("America/Chicago", "Met Dana at Lakeview Freight, she wants a quote", "visit")],
)  # fmt: skip
def test_a_meeting_held_from_afar_is_no_visit(app, admin, chat, clock, zone, text, kind) -> None:  # type: ignore[no-untyped-def]
    _reminders(chat, clock, zone)
    reply = texts(chat.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == [kind], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("first", "then", "customer", "contact"),
    [("log call w/ dana at lakeview, rates agreed", "ignore the last one, it was sam at serangoon",
      "Serangoon Aircon", "Sam Chua"),
     ("Lakeview Freight - Dana Price called, wants a quote",
      "Scratch that, wrong one - it was Serangoon Aircon, Sam", "Serangoon Aircon", "Sam Chua")],
)  # fmt: skip
def test_the_last_message_taken_back_and_said_at_another_customer(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, first, then, customer, contact
) -> None:
    two_customers(
        chat, clock, "America/Chicago", "/customer add Serangoon Aircon",
        "/contact add Serangoon Aircon: Sam Chua, title=Owner",
    )  # fmt: skip
    chat.send(first)
    reply = texts(chat.send(then))
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [(customer, contact)], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_take_back_with_only_a_reason_still_undoes(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    chat.send("log call w/ dana at lakeview, rates agreed")
    reply = texts(chat.send("ignore the last one, wrong chat"))
    assert exported(app, admin)["activities"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "then", "field", "value"),
    [("America/Chicago", "Lakeview Freight new contact: Omar Haddad, ops lead",
      "oh and his email is omar.h@lakeview.example", "email", "omar.h@lakeview.example"),
     ("Asia/Shanghai", "昆山宏远新联系人 李娜 采购主管", "对了 她手机是13812345678", "phone", "13812345678")],
)  # fmt: skip
def test_a_detail_said_next_goes_to_the_contact_just_written(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, first, then, field, value
) -> None:
    two_customers(chat, clock, zone)
    chat.send(first)
    reply = texts(chat.send(then))
    added = [
        p
        for c in exported(app, admin)["customers"]
        for p in c["contacts"]
        if p["name"] in ("Omar Haddad", "李娜")
    ]
    assert [str(c[field]).replace(" ", "") for c in added] == [value], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_detail_after_a_deal_change_is_no_contact_detail(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    chat.send("lakeview freight now 34k")
    texts(chat.send("oh and his email is dana.p@lakeview.example"))
    people = [p for c in exported(app, admin)["customers"] for p in c["contacts"]]
    assert [p.get("email") for p in people if p["name"] == "Dana Price"] == [None]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_thing_said_wrong_is_no_value_put_right(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    chat.send("lakeview freight now 34k")
    reply = texts(chat.send("not the freight deal, the warehouse one – 12k. freight stays at 34"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert str(deal["amount"]).removesuffix(".00") != "12000", reply
