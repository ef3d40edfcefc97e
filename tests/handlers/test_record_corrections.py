"""Which record a correction changes (session 20), in words of its own: Larkspur Dental, Larkspur Optics and
Quill Dental. A correction changes the record just written (or the one it names) and never leaves a record it
calls wrong stored while it asks about the corrected message.
"""

from __future__ import annotations

import pytest

from crm_store.transfer.exporter import export_data
from tests.conftest import texts

on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])


def _export(app, admin) -> dict:  # type: ignore[no-untyped-def,type-arg]
    with app.db.transaction() as session:
        return export_data(session, admin.org_id, now=app.clock())


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
    deals = {d["customer"]: d["amount"] for d in _export(app, admin)["deals"]}
    assert deals == {"Quill Dental": 20000, "Larkspur Optics": 8000}  # nothing known wrong stays stored
    chat.send("Larkspur Optics")  # the answer stores the message as corrected
    deals = {d["customer"]: d["amount"] for d in _export(app, admin)["deals"]}
    assert deals == {"Quill Dental": 20000, "Larkspur Optics": 30000}
