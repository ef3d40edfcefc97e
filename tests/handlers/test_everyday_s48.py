"""Session 48, everyday wordings from the blind S7 and S8 development halves (issue 13).

- A place said alone right before its deal's figure changed ("攀枝花改成美金17万") names the one customer
  there, as "攀枝花那单" does.
- "KL Fintech" is Kuala Lumpur Fintech Labs: a city typed as its letters at the start of a name.
- 林記包裝材料行: 行 after a trade word is a shop's, so 林記 is its short name.
- "算了，不用提醒了" right after a reminder takes that reminder back, not "which reminder?".
- "德重装现场看了": seeing their site is a visit.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

CHENGDU = datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Asia/Shanghai"))


def _asked(reply: str) -> bool:
    return "?" in reply or "？" in reply


@pytest.fixture
def vanadium(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(CHENGDU)
    name = "攀枝花钒钛材料有限公司"
    replay(chat, clock, "/tz Asia/Shanghai", f"/customer add {name}", f"/deal {name} 160000 USD proposal")
    return chat


def test_a_place_before_its_deals_new_figure_names_it(app, admin, vanadium) -> None:  # type: ignore[no-untyped-def]
    reply = texts(vanadium.send("攀枝花改成美金17万"))
    [deal] = exported(app, admin)["deals"]
    assert (str(deal["amount"]), deal["currency"]) == ("170000", "USD"), reply


def test_a_place_alone_before_another_change_word_names_nobody(app, admin, vanadium) -> None:  # type: ignore[no-untyped-def]
    vanadium.send("攀枝花改成下周去")  # the trip's day, no figure of its deal
    assert str(exported(app, admin)["deals"][0]["amount"]) == "160000"


def test_a_city_typed_as_its_letters_names_the_customer(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    for name in ("Kuala Lumpur Fintech Labs", "Dublin Fintech Hosting Ltd"):
        chat.send(f"/customer add {name}")
        chat.send(f"/deal {name} 100000 SGD qualified")
    reply = texts(chat.send("KL Fintech now S$120k, they added the payments module"))
    deals = {d["customer"]: str(d["amount"]) for d in exported(app, admin)["deals"]}
    assert deals == {"Kuala Lumpur Fintech Labs": "120000", "Dublin Fintech Hosting Ltd": "100000"}, reply


def test_a_trades_shop_is_named_without_it(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    packaging = "林記包裝材料行"
    replay(
        chat,
        FakeClock(),
        "/tz Asia/Taipei",
        f"/customer add {packaging}",
        f"/deal {packaging} 380000 TWD proposal",
    )
    reply = texts(chat.send("林記報價改成42萬"))
    [deal] = exported(app, admin)["deals"]
    assert str(deal["amount"]) == "420000", reply


def test_no_reminder_after_all_takes_back_the_one_just_set(app, admin, chat, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(CHENGDU)
    park = "重庆两江物流园有限公司"
    replay(
        chat, clock, "/tz Asia/Shanghai", f"/customer add {park}", f"/contact add {park}: 周晓燕",
        f"/remind {park} 催回款 next monday 3pm",
    )  # fmt: skip
    chat.send("提醒我明天下午两点给周晓燕打电话")
    reply = texts(chat.send("算了，不用提醒了"))
    assert [r["text"] for r in exported(app, admin)["reminders"]] == ["催回款"], reply


def test_seeing_their_site_is_a_visit(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    heavy = "德阳重型装备有限公司"
    chat.send(f"/customer add {heavy}, alias=德重装")
    reply = texts(chat.send("德重装现场看了，车间300个工人，3台行车要换"))
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply


@pytest.fixture
def joburg(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Wed 2031-04-30 11:30 in Johannesburg; deals in rand and dollars."""
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("Africa/Johannesburg")))
    replay(
        chat, clock, "/tz Africa/Johannesburg",
        "/customer add Rand Water Pumps", "/deal Rand Water Pumps 650000 ZAR proposal",
        "/customer add Durban Harbour Stevedoring", "/contact add Durban Harbour Stevedoring: Thabo Dlamini",
        "/deal Durban Harbour Stevedoring 180000 USD negotiation",
        "/customer add Omaha Rail Car Repair", "/contact add Omaha Rail Car Repair: Duane Fitzke",
        "/customer add Rochester Clinic Linen Service",
        "/contact add Rochester Clinic Linen Service: Barb Nygaard",
    )  # fmt: skip
    return chat


def _deal(app, admin, customer: str) -> dict:  # type: ignore[no-untyped-def]
    return next(d for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_a_figure_after_the_rand_sign_is_rand(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("Rand Water Pumps now R700k and into negotiation"))
    deal = _deal(app, admin, "Rand Water Pumps")
    assert (str(deal["amount"]), deal["currency"], deal["stage"]) == ("700000", "ZAR", "negotiation"), reply


def test_no_wait_ignore_that_takes_the_last_message_back(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    joburg.send("Rand Water Pumps lost")
    reply = texts(joburg.send("no wait ignore that, wrong deal"))
    assert _deal(app, admin, "Rand Water Pumps")["status"] == "open", reply


def test_what_she_wants_after_a_run_on_email_is_its_own_clause(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        joburg.send("email from Barb at Rochester clinic linen she wants a call back Friday at 2pm")
    )
    [activity] = exported(app, admin)["activities"]
    [reminder] = exported(app, admin)["reminders"]
    assert (activity["kind"], activity["contact"]) == ("email", "Barb Nygaard"), reply
    assert reminder["text"].startswith("she wants a call back"), reply


def test_a_po_numbers_digits_are_no_unread_figure(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        joburg.send(
            "met Duane at Omaha rail car they've got 45 railcars waiting PO number 4471-22 is for the old job"
        )
    )
    assert not _asked(reply), reply
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Omaha Rail Car Repair"], reply


def test_a_budget_without_its_size_is_asked(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    asked_and_nothing_stored(app, admin, before, texts(joburg.send("Rand Water Pumps budget is 250 tops")))


def test_just_out_of_a_customer_is_a_visit(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("just out of durban harbour stevedoring, thabo happy with the trial"))
    [activity] = exported(app, admin)["activities"]
    assert activity["kind"] == "visit", reply


def test_a_rep_whose_deals_there_are_nearly_all_in_pounds_means_pounds(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Europe/London")))
    uk = [
        "Sheffield Forge Works",
        "Leeds Textile Mills",
        "Bristol Aero Parts",
        "Cardiff Port Cranes",
        "Hull Fish Docks",
    ]
    replay(
        chat, clock, "/tz Europe/London",
        *(f"/customer add {name}, phone=+44 114 496 00{i}0" for i, name in enumerate(uk)),
        *(f"/deal {name} 20000 GBP proposal" for name in uk[:4]), f"/deal {uk[4]} 30000 USD proposal",
        "/customer add Glasgow Whisky Cooperage, phone=+44 141 496 0000",
    )  # fmt: skip
    reply = texts(chat.send("glasgow whisky cooperage - quoted them 26 grand, proposal"))
    deal = _deal(app, admin, "Glasgow Whisky Cooperage")
    assert (str(deal["amount"]), deal["currency"]) == ("26000", "GBP"), reply


@pytest.fixture
def harbin(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("Asia/Shanghai")))
    replay(
        chat, clock, "/tz Asia/Shanghai",
        "/customer add 锦州光伏材料有限公司", "/contact add 锦州光伏材料有限公司: 白玉洁",
        "/customer add 丹东边境贸易有限公司", "/deal 丹东边境贸易有限公司 150000 CNY proposal",
        "/customer add 哈尔滨北方制药有限公司", "/deal 哈尔滨北方制药有限公司 650000 CNY proposal",
        "/customer add 沈阳北方重型机械有限公司", "/deal 沈阳北方重型机械有限公司 2500000 CNY proposal",
        "/customer add 深圳黄记五金制品有限公司", "/deal 深圳黄记五金制品有限公司 350000 CNY proposal",
        "/customer add 佳木斯稻香米业有限公司", "/contact add 佳木斯稻香米业有限公司: 姜秀兰, title=老板",
    )  # fmt: skip
    return chat


def test_a_new_mobile_said_after_its_field_is_stored(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("锦州光伏白玉洁来电话，换新手机号了 139 4521 7788"))
    assert people_of(app, admin)[("锦州光伏材料有限公司", "白玉洁")]["phone"] == "139 4521 7788", reply


def test_a_signing_over_there_names_the_one_customer(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("丹东那边五月八号签合同"))
    assert _deal(app, admin, "丹东边境贸易有限公司")["expected_close"] == "2031-05-08", reply


def test_the_deal_goes_on_to_a_stage_said_in_english(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("黄记五金 visit 完, deal 去 negotiation"))
    assert _deal(app, admin, "深圳黄记五金制品有限公司")["stage"] == "negotiation", reply


@pytest.mark.parametrize(
    "fix", ["不对不对，是沈阳北方重型，不是北方制药", "唔好意思，系沈阳北方重型，唔系北方制药"]
)
def test_the_right_customer_then_the_wrong_one(app, admin, harbin, fix) -> None:  # type: ignore[no-untyped-def]
    harbin.send("北方制药推到七月底")
    reply = texts(harbin.send(fix))
    assert _deal(app, admin, "沈阳北方重型机械有限公司")["expected_close"] == "2031-07-31", reply
    assert _deal(app, admin, "哈尔滨北方制药有限公司")["expected_close"] is None, reply


def test_news_ending_in_a_word_for_info_is_no_look_up(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("去佳木斯稻香米业，今年收了八千吨稻子，姜老板要看烘干机的资料"))
    assert "烘干机”" not in reply, reply  # no customer offered by the words of the news
    assert len(exported(app, admin)["customers"]) == 6, reply


@pytest.fixture
def team(app, chat, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """A manager nobody reports to yet, and two reps with a qualified deal each."""
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("Asia/Kuala_Lumpur")))
    boss = ConsoleChat(app.assistant, add_user("Shirleen", role="manager", timezone="Asia/Kuala_Lumpur").id)
    reps = {}
    for rep_name, customer in (("Gunnar", "Madison Biotech Labs"), ("黎嘉欣", "深圳华芯微电子有限公司")):
        reps[rep_name] = ConsoleChat(
            app.assistant, add_user(rep_name, timezone="Asia/Shanghai", locale="zh").id
        )
        replay(reps[rep_name], clock, f"/customer add {customer}", f"/deal {customer} 230000 USD qualified")
    return boss, reps


def test_a_managers_stalled_question_shows_the_reps_deals_at_that_stage(team) -> None:  # type: ignore[no-untyped-def]
    boss, _reps = team
    reply = texts(boss.send("who is stalled at qualified stage?"))
    assert "Madison Biotech Labs" in reply and "深圳华芯微电子有限公司" in reply, reply


def test_a_colleagues_follow_ups_asked_are_listed(team) -> None:  # type: ignore[no-untyped-def]
    boss, reps = team
    reps["黎嘉欣"].send("/remind 深圳华芯微电子有限公司 拜访王总 next tuesday 10am")
    reply = texts(boss.send("黎嘉欣下周有什么要跟进的"))
    assert "拜访王总" in reply, reply


def test_seeing_the_reps_deals_is_not_managing_them(app, admin, team) -> None:  # type: ignore[no-untyped-def]
    boss, _reps = team
    boss.send("Madison Biotech Labs signed!")
    assert _deal(app, admin, "Madison Biotech Labs")["stage"] == "qualified"


def test_a_call_said_beside_a_deal_change_is_logged_unasked(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("北方制药刘淑芬来电话，金额改成七十万"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply
    assert str(_deal(app, admin, "哈尔滨北方制药有限公司")["amount"]) == "700000", reply


def test_the_amount_kept_at_its_figure_leaves_the_stage_move(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("跟北方制药开会，从proposal推进到negotiation了，金额先按65万不变"))
    deal = _deal(app, admin, "哈尔滨北方制药有限公司")
    assert (deal["stage"], str(deal["amount"])) == ("negotiation", "650000"), reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("facetime with Thabo Dlamini at Durban Harbour Stevedoring, all sweet", "call"),
        ("had a yarn with Thabo Dlamini at Durban Harbour Stevedoring, happy as", "visit"),
    ],
)
def test_everyday_words_for_a_talk(app, admin, joburg, text, kind) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == [kind], reply


def test_talked_it_through_in_shenzhen_speech_is_a_meeting(app, admin, harbin) -> None:  # type: ignore[no-untyped-def]
    reply = texts(harbin.send("跟锦州光伏白玉洁拉通了一下，她说今天内部走流程"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply


def test_the_day_after_a_holiday_is_one_date_phrase(app, admin, chat, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 4, 30, 11, 30, tzinfo=ZoneInfo("America/Chicago")))
    replay(chat, clock, "/tz America/Chicago", "/customer add Midwest Cold Storage")
    reply = texts(chat.send("remind me the day after memorial day to call Deb at Midwest Cold Storage"))
    [reminder] = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2031-05-27") and reminder["text"].startswith("call Deb"), reply


def test_a_peoples_adjective_of_a_third_party_is_no_unread_word(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    joburg.send("Rand Water Pumps lost, went with another supplier")
    reply = texts(joburg.send("Rand Water Pumps back on - the German supplier couldn't deliver. Same 650k"))
    assert not _asked(reply), reply
    assert _deal(app, admin, "Rand Water Pumps")["status"] == "open", reply


def test_a_reminder_named_by_its_words_among_its_customers(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    joburg.send(
        "/deal Rand Water Pumps new deal pump maintenance 24000 ZAR proposal"
    )  # its words name the customer
    joburg.send("/remind Rand Water Pumps ring Sipho about the press quote tomorrow 6pm")
    joburg.send("/remind Rand Water Pumps pump maintenance visit next tuesday 10am")
    reply = texts(joburg.send("cancel the pump maintenance visit reminder, they postponed it indefinitely"))
    assert [r["text"] for r in exported(app, admin)["reminders"] if r["status"] == "pending"] == [
        "ring Sipho about the press quote"
    ], reply


def test_on_teams_is_a_meeting(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    reply = texts(joburg.send("Thabo Dlamini at Durban Harbour Stevedoring on Teams: legal's got the MSA"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply


def test_the_other_mobs_quote_is_theirs(app, admin, joburg) -> None:  # type: ignore[no-untyped-def]
    text = "call with Sipho at Rand Water Pumps, the other mob quoted 600k, our 650k stands"
    reply = texts(joburg.send(text))
    assert str(_deal(app, admin, "Rand Water Pumps")["amount"]) == "650000", reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


@pytest.fixture
def taipei(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 1, 16, 17, 45, tzinfo=ZoneInfo("Asia/Taipei")))
    replay(
        chat, clock, "/tz Asia/Taipei",
        "/customer add 竹科半導體設備股份有限公司, alias=竹科設備",
        "/deal 竹科半導體設備股份有限公司 12000000 JPY proposal",
        "/customer add 台中日系精工股份有限公司", "/deal 台中日系精工股份有限公司 8500000 JPY negotiation",
    )  # fmt: skip
    return chat


def test_settled_with_the_signing_still_to_come_is_its_close(app, admin, taipei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(taipei.send("竹科設備確定了，日幣1200萬照原價，禮拜五簽"))
    deal = _deal(app, admin, "竹科半導體設備股份有限公司")
    assert (deal["status"], deal["expected_close"]) == ("open", "2031-01-17"), reply
    assert not _asked(reply), reply


def test_their_budget_approved_at_our_price_as_it_stands(app, admin, taipei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(taipei.send("台中日系精工打來說 budget approve 了，8.5M JPY 照原價，下禮拜一簽"))
    assert not _asked(reply), reply
    assert _deal(app, admin, "台中日系精工股份有限公司")["expected_close"] == "2031-01-20", reply


def test_stalled_deals_of_the_stage_asked_are_listed(team, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    boss, reps = team
    reps["Gunnar"].send("/customer add Omaha Rail Car Repair")
    reps["Gunnar"].send("/deal Omaha Rail Car Repair 90000 USD proposal")
    clock.advance(days=60)  # nothing logged since: every deal is past its stage's limit
    stage = texts(boss.send("who is stalled at qualified stage?"))
    assert "Madison Biotech Labs" in stage and "Omaha Rail Car Repair" not in stage, stage
    assert "No stalled deals" not in stage, stage
    everyone = texts(boss.send("which deals are stalled?"))
    assert "Omaha Rail Car Repair" in everyone and "Madison Biotech Labs" in everyone, everyone
