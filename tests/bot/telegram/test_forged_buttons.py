"""Forged callback data (any client can send any string up to 64 bytes for a bot's button):
refused like an expired button, the press answered, nothing stored, no apology (SQLite and PostgreSQL)."""

from __future__ import annotations

from crm_store.models import Activity, Customer, Deal, Reminder
from tests.bot.telegram.test_conversation import count
from tests.support.telegram import joined, text_of

FORGED = [
    "rem:done:²", "rem:snooze:-1", "undo:٣", "undo:99999999999999999999", "pick:²:0", "pick:1:99999",
    "fill:1:²", "\x00", "x" * 64, "rem:done:" + "9" * 55, ":::", "UNDO:1", "pick::", " ",
]  # fmt: skip


async def test_forged_button_data_is_refused_like_an_expired_button(app, fake_telegram, telegram) -> None:
    rita = await joined(app, fake_telegram, telegram)
    [created] = await rita.say("/customer add Initech")
    before = [count(app, model) for model in (Customer, Deal, Activity, Reminder)]
    answers_before = len(fake_telegram.calls_to("answerCallbackQuery"))
    for data in FORGED:
        replies = await rita.deliver(fake_telegram.button_update(rita.user, created, data=data))
        shown = text_of(replies)
        assert "Sorry, something went wrong" not in shown, (data, shown)
        assert not shown or "no longer works" in shown or "already answered" in shown, (data, shown)
    assert len(fake_telegram.calls_to("answerCallbackQuery")) - answers_before == len(FORGED)
    assert [count(app, model) for model in (Customer, Deal, Activity, Reminder)] == before
