"""Finding an organisation's customers anywhere in a message (`gazetteer` + `linker`), without a database."""

from __future__ import annotations

from crm_store.search.gazetteer import CustomerRow, Evidence, Gazetteer, chinese_short_forms, forms_of
from crm_store.search.linker import Mention, find_mentions

ROWS = [
    CustomerRow(1, "Harbourline Logistics Ltd", (), ("Priya Nandakumar",), ("cold store retrofit",)),
    CustomerRow(2, "Harbourline Bakery", (), ("Tomasz Wilk",), ()),
    CustomerRow(3, "Grünwald & Söhne GmbH", ("Gruenwald",), (), ()),
    CustomerRow(4, "杭州青藤软件科技有限公司", (), ("冯晓东",), ("OA升级",)),
    CustomerRow(5, "瑞丰物流有限公司", (), (), ()),
    CustomerRow(6, "锐锋物流有限公司", (), (), ()),
    CustomerRow(7, "Quillfeather Analytics", ("QF",), (), ()),
]


def gazetteer() -> Gazetteer:
    rows = {row.customer_id: row for row in ROWS}
    return Gazetteer.build(1, rows, {cid: forms_of(row) for cid, row in rows.items()})


def best(text: str) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for mention in find_mentions(gazetteer(), text, skip=frozenset({"the", "call"})):
        if mention.customer_id not in out:
            out[mention.customer_id] = mention
    return out


def test_a_whole_name_anywhere_in_the_sentence() -> None:
    text = "after lunch we drove over to harbourline logistics for the review"
    found = best(text)[1]
    assert text[found.start : found.end] == "harbourline logistics"
    assert found.evidence == Evidence.NAME and found.score == 100
    assert best(text)[2].score < found.score  # "harbourline" only starts Harbourline Bakery's name


def test_the_first_word_alone_names_both_look_alikes_equally() -> None:
    found = best("harbourline pushed the date again")
    assert found[1].partial and found[2].partial and found[1].score == found[2].score


def test_contacts_and_open_deals_are_found_as_evidence() -> None:
    found = find_mentions(gazetteer(), "harbourline cold store retrofit slips, priya says jan")
    kinds = {(m.customer_id, m.evidence) for m in found}
    assert (1, Evidence.DEAL) in kinds and (1, Evidence.GIVEN_NAME) in kinds
    assert (2, Evidence.DEAL) not in kinds


def test_one_typo_in_a_long_word_and_german_spellings() -> None:
    assert best("visited quillfeathr analytics")[7].edits == 1
    assert best("gruenwald und soehne called")[3].score > 95
    assert best("Grünwald: order confirmed")[3].evidence == Evidence.NAME


def test_chinese_short_forms_drop_region_legal_form_and_industry_words() -> None:
    assert chinese_short_forms("杭州青藤软件科技") == [
        *("青藤软件科技", "青藤软件", "青藤"),
        *("杭州青藤软件", "杭州青藤"),  # with the place said: how one of namesakes in cities is named
    ]
    found = best("青藤软件的冯晓东说下周签")[4]
    assert found.evidence == Evidence.SHORT and found.start == 0 and found.end == 4


def test_exact_characters_beat_a_homophone() -> None:
    found = best("瑞丰那边要报价")
    assert found[5].score - found[6].score >= 8  # 锐锋 sounds the same: a much weaker reading


def test_pinyin_typed_for_a_chinese_name() -> None:
    found = best("qingteng 的单子推迟了")
    assert found[4].evidence == Evidence.PINYIN


def test_common_words_and_short_lowercase_words_name_nothing_alone() -> None:
    assert 7 not in best("qf is too short to be a name in lower case")
    assert 7 in best("QF renewal signed")
    assert best("call the team tomorrow") == {}


def test_an_update_equals_a_rebuild() -> None:
    old = gazetteer()
    renamed = CustomerRow(2, "Harbourline Bakehouse", ("HLB",), ("Tomasz Wilk", "Ines Moreau"), ("ovens",))
    new = old.updated(2, {2: renamed, 6: None})
    rows = {**old.rows, 2: renamed}
    del rows[6]
    rebuilt = Gazetteer.build(2, rows, {cid: forms_of(row) for cid, row in rows.items()})
    for index in ("latin", "starts", "han", "han_starts", "sounds"):
        assert getattr(new, index) == getattr(rebuilt, index), index
    assert 2 in {m.customer_id for m in find_mentions(old, "harbourline bakery")}  # the old copy is untouched
    found: dict[int, Mention] = {}
    for mention in find_mentions(new, "ines at harbourline bakehouse, 锐锋"):
        found.setdefault(mention.customer_id, mention)
    assert found[2].evidence == Evidence.NAME and 6 not in found


def test_words_around_a_chinese_name_can_speak_against_it() -> None:
    assert best("瑞丰那边催发票")[5].score >= 88  # the cut-down name where a name stands
    assert best("一切瑞丰")[5].score < 88  # two characters inside a sentence
    assert best("瑞丰电子来电话了")[5].score < 88  # another company word: another company
    assert best("昨天拜访了瑞丰的刘总")[5].score >= 88  # what "拜访了" was done to: a name
    assert best("谈得很瑞丰")[5].score < 88


def test_initials_of_long_names_are_found_but_score_below_a_clear_match() -> None:
    rows = {
        1: CustomerRow(1, "Quorndale Brewing Supplies", (), (), ()),
        2: CustomerRow(2, "长沙麓谷光电科技有限公司", (), (), ()),
        3: CustomerRow(3, "Brook Tide Co", (), (), ()),  # "bt": too short for initials
    }
    gaz = Gazetteer.build(1, rows, {cid: forms_of(row) for cid, row in rows.items()})
    assert {f.key for f in gaz.forms[1] if f.evidence == Evidence.INITIALS} == {"qbs"}
    assert "lggd" in {f.key for f in gaz.forms[2] if f.evidence == Evidence.INITIALS}  # 麓谷光电
    assert not [f for f in gaz.forms[3] if f.evidence == Evidence.INITIALS]
    (qbs,) = [m for m in find_mentions(gaz, "qbs wants a callback") if m.customer_id == 1]
    assert qbs.evidence == Evidence.INITIALS and qbs.score < 88
    assert not find_mentions(gaz, "qbx wants a callback")  # initials are never read with a typo


def test_a_contacts_given_name_after_a_title_supports_its_customer() -> None:
    """ "ping klara tmrw": Dr. Klara Weiss's first name, said without her title (as for Klara Weiss)."""
    forms = forms_of(CustomerRow(8, "Umbrella Health GmbH", (), ("Dr. Klara Weiss", "Mr Tom O'Neill"), ()))
    given = {form.key for form in forms if form.evidence == Evidence.GIVEN_NAME}
    assert given == {"klara", "tom"}
