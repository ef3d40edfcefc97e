"""Fixtures shared by the handler tests of one family."""

from __future__ import annotations

import pytest


@pytest.fixture
def four_reminders(chat):  # type: ignore[no-untyped-def]
    """Four customers, one reminder of the user's each: two on Wednesday, one Thursday, one in December."""
    for line in ("/customer add Quillfeather Press", "/customer add Orchard Lane Bakery",
                 "/customer add 宁波远帆物流有限公司", "/customer add 杭州青禾食品有限公司",
                 "/remind Quillfeather Press call Edda about the reprint wed 10am",
                 "/remind Orchard Lane Bakery send the menu samples wed 3pm",
                 "/remind 宁波远帆物流有限公司 回访王总 周四上午10点",
                 "/remind 杭州青禾食品有限公司 送年礼 12月2号下午4点"):  # fmt: skip
        chat.send(line)
    return chat
