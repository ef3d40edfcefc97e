"""The daily digest on a fixed data set: every section, team scoping, the change since the
previous digest, once per manager per day, weekdays only, local digest time across DST."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_store.audit import Actor
from crm_store.models import User
from crm_store.store import Store
from tests.conftest import texts
from tests.support.notify import Harness, press, reachable

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
FRIDAY_DIGEST = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)  # 08:30 in Berlin


@dataclass
class Team:
    alex: User
    sam: User
    anna: User
    bea: User
    carl: User


def store_at(app, user: User, moment: datetime) -> tuple:
    session = app.db.session()
    return session, Store(session, Actor(user.org_id, user.id, "test"), audit=False, now=lambda: moment)


def record(app, user: User, moment: datetime, action) -> None:  # type: ignore[no-untyped-def]
    session, store = store_at(app, user, moment)
    with session.begin():
        action(store)


def customer_with_deal(app, owner, name, title, amount, stage, *, created, close=None, activity=None) -> None:
    def add(store: Store) -> None:
        customer = store.customers.add(name)
        store.deals.add(customer, title=title, stage=stage, currency="USD", amount=Decimal(amount),
                        expected_close=close)  # fmt: skip
        if activity is not None:
            days_ago, kind = activity
            store.activities.add(kind, f"{kind} with {name}", customer_id=customer.id,
                                 occurred_at=MONDAY - timedelta(days=days_ago))  # fmt: skip

    record(app, owner, created, add)


def move(app, owner, title, moment, **change) -> None:
    def act(store: Store) -> None:
        [deal] = [d for d in store.deals.all() if d.title == title]
        store.deals.change(deal, **change)

    record(app, owner, moment, act)


@pytest.fixture
def team(app, admin, add_user) -> Team:
    alex = add_user("Alex Boss", role="manager")
    sam = add_user("Sam Taylor", manager=alex)
    anna = add_user("Anna Schmidt", manager=alex)
    bea = add_user("Bea Other", role="manager")
    carl = add_user("Carl Other", manager=bea)
    for user in (alex, sam, anna, bea):
        reachable(app, user)
    days = lambda n: MONDAY - timedelta(days=n)  # noqa: E731
    customer_with_deal(
        app,
        sam,
        "Acme Corp",
        "Acme seats",
        24000,
        "proposal",
        created=days(30),
        close=date(2026, 11, 25),
        activity=(3, "visit"),
    )
    customer_with_deal(
        app,
        sam,
        "Globex Inc",
        "Globex rollout",
        120000,
        "lead",
        created=days(40),
        close=date(2026, 11, 20),
        activity=(20, "call"),
    )
    move(app, sam, "Globex rollout", days(20), stage="negotiation")
    customer_with_deal(
        app,
        anna,
        "Umbrella Health",
        "Umbrella pilot",
        45000,
        "proposal",
        created=days(10),
        close=date(2026, 12, 10),
        activity=(10, "visit"),
    )
    customer_with_deal(
        app, anna, "Hooli", "Hooli XYZ", 30000, "proposal", created=days(12), activity=(12, "call")
    )
    customer_with_deal(
        app,
        sam,
        "Stark Industries",
        "Stark fleet",
        250000,
        "proposal",
        created=days(70),
        activity=(45, "meeting"),
    )
    move(app, sam, "Stark fleet", days(60), stage="won")
    customer_with_deal(
        app,
        sam,
        "Wayne Enterprises",
        "Wayne audit",
        20000,
        "proposal",
        created=days(70),
        activity=(35, "visit"),
    )
    move(app, sam, "Wayne audit", days(60), stage="won")
    customer_with_deal(app, carl, "Tyrell Corp", "Tyrell replicants", 99000, "proposal", created=days(5),
                       activity=(5, "meeting"))  # fmt: skip
    record(app, sam, days(3), lambda s: s.reminders.add(sam.id, days(1), "call Globex back"))
    return Team(alex, sam, anna, bea, carl)


def changes_over_the_weekend(app, team: Team) -> None:
    move(app, team.anna, "Umbrella pilot", MONDAY - timedelta(days=2), stage="won")
    move(app, team.anna, "Hooli XYZ", MONDAY - timedelta(days=1, hours=6), stage="lost",
         lost_reason="Chose a competitor on price")  # fmt: skip
    customer_with_deal(app, team.anna, "Initech LLC", "Initech TPS", 18000, "qualified",
                       created=MONDAY - timedelta(days=1), close=date(2026, 12, 20),
                       activity=(1, "call"))  # fmt: skip


CHANGE_LINE = (
    "  Since the previous digest (Fri, Nov 20 08:30): total −$57,000 · qualified +1 (+$18,000); "
    "proposal −2 (−$75,000)"
)
MONDAY_DIGEST = f"""\
📊 Digest for your team · Mon, Nov 23, 2026

Pipeline by stage:
  qualified: 1 deal · $18,000 · weighted $4,500
  proposal: 1 deal · $24,000 · weighted $12,000
  negotiation: 1 deal · $120,000 · weighted $90,000
  Total: $162,000 · weighted forecast $106,500
{CHANGE_LINE}

What changed since Fri, Nov 20 08:30:
  ✅ Won: Umbrella Health · Umbrella pilot · $45,000 — Anna Schmidt
  ❌ Lost: Hooli · Hooli XYZ · $30,000 — Chose a competitor on price — Anna Schmidt
  🆕 New: Initech LLC · Initech TPS · $18,000 · qualified — Anna Schmidt

Closing in the next 7 days or overdue (2):
  ⚠️ Globex Inc · Globex rollout · $120,000 · negotiation · close Fri, Nov 20 — Sam Taylor
  Acme Corp · Acme seats · $24,000 · proposal · close Wed, Nov 25 — Sam Taylor

Stalled deals, no activity beyond the stage's limit (1):
  Globex Inc · Globex rollout · $120,000 · negotiation · 20 days without activity (limit 14) — Sam Taylor

Customers going quiet, no contact for 30+ days (2):
  Stark Industries · last contact 45 days ago · won $250,000 — Sam Taylor
  Wayne Enterprises · last contact 35 days ago · won $20,000 — Sam Taylor

Big customers, 80% of won revenue: 2 of 3 customers
  ⭐ Stark Industries · $250,000 (79%)
  ⭐ Umbrella Health · $45,000 (14%)

Team performance (last 7 days) and overdue follow-ups:
  Alex Boss: no activities · 0 new deals · 0 stage advances · no deals closed · 0 overdue follow-ups
  Anna Schmidt: 1 activity (1 call) · 1 new deal · 0 stage advances · won 1 of 2 (50%), $45,000 · \
0 overdue follow-ups
  Sam Taylor: 1 activity (1 visit) · 0 new deals · 0 stage advances · no deals closed · \
⚠️ 1 overdue follow-up"""


def digests(sender, chat: str) -> list:
    return [reply for to, reply in sender.sent if to == chat and reply.text.startswith("📊")]


async def test_the_monday_digest_on_a_fixed_data_set(app, team, clock, harness, telegram):
    clock.set(FRIDAY_DIGEST - timedelta(minutes=1))
    await harness.beat()
    assert digests(telegram, f"telegram-{team.alex.id}") == []  # 08:29 in Berlin
    clock.set(FRIDAY_DIGEST)
    await harness.beat()
    [friday] = digests(telegram, f"telegram-{team.alex.id}")
    assert "Big customers, 80% of won revenue: 1 of 2 customers" in friday.text

    changes_over_the_weekend(app, team)
    clock.set(MONDAY)
    await harness.beat()
    [_, monday] = digests(telegram, f"telegram-{team.alex.id}")
    assert monday.text == MONDAY_DIGEST
    assert monday.image is not None and monday.image.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert monday.image.filename == "pipeline-2026-11-23.png"


async def test_digests_are_scoped_to_the_managers_team(app, team, clock, harness, telegram):
    clock.set(MONDAY)
    await harness.beat()
    [bea] = digests(telegram, f"telegram-{team.bea.id}")
    assert "proposal: 1 deal · $99,000 · weighted $49,500" in bea.text
    assert "Acme" not in bea.text and "Globex" not in bea.text and "Sam Taylor" not in bea.text
    [alex] = digests(telegram, f"telegram-{team.alex.id}")
    assert "Tyrell" not in alex.text and "Carl" not in alex.text
    # The admin sees the whole organisation (queued for their terminal).
    [admin] = [m for m in harness.outbox(kind="digest") if m.platform == "console"]
    assert "Digest for the whole organisation" in admin.text
    assert "proposal: 4 deals · $198,000 · weighted $99,000" in admin.text  # Acme, Umbrella, Hooli, Tyrell
    assert "Carl Other: 1 activity (1 meeting)" in admin.text and "Sam Taylor: 1 activity" in admin.text


async def test_each_digest_goes_out_at_most_once_a_day_even_with_two_processes(
    app, team, clock, harness, telegram
):
    clock.set(MONDAY)
    other_process = Harness(app, clock, dict(harness.senders))
    first, _ = await harness.beat()
    second, _ = await other_process.beat()
    clock.advance(hours=3)
    third, _ = await harness.beat()
    assert first.mornings > 0 and second.mornings == 0 and third.mornings == 0
    assert len(digests(telegram, f"telegram-{team.alex.id}")) == 1
    keys = [m.dedupe_key for m in harness.outbox(kind="digest")]
    assert len(keys) == len(set(keys)) == 3  # Alex, Bea and the admin
    clock.advance(days=1)  # Tuesday brings the next one
    await harness.beat()
    assert len(digests(telegram, f"telegram-{team.alex.id}")) == 2


async def test_no_digest_at_the_weekend(app, team, clock, harness, telegram):
    clock.set(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))  # Saturday 10:00 Berlin
    report, _ = await harness.beat()
    clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    report2, _ = await harness.beat()
    assert report.mornings == report2.mornings == 0
    assert [r.text for _, r in telegram.sent] == [texts_of_sunday_reminder := telegram.sent[0][1].text]
    assert texts_of_sunday_reminder.startswith("⏰ call Globex back")  # reminders do come at weekends


async def test_reps_get_a_short_your_day_only_when_there_is_something_in_it(
    app, team, clock, harness, telegram
):
    clock.set(MONDAY)
    await harness.beat()
    [sam_day] = [
        r.text for to, r in telegram.sent if to == f"telegram-{team.sam.id}" and r.text.startswith("Your")
    ]
    assert sam_day.startswith("Your day, Mon, Nov 23, 2026\nFollow-ups (overdue first):")
    assert "⚠️ Sun, Nov 22 10:00 — call Globex back" in sam_day
    assert "Deals closing soon:" in sam_day and "Acme seats" in sam_day
    assert [r for to, r in telegram.sent if to == f"telegram-{team.anna.id}"] == []  # nothing for Anna today
    assert {(m.user_id, m.kind) for m in harness.outbox(kind="your_day")} == {(team.sam.id, "your_day")}


async def test_digest_on_demand_compares_with_the_morning_digest(app, team, clock, harness):
    clock.set(MONDAY)
    await harness.beat()
    clock.advance(hours=2)
    press(app, team.sam, text="/deal Acme 30k")
    [reply] = press(app, team.alex, text="/digest")
    assert reply.text.startswith("📊 Digest for your team · Mon, Nov 23, 2026")
    assert (
        "Since the previous digest (Mon, Nov 23 10:00): total +$6,000 · proposal ±0 (+$6,000)" in reply.text
    )
    assert "💲 Amount: Acme Corp · Acme seats: $24,000 → $30,000 — Sam Taylor" in reply.text
    assert reply.image is not None and reply.image.data.startswith(b"\x89PNG")
    [mine] = press(app, team.sam, text="/digest")
    assert "Digest for your deals" in mine.text and "Umbrella" not in mine.text


def test_digest_time_is_set_per_user(app, team, clock):
    assert "comes at 09:15 on weekdays (Europe/Berlin)" in texts(
        press(app, team.alex, text="/digest at 9:15")
    )
    assert "Usage: /digest at 08:30" in texts(press(app, team.alex, text="/digest at 25:99"))


@pytest.mark.parametrize(
    ("zone", "digest_at", "friday", "monday"),
    [
        (
            "Europe/Berlin",
            "9:15",
            datetime(2026, 10, 23, 7, 15, tzinfo=UTC),
            datetime(2026, 10, 26, 8, 15, tzinfo=UTC),
        ),
        (
            "America/New_York",
            None,
            datetime(2026, 10, 30, 12, 30, tzinfo=UTC),
            datetime(2026, 11, 2, 13, 30, tzinfo=UTC),
        ),
    ],
    ids=["berlin", "new-york"],
)
async def test_the_digest_follows_local_time_across_daylight_saving(
    app, add_user, clock, harness, telegram, zone, digest_at, friday, monday
):
    boss = add_user("Alex Boss", role="manager", timezone=zone)
    chat = reachable(app, boss)
    if digest_at:
        press(app, boss, text=f"/digest at {digest_at}")
    for day in (friday, monday):
        clock.set(day - timedelta(minutes=1))
        await harness.beat()
        before = len(digests(telegram, chat))
        clock.set(day)
        await harness.beat()
        assert len(digests(telegram, chat)) == before + 1
