"""A digest managers can trust: every currency's pipeline in a real funnel, Chinese text in the
chart, "closing soon" as /today says it, no false "going quiet", changes credited to who made
them, reminders that say what is true when they arrive, and rep performance (/team)."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from matplotlib import font_manager

from crm_store.system import System
from handlers.charts import BUNDLED_CJK, FunnelPanel, FunnelStep, funnel_png
from handlers.digest import funnel_panels
from reminders.daily import digest_preview
from tests.conftest import texts
from tests.reminders.test_digest import MONDAY, customer_with_deal, move, record
from tests.support.notify import RecordingSender, press, set_user

FRIDAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 10:00 in Berlin


@pytest.fixture
def boss(add_user):
    return add_user("Alex Boss", role="manager")


@pytest.fixture
def sam(add_user, boss):
    return add_user("Sam Taylor", manager=boss)


def glyph_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


def test_closing_soon_in_the_digest_is_the_rule_of_today(app, clock, boss, sam):
    clock.set(FRIDAY)
    customer_with_deal(
        app,
        sam,
        "Acme Corp",
        "Acme seats",
        24000,
        "proposal",
        created=FRIDAY - timedelta(days=3),
        close=date(2026, 11, 25),
    )  # next Wednesday
    customer_with_deal(app, sam, "Globex Inc", "Globex rollout", 90000, "proposal",
                       created=FRIDAY - timedelta(days=3), close=date(2026, 12, 20))  # fmt: skip
    today = texts(press(app, sam, text="/today"))
    digest = texts(press(app, boss, text="/digest"))
    assert "Acme seats" in today and "Acme seats" in digest.split("Closing in the next 7 days")[1]
    assert "Globex rollout" not in today
    assert "Nothing closing" not in digest
    assert "Closing in the next 7 days or overdue (1):" in digest


def test_no_going_quiet_warning_after_a_recent_win_or_activity(app, clock, boss, sam):
    clock.set(MONDAY)
    long_ago = (45, "visit")
    customer_with_deal(app, sam, "Stark Industries", "Stark fleet", 250000, "negotiation",
                       created=MONDAY - timedelta(days=60), activity=long_ago)  # fmt: skip
    customer_with_deal(app, sam, "Wayne Enterprises", "Wayne audit", 20000, "proposal",
                       created=MONDAY - timedelta(days=60), activity=long_ago)  # fmt: skip
    customer_with_deal(app, sam, "Hooli", "Hooli XYZ", 30000, "proposal",
                       created=MONDAY - timedelta(days=60), activity=(2, "call"))  # fmt: skip
    move(app, sam, "Stark fleet", MONDAY - timedelta(minutes=5), stage="won")
    digest = texts(press(app, boss, text="/digest"))
    quiet = digest.split("Customers going quiet")[1].split("\n\n")[0]
    assert "Wayne Enterprises · last contact 45 days ago" in quiet
    assert "Stark" not in quiet and "Hooli" not in quiet
    assert "(1):" in quiet


def test_changes_are_credited_to_who_made_them(app, clock, boss, sam):
    clock.set(MONDAY)
    customer_with_deal(app, sam, "Acme Corp", "Acme seats", 24000, "proposal",
                       created=MONDAY - timedelta(hours=5))  # fmt: skip
    move(app, boss, "Acme seats", MONDAY - timedelta(hours=1), stage="won")
    digest = texts(press(app, boss, text="/digest"))
    assert "🆕 New: Acme Corp · Acme seats · $24,000 · proposal — Sam Taylor" in digest
    assert "✅ Won: Acme Corp · Acme seats · $24,000 — Alex Boss (deal of Sam Taylor)" in digest
    # The win is still Sam's in the performance figures: it is his deal.
    assert "Sam Taylor: no activities · 1 new deal · 0 stage advances · won 1 of 1 (100%), $24,000" in digest


async def test_a_reminder_says_what_is_true_when_it_is_delivered(app, clock, harness, sam):
    clock.set(MONDAY)
    for line in ("/customer add Acme Corp", "/deal Acme 24k proposal", "/remind Acme call Jane in 1 hour"):
        assert "Sorry" not in texts(press(app, sam, text=line))
    clock.advance(hours=1)
    await harness.beat()  # queued for the terminal Sam wrote from, but he has gone offline
    [queued] = harness.outbox(kind="reminder")
    assert queued.status == "pending" and "$24,000" in queued.text
    press(app, sam, text="/deal Acme 31k negotiation")
    clock.advance(hours=2)
    terminal = harness.senders["console"] = RecordingSender("console")  # Sam is back
    await harness.beat()
    [ping] = [r for _, r in terminal.sent if r.text.startswith("⏰")]
    assert "Open deal: Acme Corp · $31,000 · negotiation" in ping.text
    assert "$24,000" not in ping.text
    assert [b.label for b in ping.buttons] == ["Done", "Snooze 1 h", "Tomorrow 9:00", "Reschedule"]
    [sent] = harness.outbox(kind="reminder")
    assert sent.status == "sent" and "$31,000" in sent.text  # the record says what was sent


def test_every_currency_gets_its_own_funnel_with_every_stage(app, clock, boss, sam):
    clock.set(MONDAY)
    created = MONDAY - timedelta(days=1)
    customer_with_deal(app, sam, "Acme Corp", "Acme seats", 24000, "proposal", created=created)
    customer_with_deal(app, sam, "Globex Inc", "Globex rollout", 10000, "lead", created=created)

    def euro_deal(store) -> None:  # type: ignore[no-untyped-def]
        customer = store.customers.add("Société Générale d'Optique")
        store.deals.add(
            customer, title="SGO lenses", stage="negotiation", currency="EUR", amount=Decimal(500000)
        )

    record(app, sam, created, euro_deal)
    [reply] = press(app, boss, text="/digest")
    assert reply.image is not None and "per currency (not converted)" in reply.image.alt
    ctx_panels = _panels(app, boss)
    assert [p.heading for p in ctx_panels] == ["EUR", "USD"]  # the bigger amount first, never added up
    eur, usd = ctx_panels
    assert [s.label for s in usd.steps] == ["lead · 1", "qualified · 0", "proposal · 1", "negotiation · 0"]
    assert [s.text for s in usd.steps] == ["$10,000", "$0", "$24,000", "$0"]
    # A funnel: each bar is the money that reached that stage or a later one, so it narrows.
    assert [s.value for s in usd.steps] == [Decimal(34000), Decimal(24000), Decimal(24000), Decimal(0)]
    assert [s.value for s in eur.steps] == [Decimal(500000)] * 4


def _panels(app, user) -> list[FunnelPanel]:  # type: ignore[no-untyped-def]
    from crm_store.reports import DigestSource

    with app.db.transaction() as session:
        system = System(session)
        reader = app.store(system, user.id).users.require(user.id)
        ctx = app.assistant.context_for(system, reader, app.clock())
        source = DigestSource(
            session, ctx.store.org_id, ctx.settings, now=ctx.now, since=ctx.now - timedelta(days=1)
        )
        return funnel_panels(ctx, source.digest(None, since=ctx.now - timedelta(days=1), today=ctx.today))


def test_a_chinese_digest_chart_has_every_glyph(app, clock, boss, sam):
    clock.set(MONDAY)
    set_user(app, boss, locale="zh", timezone="Asia/Shanghai")
    customer_with_deal(app, sam, "华为技术有限公司", "华为 数据平台", 80000, "qualified",
                       created=MONDAY - timedelta(days=1))  # fmt: skip
    assert BUNDLED_CJK.exists()
    with app.db.transaction() as session:
        reader = app.store(System(session)).users.require(boss.id)  # now Chinese
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reply = digest_preview(app.db, app.assistant, app.settings, boss.org_id, reader, clock())
    assert reply.image is not None and reply.image.data.startswith(b"\x89PNG")
    assert reply.image.alt.startswith("你的团队")  # the title is Chinese, so Chinese glyphs were drawn
    assert glyph_warnings(caught) == []
    assert "Salesbot Noto Sans SC" in {f.name for f in font_manager.fontManager.ttflist}


def test_the_glyph_check_notices_a_missing_glyph():
    """The check above can fail: a script the bundled font does not cover is reported."""
    steps = [FunnelStep("견적 · 1", Decimal(5), "₩5")]  # Korean is not in the Chinese font
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        funnel_png("견적", [FunnelPanel("KRW", steps)])
    assert glyph_warnings(caught)


def test_team_performance_this_month_and_last_month(app, clock, boss, sam, add_user):
    anna = add_user("Anna Schmidt", manager=boss)
    clock.set(MONDAY)  # Mon, Nov 23
    october = datetime(2026, 10, 10, 9, tzinfo=UTC)
    customer_with_deal(app, sam, "Acme Corp", "Acme seats", 24000, "lead", created=october,
                       activity=(44, "visit"))  # fmt: skip
    move(app, sam, "Acme seats", october + timedelta(days=2), stage="proposal")
    move(app, sam, "Acme seats", october + timedelta(days=5), stage="won")
    customer_with_deal(app, anna, "Globex Inc", "Globex rollout", 90000, "lead",
                       created=MONDAY - timedelta(days=5), activity=(3, "call"))  # fmt: skip
    customer_with_deal(app, anna, "Hooli", "Hooli XYZ", 30000, "proposal",
                       created=MONDAY - timedelta(days=5), activity=(2, "complaint"))  # fmt: skip
    move(app, anna, "Globex rollout", MONDAY - timedelta(days=2), stage="negotiation")
    move(app, anna, "Hooli XYZ", MONDAY - timedelta(days=1), stage="lost")

    this_month = texts(press(app, boss, text="/team"))
    assert this_month.startswith("Team performance, this month (Sun, Nov 1 – Mon, Nov 23):")
    assert ("Anna Schmidt: 2 activities (1 call, 1 complaint) · 2 new deals · 1 stage advance · "
            "won 0 of 1 (0%)") in this_month  # fmt: skip
    assert "Sam Taylor: no activities · 0 new deals · 0 stage advances · no deals closed" in this_month
    assert "Total: 2 activities" in this_month

    last_month = texts(press(app, boss, text="/team last month"))
    assert last_month.startswith("Team performance, last month (Thu, Oct 1 – Sat, Oct 31):")
    assert ("Sam Taylor: 1 activity (1 visit) · 1 new deal · 1 stage advance · won 1 of 1 (100%), "
            "$24,000") in last_month  # fmt: skip
    assert "Anna Schmidt: no activities · 0 new deals" in last_month

    mine = texts(press(app, sam, text="/team last month"))  # a rep sees their own figures
    assert "Sam Taylor: 1 activity" in mine and "Anna" not in mine
    assert "Usage: /team" in texts(press(app, boss, text="/team banana"))

    set_user(app, boss, locale="zh")
    chinese = texts(press(app, boss, text="/team 上个月"))
    assert chinese.startswith("团队业绩，上月")
    assert "Sam Taylor：1 次跟进" in chinese or "Sam Taylor: 1 次跟进" in chinese
