"""Reminder wordings that were read wrong: a weekday or "remind" typed with a letter wrong ("wednsday",
"thurday", "remnd me"), and a contact who "is out feb 3-4" (away those days, not gone). Own wordings."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from crm_store.transfer.exporter import export_data
from handlers.parsing.dates import find_when
from handlers.understanding import lexicon as lx

FRIDAY = datetime(2028, 1, 21, 7, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [("wednsday 11 call the mill", "01-26"), ("thurday 3pm", "01-27"), ("by tuesday", "01-25"),
     ("see you on satday", "01-22")],
)  # fmt: skip
def test_a_weekday_typed_with_a_letter_wrong_is_that_day(text, day) -> None:
    when = find_when(text, now=FRIDAY, tz=ZoneInfo("Australia/Sydney"))
    assert when is not None and when.at.strftime("%m-%d") == day


@pytest.mark.parametrize("text", ["remnd me fri to call them", "rmind me to ring the mill", "pls remnd me"])
def test_remind_typed_with_a_letter_wrong_asks_for_a_reminder(text) -> None:
    assert lx.REMIND.search(text) and lx.REMIND_PREFIX.match(text)


def test_a_contact_out_on_some_days_has_not_left(app, admin, chat) -> None:
    chat.send("/customer add Quillfeather Press")
    chat.send("/contact add Quillfeather Press: Edda Brandt")
    replies = chat.send("edda at quillfeather is out feb 3-4, remind me to call her the monday after")
    assert "has left" not in " ".join(r.text for r in replies)
    with app.db.transaction() as session:
        data = export_data(session, admin.org_id, now=app.clock())
    people = [p for c in data["customers"] for p in c.get("contacts", [])]
    assert people and not any(p.get("left_at") for p in people)


@pytest.mark.parametrize(
    "text",
    ["remnd me wednsday 11 to call the mill", "remnd me wednsday to call the mill",
     "rmind me fri to call the mill"],
)  # fmt: skip
def test_a_reminder_asked_for_with_remind_misspelt_is_a_task_not_a_call_logged(text) -> None:
    from handlers.parsing.vocabulary import stage_synonyms
    from handlers.understanding.reader import read

    stages = ("lead", "proposal", "won", "lost")
    sydney = ZoneInfo("Australia/Sydney")
    reading = read(text, now=FRIDAY, tz=sydney, stages=stages, synonyms=stage_synonyms({}))
    assert reading.kind is None and [s.text for s in reading.steps] == ["call the mill"]
    assert reading.steps[0].due is not None and reading.steps[0].due > FRIDAY
