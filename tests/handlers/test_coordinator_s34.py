"""Session 34's coordinator mends (issue 13): corrections whose first words are "wrong one" and whose
sentences end with a full stop, and a correction called off by saying the first customer stays as it was.

- "sorry wrong one, lakeview is still alive. lakeside is the one we lost" right after "lakeview lost": the
  loss moves to Lakeside and Lakeview stays open ("wrong one" is a slip word; a full stop ends the clause
  that keeps the first customer as it was). It had asked as a new message and kept Lakeview lost.
- "oops wrong lakeview, … hold on, lakeside was already there. lakeview stays where it was, ignore" right
  after "lakeview moved to negotiation": the last message is taken back and nothing else is stored. It
  had kept Lakeview's move and shown a card of notes.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import HY, LF, two_customers

_LS = "Lakeside Foods Co"
_HD = "昆山宏达机电有限公司"


def _deals(app, admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("news", "fix"),
    [("lakeview freight lost, dana went with a cheaper carrier",
      "sorry wrong one, lakeview is still alive. lakeside foods is the one we lost"),
     ("lakeview lost - price",
      "oops wrong customer. lakeview freight still in play. it's lakeside foods that lost")],
)  # fmt: skip
def test_wrong_one_then_the_first_kept_then_the_right_ones_loss(app, admin, chat, clock, news, fix) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/customer add {_LS}",
                  f"/deal {LF} 30000 USD proposal", f"/deal {_LS} 12000 USD proposal")  # fmt: skip
    chat.send(news)
    assert _deals(app, admin)[LF] == "lost"
    replies = texts(chat.send(fix))
    assert _deals(app, admin) == {LF: "proposal", _LS: "lost"}, replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "news", "fix"),
    [("America/Chicago", "lakeview freight moved to negotiation",
      "oops wrong lakeview, lakeside is the one in negotiation... hold on, lakeside was already there. "
      "lakeview freight stays where it was, ignore"),
     ("Asia/Shanghai", "昆山宏远进入谈判了",
      "不对，搞错了，是宏达进谈判……等下宏达早就是谈判了。昆山宏远不变，当我没说")],
)  # fmt: skip
def test_a_correction_called_off_with_the_first_customer_kept_takes_the_message_back(
    app, admin, chat, clock, zone, news, fix
) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat, clock, zone, f"/customer add {_LS}", f"/customer add {_HD}", f"/deal {LF} 30000 USD proposal",
        f"/deal {_LS} 12000 USD negotiation", f"/deal {HY} 300000 CNY proposal",
        f"/deal {_HD} 90000 CNY negotiation",
    )  # fmt: skip
    before = _deals(app, admin)
    chat.send(news)
    assert _deals(app, admin) != before
    replies = texts(chat.send(fix))
    after = exported(app, admin)
    assert _deals(app, admin) == before, replies
    assert not after["activities"], replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_another_customers_contact_named_in_a_reminder_only_asks_nothing(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "lunch w/ dana from kunshan hongyuan tmrw 12:30": Dana Price is Lakeview's contact, but only
    a reminder at 昆山宏远 is stored, and it keeps the words: whose Dana it is changes no record. Stored,
    not asked ("Not sure about: dana = Dana Price (Lakeview Freight)"; found trying the product).
    Logging the lunch that happened still asks, as it would link a contact."""
    two_customers(chat, clock, "America/Chicago", f"/customer edit {HY}: aliases=kunshan hongyuan")
    replies = texts(chat.send("lunch w/ dana from kunshan hongyuan tmrw 12:30"))
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["customer"] == HY and "Save" not in replies, replies
    before = exported(app, admin)
    asked_and_nothing_stored(
        app, admin, before, texts(chat.send("had lunch w/ dana from kunshan hongyuan today"))
    )


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "kind", "day"),
    [("Asia/Shanghai", "昆山宏远投诉了，上个月的货到现在还没到，陈国栋很不高兴", "complaint", "2029-04-26"),
     ("Asia/Shanghai", "昆山宏远打电话来投诉，上周的发票开错了", "complaint", "2029-04-26"),
     ("America/Chicago", "lakeview freight complained, last month's shipment never showed up", "complaint",
      "2029-04-26"),
     ("Asia/Shanghai", "昨天的会开得不错，昆山宏远陈国栋挺满意", "meeting", "2029-04-25")],
)  # fmt: skip
def test_a_past_day_that_names_a_thing_is_not_when_the_news_came(
    app, admin, chat, clock, zone, text, kind, day
) -> None:  # type: ignore[no-untyped-def]
    """ "投诉了，上个月的货还没到": the complaint is today; last month is when the goods were (it asked "Not
    sure about: 上个月", holding a complaint back; found trying the product). An event's day ("昨天的会")
    is still when it happened."""
    two_customers(chat, clock, zone, f"/customer edit {LF}: aliases=lakeview")
    replies = texts(chat.send(text))
    (activity,) = exported(app, admin)["activities"]
    assert (activity["kind"], activity["occurred_at"][:10]) == (kind, day), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["tmrw - call dana at lakeview re renewal", "next tue - email dana at lakeview the renewal terms"]
)
def test_a_day_then_a_dash_then_the_task_is_said_once(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    """ "tmrw - call bruce at wayne re renewal" stored "call bruce … renewal call bruce … renewal": the task
    clause joined to the day was read again as more words of the plan (its span was not the step's)."""
    two_customers(chat, clock, "America/Chicago", f"/customer edit {LF}: aliases=lakeview")
    replies = texts(chat.send(text))
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["text"] == text.split(" - ", 1)[1], replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("Asia/Shanghai", "老板说昆山宏远这单定了，不过法务还在审合同"),
     ("America/Chicago", "dana says lakeview is a go, but their lawyers are still reviewing the contract")],
)  # fmt: skip
def test_a_win_with_their_paperwork_still_under_way_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    """ "这单定了，不过法务还在审合同": won, or still at its last stage until the paper is through? It was
    stored as won (found as focus Q sealed zh188 going worse at the end; mended in other words)."""
    two_customers(chat, clock, zone, f"/customer edit {LF}: aliases=lakeview",
                  f"/deal {HY} 300000 CNY negotiation", f"/deal {LF} 30000 USD negotiation")  # fmt: skip
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_win_with_other_news_after_a_but_is_still_a_win(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "America/Chicago", f"/customer edit {LF}: aliases=lakeview",
                  f"/deal {LF} 30000 USD negotiation")  # fmt: skip
    replies = texts(chat.send("lakeview freight signed today, but dana wants the kickoff moved to june"))
    assert exported(app, admin)["deals"][0]["stage"] == "won", replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_reminder_named_by_an_english_contacts_first_name_is_moved(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    """ "move the dana callback from 3 to 3:30 today" set a second reminder ("move the dana callback from 3
    to") since contacts' names were added to every customer's words to match (for "房总那个提醒"); an
    English name is matched by the reminder's own words (found as focus L sealed en227 going worse at the
    end; mended in other words)."""
    two_customers(chat, clock, "America/Chicago", f"/remind {LF} call back Dana Price today 3pm")
    replies = texts(chat.send("move the dana callback from 3 to 3:30 today"))
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2029-04-26T20:30"), replies
