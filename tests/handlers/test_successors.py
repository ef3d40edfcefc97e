"""Who takes over from a contact who leaves, said after them ("his son matt lindqvist runs hawkeye
ag now", "他女儿沈佳接手", "佢個仔陳浩文接手", "Kato Daiki took over Sapporo Baio Famu"): the newcomer
is added as a contact beside the one who left. A new contact's other name in brackets ("林凯文 (Kevin)")
is the same person, whose title and e-mail are stored with them."""

from __future__ import annotations

import pytest

from handlers.understanding.people import read_news


@pytest.mark.parametrize(
    ("text", "left", "new"),
    [
        (
            "dave lindqvist retired, his son matt lindqvist runs hawkeye ag now",
            "dave lindqvist",
            "Matt Lindqvist",
        ),
        ("海宁恒泰沈建华退休了，他女儿沈佳接手", "沈建华", "沈佳"),
        ("屯門嘉利陳志輝退休咗，佢個仔陳浩文接手", "陳志輝", "陳浩文"),
        ("Kato Rina retired. Her son Kato Daiki took over Sapporo Baio Famu.", "Kato Rina", "Kato Daiki"),
    ],
)
def test_the_one_who_takes_over_is_new(text, left, new) -> None:
    news = read_news(text)
    assert [(n.who, n.left, n.new) for n in news] == [(left, True, False), (new, False, True)], news


def test_who_takes_over_is_said_first() -> None:
    # (the one whose place is taken has left: session 66)
    assert [(n.who, n.new, n.left) for n in read_news("陈浩文接替陈志辉")] == [
        ("陈浩文", True, False),
        ("陈志辉", False, True),
    ]
    assert [(n.who, n.new) for n in read_news("Sarah Lee took over the account")] == [("Sarah Lee", True)]


def test_a_relative_named_with_no_news_is_no_contact() -> None:
    assert read_news("met his son tom at the bbq") == []


def test_a_name_in_brackets_is_the_same_person() -> None:
    (news,) = read_news("温岭东方泵业 new contact: 林凯文 (Kevin)，外贸经理，kevin.lin@wldf-pump.com")
    assert (news.who, news.title, news.email) == ("林凯文", "外贸经理", "kevin.lin@wldf-pump.com")


def test_a_new_contact_with_details_is_stored_with_them(chat) -> None:
    chat.send("/customer add 温岭东方泵业有限公司")
    chat.send("温岭东方泵业 new contact: 林凯文 (Kevin)，外贸经理，kevin.lin@wldf-pump.com")
    reply = "\n".join(r.plain() for r in chat.send("/contacts 温岭东方泵业"))
    assert "林凯文" in reply and "外贸经理" in reply and "kevin.lin@wldf-pump.com" in reply, reply
