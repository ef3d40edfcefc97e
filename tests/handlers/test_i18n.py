"""Every user-facing string has a Chinese translation; replies, money and dates follow the user's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from handlers.i18n import LOCALES_DIR, Catalogs
from tests.conftest import texts
from tests.handlers.test_access import invite_code, telegram

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def msgids_in_code() -> dict[str, str]:
    """msgid -> where it is used, extracted the way `pybabel extract -F babel.cfg` does."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[str, str] = {}
    for filename, lineno, message, _, _ in extract_from_dir(str(ROOT), method_map, options_map):
        singular = message if isinstance(message, str) else message[0]
        found.setdefault(singular, f"{filename}:{lineno}")
    return found


def catalog(language: str):  # type: ignore[no-untyped-def]
    with (LOCALES_DIR / language / "LC_MESSAGES" / "salesbot.po").open("rb") as handle:
        return read_po(handle, locale="zh_Hans_CN" if language == "zh" else language)


def test_every_msgid_in_the_code_has_a_chinese_translation() -> None:
    used = msgids_in_code()
    assert len(used) > 150  # the extraction really ran over the handlers
    zh = catalog("zh")
    missing = []
    for msgid, where in sorted(used.items()):
        message = zh.get(msgid)
        strings = message.string if message else None
        if isinstance(strings, tuple):
            strings = strings[0] if strings and all(strings) else ""
        if not strings or (message and message.fuzzy):
            missing.append(f"{where}: {msgid!r}")
    assert not missing, "untranslated (run pybabel extract/update, then translate):\n" + "\n".join(missing)


def test_the_english_catalog_lists_every_msgid() -> None:
    en = catalog("en")
    assert not [msgid for msgid in msgids_in_code() if en.get(msgid) is None]


def test_translations_keep_the_placeholders() -> None:
    for message in catalog("zh"):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        wanted = set(PLACEHOLDER.findall(ids[0]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, (message.id, text)


def test_activity_counts_take_the_plural_of_their_kind() -> None:
    """The digest's "Root: 3 activities (2 visit, 1 call)" said "2 visit"."""
    from handlers.labels import kind_count

    catalogs = Catalogs()
    en, zh = catalogs.translator("en"), catalogs.translator("zh")
    kinds = ("visit", "call", "email")
    assert [kind_count(en, kind, 2) for kind in kinds] == ["2 visits", "2 calls", "2 emails"]
    assert kind_count(en, "meeting", 1) == "1 meeting"
    assert [kind_count(zh, kind, 2) for kind in kinds] == ["2 次拜访", "2 次电话", "2 封邮件"]


def test_chinese_translator_formats_money_and_dates_the_chinese_way() -> None:
    from datetime import UTC, datetime
    from decimal import Decimal
    from zoneinfo import ZoneInfo

    zh = Catalogs().translator("zh")
    assert zh("Undo") == "撤销"
    assert zh.money(Decimal(500000), "CNY") == "¥500,000"
    assert (
        zh.when(datetime(2026, 11, 24, 7, 0, tzinfo=UTC), ZoneInfo("Asia/Shanghai")) == "11月24日周二 15:00"
    )


def test_lang_zh_switches_replies_and_free_text_understanding(chat) -> None:
    assert texts(chat.send("/lang 中文")) == "好的，以后我用中文和你交流。"
    chat.send("/customer add 华为技术有限公司, alias=华为")
    reply = chat.send("拜访了华为的张经理，下周三再跟进，预计合同50万")
    text = texts(reply)
    assert "已记录拜访 · 华为技术有限公司" in text and "新联系人" in text
    assert "¥500,000" in text and "12月2日周三 09:00" in text
    assert reply[0].buttons[-1].label == "撤销"
    assert texts(chat.press("撤销")).startswith("已撤销")
    help_deal = texts(chat.send("/help deal"))
    assert "用法" in help_deal and "/deal 华为 50万 方案 close 12月15日" in help_deal
    assert texts(chat.send("/lang en")) == "I'll talk to you in English now."


@pytest.mark.parametrize(
    ("language", "welcome"), [("zh-hans", "欢迎"), ("zh_CN", "欢迎"), ("en-GB", "Welcome")]
)
def test_the_platforms_language_decides_at_first_contact(app, chat, language: str, welcome: str) -> None:
    code = invite_code(chat, "rep", "Li Wei")
    assert welcome in texts(app.assistant.handle(telegram("7", f"/start {code}", language=language)))
    follow = texts(app.assistant.handle(telegram("7", "hello", message_id="2")))
    assert ("没有要记录" in follow) == (welcome == "欢迎")  # small talk, answered in the platform's language
