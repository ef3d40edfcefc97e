"""Session 50, everyday wordings from the blind S7, S8 and S9 development halves (issue 13).

- "6.2 million pesos" from Manila is Philippine pesos: a bare "pesos" is the writer's own peso (it switched a
  PHP deal to Mexican pesos).
- "na-meet ko si ma'am Tess sa Bayfront": the search's guess for "Bayfront" (Manila Bayfront Hotels) is
  settled by its contact named (Theresa, "Tess"); "Bayfront" alone is still asked.
- "Byron on Teams: legal's reviewing the MSA, still on for Feb 14" (the deal's close already): the call is
  logged, no reminder made of the close and nothing asked; "still on track for end of May" is the close.
- "提醒我明天早上九點半打給彭廠長" with a 彭 at one of the rep's customers and another at a colleague's:
  the rep's own; two of the rep's own are still asked.
- "西昌卫星城酒店吉克阿木总经理来电，想加个会议室项目，另开一单八万": the new deal is the 会议室项目, not
  titled by the person who called.
- "pls remind me tues after the long weekend" in Sydney on 30 Sep 2030: Labour Day makes 5–7 Oct a long
  weekend, so Tuesday 8 Oct (it was read as tomorrow, 1 Oct).
- "白经理发来 WeChat，说总包定了，咱们的 quote 要改成 180 万": their main contractor chosen is no win of ours;
  the figure is the deal's.
- Naira: "/deal … 45000000 NGN", "N48m", "₦2.5bn", "45 million naira" keep the naira (the figure went into the
  deal's title); "/deal X processing line 85000 EUR" keeps its amount ("line 85000" was read as a label).
- From the S10 development half (Mon 2031-12-29): "close still end of jan" / "说一月底签" keep a deal closing
  on Fri 30 Jan (January's last working day); "Funmi" is Funmilayo; "called in to Declan at X" is a visit;
  "一起咥了顿饭" a meeting; "wants to talk again in the new year" is asked (the S7 and S10 writers; the date
  read is still the new year's first working day); "Monday week" stays the Monday after next (an earlier
  writer's "Tuesday week, 11am" is stored);
  "420 tkr", "3,1 MSEK" are kronor; "give me a nudge on 8/1 at 2 to call Aoife" is a reminder (it showed the
  customer); "tomorrow kl. 10" is 10:00; "fika with Elin" a meeting; Shaanxi "提醒额" is 提醒我, and
  "那单改成二十个" is 20万 (money counted in 个 after a money word; "来了三十个人" counts people); "will sign
  on måndag v. 2" is Mon 5 Jan 2032 (ISO week 2), "v. 2" alone is asked.
- "本溪药都孟经理微信说换邮箱了 mengxy@…", "罗斌发微信，新手机号…": the WeChat message the news of a known
  contact came by is logged beside the new detail (S6, S9 and S10 writers).
- "刘建邦，项目经理升项目总监了，电话里说的": the title left behind is no news (it was not understood at all).
- "the contract draft is fine by them": a person after "by" is no event to sign by (it was asked); "40 000
  tonnes per year" is a count, no unused number.
- "we close mid jan … 15/1" in Lagos: Eid al-Fitr is only estimated there, no holiday to ask about;
  "卢布报价八百五十万", "三亿六千万韩元" keep their currencies.
- "monday half 3" from Amsterdam is asked: 14:30 in Dutch (half drie), 15:30 in English; "half past 3" is
  15:30 everywhere.
- "new lead - Midlands Rail Maintenance" where that is another (former) name of a customer with an open deal:
  asked (the rep may not know it is one); "new lead at Mercia Rail" is a new deal there.
- "两江李总说冲压件下周二签": the day they sign is the close, not doubted as a reminder's day.
- "孙总监发邮件说标书下周一截止": a tender's deadline is no close date (the email is logged).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from handlers.parsing.amounts import find_amounts
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

FRIDAY = (2031, 9, 26, 16, 45)


@pytest.fixture
def manila(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Manila")))
    replay(
        chat, clock, "/tz Asia/Manila",
        "/customer add Ortigas Data Centers Inc", "/contact add Ortigas Data Centers Inc: Kevin Tan Sy",
        "/deal Ortigas Data Centers Inc 5500000 PHP negotiation",
        "/customer add Manila Bayfront Hotels Inc",
        "/contact add Manila Bayfront Hotels Inc: Theresa Villanueva",
    )  # fmt: skip
    return chat


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_pesos_from_manila_are_philippine_pesos(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    said = "met kevin tan sy at ortigas data centers, 2 more racks so total goes up to 6.2 million pesos"
    reply = texts(manila.send(said))
    deal = _deal(app, admin, "Ortigas Data Centers Inc")
    assert (str(deal["amount"]), deal["currency"]) == ("6200000", "PHP"), reply


def test_mexican_pesos_said_outright_are_asked_of_a_philippine_peso_deal(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    reply = texts(manila.send("ortigas data centers wants it in mexican pesos now"))
    deal = _deal(app, admin, "Ortigas Data Centers Inc")
    assert (str(deal["amount"]), deal["currency"]) == ("5500000", "PHP"), reply
    assert "?" in reply


def test_a_guessed_customer_is_settled_by_its_contact_named(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    reply = texts(manila.send("na-meet ko si ma'am Tess sa Bayfront kanina, ok na daw yung specs"))
    [activity] = exported(app, admin)["activities"]
    assert (activity["customer"], activity["contact"]) == (
        "Manila Bayfront Hotels Inc",
        "Theresa Villanueva",
    ), reply


def test_a_guessed_customer_alone_is_asked(app, admin, manila) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    asked_and_nothing_stored(
        app, admin, before, texts(manila.send("went to Bayfront kanina, ok na daw yung specs"))
    )


@pytest.fixture
def amsterdam(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Europe/Amsterdam")))
    replay(
        chat, clock, "/tz Europe/Amsterdam",
        "/customer add Haven Koeling Rotterdam B.V.",
        "/contact add Haven Koeling Rotterdam B.V.: Pieter de Boer",
    )  # fmt: skip
    return chat


def test_half_three_from_amsterdam_is_asked(app, admin, amsterdam) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(amsterdam.send("remind me to call Pieter at Haven Koeling monday half 3"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_half_past_three_from_amsterdam_is_half_past(app, admin, amsterdam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(amsterdam.send("remind me to call Pieter at Haven Koeling monday half past 3 pm"))
    [reminder] = exported(app, admin)["reminders"]
    assert "2031-09-29 13:30" in reminder["due_at"].replace("T", " "), reply  # 15:30 CEST


@pytest.fixture
def birmingham(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Europe/London")))
    replay(
        chat, clock, "/tz Europe/London",
        "/customer add Mercia Rail Services Ltd, alias=Midlands Rail Maintenance",
        "/deal Mercia Rail Services Ltd 220000 GBP proposal",
    )  # fmt: skip
    return chat


def test_a_new_lead_by_a_customers_other_name_is_asked(app, admin, birmingham) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(birmingham.send("new lead - Midlands Rail Maintenance, 60k for bogie overhaul"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_a_new_lead_by_the_customers_own_name_is_a_new_deal(app, admin, birmingham) -> None:  # type: ignore[no-untyped-def]
    reply = texts(birmingham.send("new lead at Mercia Rail, 60k for bogie overhaul"))
    deals = sorted(str(d["amount"]) for d in exported(app, admin)["deals"])
    assert deals == ["220000", "60000"], reply


@pytest.fixture
def chengdu(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(*FRIDAY, tzinfo=ZoneInfo("Asia/Shanghai")))
    replay(
        chat, clock, "/tz Asia/Shanghai", "/lang zh",
        "/customer add 重庆两江精密汽配有限公司",
        "/contact add 重庆两江精密汽配有限公司: 李志强, title=总经理",
        "/deal 重庆两江精密汽配有限公司 1500000 CNY 冲压件 negotiation close 31 Oct 2031",
        "/customer add 遂宁锂电材料有限公司",
        "/contact add 遂宁锂电材料有限公司: 孙雨泽, title=采购总监",
        "/deal 遂宁锂电材料有限公司 1100000 CNY negotiation close 31 Oct 2031",
        "/customer add 西昌卫星城酒店有限公司",
        "/contact add 西昌卫星城酒店有限公司: 吉克阿木, title=总经理",
        "/deal 西昌卫星城酒店有限公司 400000 CNY proposal close 31 Dec 2031",
    )  # fmt: skip
    return chat


def test_the_day_they_sign_is_the_close(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("两江李总说冲压件下周二签"))
    deal = _deal(app, admin, "重庆两江精密汽配有限公司")
    assert deal["expected_close"] == "2031-09-30", reply


def test_a_tenders_deadline_is_no_close(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("遂宁锂电孙总监发邮件说标书下周一截止"))
    data = exported(app, admin)
    deal = _deal(app, admin, "遂宁锂电材料有限公司")
    [activity] = data["activities"]
    assert deal["expected_close"] == "2031-10-31", reply
    assert (activity["kind"], activity["contact"]) == ("email", "孙雨泽"), reply


def test_a_new_deal_is_titled_by_what_it_is_for_not_by_who_called(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("西昌卫星城酒店吉克阿木总经理来电，想加个会议室项目，另开一单八万"))
    deals = sorted(
        (d["title"], str(d["amount"]))
        for d in exported(app, admin)["deals"]
        if d["customer"] == "西昌卫星城酒店有限公司"
    )
    assert ("会议室项目", "80000") in deals and len(deals) == 2, reply


@pytest.fixture
def toronto(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("America/Toronto")))
    replay(
        chat, clock, "/tz America/Toronto",
        "/customer add Markham Cloud Services Inc", "/contact add Markham Cloud Services Inc: Byron Leung",
        "/deal Markham Cloud Services Inc 95000 CAD negotiation close 14 Feb 2031",
    )  # fmt: skip
    return chat


def test_still_on_for_the_deals_close_is_logged_without_asking(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        toronto.send("Byron at Markham Cloud on Teams: legal's reviewing the MSA, still on for Feb 14")
    )
    data = exported(app, admin)
    [activity] = data["activities"]
    assert activity["contact"] == "Byron Leung" and not data["reminders"], reply
    assert _deal(app, admin, "Markham Cloud Services Inc")["expected_close"] == "2031-02-14", reply


def test_still_on_track_for_a_day_is_the_close(app, admin, toronto) -> None:  # type: ignore[no-untyped-def]
    reply = texts(toronto.send("spoke to Byron Leung this morning, Markham Cloud still on track for Feb 28"))
    data = exported(app, admin)
    assert not data["reminders"], reply
    assert _deal(app, admin, "Markham Cloud Services Inc")["expected_close"] == "2031-02-28", reply


@pytest.fixture
def two_reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Two reps in one team, each with a customer whose contact is a 彭."""
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Asia/Taipei")))
    reps = {}
    for rep, zone, customer, contact in (
        ("溫雅婷", "Asia/Taipei", "新竹米粉食品有限公司", "彭國棟, title=廠長"),
        ("邓晓川", "Asia/Shanghai", "成都温江花木有限公司", "彭建国, title=老板"),
    ):
        reps[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale="zh").id)
        replay(reps[rep], clock, f"/customer add {customer}", f"/contact add {customer}: {contact}")
    return reps


def test_a_family_name_and_title_is_the_reps_own_customers(app, admin, two_reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(two_reps["溫雅婷"].send("提醒我明天早上九點半打給彭廠長"))
    [reminder] = exported(app, admin)["reminders"]
    assert reminder["customer"] == "新竹米粉食品有限公司", reply


def test_two_of_the_reps_own_namesakes_are_asked(app, admin, two_reps, clock) -> None:  # type: ignore[no-untyped-def]
    rep = two_reps["溫雅婷"]
    replay(
        rep,
        clock,
        "/customer add 新竹光電科技有限公司",
        "/contact add 新竹光電科技有限公司: 彭志明, title=廠長",
    )
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(rep.send("提醒我明天早上九點半打給彭廠長")))


def test_after_the_long_weekend_is_the_day_after_the_next_one(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Australia/Sydney")))
    replay(chat, clock, "/tz Australia/Sydney", "/customer add Cairns Reef Tourism")
    reply = texts(chat.send("pls remind me tues after the long weekend to follow up Jade at Cairns Reef"))
    [reminder] = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2030-10-07T22:00"), reply  # Tue 8 Oct 09:00 AEDT


def test_their_main_contractor_chosen_is_no_win(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("两江李总发来 WeChat，说总包定了，咱们的 quote 要改成 180 万"))
    deal = _deal(app, admin, "重庆两江精密汽配有限公司")
    assert (deal["status"], str(deal["amount"])) == ("open", "1800000"), reply


def test_naira_are_kept(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Africa/Lagos")))
    replay(chat, clock, "/tz Africa/Lagos", "/customer add Lagos Cold Chain Ltd")
    chat.send("/deal Lagos Cold Chain Ltd cold room 45000000 NGN proposal")
    deal = _deal(app, admin, "Lagos Cold Chain Ltd")
    assert (deal["title"], str(deal["amount"]), deal["currency"]) == ("cold room", "45000000", "NGN")
    reply = texts(chat.send("lagos cold chain revised to N48m"))
    assert str(_deal(app, admin, "Lagos Cold Chain Ltd")["amount"]) == "48000000", reply
    assert "₦48,000,000" in reply


def test_a_titles_word_before_an_amount_with_its_currency_is_no_label(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Bergen Fisk AS")
    reply = texts(chat.send("/deal Bergen Fisk AS processing line 85000 EUR proposal"))
    deal = _deal(app, admin, "Bergen Fisk AS")
    assert (deal["title"], str(deal["amount"]), deal["currency"]) == ("processing line", "85000", "EUR"), (
        reply
    )


@pytest.fixture
def year_end(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Monday 29 December 2031, 09:10: reps in Lagos, Dublin, Stockholm and Xi'an."""
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Europe/Dublin")))
    reps = {}
    for rep, zone, locale, setup in (
        ("Folasade", "Africa/Lagos", "en", (
            "/customer add Lagos Metro Pharmacies Plc",
            "/contact add Lagos Metro Pharmacies Plc: Funmilayo Bakare",
            "/customer add Port Harcourt Marine Logistics Ltd",
            "/deal Port Harcourt Marine Logistics Ltd 350000 USD negotiation close 30 Jan 2032",
        )),
        ("Orlaith", "Europe/Dublin", "en", (
            "/customer add O'Brien Hardware Group", "/contact add O'Brien Hardware Group: Declan Whelan",
            "/customer add MacNamara Engineering Ltd",
            "/deal MacNamara Engineering Ltd 210000 EUR negotiation close 9 Jan 2032",
        )),
        ("Hampus", "Europe/Stockholm", "en", (
            "/customer add Kiruna Gruvservice AB", "/deal Kiruna Gruvservice AB 400000 SEK proposal",
        )),
        ("雷晓婷", "Asia/Shanghai", "zh", (
            "/customer add 汉中仙毫茶业有限公司", "/contact add 汉中仙毫茶业有限公司: 何晓燕, title=老板",
            "/deal 汉中仙毫茶业有限公司 150000 CNY proposal close 30 Jan 2032",
        )),
    ):  # fmt: skip
        reps[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(reps[rep], clock, *setup)
    return reps


def test_a_month_end_said_keeps_a_close_on_its_last_working_day(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        year_end["Folasade"].send("sent Tamuno (PHML) the revised offer, $380k now, close still end of jan")
    )
    reply += texts(year_end["雷晓婷"].send("今天去汉中仙毫见了何老板，说一月底签"))
    closes = {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}
    assert closes["Port Harcourt Marine Logistics Ltd"] == "2032-01-30", reply
    assert closes["汉中仙毫茶业有限公司"] == "2032-01-30", reply


def test_a_long_given_name_by_its_first_letters(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["Folasade"].send("called Funmi at Lagos Metro Pharmacies, no wahala"))
    data = exported(app, admin)
    assert [a["contact"] for a in data["activities"]] == ["Funmilayo Bakare"], reply
    assert [n for c, n in people_of(app, admin) if c == "Lagos Metro Pharmacies Plc"] == [
        "Funmilayo Bakare"
    ], reply


def test_called_in_to_someone_and_a_meal_in_shaanxi_are_met(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    year_end["Orlaith"].send("called in to Declan at O'Brien Hardware, fair play to him")
    year_end["雷晓婷"].send("汉中仙毫何老板来西安了，一起咥了顿饭")
    kinds = {a["customer"]: a["kind"] for a in exported(app, admin)["activities"]}
    assert kinds == {"O'Brien Hardware Group": "visit", "汉中仙毫茶业有限公司": "meeting"}


def test_talking_again_in_the_new_year_is_asked(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(year_end["Orlaith"].send("MacNamara wants to talk again in the new year"))
    asked_and_nothing_stored(app, admin, before, reply)


def test_swedish_thousands_and_millions_of_kronor(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["Hampus"].send("Kiruna Gruvservice moves to negotiation, 420 tkr"))
    assert str(_deal(app, admin, "Kiruna Gruvservice AB")["amount"]) == "420000", reply
    reply = texts(year_end["Hampus"].send("Kiruna Gruvservice lowered to 3,1 MSEK"))
    assert str(_deal(app, admin, "Kiruna Gruvservice AB")["amount"]) == "3100000", reply


def test_nordic_and_irish_and_shaanxi_ways_of_asking_for_a_reminder(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    year_end["Hampus"].send("/customer add Uppsala Lab Instruments AB")
    year_end["Hampus"].send("/contact add Uppsala Lab Instruments AB: Karin Sjöberg")
    year_end["Hampus"].send("remind me call Karin Uppsala tomorrow kl. 10")
    year_end["Orlaith"].send("give me a nudge on 8/1 at 2pm to call Declan in O'Brien Hardware")
    year_end["雷晓婷"].send("明早九点半提醒额给汉中仙毫何老板打电话")
    due = {r["customer"]: r["due_at"][:16] for r in exported(app, admin)["reminders"]}
    assert due == {
        "Uppsala Lab Instruments AB": "2031-12-30T09:00",  # 10:00 in Stockholm
        "O'Brien Hardware Group": "2032-01-08T14:00",  # 14:00 in Dublin
        "汉中仙毫茶业有限公司": "2031-12-30T01:30",  # 09:30 in Xi'an
    }


def test_fika_is_a_meeting(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    year_end["Hampus"].send("fika with the Kiruna Gruvservice team, happy with the service")
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"]


def test_money_counted_in_ge_is_ten_thousands(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["雷晓婷"].send("汉中仙毫那单改成十八个"))
    assert str(_deal(app, admin, "汉中仙毫茶业有限公司")["amount"]) == "180000", reply
    reply = texts(year_end["雷晓婷"].send("去汉中仙毫开了个会，来了三十个人"))
    assert str(_deal(app, admin, "汉中仙毫茶业有限公司")["amount"]) == "180000", reply


def test_a_week_by_its_number(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["Hampus"].send("Kiruna Gruvservice will sign on måndag v. 2"))
    assert _deal(app, admin, "Kiruna Gruvservice AB")["expected_close"] == "2032-01-05", reply
    before = exported(app, admin)
    asked_and_nothing_stored(
        app, admin, before, texts(year_end["Hampus"].send("Kiruna Gruvservice signs v. 3"))
    )


def test_news_of_a_contact_sent_by_wechat_logs_the_message(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["雷晓婷"].send("汉中仙毫何老板微信说换邮箱了 hexy@hzxh.cn"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("message", "何晓燕")], reply
    assert people_of(app, admin)[("汉中仙毫茶业有限公司", "何晓燕")]["email"] == "hexy@hzxh.cn", reply


def test_the_title_promoted_from_is_left_behind(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(year_end["雷晓婷"].send("汉中仙毫何晓燕，采购经理升采购总监了，电话里说的"))
    assert people_of(app, admin)[("汉中仙毫茶业有限公司", "何晓燕")]["title"] == "采购总监", reply


def test_fine_by_them_and_space_grouped_counts_are_stored(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        year_end["Folasade"].send(
            "Funmi at Lagos Metro Pharmacies sent email, the contract draft is fine by them"
        )
    )
    reply += texts(
        year_end["Hampus"].send("visited Kiruna Gruvservice, 40 000 tonnes per year through the plant")
    )
    kinds = sorted(a["kind"] for a in exported(app, admin)["activities"])
    assert kinds == ["email", "visit"], reply


def test_an_estimated_holiday_is_no_doubt_and_currencies_said_first(app, admin, year_end) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        year_end["Folasade"].send("Port Harcourt Marine Logistics budget approval now 15/1 so we close 15/1")
    )
    assert _deal(app, admin, "Port Harcourt Marine Logistics Ltd")["expected_close"] == "2032-01-15", reply
    amounts = [(a.value, a.currency) for a in find_amounts("卢布报价八百五十万，另一单三亿六千万韩元")]
    assert amounts == [(Decimal("8500000"), "RUB"), (Decimal("360000000"), "KRW")]
