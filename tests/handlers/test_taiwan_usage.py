"""Reps in Taiwan write traditional characters and Taiwan words; customer lists hold names in either script.

Messages and customer names meet through one fold (`crm_store.search.hanzi.simplified`), and what is stored
keeps the characters the user typed. The clock stands at Monday 2026-11-23 09:00 UTC (17:00 in Taipei).
"""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from crm_store.search.hanzi import simplified
from crm_store.search.normalize import fold, fold_many
from handlers.domain.deals import implied_currency, local_yuan
from handlers.parsing.amounts import find_amounts, yuan_word_only
from handlers.parsing.vocabulary import detect_kind, find_stage
from tests.support.chatting import saved
from tests.support.exported import exported

# ---------------------------------------------------------------- the fold itself


@pytest.mark.parametrize(
    ("typed", "read"),
    [("下禮拜五交估價單", "下星期五交报价单"),
     ("專案合約要改", "项目合同要改"),
     ("用LINE傳訊息給她", "用LINE传消息给她"),
     ("軟體專案的簡報", "软件项目的演示"),
     ("宏昌企業社", "宏昌企业社")],
)  # fmt: skip
def test_taiwan_words_read_as_mainland_ones_letter_for_letter(typed: str, read: str) -> None:
    assert simplified(typed) == read
    assert len(simplified(typed)) == len(typed)  # spans found in the fold point at what was typed


def test_customer_names_in_either_script_fold_to_one_key() -> None:
    assert fold("鴻運精密工業股份有限公司") == fold("鸿运精密工业股份有限公司")
    assert fold_many(["鴻運精密", "Acme Ltd", "桃園綠能"]) == ["鸿运精密", "acme ltd", "桃园绿能"]


def test_amounts_kinds_and_stages_read_traditional_characters() -> None:
    (amount,) = find_amounts("鴻運 450萬 TWD proposal")
    assert (amount.value, amount.currency) == (Decimal(4_500_000), "TWD")
    assert find_amounts("新台幣1.2億")[0].value == Decimal(120_000_000)
    assert find_amounts("NTD 30萬")[0].currency == "TWD"
    assert detect_kind("拜訪採購陳經理") == "visit"
    assert detect_kind("跟老闆開會") == "meeting"
    assert detect_kind("下午跟陳經理視訊") == "meeting"
    found = find_stage("合約簽約了", ["lead", "proposal", "won"])
    assert found is not None and found[0] == "won"


def test_yuan_is_the_local_dollar() -> None:
    assert yuan_word_only("26萬元") and yuan_word_only("8千塊")
    assert not yuan_word_only("人民幣26萬元") and not yuan_word_only("¥26万元") and not yuan_word_only("26万")
    assert local_yuan(ZoneInfo("Asia/Taipei")) == "TWD"
    assert local_yuan(ZoneInfo("Asia/Shanghai")) == "CNY"
    assert implied_currency("新案子 60萬", None, ZoneInfo("Asia/Taipei")) == "TWD"
    assert implied_currency("新单子 60万", None, ZoneInfo("Asia/Shanghai")) == "CNY"
    assert implied_currency("new deal 60k", None, ZoneInfo("Asia/Taipei")) is None


# ---------------------------------------------------------------- in the chat, as a rep in Taipei


@pytest.fixture
def taipei(app, add_user) -> ConsoleChat:
    rep = ConsoleChat(app.assistant, add_user("雅琪", timezone="Asia/Taipei", locale="zh").id)
    rep.send("/customer add 鴻運精密工業股份有限公司, alias=鴻運精密; Hongyun Precision")
    rep.send("/customer add 青田茶行")
    rep.send("/customer add 台南永泰五金行")
    rep.send("/contact add 鴻運精密: 羅志豪, title=廠長")
    rep.send("/deal 鴻運精密 2000000 TWD proposal")
    return rep


def test_a_visit_in_traditional_characters_finds_the_customer_and_keeps_the_words(app, admin, taipei) -> None:
    reply = saved(taipei, "今天拜訪鴻運精密 羅廠長，談擴線的報價")
    assert "哪个客户" not in reply and "新客户" not in reply
    (activity,) = exported(app, admin)["activities"]
    assert activity["customer"] == "鴻運精密工業股份有限公司"
    assert (activity["kind"], activity["contact"]) == ("visit", "羅志豪")
    assert "拜訪" in activity["summary"] and "拜访" not in activity["summary"]


def test_a_simplified_message_finds_a_customer_stored_in_traditional(app, admin, taipei) -> None:
    saved(taipei, "给鸿运精密罗厂长打了电话")
    (activity,) = exported(app, admin)["activities"]
    assert (activity["customer"], activity["kind"]) == ("鴻運精密工業股份有限公司", "call")


def test_deal_amounts_in_wan_from_a_command_and_from_free_text(app, admin, taipei) -> None:
    taipei.send("/deal 鴻運精密 320萬 TWD negotiation")
    (deal,) = exported(app, admin)["deals"]
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(3_200_000), "TWD")
    assert deal["stage"] == "negotiation"
    saved(taipei, "鴻運精密報價改成280萬元")
    (deal,) = exported(app, admin)["deals"]
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(2_800_000), "TWD")  # 元: not renminbi


def test_a_new_deal_in_wan_is_in_taiwan_dollars(app, admin, taipei) -> None:
    saved(taipei, "青田茶行 新案子 15萬 報價")
    (deal,) = [d for d in exported(app, admin)["deals"] if d["customer"] == "青田茶行"]
    assert (Decimal(deal["amount"]), deal["currency"]) == (Decimal(150_000), "TWD")


def test_a_command_log_of_a_visit_is_a_visit(app, admin, taipei) -> None:
    taipei.send("/log 鴻運精密: 拜訪羅廠長，看了產線")
    (activity,) = exported(app, admin)["activities"]
    assert activity["kind"] == "visit"


def test_people_and_reminders_are_stored_as_typed(app, admin, taipei) -> None:
    saved(taipei, "鴻運精密新窗口是蔣欣怡，採購專員")
    people = {p["name"]: p.get("title") for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people.get("蔣欣怡") == "採購專員"
    saved(taipei, "鴻運精密下禮拜三再聯絡羅廠長")
    (reminder,) = exported(app, admin)["reminders"]
    assert reminder["due_at"][:10] == "2026-12-02"  # Wednesday next week
    assert "聯絡" in reminder["text"] and "联系" not in reminder["text"]


@pytest.mark.parametrize("text", ["永泰五金 來電問交期", "打給永泰 問交期"])
def test_a_taiwan_shop_is_found_without_its_city_and_kind(app, admin, taipei, text) -> None:
    saved(taipei, text)  # 台南永泰五金行: 台南 is a city, 五金行 says what kind of shop
    (activity,) = exported(app, admin)["activities"]
    assert (activity["customer"], activity["kind"]) == ("台南永泰五金行", "call")
