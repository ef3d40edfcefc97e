"""The indexed customer search on a small curated organisation: each query names one customer the
way a rep types it on a phone. Runs on SQLite and PostgreSQL (the `app` fixture)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.app import App
from crm_store.search import CustomerMatch
from crm_store.search.indexed import IndexedCustomerSearch
from crm_store.system import System
from handlers.resolve import decide

CUSTOMERS = [  # name, aliases, phone, contacts (name, phone)
    ("Acme Corporation", ["ACME"], "+1 415 555 0100", [("Jane Doe", "+1 415 555 0101")]),
    ("Acme Robotics Ltd", [], None, [("John Smith", None)]),
    ("Globex Inc", [], "+1 212 555 0140", [("Hank Scorpio", None)]),
    ("Initech LLC", [], None, [("Bill Lumbergh", None)]),
    ("Umbrella Health GmbH", [], None, [("Klara Weiss", None)]),
    ("Wayne Enterprises", [], "+1 609 555 0110", [("Lucius Fox", None)]),
    ("Schmidt Maschinenbau GmbH & Co. KG", [], "+49 89 5550 3300", [("Jürgen Müller", "+49 171 555 0000")]),
    ("Schmitz AG", [], None, []),
    ("Société Générale d'Optique S.A.", ["SGO"], None, [("Élodie Martin", None)]),
    ("Crème Brûlée SARL", [], None, []),
    ("Gomez-Leach Corp", [], None, []),
    ("Gomes-Roy", [], None, []),
    ("华为技术有限公司", [], "+86 755 2878 0808", [("张伟", "+86 138 0000 1111")]),
    ("北京百度网讯科技有限公司", [], None, [("李娜", None)]),
    ("重庆银行股份有限公司", [], None, [("王芳", None)]),
]


@pytest.fixture
def org(app: App) -> int:
    with app.db.transaction() as session:
        store = app.store(System(session))
        for name, aliases, phone, contacts in CUSTOMERS:
            customer = store.customers.add(name, aliases=aliases, phone=phone)
            for person, number in contacts:
                store.customers.add_contact(customer, person, phone=number)
        return store.org_id


def find(app: App, org_id: int, query: str, limit: int = 5) -> list[CustomerMatch]:
    with app.db.transaction() as session:
        return app.search.search(session, org_id, query, limit=limit)


CASES = {
    "typos": [
        ("initeck", "Initech LLC"),
        ("umbrela health", "Umbrella Health GmbH"),
        ("wayen enterprises", "Wayne Enterprises"),  # swapped letters
        ("schmidt maschienbau", "Schmidt Maschinenbau GmbH & Co. KG"),
        ("shcmidt maschinenbua", "Schmidt Maschinenbau GmbH & Co. KG"),  # two typos
        ("gomes leadh", "Gomez-Leach Corp"),  # two typos in a short word, next to another real name
        ("schmidt maschinenbau gmgh", "Schmidt Maschinenbau GmbH & Co. KG"),  # a typo in the legal form
    ],
    "fragments": [
        ("glob", "Globex Inc"),
        ("globx", "Globex Inc"),  # a fragment with a typo
        ("umbrel", "Umbrella Health GmbH"),
        ("schmidt masch", "Schmidt Maschinenbau GmbH & Co. KG"),
        ("acme rob", "Acme Robotics Ltd"),
    ],
    "word order": [
        ("enterprises wayne", "Wayne Enterprises"),
        ("health umbrella", "Umbrella Health GmbH"),
    ],
    "accents and full width": [
        ("societe generale", "Société Générale d'Optique S.A."),
        ("CREME BRULEE", "Crème Brûlée SARL"),
        ("Ｗａｙｎｅ", "Wayne Enterprises"),
    ],
    "legal suffixes": [
        ("globex corporation", "Globex Inc"),  # another legal form than the stored one
        ("schmidt maschinenbau gmbh", "Schmidt Maschinenbau GmbH & Co. KG"),
        ("acme corp", "Acme Corporation"),
        ("schmitz", "Schmitz AG"),
    ],
    "chinese characters": [
        ("华为", "华为技术有限公司"),
        ("华为技术有限公司", "华为技术有限公司"),
        ("百度", "北京百度网讯科技有限公司"),  # the region prefix counts for little
        ("重庆银行", "重庆银行股份有限公司"),
        ("华伟技术", "华为技术有限公司"),  # a homophone typed with a pinyin keyboard
    ],
    "pinyin": [
        ("huawei", "华为技术有限公司"),
        ("hua wei", "华为技术有限公司"),
        ("chongqing yinhang", "重庆银行股份有限公司"),
        ("baidu", "北京百度网讯科技有限公司"),
        ("huaweijishuyouxiangongsi", "华为技术有限公司"),  # legal form in pinyin too
    ],
    "initials": [
        ("hw", "华为技术有限公司"),
        ("hwjs", "华为技术有限公司"),
        ("cqyh", "重庆银行股份有限公司"),
    ],
    "aliases": [
        ("sgo", "Société Générale d'Optique S.A."),
    ],
}


@pytest.mark.parametrize(
    ("query", "expected"), [pair for pairs in CASES.values() for pair in pairs], ids=lambda v: str(v)
)
def test_typed_query_finds_the_customer_first(app, org, query, expected):
    matches = find(app, org, query)
    assert matches, query
    assert matches[0].name == expected
    assert all(a.score >= b.score for a, b in pairwise(matches))


@pytest.mark.parametrize(
    ("query", "expected", "field", "matched"),
    [
        ("jane doe", "Acme Corporation", "contact", "Jane Doe"),
        ("hank", "Globex Inc", "contact", "Hank Scorpio"),
        ("jurgen muller", "Schmidt Maschinenbau GmbH & Co. KG", "contact", "Jürgen Müller"),
        ("herr müller", "Schmidt Maschinenbau GmbH & Co. KG", "contact", "Jürgen Müller"),
        ("张伟", "华为技术有限公司", "contact", "张伟"),
        ("张经理", "华为技术有限公司", "contact", "张伟"),  # surname + title
        ("zhangwei", "华为技术有限公司", "contact", "张伟"),
        ("555 0140", "Globex Inc", "phone", "+1 212 555 0140"),
        ("2878 0808", "华为技术有限公司", "phone", "+86 755 2878 0808"),
        ("0755 2878 0808", "华为技术有限公司", "phone", "+86 755 2878 0808"),  # national format
        ("+49 171 5550000", "Schmidt Maschinenbau GmbH & Co. KG", "phone", "+49 171 555 0000"),  # contact's
    ],
)
def test_contacts_and_phone_numbers_lead_to_their_customer(app, org, query, expected, field, matched):
    top = find(app, org, query)[0]
    assert (top.name, top.field, top.matched) == (expected, field, matched)


def test_scores_drive_the_decision(app, org):
    def decision(query):
        result = decide(find(app, org, query))
        if result.winner:
            return "winner", result.winner.name
        return ("ask", sorted(m.name for m in result.candidates)) if result.candidates else ("nothing", None)

    assert decision("acme") == ("winner", "Acme Corporation")  # the whole name beats a longer one
    assert decision("acm") == ("ask", ["Acme Corporation", "Acme Robotics Ltd"])
    assert decision("globx") == ("winner", "Globex Inc")  # a typo in a fragment, nothing else close
    assert decision("schmi") == ("ask", ["Schmidt Maschinenbau GmbH & Co. KG", "Schmitz AG"])
    assert decision("huawei") == ("winner", "华为技术有限公司")
    assert decision("hw")[0] == "ask"  # two letters are not enough to act on
    assert decision("zyxel") == ("nothing", None)
    assert decision("acme xyz") == ("nothing", None)


def test_nothing_for_noise_and_limit_is_respected(app, org):
    assert find(app, org, "") == []
    assert find(app, org, "   ...  ") == []
    assert find(app, org, "qqqqqq") == []
    assert len(find(app, org, "a", limit=2)) <= 2


def test_customers_of_other_organisations_are_never_found(app, org):
    from crm_store.repos.tenancy import Directory

    with app.db.transaction() as session:
        other = Directory(session).ensure_org("other", "Other Co")
        other_id = other.id
    assert find(app, other_id, "globex") == []
    assert [m.name for m in find(app, org, "globex")] == ["Globex Inc"]


def test_find_duplicates_same_name_phone_or_close_spelling(app, org):
    def duplicates(name, phone=None):
        with app.db.transaction() as session:
            return [m.name for m in app.search.find_duplicates(session, org, name, phone)]

    assert duplicates("GLOBEX Incorporated") == ["Globex Inc"]  # same normalised name
    assert duplicates("Brand New Ltd", "+1 (212) 555-0140") == ["Globex Inc"]  # same phone
    assert duplicates("Schmitt Maschinenbau") == ["Schmidt Maschinenbau GmbH & Co. KG"]  # one letter off
    assert duplicates("Acme") == ["Acme Corporation"]  # the alias ACME
    assert duplicates("Acme Logistics") == []  # a fragment in common is not a duplicate
    assert duplicates("Wayne") == []


def test_the_app_uses_the_indexed_search(app):
    assert isinstance(app.search, IndexedCustomerSearch)
