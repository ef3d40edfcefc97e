"""Session 68: the fourth fresh-clone trial's (session 67) remaining Mediums (issue 13).

- "过几天提醒我跟华为张伟确认一下样品" asks "When should I remind you …?" with three mornings;
  "周四上午十点吧" typed in answer was "I didn't catch that" though the README says the next message
  answers it (trial 67 #14): a sure moment typed is taken as a button would be.
- "改到上午10点" right after that reminder was set by a button: "nothing recent to correct" (#15); the
  reminder moves to ten on its own day.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import texts
from tests.support.exported import due_times, exported
from tests.support.worlds import user_at

pytestmark = pytest.mark.reading  # how a message is read: SQLite only (see tests/conftest.py)

SHANGHAI = ZoneInfo("Asia/Shanghai")
VAGUE = "过几天提醒我跟华为张伟确认一下样品"


@pytest.fixture
def li(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "李伟", "Asia/Shanghai", datetime(2026, 12, 7, 13, 0),
        "/customer add 华为技术有限公司, aliases=华为",
        "/contact add 华为技术有限公司: 张伟, title=采购经理")  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "due"),
    [("周四上午十点吧", "2026-12-10 10:00"), ("明天下午3点", "2026-12-08 15:00"),
     ("12月11号上午9点半", "2026-12-11 09:30")],
)  # fmt: skip
def test_a_moment_typed_answers_when_to_remind(app, admin, li, typed, due) -> None:  # type: ignore[no-untyped-def]
    li.send(VAGUE)
    assert len(li.buttons) == 4  # three mornings and Skip
    reply = texts(li.send(typed))
    assert due_times(app, admin, SHANGHAI) == [due], reply


def test_a_vague_answer_is_no_moment_taken(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    li.send(VAGUE)
    reply = texts(li.send("看情况吧"))
    assert exported(app, admin)["reminders"] == [], reply


@pytest.mark.parametrize("answer", ["2", "周四上午十点吧"])
def test_a_new_time_moves_the_reminder_the_answer_set(app, admin, li, answer) -> None:  # type: ignore[no-untyped-def]
    li.send(VAGUE)
    li.send(answer)
    reply = texts(li.send("改到下午4点"))
    assert due_times(app, admin, SHANGHAI) == ["2026-12-10 16:00"], reply


def test_a_time_typed_long_after_moves_nothing(app, admin, li, clock) -> None:  # type: ignore[no-untyped-def]
    li.send(VAGUE)
    li.send("2")
    clock.advance(hours=3)
    li.send("改到下午4点")
    assert due_times(app, admin, SHANGHAI) == ["2026-12-10 09:00"]


def test_talking_again_said_not_to_reopen_reopens_nothing(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    li.send("/customer add 杭州云帆网络科技有限公司, aliases=云帆")
    li.send("/contact add 杭州云帆网络科技有限公司: 孙丽, title=CTO")
    li.send("/deal 云帆 8万 lead")
    li.send("/lost 云帆 预算砍了")
    reply = texts(li.send("云帆孙丽又联系我了，说想重新谈，先别重开，等她下周给预算"))
    data = exported(app, admin)
    assert [d["status"] for d in data["deals"]] == ["lost"], reply
    assert [a["contact"] for a in data["activities"]] == ["孙丽"], reply


@pytest.fixture
def sam(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Sam", "America/New_York", datetime(2026, 12, 7, 9, 0),
        "/customer add Stark Industries, aliases=Stark",
        "/contact add Stark Industries: Pepper Potts, title=CEO",
        "/deal Stark 40k proposal",
        "/customer add Initech LLC, aliases=Initech",
        "/contact add Initech LLC: Samir Nagheenanajar, title=Engineer",
        "/deal Initech 20k proposal")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "title"),
    [("stark: pepper called, they want 50 more licences, add-on deal 75k close end of jan",
      "50 more licences"),
     ("samir @ initech called - they want TPS for a 2nd location, sep deal ~9.5k, close end of jan",
      "TPS for a 2nd location")],
)  # fmt: skip
def test_an_add_on_is_named_by_what_it_is_not_by_who_called(app, admin, sam, text, title) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send(text))
    if "Save" in [b.label for b in sam.buttons]:
        reply += texts(sam.press("Save"))
    titles = [d["title"] for d in exported(app, admin)["deals"]]
    assert title in titles, reply


def test_call_it_the_x_pilot_names_the_deal_and_is_no_call(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    reply = texts(sam.send("stark wants a new 12k pilot, call it the jarvis pilot, close end of jan"))
    if "Save" in [b.label for b in sam.buttons]:
        reply += texts(sam.press("Save"))
    data = exported(app, admin)
    assert "jarvis pilot" in [d["title"] for d in data["deals"]], reply
    assert data["activities"] == [], reply


@pytest.mark.parametrize(
    ("hour", "asked", "due"),
    [(0, True, "2026-12-07 15:00"), (9, False, "2026-12-08 15:00")],
)
def test_tomorrow_in_the_small_hours_is_asked(app, admin, add_user, clock, hour, asked, due) -> None:  # type: ignore[no-untyped-def]
    """Said at 00:22 (trial 67 #29), "tmrw" may be the day just begun: both days are offered; said in the
    morning it is the next day."""
    rep = user_at(app, add_user, clock, "Tam", "America/New_York", datetime(2026, 12, 7, hour, 22),
        "/customer add Wayne Enterprises, aliases=Wayne",
        "/contact add Wayne Enterprises: Tamara Reyes, title=CTO")  # fmt: skip
    reply = texts(rep.send("ping tamara at wayne tmrw 3pm abt the questionaire"))
    labels = [b.label for b in rep.buttons]
    assert (labels[:2] == ["Mon, Dec 7 (today)", "Tue, Dec 8 (tomorrow)"]) is asked, reply
    if asked:
        reply += texts(rep.press(labels[0]))
    assert due_times(app, admin, ZoneInfo("America/New_York")) == [due], reply


@pytest.mark.parametrize(
    "text", ["星河刘强的微信是liuqiang_bj", "刘强 微信 liuqiang_bj", "刘总的微信是 liuqiang_bj"]
)
def test_a_wechat_id_alone_is_kept_with_the_contact(app, admin, li, text) -> None:  # type: ignore[no-untyped-def]
    li.send("/customer add 北京星河科技有限公司, aliases=星河")
    li.send("/contact add 北京星河科技有限公司: 刘强, title=总经理")
    reply = texts(li.send(text))
    people = {p["name"]: p for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people["刘强"]["extra"].get("wechat") == "liuqiang_bj", reply


@pytest.mark.parametrize(
    ("text", "listed"),
    [("what closes on 12/15?", True), ("which of my deals closing 12/15", True),
     ("what closes on 12/16?", False)],
)  # fmt: skip
def test_deals_closing_on_one_day_are_listed(app, admin, sam, text, listed) -> None:  # type: ignore[no-untyped-def]
    """S15 dev (the development half of a blind set): "what closes on 10/10?" asked "which customer?"."""
    sam.send("/deal Stark 40k proposal close 15 Dec")
    before = exported(app, admin)
    reply = texts(sam.send(text))
    assert ("Stark Industries" in reply) is listed and "Initech" not in reply, reply
    assert exported(app, admin) == before


def test_deals_closing_next_week_asked_in_mixed_cantonese(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    """ "下个礼拜有咩deal要close？": a Latin word inside Chinese has no word boundary; the reminders were
    shown."""
    li.send("/deal 华为 50万 proposal close 12月16日")
    reply = texts(li.send("下个礼拜有咩deal要close？"))
    assert "华为技术有限公司" in reply and "¥500,000" in reply, reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [("afternoon tea w Pepper from Stark, they've shunted the budget, so push the close to end of Jan pls",
      "meeting"),
     ("Pepper Potts's been made Chief Commercial Officer at Stark, had a quick ring to say congrats", "call"),
     ("Kopi w pepper (stark) this morning, she want to see the revised mock up before chop", "meeting")],
)  # fmt: skip
def test_tea_kopi_and_a_ring_are_interactions(app, admin, sam, clock, text, kind) -> None:  # type: ignore[no-untyped-def]
    """S15 dev: British "afternoon tea w X" (its "afternoon" was read as the time), "had a quick ring",
    Singapore "kopi w X" logged nothing or a note."""
    clock.advance(hours=8)  # 17:00
    reply = texts(sam.send(text))
    logged = [(a["kind"], a["contact"]) for a in exported(app, admin)["activities"]]
    assert logged == [(kind, "Pepper Potts")], reply


@pytest.mark.parametrize(
    ("text", "due"),
    [("pls remind me chase samir at initech 12/10 after lunch lah", "2026-12-10 13:30"),
     ("remind me to ring pepper at stark tmrw before lunch", "2026-12-08 11:00")],
)  # fmt: skip
def test_a_time_said_by_lunch_is_kept(app, admin, sam, text, due) -> None:  # type: ignore[no-untyped-def]
    """S15 dev: "9/10 after lunch lah" reminded at 09:00, "after lunch lah" left in its text."""
    reply = texts(sam.send(text))
    assert due_times(app, admin, ZoneInfo("America/New_York")) == [due], reply
    assert "lunch" not in exported(app, admin)["reminders"][0]["text"], reply


@pytest.fixture
def root(app, add_user, clock):  # type: ignore[no-untyped-def]
    return user_at(app, add_user, clock, "Olivia", "Europe/London", datetime(2026, 12, 7, 8, 25),
        "/customer add Müller Maschinenbau GmbH, aliases=mueller",
        "/contact add Müller Maschinenbau GmbH: Jürgen Müller, title=Geschäftsführer",
        "/customer add Stark Industries, aliases=Stark",
        "/contact add Stark Industries: Pepper Potts, title=CEO")  # fmt: skip


_MAX = "jurgen is retiring in jan, his son Max Müller takes over as MD at mueller, max@mueller-mb.example"


def _max_saved(chat) -> None:  # type: ignore[no-untyped-def]
    chat.send(_MAX)
    if "Save" in [b.label for b in chat.buttons]:
        chat.press("Save")


def test_a_correction_left_unanswered_puts_the_record_back(app, admin, root) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H2: a correction takes the record back while its card waits; gone past, it was lost."""
    _max_saved(root)
    asked = texts(root.send("oh and his mobile is +49 171 5550199"))
    assert "Save" in [b.label for b in root.buttons], asked  # the card of the message as corrected
    reply = texts(root.send("rang pepper at stark, all good"))
    people = {p["name"] for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert "Max Müller" in people and "back as it was" in reply.lower(), reply
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Pepper Potts"], reply


def test_garbage_is_no_follow_up_of_the_last_message(app, admin, root) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H2: "${HOME}" was read as a currency named, so the garbage joined the last message."""
    _max_saved(root)
    before = exported(app, admin)
    reply = texts(root.send("%s %n %x {0} ${HOME} \\\\ \\n"))
    assert exported(app, admin) == before and "Undone" not in reply, reply


_KLARA = (
    "fyi klara weiss is leaving umbrella end of month, her replacement is Tom Becker, head of procurement, "
    "tom.becker@umbrella.example"
)


@pytest.mark.parametrize(
    ("take_back", "becker"), [("ignore the reminder part", True), ("scratch that", False)]
)
def test_a_take_back_with_a_card_waiting_is_about_the_card(app, admin, root, take_back, becker) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H1: "ignore the reminder part" with a card waiting undid the message stored before the card
    (two e-mails and two reminders, for good)."""
    root.send("/customer add Umbrella Health GmbH, aliases=Umbrella")
    root.send("/contact add Umbrella Health GmbH: Dr. Klara Weiss, title=Procurement")
    root.send("rang pepper at stark, she wants the 2027 price list")
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Pepper Potts"]
    asked = texts(root.send(_KLARA))
    assert "Save" in [b.label for b in root.buttons], asked
    reply = texts(root.send(take_back))
    data = exported(app, admin)
    assert [a["contact"] for a in data["activities"]] == ["Pepper Potts"], reply  # the stored message stays
    people = {p["name"] for c in data["customers"] for p in c["contacts"]}
    assert ("Tom Becker" in people) is becker and data["reminders"] == [], reply


def test_not_signed_yet_only_a_verbal_yes_takes_the_win_back(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H3: the verbal yes was read as the win again, and its card rolled the undo back."""
    li.send("/deal 华为 50万 negotiation")
    li.send("华为签了！！合同60万 🎉")
    assert [d["status"] for d in exported(app, admin)["deals"]] == ["won"]
    reply = texts(li.send("不对 还没签，只是口头答应"))
    assert [(d["status"], d["amount"]) for d in exported(app, admin)["deals"]] == [("open", 500000)], reply


@pytest.mark.parametrize(
    ("text", "refused"),
    [('Stark Industries,Defense,+1 212 555 0100,A,Sam,2026-12-07,"45,000"', True),
     ("stark 45k,initech 9k,wayne 3k,hooli 2k,acme 1k", False)],
)  # fmt: skip
def test_a_pasted_spreadsheet_row_changes_nothing(app, admin, sam, text, refused) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H4: a pasted CSV row cut the open deal to its last figure without a question."""
    before = exported(app, admin)
    reply = texts(sam.send(text))
    assert ("row from a spreadsheet" in reply) is refused, reply
    if refused:
        assert exported(app, admin) == before, reply


def test_a_new_time_said_of_another_customer_corrects_nothing(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H8: "周四去不了恒远，改成下周一上午" right after a phone fix at 东方贸易 was applied to that
    message: the right number taken back, and a reminder made of the phone fix."""
    li.send("/customer add 苏州恒远物流有限公司")
    li.send("/customer add 上海东方贸易有限公司, aliases=东方贸易")
    li.send("/contact add 上海东方贸易有限公司: 陈静, phone=13912345678")
    li.send("/remind 苏州恒远物流有限公司 去拜访 12月15日 9:00")
    li.send("东方贸易陈静电话不是13912345678，是13912345679")
    reply = texts(li.send("周四去不了恒远，改成下周一上午"))
    if "苏州恒远物流有限公司" in [b.label for b in li.buttons]:
        reply += texts(li.press("苏州恒远物流有限公司"))
    people = {p["name"]: p for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people["陈静"]["phone"] == "13912345679", reply
    assert due_times(app, admin, SHANGHAI) == ["2026-12-14 09:00"], reply


def test_a_currency_put_right_after_a_message_without_money_rewrites_nothing(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H6: "…training deal is euros not dollars" after a phone number given was "Corrected" into
    nonsense ("pepper staff training's direct line is …") and the deal stayed in dollars, the user told
    it was fixed."""
    sam.send("stark want an add-on quote for staff training, 5k, separate from the main deal")
    sam.send("pepper's direct line is +1 212 555 0188")
    before = exported(app, admin)
    reply = texts(sam.send("sorry, that stark training deal is euros not dollars"))
    assert "Corrected" not in reply, reply
    if "Save" in [b.label for b in sam.buttons]:
        sam.press("Cancel")
    assert exported(app, admin) == before, reply


def test_left_then_now_at_another_customer_moves_the_contact(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H5: "bob miller left acme, he's now purchasing mgr at red river logistics" only marked him as
    left; the README promises him added at the other customer, with the title said."""
    sam.send("/customer add Acme Corporation, aliases=Acme")
    sam.send("/contact add Acme Corporation: Bob Miller, title=Head of Purchasing")
    sam.send("/customer add Red River Logistics")
    reply = texts(sam.send("bob miller left acme, he's now purchasing mgr at red river logistics"))
    people = {(c["name"], p["name"]): p for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert people[("Red River Logistics", "Bob Miller")]["title"] == "purchasing mgr", reply
    assert people[("Acme Corporation", "Bob Miller")]["left_at"], reply


def test_the_full_name_of_a_contact_known_by_title_renames_it(app, admin, li) -> None:  # type: ignore[no-untyped-def]
    """Trial 68 H7: "晶華陳協理全名是陳建宏，手機…" made a second person 陳建宏 beside 陳協理."""
    li.send("/customer add 晶華科技, aliases=晶華")
    li.send("/contact add 晶華科技: 陳協理, title=協理")
    reply = texts(li.send("晶華陳協理全名是陳建宏，手機0912-345-678"))
    customers = {c["name"]: c for c in exported(app, admin)["customers"]}
    people = [(p["name"], p["title"], p["phone"]) for p in customers["晶華科技"]["contacts"]]
    assert people == [("陳建宏", "協理", "0912-345-678")], reply


def test_a_terminal_colour_escape_is_no_amount(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    """Trial 68: "\\x1b[31m" pasted with a message left "[31m", read as 31 million (asked, luckily)."""
    reply = texts(sam.send("stark call w/ pepper \x01\x02\x1b[31m re pricing\x07 ok\x1b[0m"))
    assert "31" not in reply and "Save" not in [b.label for b in sam.buttons], reply
    assert [a["kind"] for a in exported(app, admin)["activities"]] == ["call"], reply


@pytest.mark.parametrize(("text", "asked"), [("call w jane re PO timing, she'll send it thurs", True),
                                             ("call w jane park re PO timing", False)])  # fmt: skip
def test_a_first_name_two_contacts_share_is_asked(app, admin, sam, text, asked) -> None:  # type: ignore[no-untyped-def]
    """Trial 68: "call w jane …" with Jane Doe and Jane Park at Acme logged the call with Jane Doe."""
    sam.send("/customer add Acme Corporation, aliases=Acme")
    sam.send("/contact add Acme Corporation: Jane Doe, title=CTO")
    sam.send("/contact add Acme Corporation: Jane Park, title=Procurement")
    reply = texts(sam.send(text))
    assert ("Which Jane at Acme Corporation?" in reply) is asked, reply
    if asked:
        assert exported(app, admin)["activities"] == [], reply
        reply += texts(sam.press("Jane Park · Procurement"))
    assert [a["contact"] for a in exported(app, admin)["activities"]] == ["Jane Park"], reply


def test_a_figure_now_with_a_thing_moves_nobody(app, admin, sam) -> None:  # type: ignore[no-untyped-def]
    """The gate's S10 en132: "…, EUR 195 000 now with the extra centrifuge" read "the extra centrifuge" as
    the company Karin moved to (a lower-case company of several words, allowed for trial 68 H5)."""
    said = "teams with Pepper Potts (Stark), 45k now with the extra licences, close end of jan"
    reply = texts(sam.send(said))
    people = {p["name"]: p for c in exported(app, admin)["customers"] for p in c["contacts"]}
    assert not people["Pepper Potts"].get("left_at") and "has left" not in reply, reply
