"""Bugs found by trying the product as a new user, each tested by its cause in several wordings.

Dates and times are checked on the parser (fast); what a message stores, through the real chat.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.chatting import saved
from tests.support.exported import exported

pytestmark = pytest.mark.reading

WEDNESDAY = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")


def when_of(text: str, tz: ZoneInfo = SHANGHAI) -> tuple[str, str | None] | None:
    found = find_when(text, now=WEDNESDAY, tz=tz)
    if found is None:
        return None
    return found.at.date().isoformat(), found.at.strftime("%H:%M") if found.has_time else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("下周三十点开会", ("2026-12-02", "10:00")), ("周五十点半去拜访", ("2026-11-27", "10:30")),
     ("星期四十一点给他们打电话", ("2026-11-26", "11:00")), ("礼拜二十点见", ("2026-12-01", "10:00")),
     ("下周一十二点吃饭", ("2026-11-30", "12:00")), ("下周三 三点", ("2026-12-02", "15:00"))],
)  # fmt: skip
def test_a_weekday_then_a_chinese_hour_is_that_day_at_that_hour(text, expected) -> None:
    """The weekday's numeral is not the start of the hour: 周三 + 十点, never a "三十点" that no clock has."""
    assert when_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["一起吃了饭，一点小事", "客户提了两点意见", "他们觉得有一点贵", "价格希望再低一点", "催他们快一点",
     "对方一点都不急", "老板有两点要求", "能不能多给一点折扣"],
)  # fmt: skip
def test_a_little_and_two_points_are_no_clock_times(text) -> None:
    assert when_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("明天一点", ("2026-11-26", "13:00")), ("下午一点来公司", ("2026-11-25", "13:00")),
     ("一点钟开会", ("2026-11-25", "13:00")), ("两点开会", ("2026-11-25", "14:00")),
     ("明天 两点 打电话", ("2026-11-26", "14:00")), ("两点半见", ("2026-11-25", "14:30"))],
)  # fmt: skip
def test_one_and_two_o_clock_said_as_a_time_stay_times(text, expected) -> None:
    assert when_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["emailed them, merry christmas", "Merry Xmas to everyone at the client", "wished Bob a happy new year",
     "happy thanksgiving all", "happy new years from the team", "发了微信 新年快乐", "圣诞快乐！",
     "给他们拜年 春节快乐", "圣诞节快乐", "过年好"],
)  # fmt: skip
def test_a_holiday_named_in_a_greeting_is_no_date(text) -> None:
    assert when_of(text, NEW_YORK) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("call them before christmas", "2026-12-24"), ("春节前签", "2027-02-05"),
     ("圣诞节前发报价", "2026-12-24"), ("新年后再联系", "2027-01-04")],
)  # fmt: skip
def test_a_holiday_used_as_a_date_is_still_read(text, day) -> None:
    assert when_of(text, NEW_YORK)[0] == day  # type: ignore[index]


def reminders_after(app, admin, chat, *lines: str) -> list[str]:
    for line in lines:
        chat.send(line)
    data = exported(app, admin)
    return [r["due_at"] for r in data["reminders"]]


def test_greetings_and_a_little_set_no_reminder(app, admin, chat) -> None:
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("/customer add Acme Corporation, alias=Acme")
    lines = ("emailed acme, merry christmas", "跟华为一起吃了饭，一点小事")
    assert reminders_after(app, admin, chat, *lines) == []


def deal_amounts(app, admin) -> dict[str, str]:
    data = exported(app, admin)
    return {d["customer"]: str(d["amount"]) for d in data["deals"]}


@pytest.mark.parametrize(
    ("first", "fix", "amount"),
    [("Acme 30k", "the amount's wrong, should be 35k", "35000"),
     ("Acme 30k", "amount is wrong - 32k", "32000"), ("Acme 30k", "wrong figure, it's 31k", "31000"),
     ("华为 60万", "金额不对 应该是65万", "650000"),
     ("华为 60万", "金额错了，是62万", "620000"), ("华为 60万", "数字有误，应该是61万", "610000")],
)  # fmt: skip
def test_naming_the_wrong_field_corrects_the_last_deal_write(app, admin, chat, first, fix, amount) -> None:
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("/deal Acme 29k proposal")
    chat.send("/deal 华为 59万 CNY proposal")
    chat.send(first)
    chat.send(fix)
    customer = "Acme Corporation" if first.startswith("Acme") else "华为技术有限公司"
    assert deal_amounts(app, admin)[customer] == amount
    assert len(deal_amounts(app, admin)) == 2  # changed, not added


def activities_of(app, admin) -> list[tuple[str, str]]:
    data = exported(app, admin)
    return [(a["customer"], a["kind"]) for a in data["activities"]]


@pytest.fixture
def two_acmes(chat):
    chat.send("/customer add Acme Corporation")
    chat.send("/customer add Acme Logistics")
    chat.send("/customer add 华为技术有限公司, alias=华为")
    return chat


def test_a_number_after_another_message_shows_the_question_again(app, admin, two_acmes) -> None:
    asked = two_acmes.send("phoned acme, they're happy")
    assert any(b.label == "Acme Logistics" for r in asked for b in r.buttons)
    two_acmes.send("what do I have today")  # something else instead of an answer
    again = two_acmes.send("1")
    assert activities_of(app, admin) == []  # the stale question was not answered
    assert any(b.label == "Acme Logistics" for r in again for b in r.buttons)
    two_acmes.send("1")  # answering the question shown again works
    assert activities_of(app, admin) == [("Acme Corporation", "call")]


@pytest.mark.parametrize("yes", ["yes", "Yep!", "是的", "对"])
def test_yes_answers_did_you_mean_just_asked(app, admin, chat, yes) -> None:
    chat.send("/customer add 华为技术有限公司, alias=华为")
    replies = chat.send("rang hwjs, they asked for a demo")
    assert "华为技术有限公司" in texts(replies) and activities_of(app, admin) == []
    chat.send(yes)
    assert activities_of(app, admin) == [("华为技术有限公司", "call")]


@pytest.mark.parametrize(
    ("between", "later"), [("/today", "yes"), ("Acme Logistics: site visit done", "是的")]
)
def test_a_stale_yes_answers_nothing(app, admin, two_acmes, between, later) -> None:
    two_acmes.send("rang hwjs, they asked for a demo")  # "Did you mean 华为技术有限公司?"
    two_acmes.send(between)
    before = activities_of(app, admin)
    reply = texts(two_acmes.send(later))
    assert activities_of(app, admin) == before
    assert "earlier question" in reply or "之前的问题" in reply


@pytest.mark.parametrize(("answer", "deals"), [("yes", 1), ("Yep!", 1), ("对", 1), ("no", 0)])
def test_yes_or_no_answers_the_preview_card(app, admin, chat, answer, deals) -> None:
    """The card asks "Is that right?" over Save/Change: a typed yes saves it, a no drops it (it was
    shown again, with "Please answer with 1–3")."""
    chat.send("/customer add Stark Industries")
    card = texts(chat.send("stark wants a 2nd phase, about 80k i think"))
    assert "I'll store" in card and exported(app, admin)["deals"] == []
    chat.send(answer)
    assert len(exported(app, admin)["deals"]) == deals


def test_no_drops_the_question(app, admin, chat) -> None:
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("rang hwjs, they asked for a demo")
    chat.send("nope")
    chat.send("yes")
    assert activities_of(app, admin) == []


def stored(app, admin) -> tuple[list[str], list[str]]:
    data = exported(app, admin)
    return [a["kind"] for a in data["activities"]], [r["due_at"][:10] for r in data["reminders"]]


@pytest.mark.parametrize(
    "text",
    ["腾达的赵总说价格太高 可能要黄 周四再去一趟", "腾达赵总觉得方案太贵，周四再去谈一次",
     "tengda: zhao thinks the price is too high, might fall through. visit again thursday"],
)  # fmt: skip
def test_news_said_beside_a_plan_is_logged_with_it(app, admin, chat, text) -> None:
    chat.send("/customer add 深圳腾达电子有限公司, alias=腾达/tengda")
    saved(chat, text)
    assert stored(app, admin) == (["note"], ["2026-11-26"])


def test_a_plan_alone_is_only_a_reminder(app, admin, chat) -> None:
    chat.send("/customer add 深圳腾达电子有限公司, alias=腾达")
    chat.send("腾达 周四再去一趟")
    assert stored(app, admin) == ([], ["2026-11-26"])


@pytest.mark.parametrize(
    "text",
    ["spoke with acme, he wants a quote for 12 licences by thurs",
     "acme - they need the revised deck by thursday", "acme asked for pricing by thurs"],
)  # fmt: skip
def test_what_they_ask_us_to_send_by_a_date_is_our_reminder(app, admin, chat, text) -> None:
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send(text)
    assert stored(app, admin)[1] == ["2026-11-26"]


def deals_of(app, admin) -> dict[str, str]:
    data = exported(app, admin)
    return {d["customer"]: str(d["amount"]) for d in data["deals"]}


@pytest.fixture
def pair(chat):
    chat.send("/customer add Northwind Traders")
    chat.send("/customer add Umbrella Health GmbH")
    chat.send("/customer add Zenvia Partners")
    chat.send("/deal Northwind Traders 40k proposal")
    chat.send("/deal Umbrella Health GmbH 15k qualified")
    return chat


def test_a_doubt_in_the_second_part_is_on_the_one_card(app, admin, pair) -> None:
    before = deals_of(app, admin)
    card = texts(pair.send("northwind traders moved to negotiation, umbrella health around 18 or 22k"))
    assert "Northwind Traders" in card and "Umbrella Health GmbH" in card  # both parts are shown
    assert deals_of(app, admin) == before  # nothing stored before Save
    pair.press("Save")
    assert deals_of(app, admin)["Umbrella Health GmbH"] != before["Umbrella Health GmbH"]


@pytest.mark.parametrize(
    "text", ["rang northwind traders and umbrela", "northwind traders and zenvia both emailed"]
)
def test_a_second_customer_named_unclearly_is_shown_not_dropped(app, admin, pair, text) -> None:
    card = texts(pair.send(text))
    assert activities_of(app, admin) == []
    assert "Umbrella Health GmbH" in card or "Zenvia Partners" in card


def lost_reasons(app, admin) -> dict[str, str | None]:
    data = exported(app, admin)
    return {d["customer"]: d["lost_reason"] for d in data["deals"] if d["stage"] == "lost"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [("northwind: lost it, pity, they went with a competitor", "they went with a competitor"),
     ("northwind traders lost, shame, budget got cut", "budget got cut"),
     ("lost northwind traders - sadly they picked a cheaper vendor", "they picked a cheaper vendor"),
     ("northwind traders lost :( too bad, price", "price"),
     ("北风贸易丢了，可惜，他们选了别家", "他们选了别家"),
     ("北风贸易丢单了 太可惜了 交期太长", "交期太长")],
)  # fmt: skip
def test_a_lost_reason_keeps_no_sigh(app, admin, pair, text, reason) -> None:
    pair.send("/customer set Northwind Traders: aliases=northwind/北风贸易")
    pair.send(text)
    assert lost_reasons(app, admin) == {"Northwind Traders": reason}


@pytest.mark.parametrize(
    "text",
    ["华为张伟说周三十点过来聊合同", "华为张伟周三过来谈一下合同",
     "acme: jane comes by wednesday to go over the contract",
     "call acme wednesday 3pm to discuss the contract"],
)  # fmt: skip
def test_a_talk_about_the_contract_is_no_close_date(app, admin, chat, text) -> None:
    chat.send("/customer add Acme Corporation, alias=Acme")
    chat.send("/customer add 华为技术有限公司, alias=华为")
    chat.send("/deal Acme 20k proposal close 20 Dec")
    chat.send("/deal 华为 50万 CNY proposal close 20 Dec")
    saved(chat, text)
    data = exported(app, admin)
    assert {d["expected_close"] for d in data["deals"]} == {"2026-12-20"}
    assert [r["due_at"][:10] for r in data["reminders"]] == ["2026-11-25"]


def test_a_correction_naming_words_the_last_message_did_not_say_changes_nothing(app, admin, pair) -> None:
    pair.send("northwind traders: site visit, all fine")
    before = activities_of(app, admin)
    reply = texts(pair.send("sorry i meant umbrella health not zenvia partners"))
    assert activities_of(app, admin) == before and "changed nothing" in reply


def test_a_detail_beside_a_plan_is_kept_in_a_note(app, admin, pair) -> None:
    pair.send("northwind traders wants revised pricing by fri, pushing for 10% off")
    kinds, dues = stored(app, admin)
    assert kinds == ["note"] and len(dues) == 1


@pytest.mark.parametrize(
    "text",
    ["northwind said no budget til jan, ping them jan 10", "northwind traders said no decision before q1"],
)
def test_said_no_before_a_noun_is_no_loss(app, admin, pair, text) -> None:
    pair.send(text)
    assert lost_reasons(app, admin) == {}


@pytest.mark.parametrize(
    "text", ["northwind traders said no, too pricey", "northwind traders said no to the offer"]
)
def test_said_no_alone_is_a_loss(app, admin, pair, text) -> None:
    pair.send(text)
    assert list(lost_reasons(app, admin)) == ["Northwind Traders"]


@pytest.mark.parametrize(
    "text",
    ["北风贸易 约了周三上午见面", "约好了北风贸易周三下午三点开会",
     "booked a demo with northwind traders for wednesday 2pm",
     "scheduled a call with northwind traders wednesday 10am"],
)  # fmt: skip
def test_an_arranged_interaction_is_a_reminder_not_a_log(app, admin, pair, text) -> None:
    pair.send("/customer set Northwind Traders: aliases=北风贸易")
    pair.send(text)
    if pair.buttons and pair.buttons[0].label == "Save":  # "约好了…": the gate may show it first
        pair.press("Save")
    assert stored(app, admin) == ([], ["2026-11-25"])


@pytest.mark.parametrize(
    "text", ["北风贸易 报价改成28万 周三前给答复", "北风贸易 价格 28万 周五再谈", "北风贸易 28万 3天后付款"]
)
def test_a_chinese_amount_before_a_spaced_date_is_money(app, admin, chat, text) -> None:
    chat.send("/customer add 北风贸易有限公司, alias=北风贸易")
    chat.send("/deal 北风贸易 25万 CNY proposal")
    chat.send(text)
    if chat.buttons and chat.buttons[0].label == "Save":
        chat.press("Save")
    assert deal_amounts(app, admin)["北风贸易有限公司"] == "280000"


@pytest.mark.parametrize(
    ("text", "due"),
    [("北风贸易 下周四 上午十点半 来公司", "2026-12-03 10:30"),
     ("明天 下午3点 给北风贸易打电话", "2026-11-24 15:00"), ("北风贸易 周五 10:30 来访", "2026-11-27 10:30")],
)  # fmt: skip
def test_a_clock_time_in_its_own_clause_is_on_the_day_said_before(app, admin, chat, text, due) -> None:
    chat.send("/tz UTC")
    chat.send("/customer add 北风贸易有限公司, alias=北风贸易")
    chat.send(text)
    data = exported(app, admin)
    assert [r["due_at"][:16].replace("T", " ") for r in data["reminders"]] == [due]
    assert data["activities"] == []  # the clock said apart is no news


@pytest.mark.parametrize(
    "text",
    ["tomorrow 9am standup then visit northwind traders", "明天上午开会 然后去北风贸易拜访",
     "tmrw 10am team sync, then call northwind traders"],
)  # fmt: skip
def test_an_interaction_after_then_in_a_plan_is_planned_not_logged(app, admin, pair, text) -> None:
    pair.send("/customer set Northwind Traders: aliases=北风贸易")
    pair.send(text)
    kinds, dues = stored(app, admin)
    assert kinds == [] and dues == ["2026-11-24"]


@pytest.mark.parametrize(
    "text",
    [
        "called northwind traders, emailed umbrella health",
        "rang umbrella health then emailed northwind traders",
    ],
)
def test_a_second_customer_read_as_the_person_contacted_is_kept(app, admin, pair, text) -> None:
    pair.send(text)
    assert sorted(c for c, _ in activities_of(app, admin)) == ["Northwind Traders", "Umbrella Health GmbH"]


@pytest.mark.parametrize("day", [27, 29])  # a Friday, a Sunday
def test_the_times_offered_for_a_reminder_are_three_different_days(app, admin, chat, clock, day) -> None:
    clock.now = datetime(2026, 11, day, 10, 0, tzinfo=UTC)
    chat.send("/customer add Northwind Traders")
    replies = chat.send("/remind Northwind Traders send the brochure")
    offered = [b.label for r in replies for b in r.buttons][:3]
    assert len(offered) == 3 and len(set(offered)) == 3


@pytest.mark.parametrize(
    "text",
    ["北风贸易 张伟说预算还没批 月底前不会签 下周再问问",
     "northwind traders: they won't sign before january, follow up jan 5"],
)  # fmt: skip
def test_a_close_said_not_to_happen_is_no_close_date(app, admin, pair, text) -> None:
    pair.send("/customer set Northwind Traders: aliases=北风贸易")
    saved(pair, text)
    data = exported(app, admin)
    assert {d["customer"]: d["expected_close"] for d in data["deals"]}["Northwind Traders"] is None
    assert len(data["reminders"]) == 1


@pytest.mark.parametrize(
    ("text", "customer"),
    [("update: umbrella health - klara confirmed the pilot", "Umbrella Health GmbH"),
     ("跟进记录：北风贸易 电话 沟通了方案", "Northwind Traders"),
     ("fyi: northwind traders is evaluating two vendors", "Northwind Traders"),
     ("记一下：北风贸易的新仓库扩建完成了", "Northwind Traders")],
)  # fmt: skip
def test_a_heading_before_a_colon_is_no_customer_and_no_task(app, admin, pair, text, customer) -> None:
    pair.send("/customer set Northwind Traders: aliases=北风贸易")
    replies = texts(pair.send(text))
    assert "Create" not in replies and "remind" not in replies.lower()
    assert [c for c, _ in activities_of(app, admin)] == [customer]


def test_a_correction_of_a_date_the_last_message_did_not_say_changes_nothing(app, admin, pair) -> None:
    pair.send("northwind traders - demo moved to wed 2pm")
    pair.send("lunch w klara from umbrella health, she moves to the berlin office in jan")
    before = exported_all(app, admin)
    pair.send("actually make that friday not wed")
    assert exported_all(app, admin) == before  # the lunch keeps its words, the demo its day


@pytest.mark.parametrize(
    ("fix", "due"), [("make that fri not wednesday", "2026-11-27"), ("sorry, 4pm not 14:00", "2026-11-25")]
)
def test_a_correction_in_other_words_for_the_same_day_or_time_applies(app, admin, pair, fix, due) -> None:
    pair.send("/tz UTC")
    pair.send("northwind traders call wed 2pm")
    pair.send(fix)
    assert [r["due_at"][:10] for r in exported_all(app, admin)["reminders"]] == [due]


def exported_all(app, admin) -> dict:
    data = exported(app, admin)
    return {key: data[key] for key in ("activities", "reminders", "deals")}


@pytest.mark.parametrize(
    ("text", "day"),
    [("budget frozen til q2", "2027-04-01"), ("on hold until Q1", "2027-01-01"),
     ("revisit after q2", "2027-07-01"), ("decision before q3 2027", "2027-06-30"),
     ("close end of q1", "2027-03-31")],
)  # fmt: skip
def test_until_a_quarter_is_its_start_not_its_end(text, day) -> None:
    assert when_of(text, NEW_YORK)[0] == day  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "day"),
    [("she'll sign next wk", "2026-11-30"), ("in 2 wks", "2026-12-09"), ("met them 2 wks ago", "2026-11-11")],
)
def test_wk_is_a_week(text, day) -> None:
    found = find_when(text, now=WEDNESDAY, tz=SHANGHAI, past="ago" in text)
    assert found is not None and found.at.date().isoformat() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [("follow up after the 20th", "2026-12-21"), ("ping them after dec 14", "2026-12-15"),
     ("20号以后再跟进", "2026-12-21"), ("12月14号之后联系", "2026-12-15"),
     ("call after friday", "2026-11-30"), ("follow up on the 20th", "2026-12-20")],
)  # fmt: skip
def test_after_a_day_is_the_day_after(text, day) -> None:
    assert when_of(text, NEW_YORK)[0] == day  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("bill wants a call tmrw 10", ("2026-11-26", "10:00")),
     ("remind me tmrw 8 to prep the deck", ("2026-11-26", "08:00")),
     ("call jane fri 3, then visit", ("2026-11-27", "15:00")), ("tmrw 10 seats", ("2026-11-26", None))],
)  # fmt: skip
def test_a_bare_hour_right_after_a_day_is_its_time(text, expected) -> None:
    assert when_of(text) == expected
