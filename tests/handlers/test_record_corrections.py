"""Which record a correction changes (session 20), in words of its own: Larkspur Dental, Larkspur Optics and
Quill Dental. A correction changes the record just written (or the one it names) and never leaves a record it
calls wrong stored while it asks about the corrected message.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported

on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])


def _setup(chat) -> None:  # type: ignore[no-untyped-def]
    for name in ("Larkspur Dental", "Larkspur Optics", "Quill Dental"):
        chat.send(f"/customer add {name}")
    chat.send("/contact add Larkspur Dental: Hugo Ames, title=practice manager")
    chat.send("/contact add Larkspur Optics: Vera Lund, title=buyer")
    chat.send("/deal Quill Dental 20k proposal")
    chat.send("/deal Larkspur Optics 8k lead")


@on_one_backend
def test_a_correction_that_is_asked_about_takes_the_wrong_record_back_first(app, admin, chat) -> None:
    _setup(chat)
    chat.send("Quill Dental up to 30k")
    reply = texts(chat.send("sorry, I meant larkspur"))  # which Larkspur? asked about the corrected message
    assert "Undone" in reply and "Which customer" in reply
    deals = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert deals == {"Quill Dental": 20000, "Larkspur Optics": 8000}  # nothing known wrong stays stored
    chat.send("Larkspur Optics")  # the answer stores the message as corrected
    deals = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert deals == {"Quill Dental": 20000, "Larkspur Optics": 30000}


@on_one_backend
def test_a_correction_naming_the_message_before_by_its_customer(app, admin, chat) -> None:
    _setup(chat)
    chat.send("called Hugo at Larkspur Dental about the chairs")
    chat.send("Quill Dental now 25k")
    chat.send("oops — the larkspur one was a visit, not a call")  # the message before the last
    data = exported(app, admin)
    assert [(a["customer"], a["kind"], a["contact"]) for a in data["activities"]] == [
        ("Larkspur Dental", "visit", "Hugo Ames")
    ]
    assert {d["customer"]: d["amount"] for d in data["deals"]}["Quill Dental"] == 25000


@on_one_backend
def test_the_wrong_customer_and_its_person_put_right_together(app, admin, chat) -> None:
    _setup(chat)
    chat.send("emailed Hugo at Larkspur Dental the brochure")
    chat.send("wrong larkspur — Vera at Larkspur Optics")
    assert [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]] == [
        ("Larkspur Optics", "Vera Lund")
    ]


@on_one_backend
def test_a_bare_number_after_an_amount_and_a_day_is_asked_about(app, admin, chat) -> None:
    _setup(chat)
    chat.send("Quill Dental 24k, close dec 18")
    reply = texts(chat.send("no, 22"))
    assert "?" in reply
    (quill,) = [d for d in exported(app, admin)["deals"] if d["customer"] == "Quill Dental"]
    assert (quill["amount"], quill["expected_close"][:10]) == (24000, "2026-12-18")


@on_one_backend
def test_the_same_change_said_again_for_another_customer(app, admin, chat) -> None:
    _setup(chat)
    chat.send("Quill Dental -> negotiation")
    chat.send("sorry, Larkspur Optics -> negotiation, quill stays as it was")
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"Quill Dental": "proposal", "Larkspur Optics": "negotiation"}
    chat.send("Quill Dental -> negotiation")
    chat.send("sorry for the slow reply, Larkspur Optics won't decide before january")  # news, no correction
    assert {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}["Quill Dental"] == "negotiation"


@pytest.mark.parametrize(
    ("cantonese", "mandarin"),
    [("唔係三點，係四點半", "不是三点，是四点半"), ("聽日下晝", "明天下午"), ("搞錯咗", "搞错了"),
     ("關係", "关系")],
)  # fmt: skip
def test_cantonese_reads_as_mandarin(cantonese, mandarin) -> None:
    from handlers.parsing.hanzi import simplified

    assert simplified(cantonese) == mandarin


@on_one_backend
def test_the_right_customer_said_with_the_old_words_replaces_the_customer_only(app, admin, chat) -> None:
    chat.send("/customer add 杭州云帆网络科技有限公司")
    chat.send("/customer add 上海东方贸易有限公司")
    chat.send("/deal 杭州云帆网络科技有限公司 30万 CNY proposal")
    chat.send("/deal 上海东方贸易有限公司 12万 CNY proposal")
    chat.send("云帆的单子黄了，客户选了阿里云")
    reply = texts(chat.send("不对，是东方贸易黄了，不是云帆"))
    assert "东方贸易的单子黄了" in reply  # not "东方贸易黄了的单子黄了"
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages == {"杭州云帆网络科技有限公司": "proposal", "上海东方贸易有限公司": "lost"}


@on_one_backend
def test_a_short_name_after_the_measure_word_of_a_trip_is_the_customer(app, admin, chat) -> None:
    chat.send("/customer add 苏州顺利物流有限公司")
    chat.send("/contact add 苏州顺利物流有限公司: 钱立新, title=经理")
    reply = texts(chat.send("昨天去了趟顺利，钱经理说月底前定"))
    assert "Did you mean" not in reply


@on_one_backend
def test_a_value_said_to_be_another_customers_moves_to_that_customer(app, admin, chat) -> None:
    _setup(chat)
    chat.send("Quill Dental up to 26k")
    chat.send("no wait, that's the Larkspur Optics number — quill stays at 20")
    deals = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert deals == {"Quill Dental": 20000, "Larkspur Optics": 26000}
    assert "Corrected" not in texts(chat.send("sorry, that's the wrong number"))  # names no customer
