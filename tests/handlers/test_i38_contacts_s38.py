"""Contact news read by i38-contacts (session 38, issue 13). Own wordings, not an evaluation set's.

What the reader missed, and the general property it now reads:

- more ways of saying someone left: "is no more with", "finished up at", "has been let go", "got poached",
  "stepped down", 被挖走 / 被炒, Cantonese 唔做喇 (also no lost deal when said right after the person);
- more ways of saying who follows now, before or after the name: "X is running things now", "X will handle
  it going forward", "they brought in X", 以后由 X 跟进 / 而家由 X 跟;
- the words a leaving verb takes are the place left ("left Orchard Supply and joined Birch Tools"), not a
  new person named "Orchard Supply"; "shifted from A to B" is a move;
- a title said before a name with a possessive ("introduced their new controller Wren Hale") or after it
  as an apposition ("Ivo Park, their shop manager") is that person's;
- a phone number run straight into Chinese ("139 2233 4455你更新一下") is the whole number.
"""

from __future__ import annotations

import pytest

from tests.support.exported import exported, people_of

OS, GY = "Orchard Supply Inc", "果园贸易有限公司"


@pytest.fixture
def orchard(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Orchard Supply Inc, alias=Orchard")
    chat.send("/customer add Birch Tools")
    chat.send("/customer add 果园贸易有限公司, alias=果园贸易")
    chat.send("/contact add Orchard: Basil Crane, title=Buyer")
    chat.send("/contact add Orchard: Edda Lund, title=Ops Lead")
    chat.send("/contact add 果园贸易: 莫晓燕, title=经理")
    return chat


def deals_of(app, admin) -> list:  # type: ignore[no-untyped-def,type-arg]
    return exported(app, admin)["deals"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "who"),
    [
        ("Edda Lund is no more with Orchard", "Orchard Supply Inc", "Edda Lund"),
        ("Edda Lund finished up at Orchard last Friday", "Orchard Supply Inc", "Edda Lund"),
        ("heads up, Edda Lund at Orchard has been let go", "Orchard Supply Inc", "Edda Lund"),
        ("Orchard: Edda Lund got poached by a rival", "Orchard Supply Inc", "Edda Lund"),
        ("Edda Lund stepped down at Orchard", "Orchard Supply Inc", "Edda Lund"),
        ("果园贸易莫晓燕被挖走了", "果园贸易有限公司", "莫晓燕"),
        ("果园贸易莫晓燕被炒了", "果园贸易有限公司", "莫晓燕"),
    ],
)
def test_more_ways_of_leaving(app, admin, orchard, text, customer, who) -> None:  # type: ignore[no-untyped-def]
    replies = orchard.send(text)
    assert people_of(app, admin)[(customer, who)].get("left_at"), replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_cantonese_quitting_is_no_deal_lost(app, admin, orchard) -> None:  # type: ignore[no-untyped-def]
    orchard.send("/deal 果园贸易 50万 proposal")
    orchard.send("果园贸易莫晓燕唔做喇，新經理叫嚴東")
    people = people_of(app, admin)
    assert people[("果园贸易有限公司", "莫晓燕")].get("left_at")
    assert people[("果园贸易有限公司", "嚴東")]["title"] == "經理"
    assert [d["stage"] for d in deals_of(app, admin)] == ["proposal"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new"),
    [
        ("Edda Lund retired from Orchard, Nora Finch is running things now", OS, "Edda Lund", "Nora Finch"),
        ("Edda Lund moved on from Orchard. Going forward Nora Finch will handle the orders", OS, "Edda Lund",
         "Nora Finch"),
        ("Orchard let Edda Lund go and brought in Nora Finch", "Orchard Supply Inc", None, "Nora Finch"),
        ("果园贸易莫晓燕离职了，以后由严冬跟进", "果园贸易有限公司", "莫晓燕", "严冬"),
        ("果园贸易莫晓燕退休咗，而家由嚴東跟", "果园贸易有限公司", "莫晓燕", "嚴東"),
    ],
)  # fmt: skip
def test_who_follows_now_is_added(app, admin, orchard, text, customer, gone, new) -> None:  # type: ignore[no-untyped-def]
    replies = orchard.send(text)
    people = people_of(app, admin)
    assert (customer, new) in people, replies
    if gone:
        assert people[(customer, gone)].get("left_at"), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text",
    [
        "Edda Lund left Orchard Supply and joined Birch Tools as Ops Manager",
        "Edda Lund has shifted from Orchard Supply to Birch Tools, Ops Manager there now",
    ],
)
def test_the_place_left_is_no_person(app, admin, orchard, text) -> None:  # type: ignore[no-untyped-def]
    replies = orchard.send(text)
    people = people_of(app, admin)
    assert people[("Orchard Supply Inc", "Edda Lund")].get("left_at"), replies
    assert people[("Birch Tools", "Edda Lund")]["title"] == "Ops Manager", replies
    assert not any("Orchard" in name or "Birch" in name for _, name in people), people


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "who", "title"),
    [
        (
            "Basil Crane introduced their new controller Wren Hale, wren.hale@mail.test",
            "Wren Hale",
            "controller",
        ),
        ("Orchard: Basil introduced his CFO Wren Hale today, wren.hale@mail.test", "Wren Hale", "CFO"),
        ("met a new bloke at Orchard, Ivo Park, their shop manager", "Ivo Park", "shop manager"),
    ],
)
def test_a_title_beside_the_new_name_is_theirs(app, admin, orchard, text, who, title) -> None:  # type: ignore[no-untyped-def]
    replies = orchard.send(text)
    assert people_of(app, admin)[("Orchard Supply Inc", who)]["title"] == title, replies


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_phone_run_into_chinese_is_the_whole_number(app, admin, orchard) -> None:  # type: ignore[no-untyped-def]
    orchard.send("果园贸易莫晓燕手机换了 139 2233 4455你更新一下")
    assert people_of(app, admin)[("果园贸易有限公司", "莫晓燕")]["phone"] == "139 2233 4455"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new", "title"),
    [
        ("Edda Lund has pulled the pin at Orchard, her job's gone to a bloke called Nils Berg", OS,
         "Edda Lund", "Nils Berg", None),
        ("Edda Lund is not with Orchard anymore, Nora Finch is the new ops lead", OS, "Edda Lund",
         "Nora Finch", "ops lead"),
        ("Basil Crane has handed over charge at Orchard to his son Theo Crane", "Orchard Supply Inc", None,
         "Theo Crane", None),
        ("果园贸易莫晓燕辭咗職，採購而家歸嚴東管", "果园贸易有限公司", "莫晓燕", "嚴東", None),
        ("果园贸易 莫晓燕 resign咗，新 purchasing manager 係 Ivy Lam", GY, "莫晓燕", "Ivy Lam",
         "purchasing manager"),
    ],
)  # fmt: skip
def test_more_ways_of_handing_over(app, admin, orchard, text, customer, gone, new, title) -> None:  # type: ignore[no-untyped-def]
    replies = orchard.send(text)
    people = people_of(app, admin)
    assert people[(customer, new)]["title"] == title, replies
    if gone:
        assert people[(customer, gone)].get("left_at"), replies
    assert exported(app, admin)["activities"] == [], replies  # "a bloke called Nils": no call


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_new_project_manager_is_no_new_project(app, admin, orchard) -> None:  # type: ignore[no-untyped-def]
    orchard.send("/deal 果园贸易 50万 proposal")
    orchard.send("果园贸易的莫晓燕已经离开公司了 新项目经理叫严冬")
    people = people_of(app, admin)
    assert people[("果园贸易有限公司", "严冬")]["title"] == "项目经理"
    assert len(deals_of(app, admin)) == 1


@pytest.mark.parametrize("backend", ["sqlite"])
def test_over_at_another_customer_now_is_a_move(app, admin, orchard) -> None:  # type: ignore[no-untyped-def]
    orchard.send("Edda Lund left Orchard Supply, she's over at Birch Tools now as buyer")
    people = people_of(app, admin)
    assert people[("Orchard Supply Inc", "Edda Lund")].get("left_at")
    assert people[("Birch Tools", "Edda Lund")]["title"] == "buyer"
