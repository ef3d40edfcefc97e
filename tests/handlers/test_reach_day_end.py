"""What a rep sends at the end of the day, read as a whole capability: questions answered from the CRM,
amounts written out or per period, ¥ on a yen deal, one more deal at a customer, close moves and plain
wins, losses and comebacks. Readings are checked on the reader (fast); what is stored, through the chat.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import find_amounts, yen_sign_only
from handlers.parsing.contact_details import EMAIL
from handlers.understanding import lexicon as lx
from handlers.understanding.contacts import read_news
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")


def reading_of(text: str):  # type: ignore[no-untyped-def]
    return read(text, now=MONDAY, tz=ZoneInfo("Europe/Berlin"), stages=STAGES, synonyms={})


@pytest.mark.parametrize(
    ("text", "value"),
    [("quote came in at nine thousand two hundred", "9200"), ("they'd do thirty two k", "32000"),
     ("budget is eighty grand", "80000"), ("about three hundred and fifty thousand", "350000"),
     ("one point deal: four and a half million dollars", "4500000"), ("sixty-five thousand", "65000")],
)  # fmt: skip
def test_amounts_written_in_words_are_read_whole(text, value) -> None:
    [amount] = find_amounts(text)
    assert amount.value == Decimal(value)


@pytest.mark.parametrize("text", ["thanks a million!", "one more thing", "a grand total of nothing",
                                  "seven hundred people came"])  # fmt: skip
def test_number_words_without_money_size_are_no_amount(text) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("harbor 1.5k/month for 24 months", "36000"), ("harbor $800 per month, 3 year contract", "28800"),
     ("harbor yearly fee 12k, five years", "60000"), ("港湾 每月8000元 合同两年", "192000"),
     ("港湾 年费6万，签三年", "180000"), ("港湾月付1.2万 为期18个月", "216000")],
)  # fmt: skip
def test_a_rate_with_its_term_is_the_deals_total(text, value) -> None:
    reading = reading_of(text)
    assert reading.amount is not None and reading.amount.value == Decimal(value)
    assert reading.close is None and not reading.steps  # the term is no date, no plan


@pytest.mark.parametrize("text", ["harbor 1.5k/month", "港湾 每月8000元"])
def test_a_rate_without_a_term_stays_the_rate(text) -> None:
    reading = reading_of(text)
    assert reading.amount is not None and reading.amount.value in (Decimal(1500), Decimal(8000))


@pytest.mark.parametrize(
    ("written", "only_sign"), [("¥3.8M", True), ("￥120,000", True), ("¥300元", False), ("RMB ¥5k", False),
                               ("5k", False)],
)  # fmt: skip
def test_a_bare_yen_sign_is_yuan_or_yen(written, only_sign) -> None:
    assert yen_sign_only(written) is only_sign


@pytest.mark.parametrize(
    "text",
    ["harbor: one more opportunity, 12k", "separate deal at harbor for the kiosks", "2nd project w harbor",
     "港湾又有一个项目 10万", "港湾那边另开了个商机", "港湾 再来一个单子", "港湾新的商机 大约8万",
     "港湾追加了一个商机", "港湾多了一个项目"],
)  # fmt: skip
def test_one_more_deal_is_said_as_new(text) -> None:
    assert lx.NEW_DEAL.search(text)


@pytest.mark.parametrize("text", ["港湾的单价太高", "another call with harbor", "简单聊了一下", "这单还在谈"])
def test_deal_words_alone_are_not_a_new_deal(text) -> None:
    assert not lx.NEW_DEAL.search(text)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("finally landed harbor freight!", "won"), ("closed harbor at 41k", "won"),
     ("we bagged harbor - signed this morning", "won"), ("港湾拿到合同了", "won"),
     ("港湾的订单到手了", "won"),
     ("got harbor to agree to a pilot", None), ("closed the laptop, harbor call tmrw", None),
     ("got a quote for 5k from harbor", None)],
)  # fmt: skip
def test_a_win_said_with_its_verb(text, outcome) -> None:
    assert reading_of(text).outcome == outcome


@pytest.mark.parametrize(
    "text", ["harbor is back in play", "港湾又活了", "港湾那边又回来找我们了", "港湾起死回生了"]
)
def test_a_comeback_said_plainly_reopens(text) -> None:
    assert reading_of(text).reopen


def test_the_signing_date_moved_is_the_close_not_a_meeting_arranged() -> None:
    reading = reading_of("港湾签约时间改到3月18号")
    assert reading.close is not None and reading.close.isoformat() == "2027-03-18"
    assert not reading.steps


# Through the chat ------------------------------------------------------------------------------------


@pytest.fixture
def book(chat):
    chat.send("/customer add Harbor Freight Co, alias=Harbor")
    chat.send("/customer add 港湾物流有限公司, alias=港湾")
    chat.send("/customer add Nakamura Seiki, alias=Nakamura")
    chat.send("/customer add Pinewood Labs, alias=Pinewood")
    chat.send("/deal Harbor 20k proposal")
    chat.send("/deal 港湾 40万 CNY proposal")
    chat.send("/deal Nakamura 5000000 JPY proposal")
    chat.send("/deal Pinewood 9k negotiation")
    chat.send("/lost Pinewood went with a competitor")
    return chat


def test_day_end_questions_are_answered_and_store_nothing(app, admin, book) -> None:
    before = exported(app, admin)
    lost = texts(book.send("which deals have we lost?"))
    assert "Pinewood Labs" in lost and "Harbor" not in lost
    assert "Pinewood Labs" in texts(book.send("我丢了哪些单子"))
    biggest = texts(book.send("what's my largest opp"))
    assert "CN¥400,000" in biggest and "¥5,000,000" in biggest and "$20,000" in biggest
    both = texts(book.send("港湾和harbor分别多少钱"))
    assert "CN¥400,000" in both and "$20,000" in both
    assert "No open reminders" in texts(book.send("下周四有什么提醒"))
    assert "港湾物流有限公司" in texts(book.send("港湾进展到哪了"))
    after = exported(app, admin)
    assert {k: after[k] for k in ("deals", "activities", "reminders")} == {
        k: before[k] for k in ("deals", "activities", "reminders")
    }


def deals_of(app, admin) -> list[tuple[str, str, str, str]]:
    return sorted(
        (d["customer"], str(d["amount"]), d["currency"], d["stage"]) for d in exported(app, admin)["deals"]
    )


def test_yen_sign_on_a_yen_deal_stays_yen(app, admin, book) -> None:
    book.send("nakamura revised to ¥4.2M")
    assert ("Nakamura Seiki", "4200000", "JPY", "proposal") in deals_of(app, admin)


def test_yen_sign_without_a_deal_to_tell_is_asked(app, admin, book) -> None:
    book.send("/customer add Ostrava Mills")
    before = deals_of(app, admin)
    asked = texts(book.send("ostrava mills new deal ¥900k"))
    assert "JPY" in asked and deals_of(app, admin) == before
    book.press("Yen (JPY)")
    assert ("Ostrava Mills", "900000", "JPY", "lead") in deals_of(app, admin)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("港湾又来了一个项目 15万", ("港湾物流有限公司", "150000", "CNY", "lead")),
     ("harbor - another opportunity, 2k a month for 12 months",
      ("Harbor Freight Co", "24000", "USD", "lead"))],
)  # fmt: skip
def test_one_more_deal_leaves_the_open_one_alone(app, admin, book, text, expected) -> None:
    before = deals_of(app, admin)
    book.send(text)
    after = deals_of(app, admin)
    assert expected in after and set(before) <= set(after)


# Contact news -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "who", "title"),
    [("Harbor just hired a new purchasing manager: Dana Whitfield", "Dana Whitfield", "purchasing manager"),
     ("pinewood has a new office admin - Ravi Menon, ravi@pinewood.io", "Ravi Menon", "office admin"),
     ("Oscar Brandt | Head of Logistics | Harbor Freight Co | (415) 555-0199", "Oscar Brandt",
      "Head of Logistics"),
     ("港湾的周敏升副总了", "周敏", "副总"), ("港湾新来的会计 钟晓 13911112222", "钟晓", "会计"),
     ("港湾 行政 孟凡 13922223333", "孟凡", "行政")],
)  # fmt: skip
def test_contact_news_names_the_person_and_the_title(text, who, title) -> None:
    [news] = [n for n in read_news(text) if not n.left]
    assert (news.who, news.title) == (who, title)


def test_a_signature_keeps_the_whole_phone_number() -> None:
    [news] = read_news("Oscar Brandt | Buyer | Harbor Freight Co | (415) 555-0199")
    assert news.phone == "(415) 555-0199"


@pytest.mark.parametrize(
    ("text", "email"),
    [("港湾周敏的郵箱是min.zhou@gangwan.cn", "min.zhou@gangwan.cn"), ("港湾鍾曉 xiao@gw.cn", "xiao@gw.cn")],
)
def test_an_email_after_chinese_words_is_only_the_address(text, email) -> None:
    assert EMAIL.search(text).group(0) == email  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["new project: Warehouse Expansion", "港湾销量升了不少", "业绩升高了"])
def test_no_person_without_contact_news(text) -> None:
    assert [n for n in read_news(text) if n.who] == []


def contacts_of(app, admin) -> dict[str, tuple[str | None, bool]]:
    found = {}
    for customer in exported(app, admin)["customers"]:
        for contact in customer["contacts"]:
            found[contact["name"]] = (contact["title"], bool(contact.get("left_at")))
    return found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [("Gail at harbor got promoted, now director of ops", "Gail Porter", "director of ops"),
     ("港湾的吴刚升总裁了", "吴刚", "总裁")],
)  # fmt: skip
def test_a_promotion_changes_the_title(app, admin, book, text, name, title) -> None:
    book.send("/contact add Harbor: Gail Porter, title=Ops Manager")
    book.send("/contact add 港湾: 吴刚, title=经理")
    book.send(text)
    assert contacts_of(app, admin)[name] == (title, False)
    assert exported(app, admin)["activities"] == []  # a title change, not a note


def test_someone_retiring_and_a_successor(app, admin, book) -> None:
    book.send("/contact add 港湾: 罗兰, title=采购")
    book.send("港湾的罗兰退休了，接替她的是邓超，采购科长")
    people = contacts_of(app, admin)
    assert people["罗兰"] == ("采购", True) and people["邓超"] == ("采购科长", False)


@pytest.mark.parametrize(
    "text", ["港湾 吴总 新手机 139 1234 5678", "港湾 新联系人 罗兰 采购经理 电话 +852 2555 0101"]
)
def test_a_detail_label_is_no_name_and_a_surname_title_no_role(text) -> None:
    assert all(n.who not in ("新手机", "电话") and n.title != "吴总" for n in read_news(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("harbor $900 per licence, 40 licences", "36000"), ("harbor $30 per user per month, 100 users, 2 years",
                                                         "72000"), ("港湾 每台4500元，共12台", "54000")],
)  # fmt: skip
def test_a_price_per_thing_times_how_many(text, value) -> None:
    reading = reading_of(text)
    assert reading.amount is not None and reading.amount.value == Decimal(value)


def test_hundreds_said_as_a_count_of_hundreds_are_money() -> None:
    [amount] = find_amounts("they can do twenty-five hundred dollars")
    assert amount.value == Decimal(2500)


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("harbor is dead, owner closing the business", True), ("the harbor deal is dead - budget gone", False)],
)
def test_a_loss_said_of_the_customer_itself_is_asked(text, doubted) -> None:
    reading = reading_of(text)
    assert reading.outcome == "lost" and bool(reading.outcome_doubt) is doubted


def test_dead_customer_goes_to_the_card(app, admin, book) -> None:
    before = deals_of(app, admin)
    card = texts(book.send("harbor is dead, they're selling the company"))
    assert "Not sure about" in card and "harbor is dead" in card and deals_of(app, admin) == before
    book.press("Save")
    assert ("Harbor Freight Co", "20000", "USD", "lost") in deals_of(app, admin)


def test_a_new_deal_is_not_titled_by_a_hedge(app, admin, book) -> None:
    book.send("港湾新开了一个商机，大概12万")
    titles = [d["title"] for d in exported(app, admin)["deals"] if d["amount"] == 120000]
    assert titles == ["港湾物流有限公司"]
