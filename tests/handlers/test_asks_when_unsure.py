"""A slot whose value rests on a range, a ceiling or nothing is asked about (issue 13, session 25).

Fresh customers and wordings of this file only; each family has twins that say the same without the doubt,
which must still be stored (so that asking everything does not pass).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bot.console import ConsoleChat
from handlers.parsing.amounts import find_amounts
from handlers.parsing.hanzi import simplified
from handlers.parsing.numerals import cn_integer
from handlers.understanding.intents import is_unsure
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at

pytestmark = pytest.mark.reading

NOW = datetime(2029, 4, 26, 2, 20, tzinfo=UTC)


def reading_of(text: str):  # type: ignore[no-untyped-def]
    return reading_at(text, NOW, "Asia/Shanghai")


# --- reading, no database ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [("廿五", 25), ("廿", 20), ("卅", 30), ("二廿", None)])
def test_the_short_tens_are_numbers(text, value) -> None:
    assert cn_integer(text) == value


def test_an_amount_in_the_short_tens_is_read_whole() -> None:
    assert [a.value for a in find_amounts("報價廿六萬")] == [Decimal(260_000)]


@pytest.mark.parametrize(
    "text",
    ["洛川果业说预算二十到二十五万", "洛川果业冒厂长讲预算大概十一二万", "洛川果業話預算約莫廿五萬至廿六萬",
     "洛川果业金额在六至七万", "Lough Erne Dairy reckons sixty to sixty-five thousand for the lot",
     "Lough Erne Dairy budget is 40 or 45k", "洛川果業話budget大概十五到十八萬"],
)  # fmt: skip
def test_a_range_in_any_numerals_is_a_doubt(text) -> None:
    assert reading_of(text).doubts, text


@pytest.mark.parametrize(
    "text",
    ["洛川果业说预算改成二十五万", "洛川果业冒厂长讲预算大概十二万", "洛川果業話預算改做廿六萬",
     "Lough Erne Dairy says sixty-five thousand for the lot", "Lough Erne Dairy budget is 45k"],
)  # fmt: skip
def test_the_same_amount_said_once_is_no_doubt(text) -> None:
    reading = reading_of(text)
    assert reading.amounts and not reading.doubts, text


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("洛川果业童主任说可以加到十八万", True), ("洛川果业说预算能涨到五万", True),
     ("Lough Erne Dairy - Maeve says they could go up to 38k", True),
     ("lough erne could probably stretch to 42k", True),
     ("洛川果业童主任说已经加到十八万了", False), ("洛川果业说预算涨到五万", False),
     ("Lough Erne Dairy - Maeve agreed 38k", False)],
)  # fmt: skip
def test_what_they_could_go_up_to_is_no_value(text, doubted) -> None:
    assert bool(reading_of(text).doubts) is doubted, text


@pytest.mark.parametrize(
    ("text", "repriced"),
    [("洛川果业的金额可能要改，下周给数", True), ("洛川果業嗰單個銀碼要改，等佢哋覆", True),
     ("洛川果业那个价格得调一调", True),
     ("Lough Erne Dairy: the amount will change, new figure next week", True),
     ("value on the lough erne deal needs updating", True),
     ("洛川果业的金额改成15万", False), ("洛川果业金额不变", False), ("lough erne price won't change", False),
     ("Lough Erne Dairy: the amount changes to 42k", False)],
)  # fmt: skip
def test_an_amount_said_to_change_with_no_value(text, repriced) -> None:
    assert reading_of(text).repriced is repriced, text


# --- chat -------------------------------------------------------------------------------------


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add 洛川果业有限公司, alias=洛川果业")
    chat.send("/customer add Lough Erne Dairy")
    chat.send("/deal 洛川果业 30万 CNY proposal")
    chat.send("/deal Lough Erne Dairy 40k proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["洛川果业的金额要调整，等我们新报价", "Lough Erne Dairy: the amount will change, new figure next week"],
)
def test_a_change_with_no_value_asks_how_much(app, admin, book, text) -> None:
    before = exported(app, admin)
    replies = texts(book.send(text))
    assert "how much" in replies or "改成多少" in replies, replies
    assert exported(app, admin)["deals"] == before["deals"]
    assert exported(app, admin)["activities"] == before["activities"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("洛川果业的金额改成35万", "350000"), ("Lough Erne Dairy: the amount changes to 42k", "42000")],
)
def test_the_change_with_its_value_is_stored(app, admin, book, text, amount) -> None:
    book.send(text)
    stored = {Decimal(d["amount"]) for d in exported(app, admin)["deals"]}
    assert Decimal(amount) in stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [("洛川果业端午前后提醒我找王总聊续约", False),
     ("remind me around the 10th to ring Lough Erne Dairy", False),
     ("洛川果业國慶左右提我約王總", False), ("洛川果业端午前提醒我找王总聊续约", True),
     ("remind me on the 10th to ring Lough Erne Dairy", True),
     ("洛川果业明天10点左右提醒我找王总", True), ("remind me tmrw 10ish to ring Lough Erne Dairy", True),
     ("remind me tmrw 3ish to ring Lough Erne Dairy", False)],
)  # fmt: skip
def test_a_reminder_on_a_day_said_roughly_is_asked(app, admin, book, text, stored) -> None:
    before = exported(app, admin)["reminders"]
    book.send(text)
    assert (len(exported(app, admin)["reminders"]) > len(before)) is stored, text


@pytest.mark.parametrize(
    ("text", "close"),
    [("Lough Erne Dairy now want it signed end of June not end of May. pls update close", "06-30"),
     ("洛川果业说签约改到六月底，不是五月底", "06-30"),
     ("lough erne dairy close is the 20th of june instead of the 1st", "06-20")],
)  # fmt: skip
def test_a_close_said_with_the_date_it_replaces_is_stored(app, admin, book, text, close) -> None:
    before = exported(app, admin)["reminders"]
    replies = texts(book.send(text))
    closes = [d["expected_close"] or "" for d in exported(app, admin)["deals"]]
    assert any(c.endswith(close) for c in closes), replies
    assert exported(app, admin)["reminders"] == before  # the date left is no reminder


@pytest.mark.parametrize(
    ("text", "amount"),
    [("洛川果业说那个冷库的单子涨到35万", "350000"),
     ("Lough Erne Dairy says the milk tank deal is now 45k", "45000")],
)  # fmt: skip
def test_a_deal_named_by_what_it_is_for_is_no_news(app, admin, book, text, amount) -> None:
    before = exported(app, admin)["activities"]
    replies = texts(book.send(text))
    assert Decimal(amount) in {Decimal(d["amount"]) for d in exported(app, admin)["deals"]}, replies
    assert exported(app, admin)["activities"] == before, replies  # no note made of "the X deal"


@pytest.mark.parametrize(
    ("zone", "said", "stored"),
    [("Asia/Hong_Kong", "港灣船務林小姐話張單升到十萬", False),
     ("Asia/Taipei", "港灣船務林小姐說單子升到十萬", True),
     ("Asia/Shanghai", "港湾船务林小姐说单子升到十万", False)],
)  # fmt: skip
def test_a_bare_wan_on_a_us_dollar_deal(app, admin, add_user, chat, zone, said, stored) -> None:
    rep = ConsoleChat(app.assistant, add_user("阿明", timezone=zone, locale="zh").id)
    rep.send("/customer add 港灣船務有限公司, alias=港灣船務")
    rep.send("/deal 港灣船務 95000 USD proposal")
    replies = texts(rep.send(said))
    amounts = {Decimal(d["amount"]) for d in exported(app, admin)["deals"]}
    assert (Decimal(100_000) in amounts) is stored, replies  # in Hong Kong 十萬 may be HK$: asked


@pytest.mark.parametrize(
    ("doctors", "text", "stored"),
    [(2, "remind me tomorrow to call the doc about the chairs", False),
     (2, "ping me friday to ring the doctor", False),
     (2, "remind me tomorrow to call dr. raman about the chairs", True),
     (1, "remind me tomorrow to call the doc about the chairs", True)],
)  # fmt: skip
def test_the_doc_among_several_doctors_is_asked(app, admin, chat, doctors, text, stored) -> None:
    known = (("Peoria Smiles", "Dr. Anita Raman"), ("Cedar Orthodontics", "Dr. Neil Hartung"))
    for name, doctor in known[:doctors]:
        chat.send(f"/customer add {name}")
        chat.send(f"/contact add {name}: {doctor}")
    before = exported(app, admin)["reminders"]
    replies = texts(chat.send(text))
    assert (len(exported(app, admin)["reminders"]) > len(before)) is stored, replies


@pytest.mark.parametrize(
    ("text", "unsure"),
    [("荆门那个宏远还是江阴那个宏远我也搞混了，反正宏远说要加量", True),
     ("Athlone Precision or Athlone Credit Union, I always mix them up - Athlone says budget 30k", True),
     ("hawkeye or green bay, cant remember which, wants a call", True),
     ("葵涌恒發還是觀塘恒發，我成日搞唔清：恒發話要加單", True),
     ("江阴宏远说要加量", False), ("call or email, either is fine", False)],
)  # fmt: skip
def test_a_choice_the_writer_cannot_tell_is_unsure(text, unsure) -> None:
    assert is_unsure(simplified(text)) is unsure


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("lough erne budget north of 45k", True), ("lough erne - dave says upwards of 50k", True),
     ("Lough Erne want it at least 40k", True), ("洛川果业金额至少八万", True),
     ("洛川果业说预算八万以上", True), ("lough erne 45k+", True), ("Lough Erne around 40k, maybe less", True),
     ("洛川果業話大約二十萬，可能少啲", True), ("洛川果业金额改成八万", False), ("Lough Erne now 40k", False),
     ("Lough Erne around 40k", False)],
)  # fmt: skip
def test_a_floor_or_a_hedge_after_the_amount_is_no_value(text, doubted) -> None:
    assert bool(reading_of(text).doubts) is doubted, text


@pytest.mark.parametrize(
    ("text", "outcome", "doubted"),
    [("洛川果业好像黄了", "lost", True), ("洛川果业看样子签了", "won", True),
     ("洛川果业应该签了吧", "won", True), ("lough erne likely won, waiting on PO", "won", True),
     ("lough erne probably lost, maeve went quiet", "lost", True), ("洛川果业黄了", "lost", False),
     ("洛川果业合同已经签了", "won", False), ("lough erne won, PO in", "won", False)],
)  # fmt: skip
def test_an_outcome_the_writer_guesses_is_asked(text, outcome, doubted) -> None:
    reading = reading_of(text)
    assert reading.outcome == outcome and bool(reading.outcome_doubt) is doubted, text


@pytest.mark.parametrize("text", ["几十万", "那个单子几十万", "十几万", "几百万"])
def test_some_tens_of_wan_is_no_figure(text) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("洛川果业那个deal大概十几万", True), ("洛川果業話預算廿幾萬", True), ("洛川果业说预算小三十万", True),
     ("lough erne budget mid-fifties", True), ("forty-something k on the table at lough erne", True),
     ("洛川果业输给竞争对手了，差了十几万", False), ("昨天拜访了洛川果业王总，预算几十万", False),
     ("洛川果业有几万平米的仓库", False), ("洛川果业说预算三十万", False)],
)  # fmt: skip
def test_an_amount_said_only_roughly_is_asked(text, doubted) -> None:
    assert bool(reading_of(text).doubts) is doubted, text


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("lough erne order 500", True), ("lough erne order 500 units", False),
     ("lough erne ordered 50 pallets", False), ("lough erne order is 45k", False)],
)  # fmt: skip
def test_an_order_of_a_bare_number_is_asked(text, doubted) -> None:
    assert bool(reading_of(text).doubts) is doubted, text


def test_a_budget_told_beside_our_quote_is_kept_in_the_note(app, admin, chat) -> None:
    for line in ("/customer add 远帆货代有限公司, alias=远帆货代", "/deal 远帆货代 80000 USD proposal",
                 "/contact add 远帆货代: 乔凯文"):  # fmt: skip
        chat.send(line)
    replies = texts(chat.send("远帆货代：乔凯文说预算可以到9万美金，我们就按9万报"))
    assert "9万美金 / 9万" not in replies, replies  # their budget is news; the 9万 we quote is the deal's


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("洛川果业王总说可以做到40万", False), ("lough erne can do 40k", False),
     ("lough erne can stretch to 42k", True)],
)  # fmt: skip
def test_a_price_they_can_do_is_agreed(text, doubted) -> None:
    assert bool(reading_of(text).doubts) is doubted, text
