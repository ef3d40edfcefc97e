"""A place in a customer's name said in English: Sternwarte München is "sternwarte munich", Rheinblick Köln
"rheinblick cologne", Sternwarte Schweiz "sternwarte switzerland"; the words that name two customers alike
("sternwarte") are still asked about."""

from __future__ import annotations

import pytest

from crm_store.search.normalize import in_english
from tests.conftest import texts

ASKED = ("I'll store:", "我将保存：", "?", "？", "Create it")


@pytest.fixture
def places(chat):
    chat.send("/customer add Sternwarte Optik GmbH, alias=Sternwarte München")
    chat.send("/customer add Sternwarte Optik Schweiz AG, alias=Sternwarte Schweiz")
    chat.send("/customer add Rheinblick Hotels GmbH, alias=Rheinblick Köln")
    chat.send("/contact add Sternwarte Optik GmbH: Katrin Vollmer, title=Head of Purchasing")
    chat.send("/contact add Sternwarte Optik Schweiz AG: Reto Meier, title=CEO")
    return chat


def test_a_place_is_written_the_english_way() -> None:
    assert in_english("sternwarte munchen") == ["sternwarte munich"]
    assert in_english("rheinblick koln") == ["rheinblick cologne"]
    assert in_english("acme logistics") == []


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("sternwarte munich: katrin called, wants the price list", "Sternwarte Optik GmbH"),
        ("sternwarte switzerland: reto called about the lenses", "Sternwarte Optik Schweiz AG"),
        ("Rheinblick Cologne - emailed them the revised quote", "Rheinblick Hotels GmbH"),
    ],
)
def test_a_name_said_with_the_english_place_is_found(places, text, customer) -> None:
    reply = texts(places.send(text))
    assert not any(word in reply for word in ASKED) and customer in reply, reply


def test_the_shared_words_are_still_asked(places) -> None:
    reply = texts(places.send("sternwarte called, wants the price list"))
    assert any(word in reply for word in ASKED), reply
