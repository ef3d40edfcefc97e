"""Session 58, everyday wordings (issue 13).

- "Pádraig Gallogly rang re Sligo Wind, his mobile is 087 224 6190 now": "his" is Pádraig's, not the
  customer's name read as a person's after "re" (the new mobile was dropped; lost in session 56 when "her"
  went back to the last person named); "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile …": the
  customer's name running on from hers is not the one "her" stands for.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_store.models import Contact
from tests.support.chatting import chat_of, say


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return add_user("Sam Taylor", role="rep")


def _phones(app) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        return {c.name: c.phone for c in session.scalars(select(Contact))}


@pytest.mark.parametrize(
    ("setup", "text", "who", "phone"),
    [
        (
            ("/customer add Sligo Wind Services Ltd, aliases=Sligo Wind",
             "/contact add Sligo Wind Services Ltd: Pádraig Gallogly, phone=+353 9909 5492"),
            "Pádraig Gallogly rang re Sligo Wind, his mobile is 087 224 6190 now",
            "Pádraig Gallogly",
            "087 224 6190",
        ),
        (
            ("/customer add Gdynia Rybołówstwo Sp. z o.o., aliases=Gdynia Rybolowstwo",
             "/contact add Gdynia Rybołówstwo Sp. z o.o.: Zofia Kaczmarek, phone=+48 9448 8305"),
            "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile +48 601 223 845. they have 35 trucks",
            "Zofia Kaczmarek",
            "+48 601 223 845",
        ),
        (
            ("/customer add Acme Corp", "/contact add Acme Corp: Jane Doe"),
            "met Jane Doe at Acme, her cell is 415 555 0101",
            "Jane Doe",
            "415 555 0101",
        ),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_the_person_not_the_customer_named_after(app, sam, setup, text, who, phone):
    chat = chat_of(app, sam)
    say(chat, *setup)
    reply = say(chat, text)
    phones = _phones(app)
    assert phones[who] == phone, reply
    assert set(phones) == {who}, reply
