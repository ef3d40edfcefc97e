"""What a doubt governs, said in more ways (issue 13, session 27).

A figure only floated, offered on a condition or capped; a price still talked about with a rough figure; a
value said in a question; an order or a signing on a condition or only expected; one person's yes with
another's still missing; a date said and then unsaid; a decision put off to their meeting; a change they
want with no value; a wish about the currency; a contact handing over with nobody named. Each is asked,
never stored; each family's twin without the doubt is still stored. Fresh customers and wordings of this
file only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from handlers.understanding.log_amounts import condition_told
from tests.conftest import texts
from tests.support.exported import exported
from tests.support.reading import reading_at

pytestmark = pytest.mark.reading

NOW = datetime(2029, 4, 26, 2, 20, tzinfo=UTC)


def doubted_in(text: str) -> list[str]:
    reading = reading_at(text, NOW, "Asia/Shanghai")
    return [*reading.doubts, *reading.close_doubts]


# --- reading, no database ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Ballina Bakes floated 30k on the call, nothing committed",
     "Orla said they'd do 30k if we add the oven service",
     "Ballina Bakes would go to 38k provided we include delivery",
     "潼关果业王总说最多给到二十五万", "潼关果业说预算顶多十八万", "潼關果業話最多俾到二十萬",
     "Ballina Bakes price still under discussion, roughly 35k", "潼关果业 价格还在谈 大概二十六万",
     "潼关果业 price 仲倾紧，大约二十万", "潼关果业 大概20几万"],
)  # fmt: skip
def test_a_figure_floated_capped_or_still_talked_about_is_a_doubt(text) -> None:
    assert doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["潼关果业要不要改成谈判阶段？", "Should I move Ballina Bakes to negotiation?", "Ballina Bakes 38k ok?",
     "潼关果业 close date 改到6月底好不好？", "Ballina Bakes amount 45k, is that right?"],
)  # fmt: skip
def test_a_value_said_in_a_question_is_a_doubt(text) -> None:
    assert doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["Ballina Bakes move to negotiation", "can you move Ballina Bakes to negotiation?",
     "帮我把潼关果业的close date改到6月底", "Ballina Bakes now 38k"],
)  # fmt: skip
def test_an_order_with_or_without_a_question_mark_is_no_doubt(text) -> None:
    assert not doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["Ballina Bakes: if the trial goes well they'll order in June", "潼关果业要是董事长同意就下单",
     "潼关果业如果六月份资金到位就签合同", "潼關果業如果董事會批咗就簽", "潼关果业 应该能签下来吧",
     "潼关果业 budget 批了 应该能 win 吧", "Orla says they'll probably pull the trigger next month",
     "Ballina Bakes: Orla is happy to proceed but the owner hasn't signed off",
     "潼关果业王总同意了 但老板还没签字", "潼关果业说月底签 后来又说不一定",
     "ballina bakes said close end of may, then said maybe not"],
)  # fmt: skip
def test_an_outcome_on_a_condition_expected_half_given_or_unsaid_is_a_doubt(text) -> None:
    assert doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["潼关果业签下来了", "潼关果业说月底签", "Ballina Bakes signed, the owner signed off",
     "潼关果业董事长同意了，合同签了", "dmrta - we're in negotiation now, sheila looped in procurement"],
)  # fmt: skip
def test_the_same_outcome_said_for_sure_is_no_doubt(text) -> None:
    assert not doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["潼关果业说下周签 但我觉得悬", "ballina bakes close june 15, I think",
     "Ballina Bakes at 36k, not sure though", "潼关果业 金额大概率是二十八万",
     "潼關果業話下個月落單，不過我唔肯定", "Ballina Bakes close end of June, we'll see",
     "ballina bakes said yes then backtracked", "潼关果业 本来说月底签 现在又说要再等等",
     "潼关果业王总答应了 后来又反悔了", "Ballina Bakes was keen to sign but Orla changed her mind"],
)  # fmt: skip
def test_the_writers_own_doubt_or_a_yes_taken_back_is_a_doubt(text) -> None:
    assert doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["ballina bakes close june 15", "潼关果业 金额改成二十八万", "我估计1月15号能签", "潼关果业说月底签"],
)  # fmt: skip
def test_the_same_said_without_the_writers_doubt_is_no_doubt(text) -> None:
    assert not doubted_in(text), text


@pytest.mark.parametrize(
    "text",
    ["ballina bakes threw out 36k on the phone", "Ballina Bakes countered at 34k", "潼关果业还价到二十六万",
     "Ballina Bakes will sign unless the board objects", "潼关果业 等预算批下来就签",
     "潼关果业 只要价格降到二十五万就下单", "潼關果業一旦批咗預算就落單"],
)  # fmt: skip
def test_a_figure_put_forward_or_a_signing_on_unless_or_once_is_a_doubt(text) -> None:
    assert doubted_in(text), text


@pytest.mark.parametrize(
    ("text", "doubted"),
    [("潼关果业差不多签了", True), ("Ballina Bakes considering going up to 45k", True),
     ("潼关果业在考虑加到三十五万", True), ("潼关果业看看能不能重新启动", True),
     ("潼关果业争取下个月签下来，金额二十五万吧", True), ("潼关果业加到三十五万", False),
     ("潼关果业签了", False)],
)  # fmt: skip
def test_nearly_there_and_still_weighing_it_are_doubts(text, doubted) -> None:
    assert bool(doubted_in(text)) is doubted, text


def test_a_condition_with_nothing_else_said_is_asked_beside_a_log_it_is_noted() -> None:
    bare = reading_at("潼关果业 只要价格降到二十五万就下单", NOW, "Asia/Shanghai")
    condition_told(bare)
    assert bare.amounts == [] and bare.doubts
    logged = reading_at("给潼关果业王总打了电话 他说只要价格降到二十五万就下单", NOW, "Asia/Shanghai")
    condition_told(logged)
    assert logged.amounts == [] and not logged.doubts


def test_their_meeting_in_a_deferred_decision_is_no_meeting_of_ours() -> None:
    reading = reading_at("潼关果业王总说还没定 等他们开完会再说", NOW, "Asia/Shanghai")
    assert reading.kind is None and reading.doubts
    reading = reading_at("Ballina Bakes decision will be after their board meeting", NOW, "Europe/Dublin")
    assert reading.kind is None and reading.doubts
    reading = reading_at("今天跟潼关果业王总开了个会，聊得不错", NOW, "Asia/Shanghai")
    assert reading.kind == "meeting" and not reading.doubts


# --- chat -------------------------------------------------------------------------------------


@pytest.fixture
def book(chat):  # type: ignore[no-untyped-def]
    chat.send("/customer add 潼关果业有限公司, alias=潼关果业")
    chat.send("/customer add Ballina Bakes")
    chat.send("/contact add Ballina Bakes: Orla Quinn")
    chat.send("/deal 潼关果业 30万 CNY proposal")
    chat.send("/deal Ballina Bakes 40k EUR proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["Ballina Bakes floated 30k on the call, nothing committed", "潼关果业王总说最多给到二十五万",
     "潼关果业要不要改成谈判阶段？", "潼关果业要是董事长同意就下单", "潼关果业想减价",
     "Ballina Bakes wants the price lowered", "Ballina Bakes quote 38k, they want it in US dollars",
     "new contact at Ballina Bakes, orla's handing off"],
)  # fmt: skip
def test_a_doubted_message_stores_nothing(app, admin, book, text) -> None:
    before = exported(app, admin)
    replies = texts(book.send(text))
    after = exported(app, admin)
    for table in ("deals", "activities", "customers"):
        assert after[table] == before[table], replies
    assert replies, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Ballina Bakes agreed 30k", Decimal(30_000)), ("潼关果业金额定了二十五万", Decimal(250_000)),
     ("Ballina Bakes price lowered to 35k", Decimal(35_000))],
)  # fmt: skip
def test_the_twin_without_the_doubt_is_stored(app, admin, book, text, amount) -> None:
    replies = texts(book.send(text))
    deals = exported(app, admin)["deals"]
    assert amount in {Decimal(d["amount"]) for d in deals}, replies
