"""Session 52, everyday wordings from the blind development halves (issue 13).

- "长安那单改成二十个" with 长安航空部件 and 长安古城文创 both open: 长安 is the first's brand cut short and
  opens the second's name, so either is meant; the first was changed, silently.
- "…he said the order is now 65k not 60k and I should come back next week tuesday for the site visit": what
  he told us to do was taken for a question of ours (the whole message was the doubt), and the Tuesday of our
  return for the deal's close.
- "Tuas Cold Chain confirm already, PO in", "Muthusamy say PO already came in!!": Singapore English for the PO
  received, a win (nothing was stored, or only the visit).
- "As discussed with Subhash ji today morning at Kolkata Jute Mills, … Visited their Baranagar unit." said
  at 08:20: "today morning" (Indian English for this morning) was read as 09:00 still to come, a reminder;
  and "this morning" said of the talk, with the visit in another sentence, was asked about though the
  visit is today either way.
- "Kolkata Jute Mills signed!! PO came thru at 8 🎉" said at 08:20: "came thru" was not read as the PO come
  in, so 8 was tomorrow's 8:00 and the win was asked about ("whether it is won now, not at 8").
- "今儿一早去中关村智能找刘总，合同他们法务过完了，今儿下午盖章" said at 08:20: 一早 (early this morning)
  was not read, so the trip was a plan; 去X找Y after a time gone by is a visit, and their stamping the
  contract (盖章) is the signing, a close (it was a reminder of ours to stamp it).
- "Thunder Bay Grain: they're signing tmrw", "we're signing on the 24th": the 're of they're was read as
  "re" (regarding), so the signing was a topic and no close; a reminder "they're signing" was made, or a
  note asked about. "dropped a two-four off at Thunder Bay Grain for Wade" is a visit, like "dropped off
  samples at".
- "去佳木斯稻香米业，今年收了八千吨稻子，姜老板要看烘干机的资料": 要看 (he wants to see) was read as 要看
  (it depends on), a condition, and the whole message was asked as an amount ("…是多少？请带上单位").
- "西昌卫星城酒店吉克阿木总经理来电，四十万那单十二月底不变，另外想加个会议室项目，另开一单八万": the
  不变 said of the open deal's close made every amount "unchanged", so the new deal was stored with no amount,
  titled "不变" and given the open deal's close, silently.
- "Met Rajiv Mondal of HPSL at Haldia plant today": the customer's own alias, said beside its place, was
  taken for a person nobody stored ("Not used: HPSL").
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.console import ConsoleChat
from handlers.parsing.dates import find_when
from handlers.understanding.date_roles import _TALKED_ABOUT
from handlers.understanding.doubted import _CONDITION
from handlers.understanding.gate import _DEAL_NAMED
from handlers.understanding.kind_put_right import _ADDS
from handlers.understanding.kinds import _TOPIC
from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import asked_and_nothing_stored, exported
from tests.support.reading import reading_at
from tests.support.worlds import replay

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
NOW = datetime(2031, 1, 16, 9, 45, tzinfo=ZoneInfo("Asia/Singapore"))


@pytest.fixture
def reps(app, add_user, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Monday 29 December 2031, 09:10 in Xi'an."""
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    out = {}
    for rep, zone, locale, setup in (
        ("雷晓婷", "Asia/Shanghai", "zh", (
            "/customer add 长安古城文创有限公司", "/deal 长安古城文创有限公司 180000 CNY proposal",
            "/customer add 长安航空部件有限公司", "/deal 长安航空部件有限公司 260000 USD negotiation",
        )),
        ("Folasade", "Africa/Lagos", "en", (
            "/customer add Ilorin Sugar Refinery Plc",
            "/contact add Ilorin Sugar Refinery Plc: Hassan Lawal Baba",
            "/deal Ilorin Sugar Refinery Plc 60000 USD negotiation close 31 Mar 2032",
        )),
        ("郝建军", "Asia/Shanghai", "zh", (
            "/customer add 北京中关村智能科技有限公司",
            "/contact add 北京中关村智能科技有限公司: 刘振宇, title=技术总监",
            "/deal 北京中关村智能科技有限公司 800000 CNY negotiation close 30 Sep 2030",
            "/customer add 西昌卫星城酒店有限公司",
            "/contact add 西昌卫星城酒店有限公司: 吉克阿木, title=总经理",
            "/deal 西昌卫星城酒店有限公司 400000 CNY proposal close 31 Dec 2030",
        )),
        ("于春生", "Asia/Shanghai", "zh", (
            "/customer add 佳木斯稻香米业有限公司", "/contact add 佳木斯稻香米业有限公司: 姜秀兰, title=老板",
        )),
        ("Tavish", "America/Toronto", "en", (
            "/customer add Thunder Bay Grain Terminal",
            "/contact add Thunder Bay Grain Terminal: Wade Heikkinen",
            "/deal Thunder Bay Grain Terminal 85000 CAD negotiation close 30 Dec 2031",
        )),
        ("Anirban", "Asia/Kolkata", "en", (
            "/customer add Kolkata Jute Mills Ltd", "/contact add Kolkata Jute Mills Ltd: Subhash Ghosh",
            "/deal Kolkata Jute Mills Ltd 4500000 INR negotiation",
            "/customer add Haldia Petrochem Services Ltd, aliases=HPSL",
            "/contact add Haldia Petrochem Services Ltd: Rajiv Mondal",
        )),
    ):  # fmt: skip
        out[rep] = ConsoleChat(app.assistant, add_user(rep, timezone=zone, locale=locale).id)
        replay(out[rep], clock, *setup)
    return out


@SQLITE
def test_a_brand_cut_short_that_opens_another_name_is_asked(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(reps["雷晓婷"].send("长安那单改成二十个"))
    asked_and_nothing_stored(app, admin, before, reply)
    assert "长安" in reply, reply
    reps["雷晓婷"].send("取消")
    reply = texts(reps["雷晓婷"].send("长安古城文创那单改成二十个"))
    amounts = {
        d["customer"]: str(d["amount"]) for d in exported(app, admin)["deals"] if "长安" in d["customer"]
    }
    assert amounts == {"长安古城文创有限公司": "200000", "长安航空部件有限公司": "260000"}, reply


@SQLITE
def test_what_they_told_us_to_do_is_our_step_not_the_close(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("Africa/Lagos")))
    reply = texts(
        reps["Folasade"].send(
            "so I was at ilorin sugar refinery this morning with Hassan the technical director and he said "
            "the order is now 65k not 60k and I should come back next week tuesday for the site visit"
        )
    )
    assert "Not sure about: so I was" not in reply and "close Tue, Jan 6" not in reply, reply
    assert "Reminder set: Tue, Jan 6" in reply, reply


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("Tuas Cold Chain confirm already, PO in", "won"), ("tuas: PO in!", "won"),
     ("Visited Tuas Cold Chain just now, Muthusamy say PO already came in!! 95k confirm", "won"),
     ("PO in process at tuas", None), ("is the PO in?", None), ("PO in 2 weeks", None),
     ("we put the PO in the system", None)],
)  # fmt: skip
def test_the_po_said_to_be_in(text: str, outcome: str | None) -> None:
    assert reading_at(text, NOW, "Asia/Singapore").outcome == outcome


@SQLITE
@pytest.mark.parametrize(
    "text",
    [
        "As discussed with Subhash ji today morning at Kolkata Jute Mills, PO is under final approval, same "
        "to be released by EOD. Visited their Baranagar unit.",
        "As discussed with Subhash ji this morning at Kolkata Jute Mills, PO is under final approval, same "
        "to be released by EOD. Visited their Baranagar unit.",
    ],
)
def test_this_morning_of_the_talk_with_the_visit_after_is_today(  # type: ignore[no-untyped-def]
    app, admin, reps, clock: FakeClock, text: str
) -> None:
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Kolkata")))
    reply = texts(reps["Anirban"].send(text))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("visit", "Subhash Ghosh")], reply
    assert data["reminders"] == [], reply


@SQLITE
def test_the_customers_alias_said_beside_its_place_is_no_stranger(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        reps["Anirban"].send("Met Rajiv Mondal of HPSL at Haldia plant today, our scope confirmed.")
    )
    logged = [(a["customer"], a["kind"]) for a in exported(app, admin)["activities"]]
    assert logged == [("Haldia Petrochem Services Ltd", "meeting")], reply


@SQLITE
def test_the_po_came_thru_at_a_time_gone_by(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Kolkata")))
    reply = texts(reps["Anirban"].send("Kolkata Jute Mills signed!! PO came thru at 8 🎉"))
    stages = [d["stage"] for d in exported(app, admin)["deals"] if d["customer"] == "Kolkata Jute Mills Ltd"]
    assert stages == ["won"], reply


@SQLITE
def test_early_this_morning_went_to_see_them_and_they_stamp_today(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    reply = texts(reps["郝建军"].send("今儿一早去中关村智能找刘总，合同他们法务过完了，今儿下午盖章"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("visit", "刘振宇")], reply
    assert data["reminders"] == [], reply


@SQLITE
def test_theyre_signing_is_the_close_not_a_topic(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2031, 12, 29, 9, 10, tzinfo=ZoneInfo("America/Toronto")))
    reply = texts(
        reps["Tavish"].send("dropped a two-four off at Thunder Bay Grain for Wade lol, they're signing tmrw")
    )
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("visit", "Wade Heikkinen")], reply
    assert data["reminders"] == [], reply
    reply = texts(reps["Tavish"].send("Thunder Bay Grain: we're signing on the 5th"))
    closes = [
        d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"].startswith("Thunder")
    ]
    assert closes == ["2032-01-05"], reply


@SQLITE
def test_wants_to_see_the_brochure_is_no_condition(app, admin, reps) -> None:  # type: ignore[no-untyped-def]
    reply = texts(reps["于春生"].send("去佳木斯稻香米业，今年收了八千吨稻子，姜老板要看烘干机的资料"))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("visit", "姜秀兰")], reply
    assert data["deals"] == [] or all(d["customer"] != "佳木斯稻香米业有限公司" for d in data["deals"]), reply


@pytest.mark.parametrize(
    ("text", "condition"),
    [("要看董事会批不批", True), ("要看预算", True), ("要看老板怎么说", True),
     ("姜老板要看烘干机的资料", False), ("他们要看样品", False)],
)  # fmt: skip
def test_it_depends_said_with_yao_kan(text: str, condition: bool) -> None:
    assert bool(_CONDITION.search(text)) is condition


@SQLITE
def test_this_morning_of_a_trip_not_read_is_still_asked(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """Only the e-mail is read: the morning's trip is another interaction, so the card asks."""
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Kolkata")))
    before = exported(app, admin)
    reply = texts(
        reps["Anirban"].send(
            "this morning was out at Kolkata Jute Mills with Subhash ji for the audit. emailed him the "
            "checklist after"
        )
    )
    asked_and_nothing_stored(app, admin, before, reply)


@pytest.mark.parametrize(
    ("text", "day"),
    [("挪到下周一早上九点吧", date(2032, 1, 5)), ("今儿一早去了", date(2031, 12, 29))],
)
def test_yi_zao_is_early_morning_not_the_monday_before_it(text: str, day: date) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    when = find_when(text, now=datetime(2031, 12, 29, 9, 10, tzinfo=tz), tz=tz)
    assert when is not None and when.at.date() == day


@SQLITE
def test_the_open_deal_said_to_stay_beside_a_new_one(app, admin, reps, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    text = "西昌卫星城酒店吉克阿木总经理来电，四十万那单十二月底不变，另外想加个会议室项目，另开一单八万"
    reply = texts(reps["郝建军"].send(text))
    deals = sorted(
        (str(d["amount"]), d["expected_close"], d["title"])
        for d in exported(app, admin)["deals"]
        if d["customer"] == "西昌卫星城酒店有限公司"
    )
    assert deals == [("400000", "2030-12-31", "西昌卫星城酒店有限公司"), ("80000", None, "会议室项目")], reply


@pytest.mark.parametrize(
    ("pattern", "regarding", "theirs"),
    [(_TOPIC, "call re the visit", "they're visiting"), (_ADDS, "call re the visit", "they're visiting"),
     (_DEAL_NAMED, "call re Acme quote", "they're Acme quote ok"), (_TALKED_ABOUT, "call re ", "they're ")],
)  # fmt: skip
def test_the_re_of_theyre_is_no_regarding(pattern, regarding: str, theirs: str) -> None:  # type: ignore[no-untyped-def]
    assert pattern.search(regarding) is not None and pattern.search(theirs) is None
