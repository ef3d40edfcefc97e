"""Contact news read by i39-people (session 39, issue 13). Own wordings, not an evaluation set's.

What the reader missed, and the general property it now reads:

- work said of someone and denied is their leaving ("doesn't work at X anymore"); 唔再做/不再做 too;
- who does the job now, said after the name: "is filling in", "stepped into the … job", 顶咗俾 (handed on to);
  after a leaving, a person named in full later in the message follows them (unless spoken to or telling it);
- "their new <title> is <name>": the title is the one named's;
- a capitalised run that is a company (its last word written on, a trade word inside it) names no person
  ("at Lantern Community Credit Union": no contact called "Union");
- a hyphenated given name with accents is read whole ("Jean-Émile");
- a detail said "for" a name is that person's ("new direct line for Basil");
- a move from one customer to another said with 从…跳到… is the contact's move, not two customers' news;
- a title word inside the customer's name as written is no one's title (北辰顾问章立…: 顾问 is the firm's).
"""

from __future__ import annotations

import pytest

from tests.support.exported import people_of


@pytest.fixture
def world(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Orchard Supply Inc, alias=Orchard")
    chat.send("/customer add Lantern Community Credit Union")
    chat.send("/customer add 果园贸易有限公司, alias=果园贸易")
    chat.send("/customer add 桦林工具有限公司")
    chat.send("/customer add 北辰顾问有限公司")
    chat.send("/contact add Orchard: Basil Crane, title=Buyer")
    chat.send("/contact add Orchard: Jean-Émile Roux, title=Ops Lead")
    chat.send("/contact add 果园贸易: 莫晓燕, title=经理")
    chat.send("/contact add 北辰顾问: 章立, title=董事")
    return chat


OS, GY = "Orchard Supply Inc", "果园贸易有限公司"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new", "title"),
    [
        ("Basil Crane doesn't work at Orchard any more", OS, "Basil Crane", None, None),
        ("Basil Crane at Orchard was let go, Nora Finch is filling in", OS, "Basil Crane",
         "Nora Finch", None),
        ("Basil Crane retired from Orchard Supply and Nora Finch stepped into the buyer role", OS,
         "Basil Crane", "Nora Finch", "buyer"),
        ("Basil Crane moved on from Orchard. Their new buyer is Nora Finch", OS, "Basil Crane", "Nora Finch",
         "buyer"),
        ("果园贸易莫晓燕唔再做喇，盘生意顶咗俾严东", GY, "莫晓燕", "严东", None),
        ("Basil Crane has finished at Orchard and Nora Finch replaced him", OS, "Basil Crane",
         "Nora Finch", None),
        ("Basil Crane is out at Orchard, Nora Finch does the buying now", OS, "Basil Crane",
         "Nora Finch", None),
    ],
)  # fmt: skip
def test_leaving_and_who_follows(app, admin, world, text, customer, gone, new, title) -> None:  # type: ignore[no-untyped-def]
    replies = world.send(text)
    people = people_of(app, admin)
    assert people[(customer, gone)].get("left_at"), replies
    if new:
        assert (customer, new) in people, replies
        assert people[(customer, new)]["title"] == title


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_one_who_told_is_no_successor(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    world.send("Basil Crane left Orchard, Edda Lund told me")
    people = people_of(app, admin)
    assert people[(OS, "Basil Crane")].get("left_at")
    assert (OS, "Edda Lund") not in people


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_company_word_names_no_one(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    world.send(
        "add Nora Finch as a contact at Lantern Community Credit Union, she's their CFO, nora@lantern.example"
    )
    people = people_of(app, admin)
    assert people[("Lantern Community Credit Union", "Nora Finch")]["email"] == "nora@lantern.example"
    assert ("Lantern Community Credit Union", "Union") not in people


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "who", "field", "value"),
    [
        ("Jean-Émile at Orchard has a new email jer@orchard.example", "Jean-Émile Roux", "email",
         "jer@orchard.example"),
        ("Orchard Supply new direct line for Basil 555 201 3344", "Basil Crane", "phone", "555 201 3344"),
    ],
)  # fmt: skip
def test_whose_detail(app, admin, world, text, who, field, value) -> None:  # type: ignore[no-untyped-def]
    replies = world.send(text)
    assert people_of(app, admin)[(OS, who)][field] == value, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_move_between_customers(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    replies = world.send("莫晓燕从果园贸易跳到桦林工具了，做采购总监")
    people = people_of(app, admin)
    assert people[(GY, "莫晓燕")].get("left_at"), replies
    assert people[("桦林工具有限公司", "莫晓燕")]["title"] == "采购总监"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_title_word_of_the_firms_name(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    replies = world.send("北辰顾问章立的新手机是139 2210 4456")
    person = people_of(app, admin)[("北辰顾问有限公司", "章立")]
    assert (person["phone"], person["title"]) == ("139 2210 4456", "董事"), replies
