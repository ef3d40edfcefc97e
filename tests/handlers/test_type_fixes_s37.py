"""Bugs the type checker found (session 37, lane i37-types), through the real handler stack."""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading


@pytest.fixture
def twins(chat):
    chat.send("/customer add Halvorsen Marine")
    chat.send("/customer add Halvorsen Mining")
    chat.send("/customer add 恒丰物流有限公司")
    chat.send("/customer add 衡峰物流有限公司")
    return chat


@pytest.mark.parametrize(
    ("text", "pick", "customer"),
    [
        ("phoned halvorsen marine or halvorsen mining, not sure which one", "1", "Halvorsen Marine"),
        ("phoned halvorsen marine or halvorsen mining, not sure which one", "2", "Halvorsen Mining"),
        ("恒丰还是衡峰来着，今天上门拜访了", "1", "恒丰物流有限公司"),
        ("恒丰还是衡峰来着，今天上门拜访了", "2", "衡峰物流有限公司"),
    ],
)
def test_either_of_two_customers_then_either_pick_is_stored(app, admin, twins, text, pick, customer) -> None:
    """Asked which of two customers the user meant, either button stores the message with that customer
    (other_customers returned one list, not two, when the first one named was picked: "something went
    wrong" on the first button)."""
    asked = twins.send(text)
    assert asked[0].buttons and exported(app, admin)["activities"] == []
    reply = texts(twins.send(pick))
    assert "went wrong" not in reply
    stored = exported(app, admin)["activities"]
    assert [a["customer"] for a in stored] == [customer]
