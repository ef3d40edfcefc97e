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
