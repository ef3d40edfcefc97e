"""Reminders from chat to delivery: context and buttons, quiet hours, snooze, reschedule, DST,
downtime. Time moves with the injected clock; nothing waits in real time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import build_app
from crm_store.models import Reminder
from crm_store.system import System
from reminders.dispatch import dispatch_due_reminders
from tests.conftest import texts
from tests.support.notify import Harness, RecordingSender, press, reachable


def reminder(app, reminder_id: int) -> Reminder:
    with app.db.transaction() as session:
        row = session.get(Reminder, reminder_id)
        assert row is not None
        return row


def add_reminder(app, owner, due: datetime, text: str = "call back", **extra) -> int:
    with app.db.transaction() as session:
        return app.store(System(session), owner.id).reminders.add(owner.id, due, text, **extra).id


def pings(sender: RecordingSender) -> list:
    """The reminder notifications a sender accepted (not digests or morning overviews)."""
    return [reply for _, reply in sender.sent if reply.text.startswith(("⏰", "🚨 Urgent"))]


@pytest.fixture
def sam(add_user, app):
    user = add_user("Sam Taylor", timezone="Europe/Berlin")
    reachable(app, user)
    return user


async def test_reminder_arrives_once_in_the_right_chat_with_context_and_buttons(
    app, sam, harness, telegram, clock
):
    for line in ("/customer add Acme Corp", "/log Acme: visited Jane, demo went well",
                 "/deal Acme 24k proposal close 15 Dec",
                 "/remind Acme call back about pricing in 2 hours"):  # fmt: skip
        assert "Sorry" not in texts(press(app, sam, text=line))
    await harness.beat()
    assert pings(telegram) == []

    clock.advance(hours=2)
    await harness.beat()
    await harness.beat()
    [ping] = pings(telegram)
    chat_ids = {chat for chat, reply in telegram.sent if reply is ping}
    assert chat_ids == {f"telegram-{sam.id}"}
    lines = ping.text.splitlines()
    assert lines[0] == "⏰ call back about pricing"
    assert "Due Mon, Nov 23 12:00" in lines  # 11:00 UTC is noon in Berlin
    assert "Customer: Acme Corp" in lines
    assert "Last activity: Mon, Nov 23 · visit: visited Jane, demo went well" in lines
    assert "Open deal: Acme Corp · $24,000 · proposal · close Tue, Dec 15" in lines
    [row] = harness.outbox(kind="reminder")
    assert [b.label for b in ping.buttons] == ["Done", "Snooze 1 h", "Tomorrow 9:00", "Reschedule"]
    assert [b.payload for b in ping.buttons] == [f"rem:{a}:{row.reminder_id}" for a in
                                                 ("done", "snooze", "tomorrow", "later")]  # fmt: skip
    assert (row.status, row.platform, row.chat_id) == ("sent", "telegram", f"telegram-{sam.id}")
    assert reminder(app, row.reminder_id).status == "sent"

    clock.advance(days=1)
    await harness.beat()
    assert len(pings(telegram)) == 1


def test_today_lists_overdue_first(app, sam, clock):
    add_reminder(app, sam, clock() + timedelta(hours=3), "send the quote")
    add_reminder(app, sam, clock() - timedelta(days=1), "call Jane back")
    lines = texts(press(app, sam, text="/today")).splitlines()
    follow_ups = [line for line in lines if line.startswith("  • ")]
    assert follow_ups[0].startswith("  • ⚠️ Sun, Nov 22 10:00 — call Jane back")
    assert follow_ups[1].startswith("  • Mon, Nov 23 13:00 — send the quote")


async def test_quiet_hours_hold_a_reminder_until_morning_unless_urgent(app, sam, harness, telegram, clock):
    clock.set(datetime(2026, 11, 23, 20, 30, tzinfo=UTC))  # 21:30 in Berlin
    night = datetime(2026, 11, 23, 20, 45, tzinfo=UTC)
    add_reminder(app, sam, night, "send the contract")
    add_reminder(app, sam, night, "call the CEO back", urgent=True)

    clock.set(datetime(2026, 11, 23, 21, 0, tzinfo=UTC))  # 22:00 Berlin
    await harness.beat()
    assert [p.text.splitlines()[0] for p in pings(telegram)] == ["🚨 Urgent · call the CEO back"]

    clock.set(datetime(2026, 11, 24, 6, 59, tzinfo=UTC))  # 07:59 Berlin
    await harness.beat()
    assert len(pings(telegram)) == 1

    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))  # 08:00 Berlin: working hours begin
    await harness.beat()
    assert [p.text.splitlines()[0] for p in pings(telegram)][1:] == ["⏰ send the contract"]


async def test_working_hours_are_per_user(app, sam, harness, telegram, clock):
    assert "Working hours set to 06:00–23:00" in texts(press(app, sam, text="/hours 6-23"))
    clock.set(datetime(2026, 11, 23, 21, 0, tzinfo=UTC))  # 22:00 Berlin: still working for Sam
    add_reminder(app, sam, clock() - timedelta(minutes=1), "late call")
    await harness.beat()
    assert len(pings(telegram)) == 1


def test_snoozing_a_reminder_not_due_yet_never_brings_it_forward(app, sam, clock):
    """Snooze from /reminders on a reminder due in two days: an hour after it is due, not an hour from now
    (trial 67 H6: Wednesday 15:00 became today, an hour on)."""
    due = clock() + timedelta(days=2)
    rid = add_reminder(app, sam, due, "call Jane")
    press(app, sam, payload=f"rem:snooze:{rid}")
    assert reminder(app, rid).due_at == due + timedelta(hours=1)


async def test_snooze_and_tomorrow_move_the_reminder(app, sam, harness, telegram, clock):
    rid = add_reminder(app, sam, clock() + timedelta(minutes=5), "call Jane")
    clock.advance(minutes=5)
    await harness.beat()
    assert len(pings(telegram)) == 1

    reply = texts(press(app, sam, payload=f"rem:snooze:{rid}"))
    assert reply.startswith("OK, I'll remind you Mon, Nov 23 11:05: call Jane")
    row = reminder(app, rid)
    assert (row.status, row.due_at, row.snooze_count) == ("pending", clock() + timedelta(hours=1), 1)
    clock.advance(minutes=59)
    await harness.beat()
    assert len(pings(telegram)) == 1
    clock.advance(minutes=1)
    await harness.beat()
    assert len(pings(telegram)) == 2
    assert "Snoozed 1 time" in pings(telegram)[-1].text

    reply = texts(press(app, sam, payload=f"rem:tomorrow:{rid}"))
    assert "Tue, Nov 24 09:00" in reply
    assert reminder(app, rid).due_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert reminder(app, rid).snooze_count == 2

    assert texts(press(app, sam, payload=f"rem:done:{rid}")).startswith("Done: call Jane")
    row = reminder(app, rid)
    assert row.status == "done" and row.done_at == clock()
    assert texts(press(app, sam, payload=f"rem:done:{rid}")).startswith("Already done")
    assert texts(press(app, sam, payload=f"rem:snooze:{rid}")) == "That reminder is already done."
    clock.advance(days=1)
    await harness.beat()
    assert len(pings(telegram)) == 2


def test_undo_puts_a_snoozed_reminder_back(app, sam, clock):
    rid = add_reminder(app, sam, clock() - timedelta(minutes=1), "call Jane")
    [confirmation] = press(app, sam, payload=f"rem:snooze:{rid}")
    undo = next(b for b in confirmation.buttons if b.label == "Undo")
    assert "Undone" in texts(press(app, sam, payload=undo.payload))
    row = reminder(app, rid)
    assert (row.due_at, row.snooze_count) == (clock() - timedelta(minutes=1), 0)


def test_reschedule_takes_the_next_message_as_the_time(app, sam, clock):
    rid = add_reminder(app, sam, clock() - timedelta(minutes=1), "send the quote")
    assert "When should I remind you about “send the quote”?" in texts(
        press(app, sam, payload=f"rem:later:{rid}")
    )
    assert "I couldn't find a time in that" in texts(press(app, sam, text="whenever suits"))
    reply = texts(press(app, sam, text="friday 3pm"))
    assert reply.startswith("OK, I'll remind you Fri, Nov 27 15:00: send the quote")
    row = reminder(app, rid)
    assert (row.due_at, row.status, row.snooze_count) == (
        datetime(2026, 11, 27, 14, 0, tzinfo=UTC),
        "pending",
        0,
    )
    # The question is answered: the next message is an ordinary message again (here, a new reminder).
    new = texts(press(app, sam, text="remind me friday 4pm to renew cover"))
    assert new.startswith("Reminder set: Fri, Nov 27 16:00")
    assert reminder(app, rid).due_at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


def test_a_command_cancels_a_pending_reschedule(app, sam, clock):
    rid = add_reminder(app, sam, clock() - timedelta(minutes=1), "send the quote")
    press(app, sam, payload=f"rem:later:{rid}")
    assert "Your day" in texts(press(app, sam, text="/today"))
    assert texts(press(app, sam, text="remind me friday 3pm to renew cover")).startswith("Reminder set:")
    assert reminder(app, rid).due_at == clock() - timedelta(minutes=1)


def test_reschedule_waits_only_half_an_hour(app, sam, clock):
    rid = add_reminder(app, sam, clock() - timedelta(minutes=1), "send the quote")
    press(app, sam, payload=f"rem:later:{rid}")
    clock.advance(minutes=31)
    assert texts(press(app, sam, text="remind me friday 3pm to renew cover")).startswith("Reminder set:")
    assert reminder(app, rid).due_at == clock() - timedelta(minutes=32)


def test_someone_elses_reminder_button_does_nothing(app, sam, add_user, clock):
    rid = add_reminder(app, sam, clock(), "call Jane")
    anna = add_user("Anna")
    assert texts(press(app, anna, payload=f"rem:done:{rid}")) == "That button no longer works."
    assert texts(press(app, anna, payload="rem:done:nonsense")) == "That button no longer works."
    assert reminder(app, rid).status == "pending"


async def test_a_reminder_done_before_delivery_is_not_sent(app, sam, clock, telegram):
    rid = add_reminder(app, sam, clock() - timedelta(minutes=1), "call Jane")
    harness = Harness(app, clock, {})  # nothing can deliver yet
    harness.tick()
    press(app, sam, payload=f"rem:done:{rid}")
    harness.senders["telegram"] = telegram
    stats = await harness.deliver()
    assert pings(telegram) == [] and stats.dropped == 1
    [row] = harness.outbox(kind="reminder")
    assert row.status == "dropped"


async def test_reminders_due_while_the_bot_was_down_arrive_once_after_restart(settings, clock, add_user, app):
    sam = add_user("Sam")
    reachable(app, sam)
    add_reminder(app, sam, clock() + timedelta(minutes=30), "call Jane")  # due 10:30 Berlin
    queued = add_reminder(app, sam, clock() + timedelta(minutes=40), "send the quote")
    first = Harness(app, clock, {})  # no platform is up: due reminders are queued, not sent
    clock.advance(minutes=40)
    first.notifications.tick(clock() - timedelta(minutes=1))  # only "call Jane" is due yet
    app.db.dispose()  # the process dies

    clock.set(datetime(2026, 11, 23, 13, 0, tzinfo=UTC))  # started again three hours later
    restarted = build_app(settings, clock=clock)
    try:
        telegram = RecordingSender()
        again = Harness(restarted, clock, {"telegram": telegram})
        await again.beat()
        await again.beat()
        assert sorted(p.text.splitlines()[0] for p in pings(telegram)) == [
            "⏰ call Jane",
            "⏰ send the quote",
        ]
        assert "Due Mon, Nov 23 10:40" in next(p.text for p in pings(telegram) if "quote" in p.text)
        assert reminder(restarted, queued).status == "sent"
    finally:
        restarted.db.dispose()


# Daylight saving time -----------------------------------------------------------------
DST_CASES = [
    # zone, Saturday noon before the change (UTC), Sunday 09:00 local (UTC), Sunday 08:00 local (UTC)
    ("America/New_York", datetime(2026, 3, 7, 17, 0, tzinfo=UTC), datetime(2026, 3, 8, 13, 0, tzinfo=UTC),
     datetime(2026, 3, 8, 12, 0, tzinfo=UTC)),
    ("America/New_York", datetime(2026, 10, 31, 16, 0, tzinfo=UTC), datetime(2026, 11, 1, 14, 0, tzinfo=UTC),
     datetime(2026, 11, 1, 13, 0, tzinfo=UTC)),
    ("Europe/Berlin", datetime(2026, 3, 28, 11, 0, tzinfo=UTC), datetime(2026, 3, 29, 7, 0, tzinfo=UTC),
     datetime(2026, 3, 29, 6, 0, tzinfo=UTC)),
    ("Europe/Berlin", datetime(2026, 10, 24, 10, 0, tzinfo=UTC), datetime(2026, 10, 25, 8, 0, tzinfo=UTC),
     datetime(2026, 10, 25, 7, 0, tzinfo=UTC)),
]  # fmt: skip


@pytest.mark.parametrize(("zone", "saturday_noon", "sunday_nine", "sunday_eight"), DST_CASES,
                         ids=["new-york-spring", "new-york-autumn",
                              "berlin-spring", "berlin-autumn"])  # fmt: skip
async def test_reminders_across_daylight_saving_changes(
    app, add_user, clock, harness, telegram, zone, saturday_noon, sunday_nine, sunday_eight
):
    rep = add_user("Dana", timezone=zone)
    reachable(app, rep)
    clock.set(saturday_noon)
    assert "Sun, " in texts(press(app, rep, text="/remind call Bob tomorrow 9am"))
    pressed = add_reminder(app, rep, saturday_noon + timedelta(minutes=1), "send the quote")
    night = add_reminder(app, rep, sunday_eight - timedelta(hours=3), "night owl")  # quiet hours
    with app.db.transaction() as session:
        [typed] = [r for r in app.store(System(session)).reminders.open_for(rep.id) if r.text == "call Bob"]
    assert typed.due_at == sunday_nine

    clock.advance(minutes=1)
    await harness.beat()
    assert len(pings(telegram)) == 1
    assert texts(press(app, rep, payload=f"rem:tomorrow:{pressed}")).startswith("OK, I'll remind you Sun, ")
    assert reminder(app, pressed).due_at == sunday_nine

    clock.set(sunday_eight - timedelta(minutes=1))
    await harness.beat()
    assert len(pings(telegram)) == 1  # 07:59 local: the night reminder still waits
    clock.set(sunday_eight)
    await harness.beat()
    assert [p.text.splitlines()[0] for p in pings(telegram)[1:]] == ["⏰ night owl"]
    assert reminder(app, night).status == "sent"

    clock.set(sunday_nine - timedelta(minutes=1))
    await harness.beat()
    assert len(pings(telegram)) == 2
    clock.set(sunday_nine)
    await harness.beat()
    due_now = [p.text for p in pings(telegram)[2:]]
    assert sorted(text.splitlines()[0] for text in due_now) == ["⏰ call Bob", "⏰ send the quote"]
    assert all("Due Sun, " in text and " 09:00" in text for text in due_now)


def test_a_burst_is_queued_over_several_ticks(app, sam, clock):
    for n in range(12):
        add_reminder(app, sam, clock() - timedelta(minutes=1), f"follow-up {n}")
    woken: list[int] = []
    counts = [
        dispatch_due_reminders(
            app.db, app.assistant, clock(), batch=4, limit=5, queued_some=lambda: woken.append(1)
        )
        for _ in range(4)
    ]
    assert counts == [5, 5, 2, 0]
    assert len(woken) == 5  # after every committed batch: 4 and 1, 4 and 1, 2
