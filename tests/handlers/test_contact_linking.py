"""Which known person an interaction was with: family names of two characters, the Cantonese 生, and a
person said not to have been there (by name or by a pronoun right after)."""

from __future__ import annotations

import pytest

from handlers.domain.contacts import family_name
from handlers.understanding.actions import absent
from tests.support.exported import exported


def _logged(app, admin) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    data = exported(app, admin)
    return [(a["customer"], a["contact"]) for a in data["activities"]]


@pytest.fixture
def harbour(chat):
    chat.send("/customer add 宁波汇澜船务有限公司, alias=汇澜船务")
    chat.send("/contact add 汇澜船务: 司马骏")
    chat.send("/contact add 汇澜船务: 司文")
    chat.send("/customer add 香港德丰行有限公司, alias=德丰行")
    chat.send("/contact add 德丰行: 鄺志明")
    chat.send("/customer add Larchmont Veterinary")
    chat.send("/contact add Larchmont: Odile Fenwick")
    return chat


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("司马骏", "司马"),
        ("欧阳倩", "欧阳"),
        ("諸葛明", "诸葛"),
        ("司文", "司"),
        ("王伟", "王"),
        ("欧阳", "欧"),
    ],
)
def test_the_family_name_of_a_chinese_name(name, family) -> None:
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("text", "person"),
    [("今天和汇澜船务的司马总喝了茶，聊了明年的运力", "司马骏"),
     ("给德丰行鄺生打了电话，他要下周的船期", "鄺志明"),
     ("给德丰行邝生打了电话，他要下周的船期", "鄺志明")],
)  # fmt: skip
def test_a_family_name_and_a_title_link_the_known_person(app, admin, harbour, text, person) -> None:
    harbour.send(text)
    assert [contact for _, contact in _logged(app, admin)] == [person]


def test_a_one_character_family_name_is_not_the_two_character_one(app, admin, harbour) -> None:
    harbour.send("今天和汇澜船务的司总喝了茶")
    assert [contact for _, contact in _logged(app, admin)] == ["司文"]


def test_business_words_starting_with_sheng_are_no_title() -> None:
    import re

    from handlers.domain.contacts import CN_TITLES

    assert re.search("邝" + CN_TITLES, "邝生说可以")
    assert not re.search("邝" + CN_TITLES, "邝生产的那批货")
    assert not re.search("邝" + CN_TITLES, "邝生意上的朋友")


@pytest.mark.parametrize(
    "text",
    ["swung by Larchmont to see Odile but she wasn't in",
     "stopped by Larchmont to see Odile, she's off this week",
     "Larchmont visit - Odile isn't there on Mondays"],
)  # fmt: skip
def test_a_person_who_was_not_there_is_not_whom_it_was_with(app, admin, harbour, text) -> None:
    harbour.send(text)
    assert _logged(app, admin) == [("Larchmont Veterinary", None)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [("met Odile, she is keen on the upgrade", False),
     ("called Odile and she signed the renewal", False),
     ("called Odile, she's out till friday", True),
     ("司马总说下周来，他不在公司", True),
     ("司马总说她们不在", False)],
)  # fmt: skip
def test_a_pronoun_right_after_the_name_can_say_the_person_was_away(text, gone) -> None:
    assert absent(text, "Odile" if text.isascii() else "司马总") is gone


@pytest.mark.parametrize(
    "text",
    ["emailed Dr Fenwick the vaccine price list", "called Ms. Fenwick about the new kennels"],
)  # fmt: skip
def test_a_family_name_with_mr_ms_dr_names_the_contact_and_so_the_customer(app, admin, harbour, text) -> None:
    harbour.send(text)
    assert _logged(app, admin) == [("Larchmont Veterinary", "Odile Fenwick")]
