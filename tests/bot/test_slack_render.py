"""Slack markup in and out, and Block Kit rendering (pure functions, no Slack needed)."""

from __future__ import annotations

from bot.slack.blocks import SECTION_CHARS, after_choice, render_home, render_reply
from bot.slack.text import escape, to_plain, ts_to_datetime
from handlers.home import Home, HomeSection
from handlers.messages import Button, Reply


def test_inbound_markup_becomes_what_the_user_typed():
    raw = (
        "<@UBOT> /contact add Acme: Jane Doe, email=<mailto:jane@acme.com|jane@acme.com>, "
        "phone=<tel:+15550100|+1 555 0100>, site <https://acme.com|acme.com> &amp; <https://x.test> "
        "see <#C1|sales> cc <@U2|raj> <!here> a &lt; b &gt; c"
    )
    assert to_plain(raw, team_id="T1", bot_user_id="UBOT") == (
        "/contact add Acme: Jane Doe, email=jane@acme.com, phone=+1 555 0100, site acme.com & https://x.test "
        "see #sales cc <@slack:T1:U2> @here a < b > c"
    )


def test_multiline_text_keeps_its_lines():
    assert (
        to_plain("<@UBOT>  /log Acme:\nline two", team_id="T1", bot_user_id="UBOT") == "/log Acme:\nline two"
    )


def test_outbound_text_is_escaped_and_timestamps_parse():
    assert escape("R&D <b> > 5") == "R&amp;D &lt;b&gt; &gt; 5"
    assert ts_to_datetime("1700000000.000100").year == 2023
    assert ts_to_datetime("garbage") is None and ts_to_datetime(None) is None


def test_a_reply_with_choices_has_buttons_and_a_plain_fallback():
    reply = Reply("Which Acme?", (Button("Acme Corp", "pick:3:0"), Button("Cancel", "pick:3:x")))
    [message] = render_reply(reply)
    assert message.text == "Which Acme?\n  [1] Acme Corp\n  [2] Cancel"
    section, actions = message.blocks
    assert section == {"type": "section", "text": {"type": "mrkdwn", "text": "Which Acme?"}}
    assert actions["block_id"] == "choices:0"
    assert [(e["action_id"], e["value"]) for e in actions["elements"]] == [
        ("salesbot:0", "pick:3:0"),
        ("salesbot:1", "pick:3:x"),
    ]


def test_the_longest_reply_is_one_message_of_sections():
    """A `Reply` fits one message on every platform (crm_store.limits.REPLY_LIMIT); escaped for
    Slack (`&` becomes `&amp;`) it is several sections of one message, nothing lost or cut mid-line."""
    line = "• a line of the pipeline & more & more"
    text = "\n".join([line] * 100)  # about 3,900 characters, 5,500 escaped
    reply = Reply(text, (Button("Undo", "undo:1"),))
    assert reply.text == text
    [message] = render_reply(reply)
    sections = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert len(sections) > 1 and all(len(s) <= SECTION_CHARS for s in sections)
    assert "\n".join(sections).replace("&amp;", "&") == text
    assert len(message.blocks) <= 50 and message.blocks[-1]["type"] == "actions"


def test_a_very_long_line_is_cut_but_never_inside_an_entity():
    text = "&" * 3900
    [message] = render_reply(Reply(text))
    pieces = [b["text"]["text"] for b in message.blocks]
    assert all(piece.count("&") == piece.count("&amp;") for piece in pieces)
    assert "".join(pieces) == escape(text)


def test_the_answered_message_shows_the_choice_instead_of_the_buttons():
    [asked] = render_reply(Reply("When should I remind you?", (Button("Tue 09:00", "pick:1:0"),)))
    answered = after_choice(asked.blocks, asked.text, "Tue 09:00")
    assert [b["type"] for b in answered.blocks] == ["section", "context"]
    assert answered.blocks[-1]["elements"][0]["text"] == "→ *Tue 09:00*"
    assert answered.text == "When should I remind you?\n→ Tue 09:00"
    bare = after_choice(None, "When?", "Tue")  # a payload without the original blocks
    assert bare.blocks[0]["text"]["text"] == "When?" and bare.text.endswith("→ Tue")


def test_home_view_has_sections_and_empty_states():
    home = Home(
        "Hello Jane!",
        (
            HomeSection("Today's follow-ups", ("09:00 — call Acme <CTO>",), "Nothing due."),
            HomeSection("Your open deals (0)", (), "No open deals."),
        ),
        "Updated now.",
    )
    view = render_home(home)
    assert view["type"] == "home"
    texts = [b.get("text", {}).get("text") for b in view["blocks"] if b["type"] in ("section", "header")]
    assert texts == [
        "Hello Jane!",
        "*Today's follow-ups*\n• 09:00 — call Acme &lt;CTO&gt;",
        "*Your open deals (0)*\n_No open deals._",
    ]
    assert view["blocks"][-1]["type"] == "context"
    assert "Nothing due." not in home.plain() and "No open deals." in home.plain()
