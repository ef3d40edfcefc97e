"""Search on names as real customer lists write them: Chinese listed companies' short names with
polyphones, full-width letters, spaces inside and trading prefixes; company names that differ only
in their legal form. On SQLite and PostgreSQL (the `app` fixture)."""

from __future__ import annotations

import pytest

from bot.app import App
from crm_store.search.index import without_trading_prefix
from crm_store.search.pinyin import other_reading, to_pinyin
from crm_store.system import System

NAMES = [
    "平安银行", "重庆银行", "长城汽车", "长源电力", "仁和药业", "佛慈制药", "华电重工", "万  科Ａ",
    "*ST康美", "ST大集", "沙河股份", "盐湖股份", "盐湖集团", "长青集团", "长青股份",
    "Williams Inc", "Williams LLC", "da Mata", "da Mata Ltda.", "Archrock, Inc.",
]  # fmt: skip


@pytest.fixture
def org(app: App) -> int:
    with app.db.transaction() as session:
        store = app.store(System(session))
        for name in NAMES:
            store.customers.add(name)
        return store.org_id


def top(app: App, org_id: int, query: str) -> list[str]:
    with app.db.transaction() as session:
        return [m.name for m in app.search.search(session, org_id, query)]


def test_company_name_pinyin_reads_polyphones_as_names_do() -> None:
    assert to_pinyin("平安银行") == ("pinganyinhang", "payh")
    assert to_pinyin("长源电力") == ("changyuandianli", "cydl")  # pypinyin alone: zhangyuan
    assert to_pinyin("仁和药业") == ("renheyaoye", "rhyy")  # not 仁|和药|业 (renhuoyaoye)
    assert to_pinyin("佛慈制药")[0] == "focizhiyao"
    assert other_reading("长源电力") == ("zhangyuandianli", "zydl")
    assert other_reading("平安银行") is None
    assert without_trading_prefix("st康美") == "康美" and without_trading_prefix("stone") is None


CHINESE = [
    ("pinganyinhang", "平安银行"),
    ("payh", "平安银行"),
    ("chongqingyinhang", "重庆银行"),
    ("changcheng", "长城汽车"),
    ("cyd", "长源电力"),
    ("zhangyuan", "长源电力"),  # the other reading of 长 finds it too
    ("renheyaoye", "仁和药业"),
    ("huadianzhonggong", "华电重工"),
    ("万科A", "万 科Ａ"),  # full-width letter, spaces inside the listed name
    ("wankea", "万 科Ａ"),
    ("康美", "*ST康美"),
    ("kangmei", "*ST康美"),
    ("stkm", "*ST康美"),
    ("shahegufen", "沙河股份"),
]


def test_chinese_short_names(app: App, org: int) -> None:
    found = {query: top(app, org, query)[:1] for query, _ in CHINESE}
    assert found == {query: [name] for query, name in CHINESE}


def test_an_exact_full_name_is_always_the_first_hit(app: App, org: int) -> None:
    names = ["盐湖股份", "盐湖集团", "长青集团", "Williams LLC", "Williams Inc", "da Mata Ltda.", "da Mata"]
    assert [top(app, org, name)[0] for name in names] == names


def test_one_typo_in_a_multi_word_name(app: App, org: int) -> None:
    assert top(app, org, "Archrok, Inc.")[0] == "Archrock, Inc."
    assert top(app, org, "changqingjituan")[0] == "长青集团"
