"""What a careful assistant stores without asking (i35-overask, session 35). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- An amount in words, or with "mil", before a name's possessive or a preposition ("thirty-eight grand after
  dana's review", "1.3 mil once they add…"): the figure is read, not taken for a count of "dana's"; hedged,
  still asked.
- A bare number after "at" beside an outcome or an agreement, in the unit of the one open deal's amount:
  "signed at 75" of a 75k deal is the win at that amount; "agreed with dana at 70, not 75" is 70k. A number
  that fits neither (or a clock) is read as before.
- A loss said as not got, settled ("确定没拿到", "最后没拿下"), and "选了另一家" (the seller they chose): the
  deal lost; "还没拿到", "可能拿不到了" are none.
- Two visits of one day joined by the parts of the day with a wish said of both ("上午去A，下午去B，两边都要
  报价"): going there is each one's visit, also beside the wish (it had read nothing).
- An amount changed with its currency said as the reason ("改成人民币三十五万，陈总要求人民币结算") or chosen
  from currencies offered ("美金人民币都行，那就报三十五万人民币吧"): stored, with no note of the reason and
  no "吧" read as a guess; left open ("都行，报三十五万") or hedged, still asked.
- Full stops said aloud by dictation ("… period they want … period … period"): read as marks.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.parsing.amounts import counts_things, find_amounts
from handlers.parsing.dictation import spoken_punctuation
from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

CHICAGO, SHANGHAI = "America/Chicago", "Asia/Shanghai"


def _deal(data: dict, customer: str) -> dict:
    return next(d for d in data["deals"] if d["customer"] == customer)


@pytest.mark.parametrize(
    ("text", "value"),
    [("revised to thirty-eight grand after dana's review", Decimal(38000)),
     ("now fifty-one grand following the buyers' meeting", Decimal(51000)),
     ("up to 1.3 mil once they add the depot", Decimal(1300000)),
     ("budget is 2 mln", Decimal(2000000))],
)  # fmt: skip
def test_an_amount_before_a_possessive_or_a_preposition_is_read(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize("after", [" trucks before friday", " units after the audit", " more seats"])
def test_what_follows_a_count_still_counts(after: str) -> None:
    assert counts_things(after)


def test_miles_are_no_millions() -> None:
    assert find_amounts("the depot is 5 miles away") == []


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("text", "value"),
    [("lakeview freight revised to thirty-eight grand after dana's review", "38000"),
     ("lakeview freight up to 1.3 mil once they add the second depot", "1300000")],
)  # fmt: skip
def test_an_amount_in_words_or_mil_changes_the_deal(app, admin, chat, clock, text, value) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 30000 USD proposal")
    reply = texts(chat.send(text))
    assert Decimal(_deal(exported(app, admin), LF)["amount"]) == Decimal(value), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_amount_in_words_hedged_is_still_asked(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 30000 USD proposal")
    before = exported(app, admin)
    replies = texts(chat.send("lakeview freight might go to thirty-eight grand after dana's review"))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "deal", "text", "customer"),
    [(CHICAGO, f"/deal {LF} 75000 USD negotiation", "lakeview freight signed at 75", LF),
     (CHICAGO, f"/deal {LF} 120000 USD negotiation", "lakeview freight signed at 120 this morning", LF),
     (SHANGHAI, f"/deal {HY} 360000 CNY negotiation", "昆山宏远按36签了", HY)],
)  # fmt: skip
def test_a_win_at_the_deals_amount_said_short(app, admin, chat, clock, zone, deal, text, customer) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, deal)
    amount = _deal(exported(app, admin), customer)["amount"]
    reply = texts(chat.send(text))
    stored = _deal(exported(app, admin), customer)
    assert (stored["stage"], stored["amount"]) == ("won", amount), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["lakeview freight: agreed with dana at 70, not 75",
     "lakeview freight settled at 70 instead of 75"],
)  # fmt: skip
def test_a_figure_said_to_replace_the_deals_amount_is_in_its_unit(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 75000 USD negotiation")
    reply = texts(chat.send(text))
    assert Decimal(_deal(exported(app, admin), LF)["amount"]) == Decimal(70000), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["lakeview freight signed at 60",  # 60 what? not the deal's 75k, nothing it replaces
     "lakeview freight: dana says maybe 70, not 75"],  # hedged
)  # fmt: skip
def test_a_bare_figure_that_fits_no_unit_or_is_hedged_is_still_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 75000 USD negotiation")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_clock_after_an_agreement_is_no_figure(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "agreed to meet at 10 tomorrow, not 11": a time, though 11 is the deal's 11k."""
    two_customers(chat, clock, CHICAGO, f"/deal {LF} 11000 USD proposal")
    chat.send("lakeview freight: dana agreed to meet at 10 tomorrow, not 11")
    assert Decimal(_deal(exported(app, admin), LF)["amount"]) == Decimal(11000)


# A loss said as not got, settled ("确定没拿到", "最后没拿下"), and "选了另一家" as the seller chosen instead.
@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["昆山宏远确定没拿到，陈国栋说他们选了日本的",
     "昆山宏遠最後沒拿下，陳總說他們選了另一家",
     "昆山宏远结果还是没拿到。"],
)  # fmt: skip
def test_a_loss_said_as_not_got_is_stored(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 300000 CNY proposal")
    reply = texts(chat.send(text))
    assert _deal(exported(app, admin), HY)["stage"] == "lost", reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远的PO还没拿到，陈国栋说下周给", "昆山宏远可能拿不到了，陈总在比价"])
def test_not_got_yet_or_hedged_is_no_loss(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 300000 CNY proposal")
    reply = texts(chat.send(text))
    assert _deal(exported(app, admin), HY)["stage"] == "proposal", reply


# Two visits of one day joined by the parts of the day, with a wish said of both: a visit at each.
JD = "苏州金鼎电子有限公司"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["上午去昆山宏远，下午去金鼎电子，两边都要报价", "早上去昆山宏遠，下午去金鼎電子，兩邊都要估價單"],
)  # fmt: skip
def test_two_visits_of_the_day_with_a_wish_of_both_are_logged(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/customer add {JD}", f"/deal {HY} 300000 CNY negotiation")
    reply = texts(chat.send(text))
    logged = sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])
    assert logged == sorted([(HY, "visit"), (JD, "visit")]), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_two_visits_still_to_come_are_no_logged_visits(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/customer add {JD}", f"/deal {HY} 300000 CNY negotiation")
    chat.send("明天上午去昆山宏远，下午去金鼎电子，两边都要报价")
    assert exported(app, admin)["activities"] == []


# An amount changed with its currency said as the reason, or chosen of currencies offered.
@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["昆山宏远改成人民币三十五万，陈总要求人民币结算",
     "昆山宏远陈总说美金人民币都行，那就报三十五万人民币吧",
     "昆山宏远陈总说两种币都可以，那就按人民币报三十五万吧"],
)  # fmt: skip
def test_an_amount_with_its_currency_chosen_is_stored(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 50000 USD proposal")
    reply = texts(chat.send(text))
    deal = _deal(exported(app, admin), HY)
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(350000), "CNY"), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["昆山宏远陈总说美金人民币都行，报三十五万",  # which currency?
     "昆山宏远陈总说可能要改人民币，大概三十五万吧"],  # hedged
)  # fmt: skip
def test_a_currency_left_open_or_hedged_is_still_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 50000 USD proposal")
    before = exported(app, admin)
    replies = texts(chat.send(text))
    asked_and_nothing_stored(app, admin, before, replies)


# Punctuation said aloud by dictation: "… period …" read as full stops.
@pytest.mark.parametrize(
    ("text", "read"),
    [("met dana at lakeview period she wants 20 seats period call her friday period",
      "met dana at lakeview. she wants 20 seats. call her friday."),
     ("the trial period ends friday period call dana period", "the trial period ends friday. call dana."),
     ("extend the trial period", "extend the trial period"),
     ("a period of growth period", "a period of growth period")],
)  # fmt: skip
def test_spoken_full_stops_are_marks(text: str, read: str) -> None:
    assert spoken_punctuation(text) == read


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_dictated_message_logs_and_reminds(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(
        chat.send("just got out of the meeting with dana at lakeview freight period they want 20 more trucks "
                  "period follow up next tuesday at 10 period")
    )  # fmt: skip
    data = exported(app, admin)
    kinds = [(a["customer"], a["kind"]) for a in data["activities"]]
    assert kinds in ([(LF, "meeting")], [(LF, "visit")]), reply
    assert [(r["customer"], r["due_at"][:10]) for r in data["reminders"]] == [(LF, "2029-05-01")], (
        reply,
        data["reminders"],
    )


# Their answer, said in a clause after the one that reports them: theirs to give, no reminder of ours.
@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["和昆山宏远陈国栋通了电话，他说预算批了，下周给答复",
     "called dana at lakeview freight, she says the budget is approved, will get back to us next week"],
)  # fmt: skip
def test_their_answer_after_a_reported_clause_is_no_reminder(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI if "昆山" in text else CHICAGO)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [a["kind"] for a in data["activities"]] == ["call"], reply
    assert data["reminders"] == [], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_our_answer_next_week_is_still_a_reminder(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO)
    reply = texts(
        chat.send("called dana at lakeview freight, budget approved, I'll get back to her next week")
    )
    assert "Which day" in reply, reply  # which day of the week is asked (session 62), then it is stored
    reply = texts(chat.press("Tue"))
    assert len(exported(app, admin)["reminders"]) == 1, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_went_there_beside_what_they_want_is_a_visit(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "早上去了昆山宏远，要报价": going there is the visit (it had said the deal was so already)."""
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 300000 CNY negotiation")
    reply = texts(chat.send("早上去了昆山宏远，要报价"))
    assert [(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]] == [(HY, "visit")], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_mentioned_is_no_visit(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 300000 CNY negotiation")
    chat.send("陈总提到了昆山宏远，要报价")
    assert [a["kind"] for a in exported(app, admin)["activities"]] != ["visit"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_any_will_do_then_the_currency_said_with_the_amount(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, f"/deal {HY} 50000 USD proposal")
    reply = texts(chat.send("昆山宏远陈总说都行，那就报三十五万人民币吧"))
    deal = _deal(exported(app, admin), HY)
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(350000), "CNY"), reply
