"""The Slack adapter end to end: real slack-bolt and slack_sdk against the fake Slack Web API.

Requests are signed like Slack signs them and posted to the adapter's HTTP endpoint; the
assertions look at what reached the fake Slack (which channel, which thread, which
buttons) and at the database. Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time

import pytest

from crm_store.models import Reminder, User
from tests.bot.slack_harness import BOT, TEAM, Slack, slack_settings, start_fake, start_slack
from tests.conftest import make_settings
from tests.support.slack import FORM, JSON, command_body, event_body, mention_event, message_event


@pytest.fixture
def slack_api():
    fake = start_fake()
    yield fake
    fake.stop()


@pytest.fixture
def settings(database_url, slack_api):
    return make_settings(database_url, **slack_settings(slack_api, slack_team_channel="CTEAM"))


@pytest.fixture
async def slack(app, slack_api):
    running = await start_slack(app, slack_api)
    yield running
    await running.component.stop()


def button_labels(call) -> list[str]:
    return [
        element["text"]["text"]
        for block in call.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
    ]


async def test_slash_command_is_answered_in_its_channel_and_provisions_a_rep(slack: Slack):
    sent = await slack.client.command("find acme", team=TEAM, user="U1", channel="C100")
    assert sent.status == 200

    [post] = await slack.wait_posts(1)
    assert post["channel"] == "C100" and "thread_ts" not in post.params
    assert "acme" in post["text"].lower()  # no customer yet: the handlers say so, in plain text too
    context = post["blocks"][0]
    assert context["type"] == "context" and "<@U1>" in context["elements"][0]["text"]
    assert "/crm find acme" in context["elements"][0]["text"]

    user = slack.user(f"{TEAM}:U1")
    assert user is not None and user.display_name == "Jane Doe"
    assert user.role == "rep" and user.timezone == "America/Los_Angeles"
    assert [c["user"] for c in slack.api.accepted("users.info")] == ["U1"]


async def test_dm_conversation_with_a_button_choice(slack: Slack, app):
    assert await slack.dm("/remind call back", ts="1700000001.000100") == 200
    [question] = await slack.wait_posts(1)
    assert question["channel"] == "DU1" and "thread_ts" not in question.params
    labels = button_labels(question)
    assert len(labels) == 4 and labels[-1] == "Cancel"
    assert "[1]" in question["text"] and "Cancel" in question["text"]  # the plain-text fallback

    pressed = await slack.client.press(question.posted, labels[0], team=TEAM, user="U1", channel="DU1")
    assert pressed.status == 200
    posts = await slack.wait_posts(2)
    [update] = await slack.wait_for(lambda api: api.accepted("chat.update"))

    assert update["channel"] == "DU1" and update["ts"] == question.posted["ts"]
    assert not [b for b in update["blocks"] if b["type"] == "actions"]  # the buttons are gone
    assert labels[0] in update["blocks"][-1]["elements"][0]["text"]  # the choice is shown
    assert "When should I remind you?" in update["text"]

    confirmation = posts[1]
    assert confirmation["channel"] == "DU1" and "thread_ts" not in confirmation.params
    assert confirmation["text"].startswith("Reminder set:") and "call back" in confirmation["text"]
    assert button_labels(confirmation) == ["Undo"]
    jane = slack.user(f"{TEAM}:U1")
    with app.db.transaction() as session:
        [reminder] = session.query(Reminder).all()
        assert reminder.text == "call back" and reminder.owner_id == jane.id


async def test_mention_is_answered_in_the_thread_that_asked_and_so_is_the_choice(slack: Slack, app):
    asked = mention_event(
        f"<@{BOT}> /customer add Acme Corp, phone=<tel:+15550100|+1 555 0100>",
        user="U2",
        channel="C200",
        ts="1700000100.000200",
        team=TEAM,
    )
    assert (await slack.client.event(asked, team=TEAM)).status == 200
    [reply] = await slack.wait_posts(1)
    assert reply["channel"] == "C200" and reply["thread_ts"] == "1700000100.000200"
    assert "Acme Corp" in reply["text"] and BOT not in reply["text"]

    question = mention_event(
        f"<@{BOT}> /remind Acme send the quote", user="U2", channel="C200", ts="1700000200.000300", team=TEAM
    )
    await slack.client.event(question, team=TEAM)
    posts = await slack.wait_posts(2)
    assert posts[1]["thread_ts"] == "1700000200.000300"
    await slack.client.press(posts[1].posted, "Cancel", team=TEAM, user="U2", channel="C200")
    posts = await slack.wait_posts(3)
    assert posts[2]["channel"] == "C200" and posts[2]["thread_ts"] == "1700000200.000300"
    assert "cancelled" in posts[2]["text"].lower()
    with app.db.transaction() as session:
        assert session.query(Reminder).count() == 0


async def test_a_mention_arriving_as_message_and_app_mention_is_answered_once(slack: Slack):
    text, ts = f"<@{BOT}> /help", "1700000250.000100"
    channel_message = message_event(text, user="U1", channel="C250", ts=ts, team=TEAM)
    assert channel_message["channel_type"] == "channel"
    await slack.client.event(channel_message, team=TEAM)
    await slack.client.event(mention_event(text, user="U1", channel="C250", ts=ts, team=TEAM), team=TEAM)
    chatter = message_event("just chatting", user="U1", channel="C250", ts="1700000251.000100", team=TEAM)
    await slack.client.event(chatter, team=TEAM)  # channel talk without a mention is not for us
    without_type = {**message_event("/me", user="U1", channel="DU1", ts="1700000252.000100", team=TEAM)}
    del without_type["channel_type"]
    await slack.client.event(without_type, team=TEAM)  # a DM, recognised by its D channel

    await slack.wait_posts(2)
    await slack.app.inbox.idle()
    posts = {p["channel"]: p for p in slack.api.calls("chat.postMessage")}
    assert len(slack.api.calls("chat.postMessage")) == 2 and set(posts) == {"C250", "DU1"}
    assert posts["C250"]["thread_ts"] == ts and "/log" in posts["C250"]["text"]
    assert "thread_ts" not in posts["DU1"].params and posts["DU1"]["text"].startswith("Jane Doe")


async def test_someone_elses_button_does_not_answer_the_question(slack: Slack):
    await slack.client.event(
        mention_event(
            f"<@{BOT}> /remind call back", user="U1", channel="C300", ts="1700000300.000100", team=TEAM
        ),
        team=TEAM,
    )
    [question] = await slack.wait_posts(1)
    await slack.client.press(question.posted, "Cancel", team=TEAM, user="U2", channel="C300")
    [ephemeral] = await slack.wait_for(lambda api: api.accepted("chat.postEphemeral"))
    assert ephemeral["user"] == "U2" and ephemeral["channel"] == "C300"
    assert slack.api.calls("chat.update") == []  # the asker's buttons stay


async def test_app_home_shows_todays_follow_ups_and_open_deals(slack: Slack):
    await slack.dm("/customer add Acme Corp", ts="1700000399.000100")
    await slack.dm("/deal Acme 50k proposal", ts="1700000400.000100")
    await slack.dm("/remind Acme call Jane in 2 hours", ts="1700000401.000100")
    posts = await slack.wait_posts(3)
    assert "Deal" in posts[1]["text"] or "deal" in posts[1]["text"]

    opened = {"type": "app_home_opened", "user": "U1", "channel": "DU1", "tab": "home", "event_ts": "1.2"}
    assert (await slack.client.event(opened, team=TEAM)).status == 200
    [publish] = await slack.wait_for(lambda api: api.accepted("views.publish"))
    assert publish["user_id"] == "U1" and publish["view"]["type"] == "home"
    text = "\n".join(
        block.get("text", {}).get("text", "")
        for block in publish["view"]["blocks"]
        if block["type"] != "context"
    )
    assert "call Jane" in text and "Acme" in text
    assert "Your open deals (1)" in text and "$50,000" in text


async def test_slack_gets_its_ack_before_the_work_is_done(slack: Slack):
    gate = slack.api.hold("users.info")  # the work after the ack is stuck until we let it go
    try:
        sent = await slack.client.command("help", team=TEAM, user="U1", channel="C100")
        assert sent.status == 200 and sent.text == ""
        assert await slack.dm("/help", ts="1700000450.000100") == 200
        assert slack.api.calls("chat.postMessage") == []
    finally:
        gate.set()
    posts = await slack.wait_posts(2)
    assert sorted(p["channel"] for p in posts) == ["C100", "DU1"]


async def test_the_events_url_verification_challenge_is_answered(slack: Slack):
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    body = json.dumps({"token": "x", "challenge": challenge, "type": "url_verification"})
    sent = await slack.client.post(body, JSON)
    assert sent.status == 200 and challenge in sent.text
    assert (await slack.client.post(body, JSON, signature="v0=bad")).status == 401


async def test_forged_and_replayed_requests_get_401_and_change_nothing(slack: Slack):
    body = event_body(
        message_event("/help", user="U1", channel="DU1", ts="1700000500.000100", team=TEAM), team=TEAM
    )
    forged = await slack.client.post(body, JSON, signature="v0=" + "0" * 64)
    unsigned = await slack.client.post(body, JSON, signature="")
    stale = await slack.client.post(body, JSON, timestamp=int(time.time()) - 6 * 60)
    other_secret = slack.client.__class__(slack.client.url, "not-the-secret")
    wrong_key = await other_secret.post(body, JSON)
    assert [forged.status, unsigned.status, stale.status, wrong_key.status] == [401, 401, 401, 401]

    # The genuine request still works, and is the only thing that reached Slack or the database.
    assert (await slack.client.post(body, JSON)).status == 200
    await slack.wait_posts(1)
    assert len(slack.api.calls("chat.postMessage")) == 1
    assert len(slack.api.calls("users.info")) == 1


async def test_a_retried_or_duplicated_event_is_processed_once(slack: Slack, app):
    event = message_event(
        "/remind call back wed 10am", user="U1", channel="DU1", ts="1700000600.000100", team=TEAM
    )
    body = event_body(event, team=TEAM, event_id="Ev0600")
    assert (await slack.client.post(body, JSON)).status == 200
    await slack.wait_posts(1)

    assert (await slack.client.post(body, JSON, retry=1)).status == 200  # Slack's retry
    assert (await slack.client.post(body, JSON, retry=2)).status == 200
    same_message = event_body(event, team=TEAM, event_id="Ev0601")  # redelivered under a new id
    assert (await slack.client.post(same_message, JSON)).status == 200
    await slack.dm("/today", ts="1700000601.000100")
    posts = await slack.wait_posts(2)
    await slack.app.inbox.idle()
    assert len(slack.api.calls("chat.postMessage")) == 2
    assert posts[1]["text"].startswith("Your day")

    # A second process (fresh memory) receiving the retry still does not process it again.
    await slack.component.stop()
    again = await start_slack(app, slack.api)
    try:
        assert (await again.client.post(body, JSON, retry=3)).status == 200
        await again.dm("/reminders", ts="1700000602.000100")
        await again.wait_posts(3)
        await again.app.inbox.idle()
        assert len(slack.api.calls("chat.postMessage")) == 3
    finally:
        await again.component.stop()
    with app.db.transaction() as session:
        assert session.query(Reminder).count() == 1


async def test_a_repeated_slash_command_is_processed_once(slack: Slack, app):
    body = command_body(
        "remind call back wed 10am", team=TEAM, user="U1", channel="DU1", trigger_id="trig-1"
    )
    assert (await slack.client.post(body, FORM)).status == 200
    await slack.wait_posts(1)
    assert (await slack.client.post(body, FORM)).status == 200
    await slack.client.command("reminders", team=TEAM, user="U1", channel="DU1")
    posts = await slack.wait_posts(2)
    await slack.app.inbox.idle()
    assert len(slack.api.calls("chat.postMessage")) == 2 and "call back" in posts[1]["text"]
    with app.db.transaction() as session:
        assert session.query(Reminder).count() == 1


async def test_a_workspace_that_is_not_bound_is_refused(slack: Slack, app):
    sent = await slack.client.command("find acme", team="T9999", user="UX1", channel="C900")
    assert sent.status == 200
    [refusal] = await slack.wait_posts(1)
    assert refusal["channel"] == "C900" and "salesbot slack bind T9999" in refusal["text"]

    await slack.client.command("/help", team="T9999", user="UX1", channel="C900")  # refused once a day
    await slack.client.event(
        mention_event(f"<@{BOT}> help", user="UX1", channel="C900", ts="1700000700.000100", team="T9999"),
        team="T9999",
    )
    await slack.client.command("help", team=TEAM, user="U1", channel="C100")
    await slack.wait_posts(2)
    await slack.app.inbox.idle()
    assert [p["channel"] for p in slack.api.calls("chat.postMessage")] == ["C900", "C100"]
    assert slack.user("T9999:UX1") is None
    with app.db.transaction() as session:
        assert [u.display_name for u in session.query(User).all()] == ["Jane Doe"]


async def test_rate_limits_are_waited_out_and_nothing_is_dropped(slack: Slack):
    slack.api.fail_next("chat.postMessage", status=429, retry_after=1)
    slack.api.fail_next("users.info", status=429, retry_after=1)
    assert await slack.dm("/help", ts="1700000800.000100") == 200
    await slack.wait_posts(1)
    posts = slack.api.calls("chat.postMessage")
    assert [p.status for p in posts] == [429, 200]
    assert posts[1].at - posts[0].at >= 1.0  # Retry-After honoured (a lower bound, not a speed goal)
    assert posts[0]["channel"] == posts[1]["channel"] == "DU1"
    assert [c.status for c in slack.api.calls("users.info")] == [429, 200]
    assert slack.user(f"{TEAM}:U1").display_name == "Jane Doe"  # the profile still arrived


async def test_a_channel_that_refuses_the_bot_gets_the_answer_by_dm(slack: Slack):
    slack.api.refusing_channels["C404"] = "not_in_channel"
    await slack.client.command("help", team=TEAM, user="U1", channel="C404")
    await slack.wait_posts(1)
    [dm] = slack.api.accepted("chat.postMessage")
    assert dm["channel"] == "DU1" and "/log" in dm["text"]


async def test_link_code_joins_the_slack_account_to_an_existing_user(slack: Slack, chat, admin, app):
    await slack.dm("/help", ts="1700000900.000100")  # Jane is provisioned as a rep first
    await slack.wait_posts(1)
    provisional = slack.user(f"{TEAM}:U1")
    await slack.dm("/remind call Acme wed 10am", ts="1700000901.000100")  # (01:00 in LA: "tomorrow" is asked)
    await slack.wait_posts(2)

    code = next(word for word in chat.send("/link")[0].text.split() if len(word) == 10 and word.isupper())
    await slack.client.command(f"link {code}", team=TEAM, user="U1", channel="DU1")
    posts = await slack.wait_posts(3)
    assert "Linked" in posts[2]["text"] and admin.display_name in posts[2]["text"]

    linked = slack.user(f"{TEAM}:U1")
    assert linked.id == admin.id and linked.role == "admin"
    with app.db.transaction() as session:
        assert session.get(User, provisional.id).active is False
        assert [r.owner_id for r in session.query(Reminder).all()] == [admin.id]  # history moved over

    await slack.client.command("me", team=TEAM, user="U1", channel="DU1")
    posts = await slack.wait_posts(4)
    assert posts[3]["text"].startswith(admin.display_name) and "slack" in posts[3]["text"]


async def test_admin_changes_a_role_with_a_mention(slack: Slack, chat, admin):
    await slack.dm("/help", user="U2", ts="1700001000.000100")  # Raj is provisioned as a rep
    await slack.wait_posts(1)
    code = next(word for word in chat.send("/link")[0].text.split() if len(word) == 10 and word.isupper())
    await slack.client.command(f"link {code}", team=TEAM, user="U1", channel="DU1")  # U1 is the admin
    await slack.wait_posts(2)

    await slack.client.command("role <@U2|raj> manager", team=TEAM, user="U1", channel="C100")
    posts = await slack.wait_posts(3)
    assert "Raj Patel is now manager" in posts[2]["text"]
    assert slack.user(f"{TEAM}:U2").role == "manager"

    await slack.client.command("role <@U1> rep", team=TEAM, user="U2", channel="C100")  # a manager may not
    posts = await slack.wait_posts(4)
    assert "Only an admin" in posts[3]["text"]
    await slack.client.command(
        "role <@U3> manager", team=TEAM, user="U1", channel="C100"
    )  # never wrote to us
    posts = await slack.wait_posts(5)
    assert "need to send me a message" in posts[4]["text"]


async def test_the_scheduler_sender_reaches_a_person_and_the_team_channel(slack: Slack, app):
    from handlers.messages import Button, Image, Reply
    from reminders.notifier import RetryLater

    sender = app.senders["slack"]
    await sender.send(f"{TEAM}:U2", Reply("Call Acme now", (Button("Done", "done:1"),)))
    await sender.send(
        "team", Reply("Pipeline digest", image=Image(b"\x89PNG fake chart", "funnel.png", "Funnel"))
    )
    posts = slack.api.accepted("chat.postMessage")
    assert [(p["channel"], p["text"].splitlines()[0]) for p in posts] == [
        ("DU2", "Call Acme now"),
        ("CTEAM", "Pipeline digest"),
    ]
    assert [c["users"] for c in slack.api.accepted("conversations.open")] == ["U2"]
    assert button_labels(posts[0]) == ["Done"]
    [complete] = slack.api.accepted("files.completeUploadExternal")
    assert complete["channel_id"] == "CTEAM" and list(slack.api.uploads.values()) == [b"\x89PNG fake chart"]

    slack.api.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(RetryLater) as later:
        await sender.send("DU2", Reply("again"))
    assert later.value.after == 7.0


async def test_replies_go_to_the_thread_unless_they_ask_not_to_and_images_follow_their_text(slack: Slack):
    from bot.slack.adapter import Target
    from handlers.messages import Image, Reply

    chart = Image(b"\x89PNG chart", "funnel.png", "Pipeline funnel")
    replies = [Reply("Digest", image=chart), Reply("For everyone", in_thread=False)]
    await slack.component.adapter.deliver_replies(replies, Target("C500", thread_ts="1700000900.000100"))
    posts = slack.api.accepted("chat.postMessage")
    assert [(p["channel"], p.get("thread_ts")) for p in posts] == [
        ("C500", "1700000900.000100"),
        ("C500", None),
    ]
    [complete] = slack.api.accepted("files.completeUploadExternal")
    assert complete["channel_id"] == "C500" and complete["thread_ts"] == "1700000900.000100"
    assert complete["files"][0]["title"] == "Pipeline funnel"
    order = [
        c.method
        for c in slack.api.calls()
        if c.method in ("chat.postMessage", "files.completeUploadExternal")
    ]
    assert order == ["chat.postMessage", "files.completeUploadExternal", "chat.postMessage"]


async def test_posts_to_one_channel_are_paced(app, slack_api):
    slow = await start_slack(app, slack_api, post_interval=0.3)
    try:
        await asyncio.gather(*(slow.dm("/help", ts=f"1700001100.00010{n}") for n in range(3)))
        await slow.dm("/help", user="U2", ts="1700001101.000100")
        await slow.wait_posts(4)
        own = [p.at for p in slack_api.accepted("chat.postMessage") if p["channel"] == "DU1"]
        assert len(own) == 3
        assert all(later - earlier >= 0.3 for earlier, later in itertools.pairwise(own))
    finally:
        await slow.component.stop()


async def test_socket_mode_receives_events_and_acks_them(database_url, slack_api, clock):
    from bot.app import build_app
    from bot.slack.component import SlackComponent

    settings = make_settings(
        database_url, **slack_settings(slack_api, slack_app_token="xapp-test", slack_signing_secret=None)
    )
    app = build_app(settings, clock=clock)
    component = SlackComponent(app, post_interval=0)
    await component.start()
    try:
        await asyncio.to_thread(slack_api.wait_for, lambda api: api.socket_connected())
        envelope = {
            "envelope_id": "env-1",
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "payload": {
                "team_id": TEAM,
                "api_app_id": "A0001",
                "type": "event_callback",
                "event_id": "EvSock1",
                "event": message_event("/help", user="U1", channel="DU1", ts="1700001200.000100", team=TEAM),
            },
        }
        slack_api.push(envelope)
        [post] = await asyncio.to_thread(slack_api.wait_posts, 1)
        assert post["channel"] == "DU1" and "/log" in post["text"]
        assert any(ack.get("envelope_id") == "env-1" for ack in slack_api.socket_acks)
        assert [c.method for c in slack_api.calls("apps.connections.open")] == ["apps.connections.open"]
    finally:
        await component.stop()
        app.db.dispose()


def test_signing_secret_is_required_without_an_app_token(database_url, slack_api, clock):
    from bot.app import SetupError, build_app
    from bot.slack.component import SlackComponent

    settings = make_settings(database_url, **slack_settings(slack_api, slack_signing_secret=None))
    app = build_app(settings, clock=clock)
    try:
        assert not settings.slack_enabled
        with pytest.raises(SetupError, match="SLACK_SIGNING_SECRET"):
            SlackComponent(app)
    finally:
        app.db.dispose()


async def test_a_busy_port_stops_the_start_with_one_line(slack: Slack, app):
    from bot.app import SetupError
    from bot.slack.component import SlackComponent

    with pytest.raises(SetupError, match=r"cannot listen for Slack on 127\.0\.0\.1:"):
        await SlackComponent(app, http_port=slack.component.http.port).start()


async def test_a_bad_token_stops_the_start_with_one_line(app, slack_api):
    from bot.app import SetupError
    from bot.slack.component import SlackComponent

    slack_api.fail_next("auth.test", status=200, error="invalid_auth", retry_after=None)
    with pytest.raises(SetupError, match="invalid_auth"):
        await SlackComponent(app).start()
    assert "slack" not in app.senders


async def test_a_reminder_set_in_slack_arrives_once_as_a_dm_and_snooze_moves_it(slack: Slack, app, clock):
    from datetime import timedelta

    from sqlalchemy import select

    from tests.support.notify import Harness

    clock.advance(hours=8)  # 09:00 in Los Angeles, U1's time zone in the fake Slack: working hours
    await slack.dm("hi", ts="1.1")  # a direct message: where U1 is reachable from now on
    await slack.client.command("customer add Acme Corp", team=TEAM, user="U1", channel="DU1")
    await slack.client.command(
        "remind Acme Corp call back Jane in 1 minute", team=TEAM, user="U1", channel="DU1"
    )
    posts = await slack.wait_posts(3)
    assert posts[2]["text"].startswith("Reminder set:")
    scheduler = Harness(app, clock, app.senders)  # the Slack component registered its sender

    def pings() -> list:
        return [p for p in slack.api.accepted("chat.postMessage") if p["text"].startswith("⏰")]

    await scheduler.beat()
    assert pings() == []
    clock.advance(minutes=1, seconds=1)
    await scheduler.beat()
    await scheduler.beat()
    [ping] = pings()
    assert ping["channel"] == "DU1" and "call back Jane" in ping["text"] and "Acme Corp" in ping["text"]
    assert button_labels(ping) == ["Done", "Snooze 1 h", "Tomorrow 9:00", "Reschedule"]

    def due_at():  # type: ignore[no-untyped-def]
        with app.db.transaction() as session:
            return session.scalars(select(Reminder)).one().due_at

    ping_due = due_at()
    pressed = await slack.client.press(ping.posted, "Snooze 1 h", team=TEAM, user="U1", channel="DU1")
    assert pressed.status == 200  # acknowledged at once; the work follows
    for _ in range(600):  # a guard against hanging, not a speed check
        if due_at() != ping_due:
            break
        await asyncio.sleep(0.05)
    assert due_at() == clock() + timedelta(hours=1)
    clock.advance(minutes=61)
    await scheduler.beat()
    assert len(pings()) == 2


def test_the_channel_pace_is_a_setting(database_url, slack_api, clock):
    """Slack's limit is about one post per second per channel; a compatible server may allow more."""
    from bot.app import build_app
    from bot.slack.component import SlackComponent

    paces = {}
    for per_second in (None, 4):
        extra = {} if per_second is None else {"slack_channel_posts_per_second": per_second}
        app = build_app(make_settings(database_url, **slack_settings(slack_api, **extra)), clock=clock)
        try:
            paces[per_second] = SlackComponent(app).post_interval
        finally:
            app.db.dispose()
    assert paces == {None: 1.0, 4: 0.25}
