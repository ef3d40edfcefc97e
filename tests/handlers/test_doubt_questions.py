"""The question a doubt gets fits the doubt, and a change of contact that names the new one is stored.

Found on session 26's sealed look: "换了对接人，新的是财务总监孔令辉" was asked "“换了对接人”是多少？" (a
doubt of a contact changed with nobody named, though the message names one), and every doubt that was not
about money (who, when, a deferral) was asked "how much". Own wordings and customers."""

from __future__ import annotations

import pytest

from crm_store.transfer.exporter import export_data
from tests.conftest import texts


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    for line in (
        "/customer add 绍兴柯桥织造有限公司, alias=柯桥织造",
        "/customer add 觀塘利豐五金有限公司, alias=利豐五金",
        "/customer add Harrow Pipeworks Ltd, alias=Harrow",
        "/contact add 柯桥织造: 沈国强, title=采购经理",
    ):
        chat.send(line)
    return chat


def contacts(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        data = export_data(session, admin.org_id, now=app.clock())
    return sorted(p["name"] for c in data["customers"] for p in c["contacts"])


@pytest.mark.parametrize(
    ("message", "named"),
    [("柯桥织造换了对接人，新的是生产部长钱立群，电话13857512345", "钱立群"),
     ("利豐五金換咗採購，新嘅係採購主任麥家俊，電話 9876 5432", "麥家俊"),
     ("harrow changed their buyer, the new one is Petra Lund, petra@harrow.example", "Petra Lund")],
)  # fmt: skip
def test_a_change_of_contact_that_names_the_new_one_is_stored(app, admin, book, message, named) -> None:
    reply = texts(book.send(message))
    assert "多少" not in reply and "How much" not in reply
    assert named in contacts(app, admin)


@pytest.mark.parametrize(
    "message",
    [
        "柯桥织造那边换了对接人",
        "harrow contact changed",
        "柯桥织造等过了国庆再说",
        "柯桥织造的单子价格按上次的来",
    ],
)
def test_a_doubt_that_is_not_about_money_asks_for_the_detail_not_how_much(app, admin, book, message) -> None:
    reply = texts(book.send(message))
    assert "多少" not in reply.split("：")[0] and "How much" not in reply
    assert "who, which day or how much" in reply or "是谁、哪一天或多少钱" in reply
    assert contacts(app, admin) == ["沈国强"]


def test_a_doubt_about_money_still_asks_how_much(book) -> None:
    book.send("/lang zh")
    assert "是多少" in texts(book.send("柯桥织造那个单子大概几十万"))
