"""Customer links measured: what the linker records about each link (`link_log`), how a record is labelled,
and the small model the benchmarks train from the labelled links (deterministic, held out per set; measured
and not used by the product)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers.understanding import link_log
from tests.support.benchmarks import understanding_script

ROOT = Path(__file__).resolve().parents[2]


def _records_builder():  # type: ignore[no-untyped-def]
    return understanding_script("link_records")


lc = understanding_script("link_model")


@pytest.fixture
def orchard(chat):
    chat.send("/customer add Marlow Orchards Ltd")
    chat.send("/customer add Tenby Glassworks")
    chat.send("/customer add Tenby Roofing Co")
    chat.send("/contact add Tenby Roofing: Ffion Price")
    chat.send("/customer add 宁波海曙纺织有限公司, alias=海曙纺织")
    return chat


def test_a_stored_link_is_recorded_with_how_it_matched(orchard) -> None:
    with link_log.collected() as links:
        orchard.send("phoned marlow orchards about the pruning contract")
    stored = [link for link in links if link["decision"] == "stored"]
    assert [(s["customer"], s["how"], s["words"]) for s in stored] == [
        ("Marlow Orchards Ltd", "exact", "marlow orchards")
    ]
    assert stored[0]["margin"] > 50 and stored[0]["rivals"] == 0 and not stored[0]["shared"]


def test_a_question_among_look_alikes_records_the_top_one_and_every_candidate(orchard) -> None:
    with link_log.collected() as links:
        orchard.send("tenby wants a site visit next week")
    asked = [link for link in links if link["decision"] == "asked_close"]
    assert len(asked) == 1 and set(asked[0]["options"]) == {"Tenby Glassworks", "Tenby Roofing Co"}
    assert asked[0]["how"] == "partial" and asked[0]["margin"] < 8
    considered = {link["customer"] for link in links if link["decision"] == "candidate"}
    assert considered == {"Tenby Glassworks", "Tenby Roofing Co"} - {asked[0]["customer"]}


def test_a_chinese_short_name_is_an_alias_link(orchard) -> None:
    with link_log.collected() as links:
        orchard.send("海曙纺织下单了 明天发货")
    assert [(x["how"], x["script"], x["chars"]) for x in links if x["decision"] == "stored"] == [
        ("alias", "zh", 4)
    ]


def test_nothing_is_recorded_when_no_benchmark_listens(orchard, caplog) -> None:
    assert not link_log.recording()
    orchard.send("phoned marlow orchards again")
    assert not [r for r in caplog.records if r.name == link_log.LOG.name]


def test_the_description_a_model_learns_from_has_no_names_or_words() -> None:
    link = {"how": "partial", "field": "name", "script": "en", "margin": 3.0, "rivals": 1, "chars": 5,
            "customers": 1, "score": 91.0, "shared": True, "words": "tenby",
            "customer": "Tenby Roofing Co"}  # fmt: skip
    features = lc.encode(link)
    assert "how=partial" in features and "margin=narrow" in features and "shared" in features
    assert not any("tenby" in f.lower() for f in features)


@pytest.mark.parametrize(
    ("message", "customer", "label"),
    [({"text": "x", "expect": {"outcome": "store", "changes": {"deals": [{"customer": "Tenby Roofing Co"}]}}},
      "tenby roofing co", "right"),
     ({"text": "x", "expect": {"outcome": "store",
                               "changes": {"activities": [{"customer": "Tenby Glassworks"}]}}},
      "Tenby Roofing Co", "wrong"),
     ({"text": "x", "expect": {"outcome": "store", "changes": {"activities": [{"customer": "A"}]},
                               "alt_changes": [{"activities": [{"customer": "Tenby Roofing Co"}]}]}},
      "Tenby Roofing Co", "right"),
     ({"text": "x", "expect": {"outcome": "ask"}}, "Tenby Roofing Co", "ask"),
     ({"text": "x", "expect": {"outcome": "nothing"}}, "Tenby Roofing Co", None),
     ({"texts": ["x", "y"], "expect": {"outcome": "store", "changes": {}}}, "Tenby Roofing Co", None)],
)  # fmt: skip
def test_a_link_is_labelled_by_the_customers_the_label_changes(message, customer, label) -> None:
    assert _records_builder().label_of(message, customer) == label


def _link(**flags: object) -> dict[str, object]:
    return {"how": "exact", "field": "name", "script": "en", "margin": 40.0, "rivals": 0, "chars": 12,
            "customers": 1, "score": 100.0, **flags}  # fmt: skip


def test_training_learns_which_links_go_wrong_and_is_the_same_every_time() -> None:
    rows = [{**_link(), "label": "right"} for _ in range(30)]
    rows += [{**_link(shared=True, margin=2.0), "label": y} for y in ("wrong",) * 8 + ("right",) * 2]
    rows += [{**_link(), "label": "ask"}, {**_link(), "label": None}]
    model = lc.train(lc.count(rows))
    assert model == lc.train(lc.count(list(reversed(rows))))
    assert model.confidence(_link(shared=True, margin=2.0)) < 0.5 < 0.9 < model.confidence(_link())
    assert lc.count(rows, ask_is_wrong=False)[lc.encode(_link())] == [30, 30]


def test_a_held_out_set_is_left_out_of_the_model() -> None:
    shipped = lc.counts_by_source()
    assert {"dev", "set2", "set3", "set4", "set5"} <= set(shipped)
    link = _link(how="partial", margin=3.0, rivals=1, shared=True, first=True)
    try:
        lc.holdout("set5")
        without = lc.confidence(link)
    finally:
        lc.holdout(None)
    assert without != lc.confidence(link)
    assert 0.0 < lc.confidence(link) < 1.0


def test_the_link_counts_are_built_from_the_current_sets() -> None:
    builder = _records_builder()
    header = json.loads(lc.DATA.read_text(encoding="utf-8").splitlines()[0])
    assert header == {
        "fingerprint": builder.fingerprint(builder.label_files()),
        "features": lc.FEATURES_VERSION,
    }
