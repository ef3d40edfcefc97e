"""One test per failure class of issue 13, in English and Chinese, through the real handler stack.

Each test sends what a rep would type and checks what the CRM holds afterwards (the export), so a
message that stores the wrong thing, or something when it should store nothing, fails here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.amounts import find_amount
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.exported import exported

pytestmark = pytest.mark.reading

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday, the FakeClock's start
BERLIN = ZoneInfo("Europe/Berlin")


def records(app, admin) -> tuple[int, int, list[tuple]]:
    data = exported(app, admin)
    deals = [
        (d["customer"], d["amount"], d["currency"], d["stage"], d["expected_close"]) for d in data["deals"]
    ]
    return len(data["activities"]), len(data["reminders"]), deals


@pytest.fixture
def seeded(chat):
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/contact add Acme: Jane Doe, title=CTO")
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("/deal Acme 20 seats 20k proposal")
    chat.send("/deal 华为 年度框架合同 50万 CNY proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["what's open with acme?", "who's our contact at Acme?", "how much is the acme deal", "华为最近怎么样",
     "华为的商机金额是多少", "morning all ☕", "早上好", "👍", "thanks team!",
     # questions that name an interaction (fresh wordings, not from the evaluation sets)
     "last time anyone called acme?", "phone number for jane doe?", "could u check when we last met acme",
     "华为上次来电是什么时候", "华为的王总邮箱是什么", "小米李娜的手机多少"],
)  # fmt: skip
def test_questions_and_chit_chat_store_nothing(app, admin, seeded, text) -> None:
    before = records(app, admin)
    replies = seeded.send(text)
    assert records(app, admin) == before
    assert not any(b.label == "Undo" for r in replies for b in r.buttons)


@pytest.mark.parametrize("text", ["ok thx 👍", "cheers all", "👍"])
def test_small_talk_gets_a_friendly_line_not_an_error(seeded, text) -> None:
    reply = texts(seeded.send(text))
    assert "Nothing to save" in reply and "didn't catch" not in reply


def test_a_question_is_answered_from_the_crm(seeded) -> None:
    answer = texts(seeded.send("what's open with acme?"))
    assert "20 seats" in answer and "Jane Doe" in answer
    assert "年度框架合同" in texts(seeded.send("华为最近怎么样"))


@pytest.mark.parametrize(
    ("text", "close"),
    [("Acme will sign by 12/15", "2026-12-15"), ("华为月底签约", "2026-11-30"),
     ("华为合同下周二签", "2026-12-01"), ("Acme close end of Q1", "2027-03-31"),
     ("华为明年Q1签", "2027-03-31"),
     ("Acme close on the 12th", "2026-12-12"), ("华为12月20号截止", "2026-12-20")],
)  # fmt: skip
def test_expectations_are_close_dates_not_wins(app, admin, seeded, text, close) -> None:
    seeded.send(text)
    data = exported(app, admin)
    assert {d["stage"] for d in data["deals"]} == {"proposal"}
    assert close in {d["expected_close"] for d in data["deals"]}
    assert data["reminders"] == []


@pytest.mark.parametrize("text", ["Acme deal done", "Acme ordered", "Acme said yes to the pilot", "华为签了"])
def test_done_deals_are_wins(app, admin, seeded, text) -> None:
    seeded.send(text)
    assert "won" in {d["stage"] for d in exported(app, admin)["deals"]}


@pytest.mark.parametrize(
    ("text", "local", "has_time"),
    [("华为下週三開會", "2026-12-02 09:00", False), ("明天下午3pm和华为开会", "2026-11-24 15:00", True),
     ("end of Q1", "2027-03-31 09:00", False), ("明年一季度", "2027-03-31 09:00", False),
     ("on the 12th", "2026-12-12 09:00", False)],
)  # fmt: skip
def test_dates_reps_write(text, local, has_time) -> None:
    when = find_when(text, now=NOW, tz=BERLIN)
    assert when is not None and when.at.strftime("%Y-%m-%d %H:%M") == local and when.has_time is has_time


@pytest.mark.parametrize("text", ["maybe call them", "sat down with Jane", "we may meet"])
def test_words_that_are_not_dates(text) -> None:
    assert find_when(text, now=NOW, tz=BERLIN) is None


@pytest.mark.parametrize(
    "text", ["500kg sample sent", "invoice #4471 paid", "PO 4471 received", "12 pallets", "发了50公斤样品"]
)
def test_numbers_that_are_not_money(text) -> None:
    assert find_amount(text) is None


@pytest.mark.parametrize(("text", "currency"), [("1.2m SEK", "SEK"), ("NOK 400k", "NOK"), ("80k eur", "EUR")])
def test_a_written_currency_code_is_kept(text, currency) -> None:
    amount = find_amount(text)
    assert amount is not None and amount.currency == currency and amount.value >= Decimal(80_000)


@pytest.fixture
def confusable(chat):
    chat.send("/customer add Kessler Medical")
    chat.send("/customer add Kessler Logistics")
    chat.send("/contact add Kessler Logistics: Mia Hoffmann")
    chat.send("/customer add Acme Corp")
    chat.send("/customer add Acme Industrial Supply, alias=Acme Industrial")
    chat.send("/contact add Acme Industrial Supply: Bob Martin")
    chat.send("/customer add Blue Harbor Seafood, alias=Blue Harbor")
    chat.send("/customer add Harbor Foods")
    chat.send("/customer add 深圳市华为技术有限公司, alias=华为")
    chat.send("/customer add 华为终端有限公司")
    chat.send("/customer add 北京小米科技有限责任公司, alias=小米")
    chat.send("/contact add 北京小米科技有限责任公司: 李娜")
    return chat


def activities(app, admin) -> list[tuple]:
    return [(a["kind"], a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]


@pytest.mark.parametrize(
    ("text", "customer"),
    [("whatsapp from chloe at blue harbor: they liked the samples", "Blue Harbor Seafood"),
     ("kesler medical - emailed the brochure", "Kessler Medical"),
     ("met bob at acme today", "Acme Industrial Supply"),
     ("华为王总监来电，技术方案没问题", "深圳市华为技术有限公司"),
     ("刚从华为终端出来，样机测试通过了", "华为终端有限公司")],
)  # fmt: skip
def test_customers_are_linked_anywhere_in_the_message(app, admin, confusable, text, customer) -> None:
    confusable.send(text)
    assert [a[1] for a in activities(app, admin)] == [customer]


@pytest.mark.parametrize("text", ["called acme, they want a discount", "called kessler, no answer"])
def test_a_name_two_customers_share_is_asked_about(app, admin, confusable, text) -> None:
    question = confusable.send(text)
    assert question[0].buttons and activities(app, admin) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("called mia at kessler logistics and bob at acme industrial",
      [("call", "Kessler Logistics", "Mia Hoffmann"), ("call", "Acme Industrial Supply", "Bob Martin")]),
     ("今天拜访了华为和小米",
      [("visit", "深圳市华为技术有限公司", None), ("visit", "北京小米科技有限责任公司", None)])],
)  # fmt: skip
def test_two_customers_get_a_record_each(app, admin, confusable, text, expected) -> None:
    confusable.send(text)
    assert sorted(activities(app, admin), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("first", "fix", "expected"),
    [("called mia at kessler logistics", "sorry, that was kessler medical not kessler logistics",
      [("call", "Kessler Medical", None)]),
     ("拜访了小米李娜", "不是拜访，是电话", [("call", "北京小米科技有限责任公司", "李娜")])],
)  # fmt: skip
def test_a_correction_changes_the_record_just_written(app, admin, confusable, first, fix, expected) -> None:
    confusable.send(first)
    assert "Corrected" in texts(confusable.send(fix))
    assert activities(app, admin) == expected


def test_make_that_moves_the_reminder_just_set(app, admin, seeded) -> None:
    seeded.send("remind me to call Acme wed 10am")
    seeded.send("make it thursday same time")
    [reminder] = exported(app, admin)["reminders"]
    local = datetime.fromisoformat(reminder["due_at"]).astimezone(BERLIN)
    assert local.strftime("%a %H:%M") == "Thu 10:00"


def test_contact_details_go_on_the_contact(app, admin, seeded) -> None:
    seeded.send("Jane left Acme, Sarah Lee is the new CTO")
    seeded.send("sarah lee cell: +1 415 555 0199, sarah@acme.example")
    contacts = {c["name"]: c for c in exported(app, admin)["customers"][0]["contacts"]}
    assert contacts["Jane Doe"]["left_at"] and contacts["Jane Doe"]["title"] == "CTO"  # /left's form
    assert contacts["Sarah Lee"]["title"] == "CTO" and contacts["Sarah Lee"]["email"] == "sarah@acme.example"
    assert contacts["Sarah Lee"]["phone"].endswith("0199")


def test_add_on_quotes_and_reopening(app, admin, seeded) -> None:
    seeded.send("Acme add-on quote 5k for training")
    seeded.send("/lost 华为 价格太高")
    seeded.send("华为 reopen at 40万")
    deals = {(d["customer"], d["title"]): d for d in exported(app, admin)["deals"]}
    assert deals[("Acme Corporation", "20 seats")]["amount"] == 20000
    assert [
        d["amount"] for (c, _), d in deals.items() if c == "Acme Corporation" and d["title"] != "20 seats"
    ] == [5000]
    huawei = deals[("华为技术有限公司", "年度框架合同")]
    assert huawei["status"] == "open" and huawei["amount"] == 400000


def test_a_plan_that_leaves_words_out_is_previewed(app, admin, seeded) -> None:
    card = seeded.send("Acme deal now 30k Hamburg office")
    assert "I'll store" in card[0].text and "Hamburg" in card[0].text
    assert [b.label for b in card[0].buttons] == ["Save", "Change", "Cancel"]
    assert records(app, admin)[2][0][1] == 20000
    seeded.press("Save")
    assert records(app, admin)[2][0][1] == 30000
    seeded.send("Acme deal now 40k Munich office")
    assert "nothing was saved" in texts(seeded.press("Change"))
    assert records(app, admin)[2][0][1] == 30000


# --- generalising past the development set (fresh wordings of each class) ---------------------------


def test_why_a_deal_was_lost_is_answered_from_the_closed_deal(seeded) -> None:
    seeded.send("/lost 华为 对方预算冻结")
    answer = texts(seeded.send("华为为什么丢单"))
    assert "对方预算冻结" in answer
    assert "对方预算冻结" in texts(seeded.send("did we lose 华为?"))


@pytest.mark.parametrize(
    ("first", "fix", "expected"),
    [("visited acme corp", "no wait, acme industrial", [("visit", "Acme Industrial Supply", None)]),
     ("拜访了华为终端", "不对，是华为", [("visit", "深圳市华为技术有限公司", None)]),
     ("acme corp called", "oops, it was a meeting", [("meeting", "Acme Corp", None)])],
)  # fmt: skip
def test_a_bare_correction_replaces_customer_or_kind(app, admin, confusable, first, fix, expected) -> None:
    confusable.send(first)
    assert "Corrected" in texts(confusable.send(fix))
    assert activities(app, admin) == expected


@pytest.mark.parametrize(
    ("first", "fix", "day"),
    [("follow up with acme corp thursday", "no wait, friday", "Fri"),
     ("周二跟进小米", "改到周三", "Wed"),
     ("remind me to call acme corp wed 10am", "sorry, 11am", "Wed 11:00")],
)  # fmt: skip
def test_a_bare_correction_moves_the_reminder(app, admin, confusable, first, fix, day) -> None:
    confusable.send(first)
    confusable.send(fix)
    [reminder] = exported(app, admin)["reminders"]
    local = datetime.fromisoformat(reminder["due_at"]).astimezone(BERLIN)
    assert local.strftime("%a %H:%M").startswith(day)


def test_an_interjection_without_a_value_is_not_a_correction(app, admin, confusable) -> None:
    confusable.send("called acme corp")
    assert "Corrected" not in texts(confusable.send("sorry, running late"))
    assert activities(app, admin) == [("call", "Acme Corp", None)]


def contacts_of(app, admin, customer: str) -> dict[str, dict]:
    [found] = [c for c in exported(app, admin)["customers"] if c["name"] == customer]
    return {c["name"]: c for c in found["contacts"]}


@pytest.mark.parametrize(
    ("text", "customer", "name", "fields"),
    [("new contact at acme: Lena Park, COO, lena@acme.example", "Acme Corporation", "Lena Park",
      {"title": "COO", "email": "lena@acme.example"}),
     ("add Omar Haddad, head of IT at Acme, +1 212 555 0142", "Acme Corporation", "Omar Haddad",
      {"title": "head of IT"}),
     ("Jane Doe's title is VP Sales now", "Acme Corporation", "Jane Doe", {"title": "VP Sales"}),
     ("jane at acme got promoted to COO", "Acme Corporation", "Jane Doe", {"title": "COO"}),
     ("jane's email is now jane.doe@acme.example", "Acme Corporation", "Jane Doe",
      {"email": "jane.doe@acme.example"}),
     ("华为新联系人：周敏，采购经理，13800001111", "华为技术有限公司", "周敏",
      {"title": "采购经理", "phone": "13800001111"}),
     ("华为新来的财务总监叫钱琳 电话13900002222", "华为技术有限公司", "钱琳",
      {"title": "财务总监", "phone": "13900002222"})],
)  # fmt: skip
def test_contact_news_goes_on_the_contact_and_logs_nothing(app, admin, seeded, text, customer, name, fields):
    seeded.send(text)
    person = contacts_of(app, admin, customer)[name]
    assert {k: person[k] for k in fields} == fields
    assert exported(app, admin)["activities"] == []


@pytest.mark.parametrize("text", ["華為周敏離職了", "周敏已经不在华为了", "Zhou Min has left 华为"])
def test_leaving_in_free_text_is_the_left_form(app, admin, seeded, text) -> None:
    seeded.send("/contact add 华为: 周敏, title=采购经理")
    seeded.send("/contact add 华为: Zhou Min")
    seeded.send(text)
    contacts = contacts_of(app, admin, "华为技术有限公司")
    left = {n for n, c in contacts.items() if c.get("left_at")}
    assert len(left) == 1 and contacts[left.pop()]["title"] in ("采购经理", None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("had breakfast with jane from acme", "meeting"), ("quick zoom with acme this morning", "meeting"),
     ("visitted acme, demo went fine", "visit"), ("jane at acme slacked me about the invoice", "message"),
     ("sent jane (acme) the new price list", "email"), ("华为的人来公司开会了", "meeting"),
     ("去华为参观了工厂", "visit"), ("下午在华为，谈得不错", "visit")],
)  # fmt: skip
def test_interactions_are_read_from_their_usual_phrasings(app, admin, seeded, text, kind) -> None:
    seeded.send(text)
    data = exported(app, admin)
    assert [a["kind"] for a in data["activities"]] == [kind]
    assert data["reminders"] == []


@pytest.mark.parametrize(
    ("text", "stage", "close"),
    [("华为今天签约", "proposal", "2026-11-23"), ("华为合同已签", "won", None),
     ("华为这个项目输了", "lost", None), ("acme passed, no budget this year", "lost", None),
     ("acme pushed the decision out to jan 15", "proposal", "2027-01-15"),
     ("华为签约时间推迟到明年3月底", "proposal", "2027-03-31")],
)  # fmt: skip
def test_outcomes_and_close_dates_in_more_phrasings(app, admin, seeded, text, stage, close) -> None:
    seeded.send(text)
    data = exported(app, admin)
    changed = [d for d in data["deals"] if d["stage"] != "proposal" or d["expected_close"]]
    assert [(d["stage"], d["expected_close"]) for d in changed] == [(stage, close)]
    assert data["reminders"] == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [("华为 20万改35万", "350000"), ("华为预算加了10万 现在60万", "600000"),
     ("acme 150k instead of 120k", "150000"), ("acme 30 seats @ $500 = 15k", "15000"),
     ("华为 三十五万", "350000"), ("华为 金额改成4万5", "45000")],
)  # fmt: skip
def test_the_deal_takes_the_amount_marked_as_its_value(app, admin, seeded, text, amount) -> None:
    seeded.send(text)
    amounts = {d["amount"] for d in exported(app, admin)["deals"]}
    assert any(a is not None and Decimal(a) == Decimal(amount) for a in amounts)


@pytest.mark.parametrize(
    "text",
    ["华为大概300万左右 也可能更少", "acme somewhere between 40k and 60k", "华为 200到300万",
     "acme closed at 40", "acme 30k, or 35k, not sure yet"],
)  # fmt: skip
def test_an_uncertain_amount_is_shown_before_anything_is_stored(app, admin, seeded, text) -> None:
    before = records(app, admin)
    [card] = seeded.send(text)
    assert [b.label for b in card.buttons][:2] == ["Save", "Change"] or "How much is" in card.text
    assert records(app, admin) == before


def test_a_planned_interaction_is_a_reminder_not_a_log(app, admin, seeded) -> None:
    seeded.send("email jane at acme thursday 10am")
    seeded.send("周五下午两点 华为的人来公司")
    data = exported(app, admin)
    assert data["activities"] == [] and len(data["reminders"]) == 2


def test_one_follow_up_per_day_at_the_time_given(app, admin, seeded) -> None:
    seeded.send("called acme, jane needs the quote by thu. send it thu 8am")
    [reminder] = exported(app, admin)["reminders"]
    assert datetime.fromisoformat(reminder["due_at"]).astimezone(BERLIN).strftime("%a %H:%M") == "Thu 08:00"


@pytest.mark.parametrize(
    ("text", "close"),
    [("acme decision expected mid jan, say jan 14", "2027-01-14"),
     ("华为预计明年3月签，大概3月20号", "2027-03-20")],
)  # fmt: skip
def test_a_date_said_again_exactly_is_the_same_close_date(app, admin, seeded, text, close) -> None:
    seeded.send(text)
    data = exported(app, admin)
    assert close in {d["expected_close"] for d in data["deals"]} and data["reminders"] == []


@pytest.mark.parametrize("text", ["帮我把华为的商机删了", "把acme这个客户合并一下"])
def test_asking_to_delete_in_a_sentence_stores_nothing(app, admin, seeded, text) -> None:
    before = records(app, admin)
    seeded.send(text)
    assert records(app, admin) == before


def test_an_extra_project_is_a_new_deal(app, admin, seeded) -> None:
    seeded.send("华为再加一个运维的单子，8万，单独立项")
    deals = [d for d in exported(app, admin)["deals"] if d["customer"].startswith("华为")]
    assert {Decimal(d["amount"]) for d in deals} == {Decimal(500000), Decimal(80000)}


def test_a_sigh_is_no_lost_reason(app, admin, seeded) -> None:
    seeded.send("华为选了竞争对手 哎")
    [deal] = [d for d in exported(app, admin)["deals"] if d["customer"].startswith("华为")]
    assert deal["stage"] == "lost" and "竞争对手" in deal["lost_reason"]


def test_a_correction_taken_back_changes_nothing(app, admin, confusable) -> None:
    confusable.send("called acme corp")
    confusable.send("oh wait, acme industrial... never mind, acme corp is right")
    assert activities(app, admin) == [("call", "Acme Corp", None)]


# --- Times in free text: what each date means, from any weekday (issue 13, i13-time) ---------------

THURSDAY = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)  # messages are not only sent on Mondays
SATURDAY = datetime(2026, 5, 16, 9, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def reading_of(text: str, now: datetime = THURSDAY, tz: ZoneInfo = BERLIN):
    from handlers.parsing.vocabulary import stage_synonyms
    from handlers.understanding.reader import read

    stages = ("lead", "qualified", "proposal", "negotiation", "won", "lost")
    return read(text, now=now, tz=tz, stages=stages, synonyms=stage_synonyms({}))


def steps_of(reading) -> list[str]:
    return [s.due.strftime("%Y-%m-%d") for s in reading.steps if s.due is not None]


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [("touch base with them in april", THURSDAY, "2026-04-01"),
     ("closing in feb maybe", SATURDAY, "2027-02-01"),
     ("预计明年3月份上线", THURSDAY, "2027-03-01"), ("下个月8号回访", THURSDAY, "2026-04-08"),
     ("ping them after christmas", SATURDAY, "2026-12-28"), ("sign before xmas", THURSDAY, "2026-12-24"),
     ("check again after the holidays", SATURDAY, "2027-01-04"), ("国庆后再联系", SATURDAY, "2026-10-08"),
     ("春节前搞定", SATURDAY, "2027-02-05"), ("年后再说", THURSDAY, "2027-02-15"),
     ("五一之后跟进", THURSDAY, "2026-05-06"), ("saw them last night", THURSDAY, "2026-03-11"),
     ("前天见过", SATURDAY, "2026-05-14"), ("this may take a week", THURSDAY, None),
     ("late june", THURSDAY, "2026-06-21"), ("7月下旬", THURSDAY, "2026-07-21"),
     ("年前签", SATURDAY, "2027-02-05"),
     ("in the new year", SATURDAY, "2027-01-04"), ("this thursday", THURSDAY, "2026-03-12"),
     ("thursday", THURSDAY, "2026-03-19")],
)  # fmt: skip
def test_months_holidays_and_nights_are_dates(text, now, day) -> None:
    when = find_when(text, now=now, tz=BERLIN)
    assert (when.at.strftime("%Y-%m-%d") if when else None) == day


@pytest.mark.parametrize(
    ("text", "now", "due"),
    [("Rosa says their audit ends May 20, call her the day after", SATURDAY, "2026-05-21"),
     ("send the renewal terms by March 20, remind me two days before", THURSDAY, "2026-03-18"),
     ("让我3月20号前把报价单寄过去 提前两天提醒我", THURSDAY, "2026-03-18"),
     ("董事会3月25号开会 第二天跟进", THURSDAY, "2026-03-26")],
)  # fmt: skip
def test_a_time_said_relative_to_another_date_is_anchored_to_it(text, now, due) -> None:
    reading = reading_of(text, now)
    assert steps_of(reading) == [due]
    assert reading.close is None


@pytest.mark.parametrize(
    "text",
    ["Acme: Tomas is on vacation next week", "华为的周总下周出国", "Acme said their board meets on the 20th",
     "called acme, they're moving offices in june", "华为王经理说明天内部开会讨论",
     "Acme wants spare parts shipped by April"],
)  # fmt: skip
def test_somebody_elses_plans_are_not_our_reminders(text) -> None:
    reading = reading_of(text)
    assert reading.steps == [] and reading.close is None and reading.theirs


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [("spoke w/ Hana from acme, she wants to meet again after easter break, april 14", "call", "2026-04-14"),
     ("talked with omar at the trade fair yesterday, email him monday", "meeting", "2026-03-16"),
     ("和华为刘总开完会了，下周二前要把方案发过去", "meeting", "2026-03-17")],
)  # fmt: skip
def test_an_interaction_and_its_follow_up_are_both_kept(text, kind, due) -> None:
    reading = reading_of(text)
    assert reading.kind == kind and steps_of(reading) == [due]


@pytest.mark.parametrize(
    ("text", "now", "occurred"),
    [("demo with the acme team tuesday, they liked the dashboards", THURSDAY, "2026-03-10"),
     ("lunch w Carla (acme) thursday, talked budgets", SATURDAY, "2026-05-14")],
)  # fmt: skip
def test_a_noun_report_with_a_bare_weekday_is_the_last_such_day(text, now, occurred) -> None:
    reading = reading_of(text, now)
    assert reading.occurred is not None and reading.occurred.at.strftime("%Y-%m-%d") == occurred
    assert reading.steps == []


@pytest.mark.parametrize(
    ("text", "due"),
    [("demo with the acme team tuesday 3pm", "2026-03-17"), ("call acme tuesday", "2026-03-17"),
     ("acme wants a demo tuesday", "2026-03-17")],
)  # fmt: skip
def test_a_weekday_with_a_time_or_an_order_is_a_plan(text, due) -> None:
    reading = reading_of(text)
    assert reading.occurred is None and steps_of(reading) == [due]


@pytest.mark.parametrize(
    ("text", "close"),
    [("acme hopes to sign by xmas", "2026-12-24"), ("华为预计年后签约", "2027-02-15"),
     ("acme deal closes in june", "2026-06-30")],  # a whole month: its last day
)  # fmt: skip
def test_expected_signing_is_a_close_date(text, close) -> None:
    reading = reading_of(text)
    assert str(reading.close) == close and reading.steps == [] and reading.outcome is None


def test_a_planned_call_with_a_name_after_the_customer_is_one_reminder(app, admin, seeded) -> None:
    seeded.send("ring 华为 王强 fri 4pm")
    data = exported(app, admin)
    assert data["activities"] == []
    assert [r["due_at"][:16] for r in data["reminders"]] == ["2026-11-27T15:00"]  # 16:00 Berlin, in UTC


def test_a_reminder_a_day_before_a_deadline_is_one_reminder(app, admin, seeded) -> None:
    seeded.send("华为张总让我12月4号前把合同寄过去 提前一天提醒我")
    data = exported(app, admin)
    assert [r["due_at"][:10] for r in data["reminders"]] == ["2026-12-03"]
    assert {d["expected_close"] for d in data["deals"]} == {None}


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [("wed next week 10am", THURSDAY, "2026-03-18"), ("next week on fri", SATURDAY, "2026-05-22"),
     ("deliver in the 3rd week of june", THURSDAY, "2026-06-15"), ("2月第一周", THURSDAY, "2027-02-01"),
     ("周末给他发个微信", THURSDAY, "2026-03-14"), ("over the weekend", SATURDAY, "2026-05-16")],
)  # fmt: skip
def test_weeks_and_weekends_from_any_weekday(text, now, day) -> None:
    when = find_when(text, now=now, tz=BERLIN)
    assert when is not None and when.at.strftime("%Y-%m-%d") == day


@pytest.mark.parametrize(
    ("text", "due"),
    [("Tomas is travelling next week so call him on the 25th", "2026-03-25"),
     ("chase acme for the purchase order monday", "2026-03-16")],
)  # fmt: skip
def test_the_date_nearest_our_task_is_the_reminder(text, due) -> None:
    reading = reading_of(text)
    assert steps_of(reading) == [due] and reading.close is None


def test_a_part_of_the_day_is_on_the_day_said_before_it() -> None:
    reading = reading_of("friday morning ring acme, afternoon see globex", THURSDAY)
    due = [s.due.strftime("%Y-%m-%d %H:%M") for s in reading.steps]
    assert due == ["2026-03-13 09:00", "2026-03-13 14:00"]


def test_a_bare_weekday_that_may_be_either_side_is_shown_first(app, admin, seeded) -> None:
    replies = seeded.send("demo with jane at acme thursday, walked through reporting")  # sent on a Monday
    assert "Not sure about: thursday" in texts(replies)
    assert exported(app, admin)["reminders"] == [] and exported(app, admin)["activities"] == []
    seeded.send("demo with jane at acme saturday, walked through reporting")  # two days ago: it happened
    assert [a["occurred_at"][:10] for a in exported(app, admin)["activities"]] == ["2026-11-21"]


def test_somebody_elses_plan_alone_is_kept_as_a_note(app, admin, seeded) -> None:
    seeded.send("Acme: Jane is on vacation next week")
    data = exported(app, admin)
    assert data["reminders"] == []
    notes = [(a["kind"], a["summary"]) for a in data["activities"]]
    assert notes == [("note", "Acme: Jane is on vacation next week")]


# Linking against what the CRM knows (i13-link): names, contacts, deal titles, short Chinese names.
@pytest.fixture
def known(chat):
    chat.send("/customer add Corvid Ferries")
    chat.send("/customer add Corvid Freight")
    chat.send("/contact add Corvid Freight: Ilse Marten")
    chat.send("/contact add Corvid Ferries: Bram Okafor")
    chat.send("/deal Corvid Ferries 24k")
    chat.send("/customer add Tuesday Orchards")
    chat.send("/contact add Tuesday Orchards: Noor Haddad")
    chat.send("/customer add 宁波蓝湾环保科技有限公司")
    chat.send("/customer add 瑞丰物流有限公司")
    chat.send("/customer add 锐锋物流有限公司")
    chat.send("/customer add 大丰收农业有限公司")
    return chat


def _retitle(app, admin, customer: str, title: str) -> None:
    with app.db.transaction() as session:
        from crm_store.models import Customer, Deal

        deal = session.query(Deal).join(Customer).filter(Customer.name == customer).one()
        deal.title = title


@pytest.mark.parametrize(
    ("text", "expected"),
    [("spoke to noor haddad at tuesday orchards by phone", [("call", "Tuesday Orchards", "Noor Haddad")]),
     ("Ilse Marten's new mobile is 0176 5550 1234, rang her just now",
      [("call", "Corvid Freight", "Ilse Marten")]),
     ("瑞丰那边打电话来了，问发票的事", [("call", "瑞丰物流有限公司", None)]),
     ("蓝湾环保打电话来了，问进度", [("call", "宁波蓝湾环保科技有限公司", None)]),
     ("emails sent to ilse (corvid freight) and bram (corvid ferries) w the price list",
      [("email", "Corvid Freight", "Ilse Marten"), ("email", "Corvid Ferries", "Bram Okafor")])],
)  # fmt: skip
def test_names_contacts_and_short_names_are_linked_where_they_stand(app, admin, known, text, expected):
    known.send(text)
    assert sorted(activities(app, admin), key=str) == sorted(expected, key=str)


def test_an_open_deal_title_tells_two_look_alikes_apart(app, admin, known) -> None:
    _retitle(app, admin, "Corvid Ferries", "kiosk rollout")
    known.send("corvid kiosk rollout slipping to end of feb")
    deals = {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}
    assert deals["Corvid Ferries"] is not None and deals["Corvid Ferries"].endswith("-02-28")


@pytest.mark.parametrize(
    "text",
    ["visited corvid ferries or corvid freight, can't remember which", "瑞丰还是锐锋来着，打过电话了"],
)
def test_either_of_two_customers_is_asked_about(app, admin, known, text) -> None:
    reply = known.send(text)
    assert activities(app, admin) == [] and reply[0].buttons


@pytest.mark.parametrize(
    "text", ["quick note: long day on the road", "今天跑了三家，累死了", "大丰收了今年真开心😂"]
)
def test_no_junk_customer_is_offered_and_chit_chat_is_not_stored(app, admin, known, text) -> None:
    reply = texts(known.send(text))
    assert "Create" not in reply and "创建" not in reply
    assert activities(app, admin) == []


# --- questions of a period, contact news, restated corrections, a customer's name in a joke (i13-ask) ---
@pytest.fixture
def booked(chat):
    chat.send("/customer add Brightline Textiles, alias=Brightline")
    chat.send("/contact add Brightline: Omar Haddad, title=Buyer")
    chat.send("/contact add Brightline: Kofi Mensah, title=Planner")
    chat.send("/customer add 青松家具有限公司, alias=青松家具")
    chat.send("/contact add 青松家具: 林涛, title=采购")
    chat.send("/deal Brightline looms 30k proposal close 2026-12-09")
    chat.send("/deal 青松家具 展厅项目 20万 CNY proposal close 2027-01-12")
    chat.send("/remind Brightline send swatches Nov 26 10am")
    chat.send("/remind 青松家具 回访林涛 Dec 2 3pm")
    return chat


@pytest.mark.parametrize(
    ("text", "shown", "not_shown"),
    [("which deals are closing in december?", "looms", "展厅项目"),
     ("1月份要签的单子有哪些", "展厅项目", "looms"),
     ("anything due this week?", "swatches", "回访"),
     ("给我看下下周要跟进的", "回访", "swatches"),
     ("青松家具的提醒是哪天", "Dec 2", "swatches"),
     ("when's my next follow-up with brightline?", "swatches", "回访"),
     ("how's the brightline deal looking", "looms", "展厅项目"),
     ("青松家具那边进展如何", "展厅项目", "looms"),
     ("上次见青松家具是什么时候", "林涛", "looms"),
     ("remind me what I have on thursday", "swatches", "回访")],
)  # fmt: skip
def test_questions_are_answered_for_their_period_or_customer(app, admin, booked, text, shown, not_shown):
    before = exported(app, admin)
    answer = texts(booked.send(text))
    assert exported(app, admin) == before
    assert shown in answer and not_shown not in answer


def test_a_question_mark_after_chinese_question_words_is_never_stored(app, admin, booked) -> None:
    before = exported(app, admin)
    for text in ("下个月有几单要成交？", "明天有啥安排", "青松家具的合同签了没", "brightline status?"):
        booked.send(text)
    assert exported(app, admin) == before


def _contacts(app, admin) -> dict[str, dict]:
    customers = exported(app, admin)["customers"]
    return {p["name"]: {**p, "customer": c["name"]} for c in customers for p in c["contacts"]}


def test_someone_retires_and_a_replacement_with_a_title_is_stored(app, admin, booked) -> None:
    booked.send("Kofi Mensah (brightline) has retired, his replacement is Lena Ortiz, head buyer")
    people = _contacts(app, admin)
    assert people["Kofi Mensah"]["left_at"] and people["Lena Ortiz"]["title"] == "head buyer"
    assert people["Lena Ortiz"]["customer"] == "Brightline Textiles"
    booked.send("青松家具林涛离职了，接替他的是高远，采购经理")
    people = _contacts(app, admin)
    assert people["林涛"]["left_at"] and people["高远"]["title"] == "采购经理"


def test_the_new_contact_named_after_someone_left_is_a_person_not_a_title(app, admin, booked) -> None:
    booked.send(
        "kofi mensah left brightline, new contact is tariq bello head of sourcing tariq@brightline.example"
    )
    people = _contacts(app, admin)
    assert people["Kofi Mensah"]["left_at"]
    assert people["Tariq Bello"]["title"] == "head of sourcing"
    assert people["Tariq Bello"]["email"] == "tariq@brightline.example"
    assert people["Tariq Bello"]["customer"] == "Brightline Textiles"


def test_a_bare_name_shows_the_card_but_a_fact_with_a_number_is_a_note(app, admin, booked) -> None:
    before = exported(app, admin)
    assert "Brightline Textiles" in texts(booked.send("brightline"))
    assert exported(app, admin) == before
    booked.send("invoice #8812 paid by brightline")
    notes = [a for a in exported(app, admin)["activities"] if a["kind"] == "note"]
    assert [n["customer"] for n in notes] == ["Brightline Textiles"] and "8812" in notes[0]["summary"]


def test_leaving_words_that_are_not_about_leaving_the_company(app, admin, booked) -> None:
    booked.send("Omar left a voicemail for brightline pricing")
    assert not _contacts(app, admin)["Omar Haddad"].get("left_at")


def test_a_promotion_at_the_customer_uses_its_name_and_another_company_asks(app, admin, booked) -> None:
    reply = texts(booked.send("Omar Haddad got promoted to Sourcing Director at Brightline"))
    assert "Save" not in reply and _contacts(app, admin)["Omar Haddad"]["title"] == "Sourcing Director"
    replies = booked.send("Kofi Mensah got promoted to Plant Manager at Northwind")  # not his company
    assert _contacts(app, admin)["Kofi Mensah"]["title"] == "Planner"
    assert "Save" in [b.label for r in replies for b in r.buttons]


def test_a_correction_that_restates_the_message_replaces_what_it_stored(app, admin, booked) -> None:
    booked.send("brightline moved to negotiation")
    booked.send("no wait, still proposal, the close date moved to jan 8")
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"] == "Brightline Textiles")
    assert (deal["stage"], deal["expected_close"]) == ("proposal", "2027-01-08")


def test_more_news_after_a_correction_word_is_not_a_correction(app, admin, booked) -> None:
    booked.send("brightline moved to negotiation")
    booked.send("no wait, they also want samples tomorrow")
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"] == "Brightline Textiles")
    assert deal["stage"] == "negotiation"


def test_a_customer_name_inside_a_joke_is_not_filed_as_a_note(app, admin, chat) -> None:
    chat.send("/customer add 好日子餐饮有限公司, alias=好日子")
    before = len(exported(app, admin)["activities"])
    replies = chat.send("好日子又来了哈哈哈😂")
    assert len(exported(app, admin)["activities"]) == before
    assert "Save" in [b.label for r in replies for b in r.buttons]  # shown first, not guessed
    chat.send("好日子 王经理说明年要开三家分店")  # a person, no kind of contact: the card asks first
    chat.press("Save")
    assert len(exported(app, admin)["activities"]) == before + 1


@pytest.mark.parametrize(
    ("text", "day"),
    [("kickoff thursday the 19th", "2026-03-19"), ("thu, mar 26", "2026-03-26"),
     ("周四(3月26号)", "2026-03-26"),
     ("下个月中旬", "2026-04-15"), ("前两天发了报价", "2026-03-10"), ("the other day", "2026-03-10")],
)  # fmt: skip
def test_a_weekday_with_its_date_and_days_said_loosely(text, day) -> None:
    when = find_when(text, now=THURSDAY, tz=BERLIN)
    assert when is not None and when.at.strftime("%Y-%m-%d") == day


@pytest.mark.parametrize(
    ("text", "due"),
    [("Acme wants us to ship two days before the launch on the 20th", "2026-03-18"),
     ("Ines from acme is off sick til april, circle back then", "2026-04-01"),
     ("华为周总月底出差回来 到时候再约", "2026-03-31"), ("华为刘总说下个月中旬来工厂参观", "2026-04-15")],
)  # fmt: skip
def test_a_date_relative_to_another_said_around_it(text, due) -> None:
    reading = reading_of(text)
    assert steps_of(reading) == [due] and reading.kind is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("quick teams call w acme at 4, went well", "call"), ("上周五和华为刘总吃了饭", "meeting")],
)  # fmt: skip
def test_a_time_today_with_how_it_went_happened(text, kind) -> None:
    reading = reading_of(text, THURSDAY)
    assert reading.kind == kind and reading.occurred is not None and reading.steps == []


def test_a_new_person_sharing_a_contacts_family_name_is_a_new_contact(app, admin, known) -> None:
    known.send("new contact at corvid ferries: Ada Okafor, dispatcher")
    customers = exported(app, admin)["customers"]
    people = {(c["name"], c.get("title")) for k in customers for c in k["contacts"] if "Okafor" in c["name"]}
    assert ("Ada Okafor", "dispatcher") in people and ("Bram Okafor", None) in people


def test_a_new_contact_with_a_known_surname_is_someone_new(app, admin, booked) -> None:
    booked.send("new contact at brightline: Sara Haddad, quality lead, sara@brightline.example")
    people = _contacts(app, admin)
    assert people["Omar Haddad"]["title"] == "Buyer" and people["Sara Haddad"]["title"] == "quality lead"
    booked.send("new contact at brightline: ines duarte, planner")  # typed in lower case
    assert _contacts(app, admin)["Ines Duarte"]["title"] == "planner"


def test_news_about_a_person_named_before_at_the_customer(app, admin, booked) -> None:
    booked.send("Kofi at brightline has retired, new head planner is Ada Nwosu")
    people = _contacts(app, admin)
    assert people["Kofi Mensah"]["left_at"] and people["Ada Nwosu"]["title"] == "head planner"
    booked.send("omar haddad new cell 0161 496 0777")  # the customer is found by the person's name
    assert _contacts(app, admin)["Omar Haddad"]["phone"] == "0161 496 0777"


def test_chinese_contact_news_in_any_order(app, admin, booked) -> None:
    booked.send("青松家具 林涛 promoted to COO 了")
    assert _contacts(app, admin)["林涛"]["title"] == "COO"
    booked.send("青松家具林涛离职了，接替的是总监何静")
    people = _contacts(app, admin)
    assert people["林涛"]["left_at"] and people["何静"]["title"] == "总监"


def test_a_corrected_amount_keeps_the_currency_it_replaces(app, admin, booked) -> None:
    booked.send("new deal at brightline £6k for dye vats")
    booked.send("oops 16k not 6k")
    deals = exported(app, admin)["deals"]
    assert {(Decimal(str(d["amount"])), d["currency"]) for d in deals if "dye" in d["title"]} == {
        (Decimal(16000), "GBP")
    }


@pytest.mark.parametrize(
    ("first", "fix", "wrong", "right"),
    [("new contact at brightline: Pia Lund, buyer", "spelling: Pia Lundqvist", "Pia Lund", "Pia Lundqvist"),
     ("new contact at brightline: bo kern, driver", "spelling: Bo Kerner", "Bo Kern", "Bo Kerner"),
     ("添加联系人 青松家具 贺伟 采购经理", "名字打错了 是何伟", "贺伟", "何伟")],
)  # fmt: skip
def test_a_name_correction_renames_the_person_just_added(app, admin, booked, first, fix, wrong, right):
    booked.send(first)
    booked.send(fix)
    names = set(_contacts(app, admin))
    assert right in names and wrong not in names


def test_a_date_alone_after_a_log_says_when_it_happened(app, admin, booked) -> None:
    booked.send("和青松家具林涛吃饭")
    booked.send("是前天的事")
    activities = exported(app, admin)["activities"]
    assert len(activities) == 1 and activities[0]["occurred_at"].startswith("2026-11-21")


@pytest.mark.parametrize(
    "text",
    ["brightline or brightwater, whichever emailed, wants samples",
     "omar at brightline... or was it kofi... wants a call back friday",
     "青松家具 签了 20万 人民币还是港币来着"],
)  # fmt: skip
def test_a_writer_who_is_not_sure_is_asked(app, admin, booked, text) -> None:
    before = exported(app, admin)
    reply = texts(booked.send(text))
    assert exported(app, admin) == before and "?" in reply


# --- Questions by naming, the day in bulk, late-day times (issue 13, i14-ask) ------------------------


@pytest.fixture
def orchard(chat):
    chat.send("/customer add Orchard Robotics, alias=Orchard")
    chat.send("/contact add Orchard: Nell Avery, title=COO")
    chat.send("/customer add 远航船舶有限公司, alias=远航")
    chat.send("/deal Orchard picker arms 30k proposal")
    chat.send("/deal 远航 压载水系统 80万 CNY qualified")
    chat.send("/customer add Quarry Labs")
    chat.send("/deal Quarry Labs 12k proposal")
    chat.send("/customer add 远洋渔业有限公司, alias=远洋")
    chat.send("/deal 远洋 冷链 20万 CNY proposal")
    return chat


@pytest.mark.parametrize(
    ("text", "shown"),
    [("orchard deal status", "picker arms"), ("orchard robotics pipeline?", "Nell Avery"),
     ("status on the picker arms deal", "Orchard Robotics"), ("远航那单进展", "压载水系统"),
     ("远航的情况", "压载水系统"), ("deals closing this month", ""), ("follow-ups for tomorrow", ""),
     ("下个月要成交的单子", ""), ("本周跟进清单", "")],
)  # fmt: skip
def test_a_question_typed_as_a_noun_phrase_is_answered(app, admin, orchard, text, shown) -> None:
    before = exported(app, admin)
    reply = texts(orchard.send(text))
    assert exported(app, admin) == before
    assert shown in reply and "didn't catch" not in reply and "没太明白" not in reply


def test_a_status_with_a_value_is_still_an_update(app, admin, orchard) -> None:
    orchard.send("orchard deal status: negotiation")
    assert [d["stage"] for d in exported(app, admin)["deals"] if d["customer"] == "Orchard Robotics"] == [
        "negotiation"
    ]


@pytest.mark.parametrize(
    ("text", "asks"),
    [("orchard deal status", True), ("globex pipeline?", True), ("reminders for next week", True),
     ("华为那单进展", True), ("下周的安排", True),
     ("orchard good progress", False), ("sent orchard the price list", False), ("华为那边有新进展", False),
     ("跟远航沟通了付款情况", False), ("orchard status: 40k", False)],
)  # fmt: skip
def test_what_makes_a_noun_phrase_a_question(text, asks) -> None:
    from handlers.understanding.intents import asks_by_naming

    assert asks_by_naming(text, reports=text.startswith("sent")) is asks


@pytest.mark.parametrize(
    "text",
    ["long day of demos, heading home", "back to back calls all day, exhausted",
     "visited 5 clients today, beat", "今天跑了三家 累死了", "一天开了四个会，头都大了",
     "明天还要见客户 早点睡了"],
)  # fmt: skip
def test_the_day_told_in_bulk_stores_nothing_and_asks_nothing(app, admin, orchard, text) -> None:
    before = exported(app, admin)
    reply = texts(orchard.send(text))
    assert exported(app, admin) == before
    assert "Which customer" not in reply and "哪个客户" not in reply


LATE = datetime(2026, 12, 3, 16, 45, tzinfo=UTC)  # a Thursday, late afternoon in London
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("text", "local", "rest"),
    [("tonite call nell re pricing", "2026-12-03 19:00", "call nell re pricing"),
     ("loop in finance b4 fri", "2026-12-04 09:00", "loop in finance"),
     ("ring orchard first thing tomorrow", "2026-12-04 09:00", "ring orchard"),
     ("明天一早给远航打电话", "2026-12-04 09:00", "给远航打电话"),
     ("remind me at 10am to call nell", "2026-12-04 10:00", "remind me to call nell")],
)  # fmt: skip
def test_late_in_the_day_times(text, local, rest) -> None:
    when = find_when(text, now=LATE, tz=LONDON)
    assert when is not None and when.at.strftime("%Y-%m-%d %H:%M") == local
    assert when.strip_from(text) == rest


def test_tonight_with_an_order_is_a_reminder_not_a_call_made(app, admin, orchard) -> None:
    orchard.send("orchard: tonite call nell re pricing")
    data = exported(app, admin)
    assert data["activities"] == [] and len(data["reminders"]) == 1


def test_the_last_message_taken_back_whole_is_undone(app, admin, orchard) -> None:
    orchard.send("orchard moved to negotiation")
    orchard.send("wait no, it's still proposal, scratch that")
    orchard.send("远洋 丢单")
    orchard.send("等等 搞错了 远洋还在跟 别动")
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages["Orchard Robotics"] == "proposal" and stages["远洋渔业有限公司"] == "proposal"


@pytest.mark.parametrize(
    ("first", "fix", "customer", "amount", "stage"),
    [("quarry labs amount 14k", "argh I mean orchard robotics, not quarry labs. 45k", "Orchard Robotics",
      45000, "proposal"),
     ("远航 新商机 冷库 5万", "金额写错了 应该是 5万6", "远航船舶有限公司", 56000, "lead"),
     ("远航 赢了", "搞错了 是远洋赢了 不是远航", "远洋渔业有限公司", 200000, "won")],
)  # fmt: skip
def test_corrections_in_more_phrasings(app, admin, orchard, first, fix, customer, amount, stage) -> None:
    def deals() -> dict[tuple[str, str], tuple[Decimal, str]]:
        data = exported(app, admin)["deals"]
        return {(d["customer"], d["title"]): (Decimal(str(d["amount"])), d["stage"]) for d in data}

    before = deals()
    orchard.send(first)
    orchard.send(fix)
    after = deals()
    changed = {key for key, deal in after.items() if before.get(key) != deal}
    assert {key[0] for key in changed} == {customer}
    assert after[changed.pop()] == (Decimal(amount), stage)


@pytest.mark.parametrize(
    ("text", "local", "rest"),
    [("ping nell tomorrow afternoon 3", "2026-12-04 15:00", "ping nell"),
     ("this evening 6:30 call back nell", "2026-12-03 18:30", "call back nell"),
     ("nell wants a call at 5:30 today", "2026-12-03 17:30", "nell wants a call"),
     ("call nell 07:30 tomorrow", "2026-12-04 07:30", "call nell")],
)  # fmt: skip
def test_an_hour_said_with_its_part_of_the_day(text, local, rest) -> None:
    when = find_when(text, now=LATE, tz=LONDON)
    assert when is not None and when.at.strftime("%Y-%m-%d %H:%M") == local
    assert when.strip_from(text) == rest


def test_a_new_contact_in_traditional_characters(app, admin, orchard) -> None:
    orchard.send("遠航 新聯絡人 郭子豪 採購經理")
    assert contacts_of(app, admin, "远航船舶有限公司")["郭子豪"]["title"] == "採購經理"  # as typed


def test_a_question_about_the_currency_names_it(orchard) -> None:
    assert "CNY" in texts(orchard.send("远航是什么币种"))


@pytest.mark.parametrize(
    ("text", "due"),
    [("this afternoon send nell the revised quote", "2026-12-03 17:00"),
     ("今天下午给远航发报价", "2026-12-03 17:00"), ("this evening 6:30 call back nell", "2026-12-03 18:30")],
)  # fmt: skip
def test_a_part_of_today_under_way_is_later_today(text, due) -> None:
    reading = reading_of(text, LATE, LONDON)
    assert [s.due.strftime("%Y-%m-%d %H:%M") for s in reading.steps] == [due]
    assert reading.occurred is None and reading.explicit_name is None


THURSDAY_LATE = datetime(2026, 12, 10, 16, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "now", "choices"),
    [("call nell next friday", THURSDAY_LATE, ("next friday", (date(2026, 12, 11), date(2026, 12, 18)))),
     ("call nell next monday", datetime(2026, 12, 12, 10, 0, tzinfo=UTC), None),  # a Saturday: one reading
     ("call nell next tue", datetime(2026, 12, 13, 20, 0, tzinfo=UTC), None),  # a Sunday: next week's
     ("call nell next tuesday", THURSDAY_LATE, None),
     ("call nell next tue", NOW, ("next tue", (date(2026, 11, 24), date(2026, 12, 1))))],  # a Monday
)  # fmt: skip
def test_next_weekday_still_ahead_this_week_has_both_days_to_ask_about(text, now, choices) -> None:
    reading = reading_of(text, now, LONDON)
    assert reading.day_choices == ([choices] if choices else []) and reading.date_doubts == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [("rang nell, chatted about the Q1 plans", "call"), ("远航王总打电话来问年底活动", "call"),
     ("和远航王总视频了一下", "meeting")],
)  # fmt: skip
def test_a_period_named_as_a_topic_is_not_a_date(text, kind) -> None:
    reading = reading_of(text, LATE, LONDON)
    assert reading.kind == kind and reading.steps == [] and reading.close is None


def test_a_describing_signed_is_not_a_win_and_last_month_is_not_monday() -> None:
    reading = reading_of("chase orchard for the signed PO by end of week", LATE, LONDON)
    assert reading.outcome is None and [s.due.strftime("%a") for s in reading.steps] == ["Fri"]
    assert find_when("met them last month", now=LATE, tz=LONDON).at.strftime("%Y-%m-%d") == "2026-11-03"
    reading = reading_of("met nell at orchard, they installed 600 panels last month", LATE, LONDON)
    assert reading.occurred is None and reading.kind == "meeting"


# --- linking when no known form matches, a look-alike beside an exact name, how sure a link is (i14-link)
@pytest.fixture
def lettered(chat):
    chat.send("/customer add Quorndale Brewing Supplies")
    chat.send("/customer add 长沙麓谷光电科技有限公司")
    chat.send("/customer add Marlow Upholstery")
    chat.send("/customer add Harlow Upholstery")
    chat.send("2")  # a look-alike of Marlow: create it anyway
    chat.send("/customer add Pennick Glassworks")
    return chat


@pytest.mark.parametrize(
    ("text", "customer"),
    [("qbs wants a callback tomorrow", "Quorndale Brewing Supplies"),
     ("lggd 那边下周三见面", "长沙麓谷光电科技有限公司"),
     ("met with qorndle brwing today, they want samples", "Quorndale Brewing Supplies")],
)  # fmt: skip
def test_initials_and_heavy_typos_are_asked_about_never_stored(app, admin, lettered, text, customer) -> None:
    before = exported(app, admin)
    replies = lettered.send(text)
    assert exported(app, admin) == before
    labels = [b.label for r in replies for b in r.buttons]
    assert customer in labels and not any("“" in label for label in labels[:-1])  # no junk "New customer"
    lettered.send(str(labels.index(customer) + 1))
    after = exported(app, admin)
    changed = after["activities"] + after["reminders"]
    assert changed and {c["customer"] for c in changed} == {customer}


def test_an_exact_name_is_not_doubted_for_a_look_alike_one_letter_off(app, admin, lettered) -> None:
    lettered.send("/deal Pennick Glassworks 9k")
    lettered.send("/deal Harlow Upholstery 4k")
    lettered.send("signed pennick glassworks, lost harlow upholstery on delivery times")
    deals = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert deals == {"Pennick Glassworks": "won", "Harlow Upholstery": "lost"}


def test_how_sure_a_link_is_shows_on_what_was_found(app, admin, lettered) -> None:
    from handlers.understanding.customer_link import Certainty, Found

    seen: list[Found] = []
    import handlers.understanding.handler as handler

    original = handler._store

    def spy(ctx, reading, found, original_text=None):  # type: ignore[no-untyped-def]
        seen.append(found)
        return original(ctx, reading, found, original_text)

    handler._store = spy
    try:
        lettered.send("called marlow upholstery about the sofa order")
        lettered.send("called pennik glassworks about the panes")
    finally:
        handler._store = original
    assert [f.certainty for f in seen] == [Certainty.EXACT, Certainty.TYPO]
    assert not any(f.weak for f in seen)


@pytest.fixture
def everyday(chat):
    chat.send("/customer add Blue Sky Outfitters, alias=Blue Sky")
    chat.send("/customer add Good Day Ltd")
    chat.send("/contact add Good Day Ltd: Wren Abbott")
    return chat


@pytest.mark.parametrize(
    "text", ["blue sky all weekend, what a week that was", "good day all round, off home now"]
)
def test_a_name_of_everyday_words_used_as_words_links_nothing(app, admin, everyday, text) -> None:
    before = exported(app, admin)
    everyday.send(text)
    assert exported(app, admin) == before


def test_a_name_of_everyday_words_with_work_around_it_is_asked_about(app, admin, everyday) -> None:
    before = exported(app, admin)
    replies = everyday.send("had a good day at the expo, lots of interest in the pilot")
    assert exported(app, admin) == before
    assert "Good Day Ltd" in [b.label for r in replies for b in r.buttons]


@pytest.mark.parametrize(
    ("text", "customer"),
    [("visited blue sky today, they want samples", "Blue Sky Outfitters"),
     ("blue sky wants samples of the new range", "Blue Sky Outfitters"),
     ("Good Day rang about the invoice", "Good Day Ltd"),
     ("good day: wren abbott called about the invoice", "Good Day Ltd")],
)  # fmt: skip
def test_a_name_of_everyday_words_where_a_name_stands_links(app, admin, everyday, text, customer) -> None:
    if "I'll store" in texts(
        everyday.send(text)
    ):  # a want alone is shown first (session 46): the link is the point
        everyday.press("Save")
    assert {a[1] for a in activities(app, admin)} == {customer}


def _add(chat, command: str) -> None:
    """Add a customer, also when it looks like one the CRM has (then: create it anyway)."""
    replies = chat.send(command)
    labels = [b.label for r in replies for b in r.buttons]
    if any("anyway" in label for label in labels):
        chat.send(str(next(i for i, label in enumerate(labels, 1) if "anyway" in label)))


@pytest.fixture
def kin(chat):
    _add(chat, "/customer add Kestrel Plumbing & Heating, alias=Kestrel")
    _add(chat, "/customer add Dallas Print Works")
    _add(chat, "/customer add Harbor Mill")
    chat.send("/contact add Harbor Mill: Dallas Moore")
    _add(chat, "/customer add 江门永联集团有限公司, alias=永联")
    _add(chat, "/customer add 江门永联物业服务有限公司, alias=永联物业")
    chat.send("/deal 江门永联集团有限公司 200万 CNY negotiation")
    chat.send("/deal 江门永联物业服务有限公司 30万 CNY proposal")
    return chat


@pytest.mark.parametrize(
    "text",
    ["Kestrel Roofing called about a 5k job", "ring dallas back tomorrow 10am", "永联 赢了"],
)
def test_a_name_that_may_be_another_company_or_a_person_is_asked_about(app, admin, kin, text) -> None:
    before = exported(app, admin)
    replies = kin.send(text)
    assert exported(app, admin) == before
    assert len([b for r in replies for b in r.buttons]) >= 2  # a question: who, or [Cancel]


@pytest.mark.parametrize(
    ("text", "customer"),
    [("Kestrel called about the boiler", "Kestrel Plumbing & Heating"),
     ("rang dallas moore about the mill tour", "Harbor Mill"),
     ("永联集团 打电话来问进度", "江门永联集团有限公司")],
)  # fmt: skip
def test_the_same_names_said_clearly_are_stored(app, admin, kin, text, customer) -> None:
    kin.send(text)
    assert [a[1] for a in activities(app, admin)] == [customer]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("get the signed order form back from kestrel by friday", None),
     ("waiting on their signed copy", None),
     ("kestrel signed the order form", "won"),
     ("kestrel: signed", "won")],
)  # fmt: skip
def test_signed_before_a_noun_is_a_paper_not_a_win(text, outcome) -> None:
    assert reading_of(text).outcome == outcome


# --- Two customers in one message, session 14 (i14-fix) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [("acme corp and harbor foods both phoned in asking about the january promo", "call"),
     ("小米和Blue Harbor都打电话来问下个月的展会", "call"),
     ("kessler medical and blue harbor emailed asking about next week's webinar", "email")],
)  # fmt: skip
def test_what_both_asked_about_is_not_a_plan_of_ours(app, admin, confusable, text, kind) -> None:
    confusable.send(text)
    data = exported(app, admin)
    assert data["reminders"] == []
    assert [a["kind"] for a in data["activities"]] == [kind, kind]


def test_an_introduction_is_context_the_call_is_the_act(app, admin, confusable) -> None:
    confusable.send("小米的李娜介绍了kessler logistics的mia hoffmann给我 今天和mia视频了一下")
    confusable.press("Save")  # 李娜's part names no kind of contact: a note with a person is shown first
    kinds = {(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]}
    assert ("Kessler Logistics", "meeting") in kinds
    assert ("北京小米科技有限责任公司", "meeting") not in kinds


# --- Corrections, session 14 (i14-fix): withdrawals, two values, the winner, a labelled amount ---------


@pytest.mark.parametrize(
    ("first", "fix"),
    [("acme corp now at negotiation", "hmm no, still proposal. ignore that"),
     ("小米 金额改成9万", "等等 刚才那条作废"),
     ("called bob at acme industrial", "disregard my last message")],
)  # fmt: skip
def test_a_message_taken_back_leaves_the_crm_as_before(app, admin, confusable, first, fix) -> None:
    confusable.send("/deal Acme Corp pumps 12k proposal")
    confusable.send("/deal 小米 手环 8万 CNY proposal")
    before = (activities(app, admin), records(app, admin)[2])
    confusable.send(first)
    assert "Undone" in texts(confusable.send(fix))
    assert (activities(app, admin), records(app, admin)[2]) == before


def test_words_that_only_use_a_withdrawal_word_are_not_a_withdrawal(app, admin, confusable) -> None:
    confusable.send("called acme corp")
    assert "Undone" not in texts(confusable.send("小米的旧合同作废了，下周重签"))
    assert ("call", "Acme Corp", None) in activities(app, admin)


def test_a_correction_of_the_customer_and_the_amount_moves_both(app, admin, confusable) -> None:
    confusable.send("/deal Kessler Medical scanners 30k proposal")
    confusable.send("/deal Kessler Logistics forklifts 50k proposal")
    confusable.send("kessler medical amount 35k")
    confusable.send("argh I meant kessler logistics, not medical. 55k")
    amounts = {d[0]: d[1] for d in records(app, admin)[2]}
    assert amounts == {"Kessler Medical": 30000, "Kessler Logistics": 55000}


@pytest.mark.parametrize(
    ("first", "fix", "won", "open_"),
    [("小米 签了", "弄错了 是华为签了 不是小米", "深圳市华为技术有限公司", "北京小米科技有限责任公司"),
     ("acme corp won", "sorry, acme industrial won, not acme corp", "Acme Industrial Supply", "Acme Corp")],
)  # fmt: skip
def test_a_correction_of_who_won_moves_the_win(app, admin, confusable, first, fix, won, open_) -> None:
    for name in ("北京小米科技有限责任公司", "深圳市华为技术有限公司", "Acme Corp", "Acme Industrial Supply"):
        confusable.send(f"/deal {name} 年度 9万 CNY negotiation")
    confusable.send(first)
    confusable.send(fix)
    stages = {d[0]: d[3] for d in records(app, admin)[2]}
    assert stages[won] == "won" and stages[open_] == "negotiation"


@pytest.mark.parametrize(
    ("first", "fix", "amount"),
    [("小米 新商机 手表 3万", "金额打错了 应该是 3万5", 35000),
     ("new deal at acme corp 4k for filters", "sorry, should be 4.8k", 4800)],
)  # fmt: skip
def test_a_correction_naming_the_amount_fixes_the_deal(app, admin, confusable, first, fix, amount) -> None:
    confusable.send(first)
    confusable.send(fix)
    assert [d[1] for d in records(app, admin)[2]] == [amount]
