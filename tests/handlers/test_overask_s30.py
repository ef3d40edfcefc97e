"""Questions a careful assistant would not ask (i30-overask, session 30). Own wordings, not an evaluation
set's; the clock is Thu 2029-04-26 10:20 local.

- What a known contact said or wanted, their name right before the word of saying, with no channel, no
  figure, nothing of the deal's money, order, contract or outcome and no doubting word ("dana says the
  drivers like the new scanner app", "陈国栋说车间想要英文版的报表", "陈生话…"): a note with them, stored at
  once. The same shape about the price, a feared loss, a bare figure or a maybe still goes to the card.
- A new contact's phone in two fours right after a Chinese name ("品质主任 罗嘉伟 6234 1187"): their
  phone (and the whole word before the name their title), not numbers left unused.
- Their budget said not yet approved, with no figure ("他们2030年的IT预算还没批下来"): a note; with a
  figure, or a contract not yet approved, it is asked as before.
- Something sent to a contact, said as done in Chinese with no kind word ("给昆山宏远陈总发了样品照片",
  "图纸已经发给陈国栋确认了"): a mail logged, at the customer the contact settles; "把图纸发给陈国栋" with
  a day is a reminder only.
"""

from __future__ import annotations

import pytest

from tests.conftest import texts
from tests.support.exported import exported
from tests.support.worlds import HY, LF, two_customers


@pytest.mark.parametrize("backend", ["sqlite"])  # what is read, not how it is stored
@pytest.mark.parametrize(
    ("zone", "text", "customer", "person"),
    [("America/Chicago", "lakeview: dana says the drivers like the new scanner app", LF, "Dana Price"),
     ("America/Chicago", "Lakeview Freight - Dana mentioned their depot manager prefers paper forms", LF,
      "Dana Price"),
     ("America/Chicago", "lakeview, dana said the project is in their 2030 budget", LF, "Dana Price"),
     ("Asia/Shanghai", "昆山宏远陈国栋说车间想要英文版的报表", HY, "陈国栋"),
     ("Asia/Shanghai", "昆山宏远陈总反馈说新界面用起来顺手多了", HY, "陈国栋"),
     ("Asia/Hong_Kong", "昆山宏遠陳生話佢哋啲師傅鍾意個新介面", HY, "陈国栋")],
)  # fmt: skip
def test_a_contacts_plain_news_is_stored_at_once(
    app, admin, chat, clock, zone, text, customer, person
) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["contact"]) for a in data["activities"]] == [(customer, person)], reply
    assert "Save" not in reply and "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("zone", "text"),
    [("America/Chicago", "lakeview: dana says they want to change the price"),
     ("America/Chicago", "Lakeview Freight - Dana mentioned they might go with another carrier app"),
     ("America/Chicago", "lakeview - dana mentioned thirty-ish"),
     ("Asia/Shanghai", "昆山宏远陈国栋说合同金额要降一点"),
     ("Asia/Shanghai", "昆山宏远陈总说可能下个月签"),
     ("Asia/Hong_Kong", "昆山宏遠陳生話佢哋可能揀第二間"),
     # a part of the deal only (coordinator, session 30: stored as a plain note after 5838dde)
     ("America/Chicago", "lakeview: dana wants to begin with the north depot only, not all five"),
     ("Asia/Shanghai", "昆山宏远陈国栋说先做试点，全厂的以后再说"),
     # a likely yes, a rise by an amount not said, a deal said gone (coordinator, session 30's end look)
     ("America/Chicago", "lakeview: dana says the board should be fine with it"),
     ("Asia/Shanghai", "昆山宏远陈国栋说应该问题不大"),
     ("Asia/Shanghai", "昆山宏远陈总说数量还要再加一点，加多少没讲"),
     ("Asia/Hong_Kong", "昆山宏遠掉單了，陳生話集團統一揀供應商"),
     ("Asia/Shanghai", "昆山宏远陈总说想加个仓库")],
)  # fmt: skip
def test_a_contacts_news_of_the_deal_or_a_guess_is_still_asked(app, admin, chat, clock, zone, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, zone)
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert data["activities"] == [] and data["reminders"] == [], reply
    assert "?" in reply or "？" in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_two_fours_after_a_new_contacts_chinese_name_are_their_phone(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Hong_Kong")
    reply = texts(chat.send("昆山宏远新联系人：品质主任 罗嘉伟 6234 1187"))
    people = {c["name"]: c for c in exported(app, admin)["customers"] if c["name"] == HY}[HY]["contacts"]
    new = [p for p in people if p["name"] == "罗嘉伟"]
    assert new and new[0].get("phone") == "6234 1187" and new[0].get("title") == "品质主任", (reply, people)
    assert "保存" not in reply, reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    "text", ["给昆山宏远陈总发了样品照片", "图纸已经发给陈国栋确认了", "发了新的报表模板给陈国栋"]
)
def test_something_sent_to_a_contact_is_a_mail_logged(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    data = exported(app, admin)
    assert [(a["customer"], a["kind"], a["contact"]) for a in data["activities"]] == [
        (HY, "email", "陈国栋")
    ], reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_something_to_send_on_a_day_is_a_reminder_only(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send("提醒我周五前把图纸发给昆山宏远陈国栋"))
    data = exported(app, admin)
    assert data["activities"] == [] and len(data["reminders"]) == 1, reply


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_budget_not_yet_approved_is_their_news(app, admin, chat, clock) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send("昆山宏远陈总说他们2030年的IT预算还没批下来"))
    assert [a["customer"] for a in exported(app, admin)["activities"]] == [HY], reply


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("text", ["昆山宏远陈总说预算300还没批", "昆山宏远陈总说合同还没批下来"])
def test_a_figure_or_a_contract_not_yet_approved_is_asked(app, admin, chat, clock, text) -> None:  # type: ignore[no-untyped-def]
    two_customers(chat, clock, "Asia/Shanghai")
    reply = texts(chat.send(text))
    assert exported(app, admin)["activities"] == [], reply
    assert "？" in reply or "?" in reply, reply
