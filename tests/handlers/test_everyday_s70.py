"""Session 70: the blind sets S16 (dev half, leftovers) and S17 (a new world, dev half) (issue 13).

- S16 dev: "she wants pricing in USD only" asked "How much is …?" for a deal kept in US dollars: a wished
  currency with no figure in the message is weighed against the deal's own currency (the gate's
  `currency_unread`), not asked on its words alone.
- S16 dev: "昨儿去营口鲅鱼圈港务了，宫总请吃的饭" still asked about 昨儿: the place's prefix left over
  ("营口", the alias is 鲅鱼圈港务) made the going there look like something else.
- S16 dev: "will clarify with QC and revert" asked about QC, "for Rs 28,50,000/-" about Rs, "vendor code
  700214 shared" about 700214, "set reminder - Chai Katte, Tanvi, 1500 hrs …" about Tanvi: a department, the
  rupee's letters, a code they gave us and the customer's own contact are no part left out.
- S16 dev: "Please find attached PO No. … for Rs 28,50,000/-" updated the deal's amount and close: their PO
  sent with its covering line is a win (S17: "pls find attached our signed PO").
- S17 dev: "they're haggling over the milestones" is the negotiation; "合同在他们法务那儿过呢" showed the
  customer's card (the closing 呢 of a thing going on was read as a question); "9月30号去云舵签合同" logged a
  visit today (the going is planned); "just came out from Ironleaf" logged none; "she say will confirm plus
  chop the order tmr" set a reminder instead of the close; "keener than last time" logged a call at Keener
  Labs; "eh ignore that lah, wrong person" kept the reminder; "push my Gordon call tmrw (maple ridgeway crane
  PO) to 11 am" logged a call and changed the deal instead of moving the reminder.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported
from tests.support.worlds import user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

KOLKATA = ZoneInfo("Asia/Kolkata")
SINGAPORE = ZoneInfo("Asia/Singapore")
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def bengaluru(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Aparajita", "Asia/Kolkata", datetime(2037, 4, 29, 11, 15),
        "/customer add Koramangala Bytewise Analytics Pvt Ltd, aliases=Bytewise",
        "/contact add Koramangala Bytewise Analytics Pvt Ltd: Ishita Raghunathan, title=Head of Data",
        "/deal Bytewise 85000 USD proposal close 30 Jun 2037",
        "/customer add Infra Kaveri Buildcon Pvt Ltd, aliases=Infra Kaveri",
        "/contact add Infra Kaveri Buildcon Pvt Ltd: Suresh Byrappa, title=Site Engineer",
        "/customer add Kolar Suvarna Minerals Pvt Ltd, aliases=Suvarna Minerals",
        "/contact add Kolar Suvarna Minerals Pvt Ltd: Venugopal Reddy, title=Purchase Head",
        "/customer add Indiranagar Chai Katte Cafes LLP, aliases=Chai Katte",
        "/contact add Indiranagar Chai Katte Cafes LLP: Tanvi Acharya, title=Founder",
        "/customer add Rajajinagar Vidyut Switchgear Pvt Ltd, aliases=Vidyut Switchgear",
        "/contact add Rajajinagar Vidyut Switchgear Pvt Ltd: Gayathri Nagendra, title=Purchase Manager",
        "/deal Vidyut Switchgear 2850000 INR negotiation close 15 May 2037",
        "/customer add Peenya Hydroflux & Valves Pvt Ltd, aliases=Peenya Hydroflux",
        "/contact add Peenya Hydroflux & Valves Pvt Ltd: Neelam Sharma, title=Director",
        "/deal Peenya Hydroflux & Valves Pvt Ltd 3200000 INR negotiation close 15 May 2037")  # fmt: skip


def test_a_wished_currency_the_deal_is_kept_in_asks_nothing(app, admin, bengaluru) -> None:  # type: ignore[no-untyped-def]
    said = "Teams call with Ishita (Bytewise) - went thru the dashboard demo, she wants pricing in USD only. Closing can be taken as 15/6"  # noqa: E501
    reply = texts(bengaluru.send(said))
    data = exported(app, admin)
    assert [a["kind"] for a in data["activities"]] == ["call"], reply
    assert next((d["currency"], d["expected_close"]) for d in data["deals"]) == ("USD", "2037-06-15"), reply


@pytest.mark.parametrize(
    ("text", "customer"),
    [("Visited Infra Kaveri site at Hebbal this morning, met Suresh regarding RMC supply. He is having one doubt on "  # noqa: E501
      "the slump test clause, will clarify with QC and revert", "Infra Kaveri Buildcon Pvt Ltd"),
     ("Suvarna Minerals - Venugopal sir asked to register us as vendor, GSTIN 29AABCS1234F1Z5 and vendor code "  # noqa: E501
      "700214 shared. call done", "Kolar Suvarna Minerals Pvt Ltd")],
)  # fmt: skip
def test_a_department_or_a_vendor_code_is_no_part_left_out(app, admin, bengaluru, text, customer) -> None:  # type: ignore[no-untyped-def]
    reply = texts(bengaluru.send(text))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == [customer], reply
    assert "Not used" not in reply, reply


def test_the_customers_contact_in_a_reminder_is_whom_it_is_about(app, admin, bengaluru) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        bengaluru.send("Kindly set reminder - Chai Katte, Tanvi, 1500 hrs on 7/5 for the outlet list")
    )
    assert due_times(app, admin, KOLKATA) == ["2037-05-07 15:00"], reply


def test_their_po_attached_with_its_covering_line_is_a_win(app, admin, bengaluru) -> None:  # type: ignore[no-untyped-def]
    said = ("fwd from Gayathri >> Please find attached PO No. VS/PO/2037/118 dtd 29.04.2037 for Rs 28,50,000/- "  # noqa: E501
            "towards switchgear panels. Kindly acknowledge.")  # fmt: skip
    reply = texts(bengaluru.send(said))
    [deal] = [d for d in exported(app, admin)["deals"] if d["customer"].startswith("Rajajinagar")]
    assert (deal["stage"], str(deal["amount"]), deal["currency"]) == ("won", "2850000", "INR"), reply
    assert "Not used" not in reply, reply


@pytest.fixture
def singapore(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Shirlynn", "Asia/Singapore", datetime(2037, 9, 22, 16, 40),
        "/customer add Jurong Ironleaf Fabrication Pte Ltd, aliases=Ironleaf",
        "/contact add Jurong Ironleaf Fabrication Pte Ltd: Priya Subramaniam, title=Buyer",
        "/deal Ironleaf 360000 SGD negotiation close 22 Sep 2037",
        "/customer add Clementi Mooncake House Pte Ltd, aliases=Mooncake House",
        "/contact add Clementi Mooncake House Pte Ltd: Lee Siew Ling, title=Owner",
        "/deal Mooncake House 48000 SGD negotiation close 24 Sep 2037",
        "/customer add Tuas Steelbridge Engineering Pte Ltd, aliases=Steelbridge",
        "/contact add Tuas Steelbridge Engineering Pte Ltd: Harpreet Singh, title=PM")  # fmt: skip


def test_came_out_from_a_customer_is_a_visit(app, admin, singapore) -> None:  # type: ignore[no-untyped-def]
    said = "just came out from Ironleaf. Priya say the boss ok already but PO only come end of the month lor"
    reply = texts(singapore.send(said))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("visit", "Priya Subramaniam")], reply
    assert [d["expected_close"] for d in data["deals"] if d["customer"].startswith("Jurong")] == [
        "2037-09-30"
    ], reply


def test_confirm_plus_chop_tomorrow_is_the_close(app, admin, singapore) -> None:  # type: ignore[no-untyped-def]
    said = "drop by Mooncake House pass Siew Ling the samples. she say will confirm plus chop the order tmr"
    reply = texts(singapore.send(said))
    data = exported(app, admin)
    assert data["reminders"] == [], reply
    assert [d["expected_close"] for d in data["deals"] if d["customer"].startswith("Clementi")] == [
        "2037-09-23"
    ], reply


def test_ignore_that_lah_takes_the_reminder_back(app, admin, singapore) -> None:  # type: ignore[no-untyped-def]
    singapore.send("remind me call Harpreet thurs 3pm")
    assert len(exported(app, admin)["reminders"]) == 1
    reply = texts(singapore.send("eh ignore that lah, wrong person"))
    assert [r for r in exported(app, admin)["reminders"] if r["status"] == "pending"] == [], reply


@pytest.fixture
def toronto(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Dawson", "America/Toronto", datetime(2037, 9, 22, 16, 40),
        "/customer add Shoreditch Bytecraft Games Ltd, aliases=Bytecraft",
        "/contact add Shoreditch Bytecraft Games Ltd: Kwabena Asante, title=Producer",
        "/deal Bytecraft 120000 CAD proposal close 30 Oct 2037",
        "/customer add Cleveland Cuyahoga Coatings Inc., aliases=Cuyahoga Coatings",
        "/contact add Cleveland Cuyahoga Coatings Inc.: Wendell Szczepanski, title=Purchasing Manager",
        "/customer add Waterloo Keener Labs Inc., aliases=Keener Labs",
        "/customer add Maple Ridgeway Construction Inc., aliases=Maple Ridgeway",
        "/contact add Maple Ridgeway Construction Inc.: Gordon MacTavish, title=Site Lead",
        "/deal Maple Ridgeway tower crane rental 620000 CAD negotiation close 30 Sep 2037",
        "/remind Maple Ridgeway call Gordon about the crane rental PO 23 Sep 9am")  # fmt: skip


def test_haggling_is_the_negotiation(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        toronto.send(
            "emailed Kwabena at bytecraft the revised SOW, $115k now, they're haggling over the milestones"
        )
    )
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"].startswith("Shoreditch"))
    assert (deal["stage"], str(deal["amount"])) == ("negotiation", "115000"), reply


def test_a_word_that_compares_names_no_customer(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    said = "Wendell from Cuyahoga Coatings called, repeat order on the primer line, US$38K. keener than last time lol"  # noqa: E501
    reply = texts(toronto.send(said))
    assert {a["customer"] for a in exported(app, admin)["activities"]} == {
        "Cleveland Cuyahoga Coatings Inc."
    }, reply


def test_an_aside_in_brackets_still_names_the_reminder_moved(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    reply = texts(toronto.send("push my Gordon call tmrw (maple ridgeway crane PO) to 11 am"))
    data = exported(app, admin)
    assert due_times(app, admin, TORONTO) == ["2037-09-23 11:00"], reply
    assert data["activities"] == [] and [
        d["expected_close"] for d in data["deals"] if d["title"] == "tower crane rental"
    ] == ["2037-09-30"], reply


@pytest.fixture
def beijing(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "关慕华", "Asia/Shanghai", datetime(2037, 9, 22, 16, 40),
        "/customer add 北京京瑞达信息技术有限公司, aliases=京瑞达",
        "/contact add 北京京瑞达信息技术有限公司: 赵振华, title=CIO",
        "/deal 京瑞达 160万 CNY negotiation close 30 Sep 2037",
        "/customer add 北京中关村云舵数据有限公司, aliases=云舵",
        "/contact add 北京中关村云舵数据有限公司: 孙沁园, title=总经理",
        "/deal 云舵 95万 CNY negotiation close 15 Oct 2037",
        "/customer add 营口鲅鱼圈港务服务有限公司, aliases=鲅鱼圈港务",
        "/contact add 营口鲅鱼圈港务服务有限公司: 宫长海, title=副总")  # fmt: skip


def test_a_closing_ne_of_a_thing_going_on_asks_nothing(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    reply = texts(beijing.send("今儿下午去京瑞达见了赵总，续约这事儿聊得倍儿顺，合同在他们法务那儿过呢"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["北京京瑞达信息技术有限公司"], (
        reply
    )


def test_going_there_on_a_day_to_come_is_no_visit(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    reply = texts(beijing.send("跟孙总约好了，9月30号去云舵签合同"))
    data = exported(app, admin)
    assert data["activities"] == [], reply
    assert [d["expected_close"] for d in data["deals"] if d["customer"].endswith("云舵数据有限公司")] == [
        "2037-09-30"
    ], reply


def test_the_places_prefix_left_over_is_still_going_there(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    reply = texts(beijing.send("昨儿去营口鲅鱼圈港务了，宫总请吃的饭，说预算批下来了，下一步让咱出方案"))
    [activity] = exported(app, admin)["activities"]
    assert (activity["customer"], activity["occurred_at"][:10]) == (
        "营口鲅鱼圈港务服务有限公司",
        "2037-09-21",
    ), reply


def test_a_department_by_its_letters_is_no_one_to_link(app, admin, bengaluru) -> None:  # type: ignore[no-untyped-def]
    bengaluru.send("/contact add Infra Kaveri Buildcon Pvt Ltd: Lee Park, title=QC manager")
    reply = texts(bengaluru.send("met Suresh at Infra Kaveri, he will clarify with QC and revert"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Infra Kaveri Buildcon Pvt Ltd"], (
        reply
    )
    titles = {p["name"]: p["title"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert titles["Lee Park"] == "QC manager", reply


@pytest.mark.parametrize(
    "text",
    ["popped into Infra Kaveri, Suresh says inv 20931 is paid",
     "teams w Suresh (Infra Kaveri) - they ok w RM 610k, now just fighting over payment terms"],
)  # fmt: skip
def test_an_invoice_number_and_the_ringgit_are_no_part_left_out(app, admin, bengaluru, text) -> None:  # type: ignore[no-untyped-def]
    bengaluru.send("/deal Infra Kaveri 650000 MYR negotiation close 30 Sep 2037")
    reply = texts(bengaluru.send(text))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Infra Kaveri Buildcon Pvt Ltd"], (
        reply
    )
    assert "Not used" not in reply, reply


def test_weds_is_wednesday(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    reply = texts(toronto.send("move the maple ridgeway reminder to weds 30th, same time"))
    assert due_times(app, admin, TORONTO) == ["2037-09-30 09:00"], reply


def test_sichuanese_how_is_it_going_is_a_question(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    reply = texts(beijing.send("京瑞达最近咋个样"))
    data = exported(app, admin)
    assert data["activities"] == [] and "1,600,000" in reply, reply


def test_a_reminder_moved_to_a_holiday_named_by_its_weekday_is_moved(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    beijing.send("/remind 京瑞达 给赵总打电话聊续约 23 Sep 3pm")
    reply = texts(beijing.send("京瑞达那个提醒改到周四上午十点"))  # Thursday 9/24 is 中秋节
    assert due_times(app, admin, ZoneInfo("Asia/Shanghai")) == ["2037-09-24 10:00"], reply


def test_a_signing_on_a_holiday_the_deal_says_already_is_asked(app, admin, beijing) -> None:  # type: ignore[no-untyped-def]
    beijing.send("/deal 云舵 close 1 Oct 2037")
    reply = texts(beijing.send("下周四去云舵签合同"))  # Thursday 10/1 is 国庆节
    data = exported(app, admin)
    assert data["activities"] == [] and ("?" in reply or "？" in reply), reply
