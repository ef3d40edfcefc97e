"""Session 53, everyday wordings from the blind development half of focus S10b (issue 13).

- "今儿上午去铁西铸造找孙厂长唠了一上午，合同价往上调到一百三十万": the price "调到" (raised to) a figure was
  read as the person moved to another company: 孙志强, the 厂长, was marked as gone, silently.
- "log a visit to Tramore Surf Hotels with Gráinne" then "actually scratch that, the visit got cancelled,
  ignore": the take-back's why was read as a reminder change first, and another customer's visit reminder
  was cancelled, silently (the visit stayed logged).
- "Visited Luleå Stål today, Per showed me the workshop. His new email: …": "Visited Luleå Stål" was a new
  contact (a verb and the customer's name read as a person), and "Per" (a known contact whose given name is
  a common word, and whose family name has an accent) was not read as a person.
- "提醒额后天早上九点给商洛陈社长打电话", "跟盘锦于社长吃饭", "跟牡丹江林机小潘打电话": a customer said as its
  place and its contact (社长 of a co-op was no title), its place and the initials of its next two words
  (林机 of 林业机械), its contact as 小潘: the reminder had no customer (silently), the others were asked.
- "给营口邵经理打了个电话，他换手机号了 …", "贺经理加了微信，手机号 …", "Kemi whatsapp me, … new number",
  "got a mail from Ronan at Cork Harbour, he's Chief Procurement Officer now": the channel the news came by is
  an interaction had (only the contact was updated; "a mail" was no e-mail at all).
- "LEKKI PACKAGING DON SIGN!!! PO land this morning": Nigerian Pidgin for signed and the PO landed (a note
  was asked about).
- "宝鸡钛材改成五十个" for a US-dollar deal: 个 is slang for 万 (yuan); US$500,000 was stored, silently.
- "cork harbour will sign monday week" said on a Monday: a week from today, or from next Monday? (stored as
  the later, silently).
- "榆林预算三四百个": the one customer of that place, its budget said (not understood at all).
- "佟大成年底要签的有哪些？", "what closes by year end?": the deals closing by the year's end (asked which
  customer).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from crm_store.search.hanzi import simplified
from handlers.parsing.amounts import find_amount
from handlers.parsing.dates import find_when
from handlers.parsing.periods import coming_period
from handlers.parsing.quantities import UNITS
from handlers.understanding.intents import is_question
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.reading import reading_at
from tests.support.worlds import replay

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
LAGOS = ZoneInfo("Africa/Lagos")
MONDAY = datetime(2031, 12, 29, 9, 10, tzinfo=LAGOS)


@pytest.fixture
def reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Monday 29 December 2031, 09:10 in Shenyang."""
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    out = {}
    for rep, zone, locale, setup in (
        ("佟大成", "Asia/Shanghai", "zh", (
            "/customer add 沈阳铁西精密铸造有限公司, aliases=铁西铸造",
            "/contact add 沈阳铁西精密铸造有限公司: 孙志强, title=厂长",
            "/deal 沈阳铁西精密铸造有限公司 1200000 CNY negotiation close 30 Jan 2032",
            "/customer add 盘锦稻香大米合作社", "/contact add 盘锦稻香大米合作社: 于振江, title=社长",
            "/customer add 牡丹江林业机械有限公司", "/contact add 牡丹江林业机械有限公司: 潘志铭, title=采购",
            "/deal 牡丹江林业机械有限公司 420000 CNY proposal",
            "/customer add 营口鲅鱼圈散货码头有限公司",
            "/contact add 营口鲅鱼圈散货码头有限公司: 邵勇军, title=经理, phone=+86 9615 2440",
            "/deal 营口鲅鱼圈散货码头有限公司 780000 CNY proposal close 29 Dec 2031",
        )),
        ("雷晓婷", "Asia/Shanghai", "zh", (
            "/customer add 商洛核桃合作社", "/contact add 商洛核桃合作社: 陈小兰, title=社长",
            "/customer add 宝鸡钛材加工有限公司", "/deal 宝鸡钛材加工有限公司 480000 USD proposal",
            "/customer add 榆林煤化工设备有限公司", "/deal 榆林煤化工设备有限公司 2500000 CNY proposal",
        )),
        ("Orlaith", "Europe/Dublin", "en", (
            "/customer add Tramore Surf Hotels Ltd",
            "/contact add Tramore Surf Hotels Ltd: Gráinne Power-Foley",
            "/customer add MacNamara Engineering Ltd",
            "/remind MacNamara Engineering Ltd site visit with Seán 7 Jan 2pm",
            "/customer add Cork Harbour Pharma Services Ltd",
            "/contact add Cork Harbour Pharma Services Ltd: Ronan Fitzgibbon, title=Procurement Director",
            "/deal Cork Harbour Pharma Services Ltd 450000 USD negotiation close 30 Jan 2032",
        )),
        ("Hampus", "Europe/Stockholm", "en", (
            "/customer add Luleå Stål & Verkstad AB",
            "/contact add Luleå Stål & Verkstad AB: Per Nyströmer, email=per@old.example.com",
        )),
        ("Folasade", "Africa/Lagos", "en", (
            "/customer add Lekki Free Zone Packaging Ltd",
            "/deal Lekki Free Zone Packaging Ltd 36000 USD negotiation close 29 Dec 2031",
            "/customer add Victoria Island Towers Facility Mgt Ltd, aliases=VI Towers",
            "/contact add Victoria Island Towers Facility Mgt Ltd: Kemi Oyelaran, phone=+234 9901 3649",
        )),
    ):  # fmt: skip
        out[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(out[rep], clock, *setup)
    return out


def _logged(app, admin) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(a["customer"], a["kind"], a["contact"]) for a in exported(app, admin)["activities"]]


@SQLITE
def test_a_price_raised_to_a_figure_is_no_move_to_another_company(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    text = "今儿上午去铁西铸造找孙厂长唠了一上午，合同价往上调到一百三十万，贼得劲儿"
    reply = texts(reps["佟大成"].send(text))
    data = exported(app, admin)
    people = {person: p for (customer, person), p in people_of(app, admin).items() if "铁西" in customer}
    assert list(people) == ["孙志强"] and "left_at" not in people["孙志强"], reply
    assert _logged(app, admin) == [("沈阳铁西精密铸造有限公司", "visit", "孙志强")], reply
    assert [str(d["amount"]) for d in data["deals"] if d["customer"].startswith("沈阳铁西")] == ["1300000"]


@SQLITE
def test_scratch_that_takes_back_the_visit_and_cancels_no_reminder(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reps["Orlaith"].send("log a visit to Tramore Surf Hotels with Gráinne")
    reply = texts(reps["Orlaith"].send("actually scratch that, the visit got cancelled, ignore"))
    data = exported(app, admin)
    assert data["activities"] == [], reply
    assert [r["status"] for r in data["reminders"]] == ["pending"], reply


@SQLITE
def test_his_new_email_is_the_known_contacts_not_the_customers_name(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Hampus"].send(
            "Visited Luleå Stål today, Per showed me the workshop. His new email: per.nystromer@lulea-stal.se"
        )
    )
    people = {
        person: p.get("email")
        for (customer, person), p in people_of(app, admin).items()
        if "Lule" in customer
    }
    assert people == {"Per Nyströmer": "per.nystromer@lulea-stal.se"}, reply
    assert _logged(app, admin) == [("Luleå Stål & Verkstad AB", "visit", "Per Nyströmer")], reply


@SQLITE
@pytest.mark.parametrize(
    ("rep", "text", "logged", "customer"),
    [
        ("佟大成", "昨儿晚上跟盘锦于社长吃饭，想整一套烘干设备", ("meeting", "于振江"), "盘锦稻香大米合作社"),
        ("佟大成", "跟牡丹江林机小潘打电话，说年底前能定下来", ("call", "潘志铭"), "牡丹江林业机械有限公司"),
        ("雷晓婷", "提醒我后天早上九点给商洛陈社长打电话", None, "商洛核桃合作社"),
    ],
)
def test_a_customer_said_as_its_place_and_its_person(  # type: ignore[no-untyped-def]
    app, admin, reps, rep: str, text: str, logged: tuple[str, str] | None, customer: str
) -> None:
    reply = texts(reps[rep].send(text))
    data = exported(app, admin)
    if logged is None:
        due = [(r["customer"], r["due_at"][:16]) for r in data["reminders"] if r["owner"] == rep]
        assert due == [(customer, "2031-12-31T01:00")], reply
    else:
        assert _logged(app, admin) == [(customer, *logged)], reply


@SQLITE
@pytest.mark.parametrize(
    ("rep", "text", "kind", "customer", "field", "value"),
    [
        ("佟大成", "给营口邵经理打了个电话，他换手机号了 139 4170 2286", "call", "营口鲅鱼圈散货码头有限公司",
         "phone", "139 4170 2286"),
        ("Folasade", "Kemi (VI towers) whatsapp me, her old line don die. new number na 0809 412 7730 abeg "
         "update am", "message", "Victoria Island Towers Facility Mgt Ltd", "phone", "0809 412 7730"),
        ("Orlaith", "got a mail from Ronan at Cork Harbour, he's Chief Procurement Officer now if you don't "
         "mind", "email", "Cork Harbour Pharma Services Ltd", "title", "Chief Procurement Officer"),
    ],
)  # fmt: skip
def test_the_channel_the_news_came_by_is_logged_too(  # type: ignore[no-untyped-def]
    app, admin, reps, rep: str, text: str, kind: str, customer: str, field: str, value: str
) -> None:
    reply = texts(reps[rep].send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["kind"]) for a in data["activities"]] == [(customer, kind)], reply
    assert [p.get(field) for (c, _), p in people_of(app, admin).items() if c == customer] == [value], reply


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("LEKKI PACKAGING DON SIGN!!! PO land this morning 🙌", "won"), ("lekki: PO land already", "won"),
     ("lekki PO go land friday", None), ("don't sign anything yet at lekki", None)],
)  # fmt: skip
def test_nigerian_pidgin_signed_and_the_po_landed(text: str, outcome: str | None) -> None:
    assert reading_at(text, MONDAY, "Africa/Lagos").outcome == outcome


@SQLITE
def test_money_counted_in_ge_for_a_dollar_deal_is_asked(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps["雷晓婷"].send("宝鸡钛材改成五十个"))
    asked_and_nothing_stored(app, admin, before, reply)


@pytest.mark.parametrize(
    ("text", "now", "day", "unsure"),
    [("they sign monday week", MONDAY, date(2032, 1, 12), True),
     ("they sign tuesday week", MONDAY, date(2032, 1, 6), False),
     ("they sign monday week", MONDAY.replace(day=30), date(2032, 1, 12), False)],
)  # fmt: skip
def test_a_weekday_week_said_on_that_weekday_is_unsure(
    text: str, now: datetime, day: date, unsure: bool
) -> None:
    when = find_when(text, now=now, tz=LAGOS)
    assert when is not None and when.at.date() == day
    assert bool(reading_at(text, now, "Africa/Lagos").doubts) is unsure


@SQLITE
def test_a_place_and_its_budget_is_asked(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps["雷晓婷"].send("榆林预算三四百个"))
    asked_and_nothing_stored(app, admin, before, reply)
    assert "榆林煤化工" in reply, reply


@pytest.mark.parametrize(
    ("text", "last"),
    [("年底要签的有哪些", date(2031, 12, 31)), ("what closes by year end?", date(2031, 12, 31)),
     ("anything closing by month-end", date(2031, 12, 31)), ("月底前", date(2031, 12, 31))],
)  # fmt: skip
def test_by_the_years_end_is_a_period(text: str, last: date) -> None:
    period = coming_period(text, date(2031, 12, 29))
    assert period is not None and period.last == last


@SQLITE
def test_a_reps_deals_closing_by_year_end(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["佟大成"].send("佟大成年底要签的有哪些？"))
    assert "营口鲅鱼圈" in reply and "铁西" not in reply, reply


# Second batch -----------------------------------------------------------------------------------------
# - "ilorin sugar close date pushed to end of feb, their board meeting moved": their board's meeting was
#   logged as ours.
# - "周部长来咱公司了": they came to us, a meeting (only the stage was stored).
# - "酒泉那个提醒不要咧": the north-west's 咧 for 了 (not understood).
# - "跟大连海洋刘姐唠了": 刘姐 is 刘凤霞, said familiarly (no contact was linked).
# - "wetin I get for tomorrow?": Nigerian Pidgin for what do I have (not understood).
# - "new deal €9,500": nine and a half thousand euros (asked whether €9.50 was meant).
# - "额今早克北郊物流园寻郭强": Shaanxi 克 (去) and 寻 (找), a visit; "机型有三十多种": a count, not money.


@pytest.mark.parametrize(
    ("text", "kind"),
    [("ilorin sugar close date pushed to end of feb, their board meeting moved", None),
     ("attended their board meeting at ilorin sugar", "meeting"),
     ("鞍山长城耐火周部长来咱公司了，唠得挺好", "meeting"),
     ("额今早克北郊物流园寻郭强，谝了一阵", "visit"), ("买了五百克寻常的茶叶", None)],
)  # fmt: skip
def test_whose_meeting_and_who_came_to_whom(text: str, kind: str | None) -> None:
    assert reading_at(text, MONDAY, "Asia/Shanghai").kind == kind


@pytest.mark.parametrize(
    ("text", "folded"),
    [("酒泉那个提醒不要咧", "酒泉那个提醒不要了"), ("合同陈总已经跟额对完咧", "合同陈总已经跟我对完了"),
     ("金额今天定了", "金额今天定了")],
)  # fmt: skip
def test_north_west_words_read_as_mandarin(text: str, folded: str) -> None:
    assert simplified(text) == folded


@SQLITE
def test_sister_liu_is_the_contact_liu(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    replay(
        reps["佟大成"],
        clock,
        "/customer add 大连海洋渔业有限公司",
        "/contact add 大连海洋渔业有限公司: 刘凤霞",
    )
    reply = texts(reps["佟大成"].send("给大连海洋刘姐打了个电话，她说挺好"))
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["刘凤霞"], reply


def test_pidgin_what_is_a_question() -> None:
    assert is_question("wetin I get for tomorrow?", about_work=True)


def test_euros_with_a_thousands_comma_are_thousands() -> None:
    amount = find_amount("new deal €9,500")
    assert amount is not None and amount.value == 9500 and not amount.ambiguous


def test_about_thirty_kinds_is_a_count() -> None:
    assert UNITS.match("多种") and UNITS.match("种") and not UNITS.match("多万")


@SQLITE
def test_a_place_at_the_end_of_the_words_is_no_initials(app, admin, add_user, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """The initials of a name's next two words were compared with the two characters after the place, which
    are none at the end of the words looked up: "桃園" alone named a customer it did not (a reminder change
    said "none of your reminders is about 桃园")."""
    clock.set(datetime(2030, 3, 14, 16, 40, tzinfo=ZoneInfo("Asia/Taipei")))
    chat = ConsoleChat(app.assistant, add_user("蔡宛臻", timezone="Asia/Taipei", locale="zh").id)
    replay(
        chat, clock,
        "/customer add 桃園航空貨運服務股份有限公司",
        "/contact add 桃園航空貨運服務股份有限公司: 李承諺, title=站長",
        "/customer add 桃園航太零組件股份有限公司",
        "/remind 桃園航空貨運服務股份有限公司 3月20日上午10点 去桃園找李承諺",
    )  # fmt: skip
    reply = texts(chat.send("桃園下禮拜三那個提醒取消，李站長出國"))
    assert [r["status"] for r in exported(app, admin)["reminders"] if r["owner"] == "蔡宛臻"] == [
        "cancelled"
    ], reply


def test_a_months_end_named_is_that_month_not_this() -> None:
    period = coming_period("我的单子哪些是六月底关单的", date(2031, 4, 26))
    assert period is None or period.last != date(2031, 4, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [("下周一一早给任芳打电话", date(2032, 1, 5)), ("周二一早去", date(2031, 12, 30)),
     ("今儿一早去了", date(2031, 12, 29)), ("一早去了", date(2031, 12, 29))],
)  # fmt: skip
def test_early_morning_of_a_weekday_is_that_days(text: str, day: date) -> None:
    """一早 after a weekday (周一一早: the 一 of 周一 is no part of it) is that day's early morning."""
    tz = ZoneInfo("Asia/Shanghai")
    when = find_when(text, now=datetime(2031, 12, 29, 9, 10, tzinfo=tz), tz=tz)
    assert when is not None and when.at.date() == day


@SQLITE
def test_a_new_deal_twenty_times_the_biggest_is_asked(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """Folasade's biggest open deal is $36,000: "wants 50 million" is naira or a slip, never $50,000,000."""
    replay(reps["Folasade"], clock, "/customer add Makurdi Yam Exporters Ltd")
    before = exported(app, admin)
    reply = texts(reps["Folasade"].send("Makurdi yam wants 50 million"))
    asked_and_nothing_stored(app, admin, before, reply)
    reps["Folasade"].send("/cancel")
    reply = texts(reps["Folasade"].send("Makurdi yam wants 50k, new order"))
    amounts = [str(d["amount"]) for d in exported(app, admin)["deals"] if d["customer"].startswith("Makurdi")]
    assert amounts == ["50000"], reply


@SQLITE
def test_make_the_figure_now_not_the_old_one_changes_the_open_deal(
    app, admin, reps, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    """ "extra tapping kits so make the figure 28k now not 26k": the open deal's figure is put right; the
    "extra" only says why (a new deal titled "I dey" was offered)."""
    replay(reps["Folasade"], clock, "/customer add Benin Rubber Estates Ltd",
           "/deal Benin Rubber Estates Ltd 26000 USD proposal")  # fmt: skip
    reply = texts(
        reps["Folasade"].send(
            "Benin Rubber: oga MD don approve extra tapping kits so make the figure 28k now not 26k"
        )
    )
    deals = [str(d["amount"]) for d in exported(app, admin)["deals"] if d["customer"].startswith("Benin")]
    assert deals == ["28000"], reply


def test_shown_round_the_site_is_a_visit() -> None:
    assert (
        reading_at("Osagie walked me round the whole estate at Benin Rubber", MONDAY, "Africa/Lagos").kind
        == "visit"
    )
