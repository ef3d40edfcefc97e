"""Session 60 (issue 13): what the S11g and S12 development halves found read wrong.

A reminder to check whether the PO came is no win; "lembrete:" asks for a reminder as "remind me" does; a
colleague named as the one to tell is not whose deals the question is about; "the revised drawings but the
figure stays the same" asks nothing; counts ("1,200 head of cattle"), an M-Pesa till, a reference in parts
("ref 2032/TP/118") and a clause's number are no amounts and nothing left out; "fui lá" is a visit and "falei
com" a talk; someone who "left" another company than the one met at stays a contact there; a date said "like
planned" changes no close; "his new mobile …" after the company's name, or after a place, is the person's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.chatting import chat_of
from tests.support.exported import exported, people_of
from tests.support.worlds import on_s12_wednesday, replay, user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)


def _user(app, add_user, clock, name: str, zone: str, *setup: str):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, name, zone, datetime(2032, 6, 10, 15, 30), *setup)  # Thursday


@pytest.fixture
def jussara(app, add_user, clock):  # type: ignore[no-untyped-def]
    return _user(app, add_user, clock, "Jussara", "America/Sao_Paulo",
                 "/customer add Manaus Eletrônicos da Amazônia Ltda, aliases=Manaus Eletronicos",
                 "/contact add Manaus Eletrônicos da Amazônia Ltda: Raimundo Nonato Lima",
                 "/deal Manaus Eletrônicos da Amazônia Ltda 220000 USD negotiation close 2032-06-30",
                 "/customer add Joinville Plásticos Ltda, aliases=Joinville Plasticos",
                 "/contact add Joinville Plásticos Ltda: Anderson Krüger",
                 "/customer add São Paulo Metalúrgica S.A., aliases=SP Metalurgica",
                 "/contact add São Paulo Metalúrgica S.A.: Renata Figueiredo",
                 "/customer add Sorocaba Autopeças Ltda",
                 "/contact add Sorocaba Autopeças Ltda: Renata Figueiredo",
                 "/contact add Sorocaba Autopeças Ltda: Paulo Henrique Sartori")  # fmt: skip


def _deal(app, admin, customer: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    deals = exported(app, admin)["deals"]
    return [(d["status"], d["expected_close"]) for d in deals if d["customer"] == customer]


@pytest.mark.parametrize(
    "text",
    ["lembrete: 30/6 at 11am check if the Manaus PO arrived",
     "remind me 30/6 to check whether the Manaus PO arrived"],
)  # fmt: skip
def test_a_reminder_to_check_whether_the_po_came_is_no_win(app, admin, jussara, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(jussara.send(text))
    assert _deal(app, admin, "Manaus Eletrônicos da Amazônia Ltda") == [("open", "2032-06-30")], reply
    [reminder] = exported(app, admin)["reminders"]  # set at once: "lembrete" asks for it as "remind me" does
    assert reminder["customer"] == "Manaus Eletrônicos da Amazônia Ltda", reply


def test_fui_la_is_a_visit_and_falei_com_a_talk(app, admin, jussara) -> None:  # type: ignore[no-untyped-def]
    replies = texts(jussara.send("fui lá na Joinville Plasticos today, Anderson showed me the whole factory"))
    replies += texts(jussara.send("falei com o Raimundo da Manaus Eletronicos, nothing new"))
    assert sorted(a["kind"] for a in exported(app, admin)["activities"]) == ["call", "visit"], replies


def test_someone_who_left_another_company_stays_a_contact_where_they_are(app, admin, jussara) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        jussara.send(
            "meeting at Sorocaba Autopeças, Renata Figueiredo is there now (she left SP Metalurgica), "
            "she and Paulo Henrique both in the room"
        )
    )
    renata = people_of(app, admin)[("Sorocaba Autopeças Ltda", "Renata Figueiredo")]
    assert renata.get("left_at") is None, reply
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Sorocaba Autopeças Ltda"], reply


@pytest.fixture
def nyokabi(app, add_user, clock):  # type: ignore[no-untyped-def]
    return _user(app, add_user, clock, "Nyokabi", "Africa/Nairobi",
                 "/customer add Garissa Livestock Traders Ltd, aliases=Garissa Livestock",
                 "/contact add Garissa Livestock Traders Ltd: Abdirahman Hussein Farah",
                 "/customer add Kisumu Lakeside Fisheries Ltd, aliases=Kisumu Lakeside",
                 "/contact add Kisumu Lakeside Fisheries Ltd: Achieng Odhiambo",
                 "/customer add Eldoret Grain Millers Ltd, aliases=Uasin Gishu Millers",
                 "/contact add Eldoret Grain Millers Ltd: Kiprono Kiptoo",
                 "/deal Eldoret Grain Millers Ltd 3500000 KES proposal close 2032-06-30")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["visited Garissa Livestock, Abdirahman has 1,200 head of cattle and wants a cold room for 3 tonnes",
     "kisumu lakeside: Achieng whatsapped, 500kg sample batch ready, deposit goes to M-Pesa till 884120",
     "I was at uasin gishu millers with kiprono, he wants revised drawings but the figure stays the same"],
)  # fmt: skip
def test_counts_tills_and_a_figure_kept_are_logged_unasked(app, admin, nyokabi, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(nyokabi.send(text))
    assert len(exported(app, admin)["activities"]) == 1, reply
    assert [str(d["amount"]) for d in exported(app, admin)["deals"]] == ["3500000"], reply


@pytest.fixture
def przemek(app, add_user, clock):  # type: ignore[no-untyped-def]
    return _user(app, add_user, clock, "Przemek", "Europe/Warsaw",
                 "/customer add Gdańsk Stocznia Serwis Sp. z o.o., aliases=Gdansk Stocznia",
                 "/contact add Gdańsk Stocznia Serwis Sp. z o.o.: Tomasz Kowalczyk",
                 "/deal Gdańsk Stocznia Serwis Sp. z o.o. cranes 2200000 PLN negotiation close 2032-07-31",
                 "/deal Gdańsk Stocznia Serwis Sp. z o.o. new deal service 180000 PLN proposal",
                 "/customer add Wrocław Elektronika S.A., aliases=Wroclaw Elektronika",
                 "/contact add Wrocław Elektronika S.A.: Marek Jabłoński",
                 "/customer add Kraków Piekarnie Sp. z o.o., aliases=Krakow Piekarnie",
                 "/contact add Kraków Piekarnie Sp. z o.o.: Paweł Dudek")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Paweł Dudek called, tender ref 2032/TP/118, they need 14 pallets of samples to Kraków",
     "called Paweł Dudek from Krakow Piekarnie, he wants to change clause 7 of contract"],
)  # fmt: skip
def test_references_and_clause_numbers_are_not_left_out(app, admin, przemek, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(przemek.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


def test_a_date_said_like_planned_changes_no_close(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        przemek.send(
            "visited gdansk stocznia with Tomasz Kowalczyk, board will decide end of july like planned"
        )
    )
    assert sorted((d["title"], d["expected_close"]) for d in exported(app, admin)["deals"]) == [
        ("cranes", "2032-07-31"),
        ("service", None),
    ], reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["visit"], reply
    assert "Which one" not in reply, reply


def test_his_new_mobile_after_the_company_name_is_the_persons(app, admin, przemek) -> None:  # type: ignore[no-untyped-def]
    text = "lunch w/ Marek Jabłoński, Wroclaw Elektronika. his new mobile +48 601 234 567"
    reply = texts(przemek.send(text))
    marek = people_of(app, admin)[("Wrocław Elektronika S.A.", "Marek Jabłoński")]
    assert marek["phone"] == "+48 601 234 567", reply


def test_a_new_cell_after_a_place_is_the_persons(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    chat = _user(app, add_user, clock, "Cedric", "America/Vancouver",
                 "/customer add Surrey Cold Logistics Inc, aliases=Surrey Cold",
                 "/contact add Surrey Cold Logistics Inc: Rajinder Gill")  # fmt: skip
    reply = texts(
        chat.send(
            "Rajinder Gill - Surrey Cold Logistics - phone call, they're expanding into Delta. "
            "new cell 604-555-0187"
        )
    )
    rajinder = people_of(app, admin)[("Surrey Cold Logistics Inc", "Rajinder Gill")]
    assert rajinder["phone"] == "604-555-0187", reply
    assert [c["name"] for c in exported(app, admin)["customers"][0]["contacts"]] == ["Rajinder Gill"], reply


def test_a_colleague_to_tell_is_not_whose_deals(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    add_user("Cedric", role="manager", timezone="America/Vancouver")
    chat = _user(app, add_user, clock, "Jussara", "America/Sao_Paulo",
                 "/customer add São Paulo Embalagens Ltda",
                 "/deal São Paulo Embalagens Ltda 450000 BRL negotiation close 2032-06-30")  # fmt: skip
    reply = texts(chat.send("which of my deals close end of june?? need to tell Cedric"))
    assert "São Paulo Embalagens" in reply and "Cedric's" not in reply, reply


@pytest.mark.parametrize(
    ("zone", "text", "asked"),
    [("America/Mexico_City", "recuérdame llamar a Alma de Cumbre el miércoles at 7pm", "miércoles"),
     ("Europe/Berlin", "remind me to call Alma at Cumbre on Mittwoch at 19:00", "on Mittwoch"),
     ("Asia/Shanghai", "周三晚上七点请Cumbre的Alma吃饭，提醒我", "周三"),
     ("Asia/Singapore", "remind me to call Alma at Cumbre on Wednesday at 8pm", "on Wednesday")],
)  # fmt: skip
def test_a_weekday_on_itself_at_an_hour_ahead(app, admin, add_user, clock, zone, text, asked) -> None:  # type: ignore[no-untyped-def]
    chat = on_s12_wednesday(app, add_user, clock, "Rep", zone,
                         "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                         "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia")  # fmt: skip
    reply = texts(chat.send(text))
    assert asked in reply and exported(app, admin)["reminders"] == [], reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("remind me to call Alma at Cumbre next Wednesday at 8pm", "2033-10-05T12:00"),
     ("remind me to call Alma at Cumbre on Wednesday at 9am", "2033-10-05T01:00"),  # 9am is gone today
     ("remind me to call Alma at Cumbre on Friday at 8pm", "2033-09-30T12:00")],
)  # fmt: skip
def test_a_weekday_on_itself_else_is_next_weeks(app, admin, add_user, clock, text, due) -> None:  # type: ignore[no-untyped-def]
    chat = on_s12_wednesday(app, add_user, clock, "Rep", "Asia/Singapore",
                         "/customer add Distribuidora Cumbre S.A. de C.V., aliases=Cumbre",
                         "/contact add Distribuidora Cumbre S.A. de C.V.: Alma Delia")  # fmt: skip
    reply = texts(chat.send(text))
    assert [r["due_at"][:16] for r in exported(app, admin)["reminders"]] == [due], reply


@pytest.mark.parametrize(
    ("first", "fix", "due"),
    [("remind me to call Kwame at Accra Cocoa tomorrow 4pm", "make it 5pm abeg", "2033-09-29T16:00"),
     ("call Kwame at Accra Cocoa tmr 3pm remind me", "eh make it 4pm", "2033-09-29T15:00")],
)  # fmt: skip
def test_a_correction_with_a_sound_before_or_after_it(app, admin, add_user, clock, first, fix, due) -> None:  # type: ignore[no-untyped-def]
    chat = on_s12_wednesday(app, add_user, clock, "Ifeoluwa", "Africa/Lagos",
                         "/customer add Accra Cocoa Traders Ltd, aliases=Accra Cocoa",
                         "/contact add Accra Cocoa Traders Ltd: Kwame Mensah")  # fmt: skip
    reply = texts(chat.send(first)) + texts(chat.send(fix))
    # (17:00 and 16:00 in Lagos)
    assert [r["due_at"][:16] for r in exported(app, admin)["reminders"]] == [due], reply


@pytest.fixture
def taipei(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "詹雅筑", "Asia/Taipei",
                         "/customer add 彰化鞋業股份有限公司, aliases=彰化鞋業",
                         "/contact add 彰化鞋業股份有限公司: 許文彬, title=總經理",
                         "/customer add 天府软件科技有限公司, aliases=天府软件",
                         "/contact add 天府软件科技有限公司: 杨梓航, title=总经理",
                         "/customer add 天府粮仓农业有限公司, aliases=天府粮仓",
                         "/contact add 天府粮仓农业有限公司: 王志刚, title=总经理",
                         "/customer add 自贡灯彩文化有限公司, aliases=自贡灯彩",
                         "/contact add 自贡灯彩文化有限公司: 罗丽, title=总经理")  # fmt: skip


def test_another_day_the_same_time(app, admin, taipei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(taipei.send("明天下午三點提醒我打給彰化鞋業許總"))
    reply += texts(taipei.send("不是明天 是後天 一樣三點"))
    assert [r["due_at"][:16] for r in exported(app, admin)["reminders"]] == ["2033-09-30T07:00"], reply


def test_a_customer_put_right_with_the_voice_input_blamed(app, admin, taipei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(taipei.send("下午去天府软件拜访了杨总"))
    reply += texts(taipei.send("不对不对 是天府粮仓 王总 语音输错了"))
    assert [(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]] == [
        ("天府粮仓农业有限公司", "visit")
    ], reply


def test_a_take_back_said_twice_then_why(app, admin, taipei) -> None:  # type: ignore[no-untyped-def]
    reply = texts(taipei.send("自贡灯彩罗总说要再加一单 8万"))
    reply += texts(taipei.send("撤回撤回 她只是随便问问价"))
    assert exported(app, admin)["deals"] == [], reply


@pytest.fixture
def lagos(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Ifeoluwa", "Africa/Lagos",
                         "/customer add Ikeja Pharma Supplies Ltd, aliases=Ikeja Pharma",
                         "/contact add Ikeja Pharma Supplies Ltd: Damilola Ogunleye",
                         "/customer add Enugu Coal Logistics Ltd, aliases=Enugu Coal",
                         "/contact add Enugu Coal Logistics Ltd: Nkechi Eze-Okafor")  # fmt: skip


def test_a_late_entry_heading_is_no_customer(app, admin, lagos) -> None:  # type: ignore[no-untyped-def]
    reply = texts(lagos.send("forgot to log am: yesterday evening i called Nkechi of Enugu Coal, all fine"))
    [call] = exported(app, admin)["activities"]
    assert (call["customer"], call["kind"]) == ("Enugu Coal Logistics Ltd", "call"), reply
    assert sorted(c["name"] for c in exported(app, admin)["customers"]) == [
        "Enugu Coal Logistics Ltd",
        "Ikeja Pharma Supplies Ltd",
    ], reply
    assert call["occurred_at"][:10] == "2033-09-27", reply


def test_pidgin_visit_their_deadline_and_my_step(app, admin, lagos) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        lagos.send(
            "just comot from Ikeja Pharma, sat with Damilola almost 1hr. dem want the revised proposal "
            "latest friday, i go send am tmrw"
        )
    )
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["visit"], reply
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2033-09-29"], reply


@pytest.fixture
def singapore(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Huixian", "Asia/Singapore",
                         "/customer add Straits Shipyard Engineering Pte Ltd, aliases=Straits Shipyard",
                         "/contact add Straits Shipyard Engineering Pte Ltd: Desmond Tan",
                         "/deal Straits Shipyard Engineering Pte Ltd 300000 SGD negotiation close 2033-09-30",
                         "/customer add Johor Bahru Logistics Sdn Bhd, aliases=JB Logistics",
                         "/contact add Johor Bahru Logistics Sdn Bhd: Azman bin Yusof",
                         "/customer add Lion City Trading Pte Ltd, aliases=狮城国贸",
                         "/contact add Lion City Trading Pte Ltd: Teh Wei Jie")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["met Desmond at Straits Shipyard just now, contract draft ok liao, he will confirm plus chop by Fri",
     "Straits Shipyard Desmond came by office today，合同初稿 ok 了",
     "今天跟狮城国贸的Teh Wei Jie开了视频会，报价他们内部还在看，下周一的meeting照旧"],
)  # fmt: skip
def test_a_meeting_logged_with_no_reminder_of_theirs(app, admin, singapore, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(singapore.send(text))
    assert len(exported(app, admin)["activities"]) == 1, reply
    assert exported(app, admin)["reminders"] == [], reply


def test_a_budget_said_not_to_be_ours_is_no_deal(app, admin, singapore) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        singapore.send(
            "Azman whatsapp me, JB Logistics fleet is 85 trucks. the RM 2.1m budget he mention is for whole "
            "group, not for us"
        )
    )
    deals = [d["customer"] for d in exported(app, admin)["deals"]]
    assert deals == ["Straits Shipyard Engineering Pte Ltd"], reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["message"], reply


def test_their_answer_is_no_reminder_and_that_reminder_unwanted(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    chat = on_s12_wednesday(app, add_user, clock, "冉晓蓓", "Asia/Shanghai",
                         "/customer add 川渝建工集团有限公司, aliases=川渝建工",
                         "/contact add 川渝建工集团有限公司: 付强, title=经理",
                         "/customer add 成都锦江电器有限公司, aliases=锦江电器",
                         "/contact add 成都锦江电器有限公司: 王德军, title=总经理",
                         "/remind 成都锦江电器有限公司 2033-09-29 10:00 跟王总确认变压器合同")  # fmt: skip
    reply = texts(chat.send("给川渝建工付经理发了邮件 合同初稿发过去了 他说国庆前回复我 先这样"))
    assert [r["status"] for r in exported(app, admin)["reminders"]] == ["pending"], reply
    reply = texts(chat.send("明天锦江电器那个提醒不要了"))
    assert [r["status"] for r in exported(app, admin)["reminders"]] != ["pending"], reply


def test_a_title_said_now_and_where_we_know_them_from(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    chat = on_s12_wednesday(app, add_user, clock, "Korbinian", "Europe/Berlin",
                         "/customer add Ingolstadt Fahrzeugelektronik GmbH, aliases=IFE",
                         "/contact add Ingolstadt Fahrzeugelektronik GmbH: Andreas Kellner, "
                         "title=Leiter Einkauf",
                         "/customer add Würzburg Druckmaschinen AG",
                         "/contact add Würzburg Druckmaschinen AG: Helmut Schäfer")  # fmt: skip
    reply = texts(
        chat.send(
            "met Andreas Kellner at IFE in Ingolstadt, he is now Leiter Einkauf there. good for us, "
            "we know him from Würzburg"
        )
    )
    data = exported(app, admin)
    assert [a["customer"] for a in data["activities"]] == ["Ingolstadt Fahrzeugelektronik GmbH"], reply
    assert sorted(p for c in data["customers"] for p in [x["name"] for x in c["contacts"]]) == [
        "Andreas Kellner",
        "Helmut Schäfer",
    ], reply


def test_a_managers_questions_in_singapore_english(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    boss = add_user("Huixian", role="manager", timezone="Asia/Singapore")
    rep = add_user("Korbinian", manager=boss, timezone="Europe/Berlin")
    clock.set(datetime(2033, 9, 28, 16, 45, tzinfo=ZoneInfo("Asia/Singapore")))
    replay(chat_of(app, rep), clock,
           "/customer add Passau Donau Logistik GmbH",
           "/deal Passau Donau Logistik GmbH 160000 EUR negotiation close 2033-09-30",
           "/customer add Basler Chemiehandel AG",
           "/deal Basler Chemiehandel AG 145000 CHF proposal close 2033-10-20",
           "/customer add 雲林農產運銷股份有限公司",
           "/contact add 雲林農產運銷股份有限公司: 廖秀琴")  # fmt: skip
    chat = chat_of(app, boss)
    before = exported(app, admin)
    reply = texts(chat.send("Q3 end Fri liao. which deals closing this Fri across the team?"))
    assert "Passau" in reply and "Basler" not in reply and "雲林" not in reply, reply
    reply = texts(chat.send("Korbinian this week what closing ah"))
    assert "Passau" in reply and "Basler" not in reply, reply
    assert exported(app, admin)["activities"] == before["activities"] == [], reply


@pytest.fixture
def chengdu(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "冉晓蓓", "Asia/Shanghai",
                         "/customer add 重庆朝天门火锅连锁有限公司, aliases=朝天门火锅",
                         "/contact add 重庆朝天门火锅连锁有限公司: 周红梅, title=老板",
                         "/deal 重庆朝天门火锅连锁有限公司 250000 CNY proposal close 2033-10-10",
                         "/customer add 德阳旌湖重装配件有限公司, aliases=旌湖重装",
                         "/contact add 德阳旌湖重装配件有限公司: 黄永涛, title=经理",
                         "/deal 德阳旌湖重装配件有限公司 480000 CNY qualified close 2033-10-31")  # fmt: skip


def test_a_lunch_at_noon_told_with_a_new_figure(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("中午跟朝天门火锅的周姐吃饭，报价改成28万"))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["meeting"], reply
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"] == "重庆朝天门火锅连锁有限公司")
    assert str(deal["amount"]) == "280000", reply


def test_the_first_quote_of_a_qualified_deal_is_its_amount(app, admin, chengdu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(chengdu.send("旌湖重装黄永涛那边预算批下来了，今天把报价发过去了，五十二万"))
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"] == "德阳旌湖重装配件有限公司")
    assert (str(deal["amount"]), deal["stage"]) == ("520000", "proposal"), reply


@pytest.fixture
def mexico(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Araceli", "America/Mexico_City",
                         "/customer add Grupo Industrial Regio S.A. de C.V., aliases=Grupo Regio",
                         "/contact add Grupo Industrial Regio S.A. de C.V.: José Luis Garza Treviño",
                         "/customer add Grupo Tapatío de Alimentos S.A. de C.V., aliases=Grupo Tapatío",
                         "/contact add Grupo Tapatío de Alimentos S.A. de C.V.: José Manuel Íñiguez",
                         "/customer add Textiles Puebla S.A. de C.V., aliases=Textiles Puebla",
                         "/contact add Textiles Puebla S.A. de C.V.: Verónica Sánchez Tapia",
                         "/deal Textiles Puebla S.A. de C.V. 520000 MXN negotiation")  # fmt: skip


def test_a_spanish_slip_put_right_and_todo_bien_is_no_task(app, admin, mexico) -> None:  # type: ignore[no-untyped-def]
    reply = texts(mexico.send("le hablé a José Luis de Grupo Regio, todo bien con el pedido"))
    assert exported(app, admin)["reminders"] == [] and "remind" not in reply, reply
    reply += texts(mexico.send("no espera, wrong customer, fue José Manuel de Grupo Tapatío"))
    assert [(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]] == [
        ("Grupo Tapatío de Alimentos S.A. de C.V.", "call")
    ], reply


def test_the_competitions_price_in_spanish_is_no_amount_of_ours(app, admin, mexico) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        mexico.send(
            "llamé a Verónica de Textiles Puebla, la competencia les ofrece a $480,000 pero nos prefieren a "
            "nosotros si les damos 5% de descuento, lo veo con mi jefe"
        )
    )
    assert [str(d["amount"]) for d in exported(app, admin)["deals"]] == ["520000"], reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


def test_a_part_of_a_month_said_in_polish_is_asked(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    chat = _user(app, add_user, clock, "Przemek", "Europe/Warsaw",
                 "/customer add Lublin Agro Sp. z o.o., aliases=Lublin Agro",
                 "/deal Lublin Agro Sp. z o.o. 280000 PLN qualified")  # fmt: skip
    reply = texts(chat.send("Lublin Agro close date początek lipca"))
    assert [d["expected_close"] for d in exported(app, admin)["deals"]] == [None], reply
    assert "początek lipca" in reply, reply


def test_the_successor_named_after_is_still_added(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    chat = _user(app, add_user, clock, "Rep", "Australia/Sydney",
                 "/customer add Parramatta Steel Fabrication Pty Ltd, aliases=Parramatta Steel",
                 "/contact add Parramatta Steel Fabrication Pty Ltd: Kylie Brennan")  # fmt: skip
    reply = texts(chat.send("kylie brennan's left Parramatta Steel, new purchasing officer is Bec Tranter"))
    assert ("Parramatta Steel Fabrication Pty Ltd", "Bec Tranter") in people_of(app, admin), reply
