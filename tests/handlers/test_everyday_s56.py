"""Session 56, everyday wordings from the blind development halves of focus S11 and S11b (issue 13).

- "跟杭联物流陆经理通了电话…", then "不对不对，是浙联物流钱总，不是杭联": the person said after the wrong
  customer by family name and title went with it (陆经理 was left over, and asked about).
- "visited Joinville Plásticos today with Anderson", then "sorry wrong one, it was Sorocaba Autopeças, with
  Paulo Henrique": the person seen is put right too (Anderson stayed, and was asked about).
- Days said in Swahili and Portuguese inside English ("kesho", "ontem", "hoje", "amanhã", "to segunda"):
  "ontem visited X" was logged today, silently; "push it to kesho same time" was asked about.
- "they asked the proposal for the 3 hotels", "they want proposal for silos": a proposal wished for moved
  the deal to proposal, silently.
- "almoço w Iara", "came by the office", "I was on their farm": a meeting or a visit (a note, or nothing).
- "lembrete 22/6 15h30 push Rosa": a Portuguese remind-me (asked whether to remind).
- "she changed email, new one is …": the address said in the next clause is the value (asked what to record).
- "remind me to push Luciana tomorrow 11h" / "make that 3pm": "push Luciana" is a task (asked), and the
  Brazilian clock is the one put right ("tomorrow 3pmh" was stored at 09:00, silently).
- "the container nº MSCU 448812-3 … the NF 88213": reference numbers, no amounts (asked about as unused).
- "直接进谈判了，150w不变": the figure said to stay kept the stage from moving (missed); "消防验收搞掂咗"
  (the fire inspection is done) and "confirmed PO expected 30/6" won the deal, silently or asked; "GMV 破了
  300w" (the customer's takings) was offered as the deal's amount.
- "今个月底要收嘅单有边啲" (Cantonese: which deals close at the month's end) was not understood; "what of mine
  closes by Q2 end?" listed the whole team's; a Brazilian reading English saw her US dollars as "$".
- "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile …": no contact "Zofia Kaczmarek Gdynia" is
  made up of a known name run into the customer's; "was today at Gdansk Stocznia by Tomasz": a visit.
- "contract signing 25.06. also got mail from Jürgen (Berlin Maschinenbau)": the date's dot ends the
  sentence, so the signing is Polska Stal's (it moved Berlin's close, silently).
- "ok so yesterday I was at X with Valdir … and today I called Y …": each its own day, and "I was at" is
  ours (the visit was dropped and the call logged yesterday, silently).
- "I will call him again on tuesday to close details": the details are closed, not the deal (its close
  moved to Tuesday, silently), and calling him again is a reminder of ours (doubted).
- "decision in middle of july": the 15th, as "mid-July" is (not read, then asked as a stretch).
- "千岛湖水业汪总那边预算确认完，今天把方案发过去了": the deal moved to proposal by the paper sent is its
  record (asked whether a log was left out).
- "which of my deals close fim do mês?": by the end of this month (Portuguese), not the whole pipeline.
- "lunch with Zofia … and after coffee with Krzysztof Mazurek (Lublin Agro)": the first words of a second
  customer's name beside one of its people name it (asked whether "Lublin Agro" was Lublin Agro Sp. z o.o.).
- "童建新 came by our office，之江新材那单他们想 7/31 sign": came is told as done (asked whether it happened).
- "he is ops manager there now" of an Operations Manager, "她现在是那边总监" of a 招商总监: the title on
  record said short is no change (once "he" was read as Kevin, his title became "ops manager", silently).
- "sasa what do I have kesho?": a Swahili "now" before the question (not understood once kesho was a day).
- "1 500 000 Kč" was 1.5 billion (the K of the koruna read as thousands); "+48 601 223 845." lost its last
  group to the full stop; "中秋礼盒", "端午火腿礼盒" are products, not the festivals' days.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from handlers.parsing.amounts import find_amounts
from handlers.parsing.contact_details import details_spans
from handlers.parsing.dates import find_when
from handlers.understanding.contacts import _same_title
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.reading import reading_at
from tests.support.worlds import replay

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Thursday 10 June 2032, 15:30 in Hangzhou."""
    clock.set(THURSDAY)
    out = {}
    for rep, zone, locale, setup in (
        ("俞思远", "Asia/Shanghai", "zh", (
            "/customer add 杭联物流有限公司", "/contact add 杭联物流有限公司: 陆建军, title=经理",
            "/deal 杭联物流有限公司 550000 CNY proposal close 2032-06-30",
            "/customer add 浙江之江新材料有限公司, aliases=之江新材",
            "/contact add 浙江之江新材料有限公司: 童建新",
            "/deal 浙江之江新材料有限公司 980000 CNY proposal close 2032-07-15",
            "/customer add 杭州千岛湖水业有限公司, aliases=千岛湖水业",
            "/contact add 杭州千岛湖水业有限公司: 汪志刚",
            "/deal 杭州千岛湖水业有限公司 260000 CNY qualified",
        )),
        ("Jussara", "America/Sao_Paulo", "en", (
            "/customer add Sorocaba Autopeças Ltda, aliases=Sorocaba",
            "/contact add Sorocaba Autopeças Ltda: Paulo Henrique Sartori",
            "/customer add Joinville Plásticos Ltda",
            "/contact add Joinville Plásticos Ltda: Anderson Krüger",
            "/customer add Salvador Bahia Hotéis S.A.",
            "/contact add Salvador Bahia Hotéis S.A.: Iara Conceição",
            "/deal Salvador Bahia Hotéis S.A. 120000 BRL qualified",
            "/customer add Niterói Estaleiro Naval S.A.",
            "/contact add Niterói Estaleiro Naval S.A.: Carlos Eduardo Pimentel",
            "/customer add Vitória Café Exportadora Ltda",
            "/contact add Vitória Café Exportadora Ltda: Rosa Lima",
            "/customer add São Paulo Embalagens Ltda",
            "/contact add São Paulo Embalagens Ltda: João Pedro Albuquerque",
            "/remind São Paulo Embalagens Ltda call João Pedro about the contract 11 Jun 2pm",
            "/customer add Belo Horizonte Mineração S.A.",
            "/contact add Belo Horizonte Mineração S.A.: Luciana Drummond Reis",
            "/customer add Manaus Eletrônicos da Amazônia Ltda",
            "/contact add Manaus Eletrônicos da Amazônia Ltda: Raimundo Nonato Lima",
            "/customer add Uberlândia Laticínios Ltda, aliases=Uberlandia Laticinios",
            "/contact add Uberlândia Laticínios Ltda: Valdir Borges",
            "/deal Uberlândia Laticínios Ltda 420000 BRL proposal",
            "/customer add Fortaleza Castanhas Ltda",
            "/contact add Fortaleza Castanhas Ltda: Francisca Holanda",
        )),
        ("Przemek", "Europe/Warsaw", "en", (
            "/customer add Gdynia Rybołówstwo Sp. z o.o., aliases=Gdynia Rybolowstwo",
            "/contact add Gdynia Rybołówstwo Sp. z o.o.: Zofia Kaczmarek, phone=+48 9448 8305",
            "/customer add Gdańsk Stocznia Serwis Sp. z o.o., aliases=Gdansk Stocznia",
            "/contact add Gdańsk Stocznia Serwis Sp. z o.o.: Tomasz Kowalczyk",
            "/customer add Lublin Agro Sp. z o.o.", "/contact add Lublin Agro Sp. z o.o.: Krzysztof Mazurek",
            "/customer add Polska Stal Konstrukcje Sp. z o.o., aliases=Polska Stal",
            "/contact add Polska Stal Konstrukcje Sp. z o.o.: Tomasz Grabowiecki",
            "/deal Polska Stal Konstrukcje Sp. z o.o. 1500000 PLN negotiation close 2032-07-15",
            "/customer add Berlin Maschinenbau GmbH",
            "/contact add Berlin Maschinenbau GmbH: Jürgen Hartmann",
            "/deal Berlin Maschinenbau GmbH 240000 EUR negotiation close 2032-07-31",
        )),
        ("Nyokabi", "Africa/Nairobi", "en", (
            "/customer add Kitengela Glass Works Ltd",
            "/contact add Kitengela Glass Works Ltd: Kevin Omondi, title=Operations Manager",
            "/remind Kitengela Glass Works Ltd call Kevin about the kiln 11 Jun 9:30am",
            "/customer add Nairobi Fresh Dairies Ltd",
            "/contact add Nairobi Fresh Dairies Ltd: Wanjiru Kamau",
            "/remind Nairobi Fresh Dairies Ltd call Wanjiru about the chillers PO today 5pm",
        )),
        ("Cedric", "America/Vancouver", "en", (
            "/customer add Granville Island Brewing Supply Ltd",
            "/deal Granville Island Brewing Supply Ltd 180000 CAD negotiation close 2032-06-30",
            "/customer add North Shore Marine Services Ltd",
            "/contact add North Shore Marine Services Ltd: Colin Pettigrew",
        )),
    ):  # fmt: skip
        out[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(out[rep], clock, *setup)
    out["俞思远"].send("/customer add 浙联物流有限公司")
    out["俞思远"].press("仍然创建")  # one letter from 杭联物流: asked whether it is the same company
    replay(out["俞思远"], clock, "/contact add 浙联物流有限公司: 钱俊逸, title=总经理",
           "/deal 浙联物流有限公司 620000 CNY negotiation close 2032-07-02")  # fmt: skip
    return out


@SQLITE
@pytest.mark.parametrize(
    ("rep", "first", "then", "logged"),
    [("俞思远", "跟杭联物流陆经理通了电话，报价改成58万", "不对不对，是浙联物流钱总，不是杭联",
      ("浙联物流有限公司", "钱俊逸")),
     ("Jussara", "visited Joinville Plásticos today with Anderson",
      "sorry wrong one, it was Sorocaba Autopeças, with Paulo Henrique",
      ("Sorocaba Autopeças Ltda", "Paulo Henrique Sartori"))],
)  # fmt: skip
def test_the_person_goes_with_the_customer_put_right(app, admin, reps, rep, first, then, logged) -> None:  # type: ignore[no-untyped-def]
    reps[rep].send(first)
    reply = texts(reps[rep].send(then))
    assert [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]] == [logged], reply
    assert "?" not in reply and "？" not in reply, reply


@pytest.mark.parametrize(
    ("text", "day"),
    [("ontem visited niteroi estaleiro", date(2032, 6, 9)), ("push it to kesho same time", date(2032, 6, 11)),
     ("kesho kutwa", date(2032, 6, 12)), ("hoje fui na usina", date(2032, 6, 10)),
     ("amanhã 10h call Rosa", date(2032, 6, 11)), ("move it to segunda same time", date(2032, 6, 14)),
     ("about the segunda safra", None), ("segunda via do boleto", None), ("por la mañana", None)],
)  # fmt: skip
def test_days_said_in_swahili_and_portuguese(text: str, day: date | None) -> None:
    zone = ZoneInfo("America/Sao_Paulo")
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=zone), tz=zone)
    assert (when.at.date() if when else None) == day


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [("we gave price 4,2 mln Kč", Decimal("4200000"), "CZK"), ("1 500 000 Kč", Decimal("1500000"), "CZK"),
     ("Kč 300 000", Decimal("300000"), "CZK"), ("300K", Decimal("300000"), None)],
)  # fmt: skip
def test_the_koruna(text: str, value: Decimal, currency: str | None) -> None:
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_a_phone_number_before_a_full_stop() -> None:
    text = "her new mobile +48 601 223 845. they have only 35 trucks"
    assert [text[a:b] for a, b in details_spans(text)] == ["+48 601 223 845"]


@pytest.mark.parametrize(
    ("text", "day"),
    [("又要下一单 中秋礼盒 8万", None), ("端午火腿礼盒 8万，单独开一单", None),
     ("中秋前签", date(2032, 9, 17))],
)  # fmt: skip
def test_a_festivals_gift_box_is_no_day(text: str, day: date | None) -> None:
    zone = ZoneInfo("Asia/Shanghai")
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=zone), tz=zone)
    assert (when.at.date() if when else None) == day


@pytest.mark.parametrize(
    ("text", "moved"),
    [("they asked the proposal for the 3 hotels", False), ("they want proposal for silos", False),
     ("他们要方案", False), ("Acme 30k proposal", True), ("sent the proposal to acme", True),
     ("Kelowna wants to move to proposal", True)],
)  # fmt: skip
def test_a_proposal_wished_for_moves_no_deal(text: str, moved: bool) -> None:
    reading = reading_at(text, datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("UTC")), "UTC")
    assert (reading.stage, reading.stage_moved) == ("proposal", moved)


@SQLITE
@pytest.mark.parametrize(
    ("rep", "text", "kind", "day"),
    [("Jussara", "ontem visited niteroi estaleiro, carlos eduardo pimentel showed the dry dock", "visit",
      "2032-06-09"),
     ("Jussara", "almoço w Iara Conceição from salvador bahia hoteis, they asked the proposal for the 3 "
      "hotels", "meeting", "2032-06-10"),
     ("Cedric", "Colin Pettigrew from North Shore Marine came by the office, wants our marina package",
      "meeting", "2032-06-10")],
)  # fmt: skip
def test_how_and_when_we_met_in_their_words(app, admin, reps, rep, text, kind, day) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps[rep].send(text))
    data = exported(app, admin)
    assert [(a["kind"], a["occurred_at"][:10]) for a in data["activities"]] == [(kind, day)], reply
    assert {d["customer"]: d["stage"] for d in data["deals"]}.get("Salvador Bahia Hotéis S.A.") in (
        None,
        "qualified",
    ), reply


@SQLITE
def test_a_portuguese_reminder_and_a_swahili_tomorrow(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send("lembrete 22/6 15h30 push Rosa (vitoria cafe) about the new order"))
    moved = "the 5pm reminder for Wanjiru chillers PO, push it to kesho same time"
    reply += texts(reps["Nyokabi"].send(moved))
    pending = [r for r in exported(app, admin)["reminders"] if r["status"] == "pending"]
    due = sorted((r["owner"], r["due_at"]) for r in pending)
    assert due == [
        ("Jussara", "2032-06-11T17:00:00+00:00"),  # (João Pedro's call, set before)
        ("Jussara", "2032-06-22T18:30:00+00:00"),
        ("Nyokabi", "2032-06-11T06:30:00+00:00"),  # (Kevin's kiln call, set before)
        ("Nyokabi", "2032-06-11T14:00:00+00:00"),
    ], reply


@SQLITE
def test_a_reminder_moved_to_segunda_same_time(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    text = "the call with joão pedro tomorrow 14h, pls move it to segunda same time, he is traveling"
    reply = texts(reps["Jussara"].send(text))
    reminders = exported(app, admin)["reminders"]
    pending = [r["due_at"] for r in reminders if r["status"] == "pending" and r["owner"] == "Jussara"]
    assert pending == ["2032-06-14T17:00:00+00:00"], reply  # Monday 14:00 in São Paulo


@pytest.mark.parametrize(
    ("text", "clock", "unsure"),
    [("remind me kesho saa nne asubuhi to call Achieng", "10:00", False), ("saa nane mchana", "14:00", False),
     ("saa sita mchana", "12:00", False), ("saa kumi na moja jioni", "17:00", False),
     ("saa mbili usiku", "20:00", False), ("saa tatu na nusu asubuhi", "09:30", False),
     ("remind me kesho saa nne to call Achieng", "10:00", True)],
)  # fmt: skip
def test_swahili_time(text: str, clock: str, unsure: bool) -> None:
    zone = ZoneInfo("Africa/Nairobi")
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=zone), tz=zone)
    assert when is not None and when.at.strftime("%H:%M") == clock
    assert (when.doubt is not None) == unsure


@SQLITE
def test_a_swahili_hour_with_no_part_of_the_day_is_asked(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps["Nyokabi"].send("remind me kesho saa nne to call Wanjiru"))
    asked_and_nothing_stored(app, admin, before, reply)


@SQLITE
def test_a_brazilian_clock_put_right_and_a_push_to_do(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send("remind me to push Luciana tomorrow 11h"))
    reply += texts(reps["Jussara"].send("make that 3pm"))
    reminders = exported(app, admin)["reminders"]
    mine = [(r["customer"], r["due_at"]) for r in reminders if r["owner"] == "Jussara"]
    assert ("Belo Horizonte Mineração S.A.", "2032-06-11T18:00:00+00:00") in mine, reply  # 15:00 in São Paulo
    assert len(mine) == 2, reply  # (and João Pedro's, set before)


@SQLITE
def test_reference_numbers_and_an_address_said_after(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send(
        "whatsapp Raimundo manaus eletronicos: sent the container nº MSCU 448812-3 of the samples and the "
        "NF 88213"
    ))  # fmt: skip
    reply += texts(reps["Jussara"].send(
        "Francisca Holanda (fortaleza castanhas) whatsapp me, she changed email, new one is "
        "francisca.holanda@castanhasfortaleza.com.br pls update"
    ))  # fmt: skip
    data = exported(app, admin)
    assert [a["customer"] for a in data["activities"]] == [
        "Manaus Eletrônicos da Amazônia Ltda", "Fortaleza Castanhas Ltda"
    ], reply  # fmt: skip
    emails = {p["name"]: p["email"] for c in data["customers"] for p in c["contacts"]}
    assert emails["Francisca Holanda"] == "francisca.holanda@castanhasfortaleza.com.br", reply


@pytest.mark.parametrize(
    ("text", "stage", "outcome"),
    [("长三角供应链顾总视频会，方案他们挺满意，直接进谈判了，150w不变", "negotiation", None),
     ("跟大连远洋渔业于洪涛开了个video会，卢布报价他们认，一千二百万不变", None, None),
     ("打咗电话俾穗安谭总，消防验收搞掂咗", None, None), ("穗安那单搞掂咗", None, "won"),
     ("Nakuru flower growers - Wanjiru confirmed PO expected 30/6 not end July", None, None),
     ("PO received, signed", None, "won")],
)  # fmt: skip
def test_what_moves_and_what_wins(text: str, stage: str | None, outcome: str | None) -> None:
    reading = reading_at(
        text, datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("Asia/Shanghai")), "Asia/Shanghai"
    )
    assert (reading.stage if reading.stage_moved else None, reading.outcome) == (stage, outcome)


@pytest.mark.parametrize(
    ("text", "values"),
    [("潘总说上场直播 GMV 破了300w，ROI 1:4.5", []), ("流水过了80万，报价改成30万", [Decimal("300000")]),
     ("报价300w", [Decimal("3000000")])],
)  # fmt: skip
def test_the_customers_own_takings_are_no_amount(text: str, values: list[Decimal]) -> None:
    assert [a.value for a in find_amounts(text)] == values


@SQLITE
def test_deals_closing_asked_in_cantonese_and_of_ones_own(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reps["Jussara"].send("/customer add Santos Terminal Portuário S.A.")
    reps["Jussara"].send("/deal Santos Terminal Portuário S.A. 500000 USD negotiation close 2032-06-25")
    before = exported(app, admin)
    cantonese = texts(reps["俞思远"].send("今个月底要收嘅单有边啲"))
    assert "杭联物流" in cantonese and "Granville" not in cantonese, cantonese
    own = texts(reps["Jussara"].send("which of my deals close fim do mês?"))
    assert "Santos Terminal" in own and "US$500,000" in own and "Granville" not in own, own
    assert exported(app, admin) == before


@SQLITE
def test_a_manager_asks_what_of_his_own_closes(app, admin, add_user, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("America/Vancouver")))
    boss = add_user("Colm", role="manager", timezone="America/Vancouver")
    rep = ConsoleChat(app.assistant, add_user("Rhea", manager=boss, timezone="America/Vancouver").id)
    replay(rep, clock, "/customer add Kelowna Wine Estates Ltd",
           "/deal Kelowna Wine Estates Ltd 48000 CAD proposal close 2032-06-20")  # fmt: skip
    chat = ConsoleChat(app.assistant, boss.id)
    replay(chat, clock, "/customer add Whistler Alpine Lodges Inc",
           "/deal Whistler Alpine Lodges Inc 90000 CAD negotiation close 2032-06-28")  # fmt: skip
    team = texts(chat.send("what closes by end of Q2?"))
    own = texts(chat.send("what of mine closes by Q2 end?"))
    assert "Kelowna" in team and "Whistler" in team, team
    assert "Whistler" in own and "Kelowna" not in own, own


@SQLITE
def test_her_new_mobile_and_a_visit_by_someone(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Przemek"].send(
        "called Zofia Kaczmarek Gdynia Rybolowstwo, her new mobile +48 601 223 845. they have only 35 trucks"
    ))  # fmt: skip
    reply += texts(
        reps["Przemek"].send("was today at Gdansk Stocznia by Tomasz Kowalczyk, cranes - no number yet")
    )
    data = exported(app, admin)
    phones = {p["name"]: p["phone"] for c in data["customers"] for p in c["contacts"]}
    assert "Rybolowstwo" not in phones and "Zofia Kaczmarek Gdynia" not in phones, reply
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [
        ("call", "Zofia Kaczmarek"), ("visit", "Tomasz Kowalczyk")
    ], reply  # fmt: skip


@SQLITE
def test_a_dated_sentence_ends_at_the_dates_dot(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Przemek"].send(
        "Tomasz Grabowiecki rang - Polska Stal ok with our terms, contract signing 25.06. also got mail from "
        "Jürgen Hartmann (Berlin Maschinenbau), he ask for updated drawings"
    ))  # fmt: skip
    closes = {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}
    assert closes["Polska Stal Konstrukcje Sp. z o.o."] == "2032-06-25", reply
    assert closes["Berlin Maschinenbau GmbH"] == "2032-07-31", reply


@SQLITE
def test_yesterday_here_and_today_there(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Jussara"].send(
        "ok so yesterday I was at Uberlandia Laticinios with Valdir the whole afternoon they are fine with "
        "the proposal and today I called Carlos Eduardo Pimentel from Niteroi Estaleiro he wants to know more"
    ))  # fmt: skip
    logged = [(a["customer"], a["kind"], a["occurred_at"][:10]) for a in exported(app, admin)["activities"]]
    assert logged == [
        ("Uberlândia Laticínios Ltda", "visit", "2032-06-09"),
        ("Niterói Estaleiro Naval S.A.", "call", "2032-06-10"),
    ], reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [("I was at Uberlandia Laticinios with Valdir", "visit"), ("yesterday was at Acme with Bob", "visit"),
     ("jan was at the expo", None), ("the price was at 40k", None)],
)  # fmt: skip
def test_who_was_there(text: str, kind: str | None) -> None:
    assert reading_at(text, datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("UTC")), "UTC").kind == kind


@SQLITE
def test_details_closed_on_a_call_again(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Przemek"].send(
        "teams with Jürgen Hartmann (Berlin Maschinenbau), we agreed new price 235 000 € for whole package. "
        "I will call him again on tuesday to close details"
    ))  # fmt: skip
    data = exported(app, admin)
    berlin = next(d for d in data["deals"] if d["customer"] == "Berlin Maschinenbau GmbH")
    assert (str(berlin["amount"]), berlin["expected_close"]) == ("235000", "2032-07-31"), reply
    due = [r["due_at"][:10] for r in data["reminders"] if r["customer"] == "Berlin Maschinenbau GmbH"]
    assert due == ["2032-06-15"], reply


@pytest.mark.parametrize(
    ("text", "day"),
    [("decision in middle of july", date(2032, 7, 15)), ("decision in the middle of july", date(2032, 7, 15)),
     ("the middle of the room", None)],
)  # fmt: skip
def test_the_middle_of_a_month(text: str, day: date | None) -> None:
    zone = ZoneInfo("Europe/Warsaw")
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=zone), tz=zone)
    assert (when.at.date() if when else None) == day


@SQLITE
def test_a_close_said_as_the_middle_of_a_month(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Przemek"].send("called Tomasz Grabowiecki (polska stal), decision in middle of july"))
    closes = {d["customer"]: d["expected_close"] for d in exported(app, admin)["deals"]}
    assert closes["Polska Stal Konstrukcje Sp. z o.o."] == "2032-07-15", reply
    assert "?" not in reply, reply


@SQLITE
def test_a_proposal_sent_moves_the_deal_unasked(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("千岛湖水业汪总那边预算确认完，今天把方案发过去了"))
    stages = {d["customer"]: d["stage"] for d in exported(app, admin)["deals"]}
    assert stages["杭州千岛湖水业有限公司"] == "proposal", reply


@SQLITE
def test_a_second_customer_by_its_first_words_beside_its_person(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["Przemek"].send(
        "lunch with Zofia Kaczmarek from Gdynia Rybolowstwo and after coffee with Krzysztof Mazurek "
        "(Lublin Agro)"
    ))  # fmt: skip
    logged = [(a["customer"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [
        ("Gdynia Rybołówstwo Sp. z o.o.", "Zofia Kaczmarek"), ("Lublin Agro Sp. z o.o.", "Krzysztof Mazurek")
    ], reply  # fmt: skip


@SQLITE
def test_came_by_our_office_beside_a_close(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["俞思远"].send("童建新 came by our office，之江新材那单他们想 7/31 sign，金额不变"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("meeting", "童建新")], reply
    closes = {d["customer"]: d["expected_close"] for d in data["deals"]}
    assert closes["浙江之江新材料有限公司"] == "2032-07-31", reply


@SQLITE
def test_a_title_on_record_said_short_and_a_question_after_sasa(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    text = "met Kevin Omondi at his new place Kitengela Glass, he is ops manager there now. wants a quote"
    reply = texts(reps["Nyokabi"].send(text))
    people = {p["name"]: p["title"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people["Kevin Omondi"] == "Operations Manager", reply
    before = exported(app, admin)
    agenda = texts(reps["Nyokabi"].send("sasa what do I have kesho?"))
    assert "Kevin about the kiln" in agenda and exported(app, admin) == before, agenda


@pytest.mark.parametrize(
    ("said", "held", "same"),
    [("ops manager", "Operations Manager", True), ("总监", "招商总监", True),
     ("sales mgr", "Sales Manager", True), ("CTO", "Chief Technology Officer", True),
     ("purchasing manager", "Operations Manager", False), ("经理", "招商总监", False)],
)  # fmt: skip
def test_a_title_said_short(said: str, held: str, same: bool) -> None:
    assert _same_title(said, held) is same


@SQLITE
def test_where_she_was_before_is_no_second_customer(app, admin, add_user, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 3, 14, 15, 30, tzinfo=ZoneInfo("Asia/Taipei")))
    chat = ConsoleChat(app.assistant, add_user("蔡宛臻", timezone="Asia/Taipei", locale="zh").id)
    replay(chat, clock, "/customer add 台北信義醫療器材有限公司",
           "/contact add 台北信義醫療器材有限公司: 劉怡君", "/customer add 永泰化工股份有限公司",
           "/contact add 永泰化工股份有限公司: 劉怡君, title=採購經理",
           "/left 劉怡君 at 台北信義醫療器材有限公司")  # fmt: skip
    reply = texts(chat.send("今天去永泰化工見劉怡君，她之前在信義醫材，現在在這邊當採購經理，想聊廢液監測"))
    assert all(a["customer"] != "台北信義醫療器材有限公司" for a in exported(app, admin)["activities"]), reply
