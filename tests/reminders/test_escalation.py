"""A logged complaint reaches the customer's owner and their manager at once, whatever the hour."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import texts
from tests.support.notify import press, reachable


@pytest.fixture
def people(app, admin, add_user):
    alex = add_user("Alex Boss", role="manager")
    sam = add_user("Sam Taylor", manager=alex)
    anna = add_user("Anna Schmidt", manager=alex)
    for user in (alex, sam, anna):
        reachable(app, user)
    press(app, sam, text="/customer add Acme Corp")
    return alex, sam, anna


def alerts(sender) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chat, reply in sender.sent:
        if reply.text.startswith("🚨 Complaint"):
            found.setdefault(chat, []).append(reply.text)
    return found


async def test_a_complaint_alerts_the_owner_and_their_manager_in_the_middle_of_the_night(
    app, people, clock, harness, telegram
):
    alex, sam, anna = people
    clock.set(datetime(2026, 11, 23, 22, 30, tzinfo=UTC))  # 23:30 in Berlin: quiet hours
    assert "Logged complaint" in texts(
        press(app, anna, text="/log Acme: complaint, the delivery was two weeks late")
    )
    await harness.deliver()  # no tick needed: the alert was queued with the complaint
    got = alerts(telegram)
    assert set(got) == {f"telegram-{sam.id}", f"telegram-{alex.id}"}
    [to_sam] = got[f"telegram-{sam.id}"]
    assert to_sam.splitlines() == [
        "🚨 Complaint from Acme Corp",
        "complaint, the delivery was two weeks late",
        "Logged by Anna Schmidt at Mon, Nov 23 23:30",
    ]
    assert "Account owner: Sam Taylor" in got[f"telegram-{alex.id}"][0]


async def test_the_owner_logging_it_alerts_only_the_manager(app, people, harness, telegram):
    alex, sam, _ = people
    press(app, sam, text="/log Acme: customer complained about the invoice")
    await harness.deliver()
    assert list(alerts(telegram)) == [f"telegram-{alex.id}"]


async def test_without_a_manager_the_admins_hear_of_it(app, admin, add_user, harness, telegram):
    solo = add_user("Solo Rep")
    reachable(app, solo)
    reachable(app, admin)
    press(app, solo, text="/customer add Acme Corp")
    press(app, solo, text="/log Acme: complaint about the late delivery")
    await harness.deliver()
    assert list(alerts(telegram)) == [f"telegram-{admin.id}"]


async def test_other_activities_alert_nobody(app, people, harness, telegram):
    _, _, anna = people
    press(app, anna, text="/log Acme: called Jane, all good")
    await harness.deliver()
    assert alerts(telegram) == {} and harness.outbox(kind="complaint") == []


async def test_the_alert_is_written_with_the_complaint_not_before(app, people, harness, telegram):
    alex, sam, anna = people
    press(app, sam, text="/customer add Tyrell North")
    press(app, sam, text="/customer add Tyrell South")
    [question] = press(app, anna, text="/log Tyrell: complaint, wrong items shipped")
    assert question.text == "Which customer do you mean by “Tyrell”?"
    await harness.deliver()
    assert harness.outbox(kind="complaint") == []  # the message was rolled back while it asks
    assert question.buttons[1].label == "Tyrell South"
    assert "Logged complaint · Tyrell South" in texts(press(app, anna, payload=question.buttons[1].payload))
    await harness.deliver()
    assert set(alerts(telegram)) == {f"telegram-{sam.id}", f"telegram-{alex.id}"}
    assert all(text[0].startswith("🚨 Complaint from Tyrell South") for text in alerts(telegram).values())
