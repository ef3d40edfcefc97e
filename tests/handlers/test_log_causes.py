"""Field logs by cause (issue 13, session 18): what was sent, what happened and when, which amounts are ours.
Phrasings are i18-log's own, over customers of its own (Quillon Bakeries, Marwick Dairy, 岚山酒业).

The clock stands at Monday 2026-11-23 09:00 UTC; the user's time zone is Europe/Berlin. Readings are
checked on the reader (fast); what is stored, through the chat.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from handlers.parsing.vocabulary import stage_synonyms
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")


def reading_of(text: str, now: datetime = MONDAY):  # type: ignore[no-untyped-def]
    return read(text, now=now, tz=BERLIN, stages=STAGES, synonyms=stage_synonyms({}))


@pytest.mark.parametrize(
    "text",
    ["sent edda + tobias at quillon the revised proposal", "报价单发给岚山酒业的沈经理了",
     "岚山酒业 方案已经发过去了"],
)  # fmt: skip
def test_a_stage_said_by_sending_it_is_known_to_be_sent(text) -> None:
    reading = reading_of(text)
    assert reading.stage is not None and reading.stage_sent is not None


@pytest.mark.parametrize(
    "text",
    ["岚山酒业沈经理电话，说PO下周出", "call w/ edda at quillon, their rollout kicks off next week",
     "沈经理电话，他们的审批流程下周启动"],
)  # fmt: skip
def test_something_of_theirs_that_comes_on_a_date_is_no_task_or_close(text) -> None:
    reading = reading_of(text)
    assert reading.steps == [] and reading.close is None and reading.theirs


def test_the_date_of_what_was_complained_about_is_not_when_the_complaint_came() -> None:
    reading = reading_of("edda rang to complain the van no-showed wednesday")
    assert reading.kind == "complaint" and reading.occurred is None and reading.theirs


def test_a_weekday_said_with_a_date_tells_its_year() -> None:
    thursday = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    when = find_when("Tue 12/1 popped into quillon", now=thursday, tz=ZoneInfo("America/New_York"))
    assert when is not None and when.at.date() == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "kind", "day", "hour"),
    [("visited quillon at 8, edda was in a meeting", "visit", date(2026, 11, 23), 8),
     ("quillon - tobias wants the quote redone, talked fri", "call", date(2026, 11, 20), None),
     ("在酒展上跟岚山酒业沈经理聊了一下(周六)", "meeting", date(2026, 11, 21), None)],
)  # fmt: skip
def test_when_a_reported_interaction_happened(text, kind, day, hour) -> None:
    reading = reading_of(text)
    assert reading.kind == kind
    assert reading.occurred is not None and reading.occurred.at.date() == day
    assert hour is None or reading.occurred.at.hour == hour


@pytest.mark.parametrize(
    "text",
    ["whatsapped edda at quillon the price sheet", "got a text from tobias (quillon), all good",
     "linkedin msg to edda at quillon"],
)  # fmt: skip
def test_messages_said_in_the_words_reps_use(text) -> None:
    assert reading_of(text).kind == "message"


@pytest.mark.parametrize(
    "text",
    ["met edda at quillon, their current supplier charges 2.1k a month",
     "call w/ quillon, they got a 52k offer from a rival"],
)  # fmt: skip
def test_amounts_in_a_log_that_are_not_ours(text) -> None:
    reading = reading_of(text)
    assert reading.amounts == [] and reading.doubts == []


def test_our_price_beside_a_rivals_is_ours() -> None:
    reading = reading_of("call w/ quillon, they got a 52k offer from a rival, we're holding firm at 58k")
    assert [a.value for a in reading.amounts] == [58000] and reading.doubts == []


def test_a_budget_said_without_an_interaction_is_the_deals() -> None:
    assert [a.value for a in reading_of("quillon qualified, budget ~40k").amounts] == [40000]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [("岚山酒业沈经理周五视频会，样品没问题", "meeting", date(2026, 11, 20)),
     ("沈经理昨晚来信，说酒厂要到明年才批预算", "email", date(2026, 11, 22)),
     ("岚山酒业沈经理昨晚微信说老板出国了，回来再定", "message", date(2026, 11, 22))],
)  # fmt: skip
def test_a_chinese_report_happened_when_it_says(text, kind, day) -> None:
    reading = reading_of(text)
    assert reading.kind == kind and reading.steps == [] and reading.close is None
    assert reading.occurred is not None and reading.occurred.at.date() == day


def test_a_weekday_followed_by_how_it_went_is_the_last_one() -> None:
    friday = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # "tues" four days ago
    reading = reading_of("site visit at quillon tues, tobias gave us the floor plan", now=friday)
    assert reading.occurred is not None and reading.occurred.at.date() == date(2026, 11, 24)
    assert reading.date_doubts == []


def test_a_pasted_chat_message_is_a_message_from_its_writer() -> None:
    reading = reading_of("[WeChat] 沈一鸣：您好，报价单已收到，下周一内部开会再回复您")
    assert reading.kind == "message" and reading.steps == [] and "WeChat" not in reading.text
    assert "沈一鸣" in reading.text


def test_this_mornings_visit_told_before_noon_happened() -> None:
    early = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # 07:30 in Berlin
    reading = reading_of("今天上午先去了岚山酒业，见了沈经理", now=early)
    assert reading.kind == "visit" and reading.steps == []
    assert reading.occurred is not None and reading.occurred.at <= early


def test_a_weekday_and_part_of_day_before_a_visit_is_the_last_one() -> None:
    reading = reading_of("周五上午拜访岚山酒业沈经理，样品没问题")
    assert reading.occurred is not None and reading.occurred.at.date() == date(2026, 11, 20)


def test_a_weekday_with_a_plan_word_is_still_ahead() -> None:
    reading = reading_of("周三再约岚山酒业沈经理见面")
    [step] = reading.steps
    assert step.due is not None and step.due.date() == date(2026, 11, 25)


def test_a_close_said_as_their_condition_is_no_close_date() -> None:
    reading = reading_of("quillon: edda wants 10% off if they sign before january")
    assert reading.close is None


def test_pushing_back_on_price_is_no_comeback() -> None:
    assert not reading_of("edda at quillon is pushing back on price").reopen


def test_nothing_for_us_to_do_is_no_task() -> None:
    text = "rang edda at quillon, their audit is on the 9th, nothing for us to do till then"
    assert reading_of(text).steps == []


on_one_backend = pytest.mark.parametrize("backend", ["sqlite"])  # the reading is what is tested


@pytest.fixture
def book(chat):
    chat.send("/customer add Quillon Bakeries, alias=Quillon")
    chat.send("/customer add Marwick Dairy, alias=Marwick")
    chat.send("/customer add 岚山酒业有限公司, alias=岚山酒业")
    chat.send("/contact add Quillon: Edda Lorne, title=Buyer")
    chat.send("/contact add Quillon: Tobias Wren, title=Owner")
    chat.send("/contact add 岚山酒业: 沈一鸣, title=经理")
    chat.send("/deal Quillon Bakeries 30k proposal")
    chat.send("/deal 岚山酒业有限公司 40万 CNY qualified")
    return chat


@on_one_backend
def test_a_proposal_sent_when_the_deal_is_there_already_is_an_email(app, admin, book) -> None:
    reply = texts(book.send("sent edda and tobias at quillon the revised proposal"))
    assert "I'll store" not in reply
    data = exported(app, admin)
    assert [a["kind"] for a in data["activities"]] == ["email"]
    assert [d["stage"] for d in data["deals"] if d["customer"] == "Quillon Bakeries"] == ["proposal"]


@on_one_backend
def test_a_proposal_sent_moves_a_deal_that_is_behind(app, admin, book) -> None:
    book.send("岚山酒业 方案已经发过去了")
    data = exported(app, admin)
    assert [d["stage"] for d in data["deals"] if d["customer"] == "岚山酒业有限公司"] == ["proposal"]
    assert data["activities"] == []


@on_one_backend
@pytest.mark.parametrize(
    "text", ["岚山酒业沈经理电话，预算约六十万", "沈经理电话，说岚山酒业预算压到八十万了"]
)
def test_a_budget_said_in_a_call_is_not_the_deals_amount(app, admin, book, text) -> None:
    book.send("/lang zh")
    reply = texts(book.send(text))
    assert "我将保存" not in reply
    data = exported(app, admin)
    assert [d["amount"] for d in data["deals"] if d["customer"] == "岚山酒业有限公司"] == [400000]
    assert [a["kind"] for a in data["activities"]] == ["call"]


@on_one_backend
def test_an_amount_beside_a_log_makes_no_deal_for_a_customer_without_one(app, admin, book) -> None:
    reply = texts(book.send("met the owner at marwick, they spend about 4k a month on cheese cloth"))
    assert "I'll store" not in reply
    data = exported(app, admin)
    assert [d for d in data["deals"] if d["customer"] == "Marwick Dairy"] == []
    assert [a["kind"] for a in data["activities"]] == ["visit"]
