"""Deal updates read by i38-updates (session 38, issue 13), as properties of the words and of the records, in
wordings of our own (no evaluation set's); the clock is Thu 2029-04-26 10:20 local.

Wrong reasons to doubt a plain update, taken away:

- a figure in lakhs written apart from its number ("38 L") is 38 lakh, as "38L" is; "at 12 L" is no 12:00;
- a day said as an ordinal word ("june twentieth") or a month's end said the Cantonese way (6月尾) is a day;
  the middle ten days of a named month (6月中旬) are written down as its 15th, as a careful human does;
- bargaining words are the negotiation (讲价, 砍价, Cantonese 傾緊價 with 緊 between verb and object); a stage
  said as reached (到议价了) or going on (在砍价, 议价中) is the deal's stage now;
- a move said of the deal ("那个单子推到…", "close date moved to …") is the deal's close, not a reminder's
  day, even when a contact the reminder names is said beside it;
- a bare figure said as what the deal now is ("came down to forty two") is counted in the deal's unit when
  that puts it near the deal's amount (not for a rep who counts in lakhs too); a figure a change comes to
  ("减了2万，即是18万", "so 51 total") is the deal's;
- of two deals, the word that says which (排班) counts over the kind of thing both may be (系统);
- the user's own celebration ("今晚喝一杯庆祝") is no task; a note kept beside a deal change is no claim that
  something happened;
- the close date said with its field ("签约日期改6月15号") wins over where the deal was said to slip to, and
  over the day of a reminder asked for after it.

Reasons to doubt added (asked, nothing stored): a figure with no word of how it relates, for a customer whose
deal is won (more business, or the won deal's figure?); a week of a month, the time after a holiday with no
day, and a month their contact says they will sign in, as the close.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

SH, CHI, BLR = "Asia/Shanghai", "America/Chicago", "Asia/Kolkata"


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    [deal] = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    return deal


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "amount"),
    [("Lakeview Freight revised to 38 L", 3800000),
     ("lakeview freight - agreed with dana, final value 41.5 L", 4150000)],
)  # fmt: skip
def test_lakhs_written_apart_from_the_number_are_lakhs(app, admin, chat, clock, text, amount) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, BLR, f"/deal {LF} 4000000 INR proposal")
    replies = texts(chat.send(text))
    assert _deal(app, admin, LF)["amount"] == amount, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reopen_at_a_figure_in_lakhs_sets_no_close_date(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, BLR, f"/deal {LF} 4000000 INR proposal", f"/lost {LF} budget cut")
    replies = texts(chat.send("Lakeview Freight is back, please reopen deal at 12 L"))
    deal = _deal(app, admin, LF)
    assert (deal["status"], deal["amount"], deal["expected_close"]) == ("open", 1200000, None), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "command", "text", "day"),
    [(CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight, dana says they will sign by june twentieth",
      "2029-06-20"),
     (CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight close moved to the twenty-first of may",
      "2029-05-21"),
     (SH, f"/deal {HY} 200000 CNY proposal", "宏远那单推迟咗，陈总话6月尾先签", "2029-06-30"),
     (SH, f"/deal {HY} 200000 CNY proposal", "宏远延到7月中旬", "2029-07-15")],
)  # fmt: skip
def test_a_close_said_as_words_or_a_month_part_is_that_day(
    app, admin, chat, clock, zone, command, text, day
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, command)
    customer = LF if zone == CHI else HY
    replies = texts(chat.send(text))
    assert _deal(app, admin, customer)["expected_close"] == day, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["宏远到议价了", "宏远那边在砍价", "宏远傾緊價", "宏远讲价中"])
def test_bargaining_said_as_now_is_the_negotiation(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal")
    replies = texts(chat.send(text))
    assert _deal(app, admin, HY)["stage"] == "negotiation", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "customer", "commands", "text", "day"),
    [(SH, HY, [f"/deal {HY} 200000 CNY proposal close 30 Apr 2029",
               f"/remind {HY} 4月27日下午3点 给陈国栋寄样品"],
      "宏远那个单子推到6月28号", "2029-06-28"),
     (CHI, LF, [f"/deal {LF} 45000 USD proposal close 30 Apr 2029",
                f"/remind {LF} Friday 2pm lunch with Dana Price"],
      "lakeview freight: Dana says close date pushed to 6/14", "2029-06-14")],
)  # fmt: skip
def test_a_move_said_of_the_deal_moves_its_close_not_a_reminder(  # type: ignore[no-untyped-def]
    app, admin, chat, clock, zone, customer, commands, text, day
) -> None:
    two_customers(chat, clock, zone, *commands)
    due = [r["due_at"] for r in exported(app, admin)["reminders"]]
    replies = texts(chat.send(text))
    assert _deal(app, admin, customer)["expected_close"] == day, replies
    assert [r["due_at"] for r in exported(app, admin)["reminders"]] == due, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "amount"),
    [("ok lakeview freight came down to forty two even", 42000),
     ("lakeview freight, dana knocked it down to 43", 43000),
     ("lakeview freight: added the cold store to the same deal, six grand more, so fifty one total", 51000)],
)  # fmt: skip
def test_a_bare_figure_said_as_the_deals_value_is_in_its_unit(app, admin, chat, clock, text, amount) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHI, f"/deal {LF} 45000 USD proposal")
    replies = texts(chat.send(text))
    assert _deal(app, admin, LF)["amount"] == amount, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "command", "text"),
    [(CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight somewhere between forty and forty five now"),
     (CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight came down to 12"),
     (BLR, f"/deal {LF} 45000 USD proposal", "Lakeview Freight came down to 42")],
)  # fmt: skip
def test_a_bare_figure_that_fits_no_unit_or_a_span_is_asked(
    app, admin, chat, clock, zone, command, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, command)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [d["amount"] for d in before["deals"]], (
        replies
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_figure_a_change_comes_to_is_the_deals(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal")
    replies = texts(chat.send("宏远报价又减了两万，即是18万"))
    assert _deal(app, admin, HY)["amount"] == 180000, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_word_that_says_which_deal_counts_over_the_kind_of_thing(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        SH,
        f"/deal {HY} 门禁管理 90000 CNY proposal",
        f"/deal {HY} new deal 仓储系统 300000 CNY proposal",
    )
    replies = texts(chat.send("宏远门禁系统签约推到6月20号"))
    closes = {d["title"]: d["expected_close"] for d in exported(app, admin)["deals"]}
    assert closes == {"门禁管理": "2029-06-20", "仓储系统": None}, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["宏远签了！今晚喝一杯庆祝", "宏远签咗！！今晚飲返杯"])
def test_a_celebration_of_ours_is_no_task(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal")
    replies = texts(chat.send(text))
    assert _deal(app, admin, HY)["stage"] == "won", replies
    assert exported(app, admin)["reminders"] == [], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_close_said_with_its_field_wins_over_the_slip(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal")
    replies = texts(chat.send("宏远陈总说要拖到6月 签约日期改6月15号"))
    assert _deal(app, admin, HY)["expected_close"] == "2029-06-15", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_close_then_a_reminder_are_both_stored(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHI, f"/deal {LF} 45000 USD proposal")
    replies = texts(
        chat.send("lakeview freight close date june 15th and remind me monday to send Dana the layout")
    )
    assert _deal(app, admin, LF)["expected_close"] == "2029-06-15", replies
    [reminder] = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo(CHI))
    assert due.date().isoformat() == "2029-04-30", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "commands", "text"),
    [(CHI, [f"/deal {LF} 45000 USD proposal", f"/won {LF}"], "lakeview freight, twelve thousand from dana"),
     (SH, [f"/deal {HY} 200000 CNY proposal", f"/won {HY}"], "宏远陈总又要5万的货")],
)  # fmt: skip
def test_a_figure_for_a_customer_whose_deal_is_won_is_asked(
    app, admin, chat, clock, zone, commands, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *commands)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "commands", "text", "amount"),
    [(CHI, [f"/deal {LF} 45000 USD proposal", f"/won {LF}"], "lakeview freight renewal for next year, 48k",
      48000),
     (SH, [f"/deal {HY} 200000 CNY proposal", f"/won {HY}"], "宏远陈总又下了一单 另外5万", 50000)],
)  # fmt: skip
def test_a_figure_said_as_more_business_is_a_new_deal(
    app, admin, chat, clock, zone, commands, text, amount
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *commands)
    replies = texts(chat.send(text))
    assert sorted(d["amount"] for d in exported(app, admin)["deals"]) == sorted(
        [amount, 45000 if zone == CHI else 200000]
    ), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "command", "text"),
    [(CHI, f"/deal {LF} 45000 USD proposal close 30 Apr 2029", "lakeview freight closing first week of june"),
     (SH, f"/deal {HY} 200000 CNY proposal close 30 Apr 2029", "宏远陈总说下个月签"),
     (SH, f"/deal {HY} 200000 CNY proposal close 30 Apr 2029", "宏远陈总说估计要拖到节后了")],
)  # fmt: skip
def test_a_close_said_as_a_stretch_of_days_is_asked(app, admin, chat, clock, zone, command, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, command)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_put_off_deal_lands_on_the_day_said_for_settling_it(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SH, f"/deal {HY} 200000 CNY proposal close 30 Apr 2029")
    replies = texts(chat.send("宏远嗰單推遲咗，陳總話6月10號落實"))
    assert _deal(app, admin, HY)["expected_close"] == "2029-06-10", replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "command", "text"),
    [(CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight - dana wants the cold room as well, 20k"),
     (SH, f"/deal {HY} 200000 CNY proposal", "宏远陈总还要一条包装线 12万")],
)  # fmt: skip
def test_a_figure_for_a_thing_wanted_on_top_is_asked_change_or_new(
    app, admin, chat, clock, zone, command, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, command)
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "command", "text", "amount"),
    [(SH, f"/deal {HY} 200000 CNY proposal", "宏远加多一条线，成張單26萬", 260000),
     (SH, f"/deal {HY} 200000 CNY proposal", "宏远加个模块 并到一起24万", 240000),
     (CHI, f"/deal {LF} 45000 USD proposal", "lakeview freight: cold room bundled in, 52k", 52000)],
)  # fmt: skip
def test_a_thing_put_in_with_the_deal_changes_its_amount(
    app, admin, chat, clock, zone, command, text, amount
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, command)
    replies = texts(chat.send(text))
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [amount], replies
