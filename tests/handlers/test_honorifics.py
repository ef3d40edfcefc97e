"""A person named with a Japanese honorific ("Morita-san", "Fujii-sama", "Sato sensei") is that contact and
the honorific is part of the mention, not a word left unused; an honorific on a name the organisation does not
know, or on a given name two contacts share, is still asked about."""

from __future__ import annotations

import pytest

from crm_store.search.scoring import without_honorific
from tests.conftest import texts

ASKED = ("I'll store:", "?", "Create it")


@pytest.fixture
def kenji(chat):
    chat.send("/customer add Tomoe Shokuhin KK")
    chat.send("/contact add Tomoe Shokuhin KK: Nakamura Emi, title=Quality Manager")
    chat.send("/customer add Matsumoto Shika Clinic KK")
    chat.send("/contact add Matsumoto Shika Clinic KK: Aoki Shota, title=Manager")
    chat.send("/customer add Setouchi Marin Supply KK")
    chat.send("/contact add Setouchi Marin Supply KK: Mori Kenta, title=Sales Manager")
    chat.send("/customer add Shizuoka Ti Rabo KK")
    chat.send("/contact add Shizuoka Ti Rabo KK: Suzuki Kenta, title=Research Manager")
    chat.send("/deal Tomoe Shokuhin KK 2400000 JPY proposal")
    return chat


def test_the_honorific_is_taken_off_the_name() -> None:
    assert without_honorific("Morita-san") == "Morita"
    assert without_honorific("Sato sensei") == "Sato"
    assert without_honorific("Takashi") == "Takashi"  # a name ending in -shi keeps it
    assert without_honorific("Fujii-sama") == "Fujii"
    assert without_honorific("Eric Chan") == "Eric Chan"  # a Cantonese family name, not -chan


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Called Aoki-san at Matsumoto Shika Clinic, he wants one more demo.", "Aoki Shota"),
        ("Lunch with Nakamura-sama from Tomoe Shokuhin today, she liked the proposal.", "Nakamura Emi"),
        ("Phone with Mori-kun of Setouchi Marin Supply, positive about the catalogue.", "Mori Kenta"),
    ],
)
def test_a_contact_with_an_honorific_is_logged_with_them(kenji, text, shown) -> None:
    reply = texts(kenji.send(text))
    assert not any(word in reply for word in ASKED) and shown in reply, reply


def test_a_contact_with_an_honorific_in_deal_news_is_no_unused_word(kenji) -> None:
    reply = texts(kenji.send("Tomoe Shokuhin moves to negotiation. Nakamura-san approved it internally."))
    assert "Not used" not in reply and "negotiation" in reply, reply


def test_an_unknown_name_with_an_honorific_is_still_asked(kenji) -> None:
    reply = texts(kenji.send("Tomoe Shokuhin moves to negotiation. Yamada-san approved it internally."))
    assert any(word in reply for word in ASKED), reply


def test_a_given_name_two_contacts_share_is_asked(kenji) -> None:
    reply = texts(kenji.send("Kenta-san called me about the order today."))
    assert any(word in reply for word in ASKED), reply
