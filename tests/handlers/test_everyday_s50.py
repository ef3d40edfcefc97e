"""Session 50, everyday wordings from the blind S7, S8 and S9 development halves (issue 13).

- "6.2 million pesos" from Manila is Philippine pesos: a bare "pesos" is the writer's own peso (it switched a
  PHP deal to Mexican pesos).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

FRIDAY = (2031, 9, 26, 16, 45)


@pytest.fixture
def manila(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Manila")))
    replay(
        chat, clock, "/tz Asia/Manila",
        "/customer add Ortigas Data Centers Inc", "/contact add Ortigas Data Centers Inc: Kevin Tan Sy",
        "/deal Ortigas Data Centers Inc 5500000 PHP negotiation",
    )  # fmt: skip
    return chat


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_pesos_from_manila_are_philippine_pesos(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    said = "met kevin tan sy at ortigas data centers, 2 more racks so total goes up to 6.2 million pesos"
    reply = texts(manila.send(said))
    deal = _deal(app, admin, "Ortigas Data Centers Inc")
    assert (str(deal["amount"]), deal["currency"]) == ("6200000", "PHP"), reply


def test_mexican_pesos_said_outright_are_asked_of_a_philippine_peso_deal(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    reply = texts(manila.send("ortigas data centers wants it in mexican pesos now"))
    deal = _deal(app, admin, "Ortigas Data Centers Inc")
    assert (str(deal["amount"]), deal["currency"]) == ("5500000", "PHP"), reply
    assert "?" in reply
