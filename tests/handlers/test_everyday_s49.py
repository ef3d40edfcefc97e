"""Session 49, everyday wordings from the blind S7 and S8 development halves (issue 13), and money shown
with the symbol of the user's region.

- "ignore that, it stays at 900": a take-back whose figure only says the record stays as it was.
- "move the QAT booking software demo to thurs 8/5 same time": of a customer's two reminders, the one whose
  words are said.
- "done with the Thabo Nkosi call 👍": the call planned for today took place (logged and ticked off).
- "ope just left midwest cold storage": was there (a visit); "deb just left X" is her leaving.
- "wants to restart with a smaller order, R300k" of a customer whose last deal was lost: asked.
- "she's the GM there now" of their General Manager changes nothing.
- "cape fruit signed, R1.2m": "cape" is no spending cap.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored


@pytest.fixture
def joburg(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Wed 2031-04-30 11:30 in Johannesburg."""
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("Africa/Johannesburg")))
    replay(
        chat, clock, "/tz Africa/Johannesburg",
        "/customer add Midrand Data Centres", "/deal Midrand Data Centres 900000 ZAR negotiation",
        "/customer add Cape Fruit Exporters", "/contact add Cape Fruit Exporters: Thabo Nkosi",
        "/deal Cape Fruit Exporters 1200000 ZAR negotiation",
        "/remind Cape Fruit Exporters call Thabo Nkosi about the contract 30 Apr 3pm",
        "/customer add Durban Sugar Millers", "/contact add Durban Sugar Millers: Nomvula Dube",
        "/deal Durban Sugar Millers 500000 ZAR negotiation",
        "Durban Sugar Millers lost, went with a competitor",
        "/customer add Gold Coast Surf Resorts",
        "/contact add Gold Coast Surf Resorts: Kerrie Oakes, title=General Manager",
    )  # fmt: skip
    return chat


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_ignore_that_it_stays_takes_the_change_back(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    joburg.send("Midrand deal up to R950k")
    assert str(_deal(app, admin, "Midrand Data Centres")["amount"]) == "950000"
    reply = texts(joburg.send("ignore that, it stays at 900"))
    assert str(_deal(app, admin, "Midrand Data Centres")["amount"]) == "900000", reply


def test_done_with_todays_call_logs_it_and_ticks_it_off(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("done with the Thabo Nkosi call 👍"))
    data = exported(app, admin)
    [activity] = [a for a in data["activities"] if a["customer"] == "Cape Fruit Exporters"]
    [reminder] = data["reminders"]
    assert (activity["kind"], activity["contact"]) == ("call", "Thabo Nkosi"), reply
    assert reminder["status"] == "done", reply


def test_done_with_a_call_planned_for_another_day_ticks_nothing(app, admin, joburg, clock) -> None:  # type: ignore[no-untyped-def]
    joburg.send("/remind Durban Sugar Millers call Nomvula Dube about the new order 6 May 10am")
    reply = texts(joburg.send("done with the Nomvula Dube call"))
    reminders = {r["customer"]: r["status"] for r in exported(app, admin)["reminders"]}
    assert reminders["Durban Sugar Millers"] == "pending", reply


def test_restarting_after_a_lost_deal_is_asked(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(joburg.send("Nomvula at Durban Sugar wants to restart with a smaller order, R300k"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_a_title_said_as_its_initials_changes_nothing(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        joburg.send(
            "bumped into Kerrie Oakes at Gold Coast Surf Resorts, she's the GM there now, keen to chat"
        )
    )
    assert people_of(app, admin)[("Gold Coast Surf Resorts", "Kerrie Oakes")]["title"] == "General Manager"
    assert len(exported(app, admin)["activities"]) == 1, reply


def test_a_customer_named_cape_is_no_spending_cap(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("cape fruit signed, R1.2m"))
    assert _deal(app, admin, "Cape Fruit Exporters")["stage"] == "won", reply


def test_money_shows_the_symbol_of_the_users_region(joburg, chat, clock) -> None:  # type: ignore[no-untyped-def]
    joburg.send("/deal Gold Coast Surf Resorts 80000 USD proposal")
    reply = texts(joburg.send("what's open with midrand data centres"))
    assert "R900,000" in reply and "ZAR" not in reply, reply
    chat.send("/tz America/Toronto")
    reply = texts(chat.send("what's open with gold coast surf resorts"))
    assert "US$80,000" in reply, reply


@pytest.fixture
def chicago(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("America/Chicago")))
    replay(
        chat, clock, "/tz America/Chicago",
        "/customer add Midwest Cold Storage", "/contact add Midwest Cold Storage: Deb Halvorsen",
        "/deal Midwest Cold Storage 120000 USD proposal",
    )  # fmt: skip
    return chat


def test_just_left_a_customer_is_a_visit(app, admin, chicago) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chicago.send("ope just left midwest cold storage talked to deb they want two more bays"))
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply


def test_someone_who_just_left_a_customer_made_no_visit(app, admin, chicago) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chicago.send("deb just left midwest cold storage, new contact is Tom Berg"))
    assert not [a for a in exported(app, admin)["activities"] if a["kind"] == "visit"], reply
    assert ("Midwest Cold Storage", "Tom Berg") in people_of(app, admin), reply


def test_a_move_names_one_of_the_customers_reminders_by_its_words(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    auckland = ZoneInfo("Pacific/Auckland")
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=auckland))
    replay(
        chat, clock, "/tz Pacific/Auckland", "/customer add Queenstown Adventure Tours, alias=QAT",
        "/remind Queenstown Adventure Tours send Sophie the jet boat contract 1 May 10am",
        "/remind Queenstown Adventure Tours booking software demo 7 May 3pm",
    )  # fmt: skip
    reply = texts(chat.send("move the QAT booking software demo to thurs 8/5 same time"))
    due = {
        r["text"]: datetime.fromisoformat(r["due_at"]).astimezone(auckland).strftime("%m-%d %H:%M")
        for r in exported(app, admin)["reminders"]
    }
    assert due == {
        "booking software demo": "05-08 15:00",
        "send Sophie the jet boat contract": "05-01 10:00",
    }, reply


def test_deals_closing_before_cny_are_listed_not_read_as_yuan(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Asia/Singapore")))
    replay(
        chat, clock, "/tz Asia/Singapore",
        "/customer add Tuas Cold Chain", "/deal Tuas Cold Chain 95000 SGD negotiation close 17 Jan 2031",
        "/customer add Orchard Boutique Hotels",
        "/deal Orchard Boutique Hotels 68000 SGD proposal close 31 Jan 2031",
    )  # fmt: skip
    reply = texts(chat.send("which of my deals close before CNY?"))
    assert "Tuas Cold Chain" in reply and "Orchard" not in reply, reply


def test_a_deal_in_macau_patacas_keeps_its_currency(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 9, 26, 16, 45, tzinfo=ZoneInfo("Asia/Macau")))
    replay(chat, clock, "/tz Asia/Macau", "/customer add Cotai Hotel Supplies")
    reply = texts(chat.send("/deal Cotai Hotel Supplies 1500000 MOP proposal"))
    [deal] = exported(app, admin)["deals"]
    assert (str(deal["amount"]), deal["currency"]) == ("1500000", "MOP"), reply
    assert "MOP" not in deal["title"], reply


# Focus S9's world: Friday 2031-09-26 16:45, reps in Manila, Dubai, Amsterdam, Chengdu and Wuhan, a manager
# in Macau.
FRIDAY = (2031, 9, 26, 16, 45)


@pytest.fixture
def wuhan(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Shanghai")))
    replay(
        chat, clock, "/tz Asia/Shanghai",
        "/customer add 汉阳汽车零部件有限公司", "/contact add 汉阳汽车零部件有限公司: 刘德强",
        "/deal 汉阳汽车零部件有限公司 变速箱壳体 3000000 CNY negotiation close 8 Oct 2031",
        "/deal 汉阳汽车零部件有限公司 new deal 检测治具 250000 CNY proposal",
        "/remind 汉阳汽车零部件有限公司 10月8日上午9点30分 跟刘德强对变速箱壳体报价",
        "/customer add 荆门化工新材料有限公司",
        "/deal 荆门化工新材料有限公司 1500000 CNY proposal close 15 Oct 2031",
        "/customer add 常德烟机配件有限公司", "/contact add 常德烟机配件有限公司: 罗斌",
        "/customer add 武汉东湖生物医药有限公司", "/contact add 武汉东湖生物医药有限公司: 夏雪",
        "/deal 武汉东湖生物医药有限公司 90000 EUR proposal",
        "/customer add 孝感米酒食品有限公司", "/contact add 孝感米酒食品有限公司: 胡婷",
        "/deal 孝感米酒食品有限公司 180000 CNY proposal",
        "/customer add 襄阳轴承有限公司", "/contact add 襄阳轴承有限公司: 杨勇",
        "/deal 襄阳轴承有限公司 100000 EUR negotiation",
        "/customer add 西昌卫星城酒店有限公司",
        "/deal 西昌卫星城酒店有限公司 400000 CNY proposal close 31 Dec 2031",
    )  # fmt: skip
    return chat


def test_a_customer_moved_to_a_day_is_its_deals_close_asked_between_two(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(wuhan.send("汉阳汽车改到十一月十号")))


def test_a_customer_moved_to_a_day_moves_its_one_deals_close(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("荆门化工改到十一月底"))
    assert _deal(app, admin, "荆门化工新材料有限公司")["expected_close"] == "2031-11-30", reply
    assert [r["text"] for r in exported(app, admin)["reminders"]] == ["跟刘德强对变速箱壳体报价"], reply


def test_a_figure_in_myriads_names_no_one_and_she_is_promoted(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("东湖生物夏雪开了个视频会，欧元九万不变，她升为采购总监了"))
    people = people_of(app, admin)
    assert [name for customer, name in people if customer == "武汉东湖生物医药有限公司"] == ["夏雪"], reply
    assert people[("武汉东湖生物医药有限公司", "夏雪")]["title"] == "采购总监", reply


def test_a_signing_day_after_a_year_end_bound_is_the_close(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("孝感米酒胡老板请吃热干面，蛮好，想年底前落地，十二月二十号签"))
    assert _deal(app, admin, "孝感米酒食品有限公司")["expected_close"] == "2031-12-20", reply
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "meeting", reply


def test_still_in_talks_doubts_no_figure(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("襄阳轴承杨经理发邮件，欧元十一万五，还在谈"))
    assert str(_deal(app, admin, "襄阳轴承有限公司")["amount"]) == "115000", reply


def test_a_close_said_to_stay_is_no_task(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("西昌卫星城酒店四十万那单十二月底不变"))
    assert [r["text"] for r in exported(app, admin)["reminders"]] == ["跟刘德强对变速箱壳体报价"], reply
    assert _deal(app, admin, "西昌卫星城酒店有限公司")["expected_close"] == "2031-12-31", reply


def test_a_meeting_room_is_no_meeting(app, admin, wuhan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(wuhan.send("西昌卫星城酒店想加个会议室项目，另开一单八万"))
    data = exported(app, admin)
    new = [
        d for d in data["deals"] if d["customer"] == "西昌卫星城酒店有限公司" and str(d["amount"]) == "80000"
    ]
    assert not data["activities"] and len(new) == 1 and "会议室" in new[0]["title"], reply


@pytest.fixture
def manila(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Manila")))
    replay(
        chat, clock, "/tz Asia/Manila",
        "/customer add Manila Bayfront Hotels Inc",
        "/contact add Manila Bayfront Hotels Inc: Theresa Villanueva",
        "/customer add Manila Cold Chain Logistics Corp",
        "/contact add Manila Cold Chain Logistics Corp: Rodel Bautista",
        "/customer add Pasig River Ferry Services", "/contact add Pasig River Ferry Services: Rodel Ocampo",
        "/customer add Batangas Port Services", "/contact add Batangas Port Services: Rommel Aquino",
        "/customer add Subic Bay Shipyard Services", "/contact add Subic Bay Shipyard Services: Jose Mercado",
        "/customer add Davao Banana Growers Cooperative",
        "/deal Davao Banana Growers Cooperative 240000 USD negotiation",
    )  # fmt: skip
    return chat


def test_a_text_from_someone_is_a_message(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    reply = texts(manila.send("txt from Rodel Ocampo (pasig ferry), ok na daw yung rates"))
    [activity] = exported(app, admin)["activities"]
    assert (activity["kind"], activity["contact"]) == ("message", "Rodel Ocampo"), reply


def test_people_are_found_by_the_short_names_they_go_by(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    manila.send("na-meet ko si ma'am Tess sa Manila Bayfront kanina, ok na daw yung specs")
    manila.send("called kuya jojo of subic shipyard, ok sila")
    people = {a["customer"]: a["contact"] for a in exported(app, admin)["activities"]}
    assert people == {
        "Manila Bayfront Hotels Inc": "Theresa Villanueva",
        "Subic Bay Shipyard Services": "Jose Mercado",
    }


def test_a_figure_fifty_times_a_foreign_currency_deal_is_asked(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(manila.send("davao banana revised to 12M")))


def test_wrong_in_tagalog_puts_the_last_message_right(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    manila.send("called rommel at batangas port, nothing new")
    reply = texts(manila.send("sorry mali - it was Rodel of pasig river ferry"))
    [activity] = exported(app, admin)["activities"]
    assert (activity["customer"], activity["contact"]) == ("Pasig River Ferry Services", "Rodel Ocampo"), (
        reply
    )


@pytest.fixture
def dubai(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Dubai")))
    replay(
        chat, clock, "/tz Asia/Dubai",
        "/customer add Gulf Pearl Hospitality LLC",
        "/contact add Gulf Pearl Hospitality LLC: Sarah Whitfield",
        "/deal Gulf Pearl Hospitality LLC 900000 AED negotiation",
        "/remind Gulf Pearl Hospitality LLC email Sarah the revised offer 26 Sep 6pm",
    )  # fmt: skip
    return chat


def test_a_price_they_could_go_to_cancels_no_reminder(app, admin, dubai) -> None:  # type: ignore[no-untyped-def]
    reply = texts(dubai.send("Sarah hinted they could go to 950 if we throw in maintenance"))
    assert [r["status"] for r in exported(app, admin)["reminders"]] == ["pending"], reply


def test_the_task_told_sent_with_a_tick_is_done(app, admin, dubai) -> None:  # type: ignore[no-untyped-def]
    reply = texts(dubai.send("Sarah's email sent ✅"))
    assert [r["status"] for r in exported(app, admin)["reminders"]] == ["done"], reply


@pytest.fixture
def amsterdam(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Europe/Amsterdam")))
    replay(
        chat, clock, "/tz Europe/Amsterdam",
        "/customer add 's-Hertogenbosch Bouwmaterialen B.V., alias=Den Bosch Bouwmaterialen",
        "/contact add 's-Hertogenbosch Bouwmaterialen B.V.: Marloes Kuipers",
        "/deal 's-Hertogenbosch Bouwmaterialen B.V. 95000 EUR proposal close 31 Oct 2031",
        "/customer add Hamburg Hafen Kranservice GmbH",
        "/contact add Hamburg Hafen Kranservice GmbH: Lars Petersen",
        "/deal Hamburg Hafen Kranservice GmbH 480000 EUR negotiation",
        "/customer add Duesseldorf Messebau GmbH", "/contact add Duesseldorf Messebau GmbH: Katrin Vogel",
        "/customer add Amsterdam Canal Cruises B.V.",
        "/deal Amsterdam Canal Cruises B.V. 70000 EUR proposal close 30 Sep 2031",
        "/customer add Zeeland Ferry Catering",
        "/deal Zeeland Ferry Catering 40000 EUR proposal close 15 Oct 2031",
    )  # fmt: skip
    return chat


def test_was_at_a_customer_is_a_visit(app, admin, amsterdam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        amsterdam.send(
            "Was at Den Bosch Bouwmaterialen this morning, Marloes was there, they want to go to negotiation"
        )
    )
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply


def test_two_more_of_the_things_said_is_a_count(app, admin, amsterdam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        amsterdam.send(
            "Visited Hamburg Hafen Kranservice with Lars, the cranes are old, "
            "they want 2 extra so the amount goes to 560k"
        )
    )
    assert str(_deal(app, admin, "Hamburg Hafen Kranservice GmbH")["amount"]) == "560000", reply


def test_a_clock_time_with_a_dot(app, admin, amsterdam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(amsterdam.send("Remind me Monday at 10.30 to call Katrin about the stand"))
    [reminder] = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Europe/Amsterdam"))
    assert due.strftime("%m-%d %H:%M") == "09-29 10:30", reply


def test_deals_closing_before_the_end_of_the_quarter(amsterdam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(amsterdam.send("Which deals close before the end of the kwartaal?"))
    assert "Amsterdam Canal Cruises" in reply and "Zeeland" not in reply, reply


def test_a_day_first_date_in_macau_that_is_past_month_first_is_the_coming_day(
    app, admin, chat, clock
) -> None:  # type: ignore[no-untyped-def]
    macau = ZoneInfo("Asia/Macau")
    clock.set(datetime(*FRIDAY, tzinfo=macau))
    replay(
        chat, clock, "/tz Asia/Macau", "/customer add Hong Kong Harbour Fit-Out Ltd",
        "/contact add Hong Kong Harbour Fit-Out Ltd: Kenneth Leung",
        "/remind Hong Kong Harbour Fit-Out Ltd meeting with Kenneth Leung 7 Oct 3pm",
    )  # fmt: skip
    reply = texts(chat.send("Move my Kenneth meeting to 9/10 same time"))
    [reminder] = exported(app, admin)["reminders"]
    assert (
        datetime.fromisoformat(reminder["due_at"]).astimezone(macau).strftime("%Y-%m-%d %H:%M")
        == "2031-10-09 15:00"
    ), reply


def test_a_stage_gone_to_in_cantonese(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Macau")))
    replay(
        chat,
        clock,
        "/tz Asia/Macau",
        "/customer add 澳門新馬路餅家有限公司",
        "/deal 澳門新馬路餅家有限公司 320000 HKD proposal",
    )
    reply = texts(chat.send("新馬路餅家嗰單去到negotiation"))
    assert _deal(app, admin, "澳門新馬路餅家有限公司")["stage"] == "negotiation", reply


def test_a_contact_called_like_a_month_is_no_date(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    manila.send("/customer add Cebu Rattan Furniture Exports")
    manila.send("/contact add Cebu Rattan Furniture Exports: Jun Alcantara")
    reply = texts(
        manila.send("cebu rattan - Jun called, asking 15% discount. his new email jun@cebu-rattan.ph")
    )
    [activity] = exported(app, admin)["activities"]
    assert activity["contact"] == "Jun Alcantara", reply
    assert (
        people_of(app, admin)[("Cebu Rattan Furniture Exports", "Jun Alcantara")]["email"]
        == "jun@cebu-rattan.ph"
    )


def test_a_chinese_names_trade_alone_names_nobody(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add 汉川电力设备有限公司")
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(chat.send("汉江电力设备打电话来询价")))
    reply = texts(chat.send("汉川电力打电话来询价"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["汉川电力设备有限公司"], reply


def test_that_deal_moved_with_no_customer_asks_whose(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chat.send("嗰張單改去下個月"))
    assert "?" in reply or "？" in reply, reply


def test_a_contacts_reminder_moved_is_his_not_the_deals_close(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2027, 9, 30, 16, 40, tzinfo=ZoneInfo("Asia/Singapore")))
    replay(
        chat, clock, "/tz Asia/Singapore", "/customer add Straits Marine Supplies Pte Ltd",
        "/contact add Straits Marine Supplies Pte Ltd: Ravi Kumar",
        "/deal Straits Marine Supplies Pte Ltd 50000 SGD proposal close 31 Oct 2027",
        "/remind Straits Marine Supplies Pte Ltd call Ravi about the PO 1 Oct 10am",
    )  # fmt: skip
    reply = texts(chat.send("push the ravi one to monday same time"))
    [reminder] = exported(app, admin)["reminders"]
    due = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Asia/Singapore"))
    assert due.strftime("%m-%d %H:%M") == "10-04 10:00", reply
    assert _deal(app, admin, "Straits Marine Supplies Pte Ltd")["expected_close"] == "2027-10-31", reply
