"""The learned second opinion on what kind of change a message asks for (issue 13)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from handlers.understanding import actions
from handlers.understanding import second_opinion as so
from tests.conftest import texts
from tests.support.exported import exported

ROOT = Path(__file__).resolve().parents[2]


def _builder():  # type: ignore[no-untyped-def]
    path = ROOT / "benchmarks" / "understanding" / "build_message_kinds.py"
    spec = importlib.util.spec_from_file_location("build_message_kinds", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXTS = ("rang Quillfeather Ltd, Noor picked up", "给蓝湾印务的孙经理发了报价单")


@pytest.mark.slow
def test_the_same_examples_give_the_same_opinion_in_every_process() -> None:
    examples = so.load_examples()[::4]
    first, second = so.train(examples), so.train(examples)
    assert [first.probabilities(t) for t in TEXTS] == [second.probabilities(t) for t in TEXTS]
    # another process hashes strings differently: the opinion must not depend on it
    code = "from handlers.understanding import second_opinion as so; print([so.kind_opinion(t) for t in %r])"
    other = subprocess.run(
        [sys.executable, "-c", code % (TEXTS,)],
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert other == str([so.kind_opinion(t) for t in TEXTS])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("anyone know if the office is open on saturday?", "nothing"),
        ("周末愉快 大家辛苦了", "nothing"),
        ("rang Quillfeather Ltd this morning, Noor liked the new samples", "log"),
        ("下午去蓝湾印务拜访了孙经理 聊得不错", "log"),
        ("remind me to send Quillfeather the catalogue on friday", "remind"),
        ("提醒我下周一给蓝湾印务打电话", "remind"),
        ("lost Quillfeather to a cheaper competitor", "lose"),
        ("蓝湾印务那单丢了 客户选了别家", "lose"),
        ("Noor Haddad's new email is noor@quillfeather.example", "contact"),
        ("蓝湾印务孙经理的新手机号是13912345678", "contact"),
        ("sorry, I meant thursday not friday", "correction"),
        ("不对 刚才写错了 应该是周四", "correction"),
    ],
)
def test_clear_messages_get_their_kind(text: str, kind: str) -> None:
    assert so.kind_opinion(text)[0] == kind, so.opinion(text).probabilities


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Quillfeather deal is now at 40k, moving to proposal", "deal"),
        ("蓝湾印务的单子金额改成12万 进入谈判阶段", "deal"),
        ("Quillfeather signed the contract, we won it", "win"),
        ("蓝湾印务签约了 赢单", "win"),
    ],
)
def test_deal_changes_and_wins_are_told_apart(text: str, kind: str) -> None:
    found = so.opinion(text)
    other = "win" if kind == "deal" else "deal"
    assert found.of(kind) > 0.5 and found.of(kind) > found.of(other), found.probabilities


def _reminder() -> actions.ReminderAction:
    return actions.ReminderAction("call them", 1, None, datetime(2026, 12, 4, 9, tzinfo=UTC))


def test_a_plan_that_stores_nothing_is_never_doubted() -> None:
    assert so.doubts("is the office open on saturday?", [], str) == []


def test_a_reminder_read_from_small_talk_is_a_doubt_and_a_real_one_is_not() -> None:
    assert so.doubts("thanks team, great week!", [_reminder()], str)
    assert so.doubts("remind me to call Quillfeather on friday at 10", [_reminder()], str) == []


def test_a_held_out_set_is_judged_by_a_model_that_never_saw_it() -> None:
    held_out = so.model("set4")
    assert held_out is not so.model(None)
    try:
        so.holdout("set4")
        assert so.opinion("rang Quillfeather, Noor picked up").probabilities == held_out.probabilities(
            "rang Quillfeather, Noor picked up"
        )
    finally:
        so.holdout(None)


def test_the_kinds_come_from_what_must_change() -> None:
    builder = _builder()
    assert builder.kinds_of_changes({"activities": [{}], "reminders": [{}]}) == ["log", "remind"]
    assert builder.kinds_of_changes({"deals": [{"stage": "won"}, {"stage": "lost"}, {"status": "open"}]}) == [
        "deal",
        "lose",
        "win",
    ]
    assert builder.kinds_of_changes({"deal": {"status": "won"}, "activity": {"kind": "call"}}) == [
        "log",
        "win",
    ]
    fixed = {"id": "x1", "texts": ["new deal at Quillfeather 7k", "make that 8k"], "expect": {}}
    fixed["expect"] = {"outcome": "store", "changes": {"deals": [{"new": True, "amount": "8000"}]}}
    assert [(e["text"], e["kinds"]) for e in builder.set_examples("s", fixed)] == [
        ("new deal at Quillfeather 7k", ["deal"]),
        ("make that 8k", ["correction"]),
    ]
    taken_back = {
        "id": "x2",
        "texts": ["Quillfeather signed", "scratch that"],
        "expect": {"outcome": "nothing"},
    }
    assert [e["kinds"] for e in builder.set_examples("s", taken_back)] == [["correction"]]
    must_ask = {"id": "x3", "text": "signed!!", "expect": {"outcome": "ask"}}
    assert list(builder.set_examples("s", must_ask)) == []


def test_the_shipped_training_data_is_what_the_builder_makes() -> None:
    builder = _builder()
    shipped = (ROOT / "handlers" / "understanding" / "data" / "message_kinds.jsonl").read_text(
        encoding="utf-8"
    )
    built = builder.build()
    assert shipped == builder.dumps(built)
    assert [json.loads(line) for line in shipped.splitlines()] == built
    assert {e.source for e in so.load_examples()} >= {"corpus", "dev", "set2", "set3", "set4"}


VERBS = ("rang", "emailed", "visited", "called", "met")
TAILS = ("again", "today", "what a day", "as usual", "haha", "omg", "so funny", "whatever", "sigh", "meh")


def test_a_confident_disagreement_makes_the_card_and_agreement_stores(app, admin, chat, monkeypatch) -> None:
    """Wired into the plan: a confident 'nothing to store' against a plan that logs makes the preview card."""
    chat.send("/customer add Quillfeather Ltd, alias=Quillfeather")
    # the shipped model agrees with the reader: stored at once
    assert "Logged" in texts(chat.send("rang Quillfeather, Noor liked the samples"))
    assert len(exported(app, admin)["activities"]) == 1
    # a model that learned this wording as small talk (its own tiny labelled set) disagrees with the log
    chatter = [
        so.Example(f"{w} Quillfeather lol {x}", frozenset({"nothing"}), "") for w in VERBS for x in TAILS
    ]
    logs = [so.Example(f"{w} Acme {x} pricing", frozenset({"log"}), "") for w in VERBS for x in TAILS]
    small_talk = so.train(chatter + logs)
    monkeypatch.setattr(so, "opinion", lambda text: so.Opinion(small_talk.probabilities(text)))
    monkeypatch.setitem(so.REASONS, "nothing", 0.9)  # (a tiny set's calibration is never 0.995 sure)
    assert so.opinion("rang Quillfeather lol what a day").of("nothing") >= so.REASONS["nothing"]
    [card] = chat.send("rang Quillfeather lol what a day")
    assert [b.label for b in card.buttons][:2] == ["Save", "Change"]
    assert "question or small talk" in card.text
    assert len(exported(app, admin)["activities"]) == 1  # nothing stored before Save
    chat.press("Save")
    assert len(exported(app, admin)["activities"]) == 2


def test_a_reminder_whose_date_is_still_asked_for_is_not_a_stored_one() -> None:
    undated = actions.ReminderAction("call them", 1, None, None)
    assert so.planned_kinds([undated]) == set()
    assert so.planned_kinds([undated, _reminder()]) == {"remind"}


def _deal(outcome: str | None, *, reopen: bool = False) -> actions.DealAction:
    return actions.DealAction(
        customer_id=1, amount=None, alternative=None, amount_text="", currency=None, implied=None, stage=None,
        explicit=False, outcome=outcome, reason=None, close=None, title=None, reopen=reopen,
    )  # fmt: skip


def test_a_reopened_deal_is_a_deal_change_not_the_loss_that_ended_it() -> None:
    assert so.planned_kinds([_deal("lost")]) == {"lose"}
    assert so.planned_kinds([_deal("won")]) == {"win"}
    assert so.planned_kinds([_deal("lost", reopen=True)]) == {"deal"}


def _sure(**probabilities: float):  # type: ignore[no-untyped-def]
    return lambda text: so.Opinion({k: probabilities.get(k, 0.5) for k in so.KINDS})


def test_each_disagreement_needs_its_own_sureness(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A reminder the opinion doubts only somewhat is stored; one it is surer of than `REASONS` asks for
    'not remind' is carded; a disagreement `REASONS` leaves out never is, however sure."""
    monkeypatch.setitem(so.REASONS, "not remind", 0.9)
    monkeypatch.setattr(so, "opinion", _sure(remind=0.12, nothing=0.0, correction=0.0))
    assert so.doubts("ping the Harrowgate people", [_reminder()], str) == []  # 0.88 sure: not enough
    monkeypatch.setattr(so, "opinion", _sure(remind=0.08, nothing=0.0, correction=0.0))
    assert so.doubts("ping the Harrowgate people", [_reminder()], str) == ["whether you want a reminder"]
    monkeypatch.delitem(so.REASONS, "not remind")
    monkeypatch.setattr(so, "opinion", _sure(remind=0.0, nothing=0.0, correction=0.0))
    assert so.doubts("ping the Harrowgate people", [_reminder()], str) == []


def test_sureness_reads_a_missing_kind_as_the_kinds_absence() -> None:
    found = so.Opinion({"log": 0.25, "win": 0.96})
    assert so.sureness(found, "not log") == pytest.approx(0.75)
    assert so.sureness(found, "win left out") == pytest.approx(0.96)
    assert so.sureness(found, "nothing") == 0.0


def test_the_opinion_judges_what_storing_changed_not_a_write_that_repeats_the_record(
    app, admin, chat, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A deal write that leaves the deal as it was (the stage it is already at) is no deal change: an
    opinion sure there is no deal change does not card the log; a stage that does move is carded."""
    chat.send("/customer add Brambleton Mills, alias=Brambleton")
    chat.send("/deal Brambleton 30k proposal")
    monkeypatch.setattr(so, "opinion", _sure(deal=0.01, log=0.99, nothing=0.0, correction=0.0))
    monkeypatch.setitem(so.REASONS, "not deal", 0.95)
    replies = texts(chat.send("called Brambleton about the proposal, Ines wants the spec sheet"))
    assert "Logged" in replies and "Not sure" not in replies
    [card] = chat.send("Brambleton moved to negotiation after the call with Ines")
    assert "whether the deal changes" in card.text
    deals = exported(app, admin)["deals"]
    assert [d["stage"] for d in deals] == ["proposal"]  # nothing stored before Save


def test_a_kind_the_slot_opinion_already_asks_about_is_not_asked_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'whether to remind you before the holiday' on the card already questions the reminder: the kind
    opinion's 'whether you want a reminder' would say it twice; a doubt about another kind still shows."""
    monkeypatch.setattr(so, "opinion", _sure(remind=0.01, nothing=0.0, correction=0.0))
    text = "Pellworth after the holiday"  # ("nudge Pellworth …" asks for a reminder outright)
    assert so.doubts(text, [_reminder()], str) == ["whether you want a reminder"]
    assert so.doubts(text, [_reminder()], str, asked={"remind"}) == []
    assert so.doubts(text, [_reminder()], str, asked={"deal"})


def test_a_disputed_slot_names_the_kinds_of_change_it_questions() -> None:
    from handlers.understanding.slot_opinion import Disputed

    doubt = Disputed("whether to remind you Tuesday", frozenset({"remind"}))
    assert doubt == "whether to remind you Tuesday" and doubt.kinds == {"remind"}


def test_the_card_lists_its_doubts_the_way_the_users_language_does() -> None:
    from handlers.i18n import Catalogs

    assert Catalogs().translator("zh")(", ").join(["是否要在年前提醒你", "是否需要提醒"]) == (
        "是否要在年前提醒你、是否需要提醒"
    )
    assert Catalogs().translator("en")(", ") == ", "
