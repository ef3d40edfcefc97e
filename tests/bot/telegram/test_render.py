"""How replies become Telegram messages, and which group messages are for the bot."""

from __future__ import annotations

from bot.telegram.inbound import BotAccount, addressed_text
from bot.telegram.render import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    button_label,
    keyboard,
    parts,
    split_text,
    utf16_length,
    with_choice,
)
from handlers.messages import Button, Image, Reply

ME = BotAccount(42, "salesbot_bot")


def test_short_text_is_one_part():
    assert split_text("Logged visit · Acme") == ["Logged visit · Acme"]


def test_split_prefers_paragraphs_then_lines_then_words():
    paragraph = "word " * 500  # 2500 units
    text = paragraph.strip() + "\n\n" + paragraph.strip()
    first, second = split_text(text)
    assert first == paragraph.strip() and second == paragraph.strip()

    no_breaks = "x" * (MESSAGE_LIMIT + 10)
    pieces = split_text(no_breaks)
    assert [len(p) for p in pieces] == [MESSAGE_LIMIT, 10]


def test_split_counts_utf16_and_never_halves_an_emoji():
    text = "😀" * 3000  # 6000 UTF-16 units
    pieces = split_text(text)
    assert all(utf16_length(p) <= MESSAGE_LIMIT for p in pieces)
    assert "".join(pieces) == text


def test_short_buttons_share_a_row_and_long_ones_stand_alone():
    short = keyboard((Button("Yes", "y:1"), Button("No", "n:1")))
    assert short is not None and [[b.text for b in row] for row in short.inline_keyboard] == [["Yes", "No"]]
    names = keyboard((Button("Acme Corp", "pick:1:0"), Button("New customer “acmme crop”", "pick:1:1")))
    assert names is not None and [len(row) for row in names.inline_keyboard] == [1, 1]
    assert button_label(names, "pick:1:1") == "New customer “acmme crop”"


def test_payloads_too_long_for_telegram_fall_back_to_plain_text():
    reply = Reply("Pick one", (Button("A", "x" * 65),))
    [part] = parts(reply)
    assert part.markup is None and part.text == reply.plain()


def test_image_with_short_text_is_one_photo_with_caption():
    [part] = parts(Reply("Pipeline", (Button("Undo", "undo:1"),), Image(b"png")))
    assert part.photo == b"png" and part.text == "Pipeline" and part.markup is not None


def test_image_with_long_text_is_a_photo_then_the_text():
    text = "y" * (CAPTION_LIMIT + 1)
    photo, message = parts(Reply(text, (Button("Undo", "undo:1"),), Image(b"png", alt="chart")))
    assert photo.photo == b"png" and photo.text == "chart" and photo.markup is None
    assert message.photo is None and message.text == text and message.markup is not None


def test_an_empty_reply_sends_nothing_but_buttons_still_get_a_message():
    assert parts(Reply("")) == []
    [part] = parts(Reply(" ", (Button("Undo", "undo:1"),)))
    assert part.text == "…" and part.markup is not None


def test_the_chosen_answer_is_shown_under_the_question():
    assert with_choice("Which customer?", "Acme Corp") == "Which customer?\n\n→ Acme Corp"
    assert with_choice("q" * MESSAGE_LIMIT, "Acme") is None


def test_group_messages_for_the_bot():
    assert addressed_text("/find Acme", ME, replies_to_bot=False) == "/find Acme"
    assert addressed_text("/find@salesbot_bot Acme", ME, replies_to_bot=False) == "/find Acme"
    assert addressed_text("/find@other_bot Acme", ME, replies_to_bot=False) is None
    assert addressed_text("@SalesBot_bot, log Acme: called", ME, replies_to_bot=False) == "log Acme: called"
    assert addressed_text("hey @salesbot_bot /today", ME, replies_to_bot=False) == "hey /today"
    assert addressed_text("lunch?", ME, replies_to_bot=False) is None
    assert addressed_text("yes, tomorrow", ME, replies_to_bot=True) == "yes, tomorrow"
    assert addressed_text("mail @salesbot_botanist", ME, replies_to_bot=False) is None
