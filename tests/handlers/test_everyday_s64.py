"""Session 64: what S14's development half showed, by rule.

A coffee or tea taken with someone by its local name is a meeting ("tims w Desmond", "karak chai with
Hazem"); Taiwan's "QQ" closing a line is a crying face, no QQ message; a close date said to stay keeps the
deal's own day; "the 3pm cumbre one - bump it to …" moves that reminder; an email that came back with news
of a new contact is logged too; a Chinese contact of another of the rep's customers named in a message
about this one is asked about.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported, people_of
from tests.support.worlds import on_s12_wednesday

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

MEXICO = ZoneInfo("America/Mexico_City")
TAIPEI = ZoneInfo("Asia/Taipei")


@pytest.fixture
def araceli(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", MEXICO,
                 "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                 "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia Fuentes",
                 "/deal Distribuidora Cumbre S.A. de C.V. 400000 MXN proposal close 13 Oct 2033")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["tims w Alma Delia from Cumbre this am, still in nego", "karak chai with Alma Delia from Cumbre this am",
     "teh tarik with Alma Delia from Cumbre this morning"],
)  # fmt: skip
def test_a_coffee_by_its_local_name_is_a_meeting(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply


@pytest.fixture
def yizhen(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "鄭宜蓁", TAIPEI,
        "/customer add 新北鼎新包裝股份有限公司, aliases=鼎新包裝",
        "/contact add 新北鼎新包裝股份有限公司: 林志明, title=經理",
        "/deal 新北鼎新包裝股份有限公司 780000 TWD negotiation",
        "/customer add 內湖智聯軟體股份有限公司, aliases=智聯",
        "/contact add 內湖智聯軟體股份有限公司: 羅以琳, title=營運長")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("鼎新包裝 掉單了 被對手用低價搶走 QQ", []), ("鼎新包裝 林經理 發了QQ 說價格再看看", ["message"])],
)
def test_qq_closing_a_line_is_a_crying_face(app, admin, yizhen, text, kinds) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == kinds, reply


def test_an_email_that_came_back_with_a_new_contact_is_logged(app, admin, yizhen) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send("智聯 羅營運長 email回來了，說之後新的窗口是 IT經理 周柏翰 0912-345-678"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("email", "羅以琳")], reply
    assert ("內湖智聯軟體股份有限公司", "周柏翰") in people_of(app, admin), reply
    yizhen.send("智聯 羅營運長 email換了 lo@zhilian.example.com")  # the address changed: no email logged
    assert len(exported(app, admin)["activities"]) == 1


@pytest.mark.parametrize(
    "text",
    ["Cumbre amount revised to 450k MXN, close date stays mid October",
     "Cumbre amount revised to 450k MXN, mid October close stays"],
)  # fmt: skip
def test_a_close_said_to_stay_keeps_the_deals_day(app, admin, araceli, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    deals = [(d["amount"], d["expected_close"]) for d in exported(app, admin)["deals"]]
    assert deals == [(450000, "2033-10-13")], reply  # it set Oct 15, "mid October"


def test_a_reminder_named_by_its_time_and_customer_is_moved(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/remind Distribuidora Cumbre S.A. de C.V. tomorrow 3pm call Alma about the PO")
    reply = texts(araceli.send("the 3pm cumbre one - bump it to friday first thing"))
    assert due_times(app, admin, MEXICO) == ["2033-09-30 09:00"], reply  # it set a second reminder


@pytest.fixture
def jianchuan(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "蒲建川", ZoneInfo("Asia/Shanghai"),
        "/customer add 渝江船舶有限公司, aliases=渝江船舶",
        "/contact add 渝江船舶有限公司: 冉启明, title=副总",
        "/customer add 重庆江渝食品有限公司, aliases=江渝食品",
        "/contact add 重庆江渝食品有限公司: 谭雪梅, title=采购经理",
        "/deal 重庆江渝食品有限公司 260000 CNY negotiation close 30 Oct 2033")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "asked"),
    [("老冉说江渝那单明天签", True), ("冉总说江渝那单明天签", True), ("谭雪梅说江渝那单明天签", False),
     ("拜访了渝江船舶的冉总，江渝那单明天签", False)],
)  # fmt: skip
def test_another_customers_contact_named_in_its_news_is_asked(app, admin, jianchuan, text, asked) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jianchuan.send(text))
    closes = [d["expected_close"] for d in exported(app, admin)["deals"]]
    assert closes == (["2033-10-30"] if asked else ["2033-09-29"]), reply
    assert ("冉启明 (渝江船舶有限公司)" in reply) is asked, reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Tim's w/ Alma Delia from Cumbre this am, double-double on me lol", "meeting"),
     ("mamak w Alma Delia from Cumbre this morning, they want a site visit", "meeting"),
     ("chatted w Alma Delia at Cumbre this morning, 12 guys on the floor", "visit"),
     ("went cumbre this morning see alma delia, she ok with the spec but want 5% discount still", "visit")],
)  # fmt: skip
def test_a_talk_said_the_local_way_is_logged(app, admin, araceli, text, kind) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == [kind], reply  # a note, or nothing


@pytest.mark.parametrize(
    "text",
    ["下午又去渝江船舶找冉总喝了杯茶，方案他们还在看", "渝江船舶冉总今天喊我去店里耍，合同条款过了一遍"],
)
def test_tea_or_the_shop_with_them_is_a_visit(app, admin, jianchuan, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jianchuan.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["visit"], reply  # a call, a note


@pytest.mark.parametrize(
    ("text", "amount"), [("鼎新包裝報價改成750K", 780000), ("鼎新包裝報價改成75萬", 750000)]
)
def test_a_k_figure_from_taiwan_for_an_nt_deal_is_asked(app, admin, yizhen, text, amount) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send(text))
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [amount], reply  # K counts US$ there too


def test_ignore_that_said_after_a_sound_takes_it_back(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("Cumbre lost to a competitor")
    reply = texts(araceli.send("eh ignore that wrong chat 🙈"))
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["proposal"], reply


def test_a_clock_in_hours_of_the_day_is_read(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("Reminder 1500 hrs friday - send Alma Delia at Cumbre the catalogue"))
    assert due_times(app, admin, MEXICO) == ["2033-09-30 15:00"], reply  # it set 09:00


@pytest.mark.parametrize(
    ("zone", "text", "day"),
    [("America/Toronto", "the tuesday after thanksgiving", "2033-10-11"),  # Canada's, in October
     ("America/Toronto", "after thanksgiving", "2033-10-11"),
     ("America/New_York", "the tuesday after columbus day", "2033-10-11"),
     ("America/New_York", "the friday before columbus day", "2033-10-07")],
)  # fmt: skip
def test_a_weekday_before_or_after_a_holiday(zone, text, day) -> None:
    from datetime import datetime

    from handlers.parsing.dates import find_when

    tz = ZoneInfo(zone)
    when = find_when(text, now=datetime(2033, 9, 28, 16, 45, tzinfo=tz), tz=tz)
    assert when is not None and f"{when.at:%Y-%m-%d}" == day, when


def test_a_measure_is_no_money(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Aserradero Tarahumara")
    araceli.send("/contact add Aserradero Tarahumara: Luis Kivisto")
    reply = texts(araceli.send(
        "aserradero tarahumara - talked to luis, mill runs ~40,000 board ft a day, he wants me up there 10/5"
    ))  # fmt: skip
    assert [d["amount"] for d in exported(app, admin)["deals"]] == [400000] and "40,000" not in reply, reply


def test_a_new_email_beside_a_call_keeps_the_call(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        araceli.send("Alma Delia @ cumbre has a new email alma@cumbre.example.mx - called her re the PO")
    )
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply  # only the email stored
    people = people_of(app, admin)
    assert (
        people[("Distribuidora Cumbre S.A. de C.V.", "Alma Delia Fuentes")]["email"]
        == "alma@cumbre.example.mx"
    )


def test_a_forwarded_mail_cancels_no_reminder(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Cumbre Marine Services, aliases=Cumbre Marine")
    araceli.send("/contact add Cumbre Marine Services: Mohammed Al Hashmi")
    araceli.send("/remind Cumbre Marine Services call Mohammed Al Hashmi about the dredging LPO 29 Sep 2pm")
    reply = texts(araceli.send(
        "Fwd: 'Dear Araceli, further to our meeting we regret to inform that the warehouse project has been "
        "cancelled by our HQ. Thanks for your support. Rgds, Mohammed Irfan' - pls update Distribuidora "
        "Cumbre, lost"
    ))  # fmt: skip
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]] == ["pending"], reply  # it was cancelled
    assert [d["stage"] for d in data["deals"]] == ["lost"], reply


def test_a_follow_up_closed_is_done(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/remind Distribuidora Cumbre S.A. de C.V. tomorrow 10am follow up Alma Delia on the PO")
    reply = texts(
        araceli.send("already chased Alma Delia this morning, you can close the PO follow up for tomorrow")
    )
    assert [r["status"] for r in exported(app, admin)["reminders"]] == ["done"], reply


def test_a_list_asked_for_with_pull_it_is_answered(app, admin, jianchuan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jianchuan.send("十月要关的单有哪些，帮我拉一下"))
    assert "重庆江渝食品有限公司" in reply and "没太明白" not in reply, reply
    assert exported(app, admin)["activities"] == [], reply


def test_a_quote_just_sent_over_moves_the_deal(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "蒲建川", ZoneInfo("Asia/Shanghai"),
        "/customer add 自贡彩灯文旅有限公司, aliases=自贡彩灯文旅",
        "/deal 自贡彩灯文旅有限公司 300000 CNY qualified")  # fmt: skip
    reply = texts(rep.send("自贡彩灯文旅 报价刚发过去"))  # it asked when to remind "报价刚发过去"
    assert [d["stage"] for d in exported(app, admin)["deals"]] == ["proposal"], reply


def test_a_title_said_with_now_is_the_contacts(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    reply = texts(araceli.send("Cumbre site visit done, Alma Delia Fuentes now Plantation Director already"))
    people = people_of(app, admin)
    assert (
        people[("Distribuidora Cumbre S.A. de C.V.", "Alma Delia Fuentes")]["title"] == "Plantation Director"
    )
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["visit"], reply


def test_a_family_name_spelt_the_taiwan_way_is_the_contact(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "鄭宜蓁", TAIPEI,
        "/customer add 台灣櫻鈴醫材股份有限公司, aliases=櫻鈴",
        "/contact add 台灣櫻鈴醫材股份有限公司: 曾詩涵, title=採購經理")  # fmt: skip
    reply = texts(rep.send("quick call with Ms. Tseng at 櫻鈴, she's fine with the delivery schedule"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("call", "曾詩涵")], (
        reply
    )  # "Ms. Tseng"
    assert data["reminders"] == [], reply  # "the delivery schedule" is no task


def test_a_loss_keeps_who_took_it_with_why(app, admin, yizhen) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yizhen.send("鼎新包裝那案 被對手搶走了 對方便宜15%"))
    reasons = [d["lost_reason"] for d in exported(app, admin)["deals"]]
    assert len(reasons) == 1 and "對手" in reasons[0] and "便宜15%" in reasons[0], reply  # only the why


def test_rials_are_omani_money_not_a_title(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/customer add Muscat Cement Trading LLC, aliases=Muscat Cement")
    reply = texts(araceli.send("muscat cement new order 25k rials"))
    deals = [(d["title"], d["amount"], d["currency"]) for d in exported(app, admin)["deals"]]
    assert ("Muscat Cement Trading LLC", 25000, "OMR") in deals, reply  # a deal "rials" in US dollars


def test_a_close_moved_to_after_a_holiday_is_asked(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from tests.support.worlds import user_at

    rep = user_at(app, add_user, clock, "Tavish", "America/Toronto", datetime(2031, 2, 10, 9, 30),
        "/customer add Markham Cloud Services Inc, aliases=Markham Cloud",
        "/deal Markham Cloud Services Inc 95000 CAD negotiation close 14 Feb 2031")  # fmt: skip
    reply = texts(rep.send("Markham close moves to after Family Day"))  # it set Tue Feb 18, a day of a range
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2031-02-14"], reply
    texts(rep.press("Cancel"))
    reply = texts(rep.send("Markham close moves to the wednesday after Family Day"))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2031-02-19"], reply


def test_a_phone_number_put_right_with_its_field_named(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    rep = on_s12_wednesday(app, add_user, clock, "李伟", ZoneInfo("Asia/Shanghai"),
        "/customer add 蓝鲸科技有限公司, aliases=蓝鲸科技",
        "/contact add 蓝鲸科技有限公司: 陈静, title=采购经理")  # fmt: skip
    rep.send("蓝鲸科技的陈静手机 139 1234 5678")
    reply = texts(rep.send("电话不是139 1234 5678，是139 1234 5679"))  # "已更正" with the old number kept
    assert people_of(app, admin)[("蓝鲸科技有限公司", "陈静")]["phone"] == "139 1234 5679", reply


def test_another_hour_the_same_day_is_another_reminder(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/remind Distribuidora Cumbre S.A. de C.V. tomorrow 2pm call Alma Delia about the PO")
    reply = texts(araceli.send("remind me tomorrow 1500 hrs to send the PO draft to Alma Delia at Cumbre"))
    assert due_times(app, admin, MEXICO) == ["2033-09-29 14:00", "2033-09-29 15:00"], reply  # "already have"


def test_a_week_they_said_asks_its_day_once(app, admin, jianchuan) -> None:  # type: ignore[no-untyped-def]
    asked = texts(jianchuan.send("跟江渝食品的谭经理开了会，他说报价单OK，下禮拜簽約"))
    assert len(jianchuan.buttons) == 6, asked  # the week's working days, and Cancel
    reply = texts(jianchuan.press(jianchuan.buttons[4].label))  # its Friday; it asked "下礼拜" again after
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == ["2033-10-07"], reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply


def test_another_hour_said_instead_moves_the_reminder(app, admin, araceli) -> None:  # type: ignore[no-untyped-def]
    araceli.send("/remind Distribuidora Cumbre S.A. de C.V. tomorrow 11am send Alma Delia the PO draft")
    reply = texts(
        araceli.send("Remind me to send the PO draft to Alma Delia at Cumbre tomorrow 4 pm instead of 11")
    )
    assert due_times(app, admin, MEXICO) == ["2033-09-29 16:00"], reply  # a second one at 16:00


def test_a_visit_planned_for_the_weekday_it_is_is_not_logged(app, admin, jianchuan) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jianchuan.send("周三要去渝江船舶开会"))  # said on a Wednesday: today or next week, to come
    assert exported(app, admin)["activities"] == [], reply  # it logged a visit made today
