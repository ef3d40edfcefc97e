"""Two customers in one message, one named by the words before its legal form ("Calls with Ennis Dairy and
Wicklow Mountain Water": Ennis Dairy Co-operative): both are logged, and the first is no new contact called
"Ennis Dairy". A co-operative is a legal form like Ltd ("co operative" was read as "co" + a word)."""

from __future__ import annotations

from crm_store.search.normalize import fold, strip_legal
from tests.conftest import texts


def test_a_cooperative_is_a_legal_form() -> None:
    assert strip_legal(fold("Ennis Dairy Co-operative")) == "ennis dairy"
    assert strip_legal(fold("Red River Valley Co-op")) == "red river valley"
    assert strip_legal(fold("Driftless Dairy Cooperative")) == "driftless dairy"


def test_two_customers_called_are_both_logged(chat) -> None:
    chat.send("/customer add Ennis Dairy Co-operative")
    chat.send("/customer add Wicklow Mountain Water Ltd")
    reply = texts(
        chat.send("Calls with Ennis Dairy and Wicklow Mountain Water this morning, both want the price list")
    )
    assert (
        "Logged call · Ennis Dairy Co-operative" in reply and "Logged call · Wicklow Mountain Water" in reply
    ), reply
    assert "new contact" not in reply, reply


def test_the_time_and_verb_before_the_later_name_are_its_own(chat) -> None:
    chat.send("/customer add 仙桃鑫达无纺布有限公司")
    chat.send("/customer add 潜江楚源化工有限公司")
    chat.send("/deal 潜江楚源化工有限公司 280000 CNY proposal")
    reply = texts(chat.send("上午去了仙桃鑫达下午去了潜江楚源两边都要报价"))
    assert "visit · 仙桃鑫达无纺布有限公司" in reply and "visit · 潜江楚源化工有限公司" in reply, reply
