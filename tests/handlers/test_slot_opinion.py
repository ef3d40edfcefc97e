"""The learned opinion on each date's and amount's role (`slot_opinion`), its training data and its hook.

Wordings and customers of our own, none from the labelled sets."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from config import Settings
from handlers.parsing.vocabulary import stage_synonyms
from handlers.understanding import actions, naive_bayes
from handlers.understanding import slot_opinion as so
from handlers.understanding.plan_writes import Writes
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)  # a Tuesday
LISBON = ZoneInfo("Europe/Lisbon")
SETTINGS = Settings(database_url="sqlite://")


def _builder():  # type: ignore[no-untyped-def]
    path = ROOT / "benchmarks" / "understanding" / "build_slot_roles.py"
    spec = importlib.util.spec_from_file_location("build_slot_roles", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reading(text: str):  # type: ignore[no-untyped-def]
    return read(
        text,
        now=NOW,
        tz=LISBON,
        stages=SETTINGS.stage_names,
        synonyms=stage_synonyms(SETTINGS.stage_synonyms),
    )


# --- the shared learning parts ----------------------------------------------------------------------


def test_features_only_one_writer_uses_are_not_learned() -> None:
    """A word only one source set has is its customers' name, not a sign of a class."""
    rows = [((f"w:{w}", "w:brandname"), frozenset({"yes"}), "s1") for w in ("a", "b", "c")]
    rows += [((f"w:{w}", "w:shared"), frozenset({"yes"}), src) for w in ("a", "b") for src in ("s2", "s3")]
    rows += [((f"w:{w}", "w:plain"), frozenset(), src) for w in ("a", "b", "c") for src in ("s1", "s2", "s3")]
    binary = naive_bayes.train(rows, ("yes",))["yes"]
    assert "w:brandname" not in binary.weights
    assert binary.weights["w:shared"] > 0 > binary.weights["w:plain"]
    assert 0.0 < binary.probability(("w:shared",)) < 1.0


def test_holdout_is_shared_by_both_opinions() -> None:
    from handlers.understanding import second_opinion

    try:
        second_opinion.holdout("set3")
        assert naive_bayes.held_out() == "set3"
        assert so.opinion("date", ()) == so.model("date", "set3").probabilities(())
    finally:
        second_opinion.holdout(None)
    assert naive_bayes.held_out() is None


# --- the training data --------------------------------------------------------------------------------


def test_a_date_takes_the_roles_the_label_gives_that_day() -> None:
    builder = _builder()
    expected = builder.dates_in(
        {
            "reminders": [{"due": "2026-03-13T15:00"}],
            "deals": [{"close_date": ["2026-04-30", "2026-05-01"]}],
            "activities": [{"customer": "x"}],  # no day said: it happened today
        },
        NOW.date(),
    )
    assert builder.roles_of_date({"2026-03-13"}, expected) == ["remind"]
    assert builder.roles_of_date({"2026-05-01"}, expected) == ["close"]
    assert builder.roles_of_date({"2026-03-10"}, expected) == ["happened"]
    assert builder.roles_of_date({"2026-03-20"}, expected) == ["none"]  # somebody else's plan


def test_an_amount_is_the_deals_a_new_deals_or_other() -> None:
    builder = _builder()
    expected = builder.amounts_in(
        {"deals": [{"customer": "Orla", "amount": "4800", "new": True}, {"customer": "Pim"}]},
        {"Pim": [Decimal("12000")]},
    )
    assert builder.roles_of_amount(Decimal("4800"), expected) == ["deal", "new"]
    assert builder.roles_of_amount(Decimal("12000"), expected) == ["deal"]  # Pim's deal, said again
    assert builder.roles_of_amount(Decimal("300"), expected) == ["other"]


def test_rows_use_the_readers_own_spans() -> None:
    builder = _builder()
    text = "rang Velloso Tiles, Ines wants 300 crates at €4,800, remind me thursday"
    rows = list(
        builder.slot_rows(
            text,
            {"reminders": [{"due": "2026-03-12"}], "deals": [{"customer": "V", "amount": "4800"}]},
            datetime(2026, 3, 10, 8, 30),
            "Europe/Lisbon",
            {},
        )
    )
    dates = [r for r in rows if r["slot"] == "date"]
    money = [r for r in rows if r["slot"] == "amount"]
    assert [text[slice(*r["spans"][0])] for r in dates] == ["thursday"]
    assert dates[0]["roles"] == ["remind"] and dates[0]["days"] == 2 and dates[0]["form"] == "weekday"
    assert [r["roles"] for r in money] == [["deal"]] and money[0]["currency"] is True


def test_the_shipped_rows_are_what_the_builder_makes() -> None:
    builder = _builder()
    shipped = (ROOT / "handlers" / "understanding" / "data" / "slot_roles.jsonl").read_text(encoding="utf-8")
    built = builder.build()
    assert shipped == builder.dumps(built)
    assert {e.source for e in so.load_examples()} >= {"corpus", "dev", "set2", "set3", "set4", "set5"}


# --- the opinion ----------------------------------------------------------------------------------------


def _date_roles(text: str) -> dict[str, float]:
    """The opinion on the one date of `text`, as the hook sees it."""
    reading = _reading(text)
    [found] = [s for s in so.slots(reading, Writes(), NOW) if s.slot == "date"]
    return so.opinion("date", found.features)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("remind me to ring Velloso Tiles on friday at 4pm", "remind"),
        ("提醒我下周二给青松瓷砖打电话", "remind"),
        ("Velloso Tiles expect to sign by end of april", "close"),
        ("青松瓷砖预计4月底签约", "close"),
    ],
)
def test_clear_dates_get_their_role(text: str, role: str) -> None:
    found = _date_roles(text)
    assert max(found, key=found.__getitem__) == role


def test_a_slot_is_seen_by_its_words_each_side_nearest_first() -> None:
    text = "Velloso Tiles: 300 crates, €4,800 total, sign by 30/4"
    start = text.index("€")
    seen = so.features(text, [[start, start + 6]], so.amount_facts(Decimal("4800"), True, 1, 2))
    assert seen == tuple(sorted(seen))  # sums over them are the same in every process
    assert {"l1:crates", "l2:<num>", "r1:total", "s:<money>", "f:order:later", "f:size:3"} <= set(seen)


def test_a_plans_roles_come_from_its_writes() -> None:
    text = "Velloso Tiles expect to sign by end of april, €4,800, ping Ines friday"
    reading = _reading(text)
    close = next(w for _, w in reading.dates if w.at.month == 4).at.date()
    friday = next(w for _, w in reading.dates if w.at.month == 3).at
    writes = Writes(
        deal=actions.DealAction(
            customer_id=1,
            amount=Decimal("4800"),
            alternative=None,
            amount_text="€4,800",
            currency="EUR",
            implied=None,
            stage=None,
            explicit=False,
            outcome=None,
            reason=None,
            close=close,
            title=None,
        ),
        reminders=(actions.ReminderAction("ping Ines", 1, None, friday),),
    )
    found = {reading.said((s.spans[0][0], s.spans[-1][1])): s.planned for s in so.slots(reading, writes, NOW)}
    assert found["end of april"] == {"close"}
    assert found["friday"] == {"remind"}
    assert found["€4,800"] == {"deal"}


def _deal(amount: str, *, add_on: bool = False, outcome: str | None = None, close=None):  # type: ignore[no-untyped-def]
    return actions.DealAction(
        customer_id=1, amount=Decimal(amount), alternative=None, amount_text=amount, currency=None,
        implied=None,
        stage=None, explicit=False, outcome=outcome, reason=None, close=close, title=None, add_on=add_on,
    )  # fmt: skip


def test_an_amount_is_a_new_deals_when_added_on_or_when_none_is_open() -> None:
    reading = _reading("Velloso Tiles want a second line of grout, €4,800")
    roles = {
        (add_on, open_deal): next(
            s.planned
            for s in so.slots(reading, Writes(deal=_deal("4800", add_on=add_on), open_deal=open_deal), NOW)
        )
        for add_on in (False, True)
        for open_deal in (False, True)
    }
    assert roles[(False, True)] == {"deal"}  # the open deal's amount changes
    assert roles[(True, True)] == {"deal", "new"}
    assert roles[(False, False)] == {"deal", "new"}  # no deal open: it can only be a new one


def test_the_day_a_deal_was_won_is_when_it_happened_not_a_forecast() -> None:
    reading = _reading("Velloso Tiles signed today")
    today = NOW.astimezone(LISBON).date()
    [slot] = so.slots(reading, Writes(deal=_deal("0", outcome="won", close=today)), NOW)
    assert slot.planned == {"happened"}


def test_disagreements_name_the_role_disputed() -> None:
    sure_not_close = {"remind": 0.5, "close": 0.01, "happened": 0.1, "none": 0.4}
    assert so.disagreements("date", sure_not_close, {"close"}, 0.97) == ["not close"]
    assert so.disagreements("date", sure_not_close, {"remind"}, 0.97) == []
    assert so.disagreements("amount", {"deal": 0.2, "new": 0.99, "other": 0.1}, {"deal"}, 0.97) == [
        "new left out"
    ]


# --- the hook: the card asks about that part ----------------------------------------------------------


def _sure_it_is_not_a_close_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(so, "REASONS", {"date:not close": 0.85})
    monkeypatch.setattr(
        so,
        "opinion",
        lambda slot, feats: (
            {"remind": 0.6, "close": 0.001, "happened": 0.1, "none": 0.3}
            if slot == "date"
            else {"deal": 0.9, "new": 0.1, "other": 0.1}
        ),
    )


def test_a_disputed_close_date_makes_the_card_ask_about_it(app, admin, chat, monkeypatch) -> None:
    chat.send("/customer add Velloso Tiles, alias=Velloso")
    chat.send("/deal Velloso tiling contract 9k proposal")
    _sure_it_is_not_a_close_date(monkeypatch)
    [card] = chat.send("Velloso expected to close Apr 30")
    assert "Not sure about: whether Apr 30 is the close date" in card.text
    assert [b.label for b in card.buttons][:2] == ["Save", "Change"]
    assert not exported(app, admin)["deals"][0]["expected_close"]  # nothing stored before Save
    chat.press("Save")
    assert exported(app, admin)["deals"][0]["expected_close"][4:10] == "-04-30"


def test_the_card_asks_in_chinese_for_a_chinese_user(app, admin, chat, monkeypatch) -> None:
    chat.send("/customer add 青松瓷砖有限公司, alias=青松瓷砖")
    chat.send("/deal 青松瓷砖 瓷砖项目 9万 proposal")
    chat.send("/lang zh")
    _sure_it_is_not_a_close_date(monkeypatch)
    [card] = chat.send("青松瓷砖预计4月30号成交")
    assert "4月30号是否是预计成交日期" in card.text


def test_no_dispute_stores_at_once(app, admin, chat, monkeypatch) -> None:
    chat.send("/customer add Velloso Tiles, alias=Velloso")
    chat.send("/deal Velloso tiling contract 9k proposal")
    monkeypatch.setattr(so, "REASONS", {"date:not close": 0.85})
    monkeypatch.setattr(
        so, "opinion", lambda slot, feats: {"remind": 0.01, "close": 0.99, "happened": 0.01, "none": 0.01}
    )
    assert "Not sure" not in " ".join(texts(chat.send("Velloso expected to close Apr 30")))
    assert exported(app, admin)["deals"][0]["expected_close"][4:10] == "-04-30"


def test_an_add_on_read_as_the_open_deals_new_amount_is_asked_about(app, admin, chat, monkeypatch) -> None:
    chat.send("/customer add Velloso Tiles, alias=Velloso")
    chat.send("/deal Velloso tiling contract 9k proposal")
    monkeypatch.setattr(
        so,
        "opinion",
        lambda slot, feats: (
            {"deal": 0.99, "new": 0.95, "other": 0.01}
            if slot == "amount"
            else {"remind": 0.3, "close": 0.3, "happened": 0.3, "none": 0.3}
        ),
    )
    [card] = chat.send("Velloso quoted 4k for grout")
    # asked as a doubt on the card, or (an amount said only as a quote, i37-people) as change-or-new deal
    assert "whether 4k is a separate deal" in card.text or "or is this a new deal?" in card.text
    assert Decimal(str(exported(app, admin)["deals"][0]["amount"])) == 9000  # the open deal is untouched


def test_the_gate_disputes_a_role_only_when_it_can_say_so(monkeypatch) -> None:
    """Without the user's translation (one customer's part of a two-customer message) nothing is disputed."""
    from crm_store.models import Customer
    from handlers.understanding import gate
    from handlers.understanding.customer_link import Found

    _sure_it_is_not_a_close_date(monkeypatch)
    reading = _reading("Velloso Tiles expect a decision by end of april")
    close = next(w for at, w in reading.dates if at >= 0).at.date()
    writes = Writes(deal=_deal("0", close=close), open_deal=True)
    found = Found(Customer(name="Velloso Tiles"), 0, 13, "name")
    said = gate.doubts(reading, found, now=NOW, writes=writes, say=lambda text, **k: text.format(**k))
    assert "whether end of april is the close date" in said
    assert not [d for d in gate.doubts(reading, found, now=NOW, writes=writes) if "close date" in d]


def test_a_slot_disagreement_needs_the_sureness_its_reason_asks_for() -> None:
    found = {"remind": 0.15, "close": 0.02, "happened": 0.3, "none": 0.9}
    assert so.sureness(found, "not remind") == pytest.approx(0.85)
    assert so.sureness(found, "none left out") == pytest.approx(0.9)
    assert so.sureness({}, "not close") == 0.0  # a role the model has no view of is never disputed
