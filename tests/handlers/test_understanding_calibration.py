"""The calibrated store-or-ask table: each row, the decision path it reads, and what it never touches.

Every row of `calibration.CARD` has a test here; the paths are checked on the reader (fast), what is
stored or shown through the real chat.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from handlers.understanding import activity_opinion
from handlers.understanding.calibration import CARD, card_reasons
from handlers.understanding.decision_path import collected, date_form
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading

MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def test_the_table_has_only_the_rows_tested_here() -> None:
    row = {"kind_from": frozenset({"default"}), "people": frozenset({"known", "named"})}
    assert (row,) == CARD


@pytest.mark.parametrize(
    ("path", "reasons"),
    [({"kind_from": "default", "kind": "note", "people": "known"}, ["kind_from", "people"]),
     ({"kind_from": "default", "kind": "note", "people": "named"}, ["kind_from", "people"]),
     ({"kind_from": "default", "kind": "note", "people": "none"}, []),
     ({"kind_from": "said", "kind": "call", "people": "known"}, []),
     ({"kind_from": "went", "kind": "visit", "people": "named"}, []),
     ({"kind_from": "news", "kind": "note", "people": "known"}, []),
     ({"kind_from": "carried", "kind": "email", "people": "known"}, []), ({}, [])],
)  # fmt: skip
def test_only_a_person_met_in_no_kind_of_contact_is_a_reason_to_ask(path, reasons) -> None:
    assert card_reasons(path) == reasons


def test_a_value_in_a_list_of_values_counts_and_every_feature_of_a_row_must_match() -> None:
    table = ({"dates": frozenset({"due/weekday"}), "link": frozenset({"typo"})},)
    both = {"dates": ("close/period", "due/weekday"), "link": "typo"}
    assert card_reasons(both, table) == ["dates", "link"]
    assert card_reasons({"dates": ("due/weekday",), "link": "exact"}, table) == []
    assert card_reasons({"dates": ("close/period",), "link": "typo"}, table) == []


@pytest.mark.parametrize(
    ("words", "form"),
    [("thursday week", "weekday"), ("下週二", "weekday"), ("3/14", "day_number"), ("the 9th", "day_number"),
     ("二十号", "day_number"), ("end of quarter", "period"), ("月底", "period"), ("tomorrow", "relative"),
     ("后天", "relative"), ("5pm", "clock")],
)  # fmt: skip
def test_the_form_of_a_date_is_the_family_of_words_that_said_it(words, form) -> None:
    when = find_when(words, now=MONDAY, tz=BERLIN)
    assert when is not None and date_form(words, when) == form


def activities(app, admin) -> list[tuple[str, str]]:
    data = exported(app, admin)
    return [(a["customer"], a["kind"]) for a in data["activities"]]


@pytest.fixture
def crm(chat):
    chat.send("/customer add Wexford Dairy Ltd, alias=Wexford")
    chat.send("/customer add 青岛海川渔业有限公司, alias=海川渔业")
    return chat


@pytest.mark.parametrize(
    ("text", "customer"),
    [("Wexford Dairy: Orla Byrne happy with the bottling line", "Wexford Dairy Ltd"),
     ("海川渔业孙总 冷库扩建完成了", "青岛海川渔业有限公司")],
)  # fmt: skip
def test_a_person_met_in_no_kind_of_contact_is_shown_first(app, admin, crm, text, customer) -> None:
    activity_opinion.switch(False)  # the learned kind (below) takes the ones it is sure of
    try:
        card = texts(crm.send(text))
        assert activities(app, admin) == []  # the card, nothing stored yet
        assert f"a note about {customer}" in card or f"关于{customer}的备注" in card
        crm.press("Save")
        assert activities(app, admin) == [(customer, "note")]
    finally:
        activity_opinion.switch(True)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("note: wexford is moving to a new warehouse in march", "note"),
     ("记一下 海川渔业的冷库扩建完成了", "note"),
     # ("海川渔业的冷库扩建完成了" with no note asked for, nobody and no figure: shown first since session 46,
     # test_everyday_s46.test_a_bare_note_with_nobody_and_no_figure_is_shown_first)
     ("phoned Wexford about the bottling line", "call"), ("emailed wexford the spec sheet", "email"),
     ("今天去海川渔业拜访了", "visit")],
)  # fmt: skip
def test_a_kind_said_or_a_fact_with_nobody_named_is_stored_at_once(app, admin, crm, text, kind) -> None:
    crm.send(text)
    assert [k for _, k in activities(app, admin)] == [kind]


@pytest.mark.parametrize("text", ["what's new with wexford?", "海川渔业最近怎么样", "morning all", "早上好"])
def test_questions_and_small_talk_never_get_a_card(app, admin, crm, text) -> None:
    with collected() as paths:
        reply = texts(crm.send(text))
    assert "I'll store" not in reply and "我将保存" not in reply and activities(app, admin) == []
    assert [p["route"] for p in paths] in (["question"], ["chit_chat"])


def test_each_write_notes_its_path_and_what_was_decided(app, admin, crm) -> None:
    with collected() as paths:
        crm.send("rang wexford about the price list")
        crm.send("remind me to chase wexford on friday")
    logged, reminded = paths
    assert logged["route"] == reminded["route"] == "write"
    assert logged["decision"] == reminded["decision"] == "stored"
    assert (logged["link"], logged["kind_from"], logged["kind"]) == ("alias", "said", "call")
    assert logged["operations"] == "log" and logged["dates"] == ("none",)
    assert reminded["operations"] == "remind" and reminded["dates"] == ("due/weekday",)
    assert reminded["steps"] == "asked" and reminded["kind_from"] == "none"


def test_the_learned_kind_takes_a_log_it_is_sure_of(app, admin, crm) -> None:
    """i17-log: "gave me a tour of the bottling line" is in no kind word; the learned opinion of the
    kind (activity_opinion) is sure it was a visit, so it is stored at once. (i18-log: "walked me through"
    is a meeting word now.)"""
    crm.send("Wexford Dairy: Orla Byrne gave me a tour of the bottling line")
    assert activities(app, admin) == [("Wexford Dairy Ltd", "visit")]
