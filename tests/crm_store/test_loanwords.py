"""A Japanese name's katakana-origin words said in English: Yokohama Kemikaru is "Yokohama Chemical", Kansai
Erebeta "Kansai Elevator", Kobe Kicchin "Kobe Kitchen"; never a name's English word, nor a loanword away from
the name's other words."""

from __future__ import annotations

import pytest

from crm_store.search.gazetteer import CustomerRow, Gazetteer, forms_of
from crm_store.search.linker import find_mentions
from crm_store.search.loanwords import katakana_key, romaji_key
from tests.conftest import texts

ROWS = {
    1: CustomerRow(1, "Yokohama Kemikaru KK", (), ("Hayashi Jun",), ()),
    2: CustomerRow(2, "Kansai Erebeta Service KK", (), (), ()),
    3: CustomerRow(3, "Tomoe Robotto Kogyo KK", (), (), ()),
    4: CustomerRow(4, "Prairie Forge Metals Inc", (), (), ()),
}


def _gazetteer() -> Gazetteer:
    return Gazetteer.build(1, ROWS, {i: forms_of(row) for i, row in ROWS.items()})


def test_romaji_and_english_meet_in_kana() -> None:
    assert romaji_key("kemikaru") == katakana_key("chemical")
    assert romaji_key("erebeta") == katakana_key("elevator")  # エレベーター, long marks left out
    assert romaji_key("medikaru") == katakana_key("medical")  # ディ written di
    assert romaji_key("supply") is None and romaji_key("forge") is None  # no romaji: no key


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("emailed Hayashi-san (Yokohama Chemical) the data sheets", 1),
        ("Kansai Elevator Service wants a quote", 2),
        ("visited tomoe robot kogyo today", 3),
    ],
)
def test_the_english_word_names_the_customer(text, customer) -> None:
    best = find_mentions(_gazetteer(), text)[0]
    assert best.customer_id == customer and not best.partial and best.score >= 99, best


def test_a_loanword_away_from_the_name_names_nothing() -> None:
    assert not [m for m in find_mentions(_gazetteer(), "the chemical plant called") if m.customer_id == 1]
    assert not [m for m in find_mentions(_gazetteer(), "Osaka Robot Systems, new lead") if m.customer_id == 3]


def test_a_log_with_the_english_name_is_stored(chat) -> None:
    chat.send("/customer add Yokohama Kemikaru KK")
    chat.send("/contact add Yokohama Kemikaru KK: Hayashi Jun, title=Plant Manager")
    reply = texts(chat.send("I sent the email to Hayashi-san (Yokohama Chemical) about safety data sheets."))
    assert "Yokohama Kemikaru KK" in reply and "Not sure" not in reply and "?" not in reply, reply


def test_a_loanword_told_apart_by_its_last_vowel_or_spelled_like_an_english_word() -> None:
    rows = {
        1: CustomerRow(1, "Shizuoka Ti Rabo KK", (), (), ()),
        2: CustomerRow(2, "Setouchi Marin Supply KK", (), (), ()),
    }
    gazetteer = Gazetteer.build(1, rows, {i: forms_of(row) for i, row in rows.items()})
    best = find_mentions(gazetteer, "met Suzuki-san of Shizuoka Tea Lab")[0]  # ラボ, "lab" read ラブ
    assert best.customer_id == 1 and not best.partial and best.score >= 99, best
    best = find_mentions(gazetteer, "Setouchi Marine Supply wants a quote")[0]  # "marin" is English too
    assert best.customer_id == 2 and not best.partial and best.edits == 0, best
