"""Session 65: what a fresh-clone trial and the development halves showed stored wrong or lost (issue 13).

- "called globx and initek": the second customer, typed with a heavier slip, was dropped without a word
  (no known form of it matched); it is asked about as the one the search finds ("initek = Initech LLC").
- "bill lumbergh at initech retired, milton waddams took over as VP ops, milton@…": a lowercase name that
  took someone's place is a person; the successor, his title and e-mail were lost (capitalised, kept).
- "东方贸易 next wed 下午3点 再去一趟", the 16th pressed, then "改到周四": the Thursday of the week pressed
  (it went to the 10th, the week before).
- "东方贸易的陈静…跳槽去了蓝鲸科技当采购经理，她微信 chenjing_88": the WeChat id goes with her new contact (or
  stays with her when the company she went to is no customer); it was stored nowhere.
- "f/u w Clayton @ windsor the tuesday after canada day, first thing": "first thing" after the day is that
  day's start (it was tomorrow morning, silently: S14b dev en025).
- "Fwd: 'Dear Hamdan, further to our meeting … the warehouse project has been cancelled by our HQ …' - pls
  update Gulf Stream, lost": the quoted mail's meeting is no meeting of ours today (one was logged), and
  the piece of it that says why is the loss's reason (it was "no reason given": S14b dev en080).
- "remind me … 1500 hrs friday", then "sorry, make that 4pm": the clock said in four digits is the one put
  right (it answered that 4pm today had gone by: trial M1).
- "demo for hooli next tue 3pm with gavin", then "no wait, thursday": one person is named, so the day is
  put right ("Whose should be thursday?" split the message at the customer's name, read as a person's).
- "给云帆的孙丽打了电化，她说下周一给答复，先别跟进了": 电化 typed for 电话 is a call (a note was asked
  about), and "先别跟进了" (no follow-up for now) sets no reminder for her answer nor asks a task (M14).
- "anything due this week?" on a Sunday evening: the week about to start (it listed the week ending that
  night, so nothing of Monday to Friday: trial M6); "what closes this week?" alike.
- "gonna swing by wayne tmrw 10ish w/ lucius re renewal, 80k ballpark", saved, then "ignore the reminder
  part": the rest is read again with the customer still named (it was read as ", 80k ballpark", which names
  no customer, and the deal went with the reminder: trial M11).
- "called globex, …", then "sorry, initech too, not just globex": Initech's call beside Globex's (Globex's
  was taken back and replaced, as if the message said "initech, not globex": trial M12).
- "new contact at wayne: Lucius Fox, CFO, lucius.fox@…" with a Lucius Fox on record as CTO with another
  e-mail: the same man changed, or another of the name? Asked (his details were overwritten: trial M21);
  the title on record said as new with a new number is his news ("Werner's the new mill manager there, his
  number is …": the gate's S8 held en016 was asked at first).
- "called bill at initech, they r pushing close to feb": the close moves to February ("close to" with no
  "the" was no move, and the new month was dropped: trial M3); "they're pushing to end of Q1" (kept the old
  close: the second trial's H6).
- "周一约了陈静吃饭" said on a Monday: a lunch arranged, today's or next Monday's? Asked (a meeting was logged
  as had this morning: S13 dev zh135).
- "Teams call w Tama (AHC) yesterday arvo - tender clarifications all done" beside a reminder to call Tama
  about the tender in two weeks: that reminder stays (it was marked done: S13 dev en060); one due tomorrow
  is still done early, and one pointed at ("tick off the … reminder") whenever it is due.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import asked_and_nothing_stored, due_times, exported, people_of
from tests.support.worlds import on_s12_wednesday, user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "Sam", NEW_YORK,
        "/customer add Globex Inc, aliases=Globex",
        "/contact add Globex Inc: Hank Scorpio, title=CEO",
        "/customer add Initech LLC, aliases=Initech",
        "/contact add Initech LLC: Bill Lumbergh, title=VP Operations, phone=+1 512 555 0171",
        "/deal Initech LLC 18000 USD qualified close 5 Jan 2034")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["called globx and initek, both asked for updated pricing, send by wed", "called initek and globx"],
)
def test_a_second_customer_typed_with_a_slip_is_asked(app, admin, sam, text) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(sam.send(text))
    asked_and_nothing_stored(app, admin, before, reply)
    assert "initek = Initech LLC" in reply, reply  # it logged Globex's call alone, silently


def test_a_person_called_beside_a_customer_is_no_slip(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send("called hank and globex, all good"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == ["Globex Inc"], reply


def test_a_lowercase_successor_is_added(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(
        sam.send("bill lumbergh at initech retired, milton waddams took over as VP ops, milton@initech.com")
    )
    people = people_of(app, admin)
    milton = people.get(("Initech LLC", "Milton Waddams"))
    assert milton is not None and milton["email"] == "milton@initech.com", reply
    assert milton["title"] == "VP ops" and "left_at" in people[("Initech LLC", "Bill Lumbergh")], reply


SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def li(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "李伟", "Asia/Shanghai", datetime(2033, 11, 7, 9, 0),  # a Monday
        "/customer add 上海东方贸易有限公司, aliases=东方贸易",
        "/contact add 上海东方贸易有限公司: 陈静, title=采购主管")  # fmt: skip


def test_a_weekday_put_right_stays_in_the_week_pressed(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    li.send("东方贸易 next wed 下午3点 再去一趟")
    days = [b.label for b in li.buttons][:2]
    assert len(days) == 2, days  # which Wednesday: asked
    li.press(days[1])
    picked = due_times(app, admin, SHANGHAI)
    reply = texts(li.send("改到周四"))
    assert due_times(app, admin, SHANGHAI) == [
        f"{datetime.fromisoformat(picked[0]) + timedelta(days=1):%Y-%m-%d %H:%M}"
    ], reply  # the Thursday before the pressed Wednesday's week


@pytest.mark.parametrize("joined", [True, False])
def test_a_wechat_id_said_with_a_move_is_kept(app, admin, li, joined) -> None:  # type: ignore[no-untyped-def]
    if joined:
        li.send("/customer add 蓝鲸科技")
    reply = texts(li.send("东方贸易的陈静换工作了，跳槽去了蓝鲸科技当采购经理，她微信 chenjing_88"))
    where = "蓝鲸科技" if joined else "上海东方贸易有限公司"
    assert people_of(app, admin)[(where, "陈静")]["extra"] == {"wechat": "chenjing_88"}, reply
    assert "chenjing_88" in reply, reply


def test_first_thing_after_a_day_is_that_days_start(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    kellan = on_s12_wednesday(app, add_user, clock, "Kellan", "America/Toronto",
                              "/customer add Windsor Border Logistics Inc., aliases=Windsor Border",
                              "/contact add Windsor Border Logistics Inc.: Clayton Beaudoin")  # fmt: skip
    reply = texts(kellan.send("f/u w Clayton @ windsor border the tuesday after thanksgiving, first thing"))
    assert due_times(app, admin, ZoneInfo("America/Toronto")) == ["2033-10-11 09:00"], reply  # not tomorrow


def test_a_forwarded_mail_gives_the_reason_and_no_meeting(app, admin, add_user, clock) -> None:  # type: ignore[no-untyped-def]
    hamdan = on_s12_wednesday(app, add_user, clock, "Hamdan", "Asia/Dubai",
                              "/customer add Gulf Stream Logistics FZE, aliases=Gulf Stream",
                              "/contact add Gulf Stream Logistics FZE: Mohammed Irfan Qureshi",
                              "/deal Gulf Stream Logistics FZE 450000 AED proposal")  # fmt: skip
    reply = texts(hamdan.send(
        "Fwd: 'Dear Hamdan, further to our meeting we regret to inform that the warehouse project has been "
        "cancelled by our HQ. Thanks for your support. Rgds, Mohammed Irfan' - pls update Gulf Stream, lost"
    ))  # fmt: skip
    data = exported(app, admin)
    assert data["activities"] == [], reply
    assert [(d["stage"], d["lost_reason"]) for d in data["deals"]] == [
        ("lost", "the warehouse project has been cancelled by our HQ")
    ], reply


@pytest.mark.parametrize("fix", ["sorry, make that 4pm", "make that 4"])
def test_a_clock_said_in_hours_is_put_right(app, admin, sam, fix) -> None:  # type: ignore[no-untyped-def]
    sam.send("remind me to call hank at globex 1500 hrs friday")
    reply = texts(sam.send(fix))
    assert due_times(app, admin, NEW_YORK) == ["2033-09-30 16:00"], reply


def test_a_day_put_right_after_a_customer_and_one_person(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    sam.send("demo for globex next tue 3pm with hank")
    first = due_times(app, admin, NEW_YORK)
    reply = texts(sam.send("no wait, thursday"))
    assert due_times(app, admin, NEW_YORK) == [
        f"{datetime.fromisoformat(first[0]) + timedelta(days=2):%Y-%m-%d %H:%M}"
    ], reply


@pytest.fixture
def li_yunfan(app, add_user, clock):  # type: ignore[no-untyped-def]
    return on_s12_wednesday(app, add_user, clock, "李伟", SHANGHAI,
        "/customer add 杭州云帆网络科技有限公司, aliases=云帆",
        "/contact add 杭州云帆网络科技有限公司: 孙丽, title=采购经理")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reminders"),
    [("给云帆的孙丽打了电化，她说下周一给答复，先别跟进了", 0),
     ("给云帆的孙丽打了电话，她说下周一给答复，先别跟进了", 0),
     ("给云帆的孙丽打了电化，她说下周一给答复", 1)],
)  # fmt: skip
def test_a_call_typed_by_sound_and_no_follow_up(app, admin, li_yunfan, text, reminders) -> None:  # type: ignore[no-untyped-def]
    reply = texts(li_yunfan.send(text))
    data = exported(app, admin)
    assert [(a["kind"], a["contact"]) for a in data["activities"]] == [("call", "孙丽")], reply
    assert len(data["reminders"]) == reminders, reply


@pytest.mark.parametrize(
    ("question", "shown"),
    [("anything due this week?", "call Hank"), ("我这周要跟进哪些客户", "call Hank"),
     ("what closes this week?", "Globex rollout")],
)  # fmt: skip
def test_this_week_asked_at_the_weekend_is_the_coming_one(app, add_user, clock, question, shown) -> None:  # type: ignore[no-untyped-def]
    sam = user_at(app, add_user, clock, "Sam", "America/New_York", datetime(2033, 10, 2, 20, 0),  # a Sunday
                  "/customer add Globex Inc", "/remind Globex Inc call Hank tuesday 10am",
                  "/deal Globex Inc Globex rollout 120000 USD negotiation close 7 Oct 2033")  # fmt: skip
    assert shown in texts(sam.send(question))


def test_a_reminder_named_by_its_person_taken_back_is_gone(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    li.send("/remind 上海东方贸易有限公司 送样品 friday 10am")
    li.send("明天下午两点提醒我给陈主管打电话")
    reply = texts(li.send("算了 不用提醒了"))  # (the gate's S10 held zh111 asked "哪个提醒？" at first)
    pending = [r["text"] for r in exported(app, admin)["reminders"] if r["status"] == "pending"]
    assert pending == ["送样品"], reply


def test_the_reminder_part_taken_back_keeps_the_deal(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    sam.send("gonna swing by globex tmrw 10ish w/ hank re renewal, 80k ballpark")
    if "Save" in [b.label for b in sam.buttons]:
        sam.press("Save")
    assert len(exported(app, admin)["reminders"]) == 1
    reply = texts(sam.send("ignore the reminder part"))
    if "Save" in [b.label for b in sam.buttons]:  # the figure was asked about at first, so it is again
        reply += texts(sam.press("Save"))
    data = exported(app, admin)
    assert data["reminders"] == [], reply
    deals = [(d["customer"], d["amount"]) for d in data["deals"]]
    assert deals == [("Initech LLC", 18000), ("Globex Inc", 80000)], reply


def test_another_customer_too_not_just_the_first(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    sam.send("called globex, they asked for updated pricing")
    reply = texts(sam.send("sorry, initech too, not just globex"))
    calls = sorted((a["customer"], a["kind"]) for a in exported(app, admin)["activities"])
    assert calls == [("Globex Inc", "call"), ("Initech LLC", "call")], reply


def test_a_new_contact_with_a_known_name_and_other_details_is_asked(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(sam.send("new contact at initech: Bill Lumbergh, CFO, +1 212 555 0177"))
    asked_and_nothing_stored(app, admin, before, reply)
    assert people_of(app, admin)[("Initech LLC", "Bill Lumbergh")]["title"] == "VP Operations", reply
    assert "Bill Lumbergh (VP Operations · +1 512 555 0171)" in reply, reply


def test_the_title_on_record_said_as_new_with_a_new_number_is_stored(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send("dropped in at initech, Bill's the new VP Operations, his number is 512 555 0199"))
    assert people_of(app, admin)[("Initech LLC", "Bill Lumbergh")]["phone"] == "512 555 0199", reply


@pytest.mark.parametrize(
    "text",
    ["called bill at initech, they r pushing close to feb", "initech pushing close to feb",
     "call w/ bill at initech, they're pushing to end of feb", "initech delaying to february"],
)  # fmt: skip
def test_pushing_close_to_a_month_moves_the_close(app, admin, sam, text) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send(text))
    assert [d["expected_close"][:7] for d in exported(app, admin)["deals"]] == ["2034-02"], reply


@pytest.mark.parametrize("text", ["周一约了陈静吃饭", "lunch booked with 陈静 from 东方贸易 on monday"])
def test_a_meeting_arranged_for_todays_weekday_is_asked(app, admin, li, text) -> None:  # type: ignore[no-untyped-def]
    before = exported(app, admin)
    reply = texts(li.send(text))
    asked_and_nothing_stored(app, admin, before, reply)


def test_news_of_a_task_leaves_a_reminder_weeks_ahead(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    sam.send("/remind Initech LLC call Bill about the tender 12 Oct 2033 9am")
    reply = texts(sam.send("teams call w bill (initech) yesterday - tender clarifications all done"))
    data = exported(app, admin)
    assert [r["status"] for r in data["reminders"]] == ["pending"], reply
    assert [a["kind"] for a in data["activities"]] == ["call"], reply
