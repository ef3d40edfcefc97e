"""Session 57, everyday wordings (issue 13 and the commands beside it).

- `/contact add 钱塘物流: 钱俊逸, 总经理`: the title given after the name without `title=` was stored as
  part of the name ("钱俊逸, 总经理"); a phone number or an email address written so is read by its shape.
- "the PO won't come on 18th, he says 25/6 now": the day said instead is the new close (the 18th, the old
  close, was kept, silently).
- "ok so today I was at Machakos Solar with Daniel Mutua we did the site survey … he gave me his new number
  … and I will follow up with him next Tuesday": a promise of ours with its day is a reminder (asked
  whether one was wanted: the long voice note's log words outweighed it), and its task starts at the promise
  (a clause of its own, as below).
- "刚从宁波回来 上午去港城仓储见了孙总 下午去北仑模具见了戴海涛 … 我明天重新发一版": clauses parted by
  spaces tell news, so no reminder is moved (港城's collection reminder was moved to tomorrow and the rest
  dropped, silently); "我 重新发一版" loses its lone 我.
- "close fim de julho", "início de agosto": a month's part said in Portuguese inside English (not read: the
  new deal had no close); "they close início de julho" is early July, a stretch, asked as "early july" is.
- "… so the value goes to R$ 1,4 mi I send it tomorrow": dictated with no stop, a plan of ours in the first
  person with its day is a clause of its own (the deal's close moved to tomorrow, silently), and said in the
  present ("I send it") it is still a reminder, as "I will send it" is.
- "teams w Gabriel Hoffmann floripa sw": a Teams meeting with the slash left out (nothing was logged).
- "今日拜访顺德小家电嘅梁嘉仪 … 佢新手机号码系138…": 梁嘉仪 is 梁嘉怡 written with a homophone, as voice input
  slips (a second contact was made with the new number, silently); "佢哋老细想压到八十万" (their boss wants to
  bring the price down to 800k) is their ask, not the deal's amount (stored, silently): asked.
- "yesterday byłem u Krzysztofa Mazurka in Lublin Agro": the full name in the Polish genitive is Krzysztof
  Mazurek (the visit was logged with no one).
- "ignore 上一條", "忽略上一条": the last message taken back (not understood, so the change stayed).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.console import ConsoleChat
from crm_store.models import Contact
from handlers.parsing.dates import find_when
from tests.conftest import texts
from tests.support.chatting import chat_of, say
from tests.support.clock import FakeClock
from tests.support.exported import exported
from tests.support.reading import reading_at
from tests.support.worlds import replay

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

NAIROBI_THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("Africa/Nairobi"))


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return add_user("Sam Taylor", role="rep")


def _contacts(app) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with app.db.transaction() as session:
        rows = session.scalars(select(Contact).order_by(Contact.id)).all()
        return [(c.name, c.title, c.phone, c.email) for c in rows]


def test_contact_details_after_the_name_without_field_names_are_read_by_their_shape(app, sam):
    chat = chat_of(app, sam)
    say(chat, "/customer add 钱塘物流有限公司", "/customer add Acme Corp")
    reply = say(chat, "/contact add 钱塘物流有限公司: 钱俊逸, 总经理")
    assert "钱俊逸" in reply and "总经理" in reply
    say(chat, "/contact add Acme: Jane Doe, VP Sales, jane.doe@acme.example, +1 415 555 0142")
    say(chat, "/contact add Acme: Bob Lee, title=CTO, +1 212 555 0100")
    assert _contacts(app) == [
        ("钱俊逸", "总经理", None, None),
        ("Jane Doe", "VP Sales", "+1 415 555 0142", "jane.doe@acme.example"),
        ("Bob Lee", "CTO", "+1 212 555 0100", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brian from NPD called, the PO won't come on 18th, he says 25/6 now. finance ndio wanachelewesha",
        "Brian called, the PO won't come on 18th, now 25/6",
        "they can't sign on the 18th, she said it's 25/6",
    ],
)
def test_a_day_said_instead_of_the_one_missed_is_the_new_close(text: str) -> None:
    reading = reading_at(text, NAIROBI_THURSDAY, "Africa/Nairobi")
    assert (reading.close, reading.moved_from) == (date(2032, 6, 25), [date(2032, 6, 18)])


def test_a_plan_of_theirs_with_a_day_after_a_day_missed_moves_no_close() -> None:
    reading = reading_at(
        "Brian not available on 18th, he says call him on 25/6", NAIROBI_THURSDAY, "Africa/Nairobi"
    )
    assert reading.close is None and not reading.moved_from


@pytest.fixture
def nyokabi(app, add_user, clock: FakeClock) -> ConsoleChat:  # type: ignore[no-untyped-def]
    """Thursday 10 June 2032, 15:30 in Nairobi."""
    clock.set(NAIROBI_THURSDAY)
    chat = ConsoleChat(app.assistant, add_user("Nyokabi", timezone="Africa/Nairobi").id)
    replay(chat, clock, "/customer add Machakos Solar Solutions Ltd, aliases=Machakos Solar",
           "/contact add Machakos Solar Solutions Ltd: Daniel Mutua Kyalo, title=Facilities")  # fmt: skip
    return chat


RUN_ON = (
    "ok so today I was at Machakos Solar with Daniel Mutua we did the site survey for the rooftop panels "
    "they need around 90 panels for the warehouse roof and he says the board meets soon anyway he gave me "
    "his new number 0722 555 014 the old one is off and I will follow up with him next Tuesday"
)


def test_a_promise_of_ours_at_the_end_of_a_voice_note_is_its_reminder(app, admin, nyokabi) -> None:  # type: ignore[no-untyped-def]
    reply = texts(nyokabi.send(RUN_ON))
    assert "?" not in reply, reply
    stored = exported(app, admin)
    reminders = [(r["text"], r["due_at"][:10]) for r in stored["reminders"]]
    assert reminders == [("I will follow up with him", "2032-06-15")]
    assert [a["kind"] for a in stored["activities"]] == ["visit"]


SHANGHAI_THURSDAY = datetime(2032, 6, 10, 15, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def yu(app, add_user, clock: FakeClock) -> ConsoleChat:  # type: ignore[no-untyped-def]
    clock.set(SHANGHAI_THURSDAY)
    chat = ConsoleChat(app.assistant, add_user("俞思远", timezone="Asia/Shanghai", locale="zh").id)
    replay(chat, clock, "/customer add 宁波港城仓储有限公司, aliases=港城仓储",
           "/contact add 宁波港城仓储有限公司: 孙立群, title=总经理",
           "/deal 宁波港城仓储有限公司 900000 CNY negotiation close 30 Jun 2032",
           "/remind 宁波港城仓储有限公司 6月30日上午10点 去宁波港城收款",
           "/customer add 宁波北仑模具有限公司, aliases=北仑模具",
           "/contact add 宁波北仑模具有限公司: 戴海涛",
           "/deal 宁波北仑模具有限公司 150000 USD proposal close 31 Jul 2032")  # fmt: skip
    return chat


def test_news_in_clauses_parted_by_spaces_moves_no_reminder(app, admin, yu) -> None:  # type: ignore[no-untyped-def]
    text = (
        "刚从宁波回来 上午去港城仓储见了孙总 下午去北仑模具见了戴海涛 港城那边谈判基本闭环了月底签没问题 "
        "北仑那边报价要改成十六万美金 我明天重新发一版"
    )
    reply = texts(yu.send(text))
    assert "孙立群" in reply and "戴海涛" in reply and "US$160,000" in reply, reply
    assert "— 重新发一版" in reply, reply
    [reminder] = exported(app, admin)["reminders"]
    assert reminder["due_at"].startswith("2032-06-30T02:00"), reminder


@pytest.mark.parametrize("take_back", ["ignore 上一條", "忽略上一条", "pls ignore 上一条"])
def test_the_last_message_taken_back_with_a_chinese_reference(app, admin, yu, take_back: str) -> None:  # type: ignore[no-untyped-def]
    yu.send("北仑模具报价改成12万美金")
    reply = texts(yu.send(take_back))
    assert "US$120,000" in reply, reply
    amounts = {d["customer"]: d["amount"] for d in exported(app, admin)["deals"]}
    assert amounts["宁波北仑模具有限公司"] == 150000, amounts


@pytest.mark.parametrize(
    ("text", "day"),
    [("close fim de julho", date(2032, 7, 31)), ("start início de agosto", date(2032, 8, 1)),
     ("meados de setembro", date(2032, 9, 15)), ("final do julho", date(2032, 7, 31)),
     ("Maio called", None), ("fim de semana", None)],
)  # fmt: skip
def test_a_months_part_said_in_portuguese(text: str, day: date | None) -> None:
    zone = ZoneInfo("America/Sao_Paulo")
    when = find_when(text, now=datetime(2032, 6, 10, 15, 30, tzinfo=zone), tz=zone)
    assert (when.at.date() if when else None) == day


@pytest.mark.parametrize(
    ("text", "close", "task"),
    [("they ask a new proposal so the value goes to R$ 1,4 mi I send it tomorrow", None, "I send it"),
     ("they will sign the contract friday I will call them monday", date(2032, 6, 11), "I will call them")],
)  # fmt: skip
def test_a_plan_of_ours_said_midway_without_a_stop_is_a_clause_of_its_own(
    text: str, close: date | None, task: str
) -> None:
    reading = reading_at(text, NAIROBI_THURSDAY, "Africa/Nairobi")
    assert reading.close == close
    assert [step.text for step in reading.steps] == [task]


def test_a_plan_said_in_the_present_is_a_reminder(app, admin, nyokabi) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        nyokabi.send(
            "visited Machakos Solar with Daniel, they want a new quote for 90 panels, I send it tomorrow"
        )
    )
    assert "?" not in reply, reply
    assert [r["due_at"][:10] for r in exported(app, admin)["reminders"]] == ["2032-06-11"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("teams w Gabriel Hoffmann floripa sw. they sign tomorrow", "meeting"), ("teams won", None)],
)
def test_a_teams_meeting_typed_without_its_slash(text: str, kind: str | None) -> None:
    assert reading_at(text, NAIROBI_THURSDAY, "Africa/Nairobi").kind == kind


def test_a_contact_named_with_a_homophone_is_the_contact(app, admin, yu) -> None:  # type: ignore[no-untyped-def]
    say(yu, "/contact add 宁波北仑模具有限公司: 梁嘉怡", "/contact add 宁波北仑模具有限公司: 梁家强")
    texts(yu.send("今日拜访北仑模具嘅梁嘉仪，佢新手机号码系13826554411"))
    people = {p["name"]: p["phone"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people == {"孙立群": None, "戴海涛": None, "梁嘉怡": "13826554411", "梁家强": None}, people


@pytest.mark.parametrize(
    ("text", "asked"),
    [("北仑模具老板想压到十二万美金", True), ("they want to push it down to US$120k at 北仑模具", True),
     ("北仑模具报价压到十二万美金了", False), ("去了北仑模具，戴海涛说报价要降到十二万美金", False)],
)  # fmt: skip
def test_the_price_they_want_to_bring_us_down_to_is_asked(yu, text: str, asked: bool) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yu.send(text))
    assert ("？" in reply or "?" in reply) == asked, reply


@pytest.mark.parametrize(
    "text",
    ["yesterday byłem u Krzysztofa Mazurka in Lublin Agro, field visit",
     "visited Lublin Agro today, talked to Krzysztofa Mazurka's team"],
)  # fmt: skip
def test_a_full_name_said_in_a_polish_case(app, admin, add_user, clock, text: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(NAIROBI_THURSDAY)
    chat = ConsoleChat(app.assistant, add_user("Przemek", timezone="Europe/Warsaw").id)
    replay(chat, clock, "/customer add Lublin Agro Sp. z o.o., aliases=Lublin Agro",
           "/contact add Lublin Agro Sp. z o.o.: Krzysztof Mazurek")  # fmt: skip
    reply = texts(chat.send(text))
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Krzysztof Mazurek"], reply


def test_early_in_a_month_said_in_portuguese_is_asked_as_a_close(yu) -> None:  # type: ignore[no-untyped-def]
    reply = texts(yu.send("北仑模具 think they close início de agosto"))
    assert "?" in reply or "？" in reply, reply
