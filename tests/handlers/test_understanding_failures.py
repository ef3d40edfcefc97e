"""One test per failure class of issue 13, in English and Chinese, through the real handler stack.

Each test sends what a rep would type and checks what the CRM holds afterwards (the export), so a
message that stores the wrong thing, or something when it should store nothing, fails here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crm_store.transfer.exporter import export_data
from handlers.parsing.amounts import find_amount
from handlers.parsing.dates import find_when
from tests.conftest import texts

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday, the FakeClock's start
BERLIN = ZoneInfo("Europe/Berlin")


def exported(app, admin) -> dict:
    with app.db.transaction() as session:
        return export_data(session, admin.org_id, now=app.clock())


def records(app, admin) -> tuple[int, int, list[tuple]]:
    data = exported(app, admin)
    deals = [
        (d["customer"], d["amount"], d["currency"], d["stage"], d["expected_close"]) for d in data["deals"]
    ]
    return len(data["activities"]), len(data["reminders"]), deals


@pytest.fixture
def seeded(chat):
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/contact add Acme: Jane Doe, title=CTO")
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("/deal Acme 20 seats 20k proposal")
    chat.send("/deal 华为 年度框架合同 50万 CNY proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["what's open with acme?", "who's our contact at Acme?", "how much is the acme deal", "华为最近怎么样",
     "华为的商机金额是多少", "morning all ☕", "早上好", "👍", "thanks team!"],
)  # fmt: skip
def test_questions_and_chit_chat_store_nothing(app, admin, seeded, text) -> None:
    before = records(app, admin)
    replies = seeded.send(text)
    assert records(app, admin) == before
    assert not any(b.label == "Undo" for r in replies for b in r.buttons)


def test_a_question_is_answered_from_the_crm(seeded) -> None:
    answer = texts(seeded.send("what's open with acme?"))
    assert "20 seats" in answer and "Jane Doe" in answer
    assert "年度框架合同" in texts(seeded.send("华为最近怎么样"))


@pytest.mark.parametrize(
    ("text", "close"),
    [("Acme will sign by 12/15", "2026-12-15"), ("华为月底签约", "2026-11-30"),
     ("华为合同下周二签", "2026-12-01"), ("Acme close end of Q1", "2027-03-31"),
     ("华为明年Q1签", "2027-03-31"),
     ("Acme close on the 12th", "2026-12-12"), ("华为12月20号截止", "2026-12-20")],
)  # fmt: skip
def test_expectations_are_close_dates_not_wins(app, admin, seeded, text, close) -> None:
    seeded.send(text)
    data = exported(app, admin)
    assert {d["stage"] for d in data["deals"]} == {"proposal"}
    assert close in {d["expected_close"] for d in data["deals"]}
    assert data["reminders"] == []


@pytest.mark.parametrize("text", ["Acme deal done", "Acme ordered", "Acme said yes to the pilot", "华为签了"])
def test_done_deals_are_wins(app, admin, seeded, text) -> None:
    seeded.send(text)
    assert "won" in {d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize(
    ("text", "local", "has_time"),
    [("华为下週三開會", "2026-12-02 09:00", False), ("明天下午3pm和华为开会", "2026-11-24 15:00", True),
     ("end of Q1", "2027-03-31 09:00", False), ("明年一季度", "2027-03-31 09:00", False),
     ("on the 12th", "2026-12-12 09:00", False)],
)  # fmt: skip
def test_dates_reps_write(text, local, has_time) -> None:
    when = find_when(text, now=NOW, tz=BERLIN)
    assert when is not None and when.at.strftime("%Y-%m-%d %H:%M") == local and when.has_time is has_time


@pytest.mark.parametrize("text", ["maybe call them", "sat down with Jane", "we may meet"])
def test_words_that_are_not_dates(text) -> None:
    assert find_when(text, now=NOW, tz=BERLIN) is None


@pytest.mark.parametrize(
    "text", ["500kg sample sent", "invoice #4471 paid", "PO 4471 received", "12 pallets", "发了50公斤样品"]
)
def test_numbers_that_are_not_money(text) -> None:
    assert find_amount(text) is None


@pytest.mark.parametrize(("text", "currency"), [("1.2m SEK", "SEK"), ("NOK 400k", "NOK"), ("80k eur", "EUR")])
def test_a_written_currency_code_is_kept(text, currency) -> None:
    amount = find_amount(text)
    assert amount is not None and amount.currency == currency and amount.value >= Decimal(80_000)
