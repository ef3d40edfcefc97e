"""Field logs read by the structure of the message: what happened, what we plan, what others plan (issue 13,
session 17). Phrasings are i17-log's own, over customers of its own (Ferrow Kitchens, 松涛家居, …).

The clock stands at Monday 2026-11-23 09:00 UTC; the user's time zone is Europe/Berlin. Readings are
checked on the reader (fast); what is stored, through the chat.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.understanding import activity_opinion
from handlers.understanding.actions import absent
from handlers.understanding.date_roles import step_markers
from handlers.understanding.reader import read
from tests.conftest import texts
from tests.support.exported import exported

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
STAGES = ("lead", "qualified", "proposal", "negotiation", "won", "lost")


def reading_of(text: str):  # type: ignore[no-untyped-def]
    return read(text, now=MONDAY, tz=ZoneInfo("Europe/Berlin"), stages=STAGES, synonyms={})


@pytest.mark.parametrize(
    ("text", "kind"),
    [("couldn't meet odile at ferrow, rang her instead", "call"),
     ("松涛家居周总没空见面，改成电话聊了", "call"),
     ("didn't get to visit ferrow, emailed the brochure", "email")],
)  # fmt: skip
def test_an_interaction_said_not_to_happen_is_not_the_kind(text, kind) -> None:
    assert reading_of(text).kind == kind


@pytest.mark.parametrize(
    "text",
    ["rang odile at ferrow, their audit is on the 9th, nothing to do until then",
     "松涛家居周总说暂时不用跟进"],
)  # fmt: skip
def test_nothing_to_do_is_no_reminder(text) -> None:
    assert reading_of(text).steps == []


def test_a_task_word_said_as_a_task_still_is_one() -> None:
    assert step_markers("no answer, call back tmrw")
    assert reading_of("no answer at ferrow, call back tmrw").steps


@pytest.mark.parametrize(
    ("text", "name", "away"),
    [("went to 松涛家居，周总不在，见了仓管", "周建华", True),
     ("Ferrow - Odile - phone call, she's out next week", "Odile Marsh", False),
     ("dropped by ferrow, odile was out", "Odile Marsh", True)],
)  # fmt: skip
def test_a_person_away_now_by_family_name_and_title_not_one_away_later(text, name, away) -> None:
    assert absent(text, name) is away


def test_a_chinese_order_after_a_part_of_the_day_is_a_plan() -> None:
    reading = reading_of("上午去了松涛家居，下午给周总打电话")
    assert reading.kind == "visit"
    [step] = reading.steps
    assert step.due is not None and step.due.hour >= 12


def test_a_calendar_line_is_one_planned_entry() -> None:
    reading = reading_of("11月25日（周三）14:00-15:00 松涛家居 周建华 视频会")
    assert reading.kind is None
    [step] = reading.steps
    assert (step.due.day, step.due.hour) == (25, 14) and "视频会" in step.text


def test_a_contract_sent_is_no_close_date() -> None:
    reading = reading_of("周四我把合同发给松涛家居")
    assert reading.close is None
    assert [s.due.day for s in reading.steps if s.due] == [26]


def test_a_pasted_mail_header_is_no_customer_name() -> None:
    assert reading_of("Fwd: note from Odile Marsh (Ferrow Kitchens) - wants samples").explicit_name is None


def test_a_move_without_the_old_date_is_a_reschedule() -> None:
    assert reading_of("ferrow resched to thurs same time").rescheduled
    assert reading_of("松涛家居 改到周四").rescheduled


def test_the_activity_opinion_learns_kinds_from_the_labelled_logs() -> None:
    said = activity_opinion.opinion("给松涛家居打了电话")
    assert said["call"] > 0.5 > said["email"]


@pytest.fixture
def book(chat):
    chat.send("/customer add Ferrow Kitchens, alias=Ferrow")
    chat.send("/customer add Brantley Joinery, alias=Brantley")
    chat.send("/customer add 松涛家居有限公司, alias=松涛家居")
    chat.send("/contact add Ferrow: Odile Marsh, title=Buyer")
    chat.send("/contact add Ferrow: Piet Vos, title=Chef")
    chat.send("/contact add 松涛家居: 周建华, title=总经理")
    return chat


def test_a_close_said_beside_a_log_of_a_customer_without_a_deal_stays_in_the_note(app, admin, book) -> None:
    reply = texts(book.send("visited Brantley, they'd maybe sign in february"))
    assert "I'll store" not in reply
    data = exported(app, admin)
    assert data["deals"] == []
    assert [a["kind"] for a in data["activities"]] == ["visit"]


def test_two_people_there_together_need_no_question(app, admin, book) -> None:
    reply = texts(book.send("lunch w/ Odile Marsh and Piet Vos at Ferrow, went well"))
    assert "I'll store" not in reply
    [activity] = exported(app, admin)["activities"]
    assert activity["contact"] in ("Odile Marsh", "Piet Vos")


def test_the_absent_person_is_not_the_contact(app, admin, book) -> None:
    book.send("/lang zh")
    reply = texts(book.send("前天去了松涛家居，周总不在，见了仓管"))
    assert "我将保存" not in reply
    [activity] = exported(app, admin)["activities"]
    assert activity["contact"] is None


@pytest.mark.parametrize(
    ("first", "move", "due"),
    [("call ferrow tomorrow 3pm", "ferrow resched to thurs same time", "2026-11-26T15:00"),
     ("明天下午3点给松涛家居打电话", "松涛家居 改到周四", "2026-11-26T15:00")],
)  # fmt: skip
def test_a_move_said_later_moves_the_reminder(app, admin, book, first, move, due) -> None:
    book.send(first)
    book.send(move)
    [reminder] = exported(app, admin)["reminders"]
    local = datetime.fromisoformat(reminder["due_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert local.strftime("%Y-%m-%dT%H:%M") == due


@pytest.mark.parametrize(
    "text",
    ["rang odile at ferrow, competitor quoted them 41k", "松涛家居周总电话，说友商报了十二万"],
)  # fmt: skip
def test_a_competitors_price_is_no_amount_or_stage_of_ours(text) -> None:
    reading = reading_of(text)
    assert reading.amounts == [] and reading.stage is None


def test_two_neighbouring_digits_before_a_unit_are_a_range_to_ask_about() -> None:
    assert "三四十万" in reading_of("松涛家居周总见面，预算三四十万吧").doubts


@pytest.mark.parametrize(
    "text",
    ["ferrow lunch w odile, went over the 60k proposal, nothing changed", "松涛家居 电话 50万 方案 没变"],
)
def test_deal_words_said_as_they_stand_change_nothing(text) -> None:
    reading = reading_of(text)
    assert reading.kind and not reading.about_deal


def test_getting_back_in_touch_is_no_comeback() -> None:
    assert not reading_of("call w odile at ferrow, i'll circle back on the 30th").reopen
    assert reading_of("ferrow is back on the table").reopen


def test_a_time_settled_is_no_win() -> None:
    reading = reading_of("松涛家居周总微信说明天想当面聊，定了三点")
    assert reading.outcome is None
    assert [(s.due.day, s.due.hour) for s in reading.steps] == [(24, 15)]


def test_a_clause_after_but_keeps_the_subject_before_it() -> None:
    reading = reading_of("ferrow call. they're keen but waiting on their new owner who starts on the 7th")
    assert reading.steps == [] and [w.at.day for w in reading.theirs] == [7]


def test_a_pasted_mail_is_an_email_and_its_body_the_senders_plans() -> None:
    reading = reading_of(
        "From: Odile Marsh <odile@ferrow.example>\nSent: Friday, November 20, 2026 4:05 PM\nTo: Sam\n"
        "Subject: RE: samples\n\nSam, we can start the trial in January. Our owner will sign next week.\n"
    )
    assert reading.kind == "email"
    assert reading.steps == [] and reading.close is None
    assert "odile@" not in reading.text and "Odile Marsh" in reading.text


def test_cantonese_not_there() -> None:
    assert absent("今日去松涛家居，周生唔喺度，同佢秘書傾咗一陣", "周建华")


def test_a_calendar_entrys_end_is_no_date_and_a_past_entry_happened() -> None:
    reading = reading_of("【日程】11月23日 08:00-09:00 拜访 松涛家居 周经理 ✔已完成")
    assert reading.kind == "visit" and reading.steps == []
    assert (reading.occurred.at.day, reading.occurred.at.hour) == (23, 8)
    [step] = reading_of("Wed 11/25 14:00-15:00 demo Ferrow w/ Odile").steps
    assert (step.due.day, step.due.hour) == (25, 14) and "15" not in step.text


def test_a_pasted_mail_is_no_day_summary() -> None:
    from handlers.understanding.summaries import summary_items

    assert (
        summary_items(
            "发件人：周建华 <zhou@songtao.example>\n发送时间：2026年11月23日 9:12\n主题：样品\n\n收到了"
        )
        is None
    )
    assert summary_items("EOD:\n- visited ferrow\n- brantley 20k") == ["visited ferrow", "brantley 20k"]


def test_someone_not_on_the_thread_was_not_there() -> None:
    assert absent("emailed odile the SOW, piet wasnt on the thread", "Piet Vos")


def test_a_request_already_answered_is_no_task() -> None:
    reading = reading_of("周建华（松涛家居）发邮件来要我们的报价单，已回复")
    assert reading.steps == [] and reading.kind == "email"
    assert reading_of("周建华（松涛家居）发邮件来要我们的报价单").steps  # not answered: still ours to do


def test_a_dropped_in_visit_and_a_count_with_more_than() -> None:
    assert reading_of("松涛家居 周建华 drop by 了一下").kind == "visit"
    assert "300k" not in reading_of("ferrow call, talked about maybe 300k, nothing concrete").doubts


def test_a_date_in_a_clause_about_someone_else_is_asked_about(app, admin, book) -> None:
    reply = texts(book.send("rang ferrow, odile out til thurs so spoke to the front desk"))
    assert "Not sure about: thurs" in reply and exported(app, admin)["activities"] == []
