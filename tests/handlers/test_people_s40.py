"""People's news (i40-people, session 40, issue 13), in wordings of our own (no evaluation set's); the clock
is Thu 2029-04-26 10:20 in London.

- a role said before the one who follows a leaver ("the works manager's now Dale Fenner",
  "采购经理现在是她女儿韦晓燕") is the newcomer's title; the leaver is marked as gone, as before;
- a leaving said with when it happened ("last week", "上周") is stored as a leaving, not asked about;
- two people's details in one message are each their own ("… is now X and … is now Y", "新手提" twice), and
  a list of new contacts headed by customers puts each person at the customer of their item;
- people of two customers, each named by whole name with news of their own ("A's new mobile is … and B's
  is …", "A is now X and B is now Y", two phones run on in Chinese), each get theirs at their own customer,
  names written in traditional characters stored as written;
- what another person will do, said as theirs ("X will send …", "她说…寄过来"), is their promise: the
  interaction is logged with it and no reminder of ours is made up; our own promise stays a reminder.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import exported

LDN = "Europe/London"
MJ, LC, KT, FD = (
    "Marlow Joinery Works",
    "温州鹿城眼镜有限公司",
    "觀塘利豐五金有限公司",
    "Fenwick Dental Group",
)


def _world(chat, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2029, 4, 26, 10, 20, tzinfo=ZoneInfo(LDN)))
    chat.send(f"/tz {LDN}")
    for name in (MJ, LC, KT):
        chat.send(f"/customer add {name}")
    chat.send(f"/contact add {MJ}: Imogen Clarke, title=Director")
    chat.send(f"/contact add {LC}: 韦雪梅, title=采购经理")
    chat.send(f"/contact add {KT}: 陳耀祖, title=財務經理")


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "ours"),
    [("popped into Marlow Joinery, Imogen will post the signed drawings back by friday", False),
     ("called Marlow Joinery, their foreman's going to courier the offcuts over on monday", False),
     ("今天去了温州鹿城，韦经理讲下周三之前把质检报告快递过来", False),
     ("visited Marlow Joinery, I'll post Imogen the drawings by friday", True)],
)  # fmt: skip
def test_another_persons_promise_is_no_reminder_of_ours(app, admin, chat, clock, text, ours) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    replies = texts(chat.send(text))
    data = exported(app, admin)
    assert [a["customer"] for a in data["activities"]] == [LC if "温州" in text else MJ], replies
    assert len(data["reminders"]) == (1 if ours else 0), replies


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone", "new", "title"),
    [("Imogen Clarke's retired from Marlow Joinery, the works manager's now Dale Fenner",
      MJ, "Imogen Clarke", "Dale Fenner", "works manager"),
     ("温州鹿城的韦雪梅退休了，采购经理现在是她女儿韦晓燕", LC, "韦雪梅", "韦晓燕", "采购经理"),
     ("觀塘利豐陳耀祖退休咗，財務經理而家係佢個女陳詠琪", KT, "陳耀祖", "陳詠琪", "財務經理")],
)  # fmt: skip
def test_the_role_said_before_the_successor_is_theirs(
    app, admin, chat, clock, text, customer, gone, new, title
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    replies = texts(chat.send(text))
    people = {c["name"]: c for c in _contacts(app, admin, customer)}
    assert people[gone]["left_at"], replies  # the one who went is marked as gone, as before
    assert people[new]["title"] == title, replies  # the role said before the new name is the new one's


def _contacts(app, admin, customer):  # type: ignore[no-untyped-def]
    return next(c["contacts"] for c in exported(app, admin)["customers"] if c["name"] == customer)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "customer", "gone"),
    [("Imogen Clarke quit Marlow Joinery last week", MJ, "Imogen Clarke"),
     ("韦雪梅上周从温州鹿城离职了", LC, "韦雪梅")],
)  # fmt: skip
def test_a_leaving_said_with_when_it_happened_is_stored(
    app, admin, chat, clock, text, customer, gone
) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    replies = texts(chat.send(text))
    people = {c["name"]: c for c in _contacts(app, admin, customer)}
    assert people[gone]["left_at"], replies  # the week gone by is when it happened: nothing to ask


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "want"),
    [("Imogen Clarke is now managing director and Owen Pryce is now finance director",
      {"Imogen Clarke": ("title", "managing director"), "Owen Pryce": ("title", "finance director")}),
     ("陳耀祖新手提 6012 3456，韦雪梅新手提 6012 3465",
      {"陳耀祖": ("phone", "6012 3456"), "韦雪梅": ("phone", "6012 3465")}),
     ("new contacts Marlow Joinery: Sam Tully, estimator; 温州鹿城: 韦晓燕, 财务经理",
      {"Sam Tully": ("title", "estimator"), "韦晓燕": ("title", "财务经理")})],
)  # fmt: skip
def test_two_peoples_details_in_one_message_are_each_their_own(app, admin, chat, clock, text, want) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    chat.send(f"/contact add {MJ}: Owen Pryce, title=Accountant")
    replies = texts(chat.send(text))
    people = {c["name"]: (customer, c) for customer in (MJ, LC, KT) for c in _contacts(app, admin, customer)}
    for name, (field, value) in want.items():
        if name in ("Sam Tully", "韦晓燕"):  # new, each at the customer heading its item
            assert people[name][0] == (MJ if name == "Sam Tully" else LC), replies
        assert people[name][1][field] == value, replies  # each his or her own, not both on the first


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("text", "want"),
    [("Imogen Clarke's new mobile is 07700 900123 and Tariq Osman's is 07700 900456",
      {"Imogen Clarke": (MJ, "phone", "07700 900123"), "Tariq Osman": (FD, "phone", "07700 900456")}),
     ("韦雪梅手机换成139 2222 3333 陳耀祖手机换成139 2222 4444",
      {"韦雪梅": (LC, "phone", "139 2222 3333"), "陳耀祖": (KT, "phone", "139 2222 4444")}),
     ("Imogen Clarke is now chair and Tariq Osman is now clinic director",
      {"Imogen Clarke": (MJ, "title", "chair"), "Tariq Osman": (FD, "title", "clinic director")}),
     ("新聯絡人：觀塘利豐 鄧志強 財務主任；温州鹿城 劉佩儀 會計",
      {"鄧志強": (KT, "title", "財務主任"), "劉佩儀": (LC, "title", "會計")})],
)  # fmt: skip
def test_people_of_two_customers_each_get_their_own_news(app, admin, chat, clock, text, want) -> None:  # type: ignore[no-untyped-def]
    _world(chat, clock)
    chat.send(f"/customer add {FD}")
    chat.send(f"/contact add {FD}: Tariq Osman, title=Practice Manager")
    replies = texts(chat.send(text))
    people = {
        (customer, c["name"]): c for customer in (MJ, LC, KT, FD) for c in _contacts(app, admin, customer)
    }
    for name, (customer, field, value) in want.items():
        assert people[(customer, name)][field] == value, replies  # at their own customer, as written
