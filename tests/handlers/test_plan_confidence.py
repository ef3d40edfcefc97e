"""The whole-plan confidence measured: what the gate records about each plan it decides on (`plan_log`,
`plan_signals`), and the small models the benchmarks train from labelled plan records (deterministic,
no words of a message in what they learn from)."""

from __future__ import annotations

import pytest

from handlers.understanding import plan_log
from tests.support.benchmarks import understanding_script

pc = understanding_script("plan_model")
# what the gate records does not depend on the database: the chat tests run on SQLite only
on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def bakery(chat):
    chat.send("/customer add Wrenfield Bakery Supplies")
    chat.send("/customer add Ostler Freight")
    chat.send("/contact add Wrenfield Bakery: Odile Marchetti")
    chat.send("/deal add Wrenfield Bakery: ovens 18000")
    return chat


@on_one_backend
def test_a_plan_stored_at_once_is_recorded_with_its_signals(bakery) -> None:
    with plan_log.collected() as gate:
        bakery.send("rang wrenfield bakery supplies, odile says the ovens run fine")
    assert [g["decision"] for g in gate] == ["stored"]
    (plan,) = gate[0]["plans"]
    assert plan["planned"] == ["log"] and plan["link"] == "exact" and plan["doubts"] == {}
    assert plan["path"]["kind"] == "call" and plan["contacts"] == 1
    assert 0.0 <= plan["kind_p"]["log"] <= 1.0 and set(plan["kind_p"]) >= {"log", "nothing", "remind"}


@on_one_backend
def test_a_card_names_the_rule_that_doubted_it_and_the_words_left_out(bakery) -> None:
    with plan_log.collected() as gate:
        bakery.send("visited ostler freight, somewhere between 40k and 60k for the depot racking")
    assert [g["decision"] for g in gate] == ["card"]
    (plan,) = gate[0]["plans"]
    assert plan["doubts"] or plan["unused"]
    assert gate[0]["doubts"] + gate[0]["unused"] >= 1


@on_one_backend
def test_each_date_and_amount_carries_the_role_opinion(bakery) -> None:
    with plan_log.collected() as gate:
        bakery.send("wrenfield bakery supplies: ping odile about the oven order on friday")
    slots = [s for g in gate for p in g["plans"] for s in p["slots"]]
    assert [s["slot"] for s in slots] == ["date"]
    assert "remind" in slots[0]["planned"] and abs(sum(slots[0]["p"].values()) - 1) < 1.5


@on_one_backend
def test_a_message_about_two_customers_is_one_decision_over_two_plans(bakery) -> None:
    with plan_log.collected() as gate:
        bakery.send("emailed wrenfield bakery supplies and called ostler freight")
    assert len(gate) == 1 and len(gate[0]["plans"]) == 2
    assert {p["whole"] for p in gate[0]["plans"]} == {False}


@on_one_backend
def test_a_question_reaches_no_gate(bakery) -> None:
    with plan_log.collected() as gate:
        bakery.send("what's open with ostler freight?")
    assert gate == []


@on_one_backend
def test_nothing_is_worked_out_when_no_benchmark_listens(bakery, caplog) -> None:
    assert not plan_log.recording()
    bakery.send("rang ostler freight, all good")
    assert not [r for r in caplog.records if r.name == plan_log.LOG.name]


# --- the models ---------------------------------------------------------------------------------------


def _plan(**over):  # type: ignore[no-untyped-def]
    plan = {"planned": ["log"], "path": {"kind": "visit", "dates": ["occurred/weekday"]}, "doubts": {},
            "unused": 0, "kind_p": {"log": 0.97, "nothing": 0.01, "remind": 0.3}, "slots": [],
            "link": "exact", "persons": 1, "tokens": 9, "clauses": 2}  # fmt: skip
    return {**plan, **over}


def test_the_features_say_how_the_plan_was_read_not_what_it_says() -> None:
    gate = {"decision": "stored", "plans": [_plan(doubts={"slot_opinion": 1}, unused=3, unused_numbers=1)]}
    feats = pc.encode(gate)
    assert {"op:log", "path:kind=visit", "path:dates=occurred/weekday", "doubt:slot_opinion"} <= set(feats)
    assert {"unused:2", "unused:number", "kind:min_planned=4", "plans:1"} <= set(feats)
    assert feats == tuple(sorted(feats))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"texts": 1, "verdict": "right", "gate": [{"decision": "stored", "plans": []}]}, 1),
        ({"texts": 1, "verdict": "silently_wrong", "gate": [{"decision": "stored", "plans": []}]}, 0),
        ({"texts": 1, "verdict": "asked", "saved": "right", "gate": [{"decision": "card", "plans": []}]}, 1),
        ({"texts": 1, "verdict": "right", "saved": "silently_wrong", "gate": [{"decision": "card"}]}, 0),
        ({"texts": 2, "verdict": "right", "gate": [{"decision": "stored"}]}, None),  # a correction after
        ({"texts": 1, "verdict": "right", "gate": []}, None),  # a question answered
    ],
)
def test_the_target_is_whether_storing_the_plan_as_planned_is_right(record, expected) -> None:
    assert pc.target(record) == expected


def _rows():  # type: ignore[no-untyped-def]
    rows = []
    for source in ("w1", "w2", "w3"):
        for i in range(30):
            wrong = i % 5 == 0
            feats = ("plans:1", "doubt:date") if wrong else ("plans:1", f"tokens:{i % 3}")
            rows.append((feats, 0 if wrong else 1, source))
    return rows


def test_logistic_regression_learns_the_feature_that_goes_with_wrong_plans_and_is_deterministic() -> None:
    rows = [(x, y) for x, y, _ in _rows()]
    model = pc.train_lr(rows)
    assert model.confidence(("plans:1", "doubt:date")) < 0.3 < 0.8 < model.confidence(("plans:1", "tokens:1"))
    assert pc.train_lr(rows) == model


def test_naive_bayes_on_the_shared_core_ranks_the_same_way() -> None:
    model = pc.train_nb(_rows())
    assert model.confidence(("plans:1", "doubt:date")) < model.confidence(("plans:1", "tokens:1"))


# --- the evaluation's curves ----------------------------------------------------------------------------

ev = understanding_script("plan_confidence_eval")


def _scored(decision: str, verdict: str, confidence: float, *, saved=None, asking_is="asked"):  # type: ignore[no-untyped-def]
    return {"source": "w", "decision": decision, "verdict": verdict, "confidence": confidence,
            "saved": saved, "asking_is": asking_is}  # fmt: skip


def test_carding_low_stores_counts_what_it_catches_and_what_it_costs() -> None:
    scored = [
        _scored("stored", "silently_wrong", 0.2),
        _scored("stored", "silently_wrong", 0.2, asking_is="right"),  # a must-ask: carding it is right
        _scored("stored", "right", 0.4),
        _scored("stored", "right", 0.9),
        _scored("card", "asked", 0.1, saved="right"),
    ]
    c = ev.curve_store_to_card(scored, 0.5)
    assert (c["stored"], c["carded"], c["sw_caught"], c["right_lost"], c["right_gained"]) == (4, 3, 2, 1, 1)
    assert ev.curve_store_to_card(scored, 0.1)["carded"] == 0


def test_storing_sure_cards_counts_asks_removed_and_wrong_writes_added() -> None:
    scored = [
        _scored("card", "asked", 0.95, saved="right"),
        _scored("card", "right", 0.95, saved="silently_wrong"),  # a must-ask card: storing it is wrong
        _scored("card", "asked", 0.2, saved="right"),
        _scored("stored", "right", 0.99),
    ]
    c = ev.curve_card_to_store(scored, 0.9)
    assert (c["cards"], c["stored"], c["asks_removed"], c["sw_added"], c["right_lost"]) == (3, 2, 1, 1, 1)


def test_a_threshold_is_only_chosen_where_it_catches_enough_per_right_answer_lost() -> None:
    scored = [_scored("stored", "silently_wrong", 0.55), _scored("stored", "silently_wrong", 0.62),
              _scored("stored", "right", 0.68), _scored("stored", "right", 0.9)]  # fmt: skip
    assert ev.choose(scored, 3.0) == 0.65  # 2 caught, none lost; at 0.7 a right answer is lost
    assert ev.choose(scored, 2.0) == 0.9  # 2 caught per 1 lost is enough (0.9 itself is not under 0.9)
    assert ev.choose([_scored("stored", "right", 0.1)], 1.0) is None
