"""Contact news in a rep's own words: who is named, and which title, phone, email, WeChat id or change
goes with whom. The reader is checked alone (fast); what is stored, through the chat."""

from __future__ import annotations

import pytest

from crm_store.system import System
from handlers.understanding.people import read_news
from tests.support.exported import exported


def said(text: str) -> list[tuple]:  # type: ignore[type-arg]
    return [(n.who, n.title, n.phone, n.email, n.left) for n in read_news(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("new gal in accounts payable at Orchard, Wren Abbott, wren.a@orchard.example",
         [("Wren Abbott", None, None, "wren.a@orchard.example", False)]),
        ("Basil Crane's mobile is 415 555 0112", [("Basil Crane", None, "415 555 0112", None, False)]),
        ("from Orchard:\nMira Solberg\nWarehouse Supervisor\nOrchard Supply Inc\nM: 415-555-0170\n"
         "mira@orchard.example",
         [("Mira Solberg", "Warehouse Supervisor", "415-555-0170", "mira@orchard.example", False)]),
        ("Basil at Orchard got bumped up to COO", [("Basil", "COO", None, None, False)]),
        ("Orchard: Basil sold the business, the new owner is Tad Fenn 415 555 0199",
         [("Basil", None, None, None, True), ("Tad Fenn", "owner", "415 555 0199", None, False)]),
        ("Edda Lund (Orchard) got promoted - she's GM now", [("Edda Lund", "GM", None, None, False)]),
        ("met the new controller at Orchard today, Pia Hart. pia@orchard.example",
         [("Pia Hart", "controller", None, "pia@orchard.example", False)]),
        ("Basil Crane's assistant is Ivo Marsh, 415-555-0131",
         [("Ivo Marsh", "assistant", "415-555-0131", None, False)]),
        ("果园贸易的莫晓燕升销售总监了", [("莫晓燕", "销售总监", None, None, False)]),
        ("果园贸易 名片：\n秦朗\n仓储部经理\n手机：13900002222",
         [("秦朗", "仓储部经理", "13900002222", None, False)]),
        ("果园贸易严冬从主管升成副总了", [("严冬", "副总", None, None, False)]),
        ("果园贸易 莫晓燕 退了，现在找她女儿莫琳 13600001111",
         [("莫晓燕", None, None, None, True), ("莫琳", None, "13600001111", None, False)]),
        ("果園貿易 嚴冬 升任董事長", [("嚴冬", "董事長", None, None, False)]),
        ("Orchard lost, went with a cheaper vendor", []),
        ("call w/ basil at orchard, his wife Nora is in hospital so decision slips", []),
        ("lunch with Edda Lund (Orchard), my manager Rex Hale joined", []),
        ("Orchard: Basil said the Acme rep, Joe Pratt, undercut us", []),
        ("果园贸易莫总说他们董事长很满意", []),
        ("orchard moved to proposal after the demo", []),
        ("果园贸易报价更新到二十五万", []),
        ("果园贸易的仓储主管换人了，新的叫孟川", [("孟川", "仓储主管", None, None, False)]),
        ("果园贸易严冬的手机不是13700001111，是13700001112", [("严冬", None, "13700001112", None, False)]),
        ("果园贸易严冬辞职了，去了桦林工具当采购经理", [("严冬", "采购经理", None, None, True)]),
        ("Orchard: Basil brought on a new bookkeeper, tess lowry, tess@orchard.example",
         [("Tess Lowry", "bookkeeper", None, "tess@orchard.example", False)]),
        ("Orchard new contact: Lee Park, QC manager, 415 555 0177",
         [("Lee Park", "QC manager", "415 555 0177", None, False)]),
        ("Basil at Orchard got promoted!! he's VP of sales now",
         [("Basil", "VP of sales", None, None, False)]),
        ("call w Basil at Orchard, his son Theo joined - he's taking over the shop, theo@orchard.example",
         [("Theo", None, None, "theo@orchard.example", False)]),
        ("今天跟我们李总一起去拜访了果园贸易的严冬，李总很满意", []),
        ("Orchard - new email id for Basil, basil.c@orchard.example",  # Indian English: an email id
         [("Basil", None, None, "basil.c@orchard.example", False)]),
    ],
)  # fmt: skip
def test_each_detail_goes_to_the_person_it_is_said_of(text, expected) -> None:
    assert said(text) == expected


def test_a_wechat_id_and_a_move_are_read() -> None:
    [news] = read_news("果园贸易加一个联系人：韩梅，采购，微信 hanmei_88")
    assert (news.who, news.title, news.wechat, news.new) == ("韩梅", "采购", "hanmei_88", True)
    [moved] = read_news("Edda Lund moved from Orchard Supply to Birch Tools")
    assert moved.left and moved.joins is not None
    assert "Edda Lund moved from Orchard Supply to Birch Tools"[slice(*moved.joins)] == "Birch Tools"


def test_a_spelling_fix_names_the_right_spelling() -> None:
    [news] = read_news("spelling: it's Edda Lunde not Lund")
    assert (news.who, news.renamed) == ("Lund", "Edda Lunde")


@pytest.fixture
def orchard(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add Orchard Supply Inc, alias=Orchard")
    chat.send("/customer add Birch Tools")
    chat.send("/customer add 果园贸易有限公司, alias=果园贸易")
    chat.send("/contact add Orchard: Basil Crane, title=Buyer")
    chat.send("/contact add Orchard: Edda Lund, title=Ops Lead")
    chat.send("/contact add 果园贸易: 莫晓燕, title=经理")
    return chat


def people_of(app, admin) -> dict[tuple[str, str], dict]:  # type: ignore[no-untyped-def,type-arg]
    data = exported(app, admin)
    return {(c["name"], p["name"]): p for c in data["customers"] for p in c["contacts"]}


def test_a_second_person_with_the_same_first_name_is_added_not_merged(app, admin, orchard) -> None:
    orchard.send("new contact at Orchard: Basil Ortiz, AP clerk, 415 555 0190")
    people = people_of(app, admin)
    assert people[("Orchard Supply Inc", "Basil Crane")]["title"] == "Buyer"
    assert people[("Orchard Supply Inc", "Basil Ortiz")]["phone"] == "415 555 0190"


def test_someone_moving_between_two_customers_leaves_one_and_joins_the_other(app, admin, orchard) -> None:
    orchard.send("Edda Lund moved from Orchard Supply to Birch Tools")
    people = people_of(app, admin)
    assert people[("Orchard Supply Inc", "Edda Lund")].get("left_at")
    assert not people[("Birch Tools", "Edda Lund")].get("left_at")


def test_a_successor_named_alone_is_added_and_the_one_who_retired_marked(app, admin, orchard) -> None:
    orchard.send("果园贸易莫晓燕退休了，接替她的是严冬")
    people = people_of(app, admin)
    assert people[("果园贸易有限公司", "莫晓燕")].get("left_at")
    assert ("果园贸易有限公司", "严冬") in people


def test_a_wechat_id_is_kept_with_the_new_contact(app, admin, orchard) -> None:
    orchard.send("果园贸易加一个联系人：韩梅，采购，微信 hanmei_88")
    new = people_of(app, admin)[("果园贸易有限公司", "韩梅")]
    assert new["title"] == "采购" and exported_activities(app, admin) == []
    with app.db.transaction() as session:
        stored = app.store(System(session)).customers.find_contacts("韩梅")
        assert [c.extra for c in stored] == [{"wechat": "hanmei_88"}]


def exported_activities(app, admin) -> list:  # type: ignore[no-untyped-def,type-arg]
    return exported(app, admin)["activities"]
