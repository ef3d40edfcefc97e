"""Where a careful rep asks, and where two customers in one message are both meant (issue 13).

Fresh wordings and customers of this file only: a person who left, a family name shared with another
customer's name, one brand read two ways, a further customer only talked about, amounts written in 亿,
losses said as "taken by a rival". Reading checks run without a database; the chat checks look at what
the CRM holds afterwards.
"""

from __future__ import annotations

import pytest

from handlers.parsing.amounts import find_amounts
from handlers.parsing.hanzi import simplified
from handlers.understanding import lexicon as lx
from tests.conftest import texts
from tests.support.exported import exported


@pytest.mark.parametrize(
    ("text", "value"),
    [("预算调到3亿4千万", 340_000_000), ("合同额 两亿五千万", 250_000_000), ("總價2億3千萬", 230_000_000),
     ("改成1亿500万", 105_000_000), ("报价6万8", 68_000)],
)  # fmt: skip
def test_an_amount_in_yi_and_wan_is_one_amount(text, value) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "lost"),
    [("思源那单最后没拿下来，被友商截胡了", True), ("标书交了，可惜落标", True), ("合同给了别家", True),
     ("a rival snagged the contract last week", True), ("they awarded the tender to a local firm", True),
     ("we didn't land the deal in the end", True), ("还没拿下这个单子，下周再谈", False),
     ("今天没拿到报价单", False), ("didn't get it, can you resend the deck", False)],
)  # fmt: skip
def test_a_deal_taken_by_a_rival_is_a_loss(text, lost) -> None:
    assert bool(lx.LOST_WORDS.search(simplified(text))) is lost


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    for line in (
        "/customer add Ostrander Mills",
        "/customer add Quillon Foods",
        "/customer add Kowalski Plumbing",
        "/customer add Tessaro Hotels",
        "/customer add 华兴电子有限公司, alias=华兴电子",
        "/customer add 华星电子有限公司, alias=华星电子",
        "/customer add 远东物流有限公司, alias=远东物流",
        "/deal Ostrander Mills 30k proposal",
        "/deal Tessaro Hotels 2000000 JPY proposal",
        "/deal 远东物流有限公司 40万 CNY proposal",
        "/lost 远东物流有限公司 价格",
        "/deal 华兴电子有限公司 60万 CNY qualified",
        "/contact add Tessaro Hotels: Irena Kowalski, title=Facilities Manager",
        "/contact add Ostrander Mills: Bram Oduya, title=Plant Manager",
        "/contact add Ostrander Mills: Carmen Vlad, title=Buyer",
        "/left Bram Oduya at Ostrander Mills",
        "/contact add 华兴电子有限公司: 吴建, title=工程师",
    ):
        chat.send(line)
    return chat


def test_a_person_who_left_the_customer_is_asked_about(app, admin, book) -> None:
    before = exported(app, admin)["activities"]
    card = texts(book.send("Bram Oduya phoned, keen to sign the renewal"))
    assert "Bram Oduya" in card and "Ostrander Mills" in card
    assert exported(app, admin)["activities"] == before  # shown on the card, not stored
    book.send("called Carmen at Ostrander Mills about the pallets")  # somebody who is there now
    assert [a["contact"] for a in exported(app, admin)["activities"][len(before) :]] == ["Carmen Vlad"]


def test_a_family_name_of_another_customers_contact_is_asked_about(app, admin, book) -> None:
    before = exported(app, admin)["activities"]
    replies = book.send("spoke to Kowalski, she wants a quote for the lobby")
    options = " ".join(button.label for reply in replies for button in reply.buttons)
    assert "Kowalski Plumbing" in options and "Tessaro Hotels" in options
    assert exported(app, admin)["activities"] == before


def test_a_name_as_written_beats_one_that_only_sounds_the_same(app, admin, book) -> None:
    book.send("今天拜访了华兴电子和远东物流")
    logged = {(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]}
    assert logged >= {("华兴电子有限公司", "visit"), ("远东物流有限公司", "visit")}
    assert not any(customer == "华星电子有限公司" for customer, _ in logged)


def test_a_customer_only_talked_about_gets_no_record_of_its_own(app, admin, book) -> None:
    book.send("coffee with Carmen from Ostrander Mills, she recommended us to Quillon Foods")
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged[-1] == ("Ostrander Mills", "Carmen Vlad")
    assert not any(customer == "Quillon Foods" for customer, _ in logged)


def test_a_loss_on_record_is_not_made_up_again_beside_another_customer(app, admin, book) -> None:
    book.send("华兴电子 进入方案阶段；远东物流那边还是没戏")
    deals = [(d["customer"], d["stage"]) for d in exported(app, admin)["deals"]]
    assert ("华兴电子有限公司", "proposal") in deals
    assert deals.count(("远东物流有限公司", "lost")) == 1


def test_an_amount_far_off_a_foreign_currency_deal_is_asked_about(app, admin, book) -> None:
    reply = texts(book.send("Tessaro wants it at 25k"))
    [deal] = [d for d in exported(app, admin)["deals"] if d["customer"] == "Tessaro Hotels"]
    assert "25k" in reply and str(deal["amount"]) in ("2000000", "2000000.00")


def test_a_customer_named_again_takes_its_own_clause(app, admin, book) -> None:
    book.send("上午去了华兴电子和远东物流，华兴电子吴工要看演示，远东物流那边没见到人")
    visits = {a["customer"]: a["contact"] for a in exported(app, admin)["activities"]}
    assert visits == {"华兴电子有限公司": "吴建", "远东物流有限公司": None}
