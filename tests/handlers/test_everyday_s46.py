"""Session 46, everyday wordings from the blind sets' development halves (issue 13).

- Talking again on a day named ("禮拜一再聊", "兩邊都話下個禮拜四再傾") is a meeting of ours to come: its
  reminder is stored, for one customer or for each of two, without asking whether a reminder is wanted. A
  period with no day ("梁生話下個月再傾") stays their plan: no reminder made up for its first day.
- An order said to be placed by a day ("話月尾前一定落單") sets that day as the close date, unasked.
- "kylie brennan's left parramatta steel, replaced by …": "'s left" is "has left", so she is marked as
  gone beside her successor.
- "final negotiated value USD 80,000, awaiting PO": the PO still to come leaves the figure said beside it
  certain (stored unasked); a win said while the PO is awaited is still asked.
- Dictated with no stop, "… waiting on their finance guy remind me to check back thursday": the reminder
  asked for is a clause of its own (its task is "check back"), and "stopped at X" is a visit logged.
- Someone's news with no customer named ("the owner retired, his daughter kayla is running the place now")
  asks which customer, instead of "didn't catch that".
- "…都开了视频会常部长说下周三要看我们的图纸": typed with no stop, what one of the people met then says is
  a clause of its own, and what they want of us (to see our drawings) is a task of ours at their customer
  only, not at every customer met.
- A note is all a message would store, with no interaction, no person it came from and no figure in it
  ("sunrise kopi seems keen on the new menu boards"): it is shown on the card, not filed unasked; with a
  person or a figure it is filed at once.
- A messaging app said with a number labels the number ("wei ming whatsapp is +65 9123 4567"): the
  contact's phone changes, no message is logged; "whatsapped wei ming" still logs one.
- A rep's deals at the one customer in a place, said with a possessive ("黎志锋的长安那两单多少"), name
  that customer: the question is answered, nothing stored.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.clock import FakeClock
from tests.support.exported import exported, people_of
from tests.support.worlds import replay

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored

TEA = "宜蘭茶業合作社"
SEAFOOD = "西環海味行"
HOTEL = "銅鑼灣雅悅酒店"
CAFE = "深水埗好味茶餐廳集團"
PARTS = "东莞长安精工五金厂"
HARDWARE = "觀塘利豐五金有限公司"


@pytest.fixture
def world(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Thu 2030-03-14 16:40 in Hong Kong; a contact at each customer."""
    clock.set(datetime(2030, 3, 14, 16, 40, tzinfo=ZoneInfo("Asia/Hong_Kong")))
    replay(
        chat,
        clock,
        "/tz Asia/Hong_Kong",
        *(f"/customer add {name}" for name in (TEA, SEAFOOD, HOTEL, CAFE, PARTS, HARDWARE)),
        f"/contact add {HARDWARE}: 陳耀祖, title=採購",
        f"/deal {HARDWARE} 300000 HKD negotiation",
        f"/contact add {TEA}: 游明哲, title=主席",
        f"/contact add {SEAFOOD}: 陳耀輝, title=老闆",
        f"/contact add {HOTEL}: 張美玲, title=採購經理",
        f"/contact add {CAFE}: 梁國強, title=老闆",
        f"/deal {PARTS} 冲压模具 150000 CNY proposal",
        f"/deal {PARTS} new deal 五金配件年单 80000 CNY proposal",
    )
    return chat


def _reminders(app, admin) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((r["customer"], r["due_at"][:10]) for r in exported(app, admin)["reminders"])


@pytest.mark.parametrize(
    "text",
    [
        f"打給游明哲，{TEA}想做倉庫溫濕度監控，預算還沒抓，禮拜一再聊",
        f"打給游明哲，{TEA}想做倉庫溫濕度監控，週一再約",
    ],
)
def test_talking_again_on_a_day_named_is_reminded_unasked(app, admin, world, text) -> None:  # type: ignore[no-untyped-def]
    replies = world.send(text)
    reply = texts(replies)
    assert "?" not in reply and "？" not in reply, reply
    assert _reminders(app, admin) == [(TEA, "2030-03-18")], reply
    assert [a["customer"] for a in exported(app, admin)["activities"]] == [TEA], reply


def test_two_customers_talking_again_on_a_day_named_are_each_reminded(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    reply = texts(world.send("朝早見咗西環海味行陳生同埋雅悅張美玲，兩邊都話下個禮拜四再傾"))
    assert "?" not in reply and "？" not in reply, reply
    assert _reminders(app, admin) == [(SEAFOOD, "2030-03-21"), (HOTEL, "2030-03-21")], reply
    assert sorted(a["customer"] for a in exported(app, admin)["activities"]) == sorted([SEAFOOD, HOTEL])


def test_talking_again_in_a_month_with_no_day_stays_theirs(app, admin, world) -> None:  # type: ignore[no-untyped-def]
    reply = texts(world.send("琴日跑咗兩間：深水埗好味同西環海味行，梁生話下個月再傾，陳生要份報價"))
    assert "?" not in reply and "？" not in reply, reply
    assert _reminders(app, admin) == [], reply
    assert sorted(a["customer"] for a in exported(app, admin)["activities"]) == sorted([CAFE, SEAFOOD])


def test_a_reps_deals_at_a_place_are_that_customers(app, admin, world, add_user) -> None:  # type: ignore[no-untyped-def]
    add_user("黎志锋")
    before = exported(app, admin)
    reply = texts(world.send("黎志锋的长安那两单多少"))
    assert PARTS in reply and "150,000" in reply and "80,000" in reply, reply
    assert exported(app, admin) == before


@pytest.mark.parametrize(
    "text", ["頭先同陳耀祖傾完電話，觀塘利豐話月尾前一定落單，價錢講到36萬", "觀塘利豐陳耀祖说月底前肯定下单"]
)
def test_an_order_placed_by_a_day_is_the_close(app, admin, world, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(world.send(text))
    assert "?" not in reply and "？" not in reply, reply
    deal = next(d for d in exported(app, admin)["deals"] if d["customer"] == HARDWARE)
    assert deal["expected_close"] == "2030-03-31", reply


@pytest.mark.parametrize("said", ["'s", "’s", " has"])
def test_someones_left_is_has_left(app, admin, chat, said) -> None:  # type: ignore[no-untyped-def]
    steel = "Parramatta Steel Fabrication Pty Ltd"
    chat.send(f"/customer add {steel}")
    chat.send(f"/contact add {steel}: Kylie Brennan, title=buyer")
    reply = texts(
        chat.send(
            f"heads up kylie brennan{said} left parramatta steel, replaced by Rhys Coburn, purchasing officer"
        )
    )
    people = people_of(app, admin)
    assert people[(steel, "Kylie Brennan")]["left_at"], reply
    assert people[(steel, "Rhys Coburn")]["title"] == "purchasing officer", reply


def test_a_figure_beside_an_awaited_po_stands(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    semi = "Electronic City Semicon Pvt Ltd"
    chat.send(f"/customer add {semi}")
    chat.send(f"/deal {semi} 75000 USD negotiation")
    reply = texts(chat.send("Electronic City Semicon final negotiated value USD 80,000, awaiting PO"))
    assert "?" not in reply, reply
    deal = exported(app, admin)["deals"][0]
    assert (str(deal["amount"]), deal["stage"]) == ("80000", "negotiation"), reply
    reply = texts(chat.send("Electronic City Semicon won, awaiting PO"))
    assert "?" in reply and exported(app, admin)["deals"][0]["stage"] == "negotiation", reply


def test_a_reminder_asked_midway_in_a_run_on_is_its_own(app, admin, chat, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 1, 22, 10, 5, tzinfo=ZoneInfo("America/Chicago")))
    peoria = "Peoria Hydraulic Supply Co"
    replay(
        chat,
        clock,
        "/tz America/Chicago",
        f"/customer add {peoria}",
        f"/contact add {peoria}: Gary Lindqvist",
    )
    reply = texts(
        chat.send(
            "here's the deal stopped at peoria hydraulic saw gary they're waiting on their finance guy "
            "remind me to check back thursday"
        )
    )
    data = exported(app, admin)
    assert [(a["customer"], a["kind"]) for a in data["activities"]] == [(peoria, "visit")], reply
    [reminder] = data["reminders"]
    assert reminder["customer"] == peoria and "finance guy" not in reminder["text"], reply


@pytest.mark.parametrize(
    "text",
    ["the owner retired his daughter kayla is running the place now", "our buyer has left, replaced by Tom"],
)
def test_someones_news_with_no_customer_asks_which(app, admin, chat, text) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Fort Wayne Trailer Parts")
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert "?" in reply and "customer" in reply, reply
    assert exported(app, admin) == before


@pytest.mark.parametrize("stop", ["", "，"])
def test_what_one_speaker_wants_of_us_is_at_their_customer(app, admin, chat, clock: FakeClock, stop) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 1, 22, 10, 5, tzinfo=ZoneInfo("Asia/Shanghai")))
    canal, peony = "北京通州运河物流有限公司", "洛阳牡丹轴承有限公司"
    replay(
        chat, clock, "/tz Asia/Shanghai", f"/customer add {canal}", f"/customer add {peony}",
        f"/contact add {canal}: 霍建平, title=总经理", f"/contact add {peony}: 常海军, title=采购部长",
    )  # fmt: skip
    reply = texts(chat.send(f"通州运河霍总和洛阳牡丹常部长都开了视频会{stop}常部长说下周三要看我们的图纸"))
    lines = [line for line in reply.splitlines() if "图纸" in line]
    assert len(lines) == 1 and peony in lines[0] and canal not in lines[0], reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("sunrise kopi seems keen on the new menu boards", True),
        ("日出咖啡好像对新菜单板有兴趣", True),
        ("日出咖啡的冷库扩建完成了", True),
        ("日出咖啡那边说下旬签", True),
        ("记一下 日出咖啡的冷库扩建完成了", False),
        ("fyi: sunrise kopi is evaluating two vendors", False),
        ("sunrise kopi wants samples of the new range", True),
        ("sunrise kopi has 12 outlets now", False),
        ("ah seng at sunrise kopi is keen on the new menu boards", False),
        ("日出咖啡有12家门店", False),
    ],
)
def test_a_bare_note_with_nobody_and_no_figure_is_shown_first(app, admin, chat, text, asked) -> None:  # type: ignore[no-untyped-def]
    chat.send("/customer add Sunrise Kopi Pte Ltd")
    chat.send("/contact add Sunrise Kopi Pte Ltd: Ah Seng")
    chat.send("/customer add 日出咖啡有限公司")
    reply = texts(chat.send(text))
    notes = exported(app, admin)["activities"]
    if asked:
        assert "?" in reply or "？" in reply, reply
        assert notes == [], reply
    else:
        assert [n["kind"] for n in notes] == ["note"], reply


@pytest.mark.parametrize(
    ("text", "logged"),
    [
        ("wei ming from AMK electronics whatsapp is +65 9123 4567", []),
        ("AMK electronics wei ming new whatsapp 9123 4567", []),
        ("whatsapped wei ming at AMK electronics, his new number is 9123 4567", ["message"]),
    ],
)
def test_a_messaging_app_said_with_a_number_labels_it(app, admin, chat, text, logged) -> None:  # type: ignore[no-untyped-def]
    amk = "AMK Electronics Pte Ltd"
    chat.send(f"/customer add {amk}")
    chat.send(f"/contact add {amk}: Lim Wei Ming, phone=+65 6000 0000")
    reply = texts(chat.send(text))
    assert [a["kind"] for a in exported(app, admin)["activities"]] == logged, reply
    assert "9123 4567" in people_of(app, admin)[(amk, "Lim Wei Ming")]["phone"], reply


@pytest.mark.parametrize(
    ("said", "days"),
    [("昨儿", -1), ("昨儿个", -1), ("今儿", 0), ("明儿", 1), ("明儿个", 1), ("后儿", 2), ("前儿个", -2)],
)
def test_beijing_day_words_are_read(backend, said, days) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from handlers.parsing.dates import find_when

    shanghai = ZoneInfo("Asia/Shanghai")
    now = datetime(2030, 9, 30, 8, 20, tzinfo=shanghai)
    when = find_when(f"{said}去唐山见了刘厂长", now=now, tz=shanghai)
    assert when is not None and when.at.date() == (now + timedelta(days=days)).date()


def test_a_visit_said_for_tomorrow_in_beijing_words_is_not_logged(app, admin, chat, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
    replay(
        chat,
        clock,
        "/tz Asia/Shanghai",
        "/customer add 北京顺义汽车零部件有限公司",
        "/contact add 北京顺义汽车零部件有限公司: 张宏, title=部长",
    )
    reply = texts(chat.send("昨儿晚上跟顺义汽车零部件张部长吃了顿饭，挺好"))
    [meal] = exported(app, admin)["activities"]
    assert meal["occurred_at"][:10] == "2030-09-29", reply


@pytest.mark.parametrize("text", ["Perth Desal wants it signed by end of the month", "珀斯海水淡化说月底签"])
def test_the_months_end_said_on_its_last_day_is_asked(app, admin, chat, clock: FakeClock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Australia/Perth")))
    replay(
        chat, clock, "/tz Australia/Perth", "/customer add Perth Desalination Services, alias=Perth Desal",
        "/customer add 珀斯海水淡化有限公司", "/deal Perth Desalination Services 310000 AUD proposal",
        "/deal 珀斯海水淡化有限公司 310000 AUD proposal",
    )  # fmt: skip
    before = exported(app, admin)
    reply = texts(chat.send(text))
    assert "?" in reply or "？" in reply, reply
    assert exported(app, admin)["deals"] == before["deals"], reply


def test_a_doctor_is_a_title_after_a_family_name(app, admin, chat) -> None:  # type: ignore[no-untyped-def]
    replay_free = [
        "/customer add 沙田生物科技有限公司",
        "/contact add 沙田生物科技有限公司: 何詠詩, title=研發總監",
    ]
    for line in replay_free:
        chat.send(line)
    reply = texts(chat.send("沙田生物何博士話對手報咗7萬美金，我哋仍然係首選。今朝打過電話"))
    [call] = exported(app, admin)["activities"]
    assert (call["kind"], call["contact"]) == ("call", "何詠詩"), reply


@pytest.fixture
def deals_hk(chat, clock: FakeClock):  # type: ignore[no-untyped-def]
    clock.set(datetime(2030, 9, 30, 8, 20, tzinfo=ZoneInfo("Asia/Hong_Kong")))
    replay(
        chat, clock, "/tz Asia/Hong_Kong",
        "/customer add 天津滨海重工机械有限公司, alias=滨海重工",
        "/deal 滨海重工 700000 CNY negotiation close 2030-12-31",
        "/customer add Delhi Metro Signalling Contractors",
        "/deal Delhi Metro Signalling Contractors 4000000 INR qualified",
        "/customer add 廣州黃埔港機械有限公司", "/contact add 廣州黃埔港機械有限公司: 馮國華, title=經理",
    )  # fmt: skip
    return chat


def _close_of(app, admin, customer: str) -> str | None:  # type: ignore[no-untyped-def]
    return next(d["expected_close"] for d in exported(app, admin)["deals"] if d["customer"] == customer)


def test_a_deal_brought_forward_is_its_close(app, admin, deals_hk) -> None:  # type: ignore[no-untyped-def]
    reply = texts(deals_hk.send("滨海重工那单提前到10月底"))
    assert _close_of(app, admin, "天津滨海重工机械有限公司") == "2030-10-31", reply
    assert exported(app, admin)["reminders"] == [], reply


def test_the_po_expected_on_a_day_is_the_close_unasked(app, admin, deals_hk) -> None:  # type: ignore[no-untyped-def]
    reply = texts(deals_hk.send("Delhi Metro Signalling - expect the PO on 9th October"))
    assert "?" not in reply and _close_of(app, admin, "Delhi Metro Signalling Contractors") == "2030-10-09", (
        reply
    )


def test_following_up_again_on_a_weekday_next_week_is_reminded(app, admin, deals_hk) -> None:  # type: ignore[no-untyped-def]
    reply = texts(deals_hk.send("今朝去咗廣州黃埔港機械見馮國華，傾咗個proposal，下禮拜三再follow"))
    assert "?" not in reply and "？" not in reply, reply
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2030-10-09"], reply
