"""Records that fit, or only nearly fit, read by i36-records (session 36, issue 13). Own wordings, not an
evaluation set's; the clock is Thu 2029-04-26 10:20 local.

What made the reader certain, and the property that should have made it doubt:

- a company named in full that starts like a known customer's name but goes on with other words where the
  known name goes on ("Brightwater Tile & Stone" for Brightwater Tiling Supplies, "Harlow Mill Co" beside
  a contact of Harlow Millworks, "宁波远帆科技" for 宁波远帆物流, "青禾食材公司" for 青禾食品): the same
  company misspelt or renamed, or another one? Asked ("Did you mean …?"), never stored on the known one.

The twins, where the name is the known one (or its first words, its words with some left out, an
abbreviation of one, its deal's title or a part of the company after it), are stored.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import two_customers

SH, CHI = "Asia/Shanghai", "America/Chicago"
BW, HM, YF, QH = (
    "Brightwater Tiling Supplies",
    "Harlow Millworks Studio",
    "宁波远帆物流有限公司",
    "杭州青禾食品有限公司",
)


def _world(chat, clock, zone: str) -> None:  # type: ignore[no-untyped-def]
    two_customers(
        chat,
        clock,
        zone,
        f"/customer add {BW}",
        f"/customer add {HM}",
        f"/customer add {YF}",
        f"/customer add {QH}",
        f"/contact add {HM}: Priya Okafor, title=Studio Lead",
        f"/contact add {YF}: 孙立平, title=总经理",
        f"/contact add {QH}: 蒋文静, title=采购经理",
        f"/deal {BW} 18000 USD proposal",
        f"/deal {YF} 260000 CNY proposal",
    )


ASKED = [
    (CHI, "brightwater tile & stone - they want 25k of grout"),
    (CHI, "Brightwater Tile Depot wants to go to 25k"),
    (CHI, "Harlow Mill Co: Priya asked for a 6k quote on the press"),
    (SH, "宁波远帆科技 金额改成30万"),
    (SH, "宁波远帆物联 金额改成30万"),
    (SH, "青禾食材公司的蒋经理要谈个八万的单子"),
]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(("zone", "text"), ASKED)
def test_a_company_named_otherwise_than_the_known_one_is_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send(text)))


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text", "customer", "amount"),
    [(CHI, "brightwater tiling supplies - they want 25k of grout", BW, "25000"),
     (CHI, "brightwater - deal's at 25k now", BW, "25000"),
     (CHI, "brightwater team - deal's at 25k now", BW, "25000"),
     (CHI, "Brightwater Tiling Supp — deal's at 25k now", BW, "25000"),
     (CHI, "Brightwater Supplies: deal's at 25k now", BW, "25000"),
     (SH, "宁波远帆物流 金额改成30万", YF, "300000"),
     (SH, "宁波远帆那边 金额改成30万", YF, "300000"),
     (SH, "宁波远帆公司 金额改成30万", YF, "300000")],
)  # fmt: skip
def test_the_known_name_or_its_parts_is_stored(app, admin, chat, clock, zone, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock, zone)
    replies = texts(chat.send(text))
    deals = [d for d in exported(app, admin)["deals"] if d["customer"] == customer]
    assert [str(d["amount"]).split(".")[0] for d in deals] == [amount], replies
