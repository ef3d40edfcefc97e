"""What a careful assistant stores without asking (i34-overask, session 34). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- A loss said with the chat's "w" for "with" ("went w a cheaper outfit", "signed w Haulix"), also when its
  words go on from a win's ("they signed w Haulix, we lost it": "they signed" is no win there).
- A customer named by its whole acronym alias when another customer's alias only starts with it ("LFC"
  beside "LFCA"): that customer; words that only start both names are still asked.
- A record's code with capital letters glued to its digits ("工单号QX20290425-31"): an identifier, no
  number left out.
- What a named contact likes, is handling or raised ("陈国栋喜欢钓鱼", "dana's handling it", "dana opened work
  order WO40417-3"): their news, a note.
- A correction that states the whole change with nothing recent to correct ("更正：X的金额是25万，不是20万"):
  the change it states, stored when the wrong amount is the deal's; hedged, or another amount said wrong,
  still asked.
- The loss's reason put right ("不是交期的问题，是…", "wasn't the price - …"): the reason replaced.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers

CHICAGO, SHANGHAI = "America/Chicago", "Asia/Shanghai"
DEALS = (f"/deal {HY} 200000 CNY proposal", f"/deal {LF} 40000 USD proposal")


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply


def _deal(data: dict, customer: str) -> dict:
    return next(d for d in data["deals"] if d["customer"] == customer)


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "reason"),
    [(CHICAGO, "lakeview went w a cheaper outfit, dana told me", LF, "cheaper"),
     (CHICAGO, "lakeview freight signed w Haulix, that one's gone", LF, "Haulix"),
     (CHICAGO, "Lakeview: Dana says they signed w Haulix, we lost it", LF, "Haulix"),
     (SHANGHAI, "昆山宏远跟别家签了，我们丢了", HY, "别家")],
)  # fmt: skip
def test_a_loss_said_with_w_for_with_is_stored(app, admin, chat, clock, zone, text, customer, reason) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    deal = _deal(exported(app, admin), customer)
    assert deal["stage"] == "lost" and reason.lower() in (deal["lost_reason"] or "").lower(), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    ["lakeview might go w a cheaper outfit, dana isn't sure", "lakeview may sign w Haulix, dana's deciding"],
)
def test_a_loss_said_with_w_but_hedged_is_still_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *DEALS)
    reply = texts(chat.send(text))
    assert _deal(exported(app, admin), LF)["stage"] == "proposal", reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_whole_acronym_alias_names_its_customer_beside_a_longer_one(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, CHICAGO, *DEALS)
    chat.send("/customer add Lakeview Fuel Co, alias=LFC")
    chat.send("/customer add Lakeview Fuel Cooperative Association, alias=LFCA")
    chat.send("/contact add Lakeview Fuel Co: Rhea Olsen, title=Buyer")
    reply = texts(chat.send("LFC: Rhea mentioned they're adding a second depot in the fall"))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [
        ("Lakeview Fuel Co", "Rhea Olsen")
    ], reply
    before = exported(app, admin)
    reply = texts(chat.send("Lakeview Fuel: new buyer is Tom Weir"))
    assert _asked(reply) and exported(app, admin)["customers"] == before["customers"], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [(SHANGHAI, "昆山宏远的工单号QX20290425-31，陈总让我记一下", HY, "陈国栋"),
     (SHANGHAI, "陈国栋喜欢钓鱼，下回带他去水库边吃饭", HY, "陈国栋"),
     (SHANGHAI, "陈国栋爱喝红茶，不喝咖啡", HY, "陈国栋"),
     (CHICAGO, "lakeview: the label printer glitch, dana's handling it", LF, "Dana Price"),
     (CHICAGO, "Lakeview's dock door sensor - Dana's on it", LF, "Dana Price"),
     (CHICAGO, "lakeview: dana opened work order WO40417-3 for the forklift repair", LF, "Dana Price")],
)  # fmt: skip
def test_a_contacts_liking_or_handling_and_a_record_code_are_a_note(
    app, admin, chat, clock, zone, text, customer, person
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [(customer, person)], reply
    assert data["deals"] == before["deals"], reply
    assert "Save" not in reply and "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [(SHANGHAI, "陈国栋喜欢我们的方案，价格可能要降一点"),
     (SHANGHAI, "昆山宏远工单号QX2029-31，陈总说金额大概30万左右"),
     (CHICAGO, "dana at lakeview likes the proposal, might do 30k or so")],
)  # fmt: skip
def test_a_liking_of_our_price_or_a_rough_figure_beside_a_code_is_still_asked(
    app, admin, chat, clock, zone, text
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    before = exported(app, admin)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [] and data["deals"] == before["deals"], reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(SHANGHAI, "更正：昆山宏远的金额是25万，不是20万", HY, "250000"),
     (CHICAGO, "correction: Lakeview Freight is 45k not 40k", LF, "45000")],
)  # fmt: skip
def test_a_correction_that_states_the_change_with_nothing_to_correct_is_stored(
    app, admin, chat, clock, zone, text, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    reply = texts(chat.send(text))
    assert _deal(exported(app, admin), customer)["amount"] == int(amount), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["更正：昆山宏远的金额大概25万吧", "更正：昆山宏远的金额是25万，不是30万"])
def test_a_stated_correction_hedged_or_of_another_amount_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, SHANGHAI, *DEALS)
    reply = texts(chat.send(text))
    assert _deal(exported(app, admin), HY)["amount"] == 200000, reply
    assert _asked(reply), reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "first", "fix", "customer", "reason"),
    [(SHANGHAI, "昆山宏远丢了，交期太长", "不是交期的问题，是他们换了供应商", HY, "供应商"),
     (CHICAGO, "lost lakeview freight, price too high", "sorry, wasn't the price - budget got pulled",
      LF, "budget")],
)  # fmt: skip
def test_the_reason_of_a_loss_put_right_replaces_it(
    app, admin, chat, clock, zone, first, fix, customer, reason
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone, *DEALS)
    chat.send(first)
    reply = texts(chat.send(fix))
    deal = _deal(exported(app, admin), customer)
    assert deal["stage"] == "lost" and reason in deal["lost_reason"], reply
    assert "交期" not in deal["lost_reason"] and "price" not in deal["lost_reason"], reply
