"""Reading other CRMs' cells and headers: amounts, dates, domains, stages, which file is which."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from crm_store.transfer.columns import detect_kind, detect_vendor, map_columns
from crm_store.transfer.values import (
    BadValue,
    DateReader,
    activity_kind,
    parse_amount,
    stage_lookup,
    value_key,
    web_domain,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("$1,234.50", (Decimal("1234.50"), "USD")),
        ("1.234,50 €", (Decimal("1234.50"), "EUR")),
        ("EUR 99", (Decimal("99"), "EUR")),
        ("¥1,200,000", (Decimal("1200000"), "CNY")),
        ("12万", (Decimal("120000"), "USD")),
        ("3.5亿元", (Decimal("350000000.0"), "CNY")),
        ("1 000 000 CHF", (Decimal("1000000"), "CHF")),
        ("4514", (Decimal("4514"), "USD")),
        ("", (None, "USD")),
    ],
)
def test_amounts(cell: str, expected: tuple) -> None:
    assert parse_amount(cell, "USD") == expected


def test_an_amount_that_is_no_number_is_refused() -> None:
    with pytest.raises(BadValue, match="not a number"):
        parse_amount("call me", "USD")


def test_day_and_month_order_comes_from_the_whole_column() -> None:
    european = DateReader(["03/04/2024", "25/12/2024"])
    assert european.day_first and european.day("03/04/2024") == date(2024, 4, 3)
    american = DateReader(["03/04/2024", "12/25/2024"])
    assert not american.day_first and american.day("03/04/2024") == date(2024, 3, 4)
    undecided = DateReader(["03/04/2024"])
    assert undecided.undecided
    assert DateReader([]).day("2024年3月2日") == date(2024, 3, 2)
    shanghai = ZoneInfo("Asia/Shanghai")
    assert DateReader([]).moment("2024-03-01 14:00", shanghai) == datetime(2024, 3, 1, 6, tzinfo=UTC)
    assert DateReader([]).moment("2024-03-01T10:00:00.000Z", shanghai) == datetime(2024, 3, 1, 10, tzinfo=UTC)
    with pytest.raises(BadValue):
        DateReader([]).day("31/31/2024")


def test_web_domains_and_free_mail() -> None:
    assert web_domain("https://www.Acme.com/about") == "acme.com"
    assert web_domain("jane@acme.com") == "acme.com"
    assert web_domain("jane@gmail.com") is None and web_domain("ceo@qq.com") is None
    assert web_domain("n/a") is None


def test_stage_names_and_activity_kinds() -> None:
    stages = stage_lookup(("lead", "qualified", "proposal", "negotiation", "won", "lost"), {"Parked": "lead"})
    for theirs, ours in (
        ("Closed Won", "won"),
        ("closedlost", "lost"),
        ("Proposal/Price Quote", "proposal"),
        ("Negotiation/Review", "negotiation"),
        ("Engaging", "qualified"),
        ("商务谈判", "negotiation"),
        ("Parked", "lead"),
        ("Prospecting", "lead"),
    ):
        assert stages[value_key(theirs)] == ours
    # a custom pipeline without "negotiation": the usual name maps to nothing rather than a guess
    assert "negotiation" not in stage_lookup(("new", "won", "lost")).values()
    assert [activity_kind(k) for k in ("Call", "Meeting", "拜访", "微信", "Email", "Pigeon")] == [
        "call",
        "meeting",
        "visit",
        "message",
        "email",
        None,
    ]


def test_kind_and_vendor_come_from_the_headers() -> None:
    assert detect_kind(["Id", "Name", "BillingCity"]) == "customers"
    assert detect_kind(["Id", "AccountId", "Name", "StageName", "Amount"]) == "deals"
    assert detect_kind(["Record ID", "First Name", "Last Name", "Email"]) == "contacts"
    assert detect_kind(["客户名称", "跟进时间", "跟进内容"]) == "activities"
    assert detect_kind(["Deal - Title", "Deal - Value", "Organization - Name"]) == "deals"
    assert detect_vendor(["Id", "Name", "BillingCity", "OwnerId"]) == "salesforce"
    assert detect_vendor(["Record ID", "Company name", "Phone Number"]) == "hubspot"
    assert detect_vendor(["客户名称", "电话"]) is None
    # "联系电话" is the customer's number unless the row names a contact person
    assert map_columns(["客户名称", "联系电话"]).fields["联系电话"] == "phone"
    assert map_columns(["客户名称", "联系人", "联系电话"]).fields["联系电话"] == "contact_phone"
