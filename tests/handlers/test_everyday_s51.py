"""Session 51, everyday wordings from the blind S10 development half (issue 13).

- "400 000 kr", "kr 85 000", "250 000 kroner", "八十万克朗": a krona without its country. It was not read as
  money at all (the figure was dropped into a note). From Stockholm it is the Swedish krona at a Swedish
  customer or a deal kept in SEK; at a Norwegian customer, or for a deal kept in NOK or EUR, which krona is
  asked; "kronor", "NOK", "挪威克朗" say theirs.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


@pytest.fixture
def year_end(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Monday 29 December 2031, 09:10: a rep in Stockholm and one in Xi'an."""
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Europe/Stockholm")))
    reps = {}
    for rep, zone, locale, setup in (
        ("Hampus", "Europe/Stockholm", "en", (
            "/customer add Kiruna Gruvservice AB, phone=+46 8 555 0100",
            "/deal Kiruna Gruvservice AB 400000 SEK proposal",
            "/customer add Oslo Kontorsenter AS, phone=+47 2255 0100",
            "/customer add Bergen Sjømat AS, phone=+47 5555 0100",
            "/deal Bergen Sjømat AS 1100000 NOK negotiation",
            "/customer add Uppsala Lab Instruments AB, phone=+46 18 555 0100",
            "/deal Uppsala Lab Instruments AB 180000 EUR proposal",
            "/customer add Visby Hotell AB, phone=+46 498 555 0100",
        )),
        ("雷晓婷", "Asia/Shanghai", "zh", (
            "/customer add 哥本哈根设计家具, phone=+45 3355 0100",
            "/deal 哥本哈根设计家具 500000 DKK proposal",
        )),
    ):  # fmt: skip
        reps[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(reps[rep], clock, *setup)
    return reps


def test_kr_from_stockholm_is_swedish_at_a_swedish_deal(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["Hampus"].send("Kiruna Gruvservice revised to 450 000 kr"))
    deal = _deal(app, admin, "Kiruna Gruvservice AB")
    assert (str(deal["amount"]), deal["currency"]) == ("450000", "SEK"), reply
    reply = texts(year_end["Hampus"].send("Visby Hotell wants a quote, 120 000 kr"))
    deal = _deal(app, admin, "Visby Hotell AB")
    assert (str(deal["amount"]), deal["currency"]) == ("120000", "SEK"), reply


@pytest.mark.parametrize(
    "text",
    [
        "Oslo Kontorsenter want 400 000 kr project",  # a Norwegian customer: NOK or SEK?
        "Bergen Sjømat now 1 200 000 kr",  # a deal kept in NOK
        "Uppsala Lab Instruments quote is 300 000 kr",  # a deal kept in EUR
    ],
)
def test_kr_of_another_krona_or_currency_is_asked(app, admin, year_end, text: str) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(year_end["Hampus"].send(text))
    asked_and_nothing_stored(app, admin, before, reply)
    assert "krona" in reply, reply


def test_the_krona_picked_is_kept(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    year_end["Hampus"].send("Bergen Sjømat now 1 200 000 kr")
    reply = texts(year_end["Hampus"].send("2"))  # Norwegian kroner
    deal = _deal(app, admin, "Bergen Sjømat AS")
    assert (str(deal["amount"]), deal["currency"]) == ("1200000", "NOK"), reply


def test_a_krona_said_from_elsewhere_is_the_deals_own(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["雷晓婷"].send("哥本哈根设计家具报价改成五十五万克朗"))
    deal = _deal(app, admin, "哥本哈根设计家具")
    assert (str(deal["amount"]), deal["currency"]) == ("550000", "DKK"), reply
