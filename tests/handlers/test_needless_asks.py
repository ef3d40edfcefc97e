"""Messages whose reading is plain are stored without a card, and a card's doubt names what it shows.

Each family is said in several ways (both languages, other customers): the gate's rule is checked by its
cause, not by one message. The clock stands at Monday 2026-11-23 09:00 UTC; the user is in Europe/Berlin.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleChat
from tests.conftest import texts

pytestmark = pytest.mark.reading


@pytest.fixture
def crm(chat):
    chat.send("/customer add Brightline Optics, alias=Brightline")
    chat.send("/customer add Kestrel Foods, alias=Kestrel")
    chat.send("/customer add 青松物流有限公司, alias=青松物流")
    chat.send("/contact add Brightline: Mira Holt, title=Buyer")
    chat.send("/contact add Kestrel: Tom Baker, title=Ops")
    chat.send("/deal Brightline 40k proposal close 18 Dec")
    chat.send("/deal Kestrel 25k negotiation close 30 Dec")
    chat.send("/deal 青松物流 80万 CNY negotiation close 18 Dec")
    return chat


@pytest.mark.parametrize(
    "text",
    [
        "🎉 Brightline signed!! PO came in this morning",
        "kestrel signed the contract yesterday, we won it",
        "Brightline: won it, contract came back signed an hour ago",
        "lost kestrel last friday, they went with a cheaper vendor",
        "青松物流昨天签了，赢单",
        "青松物流今天上午签约了，这单拿下了",
    ],
)
def test_the_day_a_win_or_loss_happened_is_no_unused_word(crm, text) -> None:
    reply = texts(crm.send(text))
    assert "Not used" not in reply and "未使用" not in reply and "Save" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Brightline is closed for holidays 10–21 Dec. remind me to call Mira the Monday after",
        "Kestrel shuts 24-31 Dec for inventory, remind me to call Tom the Monday after",
        "Brightline's plant is closed 3 to 5 Dec, remind me to ping Mira on 7 Dec",
    ],
)
def test_the_first_day_of_a_range_is_part_of_its_date(crm, text) -> None:
    reply = texts(crm.send(text))
    assert "Not used" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "同 Brightline Mira lunch 咗, 佢哋 phase 2 想加 IoT",
        "今天拜访了青松物流，他们 phase 3 想加仓储模块",
        "和 Kestrel 的 Tom 开了会，wave 2 要上线冷链",
    ],
)
def test_a_number_labelling_an_english_noun_before_chinese_is_a_detail(crm, text) -> None:
    reply = texts(crm.send(text))
    assert "未使用" not in reply and "Not used" not in reply, reply


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("brightline: mira says legal signed off, PO coming thurs. 40k as quoted 🎉", "thurs"),
        ("Kestrel won, they sign on friday", "friday"),
    ],
)
def test_a_win_with_a_day_still_to_come_asks_in_the_users_words(crm, text, words) -> None:
    reply = texts(crm.send(text))
    assert "whether it is won now, not" in reply and words in reply and "2026-" not in reply, reply


def test_a_win_with_a_day_still_to_come_asks_in_chinese(app, crm, add_user) -> None:
    wen = ConsoleChat(app.assistant, add_user("Wen", locale="zh", timezone="Asia/Shanghai").id)
    reply = texts(wen.send("青松物流赢了，周四签合同"))
    assert "2026-" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Northwind Intl — 30k now, they added the EU sites",
        "northwind Intl. now 30k",
        "Northwind Svcs deal is 30k now",
    ],
)
def test_a_short_form_of_a_word_of_the_name_is_the_name(crm, text) -> None:
    crm.send("/customer add Northwind International Services, alias=Northwind")
    crm.send("/deal Northwind 20k proposal close 18 Dec")
    reply = texts(crm.send(text))
    assert "Not sure" not in reply and "Not used" not in reply and "Save" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["青松物流 Amy 发了 email，想加两个仓，deal 涨到 90万", "青松物流 Kevin 把量加了一倍，报价改到90万"],
)
def test_a_latin_word_after_a_chinese_name_is_no_longer_name(crm, text) -> None:
    reply = texts(crm.send(text))
    assert "青松物流 Amy =" not in reply and "青松物流 Kevin =" not in reply, reply


def test_a_capitalised_word_its_name_lacks_is_still_asked_about(crm) -> None:
    reply = texts(crm.send("Brightline Labs now 45k"))
    assert "Did you mean Brightline Optics?" in reply or "Brightline Labs = Brightline Optics" in reply
