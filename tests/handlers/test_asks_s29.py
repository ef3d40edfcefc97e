"""Must-asks read by i29-asks (session 29, issue 13). Own wordings, not an evaluation set's; the clock is Thu
2029-04-26 10:20 local.

- The deal's price said to change with no new figure ("want a discount, no figure yet", "价格得重新谈",
  "quote is no longer 30k", "价格估计要让一点" beside a meeting) or said only as "over X" ("三十万出头"): how
  much is asked, nothing stored. Twins with the figure are stored.
- A weekday said with a day of the month it does not fall on ("wednesday the 3rd" when the 3rd is a
  Thursday): which is asked. "thursday the 3rd" is set.
- A currency named by its name, not its code ("ringgit or usd not decided"): a choice still open is asked.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import currencies_named
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

_NOW = datetime(2029, 4, 26, 10, 20)


def _deals(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat, clock, zone, f"/deal {HY} 300000 {currency} proposal", f"/deal {LF} 30000 {currency} proposal"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "Lakeview Freight want a discount, no figure yet"),
     ("America/Chicago", "lakeview pricing has to be renegotiated"),
     ("America/Chicago", "Lakeview quote is no longer 30k, revised number to come"),
     ("America/Chicago", "Met Dana at Lakeview Freight, she thinks the price will probably come down"),
     ("Asia/Shanghai", "昆山宏远那单要打个折，折扣多少还不知道"),
     ("Asia/Shanghai", "昆山宏远的价格得重新谈"),
     ("Asia/Shanghai", "今天见了昆山宏远陈国栋，价格估计要让一点"),
     ("Asia/Shanghai", "昆山宏远那单三十万出头")],
)  # fmt: skip
def test_a_price_changed_to_no_figure_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [("America/Chicago", "Lakeview quote is no longer 30k, now 27k", LF, 27_000),
     ("America/Chicago", "lakeview pricing renegotiated down to 26k", LF, 26_000),
     ("Asia/Shanghai", "昆山宏远的价格重新谈好了，25万", HY, 250_000),
     ("Asia/Shanghai", "昆山宏远那单打了个折，28万", HY, 280_000),
     ("Asia/Shanghai", "昆山宏远那单三十一万", HY, 310_000)],
)  # fmt: skip
def test_the_twin_with_the_figure_is_stored(app, admin, chat, clock, zone, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    replies = texts(chat.send(text))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert Decimal(deal["amount"]) == amount, replies


@pytest.mark.parametrize(
    ("text", "day", "doubted"),
    [("remind me wednesday the 3rd", "2029-05-03", True), ("call on friday the 2nd", "2029-05-02", True),
     ("remind me thursday the 3rd", "2029-05-03", False), ("call on tuesday the 1st", "2029-05-01", False),
     ("see you on wednesday 2nd", "2029-05-02", False)],
)  # fmt: skip
def test_a_weekday_and_a_day_of_the_month_that_disagree_are_doubted(text, day, doubted) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo("America/Chicago")
    when = find_when(text, now=_NOW.replace(tzinfo=zone), tz=zone)
    assert when is not None and str(when.at.date()) == day, text
    assert bool(when.doubt) is doubted, text


def test_a_weekday_the_nth_gone_by_is_this_month_s() -> None:
    zone = ZoneInfo("America/Chicago")
    when = find_when("visited them monday the 23rd", now=_NOW.replace(tzinfo=zone), tz=zone, past=True)
    assert when is not None and str(when.at.date()) == "2029-04-23" and not when.doubt


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_on_a_weekday_its_day_does_not_fall_on_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    before = exported(app, admin)
    replies = texts(chat.send("remind me wednesday the 3rd to call Dana at Lakeview"))
    asked_and_nothing_stored(app, admin, before, replies)
    replies = texts(chat.send("remind me thursday the 3rd to call Dana at Lakeview"))
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2029-05-03"], replies


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("30k, ringgit or usd not decided", ["MYR", "USD"]),
        ("in baht", ["THB"]),
        ("印尼盾还是美元", ["IDR", "USD"]),
    ],
)
def test_a_currency_named_by_its_name(text, codes) -> None:  # type: ignore[no-untyped-def]
    assert [c for named in currencies_named(text, []) for c in sorted(named.codes)] == codes


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_currency_choice_said_by_names_is_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    before = exported(app, admin)
    asked_and_nothing_stored(
        app, admin, before, texts(chat.send("Lakeview new quote 28k, rupees or dollars still undecided"))
    )


# --- a meeting moved to no day; a signing on some day of a week, a month only guessed ----------------------


def _meetings(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    currency = "CNY" if zone == "Asia/Shanghai" else "USD"
    two_customers(
        chat,
        clock,
        zone,
        f"/deal {HY} 300000 {currency} proposal",
        f"/deal {LF} 30000 {currency} proposal",
        f"/remind {HY} 5月8日下午3点 跟陈国栋开会 过合同",
        f"/remind {LF} site tour with Dana 8 May 11am",
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "lakeview site tour has been postponed"),
     ("America/Chicago", "need to push the lakeview site tour"),
     ("America/Chicago", "Lakeview Freight call got bumped, new day tbc"),
     ("Asia/Shanghai", "昆山宏远的会延期了，下周再定"),
     ("Asia/Shanghai", "昆山宏远那个会得改个时间"),
     ("Asia/Shanghai", "昆山宏远那边想改一下日期"),
     ("Asia/Shanghai", "昆山宏远下周挑一天签合同"),
     ("Asia/Shanghai", "昆山宏远合同大约七月份吧"),
     ("America/Chicago", "Lakeview Freight will sign some day next week")],
)  # fmt: skip
def test_a_meeting_moved_to_no_day_or_a_signing_on_no_day_is_asked(
    app, admin, chat, clock, zone, text
) -> None:  # type: ignore[no-untyped-def]
    _meetings(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "field", "value"),
    [("America/Chicago", "lakeview site tour has been postponed to May 10 11am", LF, "due", "2029-05-10"),
     ("Asia/Shanghai", "昆山宏远的会延期到5月9号下午3点", HY, "due", "2029-05-09"),
     ("Asia/Shanghai", "昆山宏远下下周二签合同", HY, "close", "2029-05-08"),
     ("America/Chicago", "Lakeview Freight will sign on the 3rd of May", LF, "close", "2029-05-03")],
)  # fmt: skip
def test_the_twin_with_its_day_is_stored(app, admin, chat, clock, zone, text, customer, field, value) -> None:  # type: ignore[no-untyped-def]
    _meetings(chat, clock, zone)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    if field == "due":
        days = [r["due_at"][:10] for r in data["reminders"] if r["customer"] == customer]
    else:
        days = [d["expected_close"] for d in data["deals"] if d["customer"] == customer]
    assert value in days, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_meeting_moved_with_other_news_is_logged(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _meetings(chat, clock, "America/Chicago")
    replies = texts(chat.send("lakeview meeting moved, Dana sent a revised spec sheet"))
    assert exported(app, admin)["activities"], replies


# --- a "new company" that is a known one misspelt, or found by its contact ------------------------------


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    [
        "new company Lakeveiw Freight, met their ops head today",
        "new customer: Lakeside Haulage Group, met Dana",
    ],
)
def test_a_new_company_a_known_one_may_be_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_known_company_met_is_logged(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago")
    replies = texts(chat.send("met Dana at Lakeview Freight today, new company policy on freight rates"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == [LF], replies


# --- whether to mark it won or lost, asked: a question or an order --------------------------------------


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "昆山宏远该不该算输单？"), ("Asia/Shanghai", "昆山宏远需不需要标成成交？")],
)  # fmt: skip
def test_whether_to_mark_an_outcome_asked_is_asked_back(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_outcome_told_is_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    _deals(chat, clock, "America/Chicago")
    replies = texts(chat.send("mark lakeview freight as lost, they went with a cheaper carrier"))
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == LF]
    assert deal["status"] == "lost", replies
