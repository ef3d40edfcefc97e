"""Session 63: a correction changes nothing until its card is answered; a week said with a clock but no day
is asked.

"sorry, make that next week" after "called Alma … follow up tmrw 3pm" asks which day of next week; the
reminder it corrects stays as it was while the question waits, and Cancel leaves it so (it was undone at
once, and Cancel said "Nothing was saved" with the reminder gone). "follow up next week 3pm" offers the
week's working days as "next week" alone does (it stored Monday at 15:00).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import on_s12_wednesday

MEXICO = ZoneInfo("America/Mexico_City")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes")  # fmt: skip


def _due(app, admin) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{datetime.fromisoformat(r['due_at']).astimezone(MEXICO):%Y-%m-%d %H:%M}"
        for r in exported(app, admin)["reminders"]
    ]


@pytest.mark.parametrize(("pressed", "due"), [("Cancel", "2033-09-29 15:00"), ("Oct 5", "2033-10-05 15:00")])
def test_a_correction_asked_about_changes_nothing_until_answered(app, admin, araceli, pressed, due) -> None:  # type: ignore[no-untyped-def]
    araceli.send("called Alma Delia at Cumbre, follow up tmrw 3pm")
    assert _due(app, admin) == ["2033-09-29 15:00"]
    asked = texts(araceli.send("sorry, make that next week"))
    assert "Which day do you mean" in asked, asked
    assert _due(app, admin) == ["2033-09-29 15:00"], asked  # the record corrected stands while it waits
    assert len(exported(app, admin)["activities"]) == 1, asked
    reply = texts(araceli.press(pressed))
    assert _due(app, admin) == [due], reply
    assert len(exported(app, admin)["activities"]) == 1, reply


@pytest.mark.parametrize(
    "text", ["follow up Alma Delia at Cumbre next week 3pm", "下周 下午3点 跟进Cumbre的Alma"]
)
def test_a_week_with_a_clock_and_no_day_offers_its_days(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    asked = texts(araceli.send(text))
    assert len(araceli.buttons) == 6, asked  # Monday to Friday, and Cancel
    assert _due(app, admin) == [], asked
    reply = texts(araceli.press(araceli.buttons[2].label))
    assert _due(app, admin) == ["2033-10-05 15:00"], reply
