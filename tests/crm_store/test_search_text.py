"""Normalisation, pinyin and the word-level rules the search is built on (no database needed)."""

import pytest

from crm_store.search.duplicates import duplicate_score
from crm_store.search.normalize import digits_many, fold, fold_many, legal_words, normalize_name
from crm_store.search.pinyin import person_pinyin, to_pinyin
from crm_store.search.scoring import Kind, Query, max_edits, score_text, word_match


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("ACME Corp.", "acme corp"),
        ("Ａｃｍｅ　Ｃｏｒｐ", "acme corp"),  # full-width letters and space
        ("Crème Brûlée", "creme brulee"),
        ("Müller-Lüdenscheidt", "muller ludenscheidt"),
        ("Søren Ærø", "soren aero"),
        ("Straße", "strasse"),
        ("O'Brien's", "obriens"),
        ("Smith & Jones", "smith and jones"),
        ("华为技术（中国）有限公司", "华为技术 中国 有限公司"),
    ],
)
def test_fold_removes_what_people_do_not_type(typed, folded):
    assert fold(typed) == folded


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Wesack Mende GmbH & Co. KGaA", "wesack mende"),
        ("Grenier S.A.R.L.", "grenier"),
        ("Roskoth e.V.", "roskoth"),
        ("Acme Inc", "acme"),
        ("Freeman Group", "freeman"),
        ("华为技术有限公司", "华为技术"),
        ("招商银行股份有限公司", "招商银行"),
        ("阿里巴巴集团控股有限公司", "阿里巴巴"),
        ("GmbH", "gmbh"),  # nothing but a legal form: keep it
    ],
)
def test_legal_forms_count_for_nothing_in_the_normalised_name(name, core):
    assert normalize_name(name) == core


def test_legal_forms_have_one_spelling():
    assert legal_words(fold("Acme Corporation")) == legal_words(fold("ACME Corp.")) == {"corp"}


def test_batch_folding_equals_one_by_one():
    texts = ["Crème Brûlée SAS", "  Müller\tGmbH ", "", "a\nb", "İstanbul", "Ελληνικά άέ", "华为", "x__y"]
    assert fold_many(texts) == [fold(t) for t in texts]
    assert digits_many(["+49 (30) 123", "", "12|3"]) == ["4930123", "", "123"]


def test_pinyin_full_and_initials_follow_words_not_characters():
    assert to_pinyin("华为技术") == ("huaweijishu", "hwjs")
    assert to_pinyin("重庆银行")[0] == "chongqingyinhang"  # not zhongqing / yinxing
    assert to_pinyin("tcl科技") == ("tclkeji", "tclkj")
    assert person_pinyin("张伟") == "zhangwei"


def test_typo_budget_grows_with_word_length():
    assert [max_edits(n) for n in (2, 3, 4, 5, 6, 10, 11)] == [0, 0, 1, 1, 2, 2, 3]
    assert word_match("acne", "acme")[0] > 0.8  # one typo in four letters
    assert word_match("acn", "acm")[0] == 0  # three letters: no typo allowed
    assert word_match("maschienbau", "maschinenbau")[0] > 0.85  # two typos in a long word
    assert word_match("schmdit", "schmidt")[0] > 0.9  # a transposition is one edit
    assert word_match("glob", "globex") == (1.0, 4)  # a prefix covers what was typed


def test_scores_rank_exact_then_fragment_then_typo():
    def score(query, name, kind=Kind.NAME):
        return score_text(Query.parse(query), kind, fold(name))

    assert score("acme", "Acme Corp") == 100
    assert 90 <= score("acme", "Acme Robotics Ltd") < 97  # a fragment of a longer name
    assert score("acme corp", "Acme Corporation") == 100  # same legal form, other spelling
    assert score("acme gmbh", "Acme AG") < score("acme gmbh", "Acme GmbH")
    assert score("robotics acme", "Acme Robotics") >= 95  # word order
    assert score("acne", "Acme Corp") < 88 <= score("schmdit", "Schmidt GmbH")  # short vs long word typos
    assert score("globexcorp", "Globex Corporation") > 90  # typed without a space
    assert score("sanders ev", "Sanders Evans") > score("sanders ev", "Day-Sanders")  # "ev" is not e.V. here


def test_duplicates_are_whole_names_one_or_two_edits_apart():
    assert duplicate_score("globex", "globex") == 100
    assert duplicate_score("smith jones", "jones smith") == 98
    assert duplicate_score("schmidt maschinenbau", "schmitt maschinenbau") >= 90
    assert duplicate_score("acme", "acme robotics") == 0  # a fragment is another company
    assert duplicate_score("li consulting", "lin consulting") >= 90
    assert duplicate_score("li", "lin") == 0  # too short to tell
