"""Session 55, everyday wordings from the blind development halves of focus S11 and S11b (issue 13).

- "琴日去咗穗安消防见谭总" then "唔系穗安，系穗港物流，见陈生": the customer was put right but the person
  seen was dropped with the wrong customer's contact (the visit stayed with no contact, silently).
- "618当天早上9点提醒我…", "618那天有哪些要关单的？": the shopping festival's very day (asked what 当天 was;
  the question was not understood).
- "佢话618之前会覆我": their answer promised by a day, in Cantonese (asked whether to remind).
- "teams with Marek Jablonski" for Marek Jabłoński: a stroked letter typed plain made a new contact, silently.
- "lembrete 22/6 15h30 …", "before sexta": a Brazilian clock (the reminder was set at 09:00, silently) and a
  Portuguese weekday (asked what "before sexta" was).
- "spent the morning at X w Y", "told me on phone", "then drove to X": a visit, a call, a visit (notes, or a
  customer's card).
- "separate deal: 3 coffee dryers": coffee as a thing sold, no meeting over coffee (one was logged, silently).
- "competitor is offering 12,5% off. his new cel is …": a rival's price with a decimal comma took 5% off our
  deal, and "Paulo Henrique" (of Paulo Henrique Sartori) was added as a new contact, both silently.
- "forget it, no need, she will call me", "ignore this, i mixed up with other client": take-backs (the
  reminder and the loss stayed, silently).
- "no wait, this is Berlin Maschinenbau not Dresden. Dresden stays as is": the amount moves to Berlin (it was
  only undone).
- "apex will probably sign tomorrow, i think 90%": a chance said with the close doubts it (stored, silently).
- "义乌出口6/7签" on 10 June: a day just gone by is no close next June (stored, silently); asked which day.
- "下週要見 X 的 Leanne，提醒我": a week with no day, its remind-me in a clause of its own (Monday was set,
  silently); "下周五要见…，提醒我" set the reminder and asked for another.
- "上午连跑两家：A…、B…": a heading that says when (asked about 上午); "钱总今天回了PO": won today (asked).
- Brazilian and Polish English: "zap with dona Francisca" (WhatsApp), "liguei pro Tiago" (I called), "tomorrow
  we see" (no task), "on tuesday o 11" (at 11); Cantonese "我有边几单系港币㗎？" (which deals are in HKD).
- "saw Brendan at Toowoomba Ag this morning + rang Tegan at …": a meeting by name, not the call said after.
- "talked to João today, he wants the proposal revised": two customers' Joãos, one picked by a word of its
  deal or reminder (silently); now asked which.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from crm_store.search.normalize import unaccented
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported, people_of
from tests.support.reading import reading_at
from tests.support.worlds import replay

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
SHANGHAI = ZoneInfo("Asia/Shanghai")
THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=SHANGHAI)


@pytest.fixture
def reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Thursday 10 June 2032, 15:30 in Guangzhou."""
    clock.set(THURSDAY)
    out = {}
    for rep, zone, locale, setup in (
        ("麦颖珊", "Asia/Shanghai", "zh", (
            "/customer add 穗安消防设备有限公司, aliases=穗安消防",
            "/contact add 穗安消防设备有限公司: 谭伟棠, 总经理",
            "/customer add 穗港物流有限公司, aliases=穗港物流", "/contact add 穗港物流有限公司: 陈炳坤",
            "/customer add 港信贸易有限公司", "/deal 港信贸易有限公司 1200000 HKD negotiation",
            "/customer add 佛山陶瓷制品有限公司", "/deal 佛山陶瓷制品有限公司 500000 CNY proposal",
            "/customer add 穗丰食品有限公司, aliases=穗丰食品", "/contact add 穗丰食品有限公司: 曾文静",
        )),
        ("Przemek", "Europe/Warsaw", "en", (
            "/customer add Wrocław Elektronika S.A.",
            "/contact add Wrocław Elektronika S.A.: Marek Jabłoński",
            "/customer add Polska Chemia Przemysłowa S.A., aliases=Polska Chemia",
            "/deal Polska Chemia Przemysłowa S.A. 900000 PLN proposal",
            "/customer add Dresden Glaswerk GmbH", "/deal Dresden Glaswerk GmbH 240000 EUR proposal",
            "/customer add Berlin Maschinenbau GmbH", "/deal Berlin Maschinenbau GmbH 220000 EUR negotiation",
            "/customer add Gdynia Rybołówstwo Sp. z o.o.",
            "/contact add Gdynia Rybołówstwo Sp. z o.o.: Zofia Kaczmarek",
            "/customer add Apex Logistyka Sp. z o.o.",
            "/deal Apex Logistyka Sp. z o.o. 480000 PLN negotiation close 2032-06-30",
        )),
        ("Jussara", "America/Sao_Paulo", "en", (
            "/customer add Sorocaba Autopeças Ltda, aliases=Sorocaba",
            "/contact add Sorocaba Autopeças Ltda: Paulo Henrique Sartori",
            "/deal Sorocaba Autopeças Ltda 310000 BRL proposal",
            "/customer add Pioneira Sementes Ltda, aliases=Pioneira",
            "/contact add Pioneira Sementes Ltda: Cláudia Ramos",
            "/customer add São Paulo Embalagens Ltda",
            "/contact add São Paulo Embalagens Ltda: João Pedro Albuquerque",
            "/remind São Paulo Embalagens Ltda send João the revised proposal 21 Jun 10am",
            "/customer add Campinas Agro Indústria Ltda",
            "/contact add Campinas Agro Indústria Ltda: João Batista Moreira",
            "/deal Campinas Agro Indústria Ltda irrigation contract 800000 BRL proposal",
            "/customer add Fortaleza Castanhas Ltda",
            "/contact add Fortaleza Castanhas Ltda: Francisca Holanda",
            "/customer add São Paulo Metalúrgica S.A.",
            "/contact add São Paulo Metalúrgica S.A.: Tiago Menezes Lobo",
            "/customer add Recife Açúcar e Álcool S.A., aliases=Recife",
            "/contact add Recife Açúcar e Álcool S.A.: Severino Tavares",
        )),
        ("Nyokabi", "Africa/Nairobi", "en", (
            "/customer add Nakuru Flower Growers Ltd",
            "/contact add Nakuru Flower Growers Ltd: Wanjiru Njoroge",
            "/customer add Safari Lodges Kenya Ltd, aliases=Safari Lodges",
            "/contact add Safari Lodges Kenya Ltd: Naserian Lekishon",
            "/customer add Embu Maize Processors Ltd, aliases=Embu Maize",
            "/contact add Embu Maize Processors Ltd: Njeru Kithinji",
            "/customer add Nyeri Highlands Coffee Co-op",
        )),
        ("Cedric", "America/Vancouver", "en", (
            "/customer add Okanagan Orchards Ltd", "/contact add Okanagan Orchards Ltd: Leanne Fehr",
        )),
        ("俞思远", "Asia/Shanghai", "zh", (
            "/customer add 杭州西溪电商有限公司, aliases=西溪电商",
            "/deal 杭州西溪电商有限公司 800000 CNY proposal close 2032-06-18",
            "/customer add 浙联物流有限公司", "/contact add 浙联物流有限公司: 钱俊逸, 总经理",
            "/deal 浙联物流有限公司 620000 CNY negotiation close 2032-07-02",
            "/customer add 义乌小商品出口有限公司, aliases=义乌出口",
            "/deal 义乌小商品出口有限公司 200000 USD negotiation close 2032-07-15",
            "/customer add 衢州柑橘合作社", "/contact add 衢州柑橘合作社: 毛秀英, 社长",
            "/customer add 丽水山耕农产品有限公司", "/contact add 丽水山耕农产品有限公司: 季晓峰, 经理",
            "/customer add 舟山海鲜冷链有限公司",
            "/deal 舟山海鲜冷链有限公司 330000 CNY proposal close 2032-06-25",
        )),
    ):  # fmt: skip
        out[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(out[rep], clock, *setup)
    return out


@SQLITE
def test_the_person_seen_comes_with_the_customer_put_right(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reps["麦颖珊"].send("琴日去咗穗安消防见谭总")
    reply = texts(reps["麦颖珊"].send("唔系穗安，系穗港物流，见陈生"))
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [("穗港物流有限公司", "陈炳坤")], reply


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [("618当天早上9点提醒我盯一下直播数据", date(2032, 6, 18), time(9)), ("618那天", date(2032, 6, 18), None),
     ("618当日下午3点", date(2032, 6, 18), time(15)), ("618坑位", None, None)],
)  # fmt: skip
def test_the_shopping_festivals_very_day(text: str, day: date | None, clock: time | None) -> None:
    when = find_when(text, now=THURSDAY, tz=SHANGHAI)
    assert (when.at.date() if when else None) == day
    assert clock is None or (when is not None and when.has_time and when.at.time() == clock)


@SQLITE
def test_which_deals_close_on_the_festivals_day(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("618那天有哪些要关单的？"))
    assert "杭州西溪电商" in reply and "舟山海鲜冷链" not in reply, reply
    assert exported(app, admin)["activities"] == [], reply


@SQLITE
def test_their_answer_promised_in_cantonese_is_no_reminder(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["麦颖珊"].send("去穗丰食品见咗曾文静，佢话618之前会覆我"))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [("穗丰食品有限公司", "曾文静")], (
        reply
    )
    assert [r for r in data["reminders"] if r["customer"] == "穗丰食品有限公司"] == [], reply


def test_stroked_letters_typed_plain() -> None:
    assert (
        unaccented("Marek Jabłoński, ŁÓDŹ, Øster, Marc-André") == "Marek Jablonski, LODZ, Oster, Marc-Andre"
    )


@SQLITE
def test_a_name_typed_without_its_stroke_is_the_contact(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Przemek"].send("Wroclaw Elektronika - teams with Marek Jablonski, only technical questions")
    )
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Marek Jabłoński"], reply
    people = [name for customer, name in people_of(app, admin) if customer == "Wrocław Elektronika S.A."]
    assert people == ["Marek Jabłoński"], reply


SAO_PAULO = ZoneInfo("America/Sao_Paulo")


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [("lembrete 22/6 15h30 ring Severino", date(2032, 6, 22), time(15, 30)),
     ("tomorrow 9h call Rosa", date(2032, 6, 11), time(9)), ("na terça 10h", date(2032, 6, 15), time(10)),
     ("quarta-feira 14h demo", date(2032, 6, 16), time(14)),
     ("he wants the draft before sexta", date(2032, 6, 11), None),
     ("viernes", date(2032, 6, 11), None), ("24h support tomorrow", date(2032, 6, 11), None),
     ("spent 2h there tomorrow", date(2032, 6, 11), None), ("a 2h meeting tomorrow", date(2032, 6, 11), None),
     ("segunda via do boleto", None, None), ("the sextant", None, None)],
)  # fmt: skip
def test_brazilian_clocks_and_weekdays(text: str, day: date | None, clock: time | None) -> None:
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=SAO_PAULO), tz=SAO_PAULO)
    assert (when.at.date() if when else None) == day
    assert when is None or when.has_time == (clock is not None)
    assert clock is None or (when is not None and when.at.time() == clock)


@SQLITE
def test_a_reminder_at_a_brazilian_clock(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send("lembrete 22/6 15h30 ring Severino at Recife"))
    due = [r["due_at"] for r in exported(app, admin)["reminders"] if r["customer"].startswith("Recife")]
    assert due == ["2032-06-22T18:30:00+00:00"], reply  # 15:30 in São Paulo


@SQLITE
@pytest.mark.parametrize(
    ("text", "kind", "contact"),
    [("spent the morning at nakuru flower growers w wanjiru njoroge walking the greenhouses", "visit",
      "Wanjiru Njoroge"),
     ("Naserian (Safari Lodges) told me on phone a competitor quoted USD 48k, we hold at our 60k", "call",
      "Naserian Lekishon"),
     ("drove to embu maize, njeru wasnt in so I left the brochure at reception", "visit", None)],
)  # fmt: skip
def test_kenyan_ways_to_say_how_we_met(app, admin, reps, text: str, kind: str, contact: str | None) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Nyokabi"].send(text))
    assert [(a["kind"], a["contact"]) for a in exported(app, admin)["activities"]] == [(kind, contact)], reply


@SQLITE
def test_coffee_sold_is_no_meeting(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Nyokabi"].send(
            "Nyeri Highlands coffee want another order, separate deal: 3 coffee dryers KSh 1.3M"
        )
    )
    data = exported(app, admin)
    assert data["activities"] == [], reply
    deals = [(str(d["amount"]), d["currency"]) for d in data["deals"] if d["customer"].startswith("Nyeri")]
    assert deals == [("1300000", "KES")], reply


@SQLITE
def test_a_rivals_discount_and_a_compound_first_name(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Jussara"].send(
            "call with Paulo Henrique (Sorocaba), competitor is offering 12,5% off. "
            "his new cel is +55 15 98877-1234"
        )
    )
    deals = [str(d["amount"]) for d in exported(app, admin)["deals"] if d["customer"].startswith("Sorocaba")]
    assert deals == ["310000"], reply
    people = [(n, p["phone"]) for (c, n), p in people_of(app, admin).items() if c.startswith("Sorocaba")]
    assert people == [("Paulo Henrique Sartori", "+55 15 98877-1234")], reply


@SQLITE
@pytest.mark.parametrize(
    ("rep", "first", "then"),
    [("Jussara", "remind me to call Cláudia at Pioneira on 18/6", "forget it, no need, she will call me"),
     ("Przemek", "polska chemia lost, price too high",
      "ignore this, i mixed up with other client, nothing happened there")],
)  # fmt: skip
def test_taken_back_with_forget_it_or_ignore_this(app, admin, reps, rep: str, first: str, then: str) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reps[rep].send(first)
    reply = texts(reps[rep].send(then))
    after = exported(app, admin)
    assert [r for r in after["reminders"] if r["status"] == "pending"] == before["reminders"], reply
    assert [(d["customer"], d["status"]) for d in after["deals"]] == [
        (d["customer"], d["status"]) for d in before["deals"]
    ], reply


@SQLITE
def test_the_amount_was_the_other_customers_and_the_first_stays(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reps["Przemek"].send("Dresden Glaswerk amount 255 000 €")
    reply = texts(
        reps["Przemek"].send("no wait, this is Berlin Maschinenbau not Dresden. Dresden stays as is")
    )
    amounts = {d["customer"]: str(d["amount"]) for d in exported(app, admin)["deals"]}
    assert amounts["Dresden Glaswerk GmbH"] == "240000", reply
    assert amounts["Berlin Maschinenbau GmbH"] == "255000", reply


@SQLITE
@pytest.mark.parametrize(
    ("rep", "text"),
    [("Przemek", "apex will probably sign tomorrow, i think 90%"), ("俞思远", "义乌出口6/7签"),
     ("Cedric", "下週要見 Okanagan Orchards 的 Leanne，提醒我")],
)  # fmt: skip
def test_a_chance_a_day_gone_by_or_a_week_with_no_day_is_asked(app, admin, reps, rep: str, text: str) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps[rep].send(text))
    asked_and_nothing_stored(app, admin, before, reply)


@SQLITE
def test_which_day_is_asked_of_a_day_gone_by(reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("义乌出口6/7签"))
    assert "6/7" in reply and "单位" not in reply, reply  # which day, not "how much"


@SQLITE
def test_a_trailing_remind_me_is_the_dated_steps(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Cedric"].send("下周五要见 Okanagan Orchards 的 Leanne，提醒我"))
    due = [r["due_at"] for r in exported(app, admin)["reminders"] if r["owner"] == "Cedric"]
    assert due == ["2032-06-18T16:00:00+00:00"], reply  # Friday 09:00 in Vancouver
    assert "?" not in reply and "？" not in reply, reply


@SQLITE
def test_a_heading_that_says_when_and_a_win_today(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("上午连跑两家：衢州柑橘合作社毛社长、丽水山耕季晓峰，都是第一次上门"))
    reply += texts(reps["俞思远"].send("浙联物流落单了！钱总今天回了PO 🎉"))
    data = exported(app, admin)
    visits = sorted((a["customer"], a["kind"], a["occurred_at"][:10]) for a in data["activities"])
    assert visits == [
        ("丽水山耕农产品有限公司", "visit", "2032-06-10"),
        ("衢州柑橘合作社", "visit", "2032-06-10"),
    ], reply
    assert [d["status"] for d in data["deals"] if d["customer"] == "浙联物流有限公司"] == ["won"], reply


@SQLITE
@pytest.mark.parametrize(
    ("text", "kind", "reminders"),
    [("zap with dona Francisca from Fortaleza Castanhas, she is at the lawyer rn", "message", 0),
     ("liguei pro Tiago Menezes (Sao Paulo Metalurgica), he is still reviewing the proposal. tomorrow we see",
      "call", 0)],
)  # fmt: skip
def test_brazilian_ways_to_say_how_we_talked(app, admin, reps, text: str, kind: str, reminders: int) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send(text))
    data = exported(app, admin)
    assert [a["kind"] for a in data["activities"]] == [kind], reply
    assert len(data["reminders"]) == reminders + 1, reply  # (the one set up for São Paulo Embalagens)


@SQLITE
def test_a_polish_o_is_at(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Przemek"].send("remind me call Zofia Kaczmarek from Gdynia Rybołówstwo on tuesday o 11")
    )
    due = [r["due_at"] for r in exported(app, admin)["reminders"] if r["owner"] == "Przemek"]
    assert due == ["2032-06-15T09:00:00+00:00"], reply  # Tuesday 11:00 in Warsaw


@SQLITE
def test_which_deals_are_in_a_currency_in_cantonese(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["麦颖珊"].send("我有边几单系港币㗎？"))
    assert "港信贸易" in reply and "佛山陶瓷" not in reply, reply


@SQLITE
def test_a_meeting_with_someone_seen_by_name(app, admin, add_user, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 1, 22, 10, 5, tzinfo=ZoneInfo("Australia/Sydney")))
    chat = ConsoleChat(app.assistant, add_user("Kirrily", timezone="Australia/Sydney", locale="en").id)
    replay(
        chat, clock, "/customer add Toowoomba Ag Machinery",
        "/contact add Toowoomba Ag Machinery: Brendan Vogt", "/customer add Darwin Remote Medical Supplies",
        "/contact add Darwin Remote Medical Supplies: Tegan Boland",
    )  # fmt: skip
    reply = texts(chat.send("saw Brendan at Toowoomba Ag this morning + rang Tegan at Darwin Remote Medical"))
    kinds = sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])
    assert kinds == [("Darwin Remote Medical Supplies", "call"), ("Toowoomba Ag Machinery", "visit")], reply


@pytest.mark.parametrize(
    ("text", "hour"),
    [("曲江文旅曹宁下午来额们公司看demo，进谈判了", 9), ("曲江文旅曹宁下午来额们公司看demo，进谈判了", 16),
     ("上午连跑两家：衢州柑橘合作社毛社长、丽水山耕季晓峰", 16)],
)  # fmt: skip
def test_a_part_of_today_reported_is_today(text: str, hour: int) -> None:
    reading = reading_at(text, datetime(2031, 12, 29, hour, 10, tzinfo=SHANGHAI), "Asia/Shanghai")
    assert reading.occurred is not None and reading.occurred.at.date() == date(2031, 12, 29)


@SQLITE
@pytest.mark.parametrize(
    "text",
    ["talked to João today, he wants the proposal revised until friday",
     "talked to João today, he wants the contract draft before sexta"],
)  # fmt: skip
def test_two_customers_joaos_are_asked_whatever_their_deals_say(app, admin, reps, text: str) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps["Jussara"].send(text))
    asked_and_nothing_stored(app, admin, before, reply)
    assert "João" in reply, reply
